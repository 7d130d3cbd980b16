//! Message → [`Question`]: what a person typed, read the way PubMed reads a query. Concepts of
//! the scheme, in PICO facets, say what the question is about; the language file's cues say its
//! task ("is it recommended", "APA ref", "biggest trial"), the asker's own situation ("I'm a
//! HV", "for a court report") and what is left out ("not VIPP-SD"). Every other word is
//! context: it may order records, never decide what they are about.
//!
//! Pure functions over text and the [`Reader`] built once per knowledge version.

pub mod analyzer;
pub mod detect;
pub mod filters;
mod phrases;
pub mod talk;

use std::collections::{HashMap, HashSet};

use regex::{Regex, RegexBuilder};

use crate::knowledge::model::Kind;
use crate::knowledge::{Facet, Knowledge, Language, Task, Vocabulary};
use crate::locale::Lang;
use filters::{split_filters, Filters};

pub use phrases::{words, Cue, Phrases, Tokens};

/// A concept as the question names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// The concepts the phrase names (one, or several where a label is shared).
    pub concepts: Vec<usize>,
    /// The phrase as typed.
    pub text: String,
    /// The facet of its first concept.
    pub facet: Facet,
    /// Joined to the concept before it by "or", "vs" or "/": an alternative to it.
    pub or_previous: bool,
    /// Listed after the concept before it ("PND, preterm and neglect"): an alternative to it
    /// when both are of one facet.
    pub listed: bool,
    /// Named in a sentence that asks (ends with "?"), or the message asks nowhere: not only in
    /// the story around the question.
    pub asked: bool,
}

/// A message, understood.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Question {
    /// The message as given.
    pub raw: String,
    /// The language it was read in: its own (detected), or the room's.
    pub language: Lang,
    /// The message as read: filters out, shorthand spelled out, pattern words added.
    pub text: String,
    /// What it asks the bot to do.
    pub task: Task,
    /// A citation format asked for in words ("apa", "harvard").
    pub style: Option<String>,
    /// What it is about: concepts of every facet but kinds and professions, in the order typed.
    pub concepts: Vec<Mention>,
    /// Professions named as part of the subject ("VIG delivered by health visitors"): they
    /// order the records, never decide.
    pub soft: Vec<Mention>,
    /// Concepts it says it is not about.
    pub excluded: Vec<Mention>,
    /// Kinds of evidence it asks for ("an RCT", "NICE guidance").
    pub kinds: Vec<Kind>,
    /// The asker's situation and purpose, as typed ("HV", "court report").
    pub context: Vec<String>,
    /// Content words for ordering records: lower case, no filler.
    pub words: Vec<String>,
    /// Words outside the scheme and everyday filler, as typed: the index says which of them no
    /// record and no dictionary knows (shown as not recognised).
    pub candidates: Vec<String>,
    /// Filters written as `kind:rct`, `since:2015`.
    pub filters: Filters,
    /// It asks for recent evidence ("latest", "recent studies").
    pub recent: bool,
    /// It asks for evidence newer than something ("more recent than", "newer").
    pub newer: bool,
    /// Problems with the filters, for the reply.
    pub problems: Vec<String>,
}

impl Question {
    /// Every concept named as the subject, soft ones included.
    pub fn all_concepts(&self) -> impl Iterator<Item = usize> + '_ {
        self.concepts
            .iter()
            .chain(&self.soft)
            .flat_map(|m| m.concepts.iter().copied())
    }
}

/// What reading needs, built once per knowledge version.
#[derive(Debug, Clone, Default)]
pub struct Reader {
    /// English first, then each other language switched on.
    readings: Vec<Reading>,
    /// Their languages, in the same order (asked on every message).
    langs: Vec<Lang>,
    vocabulary: Vocabulary,
    topic_ids: Vec<String>,
}

/// What reading a message in one language needs: the phrase table (every language's concept
/// labels, this language's framing words and English's), its stop words and filler, shorthand,
/// patterns and conversation phrases.
#[derive(Debug, Clone, Default)]
struct Reading {
    lang: Lang,
    phrases: Phrases,
    filler: HashSet<String>,
    shorthand: HashMap<String, String>,
    patterns: Vec<(Regex, String)>,
    talk: talk::TalkPhrases,
    /// Concepts' names in this language (each one's first label), by place in the scheme.
    names: HashMap<usize, String>,
}

impl Reading {
    /// English's reading, or another language's read with English's words as well (people mix
    /// English into their own language).
    fn new(k: &Knowledge, lang: Lang, own: Option<&Language>) -> Reading {
        let english = &k.language;
        let framing: Vec<&Language> = std::iter::once(english).chain(own).collect();
        let stop = |code: &str| -> Vec<String> {
            // The stopwords-iso lists name bokmål "no"; Welsh has none (its file has its own).
            let iso = match code {
                "nb" => "no",
                "en" | "nl" | "de" | "da" | "sv" => code,
                _ => return Vec::new(),
            };
            stop_words::get(iso).iter().map(|w| w.to_string()).collect()
        };
        let filler = framing
            .iter()
            .flat_map(|l| {
                stop(&l.language).into_iter().chain(
                    l.stop_words
                        .iter()
                        .chain(&l.filler)
                        .map(|w| w.to_lowercase()),
                )
            })
            .collect();
        let patterns = framing
            .iter()
            .flat_map(|l| &l.patterns)
            .filter_map(|p| {
                let re = RegexBuilder::new(&p.regex).case_insensitive(true).build();
                re.ok().map(|re| (re, p.adds.clone()))
            })
            .collect();
        let mut conversation = english.conversation.clone();
        if let Some(o) = own {
            let c = &o.conversation;
            conversation.greeting.extend(c.greeting.iter().cloned());
            conversation.thanks.extend(c.thanks.iter().cloned());
            conversation
                .capabilities
                .extend(c.capabilities.iter().cloned());
            conversation.about.extend(c.about.iter().cloned());
            conversation.logging.extend(c.logging.iter().cloned());
            conversation.cannot.extend(c.cannot.iter().cloned());
        }
        let names = own
            .iter()
            .flat_map(|o| &o.concepts)
            .filter_map(|(id, local)| {
                Some((k.vocabulary.index(id)?, local.labels.first()?.clone()))
            })
            .collect();
        Reading {
            lang,
            names,
            phrases: Phrases::for_reading(&k.vocabulary, english, &k.languages, lang.code()),
            filler,
            shorthand: framing.iter().flat_map(|l| l.shorthand.clone()).collect(),
            patterns,
            talk: talk::TalkPhrases::new(&conversation),
        }
    }
}

impl Reader {
    /// The reader of a knowledge version's scheme and languages.
    pub fn new(k: &Knowledge) -> Reader {
        let mut readings = vec![Reading::new(k, Lang::En, None)];
        for other in &k.languages {
            if let Some(lang) = Lang::parse(&other.language) {
                readings.push(Reading::new(k, lang, Some(other)));
            }
        }
        Reader {
            langs: readings.iter().map(|r| r.lang).collect(),
            readings,
            vocabulary: k.vocabulary.clone(),
            topic_ids: k
                .vocabulary
                .concepts()
                .iter()
                .map(|c| c.id.clone())
                .collect(),
        }
    }

    /// The languages messages can be read in, English first.
    pub fn languages(&self) -> &[Lang] {
        &self.langs
    }

    fn reading(&self, lang: Lang) -> &Reading {
        self.readings
            .iter()
            .find(|r| r.lang == lang)
            .unwrap_or(&self.readings[0])
    }

    /// What a message that is not an evidence question asks for (a greeting, "what can you
    /// do?", a request the bot cannot do), if it is one. `q` is the message as read.
    pub fn talk(&self, q: &Question) -> Option<talk::Talk> {
        let names_the_field = !q.concepts.is_empty()
            || !q.soft.is_empty()
            || !q.kinds.is_empty()
            || q.task != Task::Effect;
        self.reading(q.language).talk.read(&q.raw, names_the_field)
    }

    /// The concept scheme read with.
    pub fn vocabulary(&self) -> &Vocabulary {
        &self.vocabulary
    }

    /// A concept as the bot names it in a language: its first label there, else its preferred
    /// (English) label.
    pub fn concept_name(&self, concept: usize, lang: Lang) -> String {
        self.reading(lang)
            .names
            .get(&concept)
            .cloned()
            .unwrap_or_else(|| self.vocabulary.concept(concept).label.clone())
    }

    /// The phrase table English is read with (what spelling corrects towards).
    pub fn phrases(&self) -> &Phrases {
        &self.readings[0].phrases
    }
}

impl Reading {
    /// Whether a lower-case word is filler or a stop word.
    fn is_filler(&self, word: &str) -> bool {
        self.filler.contains(word)
    }

    /// The text with shorthand spelled out and pattern words added.
    fn spell_out(&self, text: &str) -> String {
        let mut out = String::with_capacity(text.len() + 16);
        for (i, token) in text.split(' ').enumerate() {
            if i > 0 {
                out.push(' ');
            }
            let core = token.trim_matches(|c: char| !c.is_alphanumeric() && c != '&' && c != '+');
            match self.shorthand.get(&core.to_lowercase()) {
                Some(long) if !core.is_empty() => out.push_str(&token.replacen(core, long, 1)),
                _ => out.push_str(token),
            }
        }
        for (re, adds) in &self.patterns {
            let ends: Vec<usize> = re.find_iter(&out).map(|m| m.end()).collect();
            for end in ends.into_iter().rev() {
                out.insert_str(end, &format!(" {adds} "));
            }
        }
        out
    }
}

impl Reader {
    /// Reads a message in its own language (the reply's language, when it is too short to
    /// tell).
    pub fn read(&self, message: &str) -> Question {
        self.read_in(message, crate::locale::current())
    }

    /// Reads a message in its own language, or in `fallback` (the room's language) when it is
    /// too short to tell or the detector is unsure.
    pub fn read_in(&self, message: &str, fallback: Lang) -> Question {
        let ids: Vec<&str> = self.topic_ids.iter().map(String::as_str).collect();
        let (free, filters, problems) = split_filters(message, &ids);
        let lang = detect::detect(&free, self.languages(), fallback);
        let reading = self.reading(lang);
        let text = reading.spell_out(&free);
        let mut q = Question {
            raw: message.trim().to_string(),
            language: reading.lang,
            filters,
            problems,
            ..Question::default()
        };
        let tasks = {
            let mut scan = Scan::new(self, reading, &text);
            scan.run(&mut q);
            scan.tasks
        };
        q.task = decide_task(&tasks);
        recent_years(&mut q, &free);
        // "Does VIG work?": an effect asked of an intervention alone, for no one in particular,
        // is the evidence on it as a whole.
        if q.task == Task::Effect
            && !q.concepts.is_empty()
            && q.concepts.iter().all(|m| m.facet == Facet::Intervention)
        {
            q.task = Task::Overall;
        }
        q.text = text;
        q
    }
}

/// The word-by-word reading of one message: its words, and where the last cue of each sort
/// left off (what follows a cue is judged by it).
struct Scan<'a> {
    reader: &'a Reader,
    reading: &'a Reading,
    text: &'a str,
    t: Tokens<'a>,
    asks: Vec<bool>,
    tasks: Vec<Task>,
    // Where the last cue of each sort ended (word index), to judge what follows it.
    asker_before: Option<usize>,
    possessive: Option<usize>,
    negation: Option<usize>,
    // Where the last concept of the subject ended, and whether an "or" stood after it.
    last_end: Option<usize>,
    alternative: Option<usize>,
    listing: Option<usize>,
    // Where the asker's own clause ends ("Commissioner for 0-19 services."): what it names
    // is who asks.
    asker_until: usize,
}

impl<'a> Scan<'a> {
    fn new(reader: &'a Reader, reading: &'a Reading, text: &'a str) -> Scan<'a> {
        let t = Tokens::of(text);
        let asks = asking_words(text, &t);
        Scan {
            reader,
            reading,
            text,
            t,
            asks,
            tasks: Vec::new(),
            asker_before: None,
            possessive: None,
            negation: None,
            last_end: None,
            alternative: None,
            listing: None,
            asker_until: 0,
        }
    }

    /// Words `i` to `i + n` as typed.
    fn span(&self, i: usize, n: usize) -> String {
        self.text[self.t.at[i].0..self.t.at[i + n - 1].1].to_string()
    }

    /// Reads the message phrase by phrase (the longest the phrase table knows at each word)
    /// into `q`.
    fn run(&mut self, q: &mut Question) {
        let mut i = 0;
        while i < self.t.len() {
            let Some((n, cues)) = self.reading.phrases.longest_at(&self.t, i) else {
                self.plain_word(i, q);
                i += 1;
                continue;
            };
            let concepts = self.concepts_of(&cues);
            self.note_cues(&cues, concepts.is_empty(), i + n, q);
            // What the asker needs the answer for is context, even where its words also name a
            // concept ("court report").
            if cues.contains(&Cue::Purpose) {
                q.context.push(self.span(i, n));
            } else if !concepts.is_empty() {
                self.mention(concepts, i, n, q);
            }
            i += n;
        }
    }

    /// A word no phrase starts at: a word for ordering records, and a candidate to say is not
    /// recognised, unless it is filler.
    fn plain_word(&self, i: usize, q: &mut Question) {
        let w = &self.t.normal[i];
        if !self.reading.is_filler(w) && w.chars().any(char::is_alphabetic) {
            q.words.push(w.clone());
            if w.chars().count() > 2 && !q.candidates.iter().any(|c| c == self.t.typed[i]) {
                q.candidates.push(self.t.typed[i].to_string());
            }
        }
    }

    /// The concepts a phrase names. A phrase that marks a task ("how many sessions",
    /// "cost-effective") is the task, not also an intervention or outcome to look for.
    fn concepts_of(&self, cues: &[Cue]) -> Vec<usize> {
        let marks_task = cues.iter().any(|c| matches!(c, Cue::Task(_)));
        cues.iter()
            .filter_map(|c| match c {
                Cue::Concept(k) | Cue::Acronym(k, _) => Some(*k),
                _ => None,
            })
            .filter(|k| {
                !marks_task
                    || !matches!(
                        self.reader.vocabulary.facet(*k),
                        Facet::Intervention | Facet::Outcome
                    )
            })
            .collect()
    }

    /// Takes note of a phrase's cues other than concepts; `end` is the word after the phrase.
    fn note_cues(&mut self, cues: &[Cue], no_concepts: bool, end: usize, q: &mut Question) {
        for cue in cues {
            match cue {
                Cue::Task(task) => self.tasks.push(*task),
                Cue::Style(s) if q.style.is_none() => q.style = Some(s.clone()),
                Cue::AskerBefore => self.asker_before = Some(end),
                Cue::Possessive => self.possessive = Some(end),
                Cue::Negation => self.negation = Some(end),
                Cue::NotNegating => self.negation = None,
                Cue::Alternative if no_concepts => self.alternative = Some(end),
                Cue::List if no_concepts => self.listing = Some(end),
                Cue::Recent => q.recent = true,
                Cue::Newer => {
                    q.recent = true;
                    q.newer = true;
                }
                _ => {}
            }
        }
    }

    /// A phrase at words `i` to `i + n` that names `concepts`: who asks, what is left out, a
    /// kind of evidence, a profession the subject names, or the subject.
    fn mention(&mut self, concepts: Vec<usize>, i: usize, n: usize, q: &mut Question) {
        let vocabulary = &self.reader.vocabulary;
        // A word that names a profession and something else ("SLT": the therapy and the
        // therapist) is the other thing, unless it says who asks (below).
        let profession = concepts
            .iter()
            .any(|c| vocabulary.facet(*c) == Facet::Profession);
        let facet = concepts
            .iter()
            .map(|c| vocabulary.facet(*c))
            .find(|f| *f != Facet::Profession)
            .unwrap_or(Facet::Profession);
        let (t, text) = (&self.t, self.text);
        let between = self
            .last_end
            .map(|e: usize| text[t.at[e - 1].1..t.at[i].0].trim());
        let mut m = Mention {
            concepts,
            text: self.span(i, n),
            facet,
            or_previous: self.alternative == Some(i) || between == Some("/"),
            listed: self.listing == Some(i) || between == Some(","),
            asked: self.asks[i],
        };
        let (asker, signs) = self.says_who_asks(profession, i, n);
        if !asker && facet != Facet::Profession {
            m.concepts
                .retain(|c| vocabulary.facet(*c) != Facet::Profession);
        }
        let words = t.normal[i..i + n].iter().cloned();
        // "SW in a kinship team." signs a message up to its first stop; "SW - court
        // ordered VIG" only with the profession.
        if asker && signs {
            self.asker_until = (i..t.len()).find(|&j| t.stop[j]).map_or(t.len(), |j| j + 1);
        }
        if negated(self.negation, i, t, &self.reading.phrases) {
            q.excluded.push(m);
        } else if asker || i < self.asker_until {
            // "Neonatal psychologist", "Cleft nurse specialist": what qualifies the
            // asker's profession is part of who asks.
            if self.last_end == Some(i) {
                if let Some(before) = q.concepts.pop() {
                    q.context.push(before.text);
                }
            }
            q.context.push(m.text);
        } else if facet == Facet::Kind {
            q.words.extend(words);
            for c in &m.concepts {
                for k in &vocabulary.concept(*c).kinds {
                    if !q.kinds.contains(k) {
                        q.kinds.push(*k);
                    }
                }
            }
        } else if facet == Facet::Profession {
            q.words.extend(words);
            q.soft.push(m);
        } else {
            q.words.extend(words);
            self.last_end = Some(i + n);
            match q.concepts.iter_mut().find(|x| x.concepts == m.concepts) {
                Some(x) => x.asked |= m.asked,
                None => q.concepts.push(m),
            }
        }
    }

    /// Whether a phrase at words `i` to `i + n` that names a profession says who asks, and
    /// whether it opens the message as a signature ("SW in a kinship team.").
    fn says_who_asks(&self, profession: bool, i: usize, n: usize) -> (bool, bool) {
        let t = &self.t;
        let after = self.text[t.at[i + n - 1].1..].trim_start();
        let opens = i == 0 && after.starts_with(['-', ':', ',', '–', '—', '(', '.']);
        let next = self.reading.phrases.longest_at(t, i + n).map(|(_, c)| c);
        let next_is = |cue: Cue| next.as_ref().is_some_and(|c| c.contains(&cue));
        let signs = i == 0 && next_is(Cue::Opening);
        let asker = profession
            && (self.asker_before == Some(i)
                || self.possessive == Some(i)
                || opens
                || signs
                || next_is(Cue::AskerAfter));
        (asker, signs)
    }
}

/// The years a request for recent evidence means when no filter says: years typed beside it
/// say which ("recent studies 2023 2024" those years; "refs from 2003 and 2008, anything more
/// recent?" after the last).
fn recent_years(q: &mut Question, free: &str) {
    if q.recent && q.filters.year_from.is_none() && q.filters.year_to.is_none() {
        let years: Vec<u16> = typed_years(free).collect();
        if let (Some(&first), Some(&last)) = (years.iter().min(), years.iter().max()) {
            if q.newer {
                q.filters.year_from = Some(last + 1);
            } else {
                q.filters.year_from = Some(first);
                q.filters.year_to = (last > first).then_some(last);
            }
        }
    }
}

/// The years written as numbers in a text (1950 to 2099), outside longer numbers.
fn typed_years(text: &str) -> impl Iterator<Item = u16> + '_ {
    text.split(|c: char| !c.is_ascii_digit())
        .filter(|d| d.len() == 4)
        .filter_map(|d| d.parse::<u16>().ok())
        .filter(|y| (1950..2100).contains(y))
}

/// Per word, whether it is in a sentence that asks: one that ends with "?", or any sentence of
/// a message that asks nowhere.
fn asking_words(text: &str, t: &Tokens<'_>) -> Vec<bool> {
    let mut out = vec![true; t.len()];
    if !text.contains('?') {
        return out;
    }
    let mut start = 0;
    for (i, (_, end)) in t.at.iter().enumerate() {
        let next = t.at.get(i + 1).map_or(text.len(), |(a, _)| *a);
        let gap = &text[*end..next];
        if let Some(p) = gap.find(['?', '.', '!', '\n']) {
            let asks = gap[p..].starts_with('?');
            out[start..=i].iter_mut().for_each(|w| *w = asks);
            start = i + 1;
        }
    }
    out[start..].iter_mut().for_each(|w| *w = false);
    out
}

/// Whether a concept at word `i` is negated: a negation ended at most three linking words
/// before it.
fn negated(negation: Option<usize>, i: usize, t: &Tokens<'_>, phrases: &Phrases) -> bool {
    let Some(end) = negation else {
        return false;
    };
    if end > i || i - end > 3 {
        return false;
    }
    (end..i).all(|j| {
        phrases
            .longest_at(t, j)
            .is_some_and(|(_, c)| c.contains(&Cue::Linking))
    })
}

/// The task of a message from the tasks its cues mark: a request (citation, reading list,
/// chart) first, then a question about the evidence as data, then recommendation, experience
/// and the evidence as a whole; an effect when none.
fn decide_task(found: &[Task]) -> Task {
    use Task::*;
    const ORDER: &[Task] = &[
        ReadingList,
        Chart,
        Citation,
        Largest,
        Count,
        Null,
        Harms,
        Dose,
        DeliveredBy,
        Currency,
        Certainty,
        Attrition,
        Cost,
        Recommendation,
        Experience,
        Overall,
    ];
    ORDER
        .iter()
        .copied()
        .find(|t| found.contains(t))
        .unwrap_or(Effect)
}
