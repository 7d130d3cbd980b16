//! The checks on a record's findings: the numbers, the outcome domain and direction, and where
//! the numbers were read.

use super::Vocab;
use crate::knowledge::diagnostic::{error_at, Diagnostic};
use crate::knowledge::hints::closest;
use crate::knowledge::model::{Finding, Record, Status};
use crate::knowledge::position::value_position;
use crate::knowledge::source::SourceFile;

/// Every finding of the record, each checked in full before the next.
pub(super) fn check_findings(
    f: &SourceFile,
    r: &Record,
    vocab: &Vocab<'_>,
    diags: &mut Vec<Diagnostic>,
) {
    for finding in &r.findings {
        let at = value_position(&f.text, "findings", first_words(&finding.statement));
        check_numbers(f, finding, at, diags);
        check_domain(f, finding, vocab, at, diags);
        check_source(f, r, finding, at, diags);
    }
}

/// The statement is there and the p value, interval and effect are numbers the right way round.
fn check_numbers(
    f: &SourceFile,
    finding: &Finding,
    (line, col): (usize, usize),
    diags: &mut Vec<Diagnostic>,
) {
    if finding.statement.trim().is_empty() {
        diags.push(error_at(
            &f.path,
            line,
            col,
            "a finding has an empty statement".into(),
            None,
        ));
    }
    if let Some(p) = &finding.p {
        if !valid_p(p) {
            diags.push(error_at(
                &f.path,
                line,
                col,
                format!("p value `{p}` is not a number between 0 and 1"),
                Some("write it as the source does, e.g. \"0.069\" or \"<0.001\"".into()),
            ));
        }
    }
    if let Some([lo, hi]) = finding.ci {
        if lo > hi || !lo.is_finite() || !hi.is_finite() {
            diags.push(error_at(
                &f.path,
                line,
                col,
                format!("confidence interval [{lo}, {hi}] is not [low, high]"),
                None,
            ));
        }
    }
    if let Some(e) = &finding.effect {
        if !e.value.is_finite() || e.to.is_some_and(|t| !t.is_finite()) {
            diags.push(error_at(
                &f.path,
                line,
                col,
                "effect value is not a number".into(),
                None,
            ));
        } else if e.to.is_some_and(|t| t < e.value) {
            diags.push(error_at(
                &f.path,
                line,
                col,
                "effect range runs backwards: `value` is the low end and `to` the high end".into(),
                None,
            ));
        }
    }
}

/// The domain is an outcome concept, and a finding with a result names its domain and direction.
fn check_domain(
    f: &SourceFile,
    finding: &Finding,
    vocab: &Vocab<'_>,
    (line, col): (usize, usize),
    diags: &mut Vec<Diagnostic>,
) {
    if let Some(d) = &finding.domain {
        if !vocab.outcome_ids.contains(d.as_str()) {
            let hint = closest(d, vocab.outcome_ids.iter().copied(), 4)
                .map(|c| format!("did you mean `{c}`?"))
                .or_else(|| {
                    Some("domains are outcome concepts of vocabulary/outcomes.yaml".into())
                });
            diags.push(error_at(
                &f.path,
                line,
                col,
                format!("unknown outcome domain `{d}`"),
                hint,
            ));
        }
    }
    if finding.reports_result() {
        let missing: Vec<&str> = [
            ("domain", finding.domain.is_none()),
            ("direction", finding.direction.is_none()),
        ]
        .into_iter()
        .filter_map(|(k, m)| m.then_some(k))
        .collect();
        if !missing.is_empty() {
            diags.push(error_at(
                &f.path,
                line,
                col,
                format!(
                    "a finding with a result has no `{}`",
                    missing.join("` or `")
                ),
                Some("add `domain:` (an outcome concept of vocabulary/outcomes.yaml) and `direction:` (improved, no_difference, worse or mixed), so answers can compare it with other studies".into()),
            ));
        }
    }
}

/// The numbers of a confirmed record name one of its sources.
fn check_source(
    f: &SourceFile,
    r: &Record,
    finding: &Finding,
    (line, col): (usize, usize),
    diags: &mut Vec<Diagnostic>,
) {
    // A number practitioners quote must say where it was read, from a source someone
    // confirmed; the seed records marked unverified as a whole are the exception.
    if finding.has_numbers() && r.status != Status::Unverified {
        let urls: Vec<&str> = r.sources.iter().map(|s| s.url.as_str()).collect();
        let problem = match finding.source.as_deref() {
            _ if !finding.verified => Some((
                "a finding with numbers is marked `verified: false`".to_string(),
                "confirm the numbers in a source and mark the finding verified, or leave the numbers out".to_string(),
            )),
            None => Some((
                "a finding with numbers names no `source:`".to_string(),
                "add `source:` with the url of the record's source the numbers were read from".to_string(),
            )),
            Some(u) if !urls.contains(&u) => Some((
                format!("the finding's `source:` {u} is not one of the record's sources"),
                "use the `url` of an entry under `sources:`, or add the page there".to_string(),
            )),
            Some(_) => None,
        };
        if let Some((message, hint)) = problem {
            diags.push(error_at(&f.path, line, col, message, Some(hint)));
        }
    }
}

fn first_words(s: &str) -> &str {
    let end = s
        .char_indices()
        .filter(|(_, c)| c.is_whitespace())
        .nth(2)
        .map(|(i, _)| i)
        .unwrap_or(s.len());
    &s[..end]
}

fn valid_p(p: &str) -> bool {
    let t = p
        .trim()
        .trim_start_matches(['<', '>', '=', '≤', '≥'])
        .trim();
    matches!(t.parse::<f64>(), Ok(v) if (0.0..=1.0).contains(&v))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn p_values() {
        assert!(valid_p("0.069"));
        assert!(valid_p("<0.001"));
        assert!(valid_p(".04"));
        assert!(!valid_p("1.5"));
        assert!(!valid_p("n.s."));
    }
}
