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

mod salt;
mod schema;

use salt::{new_salt, read_salt};
use schema::{has_table, migrate_from_0, schema_version, MIGRATE_1_TO_2, SCHEMA, SCHEMA_VERSION};

/// The file in `state_dir`.
pub const FILE: &str = "gaplog.sqlite3";

/// The salt's file, beside the log: backed up, copied or shared apart from the log, the hashes
/// in the log cannot be matched to answers in a room's history.
pub const SALT_FILE: &str = "gaplog.salt";

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

const DAY: i64 = 86_400;

/// The day (since 1970-01-01, UTC) of a time in seconds.
fn day_of(at: i64) -> i64 {
    at.div_euclid(DAY)
}

/// The salt file of the log at `path`.
pub fn salt_path(path: &Path) -> PathBuf {
    path.with_file_name(SALT_FILE)
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

#[cfg(test)]
mod tests;
