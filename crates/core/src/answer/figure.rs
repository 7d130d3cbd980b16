//! `!chart QUERY` and `!map [QUERY]`: the figure of the direct records about a question, or the
//! honest reason there is none. The shell draws the figure and posts it as an image whose body
//! is the alt text.

use super::{quote, search_in_room, Action, Context};
use crate::figure::{Chart, EvidenceMap, Figure};
use crate::knowledge::Record;
use crate::render::{text, Builder, Reply};
use crate::search::SearchResult;
use crate::snapshot::Snapshot;

/// The direct records of a search, strongest first; or the reply that says there are none.
fn direct<'a>(
    query: &str,
    result: &SearchResult,
    snap: &'a Snapshot,
    ctx: &Context,
) -> Result<Vec<&'a Record>, Box<Reply>> {
    let shown = result.corrected.as_deref().unwrap_or(query);
    let records: Vec<&Record> = result
        .direct_hits()
        .iter()
        .map(|h| &snap.knowledge.records[h.ord])
        .collect();
    if !records.is_empty() {
        return Ok(records);
    }
    let first = super::why_nothing(result, shown);
    let mut b = Builder::default();
    b.para(|p| {
        p.bold(&first).text(" ").text(&text::nothing_to_draw());
    });
    b.para(|p| {
        p.append(&text::topics_lists_what_is_covered(&ctx.prefix));
    });
    Err(Box::new(b.finish()))
}

pub(super) fn chart(query: &str, snap: &Snapshot, ctx: &Context) -> Action {
    let result = search_in_room(query, snap, ctx);
    let records = match direct(query, &result, snap, ctx) {
        Ok(r) => r,
        Err(reply) => return Action::Reply(*reply),
    };
    let shown = result.corrected.as_deref().unwrap_or(query);
    let chart = Chart::build(shown, &records, &snap.knowledge);
    if chart.panels.is_empty() {
        let mut b = Builder::default();
        b.para(|p| {
            p.append(&text::chart_no_effects(
                records.len(),
                &quote(shown),
                &format!("{}evidence {shown}", ctx.prefix),
            ));
        });
        return Action::Reply(b.finish());
    }
    Action::Figure(Figure::Chart(chart))
}

pub(super) fn map(query: Option<&str>, snap: &Snapshot, ctx: &Context) -> Action {
    let Some(query) = query else {
        let all: Vec<&Record> = snap.knowledge.records.iter().collect();
        return Action::Figure(Figure::Map(EvidenceMap::build(None, &all, &snap.knowledge)));
    };
    let result = search_in_room(query, snap, ctx);
    let records = match direct(query, &result, snap, ctx) {
        Ok(r) => r,
        Err(reply) => return Action::Reply(*reply),
    };
    let shown = result.corrected.as_deref().unwrap_or(query);
    Action::Figure(Figure::Map(EvidenceMap::build(
        Some(shown),
        &records,
        &snap.knowledge,
    )))
}
