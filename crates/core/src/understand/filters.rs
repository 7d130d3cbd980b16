//! Filters written in a question: `kind:rct`, `topic:preterm`, `since:2015`,
//! `year:2010..2016`, `author:fukkink`. Taken out before the rest is read.

use crate::knowledge::model::Kind;

/// Filters written in the query.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filters {
    /// `kind:rct` (several kinds widen the filter).
    pub kinds: Vec<Kind>,
    /// `topic:preterm` (all must match).
    pub topics: Vec<String>,
    /// `since:2015` or the lower end of `year:2010..2016`.
    pub year_from: Option<u16>,
    /// The upper end of `year:2010..2016`, or `year:2015` alone.
    pub year_to: Option<u16>,
    /// `author:fukkink` (all must match).
    pub authors: Vec<String>,
}

impl Filters {
    /// True when no filter is set.
    pub fn is_empty(&self) -> bool {
        self == &Filters::default()
    }
}

/// The filters written in a text, taken out: the rest of the text, the filters and the
/// problems with them ("unknown kind `rtc`"). `topic_ids` are the concept ids a `topic:` filter
/// may name.
pub fn split_filters(text: &str, topic_ids: &[&str]) -> (String, Filters, Vec<String>) {
    let mut filters = Filters::default();
    let mut problems = Vec::new();
    let mut free = Vec::new();
    for token in text.split_whitespace() {
        match token.split_once(':') {
            Some((name, value)) if is_filter(name) && !value.is_empty() => apply_filter(
                &mut filters,
                &mut problems,
                &name.to_ascii_lowercase(),
                value,
                topic_ids,
            ),
            _ => free.push(token),
        }
    }
    (free.join(" "), filters, problems)
}

/// The filters as typed, lower case ("kind:rct since:2015"), or empty.
pub fn filter_text(text: &str) -> String {
    text.split_whitespace()
        .filter(|t| {
            t.split_once(':')
                .is_some_and(|(n, v)| is_filter(n) && !v.is_empty())
        })
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

fn is_filter(name: &str) -> bool {
    matches!(
        name.to_ascii_lowercase().as_str(),
        "kind" | "type" | "topic" | "since" | "year" | "author" | "before" | "until"
    )
}

fn apply_filter(
    filters: &mut Filters,
    problems: &mut Vec<String>,
    name: &str,
    value: &str,
    topic_ids: &[&str],
) {
    let value = value.trim_matches(|c: char| c == ',' || c == ';');
    match name {
        "kind" | "type" => {
            for v in value.split(',') {
                match Kind::parse(v) {
                    Some(k) => {
                        if !filters.kinds.contains(&k) {
                            filters.kinds.push(k);
                        }
                        // "kind:review" means any review: systematic reviews and meta-analyses.
                        if k == Kind::SystematicReview
                            && !filters.kinds.contains(&Kind::MetaAnalysis)
                        {
                            filters.kinds.push(Kind::MetaAnalysis);
                        }
                    }
                    None => problems.push(format!(
                        "unknown kind `{v}` (kinds: {})",
                        Kind::all()
                            .map(|k| k.as_str())
                            .collect::<Vec<_>>()
                            .join(", ")
                    )),
                }
            }
        }
        "topic" => {
            let v = value.to_ascii_lowercase().replace('-', "_");
            if topic_ids.contains(&v.as_str()) {
                filters.topics.push(v);
            } else {
                let close: Vec<&str> = topic_ids
                    .iter()
                    .copied()
                    .filter(|t| strsim::levenshtein(t, &v) <= 3 || t.contains(v.as_str()))
                    .collect();
                problems.push(if close.is_empty() {
                    format!("unknown topic `{value}` (see !topics)")
                } else {
                    format!(
                        "unknown topic `{value}`; did you mean {}?",
                        close.join(", ")
                    )
                });
            }
        }
        "since" => match parse_year(value) {
            Some(y) => filters.year_from = Some(y),
            None => problems.push(format!(
                "`since:` needs a year, e.g. since:2015 (got `{value}`)"
            )),
        },
        "before" | "until" => match parse_year(value) {
            Some(y) => {
                filters.year_to = Some(if name == "before" {
                    y.saturating_sub(1)
                } else {
                    y
                })
            }
            None => problems.push(format!(
                "`{name}:` needs a year, e.g. {name}:2015 (got `{value}`)"
            )),
        },
        "year" => {
            let range = value.split_once("..").or_else(|| value.split_once('-'));
            match range {
                Some((a, b)) => {
                    let from = if a.is_empty() { None } else { parse_year(a) };
                    let to = if b.is_empty() { None } else { parse_year(b) };
                    if (a.is_empty() || from.is_some()) && (b.is_empty() || to.is_some()) {
                        filters.year_from = from;
                        filters.year_to = to;
                    } else {
                        problems.push(format!(
                            "`year:` takes a year or a range, e.g. year:2010..2016 (got `{value}`)"
                        ));
                    }
                }
                None => match parse_year(value) {
                    Some(y) => {
                        filters.year_from = Some(y);
                        filters.year_to = Some(y);
                    }
                    None => problems.push(format!(
                        "`year:` takes a year or a range, e.g. year:2010..2016 (got `{value}`)"
                    )),
                },
            }
        }
        "author" => {
            let v = value.to_lowercase();
            if !v.is_empty() {
                filters.authors.push(v);
            }
        }
        _ => {}
    }
}

fn parse_year(s: &str) -> Option<u16> {
    s.trim()
        .parse::<u16>()
        .ok()
        .filter(|y| (1800..=2200).contains(y))
}
