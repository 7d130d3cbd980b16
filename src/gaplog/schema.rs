//! The log's SQLite schema and the migrations from the schemas earlier versions wrote.

use std::path::Path;

use anyhow::Context as _;
use rusqlite::{params, Connection, OptionalExtension};

use super::salt::new_salt;

/// The schema this version writes (`PRAGMA user_version`). 0 is the first one: times to the
/// second, a hashed room column, the salt in a `meta` table; 1 keeps days; 2 keeps the words
/// nothing recognised apart from the concepts nothing covers.
pub(super) const SCHEMA_VERSION: i64 = 2;

/// Schema 1. Days count from 1970-01-01 (UTC): a time to the second could be matched to the
/// message in the room's history.
pub(super) const SCHEMA: &str = "
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
pub(super) const MIGRATE_1_TO_2: &str = "
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

pub(super) fn schema_version(conn: &Connection) -> rusqlite::Result<i64> {
    conn.query_row("PRAGMA user_version", [], |r| r.get(0))
}

pub(super) fn has_table(conn: &Connection, name: &str) -> rusqlite::Result<bool> {
    conn.query_row(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?1",
        params![name],
        |r| r.get::<_, i64>(0),
    )
    .map(|n| n > 0)
}

/// Migrates a schema-0 log: its salt moves to `salt_file` first (so that a crash half-way
/// leaves a log that migrates again with the same salt), then, in one transaction, times
/// become days and the room column and the `meta` table go. The file is then rewritten and the
/// journal emptied, so that no page of the old log is left on disk. Returns the salt.
pub(super) fn migrate_from_0(
    conn: &Connection,
    path: &Path,
    salt_file: &Path,
) -> anyhow::Result<Vec<u8>> {
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
