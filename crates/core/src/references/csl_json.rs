//! Records as CSL-JSON items: the one mapping of our records to citation data. The citation
//! styles render these items, `export --format csl-json` writes them for Zotero, pandoc and
//! every other CSL tool, and the reference processor (citeproc-js) renders the same items to
//! make the expected strings in `tests/data/citations/`.

use serde_json::{json, Map, Value};

use super::{publication, Publication, Style};
use crate::knowledge::model::Person;
use crate::knowledge::Record;

/// The CSL item type of what a record was published as.
fn item_type(p: Publication) -> &'static str {
    match p {
        Publication::Article => "article-journal",
        Publication::Book => "book",
        Publication::Chapter => "chapter",
        Publication::Report => "report",
        Publication::Web => "webpage",
        Publication::Periodical => "periodical",
    }
}

/// Lower-case particles that belong to a family name ("van IJzendoorn", "de Oliveira"):
/// CSL keeps them apart so that styles can place and sort them by their own rules.
const PARTICLES: &[&str] = &[
    "van der", "van den", "van de", "de la", "van", "von", "de", "der", "den", "du", "da", "di",
    "la", "le", "ten", "ter",
];

fn name(p: &Person) -> Value {
    match (&p.organisation, &p.family) {
        (Some(org), _) => json!({ "literal": org }),
        (None, Some(family)) => {
            let mut m = Map::new();
            let particle = PARTICLES.iter().find_map(|particle| {
                let rest = family.strip_prefix(particle)?.strip_prefix(' ')?;
                rest.starts_with(char::is_uppercase)
                    .then_some((*particle, rest))
            });
            match particle {
                Some((particle, rest)) => {
                    m.insert("family".into(), rest.into());
                    m.insert("non-dropping-particle".into(), particle.into());
                }
                None => {
                    m.insert("family".into(), family.as_str().into());
                }
            }
            if let Some(given) = &p.given {
                m.insert("given".into(), given.as_str().into());
            }
            Value::Object(m)
        }
        (None, None) => json!({ "literal": p.given.clone().unwrap_or_default() }),
    }
}

fn names(list: &[Person]) -> Value {
    Value::Array(list.iter().map(name).collect())
}

fn put(m: &mut Map<String, Value>, key: &str, v: Option<&str>) {
    if let Some(v) = v.map(str::trim).filter(|v| !v.is_empty()) {
        m.insert(key.into(), Value::String(v.into()));
    }
}

/// A series such as "NICE guideline NG26" is a report's genre and number (the styles write
/// "NICE guideline NG26", "(NICE Guideline No. NG26)" or "NICE guideline no.: NG26" from them);
/// one without a number ("NSPCC Impact and Evidence series") is the collection it belongs to.
fn series(m: &mut Map<String, Value>, series: &str) {
    match series.trim().rsplit_once(' ') {
        Some((genre, number)) if number.chars().any(|c| c.is_ascii_digit()) => {
            put(m, "genre", Some(genre));
            put(m, "number", Some(number));
        }
        _ => put(m, "collection-title", Some(series)),
    }
}

/// The record as one CSL-JSON item (an object of the CSL data schema, `csl-data.json`).
pub fn item(r: &Record) -> Value {
    let publication = publication(r);
    let mut m = Map::new();
    m.insert("id".into(), Value::String(r.id.clone()));
    m.insert("type".into(), item_type(publication).into());
    match publication {
        // A journal as a whole is cited by its name.
        Publication::Periodical => put(
            &mut m,
            "title",
            Some(r.journal.as_deref().unwrap_or(&r.title)),
        ),
        _ => put(&mut m, "title", Some(&r.title)),
    }
    if !r.authors.is_empty() {
        m.insert("author".into(), names(&r.authors));
    }
    if !r.editors.is_empty() {
        m.insert("editor".into(), names(&r.editors));
    }
    if let Some(y) = r.year {
        m.insert("issued".into(), json!({ "date-parts": [[y]] }));
    }
    match publication {
        Publication::Article => {
            put(&mut m, "container-title", r.journal.as_deref());
            put(&mut m, "container-title-short", r.journal_abbrev.as_deref());
            put(&mut m, "volume", r.volume.as_deref());
            put(&mut m, "issue", r.issue.as_deref());
        }
        Publication::Chapter => {
            put(&mut m, "container-title", r.book_title.as_deref());
            put(&mut m, "chapter-number", r.chapter.as_deref());
        }
        Publication::Periodical => {
            put(&mut m, "title-short", r.journal_abbrev.as_deref());
        }
        // An online article on a site or in an e-journal without volumes: the site's name.
        Publication::Web => put(&mut m, "container-title", r.journal.as_deref()),
        Publication::Book | Publication::Report => {}
    }
    put(&mut m, "page", r.pages.as_deref());
    if publication != Publication::Article {
        put(&mut m, "publisher", r.publisher.as_deref());
        put(&mut m, "publisher-place", r.place.as_deref());
        if let Some(s) = &r.series {
            series(&mut m, s);
        }
    }
    put(&mut m, "ISBN", r.isbn.as_deref());
    put(&mut m, "DOI", r.doi.as_deref());
    // The styles print a URL beside a DOI; the DOI is the stable link, so a URL is given only
    // where there is none (as APA 7 asks).
    if r.doi.is_none() {
        put(&mut m, "URL", r.url.as_deref());
    }
    Value::Object(m)
}

/// The record's item as one citation style is given it. The item is the same for every style
/// but where a style's own rules read the data differently:
/// - APA 7 leaves out the publisher when it is the author (a NICE guideline, an NSPCC report),
///   which CSL cannot compare, so the publisher is not given;
/// - Citing Medicine (Vancouver) cites an article in an online journal without volumes as a
///   journal article on the Internet (title, then "Journal [Internet]"); given as a web page
///   with a container, the NLM style would print the site as a homepage before the title.
pub fn item_for(r: &Record, style: Style) -> Value {
    let mut v = item(r);
    match style {
        Style::Apa => {
            let sole_org = match r.authors.as_slice() {
                [only] => only.organisation.as_deref(),
                _ => None,
            };
            let same = |p: &str| sole_org.is_some_and(|o| o.trim().eq_ignore_ascii_case(p.trim()));
            if r.publisher.as_deref().is_some_and(same) {
                if let Some(m) = v.as_object_mut() {
                    m.remove("publisher");
                    m.remove("publisher-place");
                }
            }
        }
        Style::Vancouver => {
            if publication(r) == Publication::Web && r.journal.is_some() {
                v["type"] = item_type(Publication::Article).into();
                if let (Some(m), Some(abbrev)) = (v.as_object_mut(), r.journal_abbrev.as_deref()) {
                    put(m, "container-title-short", Some(abbrev));
                }
            }
        }
        Style::Harvard => {}
    }
    v
}

/// Records as the CSL-JSON file one citation style is given (see [`item_for`]).
pub fn file_for(records: &[&Record], style: Style) -> String {
    let items: Vec<Value> = records.iter().map(|r| item_for(r, style)).collect();
    let mut s = serde_json::to_string_pretty(&items).unwrap_or_else(|_| "[]".into());
    s.push('\n');
    s
}

/// A CSL-JSON file: an array of items, in the order given.
pub fn file(records: &[&Record]) -> String {
    let items: Vec<Value> = records.iter().map(|r| item(r)).collect();
    let mut s = serde_json::to_string_pretty(&items).unwrap_or_else(|_| "[]".into());
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn particles_stand_apart_from_the_family_name() {
        let p = |family: &str| Person {
            family: Some(family.into()),
            given: Some("M. H.".into()),
            organisation: None,
        };
        assert_eq!(
            name(&p("van IJzendoorn")),
            json!({"family": "IJzendoorn", "non-dropping-particle": "van", "given": "M. H."})
        );
        assert_eq!(
            name(&p("van den Boom")),
            json!({"family": "Boom", "non-dropping-particle": "van den", "given": "M. H."})
        );
        // A family name that only begins like a particle keeps it.
        assert_eq!(name(&p("Vanderbilt"))["family"], "Vanderbilt");
        assert_eq!(name(&p("Dean"))["family"], "Dean");
    }

    #[test]
    fn a_numbered_series_is_a_genre_and_a_number() {
        let mut m = Map::new();
        series(&mut m, "NICE guideline NG26");
        assert_eq!(m["genre"], "NICE guideline");
        assert_eq!(m["number"], "NG26");
        let mut m = Map::new();
        series(&mut m, "NSPCC Impact and Evidence series");
        assert_eq!(m["collection-title"], "NSPCC Impact and Evidence series");
        assert!(!m.contains_key("number"));
    }
}
