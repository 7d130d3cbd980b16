//! Follow-ups: a message that continues the asker's last answer in the room ("and for dads?",
//! "only RCTs", "cite the second one", "the first one in Harvard", "more", "can you chart
//! that"), read against that answer's remembered page. Pure: the page comes from the pager.

use std::sync::LazyLock;

use regex::Regex;

use super::pager::Page;
use crate::knowledge::vocabulary::Facet;
use crate::knowledge::Task;
use crate::understand::Question;

/// What a follow-up asks of the last answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FollowUp {
    /// "more", "next", "the rest".
    More,
    /// Citations of records of the last answer, by their numbers there (all it showed when
    /// none is named), in the style asked for (`None`: the room's).
    Cite {
        /// Record ids.
        ids: Vec<String>,
        /// The style or format word as typed ("harvard", "bibtex").
        style: Option<String>,
    },
    /// "why is that one first?": how the last answer was ordered, for the records it showed.
    Why {
        /// The records the last answer showed, in its order.
        ids: Vec<String>,
        /// The last question as typed (its task decides the order).
        query: String,
    },
    /// "can you chart that": the chart of the last question.
    Chart {
        /// The last question as typed.
        query: String,
    },
    /// The last question refined by this one ("Previous question + fathers").
    Refine {
        /// The question to search.
        query: String,
        /// What was added, for the line saying how the message was read.
        added: String,
    },
}

/// Words that open a follow-up whatever else the message names.
static CONNECTOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\W*(and|but|also|only|just|what\s+about|how\s+about|what\s+if|same\s+for|sorry,?\s+i\s+meant|i\s+meant|which\s+of\s+(those|these|them))\b")
        .expect("the connector pattern compiles")
});

static WHY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\W*why\b.{0,40}\b(first|top|number\s+one|1st|ranked|that\s+order|this\s+order|above|higher|before)\b")
        .expect("the why pattern compiles")
});

static MORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\W*(more|next|the\s+rest|show\s+(me\s+)?more|any\s+more|more\s+please|next\s+(ones?|page)|go\s+on)\W*$")
        .expect("the more pattern compiles")
});

/// "the second one", "number 3", "3 and 5", "the last one".
static ORDINAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|1st|2nd|3rd|[4-9]th|10th|\d{1,2})\b")
        .expect("the ordinal pattern compiles")
});

/// Words pointing back at the last answer ("that", "those", "it", "the same").
static BACK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(that|those|these|it|them|the\s+same|this\s+one|that\s+one|one|ones|all\s+of\s+them)\b")
        .expect("the back-reference pattern compiles")
});

/// "only", "just": what follows narrows the last answer.
static ONLY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\b(only|just)\b").expect("the only pattern compiles"));

/// Asking words that add nothing to a refinement.
static POLITE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(can|could|would|will)\s+(you|we|u)\b|\b(please|pls|plz|thanks|thx)\b|\b(only|just)\b|\bshow\s+me\b")
        .expect("the polite pattern compiles")
});

/// Year phrases in words: "since 2015", "drop anything before 2010", "before 2010".
static SINCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(since|after|from)\s+((?:19|20)\d\d)\b").expect("the since pattern compiles")
});
static DROP_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(drop|remove|exclude|leave\s+out|without|no|nothing|not)\b.{0,30}\b(before|older\s+than|prior\s+to|earlier\s+than)\s+((?:19|20)\d\d)\b")
        .expect("the drop-before pattern compiles")
});
static BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(before|until|up\s+to)\s+((?:19|20)\d\d)\b")
        .expect("the before pattern compiles")
});

/// Reads `message` (as `q`) against the asker's last answer, if it is a follow-up of it.
pub fn read(message: &str, q: &Question, last: &Page) -> Option<FollowUp> {
    let text = message.trim();
    if MORE.is_match(text) {
        return Some(FollowUp::More);
    }
    if WHY.is_match(text) {
        let shown = last
            .next
            .clamp(1, last.ids.len().max(1))
            .min(last.ids.len());
        return Some(FollowUp::Why {
            ids: last.ids[..shown].to_vec(),
            query: last.raw.clone(),
        });
    }
    let connector = CONNECTOR.find(text);
    // A message naming its own intervention or people is a new question, unless it opens with
    // a connector ("what about teenagers").
    let own_subject = q
        .concepts
        .iter()
        .any(|m| matches!(m.facet, Facet::Intervention | Facet::Population));
    if own_subject && connector.is_none() {
        return None;
    }
    let numbers = numbers(text, last);
    let backwards = BACK.is_match(text) || !numbers.is_empty();
    if (q.task == Task::Citation || q.style.is_some()) && backwards && !own_subject {
        let ids = if numbers.is_empty() {
            let shown = last.next.clamp(1, last.ids.len());
            last.ids[..shown].to_vec()
        } else {
            numbers
        };
        return Some(FollowUp::Cite {
            ids,
            style: q.style.clone(),
        });
    }
    if q.task == Task::Chart && !own_subject && q.concepts.is_empty() {
        return Some(FollowUp::Chart {
            query: last.raw.clone(),
        });
    }
    let rest = match connector {
        Some(m) => text[m.end()..].trim(),
        None => text,
    };
    let (mut filters, words) = year_filters(rest);
    // "only RCTs": the kinds named become a filter, not just a preference.
    if ONLY.is_match(text) {
        for k in &q.kinds {
            filters = format!("{filters} kind:{}", k.as_str()).trim().to_string();
        }
    }
    let words = POLITE.replace_all(&words, " ").to_string();
    let names_something = !q.concepts.is_empty()
        || !q.soft.is_empty()
        || !q.kinds.is_empty()
        || !q.excluded.is_empty()
        || !filters.is_empty()
        || !crate::understand::filters::filter_text(&q.raw).is_empty();
    if !names_something {
        return None;
    }
    let words = words.split_whitespace().collect::<Vec<_>>().join(" ");
    let added = [words.trim_matches(|c: char| !c.is_alphanumeric()), &filters]
        .iter()
        .filter(|s| !s.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(" ");
    Some(FollowUp::Refine {
        query: format!("{} {added}", last.raw),
        added,
    })
}

/// The records of the last answer a message names by number ("the second one", "3 and 5").
fn numbers(text: &str, last: &Page) -> Vec<String> {
    let mut out = Vec::new();
    for m in ORDINAL.find_iter(text) {
        let w = m.as_str().to_lowercase();
        let n = match w.as_str() {
            "first" | "1st" => 1,
            "second" | "2nd" => 2,
            "third" | "3rd" => 3,
            "fourth" => 4,
            "fifth" => 5,
            "sixth" => 6,
            "seventh" => 7,
            "eighth" => 8,
            "ninth" => 9,
            "tenth" | "10th" => 10,
            "last" => last.next.clamp(1, last.ids.len().max(1)),
            other => other.trim_end_matches("th").parse::<usize>().unwrap_or(0),
        };
        // Years and large numbers are not record numbers.
        if n >= 1 && n <= last.ids.len() {
            let id = last.ids[n - 1].clone();
            if !out.contains(&id) {
                out.push(id);
            }
        }
    }
    out
}

/// Year phrases turned into filters, and the rest of the words.
fn year_filters(text: &str) -> (String, String) {
    let mut filters = Vec::new();
    let mut rest = text.to_string();
    if let Some(c) = DROP_BEFORE.captures(text) {
        filters.push(format!("since:{}", &c[3]));
        rest = rest.replace(&c[0], " ");
    } else if let Some(c) = SINCE.captures(text) {
        filters.push(format!("since:{}", &c[2]));
        rest = rest.replace(&c[0], " ");
    } else if let Some(c) = BEFORE.captures(text) {
        filters.push(format!("before:{}", &c[2]));
        rest = rest.replace(&c[0], " ");
    }
    let rest = rest.split_whitespace().collect::<Vec<_>>().join(" ");
    (filters.join(" "), rest)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page() -> Page {
        Page {
            query: "preterm".into(),
            raw: "premature babies".into(),
            ids: vec!["a".into(), "b".into(), "c".into(), "d".into()],
            total: 4,
            direct: 4,
            general: Vec::new(),
            domains: Vec::new(),
            next: 3,
        }
    }

    #[test]
    fn numbers_name_records_of_the_last_answer() {
        assert_eq!(numbers("cite the second one", &page()), vec!["b"]);
        assert_eq!(numbers("bibtex for 3 and 1", &page()), vec!["c", "a"]);
        assert_eq!(numbers("the last one", &page()), vec!["c"]);
        assert!(numbers("since 2015", &page()).is_empty());
    }

    #[test]
    fn why_first_names_the_records_shown() {
        let q = Question::default();
        assert_eq!(
            read("why is that one first?", &q, &page()),
            Some(FollowUp::Why {
                ids: vec!["a".into(), "b".into(), "c".into()],
                query: "premature babies".into(),
            })
        );
    }

    #[test]
    fn year_phrases_become_filters() {
        assert_eq!(
            year_filters("drop anything before 2010"),
            ("since:2010".into(), "".into())
        );
        assert_eq!(
            year_filters("RCTs since 2015 please"),
            ("since:2015".into(), "RCTs please".into())
        );
    }
}
