//! `!evidence QUERY` and `!more`: the records about a question, strongest first, under a short
//! overview of what they found; then, apart, the records that only touch the question. When no
//! record is about the question, the first sentence says so and names the words nothing matched.

use std::time::Instant;

use super::overview;
use super::{finding_line, quote, search_in_room, Context, Page, Pager, REMEMBERED};
use crate::chat::command::MAX_QUERY_CHARS;
use crate::curation::{Asked, Coverage};
use crate::knowledge::model::Status;
use crate::knowledge::Record;
use crate::render::{text, Builder, Line, Presented, Reply};
use crate::search::SearchResult;
use crate::snapshot::Snapshot;

/// Longest key finding on a result line, in characters (the phone budget).
const FINDING_CHARS: usize = 150;

pub(super) fn evidence(
    query: &str,
    truncated: bool,
    snap: &Snapshot,
    ctx: &Context,
    pager: &Pager,
) -> Reply {
    let result = search_in_room(query, snap, ctx);
    let mut b = Builder::default();
    let shown_query = result.corrected.as_deref().unwrap_or(query);
    if truncated {
        b.para(|p| {
            p.italic(&text::query_truncated(MAX_QUERY_CHARS));
        });
    }
    for problem in &result.query.problems {
        b.para(|p| {
            p.text(&text::note(problem));
        });
    }
    if let Some(corrected) = &result.corrected {
        if !result.hits.is_empty() {
            b.para(|p| {
                p.text(&text::showing_results_for(&quote(corrected), &quote(query)));
            });
        }
    }
    let asked = asked(&result);
    let presented = presented(&result, snap);
    if result.hits.is_empty() {
        nothing(&mut b, &result, query, snap, ctx);
        return Reply {
            asked: Some(asked),
            presented,
            ..b.finish()
        };
    }
    let records = |hits: &[crate::search::Hit]| -> Vec<&Record> {
        hits.iter()
            .map(|h| &snap.knowledge.records[h.ord])
            .collect()
    };
    let direct = records(result.direct_hits());
    if direct.is_empty() {
        b.para(|p| {
            let first = if result.unmatched.is_empty() {
                text::nothing_direct(&quote(shown_query))
            } else {
                text::nothing_about(&result.unmatched)
            };
            p.bold(&first);
        });
        // Said here too: what was left out may be why nothing is direct.
        if let Some(line) = excluded_line(&result) {
            b.para(|p| {
                p.italic(&line);
            });
        }
    } else {
        b.para(|p| {
            p.bold(&text::evidence_on(&quote(shown_query)))
                .text(&text::direct_count(&overview::kind_counts(&direct)));
        });
        if !result.ignored.is_empty() {
            b.para(|p| {
                p.italic(&text::left_out(&result.ignored));
            });
        }
        if let Some(line) = excluded_line(&result) {
            b.para(|p| {
                p.italic(&line);
            });
        }
        let lines = overview::lines(
            result.direct_hits().iter().map(|h| h.ord),
            &result,
            &snap.knowledge,
        );
        if !lines.is_empty() {
            b.list(None, lines);
        }
    }
    let ids: Vec<String> = result
        .hits
        .iter()
        .take(REMEMBERED)
        .map(|h| snap.knowledge.records[h.ord].id.clone())
        .collect();
    let page = Page {
        query: shown_query.to_string(),
        ids,
        total: result.total(),
        direct: result.direct,
        partial_label: partial_label(&result),
        domains: result
            .query
            .concepts
            .iter()
            .flat_map(|c| c.outcomes.iter().cloned())
            .collect(),
        next: 0,
    };
    let shown = page_of(&mut b, &page, snap, ctx);
    footer(&mut b, 1, shown, &page, ctx);
    pager.save(
        &ctx.room,
        &ctx.user,
        Page {
            next: shown,
            ..page
        },
        Instant::now(),
    );
    Reply {
        asked: Some(asked),
        presented,
        ..b.finish()
    }
}

/// What an evidence answer presents: its direct hits as the evidence, the rest apart, and the
/// concepts its first line says nothing is about.
fn presented(result: &SearchResult, snap: &Snapshot) -> Presented {
    let ids = |hits: &[crate::search::Hit]| {
        hits.iter()
            .map(|h| snap.knowledge.records[h.ord].id.clone())
            .collect()
    };
    Presented {
        evidence: ids(result.direct_hits()),
        others: ids(result.partial_hits()),
        missing: result.unmatched.clone(),
        safety: false,
    }
}

/// What the answer leaves for the curators: the question as read, and how well it was covered.
fn asked(result: &SearchResult) -> Asked {
    let coverage = if result.direct > 0 {
        Coverage::Direct
    } else if result.hits.is_empty() {
        Coverage::None
    } else {
        Coverage::Partial
    };
    let question = result
        .query
        .text
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    let unmatched: Vec<String> = result.unmatched.iter().map(|w| w.to_lowercase()).collect();
    let terms = if unmatched.is_empty() {
        result.query.words.clone()
    } else {
        unmatched.clone()
    };
    Asked {
        question,
        filters: result.query.filter_text(),
        unmatched,
        terms,
        coverage,
    }
}

/// The reply when nothing matched at all: say so, then the spellings and topics that are close.
fn nothing(b: &mut Builder, result: &SearchResult, query: &str, snap: &Snapshot, ctx: &Context) {
    b.para(|p| {
        if result.unmatched.is_empty() {
            p.text(&text::nothing_found(query));
        } else {
            p.text(&text::nothing_about(&result.unmatched));
        }
    });
    if !result.spelling.is_empty() {
        b.para(|p| {
            let to: Vec<&str> = result.spelling.iter().map(|(_, t)| t.as_str()).collect();
            p.text(&text::did_you_mean(&to));
        });
    }
    let close: Vec<_> = result
        .suggested_topics
        .iter()
        .filter_map(|id| snap.knowledge.topic(id))
        .collect();
    if close.is_empty() {
        b.para(|p| {
            p.code(&format!("{}topics", ctx.prefix))
                .text(text::LISTS_WHAT_IS_COVERED);
        });
    } else {
        b.para(|p| {
            p.text(text::CLOSE_TOPICS);
            for (i, t) in close.iter().enumerate() {
                if i > 0 {
                    p.text(" · ");
                }
                p.code(&format!("{}evidence topic:{}", ctx.prefix, t.id))
                    .text(&format!(" ({})", t.label));
            }
        });
    }
}

/// The line above the partial hits: with direct hits above it, only that these touch the
/// question; alone, also what they share with it and what they lack ("PTSD, not EMDR").
fn partial_label(result: &SearchResult) -> String {
    if result.direct > 0 {
        return text::partial_heading(&[], &[]);
    }
    let mut shared: Vec<&str> = Vec::new();
    for m in result.partial_hits().iter().flat_map(|h| &h.matched) {
        if !shared.contains(&m.as_str()) {
            shared.push(m);
        }
    }
    let missing: Vec<&str> = result
        .required
        .iter()
        .map(String::as_str)
        .filter(|r| !shared.contains(r))
        .chain(result.unmatched.iter().map(String::as_str))
        .collect();
    text::partial_heading(&shared, &missing)
}

/// Writes the page of results starting at `page.next`, with the line that sets partial hits
/// apart where the page reaches them; returns how many results it showed.
fn page_of(b: &mut Builder, page: &Page, snap: &Snapshot, ctx: &Context) -> usize {
    let ids: Vec<&String> = page
        .ids
        .iter()
        .skip(page.next)
        .take(ctx.in_force.results)
        .collect();
    // On the first page, fewer than a page of direct hits leaves room for the partial ones.
    let split = page.direct.saturating_sub(page.next).min(ids.len());
    let (direct, partial) = ids.split_at(split);
    let recs = |ids: &[&String]| -> Vec<&Record> {
        ids.iter().filter_map(|id| snap.knowledge.get(id)).collect()
    };
    let direct = recs(direct);
    let partial = recs(partial);
    if !direct.is_empty() {
        results_list(b, &direct, page.next + 1, &page.domains, ctx);
    }
    if !partial.is_empty() {
        if page.direct > 0 || page.next > 0 {
            b.para(|p| {
                p.italic(&page.partial_label);
            });
        } else {
            b.para(|p| {
                p.text(&page.partial_label);
            });
        }
        results_list(
            b,
            &partial,
            page.next + direct.len() + 1,
            &page.domains,
            ctx,
        );
    }
    direct.len() + partial.len()
}

pub(super) fn more(snap: &Snapshot, ctx: &Context, pager: &Pager) -> Reply {
    let now = Instant::now();
    let Some(mut page) = pager.current(&ctx.room, &ctx.user, now) else {
        return Reply::text(&text::nothing_more(&ctx.prefix));
    };
    if page.next >= page.ids.len() {
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
    let shown = page_of(&mut b, &page, snap, ctx);
    footer(&mut b, start, shown, &page, ctx);
    page.next += shown.max(1);
    pager.save(&ctx.room, &ctx.user, page, now);
    b.finish()
}

/// The finding a result line shows: the record's first finding in an outcome domain the
/// question asks about, else its key finding.
fn key_finding<'a>(
    r: &'a Record,
    domains: &[String],
) -> Option<&'a crate::knowledge::model::Finding> {
    r.findings
        .iter()
        .find(|f| f.verified && f.domain.as_ref().is_some_and(|d| domains.contains(d)))
        .or_else(|| r.key_finding())
}

/// The first clause of a title, for a result line: up to a colon or a dash when what comes
/// before says enough, and never more than about one line on a phone.
fn short_title(title: &str) -> String {
    let t = title.trim();
    let cut = [": ", " – ", " — ", " - ", "? "]
        .iter()
        .filter_map(|sep| t.find(sep).map(|i| (i, sep.len())))
        .filter(|(i, _)| *i >= 20)
        .min();
    let head = match cut {
        Some((i, len)) if t[i..].starts_with('?') => &t[..i + len - 1],
        Some((i, _)) => &t[..i],
        None => t,
    };
    shorten(head, 80)
}

/// Cuts text at a word boundary to at most `max` characters, marking the cut with "…".
pub(super) fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let mut out: String = s.chars().take(max).collect();
    if let Some(i) = out.rfind(' ') {
        out.truncate(i);
    }
    out.trim_end_matches([',', ';', ':', '.']).to_string() + "…"
}

fn results_list(
    b: &mut Builder,
    records: &[&Record],
    start: usize,
    domains: &[String],
    ctx: &Context,
) {
    let items = records
        .iter()
        .map(|r| {
            let mut l = Line::default();
            l.bold(&format!("[{}]", super::badge(r))).text(" ");
            match r.link() {
                Some(url) => l.link(&short_title(&r.title), &url),
                None => l.text(&short_title(&r.title)),
            };
            l.text(&format!(" — {} {}", r.first_author_short(), r.year_label()));
            if r.status == Status::Unverified {
                l.text(" ").italic(&format!("[{}]", text::UNVERIFIED_SHORT));
            }
            if let Some(f) = key_finding(r, domains) {
                l.br("   ");
                finding_line(&mut l, f, FINDING_CHARS);
            }
            l.br("   ").code(&format!("{}show {}", ctx.prefix, r.id));
            l
        })
        .collect();
    b.list(Some(start), items);
}

fn footer(b: &mut Builder, start: usize, shown: usize, page: &Page, ctx: &Context) {
    let end = start + shown.max(1) - 1;
    let rest = page.ids.len().saturating_sub(end);
    b.para(|p| {
        p.text(&text::showing(start, end, page.direct, page.total))
            .text(" ");
        if rest > 0 {
            p.code(&format!("{}more", ctx.prefix))
                .text(&text::for_more(rest.min(ctx.in_force.results)))
                .text(" · ");
        }
        p.code(&format!("{}cite ID", ctx.prefix))
            .text(text::FOR_A_CITATION);
    });
}

/// "Leaving out the records about …, as asked.", when the question said what it is not about;
/// an excluded family keeps what was asked for ("video feedback other than VIG").
fn excluded_line(result: &SearchResult) -> Option<String> {
    if result.excluded.is_empty() {
        return None;
    }
    let q = &result.query;
    let asked: Vec<&str> = q
        .concepts
        .iter()
        .filter(|c| !c.interventions.is_empty())
        .map(|c| c.text.as_str())
        .collect();
    let phrases: Vec<String> = q
        .excluded
        .iter()
        .map(|c| {
            if c.interventions.is_empty() || asked.is_empty() {
                c.text.clone()
            } else {
                text::other_than(&c.text, &asked)
            }
        })
        .collect();
    Some(text::excluded(&phrases))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_are_cut_to_their_first_clause() {
        assert_eq!(
            short_title("Video feedback in widescreen: A meta-analysis of family programs"),
            "Video feedback in widescreen"
        );
        assert_eq!(
            short_title(
                "Why Video Interaction Guidance in the Family Drug and Alcohol Court? A chapter"
            ),
            "Why Video Interaction Guidance in the Family Drug and Alcohol Court?"
        );
        assert_eq!(short_title("VIG: short"), "VIG: short");
        let long = "a ".repeat(60);
        assert!(short_title(&long).chars().count() <= 81);
    }
}
