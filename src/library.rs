//! One loaded version of the knowledge together with its search index: what a question is
//! answered from. Built whole, then shared (and later swapped) behind an `Arc`.

use std::path::Path;
use std::time::SystemTime;

use anyhow::Context as _;

use crate::knowledge::{self, Diagnostic, Knowledge, Severity, SourceFile};
use crate::search::SearchIndex;

/// Knowledge plus its index.
#[derive(Debug)]
pub struct Library {
    /// The records and topics.
    pub knowledge: Knowledge,
    /// The search index built from them.
    pub index: SearchIndex,
    /// When this version was loaded.
    pub loaded_at: SystemTime,
}

impl Library {
    /// Builds the index for knowledge.
    pub fn build(knowledge: Knowledge) -> anyhow::Result<Library> {
        let index = SearchIndex::build(&knowledge).context("building the search index")?;
        Ok(Library {
            knowledge,
            index,
            loaded_at: SystemTime::now(),
        })
    }

    /// Loads the knowledge built into the binary, or a folder, and builds the index.
    /// Returns the problems found too; records with errors are left out.
    pub fn load(dir: Option<&Path>) -> anyhow::Result<(Library, Vec<Diagnostic>)> {
        match dir {
            Some(d) => {
                let (files, problems) = read_folder(d)?;
                Library::from_folder(d, &files, problems)
            }
            None => {
                let (k, diags) = knowledge::load_bundled();
                Ok((Library::build(k)?, diags))
            }
        }
    }

    /// Checks and indexes files read from a knowledge folder (see [`read_folder`]).
    pub fn from_folder(
        dir: &Path,
        files: &[SourceFile],
        mut problems: Vec<Diagnostic>,
    ) -> anyhow::Result<(Library, Vec<Diagnostic>)> {
        let (mut k, diags) = knowledge::from_files(files, &dir.display().to_string());
        // A Git checkout is versioned by its commit; any folder by its content hash.
        k.version = crate::live::folder_version(dir, &k.content_hash);
        problems.extend(diags);
        Ok((Library::build(k)?, problems))
    }
}

/// Reads the YAML files of a knowledge folder; files that cannot be read are problems.
pub fn read_folder(dir: &Path) -> anyhow::Result<(Vec<SourceFile>, Vec<Diagnostic>)> {
    if !dir.is_dir() {
        anyhow::bail!(
            "knowledge folder {} does not exist or is not a folder (check --knowledge or [knowledge] dir)",
            dir.display()
        );
    }
    Ok(knowledge::load::read_dir(dir))
}

/// Counts errors among problems.
pub fn error_count(diags: &[Diagnostic]) -> usize {
    diags
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count()
}

/// Formats a time as `2026-11-23 20:15 UTC`.
pub fn fmt_utc(t: SystemTime) -> String {
    let secs = t
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    let (days, rem) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
    let (y, m, d) = civil_from_days(days);
    format!(
        "{y:04}-{m:02}-{d:02} {:02}:{:02} UTC",
        rem / 3600,
        (rem % 3600) / 60
    )
}

/// Days since 1970-01-01 to (year, month, day), proleptic Gregorian (Howard Hinnant's algorithm).
pub fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(20_415), (2025, 11, 23));
        let t = std::time::UNIX_EPOCH + std::time::Duration::from_secs(1_763_900_000);
        assert_eq!(fmt_utc(t), "2025-11-23 12:13 UTC");
    }
}
