//! The live knowledge: reloading a knowledge folder while the bot runs, swapping the new version
//! in atomically only when it checks clean, and watching the folder for edits ([`watch`]).
//!
//! Questions in flight keep the `Arc<Snapshot>` they started with; a reload never blocks them.

mod watch;

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::SystemTime;

use arc_swap::ArcSwap;

use crate::clock::fmt_utc;
use crate::knowledge::{error_count, folder_version, Diagnostic, Knowledge, Severity};
use crate::snapshot::{read_folder, Snapshot};

pub use watch::{changes_content, watch, Watcher, DEBOUNCE};

/// The result of the last reload, for `!status` and `!about`.
#[derive(Debug, Clone)]
pub struct ReloadStatus {
    /// When it happened.
    pub at: SystemTime,
    /// One line: "ok: 56 records (1 added)" or "refused: 2 errors".
    pub result: String,
}

/// What a reload did.
#[derive(Debug, Clone)]
pub enum Outcome {
    /// The new knowledge is live.
    Swapped {
        /// One line for the admin room: counts and what changed.
        summary: String,
        /// The knowledge served before, for telling subscribed rooms what changed.
        previous: Arc<Snapshot>,
    },
    /// The files had errors: the previous knowledge is still served.
    Refused {
        /// The problems, as `check` prints them.
        problems: Vec<Diagnostic>,
    },
    /// The files are the ones already served: nothing was swapped.
    Unchanged {
        /// One line for the asker of `!reload`.
        summary: String,
    },
    /// The folder could not be read at all.
    Failed {
        /// Why.
        error: String,
    },
}

impl Outcome {
    /// The message for the admin room and the log.
    pub fn message(&self) -> String {
        match self {
            Outcome::Swapped { summary, .. } | Outcome::Unchanged { summary } => summary.clone(),
            Outcome::Refused { problems } => {
                let mut s = format!(
                    "Knowledge reload refused: {} error(s); still serving the previous knowledge.",
                    error_count(problems)
                );
                for d in problems
                    .iter()
                    .filter(|d| d.severity == Severity::Error)
                    .take(20)
                {
                    s.push('\n');
                    s.push_str(&d.to_string());
                }
                s
            }
            Outcome::Failed { error } => {
                format!("Knowledge reload failed: {error}; still serving the previous knowledge.")
            }
        }
    }

    /// True when the served knowledge is the folder's current content.
    pub fn is_ok(&self) -> bool {
        matches!(self, Outcome::Swapped { .. } | Outcome::Unchanged { .. })
    }

    /// True when something changed that the admin room should hear about: new knowledge went
    /// live, or a reload was refused or failed. A save that changed nothing is not news.
    pub fn is_news(&self) -> bool {
        !matches!(self, Outcome::Unchanged { .. })
    }
}

/// Which records a reload added, changed or removed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Diff {
    /// Ids new in this version.
    pub added: Vec<String>,
    /// Ids whose record differs.
    pub changed: Vec<String>,
    /// Ids no longer present.
    pub removed: Vec<String>,
}

/// Compares two versions of the knowledge, record by record.
pub fn diff(old: &Knowledge, new: &Knowledge) -> Diff {
    let mut d = Diff::default();
    for r in &new.records {
        match old.get(&r.id) {
            None => d.added.push(r.id.clone()),
            Some(o) if o != r => d.changed.push(r.id.clone()),
            Some(_) => {}
        }
    }
    for r in &old.records {
        if new.get(&r.id).is_none() {
            d.removed.push(r.id.clone());
        }
    }
    d
}

impl Diff {
    fn describe(&self) -> String {
        let part = |label: &str, ids: &[String]| {
            if ids.is_empty() {
                None
            } else {
                let mut s = format!(
                    "{label} {}",
                    ids.iter().take(8).cloned().collect::<Vec<_>>().join(", ")
                );
                if ids.len() > 8 {
                    s.push_str(&format!(" and {} more", ids.len() - 8));
                }
                Some(s)
            }
        };
        let parts: Vec<String> = [
            part("added", &self.added),
            part("changed", &self.changed),
            part("removed", &self.removed),
        ]
        .into_iter()
        .flatten()
        .collect();
        if parts.is_empty() {
            "no record changed".into()
        } else {
            parts.join("; ")
        }
    }
}

/// The knowledge being served, and how to replace it.
pub struct Live {
    current: ArcSwap<Snapshot>,
    dir: Option<PathBuf>,
    status: Mutex<ReloadStatus>,
    /// Only one reload runs at a time; a second waits and then reads the newest files.
    reloading: Mutex<()>,
}

impl Live {
    /// Serves `lib`, read from `dir` (None: the knowledge built into the binary).
    pub fn new(lib: Snapshot, dir: Option<PathBuf>) -> Live {
        let status = ReloadStatus {
            at: lib.loaded_at,
            result: format!("loaded at start: {} records", lib.knowledge.records.len()),
        };
        Live {
            current: ArcSwap::from_pointee(lib),
            dir,
            status: Mutex::new(status),
            reloading: Mutex::new(()),
        }
    }

    /// The knowledge to answer one question with (cheap; keeps that version alive for it).
    pub fn get(&self) -> Arc<Snapshot> {
        self.current.load_full()
    }

    /// The folder being served, if any.
    pub fn dir(&self) -> Option<&Path> {
        self.dir.as_deref()
    }

    /// The last reload's result.
    pub fn status(&self) -> ReloadStatus {
        self.status
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    /// Loads, checks and indexes the folder again, and swaps it in when it has no errors.
    /// Files identical to the served ones are not checked or indexed again. Blocking (parsing
    /// and indexing): call it off the async runtime.
    pub fn reload(&self) -> Outcome {
        let _one = self.reloading.lock().unwrap_or_else(|e| e.into_inner());
        let outcome = match &self.dir {
            None => self.unchanged(),
            Some(dir) => self.reload_folder(dir),
        };
        let result = match &outcome {
            Outcome::Swapped { .. } => {
                format!("ok: {} records", self.get().knowledge.records.len())
            }
            Outcome::Unchanged { .. } => {
                format!(
                    "ok: {} records (unchanged)",
                    self.get().knowledge.records.len()
                )
            }
            Outcome::Refused { problems } => format!("refused: {} error(s)", error_count(problems)),
            Outcome::Failed { .. } => "failed".into(),
        };
        *self.status.lock().unwrap_or_else(|e| e.into_inner()) = ReloadStatus {
            at: SystemTime::now(),
            result,
        };
        outcome
    }

    fn reload_folder(&self, dir: &Path) -> Outcome {
        let (files, problems) = match read_folder(dir) {
            Ok(r) => r,
            Err(e) => {
                return Outcome::Failed {
                    error: format!("{e:#}"),
                }
            }
        };
        let old = self.current.load_full();
        let same = problems.is_empty()
            && crate::knowledge::content_hash(&files) == old.knowledge.content_hash;
        // A new Git commit of the same files changes only the version label; that is worth
        // serving, but not worth a message.
        if same && folder_version(dir, &old.knowledge.content_hash) == old.knowledge.version {
            return self.unchanged();
        }
        match Snapshot::from_folder(dir, &files, problems) {
            Err(e) => Outcome::Failed {
                error: format!("{e:#}"),
            },
            Ok((_, diags)) if error_count(&diags) > 0 => Outcome::Refused { problems: diags },
            Ok((lib, _)) => {
                let d = diff(&old.knowledge, &lib.knowledge);
                let summary = format!(
                    "Knowledge reloaded: {} records, version {} ({}).",
                    lib.knowledge.records.len(),
                    lib.knowledge.version,
                    d.describe()
                );
                self.current.store(Arc::new(lib));
                if same {
                    self.unchanged()
                } else {
                    Outcome::Swapped {
                        summary,
                        previous: old,
                    }
                }
            }
        }
    }

    fn unchanged(&self) -> Outcome {
        let lib = self.get();
        Outcome::Unchanged {
            summary: format!(
                "Knowledge unchanged: {} records, version {}.",
                lib.knowledge.records.len(),
                lib.knowledge.version
            ),
        }
    }

    /// "ok: 55 records at 2026-11-23 20:15 UTC", for `!status`.
    pub fn status_line(&self) -> String {
        let s = self.status();
        format!("{} at {}", s.result, fmt_utc(s.at))
    }
}
