//! The words of a language that frame a question rather than say what it is about
//! (`language/en.yaml`): what marks its task, the asker's own situation, a negation, chat
//! shorthand and filler. Kept as data, beside the concept scheme, so that admins can extend them
//! and the code holds no word lists.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use strum::{EnumIter, EnumString, IntoStaticStr};

/// What a message asks the bot to do.
#[derive(
    Debug,
    Clone,
    Copy,
    Default,
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
    EnumString,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Task {
    /// Does X help Y: the evidence on an effect.
    #[default]
    Effect,
    /// Is it recommended, NICE approved, commissioned: guidelines first.
    Recommendation,
    /// What people made of it: experience and acceptability.
    Experience,
    /// How strong the evidence is as a whole.
    Overall,
    /// The largest trials.
    Largest,
    /// How many studies or trials.
    Count,
    /// Trials that found no effect.
    Null,
    /// Harms and adverse effects.
    Harms,
    /// The dose: how many sessions.
    Dose,
    /// Who delivers it.
    DeliveredBy,
    /// Whether a guideline is current.
    Currency,
    /// Costs and cost-effectiveness.
    Cost,
    /// Dropout and attrition.
    Attrition,
    /// The certainty of the evidence (GRADE).
    Certainty,
    /// A citation asked for in words.
    Citation,
    /// A reading list or a file of references.
    ReadingList,
    /// A chart.
    Chart,
    /// A message that refers to the last answer.
    FollowUp,
    /// Not an evidence question (a greeting, thanks).
    NotAQuestion,
}

impl Task {
    /// The name as written in the language files.
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// One language's words.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Language {
    /// Its ISO 639-1 code ("en"; bokmål is "nb").
    pub language: String,
    /// Its own name ("Nederlands").
    #[serde(default)]
    pub name: String,
    /// The scheme's concepts in this language, by concept id (English labels are in the
    /// scheme itself). Matched in every message, whatever its language, except labels that
    /// are also English words, which count only in messages in this language.
    #[serde(default)]
    pub concepts: BTreeMap<String, LocalConcept>,
    /// Words that never say what a question is about, for a language the built-in stop-word
    /// lists do not have (Welsh).
    #[serde(default)]
    pub stop_words: Vec<String>,
    /// Initial consonant mutations (Welsh): each label is also matched in its mutated forms.
    #[serde(default)]
    pub mutations: Vec<Mutation>,
    /// Words that never say what a question is about, beyond the language's stop-word list:
    /// question scaffolding and chat filler.
    #[serde(default)]
    pub filler: Vec<String>,
    /// Words the index leaves out (the negations are kept, so "not significant" keeps its
    /// meaning).
    #[serde(default)]
    pub index_stop_words: Vec<String>,
    /// Chat shorthand, spelled out before a message is read ("hv": "health visitor").
    #[serde(default)]
    pub shorthand: BTreeMap<String, String>,
    /// Patterns whose match adds words after it ("born at 30 weeks" adds "preterm").
    #[serde(default)]
    pub patterns: Vec<Pattern>,
    /// Per task, the phrases that mark it.
    #[serde(default)]
    pub tasks: BTreeMap<Task, Vec<String>>,
    /// Per citation format (apa, harvard, vancouver, bibtex, ris, csl-json), the words that ask
    /// for it.
    #[serde(default)]
    pub styles: BTreeMap<String, Vec<String>>,
    /// What marks the asker's own situation: a concept inside it is context, not subject.
    #[serde(default)]
    pub asker: Asker,
    /// What marks a concept as left out ("not", "except", "other than").
    #[serde(default)]
    pub negation: Negation,
    /// Words between two concepts that make them alternatives ("or", "vs"): "perinatal mental
    /// health or health visiting services" asks about either.
    #[serde(default)]
    pub alternatives: Vec<String>,
    /// Words that list concepts of one kind ("and"): "VIG with PND, preterm and neglect" asks
    /// about each (a comma between two concepts lists them too).
    #[serde(default)]
    pub lists: Vec<String>,
    /// Words that ask for recent evidence ("latest", "recent studies"): the last few years the
    /// knowledge holds, or the years typed beside them.
    #[serde(default)]
    pub recency: Vec<String>,
    /// Words that ask for evidence newer than something ("more recent", "newer"): after the
    /// last year the message names, or recent evidence when it names none.
    #[serde(default)]
    pub newer: Vec<String>,
    /// Word beginnings in a record's population that mark the people it left out ("exclud").
    #[serde(default)]
    pub exclusion: Vec<String>,
    /// Messages to the bot that are not evidence questions.
    #[serde(default)]
    pub conversation: Conversation,
}

/// A concept's labels in one language.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LocalConcept {
    /// The words people of the language use for it, with the inflected and compound forms they
    /// type (only English plurals are folded).
    pub labels: Vec<String>,
    /// Where the labels come from (a national MeSH, a glossary, the programme's own pages).
    #[serde(default)]
    pub source: String,
    /// Anything an editor should know.
    #[serde(default)]
    pub note: String,
}

/// One consonant's initial mutations: a word beginning with `radical` may be typed beginning
/// with any of the others ("tystiolaeth", "dystiolaeth", "nhystiolaeth", "thystiolaeth").
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Mutation {
    /// The consonant as in the dictionary form.
    pub radical: String,
    /// Its soft mutation ("" for the g that disappears).
    #[serde(default)]
    pub soft: Option<String>,
    /// Its nasal mutation.
    #[serde(default)]
    pub nasal: Option<String>,
    /// Its aspirate mutation.
    #[serde(default)]
    pub aspirate: Option<String>,
}

impl Mutation {
    /// The forms a word may take: itself and each mutation of its first consonant.
    pub fn forms(mutations: &[Mutation], word: &str) -> Vec<String> {
        let mut out = vec![word.to_string()];
        // The longest radical first: "ll" before "l", "rh" before "r".
        let mut by_length: Vec<&Mutation> = mutations.iter().collect();
        by_length.sort_by_key(|m| std::cmp::Reverse(m.radical.len()));
        if let Some(m) = by_length
            .into_iter()
            .find(|m| !m.radical.is_empty() && word.starts_with(m.radical.as_str()))
        {
            let rest = &word[m.radical.len()..];
            for to in [&m.soft, &m.nasal, &m.aspirate].into_iter().flatten() {
                let form = format!("{to}{rest}");
                if !form.is_empty() && !out.contains(&form) {
                    out.push(form);
                }
            }
        }
        out
    }
}

/// Phrases (regular expressions, matched case-insensitively) of messages that are not evidence
/// questions.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Conversation {
    /// Greetings: a one-line reply (with an example question the first time in a room).
    #[serde(default)]
    pub greeting: Vec<String>,
    /// Thanks: a one-line reply.
    #[serde(default)]
    pub thanks: Vec<String>,
    /// "What can you do?": the help.
    #[serde(default)]
    pub capabilities: Vec<String>,
    /// Questions about the knowledge itself (who curates it, how recent, how to suggest a
    /// paper): `!about`.
    #[serde(default)]
    pub about: Vec<String>,
    /// "Are my questions logged?": what the bot keeps (docs/security.md).
    #[serde(default)]
    pub logging: Vec<String>,
    /// Requests the bot cannot do, each with what it cannot do.
    #[serde(default)]
    pub cannot: Vec<CannotDo>,
}

/// A kind of request the bot cannot do.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CannotDo {
    /// What it cannot do, as the reply says it ("watch or comment on video clips").
    pub what: String,
    /// The phrases that ask for it.
    pub patterns: Vec<String>,
}

/// A pattern and the words its match adds.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Pattern {
    /// A regular expression (Rust `regex` syntax), matched case-insensitively.
    pub regex: String,
    /// The words added after each match.
    pub adds: String,
    /// Why.
    #[serde(default)]
    pub note: String,
}

/// The asker's own situation.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Asker {
    /// Phrases before a profession that make it the asker's ("I'm a", "as a").
    #[serde(default)]
    pub before: Vec<String>,
    /// Words after a profession that make it the asker's ("here", "asking").
    #[serde(default)]
    pub after: Vec<String>,
    /// Words after a profession that opens a message that make it the asker's signature ("SW
    /// in a kinship team.", "Commissioner for 0-19 services.").
    #[serde(default)]
    pub opening: Vec<String>,
    /// Possessives that make a profession someone around the asker ("my", "our").
    #[serde(default)]
    pub possessive: Vec<String>,
    /// What the asker needs the answer for ("for a court report", "business case"): the words
    /// of such a phrase are context.
    #[serde(default)]
    pub purposes: Vec<String>,
}

/// What marks a concept as left out.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Negation {
    /// Phrases that negate what follows ("not", "except", "other than").
    #[serde(default)]
    pub words: Vec<String>,
    /// Words that may stand between the negation and the concept ("not about", "not all").
    #[serde(default)]
    pub linking: Vec<String>,
    /// Phrases that end in a negation word without negating ("or not", "not just").
    #[serde(default)]
    pub not_negating: Vec<String>,
}
