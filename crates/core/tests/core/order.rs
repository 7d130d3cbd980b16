//! The order of an answer follows its task, from the records' kind, `peer_reviewed` and the
//! guidelines' `stance`.

use evidence_core::knowledge::model::{Kind, PeerReview, Stance};

use super::{bundled, hits};

#[test]
fn recommendation_questions_put_guidelines_first_by_what_they_say() {
    let (k, index) = bundled();
    let res = index.search("is video feedback recommended by NICE?");
    let rs = hits(k, &res);
    let guidelines = rs.iter().take_while(|r| r.kind == Kind::Guideline).count();
    assert!(guidelines > 0);
    assert!(rs[guidelines..].iter().all(|r| r.kind != Kind::Guideline));
    // A guideline that recommends before one that only asks for research.
    let stance =
        |r: &&&evidence_core::knowledge::Record| r.findings.iter().filter_map(|f| f.stance).min();
    let first = stance(&&rs[0]);
    assert_eq!(first, Some(Stance::Recommends), "{}", rs[0].id);
    if let Some(p) = rs
        .iter()
        .position(|r| stance(&r) == Some(Stance::ResearchRecommendation))
    {
        assert!(rs[..p]
            .iter()
            .any(|r| stance(&r) == Some(Stance::Recommends)));
    }
}

#[test]
fn a_review_that_was_not_peer_reviewed_comes_after_those_that_were() {
    let (k, index) = bundled();
    let res = index.search("video feedback parental mental health");
    let rs = hits(k, &res);
    let review = |r: &&evidence_core::knowledge::Record| {
        matches!(r.kind, Kind::SystematicReview | Kind::MetaAnalysis)
    };
    let peer: Vec<usize> = (0..rs.len())
        .filter(|&i| review(&rs[i]) && rs[i].peer_reviewed == Some(PeerReview::Yes))
        .collect();
    let other: Vec<usize> = (0..rs.len())
        .filter(|&i| review(&rs[i]) && rs[i].peer_reviewed != Some(PeerReview::Yes))
        .collect();
    assert!(
        !peer.is_empty() && !other.is_empty(),
        "both kinds of review are about it"
    );
    assert!(peer[0] < other[0]);
}

#[test]
fn a_kind_asked_for_comes_first() {
    let (k, index) = bundled();
    let rs = hits(k, &index.search("any RCTs of VIG?"));
    assert!(
        matches!(rs[0].kind, Kind::Rct | Kind::PilotRct),
        "{}",
        rs[0].id
    );
}

#[test]
fn the_largest_trials_come_first_by_their_sample() {
    let (k, index) = bundled();
    let rs = hits(
        k,
        &index.search("what's the biggest trial of video feedback?"),
    );
    let n = |r: &evidence_core::knowledge::Record| {
        r.n_randomised
            .or_else(|| r.sample.as_ref().and_then(|s| s.n))
            .filter(|_| r.kind.is_primary_study())
            .unwrap_or(0)
    };
    let sizes: Vec<u32> = rs.iter().take(5).map(|r| n(r)).collect();
    assert!(sizes.windows(2).all(|w| w[0] >= w[1]), "{sizes:?}");
    assert!(sizes[0] > 0);
}

#[test]
fn recent_evidence_is_the_last_five_years_the_knowledge_holds_strongest_first() {
    let (k, index) = bundled();
    let rs = hits(
        k,
        &index.search("what's the most recent review of video feedback?"),
    );
    let newest = k.records.iter().filter_map(|r| r.year).max().unwrap();
    assert!(!rs.is_empty());
    assert!(
        rs.iter().all(|r| r.year.is_some_and(|y| y + 4 >= newest)),
        "{:?}",
        rs.iter().map(|r| (&r.id, r.year)).collect::<Vec<_>>()
    );
    assert!(
        matches!(rs[0].kind, Kind::SystematicReview | Kind::MetaAnalysis),
        "{}",
        rs[0].id
    );
}

#[test]
fn years_typed_beside_a_request_for_recent_evidence_say_which() {
    let (k, index) = bundled();
    let rs = hits(k, &index.search("recent studies 2023 2024"));
    let expected = k
        .records
        .iter()
        .filter(|r| r.year.is_some_and(|y| (2023..=2024).contains(&y)))
        .count();
    assert!(expected > 0);
    assert_eq!(rs.len(), expected);
    // "More recent" than the years named: after the last of them.
    let rs = hits(
        k,
        &index.search(
            "my refs are from 2003 and 2008, is there a more recent review of video feedback?",
        ),
    );
    assert!(!rs.is_empty());
    assert!(rs.iter().all(|r| r.year.is_some_and(|y| y > 2008)));
    assert!(matches!(
        rs[0].kind,
        Kind::SystematicReview | Kind::MetaAnalysis
    ));
}
