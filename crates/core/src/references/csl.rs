//! Citations: records rendered by hayagriva's CSL engine (APA 7, Harvard Cite Them Right,
//! Vancouver), as a reference-list entry and an in-text citation, in plain text and HTML.
//!
//! Records become hayagriva entries through hayagriva's own YAML format, which keeps the mapping
//! (authors, editors, parents for journals and books, serial numbers) readable in one place.

use std::sync::OnceLock;

use hayagriva::archive::{locales, ArchivedStyle};
use hayagriva::citationberg::{IndependentStyle, Locale, Style as CslStyle};
use hayagriva::{
    BibliographyDriver, BibliographyRequest, BufWriteFormat, CitationItem, CitationRequest,
};
use serde_yaml::{Mapping, Value};

use super::format::{Style, ALL_STYLES};
use super::{publication, Error, Publication};
use crate::knowledge::model::Person;
use crate::knowledge::Record;

/// The CSL style behind each of ours (the NLM style in hayagriva 0.10.1 drops article authors, so
/// Vancouver uses Elsevier's variant).
fn archived(style: Style) -> ArchivedStyle {
    match style {
        Style::Apa => ArchivedStyle::AmericanPsychologicalAssociation,
        Style::Harvard => ArchivedStyle::HarvardCiteThemRight,
        Style::Vancouver => ArchivedStyle::ElsevierVancouver,
    }
}

/// A rendered citation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Citation {
    /// The reference-list entry, plain text.
    pub reference: String,
    /// The reference-list entry as HTML (italics kept).
    pub reference_html: String,
    /// The in-text form: "(Hoffenkamp et al., 2015)" or "[1]".
    pub in_text: String,
}

fn style(s: Style) -> &'static IndependentStyle {
    static STYLES: OnceLock<Vec<(Style, IndependentStyle)>> = OnceLock::new();
    let all = STYLES.get_or_init(|| {
        ALL_STYLES
            .iter()
            .filter_map(|s| match archived(*s).get() {
                CslStyle::Independent(ind) => Some((*s, ind)),
                CslStyle::Dependent(_) => None,
            })
            .collect()
    });
    &all.iter()
        .find(|(k, _)| *k == s)
        .expect("every archived style we use is independent")
        .1
}

fn locale_files() -> &'static [Locale] {
    static LOCALES: OnceLock<Vec<Locale>> = OnceLock::new();
    LOCALES.get_or_init(locales)
}

fn person(p: &Person) -> Value {
    let mut m = Mapping::new();
    if let Some(org) = &p.organisation {
        m.insert("name".into(), org.as_str().into());
    } else {
        m.insert("name".into(), p.family.clone().unwrap_or_default().into());
        if let Some(g) = &p.given {
            m.insert("given-name".into(), g.as_str().into());
        }
    }
    Value::Mapping(m)
}

fn people(list: &[Person], complete: bool) -> Value {
    let mut v: Vec<Value> = list.iter().map(person).collect();
    if !complete {
        // hayagriva renders "others" as "et al." where the style allows.
        let mut m = Mapping::new();
        m.insert("name".into(), "others".into());
        v.push(Value::Mapping(m));
    }
    Value::Sequence(v)
}

fn publisher(r: &Record, style: Style) -> Option<Value> {
    let name = r.publisher.as_ref()?;
    // APA 7 leaves the publisher out when it is the author (NICE publishing NICE guidance).
    let same_as_author = r.authors.len() == 1 && r.authors[0].organisation.as_deref() == Some(name);
    if style == Style::Apa && same_as_author {
        return None;
    }
    let mut m = Mapping::new();
    m.insert("name".into(), name.as_str().into());
    if let Some(place) = &r.place {
        m.insert("location".into(), place.as_str().into());
    }
    Some(Value::Mapping(m))
}

fn set(m: &mut Mapping, key: &str, v: Option<impl Into<Value>>) {
    if let Some(v) = v {
        m.insert(key.into(), v.into());
    }
}

/// The record as a hayagriva YAML entry, for one style.
fn entry_value(r: &Record, style: Style) -> Value {
    let mut e = Mapping::new();
    let ty = match publication(r) {
        Publication::Book => "book",
        Publication::Chapter => "chapter",
        Publication::Periodical => "periodical",
        Publication::Article => "article",
        Publication::Report | Publication::Web => "report",
    };
    e.insert("type".into(), ty.into());
    e.insert("title".into(), r.title.as_str().into());
    if !r.authors.is_empty() {
        e.insert("author".into(), people(&r.authors, r.authors_complete));
    }
    if let Some(y) = r.year {
        e.insert("date".into(), Value::Number(y.into()));
    }
    let mut serial = Mapping::new();
    set(&mut serial, "doi", r.doi.as_deref());
    set(&mut serial, "isbn", r.isbn.as_deref());
    if !serial.is_empty() {
        e.insert("serial-number".into(), Value::Mapping(serial));
    }
    // Prefer the DOI link; a URL only when there is no DOI, as APA 7 asks.
    if r.doi.is_none() {
        set(&mut e, "url", r.url.as_deref());
    }
    set(&mut e, "page-range", r.pages.as_deref());
    match ty {
        "article" => {
            let mut parent = Mapping::new();
            parent.insert("type".into(), "periodical".into());
            set(&mut parent, "title", r.journal.as_deref());
            set(&mut parent, "volume", r.volume.as_deref());
            set(&mut parent, "issue", r.issue.as_deref());
            e.insert("parent".into(), Value::Mapping(parent));
        }
        "chapter" => {
            let mut parent = Mapping::new();
            parent.insert("type".into(), "anthology".into());
            set(&mut parent, "title", r.book_title.as_deref());
            if !r.editors.is_empty() {
                parent.insert("editor".into(), people(&r.editors, true));
            }
            if let Some(p) = publisher(r, style) {
                parent.insert("publisher".into(), p);
            }
            e.insert("parent".into(), Value::Mapping(parent));
        }
        _ => {
            if !r.editors.is_empty() {
                e.insert("editor".into(), people(&r.editors, true));
            }
            if let Some(p) = publisher(r, style) {
                e.insert("publisher".into(), p);
            }
            set(&mut e, "genre", r.series.as_deref());
        }
    }
    let mut lib = Mapping::new();
    lib.insert(r.id.as_str().into(), Value::Mapping(e));
    Value::Mapping(lib)
}

/// The record as a hayagriva entry, for one style.
pub fn entry(r: &Record, style: Style) -> Result<hayagriva::Entry, Error> {
    let entry_error = |source| Error::Entry {
        id: r.id.clone(),
        source,
    };
    let yaml = serde_yaml::to_string(&entry_value(r, style)).map_err(entry_error)?;
    let lib = hayagriva::io::from_yaml_str(&yaml).map_err(entry_error)?;
    lib.get(&r.id)
        .cloned()
        .ok_or_else(|| Error::NoReference(r.id.clone()))
}

/// Renders one record in one style.
pub fn cite(r: &Record, s: Style) -> Result<Citation, Error> {
    let entry = entry(r, s)?;
    let csl = style(s);
    let locales = locale_files();
    let mut driver = BibliographyDriver::new();
    driver.citation(CitationRequest::from_items(
        vec![CitationItem::with_entry(&entry)],
        csl,
        locales,
    ));
    let rendered = driver.finish(BibliographyRequest::new(csl, None, locales));
    let item = rendered
        .bibliography
        .and_then(|b| b.items.into_iter().next())
        .ok_or_else(|| Error::NoReference(r.id.clone()))?;
    let mut reference = String::new();
    let mut reference_html = String::new();
    item.content
        .write_buf(&mut reference, BufWriteFormat::Plain)?;
    item.content
        .write_buf(&mut reference_html, BufWriteFormat::Html)?;
    let mut in_text = String::new();
    if let Some(c) = rendered.citations.first() {
        c.citation.write_buf(&mut in_text, BufWriteFormat::Plain)?;
    }
    Ok(Citation {
        reference: tidy(&reference, !r.authors_complete),
        reference_html: tidy(&matrix_html(&reference_html), !r.authors_complete),
        in_text: tidy(&in_text, !r.authors_complete),
    })
}

/// hayagriva writes italics and bold as `<span style=...>`; Matrix clients drop `style`, so
/// those become `<i>` and `<b>`, which every client shows.
fn matrix_html(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut stack: Vec<&'static str> = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find('<') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let end = rest.find('>').map_or(rest.len(), |e| e + 1);
        let tag = &rest[..end];
        if tag.starts_with("<span") {
            let close = if tag.contains("italic") {
                out.push_str("<i>");
                "</i>"
            } else if tag.contains("bold") {
                out.push_str("<b>");
                "</b>"
            } else {
                ""
            };
            stack.push(close);
        } else if tag == "</span>" {
            out.push_str(stack.pop().unwrap_or(""));
        } else {
            out.push_str(tag);
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// Collapses the whitespace that CSL layouts leave behind, and the doubled punctuation they
/// produce after a title that ends in "?" or "!" ("Court?." becomes "Court?").
/// `et_al`: the record's author list is incomplete, so the CSL name "others" we added stands
/// in it and is written "et al." (only its first occurrence, which is in the author list, so a
/// title such as "mothers and others" is left alone).
fn tidy(s: &str, et_al: bool) -> String {
    let mut out = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if et_al {
        for from in [
            ", &amp; others",
            ", & others",
            " &amp; others",
            " & others",
            " and others",
            ", others",
        ] {
            if let Some(i) = out.find(from) {
                let to = if from.starts_with(',') {
                    ", et al."
                } else {
                    " et al."
                };
                out.replace_range(i..i + from.len(), to);
                out = out.replacen("et al..", "et al.", 1);
                break;
            }
        }
    }
    for (from, to) in [
        ("?.", "?"),
        ("!.", "!"),
        // APA's style writes "Retrieved" for undated web sources, expecting an access date we
        // do not record; the address alone is what APA 7 asks for without one.
        ("Retrieved http", "http"),
        // Cite Them Right labels an article without volume or pages a preprint; none of our
        // records is one (Cochrane reviews and e-journal posts have neither).
        (" [Preprint]", ""),
    ] {
        out = out.replace(from, to);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn et_al_replaces_only_the_added_others() {
        assert_eq!(
            tidy("Barlow, J., & others. (2016). Title.", true),
            "Barlow, J., et al. (2016). Title."
        );
        assert_eq!(
            tidy("Barlow J, others. Title.", true),
            "Barlow J, et al. Title."
        );
        let title = "Smith, J. (2020). Between mothers and others. Journal.";
        assert_eq!(tidy(title, false), title);
        assert_eq!(
            tidy(
                "Smith, J., & others. (2020). Between mothers and others.",
                true
            ),
            "Smith, J., et al. (2020). Between mothers and others."
        );
    }
}
