//! Careful spelling correction. A word is corrected only when it is neither in the knowledge
//! (its words, names and acronyms) nor an English word (the Wordnik word list): "premture"
//! becomes "premature", but "panic" is never turned into "manic". The corrected question is
//! searched, and the reply says what was corrected.

use super::index::SearchIndex;
use super::query::ParsedQuery;

/// Whether a word is English, by the Wordnik list (which also holds plurals and inflections).
pub fn is_english(word: &str) -> bool {
    let lower = word.to_lowercase();
    lower.chars().all(|c| c.is_ascii_lowercase()) && wordnik_list::word_exists(&lower)
}

impl SearchIndex {
    /// The knowledge's closest word to a word it does not know, if the word is not English
    /// either: edit distance 1 (a transposition counts as one), 2 for words of 12 letters or
    /// more; ties go to the more frequent word. Short words (under 5 letters) and words with
    /// digits are never corrected: they are acronyms and codes.
    pub fn correction(&self, word: &str) -> Option<String> {
        let word = word.to_lowercase();
        let len = word.chars().count();
        if len < 5
            || word.chars().any(|c| c.is_ascii_digit())
            || self.knows_word(&word)
            || is_english(&word)
        {
            return None;
        }
        let max = if len >= 12 { 2 } else { 1 };
        self.vocab
            .iter()
            .filter(|(v, _)| v.chars().count().abs_diff(len) <= max)
            .map(|(v, n)| (strsim::osa_distance(&word, v), std::cmp::Reverse(*n), v))
            .filter(|(d, _, _)| *d <= max)
            .min()
            .map(|(_, _, v)| v.clone())
    }

    /// Topics close to the slips of the keyboard in a question, suggested when nothing matched.
    pub(crate) fn close_topics(&self, q: &ParsedQuery) -> Vec<String> {
        // Only words that look like a slip of the keyboard: known to neither the knowledge
        // nor English ("pretrm"), never a real word ("weather" is not close to "fathers").
        let slips: Vec<&String> = q
            .residual
            .iter()
            .filter(|w| !self.knows_word(w) && !is_english(w))
            .collect();
        let mut scored: Vec<(f64, String)> = Vec::new();
        for id in &self.topic_ids {
            let id_words = id.replace('_', " ");
            let best = slips
                .iter()
                .map(|w| strsim::jaro_winkler(w, &id_words).max(strsim::jaro_winkler(w, id)))
                .fold(0.0, f64::max);
            if best > 0.8 {
                scored.push((best, id.clone()));
            }
        }
        scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        scored.into_iter().take(3).map(|(_, id)| id).collect()
    }

    /// Whether a word the knowledge lacks is a form of one it has: the two share their first
    /// five letters, or three fifths of the word if longer ("infancy" and "infant",
    /// "intervening" and "intervention"), so the word is not a new subject.
    pub fn variant_of_known(&self, word: &str) -> bool {
        let word = word.to_lowercase();
        let chars: Vec<char> = word.chars().collect();
        if chars.len() < 5 {
            return false;
        }
        let k = (chars.len() * 3).div_ceil(5).max(5);
        let prefix: String = chars[..k].iter().collect();
        self.vocab
            .keys()
            .any(|v| *v != word && v.starts_with(&prefix))
    }
}

/// Replaces whole words (case-insensitively) in text.
pub(crate) fn replace_words(text: &str, corrections: &[(String, String)]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        if !word.is_empty() {
            let lower = word.to_lowercase();
            match corrections.iter().find(|(from, _)| *from == lower) {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_whole_words_only() {
        let c = vec![("premture".to_string(), "premature".to_string())];
        assert_eq!(replace_words("Premture babies?", &c), "premature babies?");
        assert_eq!(replace_words("premtures", &c), "premtures");
    }

    #[test]
    fn english_words_are_english() {
        for w in ["panic", "weather", "sourdough", "toddlers", "Attachment"] {
            assert!(is_english(w), "{w}");
        }
        for w in ["premture", "emdr", "sensitivty", "hoffencamp"] {
            assert!(!is_english(w), "{w}");
        }
    }
}
