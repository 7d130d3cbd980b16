//! `evidence-bot import`: drafts of new records from the exports reference managers write (a
//! Zotero-style RIS file, BibTeX with braces and LaTeX accents, CSL-JSON), with the entries the
//! knowledge already has skipped, and drafts that `check` says are incomplete; and `import --doi`
//! against a stand-in for Crossref that replays a recorded answer.

use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
mod common;

use std::path::Path;
use std::process::{Command, Output};
use std::sync::{Arc, Mutex};

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
    for d in ["vocabulary", "language"] {
        common::copy_dir(
            &Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("knowledge")
                .join(d),
            &kdir.join(d),
        );
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

/// A request the stand-in for Crossref received: its path and User-Agent.
#[derive(Debug, Clone)]
struct Seen {
    path: String,
    user_agent: String,
}

/// A stand-in for api.crossref.org on 127.0.0.1: `GET` of a path in `works` is answered with
/// that recorded body, anything else with Crossref's 404; each request is kept in `seen`.
struct FakeCrossref {
    url: String,
    seen: Arc<Mutex<Vec<Seen>>>,
}

fn fake_crossref(works: Vec<(String, String)>) -> FakeCrossref {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let seen: Arc<Mutex<Vec<Seen>>> = Arc::default();
    let log = Arc::clone(&seen);
    // Left to run until the test process ends.
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut line = String::new();
            if reader.read_line(&mut line).is_err() {
                continue;
            }
            let path = line.split_whitespace().nth(1).unwrap_or("").to_string();
            let mut user_agent = String::new();
            loop {
                let mut header = String::new();
                match reader.read_line(&mut header) {
                    Ok(n) if n > 0 && header != "\r\n" => {}
                    _ => break,
                }
                if let Some((name, value)) = header.split_once(':') {
                    if name.eq_ignore_ascii_case("user-agent") {
                        user_agent = value.trim().to_string();
                    }
                }
            }
            log.lock().unwrap().push(Seen {
                path: path.clone(),
                user_agent,
            });
            let (status, kind, body) = match works.iter().find(|(p, _)| *p == path) {
                Some((_, body)) => ("200 OK", "application/json", body.as_str()),
                None => ("404 Not Found", "text/plain", "Resource not found."),
            };
            let _ = write!(
                stream,
                "HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            );
        }
    });
    FakeCrossref { url, seen }
}

impl FakeCrossref {
    fn seen(&self) -> Vec<Seen> {
        self.seen.lock().unwrap().clone()
    }
}

/// The recorded answer for 10.1002/imhj.21464 (see tests/data/import/README.md) and its path.
fn imhj_work() -> (String, String) {
    (
        "/works/10.1002/imhj.21464".into(),
        fixture("crossref-imhj.21464.json"),
    )
}

/// `evidence-bot import ARGS` with Crossref at `crossref`, in an empty folder of its own.
fn import_cli(crossref: &str, args: &[&str]) -> Output {
    let cwd = tempfile::tempdir().unwrap();
    Command::new(env!("CARGO_BIN_EXE_evidence-bot"))
        .arg("import")
        .args(args)
        .current_dir(cwd.path())
        .env("EVIDENCE_BOT_CROSSREF_URL", crossref)
        .env("RUST_LOG", "error")
        .output()
        .unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).to_string()
}

fn files_in(dir: &Path) -> Vec<std::path::PathBuf> {
    match std::fs::read_dir(dir) {
        Ok(entries) => entries.map(|e| e.unwrap().path()).collect(),
        Err(_) => Vec::new(),
    }
}

#[test]
fn a_doi_the_knowledge_lacks_is_drafted_from_crossrefs_record() {
    let crossref = fake_crossref(vec![imhj_work()]);
    let out = tempfile::tempdir().unwrap();
    let drafts = out.path().join("drafts");
    let o = import_cli(
        &crossref.url,
        &[
            "--doi",
            "doi:10.1002/imhj.21464",
            "-o",
            drafts.to_str().unwrap(),
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));

    // The oracle is the recorded answer, not the program.
    let answer: serde_json::Value =
        serde_json::from_str(&fixture("crossref-imhj.21464.json")).unwrap();
    let work = &answer["message"];
    let files = files_in(&drafts);
    assert_eq!(files.len(), 1, "{files:?}");
    let text = std::fs::read_to_string(&files[0]).unwrap();
    let draft = yaml(&text);
    assert_eq!(
        files[0].file_name().unwrap(),
        format!("{}.yaml", draft["id"].as_str().unwrap()).as_str()
    );
    assert_eq!(draft["status"], "unverified");
    assert_eq!(draft["title"], work["title"][0].as_str().unwrap());
    let authors = work["author"].as_array().unwrap();
    assert_eq!(draft["authors"].as_sequence().unwrap().len(), authors.len());
    for (i, a) in authors.iter().enumerate() {
        assert_eq!(family(&draft, "authors", i), a["family"].as_str().unwrap());
        assert_eq!(draft["authors"][i]["given"], a["given"].as_str().unwrap());
    }
    assert_eq!(family(&draft, "authors", 1), "Negrão");
    assert_eq!(
        draft["journal"],
        work["container-title"][0].as_str().unwrap()
    );
    assert_eq!(
        draft["journal_abbrev"],
        work["short-container-title"][0].as_str().unwrap()
    );
    assert_eq!(draft["volume"], work["volume"].as_str().unwrap());
    assert_eq!(draft["issue"], work["issue"].as_str().unwrap());
    assert_eq!(draft["pages"], work["page"].as_str().unwrap());
    assert_eq!(
        draft["year"].as_u64(),
        work["published-print"]["date-parts"][0][0].as_u64()
    );
    assert_eq!(draft["doi"], work["DOI"].as_str().unwrap());
    // Crossref's URL is only the DOI's link.
    assert!(draft.get("url").is_none(), "{text}");
    // The JATS abstract is read as text, for the admin to read.
    assert!(text.contains("# The abstract, for reference"), "{text}");
    assert!(text.contains("VIPP-SD"), "{text}");
    assert!(!text.contains("jats") && !text.contains("&amp;"), "{text}");
    assert_eq!(draft["summary"], "");

    let seen = crossref.seen();
    assert_eq!(seen.len(), 1, "{seen:?}");
    assert_eq!(seen[0].path, "/works/10.1002/imhj.21464");
    assert!(
        seen[0].user_agent.starts_with("evidence-bot/"),
        "{:?}",
        seen[0].user_agent
    );
    assert!(stderr(&o).contains("1 draft(s) written"), "{}", stderr(&o));
}

#[test]
fn a_doi_the_knowledge_has_is_skipped_without_asking_crossref() {
    let crossref = fake_crossref(vec![imhj_work()]);
    let out = tempfile::tempdir().unwrap();
    let drafts = out.path().join("drafts");
    let o = import_cli(
        &crossref.url,
        &[
            "--doi",
            "https://doi.org/10.1037/0033-2909.129.2.195",
            "-o",
            drafts.to_str().unwrap(),
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains(
            "already in the knowledge as bakermans-kranenburg-2003-less-is-more (same DOI)"
        ),
        "{err}"
    );
    assert!(err.contains("0 draft(s) written"), "{err}");
    assert!(files_in(&drafts).is_empty());
    assert!(crossref.seen().is_empty(), "{:?}", crossref.seen());
}

#[test]
fn a_doi_crossref_does_not_know_is_named_with_where_to_check_it() {
    let crossref = fake_crossref(vec![imhj_work()]);
    let out = tempfile::tempdir().unwrap();
    let drafts = out.path().join("drafts");
    let o = import_cli(
        &crossref.url,
        &[
            "--doi",
            "10.5555/no-such-work",
            "-o",
            drafts.to_str().unwrap(),
        ],
    );
    assert!(!o.status.success());
    let err = stderr(&o);
    assert!(
        err.contains(
            "Crossref has no record of DOI 10.5555/no-such-work: check it at https://doi.org/10.5555/no-such-work"
        ),
        "{err}"
    );
    assert!(files_in(&drafts).is_empty());
    let seen = crossref.seen();
    assert_eq!(seen.len(), 1, "{seen:?}");
    assert_eq!(seen[0].path, "/works/10.5555/no-such-work");
}

#[test]
fn an_answer_that_is_not_a_work_is_named() {
    let crossref = fake_crossref(vec![(
        "/works/10.5555/html".into(),
        "<html><body>Service maintenance</body></html>".into(),
    )]);
    let out = tempfile::tempdir().unwrap();
    let drafts = out.path().join("drafts");
    let o = import_cli(
        &crossref.url,
        &["--doi", "10.5555/html", "-o", drafts.to_str().unwrap()],
    );
    assert!(!o.status.success());
    let err = stderr(&o);
    assert!(
        err.contains("Crossref's answer for DOI 10.5555/html")
            && err.contains("is not a work's metadata: bad JSON"),
        "{err}"
    );
    assert!(files_in(&drafts).is_empty());
}

#[test]
fn no_crossref_to_reach_says_so_and_names_the_way_without_a_connection() {
    // A port that was free a moment ago and has no listener now.
    let port = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let url = format!("http://127.0.0.1:{port}");
    let out = tempfile::tempdir().unwrap();
    let drafts = out.path().join("drafts");
    let o = import_cli(
        &url,
        &[
            "--doi",
            "10.1002/imhj.21464",
            "-o",
            drafts.to_str().unwrap(),
        ],
    );
    assert!(!o.status.success());
    let err = stderr(&o);
    assert!(
        err.contains(&format!("could not reach Crossref at {url} (")),
        "{err}"
    );
    assert!(err.contains("is this machine online?"), "{err}");
    assert!(err.contains("`evidence-bot import FILE`"), "{err}");
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert!(files_in(&drafts).is_empty());
}

#[test]
fn import_wants_a_file_or_dois_and_says_what_a_doi_looks_like() {
    let nowhere = "http://127.0.0.1:9";
    let o = import_cli(nowhere, &[]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("<FILE|--doi <DOI>>"), "{}", stderr(&o));

    let o = import_cli(nowhere, &["library.ris", "--doi", "10.1002/imhj.21464"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("cannot be used with"), "{}", stderr(&o));

    let o = import_cli(nowhere, &["--doi", "imhj.21464"]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("not a DOI"), "{err}");
    assert!(err.contains("e.g. 10.1037/0033-2909.129.2.195"), "{err}");
}
