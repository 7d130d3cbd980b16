//! The words a question is understood by: the knowledge's two vocabularies (topics and outcome
//! domains, from `topics.yaml` and `outcomes.yaml`), the interventions, the kinds of evidence
//! people ask for, and the shorthand of chat ("hv", "mum w PND", "bby"). Phrases are matched on
//! words in the singular, longest first, so "premature babies" finds the term "premature baby";
//! not on stems, which would let "screen" find "screening".

use crate::knowledge::model::{Intervention, Kind};
use crate::knowledge::Topic;

use super::analyzer;

/// What a phrase of a question names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Meaning {
    /// A topic of `topics.yaml`.
    Topic(String),
    /// An outcome domain of `outcomes.yaml`.
    Outcome(String),
    /// An intervention.
    Intervention(Intervention),
    /// Kinds of evidence asked for ("an RCT", "a review", "NICE").
    Kinds(Vec<Kind>),
    /// Words that frame a question about evidence itself ("strongest", "evidence based").
    Strength,
    /// A narrower term of a topic or domain ("NICU", "PBQ"): the question is about the records
    /// that name it.
    Narrower,
    /// Another named intervention ("CBT", "play therapy", "Triple P"): the question is about the
    /// records that name it, and about nothing when none does.
    OtherIntervention,
    /// Whether gains last ("long term", "still there at school"): the follow-up studies.
    LongTerm,
}

/// The intervention names people use. VIG is named by its acronym in most questions.
const INTERVENTIONS: &[(&str, Intervention)] = &[
    ("VIG", Intervention::Vig),
    ("video interaction guidance", Intervention::Vig),
    ("video interactive guidance", Intervention::Vig),
    ("video-interaction guidance", Intervention::Vig),
    // VIG's own name for the session where parent and guider watch the clips.
    ("shared review", Intervention::Vig),
    ("VERP", Intervention::Verp),
    ("video enhanced reflective practice", Intervention::Verp),
    ("video-enhanced reflective practice", Intervention::Verp),
    ("VIPP", Intervention::Vipp),
    (
        "video-feedback intervention to promote positive parenting",
        Intervention::Vipp,
    ),
    ("VIPP-SD", Intervention::VippSd),
    ("VIPP SD", Intervention::VippSd),
    ("sensitive discipline", Intervention::VippSd),
    ("VIPP-FC", Intervention::VippFc),
    ("VIPP-FC/A", Intervention::VippFc),
    ("video feedback", Intervention::VideoFeedback),
    ("video-feedback", Intervention::VideoFeedback),
    ("video feedback interventions", Intervention::VideoFeedback),
    ("video-based", Intervention::VideoFeedback),
    ("video based", Intervention::VideoFeedback),
    ("video interventions", Intervention::VideoFeedback),
    ("filming", Intervention::VideoFeedback),
];

/// Adaptations of a programme, named after it: about the records that name the adaptation
/// ("VIPP-R" is one trial's VIPP, not the whole family), when there are such records.
const VARIANTS: &[(&str, Intervention)] = &[
    ("VIPP-R", Intervention::Vipp),
    ("VIPP-AUTI", Intervention::Vipp),
    ("VIPP-CC", Intervention::Vipp),
    ("VIPP-PMH", Intervention::Vipp),
];

/// Other interventions and therapies people ask about by name. Records that name one are about
/// it; when none does, the knowledge does not cover the question, whatever else it names.
const OTHER_INTERVENTIONS: &[&str] = &[
    "CBT",
    "cognitive behavioural therapy",
    "cognitive behavioral therapy",
    "EMDR",
    "DBT",
    "dialectical behaviour therapy",
    "play therapy",
    "Theraplay",
    "art therapy",
    "music therapy",
    "family therapy",
    "speech therapy",
    "speech and language therapy",
    "occupational therapy",
    "physiotherapy",
    "counselling",
    "psychotherapy",
    "parent-infant psychotherapy",
    "mentalization-based treatment",
    "MBT",
    "sleep training",
    "baby massage",
    "infant massage",
    "Triple P",
    "Incredible Years",
    "Circle of Security",
    "Family Nurse Partnership",
    "FNP",
    "Mellow Parenting",
    "Mellow Babies",
    "PCIT",
    "parent-child interaction therapy",
    "Attachment and Biobehavioral Catch-up",
    "Attachment and Biobehavioural Catch-up",
    "ABC",
    "Solihull Approach",
    "Marte Meo",
    "medication",
    "mindfulness",
    "hypnotherapy",
    "acupuncture",
];

/// The kinds of evidence people ask for in words.
fn kind_phrases() -> Vec<(&'static str, Vec<Kind>)> {
    let trials = vec![Kind::Rct, Kind::PilotRct];
    let reviews = vec![Kind::SystematicReview, Kind::MetaAnalysis];
    let guidance = vec![Kind::Guideline];
    vec![
        ("RCT", trials.clone()),
        ("RCTs", trials.clone()),
        ("randomised", trials.clone()),
        ("randomized", trials.clone()),
        ("randomised controlled trial", trials.clone()),
        ("randomized controlled trial", trials.clone()),
        ("controlled trial", trials.clone()),
        ("trial", trials.clone()),
        ("trials", trials.clone()),
        ("review", reviews.clone()),
        ("reviews", reviews.clone()),
        ("systematic review", reviews.clone()),
        ("meta-analysis", reviews.clone()),
        ("meta analysis", reviews.clone()),
        ("metaanalysis", reviews.clone()),
        ("meta-analyses", reviews.clone()),
        ("Cochrane", reviews.clone()),
        ("effect size", reviews.clone()),
        ("effect sizes", reviews.clone()),
        ("how big is the effect", reviews.clone()),
        ("how many studies", reviews.clone()),
        ("small studies", reviews.clone()),
        ("quality of the research", reviews.clone()),
        ("body of evidence", reviews.clone()),
        ("guideline", guidance.clone()),
        ("guidelines", guidance.clone()),
        ("guidance", guidance.clone()),
        ("NICE", guidance.clone()),
        ("recommendation", guidance.clone()),
        ("recommendations", guidance.clone()),
        ("recommended", guidance.clone()),
        ("recommend", guidance.clone()),
        ("recommending", guidance.clone()),
        ("recommends", guidance),
        ("pilot", vec![Kind::PilotRct]),
        ("pilot study", vec![Kind::PilotRct]),
        ("feasibility", vec![Kind::PilotRct]),
        ("feasibility study", vec![Kind::PilotRct]),
        (
            "service evaluation",
            vec![Kind::ServiceEvaluation, Kind::PrePost],
        ),
        ("evaluation", vec![Kind::ServiceEvaluation, Kind::PrePost]),
        ("audit", vec![Kind::ServiceEvaluation, Kind::PrePost]),
        ("before and after", vec![Kind::PrePost]),
        ("book", vec![Kind::Book, Kind::Chapter]),
        ("protocol", vec![Kind::Protocol]),
        ("trial protocol", vec![Kind::Protocol]),
        ("study protocol", vec![Kind::Protocol]),
        ("qualitative", vec![Kind::Qualitative]),
        ("cohort", vec![Kind::Cohort]),
    ]
}

/// Words that ask how good the evidence is, rather than what it is about.
const STRENGTH: &[&str] = &[
    "evidence based",
    "evidence-based",
    "evidence base",
    "strongest evidence",
    "strongest",
    "strong",
    "best evidence",
    "robust",
    "definitive",
    "effective",
    "effectiveness",
    "efficacy",
    "proven",
    "does it work",
    "work",
    "works",
    "effect",
    "effects",
    "impact",
    "benefit",
    "benefits",
    "outcomes",
    "quality of the evidence",
];

/// Words that ask whether gains last.
const LONG_TERM: &[&str] = &[
    "long term",
    "long-term",
    "longer term",
    "longer-term",
    "last",
    "lasting",
    "gains last",
    "follow-up",
    "follow up",
    "followed up",
    "sustained",
    "maintained",
    "years later",
    "later on",
    "into primary school",
    "start school",
    "school entry",
    "school age",
    "school-age",
];

/// Who is asking rather than what about ("health visitor", "social worker"): such a phrase
/// narrows the records to the ones about that profession when there are any, and otherwise
/// leaves them be.
pub const ROLES: &[&str] = &[
    "health visitor",
    "health visiting",
    "social worker",
    "social work",
    "educational psychologist",
    "educational psychology",
    "team manager",
    "practitioner",
    "clinician",
    "nurse",
    "midwife",
    "GP",
    "general practitioner",
    "paediatrician",
    "pediatrician",
];

/// A profession that includes another: in the UK a health visitor is a nurse (or midwife) with a
/// further qualification, so "nurse-led" video feedback includes health visitors' own.
pub const KIN: &[(&str, &[&str])] = &[("nurse", &["health visitor", "health visiting"])];

/// The professions a word for a profession includes, as phrases records use.
pub fn kin_of(word: &str) -> &'static [&'static str] {
    KIN.iter()
        .find(|(w, _)| *w == word)
        .map_or(&[], |(_, kin)| kin)
}

/// Chat shorthand, spelled out before a question is read.
pub const SHORTHAND: &[(&str, &str)] = &[
    ("hv", "health visitor"),
    ("hvs", "health visitors"),
    ("sw", "social worker"),
    ("sws", "social workers"),
    ("ep", "educational psychologist"),
    ("eps", "educational psychologists"),
    ("cp", "child protection"),
    ("mum", "mother"),
    ("mums", "mothers"),
    ("mom", "mother"),
    ("moms", "mothers"),
    ("mam", "mother"),
    ("bby", "baby"),
    ("vid", "video"),
    ("ta", "teaching assistant"),
    ("tas", "teaching assistants"),
    ("lo", "little one"),
    ("yr", "year"),
    ("kiddo", "child"),
    ("kiddos", "children"),
    ("dd", "daughter"),
    ("ds", "son"),
    ("vids", "videos"),
    ("bbys", "babies"),
    ("bub", "baby"),
    ("bubs", "babies"),
    ("w", "with"),
    ("wd", "would"),
    ("cd", "could"),
    ("shd", "should"),
    ("abt", "about"),
    ("pls", "please"),
    ("plz", "please"),
    ("thx", "thanks"),
    ("poss", "possible"),
    ("prob", "probably"),
    ("govt", "government"),
    ("mgr", "manager"),
    ("mgrs", "managers"),
    ("hosp", "hospital"),
    ("appt", "appointment"),
    ("appts", "appointments"),
    ("tbh", "to be honest"),
    ("imo", "in my opinion"),
    ("yo", "years old"),
    ("yrs", "years"),
    ("mths", "months"),
    ("wks", "weeks"),
    ("&", "and"),
    ("+", "and"),
];

/// Phrases of a question that mean something, matched on stemmed words.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    /// By first word: (words, meaning), longest first.
    phrases: std::collections::HashMap<String, Vec<(Vec<String>, Meaning)>>,
    /// By topic id: every word of its terms ("hearing" and "loss" of "hearing loss").
    topic_words: std::collections::HashMap<String, std::collections::HashSet<String>>,
}

impl Lexicon {
    /// The lexicon of a knowledge base's vocabularies.
    pub fn new(topics: &[Topic], outcomes: &[Topic]) -> Lexicon {
        let mut phrases: Vec<(Vec<String>, Meaning)> = Vec::new();
        let topic_words = topics
            .iter()
            .map(|t| {
                let words = t.terms.iter().flat_map(|term| normal_words(term)).collect();
                (t.id.clone(), words)
            })
            .collect();
        let mut add = |text: &str, meaning: Meaning| {
            let toks = normal_words(text);
            if !toks.is_empty() {
                phrases.push((toks, meaning));
            }
        };
        for t in topics {
            for term in t.names() {
                add(&term, Meaning::Topic(t.id.clone()));
            }
        }
        for o in outcomes {
            for term in o.names() {
                add(&term, Meaning::Outcome(o.id.clone()));
            }
        }
        for term in topics.iter().chain(outcomes).flat_map(|t| &t.narrower) {
            add(term, Meaning::Narrower);
        }
        for (text, i) in INTERVENTIONS {
            add(text, Meaning::Intervention(*i));
        }
        for (text, i) in VARIANTS {
            add(text, Meaning::Intervention(*i));
            add(text, Meaning::Narrower);
        }
        for (text, kinds) in kind_phrases() {
            add(text, Meaning::Kinds(kinds));
        }
        for text in STRENGTH {
            add(text, Meaning::Strength);
        }
        for text in OTHER_INTERVENTIONS {
            add(text, Meaning::OtherIntervention);
        }
        for text in LONG_TERM {
            add(text, Meaning::LongTerm);
        }
        phrases.sort_by_key(|p| std::cmp::Reverse(p.0.len()));
        phrases.dedup();
        let mut by_first: std::collections::HashMap<String, Vec<(Vec<String>, Meaning)>> =
            std::collections::HashMap::new();
        for p in phrases {
            by_first.entry(p.0[0].clone()).or_default().push(p);
        }
        Lexicon {
            phrases: by_first,
            topic_words,
        }
    }

    /// True when a word (see [`normal_words`]) is part of a term of the topic: "hearing" of
    /// deafness's "hearing loss".
    pub fn is_topic_word(&self, topic: &str, word: &str) -> bool {
        self.topic_words
            .get(topic)
            .is_some_and(|words| words.contains(word))
    }

    /// The meanings of the longest phrase starting at `start` of the words (see
    /// [`normal_words`]), and its length in words; `None` when no phrase starts there.
    pub fn longest_at(&self, words: &[String], start: usize) -> Option<(usize, Vec<Meaning>)> {
        let rest = &words[start..];
        let mut found: Option<(usize, Vec<Meaning>)> = None;
        let candidates = self.phrases.get(rest.first()?)?;
        for (phrase, meaning) in candidates {
            let n = phrase.len();
            if let Some((len, _)) = &found {
                if n < *len {
                    break;
                }
            }
            if rest.len() >= n && rest[..n] == phrase[..] {
                match &mut found {
                    Some((_, ms)) if !ms.contains(meaning) => ms.push(meaning.clone()),
                    Some(_) => {}
                    None => found = Some((n, vec![meaning.clone()])),
                }
            }
        }
        found
    }
}

/// The words of a text as the lexicon compares them: lower case, ASCII-folded, singular.
pub fn normal_words(text: &str) -> Vec<String> {
    analyzer::tokens(&mut analyzer::surface_analyzer(), text)
        .iter()
        .map(|w| analyzer::singular(w))
        .collect()
}

/// The text with chat shorthand spelled out, word by word ("mum w PND" → "mother with PND").
pub fn expand_shorthand(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        if !word.is_empty() {
            let lower = word.to_lowercase();
            // "mum's" is "mother's".
            let (stem, tail) = match lower.strip_suffix("'s") {
                Some(stem) => (stem.to_string(), "'s"),
                None => (lower.clone(), ""),
            };
            match SHORTHAND.iter().find(|(s, _)| *s == stem) {
                Some((_, long)) => {
                    out.push_str(long);
                    out.push_str(tail);
                }
                None => out.push_str(word),
            }
            word.clear();
        }
    };
    for c in text.chars() {
        // A hyphenated name ("VID-KIDS") is one word: its parts are not shorthand.
        if c.is_alphanumeric() || c == '\'' || (c == '-' && !word.is_empty()) {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            // "w/" and a lone "+" or "&" are words of their own in chat.
            match c {
                '/' if out.ends_with("with") => {}
                '+' | '&' => out.push_str(" and "),
                _ => out.push(c),
            }
        }
    }
    flush(&mut word, &mut out);
    mark_young_parent(&mark_gestation(&out))
}

/// Adds "teenage" after a parent's age in the teens ("mum 17", "17yo mum", "mother aged 16")
/// and "first-time" after a first baby ("first bby"), as records name those parents.
fn mark_young_parent(text: &str) -> String {
    let tokens: Vec<&str> = text.split_whitespace().collect();
    let bare = |t: &str| {
        t.trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
    };
    let is_parent = |t: &str| {
        matches!(
            t,
            "mother" | "mothers" | "father" | "fathers" | "dad" | "dads" | "parent" | "parents"
        )
    };
    let teen = |t: &str| {
        let digits: String = t.chars().take_while(char::is_ascii_digit).collect();
        let unit = &t[digits.len()..];
        digits.parse::<u8>().is_ok_and(|n| (12..20).contains(&n))
            && matches!(unit, "" | "yo" | "y" | "yrs")
    };
    let mut out = String::with_capacity(text.len() + 12);
    let mut copied = 0;
    for (i, t) in tokens.iter().enumerate() {
        let b = bare(t);
        let near = |range: std::ops::Range<usize>| {
            tokens[range.start.min(tokens.len())..range.end.min(tokens.len())]
                .iter()
                .any(|t| is_parent(&bare(t)))
        };
        // "baby 15 weeks", "a 17 month old": the age of a child, not of the parent.
        let childs_age = tokens.get(i + 1).is_some_and(|n| {
            let n = bare(n);
            n.starts_with("week")
                || n.starts_with("wk")
                || n.starts_with("month")
                || n.starts_with("mth")
                || n.starts_with("day")
                || n == "mo"
                || n == "m"
        }) || i.checked_sub(1).is_some_and(|p| {
            matches!(
                bare(tokens[p]).as_str(),
                "baby" | "child" | "son" | "daughter" | "toddler" | "infant"
            )
        });
        let added =
            if teen(&b) && !childs_age && (near(i.saturating_sub(2)..i) || near(i + 1..i + 5)) {
                Some(" teenage")
            } else if matches!(b.as_str(), "first" | "1st")
                && tokens.get(i + 1).is_some_and(|n| {
                    matches!(bare(n).as_str(), "baby" | "babies" | "child" | "pregnancy")
                })
            {
                Some(" first-time")
            } else {
                None
            };
        if let Some(word) = added {
            let end = t.as_ptr() as usize - text.as_ptr() as usize + t.len();
            out.push_str(&text[copied..end]);
            out.push_str(word);
            copied = end;
        }
    }
    out.push_str(&text[copied..]);
    out
}

/// Adds "preterm" after a gestational age under 37 weeks, as people write it: "born 30wks",
/// "born at 29 weeks", "a 32 weeker", "28/40". An age ("baby 10 weeks") is not one: weeks
/// count as gestation only after "born" or before "gestation".
fn mark_gestation(text: &str) -> String {
    let tokens: Vec<&str> = text.split_whitespace().collect();
    let bare = |t: &str| {
        t.trim_matches(|c: char| !c.is_alphanumeric() && c != '/')
            .to_lowercase()
    };
    let preterm_weeks = |n: &str| n.parse::<u8>().is_ok_and(|n| (22..37).contains(&n));
    let is_unit = |u: &str| matches!(u, "w" | "wk" | "wks" | "week" | "weeks");
    let is_weeker = |u: &str| matches!(u, "weeker" | "weekers" | "-weeker" | "-weekers");
    let mut out = String::with_capacity(text.len() + 8);
    let mut copied = 0;
    for (i, t) in tokens.iter().enumerate() {
        let b = bare(t);
        let digits: String = b.chars().take_while(char::is_ascii_digit).collect();
        let unit = &b[digits.len()..];
        let next = tokens.get(i + 1).map(|t| bare(t)).unwrap_or_default();
        let born_before = tokens[i.saturating_sub(3)..i]
            .iter()
            .any(|t| bare(t) == "born");
        let gestation_after = next.starts_with("gest");
        let hit = preterm_weeks(&digits)
            && (unit == "/40"
                || is_weeker(unit)
                || (is_unit(unit) && (born_before || gestation_after))
                || (unit.is_empty()
                    && (is_weeker(&next)
                        || (is_unit(&next)
                            && (born_before
                                || tokens
                                    .get(i + 2)
                                    .is_some_and(|t| bare(t).starts_with("gest")))))));
        if hit {
            // The token is a slice of `text`: insert after it, leaving the rest as typed.
            let end = t.as_ptr() as usize - text.as_ptr() as usize + t.len();
            out.push_str(&text[copied..end]);
            out.push_str(" preterm");
            copied = end;
        }
    }
    out.push_str(&text[copied..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_parent_in_their_teens_is_a_teenage_parent() {
        for t in [
            "mother 17, first baby",
            "17yo mother",
            "a 16 year old mother",
            "dad aged 18",
        ] {
            assert!(mark_young_parent(t).contains("teenage"), "{t}");
        }
        for t in [
            "mother of a 17 month old",
            "mother, baby 15 weeks",
            "mother 25",
        ] {
            assert!(!mark_young_parent(t).contains("teenage"), "{t}");
        }
        assert!(mark_young_parent("mother 17, first baby").contains("first-time"));
    }

    #[test]
    fn gestational_ages_under_37_weeks_mean_preterm() {
        for t in [
            "twins born 30wks now home",
            "born at 29 weeks",
            "a 32 weeker",
            "bby 28/40 on SCBU",
            "33 weeks gestation",
        ] {
            assert!(mark_gestation(t).contains("preterm"), "{t}");
        }
        for t in [
            "bby 10wks",
            "baby 12 weeks old",
            "born at 39 weeks",
            "40 weeks gestation",
        ] {
            assert!(!mark_gestation(t).contains("preterm"), "{t}");
        }
    }

    #[test]
    fn shorthand_is_spelled_out() {
        assert_eq!(
            expand_shorthand("hv here, mum w PND + poss bonding issues"),
            "health visitor here, mother with PND  and  possible bonding issues"
        );
        assert_eq!(
            expand_shorthand("bby 10wks, wd VIG be ok"),
            "baby 10wks, would VIG be ok"
        );
        assert_eq!(expand_shorthand("working w/ dads"), "working with dads");
        assert_eq!(
            expand_shorthand("Hoffenkamp's mums"),
            "Hoffenkamp's mothers"
        );
    }

    #[test]
    fn the_longest_phrase_wins_and_shares_its_meanings() {
        let topics = vec![
            Topic {
                id: "bonding".into(),
                label: "Bonding".into(),
                description: String::new(),
                terms: vec!["bonding".into()],
                ..Topic::default()
            },
            Topic {
                id: "perinatal_mental_health".into(),
                label: "Perinatal".into(),
                description: String::new(),
                terms: vec!["postnatal depression".into(), "depression".into()],
                ..Topic::default()
            },
        ];
        let outcomes = vec![Topic {
            id: "bonding".into(),
            label: "Bonding".into(),
            description: String::new(),
            terms: vec!["bonding".into()],
            ..Topic::default()
        }];
        let lx = Lexicon::new(&topics, &outcomes);
        let words = normal_words("postnatal depression and bonding in a VIPP-SD RCT");
        let (n, m) = lx.longest_at(&words, 0).unwrap();
        assert_eq!(
            (n, m),
            (2, vec![Meaning::Topic("perinatal_mental_health".into())])
        );
        let (n, m) = lx.longest_at(&words, 3).unwrap();
        assert_eq!(n, 1);
        assert!(m.contains(&Meaning::Topic("bonding".into())));
        assert!(m.contains(&Meaning::Outcome("bonding".into())));
        let vipp = words.iter().position(|w| w == "vipp").unwrap();
        assert_eq!(lx.longest_at(&normal_words("screen"), 0), None);
        assert_eq!(
            lx.longest_at(&words, vipp).unwrap(),
            (2, vec![Meaning::Intervention(Intervention::VippSd)])
        );
        let rct = words.len() - 1;
        assert_eq!(
            lx.longest_at(&words, rct).unwrap().1,
            vec![Meaning::Kinds(vec![Kind::Rct, Kind::PilotRct])]
        );
    }
}
