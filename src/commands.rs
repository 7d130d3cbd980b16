//! Chat commands: one enum, one parser. Unknown input becomes a value with a helpful reply,
//! never a panic.

use crate::export::Format;

/// Longest query searched; longer ones are cut (with a note in the reply).
pub const MAX_QUERY_CHARS: usize = 500;

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
    /// `!cite ID [ID...] [apa|harvard|vancouver|bibtex|ris]`: citations.
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
    /// `!topics`: the vocabulary with record counts.
    Topics,
    /// `!help [command]`.
    Help {
        /// A command to explain, without prefix.
        topic: Option<String>,
    },
    /// `!about`: what the bot knows and which version.
    About,
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

impl Command {
    /// True for commands only admins may run.
    pub fn is_admin(&self) -> bool {
        matches!(self, Command::Reload | Command::Status)
    }

    /// A short name for logs and metrics.
    pub fn name(&self) -> &'static str {
        match self {
            Command::Evidence { .. } => "evidence",
            Command::More => "more",
            Command::Show { .. } => "show",
            Command::Cite { .. } => "cite",
            Command::ReadingList { .. } => "reading-list",
            Command::Topics => "topics",
            Command::Help { .. } => "help",
            Command::About => "about",
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
        problem: String,
    },
}

/// The command words, for help and "did you mean".
pub const COMMAND_WORDS: &[&str] = &[
    "evidence",
    "more",
    "show",
    "cite",
    "reading-list",
    "topics",
    "help",
    "about",
    "reload",
    "status",
];

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
    let word_lc = word.to_lowercase();
    let words: Vec<&str> = args.split_whitespace().collect();
    let cmd = match word_lc.as_str() {
        "evidence" | "ev" => return parse_evidence(args),
        "more" | "next" => Command::More,
        "show" => match words.as_slice() {
            [id] => Command::Show {
                id: id.to_lowercase(),
            },
            [] => {
                return Err(usage(
                    "show",
                    "which record? Give its id, as shown under each result",
                ))
            }
            _ => return Err(usage("show", "give one record id")),
        },
        "cite" => return parse_cite(&words),
        "reading-list" | "readinglist" | "reading_list" | "reading" => {
            return parse_reading_list(&words)
        }
        "topics" => Command::Topics,
        "help" => Command::Help {
            topic: words
                .first()
                .map(|w| w.trim_start_matches(prefix).to_lowercase()),
        },
        "about" => Command::About,
        "reload" => Command::Reload,
        "status" => Command::Status,
        _ => Command::Unknown {
            word: word.to_string(),
        },
    };
    Ok(cmd)
}

fn usage(command: &'static str, problem: &str) -> ParseError {
    ParseError::Usage {
        command,
        problem: problem.to_string(),
    }
}

fn parse_evidence(args: &str) -> Result<Command, ParseError> {
    if args.is_empty() {
        return Ok(Command::Help {
            topic: Some("evidence".into()),
        });
    }
    if args.eq_ignore_ascii_case("help") {
        return Ok(Command::Help {
            topic: Some("evidence".into()),
        });
    }
    if args.eq_ignore_ascii_case("more") {
        return Ok(Command::More);
    }
    let truncated = args.chars().count() > MAX_QUERY_CHARS;
    let query = if truncated {
        args.chars().take(MAX_QUERY_CHARS).collect()
    } else {
        args.to_string()
    };
    Ok(Command::Evidence { query, truncated })
}

fn parse_reading_list(words: &[&str]) -> Result<Command, ParseError> {
    let (format, query_words) = match words.split_last() {
        Some((last, rest)) if !rest.is_empty() => match Format::parse(last) {
            Some(f) => (f, rest),
            None => (Format::Ris, words),
        },
        _ => (Format::Ris, words),
    };
    let query = clean(&query_words.join(" "));
    if query.is_empty() {
        return Err(usage(
            "reading-list",
            "which topic? e.g. !reading-list autism ris",
        ));
    }
    let query: String = query.chars().take(MAX_QUERY_CHARS).collect();
    Ok(Command::ReadingList { query, format })
}

fn parse_cite(words: &[&str]) -> Result<Command, ParseError> {
    let mut ids = Vec::new();
    let mut format = None;
    for (i, w) in words.iter().enumerate() {
        let w = w.trim_matches(|c: char| c == ',' || c == ';');
        match Format::parse(w) {
            Some(f) if i == words.len() - 1 && i > 0 => format = Some(f),
            _ => ids.push(w.to_lowercase()),
        }
    }
    if ids.is_empty() {
        return Err(usage(
            "cite",
            "which record? Give one or more ids, as shown under each result",
        ));
    }
    if ids.len() > 20 {
        return Err(usage("cite", "at most 20 records at a time"));
    }
    Ok(Command::Cite { ids, format })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cite::Style;

    #[test]
    fn table() {
        let ev = |q: &str| {
            Ok(Command::Evidence {
                query: q.into(),
                truncated: false,
            })
        };
        let cases: Vec<(&str, Result<Command, ParseError>)> = vec![
            ("!evidence preterm", ev("preterm")),
            ("!EVIDENCE  preterm  babies ", ev("preterm  babies")),
            ("!Evidence does VIG help dads?", ev("does VIG help dads?")),
            (
                "!evidence",
                Ok(Command::Help {
                    topic: Some("evidence".into()),
                }),
            ),
            ("!evidence more", Ok(Command::More)),
            ("!more", Ok(Command::More)),
            (
                "!show hoffenkamp-2015-nicu-rct",
                Ok(Command::Show {
                    id: "hoffenkamp-2015-nicu-rct".into(),
                }),
            ),
            (
                "!show",
                Err(usage(
                    "show",
                    "which record? Give its id, as shown under each result",
                )),
            ),
            (
                "!cite a b",
                Ok(Command::Cite {
                    ids: vec!["a".into(), "b".into()],
                    format: None,
                }),
            ),
            (
                "!cite a, b RIS",
                Ok(Command::Cite {
                    ids: vec!["a".into(), "b".into()],
                    format: Some(Format::Ris),
                }),
            ),
            (
                "!reading-list autism",
                Ok(Command::ReadingList {
                    query: "autism".into(),
                    format: Format::Ris,
                }),
            ),
            (
                "!reading-list preterm babies bibtex",
                Ok(Command::ReadingList {
                    query: "preterm babies".into(),
                    format: Format::Bibtex,
                }),
            ),
            (
                "!Reading-List md",
                Ok(Command::ReadingList {
                    query: "md".into(),
                    format: Format::Ris,
                }),
            ),
            (
                "!reading-list",
                Err(usage(
                    "reading-list",
                    "which topic? e.g. !reading-list autism ris",
                )),
            ),
            (
                "!cite a apa",
                Ok(Command::Cite {
                    ids: vec!["a".into()],
                    format: Some(Format::Style(Style::Apa)),
                }),
            ),
            (
                "!cite",
                Err(usage(
                    "cite",
                    "which record? Give one or more ids, as shown under each result",
                )),
            ),
            ("!topics", Ok(Command::Topics)),
            ("!help", Ok(Command::Help { topic: None })),
            (
                "!help !cite",
                Ok(Command::Help {
                    topic: Some("cite".into()),
                }),
            ),
            ("!about", Ok(Command::About)),
            ("!ReLoad", Ok(Command::Reload)),
            ("!status", Ok(Command::Status)),
            (
                "!evidenc preterm",
                Ok(Command::Unknown {
                    word: "evidenc".into(),
                }),
            ),
            ("hello there", Err(ParseError::NotACommand)),
            ("! evidence", Err(ParseError::NotACommand)),
            ("!", Err(ParseError::NotACommand)),
            ("", Err(ParseError::NotACommand)),
            ("!evidence pre\u{200B}term\u{0007}", ev("preterm")),
            ("!evidence line one\nline two", ev("line one line two")),
        ];
        for (input, expected) in cases {
            assert_eq!(parse("!", input), expected, "input: {input:?}");
        }
    }

    #[test]
    fn long_queries_are_cut() {
        let long = format!("!evidence {}", "a".repeat(800));
        match parse("!", &long).unwrap() {
            Command::Evidence { query, truncated } => {
                assert!(truncated);
                assert_eq!(query.chars().count(), MAX_QUERY_CHARS);
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn other_prefixes() {
        assert_eq!(parse("?", "?topics"), Ok(Command::Topics));
        assert_eq!(parse("?", "!topics"), Err(ParseError::NotACommand));
    }
}
