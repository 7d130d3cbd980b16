//! Tests of command parsing: the table of commands, usage problems and suggestions.

use super::*;
use crate::references::Style;

fn usage(command: &'static str, problem: Problem) -> ParseError {
    ParseError::Usage { command, problem }
}

fn ev(q: &str) -> Result<Command, ParseError> {
    Ok(Command::Evidence {
        query: q.into(),
        truncated: false,
    })
}

fn check(cases: Vec<(&str, Result<Command, ParseError>)>) {
    for (input, expected) in cases {
        assert_eq!(parse("!", input), expected, "input: {input:?}");
    }
}

#[test]
fn table_searches_and_records() {
    check(vec![
        ("!evidence preterm", ev("preterm")),
        ("!ev preterm", ev("preterm")),
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
        ("!next", Ok(Command::More)),
        (
            "!show hoffenkamp-2015-nicu-rct",
            Ok(Command::Show {
                id: "hoffenkamp-2015-nicu-rct".into(),
            }),
        ),
        ("!show", Err(usage("show", Problem::WhichRecord))),
        ("!show a b", Err(usage("show", Problem::OneRecord))),
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
            "!readinglist preterm babies bibtex",
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
            Err(usage("reading-list", Problem::WhichTopic)),
        ),
        (
            "!cite a apa",
            Ok(Command::Cite {
                ids: vec!["a".into()],
                format: Some(Format::Style(Style::Apa)),
            }),
        ),
        ("!cite", Err(usage("cite", Problem::WhichRecords))),
    ]);
}

#[test]
fn table_other_commands_and_non_commands() {
    check(vec![
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
    ]);
}

#[test]
fn hints_use_the_configured_prefix() {
    assert_eq!(
        parse("?", "?reading-list"),
        Err(usage("reading-list", Problem::WhichTopic))
    );
    assert_eq!(
        crate::locale::within(crate::locale::Lang::En, || {
            crate::render::text::usage_problem(&Problem::WhichTopic, "?")
        }),
        "which topic? e.g. ?reading-list autism ris"
    );
    assert!(COMMANDS
        .iter()
        .map(|s| crate::render::text::command_usage(s, "?"))
        .all(|u| !u.contains('!') && u.starts_with('?')));
}

#[test]
fn too_many_ids() {
    let text = format!("!cite {}", vec!["x"; MAX_CITE_IDS + 1].join(" "));
    assert_eq!(
        parse("!", &text),
        Err(usage("cite", Problem::TooManyRecords))
    );
}

#[test]
fn long_queries_are_cut() {
    let long = format!("!evidence {}", "a".repeat(MAX_QUERY_CHARS + 300));
    match parse("!", &long).unwrap() {
        Command::Evidence { query, truncated } => {
            assert!(truncated);
            assert_eq!(query.chars().count(), MAX_QUERY_CHARS);
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn feedback_and_gaps_read_their_arguments() {
    assert_eq!(
        parse("!", "!feedback 👎 wanted fathers"),
        Ok(Command::Feedback {
            text: "👎 wanted fathers".into()
        })
    );
    assert!(matches!(
        parse("!", "!feedback"),
        Err(ParseError::Usage {
            command: "feedback",
            ..
        })
    ));
    assert_eq!(
        parse("!", "!gaps since:2026-11-01"),
        Ok(Command::Gaps {
            since: Some("2026-11-01".into())
        })
    );
    assert_eq!(parse("!", "!GAPS"), Ok(Command::Gaps { since: None }));
    assert!(parse("!", "!gaps").unwrap().is_admin());
    match parse("!", "!gaps since:yesterday") {
        Err(ParseError::Usage {
            problem: Problem::Period(why),
            ..
        }) => {
            assert!(why.contains("since:7d"), "{why}")
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn other_prefixes() {
    assert_eq!(parse("?", "?topics"), Ok(Command::Topics));
    assert_eq!(parse("?", "!topics"), Err(ParseError::NotACommand));
}

#[test]
fn chart_needs_a_question_and_map_does_not() {
    assert_eq!(
        parse("!", "!chart preterm babies"),
        Ok(Command::Chart {
            query: "preterm babies".into()
        })
    );
    assert!(matches!(
        parse("!", "!chart"),
        Err(ParseError::Usage {
            command: "chart",
            ..
        })
    ));
    assert_eq!(parse("!", "!map"), Ok(Command::Map { query: None }));
    assert_eq!(
        parse("!", "!map autism"),
        Ok(Command::Map {
            query: Some("autism".into())
        })
    );
}

#[test]
fn every_command_is_in_the_table_once() {
    let samples = [
        Command::Evidence {
            query: "x".into(),
            truncated: false,
        },
        Command::More,
        Command::Show { id: "x".into() },
        Command::Cite {
            ids: vec!["x".into()],
            format: None,
        },
        Command::ReadingList {
            query: "x".into(),
            format: Format::Ris,
        },
        Command::Chart { query: "x".into() },
        Command::Map { query: None },
        Command::Topics,
        Command::Help { topic: None },
        Command::About,
        Command::Config {
            key: None,
            value: None,
        },
        Command::WhatsNew {
            args: String::new(),
        },
        Command::Subscribe { query: "x".into() },
        Command::Unsubscribe { which: "1".into() },
        Command::Subscriptions,
        Command::Feedback { text: "x".into() },
        Command::Gaps { since: None },
        Command::Reload,
        Command::Status,
    ];
    for c in &samples {
        assert_eq!(c.spec().map(|s| s.name), Some(c.name()), "{c:?}");
    }
    assert_eq!(samples.len(), COMMANDS.len());
    let mut words: Vec<&str> = COMMANDS
        .iter()
        .flat_map(|s| std::iter::once(s.name).chain(s.aliases.iter().copied()))
        .collect();
    let n = words.len();
    words.sort_unstable();
    words.dedup();
    assert_eq!(words.len(), n, "a word names two commands");
    assert_eq!(
        Command::Unknown { word: "x".into() }.spec().map(|s| s.name),
        None
    );
}

#[test]
fn admin_flag_and_suggestions_come_from_the_table() {
    assert!(Command::Reload.is_admin() && Command::Status.is_admin());
    assert!(!Command::Topics.is_admin());
    assert_eq!(did_you_mean("evidenc"), Some("evidence"));
    assert_eq!(did_you_mean("reeding"), Some("reading-list"));
    assert_eq!(did_you_mean("xyzzy"), None);
}
