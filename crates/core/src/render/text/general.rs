//! General replies: help, usage, paging, status, small talk and the bot's own errors.

use super::cmd;
use crate::chat::command::{spec, Problem, Spec, MAX_CITE_IDS};
use crate::references::{Format, Style};
use crate::render::i18n::{tr, tr_line};
use crate::render::Line;

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
    let usage = spec(command)
        .map(|s| command_usage(s, prefix))
        .unwrap_or_default();
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

/// A command's usage line with the prefix filled in: "!cite ID [ID...] [...]: citations for
/// ...", what it does in the reply's language.
pub fn command_usage(spec: &Spec, prefix: &str) -> String {
    let about = command_about(spec.name, prefix);
    if spec.args.is_empty() {
        format!("{prefix}{}: {about}", spec.name)
    } else {
        format!("{prefix}{} {}: {about}", spec.name, spec.args)
    }
}
