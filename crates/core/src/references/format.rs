//! The formats a citation or reading list can take: a citation style (APA 7, Harvard,
//! Vancouver), BibTeX, RIS, CSL-JSON or a Markdown handout, with the file name and MIME type of each.

/// A citation style.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Style {
    /// APA 7th edition (the default).
    Apa,
    /// Harvard, Cite Them Right.
    Harvard,
    /// Vancouver.
    Vancouver,
}

/// Every style, in the order help lists them.
pub const ALL_STYLES: &[Style] = &[Style::Apa, Style::Harvard, Style::Vancouver];

impl Style {
    /// Parses a style name as people type it.
    pub fn parse(s: &str) -> Option<Style> {
        match s.trim().to_ascii_lowercase().as_str() {
            "apa" | "apa7" | "apa-7" => Some(Style::Apa),
            "harvard" | "cite-them-right" | "ctr" => Some(Style::Harvard),
            "vancouver" | "nlm" => Some(Style::Vancouver),
            _ => None,
        }
    }

    /// The style's name as shown to people.
    pub fn label(self) -> &'static str {
        match self {
            Style::Apa => "APA 7",
            Style::Harvard => "Harvard (Cite Them Right)",
            Style::Vancouver => "Vancouver",
        }
    }

    /// The name used in commands.
    pub fn as_str(self) -> &'static str {
        match self {
            Style::Apa => "apa",
            Style::Harvard => "harvard",
            Style::Vancouver => "vancouver",
        }
    }
}

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
    /// CSL-JSON (`.json`), the citation data every CSL tool reads (Zotero, pandoc).
    CslJson,
}

/// Every format, in the order help lists them.
pub const ALL_FORMATS: &[Format] = &[
    Format::Style(Style::Apa),
    Format::Style(Style::Harvard),
    Format::Style(Style::Vancouver),
    Format::Bibtex,
    Format::Ris,
    Format::CslJson,
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
            "csl-json" | "csljson" | "csl" | "json" => Some(Format::CslJson),
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
            Format::CslJson => "csl-json",
        }
    }

    /// File extension.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Style(_) => "txt",
            Format::Bibtex => "bib",
            Format::Ris => "ris",
            Format::Markdown => "md",
            Format::CslJson => "json",
        }
    }

    /// MIME type of the file.
    pub fn mime(self) -> &'static str {
        match self {
            Format::Style(_) => "text/plain; charset=utf-8",
            Format::Bibtex => "application/x-bibtex",
            Format::Ris => "application/x-research-info-systems",
            Format::Markdown => "text/markdown; charset=utf-8",
            Format::CslJson => "application/vnd.citationstyles.csl+json",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_parse() {
        for f in ALL_FORMATS {
            assert_eq!(Format::parse(f.as_str()), Some(*f));
        }
        assert_eq!(Format::parse("BIB"), Some(Format::Bibtex));
        assert_eq!(Format::parse("docx"), None);
    }
}
