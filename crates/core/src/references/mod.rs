//! References: records as citations (CSL styles through hayagriva), CSL-JSON, BibTeX, RIS, a
//! Markdown handout, and the files that carry them. A leaf below the answers: it knows records, not chat.

pub mod bibtex;
pub mod crossref;
pub mod csl;
pub mod csl_json;
pub mod export;
pub mod finding;
mod format;
pub mod import;
mod markdown;
pub mod ris;

pub use format::{Format, Style, ALL_FORMATS, ALL_STYLES};

use crate::knowledge::model::Kind;
use crate::knowledge::Record;

/// What a record was published as, which decides how every format cites it: one mapping for
/// the citation styles, BibTeX and RIS. The venue decides before the kind of study, so a
/// service evaluation published in a journal is cited as an article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Publication {
    /// An article in a journal.
    Article,
    /// A whole book (authored or edited).
    Book,
    /// A chapter in an edited book.
    Chapter,
    /// A report, guideline or other document from an organisation.
    Report,
    /// A web page or online document with no other venue.
    Web,
    /// A journal as a whole.
    Periodical,
}

/// What `r` was published as.
pub fn publication(r: &Record) -> Publication {
    match r.kind {
        Kind::Journal => Publication::Periodical,
        Kind::Book => Publication::Book,
        Kind::Chapter => Publication::Chapter,
        // An article in an e-journal that has no volumes, issues, pages or DOIs (a
        // practitioners' web journal) is an online article: styles would call it a preprint.
        _ if r.journal.is_some()
            && r.url.is_some()
            && [&r.doi, &r.volume, &r.issue, &r.pages]
                .iter()
                .all(|f| f.is_none()) =>
        {
            Publication::Web
        }
        _ if r.journal.is_some() => Publication::Article,
        Kind::Guideline | Kind::Report | Kind::ServiceEvaluation => Publication::Report,
        _ if r.publisher.is_some() || r.series.is_some() => Publication::Report,
        _ if r.url.is_some() && r.doi.is_none() => Publication::Web,
        _ => Publication::Report,
    }
}

/// Why a record could not be cited or exported.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The record's CSL-JSON did not read back as a CSL item.
    #[error("citation data for {id}: {source}")]
    Item {
        /// The record.
        id: String,
        /// What went wrong.
        #[source]
        source: serde_json::Error,
    },
    /// The style rendered nothing for the record.
    #[error("the style produced no reference for {0}")]
    NoReference(String),
    /// Writing the rendered text failed.
    #[error("writing a citation: {0}")]
    Write(#[from] std::fmt::Error),
    /// biblatex could not write the entry.
    #[error("BibTeX for {id}: {message}")]
    Bibtex {
        /// The record.
        id: String,
        /// biblatex's message.
        message: String,
    },
}
