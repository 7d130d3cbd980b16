//! Search relevance on the project's question set (tests/data/relevance.yaml: questions as
//! practitioners type them, judged against the records' content; see its header). The floors are
//! the figures the search reaches today, so a change that makes answers worse fails here. They
//! include the targets: out-of-scope honesty 1.0 and strongest-first 0.9. The report
//! printed by this test (and by `evidence-bot eval tests/data/relevance.yaml`) lists every miss.

use evidence_bot::eval;
use evidence_bot::snapshot::Snapshot;

/// (metric, floor): today's figures, rounded down.
const FLOORS: [(&str, f64); 5] = [
    ("success@3", 0.95),
    ("recall@5", 0.87),
    ("MRR", 0.95),
    ("out of scope with no direct hit", 1.0),
    ("first direct hit is the strongest relevant", 0.9),
];

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
