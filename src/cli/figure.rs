//! `chart` and `map`: the figures the bot posts, written to a PNG or SVG file.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use anyhow::Context as _;

use evidence_bot::answer::Action;
use evidence_bot::chat::Command;
use evidence_bot::snapshot::Snapshot;

/// `chart`: the chart of effects for a question.
pub(super) fn chart(
    out: &mut impl Write,
    snap: &Snapshot,
    query: &[String],
    output: &Path,
) -> anyhow::Result<ExitCode> {
    let command = Command::Chart {
        query: query.join(" "),
    };
    figure(out, snap, &command, output)
}

/// `map`: the evidence map of the whole knowledge, or of the records about a question.
pub(super) fn map(
    out: &mut impl Write,
    snap: &Snapshot,
    query: &[String],
    output: &Path,
) -> anyhow::Result<ExitCode> {
    let query = (!query.is_empty()).then(|| query.join(" "));
    figure(out, snap, &Command::Map { query }, output)
}

/// Writes the figure a chart or map command draws to `path` (PNG or SVG by its extension) and
/// prints its alt text; when there is nothing to draw, prints why and exits 1.
fn figure(
    out: &mut impl Write,
    snap: &Snapshot,
    command: &Command,
    path: &Path,
) -> anyhow::Result<ExitCode> {
    let svg = match path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
    {
        Some(e) if e == "svg" => true,
        Some(e) if e == "png" => false,
        _ => anyhow::bail!(
            "{}: say .png or .svg at the end of the file name (e.g. -o chart.png)",
            path.display()
        ),
    };
    let ctx = evidence_bot::answer::Context::default();
    let pager = evidence_bot::answer::Pager::default();
    let fig = match evidence_bot::answer::respond(command, &ctx, snap, &pager) {
        Action::Figure(fig) => fig,
        other => {
            if let Some(reply) = other.reply() {
                eprintln!("evidence-bot: {}", reply.plain.trim());
            }
            return Ok(ExitCode::from(1));
        }
    };
    let data = if svg {
        evidence_bot::draw::svg(&fig)?.into_bytes()
    } else {
        evidence_bot::draw::png(&fig)?.bytes
    };
    std::fs::write(path, &data).with_context(|| format!("writing {}", path.display()))?;
    writeln!(out, "{}", fig.alt_text())?;
    eprintln!(
        "evidence-bot: wrote {} ({} bytes)",
        path.display(),
        data.len()
    );
    Ok(ExitCode::SUCCESS)
}
