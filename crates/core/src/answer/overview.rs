//! The overview at the top of an answer with direct records: how many of which kinds, and per
//! outcome domain what the strongest of them found. No generated prose: every sentence is built
//! from record fields, and every number stands next to the record it comes from.

use std::collections::BTreeMap;

use crate::knowledge::model::{Direction, Finding, Kind};
use crate::knowledge::{Knowledge, Record};
use crate::render::{text, Line};
use crate::search::SearchResult;

/// Outcome domains shown at most (with the count line, the overview stays within six lines).
const MAX_DOMAINS: usize = 4;

/// Records named per direction of a domain.
const NAMED: usize = 2;

/// Domains about how a programme ran rather than what it changed: listed after the others
/// unless the question asks about them.
const PROCESS_DOMAINS: &[&str] = &["feasibility", "costs"];

/// Direct records counted by kind, in ladder order.
pub(super) fn kind_counts(direct: &[&Record]) -> Vec<(Kind, usize)> {
    let mut m: BTreeMap<Kind, usize> = BTreeMap::new();
    for r in direct {
        *m.entry(r.kind).or_insert(0) += 1;
    }
    m.into_iter().collect()
}

/// One record's result in a domain.
struct Entry<'a> {
    record: &'a Record,
    finding: &'a Finding,
}

/// The overview's lines, one per outcome domain, for direct records in strongest-first order.
pub(super) fn lines(direct: &[&Record], result: &SearchResult, k: &Knowledge) -> Vec<Line> {
    // Per domain, each record once, with the first of its findings there that has a direction.
    let mut by_domain: Vec<(&str, Vec<(Direction, Entry)>)> = Vec::new();
    for r in direct {
        let mut seen: Vec<&str> = Vec::new();
        for f in &r.findings {
            let (Some(d), Some(dir)) = (f.domain.as_deref(), f.direction) else {
                continue;
            };
            if !f.verified || seen.contains(&d) {
                continue;
            }
            seen.push(d);
            let entry = Entry {
                record: r,
                finding: f,
            };
            match by_domain.iter_mut().find(|(x, _)| *x == d) {
                Some((_, v)) => v.push((dir, entry)),
                None => by_domain.push((d, vec![(dir, entry)])),
            }
        }
    }
    let asked: Vec<&str> = result
        .query
        .concepts
        .iter()
        .flat_map(|c| c.outcomes.iter().map(String::as_str))
        .collect();
    let order = |d: &str| {
        k.outcomes
            .iter()
            .position(|o| o.id == d)
            .unwrap_or(usize::MAX)
    };
    by_domain.sort_by_key(|(d, v)| {
        (
            !asked.contains(d),
            PROCESS_DOMAINS.contains(d) && !asked.contains(d),
            std::cmp::Reverse(v.len()),
            order(d),
        )
    });
    by_domain
        .into_iter()
        .take(MAX_DOMAINS)
        .map(|(d, entries)| domain_line(d, &entries, k))
        .collect()
}

fn domain_line(domain: &str, entries: &[(Direction, Entry)], k: &Knowledge) -> Line {
    let label = k.outcome(domain).map_or(domain, |o| o.label.as_str());
    let mut l = Line::default();
    l.bold(label).text(": ");
    let mut parts = Vec::new();
    for dir in [
        Direction::Improved,
        Direction::Mixed,
        Direction::NoDifference,
        Direction::Worse,
    ] {
        let these: Vec<&Entry> = entries
            .iter()
            .filter(|(d, _)| *d == dir)
            .map(|(_, e)| e)
            .collect();
        if these.is_empty() {
            continue;
        }
        // Name the records whose results carry numbers or a certainty first; the rest keep
        // their strongest-first order.
        let mut these = these;
        these.sort_by_key(|e| !(e.finding.effect.is_some() || e.finding.certainty.is_some()));
        let named: Vec<String> = these.iter().take(NAMED).map(|e| mention(e)).collect();
        parts.push(text::direction_count(dir.label(), these.len(), &named));
    }
    let disagree = entries.iter().any(|(d, _)| *d == Direction::Improved)
        && entries
            .iter()
            .any(|(d, _)| matches!(d, Direction::NoDifference | Direction::Worse));
    l.text(&parts.join(", "));
    if disagree {
        l.text(text::FINDINGS_DISAGREE);
    }
    l.text(".");
    l
}

/// "Kalinauskiene et al. 2009, d = 0.78" or "O'Hara et al. 2019, moderate certainty".
fn mention(e: &Entry) -> String {
    let mut s = format!(
        "{} {}",
        e.record.first_author_short(),
        e.record.year_label()
    );
    if let Some(effect) = &e.finding.effect {
        s.push_str(", ");
        s.push_str(&effect.display());
    }
    if let Some(c) = e.finding.certainty {
        s.push_str(&format!(", {}", c.label()));
    }
    s
}
