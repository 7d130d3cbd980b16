//! What the bot offers and knows: `!topics`, `!help [command]` and `!about`.

use super::Context;
use crate::chat::command::{spec, COMMANDS};
use crate::clock::fmt_utc;
use crate::knowledge::model::{level_label, Kind};
use crate::render::{text, Builder, Line, Reply};
use crate::snapshot::Snapshot;

pub(super) fn topics(snap: &Snapshot, ctx: &Context) -> Reply {
    let counts = snap.knowledge.counts_by_topic();
    let mut b = Builder::default();
    b.para(|p| {
        p.bold(&text::topics_heading(snap.knowledge.topics.len()));
    });
    let items = snap
        .knowledge
        .topics
        .iter()
        .map(|t| {
            let n = counts.get(t.id.as_str()).copied().unwrap_or(0);
            let mut l = Line::default();
            l.bold(&t.label)
                .text(&text::record_count(n))
                .text(" · ")
                .code(&format!("{}evidence topic:{}", ctx.prefix, t.id));
            l
        })
        .collect();
    b.list(None, items);
    b.finish()
}

pub(super) fn help(topic: Option<&str>, ctx: &Context) -> Reply {
    if let Some(s) = topic.and_then(spec) {
        return Reply::text(&s.usage(&ctx.prefix));
    }
    let mut b = Builder::default();
    b.para(|p| {
        p.text(text::HELP_INTRO);
    });
    let items = COMMANDS
        .iter()
        .filter(|s| ctx.is_admin || !s.admin)
        .map(|s| {
            let mut l = Line::default();
            l.text(&s.usage(&ctx.prefix));
            l
        })
        .collect();
    b.list(None, items);
    b.para(|p| {
        p.text(&text::help_outro(&ctx.prefix));
    });
    b.finish()
}

pub(super) fn about(snap: &Snapshot, ctx: &Context) -> Reply {
    let k = &snap.knowledge;
    let counts = k.counts_by_kind();
    let mut b = Builder::default();
    b.para(|p| {
        p.bold(&format!("evidence-bot {}", env!("CARGO_PKG_VERSION")))
            .text(text::ABOUT);
        p.br("").text(&format!(
            "Knowledge version {} ({}), loaded {}.",
            k.version,
            k.origin,
            fmt_utc(snap.loaded_at)
        ));
        if let Some(r) = &ctx.last_reload {
            p.br("").text(&text::last_reload(r));
        }
        p.br("").text(&format!(
            "{} records, {} topics.",
            k.records.len(),
            k.topics.len()
        ));
    });
    let items = Kind::all()
        .filter_map(|kind| counts.get(&kind).map(|n| (kind, n)))
        .map(|(kind, n)| {
            let mut l = Line::default();
            l.text(&format!(
                "{}: {n} (level {}, {})",
                kind.label(),
                kind.evidence_level(),
                level_label(kind.evidence_level())
            ));
            l
        })
        .collect();
    b.list(None, items);
    b.finish()
}
