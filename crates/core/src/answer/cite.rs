//! `!cite ID... [format]`: reference-list entries with their in-text forms, or BibTeX/RIS/CSL
//! text to copy.

use super::{suggest, Context};
use crate::knowledge::model::Status;
use crate::references::{csl, export, Format, Style};
use crate::render::{text, Builder, Line, Reply};
use crate::snapshot::Snapshot;

pub(super) fn cite(ids: &[String], style: Style, snap: &Snapshot, ctx: &Context) -> Reply {
    let mut b = Builder::default();
    b.para(|p| {
        p.bold(&text::citations_heading(style.label(), ids.len()));
    });
    let mut items = Vec::new();
    for id in ids {
        let Some(r) = snap.knowledge.get(id) else {
            let rep = suggest::unknown_record(id, snap, ctx);
            let mut l = Line::default();
            l.text(&rep.plain);
            items.push(l);
            continue;
        };
        let mut l = Line::default();
        match csl::cite(r, style) {
            Ok(c) => {
                l.raw(&c.reference, &c.reference_html);
                if !c.in_text.is_empty() {
                    l.br("   ").text(&text::label::in_text()).text(&c.in_text);
                }
                if r.status != Status::Verified {
                    l.br("   ").italic(&if r.status == Status::Unverified {
                        text::unverified_warning()
                    } else {
                        text::partial_see_caveats()
                    });
                }
            }
            Err(err) => {
                tracing::error!(record = %r.id, error = %err, "citation failed");
                l.text(&text::citation_failed(&r.id));
            }
        }
        items.push(l);
    }
    b.list(None, items);
    let mut reply = b.finish();
    reply.presented.evidence = ids
        .iter()
        .filter(|id| snap.knowledge.get(id).is_some())
        .cloned()
        .collect();
    reply
}

/// BibTeX or RIS (or a Markdown entry) for a few records, shown in a code block to copy.
pub(super) fn cite_as_text(
    ids: &[String],
    format: Format,
    snap: &Snapshot,
    ctx: &Context,
) -> Reply {
    let mut records = Vec::new();
    let mut missing = Vec::new();
    for id in ids {
        match snap.knowledge.get(id) {
            Some(r) => records.push(r),
            None => missing.push(suggest::unknown_record(id, snap, ctx).plain),
        }
    }
    let mut b = Builder::default();
    for m in &missing {
        b.para(|p| {
            p.text(m);
        });
    }
    if records.is_empty() {
        return b.finish();
    }
    match export::render(&records, &snap.knowledge, format, "citations") {
        Ok(text) => {
            b.para(|p| {
                p.append(&text::citation_text_heading(
                    &format.as_str().to_uppercase(),
                    records.len(),
                    &format!("{}reading-list QUERY {}", ctx.prefix, format.as_str()),
                ));
            });
            b.code_block(&text);
        }
        Err(err) => {
            tracing::error!(error = %err, "export failed");
            b.para(|p| {
                p.text(&text::citation_failed(&ids.join(" ")));
            });
        }
    }
    b.finish()
}
