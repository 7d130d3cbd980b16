//! Questions in other languages (issue 31): labels matched in every message, Welsh mutations,
//! the reply in the asker's language (or the room's), and safety in every language. Expected
//! sentences come from the Fluent files and labels from the language files, read here as text;
//! disclosures from the blind sets in `tests/data/languages/`, written by people who never saw
//! the patterns.

use std::time::Instant;

use evidence_core::answer::Action;
use evidence_core::bot::{Bot, Settings, Step};
use evidence_core::chat::{BotNames, Incoming, MessageKind};
use evidence_core::knowledge::{self, bundled_files};
use evidence_core::locale::Lang;
use evidence_core::rooms::RoomSettings;
use evidence_core::snapshot::Snapshot;
use serde::Deserialize;

use super::bundled;

fn repo(path: &str) -> String {
    format!("{}/../../{path}", env!("CARGO_MANIFEST_DIR"))
}

/// A message's text in a Fluent file (a one-line message without variables).
fn fluent(lang: &str, id: &str) -> String {
    let text = std::fs::read_to_string(repo(&format!("crates/core/i18n/{lang}.ftl"))).unwrap();
    let prefix = format!("{id} = ");
    text.lines()
        .find_map(|l| l.strip_prefix(&prefix))
        .unwrap_or_else(|| panic!("{id} in {lang}.ftl"))
        .to_string()
}

pub(crate) fn snapshot() -> &'static Snapshot {
    static S: std::sync::OnceLock<Snapshot> = std::sync::OnceLock::new();
    S.get_or_init(|| Snapshot::load(None).expect("bundled").0)
}

/// The plain reply to a message addressed to the bot, in a room with these settings.
fn reply(message: &str, room: &RoomSettings) -> (String, bool) {
    let snap = snapshot();
    let bot = Bot::new(
        Settings::local(),
        BotNames {
            user_id: "@evidence-bot:local".into(),
            display_name: None,
        },
    );
    let msg = Incoming {
        room: "!lang:local".into(),
        event_id: "$1".into(),
        sender: "@ann:local".into(),
        body: format!("@evidence-bot: {message}"),
        ts_ms: evidence_core::clock::now_ms(),
        kind: MessageKind::Text,
        is_edit: false,
        mentions_bot: true,
        relates_to: None,
    };
    let Step::Answer(job) = bot.receive(&msg, snap, msg.ts_ms, Instant::now(), false) else {
        panic!("no answer to {message}");
    };
    match bot.answer(&job, snap, room, None) {
        Action::Reply(r) => (r.plain, r.presented.safety),
        other => panic!("not a reply: {other:?}"),
    }
}

#[test]
fn a_welsh_label_is_matched_in_its_mutated_forms() {
    let (k, index) = bundled();
    let preterm = k.vocabulary.index("preterm").unwrap();
    // cy.yaml labels preterm "babanod cynamserol"; its mutation table softens b to f.
    let cy = std::fs::read_to_string(repo("knowledge/language/cy.yaml")).unwrap();
    assert!(cy.contains("babanod cynamserol"));
    for message in [
        "oes tystiolaeth am VIG gyda rhieni babanod cynamserol?",
        "oes tystiolaeth am VIG i rieni fabanod cynamserol?",
    ] {
        let q = index.read(message);
        assert!(q.all_concepts().any(|c| c == preterm), "{message}: {q:?}");
        assert_eq!(q.language, Lang::Cy, "{message}");
    }
}

#[test]
fn labels_of_every_language_are_matched_whatever_the_message_s_language() {
    let (k, index) = bundled();
    // de.yaml labels preterm "Frühgeborenen": an English question with the German word in it.
    let de = std::fs::read_to_string(repo("knowledge/language/de.yaml")).unwrap();
    assert!(de.contains("Frühgeborenen"));
    let preterm = k.vocabulary.index("preterm").unwrap();
    let q = index.read("any RCTs of video feedback with Frühgeborenen and their parents?");
    assert_eq!(q.language, Lang::En);
    assert!(q.all_concepts().any(|c| c == preterm), "{q:?}");
}

#[test]
fn a_question_is_answered_in_its_own_language_with_titles_left_in_english() {
    for (lang, message) in [
        (
            "nl",
            "Hoe sterk is het bewijs voor Marte Meo bij jonge kinderen?",
        ),
        (
            "de",
            "Gibt es Studien zu Videofeedback bei Frühgeborenen und ihren Eltern?",
        ),
        (
            "sv",
            "Finns det forskning om videofeedback för föräldrar med depression?",
        ),
    ] {
        let (plain, safety) = reply(message, &RoomSettings::default());
        assert!(!safety);
        assert!(
            plain.contains(&fluent(lang, "summaries-in-english")),
            "{lang}: {plain}"
        );
    }
    let (plain, _) = reply(
        "any evidence for VIG with fathers?",
        &RoomSettings::default(),
    );
    assert!(
        !plain.contains(&fluent("en", "summaries-in-english")),
        "{plain}"
    );
}

#[test]
fn a_room_s_language_wins_over_the_message_s() {
    let mut room = RoomSettings::default();
    assert_eq!(room.set("language", "Deutsch"), Ok("de".into()));
    let (plain, _) = reply("any evidence for VIG with fathers?", &room);
    assert!(
        plain.contains(&fluent("de", "summaries-in-english")),
        "{plain}"
    );
    assert_eq!(room.set("language", "auto"), Ok("auto".into()));
    assert!(room.set("language", "klingon").is_err());
}

#[derive(Deserialize)]
struct Set {
    language: String,
    disclosures: Vec<Said>,
    near_misses: Vec<Said>,
}

#[derive(Deserialize)]
struct Said {
    id: String,
    text: String,
}

fn sets(dir: &str) -> Vec<Set> {
    ["nl", "de", "nb", "da", "sv", "cy"]
        .iter()
        .map(|code| {
            let text = std::fs::read_to_string(repo(&format!("{dir}/{code}.yaml"))).unwrap();
            serde_yaml::from_str(&text).unwrap()
        })
        .collect()
}

/// The first blind set is development: every disclosure in it gets the safety reply and every
/// near miss keeps its answer. (The second set is held out: `eval` measures it.)
#[test]
fn every_disclosure_of_the_first_set_gets_the_safety_reply_in_every_language() {
    let mut missed = Vec::new();
    for set in sets("tests/data/languages") {
        assert!(set.disclosures.len() >= 10, "{}", set.language);
        for d in &set.disclosures {
            if !reply(&d.text, &RoomSettings::default()).1 {
                missed.push(d.id.clone());
            }
        }
        for n in &set.near_misses {
            if reply(&n.text, &RoomSettings::default()).1 {
                missed.push(n.id.clone());
            }
        }
    }
    assert!(missed.is_empty(), "missed: {missed:?}");
}

#[test]
fn a_language_without_safety_patterns_is_not_switched_on() {
    let files: Vec<_> = bundled_files()
        .into_iter()
        .filter(|f| f.rel != "safety/nl.yaml")
        .collect();
    let (k, diags) = knowledge::from_files(&files, "test");
    assert!(k.languages.iter().all(|l| l.language != "nl"));
    assert!(k.languages.iter().any(|l| l.language == "de"));
    assert!(
        diags
            .iter()
            .any(|d| d.path.ends_with("language/nl.yaml") && d.message.contains("not switched on")),
        "{diags:?}"
    );
}

#[test]
fn a_one_word_label_is_not_read_in_a_related_language() {
    let (k, index) = bundled();
    // de.yaml labels nurseries "Hort" (after-school care); Norwegian "hørt" (heard) folds to it.
    let de = std::fs::read_to_string(repo("knowledge/language/de.yaml")).unwrap();
    assert!(de.contains(" Hort,"));
    let nurseries = k.vocabulary.index("nurseries").unwrap();
    let q = index.read("har hørt at det er få randomiserte studier av Marte Meo, stemmer det?");
    assert!(q.all_concepts().all(|c| c != nurseries), "{q:?}");
    let q = index.read("Gibt es Studien zu Video-Feedback im Hort?");
    assert!(q.all_concepts().any(|c| c == nurseries), "{q:?}");
}
