//! The curators' log on disk: the `!evidence` questions no record was about, and votes and
//! comments on answers, in SQLite in `state_dir`. Each entry keeps only its day, answers only
//! as salted hashes (the salt in a file of its own, `gaplog.salt`), rooms and users not at all;
//! entries older than `gap_log_days` are pruned at least daily. `docs/security.md` says what is
//! kept.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use anyhow::Context as _;
use rusqlite::{params, Connection, OpenFlags, OptionalExtension};
use sha2::{Digest, Sha256};

use evidence_core::curation::{Asked, Coverage, FeedbackEntry, GapEntry, Vote};

/// The file in `state_dir`.
pub const FILE: &str = "gaplog.sqlite3";

/// The salt's file, beside the log: backed up, copied or shared apart from the log, the hashes
/// in the log cannot be matched to answers in a room's history.
pub const SALT_FILE: &str = "gaplog.salt";

/// The schema this version writes (`PRAGMA user_version`). 0 is the first one: times to the
/// second, a hashed room column, the salt in a `meta` table; 1 keeps days; 2 keeps the words
/// nothing recognised apart from the concepts nothing covers.
const SCHEMA_VERSION: i64 = 2;

/// The log, opened once by the running bot (or read-only by `evidence-bot gaps`).
#[derive(Debug)]
pub struct GapLog {
    conn: Mutex<Connection>,
    salt: Vec<u8>,
    keep_days: u32,
    /// The schema of the file (a reader may read an old log the bot has not migrated yet).
    schema: i64,
    /// The day of the last pruning: the log is pruned again on the first write of a new day.
    pruned_on: Mutex<i64>,
}

/// The question an answer answered, as the log knows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answered {
    /// The question.
    pub question: String,
    /// How well it was covered.
    pub coverage: Coverage,
}

/// Schema 1. Days count from 1970-01-01 (UTC): a time to the second could be matched to the
/// message in the room's history.
const SCHEMA: &str = "
CREATE TABLE questions (
    id INTEGER PRIMARY KEY,
    day INTEGER NOT NULL,
    answer TEXT,
    question TEXT NOT NULL,
    filters TEXT NOT NULL,
    unmatched TEXT NOT NULL,
    terms TEXT NOT NULL,
    coverage TEXT NOT NULL,
    unrecognised TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX questions_day ON questions (day);
CREATE INDEX questions_answer ON questions (answer);
CREATE TABLE feedback (
    id INTEGER PRIMARY KEY,
    day INTEGER NOT NULL,
    answer TEXT NOT NULL,
    question TEXT NOT NULL,
    coverage TEXT NOT NULL,
    vote TEXT,
    comment TEXT
);
CREATE INDEX feedback_day ON feedback (day);
CREATE TABLE asked_back (answer TEXT PRIMARY KEY, day INTEGER NOT NULL);
";

/// From schema 1: the words nothing recognised get a column of their own (entries logged
/// before have them among `unmatched`, as reports read them then).
const MIGRATE_1_TO_2: &str = "
ALTER TABLE questions ADD COLUMN unrecognised TEXT NOT NULL DEFAULT '[]';
";

/// From schema 0: times rounded down to their day, the room column and the `meta` table (the
/// salt, moved to its file first) dropped.
const MIGRATE_0_TO_1: &str = "
ALTER TABLE questions RENAME TO questions_0;
ALTER TABLE feedback RENAME TO feedback_0;
ALTER TABLE asked_back RENAME TO asked_back_0;
DROP INDEX IF EXISTS questions_at;
DROP INDEX IF EXISTS questions_answer;
DROP INDEX IF EXISTS feedback_at;
";

const COPY_0_TO_1: &str = "
INSERT INTO questions (id, day, answer, question, filters, unmatched, terms, coverage)
    SELECT id, at / 86400, answer, question, filters, unmatched, terms, coverage FROM questions_0;
INSERT INTO feedback (id, day, answer, question, coverage, vote, comment)
    SELECT id, at / 86400, answer, question, coverage, vote, comment FROM feedback_0;
INSERT INTO asked_back (answer, day) SELECT answer, at / 86400 FROM asked_back_0;
DROP TABLE questions_0;
DROP TABLE feedback_0;
DROP TABLE asked_back_0;
DROP TABLE IF EXISTS meta;
";

const DAY: i64 = 86_400;

/// The day (since 1970-01-01, UTC) of a time in seconds.
fn day_of(at: i64) -> i64 {
    at.div_euclid(DAY)
}

/// The salt file of the log at `path`.
pub fn salt_path(path: &Path) -> PathBuf {
    path.with_file_name(SALT_FILE)
}

fn schema_version(conn: &Connection) -> rusqlite::Result<i64> {
    conn.query_row("PRAGMA user_version", [], |r| r.get(0))
}

fn has_table(conn: &Connection, name: &str) -> rusqlite::Result<bool> {
    conn.query_row(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?1",
        params![name],
        |r| r.get::<_, i64>(0),
    )
    .map(|n| n > 0)
}

impl GapLog {
    /// Opens (or creates) the log at `path` for the running bot, migrating an older schema,
    /// with its salt in [`SALT_FILE`] beside it, and prunes what is older than `keep_days`.
    pub fn open(path: &Path, keep_days: u32, now: i64) -> anyhow::Result<GapLog> {
        let conn = Connection::open(path)
            .with_context(|| format!("opening the gap log {}", path.display()))?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))
                .with_context(|| format!("making {} private", path.display()))?;
        }
        // Deleted rows (pruned, migrated) are overwritten, not left in free pages.
        conn.pragma_update(None, "secure_delete", true)?;
        // WAL lets `evidence-bot gaps` read while the bot writes.
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        let salt_file = salt_path(path);
        let salt = match schema_version(&conn)? {
            0 if has_table(&conn, "questions")? => migrate_from_0(&conn, path, &salt_file)?,
            0 => {
                conn.execute_batch(&format!(
                    "BEGIN; {SCHEMA} PRAGMA user_version = {SCHEMA_VERSION}; COMMIT;"
                ))
                .with_context(|| format!("creating the tables of {}", path.display()))?;
                // A new log gets a new salt, even if an old salt file was left behind.
                new_salt(&salt_file)?
            }
            1 => {
                conn.execute_batch(&format!(
                    "BEGIN IMMEDIATE; {MIGRATE_1_TO_2} PRAGMA user_version = {SCHEMA_VERSION}; COMMIT;"
                ))
                .with_context(|| format!("migrating {} to schema 2", path.display()))?;
                read_salt(&salt_file)?
            }
            SCHEMA_VERSION => read_salt(&salt_file)?,
            v => anyhow::bail!(
                "{} has schema version {v}, from a newer evidence-bot; this one knows up to {SCHEMA_VERSION}",
                path.display()
            ),
        };
        let log = GapLog {
            conn: Mutex::new(conn),
            salt,
            keep_days,
            schema: SCHEMA_VERSION,
            pruned_on: Mutex::new(i64::MIN),
        };
        log.prune(now)?;
        Ok(log)
    }

    /// Opens an existing log to read, for `evidence-bot gaps`: a migrated one or one the bot
    /// has not migrated yet.
    pub fn open_read_only(path: &Path) -> anyhow::Result<GapLog> {
        if !path.exists() {
            anyhow::bail!(
                "no gap log at {}: the bot writes it there once it runs with gap_log on (the default)",
                path.display()
            );
        }
        let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)
            .with_context(|| format!("opening the gap log {}", path.display()))?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        let schema = schema_version(&conn)
            .with_context(|| format!("reading the schema version of {}", path.display()))?;
        if schema > SCHEMA_VERSION {
            anyhow::bail!(
                "{} has schema version {schema}, from a newer evidence-bot; this one knows up to {SCHEMA_VERSION}",
                path.display()
            );
        }
        Ok(GapLog {
            conn: Mutex::new(conn),
            salt: Vec::new(),
            keep_days: 0,
            schema,
            pruned_on: Mutex::new(i64::MIN),
        })
    }

    fn conn(&self) -> std::sync::MutexGuard<'_, Connection> {
        self.conn.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn hash(&self, what: &str, id: &str) -> String {
        let mut h = Sha256::new();
        h.update(&self.salt);
        h.update(what.as_bytes());
        h.update([0]);
        h.update(id.as_bytes());
        h.finalize()
            .iter()
            .take(12)
            .map(|b| format!("{b:02x}"))
            .collect()
    }

    /// Runs `f` on the log on a blocking thread, for async callers: SQLite waits for the disk
    /// and, while another connection writes, up to the 5 s busy timeout, which must not hold a
    /// tokio worker (the in-order message handler among them).
    pub async fn run<T, F>(self: &Arc<Self>, f: F) -> anyhow::Result<T>
    where
        F: FnOnce(&GapLog) -> anyhow::Result<T> + Send + 'static,
        T: Send + 'static,
    {
        let log = self.clone();
        tokio::task::spawn_blocking(move || f(&log))
            .await
            .context("the gap log's task failed")?
    }

    /// Prunes on the first write of each day, so that a bot that runs for months still forgets
    /// on time.
    fn prune_if_new_day(&self, now: i64) -> anyhow::Result<()> {
        if *self.pruned_on.lock().unwrap_or_else(|e| e.into_inner()) < day_of(now) {
            self.prune(now)?;
        }
        Ok(())
    }

    /// Records a question no record was about (direct answers are not logged), on the day of
    /// `at`. `answer` is the event id of the bot's answer, stored hashed so that votes on it
    /// find the question.
    pub fn record_question(
        &self,
        at: i64,
        answer: Option<&str>,
        asked: &Asked,
    ) -> anyhow::Result<()> {
        if !asked.coverage.is_gap() {
            return Ok(());
        }
        self.prune_if_new_day(at)?;
        self.conn().execute(
            "INSERT INTO questions (day, answer, question, filters, unmatched, terms, coverage,
             unrecognised) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![
                day_of(at),
                answer.map(|a| self.hash("answer", a)),
                asked.question,
                asked.filters,
                serde_json::to_string(&asked.unmatched)?,
                serde_json::to_string(&asked.terms)?,
                asked.coverage.as_str(),
                serde_json::to_string(&asked.unrecognised)?,
            ],
        )?;
        Ok(())
    }

    /// The question a logged answer answered (gap answers only; the running bot remembers the
    /// other recent ones in memory).
    pub fn question_of_answer(&self, answer: &str) -> anyhow::Result<Option<Answered>> {
        let hash = self.hash("answer", answer);
        let row: Option<(String, String)> = self
            .conn()
            .query_row(
                "SELECT question, coverage FROM questions WHERE answer = ?1 ORDER BY id DESC LIMIT 1",
                params![hash],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        Ok(row.map(|(question, c)| Answered {
            question,
            coverage: Coverage::parse(&c).unwrap_or(Coverage::None),
        }))
    }

    /// Records a vote and/or comment on an answer, on the day of `at`; returns its row, for a
    /// comment that follows.
    pub fn record_feedback(
        &self,
        at: i64,
        answer: &str,
        about: &Answered,
        vote: Option<Vote>,
        comment: Option<&str>,
    ) -> anyhow::Result<i64> {
        self.prune_if_new_day(at)?;
        let conn = self.conn();
        conn.execute(
            "INSERT INTO feedback (day, answer, question, coverage, vote, comment)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![
                day_of(at),
                self.hash("answer", answer),
                about.question,
                about.coverage.as_str(),
                vote.map(Vote::as_str),
                comment.filter(|c| !c.trim().is_empty()),
            ],
        )?;
        Ok(conn.last_insert_rowid())
    }

    /// Adds the comment that followed a 👎 to its feedback row.
    pub fn add_comment(&self, feedback: i64, comment: &str) -> anyhow::Result<()> {
        self.conn().execute(
            "UPDATE feedback SET comment = ?2 WHERE id = ?1",
            params![feedback, comment],
        )?;
        Ok(())
    }

    /// Notes that the bot asked "what were you looking for?" after a 👎 on this answer; false
    /// when it already had (it asks once per answer).
    pub fn ask_back_once(&self, at: i64, answer: &str) -> anyhow::Result<bool> {
        let n = self.conn().execute(
            "INSERT OR IGNORE INTO asked_back (answer, day) VALUES (?1, ?2)",
            params![self.hash("answer", answer), day_of(at)],
        )?;
        Ok(n == 1)
    }

    /// Deletes every entry from a day more than `keep_days` before `now`'s.
    pub fn prune(&self, now: i64) -> anyhow::Result<usize> {
        let before = day_of(now) - i64::from(self.keep_days);
        let conn = self.conn();
        let mut n = conn.execute("DELETE FROM questions WHERE day < ?1", params![before])?;
        n += conn.execute("DELETE FROM feedback WHERE day < ?1", params![before])?;
        n += conn.execute("DELETE FROM asked_back WHERE day < ?1", params![before])?;
        *self.pruned_on.lock().unwrap_or_else(|e| e.into_inner()) = day_of(now);
        Ok(n)
    }

    /// Prunes when the last pruning was on an earlier day than `now`'s (the running bot calls
    /// it hourly, so that a quiet log is pruned too).
    pub fn prune_if_due(&self, now: i64) -> anyhow::Result<()> {
        self.prune_if_new_day(now)
    }

    /// The logged questions and feedback from the day of `since` on; each entry's time is the
    /// start (00:00 UTC) of its day.
    pub fn entries(&self, since: i64) -> anyhow::Result<(Vec<GapEntry>, Vec<FeedbackEntry>)> {
        // An old log, read before the bot migrated it, has times in seconds: shown by day too.
        let (when, from) = if self.schema == 0 {
            ("(at / 86400) * 86400", day_of(since) * DAY)
        } else {
            ("day * 86400", day_of(since))
        };
        let column = if self.schema == 0 { "at" } else { "day" };
        let unrecognised = if self.schema >= 2 {
            "unrecognised"
        } else {
            "'[]'"
        };
        let conn = self.conn();
        let mut q = conn.prepare(&format!(
            "SELECT {when}, question, filters, unmatched, terms, coverage, {unrecognised}
             FROM questions WHERE {column} >= ?1 ORDER BY {column}, id"
        ))?;
        let gaps = q
            .query_map(params![from], |r| {
                let list = |i: usize| -> rusqlite::Result<Vec<String>> {
                    let s: String = r.get(i)?;
                    Ok(serde_json::from_str(&s).unwrap_or_default())
                };
                Ok(GapEntry {
                    at: r.get(0)?,
                    asked: Asked {
                        question: r.get(1)?,
                        filters: r.get(2)?,
                        unmatched: list(3)?,
                        unrecognised: list(6)?,
                        terms: list(4)?,
                        coverage: Coverage::parse(&r.get::<_, String>(5)?)
                            .unwrap_or(Coverage::None),
                    },
                })
            })?
            .collect::<Result<Vec<_>, _>>()?;
        let mut f = conn.prepare(&format!(
            "SELECT {when}, question, coverage, vote, comment FROM feedback
             WHERE {column} >= ?1 ORDER BY {column}, id"
        ))?;
        let feedback = f
            .query_map(params![from], |r| {
                Ok(FeedbackEntry {
                    at: r.get(0)?,
                    question: r.get(1)?,
                    coverage: Coverage::parse(&r.get::<_, String>(2)?).unwrap_or(Coverage::None),
                    vote: r
                        .get::<_, Option<String>>(3)?
                        .as_deref()
                        .and_then(Vote::parse),
                    comment: r.get(4)?,
                })
            })?
            .collect::<Result<Vec<_>, _>>()?;
        Ok((gaps, feedback))
    }
}

/// The salt of a log of schema 1 or later, from its own file (made private again if a copy
/// or a restore from backup widened it).
fn read_salt(salt_file: &Path) -> anyhow::Result<Vec<u8>> {
    match std::fs::read(salt_file) {
        Ok(salt) => {
            #[cfg(unix)]
            {
                use std::os::unix::fs::PermissionsExt;
                std::fs::set_permissions(salt_file, std::fs::Permissions::from_mode(0o600))
                    .with_context(|| format!("making {} private", salt_file.display()))?;
            }
            Ok(salt)
        }
        // Lost: answers logged before cannot be matched again, which is harmless.
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => new_salt(salt_file),
        Err(e) => Err(e).with_context(|| format!("reading {}", salt_file.display())),
    }
}

/// Makes a new salt and writes it, private, to `salt_file`.
fn new_salt(salt_file: &Path) -> anyhow::Result<Vec<u8>> {
    let salt: [u8; 32] = rand::random();
    crate::state::write_private(salt_file, &salt)
        .with_context(|| format!("writing the gap log's salt to {}", salt_file.display()))?;
    Ok(salt.to_vec())
}

/// Migrates a schema-0 log: its salt moves to `salt_file` first (so that a crash half-way
/// leaves a log that migrates again with the same salt), then, in one transaction, times
/// become days and the room column and the `meta` table go. The file is then rewritten and the
/// journal emptied, so that no page of the old log is left on disk. Returns the salt.
fn migrate_from_0(conn: &Connection, path: &Path, salt_file: &Path) -> anyhow::Result<Vec<u8>> {
    let context = || format!("migrating the gap log {}", path.display());
    let in_log: Option<Vec<u8>> = if has_table(conn, "meta")? {
        conn.query_row("SELECT value FROM meta WHERE key = 'salt'", [], |r| {
            r.get(0)
        })
        .optional()
        .with_context(context)?
    } else {
        None
    };
    let salt = match (in_log, std::fs::read(salt_file).ok()) {
        (Some(log), Some(file)) if log != file => anyhow::bail!(
            "{} and the salt in {} differ: move {} away (answers logged before cannot then be matched) or restore the right one",
            salt_file.display(),
            path.display(),
            salt_file.display()
        ),
        (Some(log), _) => {
            crate::state::write_private(salt_file, &log).with_context(|| {
                format!("moving the gap log's salt to {}", salt_file.display())
            })?;
            log
        }
        (None, Some(file)) => file,
        (None, None) => new_salt(salt_file)?,
    };
    conn.execute_batch(&format!(
        "BEGIN IMMEDIATE; {MIGRATE_0_TO_1} {SCHEMA} {COPY_0_TO_1} PRAGMA user_version = {SCHEMA_VERSION}; COMMIT;"
    ))
    .with_context(context)?;
    conn.execute_batch("VACUUM; PRAGMA wal_checkpoint(TRUNCATE);")
        .with_context(context)?;
    Ok(salt)
}

#[cfg(test)]
mod tests {
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
}
