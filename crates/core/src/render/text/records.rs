//! One record shown, cited or listed (`!show`, `!cite`, `!reading-list`, `!topics`, `!about`),
//! and a record's tags.

use super::{cmd, kind_label, kind_short, level_label};
use crate::knowledge::model::{Certainty, Direction, Effect, EffectType, Finding, Intervention};
use crate::knowledge::{Facet, Kind};
use crate::render::i18n::{tr, tr_line};
use crate::render::Line;

/// Where a chapter was published, on its full view: "Chapter 4 in Video Interaction Guidance".
pub fn chapter_in(chapter: &str, book: &str) -> String {
    tr!("chapter-in", chapter = chapter, book = book)
}

/// The book a work appeared in, when no chapter is given: "In Video Interaction Guidance".
pub fn in_book(book: &str) -> String {
    tr!("in-book", book = book)
}

/// The warning on a partly verified record in `!show`.
pub fn partial_see_caveats() -> String {
    tr!("partial-see-caveats")
}

/// The warning on an unverified record in `!show` and `!cite`.
pub fn unverified_warning() -> String {
    tr!("unverified-warning")
}

/// The heading of `!cite` in a style.
pub fn citations_heading(style: &str, n: usize) -> String {
    tr!("citations-heading", style = style, n = n)
}

/// The heading of `!cite` in BibTeX, RIS or another format to copy (bold), then where to get a
/// file instead: `command`, the `!reading-list` command for the format.
pub fn citation_text_heading(format: &str, n: usize, command: &str) -> Line {
    tr_line!(
        "citation-text-heading",
        format = format,
        n = n,
        command = command
    )
}

/// `!reading-list` found nothing, and where to look instead.
pub fn reading_list_nothing(query: &str, prefix: &str) -> Line {
    tr_line!(
        "reading-list-nothing",
        query = query,
        topics = cmd(prefix, "topics")
    )
}

/// The heading of `!reading-list`.
pub fn reading_list_heading(query: &str) -> String {
    tr!("reading-list-heading", query = query)
}

/// What a reading list holds.
pub fn reading_list_summary(n: usize, filename: &str, hint: &str, total: usize) -> String {
    if total > n {
        tr!(
            "reading-list-summary-best",
            n = n,
            filename = filename,
            hint = hint,
            total = total
        )
    } else {
        tr!(
            "reading-list-summary",
            n = n,
            filename = filename,
            hint = hint
        )
    }
}

/// The rest of a reading list, not shown in the reply.
pub fn more_in_the_file(n: usize) -> String {
    tr!("more-in-the-file", n = n)
}

/// The intervention a record is about, on its full view: "VIG", "VIPP-SD", "video feedback".
pub fn intervention(i: Intervention) -> String {
    match i {
        Intervention::VideoFeedback => tr!("intervention-video-feedback"),
        Intervention::Other => tr!("intervention-other"),
        Intervention::None => tr!("intervention-none"),
        // The programmes' names, as they are known everywhere.
        named => named.label().to_string(),
    }
}

/// The heading of `!topics`.
pub fn topics_heading(covered: usize, concepts: usize) -> String {
    tr!("topics-heading", covered = covered, concepts = concepts)
}

/// A facet's name in `!topics`.
pub fn facet_label(facet: Facet) -> String {
    match facet {
        Facet::Population => tr!("facet-population"),
        Facet::Setting => tr!("facet-setting"),
        Facet::Intervention => tr!("facet-intervention"),
        Facet::Comparison => tr!("facet-comparison"),
        Facet::Outcome => tr!("facet-outcome"),
        Facet::Kind => tr!("facet-kind"),
        Facet::Profession => tr!("facet-profession"),
        Facet::Country => tr!("facet-country"),
    }
}

/// Under `!topics`, before an example search.
pub fn topics_how() -> String {
    tr!("topics-how")
}

/// How many records a topic has.
pub fn record_count(n: usize) -> String {
    tr!("record-count", n = n)
}

/// The first line of `!about`, after the bot's name.
pub fn about() -> String {
    tr!("about")
}

/// The knowledge's version in `!about`: "Knowledge version 1a2b3c (built-in), loaded …".
pub fn knowledge_loaded(version: &str, origin: &str, loaded: &str) -> String {
    tr!(
        "knowledge-loaded",
        version = version,
        origin = origin,
        loaded = loaded
    )
}

/// How much the knowledge holds, in `!about`.
pub fn records_and_topics(records: usize, topics: usize) -> String {
    tr!("records-and-topics", records = records, topics = topics)
}

/// One kind of record in `!about`: "RCT: 41 (level 3, RCT)".
pub fn kind_tally(kind: Kind, n: usize) -> String {
    let level = kind.evidence_level();
    tr!(
        "kind-tally",
        kind = kind_label(kind),
        n = n,
        level = level,
        level_label = level_label(level)
    )
}

/// The last reload, in `!about`.
pub fn last_reload(r: &str) -> String {
    tr!("last-reload", reload = r)
}

/// A note on a filter that could not be used.
pub fn note(problem: &str) -> String {
    tr!("note", problem = problem)
}

/// A spelling correction was searched instead of what was typed.
pub fn showing_results_for(corrected: &str, typed: &str) -> String {
    tr!("showing-results-for", corrected = corrected, typed = typed)
}

/// Spelling suggestions after finding nothing.
pub fn did_you_mean(words: &[&str]) -> String {
    tr!("did-you-mean", words = words.join(", "))
}

/// `!topics` and what it does, when nothing was found.
pub fn topics_lists_what_is_covered(prefix: &str) -> Line {
    tr_line!(
        "topics-lists-what-is-covered",
        topics = cmd(prefix, "topics")
    )
}

/// A record's kind and level in brackets, on its full view: "[RCT · level 3/6]".
pub fn level_tag(kind: Kind) -> String {
    tr!(
        "level-tag",
        kind = kind_label(kind),
        level = kind.evidence_level()
    )
}

/// The badge on a result line: "RCT · L3", "RCT follow-up · L3".
pub fn badge(kind: Kind, follow_up: bool) -> String {
    let (level, kind) = (kind.evidence_level(), kind_short(kind));
    if follow_up {
        tr!("badge-follow-up", kind = kind, level = level)
    } else {
        tr!("badge", kind = kind, level = level)
    }
}

/// One record in the answer to "why is that one first?": "Hoffenkamp et al. 2015: RCT (level
/// 3, RCT, peer-reviewed)". `record`: its first author and year.
pub fn order_record(record: &str, kind: Kind, peer_reviewed: bool) -> String {
    let level = kind.evidence_level();
    if peer_reviewed {
        tr!(
            "order-record-peer-reviewed",
            record = record,
            kind = kind_label(kind),
            level = level,
            level_label = level_label(level)
        )
    } else {
        tr!(
            "order-record",
            record = record,
            kind = kind_label(kind),
            level = level,
            level_label = level_label(level)
        )
    }
}

/// A GRADE certainty, in plain words: "moderate certainty".
pub fn certainty(c: Certainty) -> String {
    match c {
        Certainty::High => tr!("certainty-high"),
        Certainty::Moderate => tr!("certainty-moderate"),
        Certainty::Low => tr!("certainty-low"),
        Certainty::VeryLow => tr!("certainty-very-low"),
    }
}

/// An effect's value as sources print it, a range in words: "0.86", "0.24 to 0.60", "41%".
pub fn effect_value(e: &Effect) -> String {
    let value = e.value_text();
    match (e.to, value.split_once(" to ")) {
        (Some(_), Some((low, high))) => tr!("effect-range", low = low, high = high),
        _ => value,
    }
}

/// An effect as a practitioner quotes it: "d = 0.86", "d = 0.24 to 0.60", "41%".
pub fn effect(e: &Effect) -> String {
    let value = effect_value(e);
    if e.kind == EffectType::Percent {
        value
    } else {
        format!("{} = {value}", e.kind.label())
    }
}

/// A finding's numbers, with its words in the reply's language: "d = 0.86, 95% CI 0.2 to 1.5,
/// p = 0.069, not significant, moderate certainty". (Files to download keep English:
/// [`crate::references::finding::numbers`].)
pub fn finding_numbers(f: &Finding) -> String {
    use crate::knowledge::model::num;
    let mut parts = Vec::new();
    if let Some(e) = &f.effect {
        parts.push(effect(e));
    }
    if let Some([lo, hi]) = f.ci {
        parts.push(tr!("finding-ci", low = num(lo), high = num(hi)));
    }
    if let Some(p) = &f.p {
        let p = p.trim();
        if p.starts_with(['<', '>', '≤', '≥', '=']) {
            parts.push(format!("p {p}"));
        } else {
            parts.push(format!("p = {p}"));
        }
    }
    match f.significant {
        Some(false) => parts.push(tr!("finding-not-significant")),
        Some(true) if f.p.is_none() => parts.push(tr!("finding-significant")),
        _ => {}
    }
    if let Some(c) = f.certainty {
        parts.push(certainty(c));
    }
    parts.join(", ")
}

/// A finding's direction, in plain words: "improved", "no significant difference".
pub fn direction(d: Direction) -> String {
    match d {
        Direction::Improved => tr!("direction-improved"),
        Direction::NoDifference => tr!("direction-no-difference"),
        Direction::Worse => tr!("direction-worse"),
        Direction::Mixed => tr!("direction-mixed"),
    }
}
