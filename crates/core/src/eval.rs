//! Relevance evaluation: runs a set of practitioners' questions through the search and measures
//! success@3 (a must-have record in the top 3), recall@5 and MRR, listing every question that
//! misses.

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
    pub relevant: Vec<Judgement>,
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
    /// Per-question results.
    pub results: Vec<QuestionResult>,
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
        results.push(QuestionResult {
            q: q.q.clone(),
            top: ranked.iter().take(5).map(|r| r.id.clone()).collect(),
            success_at_3: success,
            recall_at_5: found5 as f64 / relevant as f64,
            reciprocal_rank: rr,
            unmatched,
        });
    }
    let n = results.len().max(1) as f64;
    Report {
        questions: results.len(),
        success_at_3: results.iter().filter(|r| r.success_at_3).count() as f64 / n,
        recall_at_5: results.iter().map(|r| r.recall_at_5).sum::<f64>() / n,
        mrr: results.iter().map(|r| r.reciprocal_rank).sum::<f64>() / n,
        results,
    }
}

impl Report {
    /// A human-readable summary with every miss.
    pub fn to_text(&self) -> String {
        let mut s = format!(
            "questions: {}\nsuccess@3: {:.3}\nrecall@5: {:.3}\nMRR: {:.3}\n",
            self.questions, self.success_at_3, self.recall_at_5, self.mrr
        );
        let misses: Vec<&QuestionResult> =
            self.results.iter().filter(|r| !r.success_at_3).collect();
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
