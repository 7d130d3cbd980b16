//! A Markdown handout: numbered APA references, each with its kind, evidence level and key
//! finding with its numbers.

use super::csl;
use super::finding::numbers;
use super::format::Style;
use crate::knowledge::model::Status;
use crate::knowledge::{Knowledge, Record};

pub(super) fn markdown(records: &[&Record], k: &Knowledge, title: &str) -> String {
    let mut s = format!(
        "# Reading list: {title}\n\nFrom evidence-bot, knowledge version {}. Strongest match first; each entry gives the kind of study, its evidence level (1 strongest, 6 weakest) and its key finding.\n\n",
        k.version
    );
    for (i, r) in records.iter().enumerate() {
        let reference = csl::cite(r, Style::Apa)
            .map(|c| c.reference)
            .unwrap_or_else(|_| r.title.clone());
        s.push_str(&format!("{}. {}\n", i + 1, md_escape(&reference)));
        s.push_str(&format!(
            "   - {} · evidence level {}/6",
            r.kind.label(),
            r.evidence_level()
        ));
        if r.status != Status::Verified {
            s.push_str(&format!(" · {}", r.status.as_str()));
        }
        s.push('\n');
        if let Some(f) = r.key_finding() {
            let n = numbers(f);
            s.push_str(&format!(
                "   - Key finding: {}",
                md_escape(f.statement.trim())
            ));
            if !n.is_empty() {
                s.push_str(&format!(" ({n})"));
            }
            s.push('\n');
        }
    }
    s
}

/// Escapes the Markdown characters that would change how a reference reads.
fn md_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(c, '*' | '_' | '[' | ']' | '`' | '<' | '>' | '#') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}
