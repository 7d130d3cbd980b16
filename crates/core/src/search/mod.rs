//! Search: a tantivy index built in RAM from the records, and the ranking that puts the best
//! evidence first.
//!
//! The flow for one question: [`query::parse`] understands it (scaffolding, topics, filters);
//! unknown words get a spelling correction from the index's own vocabulary; the index scores
//! records with BM25 over boosted fields plus a bonus for the topics the question is about; a
//! small prior for evidence level and recency breaks near-ties; equal scores are ordered by level,
//! year and id so that results never shuffle.

pub mod analyzer;
pub mod index;
pub mod query;

pub use index::SearchIndex;
pub use query::{Filters, ParsedQuery};

/// One ranked record.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    /// Position of the record in `Knowledge::records`.
    pub ord: usize,
    /// Final score: BM25 with the topic bonus, times (1 + prior).
    pub score: f32,
}

/// What a search found.
#[derive(Debug, Clone, Default)]
pub struct SearchResult {
    /// The question as understood (after spelling correction, if any).
    pub query: ParsedQuery,
    /// Every relevant hit, best first.
    pub hits: Vec<Hit>,
    /// The question with corrected spelling, when a correction was used.
    pub corrected: Option<String>,
    /// Spelling suggestions for words that found nothing ("premture" -> "premature").
    pub spelling: Vec<(String, String)>,
    /// Topic ids close to the question, suggested when nothing was found.
    pub suggested_topics: Vec<String>,
}

impl SearchResult {
    /// Number of hits.
    pub fn total(&self) -> usize {
        self.hits.len()
    }
}
