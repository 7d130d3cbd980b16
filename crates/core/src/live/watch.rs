//! Watching a knowledge folder for edits: only events that change content count, and a burst of
//! them (an editor's save, a `git pull`) becomes one call after the folder has been quiet.

use std::path::Path;
use std::time::Duration;

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

#[cfg(test)]
mod tests {
    use super::*;
    use notify::event::{
        AccessKind, AccessMode, CreateKind, DataChange, EventKind, MetadataKind, ModifyKind,
        RemoveKind, RenameMode,
    };
    use std::path::PathBuf;

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
