//! Relevance evaluation: runs a set of practitioners' questions through the search and measures
//! success@3 (a must-have record in the top 3), recall@5 and MRR over the questions the knowledge
//! covers; the share of questions it does not cover that get no direct hit; and the share of
//! covered questions whose first direct hit is their strongest relevant record. Every miss is
//! listed.

pub mod languages;
pub mod room;

use serde::{Deserialize, Serialize};

use crate::knowledge::Record;
use crate::snapshot::Snapshot;

/// One question with its judged records.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// What the practitioner typed after `!evidence`.
    pub q: String,
    /// The records a good answer shows.
    #[serde(default)]
    pub relevant: Vec<Judgement>,
    /// The knowledge does not cover the question: a good answer has no direct hit.
    #[serde(default)]
    pub out_of_scope: bool,
}

/// A judged record: named by a key word (in its id, title, authors, DOI or URL) and year.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Judgement {
    /// A word that appears in the record's id, title, authors, DOI or URL (case-insensitive).
    pub key: String,
    /// The record's year, when the key alone is ambiguous.
    #[serde(default)]
    pub year: Option<u16>,
    /// 3 = must be in the top 3; 2 = relevant, should be in the top 5.
    pub grade: u8,
}

impl Judgement {
    /// Whether a record is the one this judgement names.
    pub fn matches(&self, r: &Record) -> bool {
        if self.year.is_some_and(|y| Some(y) != r.year) {
            return false;
        }
        let key = self.key.to_lowercase();
        let mut hay = vec![r.id.to_lowercase(), r.title.to_lowercase()];
        hay.extend(
            r.authors
                .iter()
                .chain(&r.editors)
                .map(|p| p.family_or_org().to_lowercase()),
        );
        hay.extend(r.doi.iter().map(|d| d.to_lowercase()));
        hay.extend(r.url.iter().map(|u| u.to_lowercase()));
        hay.iter().any(|h| h.contains(&key))
    }
}

/// The outcome for one question.
#[derive(Debug, Clone, Serialize)]
pub struct QuestionResult {
    /// The question.
    pub q: String,
    /// Ids of the top 5 results.
    pub top: Vec<String>,
    /// True when a grade-3 record is in the top 3.
    pub success_at_3: bool,
    /// Share of the relevant records found in the top 5.
    pub recall_at_5: f64,
    /// 1 / rank of the first relevant record (0 when none is in the results).
    pub reciprocal_rank: f64,
    /// Judgements that name no record in the knowledge.
    pub unmatched: Vec<String>,
    /// Whether the question is out of scope.
    pub out_of_scope: bool,
    /// How many hits were direct.
    pub direct: usize,
    /// For a covered question: whether the first direct hit is a relevant record of the
    /// strongest evidence level among its relevant records.
    pub strongest_first: Option<bool>,
}

/// The whole report.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// Number of questions.
    pub questions: usize,
    /// Share of questions with a grade-3 record in the top 3.
    pub success_at_3: f64,
    /// Mean recall@5.
    pub recall_at_5: f64,
    /// Mean reciprocal rank.
    pub mrr: f64,
    /// Questions out of scope.
    pub out_of_scope: usize,
    /// Share of the out-of-scope questions answered with no direct hit (target 1.0).
    pub out_of_scope_honest: f64,
    /// Share of covered questions whose first direct hit is their strongest relevant record.
    pub strongest_first: f64,
    /// Per-question results.
    pub results: Vec<QuestionResult>,
}

/// Whether a question file is a room set (messages with `text`) rather than `q` questions.
pub fn is_room_set(text: &str) -> bool {
    text.lines()
        .map(str::trim_start)
        .find(|l| l.starts_with("- "))
        .is_some_and(|l| l.starts_with("- id:"))
}

/// Reads a question file (YAML list).
pub fn read(text: &str) -> Result<Vec<Question>, serde_yaml::Error> {
    serde_yaml::from_str(text)
}

/// Runs every question and computes the metrics.
pub fn evaluate(snap: &Snapshot, questions: &[Question]) -> Report {
    let records = &snap.knowledge.records;
    let mut results = Vec::new();
    for q in questions {
        let res = snap.index.search(&q.q);
        let ranked: Vec<&Record> = res.hits.iter().map(|h| &records[h.ord]).collect();
        let unmatched = q
            .relevant
            .iter()
            .filter(|j| !records.iter().any(|r| j.matches(r)))
            .map(|j| {
                format!(
                    "{} {}",
                    j.key,
                    j.year.map(|y| y.to_string()).unwrap_or_default()
                )
            })
            .collect();
        let success = ranked
            .iter()
            .take(3)
            .any(|r| q.relevant.iter().any(|j| j.grade >= 3 && j.matches(r)));
        let relevant = q.relevant.iter().filter(|j| j.grade >= 2).count().max(1);
        let found5 = q
            .relevant
            .iter()
            .filter(|j| j.grade >= 2 && ranked.iter().take(5).any(|r| j.matches(r)))
            .count();
        let rr = ranked
            .iter()
            .position(|r| q.relevant.iter().any(|j| j.grade >= 2 && j.matches(r)))
            .map_or(0.0, |i| 1.0 / (i as f64 + 1.0));
        // The strongest level among the question's relevant records, from the records; among
        // those of the kinds asked for, when the question asks for some ("any RCTs of VIG?")
        // and has such records.
        let judged: Vec<&Record> = records
            .iter()
            .filter(|r| q.relevant.iter().any(|j| j.grade >= 2 && j.matches(r)))
            .collect();
        let wanted = &res.question.kinds;
        let of_kind: Vec<&&Record> = judged.iter().filter(|r| wanted.contains(&r.kind)).collect();
        let strongest = if of_kind.is_empty() {
            judged.iter().map(|r| r.evidence_level()).min()
        } else {
            of_kind.iter().map(|r| r.evidence_level()).min()
        };
        let strongest_first = strongest.map(|level| {
            res.direct_hits().first().is_some_and(|h| {
                let r = &records[h.ord];
                r.evidence_level() == level
                    && q.relevant.iter().any(|j| j.grade >= 2 && j.matches(r))
            })
        });
        results.push(QuestionResult {
            q: q.q.clone(),
            top: ranked.iter().take(5).map(|r| r.id.clone()).collect(),
            success_at_3: success,
            recall_at_5: found5 as f64 / relevant as f64,
            reciprocal_rank: rr,
            unmatched,
            out_of_scope: q.out_of_scope,
            direct: res.direct,
            strongest_first,
        });
    }
    let covered: Vec<&QuestionResult> = results.iter().filter(|r| !r.out_of_scope).collect();
    let outside: Vec<&QuestionResult> = results.iter().filter(|r| r.out_of_scope).collect();
    let share = |n: usize, of: usize| if of == 0 { 1.0 } else { n as f64 / of as f64 };
    let n = covered.len();
    let judged: Vec<bool> = covered.iter().filter_map(|r| r.strongest_first).collect();
    Report {
        questions: results.len(),
        success_at_3: share(covered.iter().filter(|r| r.success_at_3).count(), n),
        recall_at_5: covered.iter().map(|r| r.recall_at_5).sum::<f64>() / n.max(1) as f64,
        mrr: covered.iter().map(|r| r.reciprocal_rank).sum::<f64>() / n.max(1) as f64,
        out_of_scope: outside.len(),
        out_of_scope_honest: share(
            outside.iter().filter(|r| r.direct == 0).count(),
            outside.len(),
        ),
        strongest_first: share(judged.iter().filter(|b| **b).count(), judged.len()),
        results,
    }
}

impl Report {
    /// A human-readable summary with every miss.
    pub fn to_text(&self) -> String {
        let mut s = format!(
            "questions: {} ({} out of scope)\nsuccess@3: {:.3}\nrecall@5: {:.3}\nMRR: {:.3}\nout of scope with no direct hit: {:.3}\nfirst direct hit is the strongest relevant: {:.3}\n",
            self.questions,
            self.out_of_scope,
            self.success_at_3,
            self.recall_at_5,
            self.mrr,
            self.out_of_scope_honest,
            self.strongest_first
        );
        let misses: Vec<&QuestionResult> = self
            .results
            .iter()
            .filter(|r| !r.out_of_scope && !r.success_at_3)
            .collect();
        if !misses.is_empty() {
            s.push_str(&format!("\nmisses ({}):\n", misses.len()));
            for m in misses {
                s.push_str(&format!(
                    "- {:?}: top = [{}] (RR {:.2})\n",
                    m.q,
                    m.top.join(", "),
                    m.reciprocal_rank
                ));
            }
        }
        for r in self
            .results
            .iter()
            .filter(|r| r.out_of_scope && r.direct > 0)
        {
            s.push_str(&format!(
                "- out of scope but {} direct: {:?}: top = [{}]\n",
                r.direct,
                r.q,
                r.top.join(", ")
            ));
        }
        for r in self
            .results
            .iter()
            .filter(|r| r.strongest_first == Some(false))
        {
            s.push_str(&format!(
                "- first direct hit is not the strongest relevant: {:?}: top = [{}]\n",
                r.q,
                r.top.join(", ")
            ));
        }
        for r in self.results.iter().filter(|r| !r.unmatched.is_empty()) {
            s.push_str(&format!(
                "warning: {:?} names records not in the knowledge: {}\n",
                r.q,
                r.unmatched.join("; ")
            ));
        }
        s
    }
}
