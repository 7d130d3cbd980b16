//! The knowledge base: records and topics loaded from YAML, checked, and versioned.

pub mod load;
pub mod model;
pub mod outcomes;
pub mod topics;

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use include_dir::{include_dir, Dir};
use sha2::{Digest, Sha256};

pub use load::{Diagnostic, Loaded, Severity, SourceFile};
pub use model::{Kind, Record};
pub use topics::Topic;

/// The knowledge folder of this repository, built into the binary.
static BUNDLED: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/knowledge");

/// Loaded, checked knowledge: what the search index and the answers are built from.
#[derive(Debug, Clone, Default)]
pub struct Knowledge {
    /// Records without errors, sorted by id.
    pub records: Vec<Record>,
    /// The topics vocabulary.
    pub topics: Vec<Topic>,
    /// The outcome domains that findings name.
    pub outcomes: Vec<Topic>,
    /// The version shown to people: the content hash, or a folder's Git commit.
    pub version: String,
    /// A hash of the files' names and texts (first 12 hex digits of SHA-256): equal hashes mean
    /// equal knowledge.
    pub content_hash: String,
    /// Where the knowledge came from: "built-in" or a folder.
    pub origin: String,
    by_id: HashMap<String, usize>,
}

impl Knowledge {
    /// Builds knowledge from checked records and the vocabularies they use.
    pub fn new(
        records: Vec<Record>,
        topics: Vec<Topic>,
        outcomes: Vec<Topic>,
        version: String,
        origin: String,
    ) -> Self {
        let by_id = records
            .iter()
            .enumerate()
            .map(|(i, r)| (r.id.clone(), i))
            .collect();
        Knowledge {
            records,
            topics,
            outcomes,
            content_hash: version.clone(),
            version,
            origin,
            by_id,
        }
    }

    /// A record by id (case-insensitive).
    pub fn get(&self, id: &str) -> Option<&Record> {
        self.by_id
            .get(id)
            .or_else(|| self.by_id.get(&id.trim().to_ascii_lowercase()))
            .map(|&i| &self.records[i])
    }

    /// A topic by id.
    pub fn topic(&self, id: &str) -> Option<&Topic> {
        self.topics.iter().find(|t| t.id == id)
    }

    /// An outcome domain by id.
    pub fn outcome(&self, id: &str) -> Option<&Topic> {
        self.outcomes.iter().find(|t| t.id == id)
    }

    /// Number of records per kind, in ladder order.
    pub fn counts_by_kind(&self) -> BTreeMap<Kind, usize> {
        load::counts_by_kind(&self.records)
    }

    /// Number of records per topic id.
    pub fn counts_by_topic(&self) -> HashMap<&str, usize> {
        let mut m = HashMap::new();
        for r in &self.records {
            for t in &r.topics {
                *m.entry(t.as_str()).or_insert(0) += 1;
            }
        }
        m
    }
}

/// The knowledge files built into the binary.
pub fn bundled_files() -> Vec<SourceFile> {
    let mut files = Vec::new();
    let mut stack = vec![&BUNDLED];
    while let Some(dir) = stack.pop() {
        for entry in dir.entries() {
            if let Some(d) = entry.as_dir() {
                stack.push(d);
            } else if let Some(f) = entry.as_file() {
                let rel = f.path().to_string_lossy().replace('\\', "/");
                if !(rel.ends_with(".yaml") || rel.ends_with(".yml")) {
                    continue;
                }
                if let Some(text) = f.contents_utf8() {
                    files.push(SourceFile {
                        path: format!("knowledge/{rel}"),
                        rel,
                        text: text.to_string(),
                    });
                }
            }
        }
    }
    files.sort_by(|a, b| a.rel.cmp(&b.rel));
    files
}

/// A short content hash over the files' names and texts.
pub fn content_hash(files: &[SourceFile]) -> String {
    let mut h = Sha256::new();
    for f in files {
        h.update(f.rel.as_bytes());
        h.update([0]);
        h.update(f.text.as_bytes());
        h.update([0]);
    }
    let digest = h.finalize();
    digest.iter().take(6).map(|b| format!("{b:02x}")).collect()
}

/// Loads files into knowledge plus every problem found.
pub fn from_files(files: &[SourceFile], origin: &str) -> (Knowledge, Vec<Diagnostic>) {
    let loaded = load::load(files);
    let version = content_hash(files);
    let k = Knowledge::new(
        loaded.records,
        loaded.topics,
        loaded.outcomes,
        version,
        origin.to_string(),
    );
    (k, loaded.diagnostics)
}

/// Loads the knowledge built into the binary.
pub fn load_bundled() -> (Knowledge, Vec<Diagnostic>) {
    from_files(&bundled_files(), "built-in")
}

/// Loads a knowledge folder.
pub fn load_dir(dir: &Path) -> (Knowledge, Vec<Diagnostic>) {
    let (files, mut read_problems) = load::read_dir(dir);
    let (k, mut diags) = from_files(&files, &dir.display().to_string());
    read_problems.append(&mut diags);
    (k, read_problems)
}

/// The JSON Schema of a record, as shipped in `knowledge/schema.json` (generated from the types).
pub fn json_schema() -> String {
    let mut schema = schemars::schema_for!(Record);
    // Every field has a serde default so that the loader can report all missing fields at once;
    // the schema still tells editors which ones a record must have.
    schema.insert(
        "required".into(),
        serde_json::Value::from(model::REQUIRED_FIELDS.to_vec()),
    );
    let mut s = serde_json::to_string_pretty(&schema).unwrap_or_default();
    s.push('\n');
    s
}
