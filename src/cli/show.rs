//! `show`: one whole record, as the bot shows it or as JSON.

use std::io::Write;
use std::process::ExitCode;

use evidence_bot::chat::Command;
use evidence_bot::snapshot::Snapshot;

use super::json::FullRecord;
use super::Terminal;

/// `show`: the record with this id; an unknown id is an error.
pub(super) fn run(
    out: &mut impl Write,
    snap: &Snapshot,
    id: String,
    json: bool,
) -> anyhow::Result<ExitCode> {
    let Some(r) = snap.knowledge.get(&id) else {
        anyhow::bail!("no record `{id}` (evidence-bot list shows every id)");
    };
    if json {
        serde_json::to_writer_pretty(&mut *out, &FullRecord::of(r))?;
        writeln!(out)?;
    } else if let Some(reply) = Terminal::new().answer(&Command::Show { id }, snap) {
        writeln!(out, "{}", reply.plain)?;
    }
    Ok(ExitCode::SUCCESS)
}
