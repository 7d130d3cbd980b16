//! Search: a tantivy index built in RAM from the records, and the ranking that puts the
//! strongest evidence on the question first.
//!
//! The flow for one message: [`crate::understand`] reads it as a question of concepts; a word
//! nobody knows gets a [`spelling`] correction towards the scheme; [`rank`] decides which records
//! are about the question's concepts and orders them by its task, with BM25 over the question's
//! words ([`index`]) as the last word.

mod concepts;
pub mod index;
mod order_key;
mod rank;
pub mod set;
pub mod spelling;
mod traits;

pub use crate::understand::{analyzer, filters};
pub use index::SearchIndex;

use crate::understand::Question;

/// One record about the question.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    /// Position of the record in `Knowledge::records`.
    pub ord: usize,
    /// How well it matches the words: BM25 times (1 + prior); 0 when no word matched.
    pub score: f32,
    /// Always true: every hit is about the question (kept for the JSON interface).
    pub direct: bool,
    /// The record has only a broader intervention than the one asked about: a review or
    /// guideline of video feedback in general, for a question about VIG.
    pub general: bool,
    /// The parts of the question the record is about, as bits over
    /// [`SearchResult::part_labels`] (the first 64 parts): see [`SearchResult::matched`].
    pub parts: u64,
}

/// A broader concept the knowledge covers, named under a concept it does not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Nearest {
    /// Its id.
    pub id: String,
    /// Its label.
    pub label: String,
    /// How many records have it.
    pub records: usize,
}

/// One part of a question that records cover, when no record covers all parts together.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Apart {
    /// The part's concepts, alternatives of each other, as the bot names them.
    pub labels: Vec<String>,
    /// How many records are about it.
    pub records: usize,
}

/// A concept the question leaves out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Excluded {
    /// The concept, as the bot names it.
    pub label: String,
    /// Narrower interventions the question asked for, kept ("video feedback" other than
    /// "VIG").
    pub except: Vec<String>,
}

/// What a search found.
#[derive(Debug, Clone, Default)]
pub struct SearchResult {
    /// The question as understood (after spelling correction, if any).
    pub question: Question,
    /// The records about the question, in the task's order.
    pub hits: Vec<Hit>,
    /// How many hits there are (all are direct).
    pub direct: usize,
    /// What a hit is about: per part of the question, its concepts (alternatives of each
    /// other), as the bot names them.
    pub required: Vec<Vec<String>>,
    /// What the question said it is not about; records about it are left out.
    pub excluded: Vec<Excluded>,
    /// Concepts of the question that no record covers ("ADHD").
    pub unmatched: Vec<String>,
    /// Per part of the question, its concepts as the bot names them (what [`Hit::parts`]
    /// counts in).
    pub part_labels: Vec<Vec<String>>,
    /// For each of those, the nearest broader concept that records cover.
    pub nearest: Vec<Nearest>,
    /// When records cover each part but none all of them: the parts and their counts.
    pub apart: Vec<Apart>,
    /// The question named no concept, record or filter: it could not be read.
    pub no_concept: bool,
    /// The question names whom it is about, but asks about something no record mentions
    /// ("managing type 1 diabetes in toddlers").
    pub elsewhere: bool,
    /// Words no record and no dictionary knows, as typed.
    pub unrecognised: Vec<String>,
    /// The message with corrected spelling, when a correction was used.
    pub corrected: Option<String>,
    /// The corrections made ("premture" -> "premature").
    pub spelling: Vec<(String, String)>,
}

impl SearchResult {
    /// Number of hits.
    pub fn total(&self) -> usize {
        self.hits.len()
    }

    /// The concepts of the question a hit is about, as the bot names them.
    pub fn matched(&self, hit: &Hit) -> Vec<String> {
        self.part_labels
            .iter()
            .take(64)
            .enumerate()
            .filter(|(i, _)| hit.parts & 1 << i != 0)
            .flat_map(|(_, labels)| labels.iter().cloned())
            .collect()
    }

    /// The hits (all direct), strongest first.
    pub fn direct_hits(&self) -> &[Hit] {
        &self.hits
    }
}
