//! Citation files and reading lists: a set of records in one format, with the file name and
//! MIME type a chat upload or a download needs.

use super::format::{Format, Style};
use super::{bibtex, csl, csl_json, markdown, ris, Error};
use crate::knowledge::{Knowledge, Record};

/// A file to upload with a reply, or to write from the command line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attachment {
    /// File name, e.g. `reading-list-preterm.ris`.
    pub filename: String,
    /// MIME type.
    pub mime: &'static str,
    /// Contents.
    pub data: Vec<u8>,
    /// Width and height in pixels, for an image.
    pub image_size: Option<(u32, u32)>,
}

/// A file-name-safe short form of a query: `reading-list-preterm-babies`.
pub fn slug(query: &str) -> String {
    let mut s = String::new();
    let words = query
        .split_whitespace()
        .filter(|t| !t.contains(':'))
        .flat_map(|t| t.split(|c: char| !c.is_ascii_alphanumeric()))
        .filter(|w| !w.is_empty())
        .take(5);
    for w in words {
        if !s.is_empty() {
            s.push('-');
        }
        s.push_str(&w.to_ascii_lowercase());
    }
    if s.is_empty() {
        s.push_str("all");
    }
    s.truncate(40);
    s.trim_end_matches('-').to_string()
}

/// The records in one format, as text.
pub fn render(
    records: &[&Record],
    k: &Knowledge,
    format: Format,
    title: &str,
) -> Result<String, Error> {
    match format {
        Format::Ris => Ok(ris::file(records, k)),
        Format::Bibtex => bibtex::bibtex(records),
        Format::Markdown => Ok(markdown::markdown(records, k, title)),
        Format::CslJson => Ok(csl_json::file(records)),
        Format::Style(style) => {
            let mut lines = Vec::new();
            for r in records {
                lines.push(csl::cite(r, style)?.reference);
            }
            // Author-date styles list references alphabetically; Vancouver numbers them in the
            // order given.
            if style == Style::Vancouver {
                Ok(lines
                    .iter()
                    .enumerate()
                    .map(|(i, l)| format!("{}. {l}", i + 1))
                    .collect::<Vec<_>>()
                    .join("\n")
                    + "\n")
            } else {
                lines.sort_by_key(|l| l.to_lowercase());
                Ok(lines.join("\n\n") + "\n")
            }
        }
    }
}

/// A reading-list file for a query's records.
pub fn reading_list(
    query: &str,
    records: &[&Record],
    k: &Knowledge,
    format: Format,
) -> Result<Attachment, Error> {
    let text = render(records, k, format, query)?;
    Ok(Attachment {
        filename: format!("reading-list-{}.{}", slug(query), format.extension()),
        mime: format.mime(),
        data: text.into_bytes(),
        image_size: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        assert_eq!(slug("preterm"), "preterm");
        assert_eq!(slug("Premature babies & NICU!"), "premature-babies-nicu");
        assert_eq!(slug("kind:rct"), "all");
        assert_eq!(slug("   "), "all");
    }
}
