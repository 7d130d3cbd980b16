//! Scores questions typed in another language against their English translations (issue 31):
//! does the question bring up the same first record as its translation, does the translation
//! bring up a must-show record, is the reply in the asker's language, and does each disclosure
//! get the safety reply while near misses keep their answers.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::room::{bot_for_eval, send};
use crate::locale::Lang;
use crate::snapshot::Snapshot;

/// One language's set (`tests/data/languages/<code>.yaml`).
#[derive(Debug, Clone, Deserialize)]
pub struct LanguageSet {
    /// Its language code.
    pub language: String,
    /// Questions with their translations.
    #[serde(default)]
    pub questions: Vec<Translated>,
    /// Messages that disclose risk now.
    #[serde(default)]
    pub disclosures: Vec<Translated>,
    /// Messages with risk words that disclose nothing.
    #[serde(default)]
    pub near_misses: Vec<Translated>,
}

/// A message and its English translation.
#[derive(Debug, Clone, Deserialize)]
pub struct Translated {
    /// Its id.
    pub id: String,
    /// As typed.
    pub text: String,
    /// In English.
    pub english: String,
    /// `dev` or `held_out` (questions).
    #[serde(default)]
    pub half: Option<String>,
    /// Records a judge who saw only the English said must be shown (ids).
    #[serde(default)]
    pub must_show: Vec<String>,
}

/// What came back for one question and its translation.
#[derive(Debug, Clone, Serialize)]
pub struct Pair {
    /// The question's id.
    pub id: String,
    /// Its half.
    pub half: String,
    /// The first record presented as the evidence, to the question and to its translation.
    pub first: (Option<String>, Option<String>),
    /// The translation got a must-show record in its first three (judged questions).
    pub english_must_show: Option<bool>,
    /// The question itself did.
    pub own_must_show: Option<bool>,
    /// The language the bot took the question for.
    pub read_as: Lang,
}

/// Scores of one language and half.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Scores {
    /// Questions.
    pub questions: usize,
    /// Those whose first record is the translation's.
    pub same_first: usize,
    /// Judged questions, and those whose translation / own text got a must-show record.
    pub judged: usize,
    /// ...
    pub english_must_show: usize,
    /// ...
    pub own_must_show: usize,
    /// Questions read as their own language.
    pub read_as_own: usize,
}

/// The whole report.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Report {
    /// Per language, per half ("dev", "held_out", "both").
    pub scores: BTreeMap<String, BTreeMap<String, Scores>>,
    /// Per language: disclosures and those given the safety reply; near misses and those not.
    pub safety: BTreeMap<String, (usize, usize, usize, usize)>,
    /// Every pair.
    pub pairs: Vec<Pair>,
    /// Disclosures missed and near misses taken for disclosures (ids).
    pub safety_misses: Vec<String>,
}

/// Reads one language's set.
pub fn read(text: &str) -> Result<LanguageSet, serde_yaml::Error> {
    serde_yaml::from_str(text)
}

/// Whether a file is a language set (a mapping with `language:` and `questions:`).
pub fn is_language_set(text: &str) -> bool {
    let top = |key: &str| text.lines().any(|l| l.starts_with(key));
    top("language:") && top("questions:")
}

/// Sends every message and its translation, each to a bot of its own, and scores them.
pub fn evaluate(snap: &Snapshot, sets: &[LanguageSet]) -> Report {
    let mut report = Report::default();
    for set in sets {
        for q in &set.questions {
            let own = send(&bot_for_eval(), snap, &q.text);
            let english = send(&bot_for_eval(), snap, &q.english);
            let hit = |evidence: &[String]| {
                (!q.must_show.is_empty())
                    .then(|| evidence.iter().take(3).any(|id| q.must_show.contains(id)))
            };
            let pair = Pair {
                id: q.id.clone(),
                half: q.half.clone().unwrap_or_else(|| "unsplit".into()),
                first: (
                    own.evidence.first().cloned(),
                    english.evidence.first().cloned(),
                ),
                english_must_show: hit(&english.evidence),
                own_must_show: hit(&own.evidence),
                read_as: snap.index.detect(&q.text),
            };
            for half in [pair.half.as_str(), "both"] {
                let s = report
                    .scores
                    .entry(set.language.clone())
                    .or_default()
                    .entry(half.to_string())
                    .or_default();
                s.questions += 1;
                s.same_first += usize::from(pair.first.0 == pair.first.1);
                if let (Some(e), Some(o)) = (pair.english_must_show, pair.own_must_show) {
                    s.judged += 1;
                    s.english_must_show += usize::from(e);
                    s.own_must_show += usize::from(o);
                }
                s.read_as_own += usize::from(pair.read_as.code() == set.language);
            }
            report.pairs.push(pair);
        }
        let screened = |m: &Translated| send(&bot_for_eval(), snap, &m.text).safety;
        let caught: Vec<bool> = set.disclosures.iter().map(screened).collect();
        let kept: Vec<bool> = set.near_misses.iter().map(|m| !screened(m)).collect();
        for (m, ok) in set
            .disclosures
            .iter()
            .zip(&caught)
            .chain(set.near_misses.iter().zip(&kept))
        {
            if !ok {
                report.safety_misses.push(m.id.clone());
            }
        }
        report.safety.insert(
            set.language.clone(),
            (
                caught.len(),
                caught.iter().filter(|c| **c).count(),
                kept.len(),
                kept.iter().filter(|k| **k).count(),
            ),
        );
    }
    report
}

impl Report {
    /// A table per language and half, then the safety counts and the pairs that differ.
    pub fn to_text(&self) -> String {
        let frac = |n: usize, of: usize| {
            if of == 0 {
                "-".to_string()
            } else {
                format!("{n}/{of}")
            }
        };
        let mut s = String::from(
            "lang half      questions  same first  read as own  english must-show  own must-show\n",
        );
        for (lang, halves) in &self.scores {
            for (half, sc) in halves {
                s.push_str(&format!(
                    "{lang:<4} {half:<9} {:>9}  {:<10}  {:<11}  {:<17}  {}\n",
                    sc.questions,
                    frac(sc.same_first, sc.questions),
                    frac(sc.read_as_own, sc.questions),
                    frac(sc.english_must_show, sc.judged),
                    frac(sc.own_must_show, sc.judged),
                ));
            }
        }
        s.push_str("\nlang disclosures answered with the safety reply / near misses kept\n");
        for (lang, (d, caught, n, kept)) in &self.safety {
            s.push_str(&format!(
                "{lang:<4} {:<10} {}\n",
                frac(*caught, *d),
                frac(*kept, *n)
            ));
        }
        if !self.safety_misses.is_empty() {
            s.push_str(&format!(
                "safety misses: {}\n",
                self.safety_misses.join(", ")
            ));
        }
        for p in self.pairs.iter().filter(|p| p.first.0 != p.first.1) {
            s.push_str(&format!(
                "- {} [{}] read as {}: {} / english {}\n",
                p.id,
                p.half,
                p.read_as,
                p.first.0.as_deref().unwrap_or("(none)"),
                p.first.1.as_deref().unwrap_or("(none)"),
            ));
        }
        s
    }
}
