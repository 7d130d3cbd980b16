//! The command line, run as a user would: the binary with arguments, checking output and exit codes.

use std::process::{Command, Output};

/// Runs the binary in an empty folder of its own: with no `knowledge/` beside it, the commands
/// that look for one use the copy built into the binary.
fn bot(args: &[&str]) -> Output {
    let empty = tempfile::tempdir().unwrap();
    Command::new(env!("CARGO_BIN_EXE_evidence-bot"))
        .args(args)
        .current_dir(empty.path())
        .env("RUST_LOG", "error")
        .output()
        .expect("run evidence-bot")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).to_string()
}

fn fixture(name: &str) -> String {
    format!("{}/tests/data/knowledge/{name}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn ask_answers_from_the_built_in_knowledge_anywhere() {
    let o = bot(&["ask", "!evidence preterm"]);
    assert!(o.status.success(), "{o:?}");
    let out = stdout(&o);
    assert!(out.contains("Hoffenkamp"), "{out}");
    // The one full RCT on preterm babies is on the first page, with its level as a badge.
    assert!(out.contains("[RCT · L3]"), "{out}");
    assert!(out.contains("!show hoffenkamp-2015-nicu-rct"), "{out}");
    assert!(out.contains("!more"), "{out}");
    assert!(out.contains("!cite ID"), "{out}");
}

#[test]
fn ask_html_escapes_user_text() {
    // A record named by its author and year: the headline repeats the words typed, as text,
    // never as markup.
    let o = bot(&["ask", "--html", "!evidence <i>Hoffenkamp</i> 2015"]);
    assert!(o.status.success());
    let out = stdout(&o);
    assert!(!out.contains("<i>Hoffenkamp"), "{out}");
    assert!(out.contains("&lt;i&gt;Hoffenkamp&lt;/i&gt;"), "{out}");
    assert!(!out.contains("<table"), "{out}");
}

#[test]
fn ask_a_disclosure_gets_help_and_no_records() {
    // Not a command, not addressed: screened all the same. The numbers are the UK services'
    // own (config/safety-uk.toml, checked against their pages).
    let o = bot(&[
        "ask",
        "i cant do this any more. i want to go to sleep and not wake up",
    ]);
    assert!(o.status.success(), "{o:?}");
    let out = stdout(&o);
    assert!(
        out.contains("Samaritans") && out.contains("116 123"),
        "{out}"
    );
    assert!(!out.contains("!show") && !out.contains("1. "), "{out}");
    let o = bot(&[
        "ask",
        "!evidence my partner shook the baby last night and she is floppy today",
    ]);
    let out = stdout(&o);
    assert!(out.contains("0808 800 5000"), "{out}");
    assert!(!out.contains("!show"), "{out}");
    // A question about a risk topic keeps its answer, with one line of help above it.
    let o = bot(&["ask", "!evidence domestic abuse"]);
    let out = stdout(&o);
    assert!(out.starts_with("If someone is at risk now"), "{out}");
}

#[test]
fn ask_unknown_command_gets_a_hint() {
    let o = bot(&["ask", "!evidense preterm"]);
    assert!(o.status.success());
    assert!(
        stdout(&o).contains("Did you mean !evidence?"),
        "{}",
        stdout(&o)
    );
}

#[test]
fn ask_empty_evidence_gets_help() {
    let o = bot(&["ask", "!evidence"]);
    assert!(stdout(&o).contains("!evidence QUERY"), "{}", stdout(&o));
}

#[test]
fn search_json_has_the_documented_shape() {
    let o = bot(&["search", "--json", "--limit", "3", "premature", "babies"]);
    assert!(o.status.success(), "{o:?}");
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["query"], "premature babies");
    assert!(v["total"].as_u64().unwrap() >= 2);
    let hits = v["hits"].as_array().unwrap();
    assert!(!hits.is_empty() && hits.len() <= 3);
    for key in [
        "id",
        "kind",
        "title",
        "authors",
        "year",
        "evidence_level",
        "doi",
        "url",
        "score",
    ] {
        assert!(hits[0].get(key).is_some(), "missing {key} in {}", hits[0]);
    }
    // Each author as "Family, I. I.", from the record's own names.
    for hit in hits {
        let id = hit["id"].as_str().unwrap();
        let o = bot(&["show", "--json", id]);
        let record: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
        let people = match record["authors"].as_array() {
            Some(a) if !a.is_empty() => a.clone(),
            _ => record["editors"].as_array().cloned().unwrap_or_default(),
        };
        let expected: Vec<String> = people
            .iter()
            .map(
                |p| match (p["organisation"].as_str(), p["family"].as_str()) {
                    (Some(org), _) => org.to_string(),
                    (None, Some(family)) => match p["given"].as_str() {
                        Some(given) => {
                            let initials: Vec<String> = given
                                .split_whitespace()
                                .map(|w| {
                                    w.split('-')
                                        .map(|part| format!("{}.", part.chars().next().unwrap()))
                                        .collect::<Vec<_>>()
                                        .join("-")
                                })
                                .collect();
                            format!("{family}, {}", initials.join(" "))
                        }
                        None => family.to_string(),
                    },
                    _ => panic!("a person without a name in {id}"),
                },
            )
            .collect();
        assert_eq!(hit["authors"], serde_json::json!(expected), "{id}");
    }
}

#[test]
fn show_and_list_json() {
    let o = bot(&["show", "--json", "fukkink-2008"]);
    assert!(o.status.success());
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["id"], "fukkink-2008");
    assert_eq!(v["evidence_level"], 2);
    let o = bot(&["list", "--json", "--topic", "preterm"]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let recs = v["records"].as_array().unwrap();
    assert!(recs.iter().all(|r| r["topics"]
        .as_array()
        .unwrap()
        .iter()
        .any(|t| t == "preterm")));
    assert!(recs.iter().any(|r| r["id"] == "hoffenkamp-2015-nicu-rct"));
    let o = bot(&["show", "no-such-record"]);
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn check_exit_codes() {
    assert_eq!(bot(&["check", &fixture("valid")]).status.code(), Some(0));
    let o = bot(&["check", &fixture("invalid")]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    assert!(
        out.contains("unknown-topic.yaml:11:10: error: unknown topic `pretrm`"),
        "{out}"
    );
    // The summary counts what was listed above it.
    let listed = |severity: &str| {
        out.lines()
            .filter(|l| l.contains(&format!(": {severity}: ")))
            .count()
    };
    let summary = out.lines().last().unwrap();
    assert!(
        summary.contains(&format!("{} errors, ", listed("error")))
            && summary.contains(&format!(", {} warnings;", listed("warning")))
            && listed("error") >= 15,
        "{out}"
    );
    assert_eq!(bot(&["check", "/no/such/folder"]).status.code(), Some(2));
    assert_eq!(bot(&["check", "--bogus"]).status.code(), Some(2));
    // With no folder and none in the current directory, the built-in copy is checked.
    assert_eq!(bot(&["check"]).status.code(), Some(0));
}

#[test]
fn knowledge_flag_reads_a_folder() {
    let o = bot(&[
        "--knowledge",
        &fixture("valid"),
        "search",
        "--json",
        "preterm",
    ]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    // Both records of the fixture folder are tagged preterm.
    assert_eq!(v["total"], 2);
}

#[test]
fn cite_prints_apa() {
    let o = bot(&["cite", "fukkink-2008"]);
    assert!(o.status.success(), "{o:?}");
    let out = stdout(&o);
    assert!(out.contains("Fukkink, R. G. (2008)"), "{out}");
    assert!(out.contains("In text: (Fukkink, 2008)"), "{out}");
}

#[test]
fn cite_bibtex_and_ris_and_export() {
    let o = bot(&["cite", "fukkink-2008", "--style", "bibtex"]);
    assert!(o.status.success());
    assert!(
        stdout(&o).starts_with("@article{fukkink-2008,"),
        "{}",
        stdout(&o)
    );
    let o = bot(&["cite", "fukkink-2008", "--style", "ris"]);
    assert!(stdout(&o).starts_with("TY  - JOUR"), "{}", stdout(&o));
    let o = bot(&["export", "--format", "ris", "preterm"]);
    assert!(o.status.success());
    let out = stdout(&o);
    assert!(out.matches("TY  - ").count() >= 3, "{out}");
    assert!(out.contains("Hoffenkamp"), "{out}");
    let o = bot(&["export", "--format", "md"]);
    let out = stdout(&o);
    assert!(out.starts_with("# Reading list: all records"), "{out}");
    assert!(out.matches("\n   - Key finding").count() > 10);
    assert_eq!(bot(&["export", "--format", "docx"]).status.code(), Some(2));
    assert_eq!(
        bot(&["cite", "fukkink-2008", "--style", "mla"])
            .status
            .code(),
        Some(2)
    );
}

#[test]
fn csl_json_comes_as_text_to_copy_and_as_a_file() {
    let o = bot(&["ask", "!cite fukkink-2008 csl-json"]);
    assert!(o.status.success());
    let out = stdout(&o);
    let json = &out[out.find('[').expect("a JSON array")..];
    let items: serde_json::Value = serde_json::from_str(json.trim()).expect(&out);
    assert_eq!(items[0]["DOI"], "10.1016/j.cpr.2008.01.003");
    assert_eq!(items[0]["container-title-short"], "Clin Psychol Rev");
    let o = bot(&["ask", "!reading-list autism csl-json"]);
    assert!(
        stdout(&o).contains("reading-list-autism.json"),
        "{}",
        stdout(&o)
    );
}

#[test]
fn ask_reading_list_names_its_file() {
    let o = bot(&["ask", "!reading-list autism ris"]);
    let out = stdout(&o);
    assert!(out.contains("reading-list-autism.ris"), "{out}");
    assert!(out.contains("application/x-research-info-systems"), "{out}");
}

#[test]
fn version_names_commit_and_knowledge() {
    let o = bot(&["--version"]);
    assert!(o.status.success());
    let out = stdout(&o);
    assert!(out.starts_with("evidence-bot 0.1.0 (commit "), "{out}");
    assert!(
        out.contains("knowledge ") && out.contains("records)"),
        "{out}"
    );
}

#[test]
fn json_logs_are_one_object_per_line() {
    let o = Command::new(env!("CARGO_BIN_EXE_evidence-bot"))
        .args(["--log-format", "json", "search", "preterm"])
        .env("RUST_LOG", "info")
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    let lines: Vec<&str> = err.lines().filter(|l| !l.trim().is_empty()).collect();
    assert!(!lines.is_empty());
    for l in lines {
        let v: serde_json::Value = serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}"));
        assert!(v.get("level").is_some(), "{l}");
    }
}

/// Runs `console` with these lines on its input, in an empty folder.
fn console(lines: &str) -> String {
    use std::io::Write;
    let empty = tempfile::tempdir().unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_evidence-bot"))
        .arg("console")
        .current_dir(empty.path())
        .env("RUST_LOG", "error")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("run evidence-bot console");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(lines.as_bytes())
        .unwrap();
    let out = child.wait_with_output().expect("console output");
    String::from_utf8_lossy(&out.stdout).to_string()
}

#[test]
fn console_lines_are_one_conversation() {
    let out = console("!evidence premature babies\ncite the second one\nand for dads?\n");
    // Without a terminal there are no prompts: the answers follow each other.
    let cited_at = out
        .find("APA 7 citation")
        .unwrap_or_else(|| panic!("no citation: {out}"));
    let refined_at = out
        .find("Read as a follow-up")
        .unwrap_or_else(|| panic!("no follow-up: {out}"));
    let answers = [
        &out[..cited_at],
        &out[cited_at..refined_at],
        &out[refined_at..],
    ];
    // The record numbered 2 in the first answer, by its `!show` on line "2.".
    let second = answers[0]
        .lines()
        .find(|l| l.starts_with("2. "))
        .and_then(|l| l.rsplit("!show ").next())
        .unwrap_or_else(|| panic!("no second result: {out}"))
        .trim();
    let surname = second.split('-').next().unwrap();
    assert!(
        answers[1].to_lowercase().contains(surname),
        "{surname} not cited: {}",
        answers[1]
    );
    assert!(
        answers[2].starts_with("Read as a follow-up"),
        "{}",
        answers[2]
    );
}
