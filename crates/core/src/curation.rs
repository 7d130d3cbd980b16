//! The curators' loop, as data: what an `!evidence` answer leaves for the gap log (the question,
//! normalised, and whether any record was about it), votes and comments on answers, and the
//! report that groups the unanswered questions by their key terms. No storage and no Matrix
//! here: the shell keeps the log, this module decides what goes in it and what a report says.

use serde::Serialize;

mod dates;

pub use dates::{day, minute, next_digest, parse_since, parse_weekday};

/// How well the knowledge covered a question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Coverage {
    /// At least one record is about the question.
    Direct,
    /// Records share only part of the question.
    Partial,
    /// No record matched.
    None,
}

impl Coverage {
    /// The word stored in the log and printed in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Coverage::Direct => "direct",
            Coverage::Partial => "partial",
            Coverage::None => "none",
        }
    }

    /// Reads [`Coverage::as_str`] back.
    pub fn parse(s: &str) -> Option<Coverage> {
        match s {
            "direct" => Some(Coverage::Direct),
            "partial" => Some(Coverage::Partial),
            "none" => Some(Coverage::None),
            _ => None,
        }
    }

    /// True when the question belongs in the gap log: nothing direct was found.
    pub fn is_gap(self) -> bool {
        self != Coverage::Direct
    }
}

/// What one answered `!evidence` question leaves for the curators: no user, no event, no room.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Asked {
    /// The question as read: filters taken out, chat shorthand spelled out, lower case, single
    /// spaces.
    pub question: String,
    /// The filters, as typed ("kind:rct since:2015"), or empty.
    pub filters: String,
    /// Concepts of the question that no record covers (their labels, lower case).
    pub unmatched: Vec<String>,
    /// Words typed in lower case that are neither concepts, English, nor in any record: reports
    /// name one only once it was asked on [`WORD_DAYS`] different days (a rare word is often
    /// someone's name).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unrecognised: Vec<String>,
    /// The words that say what the question is about, for grouping: the unmatched words when
    /// there are any (what the knowledge lacks), else the question's content words.
    pub terms: Vec<String>,
    /// How well the knowledge covered it.
    pub coverage: Coverage,
}

/// A vote on an answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Vote {
    /// 👍
    Up,
    /// 👎
    Down,
}

impl Vote {
    /// The word stored in the log.
    pub fn as_str(self) -> &'static str {
        match self {
            Vote::Up => "up",
            Vote::Down => "down",
        }
    }

    /// Reads [`Vote::as_str`] back.
    pub fn parse(s: &str) -> Option<Vote> {
        match s {
            "up" => Some(Vote::Up),
            "down" => Some(Vote::Down),
            _ => None,
        }
    }

    /// The emoji, for reports.
    pub fn emoji(self) -> &'static str {
        match self {
            Vote::Up => "👍",
            Vote::Down => "👎",
        }
    }
}

/// The vote a reaction key means: 👍 or 👎 in any skin tone, with or without the emoji
/// presentation selector, and the `+1`/`-1` some clients send as text.
pub fn vote_of_reaction(key: &str) -> Option<Vote> {
    let base: String = key
        .chars()
        .filter(|c| !matches!(c, '\u{FE0E}' | '\u{FE0F}' | '\u{1F3FB}'..='\u{1F3FF}'))
        .collect();
    match base.trim() {
        "👍" | "+1" | ":+1:" | ":thumbsup:" => Some(Vote::Up),
        "👎" | "-1" | ":-1:" | ":thumbsdown:" => Some(Vote::Down),
        _ => None,
    }
}

/// `!feedback TEXT`: a vote when the text starts with one (👍, 👎, +1, -1, "up", "down",
/// "good", "bad"), and the rest as the comment.
pub fn parse_feedback(text: &str) -> (Option<Vote>, String) {
    let text = text.trim();
    let (first, rest) = match text.split_once(char::is_whitespace) {
        Some((f, r)) => (f, r.trim()),
        None => (text, ""),
    };
    let word = first.trim_end_matches([':', ',', '.', '!']).to_lowercase();
    let vote = vote_of_reaction(&word).or(match word.as_str() {
        "up" | "good" | "helpful" | "useful" | "thanks" => Some(Vote::Up),
        "down" | "bad" | "unhelpful" | "wrong" => Some(Vote::Down),
        _ => None,
    });
    match vote {
        // "wrong" and "good" also begin sentences that are comments in themselves: keep them.
        Some(v) if vote_of_reaction(&word).is_some() || rest.is_empty() => (Some(v), rest.into()),
        Some(v) => (Some(v), text.into()),
        None => (None, text.into()),
    }
}

/// One question of the gap log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GapEntry {
    /// When it was asked (seconds since the epoch, UTC).
    pub at: i64,
    /// What was asked.
    #[serde(flatten)]
    pub asked: Asked,
}

/// A vote or comment on one answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FeedbackEntry {
    /// When it was given (seconds since the epoch, UTC).
    pub at: i64,
    /// The question the answer answered.
    pub question: String,
    /// How well the knowledge covered that question.
    pub coverage: Coverage,
    /// 👍 or 👎, if one was given.
    pub vote: Option<Vote>,
    /// What the practitioner wrote, if anything.
    pub comment: Option<String>,
}

/// Unanswered questions that share their key terms.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Group {
    /// The terms the questions share (what the knowledge seems to lack); empty for the
    /// questions whose only terms are words nothing recognises, asked on fewer than
    /// [`WORD_DAYS`] days.
    pub terms: Vec<String>,
    /// The group of questions whose only terms are words held back (see `terms`).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub held_back: bool,
    /// How many times such a question was asked.
    pub count: usize,
    /// Of those, how many found nothing at all (the rest found only partial matches).
    pub nothing: usize,
    /// When one was last asked.
    pub latest: i64,
    /// Up to three of the questions, latest first, each once.
    pub questions: Vec<String>,
    /// Filters used with them, each once.
    pub filters: Vec<String>,
}

/// What `!gaps`, the weekly digest and `evidence-bot gaps` report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Report {
    /// Start of the period (seconds since the epoch).
    pub since: i64,
    /// End of the period.
    pub until: i64,
    /// Unanswered questions in the period.
    pub unanswered: usize,
    /// Of those, how many found nothing at all.
    pub nothing: usize,
    /// The unanswered questions grouped, most frequent first.
    pub groups: Vec<Group>,
    /// 👍 on answers in the period.
    pub votes_up: usize,
    /// 👎 on answers in the period.
    pub votes_down: usize,
    /// The latest comments (after a 👎 or with `!feedback`), latest first.
    pub comments: Vec<FeedbackEntry>,
}

/// On how many different days a word nothing recognises must be asked before a report names
/// it as something the knowledge lacks.
pub const WORD_DAYS: usize = 3;

/// Most comments a report lists.
pub const REPORT_COMMENTS: usize = 5;

/// Groups the gap log's questions and summarises the feedback of a period. The log keeps days
/// (an entry's time is its day's start, 00:00 UTC), so the period runs from the start of the
/// day of `since`: a digest repeats what the previous one saw of its own day, rather than lose
/// what came after it.
pub fn report(gaps: &[GapEntry], feedback: &[FeedbackEntry], since: i64, until: i64) -> Report {
    let from = since.div_euclid(86_400) * 86_400;
    let mut in_period: Vec<&GapEntry> = gaps
        .iter()
        .filter(|g| g.at >= from && g.at <= until && g.asked.coverage.is_gap())
        .collect();
    in_period.sort_by_key(|g| std::cmp::Reverse(g.at));
    let held = held_back_words(gaps);
    let mut held_back: Vec<&GapEntry> = Vec::new();
    let mut groups: Vec<(Vec<String>, Vec<&GapEntry>)> = Vec::new();
    // Latest first, so each group's label is set by its most recent question; a question joins
    // the group with which it shares most of its terms (at least half of the smaller set).
    for g in &in_period {
        let own: Vec<String> = g
            .asked
            .terms
            .iter()
            .filter(|t| !held.contains(t.as_str()))
            .cloned()
            .collect();
        // A question whose only terms are words held back joins one group that names none.
        if own.is_empty() && !g.asked.terms.is_empty() {
            held_back.push(g);
            continue;
        }
        let terms = &own;
        let best = groups
            .iter_mut()
            .map(|(label, members)| (shared(label, terms), label, members))
            .filter(|(n, label, _)| *n > 0 && *n * 2 >= label.len().min(terms.len()).max(1))
            .max_by_key(|(n, _, _)| *n);
        match best {
            Some((_, label, members)) => {
                label.retain(|t| terms.contains(t));
                members.push(g);
            }
            None => groups.push((terms.clone(), vec![g])),
        }
    }
    let held_group = (!held_back.is_empty()).then_some(held_back);
    let groups = groups
        .into_iter()
        .map(|(terms, members)| (terms, members, false))
        .chain(held_group.map(|m| (Vec::new(), m, true)));
    let mut out: Vec<Group> = groups
        .map(|(terms, members, held_back)| {
            let mut questions: Vec<String> = Vec::new();
            let mut filters: Vec<String> = Vec::new();
            for m in &members {
                if questions.len() < 3 && !questions.contains(&m.asked.question) {
                    questions.push(m.asked.question.clone());
                }
                if !m.asked.filters.is_empty() && !filters.contains(&m.asked.filters) {
                    filters.push(m.asked.filters.clone());
                }
            }
            Group {
                terms,
                held_back,
                count: members.len(),
                nothing: members
                    .iter()
                    .filter(|m| m.asked.coverage == Coverage::None)
                    .count(),
                latest: members.iter().map(|m| m.at).max().unwrap_or(0),
                questions,
                filters,
            }
        })
        .collect();
    out.sort_by(|a, b| b.count.cmp(&a.count).then(b.latest.cmp(&a.latest)));

    let period: Vec<&FeedbackEntry> = feedback
        .iter()
        .filter(|f| f.at >= from && f.at <= until)
        .collect();
    let mut comments: Vec<FeedbackEntry> = period
        .iter()
        .filter(|f| f.comment.as_deref().is_some_and(|c| !c.trim().is_empty()))
        .map(|f| (*f).clone())
        .collect();
    comments.sort_by_key(|f| std::cmp::Reverse(f.at));
    comments.truncate(REPORT_COMMENTS);
    Report {
        since,
        until,
        unanswered: in_period.len(),
        nothing: in_period
            .iter()
            .filter(|g| g.asked.coverage == Coverage::None)
            .count(),
        groups: out,
        votes_up: period.iter().filter(|f| f.vote == Some(Vote::Up)).count(),
        votes_down: period.iter().filter(|f| f.vote == Some(Vote::Down)).count(),
        comments,
    }
}

/// The words nothing recognises that were asked on fewer than [`WORD_DAYS`] different days
/// (of the entries given): held back from a report's terms.
fn held_back_words(gaps: &[GapEntry]) -> std::collections::HashSet<&str> {
    let mut days: std::collections::HashMap<&str, Vec<i64>> = std::collections::HashMap::new();
    for g in gaps {
        let day = g.at.div_euclid(86_400);
        for w in &g.asked.unrecognised {
            let seen = days.entry(w.as_str()).or_default();
            if !seen.contains(&day) {
                seen.push(day);
            }
        }
    }
    days.into_iter()
        .filter(|(_, d)| d.len() < WORD_DAYS)
        .map(|(w, _)| w)
        .collect()
}

fn shared(a: &[String], b: &[String]) -> usize {
    a.iter().filter(|t| b.contains(t)).count()
}

/// The report's groups as cases for the relevance set (`tests/data/relevance.yaml`'s format),
/// for an admin to judge: each starts as out of scope, with what the log knows in comments.
pub fn as_eval(report: &Report) -> String {
    let mut out = format!(
        "# Questions from the gap log, {} to {}: judge each against the records.\n\
         # A question the knowledge now covers: list its direct records under `relevant`\n\
         # ({{key, year, grade}}; see the header of tests/data/relevance.yaml) and remove\n\
         # `out_of_scope`. A question it should not cover: keep `out_of_scope: true`.\n",
        day(report.since),
        day(report.until)
    );
    for g in &report.groups {
        for (i, q) in g.questions.iter().enumerate() {
            out.push('\n');
            if i == 0 {
                out.push_str(&format!(
                    "# asked {} time(s), last on {}; key terms: {}\n",
                    g.count,
                    day(g.latest),
                    g.terms.join(", ")
                ));
            }
            out.push_str(&format!(
                "- q: {}\n  relevant: []\n  out_of_scope: true\n",
                yaml_string(q)
            ));
        }
    }
    out
}

/// A string as a double-quoted YAML scalar (questions may hold `:`, `#` or quotes).
fn yaml_string(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".into())
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::Weekday;

    fn gap(at: i64, q: &str, terms: &[&str], coverage: Coverage) -> GapEntry {
        GapEntry {
            at,
            asked: Asked {
                question: q.into(),
                filters: String::new(),
                unmatched: terms.iter().map(|t| t.to_string()).collect(),
                unrecognised: Vec::new(),
                terms: terms.iter().map(|t| t.to_string()).collect(),
                coverage,
            },
        }
    }

    #[test]
    fn a_word_nothing_recognises_is_named_once_asked_on_three_days() {
        let day = 86_400;
        let word = |at: i64, w: &str| {
            let mut g = gap(at, &format!("vig and {w}"), &[w], Coverage::None);
            g.asked.unmatched.clear();
            g.asked.unrecognised = vec![w.into()];
            g
        };
        // "cleft" on days 1, 2 and 2 (two days), "stammer" on days 1, 3 and 5 (three).
        let gaps = vec![
            word(day, "cleft"),
            word(2 * day, "cleft"),
            word(2 * day + 60, "cleft"),
            word(day, "stammer"),
            word(3 * day, "stammer"),
            word(5 * day, "stammer"),
        ];
        let r = report(&gaps, &[], 0, 10 * day);
        let labels: Vec<&Vec<String>> = r.groups.iter().map(|g| &g.terms).collect();
        assert!(labels.contains(&&vec!["stammer".to_string()]), "{labels:?}");
        assert!(
            !labels.iter().any(|l| l.contains(&"cleft".to_string())),
            "{labels:?}"
        );
        let held = r
            .groups
            .iter()
            .find(|g| g.held_back)
            .expect("the cleft questions are counted under a label that does not name it");
        assert_eq!(held.count, 3);
    }

    #[test]
    fn reactions_in_any_skin_tone_are_votes() {
        for k in ["👍", "👍️", "👍🏽", "+1", ":thumbsup:"] {
            assert_eq!(vote_of_reaction(k), Some(Vote::Up), "{k}");
        }
        for k in ["👎", "👎🏿", "-1"] {
            assert_eq!(vote_of_reaction(k), Some(Vote::Down), "{k}");
        }
        for k in ["❤️", "😂", "", "thumbs"] {
            assert_eq!(vote_of_reaction(k), None, "{k}");
        }
    }

    #[test]
    fn feedback_text_may_start_with_a_vote() {
        assert_eq!(
            parse_feedback("👎 I wanted studies on fathers"),
            (Some(Vote::Down), "I wanted studies on fathers".into())
        );
        assert_eq!(parse_feedback("good"), (Some(Vote::Up), String::new()));
        assert_eq!(
            parse_feedback("wrong population, these are all mothers"),
            (
                Some(Vote::Down),
                "wrong population, these are all mothers".into()
            )
        );
        assert_eq!(
            parse_feedback("I needed the NICE guideline"),
            (None, "I needed the NICE guideline".into())
        );
    }

    #[test]
    fn questions_that_share_their_key_terms_are_one_group() {
        let day = 86_400;
        let gaps = vec![
            gap(day, "emdr for ptsd", &["emdr"], Coverage::Partial),
            gap(
                2 * day,
                "does emdr help trauma",
                &["emdr", "trauma"],
                Coverage::None,
            ),
            gap(
                3 * day,
                "weather in london",
                &["weather", "london"],
                Coverage::None,
            ),
            gap(4 * day, "is emdr evidence based", &["emdr"], Coverage::None),
            gap(5 * day, "vig preterm", &["preterm"], Coverage::Direct),
            gap(100 * day, "emdr again", &["emdr"], Coverage::None),
        ];
        let r = report(&gaps, &[], 0, 10 * day);
        // By hand: three EMDR questions in the period, one about the weather; the direct
        // question and the one after the period are not gaps of this report.
        assert_eq!(r.unanswered, 4);
        assert_eq!(r.nothing, 3);
        assert_eq!(r.groups.len(), 2);
        assert_eq!(r.groups[0].terms, vec!["emdr"]);
        assert_eq!(r.groups[0].count, 3);
        assert_eq!(r.groups[0].nothing, 2);
        assert_eq!(r.groups[0].latest, 4 * day);
        assert_eq!(r.groups[0].questions[0], "is emdr evidence based");
        assert_eq!(r.groups[1].terms, vec!["weather", "london"]);
    }

    #[test]
    fn comments_are_the_latest_and_votes_are_counted() {
        let f = |at, vote, comment: Option<&str>| FeedbackEntry {
            at,
            question: "q".into(),
            coverage: Coverage::Direct,
            vote,
            comment: comment.map(String::from),
        };
        let fb = vec![
            f(1, Some(Vote::Up), None),
            f(2, Some(Vote::Down), Some("older")),
            f(3, Some(Vote::Down), Some("newer")),
            f(4, None, Some("  ")),
        ];
        let r = report(&[], &fb, 0, 10);
        assert_eq!((r.votes_up, r.votes_down), (1, 2));
        let c: Vec<_> = r
            .comments
            .iter()
            .map(|c| c.comment.clone().unwrap())
            .collect();
        assert_eq!(c, vec!["newer", "older"]);
    }

    #[test]
    fn eval_cases_read_back_as_relevance_questions() {
        let gaps = vec![gap(
            86_400,
            "what about \"EMDR\": any #evidence?",
            &["emdr"],
            Coverage::None,
        )];
        let yaml = as_eval(&report(&gaps, &[], 0, 2 * 86_400));
        let qs: Vec<crate::eval::Question> = serde_yaml::from_str(&yaml).unwrap();
        assert_eq!(qs.len(), 1);
        assert_eq!(qs[0].q, "what about \"EMDR\": any #evidence?");
        assert!(qs[0].out_of_scope);
        assert!(qs[0].relevant.is_empty());
    }

    #[test]
    fn since_reads_dates_and_spans() {
        let now = 1_764_460_800; // 2025-11-30 00:00 UTC
        assert_eq!(parse_since("2025-11-29", now), Ok(now - 86_400));
        assert_eq!(parse_since("since:7d", now), Ok(now - 7 * 86_400));
        assert_eq!(parse_since("2w", now), Ok(now - 14 * 86_400));
        // humantime's forms (its documented units: a week is 7 days, an hour 3600 s).
        assert_eq!(parse_since("1w 3d", now), Ok(now - 10 * 86_400));
        assert_eq!(parse_since("since:24h", now), Ok(now - 86_400));
        assert_eq!(parse_since("2weeks", now), Ok(now - 14 * 86_400));
        assert!(parse_since("last tuesday", now)
            .unwrap_err()
            .contains("since:2026-11-01"));
        assert_eq!(day(now), "2025-11-30");
    }

    #[test]
    fn a_report_covers_whole_days() {
        // The gap log keeps days: an entry's time is the start (00:00 UTC) of its day. A report
        // from 2025-11-30 14:00 (1_764_460_800 + 14 * 3600) includes that day's entries; the
        // day before is out.
        let day = 86_400;
        let midnight = 1_764_460_800;
        let gaps = vec![
            gap(midnight, "emdr for ptsd", &["emdr"], Coverage::None),
            gap(midnight - day, "yesterday", &["autism"], Coverage::None),
        ];
        let feedback = vec![FeedbackEntry {
            at: midnight,
            question: "emdr for ptsd".into(),
            coverage: Coverage::None,
            vote: Some(Vote::Down),
            comment: Some("trauma therapy".into()),
        }];
        let r = report(&gaps, &feedback, midnight + 14 * 3600, midnight + 15 * 3600);
        assert_eq!(r.unanswered, 1);
        assert_eq!(r.votes_down, 1);
        assert_eq!(r.comments.len(), 1);
    }

    #[test]
    fn a_span_too_far_back_is_an_error_not_an_overflow() {
        // 2025-11-30 00:00 UTC. 99999999999999 days is 8.64e18 s: it fits in an i64 (9.22e18)
        // but lands 274 million years back, no date (the old answer was "since ?."); the weeks
        // and hours overflow i64 (a panic in debug builds). 5000000 days is about 13,690 years:
        // before the year -9999, the first a date can show. `!gaps` checks its span with now = 0.
        let now = 1_764_460_800;
        for span in [
            "since:99999999999999d",
            "99999999999999w",
            "9223372036854775807h",
            "999999999999999999999999d",
            "5000000d",
        ] {
            for at in [now, 0] {
                let problem = parse_since(span, at).unwrap_err();
                assert!(problem.contains("too far back"), "{span}: {problem}");
                assert!(problem.contains("since:2026-11-01"), "{span}: {problem}");
            }
        }
        // 100000 days back is 8,640,000,000 s: in the year 1752, still a date.
        assert_eq!(parse_since("100000d", now), Ok(now - 8_640_000_000));
    }

    #[test]
    fn the_digest_falls_on_the_next_weekday_and_hour() {
        // 2025-11-30 00:00 UTC is a Sunday (checked with `date -d 2025-11-30 +%A`).
        let sunday = 1_764_460_800;
        assert_eq!(parse_weekday("Mon"), Some(Weekday::Monday));
        assert_eq!(parse_weekday("mo"), None);
        assert_eq!(parse_weekday("funday"), None);
        assert_eq!(
            next_digest(sunday, Weekday::Monday, 9),
            sunday + 86_400 + 9 * 3600
        );
        assert_eq!(next_digest(sunday, Weekday::Sunday, 9), sunday + 9 * 3600);
        // At 10:00 on Sunday the Sunday 09:00 digest is a week away.
        assert_eq!(
            next_digest(sunday + 10 * 3600, Weekday::Sunday, 9),
            sunday + 7 * 86_400 + 9 * 3600
        );
    }
}
