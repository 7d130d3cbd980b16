//! What the bot remembers between runs besides its Matrix session: the events it answered, so
//! that a restart never answers one twice. Kept small (only the catch-up window matters) and
//! written by one writer off the message path.

use std::collections::{HashSet, VecDeque};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::Context as _;
use serde::{Deserialize, Serialize};

/// The events already answered.
#[derive(Debug)]
pub struct HandledStore {
    path: PathBuf,
    order: VecDeque<Handled>,
    ids: HashSet<String>,
    keep: Duration,
    dirty: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct Handled {
    event_id: String,
    ts_ms: u64,
}

/// Most handled events remembered, whatever their age (a bound on memory and file size).
const CAPACITY: usize = 5000;

impl HandledStore {
    /// Opens (or starts) the store at `path`, keeping events for `keep` after they were sent
    /// (older ones are outside the catch-up window and ignored anyway). A corrupt file is an
    /// error, not a silent reset: resetting would answer recent commands again.
    pub fn open(path: &Path, keep: Duration) -> anyhow::Result<HandledStore> {
        let mut s = HandledStore {
            path: path.to_path_buf(),
            order: VecDeque::new(),
            ids: HashSet::new(),
            keep,
            dirty: false,
        };
        match std::fs::read_to_string(path) {
            Ok(text) => {
                let list: Vec<Handled> = serde_json::from_str(&text).map_err(|e| {
                    anyhow::anyhow!(
                        "{} is corrupt ({e}); move it aside to start afresh (commands from the catch-up window could then be answered again)",
                        path.display()
                    )
                })?;
                for h in list {
                    if s.ids.insert(h.event_id.clone()) {
                        s.order.push_back(h);
                    }
                }
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => {
                return Err(e).with_context(|| {
                    format!(
                        "cannot read {}; check that it is a file the bot's user may read",
                        path.display()
                    )
                })
            }
        }
        Ok(s)
    }

    /// The file the store is kept in.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Whether an event was answered.
    pub fn contains(&self, event_id: &str) -> bool {
        self.ids.contains(event_id)
    }

    /// How many events are remembered.
    pub fn len(&self) -> usize {
        self.order.len()
    }

    /// True when no event is remembered.
    pub fn is_empty(&self) -> bool {
        self.order.is_empty()
    }

    /// Records an event as answered (in memory; [`HandledStore::take_changes`] hands the new
    /// contents to the writer).
    pub fn insert(&mut self, event_id: &str, ts_ms: u64) {
        if self.ids.insert(event_id.to_string()) {
            self.order.push_back(Handled {
                event_id: event_id.to_string(),
                ts_ms,
            });
            while self.order.len() > CAPACITY {
                self.pop_oldest();
            }
            self.dirty = true;
        }
    }

    fn pop_oldest(&mut self) {
        if let Some(old) = self.order.pop_front() {
            self.ids.remove(&old.event_id);
        }
    }

    /// Forgets events sent more than `keep` before `now_ms`.
    pub fn prune(&mut self, now_ms: u64) {
        let oldest_kept = now_ms.saturating_sub(self.keep.as_millis() as u64);
        let before = self.order.len();
        // Events arrive roughly in order; a late old one is dropped at the next prune.
        self.order.retain(|h| h.ts_ms >= oldest_kept);
        if self.order.len() != before {
            self.ids = self.order.iter().map(|h| h.event_id.clone()).collect();
            self.dirty = true;
        }
    }

    /// The file's new contents when something changed since the last call (pruned first), for
    /// a writer to save off the message path; `None` when there is nothing to write.
    pub fn take_changes(&mut self, now_ms: u64) -> Option<Vec<u8>> {
        self.prune(now_ms);
        if !self.dirty {
            return None;
        }
        self.dirty = false;
        let list: Vec<&Handled> = self.order.iter().collect();
        // Serialising strings and numbers cannot fail.
        Some(serde_json::to_vec(&list).unwrap_or_default())
    }

    /// Writes the store now if it changed (at shutdown, say).
    pub fn save(&mut self, now_ms: u64) -> anyhow::Result<()> {
        match self.take_changes(now_ms) {
            Some(data) => write_private(&self.path, &data),
            None => Ok(()),
        }
    }
}

/// Writes a file atomically (a temporary file beside it, then a rename) with mode 0600.
pub fn write_private(path: &Path, data: &[u8]) -> anyhow::Result<()> {
    let tmp = path.with_extension("tmp");
    {
        let mut opts = std::fs::OpenOptions::new();
        opts.write(true).create(true).truncate(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            opts.mode(0o600);
        }
        let mut f = opts
            .open(&tmp)
            .with_context(|| format!("cannot write {}", tmp.display()))?;
        f.write_all(data)
            .and_then(|()| f.sync_all())
            .with_context(|| format!("cannot write {}", tmp.display()))?;
    }
    std::fs::rename(&tmp, path).with_context(|| format!("cannot replace {}", path.display()))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const HOUR: Duration = Duration::from_secs(3600);

    #[test]
    fn round_trip_and_corruption() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("handled.json");
        let mut s = HandledStore::open(&p, HOUR).unwrap();
        s.insert("$a", 1_000);
        s.save(2_000).unwrap();
        let s = HandledStore::open(&p, HOUR).unwrap();
        assert!(s.contains("$a") && !s.contains("$b"));
        std::fs::write(&p, "{not json").unwrap();
        let err = HandledStore::open(&p, HOUR).unwrap_err().to_string();
        assert!(err.contains("corrupt"), "{err}");
    }

    #[test]
    fn only_changes_are_written_and_old_events_are_forgotten() {
        let dir = tempfile::tempdir().unwrap();
        let mut s = HandledStore::open(&dir.path().join("h.json"), HOUR).unwrap();
        let t0 = 10 * HOUR.as_millis() as u64;
        assert_eq!(s.take_changes(t0), None, "nothing to write yet");
        s.insert("$old", t0);
        s.insert("$new", t0 + 30 * 60_000);
        s.insert("$new", t0 + 30 * 60_000);
        assert_eq!(s.len(), 2);
        assert!(s.take_changes(t0 + 60_000).is_some());
        assert_eq!(s.take_changes(t0 + 60_000), None, "written once");
        // Ninety minutes on, the first event is outside the hour kept; the second is not.
        let data = s
            .take_changes(t0 + 90 * 60_000)
            .expect("pruning is a change");
        assert!(!s.contains("$old") && s.contains("$new"));
        let text = String::from_utf8(data).unwrap();
        assert!(!text.contains("$old") && text.contains("$new"), "{text}");
    }

    #[test]
    fn the_store_is_bounded() {
        let dir = tempfile::tempdir().unwrap();
        let mut s = HandledStore::open(&dir.path().join("h.json"), HOUR).unwrap();
        for i in 0..CAPACITY + 10 {
            s.insert(&format!("${i}"), 1);
        }
        assert_eq!(s.len(), CAPACITY);
        assert!(!s.contains("$0") && s.contains(&format!("${}", CAPACITY + 9)));
    }
}
