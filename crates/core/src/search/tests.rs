//! How questions are understood and which records are direct, on the knowledge built into the
//! binary. Expected records are found from the records' own fields (kind, intervention,
//! population, topics), not from earlier search results.

use std::sync::OnceLock;

use super::*;
use crate::knowledge::model::{Intervention, Kind};
use crate::knowledge::{self, Knowledge, Record};

fn bundled() -> &'static (Knowledge, SearchIndex) {
    static K: OnceLock<(Knowledge, SearchIndex)> = OnceLock::new();
    K.get_or_init(|| {
        let (k, _) = knowledge::load_bundled();
        let index = SearchIndex::build(&k).expect("the index builds");
        (k, index)
    })
}

fn direct<'a>(k: &'a Knowledge, res: &SearchResult) -> Vec<&'a Record> {
    res.direct_hits()
        .iter()
        .map(|h| &k.records[h.ord])
        .collect()
}

fn video_based(r: &Record) -> bool {
    !matches!(r.intervention, Intervention::Other | Intervention::None)
}

#[test]
fn another_therapy_is_not_covered_and_is_named() {
    let (_, index) = bundled();
    for (q, named) in [
        ("EMDR for PTSD", "EMDR"),
        ("does CBT help with panic attacks", "panic attacks"),
        ("what is the weather in London", "weather"),
        ("how to bake sourdough bread", "sourdough"),
    ] {
        let res = index.search(q);
        assert_eq!(res.direct, 0, "{q}: {:?}", res.hits);
        assert!(
            res.unmatched.iter().any(|u| u.contains(named)),
            "{q}: {:?}",
            res.unmatched
        );
    }
}

#[test]
fn a_real_word_is_never_corrected_into_another() {
    let (_, index) = bundled();
    let res = index.search("does CBT help with panic attacks");
    assert!(res.corrected.is_none(), "{:?}", res.corrected);
    let res = index.search("VIG and maternal sensitivty");
    assert_eq!(
        res.spelling,
        vec![("sensitivty".to_string(), "sensitivity".to_string())]
    );
    assert!(res.direct > 0);
}

#[test]
fn a_question_about_vig_as_a_whole_starts_with_the_strongest_record() {
    let (k, index) = bundled();
    // The strongest level among the records that cover video-based interventions.
    let strongest = k
        .records
        .iter()
        .filter(|r| video_based(r))
        .map(Record::evidence_level)
        .min()
        .unwrap();
    for q in [
        "does VIG work?",
        "is VIG evidence based",
        "what is the strongest evidence for VIG",
    ] {
        let res = index.search(q);
        assert!(res.general, "{q}");
        let d = direct(k, &res);
        assert!(d.len() >= 5, "{q}: {} direct", d.len());
        assert_eq!(d[0].evidence_level(), strongest, "{q}: {}", d[0].id);
    }
}

#[test]
fn direct_hits_come_strongest_first() {
    let (k, index) = bundled();
    for q in [
        "preterm",
        "VIG with fathers",
        "video feedback for foster carers",
        "autism",
        "mum w PND, wd VIG help bonding",
        "VIG in child protection",
    ] {
        let res = index.search(q);
        assert!(res.query.wanted_kinds.is_empty(), "{q}");
        let levels: Vec<u8> = direct(k, &res).iter().map(|r| r.evidence_level()).collect();
        assert!(!levels.is_empty(), "{q}");
        assert!(levels.windows(2).all(|w| w[0] <= w[1]), "{q}: {levels:?}");
    }
}

#[test]
fn the_kind_asked_for_comes_first() {
    let (k, index) = bundled();
    for (q, kinds) in [
        ("any RCTs of VIG?", &[Kind::Rct, Kind::PilotRct][..]),
        ("pilot RCT of VIG", &[Kind::PilotRct][..]),
        (
            "what does NICE say about video feedback for adoptive parents",
            &[Kind::Guideline][..],
        ),
        (
            "is there a systematic review of VIG",
            &[Kind::SystematicReview, Kind::MetaAnalysis][..],
        ),
    ] {
        let res = index.search(q);
        let d = direct(k, &res);
        assert!(!d.is_empty(), "{q}");
        assert!(
            kinds.contains(&d[0].kind),
            "{q}: {} is {:?}",
            d[0].id,
            d[0].kind
        );
    }
}

#[test]
fn a_place_or_group_named_narrows_to_the_records_about_it() {
    let (k, index) = bundled();
    let turkish: Vec<&str> = k
        .records
        .iter()
        .filter(|r| {
            r.population
                .as_deref()
                .is_some_and(|p| p.contains("Turkish"))
        })
        .map(|r| r.id.as_str())
        .collect();
    assert!(!turkish.is_empty());
    let res =
        index.search("hv here, mum from Turkey, toddler, is VIPP-SD tested in Turkish families?");
    let d = direct(k, &res);
    assert!(!d.is_empty());
    assert!(
        d.iter().all(|r| turkish.contains(&r.id.as_str())),
        "{:?}",
        d.iter().map(|r| &r.id).collect::<Vec<_>>()
    );
}

#[test]
fn chat_style_questions_find_their_topic() {
    let (k, index) = bundled();
    for (q, topic) in [
        (
            "hv here, mum w PND + poss bonding issues, bby 10wks, wd VIG be ok",
            "perinatal_mental_health",
        ),
        (
            "hv, twins born 30wks now home, parents v anxious, VIG worth offering?",
            "preterm",
        ),
        (
            "SW - LAC kiddo 3yo, carers struggling w attachment, any vid feedback evidence?",
            "foster_care",
        ),
        (
            "NICU nurse: do dads benefit from VIG on the unit?",
            "fathers",
        ),
    ] {
        let res = index.search(q);
        let d = direct(k, &res);
        assert!(
            !d.is_empty(),
            "{q}: nothing direct; required {:?}",
            res.required
        );
        assert!(
            d.iter().all(|r| r.topics.iter().any(|t| t == topic)),
            "{q}: {:?}",
            d.iter().map(|r| (&r.id, &r.topics)).collect::<Vec<_>>()
        );
    }
}

#[test]
fn partial_hits_are_never_direct_and_share_something_named() {
    let (_, index) = bundled();
    let res = index.search("EMDR for PTSD");
    assert_eq!(res.direct, 0);
    assert!(res
        .partial_hits()
        .iter()
        .all(|h| !h.direct && !h.matched.is_empty()));
}

#[test]
fn partial_hits_that_meet_more_of_the_question_come_first() {
    let (_, index) = bundled();
    let res = index.search("does VIG work for young dads in NICU");
    let partial = res.partial_hits();
    assert!(partial.len() > 3);
    let counts: Vec<usize> = partial.iter().map(|h| h.matched.len()).collect();
    assert!(counts.windows(2).all(|w| w[0] >= w[1]), "{counts:?}");
}

#[test]
fn understanding_chat_questions() {
    let (_, index) = bundled();
    let q = index.parse("pilot RCT of VIG");
    assert_eq!(q.wanted_kinds, vec![Kind::PilotRct]);
    let q = index.parse("meta-analysis of the VIPP randomised trials");
    for k in [Kind::MetaAnalysis, Kind::Rct] {
        assert!(q.wanted_kinds.contains(&k), "{:?}", q.wanted_kinds);
    }
    // "hv," signs the message, like "hv here": who asks, not what about.
    let q = index.parse("hv, bby 3m not making eye contact, mum worried re autism");
    assert!(!q.concepts.iter().any(|c| c.role), "{:?}", q.concepts);
    let q = index.parse("VIG by a health visitor for a baby not making eye contact");
    assert!(q.concepts.iter().any(|c| c.role), "{:?}", q.concepts);
    assert!(q.topics.contains(&"autism".to_string()));
    let q = index.parse("any vid feedback for dads w PND?");
    assert!(q.interventions().any(|i| i == Intervention::VideoFeedback));
    let pnd = q.concepts.iter().find(|c| c.text == "PND").unwrap();
    assert!(pnd.describes);
    let q = index.parse("do the gains from VIG last once the sessions stop?");
    assert!(q.concepts.iter().any(|c| c.long_term));
    // A hyphenated name is not shorthand: "VID-KIDS" is not "video-kids".
    let q = index.parse("VID-KIDS trial results");
    assert!(q.interventions().next().is_none(), "{:?}", q.concepts);
}

/// The fields that say what a record is about (title, summary, population, intervention,
/// keywords), lower case.
fn about_text(r: &Record) -> String {
    format!(
        "{} {} {} {} {}",
        r.title,
        r.summary,
        r.population.as_deref().unwrap_or(""),
        r.intervention_detail.as_deref().unwrap_or(""),
        r.keywords.join(" ")
    )
    .to_lowercase()
}

/// Every text field of a record a reader sees, lower case: to find which records name a word.
fn names(r: &Record, word: &str) -> bool {
    let mut text = format!(
        "{} {} {} {} {}",
        r.title,
        r.summary,
        r.keywords.join(" "),
        r.population.as_deref().unwrap_or(""),
        r.caveats.join(" ")
    );
    for f in &r.findings {
        text.push(' ');
        text.push_str(&f.statement);
        text.push(' ');
        text.push_str(f.outcome.as_deref().unwrap_or(""));
    }
    text.to_lowercase().contains(word)
}

#[test]
fn a_specific_outcome_word_narrows_to_the_records_that_measured_it() {
    // "Intrusive" is one of many words for parental sensitivity; the direct records are the
    // ones that name intrusiveness, not every record about sensitivity.
    let (k, index) = bundled();
    let res = index.search("does video feedback reduce intrusive parenting?");
    let d = direct(k, &res);
    assert!(!d.is_empty());
    for r in &d {
        assert!(
            names(r, "intrusive"),
            "{} does not name intrusiveness",
            r.id
        );
    }
    // A common word for the domain does not narrow: guidelines that do not repeat it stay.
    let res = index.search("does video feedback improve parental sensitivity?");
    assert!(direct(k, &res).iter().any(|r| r.kind == Kind::Guideline));
}

#[test]
fn a_narrower_phrase_finds_the_records_that_name_it_in_other_words() {
    // The iBASIS trials say "infant siblings"; a practitioner writes "baby siblings".
    let (k, index) = bundled();
    let res = index.search("baby siblings of autistic children");
    let d = direct(k, &res);
    let with_siblings: Vec<&str> = k
        .records
        .iter()
        .filter(|r| r.topics.iter().any(|t| t == "autism") && names(r, "siblings"))
        .map(|r| r.id.as_str())
        .collect();
    assert!(!with_siblings.is_empty());
    let mut got: Vec<&str> = d.iter().map(|r| r.id.as_str()).collect();
    got.sort_unstable();
    let mut want = with_siblings.clone();
    want.sort_unstable();
    assert_eq!(got, want);
}

#[test]
fn a_word_repeated_from_a_named_concept_asks_for_nothing_more() {
    // "hearing" in "hearing parents" repeats a word of "hearing loss" (a concept the question
    // names), or of deafness's own terms when "deaf" names the topic: the Cochrane review, which
    // covers deaf children, is direct although it never says "hearing parents".
    let (k, index) = bundled();
    for q in [
        "hearing parents of toddlers with hearing loss",
        "deaf toddler, hearing parents struggling to connect, VIG?",
    ] {
        let res = index.search(q);
        assert!(
            !res.required.iter().any(|r| r == "hearing"),
            "{q}: {:?}",
            res.required
        );
        assert!(
            direct(k, &res)
                .iter()
                .any(|r| r.kind == Kind::SystematicReview
                    && r.topics.iter().any(|t| t == "deafness")),
            "{q}"
        );
    }
}

#[test]
fn an_outcome_hoped_for_is_answered_by_the_records_that_measured_it() {
    // "Does VIG help mum's depression": the direct records report a finding on parents' mental
    // health; a guideline that only names depressed mothers among those it is for does not
    // answer it. The oracle is each record's findings' `domain`.
    let (k, index) = bundled();
    let measured = |r: &Record| {
        r.findings
            .iter()
            .any(|f| f.domain.as_deref() == Some("parental_mental_health"))
    };
    let res = index.search("PND mum, does VIG help mum's depression too?");
    let d = direct(k, &res);
    assert!(!d.is_empty());
    for r in &d {
        assert!(
            measured(r),
            "{} reports nothing on parents' mental health",
            r.id
        );
    }
    assert!(
        k.records.iter().any(|r| r.kind == Kind::Guideline
            && r.topics.iter().any(|t| t == "perinatal_mental_health")
            && !measured(r)),
        "the knowledge no longer has a guideline this test could set aside"
    );
    // Whom the question is about is not an outcome hoped for: "mums with PND" keeps them.
    let res = index.search("does VIG help mums with PND?");
    assert!(direct(k, &res).iter().any(|r| !measured(r)));
    // A guideline tagged with the outcome itself ("attachment") answers for it.
    let res = index.search("can video feedback improve a child's attachment security?");
    assert_eq!(direct(k, &res)[0].kind, Kind::Guideline);
}

#[test]
fn an_adaptation_of_a_programme_narrows_to_the_records_that_name_it() {
    // "VIPP-R" is one adaptation of VIPP: its records come first, the rest of the family is
    // not the answer. The oracle is the records' own text.
    let (k, index) = bundled();
    let res = index.search("VIPP-R first-time mothers attachment");
    let d = direct(k, &res);
    assert!(!d.is_empty());
    for r in &d {
        assert!(names(r, "vipp-r"), "{} does not name VIPP-R", r.id);
    }
}

#[test]
fn chat_words_for_delivery_and_drugs_are_understood() {
    // "online", "video call" name remote delivery; "cannabis" names substance misuse; "LD" a
    // learning disability. Each question finds records tagged with that topic.
    let (k, index) = bundled();
    for (q, topic) in [
        ("can video feedback be done online?", "remote"),
        ("anyone know if VIG works over video call?", "remote"),
        ("mum uses cannabis daily, VIG any use?", "substance_misuse"),
        ("parent of 8yo w LD, VIG?", "learning_disability"),
    ] {
        let d = direct(k, &index.search(q));
        assert!(!d.is_empty(), "{q}");
        assert!(
            d.iter().all(|r| r.topics.iter().any(|t| t == topic)),
            "{q}: {:?}",
            d.iter().map(|r| &r.id).collect::<Vec<_>>()
        );
    }
}

#[test]
fn several_interventions_named_are_any_of_them() {
    // "VIG or VIPP": a record tests one intervention, so a record about either is direct.
    let (k, index) = bundled();
    for q in [
        "VIG or VIPP for attachment",
        "VIG and VERP",
        "VIG vs VIPP-SD",
    ] {
        let d = direct(k, &index.search(q));
        assert!(!d.is_empty(), "{q}");
        let mut kinds: Vec<Intervention> = d.iter().map(|r| r.intervention).collect();
        kinds.dedup();
        kinds.sort_by_key(|i| format!("{i:?}"));
        kinds.dedup();
        assert!(kinds.len() >= 2, "{q}: only {kinds:?}");
    }
}

#[test]
fn a_country_named_in_the_question_narrows_to_the_records_from_there() {
    let (k, index) = bundled();
    for (q, country) in [
        ("any Dutch trials of VIPP?", "Netherlands"),
        (
            "has VIG been tested in a randomised trial in the UK?",
            "United Kingdom",
        ),
        ("VIPP-SD with Turkish families", "Turkey"),
    ] {
        let res = index.search(q);
        let d = direct(k, &res);
        assert!(!d.is_empty(), "{q}");
        for r in &d {
            assert!(
                r.country.as_deref().is_some_and(|c| c.starts_with(country)),
                "{q}: {} is from {:?}",
                r.id,
                r.country
            );
        }
        // The country is a place, not a word the records must contain.
        assert!(!res
            .unmatched
            .iter()
            .any(|u| u.eq_ignore_ascii_case(country)));
    }
    // No VIG record comes from Lithuania (only a VIPP trial does): nothing is direct, rather
    // than every VIG record presented as the answer.
    assert!(
        !k.records.iter().any(|r| r.intervention == Intervention::Vig
            && r.country
                .as_deref()
                .is_some_and(|c| c.starts_with("Lithuania")))
    );
    let res = index.search("VIG in Lithuania");
    assert!(direct(k, &res).is_empty(), "{}", direct(k, &res).len());
}

#[test]
fn a_verb_the_knowledge_lacks_does_not_sink_a_question_with_a_subject() {
    // "exhausted" and "strugglin" say how the family is, not what is asked about: the
    // intervention with its outcome, or the topic, still finds records.
    let (k, index) = bundled();
    for (q, word) in [
        (
            "hv - 18mo w big tantrums, mum exhausted, wd VIPP-SD be worth it?",
            "exhausted",
        ),
        (
            "deaf toddler, hearing parents strugglin to connect, VIG?",
            "strugglin",
        ),
    ] {
        let res = index.search(q);
        assert!(!direct(k, &res).is_empty(), "{q}: {:?}", res.unmatched);
        assert!(
            !res.unmatched.iter().any(|u| u.contains(word)),
            "{q}: {:?}",
            res.unmatched
        );
        // Left out, and said to be: the answer names it.
        assert_eq!(res.ignored, [word], "{q}");
    }
    // Without a subject, an unknown word is still named as what nothing is about.
    let res = index.search("screen time for toddlers");
    assert!(direct(k, &res).is_empty());
}

#[test]
fn a_condition_after_with_is_one_the_people_studied_had() {
    let (k, index) = bundled();
    // A study of mothers with depression says so in whom it studied; one that only measured
    // parents' mood does not (the fathers of preterm babies in Hoffenkamp 2015).
    let had_it = |r: &Record| {
        let p = r.population.as_deref().unwrap_or("").to_lowercase() + &r.title.to_lowercase();
        ["depress", "mental health", "mental illness", "perinatal"]
            .iter()
            .any(|w| p.contains(w))
    };
    for q in [
        "any vid feedback for mums w PND?",
        "video feedback for mothers with postnatal depression",
    ] {
        let res = index.search(q);
        let d = direct(k, &res);
        assert!(!d.is_empty(), "{q}");
        for r in d.iter().filter(|r| r.kind.is_primary_study()) {
            assert!(had_it(r), "{q}: {} did not study mothers with it", r.id);
        }
    }
    // No study in the knowledge is of fathers who were depressed.
    assert!(!k
        .records
        .iter()
        .any(|r| r.topics.iter().any(|t| t == "fathers")
            && r.kind.is_primary_study()
            && had_it(r)));
    let res = index.search("hv: dad depressed after bby born, any vid feedback for dads w PND?");
    assert_eq!(
        res.direct,
        0,
        "{:?}",
        direct(k, &res).iter().map(|r| &r.id).collect::<Vec<_>>()
    );
}

#[test]
fn a_trial_of_something_else_does_not_answer_for_the_trial_asked_for() {
    let (k, index) = bundled();
    // "Nurse-led" narrows to the records that name nurses (health visitors are nurses), though
    // the only trial among them is a protocol: a completed RCT of another delivery is not the
    // answer, and the protocol of the trial under way comes before a guideline.
    let res = index.search("hv here, mum w PND, nurse-led video feedback - any RCT?");
    let d = direct(k, &res);
    assert!(!d.is_empty());
    for r in &d {
        let text = about_text(r);
        assert!(
            text.contains("nurse") || text.contains("health visit"),
            "{} names no nurse",
            r.id
        );
        assert!(!matches!(r.kind, Kind::Rct | Kind::PilotRct), "{}", r.id);
    }
    assert_eq!(d[0].kind, Kind::Protocol, "{}", d[0].id);
}

#[test]
fn exclusion_criteria_do_not_make_a_study_about_whom_it_left_out() {
    let (k, index) = bundled();
    // A trial whose population excludes twins is not a study of twins; the records about
    // preterm babies and VIG answer, strongest first.
    let res = index.search("hv, twins born 30wks now home, parents v anxious, VIG worth offering?");
    let d = direct(k, &res);
    assert!(!d.is_empty());
    // The only record naming twins names them among its exclusions: they narrow nothing.
    let naming_twins: Vec<&Record> = k
        .records
        .iter()
        .filter(|r| r.population.as_deref().unwrap_or("").contains("twins"))
        .collect();
    assert!(naming_twins.iter().all(|r| r
        .population
        .as_deref()
        .unwrap_or("")
        .contains("excludes twins")));
    assert!(
        !res.required.iter().any(|w| w == "twins"),
        "{:?}",
        res.required
    );
    assert!(d.len() > naming_twins.len());
    let levels: Vec<u8> = d.iter().map(|r| r.evidence_level()).collect();
    assert!(levels.windows(2).all(|w| w[0] <= w[1]), "{levels:?}");
}

#[test]
fn what_a_question_says_it_is_not_about_is_left_out() {
    let (k, index) = bundled();
    let names_siblings = |r: &Record| {
        format!(
            "{} {} {} {}",
            r.title,
            r.summary,
            r.population.as_deref().unwrap_or(""),
            r.keywords.join(" ")
        )
        .to_lowercase()
        .contains("sibling")
    };
    let vipp = |r: &Record| {
        matches!(
            r.intervention,
            Intervention::Vipp | Intervention::VippSd | Intervention::VippFc
        )
    };
    // The knowledge has VIPP records of autism both with and without baby siblings.
    let autism_vipp: Vec<&Record> = k
        .records
        .iter()
        .filter(|r| vipp(r) && r.topics.iter().any(|t| t == "autism"))
        .collect();
    assert!(autism_vipp.iter().any(|r| names_siblings(r)));
    assert!(autism_vipp.iter().any(|r| !names_siblings(r)));
    for q in [
        "autistic toddler, is there a VIPP trial that isn't about baby siblings?",
        "VIPP for autism other than the baby siblings studies",
    ] {
        let res = index.search(q);
        let d = direct(k, &res);
        assert!(!d.is_empty(), "{q}");
        for r in &d {
            assert!(!names_siblings(r), "{q}: {} is about siblings", r.id);
        }
        for h in &res.hits {
            assert!(!names_siblings(&k.records[h.ord]), "{q}: partial hit");
        }
        assert_eq!(res.excluded, ["baby siblings"], "{q}");
    }
    // "Not just" adds: the siblings trials are still direct.
    let res = index.search("VIPP for autism, not just baby siblings");
    assert!(res.excluded.is_empty());
    // VIG specifically, not video feedback in general: only records of VIG itself.
    let res = index.search("what's the effect size for VIG specifically, not all video feedback?");
    let d = direct(k, &res);
    assert!(!d.is_empty());
    for r in &d {
        assert_eq!(r.intervention, Intervention::Vig, "{}", r.id);
    }
    // "Or not" asks, it does not exclude.
    let res = index.search("does VIG work or not for fathers");
    assert!(res.excluded.is_empty());
}

#[test]
fn words_from_practice_find_the_records_that_name_them() {
    let (k, index) = bundled();
    // A mother of 17 is a teenage mother: the records that studied young or adolescent mothers.
    let res = index.search("hv: mum 17, first bby, v low confidence - video feedback?");
    let d = direct(k, &res);
    assert!(!d.is_empty());
    for r in &d {
        let t = about_text(r);
        assert!(
            t.contains("adolescent") || t.contains("teenage") || t.contains("young mother"),
            "{} is not about young mothers",
            r.id
        );
    }
    // The GP and the baby clinic are primary care.
    let res = index.search("video feedback at GP or baby clinic check-ups, any RCT?");
    let d = direct(k, &res);
    assert!(!d.is_empty());
    for r in &d {
        assert!(
            about_text(r).contains("primary care"),
            "{} is not in primary care",
            r.id
        );
    }
    // A title that names the outcome ("multidisciplinary communication") is about it, though
    // the findings file it under practitioners' skills.
    let res = index.search(
        "can video enhanced reflective practice improve multidisciplinary communication on ward rounds?",
    );
    let d = direct(k, &res);
    assert!(!d.is_empty());
    let title = d[0].title.to_lowercase();
    assert!(
        title.contains("communication") && title.contains("rounds"),
        "{title}"
    );
    // "Definitive" asks how strong the evidence is; a trial asked for is an RCT before a pilot.
    let res = index.search("has there been a definitive effectiveness trial of VIG?");
    assert!(res.query.asks_strength);
    assert!(!res.required.iter().any(|w| w == "definitive"));
    assert_eq!(direct(k, &res)[0].kind, Kind::Rct);
    // Schools are a setting inside the teachers-and-early-years topic: the records that name
    // them, not a guideline for nurseries.
    let res = index.search("using VIG in schools with teaching assistants");
    let d = direct(k, &res);
    assert!(!d.is_empty());
    for r in &d {
        assert!(about_text(r).contains("school"), "{} names no school", r.id);
    }
    // "The final shared review" is VIG's own session: the question is about VIG lasting.
    let res = index.search("do VIG gains last after the final shared review");
    assert!(!direct(k, &res).is_empty());
    assert!(!res.required.iter().any(|w| w == "final"));
}

#[test]
fn a_profession_that_opens_a_message_is_who_asks() {
    let (k, index) = bundled();
    // "hv -" signs the message: it does not narrow the VIPP-SD records to those naming health
    // visitors, so the meta-analysis that measured behaviour comes first.
    let res = index.search("hv - 18mo w big tantrums, mum exhausted, wd VIPP-SD be worth it?");
    assert!(
        !res.required.iter().any(|w| w.contains("health visitor")),
        "{:?}",
        res.required
    );
    let d = direct(k, &res);
    assert!(!d.is_empty());
    assert!(d[0].evidence_level() <= 2, "{}", d[0].id);
    assert!(d.iter().all(|r| r
        .findings
        .iter()
        .any(|f| f.domain.as_deref() == Some("child_behaviour"))));
    // A GP or a paediatrician signs off the same way (though the GP is also a setting).
    for q in [
        "GP - mum with PND, is VIG any good?",
        "paediatrician asking: VIG for premature babies?",
    ] {
        let res = index.search(q);
        assert!(!direct(k, &res).is_empty(), "{q}");
        assert!(
            !res.required
                .iter()
                .any(|w| w == "GP" || w == "paediatrician"),
            "{q}: {:?}",
            res.required
        );
    }
    // Not followed by a dash or a colon, the profession is what the question is about.
    let res = index.search("health visitors using VIG with toddlers");
    assert!(
        res.required.iter().any(|w| w.contains("health visitor")),
        "{:?}",
        res.required
    );
}

#[test]
fn a_context_word_does_not_leave_only_plans_where_studies_answered() {
    let (k, index) = bundled();
    // Only trial protocols name covid; the remote-delivery studies with results answer first.
    let res = index.search("anyone know if VIG works over video call? covid made us go remote");
    let d = direct(k, &res);
    assert!(d.iter().any(|r| r.kind != Kind::Protocol));
    assert_ne!(d[0].kind, Kind::Protocol, "{}", d[0].id);
    assert!(d.iter().all(|r| r.topics.iter().any(|t| t == "remote")));
    // Asked for, protocols stay.
    let res = index.search("protocol for a trial of remote VIG during covid");
    assert!(direct(k, &res).iter().all(|r| r.kind == Kind::Protocol));
    // "Therapy" says no more than "intervention": it narrows nothing.
    let res = index.search("ASD toddlers parent-mediated communication therapy");
    assert!(
        !res.required.iter().any(|w| w == "therapy"),
        "{:?}",
        res.required
    );
}
