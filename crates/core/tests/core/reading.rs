//! Reading a message: concepts, the asker's situation, purposes, negation, punctuation, tasks,
//! shorthand, patterns and spelling, checked against the vocabulary and the language file.

use evidence_core::knowledge::{Facet, Task};

use super::bundled;

fn concept_ids(text: &str) -> Vec<String> {
    let (k, index) = bundled();
    index
        .read(text)
        .all_concepts()
        .map(|c| k.vocabulary.concept(c).id.clone())
        .collect()
}

#[test]
fn the_askers_profession_and_purpose_are_context() {
    let (k, index) = bundled();
    let q =
        index.read("I'm a health visitor, does VIG help preterm babies? It's for a court report");
    assert!(q.context.iter().any(|c| c == "health visitor"), "{q:?}");
    assert!(q.context.iter().any(|c| c == "court report"), "{q:?}");
    let ids: Vec<&str> = q
        .all_concepts()
        .map(|c| k.vocabulary.concept(c).id.as_str())
        .collect();
    assert!(ids.contains(&"vig") && ids.contains(&"preterm"), "{ids:?}");
    for c in q.all_concepts() {
        assert_ne!(k.vocabulary.facet(c), Facet::Profession, "{ids:?}");
    }
    assert!(!ids.contains(&"family_court"), "{ids:?}");
    // Named as part of the subject, the same profession orders the records.
    let q = index.read("VIG delivered by health visitors with preterm babies");
    assert!(q
        .soft
        .iter()
        .any(|m| k.vocabulary.concept(m.concepts[0]).id == "health_visitors"));
}

#[test]
fn a_word_for_a_therapy_and_its_therapists_is_the_asker_where_it_says_who_asks() {
    let (k, index) = bundled();
    // "SLT" is in the scheme both as the therapy and as the profession.
    let facets = |id: &str| {
        k.vocabulary
            .concepts()
            .iter()
            .filter(|c| c.acronyms.iter().any(|a| a == id))
            .map(|c| c.facet)
            .collect::<Vec<_>>()
    };
    assert!(facets("SLT").contains(&Some(Facet::Profession)) && facets("SLT").len() > 1);
    let q = index.read("SLT here, does video feedback help parents of late talkers?");
    assert!(q.context.iter().any(|c| c == "SLT"), "{q:?}");
    assert!(q.concepts.iter().all(|m| m.text != "SLT"), "{q:?}");
    // Asked about, it is the therapy, not a profession that only orders the records.
    let q = index.read("does SLT help late talkers?");
    let slt = q
        .concepts
        .iter()
        .find(|m| m.text == "SLT")
        .expect("SLT read");
    assert_ne!(slt.facet, Facet::Profession);
    assert!(slt
        .concepts
        .iter()
        .all(|c| k.vocabulary.facet(*c) != Facet::Profession));
}

#[test]
fn negated_concepts_are_left_out() {
    let (k, index) = bundled();
    let q = index.read("VIPP trials but not VIPP-SD");
    let excluded: Vec<&str> = q
        .excluded
        .iter()
        .map(|m| k.vocabulary.concept(m.concepts[0]).id.as_str())
        .collect();
    assert_eq!(excluded, ["vipp_sd"]);
    // "Or not" asks, it does not exclude.
    assert!(index
        .read("does VIG work for dads or not")
        .excluded
        .is_empty());
}

#[test]
fn a_name_never_runs_over_sentence_punctuation() {
    let (k, _) = bundled();
    // A two-word name of the vocabulary, typed with a full stop between its words.
    let (id, label) = k
        .vocabulary
        .concepts()
        .iter()
        .flat_map(|c| c.alt.iter().map(move |l| (c.id.as_str(), l.as_str())))
        .find(|(_, l)| l == &"group VIG")
        .expect("the vocabulary names group VIG");
    assert!(concept_ids(label).contains(&id.to_string()));
    assert!(!concept_ids("a support group. VIG for mums").contains(&id.to_string()));
}

#[test]
fn each_task_is_marked_by_its_cues() {
    let (k, index) = bundled();
    for task in [
        Task::Recommendation,
        Task::Citation,
        Task::ReadingList,
        Task::Chart,
        Task::Largest,
        Task::Attrition,
        Task::Certainty,
    ] {
        let cue = &k.language.tasks[&task][0];
        let q = index.read(&format!("VIG for fathers, {cue}"));
        assert_eq!(q.task, task, "{cue}");
    }
    // An intervention asked about for no one in particular is the evidence as a whole.
    assert_eq!(index.read("does VIG work?").task, Task::Overall);
    assert_eq!(index.read("does VIG help fathers?").task, Task::Effect);
}

#[test]
fn shorthand_and_patterns_come_from_the_language_file() {
    let (k, index) = bundled();
    assert_eq!(k.language.shorthand["hv"], "health visitor");
    let q = index.read("hv here, twins born at 30 weeks now home, VIG?");
    assert!(q.context.iter().any(|c| c == "health visitor"), "{q:?}");
    // "born at 30 weeks" is under 37 weeks: the pattern adds "preterm".
    assert!(concept_ids("baby born at 30 weeks, does VIG help?").contains(&"preterm".into()));
    assert!(!concept_ids("baby born at 39 weeks, does VIG help?").contains(&"preterm".into()));
}

#[test]
fn spelling_is_corrected_towards_the_vocabulary_only() {
    let (_, index) = bundled();
    let res = index.search("premture babies");
    assert_eq!(
        res.spelling,
        vec![("premture".to_string(), "premature".to_string())]
    );
    // A name is never turned into an ordinary word, and an English word is not corrected.
    assert!(index
        .search("SLT here. Palin PCI for stammering")
        .spelling
        .is_empty());
    assert!(index.search("weather in London").spelling.is_empty());
}
