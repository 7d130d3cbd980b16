//! The live knowledge: reloading a knowledge folder while the bot runs, swapping the new version
//! in atomically only when it checks clean, and watching the folder for edits (debounced, so a
//! burst of saves becomes one reload).
//!
//! Questions in flight keep the `Arc<Library>` they started with; a reload never blocks them.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use arc_swap::ArcSwap;

use crate::knowledge::{Diagnostic, Knowledge};
use crate::library::{error_count, fmt_utc, read_folder, Library};

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
            Outcome::Swapped { summary } | Outcome::Unchanged { summary } => summary.clone(),
            Outcome::Refused { problems } => {
                let mut s = format!(
                    "Knowledge reload refused: {} error(s); still serving the previous knowledge.",
                    error_count(problems)
                );
                for d in problems
                    .iter()
                    .filter(|d| d.severity == crate::knowledge::Severity::Error)
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
    current: ArcSwap<Library>,
    dir: Option<PathBuf>,
    status: Mutex<ReloadStatus>,
    /// Only one reload runs at a time; a second waits and then reads the newest files.
    reloading: Mutex<()>,
}

impl Live {
    /// Serves `lib`, read from `dir` (None: the knowledge built into the binary).
    pub fn new(lib: Library, dir: Option<PathBuf>) -> Live {
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
    pub fn get(&self) -> Arc<Library> {
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
        match Library::from_folder(dir, &files, problems) {
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
                    Outcome::Swapped { summary }
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

/// How long the folder must be quiet after the last change before a reload: an editor's save
/// (write, rename, touch) or a `git pull` arrives as a burst of events.
pub const DEBOUNCE: Duration = Duration::from_millis(700);

/// Watches a folder while alive; dropping it stops the watching.
pub struct Watcher {
    _watcher: notify::RecommendedWatcher,
}

/// Watches a folder (recursively) and calls `on_change` once per burst of content changes to
/// its YAML files, after the folder has been quiet for [`DEBOUNCE`]. `on_change` runs on a
/// thread of its own.
pub fn watch(dir: &Path, on_change: impl Fn() + Send + 'static) -> notify::Result<Watcher> {
    use notify::Watcher as _;
    use std::sync::mpsc::{channel, RecvTimeoutError};
    let (tx, rx) = channel::<()>();
    let root = dir.to_path_buf();
    let mut watcher =
        notify::recommended_watcher(move |res: notify::Result<notify::Event>| match res {
            Ok(event) if changes_content(&root, &event) => {
                let _ = tx.send(());
            }
            Ok(_) => {}
            Err(e) => tracing::warn!(error = %e, "watching the knowledge folder failed"),
        })?;
    watcher.watch(dir, notify::RecursiveMode::Recursive)?;
    // Trailing debounce: wait until no change has come for DEBOUNCE, then reload once. The
    // thread ends when the watcher (and with it the sender) is dropped.
    std::thread::spawn(move || {
        while rx.recv().is_ok() {
            loop {
                match rx.recv_timeout(DEBOUNCE) {
                    Ok(()) => continue,
                    Err(RecvTimeoutError::Timeout) => break,
                    Err(RecvTimeoutError::Disconnected) => return,
                }
            }
            on_change();
        }
    });
    Ok(Watcher { _watcher: watcher })
}

/// Whether a file-system event can change what the folder holds. Reading the folder (which
/// every reload does) produces open and close-without-write events on each file and folder;
/// counting those made each reload schedule the next, forever. Only creating, writing,
/// renaming and removing YAML files (or whole folders) count; anything under a hidden folder
/// (`.git`, editors' swap folders) never does.
pub fn changes_content(root: &Path, event: &notify::Event) -> bool {
    use notify::event::{AccessKind, AccessMode, CreateKind, EventKind, ModifyKind, RemoveKind};
    let folder_event = matches!(
        event.kind,
        EventKind::Create(CreateKind::Folder) | EventKind::Remove(RemoveKind::Folder)
    );
    let content_kind = match event.kind {
        EventKind::Create(_) | EventKind::Remove(_) => true,
        EventKind::Modify(ModifyKind::Metadata(_)) => false,
        EventKind::Modify(_) => true,
        EventKind::Access(AccessKind::Close(AccessMode::Write)) => true,
        EventKind::Access(_) | EventKind::Other => false,
        // A back end that cannot tell what happened: assume it may matter.
        EventKind::Any => true,
    };
    content_kind
        && event.paths.iter().any(|p| {
            let rel = p.strip_prefix(root).unwrap_or(p);
            let hidden = rel
                .components()
                .any(|c| c.as_os_str().to_string_lossy().starts_with('.'));
            let yaml = p.extension().is_some_and(|e| e == "yaml" || e == "yml");
            // A folder renamed in or out has no extension and may be gone already.
            let folder_rename = matches!(event.kind, EventKind::Modify(ModifyKind::Name(_)))
                && p.extension().is_none();
            !hidden && (yaml || folder_event || folder_rename)
        })
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
    use notify::event::{
        AccessKind, AccessMode, CreateKind, DataChange, EventKind, MetadataKind, ModifyKind,
        RemoveKind, RenameMode,
    };

    fn event(kind: EventKind, path: &str) -> notify::Event {
        notify::Event::new(kind).add_path(PathBuf::from(path))
    }

    #[test]
    fn only_content_changes_to_yaml_count() {
        let root = Path::new("/k");
        let yes = [
            event(EventKind::Create(CreateKind::File), "/k/trials/a.yaml"),
            event(
                EventKind::Modify(ModifyKind::Data(DataChange::Any)),
                "/k/a.yml",
            ),
            event(
                EventKind::Access(AccessKind::Close(AccessMode::Write)),
                "/k/trials/a.yaml",
            ),
            event(EventKind::Remove(RemoveKind::File), "/k/a.yaml"),
            event(
                EventKind::Modify(ModifyKind::Name(RenameMode::To)),
                "/k/a.yaml",
            ),
            event(
                EventKind::Modify(ModifyKind::Name(RenameMode::From)),
                "/k/trials",
            ),
            event(EventKind::Create(CreateKind::Folder), "/k/new"),
            event(EventKind::Remove(RemoveKind::Folder), "/k/old"),
        ];
        let no = [
            // Reading the folder, as every reload does.
            event(
                EventKind::Access(AccessKind::Open(AccessMode::Any)),
                "/k/a.yaml",
            ),
            event(
                EventKind::Access(AccessKind::Open(AccessMode::Any)),
                "/k/trials",
            ),
            event(
                EventKind::Access(AccessKind::Close(AccessMode::Read)),
                "/k/a.yaml",
            ),
            event(
                EventKind::Modify(ModifyKind::Metadata(MetadataKind::Any)),
                "/k/a.yaml",
            ),
            // Not knowledge: Git's own files, editors' swap files, other files.
            event(EventKind::Create(CreateKind::File), "/k/.git/index.lock"),
            event(
                EventKind::Modify(ModifyKind::Data(DataChange::Any)),
                "/k/.a.yaml.swp",
            ),
            event(EventKind::Create(CreateKind::File), "/k/README.md"),
            event(EventKind::Create(CreateKind::File), "/k/a.yaml~"),
        ];
        for e in &yes {
            assert!(changes_content(root, e), "{e:?}");
        }
        for e in &no {
            assert!(!changes_content(root, e), "{e:?}");
        }
    }
}
