//! Question understanding: what a person typed becomes words to search, topics it is about, and
//! filters (`kind:rct`, `topic:preterm`, `since:2015`, `year:2010..2016`, `author:fukkink`).
//!
//! Pure functions over text and the topics vocabulary; the index module turns the result into a
//! tantivy query.

use crate::knowledge::model::Kind;
use crate::knowledge::Topic;

use super::analyzer::{self, QUESTION_STOP_WORDS};

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

/// A question, understood.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ParsedQuery {
    /// The text as given (after cleaning).
    pub raw: String,
    /// Content words to search for, lower-case, in the order typed (scaffolding removed).
    pub words: Vec<String>,
    /// Topic ids the question is about, found through the vocabulary's terms.
    pub topics: Vec<String>,
    /// Filters.
    pub filters: Filters,
    /// Problems with filters, as hints for the reply ("unknown kind `rtc`").
    pub problems: Vec<String>,
}

impl ParsedQuery {
    /// True when there is nothing to search for and nothing to filter by.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty() && self.topics.is_empty() && self.filters.is_empty()
    }
}

/// Matches topic terms as word sequences (stemmed), so "premature babies" finds the term
/// "premature baby" and "dads" finds "dad".
#[derive(Debug, Clone, Default)]
pub struct TopicMatcher {
    /// (stemmed words of a term, topic id), longest terms first.
    phrases: Vec<(Vec<String>, String)>,
}

impl TopicMatcher {
    /// Builds the matcher from the vocabulary: each topic's terms and its id read as words.
    pub fn new(topics: &[Topic]) -> Self {
        let mut an = analyzer::phrase_analyzer();
        let mut phrases = Vec::new();
        for t in topics {
            for term in t.names() {
                let toks = analyzer::tokens(&mut an, &term);
                if !toks.is_empty() {
                    phrases.push((toks, t.id.clone()));
                }
            }
        }
        phrases.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.1.cmp(&b.1)));
        phrases.dedup();
        TopicMatcher { phrases }
    }

    /// Topic ids whose terms occur in the text, in order of first appearance, without repeats.
    pub fn topics_in(&self, text: &str) -> Vec<String> {
        let mut an = analyzer::phrase_analyzer();
        let toks = analyzer::tokens(&mut an, text);
        let mut found: Vec<(usize, String)> = Vec::new();
        for (phrase, id) in &self.phrases {
            if found.iter().any(|(_, f)| f == id) {
                continue;
            }
            if let Some(pos) = toks
                .windows(phrase.len())
                .position(|w| w == phrase.as_slice())
            {
                found.push((pos, id.clone()));
            }
        }
        found.sort();
        found.into_iter().map(|(_, id)| id).collect()
    }
}

/// Parses a question. `topics` are the known topic ids, for `topic:` filters.
pub fn parse(text: &str, matcher: &TopicMatcher, topic_ids: &[&str]) -> ParsedQuery {
    let mut q = ParsedQuery {
        raw: text.trim().to_string(),
        ..ParsedQuery::default()
    };
    let mut free = Vec::new();
    for token in text.split_whitespace() {
        match token.split_once(':') {
            Some((name, value)) if is_filter(name) && !value.is_empty() => {
                apply_filter(&mut q, &name.to_ascii_lowercase(), value, topic_ids)
            }
            _ => free.push(token),
        }
    }
    let free_text = free.join(" ");
    // "video interaction guidance" frames nearly every question; it says nothing about the topic.
    let framed = strip_phrase(&free_text.to_lowercase(), "video interaction guidance");
    q.topics = matcher.topics_in(&framed);
    let all_words = analyzer::surface_words(&framed);
    q.words = all_words
        .iter()
        .filter(|w| !QUESTION_STOP_WORDS.contains(&w.as_str()))
        .cloned()
        .collect();
    // A question made only of scaffolding ("VIG?") still means something: search its words.
    if q.words.is_empty() && q.topics.is_empty() {
        q.words = all_words
            .into_iter()
            .filter(|w| !["a", "an", "the", "is", "of", "does", "do", "what"].contains(&w.as_str()))
            .collect();
    }
    q
}

fn strip_phrase(text: &str, phrase: &str) -> String {
    text.replace(phrase, " ")
}

fn is_filter(name: &str) -> bool {
    matches!(
        name.to_ascii_lowercase().as_str(),
        "kind" | "type" | "topic" | "since" | "year" | "author" | "before" | "until"
    )
}

fn apply_filter(q: &mut ParsedQuery, name: &str, value: &str, topic_ids: &[&str]) {
    let value = value.trim_matches(|c: char| c == ',' || c == ';');
    match name {
        "kind" | "type" => {
            for v in value.split(',') {
                match Kind::parse(v) {
                    Some(k) => {
                        if !q.filters.kinds.contains(&k) {
                            q.filters.kinds.push(k);
                        }
                        // "kind:review" means any review: systematic reviews and meta-analyses.
                        if k == Kind::SystematicReview
                            && !q.filters.kinds.contains(&Kind::MetaAnalysis)
                        {
                            q.filters.kinds.push(Kind::MetaAnalysis);
                        }
                    }
                    None => q.problems.push(format!(
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
                q.filters.topics.push(v);
            } else {
                let close: Vec<&str> = topic_ids
                    .iter()
                    .copied()
                    .filter(|t| strsim::levenshtein(t, &v) <= 3 || t.contains(v.as_str()))
                    .collect();
                q.problems.push(if close.is_empty() {
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
            Some(y) => q.filters.year_from = Some(y),
            None => q.problems.push(format!(
                "`since:` needs a year, e.g. since:2015 (got `{value}`)"
            )),
        },
        "before" | "until" => match parse_year(value) {
            Some(y) => {
                q.filters.year_to = Some(if name == "before" {
                    y.saturating_sub(1)
                } else {
                    y
                })
            }
            None => q.problems.push(format!(
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
                        q.filters.year_from = from;
                        q.filters.year_to = to;
                    } else {
                        q.problems.push(format!(
                            "`year:` takes a year or a range, e.g. year:2010..2016 (got `{value}`)"
                        ));
                    }
                }
                None => match parse_year(value) {
                    Some(y) => {
                        q.filters.year_from = Some(y);
                        q.filters.year_to = Some(y);
                    }
                    None => q.problems.push(format!(
                        "`year:` takes a year or a range, e.g. year:2010..2016 (got `{value}`)"
                    )),
                },
            }
        }
        "author" => {
            let v = value.to_lowercase();
            if !v.is_empty() {
                q.filters.authors.push(v);
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

#[cfg(test)]
mod tests {
    use super::*;

    fn topics() -> Vec<Topic> {
        vec![
            Topic {
                id: "preterm".into(),
                label: "Preterm".into(),
                description: String::new(),
                terms: vec!["premature".into(), "born early".into(), "NICU".into()],
            },
            Topic {
                id: "fathers".into(),
                label: "Fathers".into(),
                description: String::new(),
                terms: vec!["dad".into(), "father".into()],
            },
        ]
    }

    fn p(text: &str) -> ParsedQuery {
        let t = topics();
        let m = TopicMatcher::new(&t);
        parse(text, &m, &["preterm", "fathers"])
    }

    #[test]
    fn table() {
        struct Case {
            input: &'static str,
            words: &'static [&'static str],
            topics: &'static [&'static str],
        }
        let cases = [
            Case {
                input: "does VIG help parents of premature babies?",
                words: &["parents", "premature", "babies"],
                topics: &["preterm"],
            },
            Case {
                input: "dads in the NICU",
                words: &["dads", "nicu"],
                topics: &["fathers", "preterm"],
            },
            Case {
                input: "babies born early",
                words: &["babies", "born", "early"],
                topics: &["preterm"],
            },
            Case {
                input: "is video interaction guidance not effective",
                words: &["not", "effective"],
                topics: &[],
            },
            Case {
                input: "VIG",
                words: &["vig"],
                topics: &[],
            },
            Case {
                input: "preterm",
                words: &["preterm"],
                topics: &["preterm"],
            },
        ];
        for c in cases {
            let q = p(c.input);
            assert_eq!(q.words, c.words, "words for {:?}", c.input);
            assert_eq!(q.topics, c.topics, "topics for {:?}", c.input);
        }
    }

    #[test]
    fn filters() {
        let q = p("attachment kind:rct since:2015 author:Fukkink topic:preterm");
        assert_eq!(q.filters.kinds, vec![Kind::Rct]);
        assert_eq!(q.filters.year_from, Some(2015));
        assert_eq!(q.filters.authors, vec!["fukkink"]);
        assert_eq!(q.filters.topics, vec!["preterm"]);
        assert_eq!(q.words, vec!["attachment"]);
        let q = p("year:2010..2016");
        assert_eq!(
            (q.filters.year_from, q.filters.year_to),
            (Some(2010), Some(2016))
        );
        let q = p("kind:review");
        assert_eq!(
            q.filters.kinds,
            vec![Kind::SystematicReview, Kind::MetaAnalysis]
        );
    }

    #[test]
    fn bad_filters_become_hints() {
        let q = p("kind:rtc topic:pretrm since:soon");
        assert_eq!(q.problems.len(), 3, "{:?}", q.problems);
        assert!(q.problems[1].contains("did you mean preterm"));
    }
}
