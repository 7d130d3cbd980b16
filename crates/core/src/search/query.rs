//! Question understanding: what a person typed becomes what it is about — concepts (topics,
//! outcome domains, interventions), the kinds of evidence asked for, the content words left
//! over — and filters (`kind:rct`, `topic:preterm`, `since:2015`, `year:2010..2016`,
//! `author:fukkink`).
//!
//! Pure functions over text and the [`Lexicon`]; the index turns the result into queries.

use std::collections::HashSet;
use std::sync::OnceLock;

use crate::knowledge::model::{Intervention, Kind};

use super::analyzer::{self, QUESTION_STOP_WORDS};
use super::lexicon::{expand_shorthand, Lexicon, Meaning};

/// Filters written in the query.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filters {
    /// `kind:rct` (several kinds widen the filter).
    pub kinds: Vec<Kind>,
    /// `topic:preterm` (all must match).
    pub topics: Vec<String>,
    /// `since:2015` or the lower end of `year:2010..2016`.
    pub year_from: Option<u16>,
    /// The upper end of `year:2010..2016`, or `year:2015` alone.
    pub year_to: Option<u16>,
    /// `author:fukkink` (all must match).
    pub authors: Vec<String>,
}

impl Filters {
    /// True when no filter is set.
    pub fn is_empty(&self) -> bool {
        self == &Filters::default()
    }
}

/// Something a question is about, found through the lexicon: a phrase and what it names. A
/// phrase may name several things at once ("bonding" is a topic and an outcome domain); a record
/// matches the concept when it matches any of them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Concept {
    /// The phrase as it reads in the question (lower case).
    pub text: String,
    /// Topic ids it names.
    pub topics: Vec<String>,
    /// Outcome domains it names.
    pub outcomes: Vec<String>,
    /// Interventions it names.
    pub interventions: Vec<Intervention>,
    /// The phrase is a narrower term ("NICU"): about the records that name it.
    pub narrower: bool,
    /// The phrase names another intervention ("CBT"): about the records that name it, and
    /// about nothing in the knowledge when none does.
    pub other: bool,
    /// The phrase names the asker's profession ("health visitor"): it narrows, it does not
    /// decide.
    pub role: bool,
    /// The phrase asks whether gains last: about follow-up studies.
    pub long_term: bool,
    /// The phrase says whom the question is about, after "with" ("dads with PND", "mum w
    /// PND"), rather than what it hopes for ("does VIG help with depression").
    pub describes: bool,
    /// The phrase is what the question hopes an intervention changes ("does VIG help mum's
    /// depression", "does video feedback change behaviour problems"): an outcome asked about.
    pub hoped: bool,
}

/// A question, understood.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ParsedQuery {
    /// The text as given (after cleaning).
    pub raw: String,
    /// The text that was read: filters taken out, chat shorthand spelled out.
    pub text: String,
    /// Content words for ranking, lower-case, in the order typed (scaffolding removed).
    pub words: Vec<String>,
    /// Topic ids the question is about.
    pub topics: Vec<String>,
    /// What the question is about, phrase by phrase.
    pub concepts: Vec<Concept>,
    /// What the question says it is not about ("a VIPP trial that isn't about baby siblings",
    /// "VIG specifically, not all video feedback"): records about these are left out.
    pub excluded: Vec<Concept>,
    /// Words left over that say what the question is about, beyond its concepts (no stop
    /// words, no scaffolding), lower case, in the order typed: each must be found in a record
    /// for it to be about the question.
    pub residual: Vec<String>,
    /// The residual words as typed ("EMDR" for "emdr").
    pub residual_shown: Vec<String>,
    /// Countries the question names ("in the UK", "Dutch"): the word as typed and the
    /// country as records name it ("United Kingdom").
    pub countries: Vec<(String, &'static str)>,
    /// Kinds of evidence asked for in words ("is there an RCT", "what does NICE say").
    pub wanted_kinds: Vec<Kind>,
    /// The question asks how strong the evidence is ("strongest", "evidence based").
    pub asks_strength: bool,
    /// Filters.
    pub filters: Filters,
    /// Problems with filters, as hints for the reply ("unknown kind `rtc`").
    pub problems: Vec<String>,
}

impl ParsedQuery {
    /// The filters as typed, lower case ("kind:rct since:2015"), or empty.
    pub fn filter_text(&self) -> String {
        self.raw
            .split_whitespace()
            .filter(|t| {
                t.split_once(':')
                    .is_some_and(|(n, v)| is_filter(n) && !v.is_empty())
            })
            .map(str::to_lowercase)
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// True when there is nothing to search for and nothing to filter by.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
            && self.concepts.is_empty()
            && self.residual.is_empty()
            && self.filters.is_empty()
    }

    /// Interventions the question names.
    pub fn interventions(&self) -> impl Iterator<Item = Intervention> + '_ {
        self.concepts
            .iter()
            .flat_map(|c| c.interventions.iter().copied())
    }
}

/// Words that never say what a question is about: a maintained English stop-word list (the ISO
/// list), the question scaffolding, and chat filler.
/// Words for the countries the records come from, and the country as their `country` field
/// begins ("United Kingdom (England)" is in the United Kingdom). England, Scotland and Wales
/// count as the United Kingdom: most UK records do not say which nation.
const COUNTRIES: &[(&str, &str)] = &[
    ("uk", "United Kingdom"),
    ("britain", "United Kingdom"),
    ("british", "United Kingdom"),
    ("england", "United Kingdom"),
    ("scotland", "United Kingdom"),
    ("scottish", "United Kingdom"),
    ("wales", "United Kingdom"),
    ("welsh", "United Kingdom"),
    ("netherlands", "Netherlands"),
    ("dutch", "Netherlands"),
    ("holland", "Netherlands"),
    ("usa", "United States"),
    ("america", "United States"),
    ("american", "United States"),
    ("italy", "Italy"),
    ("italian", "Italy"),
    ("canada", "Canada"),
    ("canadian", "Canada"),
    ("quebec", "Canada"),
    ("brazil", "Brazil"),
    ("brazilian", "Brazil"),
    ("turkey", "Turkey"),
    ("turkish", "Turkey"),
    ("portugal", "Portugal"),
    ("portuguese", "Portugal"),
    ("norway", "Norway"),
    ("norwegian", "Norway"),
    ("malta", "Malta"),
    ("maltese", "Malta"),
    ("lithuania", "Lithuania"),
    ("lithuanian", "Lithuania"),
    ("germany", "Germany"),
    ("german", "Germany"),
    ("denmark", "Denmark"),
    ("danish", "Denmark"),
    ("australia", "Australia"),
    ("australian", "Australia"),
];

/// The country a word names, as records name it.
pub(crate) fn country(word: &str) -> Option<&'static str> {
    COUNTRIES.iter().find(|(w, _)| *w == word).map(|(_, c)| *c)
}

pub(crate) fn is_filler(word: &str) -> bool {
    static FILLER: OnceLock<HashSet<&'static str>> = OnceLock::new();
    let set = FILLER.get_or_init(|| {
        stop_words::get("en")
            .iter()
            .copied()
            .chain(QUESTION_STOP_WORDS.iter().copied())
            .chain(CHAT_FILLER.iter().copied())
            .chain(HOPE_VERBS.iter().copied())
            .collect()
    });
    set.contains(word)
}

/// Words of chat questions that frame rather than name what is asked.
const CHAT_FILLER: &[&str] = &[
    "wondering",
    "wonder",
    "thinking",
    "think",
    "thoughts",
    "idea",
    "ideas",
    "situation",
    "issue",
    "issues",
    "concern",
    "concerns",
    "question",
    "questions",
    "advice",
    "advise",
    "anyone",
    "someone",
    "folks",
    "guys",
    "hi",
    "hello",
    "thanks",
    "thank",
    "cheers",
    "ok",
    "okay",
    "yes",
    "yeah",
    "maybe",
    "possibly",
    "probably",
    "really",
    "actually",
    "basically",
    "currently",
    "moment",
    "referral",
    "referred",
    "working",
    "worker",
    "practice",
    "client",
    "clients",
    "case",
    "cases",
    "offer",
    "offering",
    "suitable",
    "appropriate",
    "worth",
    "recommend",
    "support",
    "supporting",
    "intervention",
    "interventions",
    "approach",
    "approaches",
    "programme",
    "programmes",
    // A named therapy ("play therapy", "CBT") is read as one before this list applies.
    "therapy",
    "therapies",
    "program",
    "programs",
    "better",
    "worse",
    "lead",
    "leads",
    "result",
    "results",
    "finding",
    "findings",
    "found",
    "show",
    "showed",
    "studies",
    "study",
    "paper",
    "papers",
    "article",
    "articles",
    "literature",
    "published",
    "data",
    "number",
    "numbers",
    "figures",
    "stats",
    "statistics",
    "level",
    "levels",
    "quality",
    "strength",
    "cite",
    "citation",
    "reference",
    "references",
    "report",
    "court",
    "slide",
    "slides",
    "training",
    "boy",
    "boys",
    "girl",
    "girls",
    "son",
    "daughter",
    "man",
    "woman",
    "lady",
    "guy",
    "kid",
    "kids",
    "lad",
    "lass",
    "little",
    "one",
    "final",
    // "Nurse-led", "parent-led": who leads is in the word before.
    "led",
];

/// Parses a question. `topic_ids` are the known topic ids, for `topic:` filters.
pub fn parse(text: &str, lexicon: &Lexicon, topic_ids: &[&str]) -> ParsedQuery {
    let mut q = ParsedQuery {
        raw: text.trim().to_string(),
        ..ParsedQuery::default()
    };
    let mut free = Vec::new();
    for token in text.split_whitespace() {
        match token.split_once(':') {
            Some((name, value)) if is_filter(name) && !value.is_empty() => {
                apply_filter(&mut q, &name.to_ascii_lowercase(), value, topic_ids)
            }
            _ => free.push(token),
        }
    }
    let free_text = expand_shorthand(&free.join(" "));
    q.text = free_text.clone();
    let at = analyzer::tokens_at(&mut analyzer::surface_analyzer(), &free_text);
    let normal: Vec<String> = at.iter().map(|(w, _, _)| analyzer::singular(w)).collect();
    let surface: Vec<&String> = at.iter().map(|(w, _, _)| w).collect();
    let shown = |i: usize| &free_text[at[i].1..at[i].2];
    // A concept as the asker wrote it, less the markup and brackets between its words
    // ("<b>preterm</b> fathers" names "preterm" and "fathers"; "VIPP-SD" keeps its hyphen).
    let span = |i: usize, n: usize| {
        free_text[at[i].1..at[i + n - 1].2]
            .split(|c: char| "<>()[]{}/\\\"*_=|".contains(c) || c.is_whitespace())
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    };
    let mut kind_groups: Vec<Vec<Kind>> = Vec::new();
    // The words of the concepts the question names, as typed.
    let mut concept_words: Vec<&String> = Vec::new();
    // The words of the concepts it says it is not about: they do not rank.
    let mut excluded_words: Vec<&String> = Vec::new();
    let mut i = 0;
    while i < normal.len() {
        match lexicon.longest_at(&normal, i) {
            Some((n, meanings)) => {
                let mut c = Concept {
                    text: span(i, n),
                    ..Concept::default()
                };
                for m in meanings {
                    match m {
                        Meaning::Topic(t) => c.topics.push(t),
                        Meaning::Outcome(o) => c.outcomes.push(o),
                        Meaning::Intervention(iv) => c.interventions.push(iv),
                        Meaning::Kinds(ks) => combine_kinds(&mut kind_groups, &ks),
                        Meaning::Strength => q.asks_strength = true,
                        Meaning::Narrower => c.narrower = true,
                        Meaning::OtherIntervention => c.other = true,
                        Meaning::LongTerm => c.long_term = true,
                    }
                }
                c.role = is_role(&normal[i..i + n]);
                c.describes = i >= 2
                    && normal[i - 1] == "with"
                    && !matches!(
                        normal[i - 2].as_str(),
                        "help"
                            | "helps"
                            | "helped"
                            | "helping"
                            | "work"
                            | "works"
                            | "cope"
                            | "deal"
                            | "struggle"
                    );
                c.hoped = !c.describes && hopes_for(&normal[i.saturating_sub(4)..i]);
                // "hv here", "I'm a social worker": the asker's role, not what they ask about.
                // So is a profession that opens a chat message as its signature ("hv - 18mo w
                // tantrums", "EP: VIG for a yr 3 boy", "SW asking", "HV team lead - ...").
                let signs_off = c.role
                    && i == 0
                    && (free_text[at[i + n - 1].2..]
                        .trim_start()
                        .starts_with(['-', ':', ',', '–', '—'])
                        || normal
                            .get(i + n)
                            .is_some_and(|w| matches!(w.as_str(), "asking" | "team" | "lead")));
                let role = signs_off
                    || normal.get(i + n).is_some_and(|w| w == "here")
                    || (i >= 2
                        && matches!(normal[i - 1].as_str(), "a" | "an")
                        && matches!(normal[i - 2].as_str(), "m" | "am" | "im" | "as"));
                let means_something = !c.topics.is_empty()
                    || !c.outcomes.is_empty()
                    || !c.interventions.is_empty()
                    || c.other
                    || c.long_term;
                let seen = q
                    .concepts
                    .iter()
                    .any(|x| x.text.eq_ignore_ascii_case(&c.text));
                if !role && means_something && negated(&normal[..i]) {
                    excluded_words.extend(surface[i..i + n].iter().copied());
                    if !q.excluded.iter().any(|x| x.text == c.text) {
                        q.excluded.push(c);
                    }
                    i += n;
                    continue;
                }
                if !role && means_something {
                    concept_words.extend(surface[i..i + n].iter().copied());
                }
                if !role && means_something && !seen {
                    for t in &c.topics {
                        if !q.topics.contains(t) {
                            q.topics.push(t.clone());
                        }
                    }
                    q.concepts.push(c);
                }
                i += n;
            }
            None => {
                let w = surface[i];
                if let Some(c) = country(w) {
                    if !q.countries.iter().any(|(_, x)| *x == c) {
                        q.countries.push((shown(i).to_string(), c));
                    }
                    i += 1;
                    continue;
                }
                let meaningful = !is_filler(w) && w.chars().any(char::is_alphabetic);
                if meaningful && !q.residual.contains(w) {
                    q.residual.push(w.clone());
                    q.residual_shown.push(shown(i).to_string());
                }
                i += 1;
            }
        }
    }
    // "hearing parents of toddlers with hearing loss": the first "hearing" repeats a word of a
    // concept the question names ("hearing loss"), so it asks for nothing more than the concept.
    let keep: Vec<bool> = q
        .residual
        .iter()
        .map(|w| {
            // "deaf toddler, hearing parents": "hearing" is deafness's own vocabulary, named
            // already by "deaf".
            let own = q
                .topics
                .iter()
                .any(|t| lexicon.is_topic_word(t, &analyzer::singular(w)));
            !concept_words.contains(&w) && !own
        })
        .collect();
    let mut k = keep.iter();
    q.residual.retain(|_| *k.next().unwrap_or(&true));
    let mut k = keep.iter();
    q.residual_shown.retain(|_| *k.next().unwrap_or(&true));
    for k in kind_groups.into_iter().flatten() {
        if !q.wanted_kinds.contains(&k) {
            q.wanted_kinds.push(k);
        }
    }
    // Words for ranking: everything but scaffolding, concepts included (they score too).
    let all_words = analyzer::surface_words(&free_text);
    q.words = all_words
        .iter()
        .filter(|w| !QUESTION_STOP_WORDS.contains(&w.as_str()))
        .filter(|w| !excluded_words.contains(w) || concept_words.contains(w))
        .cloned()
        .collect();
    q
}

/// Whether the words before a concept say the question is not about it: "not", "isn't",
/// "except", "other than", "apart from", "excluding", "without", with at most three linking
/// words between ("isn't about", "not all", "doesn't involve"). "Not just" and "not only" add
/// rather than exclude, so "just" and "only" are not linking words.
fn negated(before: &[String]) -> bool {
    const LINKING: &[&str] = &[
        "t",
        "about",
        "all",
        "any",
        "on",
        "for",
        "the",
        "a",
        "an",
        "in",
        "of",
        "with",
        "to",
        "involve",
        "involving",
        "include",
        "including",
        "cover",
        "covering",
        "focus",
        "focused",
        "look",
        "at",
    ];
    const NOT: &[&str] = &[
        "not",
        "isn",
        "isnt",
        "aren",
        "arent",
        "doesn",
        "don",
        "wasn",
        "weren",
        "except",
        "excluding",
        "exclude",
        "without",
        "besides",
    ];
    let mut j = before.len();
    for _ in 0..=3 {
        let Some(w) = j.checked_sub(1).map(|k| before[k].as_str()) else {
            return false;
        };
        let prev = j.checked_sub(2).map(|k| before[k].as_str());
        // "Whether or not", "does it work or not for dads": no exclusion.
        if w == "not" && prev == Some("or") {
            return false;
        }
        if NOT.contains(&w)
            || (w == "than" && matches!(prev, Some("other" | "rather")))
            || (w == "from" && prev == Some("apart"))
        {
            return true;
        }
        if !LINKING.contains(&w) {
            return false;
        }
        j -= 1;
    }
    false
}

/// Adds the kinds one phrase asks for to those asked so far: "pilot RCT" asks for pilot RCTs
/// (the kinds both phrases share), "an RCT or a review" for both.
fn combine_kinds(groups: &mut Vec<Vec<Kind>>, kinds: &[Kind]) {
    let within = |a: &[Kind], b: &[Kind]| a.iter().all(|k| b.contains(k));
    if let Some(g) = groups.iter_mut().find(|g| within(kinds, g)) {
        *g = kinds.to_vec();
    } else if !groups.iter().any(|g| within(g, kinds)) {
        groups.push(kinds.to_vec());
    }
}

/// Verbs that say what an intervention is hoped to change ("help", "improve", "prevent"): they
/// frame a question (they are filler) and mark the outcome after them.
const HOPE_VERBS: &[&str] = &[
    "help",
    "helps",
    "helped",
    "improve",
    "improves",
    "improved",
    "improving",
    "reduce",
    "reduces",
    "reduced",
    "reducing",
    "prevent",
    "prevents",
    "change",
    "changes",
    "affect",
    "affects",
    "effect",
    "effects",
    "impact",
    "lower",
    "lowers",
    "lessen",
    "ease",
    "eases",
    "benefit",
    "benefits",
    "boost",
    "boosts",
    "increase",
    "increases",
];

/// True when the words just before a phrase say it is what an intervention should change
/// ("does VIG help mum's depression"), not crossing a "with" that says whom it is about
/// ("help mums with depression") nor another clause.
fn hopes_for(before: &[String]) -> bool {
    for w in before.iter().rev() {
        if HOPE_VERBS.contains(&w.as_str()) {
            return true;
        }
        if matches!(w.as_str(), "with" | "w" | "who" | "whose" | "but" | "if") {
            return false;
        }
    }
    false
}

/// Whether words (in the singular) are a profession's name.
fn is_role(words: &[String]) -> bool {
    static ROLES: OnceLock<Vec<Vec<String>>> = OnceLock::new();
    let roles = ROLES.get_or_init(|| {
        super::lexicon::ROLES
            .iter()
            .map(|r| super::lexicon::normal_words(r))
            .collect()
    });
    roles.iter().any(|r| r[..] == words[..])
}

fn is_filter(name: &str) -> bool {
    matches!(
        name.to_ascii_lowercase().as_str(),
        "kind" | "type" | "topic" | "since" | "year" | "author" | "before" | "until"
    )
}

fn apply_filter(q: &mut ParsedQuery, name: &str, value: &str, topic_ids: &[&str]) {
    let value = value.trim_matches(|c: char| c == ',' || c == ';');
    match name {
        "kind" | "type" => {
            for v in value.split(',') {
                match Kind::parse(v) {
                    Some(k) => {
                        if !q.filters.kinds.contains(&k) {
                            q.filters.kinds.push(k);
                        }
                        // "kind:review" means any review: systematic reviews and meta-analyses.
                        if k == Kind::SystematicReview
                            && !q.filters.kinds.contains(&Kind::MetaAnalysis)
                        {
                            q.filters.kinds.push(Kind::MetaAnalysis);
                        }
                    }
                    None => q.problems.push(format!(
                        "unknown kind `{v}` (kinds: {})",
                        Kind::all()
                            .map(|k| k.as_str())
                            .collect::<Vec<_>>()
                            .join(", ")
                    )),
                }
            }
        }
        "topic" => {
            let v = value.to_ascii_lowercase().replace('-', "_");
            if topic_ids.contains(&v.as_str()) {
                q.filters.topics.push(v);
            } else {
                let close: Vec<&str> = topic_ids
                    .iter()
                    .copied()
                    .filter(|t| strsim::levenshtein(t, &v) <= 3 || t.contains(v.as_str()))
                    .collect();
                q.problems.push(if close.is_empty() {
                    format!("unknown topic `{value}` (see !topics)")
                } else {
                    format!(
                        "unknown topic `{value}`; did you mean {}?",
                        close.join(", ")
                    )
                });
            }
        }
        "since" => match parse_year(value) {
            Some(y) => q.filters.year_from = Some(y),
            None => q.problems.push(format!(
                "`since:` needs a year, e.g. since:2015 (got `{value}`)"
            )),
        },
        "before" | "until" => match parse_year(value) {
            Some(y) => {
                q.filters.year_to = Some(if name == "before" {
                    y.saturating_sub(1)
                } else {
                    y
                })
            }
            None => q.problems.push(format!(
                "`{name}:` needs a year, e.g. {name}:2015 (got `{value}`)"
            )),
        },
        "year" => {
            let range = value.split_once("..").or_else(|| value.split_once('-'));
            match range {
                Some((a, b)) => {
                    let from = if a.is_empty() { None } else { parse_year(a) };
                    let to = if b.is_empty() { None } else { parse_year(b) };
                    if (a.is_empty() || from.is_some()) && (b.is_empty() || to.is_some()) {
                        q.filters.year_from = from;
                        q.filters.year_to = to;
                    } else {
                        q.problems.push(format!(
                            "`year:` takes a year or a range, e.g. year:2010..2016 (got `{value}`)"
                        ));
                    }
                }
                None => match parse_year(value) {
                    Some(y) => {
                        q.filters.year_from = Some(y);
                        q.filters.year_to = Some(y);
                    }
                    None => q.problems.push(format!(
                        "`year:` takes a year or a range, e.g. year:2010..2016 (got `{value}`)"
                    )),
                },
            }
        }
        "author" => {
            let v = value.to_lowercase();
            if !v.is_empty() {
                q.filters.authors.push(v);
            }
        }
        _ => {}
    }
}

fn parse_year(s: &str) -> Option<u16> {
    s.trim()
        .parse::<u16>()
        .ok()
        .filter(|y| (1800..=2200).contains(y))
}
