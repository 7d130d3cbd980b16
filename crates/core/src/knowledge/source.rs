//! Where knowledge files come from: a folder on disk or the copy built into the binary; their
//! content hash; and a folder's version (its Git commit when it is a checkout).

use std::collections::HashMap;
use std::path::Path;

use include_dir::{include_dir, Dir};
use sha2::{Digest, Sha256};

use super::diagnostic::{file_problem, Diagnostic};

/// The knowledge folder of this repository, built into the binary.
static BUNDLED: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/../../knowledge");

/// A knowledge file's name and text, from a folder or from the copy built into the binary.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// Path shown in problems, relative to where the user pointed (`knowledge/trials/x.yaml`).
    pub path: String,
    /// Path relative to the knowledge folder (`trials/x.yaml`); decides the id, and which files
    /// are the vocabulary (`vocabulary/`, `language/`).
    pub rel: String,
    /// File contents.
    pub text: String,
    /// When the file was first and last committed, if the folder is a Git checkout.
    pub history: Option<FileDates>,
}

/// When a file was first and last committed (YYYY-MM-DD, UTC days of the commit times).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileDates {
    /// The commit that added it (under whichever name it had then).
    pub added: String,
    /// The last commit that changed its content (a move alone is no change).
    pub updated: String,
}

/// The commit dates of every file of a Git checkout, by path relative to `dir`; empty when
/// `dir` is not in a checkout or Git is missing. One `git log` for the whole folder.
///
/// Days are UTC, as `!whatsnew` counts them (a committer's local date can be a day off), and a
/// file moved or renamed keeps its history: otherwise a record moved to another folder would
/// show as added on the day of the move.
pub fn git_dates(dir: &Path) -> HashMap<String, FileDates> {
    let Ok(o) = std::process::Command::new("git")
        .arg("-C")
        .arg(dir)
        .args([
            "-c",
            "core.quotePath=off",
            "log",
            "--format=%x01%ct",
            "--name-status",
            "-M",
            "--relative",
            "--",
            ".",
        ])
        .output()
    else {
        return HashMap::new();
    };
    if !o.status.success() {
        return HashMap::new();
    }
    dates_of_log(&String::from_utf8_lossy(&o.stdout))
}

/// Reads `git log --format=%x01%ct --name-status -M`, newest commit first.
fn dates_of_log(log: &str) -> HashMap<String, FileDates> {
    struct Seen {
        added: String,
        updated: Option<String>,
    }
    let mut seen: HashMap<String, Seen> = HashMap::new();
    // What an older name is called today; `None` for a name whose file was deleted (what came
    // before belongs to no file of today).
    let mut today: HashMap<String, Option<String>> = HashMap::new();
    let now_called = |today: &HashMap<String, Option<String>>, name: &str| match today.get(name) {
        Some(current) => current.clone(),
        None => Some(name.to_string()),
    };
    let mut day = None;
    for line in log.lines() {
        if let Some(t) = line.strip_prefix('\u{1}') {
            day = t.trim().parse::<i64>().ok().and_then(utc_day);
            continue;
        }
        let (Some(day), Some((status, names))) = (&day, line.split_once('\t')) else {
            continue;
        };
        let (name, changed) = match status.as_bytes().first() {
            Some(b'D') => {
                today.insert(names.to_string(), None);
                continue;
            }
            Some(b'R') => {
                let Some((old, new)) = names.split_once('\t') else {
                    continue;
                };
                let current = now_called(&today, new);
                today.insert(old.to_string(), current.clone());
                (current, status != "R100")
            }
            // A copy starts a file of its own.
            Some(b'C') => (
                now_called(&today, names.rsplit('\t').next().unwrap_or(names)),
                true,
            ),
            _ => (now_called(&today, names), true),
        };
        let Some(name) = name else { continue };
        let s = seen.entry(name).or_insert_with(|| Seen {
            added: day.clone(),
            updated: None,
        });
        s.added = day.clone();
        if changed && s.updated.is_none() {
            s.updated = Some(day.clone());
        }
    }
    seen.into_iter()
        .map(|(name, s)| {
            let updated = s.updated.unwrap_or_else(|| s.added.clone());
            (
                name,
                FileDates {
                    added: s.added,
                    updated,
                },
            )
        })
        .collect()
}

/// A time (seconds since the epoch) as its UTC day, `2026-12-01`.
fn utc_day(secs: i64) -> Option<String> {
    let d = time::OffsetDateTime::from_unix_timestamp(secs).ok()?.date();
    Some(format!(
        "{:04}-{:02}-{:02}",
        d.year(),
        u8::from(d.month()),
        d.day()
    ))
}

/// Reads every `*.yaml` file below `dir` (sorted, so results are stable). Files that cannot be
/// read become problems instead of aborting the whole load.
pub fn read_dir(dir: &Path) -> (Vec<SourceFile>, Vec<Diagnostic>) {
    let mut files = Vec::new();
    let mut diags = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let entries = match std::fs::read_dir(&d) {
            Ok(e) => e,
            Err(err) => {
                diags.push(file_problem(
                    &d.display().to_string(),
                    format!("cannot read folder: {err}"),
                ));
                continue;
            }
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().to_string();
            if name.starts_with('.') {
                continue;
            }
            if path.is_dir() {
                stack.push(path);
            } else if name.ends_with(".yaml") || name.ends_with(".yml") {
                let rel = path
                    .strip_prefix(dir)
                    .unwrap_or(&path)
                    .to_string_lossy()
                    .replace('\\', "/");
                match std::fs::read_to_string(&path) {
                    Ok(text) => files.push(SourceFile {
                        path: path.display().to_string(),
                        rel,
                        text,
                        history: None,
                    }),
                    Err(err) => diags.push(file_problem(
                        &path.display().to_string(),
                        format!("cannot read file: {err}"),
                    )),
                }
            }
        }
    }
    files.sort_by(|a, b| a.rel.cmp(&b.rel));
    let dates = git_dates(dir);
    for f in &mut files {
        f.history = dates.get(&f.rel).cloned();
    }
    (files, diags)
}

/// The knowledge files built into the binary.
pub fn bundled_files() -> Vec<SourceFile> {
    let mut files = Vec::new();
    let mut stack = vec![&BUNDLED];
    while let Some(dir) = stack.pop() {
        for entry in dir.entries() {
            if let Some(d) = entry.as_dir() {
                stack.push(d);
            } else if let Some(f) = entry.as_file() {
                let rel = f.path().to_string_lossy().replace('\\', "/");
                if !(rel.ends_with(".yaml") || rel.ends_with(".yml")) {
                    continue;
                }
                if let Some(text) = f.contents_utf8() {
                    files.push(SourceFile {
                        path: format!("knowledge/{rel}"),
                        rel,
                        text: text.to_string(),
                        history: None,
                    });
                }
            }
        }
    }
    files.sort_by(|a, b| a.rel.cmp(&b.rel));
    files
}

/// A short content hash over the files' names and texts.
pub fn content_hash(files: &[SourceFile]) -> String {
    let mut h = Sha256::new();
    for f in files {
        h.update(f.rel.as_bytes());
        h.update([0]);
        h.update(f.text.as_bytes());
        h.update([0]);
    }
    let digest = h.finalize();
    digest.iter().take(6).map(|b| format!("{b:02x}")).collect()
}

/// The version of a knowledge folder: its Git commit when it is a checkout (with "+edits" when
/// files differ from the commit), else the content hash.
pub fn folder_version(dir: &Path, content_hash: &str) -> String {
    let git = |args: &[&str]| {
        std::process::Command::new("git")
            .arg("-C")
            .arg(dir)
            .args(args)
            .output()
            .ok()
            .filter(|o| o.status.success())
            .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
    };
    match git(&["rev-parse", "--short=12", "HEAD"]) {
        Some(commit) if !commit.is_empty() => {
            let dirty = git(&["status", "--porcelain", "--", "."]).is_some_and(|s| !s.is_empty());
            if dirty {
                format!("git {commit}+edits ({content_hash})")
            } else {
                format!("git {commit}")
            }
        }
        _ => content_hash.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Runs git in `dir` as a committer at `date` (an ISO 8601 time with its UTC offset).
    fn git(dir: &Path, date: &str, args: &[&str]) {
        let out = std::process::Command::new("git")
            .arg("-C")
            .arg(dir)
            .args(["-c", "user.name=t", "-c", "user.email=t@example.org"])
            .args(args)
            .env("GIT_COMMITTER_DATE", date)
            .env("GIT_AUTHOR_DATE", date)
            .output()
            .expect("git runs");
        assert!(out.status.success(), "git {args:?}: {out:?}");
    }

    #[test]
    fn a_file_added_again_after_a_delete_starts_afresh() {
        // 1_764_460_800 is 2025-11-30 00:00 UTC; a day is 86,400 s. Newest commit first.
        let log = "\u{1}1764806400\n\nA\tx.yaml\n\u{1}1764720000\n\nD\tx.yaml\n\u{1}1764633600\n\nA\tx.yaml\n";
        let dates = dates_of_log(log);
        assert_eq!(
            dates.get("x.yaml"),
            Some(&FileDates {
                added: "2025-12-04".into(),
                updated: "2025-12-04".into(),
            })
        );
    }

    #[test]
    fn file_dates_are_utc_days_and_follow_moves() {
        let dir = tempfile::tempdir().unwrap();
        let k = dir.path();
        let lines = |changed: &str| -> String {
            (1..=12)
                .map(|i| format!("line_{i}: the same text {i}\n"))
                .chain([format!("note: {changed}\n")])
                .collect()
        };
        std::fs::create_dir_all(k.join("trials")).unwrap();
        std::fs::write(k.join("trials/a.yaml"), lines("first")).unwrap();
        std::fs::write(k.join("trials/b.yaml"), lines("b first")).unwrap();
        git(k, "2026-11-30T23:30:00-05:00", &["init", "-q"]);
        git(k, "2026-11-30T23:30:00-05:00", &["add", "."]);
        // 23:30 at UTC-5 is 04:30 UTC the next day: the day is 2026-12-01, not the committer's
        // local 2026-11-30.
        git(
            k,
            "2026-11-30T23:30:00-05:00",
            &["commit", "-q", "-m", "add"],
        );
        std::fs::write(k.join("trials/a.yaml"), lines("edited")).unwrap();
        // 01:00 at UTC+9 is 16:00 UTC the day before: 2026-12-02.
        git(
            k,
            "2026-12-03T01:00:00+09:00",
            &["commit", "-q", "-am", "edit"],
        );
        // Both move to another folder; b is edited on the way (12 of 13 lines the same).
        std::fs::create_dir_all(k.join("reviews")).unwrap();
        git(
            k,
            "2026-12-05T12:00:00Z",
            &["mv", "trials/a.yaml", "reviews/a.yaml"],
        );
        git(
            k,
            "2026-12-05T12:00:00Z",
            &["mv", "trials/b.yaml", "reviews/b.yaml"],
        );
        std::fs::write(k.join("reviews/b.yaml"), lines("b edited")).unwrap();
        git(k, "2026-12-05T12:00:00Z", &["commit", "-q", "-am", "move"]);

        let dates = git_dates(k);
        let on = |added: &str, updated: &str| FileDates {
            added: added.into(),
            updated: updated.into(),
        };
        // A move alone changes nothing in the record.
        assert_eq!(
            dates.get("reviews/a.yaml"),
            Some(&on("2026-12-01", "2026-12-02"))
        );
        assert_eq!(
            dates.get("reviews/b.yaml"),
            Some(&on("2026-12-01", "2026-12-05"))
        );
    }
}
