//! Search relevance on the project's own question set: success@3 >= 0.9 and MRR >= 0.8.
//! The set lives in tests/data/relevance.yaml; `evidence-bot eval FILE` prints the same report.

use evidence_bot::eval;
use evidence_bot::snapshot::Snapshot;

#[test]
fn relevance_set_meets_the_floor() {
    let (lib, _) = Snapshot::load(None).unwrap();
    let text = include_str!("data/relevance.yaml");
    let questions = eval::read(text).unwrap();
    assert!(questions.len() >= 40, "{} questions", questions.len());
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
    assert!(
        report.success_at_3 >= 0.9,
        "success@3 {:.3}\n{}",
        report.success_at_3,
        report.to_text()
    );
    assert!(
        report.mrr >= 0.8,
        "MRR {:.3}\n{}",
        report.mrr,
        report.to_text()
    );
}
