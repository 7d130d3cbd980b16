//! `!subscribe`, `!unsubscribe`, `!subscriptions`, and the notice a subscribed room gets after a
//! reload: for each new record its level, title and key finding, for each changed one what
//! changed ("sample: 150 families (was 210 families)").

use super::{badge, finding_line, quote, Action, Context};
use crate::knowledge::{Knowledge, Record};
use crate::live::Diff;
use crate::render::{text, Builder, Line, Reply};
use crate::rooms::MAX_SUBSCRIPTIONS;
use crate::snapshot::Snapshot;

/// Longest key finding in a notice line.
const FINDING_CHARS: usize = 140;

/// Most records one notice lists per subscription.
const LISTED: usize = 5;

pub(super) fn subscribe(query: &str, snap: &Snapshot, ctx: &Context) -> Action {
    let query = query.trim();
    let mut settings = ctx.room_settings.clone();
    if settings
        .subscriptions
        .iter()
        .any(|s| s.eq_ignore_ascii_case(query))
    {
        return Action::Reply(Reply::text(&text::already_subscribed(query)));
    }
    if settings.subscriptions.len() >= MAX_SUBSCRIPTIONS {
        return Action::Reply(Reply::text(&text::too_many_subscriptions(
            MAX_SUBSCRIPTIONS,
            &ctx.prefix,
        )));
    }
    settings.subscriptions.push(query.to_string());
    let mut b = Builder::default();
    b.para(|p| {
        p.text(&text::subscribed(
            &quote(query),
            settings.subscriptions.len(),
        ));
    });
    // The latest record the search finds directly, so the room sees what it will hear about.
    let result = snap.index.search(query);
    let latest = result
        .direct_hits()
        .iter()
        .map(|h| &snap.knowledge.records[h.ord])
        .max_by_key(|r| (r.year.unwrap_or(0), std::cmp::Reverse(r.evidence_level())));
    match latest {
        Some(r) => {
            b.para(|p| {
                p.text(&text::latest_match());
            });
            b.list(None, vec![record_line(r)]);
        }
        None => {
            b.para(|p| {
                p.text(&text::nothing_matches_yet());
            });
        }
    }
    Action::SaveRoomSettings {
        settings,
        reply: b.finish(),
    }
}

pub(super) fn unsubscribe(which: &str, ctx: &Context) -> Action {
    let mut settings = ctx.room_settings.clone();
    if settings.subscriptions.is_empty() {
        return Action::Reply(Reply::text(&text::no_subscriptions(&ctx.prefix)));
    }
    let reply = if which.eq_ignore_ascii_case("all") {
        settings.subscriptions.clear();
        text::unsubscribed_all()
    } else {
        match which.parse::<usize>() {
            Ok(n) if (1..=settings.subscriptions.len()).contains(&n) => {
                let gone = settings.subscriptions.remove(n - 1);
                text::unsubscribed(&quote(&gone))
            }
            _ => {
                return Action::Reply(Reply::text(&text::unsubscribe_which(
                    settings.subscriptions.len(),
                    &ctx.prefix,
                )))
            }
        }
    };
    Action::SaveRoomSettings {
        settings,
        reply: Reply::text(&reply),
    }
}

pub(super) fn subscriptions(ctx: &Context) -> Reply {
    let subs = &ctx.room_settings.subscriptions;
    if subs.is_empty() {
        return Reply::text(&text::no_subscriptions(&ctx.prefix));
    }
    let mut b = Builder::default();
    b.para(|p| {
        p.bold(&text::subscriptions_heading());
    });
    let items = subs
        .iter()
        .map(|s| {
            let mut l = Line::default();
            l.text(s);
            l
        })
        .collect();
    b.list(Some(1), items);
    b.para(|p| {
        p.text(&text::unsubscribe_how(&ctx.prefix));
    });
    b.finish()
}

/// One record on a line: badge, title, year, key finding.
fn record_line(r: &Record) -> Line {
    let mut l = Line::default();
    l.bold(&format!("[{}]", badge(r)))
        .text(" ")
        .text(&r.title)
        .text(&format!(" ({})", r.year_label()));
    if let Some(f) = r.findings.iter().find(|f| f.verified) {
        l.text(" — ");
        finding_line(&mut l, f, FINDING_CHARS);
    }
    l.text(" · ").code(&r.id);
    l
}

/// What changed in a record, in words: "sample: 150 families (was 210 families)", "a finding".
pub fn what_changed(old: &Record, new: &Record) -> Vec<String> {
    let mut out = Vec::new();
    let sample = |r: &Record| {
        r.sample.as_ref().map(|s| match s.n {
            Some(n) => format!("{n} {}", s.counted),
            None => s.counted.clone(),
        })
    };
    if sample(old) != sample(new) {
        out.push(text::changed_value(
            &text::field_sample(),
            &sample(new).unwrap_or_else(|| "none".into()),
            &sample(old).unwrap_or_else(|| "none".into()),
        ));
    }
    if old.title != new.title {
        out.push(text::changed_value(
            &text::field_title(),
            &new.title,
            &old.title,
        ));
    }
    if old.year != new.year {
        out.push(text::changed_value(
            &text::field_year(),
            &new.year_label(),
            &old.year_label(),
        ));
    }
    if old.kind != new.kind {
        out.push(text::changed_value(
            &text::field_kind(),
            &text::kind_label(new.kind),
            &text::kind_label(old.kind),
        ));
    }
    if old.status != new.status {
        out.push(text::changed_value(
            &text::field_status(),
            &text::record_status(new.status),
            &text::record_status(old.status),
        ));
    }
    let statements = |r: &Record| -> Vec<(String, String)> {
        r.findings
            .iter()
            .map(|f| (f.statement.clone(), crate::references::finding::numbers(f)))
            .collect()
    };
    let (was, now) = (statements(old), statements(new));
    if was != now {
        let added = now.iter().filter(|f| !was.contains(f)).count();
        let removed = was.iter().filter(|f| !now.contains(f)).count();
        out.push(text::findings_changed(added, removed));
    }
    if out.is_empty() {
        out.push(text::other_details_changed());
    }
    out
}

/// The notice for a room after a reload, or `None` when none of its subscriptions finds an
/// added or changed record. `old` is the knowledge before the reload (or the first of a burst).
pub fn notice(
    subscriptions: &[String],
    diff: &Diff,
    old: &Knowledge,
    new: &Snapshot,
) -> Option<Reply> {
    let mut b = Builder::default();
    let mut any = false;
    for query in subscriptions {
        let result = new.index.search(query);
        let direct: Vec<&Record> = result
            .direct_hits()
            .iter()
            .map(|h| &new.knowledge.records[h.ord])
            .collect();
        let added: Vec<&&Record> = direct
            .iter()
            .filter(|r| diff.added.contains(&r.id))
            .collect();
        let changed: Vec<&&Record> = direct
            .iter()
            .filter(|r| diff.changed.contains(&r.id))
            .collect();
        if added.is_empty() && changed.is_empty() {
            continue;
        }
        if !any {
            b.para(|p| {
                p.bold(&text::notice_heading());
            });
        }
        any = true;
        b.para(|p| {
            p.text(&text::notice_for(&quote(query)));
        });
        let mut items: Vec<Line> = Vec::new();
        for r in added.iter().take(LISTED) {
            let mut l = Line::default();
            l.italic(&text::new_record()).text(" ");
            let line = record_line(r);
            l.append(&line);
            items.push(l);
        }
        for r in changed.iter().take(LISTED) {
            let mut l = Line::default();
            l.italic(&text::changed_record())
                .text(" ")
                .text(&r.title)
                .text(&format!(" ({}): ", r.year_label()));
            let what = old
                .get(&r.id)
                .map(|o| what_changed(o, r))
                .unwrap_or_default();
            l.text(&what.join("; ")).text(" · ").code(&r.id);
            items.push(l);
        }
        let more = (added.len() + changed.len()).saturating_sub(items.len());
        b.list(None, items);
        if more > 0 {
            b.para(|p| {
                p.text(&text::and_more(more));
            });
        }
    }
    any.then(|| b.finish())
}
