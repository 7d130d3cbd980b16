//! `list`: every record, or those of one topic or kind.

use std::io::Write;
use std::process::ExitCode;

use evidence_bot::knowledge::{Kind, Record};
use evidence_bot::snapshot::Snapshot;

use super::json::RecordSummary;

/// `list`: one line (or JSON object) per record.
pub(super) fn run(
    out: &mut impl Write,
    snap: &Snapshot,
    topic: Option<&str>,
    kind: Option<Kind>,
    json: bool,
) -> anyhow::Result<ExitCode> {
    if let Some(t) = topic {
        if snap.knowledge.topic(t).is_none() {
            eprintln!("evidence-bot: unknown topic `{t}` (see knowledge/topics.yaml)");
            return Ok(ExitCode::from(2));
        }
    }
    let records: Vec<&Record> = snap
        .knowledge
        .records
        .iter()
        .filter(|r| topic.is_none_or(|t| r.topics.iter().any(|x| x == t)))
        .filter(|r| kind.is_none_or(|k| r.kind == k))
        .collect();
    if json {
        #[derive(serde::Serialize)]
        struct List<'a> {
            records: Vec<RecordSummary<'a>>,
        }
        let list = List {
            records: records.iter().map(|r| RecordSummary::of(r)).collect(),
        };
        serde_json::to_writer_pretty(&mut *out, &list)?;
        writeln!(out)?;
    } else {
        for r in &records {
            writeln!(
                out,
                "{:<48} {:<20} {}  {}",
                r.id,
                evidence_bot::answer::level_tag(r),
                r.year_label(),
                r.title
            )?;
        }
        writeln!(out, "{} record(s)", records.len())?;
    }
    Ok(ExitCode::SUCCESS)
}
