//! `evidence-bot import`: drafts of new records from the exports reference managers write (a
//! Zotero-style RIS file, BibTeX with braces and LaTeX accents, CSL-JSON), with the entries the
//! knowledge already has skipped, and drafts that `check` says are incomplete.

use std::process::Command;

use evidence_bot::knowledge::{self, Knowledge};
use evidence_bot::references::import::{import, ImportFormat};
use evidence_bot::references::{csl_json, export, Format};
use serde_yaml::Value;

fn kb() -> Knowledge {
    knowledge::load_bundled().0
}

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/tests/data/import/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

/// A draft's YAML, parsed back (its comments are YAML comments).
fn yaml(text: &str) -> Value {
    serde_yaml::from_str(text).unwrap_or_else(|e| panic!("{e}\n{text}"))
}

fn family(v: &Value, list: &str, i: usize) -> String {
    v[list][i]["family"]
        .as_str()
        .unwrap_or_default()
        .to_string()
}

#[test]
fn a_zotero_ris_export_becomes_drafts_and_the_known_entry_is_skipped() {
    let k = kb();
    let out = import(&fixture("zotero.ris"), ImportFormat::Ris, &k).unwrap();
    assert_eq!(out.drafts.len(), 2, "{:?}", out.drafts);
    assert_eq!(out.skipped.len(), 1);
    assert_eq!(out.skipped[0].existing, "fukkink-2008");
    assert_eq!(out.skipped[0].why, "same DOI");

    let trial = yaml(&out.drafts[0].yaml);
    assert_eq!(trial["id"], "smith-2024-video-interaction-guidance");
    assert_eq!(trial["kind"], "rct");
    assert_eq!(trial["status"], "unverified");
    assert_eq!(trial["year"], 2024);
    assert_eq!(family(&trial, "authors", 1), "Müller");
    assert_eq!(family(&trial, "authors", 2), "van der Berg");
    assert_eq!(trial["journal"], "Journal of Example Studies");
    assert_eq!(trial["journal_abbrev"], "J Ex Stud");
    assert_eq!(trial["volume"], "12");
    assert_eq!(trial["issue"], "3");
    assert_eq!(trial["pages"], "101-115");
    assert_eq!(trial["doi"], "10.5555/example.2024.1");
    assert_eq!(trial["intervention"], "vig");
    let topics: Vec<&str> = trial["topics"]
        .as_sequence()
        .unwrap()
        .iter()
        .filter_map(Value::as_str)
        .collect();
    assert!(topics.contains(&"preterm"), "{topics:?}");
    // What the admin must write is left empty, and the abstract is a comment to read.
    assert_eq!(trial["summary"], "");
    assert!(trial["findings"].as_sequence().unwrap().is_empty());
    assert!(out.drafts[0].yaml.contains("# The abstract, for reference"));

    let chapter = yaml(&out.drafts[1].yaml);
    assert_eq!(chapter["kind"], "chapter");
    assert_eq!(chapter["authors"].as_sequence().unwrap().len(), 1);
    assert_eq!(family(&chapter, "editors", 0), "Brown");
    assert_eq!(family(&chapter, "editors", 1), "Green");
    assert_eq!(chapter["book_title"], "An Example Handbook of Family Work");
    assert_eq!(chapter["publisher"], "Example Press");
    assert_eq!(chapter["place"], "London");
    assert_eq!(chapter["pages"], "45-67");
}

#[test]
fn bibtex_braces_and_accents_are_resolved_and_editors_kept_apart() {
    let k = kb();
    let out = import(&fixture("library.bib"), ImportFormat::Bibtex, &k).unwrap();
    assert_eq!(out.drafts.len(), 2);
    assert_eq!(out.skipped[0].existing, "cochrane-ohara-2019");

    let trial = yaml(&out.drafts[0].yaml);
    assert_eq!(
        trial["title"],
        "VIPP-SD in Zürich: a pilot randomized trial with autistic toddlers"
    );
    assert_eq!(family(&trial, "authors", 0), "Müller");
    assert_eq!(trial["authors"][0]["given"], "Jörg");
    assert_eq!(family(&trial, "authors", 1), "Øster");
    assert_eq!(family(&trial, "authors", 2), "García");
    assert_eq!(trial["kind"], "pilot_rct");
    assert_eq!(trial["intervention"], "vipp_sd");
    assert_eq!(trial["pages"], "1-20");
    assert_eq!(trial["issue"], "2");

    let book = yaml(&out.drafts[1].yaml);
    assert_eq!(book["id"], "kennedy-2019-attuned-interactions-example");
    assert_eq!(book["kind"], "book");
    assert!(book["authors"].as_sequence().unwrap().is_empty());
    assert_eq!(family(&book, "editors", 1), "Todd");
    assert_eq!(book["isbn"], "978-0-00-000000-1");
}

#[test]
fn our_own_csl_json_reads_back_as_known_and_a_new_item_as_a_draft() {
    let k = kb();
    let ids = [
        "hoffenkamp-2015-nicu-rct",
        "kennedy-landor-todd-2011-vig-book",
        "nice-ng26-2015",
    ];
    let records: Vec<_> = ids.iter().map(|id| k.get(id).unwrap()).collect();
    let mut items: Vec<serde_json::Value> =
        serde_json::from_str(&export::render(&records, &k, Format::CslJson, "x").unwrap()).unwrap();
    // Ids and DOIs differ from ours in a Zotero export; author, year and title still match.
    for i in &mut items {
        i["id"] = "zotero-key".into();
    }
    let mut new = csl_json::item(k.get("fukkink-2008").unwrap());
    new["DOI"] = "10.5555/example.2022.3".into();
    new["title"] = "Another example study of video feedback".into();
    items.push(new.clone());
    // The same entry twice in one file is drafted once.
    items.push(new);
    let text = serde_json::to_string(&items).unwrap();
    let out = import(&text, ImportFormat::CslJson, &k).unwrap();
    let skipped: Vec<&str> = out.skipped.iter().map(|s| s.existing.as_str()).collect();
    assert_eq!(out.drafts.len(), 1, "{skipped:?}");
    assert_eq!(&skipped[..3], &ids);
    assert_eq!(skipped[3], out.drafts[0].id);
    let draft = yaml(&out.drafts[0].yaml);
    assert_eq!(draft["journal_abbrev"], "Clin Psychol Rev");
    assert_eq!(draft["authors"][0]["given"], "Ruben G.");
}

#[test]
fn the_cli_writes_drafts_that_check_says_are_incomplete_and_never_overwrites() {
    let dir = tempfile::tempdir().unwrap();
    let kdir = dir.path().join("knowledge");
    std::fs::create_dir_all(kdir.join("drafts")).unwrap();
    for f in ["topics.yaml", "outcomes.yaml"] {
        std::fs::copy(
            format!("{}/knowledge/{f}", env!("CARGO_MANIFEST_DIR")),
            kdir.join(f),
        )
        .unwrap();
    }
    let bot = env!("CARGO_BIN_EXE_evidence-bot");
    let ris = format!(
        "{}/tests/data/import/zotero.ris",
        env!("CARGO_MANIFEST_DIR")
    );
    let run = |args: &[&str]| Command::new(bot).args(args).output().unwrap();
    let drafts = kdir.join("drafts");
    let o = run(&["import", &ris, "-o", drafts.to_str().unwrap()]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("skipped \"Video feedback in widescreen"),
        "{err}"
    );
    assert!(err.contains("fukkink-2008 (same DOI)"), "{err}");

    let draft = drafts.join("smith-2024-video-interaction-guidance.yaml");
    let o = run(&["check", kdir.to_str().unwrap()]);
    assert!(!o.status.success());
    let report = format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
    let at = format!("{}:", draft.display());
    for needed in ["summary is empty", "no sources", "no findings"] {
        assert!(
            report
                .lines()
                .any(|l| l.starts_with(&at) && l.contains(needed)),
            "{needed}:\n{report}"
        );
    }
    assert!(!report.contains("unknown topic"), "{report}");

    // A second import keeps the admin's edits.
    std::fs::write(&draft, "edited by an admin\n").unwrap();
    let o = run(&["import", &ris, "-o", drafts.to_str().unwrap()]);
    assert!(o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("kept"));
    assert_eq!(
        std::fs::read_to_string(&draft).unwrap(),
        "edited by an admin\n"
    );

    // A file that is none of the formats is refused with the way out.
    let txt = dir.path().join("notes.txt");
    std::fs::write(&txt, "just some notes").unwrap();
    let o = run(&["import", txt.to_str().unwrap()]);
    assert!(!o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("--format ris|bibtex|csl-json"));
}
