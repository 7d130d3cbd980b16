//! Chat commands: one enum, and one table ([`COMMANDS`]) that declares each command once — its
//! name, aliases, usage, whether only admins may run it, and how its arguments are parsed (what
//! each command does is said in the Fluent files, `command-<name>`, in every language). The
//! table drives parsing, `!help`, "did you mean" and the admin gate; the answer to each command
//! is bound by the one exhaustive `match` in [`crate::answer::respond`]. Unknown input becomes a
//! value with a helpful reply, never a panic.

mod args;

use crate::references::Format;
use args::{
    parse_cite, parse_config, parse_evidence, parse_feedback, parse_gaps, parse_reading_list,
    parse_show, Args,
};

/// Longest query searched; longer ones are cut (with a note in the reply).
pub const MAX_QUERY_CHARS: usize = 2000;

/// Most records one `!cite` names.
pub const MAX_CITE_IDS: usize = 20;

/// A command the bot understands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// `!evidence QUERY`: search and show the top results.
    Evidence {
        /// The question, cleaned and at most [`MAX_QUERY_CHARS`] long.
        query: String,
        /// True when the question was longer and was cut.
        truncated: bool,
    },
    /// `!more`: the next page of the asker's last search in this room.
    More,
    /// `!show ID`: one whole record.
    Show {
        /// The record id.
        id: String,
    },
    /// `!cite ID [ID...] [format]`: citations.
    Cite {
        /// Record ids, in the order given.
        ids: Vec<String>,
        /// The style or format; `None` means the configured default style.
        format: Option<Format>,
    },
    /// `!reading-list QUERY [format]`: a file of the records a search finds.
    ReadingList {
        /// The search.
        query: String,
        /// The file format (RIS unless given).
        format: Format,
    },
    /// `!chart QUERY`: a chart of the effects the direct records report, as an image.
    Chart {
        /// The question.
        query: String,
    },
    /// `!map [QUERY]`: topics by evidence level, as an image.
    Map {
        /// The question whose direct records are mapped; the whole knowledge when `None`.
        query: Option<String>,
    },
    /// `!topics`: the vocabulary with record counts.
    Topics,
    /// `!help [command]`.
    Help {
        /// A command to explain, without prefix.
        topic: Option<String>,
    },
    /// `!about`: what the bot knows and which version.
    About,
    /// `!config [KEY [VALUE]]`: the room's settings, or (moderators) change one.
    Config {
        /// The setting to show or change.
        key: Option<String>,
        /// The new value (the rest of the message).
        value: Option<String>,
    },
    /// `!whatsnew [since:DATE] [filters]`: records added or changed since a date.
    WhatsNew {
        /// The date and filters as typed.
        args: String,
    },
    /// `!subscribe QUERY` (room moderators): follow a search.
    Subscribe {
        /// The search, with filters.
        query: String,
    },
    /// `!unsubscribe N|all` (room moderators).
    Unsubscribe {
        /// A subscription's number, or "all".
        which: String,
    },
    /// `!subscriptions`: what the room follows.
    Subscriptions,
    /// `!feedback TEXT`, as a reply to an answer: a vote and/or a comment on it.
    Feedback {
        /// What the practitioner wrote (may start with a vote: 👍, 👎, good, bad).
        text: String,
    },
    /// `!gaps [since:DATE]` (admins): the questions the knowledge did not answer.
    Gaps {
        /// The start of the period as typed (`2026-11-01`, `7d`); the last week when absent.
        since: Option<String>,
    },
    /// `!reload` (admins): reload the knowledge.
    Reload,
    /// `!status` (admins): uptime, rooms, records, last reload.
    Status,
    /// A command word the bot does not know.
    Unknown {
        /// The word as typed (without prefix).
        word: String,
    },
}

/// One command, declared once.
#[derive(Debug)]
pub struct Spec {
    /// The command word.
    pub name: &'static str,
    /// Other words that run it.
    pub aliases: &'static [&'static str],
    /// Only the bot's admins may run it.
    pub admin: bool,
    /// What follows the command word in the usage line ("QUERY", "ID [ID...]").
    pub args: &'static str,
    /// Turns the text after the command word into the command, or says what is wrong with it.
    parse: fn(&Args<'_>) -> Result<Command, Problem>,
}

/// Every command, in the order `!help` lists them.
pub static COMMANDS: &[Spec] = &[
    Spec {
        name: "evidence",
        aliases: &["ev"],
        admin: false,
        args: "QUERY",
        parse: parse_evidence,
    },
    Spec {
        name: "more",
        aliases: &["next"],
        admin: false,
        args: "",
        parse: |_| Ok(Command::More),
    },
    Spec {
        name: "show",
        aliases: &[],
        admin: false,
        args: "ID",
        parse: parse_show,
    },
    Spec {
        name: "cite",
        aliases: &[],
        admin: false,
        args: "ID [ID...] [apa|harvard|vancouver|bibtex|ris|csl-json]",
        parse: parse_cite,
    },
    Spec {
        name: "reading-list",
        aliases: &["readinglist", "reading_list", "reading"],
        admin: false,
        args: "QUERY [apa|harvard|vancouver|ris|bibtex|csl-json|md]",
        parse: parse_reading_list,
    },
    Spec {
        name: "chart",
        aliases: &["forest", "plot"],
        admin: false,
        args: "QUERY",
        parse: |a| {
            if a.text.is_empty() {
                return Err(Problem::WhatToChart);
            }
            Ok(Command::Chart {
                query: a.text.chars().take(MAX_QUERY_CHARS).collect(),
            })
        },
    },
    Spec {
        name: "map",
        aliases: &["evidence-map"],
        admin: false,
        args: "[QUERY]",
        parse: |a| {
            Ok(Command::Map {
                query: (!a.text.is_empty()).then(|| a.text.chars().take(MAX_QUERY_CHARS).collect()),
            })
        },
    },
    Spec {
        name: "topics",
        aliases: &[],
        admin: false,
        args: "",
        parse: |_| Ok(Command::Topics),
    },
    Spec {
        name: "help",
        aliases: &[],
        admin: false,
        args: "[COMMAND]",
        parse: |a| {
            Ok(Command::Help {
                topic: a
                    .words
                    .first()
                    .map(|w| w.trim_start_matches(a.prefix).to_lowercase()),
            })
        },
    },
    Spec {
        name: "about",
        aliases: &[],
        admin: false,
        args: "",
        parse: |_| Ok(Command::About),
    },
    Spec {
        name: "config",
        aliases: &["settings"],
        admin: false,
        args: "[KEY [VALUE]]",
        parse: parse_config,
    },
    Spec {
        name: "whatsnew",
        aliases: &["new", "news", "whats-new"],
        admin: false,
        args: "[since:DATE] [FILTERS]",
        parse: |a| {
            Ok(Command::WhatsNew {
                args: a.text.to_string(),
            })
        },
    },
    Spec {
        name: "subscribe",
        aliases: &["follow"],
        admin: false,
        args: "QUERY",
        parse: |a| {
            if a.text.is_empty() {
                return Err(Problem::WhatToFollow);
            }
            Ok(Command::Subscribe {
                query: a.text.chars().take(MAX_QUERY_CHARS).collect(),
            })
        },
    },
    Spec {
        name: "unsubscribe",
        aliases: &["unfollow"],
        admin: false,
        args: "N|all",
        parse: |a| match a.words.as_slice() {
            [w] => Ok(Command::Unsubscribe {
                which: w.to_string(),
            }),
            _ => Err(Problem::WhichSubscription),
        },
    },
    Spec {
        name: "subscriptions",
        aliases: &["following"],
        admin: false,
        args: "",
        parse: |_| Ok(Command::Subscriptions),
    },
    Spec {
        name: "feedback",
        aliases: &[],
        admin: false,
        args: "TEXT",
        parse: parse_feedback,
    },
    Spec {
        name: "gaps",
        aliases: &[],
        admin: true,
        args: "[since:DATE]",
        parse: parse_gaps,
    },
    Spec {
        name: "reload",
        aliases: &[],
        admin: true,
        args: "",
        parse: |_| Ok(Command::Reload),
    },
    Spec {
        name: "status",
        aliases: &[],
        admin: true,
        args: "",
        parse: |_| Ok(Command::Status),
    },
];

impl Spec {
    fn answers_to(&self, word: &str) -> bool {
        self.name == word || self.aliases.contains(&word)
    }
}

/// The spec of a command word (name or alias, lower case).
pub fn spec(word: &str) -> Option<&'static Spec> {
    COMMANDS.iter().find(|s| s.answers_to(word))
}

/// The command a mistyped word most likely meant (edit distance 2 at most).
pub fn did_you_mean(word: &str) -> Option<&'static str> {
    let lower = word.to_lowercase();
    COMMANDS
        .iter()
        .flat_map(|s| {
            std::iter::once(s.name)
                .chain(s.aliases.iter().copied())
                .map(move |w| (w, s.name))
        })
        .map(|(w, name)| (strsim::levenshtein(&lower, w), name))
        .filter(|(d, _)| *d <= 2)
        .min()
        .map(|(_, name)| name)
}

impl Command {
    /// The command's spec; `None` for an unknown word.
    pub fn spec(&self) -> Option<&'static Spec> {
        spec(self.name())
    }

    /// True for commands only admins may run.
    pub fn is_admin(&self) -> bool {
        self.spec().is_some_and(|s| s.admin)
    }

    /// A short name for logs and metrics: the command word.
    pub fn name(&self) -> &'static str {
        match self {
            Command::Evidence { .. } => "evidence",
            Command::More => "more",
            Command::Show { .. } => "show",
            Command::Cite { .. } => "cite",
            Command::ReadingList { .. } => "reading-list",
            Command::Chart { .. } => "chart",
            Command::Map { .. } => "map",
            Command::Topics => "topics",
            Command::Help { .. } => "help",
            Command::About => "about",
            Command::Config { .. } => "config",
            Command::WhatsNew { .. } => "whatsnew",
            Command::Subscribe { .. } => "subscribe",
            Command::Unsubscribe { .. } => "unsubscribe",
            Command::Subscriptions => "subscriptions",
            Command::Feedback { .. } => "feedback",
            Command::Gaps { .. } => "gaps",
            Command::Reload => "reload",
            Command::Status => "status",
            Command::Unknown { .. } => "unknown",
        }
    }
}

/// Why a message was not turned into a command.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParseError {
    /// The message is not addressed to the bot (no prefix): stay silent.
    NotACommand,
    /// A known command used the wrong way: reply with its usage.
    Usage {
        /// The command word.
        command: &'static str,
        /// What was wrong.
        problem: Problem,
    },
}

/// What was wrong with a command's arguments. Said in the reply's language when the usage
/// reply is written ([`crate::render::text::usage_problem`]), not when the message is parsed
/// (before its language is known).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// `!show` without an id.
    WhichRecord,
    /// `!show` with several ids.
    OneRecord,
    /// `!cite` without an id.
    WhichRecords,
    /// `!cite` with more than [`MAX_CITE_IDS`] ids.
    TooManyRecords,
    /// `!reading-list` without a topic.
    WhichTopic,
    /// `!chart` without a question.
    WhatToChart,
    /// `!subscribe` without a search.
    WhatToFollow,
    /// `!unsubscribe` without one number or `all`.
    WhichSubscription,
    /// `!feedback` without words.
    WhatYouWereLookingFor,
    /// `!gaps` with more than one period.
    OnePeriod,
    /// `!gaps` with a period it cannot read (the reason, from [`crate::curation::parse_since`],
    /// in English: `!gaps` is for the bot's admins).
    Period(String),
}

/// Removes control characters (newlines and tabs become spaces) and trims.
pub fn clean(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c == '\n' || c == '\t' || c == '\r' {
            out.push(' ');
        } else if !c.is_control() && !is_invisible(c) {
            out.push(c);
        }
    }
    out.trim().to_string()
}

/// Zero-width and direction-override characters that can hide or reorder text.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
}

/// Parses a chat message. `prefix` is the command prefix (usually `!`).
pub fn parse(prefix: &str, text: &str) -> Result<Command, ParseError> {
    let text = clean(text);
    let Some(rest) = text.strip_prefix(prefix) else {
        return Err(ParseError::NotACommand);
    };
    if rest.is_empty() || rest.starts_with(char::is_whitespace) {
        return Err(ParseError::NotACommand);
    }
    let (word, args) = match rest.split_once(char::is_whitespace) {
        Some((w, a)) => (w, a.trim()),
        None => (rest, ""),
    };
    let Some(spec) = spec(&word.to_lowercase()) else {
        return Ok(Command::Unknown {
            word: word.to_string(),
        });
    };
    let args = Args {
        text: args,
        words: args.split_whitespace().collect(),
        prefix,
    };
    (spec.parse)(&args).map_err(|problem| ParseError::Usage {
        command: spec.name,
        problem,
    })
}

#[cfg(test)]
mod tests;
