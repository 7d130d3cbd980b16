//! `!evidence QUERY` and `!more`: the records about a question, strongest first, under a short
//! overview of what they found. When no record is about the question, the first sentence says
//! so, names only the concepts nothing covers, and points to the nearest broader one; no list of
//! loosely related records follows.

use std::time::Instant;

use super::{finding_line, quote, search_in_room, shorten, Context, Page, Pager, REMEMBERED};
use super::{overall, overview};
use crate::chat::command::MAX_QUERY_CHARS;
use crate::curation::{Asked, Coverage};
use crate::knowledge::model::Status;
use crate::knowledge::{Record, Task};
use crate::render::{text, Builder, Line, Presented, Reply, Screen};
use crate::search::SearchResult;
use crate::snapshot::Snapshot;
use crate::understand::filters::filter_text;

/// Longest key finding on a result line, in characters (the phone budget).
const FINDING_CHARS: usize = 110;

/// Longest title on a result line, in characters (the phone budget).
const TITLE_CHARS: usize = 64;

/// Longest message quoted in a header as typed, in characters.
const QUOTE_CHARS: usize = 60;

/// A message up to this many words is shown in the header as typed; a longer one is named by its
/// concepts, with a "read as" line.
const SHORT_WORDS: usize = 6;

pub(super) fn evidence(
    query: &str,
    truncated: bool,
    snap: &Snapshot,
    ctx: &Context,
    pager: &Pager,
) -> Reply {
    let result = search_in_room(query, snap, ctx);
    let mut b = Builder::default();
    notes(&mut b, &result, query, truncated);
    let reply = |b: Builder| Reply {
        asked: Some(asked(&result)),
        presented: presented(&result, snap),
        ..b.finish()
    };
    if result.hits.is_empty() {
        nothing(&mut b, &result, query, ctx);
        return reply(b);
    }
    // A question about the evidence as data (the largest trials, how many, null results …)
    // is answered from the records' fields, counted by trial.
    if overall::answers(result.question.task) {
        read_as(&mut b, &result, query);
        if let Some(page) = overall_page(&mut b, &result, query, snap, ctx) {
            let mut out = reply(b);
            out.presented.evidence = page.ids.clone();
            pager.save(&ctx.room, &ctx.user, page, Instant::now());
            return out;
        }
    }
    let subject = heading(&mut b, &result, query, snap);
    let page = first_page(&result, subject, query, snap);
    let shown = results(&mut b, &result, &page, snap, ctx);
    pager.save(
        &ctx.room,
        &ctx.user,
        Page {
            next: shown,
            ..page
        },
        Instant::now(),
    );
    reply(b)
}

/// What the answer says before anything else: that the question was cut, a filter that could
/// not be used, a spelling searched instead of what was typed.
fn notes(b: &mut Builder, result: &SearchResult, query: &str, truncated: bool) {
    if truncated {
        b.para(|p| {
            p.italic(&text::query_truncated(MAX_QUERY_CHARS));
        });
    }
    for problem in &result.question.problems {
        b.para(|p| {
            p.text(&text::note(problem));
        });
    }
    if let Some(corrected) = &result.corrected {
        b.para(|p| {
            p.text(&text::showing_results_for(&quote(corrected), &quote(query)));
        });
    }
}

/// The answer to a question about the evidence as data, and the page of records it listed; None
/// when nothing answers it that way.
fn overall_page(
    b: &mut Builder,
    result: &SearchResult,
    query: &str,
    snap: &Snapshot,
    ctx: &Context,
) -> Option<Page> {
    let about = overall_subject(result);
    let listed = overall::answer(b, result, &about, &snap.knowledge, ctx)?;
    Some(overall::page(
        listed,
        result,
        &snap.knowledge,
        subject(result, query),
        query,
    ))
}

/// The heading with how many records of which kinds, what the question was read as and what it
/// left out; returns the subject the heading names.
fn heading(b: &mut Builder, result: &SearchResult, query: &str, snap: &Snapshot) -> String {
    let direct: Vec<&Record> = result
        .hits
        .iter()
        .map(|h| &snap.knowledge.records[h.ord])
        .collect();
    let subject = subject(result, query);
    b.para(|p| {
        p.bold(&text::evidence_on(&subject))
            .text(&text::direct_count(&overview::kind_counts(&direct)));
    });
    read_as(b, result, query);
    if let Some(line) = excluded_line(result) {
        b.para(|p| {
            p.italic(&line);
        });
    }
    subject
}

/// The search as remembered for `!more`, before any result is shown.
fn first_page(result: &SearchResult, subject: String, query: &str, snap: &Snapshot) -> Page {
    let id = |o: usize| snap.knowledge.records[o].id.clone();
    Page {
        query: subject,
        raw: query.to_string(),
        ids: result
            .hits
            .iter()
            .take(REMEMBERED)
            .map(|h| id(h.ord))
            .collect(),
        total: result.total(),
        direct: result.direct,
        general: result
            .hits
            .iter()
            .take(REMEMBERED)
            .filter(|h| h.general)
            .map(|h| id(h.ord))
            .collect(),
        domains: overview::asked_domains(result, &snap.knowledge),
        next: 0,
    }
}

/// The overview and the first page of results with its footer; returns how many results it
/// showed.
fn results(
    b: &mut Builder,
    result: &SearchResult,
    page: &Page,
    snap: &Snapshot,
    ctx: &Context,
) -> usize {
    let items = page_of(page, snap, ctx);
    let shown = items.len();
    let end = footer(1, shown, page, ctx);
    // The overview gets what room the first results and the footer leave on one phone screen:
    // its domain lines go, last first, rather than push the evidence itself off the screen.
    let below = items.iter().map(Line::screen_lines).sum::<f32>()
        + end.screen_lines()
        + 3.0 * Screen::BLOCK_GAP;
    let mut lines = overview::lines(result.hits.iter().map(|h| h.ord), result, &snap.knowledge);
    while !lines.is_empty()
        && b.screen_lines() + lines.iter().map(Line::screen_lines).sum::<f32>() + below
            > Screen::LINES
    {
        lines.pop();
    }
    b.list(None, lines);
    b.list(Some(1), items);
    b.para(|p| {
        p.append(&end);
    });
    shown
}

/// Whether the header quotes the message as typed (it is short).
fn quoted(query: &str) -> bool {
    query.split_whitespace().count() <= SHORT_WORDS
}

/// What the header names: the words as typed when they are few; else the concepts as the bot
/// names them ("video feedback · postnatal depression"), the long message being read as such.
fn subject(result: &SearchResult, query: &str) -> String {
    let q = &result.question;
    let mut labels: Vec<String> = result.required.iter().map(|g| text::or_list(g)).collect();
    for k in &q.kinds {
        let label = text::kind_plural(*k);
        if !labels.contains(&label) {
            labels.push(label);
        }
    }
    if labels.is_empty() || quoted(query) {
        quote(&shorten(
            result.corrected.as_deref().unwrap_or(query),
            QUOTE_CHARS,
        ))
    } else {
        labels.join(" · ")
    }
}

/// What an answer about the evidence as a whole is about: the concepts read, as the bot names
/// them ("VIPP-SD"), or any intervention when the question named none.
fn overall_subject(result: &SearchResult) -> String {
    let labels: Vec<String> = result.required.iter().map(|g| text::or_list(g)).collect();
    if labels.is_empty() {
        text::any_intervention()
    } else {
        labels.join(" · ")
    }
}

/// Under a long or chatty message: one line with what was read and what was not recognised.
fn read_as(b: &mut Builder, result: &SearchResult, query: &str) {
    let q = &result.question;
    let chatty = query.split_whitespace().count() > SHORT_WORDS || !q.context.is_empty();
    // A long message whose concepts the header already names needs the line only for words
    // it did not recognise.
    let named_in_header = !result.required.is_empty() && !quoted(query);
    if (!chatty || named_in_header) && result.unrecognised.is_empty() {
        return;
    }
    let mut read: Vec<String> = vec![text::task_label(q.task)];
    read.extend(result.required.iter().map(|g| text::or_list(g)));
    b.para(|p| {
        p.italic(&text::read_as(&read, &result.unrecognised));
    });
}

/// What an evidence answer presents: its hits as the evidence, and the concepts its first line
/// says nothing is about.
fn presented(result: &SearchResult, snap: &Snapshot) -> Presented {
    Presented {
        // As many as a reader can page to: copying ten thousand ids for a broad question
        // took a quarter of its answer's time.
        evidence: result
            .hits
            .iter()
            .take(REMEMBERED)
            .map(|h| snap.knowledge.records[h.ord].id.clone())
            .collect(),
        others: Vec::new(),
        missing: result.unmatched.clone(),
        safety: false,
    }
}

/// What the answer leaves for the curators: the question as read, and how well it was covered.
fn asked(result: &SearchResult) -> Asked {
    let coverage = if result.direct > 0 {
        Coverage::Direct
    } else if !result.apart.is_empty() {
        Coverage::Partial
    } else {
        Coverage::None
    };
    let q = &result.question;
    let question = q
        .text
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    let unmatched: Vec<String> = result.unmatched.iter().map(|w| w.to_lowercase()).collect();
    let unrecognised = result.unrecognised.clone();
    // What the question is about, for grouping gaps: what nothing covers; else its concepts;
    // else (nothing read as a concept) its words.
    let terms = if !unmatched.is_empty() || !unrecognised.is_empty() {
        unmatched.iter().chain(&unrecognised).cloned().collect()
    } else if !result.required.is_empty() {
        result
            .required
            .iter()
            .flatten()
            .map(|w| w.to_lowercase())
            .collect()
    } else {
        q.words.clone()
    };
    Asked {
        question,
        filters: filter_text(&q.raw),
        unmatched,
        unrecognised,
        terms,
        coverage,
    }
}

/// The reply when no record is about the question: the concepts nothing covers and the nearest
/// broader ones; or the parts records cover, when none covers all; or that the message could
/// not be read.
fn nothing(b: &mut Builder, result: &SearchResult, query: &str, ctx: &Context) {
    let cmd = |label: &str| format!("{}evidence {label}", ctx.prefix);
    if result.no_concept {
        let short = query.split_whitespace().count() <= SHORT_WORDS;
        b.para(|p| {
            p.text(&if short {
                text::could_not_tell_what(&quote(query))
            } else {
                text::could_not_tell()
            })
            .append(&text::try_for_example(&ctx.prefix));
        });
    } else if !result.unmatched.is_empty() {
        b.para(|p| {
            p.bold(&text::nothing_about(&result.unmatched));
        });
        for near in &result.nearest {
            b.para(|p| {
                p.text(&text::nearest(&near.label, near.records))
                    .code(&cmd(&near.label));
            });
        }
    } else if !result.apart.is_empty() {
        let parts: Vec<String> = result
            .apart
            .iter()
            .map(|a| text::or_list(&a.labels))
            .collect();
        b.para(|p| {
            p.bold(&text::nothing_together(&parts));
        });
        b.para(|p| {
            for (i, a) in result.apart.iter().enumerate() {
                if i > 0 {
                    p.text(" · ");
                }
                let label = text::or_list(&a.labels);
                p.text(&text::part_count(&label, a.records))
                    .code(&cmd(&a.labels[0]));
            }
        });
    } else {
        b.para(|p| {
            p.text(&text::nothing_found(query));
        });
    }
    if let Some(line) = excluded_line(result) {
        b.para(|p| {
            p.italic(&line);
        });
    }
    if result.question.task != Task::Effect || !result.unrecognised.is_empty() {
        read_as(b, result, query);
    }
    if result.no_concept || result.apart.is_empty() && result.nearest.is_empty() {
        b.para(|p| {
            p.append(&text::topics_lists_what_is_covered(&ctx.prefix));
        });
    }
}

/// Writes the page of results starting at `page.next`; returns how many it showed.
/// The result lines of the page from `page.next` on (numbered from `page.next + 1`).
fn page_of(page: &Page, snap: &Snapshot, ctx: &Context) -> Vec<Line> {
    let records: Vec<&Record> = page
        .ids
        .iter()
        .skip(page.next)
        .take(ctx.in_force.results)
        .filter_map(|id| snap.knowledge.get(id))
        .collect();
    results_list(&records, page, ctx)
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
            text::end_of_results()
        });
    }
    let mut b = Builder::default();
    b.para(|p| {
        // A short question is remembered as quoted; a long one by its concepts.
        let shown = if page.query.starts_with('\u{201c}') {
            page.query.clone()
        } else {
            quote(&page.query)
        };
        p.bold(&text::more_on(&shown));
    });
    let start = page.next + 1;
    let items = page_of(&page, snap, ctx);
    let shown = items.len();
    let end = footer(start, shown, &page, ctx);
    b.list(Some(start), items);
    b.para(|p| {
        p.append(&end);
    });
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
    shorten(head, TITLE_CHARS)
}

fn results_list(records: &[&Record], page: &Page, ctx: &Context) -> Vec<Line> {
    records
        .iter()
        .map(|r| {
            let mut l = Line::default();
            l.bold(&format!("[{}]", super::badge(r))).text(" ");
            match r.link() {
                Some(url) => l.link(&short_title(&r.title), &url),
                None => l.text(&short_title(&r.title)),
            };
            l.text(&format!(
                " — {} {} · ",
                r.first_author_short(),
                r.year_label()
            ))
            .code(&format!("{}show {}", ctx.prefix, r.id));
            if page.general.contains(&r.id) {
                l.text(" ").italic(&text::in_general());
            }
            if r.status == Status::Unverified {
                l.text(" ")
                    .italic(&format!("[{}]", &text::unverified_short()));
            }
            if let Some(f) = key_finding(r, &page.domains) {
                l.br("   ");
                finding_line(&mut l, f, FINDING_CHARS);
            }
            l
        })
        .collect()
}

/// "Showing 1–3 of 7. !more for 3 more · !cite ID for a citation."
fn footer(start: usize, shown: usize, page: &Page, ctx: &Context) -> Line {
    let end = start + shown.max(1) - 1;
    let rest = page.ids.len().saturating_sub(end);
    let mut p = Line::default();
    p.text(&text::showing(start, end, page.direct, page.total))
        .text(" ");
    if rest > 0 {
        p.append(&text::more_for(&ctx.prefix, rest.min(ctx.in_force.results)))
            .text(" · ");
    }
    p.append(&text::cite_for_a_citation(&ctx.prefix));
    p
}

/// "Leaving out the records about …, as asked.", when the question said what it is not about.
fn excluded_line(result: &SearchResult) -> Option<String> {
    let phrases: Vec<String> = result
        .excluded
        .iter()
        .map(|x| {
            if x.except.is_empty() {
                x.label.clone()
            } else {
                text::other_than(&x.label, &x.except)
            }
        })
        .collect();
    (!phrases.is_empty()).then(|| text::excluded(&phrases))
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
            short_title("Why VIG in the Family Drug and Alcohol Court? A chapter"),
            "Why VIG in the Family Drug and Alcohol Court?"
        );
        assert_eq!(short_title("VIG: short"), "VIG: short");
        let long = "a ".repeat(60);
        assert!(short_title(&long).chars().count() <= TITLE_CHARS + 1);
    }
}
