//! Search: a tantivy index built in RAM from the records, question understanding, and the
//! ranking that puts the strongest evidence on the question first.
//!
//! The flow for one question: [`query::parse`] understands it with the [`lexicon`] (concepts,
//! kinds of evidence asked for, content words, filters); a word neither the knowledge nor English
//! knows gets a [`spelling`] correction; the index scores records with BM25 over boosted fields;
//! [`rank`] decides which records are about the question (direct) and which only touch it
//! (partial), and orders the direct ones by the evidence ladder.

pub mod analyzer;
pub mod index;
pub mod lexicon;
pub mod query;
mod rank;
pub mod set;
pub mod spelling;
#[cfg(test)]
mod tests;

pub use index::SearchIndex;
pub use query::{Concept, Filters, ParsedQuery};

/// One ranked record.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    /// Position of the record in `Knowledge::records`.
    pub ord: usize,
    /// How well it matches the words: BM25 with the topic bonus, times (1 + prior).
    pub score: f32,
    /// True when the record is about everything the question asks about.
    pub direct: bool,
    /// What of the question the record is about (concepts as typed, and words).
    pub matched: Vec<String>,
}

/// What a search found.
#[derive(Debug, Clone, Default)]
pub struct SearchResult {
    /// The question as understood (after spelling correction, if any).
    pub query: ParsedQuery,
    /// Direct hits, strongest first, then partial hits, best match first.
    pub hits: Vec<Hit>,
    /// How many of the hits are direct (they come first).
    pub direct: usize,
    /// What a direct hit is about: the question's concepts and words that decided.
    pub required: Vec<String>,
    /// What the question said it is not about, as typed; records about it are left out.
    pub excluded: Vec<String>,
    /// Phrases of the question that nothing in the knowledge is about ("EMDR").
    pub unmatched: Vec<String>,
    /// The question asks about an intervention (or the evidence) as a whole, not about a topic.
    pub general: bool,
    /// The question with corrected spelling, when a correction was used.
    pub corrected: Option<String>,
    /// Spelling suggestions for words that found nothing ("premture" -> "premature").
    pub spelling: Vec<(String, String)>,
    /// Words of the question the knowledge lacks that were left out because the rest names the
    /// subject ("exhausted" in "mum exhausted, wd VIPP-SD help tantrums"), as typed.
    pub ignored: Vec<String>,
    /// Topic ids close to the question, suggested when nothing was found.
    pub suggested_topics: Vec<String>,
}

impl SearchResult {
    /// Number of hits, direct and partial.
    pub fn total(&self) -> usize {
        self.hits.len()
    }

    /// The direct hits, strongest first.
    pub fn direct_hits(&self) -> &[Hit] {
        &self.hits[..self.direct]
    }

    /// The partial hits, best match first.
    pub fn partial_hits(&self) -> &[Hit] {
        &self.hits[self.direct..]
    }
}
