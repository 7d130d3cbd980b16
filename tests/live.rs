//! Live knowledge updates on a temporary folder: edits go live within 3 s, broken edits keep the
//! old answers and report the problem, bursts of saves become a few reloads, deleted files drop
//! their record, and queries during reloads never fail.

mod common;
use common::copy_dir;

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use evidence_bot::library::Library;
use evidence_bot::live::{self, Live, Outcome};

/// A copy of the valid fixture folder.
fn folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/knowledge/valid");
    copy_dir(&src, dir.path());
    dir
}

fn live_for(dir: &Path) -> Arc<Live> {
    let (lib, diags) = Library::load(Some(dir)).unwrap();
    assert!(diags.is_empty(), "{diags:?}");
    Arc::new(Live::new(lib, Some(dir.to_path_buf())))
}

/// Starts watching; every burst of changes runs a reload and counts it.
fn watching(live: &Arc<Live>) -> (live::Watcher, Arc<AtomicUsize>) {
    let count = Arc::new(AtomicUsize::new(0));
    let (l, c) = (live.clone(), count.clone());
    let watcher = live::watch(live.dir().unwrap(), move || {
        l.reload();
        c.fetch_add(1, Ordering::SeqCst);
    })
    .unwrap();
    (watcher, count)
}

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
fn a_valid_edit_is_live_within_3_seconds() {
    let dir = folder();
    let live = live_for(dir.path());
    let (_w, _) = watching(&live);
    let p = record_path(dir.path());
    let text = std::fs::read_to_string(&p).unwrap();
    let t0 = Instant::now();
    std::fs::write(
        &p,
        text.replace(
            "A trial of video interaction guidance",
            "A renamed trial of fathers",
        ),
    )
    .unwrap();
    let ok = wait_until(Duration::from_secs(3), || {
        live.get().knowledge.get("alpha-2015").unwrap().title == "A renamed trial of fathers"
    });
    assert!(ok, "not live after {:?}", t0.elapsed());
    let hits = live.get().index.search("renamed fathers");
    assert_eq!(
        live.get().knowledge.records[hits.hits[0].ord].id,
        "alpha-2015"
    );
    assert!(
        live.status().result.starts_with("ok"),
        "{:?}",
        live.status()
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
    let (_w, count) = watching(&live);
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
    assert!(wait_until(Duration::from_secs(4), || {
        live.get()
            .knowledge
            .get("alpha-2015")
            .unwrap()
            .summary
            .contains("Edit number 9")
    }));
    std::thread::sleep(live::DEBOUNCE * 2);
    let n = count.load(Ordering::SeqCst);
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
    let (lib, _) = Library::load(None).unwrap();
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
