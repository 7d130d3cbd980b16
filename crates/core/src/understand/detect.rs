//! Which language a message is written in: it decides only the language of the reply and which
//! language's framing words and stop words read the words outside the vocabulary (concept
//! labels of every language are matched whatever it decides).

use std::sync::LazyLock;

use lingua::{Language as L, LanguageDetector, LanguageDetectorBuilder};

use crate::locale::Lang;

/// Fewer words than this say too little about their language: such a message is read as the
/// room's language (English unless the room chose another).
const MIN_WORDS: usize = 3;

/// How sure the detector must be of English to read a message as English in a room of another
/// language (`SURE`); how sure of another language (`FAIR`), and how unsure of English, before a
/// message is taken for it: chat in English is full of acronyms and names that look
/// foreign, and a wrong switch costs more than a missed one (the labels match either way).
const SURE: f64 = 0.6;
const FAIR: f64 = 0.4;
const ENGLISH_AT_MOST: f64 = 0.2;

static DETECTOR: LazyLock<LanguageDetector> = LazyLock::new(|| {
    LanguageDetectorBuilder::from_languages(&[
        L::English,
        L::Dutch,
        L::German,
        L::Bokmal,
        L::Nynorsk,
        L::Danish,
        L::Swedish,
        L::Welsh,
    ])
    .with_low_accuracy_mode()
    .build()
});

fn lang_of(l: L) -> Lang {
    match l {
        L::Dutch => Lang::Nl,
        L::German => Lang::De,
        // Nynorsk is read with bokmål's words: the bot has no nynorsk of its own.
        L::Bokmal | L::Nynorsk => Lang::Nb,
        L::Danish => Lang::Da,
        L::Swedish => Lang::Sv,
        L::Welsh => Lang::Cy,
        _ => Lang::En,
    }
}

/// The language of a message among those switched on (`enabled`), or `fallback` when the
/// message is too short or the detector is not sure.
pub fn detect(text: &str, enabled: &[Lang], fallback: Lang) -> Lang {
    // Acronyms (VIPP-SD, RCT, NICU) belong to no language and mislead the detector.
    let words: Vec<&str> = text
        .split(|c: char| !c.is_alphabetic() && c != '\'')
        .filter(|w| w.chars().count() > 1 && w.chars().any(char::is_lowercase))
        .collect();
    if words.len() < MIN_WORDS || enabled.len() < 2 {
        return fallback;
    }
    // Most messages are English, and a sentence of another language is rarely made mostly of
    // English words: those are read as English without asking the detector (a tenth of a
    // millisecond per message).
    let english_words = words
        .iter()
        .filter(|w| super::analyzer::is_english(w))
        .count();
    if english_words * 5 >= words.len() * 4 {
        return Lang::En;
    }
    let values = DETECTOR.compute_language_confidence_values(words.join(" "));
    let confidence = |want: Lang| -> f64 {
        values
            .iter()
            .filter(|(l, _)| lang_of(*l) == want)
            .map(|(_, c)| c)
            .sum()
    };
    let english = confidence(Lang::En);
    // Close languages split the detector's confidence on a short message (bokmål, nynorsk,
    // Danish and Swedish), so a related language can come out first: the family with the most
    // confidence is chosen, then its likeliest member.
    let family_of = |l: Lang| match l {
        Lang::Nb | Lang::Da | Lang::Sv => 1,
        other => 2 + other as usize,
    };
    let others: Vec<(Lang, f64)> = enabled
        .iter()
        .copied()
        .filter(|l| *l != Lang::En)
        .map(|l| (l, confidence(l)))
        .collect();
    let family_score = |f: usize| -> f64 {
        others
            .iter()
            .filter(|(l, _)| family_of(*l) == f)
            .map(|(_, c)| c)
            .sum()
    };
    let best = others
        .iter()
        .map(|(l, _)| family_of(*l))
        .max_by(|a, b| family_score(*a).total_cmp(&family_score(*b)))
        .and_then(|f| {
            others
                .iter()
                .filter(|(l, _)| family_of(*l) == f)
                .max_by(|a, b| a.1.total_cmp(&b.1))
                .map(|(l, _)| (*l, family_score(f)))
        });
    match best {
        // Taken when English is unlikely and the language's family is at least a fair guess.
        Some((lang, c)) if c >= FAIR && english <= ENGLISH_AT_MOST => lang,
        _ if english > SURE => Lang::En,
        _ => fallback,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use strum::IntoEnumIterator;

    fn all() -> Vec<Lang> {
        Lang::iter().collect()
    }

    // Sentences written for this test, one per language, each with the field's acronyms
    // in it as people type them.
    #[test]
    fn each_language_is_told_apart() {
        let cases = [
            (
                "Hoe sterk is het bewijs voor Marte Meo bij jonge kinderen?",
                Lang::Nl,
            ),
            (
                "Gibt es randomisierte Studien zu EPB bei Frühgeborenen?",
                Lang::De,
            ),
            (
                "Har VIPP-SD blitt prøvd ut i Norge, og hva fant de?",
                Lang::Nb,
            ),
            (
                "Er der nogen evidens for Marte Meo i Danmark til forældre?",
                Lang::Da,
            ),
            (
                "Finns det forskning om videofeedback för föräldrar med depression?",
                Lang::Sv,
            ),
            (
                "Oes tystiolaeth bod VIG yn helpu rhieni babanod cynamserol?",
                Lang::Cy,
            ),
            ("does VIG help fathers in the NICU?", Lang::En),
        ];
        for (text, want) in cases {
            assert_eq!(detect(text, &all(), Lang::En), want, "{text}");
        }
    }

    #[test]
    fn a_short_scandinavian_message_is_read_as_scandinavian() {
        // The detector alone puts German first for this one (0.41 against Danish 0.39 and
        // bokmål 0.20); the family's share decides.
        let lang = detect(
            "hvor sterk er evidensen for Marte Meo egentlig",
            &all(),
            Lang::En,
        );
        assert!(matches!(lang, Lang::Nb | Lang::Da), "{lang:?}");
    }

    #[test]
    fn short_or_unsure_messages_keep_the_fallback() {
        assert_eq!(detect("VIPP-SD RCT", &all(), Lang::En), Lang::En);
        assert_eq!(detect("preterm babies VIG", &all(), Lang::En), Lang::En);
        assert_eq!(detect("VIPP-SD RCT", &all(), Lang::Nl), Lang::Nl);
    }

    #[test]
    fn a_language_not_switched_on_is_never_chosen() {
        let text = "Hoe sterk is het bewijs voor Marte Meo bij jonge kinderen?";
        assert_eq!(detect(text, &[Lang::En, Lang::De], Lang::En), Lang::En);
    }
}
