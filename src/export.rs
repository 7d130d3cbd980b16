//! Citation files and reading lists: a set of records in one format (a CSL style, BibTeX, RIS or
//! a Markdown handout), with the file name and MIME type a chat upload or a download needs.

use crate::cite::{self, Style};
use crate::knowledge::{Knowledge, Record};

/// An export format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// A reference list in a citation style.
    Style(Style),
    /// BibTeX (`.bib`).
    Bibtex,
    /// RIS (`.ris`), for Zotero, EndNote and Mendeley.
    Ris,
    /// A Markdown handout with levels and key findings (`.md`).
    Markdown,
}

/// Every format, in the order help lists them.
pub const ALL_FORMATS: &[Format] = &[
    Format::Style(Style::Apa),
    Format::Style(Style::Harvard),
    Format::Style(Style::Vancouver),
    Format::Bibtex,
    Format::Ris,
    Format::Markdown,
];

impl Format {
    /// Parses a format name as people type it.
    pub fn parse(s: &str) -> Option<Format> {
        if let Some(style) = Style::parse(s) {
            return Some(Format::Style(style));
        }
        match s.trim().to_ascii_lowercase().as_str() {
            "bibtex" | "bib" | "biblatex" => Some(Format::Bibtex),
            "ris" | "zotero" | "endnote" | "mendeley" => Some(Format::Ris),
            "md" | "markdown" | "handout" => Some(Format::Markdown),
            _ => None,
        }
    }

    /// The name used in commands.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Style(s) => s.as_str(),
            Format::Bibtex => "bibtex",
            Format::Ris => "ris",
            Format::Markdown => "md",
        }
    }

    /// File extension.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Style(_) => "txt",
            Format::Bibtex => "bib",
            Format::Ris => "ris",
            Format::Markdown => "md",
        }
    }

    /// MIME type of the file.
    pub fn mime(self) -> &'static str {
        match self {
            Format::Style(_) => "text/plain; charset=utf-8",
            Format::Bibtex => "application/x-bibtex",
            Format::Ris => "application/x-research-info-systems",
            Format::Markdown => "text/markdown; charset=utf-8",
        }
    }
}

/// A file to upload or write.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileOut {
    /// File name, e.g. `reading-list-preterm.ris`.
    pub filename: String,
    /// MIME type.
    pub mime: &'static str,
    /// Contents.
    pub data: Vec<u8>,
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
) -> Result<String, String> {
    match format {
        Format::Ris => Ok(crate::ris::file(records, k)),
        Format::Bibtex => cite::bibtex(records),
        Format::Markdown => Ok(markdown(records, k, title)),
        Format::Style(style) => {
            let mut lines = Vec::new();
            for r in records {
                lines.push(cite::cite(r, style)?.reference);
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

fn markdown(records: &[&Record], k: &Knowledge, title: &str) -> String {
    let mut s = format!(
        "# Reading list: {title}\n\nFrom evidence-bot, knowledge version {}. Strongest match first; each entry gives the kind of study, its evidence level (1 strongest, 6 weakest) and its key finding.\n\n",
        k.version
    );
    for (i, r) in records.iter().enumerate() {
        let reference = cite::cite(r, Style::Apa)
            .map(|c| c.reference)
            .unwrap_or_else(|_| r.title.clone());
        s.push_str(&format!("{}. {}\n", i + 1, md_escape(&reference)));
        s.push_str(&format!(
            "   - {} · evidence level {}/6",
            r.kind.label(),
            r.evidence_level()
        ));
        if r.status != crate::knowledge::model::Status::Verified {
            s.push_str(&format!(" · {}", r.status.as_str()));
        }
        s.push('\n');
        if let Some(f) = r.key_finding() {
            let n = crate::answer::numbers(f);
            s.push_str(&format!(
                "   - Key finding: {}",
                md_escape(f.statement.trim())
            ));
            if !n.is_empty() {
                s.push_str(&format!(" ({n})"));
            }
            s.push('\n');
        }
    }
    s
}

/// Escapes the Markdown characters that would change how a reference reads.
fn md_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(c, '*' | '_' | '[' | ']' | '`' | '<' | '>' | '#') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A reading-list file for a query's records.
pub fn reading_list(
    query: &str,
    records: &[&Record],
    k: &Knowledge,
    format: Format,
) -> Result<FileOut, String> {
    let text = render(records, k, format, query)?;
    Ok(FileOut {
        filename: format!("reading-list-{}.{}", slug(query), format.extension()),
        mime: format.mime(),
        data: text.into_bytes(),
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

    #[test]
    fn formats_parse() {
        for f in ALL_FORMATS {
            assert_eq!(Format::parse(f.as_str()), Some(*f));
        }
        assert_eq!(Format::parse("BIB"), Some(Format::Bibtex));
        assert_eq!(Format::parse("docx"), None);
    }
}
