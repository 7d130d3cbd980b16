//! A concept as lists and maps show it: an id, a label, a description and the words people use
//! for it. Worked out from the concept scheme.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// One topic of the vocabulary.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Topic {
    /// The id that records list in `topics`.
    pub id: String,
    /// A short human label.
    pub label: String,
    /// One plain line saying what the topic covers.
    pub description: String,
    /// Words and phrases people use for it: synonyms, acronyms, spellings.
    #[serde(default)]
    pub terms: Vec<String>,
    /// Names of something more specific inside it: a setting ("NICU"), an instrument ("PBQ"),
    /// a programme or a subgroup ("adoption"). A question that uses one is about the records
    /// that name it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub narrower: Vec<String>,
}

impl Topic {
    /// A concept as a topic: its label with a capital, its scope note, its labels.
    pub fn of_concept(c: &super::vocabulary::Concept) -> Topic {
        let mut label = c.label.clone();
        if let Some(first) = label.get(..1) {
            let upper = first.to_uppercase();
            label.replace_range(..1, &upper);
        }
        Topic {
            id: c.id.clone(),
            label,
            description: c.note.clone().unwrap_or_default(),
            terms: c.alt.clone(),
            narrower: Vec::new(),
        }
    }

    /// Every way of naming the topic: its terms, its narrower terms, and its id read as words
    /// (`perinatal_mental_health` as "perinatal mental health").
    pub fn names(&self) -> impl Iterator<Item = String> + '_ {
        self.terms
            .iter()
            .chain(&self.narrower)
            .cloned()
            .chain(std::iter::once(self.id.replace('_', " ")))
    }
}
