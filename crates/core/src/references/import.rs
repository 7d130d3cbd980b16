//! Drafts of new records from a reference manager's export (RIS, BibTeX or CSL-JSON, as Zotero,
//! EndNote and Mendeley write them): the bibliographic fields filled, kind, intervention and
//! topics guessed, the summary, findings and sources left for an admin (so `check` says what is
//! missing), and nothing the knowledge already has written again.

mod draft;
mod formats;

use std::collections::HashSet;

use super::Publication;
use crate::knowledge::model::Person;
use crate::knowledge::{Knowledge, Record};
use crate::understand::analyzer;
use draft::draft_yaml;
use formats::{from_bibtex, from_csl_json, from_ris};

/// The file formats an import reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportFormat {
    /// RIS (Zotero, EndNote, Mendeley).
    Ris,
    /// BibTeX or BibLaTeX.
    Bibtex,
    /// CSL-JSON (Zotero "Better CSL JSON", pandoc, `export --format csl-json`).
    CslJson,
}

impl ImportFormat {
    /// The format of a file, from its name, else from its first characters.
    pub fn detect(name: &str, text: &str) -> Option<ImportFormat> {
        let lower = name.to_ascii_lowercase();
        if lower.ends_with(".ris") {
            return Some(ImportFormat::Ris);
        }
        if lower.ends_with(".bib") || lower.ends_with(".bibtex") {
            return Some(ImportFormat::Bibtex);
        }
        if lower.ends_with(".json") {
            return Some(ImportFormat::CslJson);
        }
        let start = text.trim_start_matches('\u{feff}').trim_start();
        if start.starts_with("TY  -") {
            Some(ImportFormat::Ris)
        } else if start.starts_with('@') || start.starts_with('%') {
            Some(ImportFormat::Bibtex)
        } else if start.starts_with('[') || start.starts_with('{') {
            Some(ImportFormat::CslJson)
        } else {
            None
        }
    }

    /// Parses a format name as people type it.
    pub fn parse(s: &str) -> Option<ImportFormat> {
        match s.trim().to_ascii_lowercase().as_str() {
            "ris" => Some(ImportFormat::Ris),
            "bib" | "bibtex" | "biblatex" => Some(ImportFormat::Bibtex),
            "csl-json" | "csljson" | "json" => Some(ImportFormat::CslJson),
            _ => None,
        }
    }
}

/// Why a file could not be imported.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// The RIS or BibTeX parser rejected the file.
    #[error("not readable as {format}: {message}")]
    Parse {
        /// RIS or BibTeX.
        format: &'static str,
        /// The parser's message.
        message: String,
    },
    /// The CSL-JSON was not an array of items.
    #[error("not readable as CSL-JSON (an array of items): {0}")]
    Json(#[from] serde_json::Error),
}

/// One entry of the file, as our fields.
#[derive(Debug, Default, Clone)]
struct Entry {
    publication: Option<Publication>,
    title: String,
    authors: Vec<Person>,
    editors: Vec<Person>,
    year: Option<u16>,
    journal: Option<String>,
    journal_abbrev: Option<String>,
    volume: Option<String>,
    issue: Option<String>,
    pages: Option<String>,
    book_title: Option<String>,
    publisher: Option<String>,
    place: Option<String>,
    doi: Option<String>,
    url: Option<String>,
    isbn: Option<String>,
    abstract_text: Option<String>,
    keywords: Vec<String>,
}

/// A record to be written: `{id}.yaml` with this text.
#[derive(Debug, Clone)]
pub struct Draft {
    /// The new record's id (and file name without `.yaml`).
    pub id: String,
    /// The entry's title.
    pub title: String,
    /// The YAML to write.
    pub yaml: String,
}

/// An entry left out because the knowledge (or an earlier entry of the file) has it.
#[derive(Debug, Clone)]
pub struct Skipped {
    /// The entry's title.
    pub title: String,
    /// The record that has it.
    pub existing: String,
    /// How it was recognised: "same DOI" or "same first author, year and title".
    pub why: &'static str,
}

/// What an import makes of a file.
#[derive(Debug, Default)]
pub struct Imported {
    /// New drafts, in the file's order.
    pub drafts: Vec<Draft>,
    /// Entries the knowledge already has.
    pub skipped: Vec<Skipped>,
}

/// Reads `text` as `format` and makes a draft of each entry the knowledge lacks.
pub fn import(text: &str, format: ImportFormat, k: &Knowledge) -> Result<Imported, ImportError> {
    let entries = match format {
        ImportFormat::Ris => from_ris(text)?,
        ImportFormat::Bibtex => from_bibtex(text)?,
        ImportFormat::CslJson => from_csl_json(text)?,
    };
    let mut out = Imported::default();
    let mut ids: HashSet<String> = k.records.iter().map(|r| r.id.clone()).collect();
    let mut seen: Vec<(String, Entry)> = Vec::new();
    for e in entries {
        if e.title.trim().is_empty() {
            continue;
        }
        let key = WorkKey::of_entry(&e);
        let existing = k
            .records
            .iter()
            .find_map(|r| {
                key.same(&WorkKey::of_record(r))
                    .map(|why| (r.id.clone(), why))
            })
            .or_else(|| {
                seen.iter().find_map(|(id, s)| {
                    key.same(&WorkKey::of_entry(s)).map(|why| (id.clone(), why))
                })
            });
        if let Some((existing, why)) = existing {
            out.skipped.push(Skipped {
                title: e.title.clone(),
                existing,
                why,
            });
            continue;
        }
        let id = unique_id(&e, &ids);
        ids.insert(id.clone());
        out.drafts.push(Draft {
            id: id.clone(),
            title: e.title.clone(),
            yaml: draft_yaml(&id, &e, k),
        });
        seen.push((id, e));
    }
    Ok(out)
}

fn norm_title(t: &str) -> String {
    t.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// What says two references are one work: the DOI, else first author (or editor), year and
/// title, compared without case, spaces or punctuation.
struct WorkKey<'a> {
    doi: Option<&'a str>,
    year: Option<u16>,
    first: String,
    title: String,
}

impl<'a> WorkKey<'a> {
    fn new(
        doi: Option<&'a str>,
        year: Option<u16>,
        authors: &[Person],
        editors: &[Person],
        title: &str,
    ) -> Self {
        let first = authors
            .first()
            .or(editors.first())
            .and_then(|p| p.family.as_deref().or(p.organisation.as_deref()))
            .map(norm_title)
            .unwrap_or_default();
        WorkKey {
            doi,
            year,
            first,
            title: norm_title(title),
        }
    }

    fn of_entry(e: &'a Entry) -> Self {
        WorkKey::new(e.doi.as_deref(), e.year, &e.authors, &e.editors, &e.title)
    }

    fn of_record(r: &'a Record) -> Self {
        WorkKey::new(r.doi.as_deref(), r.year, &r.authors, &r.editors, &r.title)
    }

    /// How `self` and `other` are known to be the same work, if they are.
    fn same(&self, other: &WorkKey) -> Option<&'static str> {
        if let (Some(a), Some(b)) = (self.doi, other.doi) {
            if a.eq_ignore_ascii_case(b) {
                return Some("same DOI");
            }
        }
        (self.year == other.year && self.first == other.first && self.title == other.title)
            .then_some("same first author, year and title")
    }
}

/// `family-year-first-words`, lower case ASCII, unique among `taken`.
fn unique_id(e: &Entry, taken: &HashSet<String>) -> String {
    // Lower case and ASCII-folded by the analyzer the search uses ("Müller" is "muller").
    let ascii =
        |s: &str| -> String { analyzer::tokens(&mut analyzer::surface_analyzer(), s).concat() };
    let who = e
        .authors
        .first()
        .or(e.editors.first())
        .and_then(|p| p.family.as_deref().or(p.organisation.as_deref()))
        .map(|f| ascii(f.split_whitespace().last().unwrap_or(f)))
        .filter(|f| !f.is_empty())
        .unwrap_or_else(|| "anon".into());
    let year = e.year.map_or("nd".to_string(), |y| y.to_string());
    let words: Vec<String> = e
        .title
        .split(|c: char| !c.is_alphanumeric())
        .map(ascii)
        .filter(|w| w.len() > 3)
        .take(3)
        .collect();
    let base = format!("{who}-{year}-{}", words.join("-"))
        .trim_end_matches('-')
        .to_string();
    let mut id = base.clone();
    let mut n = 2;
    while taken.contains(&id) {
        id = format!("{base}-{n}");
        n += 1;
    }
    id
}

#[cfg(test)]
mod tests {
    use super::draft::guess_kind;
    use super::formats::{bare_doi, person, person_from_text};
    use super::*;
    use crate::knowledge::model::Kind;

    #[test]
    fn formats_are_recognised_by_name_or_content() {
        assert_eq!(ImportFormat::detect("x.ris", ""), Some(ImportFormat::Ris));
        assert_eq!(
            ImportFormat::detect("My Library.bib", ""),
            Some(ImportFormat::Bibtex)
        );
        assert_eq!(
            ImportFormat::detect("export", "\u{feff}TY  - JOUR\n"),
            Some(ImportFormat::Ris)
        );
        assert_eq!(
            ImportFormat::detect("export", "[{\"id\":1}]"),
            Some(ImportFormat::CslJson)
        );
        assert_eq!(ImportFormat::detect("notes.txt", "hello"), None);
    }

    #[test]
    fn the_kind_comes_from_the_title_before_the_abstract() {
        let trial = "Video feedback for mothers: a randomised controlled trial";
        let abstract_text = "Per-protocol analysis agreed; previous meta-analyses found effects.";
        assert_eq!(guess_kind(None, trial, abstract_text), Kind::Rct);
        assert_eq!(
            guess_kind(
                None,
                "Study protocol for a pilot randomised trial of VIG",
                ""
            ),
            Kind::Protocol
        );
        assert_eq!(
            guess_kind(
                None,
                "Video feedback for parents",
                "Families were randomized."
            ),
            Kind::Rct
        );
        assert_eq!(
            guess_kind(Some(Publication::Book), "A systematic review", ""),
            Kind::Book
        );
    }

    #[test]
    fn names_and_dois_as_exports_write_them() {
        assert_eq!(
            bare_doi("https://doi.org/10.1037/a0038401").as_deref(),
            Some("10.1037/a0038401")
        );
        let p = person_from_text("van IJzendoorn, Marinus H.");
        assert_eq!(p.family.as_deref(), Some("van IJzendoorn"));
        let org = person("National Institute for Health and Care Excellence", None);
        assert!(org.organisation.is_some());
    }
}
