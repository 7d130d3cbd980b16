//! `!evidence QUERY` and `!more`: the best records for a question, a page at a time.

use std::time::Instant;

use super::{finding_line, level_tag, quote, Context, Page, Pager, PAGE, REMEMBERED};
use crate::chat::command::MAX_QUERY_CHARS;
use crate::knowledge::model::Status;
use crate::knowledge::Record;
use crate::render::{text, Builder, Line, Reply};
use crate::snapshot::Snapshot;

pub(super) fn evidence(
    query: &str,
    truncated: bool,
    snap: &Snapshot,
    ctx: &Context,
    pager: &Pager,
) -> Reply {
    let result = snap.index.search(query);
    let mut b = Builder::default();
    let shown_query = result.corrected.as_deref().unwrap_or(query);
    if truncated {
        b.para(|p| {
            p.italic(&text::query_truncated(MAX_QUERY_CHARS));
        });
    }
    for problem in &result.query.problems {
        b.para(|p| {
            p.text("Note: ").text(problem);
        });
    }
    if let Some(corrected) = &result.corrected {
        if !result.hits.is_empty() {
            b.para(|p| {
                p.text("Showing results for ")
                    .bold(&quote(corrected))
                    .text(" (you typed ")
                    .text(&quote(query))
                    .text(").");
            });
        }
    }
    if result.hits.is_empty() {
        b.para(|p| {
            p.text(&text::nothing_found(query));
        });
        if !result.spelling.is_empty() {
            b.para(|p| {
                p.text("Did you mean: ");
                for (i, (_, to)) in result.spelling.iter().enumerate() {
                    if i > 0 {
                        p.text(", ");
                    }
                    p.bold(to);
                }
                p.text("?");
            });
        }
        let close: Vec<_> = result
            .suggested_topics
            .iter()
            .filter_map(|id| snap.knowledge.topic(id))
            .collect();
        if close.is_empty() {
            b.para(|p| {
                p.text("Try fewer or simpler words, or ")
                    .code(&format!("{}topics", ctx.prefix))
                    .text(" to see what the knowledge covers.");
            });
        } else {
            b.para(|p| {
                p.text("Close topics: ");
                for (i, t) in close.iter().enumerate() {
                    if i > 0 {
                        p.text(" · ");
                    }
                    p.code(&format!("{}evidence topic:{}", ctx.prefix, t.id))
                        .text(&format!(" ({})", t.label));
                }
            });
        }
        return b.finish();
    }
    let ids: Vec<String> = result
        .hits
        .iter()
        .take(REMEMBERED)
        .map(|h| snap.knowledge.records[h.ord].id.clone())
        .collect();
    let total = result.total();
    b.para(|p| {
        p.bold(&format!("Evidence on {}", quote(shown_query)))
            .text(&format!(
                ": {} record{}, best match first",
                total,
                if total == 1 { "" } else { "s" }
            ));
    });
    let records: Vec<&Record> = result
        .hits
        .iter()
        .take(PAGE)
        .map(|h| &snap.knowledge.records[h.ord])
        .collect();
    results_list(&mut b, &records, 1, ctx);
    footer(&mut b, 1, records.len(), total, ctx);
    pager.save(
        &ctx.room,
        &ctx.user,
        Page {
            query: shown_query.to_string(),
            ids,
            total,
            next: PAGE,
        },
        Instant::now(),
    );
    b.finish()
}

pub(super) fn more(snap: &Snapshot, ctx: &Context, pager: &Pager) -> Reply {
    let now = Instant::now();
    let Some(mut page) = pager.current(&ctx.room, &ctx.user, now) else {
        return Reply::text(&text::nothing_more(&ctx.prefix));
    };
    let records: Vec<&Record> = page
        .ids
        .iter()
        .skip(page.next)
        .filter_map(|id| snap.knowledge.get(id))
        .take(PAGE)
        .collect();
    if records.is_empty() {
        return Reply::text(&if page.total > page.ids.len() {
            text::end_of_remembered(page.ids.len(), page.total)
        } else {
            text::END_OF_RESULTS.to_string()
        });
    }
    let mut b = Builder::default();
    b.para(|p| {
        p.bold(&text::more_on(&quote(&page.query)));
    });
    let start = page.next + 1;
    results_list(&mut b, &records, start, ctx);
    footer(&mut b, start, records.len(), page.total, ctx);
    page.next += PAGE;
    pager.save(&ctx.room, &ctx.user, page, now);
    b.finish()
}

fn results_list(b: &mut Builder, records: &[&Record], start: usize, ctx: &Context) {
    let items = records
        .iter()
        .map(|r| {
            let mut l = Line::default();
            l.bold(&level_tag(r)).text(" ");
            match r.link() {
                Some(url) => l.link(&r.title, &url),
                None => l.text(&r.title),
            };
            l.text(&format!(
                " — {} ({})",
                r.first_author_short(),
                r.year_label()
            ));
            if r.status == Status::Unverified {
                l.text(" ").italic(&format!("[{}]", text::UNVERIFIED));
            }
            if let Some(f) = r.key_finding() {
                l.br("   ");
                finding_line(&mut l, f, 260);
            }
            l.br("   ")
                .text("Details: ")
                .code(&format!("{}show {}", ctx.prefix, r.id));
            l
        })
        .collect();
    b.list(Some(start), items);
}

fn footer(b: &mut Builder, start: usize, shown: usize, total: usize, ctx: &Context) {
    let end = start + shown - 1;
    let rest = total.saturating_sub(end);
    b.para(|p| {
        p.text(&format!("Showing {start}–{end} of {total}. "));
        if rest > 0 {
            p.code(&format!("{}more", ctx.prefix))
                .text(&format!(" for {} more · ", rest.min(PAGE)));
        }
        p.code(&format!("{}cite ID", ctx.prefix))
            .text(" for a citation (APA, Harvard, Vancouver).");
    });
}
