//! The log's tests: what it keeps, what it forgets, and the migrations of old logs.

use std::time::{Duration, Instant};

use super::*;

fn asked(q: &str, coverage: Coverage) -> Asked {
    Asked {
        question: q.into(),
        filters: String::new(),
        unmatched: vec!["emdr".into()],
        unrecognised: vec!["zebrafinch".into()],
        terms: vec!["emdr".into(), "zebrafinch".into()],
        coverage,
    }
}

#[test]
fn gaps_and_feedback_are_kept_without_users_and_pruned() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(FILE);
    let day = DAY;
    let log = GapLog::open(&path, 90, 100 * day).unwrap();
    log.record_question(10 * day, Some("$old"), &asked("old", Coverage::None))
        .unwrap();
    log.record_question(
        100 * day,
        Some("$answer"),
        &asked("emdr for ptsd", Coverage::Partial),
    )
    .unwrap();
    log.record_question(
        100 * day,
        Some("$direct"),
        &asked("preterm", Coverage::Direct),
    )
    .unwrap();
    let about = log.question_of_answer("$answer").unwrap().unwrap();
    assert_eq!(about.question, "emdr for ptsd");
    assert_eq!(log.question_of_answer("$direct").unwrap(), None);
    let id = log
        .record_feedback(100 * day, "$answer", &about, Some(Vote::Down), None)
        .unwrap();
    log.add_comment(id, "I wanted trauma therapies").unwrap();
    assert!(log.ask_back_once(100 * day, "$answer").unwrap());
    assert!(!log.ask_back_once(100 * day, "$answer").unwrap());
    drop(log);

    // Reopened 91 days after the first question: it is pruned, the rest kept.
    let log = GapLog::open(&path, 90, 101 * day).unwrap();
    let (gaps, feedback) = log.entries(0).unwrap();
    let qs: Vec<&str> = gaps.iter().map(|g| g.asked.question.as_str()).collect();
    assert_eq!(qs, vec!["emdr for ptsd"]);
    assert_eq!(feedback[0].vote, Some(Vote::Down));
    assert_eq!(
        feedback[0].comment.as_deref(),
        Some("I wanted trauma therapies")
    );
    drop(log);

    let bytes = std::fs::read(&path).unwrap();
    let has = |s: &str| bytes.windows(s.len()).any(|w| w == s.as_bytes());
    assert!(has("emdr for ptsd"));
    assert!(
        !has("!room:x") && !has("$answer"),
        "ids stored in the clear"
    );
}

/// 2025-11-30 23:59:59 UTC: a time to the second, and a second before the next day.
const T: i64 = 1_764_547_199;
/// The day of `T` (2025-11-30), counted from 1970-01-01: 1_764_460_800 / 86_400.
const T_DAY: i64 = 20_422;

/// The log's files as they are on disk now: the database, and its `-wal` and `-shm`
/// journals when they exist.
fn log_files(path: &Path) -> Vec<(String, Vec<u8>)> {
    ["", "-wal", "-shm"]
        .iter()
        .filter_map(|ext| {
            let p = format!("{}{ext}", path.display());
            std::fs::read(&p).ok().map(|b| (p, b))
        })
        .collect()
}

/// Checks, byte for byte, that the log's files hold no time finer than a day and not the
/// salt; that the salt is in `gaplog.salt` beside them, private; and that the schema is
/// versioned and has no room column.
fn assert_private(path: &Path) {
    let salt_file = path.with_file_name("gaplog.salt");
    let salt = std::fs::read(&salt_file).expect("the salt is in gaplog.salt");
    assert_eq!(salt.len(), 32);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&salt_file).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "gaplog.salt is mode {mode:o}");
    }
    let files = log_files(path);
    assert!(!files.is_empty());
    // SQLite stores an integer big-endian in 1, 2, 3, 4, 6 or 8 bytes; T needs 4 (it is
    // below 2^31), and a wider field would hold it with leading zeros.
    let be = T.to_be_bytes();
    let needles: Vec<(&str, Vec<u8>)> = vec![
        ("the time in 4 bytes", be[4..].to_vec()),
        ("the time in 6 bytes", be[2..].to_vec()),
        ("the time in 8 bytes", be.to_vec()),
        ("the time in digits", T.to_string().into_bytes()),
        ("the salt", salt.clone()),
    ];
    for (name, bytes) in &files {
        for (what, needle) in &needles {
            assert!(
                !bytes.windows(needle.len()).any(|w| w == needle.as_slice()),
                "{name} holds {what}"
            );
        }
    }
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY).unwrap();
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, SCHEMA_VERSION, "the schema's version");
    for table in ["questions", "feedback", "asked_back"] {
        let mut q = conn
            .prepare(&format!("SELECT name FROM pragma_table_info('{table}')"))
            .unwrap();
        let columns: Vec<String> = q
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert!(
            !columns.iter().any(|c| c == "room" || c == "at"),
            "{table}: {columns:?}"
        );
    }
}

#[test]
fn the_log_keeps_days_not_times_and_its_salt_apart() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(FILE);
    let log = GapLog::open(&path, 90, T).unwrap();
    log.record_question(T, Some("$a"), &asked("emdr for ptsd", Coverage::None))
        .unwrap();
    let about = log.question_of_answer("$a").unwrap().unwrap();
    let id = log
        .record_feedback(T, "$a", &about, Some(Vote::Down), None)
        .unwrap();
    log.add_comment(id, "trauma therapy").unwrap();
    assert!(log.ask_back_once(T, "$a").unwrap());
    // While the bot runs (the journals hold the latest writes) and after it stopped.
    assert_private(&path);
    let (gaps, feedback) = log.entries(0).unwrap();
    assert_eq!(gaps[0].at, T_DAY * DAY, "reported as its day");
    assert_eq!(feedback[0].at, T_DAY * DAY);
    drop(log);
    assert_private(&path);
}

/// The log as the bot wrote it before schema version 1: times in seconds, a hashed room,
/// the salt in a `meta` table, no `user_version`.
fn old_log(path: &Path, salt: &[u8; 32]) -> Connection {
    let conn = Connection::open(path).unwrap();
    conn.pragma_update(None, "journal_mode", "WAL").unwrap();
    conn.execute_batch(
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value BLOB NOT NULL);
         CREATE TABLE questions (id INTEGER PRIMARY KEY, at INTEGER NOT NULL,
             room TEXT NOT NULL, answer TEXT, question TEXT NOT NULL, filters TEXT NOT NULL,
             unmatched TEXT NOT NULL, terms TEXT NOT NULL, coverage TEXT NOT NULL);
         CREATE INDEX questions_at ON questions (at);
         CREATE INDEX questions_answer ON questions (answer);
         CREATE TABLE feedback (id INTEGER PRIMARY KEY, at INTEGER NOT NULL,
             room TEXT NOT NULL, answer TEXT NOT NULL, question TEXT NOT NULL,
             coverage TEXT NOT NULL, vote TEXT, comment TEXT);
         CREATE INDEX feedback_at ON feedback (at);
         CREATE TABLE asked_back (answer TEXT PRIMARY KEY, at INTEGER NOT NULL);",
    )
    .unwrap();
    // Hashes as they were made: SHA-256 of salt, kind, NUL, id; the first 12 bytes in hex.
    let hash = |what: &str, id: &str| -> String {
        let mut h = Sha256::new();
        h.update(salt);
        h.update(what.as_bytes());
        h.update([0]);
        h.update(id.as_bytes());
        h.finalize()
            .iter()
            .take(12)
            .map(|b| format!("{b:02x}"))
            .collect()
    };
    conn.execute(
        "INSERT INTO meta (key, value) VALUES ('salt', ?1)",
        params![salt.to_vec()],
    )
    .unwrap();
    conn.execute(
        "INSERT INTO questions (at, room, answer, question, filters, unmatched, terms, coverage)
         VALUES (?1, ?2, ?3, 'emdr for ptsd', '', '[\"emdr\"]', '[\"emdr\"]', 'none')",
        params![T, hash("room", "!room:x"), hash("answer", "$a")],
    )
    .unwrap();
    conn.execute(
        "INSERT INTO feedback (at, room, answer, question, coverage, vote, comment)
         VALUES (?1, ?2, ?3, 'emdr for ptsd', 'none', 'down', 'trauma therapy')",
        params![T, hash("room", "!room:x"), hash("answer", "$a")],
    )
    .unwrap();
    conn.execute(
        "INSERT INTO asked_back (answer, at) VALUES (?1, ?2)",
        params![hash("answer", "$a"), T],
    )
    .unwrap();
    conn
}

#[test]
fn an_old_log_is_migrated_and_its_hashes_still_match() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(FILE);
    let salt = [7u8; 32];
    drop(old_log(&path, &salt));
    // `evidence-bot gaps` reads it as it is, before the bot migrated it.
    let reader = GapLog::open_read_only(&path).unwrap();
    let (gaps, feedback) = reader.entries(0).unwrap();
    assert_eq!(gaps[0].asked.question, "emdr for ptsd");
    assert_eq!(feedback[0].comment.as_deref(), Some("trauma therapy"));
    drop(reader);

    let log = GapLog::open(&path, 90, T).unwrap();
    assert_eq!(
        std::fs::read(path.with_file_name("gaplog.salt")).unwrap(),
        salt
    );
    // Answers hashed before the upgrade are still found, and asked about only once.
    let about = log
        .question_of_answer("$a")
        .unwrap()
        .expect("the old hash matches");
    assert_eq!(about.question, "emdr for ptsd");
    assert!(!log.ask_back_once(T, "$a").unwrap());
    let (gaps, feedback) = log.entries(0).unwrap();
    assert_eq!(gaps[0].at, T_DAY * DAY);
    assert_eq!(feedback[0].vote, Some(Vote::Down));
    assert_private(&path);
    drop(log);
    assert_private(&path);

    // And after it: the reader reads the new log too; opening again changes nothing.
    let reader = GapLog::open_read_only(&path).unwrap();
    let (gaps, _) = reader.entries(0).unwrap();
    assert_eq!(gaps[0].at, T_DAY * DAY);
    drop(reader);
    let log = GapLog::open(&path, 90, T).unwrap();
    assert!(log.question_of_answer("$a").unwrap().is_some());
}

#[test]
fn a_schema_1_log_gains_the_words_nothing_recognised() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(FILE);
    // A log as schema 1 wrote it: days, the salt in its file, no `unrecognised` column.
    {
        let conn = Connection::open(&path).unwrap();
        let v1 = SCHEMA.replace(",\n    unrecognised TEXT NOT NULL DEFAULT '[]'", "");
        conn.execute_batch(&format!("{v1} PRAGMA user_version = 1;"))
            .unwrap();
        conn.execute(
            "INSERT INTO questions (day, answer, question, filters, unmatched, terms, coverage)
             VALUES (?1, NULL, 'vig and cleft', '', '[\"cleft\"]', '[\"cleft\"]', 'none')",
            params![T_DAY],
        )
        .unwrap();
        std::fs::write(path.with_file_name(SALT_FILE), [9u8; 32]).unwrap();
    }
    // Read as it is: the old entry's words stay where schema 1 put them.
    let (gaps, _) = GapLog::open_read_only(&path).unwrap().entries(0).unwrap();
    assert_eq!(gaps[0].asked.unmatched, vec!["cleft"]);
    assert!(gaps[0].asked.unrecognised.is_empty());
    let log = GapLog::open(&path, 90, T).unwrap();
    log.record_question(T, Some("$b"), &asked("vig and zebrafinch", Coverage::None))
        .unwrap();
    let (gaps, _) = log.entries(0).unwrap();
    assert_eq!(gaps.len(), 2);
    assert_eq!(gaps[1].asked.unrecognised, vec!["zebrafinch"]);
    assert_eq!(gaps[1].asked.unmatched, vec!["emdr"]);
    // The salt moved in schema 1 is kept.
    assert_eq!(
        std::fs::read(path.with_file_name(SALT_FILE)).unwrap(),
        [9u8; 32]
    );
    drop(log);
    assert_private(&path);
}

#[test]
fn an_old_log_left_by_a_crash_is_migrated_without_a_trace() {
    // The old bot was killed: its last writes are in the -wal journal, not yet in the file.
    let crashed = tempfile::tempdir().unwrap();
    let old = old_log(&crashed.path().join(FILE), &[9u8; 32]);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(FILE);
    let mut wal = Vec::new();
    for ext in ["", "-wal", "-shm"] {
        let from = format!("{}{ext}", crashed.path().join(FILE).display());
        let bytes = std::fs::read(&from).unwrap();
        if ext == "-wal" {
            wal.clone_from(&bytes);
        }
        std::fs::write(format!("{}{ext}", path.display()), bytes).unwrap();
    }
    drop(old);
    let time = &T.to_be_bytes()[4..];
    assert!(
        wal.windows(4).any(|w| w == time),
        "the journal holds the time"
    );
    let log = GapLog::open(&path, 90, T).unwrap();
    assert!(log.question_of_answer("$a").unwrap().is_some());
    assert_private(&path);
    drop(log);
    assert_private(&path);
}

#[test]
fn old_entries_are_pruned_while_the_bot_runs() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(FILE);
    let day = DAY;
    let log = GapLog::open(&path, 90, 100 * day).unwrap();
    log.record_question(100 * day, None, &asked("first", Coverage::None))
        .unwrap();
    // 91 days later, with no restart in between, a new entry: the first is gone.
    log.record_question(191 * day, None, &asked("second", Coverage::None))
        .unwrap();
    let (gaps, _) = log.entries(0).unwrap();
    let qs: Vec<&str> = gaps.iter().map(|g| g.asked.question.as_str()).collect();
    assert_eq!(qs, vec!["second"]);
}

#[tokio::test(flavor = "current_thread")]
async fn a_busy_log_does_not_hold_up_the_async_runtime() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(FILE);
    let log = Arc::new(GapLog::open(&path, 90, T).unwrap());
    // Another writer holds the database for a second (a backup, say): the log's write waits
    // for it, up to its busy timeout.
    let other = Connection::open(&path).unwrap();
    other.execute_batch("BEGIN EXCLUSIVE").unwrap();
    let holder = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_secs(1));
        other.execute_batch("COMMIT").unwrap();
    });
    let started = Instant::now();
    let write = log.run(|log| log.record_question(T, None, &asked("q", Coverage::None)));
    let tick = async {
        tokio::time::sleep(Duration::from_millis(50)).await;
        started.elapsed()
    };
    let (written, ticked) = tokio::join!(write, tick);
    written.unwrap();
    // The runtime's one thread was free while the write waited: a 50 ms timer fired long
    // before the second was over.
    assert!(
        ticked < Duration::from_millis(900),
        "the timer fired after {ticked:?}"
    );
    holder.join().unwrap();
    assert_eq!(log.entries(0).unwrap().0.len(), 1);
}

#[test]
fn the_reader_needs_a_log() {
    let dir = tempfile::tempdir().unwrap();
    let e = GapLog::open_read_only(&dir.path().join(FILE)).unwrap_err();
    assert!(e.to_string().contains("gap_log on"), "{e}");
}
