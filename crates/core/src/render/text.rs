//! Every sentence a user reads, in one place, so wording stays consistent and easy to review.
//! (Each command's usage line is declared with the command, in [`crate::chat::COMMANDS`].)

use crate::chat::command::spec;
use crate::references::{Format, Style};

/// Appended when a reply had to be cut to fit a chat message.
pub const REPLY_CUT: &str = "[reply cut to fit a chat message: ask a narrower question]";

/// Shown when a question was longer than the bot reads.
pub fn query_truncated(max: usize) -> String {
    format!("Your question was long, so only its first {max} characters were used.")
}

/// The opening line of the general help.
pub const HELP_INTRO: &str = "I find research and guidance on Video Interaction Guidance (VIG) and related video feedback interventions (VERP, VIPP). Ask in plain words; the best matches come first, stronger evidence ahead when they are close.";

/// Closing line of the general help.
pub fn help_outro(prefix: &str) -> String {
    format!("Try: {prefix}evidence preterm · {prefix}evidence postnatal depression kind:rct · {prefix}help evidence")
}

/// A command word the bot does not know.
pub fn unknown_command(prefix: &str, word: &str, suggestion: Option<&str>) -> String {
    match suggestion {
        Some(s) => format!("I don't know {prefix}{word}. Did you mean {prefix}{s}? ({prefix}help lists the commands.)"),
        None => format!("I don't know {prefix}{word}. {prefix}help lists the commands."),
    }
}

/// A known command used the wrong way.
pub fn bad_usage(prefix: &str, command: &str, problem: &str) -> String {
    let usage = spec(command).map(|s| s.usage(prefix)).unwrap_or_default();
    format!("{prefix}{command}: {problem}. Usage: {usage}")
}

/// `!more` with no search to continue.
pub fn nothing_more(prefix: &str) -> String {
    format!("There is no earlier search of yours in this room to continue. Start one with {prefix}evidence QUERY.")
}

/// `!more` past the last result.
pub const END_OF_RESULTS: &str = "That was everything for that search.";

/// `!more` past the results remembered for a search that had more.
pub fn end_of_remembered(shown: usize, total: usize) -> String {
    format!("Those were the first {shown} of {total} results. Narrow the search to see the others, for example with kind:rct, topic:preterm or since:2015.")
}

/// The heading of a `!more` page.
pub fn more_on(query: &str) -> String {
    format!("More on {query}")
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
    format!(
        "Up {}h {:02}m. Rooms: {rooms}. Records: {records} (knowledge {version}, {origin}). Last reload: {last_reload}.",
        uptime_secs / 3600,
        (uptime_secs % 3600) / 60,
    )
}

/// An id that names no record.
pub fn unknown_record(id: &str, suggestion: Option<&str>, prefix: &str) -> String {
    match suggestion {
        Some(s) => format!("There is no record `{id}`. Did you mean `{s}`?"),
        None => format!(
            "There is no record `{id}`. Ids are shown under each result of {prefix}evidence."
        ),
    }
}

/// Admin commands refused.
pub const ADMIN_ONLY: &str = "Sorry, that command is for the bot's admins.";

/// Admin commands outside the running bot.
pub const ADMIN_NEEDS_BOT: &str =
    "That command works in the running bot (evidence-bot run), not on the command line.";

/// Nothing found.
pub fn nothing_found(query: &str) -> String {
    if query.split_whitespace().count() > 8 {
        "I found nothing in the knowledge on this question.".to_string()
    } else {
        format!("I found nothing on \u{201c}{query}\u{201d}.")
    }
}

/// The warning on records that could not be verified.
pub const UNVERIFIED: &str = "unverified: details could not be checked against a source";

/// The warning on partly verified records.
pub const PARTIAL: &str = "partly verified";

/// A finding no source confirmed.
pub const FINDING_UNVERIFIED: &str = "(not confirmed in a source)";

/// Flood protection: the one notice a user gets when over the limit.
pub fn slow_down(commands: u32, seconds: u64) -> String {
    format!("Please slow down: at most {commands} commands every {seconds} seconds. I'll answer again shortly.")
}

/// What a reading-list file is for.
pub fn format_hint(format: Format) -> &'static str {
    match format {
        Format::Ris => "RIS, for Zotero, EndNote or Mendeley",
        Format::Bibtex => "BibTeX, for LaTeX, Zotero or JabRef",
        Format::Markdown => "a handout with levels and key findings",
        Format::CslJson => "CSL-JSON, for Zotero, pandoc or any CSL tool",
        Format::Style(Style::Apa) => "an APA 7 reference list",
        Format::Style(Style::Harvard) => "a Harvard reference list",
        Format::Style(Style::Vancouver) => "a Vancouver reference list",
    }
}

/// A citation could not be rendered.
pub fn citation_failed(id: &str) -> String {
    format!(
        "Sorry, I could not format a citation for `{id}`. The admins have been told in the log."
    )
}

/// The one notice a person gets when the bot could not decrypt their message.
pub fn undecryptable(sender: &str) -> String {
    format!("{sender}: I could not read your encrypted message (I did not receive its keys). Please send it again; if this keeps happening, ask an admin to check my device.")
}

/// An answer failed inside the bot (the details are in the log).
pub const INTERNAL_ERROR: &str =
    "Sorry, something went wrong while answering. The admins can see the details in the log.";

/// Headings and labels of `!show`.
pub mod label {
    /// Before the list of findings.
    pub const FINDINGS: &str = "Findings";
    /// Before the list of caveats.
    pub const CAVEATS: &str = "Caveats";
    /// Before the related records' ids.
    pub const RELATED: &str = "Related: ";
    /// Before the list of sources.
    pub const SOURCES: &str = "Sources";
    /// After a source no one confirmed.
    pub const SOURCE_UNVERIFIED: &str = " [not verified]";
    /// Before the `!cite` hint.
    pub const CITE_IT: &str = "Cite it: ";
    /// The facts of a record, in the order shown.
    pub const INTERVENTION: &str = "Intervention";
    /// Who took part.
    pub const WHO: &str = "Who";
    /// The design.
    pub const DESIGN: &str = "Design";
    /// The sample.
    pub const SAMPLE: &str = "Sample";
    /// The country.
    pub const COUNTRY: &str = "Country";
    /// The trial registration.
    pub const REGISTRATION: &str = "Registration";
    /// The topics.
    pub const TOPICS: &str = "Topics";
    /// Before a citation's in-text form.
    pub const IN_TEXT: &str = "In text: ";
    /// A record whose authors no source shows.
    pub const AUTHORS_NOT_KNOWN: &str = "Authors not known";
}

/// The warning on a partly verified record in `!show`.
pub fn partial_see_caveats() -> String {
    format!("⚠ {PARTIAL}: see caveats")
}

/// The warning on an unverified record in `!show` and `!cite`.
pub fn unverified_warning() -> String {
    format!("⚠ {UNVERIFIED}")
}

/// The heading of `!cite` in a style.
pub fn citations_heading(style: &str, n: usize) -> String {
    format!("{style} citation{}", if n == 1 { "" } else { "s" })
}

/// The heading of `!cite` in BibTeX, RIS or another format to copy.
pub fn citation_text_heading(format: &str, n: usize) -> String {
    format!("{format} for {n} record(s)")
}

/// After the heading of `!cite` text: where to get a file instead.
pub const COPY_IT_OR: &str = ": copy it, or use ";

/// After the `!reading-list` hint.
pub const FOR_A_FILE: &str = " for a file.";

/// `!reading-list` found nothing.
pub fn reading_list_nothing(query: &str) -> String {
    format!("No record in the knowledge is about \u{201c}{query}\u{201d}. Try")
}

/// After the `!topics` hint.
pub const FOR_WHAT_IS_COVERED: &str = " for what the knowledge covers.";

/// The heading of `!reading-list`.
pub fn reading_list_heading(query: &str) -> String {
    format!("Reading list for {query}")
}

/// What a reading list holds.
pub fn reading_list_summary(n: usize, filename: &str, hint: &str, total: usize) -> String {
    let mut s = format!(
        ": {n} record{} in {filename} ({hint})",
        if n == 1 { "" } else { "s" }
    );
    if total > n {
        s.push_str(&format!(", the best {n} of {total}"));
    }
    s.push('.');
    s
}

/// The rest of a reading list, not shown in the reply.
pub fn more_in_the_file(n: usize) -> String {
    format!("… and {n} more in the file.")
}

/// The heading of `!topics`.
pub fn topics_heading(covered: usize, concepts: usize) -> String {
    format!(
        "What the knowledge covers: {covered} of the {concepts} concepts of its vocabulary, by facet, with their records."
    )
}

/// A facet's name in `!topics`.
pub fn facet_label(facet: crate::knowledge::Facet) -> &'static str {
    use crate::knowledge::Facet::*;
    match facet {
        Population => "Who",
        Setting => "Where",
        Intervention => "Interventions",
        Comparison => "Compared with",
        Outcome => "Outcomes",
        Kind => "Kinds of evidence",
        Profession => "Professions",
        Country => "Countries",
    }
}

/// Under `!topics`.
pub const TOPICS_HOW: &str =
    "Ask in your own words, naming any of these (narrower ones too: NICU, PBQ, VIPP-SD): ";

/// How many records a topic has.
pub fn record_count(n: usize) -> String {
    format!(" — {n} record{}", if n == 1 { "" } else { "s" })
}

/// The first line of `!about`.
pub const ABOUT: &str = " — evidence on Video Interaction Guidance and related video feedback.";

/// The last reload, in `!about`.
pub fn last_reload(r: &str) -> String {
    format!("Last reload: {r}.")
}

/// A note on a filter that could not be used.
pub fn note(problem: &str) -> String {
    format!("Note: {problem}")
}

/// A spelling correction was searched instead of what was typed.
pub fn showing_results_for(corrected: &str, typed: &str) -> String {
    format!("Showing results for {corrected} (you typed {typed}).")
}

/// Spelling suggestions after finding nothing.
pub fn did_you_mean(words: &[&str]) -> String {
    format!("Did you mean: {}?", words.join(", "))
}

/// After the `!topics` hint when nothing was found.
pub const LISTS_WHAT_IS_COVERED: &str = " lists what the knowledge covers.";

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
        [head @ .., last] => format!("{} or {last}", head.join(", ")),
    }
}

/// The first sentence when words of the question match nothing in the knowledge.
pub fn nothing_about(phrases: &[String]) -> String {
    format!("Nothing in the knowledge is about {}.", or_list(phrases))
}

/// What the question said it is not about, and that the answer leaves out.
pub fn excluded(phrases: &[String]) -> String {
    format!(
        "Leaving out the records about {}, as asked.",
        or_list(&quoted(phrases))
    )
}

/// An intervention less the narrower ones asked for: "video feedback other than VIG".
pub fn other_than(broader: &str, asked: &[String]) -> String {
    format!("{broader} other than {}", asked.join(" and "))
}

/// The heading of an answer with direct records.
pub fn evidence_on(question: &str) -> String {
    format!("Evidence on {question}")
}

/// How many direct records of which kinds: ": 5 records about it, strongest first (1 review,
/// 2 RCTs, 2 pilot RCTs)."
pub fn direct_count(kinds: &[(crate::knowledge::Kind, usize)]) -> String {
    let n: usize = kinds.iter().map(|(_, n)| n).sum();
    let mut parts: Vec<String> = kinds
        .iter()
        .take(3)
        .map(|(k, n)| kind_count(*k, *n))
        .collect();
    if kinds.len() > 4 {
        let rest: usize = kinds[3..].iter().map(|(_, n)| n).sum();
        parts.push(format!("{rest} others"));
    } else if let Some((k, n)) = kinds.get(3) {
        parts.push(kind_count(*k, *n));
    }
    format!(
        ": {n} record{} about it, strongest first ({}).",
        if n == 1 { "" } else { "s" },
        parts.join(", ")
    )
}

/// "2 RCTs", "1 systematic review", "3 qualitative studies".
pub fn kind_count(kind: crate::knowledge::Kind, n: usize) -> String {
    use crate::knowledge::Kind::*;
    let (one, many) = match kind {
        Guideline => ("guideline", "guidelines"),
        SystematicReview => ("systematic review", "systematic reviews"),
        MetaAnalysis => ("meta-analysis", "meta-analyses"),
        Rct => ("RCT", "RCTs"),
        PilotRct => ("pilot RCT", "pilot RCTs"),
        Cohort => ("cohort study", "cohort studies"),
        ControlledStudy => ("controlled study", "controlled studies"),
        Qualitative => ("qualitative study", "qualitative studies"),
        ServiceEvaluation => ("service evaluation", "service evaluations"),
        PrePost => ("before-after study", "before-after studies"),
        Report => ("report", "reports"),
        Book => ("book", "books"),
        Chapter => ("chapter", "chapters"),
        Article => ("article", "articles"),
        Protocol => ("trial protocol", "trial protocols"),
        Journal => ("journal", "journals"),
    };
    format!("{n} {}", if n == 1 { one } else { many })
}

/// The plural name of a kind, in a header: "RCTs", "systematic reviews".
pub fn kind_plural(kind: crate::knowledge::Kind) -> String {
    let counted = kind_count(kind, 2);
    counted.trim_start_matches("2 ").to_string()
}

/// What a task asks, in a "read as" line.
pub fn task_label(task: crate::knowledge::Task) -> &'static str {
    use crate::knowledge::Task::*;
    match task {
        Effect => "effects",
        Recommendation => "recommendations",
        Experience => "experiences",
        Overall => "strength of the evidence",
        Largest => "largest trials",
        Count => "how many studies",
        Null => "null results",
        Harms => "harms",
        Dose => "dose",
        DeliveredBy => "who delivers it",
        Currency => "whether guidance is current",
        Cost => "costs",
        Attrition => "dropout",
        Certainty => "certainty of the evidence",
        Citation => "citations",
        ReadingList => "a reading list",
        Chart => "a chart",
        FollowUp => "a follow-up",
        NotAQuestion => "not a question",
    }
}

/// The line under a long message: "Read as: effects · video feedback · postnatal depression.
/// Not recognised: cleft."
pub fn read_as(read: &[String], unrecognised: &[String]) -> String {
    let mut s = format!("Read as: {}.", read.join(" · "));
    if !unrecognised.is_empty() {
        s.push_str(&format!(" Not recognised: {}.", unrecognised.join(", ")));
    }
    s
}

/// When a message names nothing the vocabulary knows.
pub const COULD_NOT_TELL: &str = "I could not tell what this asks about.";

/// The same for a short message, quoting it.
pub fn could_not_tell_what(quoted: &str) -> String {
    format!("I could not tell what {quoted} asks about.")
}

/// Before the example then.
pub const TRY_FOR_EXAMPLE: &str = " Try, for example, ";

/// Under citations asked for in words: how many more records there are, and how to get all.
pub fn first_of(shown: usize, total: usize) -> String {
    format!("The first {shown} of {total} records about the question; all of them: ")
}

/// The example given then.
pub const EXAMPLE_QUESTION: &str = "VIG preterm babies";

/// Under "Nothing in the knowledge is about ADHD.": "The nearest: neurodiversity, 14 records: "
pub fn nearest(label: &str, records: usize) -> String {
    format!(
        "The nearest: {label}, {}: ",
        plural(records, "record", "records")
    )
}

/// When records cover each part of a question but none all of them.
pub fn nothing_together(parts: &[String]) -> String {
    match parts {
        [a, b] => format!("No record in the knowledge is about both {a} and {b}."),
        _ => format!(
            "No record in the knowledge is about {} together.",
            and_list(parts)
        ),
    }
}

/// "a, b and c".
fn and_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [head @ .., last] => format!("{} and {last}", head.join(", ")),
    }
}

/// One part of such a question and its records: "fathers, 4 records: ".
pub fn part_count(label: &str, records: usize) -> String {
    format!("{label}, {}: ", plural(records, "record", "records"))
}

/// After a record that has only a broader intervention than the one asked about.
pub const IN_GENERAL: &str = "(video feedback in general)";

/// Short form of the unverified warning on a result line.
pub const UNVERIFIED_SHORT: &str = "unverified";

/// Where a page of results is: "Showing 1–3 of 5 direct (and 4 that only touch the question)."
pub fn showing(start: usize, end: usize, direct: usize, total: usize) -> String {
    let partial = total - direct.min(total);
    match (direct, partial) {
        (0, _) => format!("Showing {start}–{end} of {total}."),
        (_, 0) => format!("Showing {start}–{end} of {direct}."),
        _ => format!("Showing {start}–{end} of {direct} direct and {partial} partial."),
    }
}

/// After the `!more` hint.
pub fn for_more(n: usize) -> String {
    format!(" for {n} more")
}

/// After the `!cite` hint.
pub const FOR_A_CITATION: &str = " for a citation.";

/// One direction of an outcome domain in the overview: "improved in 3 (A; B)".
pub fn direction_count(direction: &str, n: usize, named: &[String]) -> String {
    if named.is_empty() {
        format!("{direction} in {n}")
    } else {
        format!("{direction} in {n} ({})", named.join("; "))
    }
}

/// A gap report's label for questions whose only unknown words were asked on fewer than three
/// days (a rare word is often a name, so it is not shown until then).
pub const WORDS_HELD_BACK: &str = "(words not recognised, asked on fewer than 3 days)";

/// After an outcome domain whose records disagree.
pub const FINDINGS_DISAGREE: &str = " — the findings disagree";

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
    if unit.is_empty() || unit.chars().count() > 30 {
        format!("{n} randomised")
    } else {
        format!("{n} {unit} randomised")
    }
}

/// A trial's size when no number randomised is recorded: "93 children".
pub fn took_part(n: u32, counted: &str) -> String {
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
pub const NO_RESULT_RECORDED: &str = "No result recorded yet.";

/// Before a trial's primary finding: "Primary outcome: no significant difference. ".
pub fn primary_result(direction: &str) -> String {
    format!("Primary outcome: {direction}. ")
}

/// Before the first primary finding of a trial with mixed primary results.
pub fn primary_mixed(improved: usize, of: usize) -> String {
    format!("Primary outcomes: mixed ({improved} of {of} primary findings improved). ")
}

/// Before the key finding of a trial with no primary outcome marked.
pub const KEY_FINDING: &str = "Key finding (no primary outcome marked): ";

/// After a finding read from another paper of the trial than its main one.
pub fn from_paper(author: &str, year: &str) -> String {
    format!(" — in {author} {year}")
}

/// The subject of an answer about the evidence as a whole when the question named none.
pub const ANY_INTERVENTION: &str = "any intervention";

/// Footer of an answer about the evidence as a whole, after "!show ID".
pub const FOR_DETAILS: &str = " for details · ";

/// "Largest trials of VIPP-SD in the knowledge"
pub fn largest_heading(subject: &str) -> String {
    format!("Largest trials of {subject} in the knowledge")
}

/// ": 6 of its 8 trials give a size, largest first."
pub fn sized_count(sized: usize, trials: usize) -> String {
    if trials == 0 {
        return ": it holds no trial with results about this.".into();
    }
    format!(
        ": {sized} of its {} give a size; largest first, by the number randomised (else the number who took part), each trial counted once however many papers report it.",
        plural(trials, "study", "studies")
    )
}

/// "The knowledge holds 5 trials of VIPP-SD"
pub fn count_heading(subject: &str, trials: usize) -> String {
    format!(
        "The knowledge holds {} of {subject}",
        plural(trials, "study", "studies")
    )
}

/// What the trials are and what else is about the subject.
pub fn count_body(kinds: &[String], papers: usize, under_way: usize, others: &[String]) -> String {
    let mut s = String::new();
    if !kinds.is_empty() {
        s.push_str(&format!(
            ": {}, reported in {} (each trial counted once)",
            and_list(kinds),
            plural(papers, "paper", "papers")
        ));
    }
    if under_way > 0 {
        s.push_str(&format!(
            "; {} under way (protocol only, no results yet)",
            plural(under_way, "more", "more")
        ));
    }
    s.push('.');
    if !others.is_empty() {
        s.push_str(&format!(" Also about it: {}.", and_list(others)));
    }
    s
}

/// "The latest meta-analysis in it, van IJzendoorn et al. 2022, pooled 25 randomised
/// controlled trials: "
pub fn latest_meta(author: &str, year: &str, n: u32, counted: &str) -> String {
    format!("The latest meta-analysis in it, {author} {year}, pooled {n} {counted}: ")
}

/// "Null and mixed results among trials of video feedback"
pub fn null_heading(subject: &str) -> String {
    format!("Null and mixed results among trials of {subject}")
}

/// How many trials were judged on a primary outcome, and how many were null or mixed.
pub fn null_count(trials: usize, judged: usize, null: usize, mixed: usize) -> String {
    format!(
        ": of {} in the knowledge, {judged} {} a primary outcome marked; on it, {null} found no significant difference and {mixed} had mixed results (some primary outcomes improved, others did not).",
        plural(trials, "study", "studies"),
        if judged == 1 { "has" } else { "have" }
    )
}

/// Under a null-results list that includes trials with no primary outcome marked.
pub fn key_null_note(n: usize) -> String {
    format!(
        "Also listed: {} with no primary outcome marked whose key finding showed no significant difference; read the record before calling a trial null.",
        plural(n, "trial", "trials")
    )
}

/// "Harms reported in trials of VIG"
pub fn harms_heading(subject: &str) -> String {
    format!("Harms reported in trials of {subject}")
}

/// What the trials' records say about harms.
pub fn harms_count(trials: usize, recorded: usize, none: usize, reported: usize) -> String {
    if recorded == 0 {
        return format!(
            ": none of the {} in the knowledge records what was reported on harms (adverse events). That is not evidence of no harm: the knowledge has not recorded it, and many trials do not report harms.",
            plural(trials, "study", "studies")
        );
    }
    format!(
        ": {recorded} of {} record what was reported on harms; {none} looked and reported none, {reported} reported adverse events.",
        plural(trials, "study", "studies")
    )
}

/// "Dose in trials of VIPP-SD"
pub fn dose_heading(subject: &str) -> String {
    format!("Dose (sessions) in trials of {subject}")
}

/// ": 4 of 9 trials record the number of sessions; fewest first, each with its result."
pub fn dose_count(trials: usize, dosed: usize) -> String {
    format!(
        ": {dosed} of {} record the number of sessions; fewest first, each with its result.",
        plural(trials, "study", "studies")
    )
}

/// "6 sessions over 12 weeks", "6–8 sessions"
pub fn sessions(min: Option<u16>, max: Option<u16>, weeks: Option<u16>) -> String {
    let mut s = match (min, max) {
        (Some(a), Some(b)) if b > a => format!("{a}–{b} sessions"),
        (Some(1), _) => "1 session".to_string(),
        (Some(a), _) => format!("{a} sessions"),
        (None, _) => "Sessions".to_string(),
    };
    if let Some(w) = weeks {
        s.push_str(&format!(
            " over {}",
            plural(usize::from(w), "week", "weeks")
        ));
    }
    s
}

/// Under a dose list.
pub const DOSE_NOT_COMPARED: &str = "Set side by side, not compared: the trials differ in more than dose (families, measures, comparison groups). No trial in the knowledge tests one dose against another unless its record says so.";

/// "Who delivered VIG in its trials"
pub fn delivered_heading(subject: &str) -> String {
    format!("Who delivered {subject} in its trials")
}

/// ": 3 of 9 trials record who delivered it."
pub fn delivered_count(trials: usize, recorded: usize) -> String {
    format!(
        ": {recorded} of {} in the knowledge record who delivered it.",
        plural(trials, "study", "studies")
    )
}

/// "244 of 300 analysed"
pub fn analysed_of(analysed: u32, randomised: u32) -> String {
    format!("{analysed} of {randomised} randomised were analysed")
}

/// "Dropout in trials of VIG"
pub fn attrition_heading(subject: &str) -> String {
    format!("Dropout in trials of {subject}")
}

/// ": 4 of 9 trials record how many were lost to follow-up; highest first."
pub fn attrition_count(trials: usize, known: usize) -> String {
    format!(
        ": {known} of {} record how many were lost to follow-up; highest first.",
        plural(trials, "study", "studies")
    )
}

/// "19% lost to follow-up"
pub fn share_lost(share: f64) -> String {
    format!("{:.0}% lost to follow-up", share * 100.0)
}

/// "Published costs of VIPP-SD"
pub fn cost_heading(subject: &str) -> String {
    format!("Published costs of {subject}")
}

/// ": 1 of 12 records about it gives cost figures."
pub fn cost_count(records: usize, with: usize) -> String {
    format!(
        ": {with} of the {} about it {} cost figures.",
        plural(records, "record", "records"),
        if with == 1 { "gives" } else { "give" }
    )
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
        s.push_str(&format!("{c:.0} {currency} per family"));
        if let Some(y) = year {
            s.push_str(&format!(" ({y} prices)"));
        }
        s.push_str(". ");
    }
    s.push_str(result.trim());
    s.trim().to_string()
}

/// "Whether the guidance on postnatal depression is current"
pub fn currency_heading(subject: &str) -> String {
    format!("Whether the guidance on {subject} is current")
}

/// ": 2 guidelines, each with its status when its page was last checked."
pub fn currency_count(guidelines: usize) -> String {
    if guidelines == 0 {
        return ": no guideline in the knowledge is about it.".into();
    }
    format!(
        ": {}, each with its status when someone last checked the publisher's page. Check the page again before quoting it.",
        plural(guidelines, "guideline", "guidelines")
    )
}

/// "Status: under surveillance (checked 2026-12-03)."
pub fn guideline_status(status: Option<&str>, checked: Option<&str>) -> String {
    match (status, checked) {
        (Some(s), Some(c)) => format!("Status: {s} (checked {c})."),
        (Some(s), None) => format!("Status: {s} (date of the check not recorded)."),
        (None, _) => "Status not recorded: check the publisher's page.".into(),
    }
}

/// "Certainty of the evidence on postnatal depression"
pub fn certainty_heading(subject: &str) -> String {
    format!("Certainty of the evidence on {subject}")
}

/// ": 1 of 4 reviews about it grades the certainty of its findings (GRADE)."
pub fn certainty_count(reviews: usize, graded: usize) -> String {
    format!(
        ": {graded} of the {} about it {} the certainty of {} findings (GRADE).",
        plural(reviews, "review", "reviews"),
        if graded == 1 { "grades" } else { "grade" },
        if graded == 1 { "its" } else { "their" }
    )
}

/// The last line of an answer about the evidence as a whole.
pub fn as_of_knowledge(version: &str, changed: Option<&str>) -> String {
    match changed {
        Some(d) => format!("Counted from what the knowledge holds (version {version}, last changed {d}), not from everything published."),
        None => format!("Counted from what the knowledge holds (version {version}), not from everything published."),
    }
}

/// The heading of a gap report: "Unanswered questions, 2026-11-23 to 2026-11-30: 7 (4 found
/// nothing, 3 only partial matches)."
pub fn gaps_heading(since: &str, until: &str, unanswered: usize, nothing: usize) -> String {
    if unanswered == 0 {
        return format!("Unanswered questions, {since} to {until}: none.");
    }
    format!(
        "Unanswered questions, {since} to {until}: {unanswered} ({nothing} found nothing, {} only partial matches).",
        unanswered - nothing
    )
}

/// One group of a gap report: "emdr, ptsd: 3 times, last 2026-11-29: “emdr for ptsd” · …".
pub fn gap_group(terms: &[String], held_back: bool, count: usize, latest: &str) -> String {
    let terms = if held_back {
        WORDS_HELD_BACK.to_string()
    } else if terms.is_empty() {
        "(filters only)".to_string()
    } else {
        terms.join(", ")
    };
    let times = if count == 1 {
        "once".to_string()
    } else {
        format!("{count} times")
    };
    format!("{terms}: {times}, last {latest}: ")
}

/// The votes line of a gap report.
pub fn gap_votes(up: usize, down: usize) -> String {
    format!("Votes on answers: {up} 👍, {down} 👎.")
}

/// The heading of the comments in a gap report.
pub const GAP_COMMENTS: &str = "Latest comments:";

/// How an admin turns a report into records.
pub fn gaps_next_step(prefix: &str) -> String {
    format!("To add records for a gap: evidence-bot import, then evidence-bot check (README, \"Reading the gap report\"). {prefix}gaps since:30d looks further back.")
}

/// The heading of the weekly digest posted in the admin room.
pub const GAP_DIGEST: &str = "Weekly digest of the gap log.";

/// The bot's question after a 👎 on one of its answers.
pub const FEEDBACK_ASK: &str = "Thanks for the 👎. What were you looking for? Reply in this thread and I will pass it to the curators (only your words are kept, not your name).";

/// The reply to a comment or `!feedback`.
pub const FEEDBACK_THANKS: &str =
    "Thank you: passed to the curators, who read these when they add records.";

/// `!feedback` that is not a reply to one of the bot's answers.
pub fn feedback_needs_reply(prefix: &str) -> String {
    format!("{prefix}feedback works as a reply to one of my {prefix}evidence answers: reply to the answer and write {prefix}feedback and what you were looking for.")
}

/// Feedback in a room where the curators' log is off.
pub const FEEDBACK_OFF: &str =
    "Feedback is not collected in this room (the bot's admins turned it off).";

/// `!gaps` when the gap log is off.
pub const GAP_LOG_OFF: &str =
    "The gap log is off (gap_log = false in the config), so there is nothing to report.";

/// `!feedback` or `!gaps` outside a running bot.
pub const NEEDS_A_ROOM: &str = "That command works in a Matrix room, with the running bot (for the gap log from a terminal: evidence-bot gaps --config FILE).";

/// The heading of `!config`.
pub const CONFIG_HEADING: &str = "Settings in this room:";

/// Marks a setting that is the bot's default.
pub const CONFIG_DEFAULT: &str = " (default)";

/// How to change a setting.
pub fn config_how(prefix: &str) -> String {
    format!("Room moderators change one with {prefix}config KEY VALUE (e.g. {prefix}config citation_style harvard; `default` resets it). {prefix}help config explains each.")
}

/// One setting, as `!config KEY` shows it.
pub fn config_one(
    key: &str,
    value: &str,
    set_here: bool,
    values: &str,
    about: &str,
    prefix: &str,
) -> String {
    let whose = if set_here {
        "set in this room"
    } else {
        "default"
    };
    format!(
        "{key}: {value} ({whose}). {about}; values: {values}. Change: {prefix}config {key} VALUE"
    )
}

/// A setting was stored.
pub fn config_saved(key: &str, value: &str) -> String {
    format!("Saved for this room: {key} = {value}.")
}

/// A setting could not be changed as typed.
pub fn config_problem(problem: &str, prefix: &str) -> String {
    format!("Not changed: {problem}. {prefix}config lists the settings.")
}

/// Someone without the power to change a room's settings tried.
pub const CONFIG_MODERATORS_ONLY: &str = "Only this room's moderators (power level 50 or more) and the bot's admins change its settings; anyone can see them with !config.";

/// A room's settings could not be stored on the homeserver.
pub const CONFIG_NOT_SAVED: &str =
    "The setting could not be saved on the homeserver; nothing changed. Try again in a moment.";

/// `!subscribe` done.
pub fn subscribed(query: &str, n: usize) -> String {
    format!("Subscribed to {query} (subscription {n}): this room hears when records it finds are added or changed.")
}

/// Before the latest record a new subscription finds.
pub const LATEST_MATCH: &str = "The latest record it finds:";

/// A new subscription finds nothing yet.
pub const NOTHING_MATCHES_YET: &str =
    "Nothing in the knowledge matches it yet; the room will hear when something does.";

/// The room already follows that search.
pub fn already_subscribed(query: &str) -> String {
    format!("This room already follows {query}.")
}

/// A room follows as many searches as it may.
pub fn too_many_subscriptions(max: usize, prefix: &str) -> String {
    format!("A room follows at most {max} searches; {prefix}subscriptions lists them and {prefix}unsubscribe N removes one.")
}

/// `!unsubscribe N` done.
pub fn unsubscribed(query: &str) -> String {
    format!("Unsubscribed from {query}.")
}

/// `!unsubscribe all` done.
pub fn unsubscribed_all() -> String {
    "Unsubscribed from every search.".to_string()
}

/// `!unsubscribe` with a number that is not one.
pub fn unsubscribe_which(n: usize, prefix: &str) -> String {
    format!("Say which: {prefix}unsubscribe 1 to {n}, or {prefix}unsubscribe all ({prefix}subscriptions lists them).")
}

/// A room without subscriptions.
pub fn no_subscriptions(prefix: &str) -> String {
    format!("This room follows no searches. {prefix}subscribe QUERY (room moderators) makes it hear about new and changed records, e.g. {prefix}subscribe topic:preterm kind:rct")
}

/// The heading of `!subscriptions`.
pub const SUBSCRIPTIONS_HEADING: &str = "This room follows:";

/// How to stop following.
pub fn unsubscribe_how(prefix: &str) -> String {
    format!("{prefix}unsubscribe N or {prefix}unsubscribe all (room moderators).")
}

/// The heading of a subscription notice.
pub const NOTICE_HEADING: &str = "New and changed evidence for this room's subscriptions.";

/// One subscription in a notice.
pub fn notice_for(query: &str) -> String {
    format!("For {query}:")
}

/// Marks a new record in a notice.
pub const NEW_RECORD: &str = "New:";

/// Marks a changed record in a notice.
pub const CHANGED_RECORD: &str = "Changed:";

/// One changed value: "sample: 150 families (was 210 families)".
pub fn changed_value(field: &str, now: &str, was: &str) -> String {
    format!("{field}: {now} (was {was})")
}

/// Findings changed.
pub fn findings_changed(added: usize, removed: usize) -> String {
    match (added, removed) {
        (a, 0) => format!("{a} finding(s) added or corrected"),
        (0, r) => format!("{r} finding(s) removed"),
        (a, r) => format!("findings corrected ({a} new or changed, {r} replaced)"),
    }
}

/// A change in fields a notice does not name.
pub const OTHER_DETAILS_CHANGED: &str = "other details corrected";

/// More records than a notice lists.
pub fn and_more(n: usize) -> String {
    format!("…and {n} more.")
}

/// The heading of `!whatsnew`.
pub fn whatsnew_heading(from: &str, n: usize, filters: &str) -> String {
    let of = if filters.is_empty() {
        String::new()
    } else {
        format!(" ({filters})")
    };
    format!("Added or changed since {from}{of}: {n} record(s), newest first.")
}

/// When a record of `!whatsnew` was added or changed.
pub fn whatsnew_when(new: bool, date: &str) -> String {
    if new {
        format!("New {date}:")
    } else {
        format!("Changed {date}:")
    }
}

/// Nothing new since a date.
pub fn nothing_new(from: &str, filters: &str) -> String {
    if filters.is_empty() {
        format!("Nothing was added or changed since {from}.")
    } else {
        format!("Nothing matching {filters} was added or changed since {from}.")
    }
}

/// More records than `!whatsnew` lists.
pub fn whatsnew_more(n: usize, prefix: &str) -> String {
    format!("…and {n} more: narrow it with a later date or a filter, e.g. {prefix}whatsnew since:7d kind:rct")
}

// ---- Figures (`!chart`, `!map`) ----

/// After "Nothing in the knowledge is about …" for a figure.
pub const NOTHING_TO_DRAW: &str = "So there is nothing to draw.";

/// After the `!evidence` command offered when no record has an effect size to chart.
pub const LISTS_WHAT_THEY_FOUND: &str = " lists what they found.";

/// The group of findings that name no outcome domain.
pub const CHART_OTHER_OUTCOMES: &str = "Other outcomes";

/// When the direct records carry no effect size: "The 3 records about “x” report no effect
/// sizes to chart; "
pub fn chart_no_effects(records: usize, question: &str) -> String {
    format!(
        "The {} about {question} {} no effect size to chart; ",
        plural(records, "record", "records"),
        if records == 1 { "reports" } else { "report" }
    )
}

fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// The name of an effect measure on a chart's axis.
pub fn measure_name(m: crate::knowledge::model::EffectType) -> &'static str {
    use crate::knowledge::model::EffectType as E;
    match m {
        E::D => "Cohen's d",
        E::G => "Hedges' g",
        E::Smd => "Standardised mean difference, SMD",
        E::Md => "Mean difference, MD",
        E::R => "Correlation, r",
        E::Or => "Odds ratio, OR",
        E::Rr => "Risk ratio, RR",
        E::Hr => "Hazard ratio, HR",
        E::Percent => "Percentage",
    }
}

/// The first sentence of a chart's alt text.
pub fn chart_heading(question: &str, records: usize, drawn: usize) -> String {
    format!(
        "Chart of effects for \u{201c}{question}\u{201d}: {drawn} of the {} about it {} effect sizes, strongest evidence first, each with its 95% confidence interval where the record gives one.",
        plural(records, "record", "records"),
        if drawn == 1 { "reports" } else { "report" },
    )
}

/// A panel's heading: "Cohen's d (no effect at 0)".
pub fn chart_panel(m: crate::knowledge::model::EffectType, no_effect: &str) -> String {
    format!("{} (no effect at {no_effect})", measure_name(m))
}

/// One row in the alt text: "Hoffenkamp et al. 2015 (RCT, level 3), d = 0.24 to 0.60".
pub fn chart_row(label: &str, kind: crate::knowledge::Kind, level: u8, numbers: &str) -> String {
    format!("{label} ({}, level {level}), {numbers}", kind.label())
}

/// What a chart leaves out, in one sentence.
pub fn chart_not_drawn(
    without_effect: usize,
    percentages: usize,
    unverified: usize,
    beyond: usize,
    max_rows: usize,
) -> String {
    let beyond_text = format!("beyond the first {max_rows} rows");
    let parts: Vec<String> = [
        (without_effect, "without an effect size"),
        (percentages, "given as a percentage"),
        (unverified, "no source confirmed"),
        (beyond, beyond_text.as_str()),
    ]
    .into_iter()
    .filter(|(n, _)| *n > 0)
    .map(|(n, why)| format!("{} {why}", plural(n, "finding", "findings")))
    .collect();
    format!("Not drawn: {}.", parts.join("; "))
}

/// Short column headings for the map image.
pub const LEVEL_SHORT: [&str; 6] = [
    "Guideline",
    "Review",
    "RCT",
    "Pilot RCT",
    "Evaluation",
    "Other",
];

/// The first sentence of a map's alt text.
pub fn map_heading(question: Option<&str>, records: usize, topics: usize) -> String {
    let what = match question {
        Some(q) => format!(
            "the {} about \u{201c}{q}\u{201d}",
            plural(records, "record", "records")
        ),
        None => format!(
            "all {} in the knowledge",
            plural(records, "record", "records")
        ),
    };
    format!(
        "Evidence map of {what}: {} by evidence level (1 guideline, 2 review, 3 RCT, 4 pilot RCT or cohort, 5 qualitative or evaluation, 6 other); a record with several topics counts under each.",
        plural(topics, "topic", "topics")
    )
}

/// One cell in the map's alt text: "2 at level 3".
pub fn map_cell(level: u8, n: usize) -> String {
    format!("{n} at level {level}")
}

/// Under a figure in the terminal (`ask`): the image the room would get.
pub fn figure_file(name: &str, width: u32, height: u32, bytes: usize) -> String {
    format!(
        "[image: {name}, {width}×{height} px, {} KB]",
        bytes.div_ceil(1024)
    )
}

/// A chart's title.
pub fn chart_title(question: &str) -> String {
    format!("Effects reported: \u{201c}{question}\u{201d}")
}

/// Under a chart's title: "3 of 7 records · strongest first · line: 95% CI · ring: no CI".
pub fn chart_subtitle(records: usize, drawn: usize) -> String {
    format!(
        "{drawn} of {} · strongest first · line: 95% CI · ring: no CI",
        plural(records, "record", "records")
    )
}

/// Before the level colours under a chart.
pub const CHART_LEGEND: &str = "Evidence level:";

/// The last line under a chart.
pub const CHART_FOOTNOTE: &str = "Each row is one finding as its record states it; a shaded bar is a range over several measures. Values are not pooled, and which side of the line favours the intervention depends on the outcome.";

/// The badge after a row's label: "RCT · L3".
pub fn chart_badge(kind: crate::knowledge::Kind, level: u8) -> String {
    format!("{} · L{level}", kind.short_label())
}

/// The numbers column of a chart row: "0.25 [−0.11, 0.61]", "0.86 (no CI)", "0.24 to 0.60".
pub fn chart_numbers(effect: &str, is_range: bool, ci: Option<[f64; 2]>) -> String {
    use crate::knowledge::model::num;
    match ci {
        Some([lo, hi]) => format!("{effect} [{}, {}]", num(lo), num(hi)),
        None if is_range => effect.to_string(),
        None => format!("{effect} (no CI)"),
    }
}

/// A map's title.
pub fn map_title(question: Option<&str>) -> String {
    match question {
        Some(q) => format!("Evidence map: \u{201c}{q}\u{201d}"),
        None => "Evidence map: the whole knowledge".into(),
    }
}

/// Under a map's title.
pub fn map_subtitle(records: usize, topics: usize) -> String {
    format!(
        "{} by topic ({}) and evidence level, strongest on the left",
        plural(records, "record", "records"),
        topics
    )
}

/// The heading of a map's last column.
pub const MAP_TOTAL: &str = "Total";

/// The line under a map.
pub const MAP_FOOTNOTE: &str = "Each cell counts records; a record with several topics counts under each. Darker cells hold more records. L1 guideline, L2 review, L3 RCT, L4 pilot RCT, cohort or controlled study, L5 qualitative study or evaluation, L6 other.";

/// When drawing a figure failed (a bug, logged).
pub const FIGURE_FAILED: &str = "Sorry, I could not draw that picture; the error is in my log.";

/// Before a room's own contact in a safety reply.
pub const ROOM_SAFETY_CONTACT: &str = "This room's contact: ";

/// To the admin room when a room got a safety reply: which room, nothing else.
pub fn safety_notice(room: &str) -> String {
    format!("A safety reply was sent in {room}.")
}

/// To the admin room when a room's safety setting changed.
pub fn safety_setting_changed(room: &str, key: &str, value: &str) -> String {
    format!("{room} changed {key} to: {value}")
}

/// How the knowledge is kept, in `!about`.
pub const ABOUT_CURATION: &str = "The knowledge is a set of files the community's admins curate: each record names its sources and is checked against them. To suggest a paper or report a mistake, reply to an answer with ";

/// After the `!feedback` command in `!about`.
pub const ABOUT_FEEDBACK: &str = " and your note, or tell your admins.";

/// The reply to a greeting the first time in a room.
pub fn greeting_first(prefix: &str) -> String {
    format!("Hello! I answer questions on the research evidence for Video Interaction Guidance and video feedback. Try {prefix}evidence {EXAMPLE_QUESTION}, or ask me in words.")
}

/// The reply to a greeting later on.
pub const GREETING: &str = "Hello! Ask me about the evidence whenever you like.";

/// The reply to thanks.
pub const THANKS: &str = "You're welcome.";

/// "Are my questions logged?"
pub fn what_is_logged(gap_log_here: bool, prefix: &str) -> String {
    let here = if gap_log_here {
        format!("In this room that log is on; a moderator can turn it off with {prefix}config gap_log off.")
    } else {
        "In this room that log is off.".to_string()
    };
    format!("Questions I answer are not logged. Questions no record was about, and 👍/👎 feedback with its comment, go into a gap log for the curators for a limited time (90 days by default), with no user id or room id in the clear. {here} A message saying someone is at risk is never logged or stored. Avoid names and identifying details all the same.")
}

/// A request the bot cannot do.
pub fn cannot_do(what: &str, prefix: &str) -> String {
    format!("Sorry, I can't {what}. I can find and summarise the research evidence, with citations: try {prefix}evidence {EXAMPLE_QUESTION}, or {prefix}help.")
}

/// Above the answer to a follow-up that refines the last question.
pub fn read_as_follow_up(added: &str) -> String {
    format!("Read as a follow-up: previous question + {added}.")
}

/// How answers are ordered, for "why is that one first?".
pub fn order_rule(task: &str, effect: bool) -> String {
    let kinds = if effect {
        "peer-reviewed systematic reviews and meta-analyses first, then RCTs, then pilot RCTs, then guidelines that recommend the intervention, then other studies"
    } else {
        "the kinds of evidence that best answer that task first"
    };
    format!("The question was read as asking about {task}. Records are ordered first by how much of the question they are about, then by kind of evidence ({kinds}), then by how closely their text matches, their level and their year. The records shown:")
}
