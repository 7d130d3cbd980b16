//! `cite`: citations for records, in a style or a format to copy.

use std::io::Write;
use std::process::ExitCode;

use evidence_bot::references::{csl, export, Format};
use evidence_bot::snapshot::Snapshot;

/// `cite`: each record's citation; an unknown id is named and the others still cited (exit 1).
pub(super) fn run(
    out: &mut impl Write,
    snap: &Snapshot,
    ids: &[String],
    format: Format,
) -> anyhow::Result<ExitCode> {
    let mut code = ExitCode::SUCCESS;
    let mut records = Vec::new();
    for id in ids {
        match snap.knowledge.get(id) {
            Some(r) => records.push(r),
            None => {
                eprintln!("evidence-bot: no record `{id}`");
                code = ExitCode::from(1);
            }
        }
    }
    match format {
        Format::Style(style) => {
            for r in records {
                let c = csl::cite(r, style)?;
                writeln!(out, "{}", c.reference)?;
                writeln!(out, "In text: {}", c.in_text)?;
            }
        }
        other => write!(
            out,
            "{}",
            export::render(&records, &snap.knowledge, other, "citations")?
        )?,
    }
    Ok(code)
}
