//! Every sentence a user reads, in one place, so wording stays consistent and easy to review.
//! (Each command's arguments are declared with the command, in [`crate::chat::COMMANDS`]; what it
//! does is [`command_about`].)
//!
//! The sentences themselves are in the Fluent files (`crates/core/i18n/<code>.ftl`, English
//! first), in the language of the reply being written ([`crate::locale::current`]); each function
//! here names its message and passes its variables, and keeps what is not a sentence (command
//! names, numbers written as the data has them, list separators) in Rust. A sentence with a
//! command or emphasis inside it comes back as a [`Line`], so a translation can move them.

use crate::chat::command::{spec, Problem, MAX_CITE_IDS};
use crate::knowledge::model::{
    Certainty, Direction, Effect, EffectType, Finding, Intervention, Status,
};
use crate::knowledge::safety::{Audience, Contact, RiskKind};
use crate::knowledge::{Facet, Kind, Task};
use crate::references::{Format, Style};
use crate::render::i18n::{tr, tr_line};
use crate::render::Line;
use crate::rooms::SettingProblem;

/// A command as the user types it: "!evidence".
fn cmd(prefix: &str, name: &str) -> String {
    format!("{prefix}{name}")
}

/// Appended when a reply had to be cut to fit a chat message.
pub fn reply_cut() -> String {
    tr!("reply-cut")
}

/// Shown when a question was longer than the bot reads.
pub fn query_truncated(max: usize) -> String {
    tr!("query-truncated", max = max)
}

/// The opening line of the general help.
pub fn help_intro() -> String {
    tr!("help-intro")
}

/// Closing line of the general help.
pub fn help_outro(prefix: &str) -> String {
    tr!(
        "help-outro",
        evidence = cmd(prefix, "evidence"),
        help = cmd(prefix, "help")
    )
}

/// What a command does, for `!help` and usage hints: "the next results of your last !evidence
/// search in this room". `name`: the command word, as in [`crate::chat::COMMANDS`]; empty for a
/// word that is not a command.
pub fn command_about(name: &str, prefix: &str) -> String {
    let c = |name: &str| cmd(prefix, name);
    match name {
        "evidence" => tr!("command-evidence", evidence = c("evidence")),
        "more" => tr!("command-more", evidence = c("evidence")),
        "show" => tr!("command-show"),
        "cite" => tr!("command-cite"),
        "reading-list" => tr!("command-reading-list", reading_list = c("reading-list")),
        "chart" => tr!("command-chart", chart = c("chart")),
        "map" => tr!("command-map", map = c("map")),
        "topics" => tr!("command-topics"),
        "help" => tr!("command-help"),
        "about" => tr!("command-about"),
        "config" => tr!("command-config", config = c("config")),
        "whatsnew" => tr!("command-whatsnew"),
        "subscribe" => tr!("command-subscribe", subscribe = c("subscribe")),
        "unsubscribe" => tr!("command-unsubscribe", subscriptions = c("subscriptions")),
        "subscriptions" => tr!("command-subscriptions"),
        "feedback" => tr!("command-feedback"),
        "gaps" => tr!("command-gaps"),
        "reload" => tr!("command-reload"),
        "status" => tr!("command-status"),
        _ => String::new(),
    }
}

/// A command word the bot does not know.
pub fn unknown_command(prefix: &str, word: &str, suggestion: Option<&str>) -> String {
    let command = cmd(prefix, word);
    let help = cmd(prefix, "help");
    match suggestion {
        Some(s) => tr!(
            "unknown-command-suggest",
            command = command,
            suggestion = cmd(prefix, s),
            help = help
        ),
        None => tr!("unknown-command", command = command, help = help),
    }
}

/// A known command used the wrong way.
pub fn bad_usage(prefix: &str, command: &str, problem: &str) -> String {
    let usage = spec(command).map(|s| s.usage(prefix)).unwrap_or_default();
    tr!(
        "bad-usage",
        command = cmd(prefix, command),
        problem = problem,
        usage = usage
    )
}

/// What was wrong with a command's arguments, before its usage line: "which record? Give its id,
/// as shown under each result".
pub fn usage_problem(problem: &Problem, prefix: &str) -> String {
    let c = |name: &str| cmd(prefix, name);
    match problem {
        Problem::WhichRecord => tr!("problem-which-record"),
        Problem::OneRecord => tr!("problem-one-record"),
        Problem::WhichRecords => tr!("problem-which-records"),
        Problem::TooManyRecords => tr!("problem-too-many-records", max = MAX_CITE_IDS),
        Problem::WhichTopic => tr!("problem-which-topic", reading_list = c("reading-list")),
        Problem::WhatToChart => tr!("problem-what-to-chart", chart = c("chart")),
        Problem::WhatToFollow => tr!("problem-what-to-follow", subscribe = c("subscribe")),
        Problem::WhichSubscription => {
            tr!("problem-which-subscription", unsubscribe = c("unsubscribe"))
        }
        Problem::WhatYouWereLookingFor => tr!(
            "problem-what-you-were-looking-for",
            feedback = c("feedback")
        ),
        Problem::OnePeriod => tr!("problem-one-period", gaps = c("gaps")),
        Problem::Period(why) => why.clone(),
    }
}

/// `!more` with no search to continue.
pub fn nothing_more(prefix: &str) -> String {
    tr!("nothing-more", evidence = cmd(prefix, "evidence"))
}

/// `!more` past the last result.
pub fn end_of_results() -> String {
    tr!("end-of-results")
}

/// `!more` past the results remembered for a search that had more.
pub fn end_of_remembered(shown: usize, total: usize) -> String {
    tr!("end-of-remembered", shown = shown, total = total)
}

/// The heading of a `!more` page.
pub fn more_on(query: &str) -> String {
    tr!("more-on", query = query)
}

/// The reply to `!status`.
pub fn status(
    uptime_secs: u64,
    rooms: usize,
    records: usize,
    version: &str,
    origin: &str,
    last_reload: &str,
) -> String {
    tr!(
        "status",
        hours = uptime_secs / 3600,
        minutes = format!("{:02}", (uptime_secs % 3600) / 60),
        rooms = rooms,
        records = records,
        version = version,
        origin = origin,
        last_reload = last_reload
    )
}

/// An id that names no record.
pub fn unknown_record(id: &str, suggestion: Option<&str>, prefix: &str) -> String {
    match suggestion {
        Some(s) => tr!("unknown-record-suggest", id = id, suggestion = s),
        None => tr!(
            "unknown-record",
            id = id,
            evidence = cmd(prefix, "evidence")
        ),
    }
}

/// Admin commands refused.
pub fn admin_only() -> String {
    tr!("admin-only")
}

/// Admin commands outside the running bot.
pub fn admin_needs_bot() -> String {
    tr!("admin-needs-bot")
}

/// Nothing found.
pub fn nothing_found(query: &str) -> String {
    if query.split_whitespace().count() > 8 {
        tr!("nothing-found-long")
    } else {
        tr!("nothing-found", query = query)
    }
}

/// The warning on records that could not be verified.
pub fn unverified() -> String {
    tr!("unverified")
}

/// The warning on partly verified records.
pub fn partial() -> String {
    tr!("partial")
}

/// A finding no source confirmed.
pub fn finding_unverified() -> String {
    tr!("finding-unverified")
}

/// Flood protection: the one notice a user gets when over the limit.
pub fn slow_down(commands: u32, seconds: u64) -> String {
    tr!("slow-down", commands = commands, seconds = seconds)
}

/// What a reading-list file is for.
pub fn format_hint(format: Format) -> String {
    match format {
        Format::Ris => tr!("format-hint-ris"),
        Format::Bibtex => tr!("format-hint-bibtex"),
        Format::Markdown => tr!("format-hint-markdown"),
        Format::CslJson => tr!("format-hint-csl-json"),
        Format::Style(Style::Apa) => tr!("format-hint-apa"),
        Format::Style(Style::Harvard) => tr!("format-hint-harvard"),
        Format::Style(Style::Vancouver) => tr!("format-hint-vancouver"),
    }
}

/// A citation could not be rendered.
pub fn citation_failed(id: &str) -> String {
    tr!("citation-failed", id = id)
}

/// The one notice a person gets when the bot could not decrypt their message.
pub fn undecryptable(sender: &str) -> String {
    tr!("undecryptable", sender = sender)
}

/// An answer failed inside the bot (the details are in the log).
pub fn internal_error() -> String {
    tr!("internal-error")
}

/// Headings and labels of `!show`.
pub mod label {
    use crate::render::i18n::tr;

    /// Before the list of findings.
    pub fn findings() -> String {
        tr!("label-findings")
    }
    /// Before the list of caveats.
    pub fn caveats() -> String {
        tr!("label-caveats")
    }
    /// Before the related records' ids.
    pub fn related() -> String {
        tr!("label-related")
    }
    /// Before the list of sources.
    pub fn sources() -> String {
        tr!("label-sources")
    }
    /// After a source no one confirmed.
    pub fn source_unverified() -> String {
        tr!("label-source-unverified")
    }
    /// Before the `!cite` hint.
    pub fn cite_it() -> String {
        tr!("label-cite-it")
    }
    /// The facts of a record, in the order shown.
    pub fn intervention() -> String {
        tr!("label-intervention")
    }
    /// Who took part.
    pub fn who() -> String {
        tr!("label-who")
    }
    /// The design.
    pub fn design() -> String {
        tr!("label-design")
    }
    /// The sample.
    pub fn sample() -> String {
        tr!("label-sample")
    }
    /// The country.
    pub fn country() -> String {
        tr!("label-country")
    }
    /// The trial registration.
    pub fn registration() -> String {
        tr!("label-registration")
    }
    /// The topics.
    pub fn topics() -> String {
        tr!("label-topics")
    }
    /// Before a citation's in-text form.
    pub fn in_text() -> String {
        tr!("label-in-text")
    }
    /// A record whose authors no source shows.
    pub fn authors_not_known() -> String {
        tr!("label-authors-not-known")
    }
}

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

/// [`nothing_about`], and where to look instead.
pub fn nothing_about_try_topics(phrases: &[String], prefix: &str) -> Line {
    tr_line!(
        "nothing-about-try-topics",
        phrases = or_list(phrases),
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

/// Phrases in typographic quotes.
fn quoted(phrases: &[String]) -> Vec<String> {
    phrases
        .iter()
        .map(|w| format!("\u{201c}{w}\u{201d}"))
        .collect()
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

/// "a, b and c".
fn and_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [head @ .., last] => and(&head.join(", "), last),
    }
}

/// "a and b": `list-and`, or `list-and-vowel` when `last` begins with a vowel sound (Welsh
/// joins with "ac" there and "a" elsewhere: "VIG ac awtistiaeth", "VIG a thadau").
fn and(head: &str, last: &str) -> String {
    if starts_with_vowel(last) {
        tr!("list-and-vowel", head = head, last = last)
    } else {
        tr!("list-and", head = head, last = last)
    }
}

/// Whether a list item begins with a vowel sound as Welsh reads it: its first letter (after
/// quotation marks) is a, e, i, o, u, w or y, with or without an accent; a number whose Welsh
/// name does (1 "un", 11 "un ar ddeg", 8, 80–89, 800–899, … "wyth"). Read letter by letter,
/// nothing more: an acronym is taken as it is spelt ("ac ADHD", "a NICU").
fn starts_with_vowel(item: &str) -> bool {
    let Some(first) = item.chars().find(|c| c.is_alphanumeric()) else {
        return false;
    };
    if first.is_ascii_digit() {
        let digits: String = item
            .chars()
            .skip_while(|c| !c.is_alphanumeric())
            .take_while(char::is_ascii_digit)
            .collect();
        return digits == "1" || digits == "11" || digits.starts_with('8');
    }
    first
        .to_lowercase()
        .any(|c| "aeiouwyâêîôûŵŷáéíóúẃýàèìòùẁỳäëïöüẅÿ".contains(c))
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

/// A gap report's label for questions whose only unknown words were asked on fewer than three
/// days (a rare word is often a name, so it is not shown until then).
pub fn words_held_back() -> String {
    tr!("words-held-back")
}

/// After an outcome domain whose records disagree.
pub fn findings_disagree() -> String {
    tr!("findings-disagree")
}

// Answers about the evidence as a whole (answer/overall.rs). Each says what it counted.

/// A trial's size by the number randomised: "300 families randomised".
pub fn randomised(n: u32, unit: &str) -> String {
    // The unit without its detail: "families (151 VIPP-SD, 149 usual care)" is "families".
    let unit = unit.split(['(', ',', ';']).next().unwrap_or("").trim();
    let unit = unit
        .strip_suffix("randomised")
        .or_else(|| unit.strip_suffix("randomized"))
        .unwrap_or(unit)
        .trim();
    if !english() {
        // The record's words are English: another language names what it counts in its own
        // words when it is a plain unit ("families"), else gives the number alone.
        return match Counted::of(unit) {
            Some(c) => tr!("randomised-unit", n = n, unit = c.noun(n)),
            None => tr!("randomised", n = n),
        };
    }
    if unit.is_empty() || unit.chars().count() > 30 {
        tr!("randomised", n = n)
    } else {
        tr!("randomised-unit", n = n, unit = unit)
    }
}

/// Whether the reply is in English, the language of the records' own words.
fn english() -> bool {
    crate::locale::current() == crate::locale::Lang::En
}

/// What a trial's sample counts, when the record says it in a plain word: the unit's noun in
/// the reply's language. (English keeps the record's words.)
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Counted {
    Families,
    Mothers,
    Fathers,
    Parents,
    Children,
    Infants,
    Dyads,
    Caregivers,
    Participants,
    Studies,
    Trials,
}

impl Counted {
    /// The unit a record's "counted" names, by the first of its words that is a known unit:
    /// "first-time mothers and their children" counts mothers, "mother-infant dyads" dyads.
    fn of(counted: &str) -> Option<Counted> {
        let unit = counted.split(['(', ',', ';']).next().unwrap_or("");
        unit.split_whitespace().find_map(|w| {
            let w = w
                .trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase();
            Some(match w.as_str() {
                "families" | "family" => Counted::Families,
                "mothers" | "mother" => Counted::Mothers,
                "fathers" | "father" => Counted::Fathers,
                "parents" | "parent" => Counted::Parents,
                "children" | "child" => Counted::Children,
                "infants" | "infant" | "babies" | "baby" => Counted::Infants,
                "dyads" | "dyad" | "pairs" | "pair" => Counted::Dyads,
                "caregivers" | "caregiver" | "carers" | "carer" => Counted::Caregivers,
                "participants" | "participant" | "people" => Counted::Participants,
                "trials" | "trial" | "rcts" | "rct" => Counted::Trials,
                "studies" | "study" | "articles" | "papers" | "reviews" => Counted::Studies,
                _ => return None,
            })
        })
    }

    /// The unit's noun for `n` of them: "families", "family".
    fn noun(self, n: u32) -> String {
        match self {
            Counted::Families => tr!("counted-families", n = n),
            Counted::Mothers => tr!("counted-mothers", n = n),
            Counted::Fathers => tr!("counted-fathers", n = n),
            Counted::Parents => tr!("counted-parents", n = n),
            Counted::Children => tr!("counted-children", n = n),
            Counted::Infants => tr!("counted-infants", n = n),
            Counted::Dyads => tr!("counted-dyads", n = n),
            Counted::Caregivers => tr!("counted-caregivers", n = n),
            Counted::Participants => tr!("counted-participants", n = n),
            Counted::Studies => tr!("counted-studies", n = n),
            Counted::Trials => tr!("counted-trials", n = n),
        }
    }
}

/// A trial's size when no number randomised is recorded: "93 children". In English the number
/// and the record's own words for who took part; in another language, the unit in its words
/// ("93 kinderen"), else participants.
pub fn took_part(n: u32, counted: &str) -> String {
    if !english() {
        let unit = Counted::of(counted).unwrap_or(Counted::Participants);
        return format!("{n} {}", unit.noun(n));
    }
    let unit = counted.split(['(', ';']).next().unwrap_or("").trim();
    let mut words = String::new();
    for w in unit.split_whitespace() {
        if words.chars().count() + w.chars().count() > 40 {
            words.push('…');
            break;
        }
        if !words.is_empty() {
            words.push(' ');
        }
        words.push_str(w);
    }
    format!("{n} {words}")
        .trim_end_matches([',', ' '])
        .to_string()
}

/// Under a trial with no finding recorded.
pub fn no_result_recorded() -> String {
    tr!("no-result-recorded")
}

/// Before a trial's primary finding: "Primary outcome: no significant difference. ".
pub fn primary_result(direction: &str) -> String {
    tr!("primary-result", direction = direction)
}

/// Before the first primary finding of a trial with mixed primary results.
pub fn primary_mixed(improved: usize, of: usize) -> String {
    tr!("primary-mixed", improved = improved, of = of)
}

/// Before the key finding of a trial with no primary outcome marked.
pub fn key_finding() -> String {
    tr!("key-finding")
}

/// After a finding read from another paper of the trial than its main one.
pub fn from_paper(author: &str, year: &str) -> String {
    tr!("from-paper", author = author, year = year)
}

/// The subject of an answer about the evidence as a whole when the question named none.
pub fn any_intervention() -> String {
    tr!("any-intervention")
}

/// "Largest trials of VIPP-SD in the knowledge"
pub fn largest_heading(subject: &str) -> String {
    tr!("largest-heading", subject = subject)
}

/// ": 6 of its 8 trials give a size, largest first."
pub fn sized_count(sized: usize, trials: usize) -> String {
    if trials == 0 {
        return tr!("sized-none");
    }
    tr!("sized-count", sized = sized, trials = trials)
}

/// "The knowledge holds 5 trials of VIPP-SD"
pub fn count_heading(subject: &str, trials: usize) -> String {
    tr!("count-heading", subject = subject, trials = trials)
}

/// What the trials are and what else is about the subject.
pub fn count_body(kinds: &[String], papers: usize, under_way: usize, others: &[String]) -> String {
    let mut s = String::new();
    if !kinds.is_empty() {
        s.push_str(&tr!(
            "count-body-trials",
            kinds = and_list(kinds),
            papers = papers
        ));
    }
    if under_way > 0 {
        s.push_str(&tr!("count-body-under-way", n = under_way));
    }
    s.push('.');
    if !others.is_empty() {
        s.push_str(&tr!("count-body-others", others = and_list(others)));
    }
    s
}

/// "The latest meta-analysis in it, van IJzendoorn et al. 2022, pooled 25 randomised
/// controlled trials: "
pub fn latest_meta(author: &str, year: &str, n: u32, counted: &str) -> String {
    // The record's words in English; trials or studies in another language.
    let counted = if english() {
        counted.to_string()
    } else {
        match Counted::of(counted) {
            Some(Counted::Trials) => Counted::Trials,
            _ => Counted::Studies,
        }
        .noun(n)
    };
    tr!(
        "latest-meta",
        author = author,
        year = year,
        n = n,
        counted = counted
    )
}

/// "Null and mixed results among trials of video feedback"
pub fn null_heading(subject: &str) -> String {
    tr!("null-heading", subject = subject)
}

/// How many trials were judged on a primary outcome, and how many were null or mixed.
pub fn null_count(trials: usize, judged: usize, null: usize, mixed: usize) -> String {
    tr!(
        "null-count",
        trials = trials,
        judged = judged,
        null = null,
        mixed = mixed
    )
}

/// Under a null-results list that includes trials with no primary outcome marked.
pub fn key_null_note(n: usize) -> String {
    tr!("key-null-note", n = n)
}

/// "Harms reported in trials of VIG"
pub fn harms_heading(subject: &str) -> String {
    tr!("harms-heading", subject = subject)
}

/// What the trials' records say about harms.
pub fn harms_count(trials: usize, recorded: usize, none: usize, reported: usize) -> String {
    if recorded == 0 {
        return tr!("harms-none-recorded", trials = trials);
    }
    tr!(
        "harms-count",
        trials = trials,
        recorded = recorded,
        none = none,
        reported = reported
    )
}

/// "Dose in trials of VIPP-SD"
pub fn dose_heading(subject: &str) -> String {
    tr!("dose-heading", subject = subject)
}

/// ": 4 of 9 trials record the number of sessions; fewest first, each with its result."
pub fn dose_count(trials: usize, dosed: usize) -> String {
    tr!("dose-count", trials = trials, dosed = dosed)
}

/// "6 sessions over 12 weeks", "6–8 sessions"
pub fn sessions(min: Option<u16>, max: Option<u16>, weeks: Option<u16>) -> String {
    let s = match (min, max) {
        (Some(a), Some(b)) if b > a => tr!("sessions-range", min = a, max = b),
        (Some(a), _) => tr!("sessions-count", n = a),
        (None, _) => tr!("sessions-unknown"),
    };
    match weeks {
        Some(w) => tr!("sessions-weeks", sessions = s, weeks = w),
        None => s,
    }
}

/// Under a dose list.
pub fn dose_not_compared() -> String {
    tr!("dose-not-compared")
}

/// "Who delivered VIG in its trials"
pub fn delivered_heading(subject: &str) -> String {
    tr!("delivered-heading", subject = subject)
}

/// ": 3 of 9 trials record who delivered it."
pub fn delivered_count(trials: usize, recorded: usize) -> String {
    tr!("delivered-count", trials = trials, recorded = recorded)
}

/// "244 of 300 analysed"
pub fn analysed_of(analysed: u32, randomised: u32) -> String {
    tr!("analysed-of", analysed = analysed, randomised = randomised)
}

/// "Dropout in trials of VIG"
pub fn attrition_heading(subject: &str) -> String {
    tr!("attrition-heading", subject = subject)
}

/// ": 4 of 9 trials record how many were lost to follow-up; highest first."
pub fn attrition_count(trials: usize, known: usize) -> String {
    tr!("attrition-count", trials = trials, known = known)
}

/// "19% lost to follow-up"
pub fn share_lost(share: f64) -> String {
    tr!("share-lost", percent = format!("{:.0}", share * 100.0))
}

/// "Published costs of VIPP-SD"
pub fn cost_heading(subject: &str) -> String {
    tr!("cost-heading", subject = subject)
}

/// ": 1 of 12 records about it gives cost figures."
pub fn cost_count(records: usize, with: usize) -> String {
    tr!("cost-count", records = records, with = with)
}

/// "1,800 GBP per family (2019 prices). ICER £X per QALY."
pub fn cost_line(
    per_family: Option<f64>,
    currency: &str,
    year: Option<u16>,
    result: &str,
) -> String {
    let mut s = String::new();
    if let Some(c) = per_family {
        let cost = format!("{c:.0}");
        s.push_str(&match year {
            Some(y) => tr!(
                "cost-per-family-year",
                cost = cost,
                currency = currency,
                year = y.to_string()
            ),
            None => tr!("cost-per-family", cost = cost, currency = currency),
        });
        s.push_str(". ");
    }
    s.push_str(result.trim());
    s.trim().to_string()
}

/// "Whether the guidance on postnatal depression is current"
pub fn currency_heading(subject: &str) -> String {
    tr!("currency-heading", subject = subject)
}

/// ": 2 guidelines, each with its status when its page was last checked."
pub fn currency_count(guidelines: usize) -> String {
    if guidelines == 0 {
        return tr!("currency-none");
    }
    tr!("currency-count", guidelines = guidelines)
}

/// "Status: under surveillance (checked 2026-12-03)."
pub fn guideline_status(status: Option<&str>, checked: Option<&str>) -> String {
    match (status, checked) {
        (Some(s), Some(c)) => tr!("guideline-status", status = s, checked = c),
        (Some(s), None) => tr!("guideline-status-undated", status = s),
        (None, _) => tr!("guideline-status-unknown"),
    }
}

/// "Certainty of the evidence on postnatal depression"
pub fn certainty_heading(subject: &str) -> String {
    tr!("certainty-heading", subject = subject)
}

/// ": 1 of 4 reviews about it grades the certainty of its findings (GRADE)."
pub fn certainty_count(reviews: usize, graded: usize) -> String {
    tr!("certainty-count", reviews = reviews, graded = graded)
}

/// The last line of an answer about the evidence as a whole.
pub fn as_of_knowledge(version: &str, changed: Option<&str>) -> String {
    match changed {
        Some(d) => tr!("as-of-knowledge-changed", version = version, changed = d),
        None => tr!("as-of-knowledge", version = version),
    }
}

/// The heading of a gap report: "Unanswered questions, 2026-11-23 to 2026-11-30: 7 (4 found
/// nothing, 3 only partial matches)."
pub fn gaps_heading(since: &str, until: &str, unanswered: usize, nothing: usize) -> String {
    if unanswered == 0 {
        return tr!("gaps-heading-none", since = since, until = until);
    }
    tr!(
        "gaps-heading",
        since = since,
        until = until,
        unanswered = unanswered,
        nothing = nothing,
        partial = unanswered - nothing
    )
}

/// One group of a gap report: "emdr, ptsd: 3 times, last 2026-11-29: “emdr for ptsd” · …".
pub fn gap_group(terms: &[String], held_back: bool, count: usize, latest: &str) -> String {
    let terms = if held_back {
        words_held_back()
    } else if terms.is_empty() {
        tr!("gap-filters-only")
    } else {
        terms.join(", ")
    };
    tr!("gap-group", terms = terms, count = count, latest = latest)
}

/// The votes line of a gap report.
pub fn gap_votes(up: usize, down: usize) -> String {
    tr!("gap-votes", up = up, down = down)
}

/// The heading of the comments in a gap report.
pub fn gap_comments() -> String {
    tr!("gap-comments")
}

/// How an admin turns a report into records.
pub fn gaps_next_step(prefix: &str) -> String {
    tr!("gaps-next-step", gaps = cmd(prefix, "gaps"))
}

/// The heading of the weekly digest posted in the admin room.
pub fn gap_digest() -> String {
    tr!("gap-digest")
}

/// The bot's question after a 👎 on one of its answers.
pub fn feedback_ask() -> String {
    tr!("feedback-ask")
}

/// The reply to a comment or `!feedback`.
pub fn feedback_thanks() -> String {
    tr!("feedback-thanks")
}

/// `!feedback` that is not a reply to one of the bot's answers.
pub fn feedback_needs_reply(prefix: &str) -> String {
    tr!(
        "feedback-needs-reply",
        feedback = cmd(prefix, "feedback"),
        evidence = cmd(prefix, "evidence")
    )
}

/// Feedback in a room where the curators' log is off.
pub fn feedback_off() -> String {
    tr!("feedback-off")
}

/// `!gaps` when the gap log is off.
pub fn gap_log_off() -> String {
    tr!("gap-log-off")
}

/// `!feedback` or `!gaps` outside a running bot.
pub fn needs_a_room() -> String {
    tr!("needs-a-room")
}

/// The heading of `!config`.
pub fn config_heading() -> String {
    tr!("config-heading")
}

/// Marks a setting that is the bot's default.
pub fn config_default() -> String {
    tr!("config-default")
}

/// How to change a setting.
pub fn config_how(prefix: &str) -> String {
    tr!(
        "config-how",
        config = cmd(prefix, "config"),
        help = cmd(prefix, "help")
    )
}

/// What a room setting does, as `!config KEY` says it; empty for a name that is no setting.
/// `key`: its name, as in [`crate::rooms::KEYS`].
fn config_about(key: &str, prefix: &str) -> String {
    let c = |name: &str| cmd(prefix, name);
    match key {
        "citation_style" => tr!("config-about-citation-style", cite = c("cite")),
        "results" => tr!(
            "config-about-results",
            evidence = c("evidence"),
            more = c("more")
        ),
        "replies" => tr!("config-about-replies"),
        "filters" => tr!("config-about-filters", evidence = c("evidence")),
        "welcome" => tr!("config-about-welcome"),
        "gap_log" => tr!("config-about-gap-log"),
        "followups" => tr!("config-about-followups"),
        "language" => tr!("config-about-language"),
        "safety_watch" => tr!("config-about-safety-watch"),
        "safety_contact" => tr!("config-about-safety-contact"),
        _ => String::new(),
    }
}

/// One setting, as `!config KEY` shows it, with what it does in the reply's language.
pub fn config_one(key: &str, value: &str, set_here: bool, values: &str, prefix: &str) -> String {
    tr!(
        "config-one",
        key = key,
        value = value,
        whose = if set_here { "here" } else { "default" },
        about = config_about(key, prefix),
        values = values,
        config = cmd(prefix, "config")
    )
}

/// A setting was stored.
pub fn config_saved(key: &str, value: &str) -> String {
    tr!("config-saved", key = key, value = value)
}

/// A setting could not be changed as typed.
pub fn config_problem(problem: &str, prefix: &str) -> String {
    tr!(
        "config-problem",
        problem = problem,
        config = cmd(prefix, "config")
    )
}

/// Why a value typed in `!config` was not taken: "results is a number from 1 to 5".
pub fn setting_problem(p: &SettingProblem) -> String {
    match p {
        SettingProblem::OneOf { key, values } => {
            tr!("setting-one-of", key = *key, values = values)
        }
        SettingProblem::Is { key, values } => tr!("setting-is", key = *key, values = values),
        SettingProblem::OnOff { key } => tr!("setting-on-off", key = *key),
        SettingProblem::Number { key, max } => tr!("setting-number", key = *key, max = *max),
        SettingProblem::Filters => tr!("setting-filters"),
        SettingProblem::Welcome => tr!("setting-welcome"),
        SettingProblem::Contact => tr!("setting-contact"),
        SettingProblem::Unknown { key, keys } => tr!("setting-unknown", key = *key, keys = keys),
    }
}

/// Someone without the power to change a room's settings tried.
pub fn config_moderators_only() -> String {
    tr!("config-moderators-only")
}

/// A room's settings could not be stored on the homeserver.
pub fn config_not_saved() -> String {
    tr!("config-not-saved")
}

/// `!subscribe` done.
pub fn subscribed(query: &str, n: usize) -> String {
    tr!("subscribed", query = query, n = n)
}

/// Before the latest record a new subscription finds.
pub fn latest_match() -> String {
    tr!("latest-match")
}

/// A new subscription finds nothing yet.
pub fn nothing_matches_yet() -> String {
    tr!("nothing-matches-yet")
}

/// The room already follows that search.
pub fn already_subscribed(query: &str) -> String {
    tr!("already-subscribed", query = query)
}

/// A room follows as many searches as it may.
pub fn too_many_subscriptions(max: usize, prefix: &str) -> String {
    tr!(
        "too-many-subscriptions",
        max = max,
        subscriptions = cmd(prefix, "subscriptions"),
        unsubscribe = cmd(prefix, "unsubscribe")
    )
}

/// `!unsubscribe N` done.
pub fn unsubscribed(query: &str) -> String {
    tr!("unsubscribed", query = query)
}

/// `!unsubscribe all` done.
pub fn unsubscribed_all() -> String {
    tr!("unsubscribed-all")
}

/// `!unsubscribe` with a number that is not one.
pub fn unsubscribe_which(n: usize, prefix: &str) -> String {
    tr!(
        "unsubscribe-which",
        n = n,
        unsubscribe = cmd(prefix, "unsubscribe"),
        subscriptions = cmd(prefix, "subscriptions")
    )
}

/// A room without subscriptions.
pub fn no_subscriptions(prefix: &str) -> String {
    tr!("no-subscriptions", subscribe = cmd(prefix, "subscribe"))
}

/// The heading of `!subscriptions`.
pub fn subscriptions_heading() -> String {
    tr!("subscriptions-heading")
}

/// How to stop following.
pub fn unsubscribe_how(prefix: &str) -> String {
    tr!("unsubscribe-how", unsubscribe = cmd(prefix, "unsubscribe"))
}

/// The heading of a subscription notice.
pub fn notice_heading() -> String {
    tr!("notice-heading")
}

/// One subscription in a notice.
pub fn notice_for(query: &str) -> String {
    tr!("notice-for", query = query)
}

/// Marks a new record in a notice.
pub fn new_record() -> String {
    tr!("new-record")
}

/// Marks a changed record in a notice.
pub fn changed_record() -> String {
    tr!("changed-record")
}

/// One changed value: "sample: 150 families (was 210 families)".
pub fn changed_value(field: &str, now: &str, was: &str) -> String {
    tr!("changed-value", field = field, now = now, was = was)
}

/// The names of a record's fields in a notice of what changed: "sample: 150 families (was
/// 210 families)".
pub fn field_sample() -> String {
    tr!("field-sample")
}

/// The title, in a notice of what changed.
pub fn field_title() -> String {
    tr!("field-title")
}

/// The year, in a notice of what changed.
pub fn field_year() -> String {
    tr!("field-year")
}

/// The kind, in a notice of what changed.
pub fn field_kind() -> String {
    tr!("field-kind")
}

/// How far a record is verified, in a notice of what changed.
pub fn field_status() -> String {
    tr!("field-status")
}

/// How far a record is verified, in plain words: "verified", "partial", "unverified".
pub fn record_status(s: Status) -> String {
    match s {
        Status::Verified => tr!("status-verified"),
        Status::Partial => tr!("status-partial"),
        Status::Unverified => tr!("status-unverified"),
    }
}

/// Findings changed.
pub fn findings_changed(added: usize, removed: usize) -> String {
    match (added, removed) {
        (a, 0) => tr!("findings-added", added = a),
        (0, r) => tr!("findings-removed", removed = r),
        (a, r) => tr!("findings-corrected", added = a, removed = r),
    }
}

/// A change in fields a notice does not name.
pub fn other_details_changed() -> String {
    tr!("other-details-changed")
}

/// More records than a notice lists.
pub fn and_more(n: usize) -> String {
    tr!("and-more", n = n)
}

/// The heading of `!whatsnew`.
pub fn whatsnew_heading(from: &str, n: usize, filters: &str) -> String {
    if filters.is_empty() {
        tr!("whatsnew-heading", from = from, n = n)
    } else {
        tr!(
            "whatsnew-heading-filtered",
            from = from,
            filters = filters,
            n = n
        )
    }
}

/// When a record of `!whatsnew` was added or changed.
pub fn whatsnew_when(new: bool, date: &str) -> String {
    if new {
        tr!("whatsnew-new", date = date)
    } else {
        tr!("whatsnew-changed", date = date)
    }
}

/// Nothing new since a date.
pub fn nothing_new(from: &str, filters: &str) -> String {
    if filters.is_empty() {
        tr!("nothing-new", from = from)
    } else {
        tr!("nothing-new-filtered", from = from, filters = filters)
    }
}

/// More records than `!whatsnew` lists.
pub fn whatsnew_more(n: usize, prefix: &str) -> String {
    tr!("whatsnew-more", n = n, whatsnew = cmd(prefix, "whatsnew"))
}

// ---- Figures (`!chart`, `!map`) ----

/// After "Nothing in the knowledge is about …" for a figure.
pub fn nothing_to_draw() -> String {
    tr!("nothing-to-draw")
}

/// The group of findings that name no outcome domain.
pub fn chart_other_outcomes() -> String {
    tr!("chart-other-outcomes")
}

/// When the direct records carry no effect size: "The 3 records about “x” report no effect
/// size to chart; !evidence x lists what they found." `evidence`: that `!evidence` command.
pub fn chart_no_effects(records: usize, question: &str, evidence: &str) -> Line {
    tr_line!(
        "chart-no-effects",
        records = records,
        question = question,
        evidence = evidence
    )
}

/// The name of an effect measure on a chart's axis.
pub fn measure_name(m: EffectType) -> String {
    match m {
        EffectType::D => tr!("measure-d"),
        EffectType::G => tr!("measure-g"),
        EffectType::Smd => tr!("measure-smd"),
        EffectType::Md => tr!("measure-md"),
        EffectType::R => tr!("measure-r"),
        EffectType::Or => tr!("measure-or"),
        EffectType::Rr => tr!("measure-rr"),
        EffectType::Hr => tr!("measure-hr"),
        EffectType::Percent => tr!("measure-percent"),
    }
}

/// The first sentence of a chart's alt text.
pub fn chart_heading(question: &str, records: usize, drawn: usize) -> String {
    tr!(
        "chart-heading",
        question = question,
        records = records,
        drawn = drawn
    )
}

/// A panel's heading: "Cohen's d (no effect at 0)".
pub fn chart_panel(m: EffectType, no_effect: &str) -> String {
    tr!(
        "chart-panel",
        measure = measure_name(m),
        no_effect = no_effect
    )
}

/// One row in the alt text: "Hoffenkamp et al. 2015 (RCT, level 3), d = 0.24 to 0.60".
pub fn chart_row(label: &str, kind: Kind, level: u8, numbers: &str) -> String {
    tr!(
        "chart-row",
        label = label,
        kind = kind_label(kind),
        level = level,
        numbers = numbers
    )
}

/// What a chart leaves out, in one sentence.
pub fn chart_not_drawn(
    without_effect: usize,
    percentages: usize,
    unverified: usize,
    beyond: usize,
    max_rows: usize,
) -> String {
    let mut reasons = Vec::new();
    if without_effect > 0 {
        reasons.push(tr!("not-drawn-without-effect", n = without_effect));
    }
    if percentages > 0 {
        reasons.push(tr!("not-drawn-percentages", n = percentages));
    }
    if unverified > 0 {
        reasons.push(tr!("not-drawn-unverified", n = unverified));
    }
    if beyond > 0 {
        reasons.push(tr!("not-drawn-beyond", n = beyond, max = max_rows));
    }
    tr!("chart-not-drawn", reasons = reasons.join("; "))
}

/// Short column heading for an evidence level (1 to 6) on the map image.
pub fn level_short(level: u8) -> String {
    match level {
        0 | 1 => tr!("level-short-1"),
        2 => tr!("level-short-2"),
        3 => tr!("level-short-3"),
        4 => tr!("level-short-4"),
        5 => tr!("level-short-5"),
        _ => tr!("level-short-6"),
    }
}

/// The first sentence of a map's alt text.
pub fn map_heading(question: Option<&str>, records: usize, topics: usize) -> String {
    match question {
        Some(q) => tr!(
            "map-heading-question",
            question = q,
            records = records,
            topics = topics
        ),
        None => tr!("map-heading-all", records = records, topics = topics),
    }
}

/// One cell in the map's alt text: "2 at level 3".
pub fn map_cell(level: u8, n: usize) -> String {
    tr!("map-cell", level = level, n = n)
}

/// Under a figure in the terminal (`ask`): the image the room would get.
pub fn figure_file(name: &str, width: u32, height: u32, bytes: usize) -> String {
    tr!(
        "figure-file",
        name = name,
        width = width,
        height = height,
        kb = bytes.div_ceil(1024)
    )
}

/// A chart's title.
pub fn chart_title(question: &str) -> String {
    tr!("chart-title", question = question)
}

/// Under a chart's title: "3 of 7 records · strongest first · line: 95% CI · ring: no CI".
pub fn chart_subtitle(records: usize, drawn: usize) -> String {
    tr!("chart-subtitle", records = records, drawn = drawn)
}

/// Before the level colours under a chart.
pub fn chart_legend() -> String {
    tr!("chart-legend")
}

/// The last line under a chart.
pub fn chart_footnote() -> String {
    tr!("chart-footnote")
}

/// The badge after a row's label: "RCT · L3".
pub fn chart_badge(kind: Kind, level: u8) -> String {
    tr!("chart-badge", kind = kind_short(kind), level = level)
}

/// The numbers column of a chart row: "0.25 [−0.11, 0.61]", "0.86 (no CI)", "0.24 to 0.60".
pub fn chart_numbers(effect: &str, is_range: bool, ci: Option<[f64; 2]>) -> String {
    use crate::knowledge::model::num;
    match ci {
        Some([lo, hi]) => tr!(
            "chart-numbers-ci",
            effect = effect,
            low = num(lo),
            high = num(hi)
        ),
        None if is_range => effect.to_string(),
        None => tr!("chart-numbers-no-ci", effect = effect),
    }
}

/// A map's title.
pub fn map_title(question: Option<&str>) -> String {
    match question {
        Some(q) => tr!("map-title-question", question = q),
        None => tr!("map-title-all"),
    }
}

/// Under a map's title.
pub fn map_subtitle(records: usize, topics: usize) -> String {
    tr!("map-subtitle", records = records, topics = topics)
}

/// The heading of a map's last column.
pub fn map_total() -> String {
    tr!("map-total")
}

/// The line under a map.
pub fn map_footnote() -> String {
    tr!("map-footnote")
}

/// When drawing a figure failed (a bug, logged).
pub fn figure_failed() -> String {
    tr!("figure-failed")
}

/// Before a room's own contact in a safety reply.
pub fn room_safety_contact() -> String {
    tr!("room-safety-contact")
}

/// The opening of the safety reply: sorry, this bot cannot help, get help now.
pub fn safety_opening(kind: RiskKind) -> String {
    match kind {
        RiskKind::SelfHarm => tr!("safety-opening-self"),
        RiskKind::Child => tr!("safety-opening-child"),
        RiskKind::Abuse => tr!("safety-opening-abuse"),
    }
}

/// The safety reply's last line, for practitioners.
pub fn safety_practitioners(kind: RiskKind) -> String {
    match kind {
        RiskKind::Child => tr!("safety-practitioners-child"),
        RiskKind::SelfHarm | RiskKind::Abuse => tr!("safety-practitioners"),
    }
}

/// Whom a contact is for.
pub fn safety_audience(audience: Audience) -> String {
    match audience {
        Audience::Emergency => tr!("safety-for-emergency"),
        Audience::SilentCall => tr!("safety-for-silent-call"),
        Audience::Anyone => tr!("safety-for-anyone"),
        Audience::Text => tr!("safety-for-text"),
        Audience::MentalHealth => tr!("safety-for-mental-health"),
        Audience::Children => tr!("safety-for-children"),
        Audience::WorriedAdults => tr!("safety-for-worried-adults"),
        Audience::DomesticAbuse => tr!("safety-for-domestic-abuse"),
    }
}

/// One contact of the safety reply: whom it is for (and where), its name and number as the
/// operator wrote them, and whether it is free and always open.
pub fn safety_contact(c: &Contact) -> String {
    let audience = match &c.region {
        Some(region) => tr!(
            "safety-in-region",
            audience = safety_audience(c.audience),
            region = region.as_str()
        ),
        None => safety_audience(c.audience),
    };
    let open = match (c.free, c.always) {
        (true, true) => tr!("safety-free-always"),
        (true, false) => tr!("safety-free"),
        (false, true) => tr!("safety-always"),
        (false, false) => String::new(),
    };
    let line = if c.name.trim().is_empty() {
        tr!(
            "safety-contact-bare",
            audience = audience,
            number = c.number.as_str()
        )
    } else {
        tr!(
            "safety-contact",
            audience = audience,
            name = c.name.as_str(),
            number = c.number.as_str()
        )
    };
    if open.is_empty() {
        line
    } else {
        tr!("safety-contact-open", contact = line, open = open)
    }
}

/// The line above an answer about a risk topic, naming the operator's pointer contacts.
pub fn safety_pointer(contacts: &[&Contact]) -> String {
    let named: Vec<String> = contacts
        .iter()
        .map(|c| match c.name.trim() {
            "" => c.number.clone(),
            name => tr!(
                "safety-pointer-contact",
                name = name,
                number = c.number.as_str()
            ),
        })
        .collect();
    tr!("safety-pointer", contacts = named.join(" · "))
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

/// Under an answer in another language: the records' own words stay in English.
pub fn summaries_in_english() -> String {
    tr!("summaries-in-english")
}

/// To the admin room when a room got a safety reply: which room, nothing else.
pub fn safety_notice(room: &str) -> String {
    tr!("safety-notice", room = room)
}

/// To the admin room when a room's safety setting changed.
pub fn safety_setting_changed(room: &str, key: &str, value: &str) -> String {
    tr!(
        "safety-setting-changed",
        room = room,
        key = key,
        value = value
    )
}

/// How the knowledge is kept, in `!about`, with the `!feedback` command.
pub fn about_curation(prefix: &str) -> Line {
    tr_line!("about-curation", feedback = cmd(prefix, "feedback"))
}

/// The reply to a greeting the first time in a room.
pub fn greeting_first(prefix: &str) -> String {
    tr!("greeting-first", evidence = cmd(prefix, "evidence"))
}

/// The reply to a greeting later on.
pub fn greeting() -> String {
    tr!("greeting")
}

/// The reply to thanks.
pub fn thanks() -> String {
    tr!("thanks")
}

/// "Are my questions logged?"
pub fn what_is_logged(gap_log_here: bool, prefix: &str) -> String {
    let here = if gap_log_here {
        tr!("logged-here-on", config = cmd(prefix, "config"))
    } else {
        tr!("logged-here-off")
    };
    tr!("what-is-logged", here = here)
}

/// A request the bot cannot do.
pub fn cannot_do(what: &str, prefix: &str) -> String {
    tr!(
        "cannot-do",
        what = what,
        evidence = cmd(prefix, "evidence"),
        help = cmd(prefix, "help")
    )
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

#[cfg(test)]
mod tests;
