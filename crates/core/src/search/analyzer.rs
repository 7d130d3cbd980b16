//! Text analysis shared by the index and the query side: tokenising, folding, stop words, stemming.

use std::collections::HashSet;
use std::sync::OnceLock;

use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer,
    StopWordFilter, TextAnalyzer,
};

/// Name under which the index analyzer is registered with tantivy.
pub const ANALYZER: &str = "evidence";

/// Stop words removed in the index: Lucene's English list *without* the negations ("no", "not"),
/// so that "not significant" keeps its meaning.
pub const INDEX_STOP_WORDS: &[&str] = &[
    "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is", "it",
    "of", "on", "or", "such", "that", "the", "their", "then", "there", "these", "they", "this",
    "to", "was", "will", "with",
];

/// Question scaffolding dropped from what people type before searching: the words that frame a
/// question ("does", "is there evidence", "VIG help") rather than say what it is about. Negations
/// ("no", "not", "without") are deliberately absent.
pub const QUESTION_STOP_WORDS: &[&str] = &[
    "a",
    "about",
    "all",
    "am",
    "an",
    "and",
    "any",
    "anything",
    "are",
    "as",
    "at",
    "be",
    "been",
    "being",
    "best",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "doing",
    "done",
    "evidence",
    "evidenced",
    "find",
    "for",
    "from",
    "get",
    "give",
    "good",
    "had",
    "has",
    "have",
    "help",
    "helped",
    "helpful",
    "helping",
    "helps",
    "how",
    "i",
    "if",
    "in",
    "into",
    "is",
    "it",
    "its",
    "know",
    "latest",
    "list",
    "look",
    "looking",
    "main",
    "me",
    "might",
    "my",
    "of",
    "on",
    "or",
    "our",
    "please",
    "recent",
    "research",
    "say",
    "says",
    "shown",
    "show",
    "shows",
    "should",
    "some",
    "tell",
    "than",
    "that",
    "the",
    "their",
    "them",
    "there",
    "these",
    "they",
    "this",
    "those",
    "to",
    "use",
    "used",
    "useful",
    "using",
    "vig",
    "want",
    "was",
    "we",
    "were",
    "what",
    "whats",
    "when",
    "where",
    "which",
    "who",
    "whom",
    "why",
    "will",
    "with",
    "work",
    "worked",
    "working",
    "works",
    "would",
    "you",
    "your",
];

/// The analyzer used for indexed text: simple tokens, at most 40 bytes, lower-cased,
/// ASCII-folded ("Eliëns" = "eliens"), index stop words removed, English stemming.
/// Built once; each caller gets a clone (queries need one each, and building the stop-word set
/// and stemmer per query would be wasted work on the hot path).
pub fn index_analyzer() -> TextAnalyzer {
    static PROTOTYPE: OnceLock<TextAnalyzer> = OnceLock::new();
    PROTOTYPE.get_or_init(build_index_analyzer).clone()
}

fn build_index_analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .filter(StopWordFilter::remove(
            INDEX_STOP_WORDS.iter().map(|s| s.to_string()),
        ))
        .filter(Stemmer::new(Language::English))
        .build()
}

/// Like the index analyzer but keeping every word: used to match topic phrases
/// ("born early", "mother and baby unit") against a question, word for word.
pub fn phrase_analyzer() -> TextAnalyzer {
    static PROTOTYPE: OnceLock<TextAnalyzer> = OnceLock::new();
    PROTOTYPE.get_or_init(build_phrase_analyzer).clone()
}

fn build_phrase_analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .filter(Stemmer::new(Language::English))
        .build()
}

/// Words as typed, lower-cased and ASCII-folded, without stemming: the same tokens as
/// [`phrase_analyzer`], word for word, so a phrase found on stems can be shown as typed.
pub fn surface_analyzer() -> TextAnalyzer {
    static PROTOTYPE: OnceLock<TextAnalyzer> = OnceLock::new();
    PROTOTYPE
        .get_or_init(|| {
            TextAnalyzer::builder(SimpleTokenizer::default())
                .filter(RemoveLongFilter::limit(40))
                .filter(LowerCaser)
                .filter(AsciiFoldingFilter)
                .build()
        })
        .clone()
}

/// Name under which the surface analyzer is registered with tantivy, for the field of words as
/// written (see [`singular_text`]).
pub const EXACT: &str = "exact";

/// A word's singular by the regular English rules ("babies" → "baby", "mothers" → "mother"),
/// without stemming: "screening" stays "screening", unlike its stem "screen".
pub fn singular(word: &str) -> String {
    let w = word.to_lowercase();
    let n = w.chars().count();
    if n > 4 && w.ends_with("ies") {
        format!("{}y", &w[..w.len() - 3])
    } else if n > 4
        && (w.ends_with("sses") || w.ends_with("shes") || w.ends_with("ches") || w.ends_with("xes"))
    {
        w[..w.len() - 2].to_string()
    } else if n > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && !w.ends_with("is")
        // An acronym is not a plural when dropping its "s" leaves a common word: HADS (the
        // anxiety and depression scale) is not "had".
        && !is_stop_word(&w[..w.len() - 1])
    {
        w[..w.len() - 1].to_string()
    } else {
        w
    }
}

/// Whether a lower-case word is an English stop word (the stopwords-iso list).
fn is_stop_word(w: &str) -> bool {
    static STOP: OnceLock<HashSet<&'static str>> = OnceLock::new();
    STOP.get_or_init(|| stop_words::get("en").iter().copied().collect())
        .contains(w)
}

/// Text as singular words, lower case, separated by spaces: what the exact field indexes.
pub fn singular_text(text: &str) -> String {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(singular)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Runs an analyzer over text and returns the tokens.
pub fn tokens(analyzer: &mut TextAnalyzer, text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut stream = analyzer.token_stream(text);
    while stream.advance() {
        out.push(stream.token().text.clone());
    }
    out
}

/// Runs an analyzer over text and returns the tokens with their byte offsets in the text.
pub fn tokens_at(analyzer: &mut TextAnalyzer, text: &str) -> Vec<(String, usize, usize)> {
    let mut out = Vec::new();
    let mut stream = analyzer.token_stream(text);
    while stream.advance() {
        let t = stream.token();
        out.push((t.text.clone(), t.offset_from, t.offset_to));
    }
    out
}

/// Splits text into lower-case surface words (letters and digits), as a person typed them.
pub fn surface_words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_folds_and_keeps_negations() {
        let mut a = index_analyzer();
        assert_eq!(tokens(&mut a, "Premature babies"), vec!["prematur", "babi"]);
        assert_eq!(
            tokens(&mut a, "was not significant"),
            vec!["not", "signific"]
        );
        assert_eq!(tokens(&mut a, "Eliëns"), vec!["elien"]);
    }

    #[test]
    fn singulars_follow_the_regular_rules_only() {
        assert_eq!(singular("Babies"), "baby");
        assert_eq!(singular("mothers"), "mother");
        assert_eq!(singular("classes"), "class");
        assert_eq!(singular("screening"), "screening");
        assert_eq!(singular("analysis"), "analysis");
        assert_eq!(singular("stress"), "stress");
        assert_eq!(singular("bus"), "bus");
        assert_eq!(singular("HADS"), "hads");
        assert_eq!(
            singular_text("Screened 2,516 records"),
            "screened 2 516 record"
        );
    }

    #[test]
    fn question_stop_words_keep_negations() {
        for w in ["no", "not", "nor", "without"] {
            assert!(!QUESTION_STOP_WORDS.contains(&w), "{w}");
            assert!(!INDEX_STOP_WORDS.contains(&w), "{w}");
        }
    }
}
