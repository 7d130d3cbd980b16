//! The JSON the command line prints: one record shape for `list` and `search` (documented in
//! DESIGN.md), and the whole record for `show --json`.

use serde::Serialize;

use evidence_bot::knowledge::model::level_label;
use evidence_bot::knowledge::Record;

/// A record in `list --json` and `search --json`.
#[derive(Debug, Serialize)]
pub struct RecordSummary<'a> {
    pub id: &'a str,
    pub kind: &'static str,
    pub title: &'a str,
    /// "Family, G." per author (the editors when there are no authors).
    pub authors: Vec<String>,
    pub year: Option<u16>,
    pub evidence_level: u8,
    pub status: &'static str,
    pub intervention: &'static str,
    pub doi: Option<&'a str>,
    pub url: Option<&'a str>,
    pub topics: &'a [String],
}

impl<'a> RecordSummary<'a> {
    pub fn of(r: &'a Record) -> Self {
        let people = if r.authors.is_empty() {
            &r.editors
        } else {
            &r.authors
        };
        RecordSummary {
            id: &r.id,
            kind: r.kind.as_str(),
            title: &r.title,
            authors: people.iter().map(|p| p.short()).collect(),
            year: r.year,
            evidence_level: r.evidence_level(),
            status: r.status.as_str(),
            intervention: r.intervention.as_str(),
            doi: r.doi.as_deref(),
            url: r.url.as_deref(),
            topics: &r.topics,
        }
    }
}

/// The whole record with its evidence level and the level's label, for `show --json`.
#[derive(Debug, Serialize)]
pub struct FullRecord<'a> {
    #[serde(flatten)]
    pub record: &'a Record,
    pub evidence_level: u8,
    pub evidence_label: &'static str,
}

impl<'a> FullRecord<'a> {
    pub fn of(r: &'a Record) -> Self {
        FullRecord {
            record: r,
            evidence_level: r.evidence_level(),
            evidence_label: level_label(r.evidence_level()),
        }
    }
}
