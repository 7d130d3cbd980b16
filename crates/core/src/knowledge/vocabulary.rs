//! The concept scheme (`vocabulary/*.yaml`): the concepts of the field in PICO facets, with a
//! preferred label, alternative labels and broader concepts, in the style of SKOS and MeSH. It
//! holds the concepts the knowledge covers and those people ask about that it does not, so that
//! "nothing in the knowledge is about ADHD" can be said exactly.

use std::collections::HashMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use strum::{EnumIter, IntoStaticStr};

use super::model::Kind;

/// One file of the scheme.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct VocabularyFile {
    /// Its concepts.
    pub concepts: Vec<Concept>,
}

/// The facets of a question, as PICO divides it, plus who asks and where.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    JsonSchema,
    IntoStaticStr,
    EnumIter,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Facet {
    /// Who a study is about: people, families, conditions.
    Population,
    /// Where: services, wards, schools, courts.
    Setting,
    /// What was done: programmes, therapies, ways of delivering them.
    Intervention,
    /// What it was compared with.
    Comparison,
    /// What was measured.
    Outcome,
    /// What kind of study or document.
    Kind,
    /// Who delivers or asks: health visitors, social workers.
    Profession,
    /// Where a study was done.
    Country,
}

impl Facet {
    /// The facet's name, as written in the files.
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// One concept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Concept {
    /// Its id: lower case letters, digits and `_`, unique in the scheme. Records name it in
    /// `topics`, findings in `domain`.
    pub id: String,
    /// Its facet.
    pub facet: Option<Facet>,
    /// The preferred label, as the bot names it ("preterm babies", "ADHD").
    pub label: String,
    /// Alternative labels: synonyms, entry terms, abbreviations, spellings, chat forms.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub alt: Vec<String>,
    /// Forms matched only as typed in capitals (acronyms that are also ordinary words).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub acronyms: Vec<String>,
    /// Ids of broader concepts.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub broader: Vec<String>,
    /// Where the concept and its labels were taken from.
    #[serde(default)]
    pub source: String,
    /// A scope note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// For a kind of study: the record kinds it means.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub kinds: Vec<Kind>,
    /// For a country: how records' `country` field begins when the study was done there.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub record_name: Option<String>,
    /// False for a concept most records are about without saying so (mothers, in studies of
    /// "parents"): naming it orders the records but does not narrow them.
    #[serde(default = "yes", skip_serializing_if = "is_true")]
    pub narrows: bool,
}

fn yes() -> bool {
    true
}

fn is_true(b: &bool) -> bool {
    *b
}

impl Concept {
    /// The labels matched in any case: the preferred and the alternative ones.
    pub fn labels(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.label.as_str()).chain(self.alt.iter().map(String::as_str))
    }
}

/// The scheme, with its hierarchy worked out once.
#[derive(Debug, Clone, Default)]
pub struct Vocabulary {
    concepts: Vec<Concept>,
    by_id: HashMap<String, usize>,
    /// Per concept: itself and every broader concept, transitively.
    ancestors: Vec<Vec<u32>>,
}

impl Vocabulary {
    /// The scheme of these concepts. Broader ids that name no concept are ignored (the loader
    /// reports them); a cycle stops where it closes.
    pub fn new(concepts: Vec<Concept>) -> Vocabulary {
        let by_id: HashMap<String, usize> = concepts
            .iter()
            .enumerate()
            .map(|(i, c)| (c.id.clone(), i))
            .collect();
        let parents: Vec<Vec<usize>> = concepts
            .iter()
            .map(|c| {
                c.broader
                    .iter()
                    .filter_map(|b| by_id.get(b).copied())
                    .collect()
            })
            .collect();
        let ancestors = (0..concepts.len())
            .map(|i| {
                let mut seen = vec![i as u32];
                let mut todo = vec![i];
                while let Some(c) = todo.pop() {
                    for &p in &parents[c] {
                        if !seen.contains(&(p as u32)) {
                            seen.push(p as u32);
                            todo.push(p);
                        }
                    }
                }
                seen
            })
            .collect();
        Vocabulary {
            concepts,
            by_id,
            ancestors,
        }
    }

    /// Every concept, in the files' order.
    pub fn concepts(&self) -> &[Concept] {
        &self.concepts
    }

    /// Number of concepts.
    pub fn len(&self) -> usize {
        self.concepts.len()
    }

    /// True when the scheme is empty.
    pub fn is_empty(&self) -> bool {
        self.concepts.is_empty()
    }

    /// The place of a concept by id.
    pub fn index(&self, id: &str) -> Option<usize> {
        self.by_id.get(id).copied()
    }

    /// A concept by id.
    pub fn get(&self, id: &str) -> Option<&Concept> {
        self.index(id).map(|i| &self.concepts[i])
    }

    /// A concept by place.
    pub fn concept(&self, i: usize) -> &Concept {
        &self.concepts[i]
    }

    /// A concept's facet (population when none is written).
    pub fn facet(&self, i: usize) -> Facet {
        self.concepts[i].facet.unwrap_or(Facet::Population)
    }

    /// A concept and all its broader concepts, transitively (itself first).
    pub fn ancestors(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        self.ancestors[i].iter().map(|&a| a as usize)
    }

    /// True when `i` is `of` or narrower than it.
    pub fn is_under(&self, i: usize, of: usize) -> bool {
        self.ancestors[i].contains(&(of as u32))
    }

    /// The country concept a record's `country` field names, by its `record_name` (or label):
    /// the longest that the field begins with.
    pub fn country_of(&self, field: &str) -> Option<usize> {
        let field = field.to_lowercase();
        self.concepts
            .iter()
            .enumerate()
            .filter(|(_, c)| c.facet == Some(Facet::Country))
            .filter_map(|(i, c)| {
                let name = c.record_name.as_deref().unwrap_or(&c.label).to_lowercase();
                field.starts_with(&name).then_some((name.len(), i))
            })
            .max()
            .map(|(_, i)| i)
    }
}
