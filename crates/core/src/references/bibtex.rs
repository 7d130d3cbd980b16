//! BibTeX, built with the biblatex crate (which writes and escapes it): one entry per record,
//! organisations braced so they are not split into given and family names.

use super::{publication, Error, Publication};
use crate::knowledge::model::Person;
use crate::knowledge::Record;

fn bib_names(people: &[Person], complete: bool) -> biblatex::Chunks {
    use biblatex::{Chunk, Spanned};
    let mut chunks = Vec::new();
    for (i, p) in people.iter().enumerate() {
        if i > 0 {
            chunks.push(Spanned::detached(Chunk::Normal(" and ".into())));
        }
        match (&p.organisation, &p.family, &p.given) {
            // Braces keep an organisation whole, so it is not split into given and family names.
            (Some(org), _, _) => chunks.push(Spanned::detached(Chunk::Verbatim(org.clone()))),
            (None, Some(f), Some(g)) => {
                chunks.push(Spanned::detached(Chunk::Normal(format!("{f}, {g}"))))
            }
            (None, Some(f), None) => chunks.push(Spanned::detached(Chunk::Normal(f.clone()))),
            _ => {}
        }
    }
    if !complete && !people.is_empty() {
        chunks.push(Spanned::detached(Chunk::Normal(" and others".into())));
    }
    chunks
}

fn bib_text(s: &str) -> biblatex::Chunks {
    vec![biblatex::Spanned::detached(biblatex::Chunk::Normal(
        s.split_whitespace().collect::<Vec<_>>().join(" "),
    ))]
}

/// One record as a BibTeX entry, built with the biblatex crate (which writes and escapes it).
pub fn bibtex_entry(r: &Record) -> Result<String, Error> {
    use biblatex::{Entry as BibEntry, EntryType};
    let ty = match publication(r) {
        Publication::Book => EntryType::Book,
        Publication::Chapter => EntryType::InCollection,
        Publication::Report => EntryType::Report,
        Publication::Article => EntryType::Article,
        Publication::Web => EntryType::Online,
        Publication::Periodical => EntryType::Misc,
    };
    let mut e = BibEntry::new(r.id.clone(), ty.clone());
    if !r.authors.is_empty() {
        e.set("author", bib_names(&r.authors, r.authors_complete));
    }
    if !r.editors.is_empty() {
        e.set("editor", bib_names(&r.editors, true));
    }
    e.set("title", bib_text(&r.title));
    if let Some(y) = r.year {
        e.set("year", bib_text(&y.to_string()));
    }
    let fields: [(&str, &Option<String>); 9] = [
        ("journal", &r.journal),
        ("volume", &r.volume),
        ("number", &r.issue),
        ("booktitle", &r.book_title),
        ("chapter", &r.chapter),
        ("address", &r.place),
        ("doi", &r.doi),
        ("url", &r.url),
        ("isbn", &r.isbn),
    ];
    for (k, v) in fields {
        if let Some(v) = v {
            e.set(k, bib_text(v));
        }
    }
    if let Some(p) = &r.pages {
        e.set(
            "pages",
            bib_text(&p.replace(['–', '—'], "-").replace('-', "--")),
        );
    }
    if let Some(p) = &r.publisher {
        // Reports name an institution; books and chapters a publisher.
        let key = if ty == EntryType::Report {
            "institution"
        } else {
            "publisher"
        };
        e.set(key, bib_text(p));
    }
    if let Some(s) = &r.series {
        e.set(
            if ty == EntryType::Report {
                "type"
            } else {
                "series"
            },
            bib_text(s),
        );
    }
    e.set(
        "note",
        bib_text(&format!(
            "Evidence level {} of 6 ({}); evidence-bot record {}",
            r.evidence_level(),
            r.kind.label(),
            r.id
        )),
    );
    e.to_bibtex_string().map_err(|err| Error::Bibtex {
        id: r.id.clone(),
        message: err.to_string(),
    })
}

/// Several records as one BibTeX file.
pub fn bibtex(records: &[&Record]) -> Result<String, Error> {
    let mut out = String::new();
    for r in records {
        out.push_str(&bibtex_entry(r)?);
        out.push('\n');
    }
    Ok(out)
}
