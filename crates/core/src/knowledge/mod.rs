//! The knowledge base: records, the concept scheme and the language files, loaded from YAML,
//! checked with `file:line:col` problems, and versioned.
//!
//! [`source`] reads the files (a folder or the copy built into the binary), [`load`] parses and
//! checks them (with [`check`], [`position`] and [`hints`]), and [`Knowledge`] holds the result.

mod check;
pub mod diagnostic;
pub mod facts;
mod hints;
pub mod language;
pub mod load;
pub mod load_vocabulary;
pub mod model;
pub(crate) mod position;
pub mod safety;
mod schema;
pub mod source;
pub mod topics;
pub mod trials;
pub mod vocabulary;

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

pub use diagnostic::{error_count, Diagnostic, Severity};
pub use language::{Language, Task};
pub use load::Loaded;
pub use model::{Kind, Record};
pub use schema::json_schema;
pub use source::{bundled_files, content_hash, folder_version, SourceFile};
pub use topics::Topic;
pub use vocabulary::{Facet, Vocabulary};

/// Loaded, checked knowledge: what the search index and the answers are built from.
#[derive(Debug, Clone, Default)]
pub struct Knowledge {
    /// Records without errors, sorted by id.
    pub records: Vec<Record>,
    /// The concept scheme.
    pub vocabulary: Vocabulary,
    /// The English words that frame questions.
    pub language: Language,
    /// The other languages switched on (their concept labels and framing words), each with
    /// its safety patterns in `safety`.
    pub languages: Vec<Language>,
    /// The patterns every message is screened with for a disclosure of risk.
    pub safety: safety::Safety,
    /// The concepts records name in `topics`, in the scheme's order: what `!topics` and the
    /// evidence map list.
    pub topics: Vec<Topic>,
    /// The outcome concepts, in the scheme's order: what findings name as their domain.
    pub outcomes: Vec<Topic>,
    /// The version shown to people: the content hash, or a folder's Git commit.
    pub version: String,
    /// A hash of the files' names and texts (first 12 hex digits of SHA-256): equal hashes mean
    /// equal knowledge.
    pub content_hash: String,
    /// Where the knowledge came from: "built-in" or a folder.
    pub origin: String,
    by_id: HashMap<String, usize>,
    /// Outcome domain names: the vocabulary's, then any other a finding names.
    domain_names: Vec<String>,
    /// Per record, its result in each domain (see [`DomainResult`]).
    domain_results: Vec<Vec<DomainResult>>,
    /// Which records report the same trial.
    trials: trials::Trials,
    /// The date of the latest change to any record.
    last_changed: Option<String>,
}

/// A record's result in one outcome domain: the first verified finding there that has a
/// direction. Worked out once per load, so that an overview of thousands of records counts with
/// integers instead of comparing domain names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DomainResult {
    /// The domain, an index into [`Knowledge::domain_name`] (the vocabulary's order first).
    pub domain: u16,
    /// What the finding says happened.
    pub direction: model::Direction,
    /// The finding's index in the record's findings.
    pub finding: u16,
}

impl Knowledge {
    /// A concept of the vocabulary (a topic, an outcome domain) as a reply names it: its first label
    /// in the reply's language (with a capital first letter where `english` has one), else
    /// `english`, its English label.
    pub fn concept_label(&self, id: &str, english: &str) -> String {
        let lang = crate::locale::current();
        let Some(label) = self
            .languages
            .iter()
            .filter(|_| lang != crate::locale::Lang::En)
            .find(|l| l.language == lang.code())
            .and_then(|l| l.concepts.get(id))
            .and_then(|c| c.labels.first())
        else {
            return english.to_string();
        };
        let mut chars = label.chars();
        match chars.next() {
            Some(c) if english.starts_with(char::is_uppercase) => {
                c.to_uppercase().chain(chars).collect()
            }
            _ => label.clone(),
        }
    }

    /// Builds knowledge from checked records and the vocabulary they use.
    pub fn new(
        records: Vec<Record>,
        vocabulary: Vocabulary,
        language: Language,
        version: String,
        origin: String,
    ) -> Self {
        let used: std::collections::HashSet<&str> = records
            .iter()
            .flat_map(|r| r.topics.iter().map(String::as_str))
            .collect();
        let as_topic = |c: &vocabulary::Concept| Topic::of_concept(c);
        let topics: Vec<Topic> = vocabulary
            .concepts()
            .iter()
            .filter(|c| used.contains(c.id.as_str()))
            .map(as_topic)
            .collect();
        let outcomes: Vec<Topic> = vocabulary
            .concepts()
            .iter()
            .filter(|c| c.facet == Some(Facet::Outcome))
            .map(as_topic)
            .collect();
        let by_id = records
            .iter()
            .enumerate()
            .map(|(i, r)| (r.id.clone(), i))
            .collect();
        let mut domain_names: Vec<String> = outcomes.iter().map(|o| o.id.clone()).collect();
        let domain_results = records
            .iter()
            .map(|r| {
                let mut out: Vec<DomainResult> = Vec::new();
                for (i, f) in r.findings.iter().enumerate() {
                    let (Some(d), Some(direction)) = (f.domain.as_deref(), f.direction) else {
                        continue;
                    };
                    if !f.verified {
                        continue;
                    }
                    let domain = match domain_names.iter().position(|n| n == d) {
                        Some(p) => p,
                        None => {
                            domain_names.push(d.to_string());
                            domain_names.len() - 1
                        }
                    };
                    let domain = u16::try_from(domain).unwrap_or(u16::MAX);
                    if out.iter().any(|x| x.domain == domain) {
                        continue;
                    }
                    out.push(DomainResult {
                        domain,
                        direction,
                        finding: u16::try_from(i).unwrap_or(u16::MAX),
                    });
                }
                out
            })
            .collect();
        let trials = trials::Trials::of(&records);
        let last_changed = records
            .iter()
            .filter_map(|r| r.updated.as_deref().or(r.added.as_deref()))
            .max()
            .map(str::to_string);
        Knowledge {
            records,
            vocabulary,
            language,
            languages: Vec::new(),
            safety: safety::Safety::default(),
            topics,
            outcomes,
            content_hash: version.clone(),
            version,
            origin,
            by_id,
            domain_names,
            domain_results,
            trials,
            last_changed,
        }
    }

    /// The position of the main record of the trial that the record at `ord` reports (the
    /// record itself when it is not one of several papers of a trial).
    pub fn trial_of(&self, ord: usize) -> usize {
        self.trials.main_of(ord)
    }

    /// Whether the record at `ord` is one of several papers of one trial.
    pub fn shares_trial(&self, ord: usize) -> bool {
        self.trials.shared(ord)
    }

    /// The records of the trial whose main record is at `main`, in id order.
    pub fn trial_papers(&self, main: usize) -> impl Iterator<Item = &Record> + '_ {
        self.trials.members(main).map(|i| &self.records[i])
    }

    /// The date of the latest change to any record (`updated`, else `added`), YYYY-MM-DD.
    pub fn last_changed(&self) -> Option<&str> {
        self.last_changed.as_deref()
    }

    /// The results of the record at `ord` per outcome domain.
    pub fn domain_results(&self, ord: usize) -> &[DomainResult] {
        self.domain_results.get(ord).map_or(&[], Vec::as_slice)
    }

    /// The name (id) of an outcome domain of [`DomainResult::domain`].
    pub fn domain_name(&self, domain: u16) -> &str {
        self.domain_names
            .get(usize::from(domain))
            .map_or("", String::as_str)
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
        let mut m = BTreeMap::new();
        for r in &self.records {
            *m.entry(r.kind).or_insert(0) += 1;
        }
        m
    }

    /// Per concept of the scheme, how many records name it or a narrower one in their tags:
    /// `topics`, the intervention, their findings' domains. (The search also reads titles and
    /// populations; this is what admins tagged.)
    pub fn counts_by_concept(&self) -> Vec<usize> {
        let v = &self.vocabulary;
        let mut counts = vec![0; v.len()];
        for r in &self.records {
            let mut tagged: Vec<usize> = r
                .topics
                .iter()
                .map(String::as_str)
                .chain(std::iter::once(r.intervention.as_str()))
                .chain(r.findings.iter().filter_map(|f| f.domain.as_deref()))
                .filter_map(|id| v.index(id))
                .flat_map(|c| v.ancestors(c).collect::<Vec<_>>())
                .collect();
            tagged.sort_unstable();
            tagged.dedup();
            for c in tagged {
                counts[c] += 1;
            }
        }
        counts
    }
}

/// Loads files into knowledge plus every problem found.
pub fn from_files(files: &[SourceFile], origin: &str) -> (Knowledge, Vec<Diagnostic>) {
    let loaded = load::load(files);
    let version = content_hash(files);
    let mut k = Knowledge::new(
        loaded.records,
        loaded.vocabulary,
        loaded.language,
        version,
        origin.to_string(),
    );
    k.safety = loaded.safety;
    k.languages = loaded.languages;
    (k, loaded.diagnostics)
}

/// Loads the knowledge built into the binary.
pub fn load_bundled() -> (Knowledge, Vec<Diagnostic>) {
    from_files(&bundled_files(), "built-in")
}

/// Loads a knowledge folder.
pub fn load_dir(dir: &Path) -> (Knowledge, Vec<Diagnostic>) {
    let (files, mut read_problems) = source::read_dir(dir);
    let (k, mut diags) = from_files(&files, &dir.display().to_string());
    read_problems.append(&mut diags);
    (k, read_problems)
}
