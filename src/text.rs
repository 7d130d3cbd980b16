//! Every sentence a user reads, in one place, so wording stays consistent and easy to review.

/// Appended when a reply had to be cut to fit a chat message.
pub const REPLY_CUT: &str = "[reply cut to fit a chat message: ask a narrower question]";

/// Shown when a question was longer than the bot reads.
pub fn query_truncated(max: usize) -> String {
    format!("Your question was long, so only its first {max} characters were used.")
}

/// Usage line for each command (with the prefix filled in).
pub fn usage(prefix: &str, command: &str) -> Option<String> {
    let p = prefix;
    let s = match command {
        "evidence" => format!("{p}evidence QUERY: the best-matching evidence on a topic or question (stronger evidence breaks near-ties), e.g. `{p}evidence preterm` or `{p}evidence does VIG help fathers in the NICU?`. Filters: kind:rct, kind:guideline, kind:review, topic:preterm, since:2015, year:2010..2016, author:fukkink"),
        "more" => format!("{p}more: the next results of your last {p}evidence search in this room"),
        "show" => format!("{p}show ID: everything about one record (findings, numbers, caveats, sources)"),
        "cite" => format!("{p}cite ID [ID...] [apa|harvard|vancouver|bibtex|ris]: citations for a reference list, with the in-text form (APA 7 unless you say otherwise), or BibTeX/RIS to copy"),
        "reading-list" => format!("{p}reading-list QUERY [apa|harvard|vancouver|ris|bibtex|md]: a file of the best records for a search, for Zotero, EndNote or Mendeley (RIS unless you say otherwise), e.g. {p}reading-list autism ris"),
        "topics" => format!("{p}topics: the topics the knowledge covers, with how many records each"),
        "help" => format!("{p}help [command]: this help, or more about one command"),
        "about" => format!("{p}about: what the bot knows, the knowledge version and its date"),
        "reload" => format!("{p}reload: reload the knowledge files (admins only)"),
        "status" => format!("{p}status: uptime, rooms, records and the last reload (admins only)"),
        _ => return None,
    };
    Some(s)
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
    let usage = usage(prefix, command).unwrap_or_default();
    format!("{prefix}{command}: {problem}. Usage: {usage}")
}

/// `!more` with no search to continue.
pub fn nothing_more(prefix: &str) -> String {
    format!("There is no earlier search of yours in this room to continue. Start one with {prefix}evidence QUERY.")
}

/// `!more` past the last result.
pub const END_OF_RESULTS: &str = "That was everything for that search.";

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
    format!("I found nothing on \u{201c}{query}\u{201d}.")
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
pub fn format_hint(format: crate::export::Format) -> &'static str {
    use crate::export::Format;
    match format {
        Format::Ris => "RIS, for Zotero, EndNote or Mendeley",
        Format::Bibtex => "BibTeX, for LaTeX, Zotero or JabRef",
        Format::Markdown => "a handout with levels and key findings",
        Format::Style(crate::cite::Style::Apa) => "an APA 7 reference list",
        Format::Style(crate::cite::Style::Harvard) => "a Harvard reference list",
        Format::Style(crate::cite::Style::Vancouver) => "a Vancouver reference list",
    }
}

/// A citation could not be rendered.
pub fn citation_failed(id: &str) -> String {
    format!(
        "Sorry, I could not format a citation for `{id}`. The admins have been told in the log."
    )
}
