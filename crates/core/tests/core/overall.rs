//! Answers about the evidence as a whole, on the built-in knowledge. Every expected figure was
//! counted by hand from the YAML files named in each test (knowledge/trials/…), not taken from
//! the bot: the VIPP-FC records are few enough to count in full.
//!
//! The VIPP-FC records, as the files say:
//! - barone-2018-vipp-fc-adoption: rct, Italy, sample 80 adoptive mother–child pairs, no
//!   `primary`, first finding improved; barone-2019-vipp-fc-adoption-followup is its
//!   `follow_up_of` (sample 83).
//! - schoemaker-vipp-fc-rct: rct, Netherlands, n_randomised 60, two `primary: true` findings, both
//!   no_difference, sessions min 6; schoemaker-2018-vipp-fc-protocol shares its registration
//!   NTR3899.
//! - oliveira-2022-vipp-fc-feasibility: pilot_rct, United Kingdom, sample 30, no `primary`.

use std::sync::OnceLock;

use evidence_core::answer::{respond, Action, Context, Pager};
use evidence_core::chat::parse;
use evidence_core::render::Reply;
use evidence_core::snapshot::Snapshot;

fn snap() -> &'static Snapshot {
    static S: OnceLock<Snapshot> = OnceLock::new();
    S.get_or_init(|| {
        Snapshot::load(None)
            .expect("the built-in knowledge loads")
            .0
    })
}

fn ask(question: &str) -> Reply {
    let ctx = Context::default();
    let cmd = parse(&ctx.prefix, &format!("!evidence {question}")).expect("a command");
    match respond(&cmd, &ctx, snap(), &Pager::default()) {
        Action::Reply(r) => r,
        other => panic!("{question}: {other:?}"),
    }
}

/// The numbered lines of a reply, without their continuation lines.
fn items(plain: &str) -> Vec<&str> {
    plain
        .lines()
        .filter(|l| {
            l.split_once(". ")
                .is_some_and(|(n, _)| n.parse::<u32>().is_ok())
        })
        .collect()
}

#[test]
fn papers_of_one_trial_are_one_trial() {
    let k = &snap().knowledge;
    let ord = |id: &str| k.records.iter().position(|r| r.id == id).expect(id);
    // report_of and follow_up_of in the HTA report's and the six-year follow-up's files.
    let jama = ord("ofarrelly-2021-healthy-start-happy-start");
    for other in [
        "ofarrelly-2021-hshs-hta-report",
        "ramchandani-hshs-6-year-followup",
    ] {
        assert_eq!(k.trial_of(ord(other)), jama, "{other}");
    }
    // Same registration (NTR3899): the protocol belongs to the trial whose results it planned.
    assert_eq!(
        k.trial_of(ord("schoemaker-2018-vipp-fc-protocol")),
        ord("schoemaker-vipp-fc-rct")
    );
    // A review stands alone.
    let review = ord("vanijzendoorn-2022-vipp-sd-meta");
    assert_eq!(k.trial_of(review), review);
}

#[test]
fn how_many_counts_trials_not_papers() {
    let r = ask("how many RCTs of VIPP-FC are there?");
    // 3 trials (Barone, Schoemaker, Oliveira); 2 RCTs and 1 pilot RCT; papers of results:
    // Barone 2018 and 2019, Schoemaker's results, Oliveira = 4 (the protocol is not one).
    assert!(
        r.plain.contains("The knowledge holds 3 studies of VIPP-FC: 2 RCTs and 1 pilot RCT, reported in 4 papers (each trial counted once)."),
        "{}",
        r.plain
    );
    assert!(
        r.plain.contains("not from everything published"),
        "{}",
        r.plain
    );
    let listed = items(&r.plain);
    assert_eq!(listed.len(), 3, "{}", r.plain);
    assert!(!r.plain.contains("show barone-2019"), "{}", r.plain);
    assert!(!r.plain.contains("show schoemaker-2018"), "{}", r.plain);
}

#[test]
fn the_largest_trials_come_first_with_their_size() {
    let r = ask("what is the largest trial of VIPP-FC?");
    let listed = items(&r.plain);
    assert_eq!(listed.len(), 3, "{}", r.plain);
    // Barone 80 pairs (its sample: no number randomised recorded), Schoemaker 60 randomised,
    // Oliveira 30 families.
    assert!(
        listed[0].contains("Barone et al. 2018 · 80 adoptive mother–child pairs"),
        "{}",
        r.plain
    );
    assert!(
        listed[1].contains("60 foster parents randomised"),
        "{}",
        r.plain
    );
    assert!(listed[2].contains("Oliveira"), "{}", r.plain);
    assert!(
        r.plain.contains("3 of its 3 studies give a size"),
        "{}",
        r.plain
    );
}

#[test]
fn null_results_are_judged_on_the_primary_outcome() {
    let r = ask("have any trials of VIPP-FC found no effect?");
    // Only Schoemaker marks primary findings (both no_difference).
    assert!(
        r.plain.contains("of 3 studies in the knowledge, 1 has a primary outcome marked; on it, 1 found no significant difference and 0 had mixed results"),
        "{}",
        r.plain
    );
    let listed = items(&r.plain);
    assert!(
        listed[0].contains("show schoemaker-vipp-fc-rct"),
        "{}",
        r.plain
    );
    assert!(
        r.plain
            .contains("Primary outcome: no significant difference."),
        "{}",
        r.plain
    );
}

#[test]
fn dose_lists_the_sessions_recorded() {
    let r = ask("how many sessions of VIPP-FC?");
    assert!(
        r.plain
            .contains("1 of 3 studies record the number of sessions"),
        "{}",
        r.plain
    );
    assert!(r.plain.contains("6 sessions"), "{}", r.plain);
}

#[test]
fn harms_not_recorded_are_not_read_as_no_harm() {
    // No VIPP-FC file has `adverse_events`.
    let r = ask("any harms or adverse events from VIPP-FC?");
    assert!(
        r.plain
            .contains("none of the 3 studies in the knowledge records what was reported on harms"),
        "{}",
        r.plain
    );
    assert!(
        r.plain.contains("That is not evidence of no harm"),
        "{}",
        r.plain
    );
}

#[test]
fn dropout_is_worked_out_only_from_recorded_numbers() {
    // ofarrelly-2021-healthy-start-happy-start: attrition share 0.05 ("14 of 300 families").
    let r = ask("dropout rates in trials of VIPP-SD");
    let hshs = items(&r.plain)
        .into_iter()
        .position(|l| l.contains("show ofarrelly-2021-healthy-start-happy-start"))
        .expect("the HSHS trial is listed");
    let after: Vec<&str> = r.plain.lines().collect();
    let line = after
        .iter()
        .position(|l| l.contains("show ofarrelly-2021-healthy-start-happy-start"))
        .unwrap();
    assert!(
        after[line + 1].contains("5% lost to follow-up"),
        "{}",
        r.plain
    );
    assert!(hshs < 5);
}

#[test]
fn a_guideline_is_current_as_of_the_date_it_was_checked() {
    // knowledge/guidelines/nice-cg192-2014.yaml: guideline_status under_surveillance, checked
    // 2026-12-07.
    let r = ask("is NICE CG192 still current?");
    assert!(r.plain.contains("show nice-cg192-2014"), "{}", r.plain);
    assert!(
        r.plain
            .contains("Status: under surveillance (checked 2026-12-07)."),
        "{}",
        r.plain
    );
}

#[test]
fn certainty_shows_the_grade_a_review_gives() {
    // knowledge/reviews/cochrane-ohara-2019.yaml: parental sensitivity moderate, attachment
    // very low.
    let r = ask("GRADE certainty in O'Hara 2019");
    assert!(r.plain.contains("show cochrane-ohara-2019"), "{}", r.plain);
    // Each graded finding carries its own grade, once.
    let line = |words: &str| {
        r.plain
            .lines()
            .find(|l| l.contains(words))
            .unwrap_or_else(|| panic!("no line with {words:?}: {}", r.plain))
    };
    assert!(
        line("more sensitive").ends_with("(moderate certainty)"),
        "{}",
        r.plain
    );
    assert!(
        line("attachment security").ends_with("(very low certainty)"),
        "{}",
        r.plain
    );
    assert_eq!(
        r.plain.matches("moderate certainty").count(),
        1,
        "{}",
        r.plain
    );
}

#[test]
fn who_delivered_it_names_the_profession_recorded() {
    // Of the VIPP-SD trials, only ofarrelly-2021-healthy-start-happy-start has `delivered_by`
    // (health_visitors, labelled "health visitors" in professions.yaml).
    let r = ask("who delivered VIPP-SD in the trials?");
    assert!(r.plain.contains("1 of "), "{}", r.plain);
    assert!(
        r.plain.contains("health visitors: O'Farrelly et al. 2021"),
        "{}",
        r.plain
    );
}

#[test]
fn the_largest_vipp_sd_trial_is_the_one_that_randomised_300_families() {
    // ofarrelly-2021-healthy-start-happy-start: n_randomised 300, sample "families randomised
    // (151 VIPP-SD, 149 usual care)"; the next largest VIPP-SD file is vanzeijl-2006 (237).
    let r = ask("what's the biggest trial of VIPP-SD?");
    let listed = items(&r.plain);
    assert!(
        listed[0].contains("300 families randomised · United Kingdom (England) · !show ofarrelly-2021-healthy-start-happy-start"),
        "{}",
        r.plain
    );
    assert!(listed[1].contains("237 families"), "{}", r.plain);
    // Its HTA report and six-year follow-up are the same trial, not more trials.
    assert!(
        !r.plain.contains("show ofarrelly-2021-hshs-hta-report"),
        "{}",
        r.plain
    );
    assert!(!r.plain.contains("show ramchandani-hshs"), "{}", r.plain);
}

#[test]
fn a_country_narrows_the_count_to_its_trials() {
    // Of the VIPP-FC files, only oliveira-2022-vipp-fc-feasibility (pilot_rct) has `country:
    // United Kingdom` (Barone: Italy; Schoemaker: Netherlands).
    let r = ask("how many trials of VIPP-FC in the UK?");
    assert!(
        r.plain.contains(
            "The knowledge holds 1 study of VIPP-FC · United Kingdom: 1 pilot RCT, reported in 1 paper"
        ),
        "{}",
        r.plain
    );
    assert!(
        r.plain.contains("show oliveira-2022-vipp-fc-feasibility"),
        "{}",
        r.plain
    );
}

#[test]
fn published_costs_come_from_the_records_that_report_them() {
    // No file has `cost:`; of the VIPP-SD files only ofarrelly-2021-hshs-hta-report has a
    // finding in the `costs` domain (its economic evaluation).
    let r = ask("is VIPP-SD cost-effective?");
    assert!(r.plain.contains(": 1 of the "), "{}", r.plain);
    assert!(r.plain.contains("gives cost figures"), "{}", r.plain);
    assert!(
        r.plain.contains("show ofarrelly-2021-hshs-hta-report"),
        "{}",
        r.plain
    );
}
