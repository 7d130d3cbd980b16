//! The room evaluation: messages as people type them in a room, judged by someone who never
//! saw the bot, sent to the bot as addressed to it (a follow-up after the message it follows,
//! in one conversation), and scored on what each reply presents as the evidence.
//!
//! Per group and pooled: success@3 (a must-show record among the first three records presented
//! as the evidence), questions nothing covers told so (no record presented as the evidence),
//! nothing-line precision (each concept a "nothing in the knowledge is about" line names is one
//! the judge listed as missing), strongest first (the first record presented is the judged
//! strongest, or one at its evidence level), and, for risk disclosures and messages that are not
//! questions, that no record list came back.

use std::collections::BTreeMap;
use std::time::Instant;

use serde::{Deserialize, Serialize};

use super::Judgement;
use crate::answer::Action;
use crate::bot::{Bot, Settings, Step, LOCAL_USER};
use crate::chat::{BotNames, Incoming, MessageKind};
use crate::figure::Figure;
use crate::render::Presented;
use crate::rooms::RoomSettings;
use crate::snapshot::Snapshot;

/// One message of the room set.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Message {
    /// Its id ("m-001").
    pub id: String,
    /// Who typed it: practitioner, overall, trainer, not_a_question, risk, non_english,
    /// follow_up.
    pub group: String,
    /// The message as typed.
    pub text: String,
    /// For a message in another language: what it says in English.
    #[serde(default)]
    pub gloss: Option<String>,
    /// For a follow-up: the message sent before it in the same conversation.
    #[serde(default)]
    pub follows: Option<String>,
    /// How much of it the knowledge covers.
    pub scope: Scope,
    /// The records a good answer shows (key = a record id).
    #[serde(default)]
    pub relevant: Vec<Judgement>,
    /// The record that should come first.
    #[serde(default)]
    pub strongest: Option<String>,
    /// What it asks about that no record covers.
    #[serde(default)]
    pub missing: Vec<Missing>,
    /// `risk` or `not_a_question`: no record list is the right answer.
    #[serde(default)]
    pub kind: Option<String>,
    /// The judge's note.
    #[serde(default)]
    pub note: Option<String>,
}

/// How much of a message the knowledge covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Scope {
    /// Records are about it.
    In,
    /// Records are about part of it.
    Partial,
    /// Nothing is about it.
    None,
}

/// A concept a message asks about that no record covers, with the ways it was phrased.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Missing {
    /// The concept, named by the judge.
    pub concept: String,
    /// Forms of it that a nothing-line may use.
    #[serde(default)]
    pub forms: Vec<String>,
}

impl Missing {
    /// Whether a name given in a nothing-line is this concept: one contains the other, word
    /// for word, ignoring case and punctuation.
    fn names(&self, named: &str) -> bool {
        let words = |s: &str| -> Vec<String> {
            s.split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(str::to_lowercase)
                .collect()
        };
        let inside = |small: &[String], big: &[String]| {
            !small.is_empty() && big.windows(small.len()).any(|w| w == small)
        };
        let n = words(named);
        std::iter::once(&self.concept)
            .chain(&self.forms)
            .map(|f| words(f))
            .any(|f| inside(&n, &f) || inside(&f, &n))
    }
}

/// The split of the set: lists of ids.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Split {
    /// The seed it was made with.
    #[serde(default)]
    pub seed: u64,
    /// The half the work is tuned on.
    pub dev: Vec<String>,
    /// The half only reported.
    pub held_out: Vec<String>,
}

impl Split {
    /// The half a message is in.
    pub fn half(&self, id: &str) -> &'static str {
        if self.dev.iter().any(|d| d == id) {
            "dev"
        } else if self.held_out.iter().any(|d| d == id) {
            "held_out"
        } else {
            "unsplit"
        }
    }
}

/// What came back for one message.
#[derive(Debug, Clone, Serialize)]
pub struct Outcome {
    /// Its id.
    pub id: String,
    /// Its group.
    pub group: String,
    /// Its half of the split.
    pub half: &'static str,
    /// Its scope.
    pub scope: Scope,
    /// The first records presented as the evidence (up to five).
    pub top: Vec<String>,
    /// A must-show record among the first three presented as the evidence (judged messages).
    pub success_at_3: Option<bool>,
    /// The first record presented is the strongest, or at its level (in-scope messages).
    pub strongest_first: Option<bool>,
    /// Nothing was presented as the evidence (messages nothing covers).
    pub told_none: bool,
    /// What the nothing-lines named, each with whether the judge listed it as missing.
    pub named: Vec<(String, bool)>,
    /// The reply listed records (any, evidence or not).
    pub listed: bool,
    /// The reply was the safety reply.
    pub safety: bool,
}

/// Scores for one group (or pooled).
#[derive(Debug, Clone, Default, Serialize)]
pub struct Scores {
    /// Messages.
    pub messages: usize,
    /// In-scope messages, and those with a must-show record in the first three.
    pub in_scope: usize,
    /// ...
    pub in_scope_success: usize,
    /// Partly covered messages, and those with a must-show record in the first three.
    pub partial: usize,
    /// ...
    pub partial_success: usize,
    /// Messages nothing covers, and those told so.
    pub none: usize,
    /// ...
    pub none_told: usize,
    /// Concepts named in nothing-lines, and those the judge listed as missing.
    pub named: usize,
    /// ...
    pub named_missing: usize,
    /// In-scope messages with a judged strongest record, and those where it (or its level)
    /// came first.
    pub strongest: usize,
    /// ...
    pub strongest_first: usize,
    /// Messages that must get no record list (risk, not a question), and those that got none.
    pub no_list: usize,
    /// ...
    pub no_list_kept: usize,
}

impl Scores {
    fn add(&mut self, o: &Outcome, must_not_list: bool) {
        self.messages += 1;
        match (o.scope, o.success_at_3) {
            (Scope::In, Some(s)) => {
                self.in_scope += 1;
                self.in_scope_success += usize::from(s);
            }
            (Scope::Partial, Some(s)) => {
                self.partial += 1;
                self.partial_success += usize::from(s);
            }
            _ => {}
        }
        if o.scope == Scope::None && !must_not_list {
            self.none += 1;
            self.none_told += usize::from(o.told_none);
        }
        self.named += o.named.len();
        self.named_missing += o.named.iter().filter(|(_, ok)| *ok).count();
        if let Some(s) = o.strongest_first {
            self.strongest += 1;
            self.strongest_first += usize::from(s);
        }
        if must_not_list {
            self.no_list += 1;
            self.no_list_kept += usize::from(!o.listed);
        }
    }

    /// Share of in-scope messages with a must-show record in the first three.
    pub fn success_at_3(&self) -> f64 {
        share(self.in_scope_success, self.in_scope)
    }

    /// Share of named concepts the judge listed as missing.
    pub fn nothing_precision(&self) -> f64 {
        share(self.named_missing, self.named)
    }
}

fn share(n: usize, of: usize) -> f64 {
    if of == 0 {
        1.0
    } else {
        n as f64 / of as f64
    }
}

/// The groups whose in-scope success is the project's measure.
pub const MEASURED_GROUPS: &[&str] = &["practitioner", "overall", "trainer"];

/// The whole report.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Report {
    /// Per half ("dev", "held_out", "unsplit"), per group, and "pooled" (the measured groups).
    pub scores: BTreeMap<String, BTreeMap<String, Scores>>,
    /// Every message's outcome.
    pub outcomes: Vec<Outcome>,
}

/// Reads a room set (YAML list).
pub fn read(text: &str) -> Result<Vec<Message>, serde_yaml::Error> {
    serde_yaml::from_str(text)
}

/// Reads a split file.
pub fn read_split(text: &str) -> Result<Split, serde_yaml::Error> {
    serde_yaml::from_str(text)
}

/// Sends each message to a bot of its own (one conversation per message: the message it
/// follows first) and scores the replies.
pub fn evaluate(snap: &Snapshot, messages: &[Message], split: &Split) -> Report {
    let mut report = Report::default();
    for m in messages {
        let bot = bot_for_eval();
        if let Some(first) = &m.follows {
            send(&bot, snap, first);
        }
        let presented = send(&bot, snap, &m.text);
        let o = judge(m, &presented, snap, split.half(&m.id));
        let must_not_list = matches!(m.kind.as_deref(), Some("risk" | "not_a_question"));
        for group in [m.group.as_str(), "all"].into_iter().chain(
            MEASURED_GROUPS
                .contains(&m.group.as_str())
                .then_some("pooled"),
        ) {
            for half in [o.half, "both"] {
                report
                    .scores
                    .entry(half.to_string())
                    .or_default()
                    .entry(group.to_string())
                    .or_default()
                    .add(&o, must_not_list);
            }
        }
        report.outcomes.push(o);
        // A message in another language is also sent as its English gloss: the two should
        // score alike (issue 31).
        if let Some(gloss) = m.gloss.as_deref().filter(|_| m.group == "non_english") {
            let english = gloss.split_once(": ").map_or(gloss, |(_, g)| g);
            let mut o = judge(
                m,
                &send(&bot_for_eval(), snap, english),
                snap,
                split.half(&m.id),
            );
            o.id = format!("{}/gloss", m.id);
            o.group = "non_english_gloss".into();
            for half in [o.half, "both"] {
                report
                    .scores
                    .entry(half.to_string())
                    .or_default()
                    .entry(o.group.clone())
                    .or_default()
                    .add(&o, must_not_list);
            }
            report.outcomes.push(o);
        }
    }
    report
}

pub(crate) fn bot_for_eval() -> Bot {
    Bot::new(
        Settings::local(),
        BotNames {
            user_id: "@evidence-bot:local".into(),
            display_name: None,
        },
    )
}

/// What the bot presented in reply to a message addressed to it.
pub(crate) fn send(bot: &Bot, snap: &Snapshot, text: &str) -> Presented {
    let body = if text.trim_start().starts_with("@evidence-bot") || text.starts_with('!') {
        text.to_string()
    } else {
        format!("@evidence-bot: {text}")
    };
    let msg = Incoming {
        room: "!eval:local".into(),
        event_id: "$eval".into(),
        sender: LOCAL_USER.into(),
        body,
        ts_ms: crate::clock::now_ms(),
        kind: MessageKind::Text,
        is_edit: false,
        mentions_bot: true,
        relates_to: None,
    };
    let Step::Answer(job) = bot.receive(&msg, snap, msg.ts_ms, Instant::now(), false) else {
        return Presented::default();
    };
    match bot.answer(&job, snap, &RoomSettings::default(), None) {
        Action::Reply(r) => r.presented,
        Action::Figure(Figure::Chart(c)) => Presented {
            evidence: c.record_ids,
            ..Presented::default()
        },
        _ => Presented::default(),
    }
}

/// Whether a judgement names a record: its key is the record's id (the year is the one the
/// judge saw; a record's year corrected since does not unname it).
fn names(j: &Judgement, r: &crate::knowledge::Record) -> bool {
    j.key == r.id || j.matches(r)
}

fn judge(m: &Message, p: &Presented, snap: &Snapshot, half: &'static str) -> Outcome {
    let records = &snap.knowledge.records;
    let presented: Vec<&crate::knowledge::Record> = p
        .evidence
        .iter()
        .filter_map(|id| snap.knowledge.get(id))
        .collect();
    let judged = !m.relevant.is_empty();
    let success = judged.then(|| {
        presented
            .iter()
            .take(3)
            .any(|r| m.relevant.iter().any(|j| j.grade >= 3 && names(j, r)))
    });
    let strongest_first = match (&m.strongest, m.scope) {
        (Some(id), Scope::In) => {
            let level = records
                .iter()
                .find(|r| &r.id == id)
                .map(|r| r.evidence_level());
            Some(presented.first().is_some_and(|r| {
                &r.id == id
                    || (Some(r.evidence_level()) == level && m.relevant.iter().any(|j| names(j, r)))
            }))
        }
        _ => None,
    };
    Outcome {
        id: m.id.clone(),
        group: m.group.clone(),
        half,
        scope: m.scope,
        top: p.evidence.iter().take(5).cloned().collect(),
        success_at_3: success,
        strongest_first,
        told_none: p.evidence.is_empty(),
        named: p
            .missing
            .iter()
            .map(|n| (n.clone(), m.missing.iter().any(|x| x.names(n))))
            .collect(),
        listed: p.lists_records(),
        safety: p.safety,
    }
}

impl Report {
    /// A table per half, then every miss of the measured groups.
    pub fn to_text(&self, show_misses_of: &[&str]) -> String {
        let mut s = String::new();
        for (half, groups) in &self.scores {
            s.push_str(&format!("== {half}\n"));
            s.push_str("group            msgs  in@3        partial@3   none told   named ok    strongest   no list\n");
            for (g, sc) in groups {
                let frac = |n: usize, of: usize| {
                    if of == 0 {
                        "-".to_string()
                    } else {
                        format!("{n}/{of}")
                    }
                };
                s.push_str(&format!(
                    "{g:<16} {:>4}  {:<11} {:<11} {:<11} {:<11} {:<11} {}\n",
                    sc.messages,
                    frac(sc.in_scope_success, sc.in_scope),
                    frac(sc.partial_success, sc.partial),
                    frac(sc.none_told, sc.none),
                    frac(sc.named_missing, sc.named),
                    frac(sc.strongest_first, sc.strongest),
                    frac(sc.no_list_kept, sc.no_list),
                ));
            }
        }
        for o in self
            .outcomes
            .iter()
            .filter(|o| show_misses_of.contains(&o.half))
        {
            let miss = o.success_at_3 == Some(false)
                || o.named.iter().any(|(_, ok)| !ok)
                || (o.scope == Scope::None && !o.told_none);
            if miss {
                let named: Vec<String> = o
                    .named
                    .iter()
                    .map(|(n, ok)| format!("{n}{}", if *ok { "" } else { " (not missing)" }))
                    .collect();
                s.push_str(&format!(
                    "- {} [{} {:?}] top = [{}]{}\n",
                    o.id,
                    o.group,
                    o.scope,
                    o.top.join(", "),
                    if named.is_empty() {
                        String::new()
                    } else {
                        format!(" nothing about: {}", named.join("; "))
                    }
                ));
            }
        }
        s
    }
}
