//! RIS export (for Zotero, EndNote, Mendeley). No maintained Rust RIS writer exists, so this is a
//! small one of our own: one `TY` ... `ER` block per record, tags as the RIS specification names them.

use super::{publication, Publication};
use crate::knowledge::model::{Kind, Person};
use crate::knowledge::{Knowledge, Record};

/// The RIS reference type of a record.
pub fn ris_type(r: &Record) -> &'static str {
    match publication(r) {
        Publication::Book => "BOOK",
        Publication::Chapter => "CHAP",
        Publication::Report => "RPRT",
        Publication::Periodical => "JFULL",
        Publication::Article => "JOUR",
        Publication::Web => "ELEC",
    }
}

/// "Family, Given" for a person, or the organisation's name.
fn name(p: &Person) -> String {
    match (&p.organisation, &p.family, &p.given) {
        (Some(org), _, _) => org.clone(),
        (None, Some(f), Some(g)) => format!("{f}, {g}"),
        (None, Some(f), None) => f.clone(),
        _ => String::new(),
    }
}

/// RIS values are single lines.
fn clean(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn tag(out: &mut String, tag: &str, value: &str) {
    let v = clean(value);
    if !v.is_empty() {
        out.push_str(tag);
        out.push_str("  - ");
        out.push_str(&v);
        out.push_str("\r\n");
    }
}

/// One record as a RIS block.
pub fn record(r: &Record, k: &Knowledge) -> String {
    let mut out = String::new();
    tag(&mut out, "TY", ris_type(r));
    for a in &r.authors {
        tag(&mut out, "AU", &name(a));
    }
    // Editors of an edited book are its primary "authors" in RIS (ED); a chapter's book editors
    // are secondary authors (A2), which is how Zotero and EndNote read book sections.
    let editor_tag = if r.kind == Kind::Chapter { "A2" } else { "ED" };
    for e in &r.editors {
        tag(&mut out, editor_tag, &name(e));
    }
    if let Some(y) = r.year {
        tag(&mut out, "PY", &y.to_string());
    }
    tag(&mut out, "TI", &r.title);
    match r.kind {
        Kind::Chapter => {
            if let Some(b) = &r.book_title {
                tag(&mut out, "T2", b);
            }
        }
        _ => {
            if let Some(j) = &r.journal {
                tag(&mut out, "T2", j);
            }
            if let Some(s) = &r.series {
                tag(&mut out, "T3", s);
            }
        }
    }
    for (t, v) in [("VL", &r.volume), ("IS", &r.issue)] {
        if let Some(v) = v {
            tag(&mut out, t, v);
        }
    }
    if let Some(p) = &r.pages {
        let p = p.replace(['–', '—'], "-");
        match p.split_once('-') {
            Some((sp, ep)) => {
                tag(&mut out, "SP", sp.trim());
                tag(&mut out, "EP", ep.trim());
            }
            None => tag(&mut out, "SP", &p),
        }
    }
    if let Some(p) = &r.publisher {
        tag(&mut out, "PB", p);
    }
    if let Some(p) = &r.place {
        tag(&mut out, "CY", p);
    }
    if let Some(i) = &r.isbn {
        tag(&mut out, "SN", i);
    }
    if let Some(d) = &r.doi {
        tag(&mut out, "DO", d);
    }
    if let Some(u) = r
        .url
        .clone()
        .or_else(|| r.doi.as_ref().map(|d| format!("https://doi.org/{d}")))
    {
        tag(&mut out, "UR", &u);
    }
    for t in &r.topics {
        tag(
            &mut out,
            "KW",
            k.topic(t).map_or(t.as_str(), |t| t.label.as_str()),
        );
    }
    let mut note = format!(
        "Evidence level {} of 6 ({}). evidence-bot record {}.",
        r.evidence_level(),
        r.kind.label(),
        r.id
    );
    if !r.authors_complete {
        note.push_str(" Author list incomplete.");
    }
    match r.status {
        crate::knowledge::model::Status::Unverified => note.push_str(" Details not verified."),
        crate::knowledge::model::Status::Partial => {
            note.push_str(" Partly verified; check before citing.")
        }
        crate::knowledge::model::Status::Verified => {}
    }
    tag(&mut out, "N1", &note);
    out.push_str("ER  - \r\n");
    out
}

/// Several records as one RIS file.
pub fn file(records: &[&Record], k: &Knowledge) -> String {
    records
        .iter()
        .map(|r| record(r, k))
        .collect::<Vec<_>>()
        .join("\r\n")
}
