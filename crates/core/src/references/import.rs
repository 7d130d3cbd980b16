//! Drafts of new records from a reference manager's export (RIS, BibTeX or CSL-JSON, as Zotero,
//! EndNote and Mendeley write them): the bibliographic fields filled, kind, intervention and
//! topics guessed, the summary, findings and sources left for an admin (so `check` says what is
//! missing), and nothing the knowledge already has written again.

use std::collections::HashSet;

use biblatex::ChunksExt;
use biblib::{CitationParser, RisParser};
use serde_json::Value;
use serde_yaml::{Mapping, Value as Yaml};

use super::Publication;
use crate::knowledge::model::{Intervention, Kind, Person};
use crate::knowledge::{Knowledge, Record};
use crate::understand::analyzer;

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
        ImportFormat::Ris => {
            let mut entries =
                from_biblib(
                    RisParser::new()
                        .parse(text)
                        .map_err(|e| ImportError::Parse {
                            format: "RIS",
                            message: e.to_string(),
                        })?,
                );
            // The RIS parser counts editors (A2, ED) as authors; the file says which they are.
            let editors = ris_editors(text);
            if editors.len() == entries.len() {
                for (e, names) in entries.iter_mut().zip(editors) {
                    let eds: Vec<Person> = names.iter().map(|n| person_from_text(n)).collect();
                    e.authors.retain(|a| !eds.contains(a));
                    e.editors = eds;
                }
            }
            entries
        }
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

fn clean(s: Option<&str>) -> Option<String> {
    s.map(|v| v.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|v| !v.is_empty())
}

/// A bare DOI from what exports write ("https://doi.org/10…", "doi:10…").
fn bare_doi(d: &str) -> Option<String> {
    let d = d.trim();
    let start = d.find("10.")?;
    Some(d[start..].trim_end_matches('.').to_string())
}

/// An author as our records keep them: an organisation when a name without given names has
/// several words ("National Institute for Health and Care Excellence").
fn person(family: &str, given: Option<String>) -> Person {
    let family = family.trim().to_string();
    match given.filter(|g| !g.trim().is_empty()) {
        Some(g) => Person {
            family: Some(family),
            given: Some(g.trim().to_string()),
            organisation: None,
        },
        None if family.split_whitespace().count() > 1 => Person {
            family: None,
            given: None,
            organisation: Some(family),
        },
        None => Person {
            family: Some(family),
            given: None,
            organisation: None,
        },
    }
}

/// "Smith, Jane A." or "Jane A. Smith" as a person.
fn person_from_text(name: &str) -> Person {
    match name.split_once(',') {
        Some((family, given)) => person(family, Some(given.to_string())),
        None => {
            let words: Vec<&str> = name.split_whitespace().collect();
            match words.split_last() {
                Some((last, first)) if !first.is_empty() && words.len() <= 4 => {
                    person(last, Some(first.join(" ")))
                }
                _ => person(name, None),
            }
        }
    }
}

fn publication_from_type(t: &str, has_journal: bool) -> Option<Publication> {
    let t = t.to_ascii_lowercase();
    Some(
        if t.contains("section") || t.contains("chap") || t.contains("incollection") {
            Publication::Chapter
        } else if t.contains("journal") || t == "article" || t == "jour" {
            Publication::Article
        } else if t.contains("book") {
            Publication::Book
        } else if t.contains("report") || t == "rprt" || t.contains("techreport") {
            Publication::Report
        } else if t.contains("web") || t == "elec" || t == "online" {
            Publication::Web
        } else if has_journal {
            Publication::Article
        } else {
            return None;
        },
    )
}

fn from_biblib(citations: Vec<biblib::Citation>) -> Vec<Entry> {
    citations
        .into_iter()
        .map(|c| {
            let extra = |keys: &[&str]| -> Vec<String> {
                keys.iter()
                    .filter_map(|k| c.extra_fields.get(*k))
                    .flatten()
                    .cloned()
                    .collect()
            };
            let kind = c
                .citation_type
                .iter()
                .find_map(|t| publication_from_type(t, c.journal.is_some()));
            let chapter = kind == Some(Publication::Chapter);
            let editors = extra(&["A2", "ED", "editor"])
                .iter()
                .flat_map(|v| v.split(" and "))
                .map(person_from_text)
                .collect();
            let isbn = extra(&["isbn"]).first().cloned().or_else(|| {
                matches!(kind, Some(Publication::Book | Publication::Chapter))
                    .then(|| c.issn.first().cloned())
                    .flatten()
            });
            Entry {
                publication: kind,
                title: clean(Some(&c.title)).unwrap_or_default(),
                authors: c
                    .authors
                    .iter()
                    .map(|a| {
                        let given = match (&a.given_name, &a.middle_name) {
                            (Some(g), Some(m)) => Some(format!("{g} {m}")),
                            (Some(g), None) => Some(g.clone()),
                            (None, m) => m.clone(),
                        };
                        person(&a.name, given)
                    })
                    .collect(),
                editors,
                year: c.date.as_ref().and_then(|d| u16::try_from(d.year).ok()),
                journal: if chapter {
                    None
                } else {
                    clean(c.journal.as_deref())
                },
                journal_abbrev: if chapter {
                    None
                } else {
                    clean(c.journal_abbr.as_deref())
                },
                book_title: if chapter {
                    clean(c.journal.as_deref())
                        .or_else(|| extra(&["booktitle", "BT"]).first().cloned())
                } else {
                    None
                },
                volume: clean(c.volume.as_deref()),
                issue: clean(c.issue.as_deref()),
                pages: clean(c.pages.as_deref()),
                publisher: clean(c.publisher.as_deref()),
                place: extra(&["CY", "address", "location"]).first().cloned(),
                doi: c.doi.as_deref().and_then(bare_doi),
                url: c.urls.iter().find(|u| !u.contains("doi.org")).cloned(),
                isbn,
                abstract_text: clean(c.abstract_text.as_deref()),
                keywords: c.keywords.clone(),
            }
        })
        .collect()
}

/// BibTeX through the biblatex crate, which resolves LaTeX accents and braces (`M{\"u}ller` is
/// "Müller") and keeps editors apart from authors.
fn from_bibtex(text: &str) -> Result<Vec<Entry>, ImportError> {
    let bib = biblatex::Bibliography::parse(text).map_err(|e| ImportError::Parse {
        format: "BibTeX",
        message: e.to_string(),
    })?;
    let people = |list: Vec<biblatex::Person>| -> Vec<Person> {
        list.into_iter()
            .map(|p| {
                let family = if p.prefix.is_empty() {
                    p.name
                } else {
                    format!("{} {}", p.prefix, p.name)
                };
                person(&family, Some(p.given_name))
            })
            .collect()
    };
    Ok(bib
        .iter()
        .map(|e| {
            let f = |key: &str| clean(e.get(key).map(|c| c.format_verbatim()).as_deref());
            let journal = f("journaltitle").or_else(|| f("journal"));
            let publication = publication_from_type(&e.entry_type.to_string(), journal.is_some());
            let chapter = publication == Some(Publication::Chapter);
            let year = f("year")
                .or_else(|| f("date"))
                .and_then(|y| y.get(..4).and_then(|y| y.parse().ok()));
            Entry {
                publication,
                title: f("title").unwrap_or_default(),
                authors: people(e.author().unwrap_or_default()),
                editors: people(
                    e.editors()
                        .unwrap_or_default()
                        .into_iter()
                        .flat_map(|(p, _)| p)
                        .collect(),
                ),
                year,
                journal: if chapter { None } else { journal },
                journal_abbrev: f("shortjournal").or_else(|| f("journalabbr")),
                book_title: f("booktitle"),
                volume: f("volume"),
                issue: f("number").or_else(|| f("issue")),
                pages: f("pages").map(|p| p.replace(['–', '—'], "-").replace("--", "-")),
                publisher: f("publisher"),
                place: f("address").or_else(|| f("location")),
                doi: f("doi").as_deref().and_then(bare_doi),
                url: f("url"),
                isbn: f("isbn"),
                abstract_text: f("abstract"),
                keywords: f("keywords")
                    .map(|k| k.split([',', ';']).map(|w| w.trim().to_string()).collect())
                    .unwrap_or_default(),
            }
        })
        .collect())
}

/// The editors (A2, A3, ED) of each record of a RIS file, in the file's order.
fn ris_editors(text: &str) -> Vec<Vec<String>> {
    let mut all = Vec::new();
    let mut current: Option<Vec<String>> = None;
    for line in text.lines() {
        let line = line.trim_start_matches('\u{feff}');
        let (tag, value) = match line.split_once("  -") {
            Some((t, v)) if t.len() == 2 => (t, v.trim()),
            _ => continue,
        };
        match tag {
            "TY" => current = Some(Vec::new()),
            "A2" | "A3" | "ED" => {
                if let Some(c) = current.as_mut() {
                    c.push(value.to_string());
                }
            }
            "ER" => all.extend(current.take()),
            _ => {}
        }
    }
    all
}

fn csl_names(v: Option<&Value>) -> Vec<Person> {
    v.and_then(Value::as_array)
        .map(|names| {
            names
                .iter()
                .map(|n| {
                    let s = |k: &str| n.get(k).and_then(Value::as_str).map(str::to_string);
                    match (s("literal"), s("family")) {
                        (Some(literal), _) => person(&literal, None),
                        (None, Some(family)) => {
                            let family = match s("non-dropping-particle") {
                                Some(p) => format!("{p} {family}"),
                                None => family,
                            };
                            person(&family, s("given"))
                        }
                        (None, None) => person(&s("given").unwrap_or_default(), None),
                    }
                })
                .collect()
        })
        .unwrap_or_default()
}

fn from_csl_json(text: &str) -> Result<Vec<Entry>, ImportError> {
    let items: Vec<Value> = match serde_json::from_str::<Value>(text)? {
        Value::Array(a) => a,
        one @ Value::Object(_) => vec![one],
        _ => Vec::new(),
    };
    Ok(items
        .iter()
        .map(|i| {
            let s = |k: &str| match i.get(k) {
                Some(Value::String(v)) => clean(Some(v)),
                Some(Value::Number(n)) => Some(n.to_string()),
                _ => None,
            };
            let ty = s("type").unwrap_or_default();
            let publication = match ty.as_str() {
                "article-journal" | "article" => Some(Publication::Article),
                "book" => Some(Publication::Book),
                "chapter" => Some(Publication::Chapter),
                "report" => Some(Publication::Report),
                "webpage" | "post" | "post-weblog" => Some(Publication::Web),
                _ => None,
            };
            let chapter = publication == Some(Publication::Chapter);
            let container = s("container-title");
            Entry {
                publication,
                title: s("title").unwrap_or_default(),
                authors: csl_names(i.get("author")),
                editors: csl_names(i.get("editor")),
                year: i
                    .pointer("/issued/date-parts/0/0")
                    .and_then(|y| y.as_u64().or_else(|| y.as_str()?.parse().ok()))
                    .and_then(|y| u16::try_from(y).ok()),
                journal: if chapter { None } else { container.clone() },
                journal_abbrev: if chapter {
                    None
                } else {
                    s("container-title-short").or_else(|| s("journalAbbreviation"))
                },
                book_title: if chapter { container } else { None },
                volume: s("volume"),
                issue: s("issue"),
                pages: s("page"),
                publisher: s("publisher"),
                place: s("publisher-place"),
                doi: s("DOI").as_deref().and_then(bare_doi),
                url: s("URL"),
                isbn: s("ISBN"),
                abstract_text: s("abstract"),
                keywords: s("keyword")
                    .map(|k| k.split(',').map(|w| w.trim().to_string()).collect())
                    .unwrap_or_default(),
            }
        })
        .collect())
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

/// Words as the question understanding compares them with topic names: lower case,
/// ASCII-folded, singular.
fn words(text: &str) -> Vec<String> {
    use crate::understand::analyzer;
    analyzer::tokens(&mut analyzer::surface_analyzer(), text)
        .iter()
        .map(|w| analyzer::singular(w))
        .collect()
}

fn contains_phrase(hay: &[String], phrase: &[String]) -> bool {
    !phrase.is_empty() && hay.windows(phrase.len()).any(|w| w == phrase)
}

/// The kind, from the type of publication, then the title, then the abstract for "randomised"
/// alone (an abstract's "per-protocol analysis" or "previous meta-analyses" says nothing of
/// what the work itself is).
fn guess_kind(p: Option<Publication>, title: &str, text: &str) -> Kind {
    match p {
        Some(Publication::Book) => return Kind::Book,
        Some(Publication::Chapter) => return Kind::Chapter,
        Some(Publication::Report) => return Kind::Report,
        _ => {}
    }
    let title = title.to_lowercase();
    let randomised = |t: &str| t.contains("randomised") || t.contains("randomized");
    if title.contains("protocol") && !title.contains("per-protocol") {
        Kind::Protocol
    } else if title.contains("meta-analy") || title.contains("meta analy") {
        Kind::MetaAnalysis
    } else if title.contains("systematic review") {
        Kind::SystematicReview
    } else if (title.contains("pilot") || title.contains("feasibility")) && randomised(&title) {
        Kind::PilotRct
    } else if randomised(&title) || randomised(&text.to_lowercase()) {
        Kind::Rct
    } else {
        Kind::Article
    }
}

/// The intervention a text names, by the labels of the vocabulary's intervention concepts that
/// records can carry: the most specific named (VIPP-SD before VIPP before video feedback).
fn guess_intervention(text: &str, k: &Knowledge) -> Intervention {
    let w = words(text);
    let v = &k.vocabulary;
    let named = |i: Intervention| {
        v.get(i.as_str()).is_some_and(|c| {
            c.labels()
                .chain(c.acronyms.iter().map(String::as_str))
                .any(|l| contains_phrase(&w, &words(l)))
        })
    };
    use Intervention::*;
    [Vig, Verp, VippFc, VippSd, Vipp, VideoFeedback]
        .into_iter()
        .find(|i| named(*i))
        .unwrap_or(Other)
}

fn guess_topics(text: &str, k: &Knowledge) -> Vec<String> {
    let w = words(text);
    k.topics
        .iter()
        .filter(|t| t.names().any(|n| contains_phrase(&w, &words(&n))))
        .map(|t| t.id.clone())
        .collect()
}

fn people_yaml(list: &[Person]) -> Yaml {
    Yaml::Sequence(
        list.iter()
            .map(|p| {
                let mut m = Mapping::new();
                if let Some(o) = &p.organisation {
                    m.insert("organisation".into(), o.as_str().into());
                }
                if let Some(f) = &p.family {
                    m.insert("family".into(), f.as_str().into());
                }
                if let Some(g) = &p.given {
                    m.insert("given".into(), g.as_str().into());
                }
                Yaml::Mapping(m)
            })
            .collect(),
    )
}

/// The draft's YAML: the fields in the order of the knowledge README, with a header saying what
/// was guessed and what the admin must write.
fn draft_yaml(id: &str, e: &Entry, k: &Knowledge) -> String {
    let text = format!(
        "{} {} {}",
        e.title,
        e.abstract_text.as_deref().unwrap_or(""),
        e.keywords.join(" ")
    );
    let kind = guess_kind(e.publication, &e.title, &text);
    let mut m = Mapping::new();
    let mut put = |key: &str, v: Yaml| {
        m.insert(key.into(), v);
    };
    put("id", id.into());
    put("kind", kind.as_str().into());
    put("status", "unverified".into());
    put("title", e.title.as_str().into());
    put("authors", people_yaml(&e.authors));
    if !e.editors.is_empty() {
        put("editors", people_yaml(&e.editors));
    }
    put(
        "year",
        e.year.map_or(Yaml::Null, |y| Yaml::Number(y.into())),
    );
    let opt = |v: &Option<String>| v.as_deref().map(Yaml::from);
    for (key, v) in [
        ("journal", opt(&e.journal)),
        ("journal_abbrev", opt(&e.journal_abbrev)),
        ("volume", opt(&e.volume)),
        ("issue", opt(&e.issue)),
        ("pages", opt(&e.pages)),
        ("book_title", opt(&e.book_title)),
        ("publisher", opt(&e.publisher)),
        ("place", opt(&e.place)),
        ("doi", opt(&e.doi)),
        ("url", opt(&e.url)),
        ("isbn", opt(&e.isbn)),
    ] {
        if let Some(v) = v {
            put(key, v);
        }
    }
    put(
        "intervention",
        serde_yaml::to_value(guess_intervention(&text, k)).unwrap_or(Yaml::Null),
    );
    put(
        "topics",
        Yaml::Sequence(guess_topics(&text, k).into_iter().map(Yaml::from).collect()),
    );
    if !e.keywords.is_empty() {
        put(
            "keywords",
            Yaml::Sequence(e.keywords.iter().map(|w| w.as_str().into()).collect()),
        );
    }
    put("summary", "".into());
    put("findings", Yaml::Sequence(Vec::new()));
    put("sources", Yaml::Sequence(Vec::new()));
    let body = serde_yaml::to_string(&Yaml::Mapping(m)).unwrap_or_default();
    let mut out = String::from(
        "# yaml-language-server: $schema=../schema.json\n\
         # A draft imported from a reference manager's export or Crossref. Before it goes into the\n\
         # knowledge:\n\
         # - check every bibliographic field against the publisher's page or PubMed;\n\
         # - confirm kind, intervention and topics (guessed from the title and abstract);\n\
         # - write the summary (2 to 4 sentences in your own words), the findings with their\n\
         #   numbers, domain and direction, and the sources that show them;\n\
         # - then run `evidence-bot check` on the folder.\n",
    );
    if let Some(a) = &e.abstract_text {
        out.push_str("#\n# The abstract, for reference (do not copy its sentences):\n");
        let mut line = String::from("#  ");
        for w in a.split_whitespace() {
            if line.len() + w.len() > 98 {
                out.push_str(&line);
                out.push('\n');
                line = String::from("#  ");
            }
            line.push(' ');
            line.push_str(w);
        }
        out.push_str(&line);
        out.push('\n');
    }
    out.push_str(&body);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

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
