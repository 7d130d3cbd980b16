//! Argument parsers: each turns the text after a command word into its [`Command`], or says
//! what is wrong with it ([`Problem`]). Referred to by the table, [`super::COMMANDS`].

use super::{clean, Command, Problem, MAX_CITE_IDS, MAX_QUERY_CHARS};
use crate::references::Format;

/// The text after a command word, and the prefix (`!help !cite` names a command with it).
#[derive(Debug)]
pub(super) struct Args<'a> {
    pub(super) text: &'a str,
    pub(super) words: Vec<&'a str>,
    pub(super) prefix: &'a str,
}

pub(super) fn parse_evidence(a: &Args<'_>) -> Result<Command, Problem> {
    if a.text.is_empty() || a.text.eq_ignore_ascii_case("help") {
        return Ok(Command::Help {
            topic: Some("evidence".into()),
        });
    }
    if a.text.eq_ignore_ascii_case("more") {
        return Ok(Command::More);
    }
    let truncated = a.text.chars().count() > MAX_QUERY_CHARS;
    let query = if truncated {
        a.text.chars().take(MAX_QUERY_CHARS).collect()
    } else {
        a.text.to_string()
    };
    Ok(Command::Evidence { query, truncated })
}

pub(super) fn parse_config(a: &Args<'_>) -> Result<Command, Problem> {
    let mut parts = a.text.splitn(2, char::is_whitespace);
    let key = parts
        .next()
        .filter(|k| !k.is_empty())
        .map(|k| k.to_lowercase());
    let value = parts
        .next()
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(String::from);
    Ok(Command::Config { key, value })
}

pub(super) fn parse_feedback(a: &Args<'_>) -> Result<Command, Problem> {
    if a.text.is_empty() {
        return Err(Problem::WhatYouWereLookingFor);
    }
    Ok(Command::Feedback {
        text: a.text.chars().take(MAX_QUERY_CHARS).collect(),
    })
}

pub(super) fn parse_gaps(a: &Args<'_>) -> Result<Command, Problem> {
    match a.words.as_slice() {
        [] => Ok(Command::Gaps { since: None }),
        [w] => {
            let value = w.strip_prefix("since:").unwrap_or(w);
            crate::curation::parse_since(value, 0).map_err(Problem::Period)?;
            Ok(Command::Gaps {
                since: Some(value.to_string()),
            })
        }
        _ => Err(Problem::OnePeriod),
    }
}

pub(super) fn parse_show(a: &Args<'_>) -> Result<Command, Problem> {
    match a.words.as_slice() {
        [id] => Ok(Command::Show {
            id: id.to_lowercase(),
        }),
        [] => Err(Problem::WhichRecord),
        _ => Err(Problem::OneRecord),
    }
}

pub(super) fn parse_reading_list(a: &Args<'_>) -> Result<Command, Problem> {
    let (format, query_words) = match a.words.split_last() {
        Some((last, rest)) if !rest.is_empty() => match Format::parse(last) {
            Some(f) => (f, rest),
            None => (Format::Ris, a.words.as_slice()),
        },
        _ => (Format::Ris, a.words.as_slice()),
    };
    let query = clean(&query_words.join(" "));
    if query.is_empty() {
        return Err(Problem::WhichTopic);
    }
    let query: String = query.chars().take(MAX_QUERY_CHARS).collect();
    Ok(Command::ReadingList { query, format })
}

pub(super) fn parse_cite(a: &Args<'_>) -> Result<Command, Problem> {
    let mut ids = Vec::new();
    let mut format = None;
    for (i, w) in a.words.iter().enumerate() {
        let w = w.trim_matches(|c: char| c == ',' || c == ';');
        match Format::parse(w) {
            Some(f) if i == a.words.len() - 1 && i > 0 => format = Some(f),
            _ => ids.push(w.to_lowercase()),
        }
    }
    if ids.is_empty() {
        return Err(Problem::WhichRecords);
    }
    if ids.len() > MAX_CITE_IDS {
        return Err(Problem::TooManyRecords);
    }
    Ok(Command::Cite { ids, format })
}
