//! Crossref's metadata for a DOI as a CSL-JSON item, so that `import --doi` drafts a record the
//! way an exported file does; and DOIs as people paste them. Pure: asking Crossref is the shell's
//! job.
//!
//! Crossref's work (the `message` of `GET /works/{doi}`) is not CSL-JSON: titles and container
//! titles are arrays, dates come as `published-print`, `published-online` and `issued`, types
//! have Crossref's own names, and titles and abstracts carry JATS or HTML markup.

use serde_json::{Map, Value};

/// The bare DOI in what people paste (`10.1037/…`, `doi:10.1037/…`, `https://doi.org/10.1037/…`,
/// `http://dx.doi.org/10.1037/…`), or `None` when it is not a DOI.
pub fn parse_doi(input: &str) -> Option<String> {
    let s = input.trim();
    let lower = s.to_ascii_lowercase();
    let mut rest = s;
    let mut from_url = false;
    for prefix in [
        "https://doi.org/",
        "http://doi.org/",
        "https://dx.doi.org/",
        "http://dx.doi.org/",
        "doi.org/",
        "dx.doi.org/",
    ] {
        if lower.starts_with(prefix) {
            rest = &s[prefix.len()..];
            from_url = true;
            break;
        }
    }
    if !from_url && lower.starts_with("doi:") {
        rest = s[4..].trim_start();
    }
    // A DOI link may have its slash and other characters percent-encoded.
    let doi = if from_url {
        percent_decode(rest)?
    } else {
        rest.to_string()
    };
    // Pasted from a sentence, a DOI brings its full stop along.
    let doi = doi.trim_end_matches('.');
    let (prefix, suffix) = doi.split_once('/')?;
    let registrant = prefix.strip_prefix("10.")?;
    let digits_and_dots = registrant
        .split('.')
        .all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit()));
    let long_enough = registrant.split('.').next().is_some_and(|r| r.len() >= 4);
    if !digits_and_dots || !long_enough || suffix.is_empty() || suffix.contains(char::is_whitespace)
    {
        return None;
    }
    Some(doi.to_string())
}

fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = s.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// The text of a string with JATS or HTML markup (`<jats:p>`, `<i>`, `<scp>`): tags dropped,
/// the five XML entities and numeric references resolved, white space collapsed.
fn plain(marked_up: &str) -> String {
    let mut text = String::with_capacity(marked_up.len());
    let mut rest = marked_up;
    while let Some(start) = rest.find('<') {
        text.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        // Only `<` before a letter, `/`, `!` or `?` opens a tag; "p < 0.05" is text.
        let is_tag = after
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || matches!(c, '/' | '!' | '?'));
        match after.find('>') {
            Some(end) if is_tag => {
                // A paragraph or title ends a word even where the markup has no space; italics
                // or a subscript do not ("H<sub>2</sub>O").
                if !is_inline(&after[..end]) {
                    text.push(' ');
                }
                rest = &after[end + 1..];
            }
            _ => {
                text.push('<');
                rest = after;
            }
        }
    }
    text.push_str(rest);
    let text = resolve_entities(&text);
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether a tag (the text between `<` and `>`) is one that marks words up within a line.
fn is_inline(tag: &str) -> bool {
    let name = tag
        .trim_start_matches('/')
        .split(|c: char| c.is_whitespace() || c == '/')
        .next()
        .unwrap_or("");
    let local = name.rsplit(':').next().unwrap_or(name);
    name.starts_with("mml:")
        || [
            "i",
            "b",
            "em",
            "strong",
            "u",
            "sub",
            "sup",
            "sc",
            "scp",
            "span",
            "a",
            "italic",
            "bold",
            "underline",
            "monospace",
            "ext-link",
            "xref",
            "styled-content",
            "named-content",
            "inline-formula",
        ]
        .contains(&local)
}

fn resolve_entities(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        let resolved = after.find(';').filter(|&end| end <= 10).and_then(|end| {
            let name = &after[..end];
            let c = match name {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                _ => name
                    .strip_prefix("#x")
                    .or_else(|| name.strip_prefix("#X"))
                    .and_then(|h| u32::from_str_radix(h, 16).ok())
                    .or_else(|| name.strip_prefix('#').and_then(|d| d.parse().ok()))
                    .and_then(char::from_u32),
            }?;
            Some((c, end))
        });
        match resolved {
            Some((c, end)) => {
                out.push(c);
                rest = &after[end + 1..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

fn first_string(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) => Some(s.clone()),
        Value::Array(items) => items.iter().find_map(|i| i.as_str()).map(str::to_string),
        _ => None,
    }
    .map(|s| plain(&s))
    .filter(|s| !s.is_empty())
}

/// Crossref's type names as CSL's.
fn csl_type(crossref: &str) -> &'static str {
    match crossref {
        "journal-article" => "article-journal",
        "book-chapter" | "book-section" | "book-part" => "chapter",
        "book" | "monograph" | "edited-book" | "reference-book" | "book-set" => "book",
        "report" | "report-component" | "report-series" => "report",
        // A preprint: CSL's "article" is the unpublished or posted article.
        "posted-content" => "article",
        "proceedings-article" => "paper-conference",
        "dissertation" => "thesis",
        "dataset" => "dataset",
        "standard" => "standard",
        "peer-review" => "review",
        _ => "document",
    }
}

/// Crossref's contributors as CSL names, the one marked `first` first (Crossref keeps the
/// deposit's order, which now and then lists the first author later).
fn names(v: Option<&Value>) -> Option<Value> {
    let list = v?.as_array()?;
    let mut people: Vec<&Value> = list.iter().collect();
    people.sort_by_key(|p| p.get("sequence").and_then(Value::as_str) != Some("first"));
    let names: Vec<Value> = people
        .into_iter()
        .filter_map(|p| {
            let s = |k: &str| {
                p.get(k)
                    .and_then(Value::as_str)
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
            };
            let mut n = Map::new();
            match (s("family"), s("name")) {
                (Some(family), _) => {
                    n.insert("family".into(), family.into());
                    if let Some(given) = s("given") {
                        n.insert("given".into(), given.into());
                    }
                    if let Some(suffix) = s("suffix") {
                        n.insert("suffix".into(), suffix.into());
                    }
                }
                // An organisation as author ("National Institute for Health and Care Excellence").
                (None, Some(name)) => {
                    n.insert("literal".into(), name.into());
                }
                (None, None) => return None,
            }
            Some(Value::Object(n))
        })
        .collect();
    (!names.is_empty()).then_some(Value::Array(names))
}

/// The date a citation gives: the print issue's, when there is one, since an article online in
/// December and in the January issue is cited by the year; else `issued` (the earliest of
/// print and online), else the online date.
fn date(work: &Value) -> Option<Value> {
    ["published-print", "issued", "published-online", "published"]
        .iter()
        .filter_map(|k| work.get(*k))
        .find(|d| {
            d.pointer("/date-parts/0/0")
                .is_some_and(|y| y.as_u64().is_some())
        })
        .map(|d| serde_json::json!({ "date-parts": d["date-parts"] }))
}

/// A CSL-JSON item from a Crossref work (the `message` of its `/works/{doi}` answer).
pub fn csl_item(work: &Value) -> Value {
    let mut item = Map::new();
    let mut put = |key: &str, v: Option<Value>| {
        if let Some(v) = v {
            item.insert(key.to_string(), v);
        }
    };
    let kind = work
        .get("type")
        .and_then(Value::as_str)
        .map(csl_type)
        .unwrap_or("document");
    let doi = work.get("DOI").and_then(Value::as_str).and_then(parse_doi);
    put("id", doi.clone().map(Value::from));
    put("type", Some(kind.into()));
    // Crossref keeps a subtitle apart; the knowledge writes the whole title.
    let title = match (
        first_string(work.get("title")),
        first_string(work.get("subtitle")),
    ) {
        (Some(t), Some(sub)) if !t.to_lowercase().contains(&sub.to_lowercase()) => {
            Some(format!("{t}: {sub}"))
        }
        (t, _) => t,
    };
    put("title", title.map(Value::from));
    put("author", names(work.get("author")));
    put("editor", names(work.get("editor")));
    put("issued", date(work));
    // A chapter's container titles may name the series before the book, so the book is the last.
    let containers: Vec<String> = work
        .get("container-title")
        .and_then(Value::as_array)
        .map(|a| a.iter().filter_map(Value::as_str).map(plain).collect())
        .unwrap_or_default();
    let container = if kind == "chapter" {
        containers.last()
    } else {
        containers.first()
    };
    put("container-title", container.cloned().map(Value::from));
    if kind != "chapter" {
        put(
            "container-title-short",
            first_string(work.get("short-container-title")).map(Value::from),
        );
    }
    for (from, to) in [
        ("volume", "volume"),
        ("issue", "issue"),
        ("page", "page"),
        ("publisher", "publisher"),
        ("publisher-location", "publisher-place"),
        ("language", "language"),
    ] {
        put(to, first_string(work.get(from)).map(Value::from));
    }
    put("DOI", doi.map(Value::from));
    // Crossref's URL is the DOI's own link, which the DOI already gives.
    put(
        "URL",
        first_string(work.get("URL"))
            .filter(|u| !u.contains("doi.org/"))
            .map(Value::from),
    );
    put("ISBN", first_string(work.get("ISBN")).map(Value::from));
    put("ISSN", first_string(work.get("ISSN")).map(Value::from));
    // Crossref's `subject` names the journal's field, not the work's keywords: left out.
    let abstract_text = first_string(work.get("abstract")).map(|a| {
        // JATS abstracts open with a title that says "Abstract".
        match a.strip_prefix("Abstract ") {
            Some(rest) => rest.to_string(),
            None => a,
        }
    });
    put("abstract", abstract_text.map(Value::from));
    Value::Object(item)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn dois_are_read_as_people_paste_them() {
        let want = Some("10.1037/0033-2909.129.2.195".to_string());
        for pasted in [
            "10.1037/0033-2909.129.2.195",
            " doi:10.1037/0033-2909.129.2.195 ",
            "DOI: 10.1037/0033-2909.129.2.195",
            "https://doi.org/10.1037/0033-2909.129.2.195",
            "http://dx.doi.org/10.1037/0033-2909.129.2.195",
            "https://doi.org/10.1037%2F0033-2909.129.2.195",
            "10.1037/0033-2909.129.2.195.",
        ] {
            assert_eq!(parse_doi(pasted), want, "{pasted}");
        }
        assert_eq!(
            parse_doi("10.1002/(SICI)1097-0355(199822)19:2<202::AID-IMHJ8>3.0.CO;2-P").as_deref(),
            Some("10.1002/(SICI)1097-0355(199822)19:2<202::AID-IMHJ8>3.0.CO;2-P")
        );
        for not_a_doi in [
            "",
            "0033-2909.129.2.195",
            "10.12/x",
            "10.1037/",
            "10.1037",
            "https://example.org/10.1037/x",
            "10.1037/a b",
            "isbn:978-0-00-000000-1",
        ] {
            assert_eq!(parse_doi(not_a_doi), None, "{not_a_doi}");
        }
    }

    #[test]
    fn markup_is_dropped_and_entities_resolved() {
        assert_eq!(
            plain("<jats:title>Abstract</jats:title><jats:p>Mothers &amp; infants (p&lt;0.05, <i>n</i> = 43).</jats:p>"),
            "Abstract Mothers & infants (p<0.05, n = 43)."
        );
        assert_eq!(plain("d < 0.5 &#233;t&#xE9; & so"), "d < 0.5 été & so");
        assert_eq!(
            plain("<jats:p>H<jats:sub>2</jats:sub>O for <jats:italic>all</jats:italic></jats:p><jats:p>Next</jats:p>"),
            "H2O for all Next"
        );
    }

    #[test]
    fn a_crossref_chapter_becomes_a_csl_chapter() {
        let work = json!({
            "type": "book-chapter",
            "title": ["Video feedback"],
            "subtitle": ["a practical guide"],
            "container-title": ["Series of Handbooks", "A Handbook of Family Work"],
            "author": [
                {"given": "Ann", "family": "Second", "sequence": "additional"},
                {"given": "Jörg", "family": "Müller", "sequence": "first"},
                {"name": "Example Study Group", "sequence": "additional"}
            ],
            "editor": [{"given": "B.", "family": "Brown", "sequence": "first"}],
            "published-online": {"date-parts": [[2019, 12, 3]]},
            "issued": {"date-parts": [[2019, 12, 3]]},
            "published-print": {"date-parts": [[2020]]},
            "ISBN": ["9780000000001", "9780000000002"],
            "DOI": "10.5555/Chapter.1",
            "URL": "http://dx.doi.org/10.5555/chapter.1"
        });
        let item = csl_item(&work);
        assert_eq!(item["type"], "chapter");
        assert_eq!(item["title"], "Video feedback: a practical guide");
        assert_eq!(item["container-title"], "A Handbook of Family Work");
        assert_eq!(
            item["author"][0],
            json!({"family": "Müller", "given": "Jörg"})
        );
        assert_eq!(item["author"][2], json!({"literal": "Example Study Group"}));
        assert_eq!(item["editor"][0]["family"], "Brown");
        assert_eq!(item["issued"], json!({"date-parts": [[2020]]}));
        assert_eq!(item["ISBN"], "9780000000001");
        assert_eq!(item["DOI"], "10.5555/Chapter.1");
        assert!(item.get("URL").is_none());
    }
}
