//! The layout keeps its promises, checked by reading the sources (run it alone with
//! `cargo test --test architecture`):
//! - no module imports one that imports it back, at any level (`crate::`, `super::` and
//!   cross-crate paths between sibling modules; a module using its own parent is not a cycle);
//! - only `src/matrix/` names `matrix_sdk`, and the core crate depends on no Matrix, tokio or
//!   HTTP crate;
//! - no source file outside tests is longer than 700 lines (a reader can hold it; clippy's
//!   `too_many_lines`, enabled in each crate's root, does the same for functions at 100).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The two crates' sources, each with the module-path prefix it has in the shared namespace
/// (the bot's crate re-exports the core's modules, so both live side by side).
const ROOTS: &[&str] = &["src", "crates/core/src"];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// A module of tests (`tests.rs`, kept in its own file beside the code it tests): its imports are
/// not part of the layering, as `#[cfg(test)]` modules inside a file are not. `file` is relative
/// to the repository, so a checkout under a folder named `tests` is not all tests.
fn is_test_module(file: &Path) -> bool {
    file.file_name().is_some_and(|n| n == "tests.rs")
        || file.components().any(|c| c.as_os_str() == "tests")
}

/// `answer/evidence.rs` → ["answer", "evidence"]; `answer/mod.rs` → ["answer"]; `lib.rs` → [].
fn module_path(root: &Path, file: &Path) -> Vec<String> {
    let rel = file.strip_prefix(root).unwrap();
    let mut parts: Vec<String> = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().to_string())
        .collect();
    let last = parts.pop().unwrap();
    match last.as_str() {
        "mod.rs" | "lib.rs" | "main.rs" => {}
        other => parts.push(other.trim_end_matches(".rs").to_string()),
    }
    parts
}

/// Module paths a file's (non-test) code refers to, resolved from `crate::`, `super::` and
/// the crates' own names.
fn references(own: &[String], text: &str) -> Vec<Vec<String>> {
    let code: String = text
        .split("#[cfg(test)]")
        .next()
        .unwrap_or(text)
        .lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n");
    let mut out = Vec::new();
    for (anchor, base) in [
        ("crate::", Vec::new()),
        ("evidence_core::", Vec::new()),
        ("evidence_bot::", Vec::new()),
        ("super::", own[..own.len().saturating_sub(1)].to_vec()),
    ] {
        for (i, _) in code.match_indices(anchor) {
            // `super::` inside a longer word (`evidence_core::super`) is not ours.
            if i > 0 && code[..i].ends_with(|c: char| c.is_alphanumeric() || c == '_') {
                continue;
            }
            let rest = &code[i + anchor.len()..];
            let heads: Vec<&str> = if let Some(group) = rest.strip_prefix('{') {
                let end = group.find('}').unwrap_or(group.len());
                group[..end]
                    .split(',')
                    .map(|s| s.trim().split("::").next().unwrap_or("").trim())
                    .collect()
            } else {
                vec![rest
                    .split(|c: char| !(c.is_alphanumeric() || c == '_'))
                    .next()
                    .unwrap_or("")]
            };
            for h in heads.into_iter().filter(|h| !h.is_empty() && *h != "self") {
                let mut t = base.clone();
                t.push(h.to_string());
                out.push(t);
            }
        }
    }
    out
}

type Edges = BTreeMap<Vec<String>, BTreeSet<(String, String)>>;

/// Every edge `a → b` (siblings under one parent) from which `a` can be reached again.
fn cycles(edges: &Edges) -> Vec<String> {
    let mut found = Vec::new();
    for (parent, es) in edges {
        let next = |m: &str| -> Vec<&str> {
            es.iter()
                .filter(|(a, _)| a == m)
                .map(|(_, b)| b.as_str())
                .collect()
        };
        for (a, b) in es {
            let mut stack = vec![b.as_str()];
            let mut seen = BTreeSet::new();
            while let Some(m) = stack.pop() {
                if m == a {
                    let at = if parent.is_empty() {
                        "crate".to_string()
                    } else {
                        parent.join("::")
                    };
                    found.push(format!("{at}: {a} → {b} → … → {a}"));
                    break;
                }
                if seen.insert(m) {
                    stack.extend(next(m));
                }
            }
        }
    }
    found
}

#[test]
fn no_module_imports_one_that_imports_it_back() {
    let top = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut modules: BTreeSet<Vec<String>> = BTreeSet::new();
    let mut files = Vec::new();
    for root in ROOTS {
        let root = top.join(root);
        let mut fs = Vec::new();
        rust_files(&root, &mut fs);
        for f in fs {
            let m = module_path(&root, &f);
            // The binary's own modules (cli) are a crate of their own; they sit beside the rest.
            modules.insert(m.clone());
            if !is_test_module(f.strip_prefix(top).unwrap()) {
                files.push((m, std::fs::read_to_string(&f).unwrap()));
            }
        }
    }
    // Edges between sibling modules: (parent, from, to).
    let mut edges = Edges::new();
    for (from, text) in &files {
        for target in references(from, text) {
            let common = from.iter().zip(&target).take_while(|(a, b)| a == b).count();
            if common >= from.len() || common >= target.len() {
                continue; // a module and its own descendant or ancestor
            }
            let sibling = target[..=common].to_vec();
            if !modules.contains(&sibling) {
                continue; // an item of the common parent, not a module
            }
            edges
                .entry(from[..common].to_vec())
                .or_default()
                .insert((from[common].clone(), target[common].clone()));
        }
    }
    let cycles = cycles(&edges);
    assert!(
        edges.values().map(BTreeSet::len).sum::<usize>() > 30,
        "the scan found too few imports to be checking anything"
    );
    assert!(cycles.is_empty(), "import cycles:\n{}", cycles.join("\n"));
}

#[test]
fn only_the_matrix_module_names_matrix_sdk() {
    let top = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut offenders = Vec::new();
    for root in ROOTS {
        let mut fs = Vec::new();
        rust_files(&top.join(root), &mut fs);
        for f in fs {
            let rel = f.strip_prefix(top).unwrap().to_string_lossy().to_string();
            if rel.starts_with("src/matrix/") {
                continue;
            }
            // Code only: a log filter may name the crate's log target in a string.
            let text = std::fs::read_to_string(&f).unwrap();
            let names_it = text.lines().any(|l| {
                let l = l.trim_start();
                !l.starts_with("//")
                    && l.split('"')
                        .step_by(2)
                        .any(|code| code.contains("matrix_sdk"))
            });
            if names_it {
                offenders.push(rel);
            }
        }
    }
    assert!(
        offenders.is_empty(),
        "matrix_sdk outside src/matrix/: {offenders:?}"
    );
    let core = std::fs::read_to_string(top.join("crates/core/Cargo.toml")).unwrap();
    for forbidden in ["matrix-sdk", "tokio", "axum", "ruma"] {
        assert!(
            !core.contains(forbidden),
            "the core crate depends on {forbidden}"
        );
    }
}

/// The longest a source file may be (issue 30): past it, split the file by what its parts do.
const MAX_FILE_LINES: usize = 700;

#[test]
fn no_source_file_is_longer_than_a_reader_can_hold() {
    let top = Path::new(env!("CARGO_MANIFEST_DIR"));
    let (mut long, mut read) = (Vec::new(), 0);
    for root in ["src", "crates/core/src", "crates/testkit/src", "examples"] {
        let mut fs = Vec::new();
        rust_files(&top.join(root), &mut fs);
        for f in fs
            .into_iter()
            .filter(|f| !is_test_module(f.strip_prefix(top).unwrap()))
        {
            read += 1;
            // A file's own `#[cfg(test)]` module at its end does not count.
            let text = std::fs::read_to_string(&f).unwrap();
            let code = text.split("#[cfg(test)]").next().unwrap_or(&text);
            let lines = code.lines().count();
            if lines > MAX_FILE_LINES {
                long.push(format!(
                    "{} ({lines} lines)",
                    f.strip_prefix(top).unwrap().display()
                ));
            }
        }
    }
    // The sources are well over a hundred files: fewer means the scan missed them.
    assert!(read > 100, "only {read} source files read");
    assert!(
        long.is_empty(),
        "over {MAX_FILE_LINES} lines; split by what the parts do: {long:?}"
    );
}

#[test]
fn the_checker_finds_what_it_looks_for() {
    let mut planted = Edges::new();
    let level = planted.entry(vec!["x".to_string()]).or_default();
    level.insert(("a".into(), "b".into()));
    level.insert(("b".into(), "c".into()));
    level.insert(("c".into(), "a".into()));
    level.insert(("c".into(), "d".into()));
    assert_eq!(cycles(&planted).len(), 3, "{:?}", cycles(&planted));
    planted
        .get_mut(&vec!["x".to_string()])
        .unwrap()
        .remove(&("c".into(), "a".into()));
    assert!(cycles(&planted).is_empty());
    // `crate::` paths and `super::{..}` groups are read; test modules are not.
    let a = references(
        &["x".into(), "a".into()],
        "use super::{b, c::D};\nuse crate::y;",
    );
    assert!(a.contains(&vec!["x".to_string(), "b".to_string()]), "{a:?}");
    assert!(a.contains(&vec!["x".to_string(), "c".to_string()]), "{a:?}");
    assert!(a.contains(&vec!["y".to_string()]), "{a:?}");
    let tests_ignored = references(&["x".into()], "#[cfg(test)]\nuse crate::z;");
    assert!(tests_ignored.is_empty());
    assert!(is_test_module(Path::new("crates/core/src/answer/tests.rs")));
    assert!(is_test_module(Path::new("crates/core/tests/core/order.rs")));
    assert!(!is_test_module(Path::new(
        "crates/core/src/answer/evidence.rs"
    )));
}
