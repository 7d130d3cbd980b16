//! Text analysis shared by the index and the query side: tokenising, folding, stop words, stemming.

use std::collections::HashSet;
use std::sync::OnceLock;

use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer,
    StopWordFilter, TextAnalyzer,
};

/// Name under which the index analyzer is registered with tantivy.
pub const ANALYZER: &str = "evidence";

/// The analyzer used for indexed text: simple tokens, at most 40 bytes, lower-cased,
/// ASCII-folded ("Eliëns" = "eliens"), the language's index stop words removed, English
/// stemming.
pub fn index_analyzer(stop_words: &[String]) -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .filter(StopWordFilter::remove(stop_words.iter().cloned()))
        .filter(Stemmer::new(Language::English))
        .build()
}

/// The analyzer for the words of a question: the index analyzer's tokens, stems and folding,
/// without its stop words (the question's filler is already gone, and a stop word would only
/// find nothing). Built once; each caller gets a clone.
pub fn query_analyzer() -> TextAnalyzer {
    static PROTOTYPE: OnceLock<TextAnalyzer> = OnceLock::new();
    PROTOTYPE.get_or_init(|| index_analyzer(&[])).clone()
}

/// Words as typed, lower-cased and ASCII-folded, without stemming: how concept labels and
/// messages are compared word for word.
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

/// Whether a word is English, by the Wordnik list (which also holds plurals and inflections).
pub fn is_english(word: &str) -> bool {
    let lower = word.to_lowercase();
    lower.chars().all(|c| c.is_ascii_lowercase()) && wordnik_list::word_exists(&lower)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_folds_and_keeps_negations() {
        let mut a = index_analyzer(&["was".to_string()]);
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
}
