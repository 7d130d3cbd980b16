//! Reading each export format (RIS, BibTeX, CSL-JSON) into [`Entry`] values: the three parsers
//! name the same fields differently, and this is where they are brought to ours.

use biblatex::ChunksExt;
use biblib::{CitationParser, RisParser};
use serde_json::Value;

use super::{Entry, ImportError};
use crate::knowledge::model::Person;
use crate::references::Publication;

fn clean(s: Option<&str>) -> Option<String> {
    s.map(|v| v.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|v| !v.is_empty())
}

/// A bare DOI from what exports write ("https://doi.org/10…", "doi:10…").
pub(super) fn bare_doi(d: &str) -> Option<String> {
    let d = d.trim();
    let start = d.find("10.")?;
    Some(d[start..].trim_end_matches('.').to_string())
}

/// An author as our records keep them: an organisation when a name without given names has
/// several words ("National Institute for Health and Care Excellence").
pub(super) fn person(family: &str, given: Option<String>) -> Person {
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
pub(super) fn person_from_text(name: &str) -> Person {
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
pub(super) fn from_bibtex(text: &str) -> Result<Vec<Entry>, ImportError> {
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

/// RIS through biblib, with editors told apart from authors.
pub(super) fn from_ris(text: &str) -> Result<Vec<Entry>, ImportError> {
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
    Ok(entries)
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

pub(super) fn from_csl_json(text: &str) -> Result<Vec<Entry>, ImportError> {
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
