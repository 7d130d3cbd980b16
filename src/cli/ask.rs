//! `ask`: the reply the bot would post for one chat message.

use std::io::Write;
use std::process::ExitCode;

use evidence_bot::render::text;
use evidence_bot::snapshot::Snapshot;

use super::Terminal;

/// `ask`: prints the reply (plain or HTML) and names what would be attached in chat.
pub(super) fn run(
    out: &mut impl Write,
    snap: &Snapshot,
    text: &[String],
    html: bool,
) -> anyhow::Result<ExitCode> {
    let text = text.join(" ");
    let term = Terminal::new();
    let Some(reply) = term.ask(&text, snap) else {
        eprintln!(
            "evidence-bot: the bot only answers messages that start with `{}`, e.g. ask '{}evidence preterm'",
            term.prefix(),
            term.prefix()
        );
        return Ok(ExitCode::from(1));
    };
    writeln!(out, "{}", if html { &reply.html } else { &reply.plain })?;
    if let Some(f) = &reply.attachment {
        if let Some((w, h)) = f.image_size {
            writeln!(
                out,
                "{}",
                text::figure_file(&f.filename, w, h, f.data.len())
            )?;
            return Ok(ExitCode::SUCCESS);
        }
        writeln!(
            out,
            "[attached in chat: {} ({}, {} bytes); `evidence-bot export` writes such files]",
            f.filename,
            f.mime,
            f.data.len()
        )?;
    }
    Ok(ExitCode::SUCCESS)
}
