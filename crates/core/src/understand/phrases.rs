//! The phrase table a message is read with: every label of the concept scheme and every cue of
//! the language file, as words in the singular, looked up longest first at each word.

use std::collections::HashMap;

use super::analyzer;
use crate::knowledge::language::Mutation;
use crate::knowledge::{Language, Task, Vocabulary};

/// What a phrase means.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cue {
    /// A concept of the scheme (by place).
    Concept(usize),
    /// A concept's acronym: it counts only as typed, in capitals (the words as written).
    Acronym(usize, Vec<String>),
    /// A phrase that marks a task.
    Task(Task),
    /// A citation format asked for.
    Style(String),
    /// "I'm a", "as a": what follows is the asker.
    AskerBefore,
    /// "here", "asking": what comes before is the asker.
    AskerAfter,
    /// "in", "for" after a profession that opens a message: its signature ("SW in a kinship
    /// team.").
    Opening,
    /// "my", "our": what follows is someone around the asker.
    Possessive,
    /// "for a court report": what the asker needs the answer for.
    Purpose,
    /// "not", "except": what follows is left out.
    Negation,
    /// "about", "any": may stand between a negation and what it negates.
    Linking,
    /// "or not", "not just": a negation that does not negate.
    NotNegating,
    /// "or", "vs": the concepts on either side are alternatives.
    Alternative,
    /// "and": the concepts on either side, of one kind, are a list of alternatives.
    List,
    /// "latest", "recent studies": recent records.
    Recent,
    /// "more recent", "newer": records newer than the years the message names.
    Newer,
}

/// The table: phrases by their first word, longest first.
#[derive(Debug, Clone, Default)]
pub struct Phrases {
    by_first: HashMap<String, Vec<(Vec<String>, Cue)>>,
    /// The words of concept phrases, once each, sorted, by their length in characters: what
    /// spelling corrects towards, looked up by length at question time.
    by_length: Vec<Vec<String>>,
}

/// A text's words: lower case, accents folded, singular, with their byte offsets.
pub fn words(text: &str) -> Vec<(String, usize, usize)> {
    analyzer::tokens_at(&mut analyzer::surface_analyzer(), text)
        .into_iter()
        .map(|(w, a, b)| (analyzer::singular(&w), a, b))
        .collect()
}

/// A text read for phrases: its words, the words as typed, and where a phrase may not run on
/// from one word to the next (sentence punctuation, brackets and quotes between them).
#[derive(Debug, Clone)]
pub struct Tokens<'a> {
    /// The words (see [`words`]).
    pub normal: Vec<String>,
    /// The words as typed.
    pub typed: Vec<&'a str>,
    /// Byte offsets of each word.
    pub at: Vec<(usize, usize)>,
    /// `stop[i]`: a phrase may not run from word `i` to word `i + 1`.
    pub stop: Vec<bool>,
}

impl<'a> Tokens<'a> {
    /// The tokens of a text.
    pub fn of(text: &'a str) -> Tokens<'a> {
        let w = words(text);
        let stop = (0..w.len())
            .map(|i| {
                w.get(i + 1).is_none_or(|next| {
                    text[w[i].2..next.1]
                        .contains(|c: char| ".,:;!?\"()[]{}\n\u{201c}\u{201d}".contains(c))
                })
            })
            .collect();
        Tokens {
            typed: w.iter().map(|(_, a, b)| &text[*a..*b]).collect(),
            at: w.iter().map(|(_, a, b)| (*a, *b)).collect(),
            normal: w.into_iter().map(|(n, _, _)| n).collect(),
            stop,
        }
    }

    /// Number of words.
    pub fn len(&self) -> usize {
        self.normal.len()
    }

    /// True when there are no words.
    pub fn is_empty(&self) -> bool {
        self.normal.is_empty()
    }
}

/// Whether two languages read each other's one-word labels: the same language, or two of the
/// Scandinavian ones, which a short message does not tell apart and which share their words.
fn kin(a: &str, b: &str) -> bool {
    const SCANDINAVIAN: [&str; 3] = ["nb", "da", "sv"];
    a == b || (SCANDINAVIAN.contains(&a) && SCANDINAVIAN.contains(&b))
}

/// A label and the forms its first word takes under the language's initial mutations.
fn mutated(mutations: &[Mutation], label: &str) -> Vec<String> {
    let (first, rest) = label.split_once(' ').unwrap_or((label, ""));
    Mutation::forms(mutations, first)
        .into_iter()
        .map(|f| {
            if rest.is_empty() {
                f
            } else {
                format!("{f} {rest}")
            }
        })
        .collect()
}

fn normal(text: &str) -> Vec<String> {
    words(text).into_iter().map(|(w, _, _)| w).collect()
}

impl Phrases {
    /// The table for reading a message in one language (`reading`, a code): the scheme's
    /// English labels, every language's concept labels and task words (a label that is also
    /// an English word, such as German "Kind", only when reading its own language), and the
    /// framing words (asker, negation, lists) of English and of the language read.
    pub fn for_reading(
        vocabulary: &Vocabulary,
        english: &Language,
        others: &[Language],
        reading: &str,
    ) -> Phrases {
        let mut all: Vec<(Vec<String>, Cue)> = Vec::new();
        let add = |all: &mut Vec<(Vec<String>, Cue)>, text: &str, cue: Cue| {
            let w = normal(text);
            if !w.is_empty() {
                all.push((w, cue));
            }
        };
        for (i, c) in vocabulary.concepts().iter().enumerate() {
            for label in c.labels() {
                add(&mut all, label, Cue::Concept(i));
            }
            for a in &c.acronyms {
                let typed: Vec<String> = analyzer::tokens_at(&mut analyzer::surface_analyzer(), a)
                    .iter()
                    .map(|(_, s, e)| a[*s..*e].to_string())
                    .collect();
                add(&mut all, a, Cue::Acronym(i, typed));
            }
        }
        // Spelling corrects towards the scheme's English words only.
        let english_concepts = all.len();
        for other in others {
            let own = kin(&other.language, reading);
            // A one-word label is a word of its own language: with accents folded it may be
            // another word of a related one (Norwegian "hørt" is German "Hort"). It is matched in
            // messages of its own language, and in English ones unless it is an English word.
            let usable = |label: &str| {
                own || label.contains(' ') || (reading == "en" && !analyzer::is_english(label))
            };
            for (id, local) in &other.concepts {
                let Some(i) = vocabulary.index(id) else {
                    continue;
                };
                for label in local.labels.iter().filter(|l| usable(l)) {
                    for form in mutated(&other.mutations, &label.to_lowercase()) {
                        add(&mut all, &form, Cue::Concept(i));
                    }
                }
            }
            for (task, phrases) in &other.tasks {
                for p in phrases.iter().filter(|p| usable(p)) {
                    add(&mut all, p, Cue::Task(*task));
                }
            }
            for (style, phrases) in &other.styles {
                for p in phrases.iter().filter(|p| usable(p)) {
                    add(&mut all, p, Cue::Style(style.clone()));
                }
            }
        }
        let framing =
            std::iter::once(english).chain(others.iter().filter(|o| o.language == reading));
        for language in framing {
            Phrases::add_framing(language, &mut |text, cue| add(&mut all, text, cue));
        }
        Phrases::from_entries(all, english_concepts)
    }

    /// A language's task words (English only: other languages' are added with their labels)
    /// and framing words.
    fn add_framing(language: &Language, add: &mut impl FnMut(&str, Cue)) {
        if language.language == "en" {
            for (task, phrases) in &language.tasks {
                for p in phrases {
                    add(p, Cue::Task(*task));
                }
            }
            for (style, phrases) in &language.styles {
                for p in phrases {
                    add(p, Cue::Style(style.clone()));
                }
            }
        }
        let a = &language.asker;
        let n = &language.negation;
        let lists: [(&[String], Cue); 12] = [
            (&language.lists, Cue::List),
            (&language.recency, Cue::Recent),
            (&language.newer, Cue::Newer),
            (&a.opening, Cue::Opening),
            (&language.alternatives, Cue::Alternative),
            (&a.before, Cue::AskerBefore),
            (&a.after, Cue::AskerAfter),
            (&a.possessive, Cue::Possessive),
            (&a.purposes, Cue::Purpose),
            (&n.words, Cue::Negation),
            (&n.linking, Cue::Linking),
            (&n.not_negating, Cue::NotNegating),
        ];
        for (list, cue) in lists {
            for p in list {
                add(p, cue.clone());
            }
        }
    }

    fn from_entries(mut all: Vec<(Vec<String>, Cue)>, english_concepts: usize) -> Phrases {
        let mut words: Vec<&String> = all[..english_concepts]
            .iter()
            .filter(|(_, c)| matches!(c, Cue::Concept(_)))
            .flat_map(|(w, _)| w.iter())
            .collect();
        words.sort_unstable();
        words.dedup();
        let mut by_length: Vec<Vec<String>> = Vec::new();
        for w in words {
            let n = w.chars().count();
            if by_length.len() <= n {
                by_length.resize(n + 1, Vec::new());
            }
            by_length[n].push(w.clone());
        }
        all.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
        all.dedup();
        let mut by_first: HashMap<String, Vec<(Vec<String>, Cue)>> = HashMap::new();
        for (w, cue) in all {
            by_first.entry(w[0].clone()).or_default().push((w, cue));
        }
        Phrases {
            by_first,
            by_length,
        }
    }

    /// The cues of the longest phrase at word `i` and its length in words; a phrase does not
    /// run over sentence punctuation, and an acronym counts only as typed, in capitals.
    pub fn longest_at(&self, t: &Tokens<'_>, i: usize) -> Option<(usize, Vec<Cue>)> {
        let rest = t.normal.get(i..)?;
        let typed = &t.typed;
        let candidates = self.by_first.get(rest.first()?)?;
        let mut found: Option<(usize, Vec<Cue>)> = None;
        for (phrase, cue) in candidates {
            let n = phrase.len();
            if found.as_ref().is_some_and(|(len, _)| n < *len) {
                break;
            }
            if rest.len() < n || rest[..n] != phrase[..] || t.stop[i..i + n - 1].contains(&true) {
                continue;
            }
            if let Cue::Acronym(_, caps) = cue {
                if typed[i..i + n].iter().zip(caps).any(|(t, c)| t != c) {
                    continue;
                }
            }
            match &mut found {
                Some((_, cues)) if !cues.contains(cue) => cues.push(cue.clone()),
                Some(_) => {}
                None => found = Some((n, vec![cue.clone()])),
            }
        }
        found
    }

    /// The words concept phrases use whose length in characters is in `lengths`, each once,
    /// in alphabetical order within a length: what spelling corrects towards.
    pub fn vocabulary_words(
        &self,
        lengths: std::ops::RangeInclusive<usize>,
    ) -> impl Iterator<Item = &str> {
        // No word is longer than the table: a range past it stops there.
        let end = (*lengths.end()).min(self.by_length.len());
        (*lengths.start()..=end)
            .filter_map(|n| self.by_length.get(n))
            .flatten()
            .map(String::as_str)
    }
}
