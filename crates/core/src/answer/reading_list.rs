//! `!reading-list QUERY [format]`: a file of the records about a question, strongest first
//! (RIS, BibTeX, Markdown or a reference list), attached to the reply. Records that only touch
//! the question are not put on a reading list.

use super::{quote, Context};
use crate::knowledge::Record;
use crate::references::{export, Format};
use crate::render::{text, Builder, Line, Reply};
use crate::snapshot::Snapshot;

/// Most records one reading list holds.
pub const READING_LIST_MAX: usize = 30;

pub(super) fn reading_list(query: &str, format: Format, snap: &Snapshot, ctx: &Context) -> Reply {
    let result = snap.index.search(query);
    if result.direct == 0 {
        let mut b = Builder::default();
        b.para(|p| {
            p.append(&if result.unmatched.is_empty() {
                text::reading_list_nothing(query, &ctx.prefix)
            } else {
                text::nothing_about_try_topics(&result.unmatched, &ctx.prefix)
            });
        });
        let mut reply = b.finish();
        reply.presented.missing = result.unmatched.clone();
        return reply;
    }
    let records: Vec<&Record> = result
        .direct_hits()
        .iter()
        .take(READING_LIST_MAX)
        .map(|h| &snap.knowledge.records[h.ord])
        .collect();
    let shown = result.corrected.as_deref().unwrap_or(query);
    let file = match export::reading_list(shown, &records, &snap.knowledge, format) {
        Ok(f) => f,
        Err(err) => {
            tracing::error!(error = %err, "reading list failed");
            return Reply::text(&text::citation_failed(query));
        }
    };
    let mut b = Builder::default();
    b.para(|p| {
        p.bold(&text::reading_list_heading(&quote(shown)))
            .text(&text::reading_list_summary(
                records.len(),
                &file.filename,
                &text::format_hint(format),
                result.direct,
            ));
    });
    let items = records
        .iter()
        .take(12)
        .map(|r| {
            let mut l = Line::default();
            l.text(&format!(
                "{} ({}). ",
                r.first_author_short(),
                r.year_label()
            ))
            .italic(&r.title)
            .text(&format!(" [{}]", text::kind_label(r.kind)));
            l
        })
        .collect();
    b.list(Some(1), items);
    if records.len() > 12 {
        b.para(|p| {
            p.text(&text::more_in_the_file(records.len() - 12));
        });
    }
    let mut reply = b.finish();
    reply.attachment = Some(file);
    reply.presented.evidence = records.iter().map(|r| r.id.clone()).collect();
    reply
}
