//! Which records are about a question: by its concepts, with alternatives, narrowing, named
//! records, and the honest sentence when nothing covers a concept.

use evidence_core::knowledge::model::Intervention;

use super::{bundled, hits, ids, own_words};

#[test]
fn a_concept_nothing_covers_is_named_with_the_nearest_broader_one() {
    let (k, index) = bundled();
    let v = &k.vocabulary;
    let counts = k.counts_by_concept();
    for id in ["adhd", "emdr", "prisons"] {
        let c = v.index(id).expect("in the vocabulary");
        // Independently of the index: no record is tagged with it or names it.
        assert_eq!(counts[c], 0, "{id}");
        let label = &v.concept(c).label;
        assert!(
            k.records
                .iter()
                .all(|r| !own_words(r).contains(&label.to_lowercase())),
            "{id}"
        );
        let res = index.search(&format!("does VIG help with {label}?"));
        assert_eq!(res.unmatched, vec![label.clone()], "{id}");
        assert!(res.hits.is_empty(), "{id}: {:?}", ids(k, &res));
        // The nearest broader concept that records have.
        for near in &res.nearest {
            let n = v.index(&near.id).unwrap();
            assert!(
                v.is_under(c, n) && counts[n] > 0 || near.records > 0,
                "{near:?}"
            );
        }
    }
}

#[test]
fn a_question_is_about_every_record_tagged_with_its_concept() {
    let (k, index) = bundled();
    let res = index.search("preterm");
    let got = ids(k, &res);
    for r in k
        .records
        .iter()
        .filter(|r| r.topics.iter().any(|t| t == "preterm"))
    {
        assert!(got.contains(&r.id), "{} missing from {got:?}", r.id);
    }
}

#[test]
fn concepts_of_one_facet_that_share_a_parent_are_alternatives() {
    let (k, index) = bundled();
    let either = ids(k, &index.search("VIG or VERP"));
    for r in k
        .records
        .iter()
        .filter(|r| matches!(r.intervention, Intervention::Vig | Intervention::Verp))
    {
        assert!(either.contains(&r.id), "{}", r.id);
    }
    // A list of one facet, too ("PND, preterm and neglect").
    let listed = ids(k, &index.search("VIG with PND, preterm and neglect"));
    assert!(!listed.is_empty());
}

#[test]
fn concepts_of_different_facets_narrow() {
    let (k, index) = bundled();
    let res = index.search("VIG for fathers");
    assert!(!res.hits.is_empty());
    // Each record is about fathers (a label of the concept in its own words) and about VIG or
    // video feedback in general.
    let fathers = k.vocabulary.get("fathers").unwrap();
    for r in hits(k, &res) {
        let words = own_words(r);
        assert!(
            fathers.labels().any(|l| words.contains(&l.to_lowercase())),
            "{}",
            r.id
        );
        assert!(
            matches!(
                r.intervention,
                Intervention::Vig | Intervention::VideoFeedback
            ),
            "{}",
            r.id
        );
    }
}

#[test]
fn a_record_named_by_author_and_year_is_the_answer() {
    let (k, index) = bundled();
    let res = index.search("what did Hoffenkamp 2015 find");
    let want: Vec<String> = k
        .records
        .iter()
        .filter(|r| {
            r.year == Some(2015)
                && r.authors
                    .iter()
                    .any(|a| a.family.as_deref() == Some("Hoffenkamp"))
        })
        .map(|r| r.id.clone())
        .collect();
    assert!(!want.is_empty());
    assert_eq!(ids(k, &res), want);
}

#[test]
fn a_message_with_no_concept_is_said_to_be_unclear() {
    let (_, index) = bundled();
    let res = index.search("what do you reckon about thursday then");
    assert!(res.no_concept && res.hits.is_empty());
}
