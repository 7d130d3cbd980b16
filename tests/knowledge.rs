//! The knowledge base: the checker against fixture folders (one file per kind of problem), the
//! bundled knowledge checking clean, the schema in sync, and the facts practitioners quote.

mod common;

use std::path::Path;

use evidence_bot::knowledge::model::{Certainty, EffectType, Kind, Status};
use evidence_bot::knowledge::{self, Diagnostic, Severity};

fn fixture(name: &str) -> (knowledge::Knowledge, Vec<Diagnostic>) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/knowledge")
        .join(name);
    knowledge::load_dir(&dir)
}

/// The one problem reported for a file (by file name), as (line, severity, message).
fn problems_for(diags: &[Diagnostic], file: &str) -> Vec<(usize, Severity, String)> {
    diags
        .iter()
        .filter(|d| d.path.ends_with(&format!("/{file}")))
        .map(|d| (d.line, d.severity, d.to_string()))
        .collect()
}

#[test]
fn valid_fixture_loads_clean() {
    let (k, diags) = fixture("valid");
    assert!(diags.is_empty(), "{diags:#?}");
    assert_eq!(k.records.len(), 2);
    assert_eq!(k.topics.len(), 2);
    let alpha = k.get("alpha-2015").unwrap();
    assert_eq!(alpha.evidence_level(), 3);
    assert_eq!(
        alpha.findings[0].effect.as_ref().unwrap().kind,
        EffectType::D
    );
}

#[test]
fn each_kind_of_problem_is_reported_with_its_line() {
    let (k, diags) = fixture("invalid");
    // (file, line, severity, words the message must contain)
    let cases: &[(&str, usize, Severity, &[&str])] = &[
        (
            "unknown-field.yaml",
            12,
            Severity::Error,
            &["unknown field `sumary`", "did you mean `summary`?"],
        ),
        (
            "missing-field.yaml",
            1,
            Severity::Error,
            &["missing required field `summary`"],
        ),
        (
            "wrong-type.yaml",
            7,
            Severity::Error,
            &["wrong value for `year`", "\"twenty\"", "whole number"],
        ),
        (
            "unknown-kind.yaml",
            2,
            Severity::Error,
            &["unknown variant `rtc`", "`rct`"],
        ),
        (
            "unknown-topic.yaml",
            11,
            Severity::Error,
            &["unknown topic `pretrm`", "close matches: `preterm`"],
        ),
        (
            "id-mismatch.yaml",
            1,
            Severity::Error,
            &["id `something-else` does not match the file name `id-mismatch.yaml`"],
        ),
        (
            "related-unknown.yaml",
            15,
            Severity::Error,
            &["`related` names unknown record `nobody-2020`"],
        ),
        (
            "year-range.yaml",
            7,
            Severity::Error,
            &["year 1850 is out of range"],
        ),
        (
            "bad-doi.yaml",
            9,
            Severity::Error,
            &["malformed DOI", "bare DOI"],
        ),
        (
            "bad-url.yaml",
            15,
            Severity::Error,
            &["malformed URL `www.example.org/page`"],
        ),
        (
            "empty-summary.yaml",
            12,
            Severity::Error,
            &["summary is empty"],
        ),
        (
            "no-doi-warning.yaml",
            8,
            Severity::Warning,
            &["journal article without a DOI"],
        ),
        ("syntax.yaml", 4, Severity::Error, &["invalid YAML"]),
        (
            "unknown-domain.yaml",
            14,
            Severity::Error,
            &[
                "unknown outcome domain `parental_sensitivty`",
                "did you mean `parental_sensitivity`?",
            ],
        ),
        (
            "no-domain.yaml",
            14,
            Severity::Error,
            &["a finding with a result has no `domain` or `direction`"],
        ),
        (
            "follow-up-unknown.yaml",
            8,
            Severity::Error,
            &["`follow_up_of` names unknown record `no-such-trial-2015`"],
        ),
        (
            "no-abbrev-warning.yaml",
            8,
            Severity::Warning,
            &["journal without `journal_abbrev`"],
        ),
        (
            "protocol-results.yaml",
            11,
            Severity::Error,
            &["a protocol carries a result", "same `registration`"],
        ),
        (
            "number-no-source.yaml",
            12,
            Severity::Error,
            &["a finding with numbers names no `source:`"],
        ),
        (
            "same-trial-b.yaml",
            8,
            Severity::Warning,
            &[
                "`same-trial-b` has the same registration as `same-trial-a`",
                "`report_of: same-trial-a`",
            ],
        ),
    ];
    for (file, line, severity, words) in cases {
        let found = problems_for(&diags, file);
        let hit = found
            .iter()
            .find(|(l, s, m)| l == line && s == severity && words.iter().all(|w| m.contains(w)));
        assert!(
            hit.is_some(),
            "{file}: expected line {line} {severity} with {words:?}, got {found:#?}"
        );
        // Every problem has the path:line:col: severity: prefix.
        for (_, _, m) in &found {
            assert!(m.contains(&format!("{file}:")), "{m}");
        }
    }
    // The wrong type is reported once, not again as an out-of-range year.
    assert_eq!(problems_for(&diags, "wrong-type.yaml").len(), 1);
    // Duplicate ids name both files.
    let a = problems_for(&diags, "a/dup-id.yaml");
    let b = problems_for(&diags, "b/dup-id.yaml");
    assert!(
        a[0].2.contains("duplicate id `dup-id`") && a[0].2.contains("b/dup-id.yaml:1:1"),
        "{a:?}"
    );
    assert!(
        b[0].2.contains("duplicate id `dup-id`") && b[0].2.contains("a/dup-id.yaml:1:1"),
        "{b:?}"
    );
    // The good record (a warning only) still loads; the broken ones do not.
    let ids: Vec<&str> = k.records.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(
        ids,
        vec![
            "no-abbrev-warning",
            "no-doi-warning",
            "same-trial-a",
            "same-trial-b"
        ]
    );
    // The two papers of one registered trial count as one trial.
    let ord = |id: &str| ids.iter().position(|x| *x == id).unwrap();
    assert_eq!(
        k.trial_of(ord("same-trial-b")),
        k.trial_of(ord("same-trial-a"))
    );
}

#[test]
fn bundled_knowledge_checks_clean() {
    let (k, diags) = knowledge::load_bundled();
    let errors: Vec<String> = diags
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .map(|d| d.to_string())
        .collect();
    assert!(
        errors.is_empty(),
        "bundled knowledge has errors:\n{}",
        errors.join("\n")
    );
    assert!(k.records.len() >= 47, "only {} records", k.records.len());
    assert!(k.topics.len() >= 20);
}

#[test]
fn every_trial_review_and_guideline_has_a_doi_or_url() {
    let (k, _) = knowledge::load_bundled();
    for r in &k.records {
        if matches!(
            r.kind,
            Kind::Rct
                | Kind::PilotRct
                | Kind::SystematicReview
                | Kind::MetaAnalysis
                | Kind::Guideline
        ) {
            assert!(
                r.doi.is_some() || r.url.is_some(),
                "{} has neither DOI nor URL",
                r.id
            );
        }
    }
}

#[test]
fn every_record_names_its_sources_unless_unverified() {
    let (k, _) = knowledge::load_bundled();
    for r in &k.records {
        if r.status != Status::Unverified {
            assert!(!r.sources.is_empty(), "{} has no sources", r.id);
        }
        // A sentence ends where a full stop follows a lower-case letter ("F. Feeley" is no end).
        let b = r.summary.as_bytes();
        let sentences = 1
            + (1..b.len().saturating_sub(1))
                .filter(|&i| b[i] == b'.' && b[i + 1] == b' ' && b[i - 1].is_ascii_lowercase())
                .count();
        assert!(
            sentences <= 6,
            "{}: summary is long ({sentences} sentences)",
            r.id
        );
    }
}

#[test]
fn schema_json_is_in_sync_with_the_types() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("knowledge/schema.json");
    let generated = knowledge::json_schema();
    let shipped = std::fs::read_to_string(&path).unwrap_or_default();
    if shipped != generated && std::env::var_os("UPDATE_SCHEMA").is_some() {
        // Written for the next run; this one still fails, so a stale file never passes.
        std::fs::write(&path, &generated).unwrap();
    }
    assert!(
        shipped == generated,
        "knowledge/schema.json is out of date: run `cargo run -- schema > knowledge/schema.json` (or UPDATE_SCHEMA=1 cargo test, then again)"
    );
    let v: serde_json::Value = serde_json::from_str(&shipped).unwrap();
    let required: Vec<&str> = v["required"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|x| x.as_str())
        .collect();
    for f in [
        "id", "kind", "title", "authors", "year", "summary", "topics",
    ] {
        assert!(required.contains(&f), "schema should require {f}");
    }
}

// The corrections of the AVIGuk page that practitioners must be able to rely on.

#[test]
fn hoffenkamp_2015_analysed_150_families() {
    let (k, _) = knowledge::load_bundled();
    let r = k.get("hoffenkamp-2015-nicu-rct").expect("record");
    assert_eq!(r.kind, Kind::Rct);
    assert_eq!(r.authors[0].family.as_deref(), Some("Hoffenkamp"));
    assert_eq!(r.sample.as_ref().and_then(|s| s.n), Some(150));
    let all = format!("{} {:?} {:?}", r.summary, r.findings, r.caveats);
    assert!(
        all.contains("210"),
        "the 210-infant claim should be corrected in caveats"
    );
}

#[test]
fn barlow_2016_sensitivity_was_not_significant() {
    let (k, _) = knowledge::load_bundled();
    let r = k.get("barlow-2016-preterm-pilot").expect("record");
    let f = r
        .findings
        .iter()
        .find(|f| {
            f.effect
                .as_ref()
                .is_some_and(|e| (e.value - 0.86).abs() < 1e-9)
        })
        .expect("d = 0.86 finding");
    assert_eq!(f.p.as_deref(), Some("0.069"));
    assert_ne!(f.significant, Some(true));
}

#[test]
fn fukkink_2008_has_one_author() {
    let (k, _) = knowledge::load_bundled();
    let r = k.get("fukkink-2008").expect("record");
    assert_eq!(r.authors.len(), 1);
    assert!(r.authors_complete);
    assert_eq!(r.doi.as_deref(), Some("10.1016/j.cpr.2008.01.003"));
}

#[test]
fn cochrane_2019_gives_certainty_levels() {
    let (k, _) = knowledge::load_bundled();
    let r = k.get("cochrane-ohara-2019").expect("record");
    assert_eq!(r.doi.as_deref(), Some("10.1002/14651858.CD012348.pub2"));
    let certainties: Vec<Certainty> = r.findings.iter().filter_map(|f| f.certainty).collect();
    assert!(
        certainties.contains(&Certainty::Moderate),
        "{certainties:?}"
    );
    assert!(certainties.contains(&Certainty::VeryLow), "{certainties:?}");
}

#[test]
fn fdac_chapter_has_its_real_authors_and_editors() {
    let (k, _) = knowledge::load_bundled();
    let r = k
        .get("kennedy-feeley-kershaw-fdac-chapter")
        .expect("record");
    let authors: Vec<&str> = r
        .authors
        .iter()
        .filter_map(|p| p.family.as_deref())
        .collect();
    assert_eq!(authors, vec!["Kennedy", "Feeley", "Kershaw"]);
    let editors: Vec<&str> = r
        .editors
        .iter()
        .filter_map(|p| p.family.as_deref())
        .collect();
    assert_eq!(editors, vec!["Shaw", "Bailey"]);
}

#[test]
fn unverified_seed_items_are_kept_and_marked() {
    let (k, _) = knowledge::load_bundled();
    for id in [
        "celebi-carr-hopkins-2018-family-courts",
        "delafield-butt-reddy-2025",
        "forster-prain-2025-id-chapter",
        "fukkink-chapter4-klt-2011",
    ] {
        let r = k.get(id).unwrap_or_else(|| panic!("{id} missing"));
        assert_eq!(r.status, Status::Unverified, "{id}");
    }
}

/// The fuzz target's invariant, replayed on its seeds (crashes it found included) in every
/// `cargo test`: the loader never panics, and every problem points inside the file.
#[test]
fn fuzz_seeds_load_without_panics_and_point_inside_the_file() {
    use evidence_bot::knowledge::{load::load, load_vocabulary::is_vocabulary_file, SourceFile};
    let vocabularies: Vec<SourceFile> = knowledge::bundled_files()
        .into_iter()
        .filter(|f| is_vocabulary_file(&f.rel))
        .collect();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/seeds/knowledge_loader");
    let mut seen = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let text = String::from_utf8_lossy(&std::fs::read(&path).unwrap()).to_string();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let file = SourceFile {
            path: name.clone(),
            rel: name.clone(),
            text: text.clone(),
            history: None,
        };
        let mut files = vocabularies.clone();
        files.push(file);
        let loaded = load(&files);
        let lines = text.replace("\r\n", "\n").split(['\n', '\r']).count();
        for d in loaded.diagnostics.iter().filter(|d| d.path == name) {
            assert!(d.line >= 1 && d.line <= lines && d.col >= 1, "{d}");
        }
        seen += 1;
    }
    assert!(seen >= 10, "seeds missing in {}", dir.display());
}

#[test]
fn dates_come_from_git_history_unless_written_and_are_checked() {
    // A Git checkout made here: one record committed, one written with its own dates.
    let dir = tempfile::tempdir().unwrap();
    let k = dir.path();
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("knowledge");
    for d in ["vocabulary", "language"] {
        common::copy_dir(&src.join(d), &k.join(d));
    }
    std::fs::create_dir(k.join("reviews")).unwrap();
    let fukkink = std::fs::read_to_string(src.join("reviews/fukkink-2008.yaml")).unwrap();
    let without_dates: String = fukkink
        .lines()
        // Its links to other records would not resolve in a folder of its own.
        .filter(|l| {
            !l.starts_with("added:") && !l.starts_with("updated:") && !l.starts_with("related:")
        })
        .map(|l| format!("{l}\n"))
        .collect();
    std::fs::write(k.join("reviews/fukkink-2008.yaml"), &without_dates).unwrap();
    let git = |args: &[&str]| {
        let ok = std::process::Command::new("git")
            .arg("-C")
            .arg(k)
            .args(args)
            .env("GIT_COMMITTER_DATE", "2026-03-04T10:00:00Z")
            .env("GIT_AUTHOR_DATE", "2026-03-04T10:00:00Z")
            .output()
            .map(|o| o.status.success())
            .unwrap_or(false);
        assert!(ok, "git {args:?}");
    };
    git(&["init", "-q"]);
    git(&[
        "-c",
        "user.name=t",
        "-c",
        "user.email=t@example.org",
        "add",
        ".",
    ]);
    git(&[
        "-c",
        "user.name=t",
        "-c",
        "user.email=t@example.org",
        "commit",
        "-q",
        "-m",
        "first",
    ]);
    let own = |id: &str, added: &str, updated: &str| {
        without_dates
            .replace("id: fukkink-2008", &format!("id: {id}"))
            .replace(
                "status: ",
                &format!("added: {added}\nupdated: {updated}\nstatus: "),
            )
    };
    std::fs::write(
        k.join("reviews/zz-own-dates.yaml"),
        own("zz-own-dates", "2025-05-06", "2025-06-01"),
    )
    .unwrap();
    std::fs::write(
        k.join("reviews/zz-bad-dates.yaml"),
        own("zz-bad-dates", "2025-05-06", "2025-04-01"),
    )
    .unwrap();
    let (knowledge, diags) = knowledge::load_dir(k);
    let r = knowledge.get("fukkink-2008").unwrap();
    assert_eq!(r.added.as_deref(), Some("2026-03-04"), "from the commit");
    assert_eq!(r.updated.as_deref(), Some("2026-03-04"));
    let own = knowledge.get("zz-own-dates").unwrap();
    assert_eq!(
        own.added.as_deref(),
        Some("2025-05-06"),
        "written dates win"
    );
    let problems: Vec<String> = diags.iter().map(|d| d.to_string()).collect();
    assert!(
        problems
            .iter()
            .any(|p| p.contains("zz-bad-dates.yaml") && p.contains("`updated` is before `added`")),
        "{problems:#?}"
    );
}
