//! `eval`: search relevance on a question file, the answers to a room set, or the questions in
//! other languages.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context as _;

use evidence_bot::eval;
use evidence_bot::snapshot::Snapshot;

/// What `eval` is asked beyond its file.
pub(super) struct Options {
    pub(super) split: Option<PathBuf>,
    pub(super) misses: Vec<String>,
    pub(super) json: bool,
    pub(super) min_success: Option<f64>,
    pub(super) min_mrr: Option<f64>,
}

/// `eval`: the kind of set is told by the file (a folder is the language sets, a room set by its
/// fields); only a question set has thresholds to fail.
pub(super) fn run(
    out: &mut impl Write,
    snap: &Snapshot,
    file: &Path,
    options: Options,
) -> anyhow::Result<ExitCode> {
    if file.is_dir() {
        return languages(out, snap, file, options.json);
    }
    let text =
        std::fs::read_to_string(file).with_context(|| format!("reading {}", file.display()))?;
    if eval::is_room_set(&text) {
        return room(out, snap, file, &text, options);
    }
    questions(out, snap, file, &text, &options)
}

/// The questions in other languages, beside their English translations.
fn languages(
    out: &mut impl Write,
    snap: &Snapshot,
    dir: &Path,
    json: bool,
) -> anyhow::Result<ExitCode> {
    let sets = read_language_sets(dir)?;
    let report = eval::languages::evaluate(snap, &sets);
    if json {
        serde_json::to_writer_pretty(&mut *out, &report)?;
        writeln!(out)?;
    } else {
        write!(out, "{}", report.to_text())?;
    }
    Ok(ExitCode::SUCCESS)
}

/// The answers to a room set, by the halves of its split.
fn room(
    out: &mut impl Write,
    snap: &Snapshot,
    file: &Path,
    text: &str,
    options: Options,
) -> anyhow::Result<ExitCode> {
    let messages = eval::room::read(text).with_context(|| format!("parsing {}", file.display()))?;
    let split = match options.split {
        Some(p) => eval::room::read_split(
            &std::fs::read_to_string(&p).with_context(|| format!("reading {}", p.display()))?,
        )
        .with_context(|| format!("parsing {}", p.display()))?,
        None => eval::room::Split::default(),
    };
    let report = eval::room::evaluate(snap, &messages, &split);
    if options.json {
        serde_json::to_writer_pretty(&mut *out, &report)?;
        writeln!(out)?;
    } else {
        let halves: Vec<&str> = options.misses.iter().map(String::as_str).collect();
        write!(out, "{}", report.to_text(&halves))?;
    }
    Ok(ExitCode::SUCCESS)
}

/// Search relevance on a question set; exit 1 below either threshold.
fn questions(
    out: &mut impl Write,
    snap: &Snapshot,
    file: &Path,
    text: &str,
    options: &Options,
) -> anyhow::Result<ExitCode> {
    let questions = eval::read(text).with_context(|| format!("parsing {}", file.display()))?;
    let report = eval::evaluate(snap, &questions);
    if options.json {
        serde_json::to_writer_pretty(&mut *out, &report)?;
        writeln!(out)?;
    } else {
        write!(out, "{}", report.to_text())?;
    }
    let low = options.min_success.is_some_and(|m| report.success_at_3 < m)
        || options.min_mrr.is_some_and(|m| report.mrr < m);
    Ok(if low {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Every language set (`<code>.yaml`) in a folder, in the order of their names.
fn read_language_sets(dir: &std::path::Path) -> anyhow::Result<Vec<eval::languages::LanguageSet>> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .with_context(|| format!("reading {}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "yaml"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| {
            let text =
                std::fs::read_to_string(p).with_context(|| format!("reading {}", p.display()))?;
            eval::languages::read(&text).with_context(|| format!("parsing {}", p.display()))
        })
        .collect()
}
