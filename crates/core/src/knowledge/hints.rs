//! The hints that come with problems: "did you mean", the values a field takes, and serde's
//! messages in words an admin knows.

use super::position::strip_location;
use super::vocabulary::Vocabulary;

pub(crate) fn topic_suggestion(t: &str, vocabulary: &Vocabulary) -> Option<String> {
    let lower = t.to_lowercase().replace(['-', ' '], "_");
    let mut close: Vec<&str> = vocabulary
        .concepts()
        .iter()
        .filter(|c| {
            strsim::levenshtein(&lower, &c.id) <= 3
                || c.labels()
                    .any(|l| l.to_lowercase().replace(['-', ' '], "_") == lower)
        })
        .map(|c| c.id.as_str())
        .collect();
    close.sort_by_key(|id| strsim::levenshtein(&lower, id));
    close.truncate(3);
    if close.is_empty() {
        Some("topics are concept ids of the vocabulary (knowledge/vocabulary/)".into())
    } else {
        Some(format!(
            "close matches: {}",
            close
                .iter()
                .map(|c| format!("`{c}`"))
                .collect::<Vec<_>>()
                .join(", ")
        ))
    }
}

pub(crate) fn closest<'a>(
    word: &str,
    candidates: impl Iterator<Item = &'a str>,
    max: usize,
) -> Option<&'a str> {
    candidates
        .map(|c| (strsim::levenshtein(word, c), c))
        .filter(|(d, _)| *d <= max)
        .min()
        .map(|(_, c)| c)
}

pub(crate) fn required_hint(field: &str) -> String {
    match field {
        "kind" => "add `kind:` (guideline, systematic_review, meta_analysis, rct, pilot_rct, cohort, controlled_study, qualitative, service_evaluation, pre_post, report, book, chapter, article, protocol or journal)".into(),
        "status" => "add `status: verified`, `partial` or `unverified`".into(),
        "intervention" => "add `intervention:` (vig, verp, vipp, vipp_sd, vipp_fc, video_feedback, other or none)".into(),
        "id" => "add `id:` equal to the file name without .yaml".into(),
        "authors" => "add `authors:` (a list of `{family: ..., given: ...}` or `{organisation: ...}`; `[]` for an edited book with editors)".into(),
        other => format!("add `{other}:` (see knowledge/README.md)"),
    }
}

/// serde's messages name Rust types; turn the common ones into words an admin knows.
pub(crate) fn friendly_serde(msg: &str) -> String {
    strip_location(msg)
        .replace("expected u16", "expected a whole number")
        .replace("expected u32", "expected a whole number")
        .replace("expected f64", "expected a number")
        .replace("expected a boolean", "expected true or false")
        .replace("expected a sequence", "expected a list")
        .replace(
            "struct Person",
            "a person ({family, given} or {organisation})",
        )
        .replace("struct Finding", "a finding ({statement, ...})")
        .replace("struct Source", "a source ({url, note, verified})")
        .replace("struct Sample", "a sample ({n, counted})")
        .replace("struct Effect", "an effect ({type, value, to})")
}

pub(crate) fn type_hint(msg: &str) -> Option<String> {
    if msg.contains("unknown variant") {
        Some("use one of the values listed; see knowledge/README.md".into())
    } else if msg.contains("unknown field") {
        closest_in_message(msg)
    } else if msg.contains("expected a string") || msg.contains("invalid type: integer") {
        Some("quote numbers that are text, e.g. volume: \"34\"".into())
    } else {
        None
    }
}

fn closest_in_message(msg: &str) -> Option<String> {
    // "unknown field `x`, expected one of `a`, `b`"
    let mut parts = msg.split('`');
    let _ = parts.next();
    let bad = parts.next()?;
    let candidates: Vec<&str> = parts.skip(1).step_by(2).collect();
    closest(bad, candidates.into_iter(), 3).map(|c| format!("did you mean `{c}`?"))
}
