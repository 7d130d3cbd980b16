//! An answer to a question: how it was read, what was found, and how a page of results is laid out.

use super::{and, and_list, cmd, quoted};
use crate::knowledge::{Kind, Task};
use crate::render::i18n::{tr, tr_line};
use crate::render::Line;

/// [`nothing_about`], and where to look instead.
pub fn nothing_about_try_topics(phrases: &[String], prefix: &str) -> Line {
    tr_line!(
        "nothing-about-try-topics",
        phrases = or_list(phrases),
        topics = cmd(prefix, "topics")
    )
}

/// "a", "a or b", "a, b or c".
pub fn or_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [head @ .., last] => tr!("list-or", head = head.join(", "), last = last),
    }
}

/// The first sentence when words of the question match nothing in the knowledge.
pub fn nothing_about(phrases: &[String]) -> String {
    tr!("nothing-about", phrases = or_list(phrases))
}

/// What the question said it is not about, and that the answer leaves out.
pub fn excluded(phrases: &[String]) -> String {
    tr!("excluded", phrases = or_list(&quoted(phrases)))
}

/// An intervention less the narrower ones asked for: "video feedback other than VIG".
pub fn other_than(broader: &str, asked: &[String]) -> String {
    // "VIG and VIPP and VERP": each joined to the next with the list's "and".
    let asked = asked
        .iter()
        .cloned()
        .reduce(|head, last| and(&head, &last))
        .unwrap_or_default();
    tr!("other-than", broader = broader, asked = asked)
}

/// The heading of an answer with direct records.
pub fn evidence_on(question: &str) -> String {
    tr!("evidence-on", question = question)
}

/// How many direct records of which kinds: ": 5 records about it, strongest first (1 review,
/// 2 RCTs, 2 pilot RCTs)."
pub fn direct_count(kinds: &[(Kind, usize)]) -> String {
    let n: usize = kinds.iter().map(|(_, n)| n).sum();
    let mut parts: Vec<String> = kinds
        .iter()
        .take(3)
        .map(|(k, n)| kind_count(*k, *n))
        .collect();
    if kinds.len() > 4 {
        let rest: usize = kinds[3..].iter().map(|(_, n)| n).sum();
        parts.push(tr!("kinds-others", n = rest));
    } else if let Some((k, n)) = kinds.get(3) {
        parts.push(kind_count(*k, *n));
    }
    tr!("direct-count", n = n, kinds = parts.join(", "))
}

/// "2 RCTs", "1 systematic review", "3 qualitative studies".
pub fn kind_count(kind: Kind, n: usize) -> String {
    match kind {
        Kind::Guideline => tr!("kind-count-guideline", n = n),
        Kind::SystematicReview => tr!("kind-count-systematic-review", n = n),
        Kind::MetaAnalysis => tr!("kind-count-meta-analysis", n = n),
        Kind::Rct => tr!("kind-count-rct", n = n),
        Kind::PilotRct => tr!("kind-count-pilot-rct", n = n),
        Kind::Cohort => tr!("kind-count-cohort", n = n),
        Kind::ControlledStudy => tr!("kind-count-controlled-study", n = n),
        Kind::Qualitative => tr!("kind-count-qualitative", n = n),
        Kind::ServiceEvaluation => tr!("kind-count-service-evaluation", n = n),
        Kind::PrePost => tr!("kind-count-pre-post", n = n),
        Kind::Report => tr!("kind-count-report", n = n),
        Kind::Book => tr!("kind-count-book", n = n),
        Kind::Chapter => tr!("kind-count-chapter", n = n),
        Kind::Article => tr!("kind-count-article", n = n),
        Kind::Protocol => tr!("kind-count-protocol", n = n),
        Kind::Journal => tr!("kind-count-journal", n = n),
    }
}

/// A kind's name without a number, in the grammatical `form` "one" or "other".
fn kind_name(kind: Kind, form: &str) -> String {
    match kind {
        Kind::Guideline => tr!("kind-name-guideline", form = form),
        Kind::SystematicReview => tr!("kind-name-systematic-review", form = form),
        Kind::MetaAnalysis => tr!("kind-name-meta-analysis", form = form),
        Kind::Rct => tr!("kind-name-rct", form = form),
        Kind::PilotRct => tr!("kind-name-pilot-rct", form = form),
        Kind::Cohort => tr!("kind-name-cohort", form = form),
        Kind::ControlledStudy => tr!("kind-name-controlled-study", form = form),
        Kind::Qualitative => tr!("kind-name-qualitative", form = form),
        Kind::ServiceEvaluation => tr!("kind-name-service-evaluation", form = form),
        Kind::PrePost => tr!("kind-name-pre-post", form = form),
        Kind::Report => tr!("kind-name-report", form = form),
        Kind::Book => tr!("kind-name-book", form = form),
        Kind::Chapter => tr!("kind-name-chapter", form = form),
        Kind::Article => tr!("kind-name-article", form = form),
        Kind::Protocol => tr!("kind-name-protocol", form = form),
        Kind::Journal => tr!("kind-name-journal", form = form),
    }
}

/// A kind's label, capitalised, as a record's tag and in `!about`: "Pilot RCT", "Book chapter".
pub fn kind_label(kind: Kind) -> String {
    match kind {
        Kind::Guideline => tr!("kind-label-guideline"),
        Kind::SystematicReview => tr!("kind-label-systematic-review"),
        Kind::MetaAnalysis => tr!("kind-label-meta-analysis"),
        Kind::Rct => tr!("kind-label-rct"),
        Kind::PilotRct => tr!("kind-label-pilot-rct"),
        Kind::Cohort => tr!("kind-label-cohort"),
        Kind::ControlledStudy => tr!("kind-label-controlled-study"),
        Kind::Qualitative => tr!("kind-label-qualitative"),
        Kind::ServiceEvaluation => tr!("kind-label-service-evaluation"),
        Kind::PrePost => tr!("kind-label-pre-post"),
        Kind::Report => tr!("kind-label-report"),
        Kind::Book => tr!("kind-label-book"),
        Kind::Chapter => tr!("kind-label-chapter"),
        Kind::Article => tr!("kind-label-article"),
        Kind::Protocol => tr!("kind-label-protocol"),
        Kind::Journal => tr!("kind-label-journal"),
    }
}

/// A kind's short label, for a result line's badge and a chart row: "Review", "Controlled".
pub fn kind_short(kind: Kind) -> String {
    match kind {
        Kind::Guideline => tr!("kind-short-guideline"),
        Kind::SystematicReview => tr!("kind-short-systematic-review"),
        Kind::MetaAnalysis => tr!("kind-short-meta-analysis"),
        Kind::Rct => tr!("kind-short-rct"),
        Kind::PilotRct => tr!("kind-short-pilot-rct"),
        Kind::Cohort => tr!("kind-short-cohort"),
        Kind::ControlledStudy => tr!("kind-short-controlled-study"),
        Kind::Qualitative => tr!("kind-short-qualitative"),
        Kind::ServiceEvaluation => tr!("kind-short-service-evaluation"),
        Kind::PrePost => tr!("kind-short-pre-post"),
        Kind::Report => tr!("kind-short-report"),
        Kind::Book => tr!("kind-short-book"),
        Kind::Chapter => tr!("kind-short-chapter"),
        Kind::Article => tr!("kind-short-article"),
        Kind::Protocol => tr!("kind-short-protocol"),
        Kind::Journal => tr!("kind-short-journal"),
    }
}

/// What an evidence level (1 to 6) holds: "Pilot RCT, cohort or controlled study".
pub fn level_label(level: u8) -> String {
    match level {
        0 | 1 => tr!("level-label-1"),
        2 => tr!("level-label-2"),
        3 => tr!("level-label-3"),
        4 => tr!("level-label-4"),
        5 => tr!("level-label-5"),
        _ => tr!("level-label-6"),
    }
}

/// The plural name of a kind, in a header: "RCTs", "systematic reviews".
pub fn kind_plural(kind: Kind) -> String {
    kind_name(kind, "other")
}

/// The singular name of a kind, as a trial's tag: "RCT", "pilot RCT".
pub fn kind_singular(kind: Kind) -> String {
    kind_name(kind, "one")
}

/// What a task asks, in a "read as" line.
pub fn task_label(task: Task) -> String {
    match task {
        Task::Effect => tr!("task-effect"),
        Task::Recommendation => tr!("task-recommendation"),
        Task::Experience => tr!("task-experience"),
        Task::Overall => tr!("task-overall"),
        Task::Largest => tr!("task-largest"),
        Task::Count => tr!("task-count"),
        Task::Null => tr!("task-null"),
        Task::Harms => tr!("task-harms"),
        Task::Dose => tr!("task-dose"),
        Task::DeliveredBy => tr!("task-delivered-by"),
        Task::Currency => tr!("task-currency"),
        Task::Cost => tr!("task-cost"),
        Task::Attrition => tr!("task-attrition"),
        Task::Certainty => tr!("task-certainty"),
        Task::Citation => tr!("task-citation"),
        Task::ReadingList => tr!("task-reading-list"),
        Task::Chart => tr!("task-chart"),
        Task::FollowUp => tr!("task-follow-up"),
        Task::NotAQuestion => tr!("task-not-a-question"),
    }
}

/// The line under a long message: "Read as: effects · video feedback · postnatal depression.
/// Not recognised: cleft."
pub fn read_as(read: &[String], unrecognised: &[String]) -> String {
    let read = read.join(" · ");
    if unrecognised.is_empty() {
        tr!("read-as", read = read)
    } else {
        tr!(
            "read-as-unrecognised",
            read = read,
            unrecognised = unrecognised.join(", ")
        )
    }
}

/// When a message names nothing the vocabulary knows.
pub fn could_not_tell() -> String {
    tr!("could-not-tell")
}

/// The same for a short message, quoting it.
pub fn could_not_tell_what(quoted: &str) -> String {
    tr!("could-not-tell-what", quoted = quoted)
}

/// After either: an example search to type.
pub fn try_for_example(prefix: &str) -> Line {
    tr_line!("try-for-example", evidence = cmd(prefix, "evidence"))
}

/// Under citations asked for in words: how many more records there are, and how to get all.
pub fn first_of(shown: usize, total: usize) -> String {
    tr!("first-of", shown = shown, total = total)
}

/// The example search given in hints.
pub fn example_question() -> String {
    tr!("example-question")
}

/// Under "Nothing in the knowledge is about ADHD.": "The nearest: neurodiversity, 14 records: "
pub fn nearest(label: &str, records: usize) -> String {
    tr!("nearest", label = label, records = records)
}

/// When records cover each part of a question but none all of them.
pub fn nothing_together(parts: &[String]) -> String {
    match parts {
        [a, b] => tr!("nothing-together-both", first = a, second = b),
        _ => tr!("nothing-together", parts = and_list(parts)),
    }
}

/// One part of such a question and its records: "fathers, 4 records: ".
pub fn part_count(label: &str, records: usize) -> String {
    tr!("part-count", label = label, records = records)
}

/// After a record that has only a broader intervention than the one asked about.
pub fn in_general() -> String {
    tr!("in-general")
}

/// Short form of the unverified warning on a result line.
pub fn unverified_short() -> String {
    tr!("unverified-short")
}

/// Where a page of results is: "Showing 1–3 of 5 direct (and 4 that only touch the question)."
pub fn showing(start: usize, end: usize, direct: usize, total: usize) -> String {
    let partial = total - direct.min(total);
    match (direct, partial) {
        (0, _) => tr!("showing-all", start = start, end = end, total = total),
        (_, 0) => tr!("showing-direct", start = start, end = end, direct = direct),
        _ => tr!(
            "showing-partial",
            start = start,
            end = end,
            direct = direct,
            partial = partial
        ),
    }
}

/// The `!more` hint: "!more for 3 more".
pub fn more_for(prefix: &str, n: usize) -> Line {
    tr_line!("more-for", more = cmd(prefix, "more"), n = n)
}

/// The `!cite` hint: "!cite ID for a citation."
pub fn cite_for_a_citation(prefix: &str) -> Line {
    tr_line!("cite-for-a-citation", cite = cmd(prefix, "cite ID"))
}

/// The `!show` hint: "!show ID for details".
pub fn show_for_details(prefix: &str) -> Line {
    tr_line!("show-for-details", show = cmd(prefix, "show ID"))
}

/// One direction of an outcome domain in the overview: "improved in 3 (A; B)".
pub fn direction_count(direction: &str, n: usize, named: &[String]) -> String {
    if named.is_empty() {
        tr!("direction-count", direction = direction, n = n)
    } else {
        tr!(
            "direction-count-named",
            direction = direction,
            n = n,
            named = named.join("; ")
        )
    }
}

/// After an outcome domain whose records disagree.
pub fn findings_disagree() -> String {
    tr!("findings-disagree")
}

/// Under an answer in another language: the records' own words stay in English.
pub fn summaries_in_english() -> String {
    tr!("summaries-in-english")
}

/// Above the answer to a follow-up that refines the last question.
pub fn read_as_follow_up(added: &str) -> String {
    tr!("read-as-follow-up", added = added)
}

/// How answers are ordered, for "why is that one first?".
pub fn order_rule(task: &str, effect: bool) -> String {
    let kinds = if effect {
        tr!("order-kinds-effect")
    } else {
        tr!("order-kinds-other")
    };
    tr!("order-rule", task = task, kinds = kinds)
}
