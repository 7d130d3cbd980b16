//! `export`: a reading list or citation file of every record, or of those a search finds.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context as _;

use evidence_bot::knowledge::Record;
use evidence_bot::references::{self, export, Format, Style};
use evidence_bot::snapshot::Snapshot;

/// `export`: writes the file to `output`, or to standard output.
pub(super) fn run(
    out: &mut impl Write,
    snap: &Snapshot,
    format: Format,
    output: Option<PathBuf>,
    for_style: Option<Style>,
    query: &[String],
) -> anyhow::Result<ExitCode> {
    let query = query.join(" ");
    let records: Vec<&Record> = if query.trim().is_empty() {
        snap.knowledge.records.iter().collect()
    } else {
        let res = snap.index.search(&query);
        res.direct_hits()
            .iter()
            .map(|h| &snap.knowledge.records[h.ord])
            .collect()
    };
    let title = if query.trim().is_empty() {
        "all records"
    } else {
        query.as_str()
    };
    let text = match for_style {
        Some(style) if format == Format::CslJson => references::csl_json::file_for(&records, style),
        Some(_) => anyhow::bail!("--for-style goes with --format csl-json"),
        None => export::render(&records, &snap.knowledge, format, title)?,
    };
    match output {
        Some(path) => {
            std::fs::write(&path, text).with_context(|| format!("writing {}", path.display()))?;
            eprintln!("wrote {} record(s) to {}", records.len(), path.display());
        }
        None => write!(out, "{text}")?,
    }
    Ok(ExitCode::SUCCESS)
}
