//! Screening every message for a disclosure that someone is at risk now, before anything else:
//! the patterns of `knowledge/safety/en.yaml` (built in as a fallback, so screening never
//! switches off) and of every other language's `safety/<code>.yaml`, all applied to every
//! message whatever its language, and the texts of the safety reply (`[safety] text_file`, UK by default).
//! Nothing here logs or keeps the message it screens.

use std::sync::{Arc, LazyLock};

use regex::{Regex, RegexSet};
use serde::Deserialize;

use super::diagnostic::{error_at, warning_at, Diagnostic};
use super::source::{bundled_files, SourceFile};

/// Where the English safety patterns are, in a knowledge folder.
pub const SAFETY_FILE: &str = "safety/en.yaml";

/// Where every language's safety patterns are.
pub const SAFETY_DIR: &str = "safety/";

/// Who is at risk, which decides the reply's contacts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RiskKind {
    /// The writer, or someone they describe, may harm themselves.
    #[serde(rename = "self")]
    SelfHarm,
    /// A baby or child is harmed or at risk now.
    Child,
    /// Domestic abuse happening now.
    Abuse,
}

impl RiskKind {
    /// When a message matches more than one kind, the reply is about the first of these: a life
    /// at risk, then a child, then abuse.
    const PRIORITY: [RiskKind; 3] = [RiskKind::SelfHarm, RiskKind::Child, RiskKind::Abuse];

    /// Its name in the files (`self`, `child`, `abuse`).
    pub fn name(self) -> &'static str {
        match self {
            RiskKind::SelfHarm => "self",
            RiskKind::Child => "child",
            RiskKind::Abuse => "abuse",
        }
    }
}

/// What screening found in a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screening {
    /// Nothing of concern.
    Clear,
    /// A question about a risk topic: it keeps its answer, with a pointer to help above it.
    Topic,
    /// A disclosure that someone is at risk now: the safety reply and nothing else.
    Disclosure(RiskKind),
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PatternFile {
    #[serde(default)]
    #[allow(dead_code)]
    checked: Option<serde_yaml::Value>,
    #[serde(default)]
    everyday: Vec<String>,
    disclosures: Vec<Group>,
    #[serde(default)]
    harm_words: Vec<Group>,
    #[serde(default)]
    narrative: Vec<String>,
    #[serde(default)]
    research_frame: Vec<String>,
    #[serde(default)]
    joke: Vec<String>,
    #[serde(default)]
    now: Vec<String>,
    #[serde(default)]
    past: Vec<String>,
    #[serde(default)]
    topics: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Group {
    kind: RiskKind,
    #[serde(default)]
    #[allow(dead_code)]
    why: String,
    patterns: Vec<String>,
}

/// The compiled patterns.
#[derive(Debug)]
pub struct Patterns {
    everyday: Vec<Regex>,
    disclosures: RegexSet,
    kinds: Vec<RiskKind>,
    harm: RegexSet,
    harm_kinds: Vec<RiskKind>,
    narrative: RegexSet,
    research_frame: RegexSet,
    joke: RegexSet,
    now: RegexSet,
    past: RegexSet,
    topics: RegexSet,
}

/// The patterns a knowledge snapshot screens with, per language, English first (shared:
/// compiling them takes milliseconds).
#[derive(Debug, Clone)]
pub struct Safety(Arc<Vec<(String, Arc<Patterns>)>>);

/// The built-in English patterns: the fallback that keeps screening on when a folder's English
/// file is missing or broken. (Other languages come from the folder's files; compiling every
/// language's sets twice cost 80 MB.)
static BUILT_IN: LazyLock<Safety> = LazyLock::new(|| {
    let files = bundled_files();
    let english = files
        .iter()
        .find(|f| f.rel == SAFETY_FILE)
        .expect("the safety patterns are built in");
    let english =
        compile(english).unwrap_or_else(|d| panic!("the built-in safety patterns compile: {d:?}"));
    Safety(Arc::new(vec![("en".to_string(), Arc::new(english))]))
});

impl Default for Safety {
    /// The built-in English patterns.
    fn default() -> Self {
        BUILT_IN.clone()
    }
}

/// A language's safety file other than English's.
fn is_other_language(rel: &str) -> bool {
    rel.starts_with(SAFETY_DIR) && rel.ends_with(".yaml") && rel != SAFETY_FILE
}

/// The language code a safety file is named after.
fn code_of(rel: &str) -> &str {
    rel.trim_start_matches(SAFETY_DIR).trim_end_matches(".yaml")
}

impl Safety {
    /// Screens one message taken for English (see [`Safety::screen_in`]).
    pub fn screen(&self, message: &str) -> Screening {
        self.screen_in(message, "en")
    }

    /// Screens one message with every language's disclosure patterns, whatever language the
    /// bot takes it for (`lang`, a code), so that a disclosure is caught even when the
    /// language is misjudged; the broad test (harm words told as the writer's own story) only
    /// with the patterns of the message's language, because its single words belong to one
    /// language (English "die" is German "the"). The gravest reading wins: a disclosure over a
    /// risk topic over nothing.
    pub fn screen_in(&self, message: &str, lang: &str) -> Screening {
        let text = normalise(message);
        let mut found = Screening::Clear;
        for (code, p) in self.0.iter() {
            let mut own = text.clone();
            for e in &p.everyday {
                own = e.replace_all(&own, " ").into_owned();
            }
            found = graver(found, p.screen(&own, code == lang));
        }
        found
    }

    /// Whether a language has patterns (a language without them is not switched on).
    pub fn covers(&self, code: &str) -> bool {
        self.0.iter().any(|(c, _)| c == code)
    }
}

/// The graver of two readings of one message.
fn graver(a: Screening, b: Screening) -> Screening {
    let rank = |s: &Screening| match s {
        Screening::Clear => 0,
        Screening::Topic => 1,
        Screening::Disclosure(k) => 4 - RiskKind::PRIORITY.iter().position(|p| p == k).unwrap_or(0),
    };
    if rank(&b) > rank(&a) {
        b
    } else {
        a
    }
}

impl Patterns {
    /// Screens a message already made lower case, with the everyday phrases blanked out;
    /// `broad`: also with the harm-word test (the message is in this language).
    fn screen(&self, text: &str, broad: bool) -> Screening {
        let p = self;
        let first = |hits: regex::SetMatches, kinds: &[RiskKind]| {
            let found: Vec<RiskKind> = hits.iter().map(|i| kinds[i]).collect();
            RiskKind::PRIORITY
                .into_iter()
                .find(|k| found.contains(k))
                .unwrap_or(RiskKind::SelfHarm)
        };
        // Long past and over, or fiction for teaching: a question about the topic, unless
        // something tells of risk now (the present tense wins).
        let told_as_past = p.past.is_match(text) && !p.now.is_match(text);
        let hits = p.disclosures.matches(text);
        if hits.matched_any() {
            if told_as_past {
                return Screening::Topic;
            }
            return Screening::Disclosure(first(hits, &p.kinds));
        }
        // The broader test: harm, told as the writer's own story, not as a joke; framed as a
        // research question only when nothing tells of harm now (the present tense wins).
        let harm = p.harm.matches(text);
        if broad
            && harm.matched_any()
            && p.narrative.is_match(text)
            && !p.joke.is_match(text)
            && !told_as_past
            && (!p.research_frame.is_match(text) || p.now.is_match(text))
        {
            return Screening::Disclosure(first(harm, &p.harm_kinds));
        }
        if p.topics.is_match(text) {
            Screening::Topic
        } else {
            Screening::Clear
        }
    }
}

/// Lower case, straight quotes, one space between words: what the patterns are written for.
fn normalise(message: &str) -> String {
    let lower = message
        .to_lowercase()
        .replace(['\u{2019}', '\u{2018}', '`'], "'");
    lower.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The patterns of a knowledge folder: its own English file when it loads, else the built-in
/// one, with the problem reported (screening never switches off); then every other language's
/// file that loads (a broken one is reported, and its language is not switched on).
pub fn load_safety(files: &[SourceFile], diags: &mut Vec<Diagnostic>) -> Safety {
    let english = match files.iter().find(|f| f.rel == SAFETY_FILE) {
        Some(f) => match compile(f) {
            Ok(p) => Some(Arc::new(p)),
            Err(d) => {
                diags.push(d);
                None
            }
        },
        None => {
            diags.push(warning_at(
                SAFETY_FILE,
                1,
                1,
                format!("{SAFETY_FILE} is missing; the built-in safety patterns are used"),
                Some("copy evidence-bot's knowledge/safety/en.yaml into the folder".into()),
            ));
            None
        }
    };
    let english = english.unwrap_or_else(|| Arc::clone(&BUILT_IN.0[0].1));
    let mut all = vec![("en".to_string(), english)];
    for f in files.iter().filter(|f| is_other_language(&f.rel)) {
        match compile(f) {
            Ok(p) => all.push((code_of(&f.rel).to_string(), Arc::new(p))),
            Err(mut d) => {
                d.message = d.message.replace(
                    "the built-in safety patterns are used",
                    "the language is switched off",
                );
                diags.push(d);
            }
        }
    }
    Safety(Arc::new(all))
}

fn compile(f: &SourceFile) -> Result<Patterns, Diagnostic> {
    let file: PatternFile = serde_yaml::from_str(&f.text).map_err(|err| {
        let (line, col) = super::position::yaml_error_position(&err, &f.text);
        error_at(
            &f.path,
            line,
            col,
            format!(
                "invalid safety file: {}; the built-in safety patterns are used",
                super::position::strip_location(&err.to_string())
            ),
            Some("see the comments at the top of knowledge/safety/en.yaml".into()),
        )
    })?;
    let bad = |pattern: &str, err: String| {
        let (line, col) = find(&f.text, pattern);
        error_at(
            &f.path,
            line,
            col,
            format!("safety pattern does not compile ({err}); the built-in safety patterns are used"),
            Some("write patterns in Rust regex syntax, in single quotes (a quote inside is written '')".into()),
        )
    };
    let one = |pattern: &str| {
        Regex::new(&format!("(?i){pattern}")).map_err(|e| bad(pattern, first_line(&e)))
    };
    let everyday = file
        .everyday
        .iter()
        .map(|p| one(p))
        .collect::<Result<Vec<_>, _>>()?;
    let mut kinds = Vec::new();
    let mut all = Vec::new();
    for g in &file.disclosures {
        for p in &g.patterns {
            one(p)?;
            kinds.push(g.kind);
            all.push(format!("(?i){p}"));
        }
    }
    let mut harm_kinds = Vec::new();
    let mut harm = Vec::new();
    for g in &file.harm_words {
        for p in &g.patterns {
            one(p)?;
            harm_kinds.push(g.kind);
            harm.push(format!("(?i){p}"));
        }
    }
    for p in file
        .topics
        .iter()
        .chain(&file.narrative)
        .chain(&file.research_frame)
        .chain(&file.joke)
        .chain(&file.now)
        .chain(&file.past)
    {
        one(p)?;
    }
    let set = |ps: Vec<String>| RegexSet::new(ps).map_err(|e| bad("", first_line(&e)));
    let plain = |ps: &[String]| set(ps.iter().map(|p| format!("(?i){p}")).collect());
    Ok(Patterns {
        everyday,
        disclosures: set(all)?,
        kinds,
        harm: set(harm)?,
        harm_kinds,
        narrative: plain(&file.narrative)?,
        research_frame: plain(&file.research_frame)?,
        joke: plain(&file.joke)?,
        now: plain(&file.now)?,
        past: plain(&file.past)?,
        topics: plain(&file.topics)?,
    })
}

fn first_line(e: &regex::Error) -> String {
    e.to_string()
        .lines()
        .last()
        .unwrap_or("invalid pattern")
        .trim()
        .to_string()
}

/// Line and column (1-based) of a pattern's text in the file, for reporting it.
fn find(text: &str, pattern: &str) -> (usize, usize) {
    let quoted = pattern.replace('\'', "''");
    if !pattern.is_empty() {
        for (i, line) in text.lines().enumerate() {
            if let Some(c) = line.find(&quoted) {
                return (i + 1, line[..c].chars().count() + 1);
            }
        }
    }
    (1, 1)
}

/// The contacts of the safety reply, per kind of risk, and of the pointer above an answer about
/// a risk topic: from `[safety] text_file`, else the UK contacts built in. The sentences around
/// them are the bot's own, in the asker's language; the contacts' names and numbers are sent
/// as written. (A file of the first format, with a free text per kind, is still read: its
/// texts are sent as written, in every language.)
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SafetyTexts {
    /// When the contacts were last checked against the services' own pages.
    pub checked: String,
    /// The contacts, in the order they are listed.
    #[serde(default, rename = "contact")]
    pub contacts: Vec<Contact>,
    /// A free text for a risk to the writer or someone they describe (the first format).
    #[serde(default, rename = "self")]
    pub self_harm: Option<String>,
    /// A free text for a child at risk (the first format).
    #[serde(default)]
    pub child: Option<String>,
    /// A free text for domestic abuse happening now (the first format).
    #[serde(default)]
    pub abuse: Option<String>,
    /// A free line above an answer about a risk topic (the first format).
    #[serde(default)]
    pub pointer: Option<String>,
}

/// One contact of the safety reply.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    /// The kinds of risk whose reply lists it (`self`, `child`, `abuse`).
    pub kinds: Vec<RiskKind>,
    /// Whom or what it is for: the bot says so in the asker's language.
    #[serde(rename = "for")]
    pub audience: Audience,
    /// Where it serves, when not everywhere ("Wales"), as written.
    #[serde(default)]
    pub region: Option<String>,
    /// The service's name, as written ("Samaritans"); empty for a bare emergency number.
    #[serde(default)]
    pub name: String,
    /// How to reach it, as written ("116 123", "text SHOUT to 85258").
    pub number: String,
    /// Free to call.
    #[serde(default)]
    pub free: bool,
    /// Open day and night, every day.
    #[serde(default)]
    pub always: bool,
    /// Named in the one-line pointer above an answer about a risk topic.
    #[serde(default)]
    pub pointer: bool,
}

/// Whom a contact is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, strum::IntoStaticStr)]
#[serde(rename_all = "kebab-case")]
#[strum(serialize_all = "kebab-case")]
pub enum Audience {
    /// Someone in immediate danger.
    Emergency,
    /// Someone who cannot speak on an emergency call.
    SilentCall,
    /// Anyone, at any time.
    Anyone,
    /// Anyone, by text message.
    Text,
    /// Urgent mental health help.
    MentalHealth,
    /// Children and young people.
    Children,
    /// Adults worried about a child.
    WorriedAdults,
    /// People living with domestic abuse.
    DomesticAbuse,
}

impl Audience {
    /// The key of its Fluent message (`safety-for-<key>`).
    pub fn key(self) -> &'static str {
        self.into()
    }
}

/// The UK texts, checked against each service's own page (see the file's sources).
pub const UK_TEXTS: &str = include_str!("../../../../config/safety-uk.toml");

impl Default for SafetyTexts {
    fn default() -> Self {
        SafetyTexts::parse(UK_TEXTS).expect("the built-in UK safety texts parse")
    }
}

impl SafetyTexts {
    /// Parses a text file (TOML with `checked` and `[[contact]]` entries; or, the first
    /// format, `self`, `child`, `abuse` and `pointer` texts).
    pub fn parse(text: &str) -> Result<SafetyTexts, String> {
        let t: SafetyTexts = toml::from_str(text).map_err(|e| e.to_string())?;
        for kind in RiskKind::PRIORITY {
            let text = t.free_text(kind).is_some_and(|x| !x.trim().is_empty());
            if !text && t.contacts_for(kind).next().is_none() {
                return Err(format!(
                    "no contact for `{}`: add a [[contact]] with kinds = [\"{}\"]",
                    kind.name(),
                    kind.name()
                ));
            }
        }
        if t.pointer.is_none() && !t.contacts.iter().any(|c| c.pointer) {
            return Err("no contact has `pointer = true` (the line above answers about a risk topic names those)".into());
        }
        Ok(t)
    }

    /// The free text of the first format for one kind of risk, if the file has one.
    pub fn free_text(&self, kind: RiskKind) -> Option<&str> {
        match kind {
            RiskKind::SelfHarm => self.self_harm.as_deref(),
            RiskKind::Child => self.child.as_deref(),
            RiskKind::Abuse => self.abuse.as_deref(),
        }
    }

    /// The contacts for one kind of risk, in order.
    pub fn contacts_for(&self, kind: RiskKind) -> impl Iterator<Item = &Contact> {
        self.contacts
            .iter()
            .filter(move |c| c.kinds.contains(&kind))
    }

    /// The contacts the pointer names.
    pub fn pointer_contacts(&self) -> impl Iterator<Item = &Contact> {
        self.contacts.iter().filter(|c| c.pointer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn screen(s: &str) -> Screening {
        Safety::default().screen(s)
    }

    #[test]
    fn the_examples_of_the_issue() {
        assert_eq!(
            screen("I've started to feel like my family would be better off without me"),
            Screening::Disclosure(RiskKind::SelfHarm)
        );
        assert_eq!(
            screen("dad grabbed the baby hard during filming and there's a mark on her arm, mum asked me not to say anything; is there evidence VIG helps dads with anger?"),
            Screening::Disclosure(RiskKind::Child)
        );
        assert_eq!(
            screen("evidence on VIG with mothers who self-harm"),
            Screening::Topic
        );
        assert_eq!(screen("hiya bot, thanks for yesterday!"), Screening::Clear);
    }

    #[test]
    fn everyday_phrases_are_not_disclosures() {
        for s in [
            "this caseload is killing me",
            "shaken up after a visit but fine",
            "we hit the ground running with the new cohort",
            "!evidence preterm",
        ] {
            assert_eq!(screen(s), Screening::Clear, "{s}");
        }
    }

    #[test]
    fn a_broken_file_falls_back_to_the_built_in_patterns_at_its_line() {
        let f = SourceFile {
            path: "k/safety/en.yaml".into(),
            rel: SAFETY_FILE.into(),
            text:
                "disclosures:\n  - kind: self\n    patterns:\n      - 'ok'\n      - '(unclosed'\n"
                    .into(),
            history: None,
        };
        let mut diags = Vec::new();
        let s = load_safety(&[f], &mut diags);
        assert_eq!(diags.len(), 1);
        assert_eq!((diags[0].line, diags[0].col), (5, 10), "{:?}", diags[0]);
        assert_eq!(
            s.screen("i want to die"),
            Screening::Disclosure(RiskKind::SelfHarm)
        );
    }

    #[test]
    fn the_uk_texts_load() {
        // The numbers issue 28 lists, each checked against the service's page.
        let t = SafetyTexts::default();
        let numbers =
            |kind| -> Vec<&str> { t.contacts_for(kind).map(|c| c.number.as_str()).collect() };
        assert!(numbers(RiskKind::SelfHarm).contains(&"116 123"));
        assert!(numbers(RiskKind::Child).contains(&"0808 800 5000"));
        assert!(numbers(RiskKind::Child).contains(&"0800 1111"));
        assert!(numbers(RiskKind::Abuse).contains(&"0808 2000 247"));
        assert!(numbers(RiskKind::Abuse).contains(&"0808 80 10 800"));
        assert!(t
            .contacts
            .iter()
            .all(|c| c.kinds.contains(&RiskKind::SelfHarm) || !c.pointer));
    }

    #[test]
    fn a_file_of_the_first_format_is_still_read_and_a_kind_without_contacts_is_refused() {
        let first = "checked = \"2026-01-01\"\nself = \"call A\"\nchild = \"call B\"\nabuse = \"call C\"\npointer = \"call A\"\n";
        let t = SafetyTexts::parse(first).unwrap();
        assert_eq!(t.free_text(RiskKind::Child), Some("call B"));
        let missing = "checked = \"2026-01-01\"\n[[contact]]\nkinds = [\"self\"]\nfor = \"anyone\"\nnumber = \"1\"\npointer = true\n";
        let err = SafetyTexts::parse(missing).unwrap_err();
        assert!(err.contains("no contact for `child`"), "{err}");
    }
}
