//! `!whatsnew [since:DATE] [filters]`: the records added to the knowledge, or changed, since a
//! date (the last 30 days unless given), newest first.

use time::OffsetDateTime;

use super::{badge, Context};
use crate::curation::{day, parse_since};
use crate::knowledge::Record;
use crate::render::{text, Builder, Line, Reply};
use crate::snapshot::Snapshot;

/// Most records listed.
const LISTED: usize = 10;

/// Days looked back when no date is given.
const DEFAULT_DAYS: i64 = 30;

pub(super) fn whatsnew(args: &str, snap: &Snapshot, ctx: &Context) -> Reply {
    let now = OffsetDateTime::now_utc().unix_timestamp();
    let mut since = now - DEFAULT_DAYS * 86_400;
    let mut filters = Vec::new();
    for token in args.split_whitespace() {
        match token.split_once(':') {
            Some((name, value)) if name.eq_ignore_ascii_case("since") => {
                // A year alone means its first day ("since:2025").
                let value = if value.len() == 4 && value.chars().all(|c| c.is_ascii_digit()) {
                    format!("{value}-01-01")
                } else {
                    value.to_string()
                };
                match parse_since(&value, now) {
                    Ok(t) => since = t,
                    Err(problem) => {
                        return Reply::text(&text::bad_usage(&ctx.prefix, "whatsnew", &problem))
                    }
                }
            }
            _ => filters.push(token),
        }
    }
    let from = day(since);
    let allowed: Option<Vec<usize>> = (!filters.is_empty()).then(|| {
        snap.index
            .search(&filters.join(" "))
            .direct_hits()
            .iter()
            .map(|h| h.ord)
            .collect()
    });
    // Dates are YYYY-MM-DD, so they compare as text.
    let mut found: Vec<(&str, bool, &Record)> = snap
        .knowledge
        .records
        .iter()
        .enumerate()
        .filter(|(o, _)| allowed.as_ref().is_none_or(|a| a.contains(o)))
        .filter_map(|(_, r)| {
            let added = r.added.as_deref().filter(|a| *a >= from.as_str());
            let updated = r
                .updated
                .as_deref()
                .filter(|u| *u >= from.as_str() && Some(*u) != r.added.as_deref());
            match (added, updated) {
                (Some(a), None) => Some((a, true, r)),
                (Some(a), Some(u)) => Some((u.max(a), a >= u, r)),
                (None, Some(u)) => Some((u, false, r)),
                (None, None) => None,
            }
        })
        .collect();
    found.sort_by(|a, b| {
        b.0.cmp(a.0)
            .then(a.2.evidence_level().cmp(&b.2.evidence_level()))
            .then(a.2.id.cmp(&b.2.id))
    });
    let mut b = Builder::default();
    if found.is_empty() {
        b.para(|p| {
            p.text(&text::nothing_new(&from, &filters.join(" ")));
        });
        return b.finish();
    }
    b.para(|p| {
        p.bold(&text::whatsnew_heading(
            &from,
            found.len(),
            &filters.join(" "),
        ));
    });
    let items: Vec<Line> = found
        .iter()
        .take(LISTED)
        .map(|(date, new, r)| {
            let mut l = Line::default();
            l.italic(&text::whatsnew_when(*new, date))
                .text(" ")
                .bold(&format!("[{}]", badge(r)))
                .text(" ")
                .text(&r.title)
                .text(&format!(" ({}) · ", r.year_label()))
                .code(&r.id);
            l
        })
        .collect();
    b.list(None, items);
    if found.len() > LISTED {
        b.para(|p| {
            p.text(&text::whatsnew_more(found.len() - LISTED, &ctx.prefix));
        });
    }
    b.finish()
}
