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
pub fn format_hint(format: Format) -> &'static str {
    match format {
        Format::Ris => "RIS, for Zotero, EndNote or Mendeley",
        Format::Bibtex => "BibTeX, for LaTeX, Zotero or JabRef",
        Format::Markdown => "a handout with levels and key findings",
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
