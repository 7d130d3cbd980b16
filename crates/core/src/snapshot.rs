//! One loaded version of the knowledge together with its search index: what a question is
//! answered from. Built whole, then shared (and later swapped) behind an `Arc`.

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use crate::knowledge::{self, Diagnostic, Knowledge, SourceFile};
use crate::search::SearchIndex;

/// Why a snapshot could not be built.
#[derive(Debug, thiserror::Error)]
pub enum SnapshotError {
    /// The configured knowledge folder is missing.
    #[error("knowledge folder {0} does not exist or is not a folder (check --knowledge or [knowledge] dir)")]
    NotAFolder(PathBuf),
    /// tantivy could not build the index (out of memory, say).
    #[error("building the search index: {0}")]
    Index(#[from] tantivy::TantivyError),
}

/// Knowledge plus its index.
#[derive(Debug)]
pub struct Snapshot {
    /// The records and vocabularies.
    pub knowledge: Knowledge,
    /// The search index built from them.
    pub index: SearchIndex,
    /// When this version was loaded.
    pub loaded_at: SystemTime,
}

impl Snapshot {
    /// Builds the index for knowledge.
    pub fn build(knowledge: Knowledge) -> Result<Snapshot, SnapshotError> {
        let index = SearchIndex::build(&knowledge)?;
        Ok(Snapshot {
            knowledge,
            index,
            loaded_at: SystemTime::now(),
        })
    }

    /// Loads the knowledge built into the binary, or a folder, and builds the index.
    /// Returns the problems found too; records with errors are left out.
    pub fn load(dir: Option<&Path>) -> Result<(Snapshot, Vec<Diagnostic>), SnapshotError> {
        match dir {
            Some(d) => {
                let (files, problems) = read_folder(d)?;
                Snapshot::from_folder(d, &files, problems)
            }
            None => {
                let (k, diags) = knowledge::load_bundled();
                Ok((Snapshot::build(k)?, diags))
            }
        }
    }

    /// Checks and indexes files read from a knowledge folder (see [`read_folder`]).
    pub fn from_folder(
        dir: &Path,
        files: &[SourceFile],
        mut problems: Vec<Diagnostic>,
    ) -> Result<(Snapshot, Vec<Diagnostic>), SnapshotError> {
        let (mut k, diags) = knowledge::from_files(files, &dir.display().to_string());
        // A Git checkout is versioned by its commit; any folder by its content hash.
        k.version = knowledge::folder_version(dir, &k.content_hash);
        problems.extend(diags);
        Ok((Snapshot::build(k)?, problems))
    }
}

/// Reads the YAML files of a knowledge folder; files that cannot be read are problems.
pub fn read_folder(dir: &Path) -> Result<(Vec<SourceFile>, Vec<Diagnostic>), SnapshotError> {
    if !dir.is_dir() {
        return Err(SnapshotError::NotAFolder(dir.to_path_buf()));
    }
    Ok(knowledge::source::read_dir(dir))
}
