//! Live knowledge updates on a temporary folder: edits go live, broken edits keep the old answers
//! and report the problem, bursts of saves become a few reloads, a folder nobody edits is never
//! reloaded, a save that changes nothing swaps nothing, deleted files drop their record, and
//! queries during reloads never fail.

mod common;
use common::copy_dir;

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use evidence_bot::live::{self, Live, Outcome};
use evidence_bot::snapshot::Snapshot;

/// A copy of the valid fixture folder.
fn folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/knowledge/valid");
    copy_dir(&src, dir.path());
    dir
}

fn live_for(dir: &Path) -> Arc<Live> {
    let (lib, diags) = Snapshot::load(Some(dir)).unwrap();
    assert!(diags.is_empty(), "{diags:?}");
    Arc::new(Live::new(lib, Some(dir.to_path_buf())))
}

/// Starts watching; every burst of changes runs a reload, whose outcome is kept.
fn watching(live: &Arc<Live>) -> (live::Watcher, Arc<Mutex<Vec<Outcome>>>) {
    let outcomes = Arc::new(Mutex::new(Vec::new()));
    let (l, o) = (live.clone(), outcomes.clone());
    let watcher = live::watch(live.dir().unwrap(), move || {
        let outcome = l.reload();
        o.lock().unwrap().push(outcome);
    })
    .unwrap();
    (watcher, outcomes)
}

fn reloads(outcomes: &Mutex<Vec<Outcome>>) -> usize {
    outcomes.lock().unwrap().len()
}

/// Generous: these tests check what happens, not how fast (the benches measure speed).
const DEADLINE: Duration = Duration::from_secs(30);

fn wait_until(within: Duration, mut f: impl FnMut() -> bool) -> bool {
    let t0 = Instant::now();
    while t0.elapsed() < within {
        if f() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    f()
}

fn record_path(dir: &Path) -> PathBuf {
    dir.join("trials/alpha-2015.yaml")
}

#[test]
fn a_valid_edit_goes_live_with_exactly_one_reload() {
    let dir = folder();
    let live = live_for(dir.path());
    let (_w, outcomes) = watching(&live);
    let p = record_path(dir.path());
    let text = std::fs::read_to_string(&p).unwrap();
    std::fs::write(
        &p,
        text.replace(
            "A trial of video interaction guidance",
            "A Zarquon trial of fathers",
        ),
    )
    .unwrap();
    let ok = wait_until(DEADLINE, || {
        live.get().knowledge.get("alpha-2015").unwrap().title == "A Zarquon trial of fathers"
    });
    assert!(ok, "the edit never went live");
    // The new name in its title names the record.
    let hits = live.get().index.search("the Zarquon trial");
    assert_eq!(
        live.get().knowledge.records[hits.hits[0].ord].id,
        "alpha-2015"
    );
    assert!(
        live.status().result.starts_with("ok"),
        "{:?}",
        live.status()
    );
    // The reload read the folder; reading must not count as another change.
    std::thread::sleep(live::DEBOUNCE * 4);
    let seen = outcomes.lock().unwrap();
    assert_eq!(seen.len(), 1, "{seen:?}");
    assert!(seen[0].is_news(), "{seen:?}");
}

#[test]
fn a_watched_folder_that_nobody_edits_is_never_reloaded() {
    let dir = folder();
    let live = live_for(dir.path());
    let (_w, outcomes) = watching(&live);
    // Read the whole folder as a reload does (opening every file and folder), with the watch
    // on: these reads once counted as changes, so each reload scheduled the next, forever.
    for _ in 0..3 {
        let (lib, _) = Snapshot::load(Some(dir.path())).unwrap();
        assert_eq!(lib.knowledge.records.len(), 2);
    }
    std::thread::sleep(Duration::from_secs(20));
    assert_eq!(reloads(&outcomes), 0, "{:?}", outcomes.lock().unwrap());
}

#[test]
fn a_save_that_changes_nothing_swaps_nothing() {
    let dir = folder();
    let live = live_for(dir.path());
    let served = live.get();
    let (_w, outcomes) = watching(&live);
    let p = record_path(dir.path());
    let text = std::fs::read_to_string(&p).unwrap();
    std::fs::write(&p, &text).unwrap();
    assert!(
        wait_until(DEADLINE, || reloads(&outcomes) > 0),
        "writing a file was not noticed"
    );
    let seen = outcomes.lock().unwrap();
    assert!(
        matches!(seen[0], Outcome::Unchanged { .. }) && !seen[0].is_news(),
        "{seen:?}"
    );
    assert!(
        Arc::ptr_eq(&served, &live.get()),
        "the knowledge was swapped"
    );
}

#[test]
fn an_invalid_edit_keeps_the_old_answers_and_reports_the_error() {
    let dir = folder();
    let live = live_for(dir.path());
    let p = record_path(dir.path());
    let text = std::fs::read_to_string(&p).unwrap();
    std::fs::write(&p, text.replace("kind: rct", "kind: rtc")).unwrap();
    match live.reload() {
        Outcome::Refused { problems } => {
            let msg = Outcome::Refused {
                problems: problems.clone(),
            }
            .message();
            assert!(msg.contains("alpha-2015.yaml:2:7: error"), "{msg}");
            assert!(
                msg.contains("still serving the previous knowledge"),
                "{msg}"
            );
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(live.get().knowledge.records.len(), 2);
    assert_eq!(
        live.get()
            .knowledge
            .get("alpha-2015")
            .unwrap()
            .kind
            .as_str(),
        "rct"
    );
    assert!(
        live.status().result.starts_with("refused"),
        "{:?}",
        live.status()
    );
}

#[test]
fn ten_quick_edits_cause_a_few_reloads_not_ten() {
    let dir = folder();
    let live = live_for(dir.path());
    let (_w, outcomes) = watching(&live);
    let p = record_path(dir.path());
    let text = std::fs::read_to_string(&p).unwrap();
    for i in 0..10 {
        std::fs::write(
            &p,
            text.replace("It helped a little.", &format!("Edit number {i}.")),
        )
        .unwrap();
        std::thread::sleep(Duration::from_millis(50));
    }
    assert!(wait_until(DEADLINE, || {
        live.get()
            .knowledge
            .get("alpha-2015")
            .unwrap()
            .summary
            .contains("Edit number 9")
    }));
    std::thread::sleep(live::DEBOUNCE * 2);
    let n = reloads(&outcomes);
    assert!((1..=3).contains(&n), "{n} reloads for 10 edits");
}

#[test]
fn deleting_a_file_removes_the_record() {
    let dir = folder();
    let live = live_for(dir.path());
    // beta names alpha in `related`, so both go together, and the summary says so.
    std::fs::remove_file(record_path(dir.path())).unwrap();
    let text = std::fs::read_to_string(dir.path().join("reviews/beta-2019.yaml")).unwrap();
    std::fs::write(
        dir.path().join("reviews/beta-2019.yaml"),
        text.replace("related: [alpha-2015]\n", ""),
    )
    .unwrap();
    let outcome = live.reload();
    assert!(
        outcome.message().contains("removed alpha-2015"),
        "{}",
        outcome.message()
    );
    assert!(
        outcome.message().contains("changed beta-2019"),
        "{}",
        outcome.message()
    );
    assert!(live.get().knowledge.get("alpha-2015").is_none());
    assert_eq!(live.get().knowledge.records.len(), 1);
}

#[test]
fn queries_during_reloads_never_fail() {
    let (lib, _) = Snapshot::load(None).unwrap();
    let bundled = Path::new(env!("CARGO_MANIFEST_DIR")).join("knowledge");
    let live = Arc::new(Live::new(lib, Some(bundled)));
    let stop = Arc::new(AtomicBool::new(false));
    let answered = Arc::new(AtomicUsize::new(0));
    let workers: Vec<_> = (0..2)
        .map(|_| {
            let (live, stop, answered) = (live.clone(), stop.clone(), answered.clone());
            std::thread::spawn(move || {
                while !stop.load(Ordering::SeqCst) {
                    let lib = live.get();
                    let res = lib.index.search("preterm babies");
                    assert!(!res.hits.is_empty(), "a query failed during a reload");
                    answered.fetch_add(1, Ordering::SeqCst);
                }
            })
        })
        .collect();
    for _ in 0..5 {
        assert!(live.reload().is_ok());
    }
    stop.store(true, Ordering::SeqCst);
    for w in workers {
        w.join().expect("no query panicked");
    }
    assert!(answered.load(Ordering::SeqCst) > 10);
}
