//! Words outside the vocabulary: which a question names a record by (an author and year, a
//! DOI), which no record and no dictionary knows (shown as not recognised), and careful spelling
//! correction. A word is corrected only towards a word of the concept scheme, only when typed in
//! lower case, and only when neither the knowledge nor English knows it: "premture" becomes
//! "premature"; a name such as "Palin" is never turned into an ordinary word.

use crate::understand::Question;

use super::index::SearchIndex;
use super::set::RecordSet;

/// A family name names the records it is on when there are at most this many.
const NAMED_MAX: usize = 4;

pub use crate::understand::analyzer::is_english;

impl SearchIndex {
    /// Whether a surface word occurs anywhere in the knowledge's texts.
    pub(crate) fn knows_word(&self, word: &str) -> bool {
        self.vocab.contains_key(word)
    }

    /// The words of a question typed in lower case that are neither concepts, filler, English,
    /// nor in any record.
    /// (None in a message in another language: its words are not checked against English.)
    pub(crate) fn unrecognised(&self, q: &Question) -> Vec<String> {
        if q.language != crate::locale::Lang::En {
            return Vec::new();
        }
        q.candidates
            .iter()
            .filter(|w| w.chars().all(|c| c.is_lowercase() || c == '-' || c == '\''))
            .filter(|w| !self.knows_word(w) && !is_english(w))
            .cloned()
            .collect()
    }

    /// The scheme's closest word to a word nobody knows: edit distance 1 (a transposition
    /// counts as one), 2 for words of 12 letters or more; ties go to the alphabetically first.
    /// Words under 5 letters and words with digits are never corrected: they are acronyms.
    pub fn correction(&self, word: &str) -> Option<String> {
        let len = word.chars().count();
        if len < 5 || word.chars().any(|c| c.is_ascii_digit()) {
            return None;
        }
        let max = if len >= 12 { 2 } else { 1 };
        self.reader
            .phrases()
            .vocabulary_words(len.saturating_sub(max)..=len + max)
            .map(|v| (strsim::osa_distance(word, v), v))
            .filter(|(d, _)| *d <= max)
            .min()
            .map(|(_, v)| v.to_string())
    }

    /// The records a question names: by a DOI, or by an author's family name and the year
    /// ("Kennedy, Landor & Todd (2011)", "Hoffenkamp 2015").
    pub(crate) fn named(&self, q: &Question) -> RecordSet {
        let raw = q.raw.to_lowercase();
        // Every DOI starts "10."; a message without it names none (and is not compared with
        // every record's DOI).
        if raw.contains("10.") {
            let by_doi = RecordSet::matching(self.len(), |o| {
                !self.dois[o].is_empty() && raw.contains(&self.dois[o])
            });
            if !by_doi.is_empty() {
                return by_doi;
            }
        }
        // A family name or a name in a title ("the Hoffenkamp trial", "the Sunderland model"),
        // of a few records.
        let typed = crate::understand::analyzer::tokens_at(
            &mut crate::understand::analyzer::surface_analyzer(),
            &q.raw,
        );
        let mut by_name = RecordSet::empty(self.len());
        for (i, (w, a, _)) in typed.iter().enumerate() {
            let capital = q.raw[*a..].starts_with(char::is_uppercase);
            let starts = i == 0 || q.raw[..*a].trim_end().ends_with(['.', '?', '!']);
            if w.len() < 3 {
                continue;
            }
            // A family name counts typed with its capital, and not when it is an English word
            // that starts a sentence; a name in a title is never English ("zebrafinch").
            let mut theirs = RecordSet::empty(self.len());
            if capital && !(starts && is_english(w)) {
                for &o in self.by_surname.get(w).into_iter().flatten() {
                    theirs.insert(o as usize);
                }
            }
            for &o in self.names.get(w).into_iter().flatten() {
                theirs.insert(o as usize);
            }
            if (1..=NAMED_MAX).contains(&theirs.len()) {
                by_name.extend(&theirs);
            }
        }
        let years: Vec<u16> = raw
            .split(|c: char| !c.is_ascii_digit())
            .filter(|t| t.len() == 4)
            .filter_map(|t| t.parse().ok())
            .collect();
        let words = crate::understand::analyzer::surface_words(&raw);
        let mut by_year = RecordSet::empty(self.len());
        if !years.is_empty() {
            for w in &words {
                for &o in self.by_surname.get(w).into_iter().flatten() {
                    if years.contains(&self.years[o as usize]) {
                        by_year.insert(o as usize);
                    }
                }
            }
        }
        if by_year.is_empty() {
            by_name
        } else {
            by_year
        }
    }
}

/// Replaces whole words in `text` (case-insensitive), keeping everything else as typed.
pub fn replace_words(text: &str, fixes: &[(String, String)]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        if !word.is_empty() {
            let lower = word.to_lowercase();
            match fixes.iter().find(|(from, _)| *from == lower) {
                Some((_, to)) => out.push_str(to),
                None => out.push_str(word),
            }
            word.clear();
        }
    };
    for c in text.chars() {
        if c.is_alphanumeric() {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.push(c);
        }
    }
    flush(&mut word, &mut out);
    out
}
