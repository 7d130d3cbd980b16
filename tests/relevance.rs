//! Search relevance. The project's question set (tests/data/relevance.yaml: questions as
//! practitioners type them, judged against the records' content; see its header) and the room
//! set (tests/data/room-messages.yaml: messages typed in a room by someone who never saw the
//! knowledge, judged by someone else; only its development half is worked on). The floors are
//! the figures the bot reaches today, so a change that makes answers worse fails here; the
//! reports printed by these tests (and by `evidence-bot eval`) list every miss.
//!
//! The project's set was judged for the earlier evidence ladder, on which guidelines came first
//! for every question; answers now put peer-reviewed syntheses and RCTs before guidelines for a
//! question about an effect, so its floors are below the 0.95 they were (see the notes of the
//! understanding change in docs/relevance-judging.md).

use evidence_bot::eval;
use evidence_bot::snapshot::Snapshot;

/// (metric, floor): today's figures, rounded down.
const FLOORS: [(&str, f64); 5] = [
    ("success@3", 0.72),
    ("recall@5", 0.70),
    ("MRR", 0.74),
    ("out of scope with no direct hit", 0.82),
    ("first direct hit is the strongest relevant", 0.53),
];

/// Room set, development half: (in-scope messages of the measured groups with a must-show
/// record among the first three presented as the evidence, of how many); the share of concepts
/// named in nothing-lines that the judge listed as missing; questions nothing covers told so.
const ROOM_DEV_SUCCESS: (usize, usize) = (13, 15);
const ROOM_DEV_NOTHING_PRECISION: f64 = 0.9;

#[test]
fn relevance_set_meets_the_floor() {
    let (lib, _) = Snapshot::load(None).unwrap();
    let text = include_str!("data/relevance.yaml");
    let questions = eval::read(text).unwrap();
    assert!(questions.len() >= 200, "{} questions", questions.len());
    let out_of_scope = questions.iter().filter(|q| q.out_of_scope).count();
    assert!(out_of_scope >= 15, "{out_of_scope} out-of-scope questions");
    let report = eval::evaluate(&lib, &questions);
    println!("{}", report.to_text());
    let unmatched: Vec<_> = report
        .results
        .iter()
        .filter(|r| !r.unmatched.is_empty())
        .collect();
    assert!(
        unmatched.is_empty(),
        "judgements name unknown records: {unmatched:#?}"
    );
    let measured = [
        report.success_at_3,
        report.recall_at_5,
        report.mrr,
        report.out_of_scope_honest,
        report.strongest_first,
    ];
    for ((name, floor), got) in FLOORS.iter().zip(measured) {
        assert!(
            got >= *floor,
            "{name} {got:.3} < {floor}\n{}",
            report.to_text()
        );
    }
}

#[test]
fn room_set_development_half_meets_the_floor() {
    let (lib, _) = Snapshot::load(None).unwrap();
    let messages = eval::room::read(include_str!("data/room-messages.yaml")).unwrap();
    assert_eq!(messages.len(), 100);
    let split = eval::room::read_split(include_str!("data/room-messages-split.yaml")).unwrap();
    assert_eq!(split.dev.len() + split.held_out.len(), 100);
    let report = eval::room::evaluate(&lib, &messages, &split);
    println!("{}", report.to_text(&["dev"]));
    let dev = &report.scores["dev"];
    let pooled = &dev["pooled"];
    assert_eq!(pooled.in_scope, ROOM_DEV_SUCCESS.1);
    assert!(
        pooled.in_scope_success >= ROOM_DEV_SUCCESS.0,
        "{} of {}\n{}",
        pooled.in_scope_success,
        pooled.in_scope,
        report.to_text(&["dev"])
    );
    assert!(
        pooled.nothing_precision() >= ROOM_DEV_NOTHING_PRECISION,
        "{:.2}",
        pooled.nothing_precision()
    );
    assert_eq!(
        pooled.none_told, pooled.none,
        "a question nothing covers was answered"
    );
}
