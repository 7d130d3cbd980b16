//! What the bot offers and knows: `!topics`, `!help [command]` and `!about`.

use super::Context;
use crate::chat::command::{spec, COMMANDS};
use crate::clock::fmt_utc;
use crate::knowledge::model::Kind;
use crate::knowledge::Facet;
use crate::render::{text, Builder, Line, Reply};
use crate::snapshot::Snapshot;
use strum::IntoEnumIterator;

/// The scheme as records cover it: per facet, the concepts admins tag records with (topics and
/// interventions), with how many records each; the concepts nobody has tagged are left out (they
/// are what the knowledge does not cover).
pub(super) fn topics(snap: &Snapshot, ctx: &Context) -> Reply {
    let k = &snap.knowledge;
    let counts = k.counts_by_concept();
    let mut b = Builder::default();
    let covered = counts.iter().filter(|n| **n > 0).count();
    // The concepts admins tag records with (their broader ones are counted, not listed).
    let tagged: std::collections::HashSet<usize> = k
        .records
        .iter()
        .flat_map(|r| {
            r.topics
                .iter()
                .map(String::as_str)
                .chain(std::iter::once(r.intervention.as_str()))
        })
        .filter_map(|id| k.vocabulary.index(id))
        .collect();
    b.para(|p| {
        p.bold(&text::topics_heading(covered, k.vocabulary.len()));
    });
    let mut items = Vec::new();
    for facet in Facet::iter() {
        let mut shown: Vec<usize> = (0..k.vocabulary.len())
            .filter(|&c| k.vocabulary.facet(c) == facet && tagged.contains(&c))
            .collect();
        shown.sort_by_key(|&c| std::cmp::Reverse(counts[c]));
        if shown.is_empty() {
            continue;
        }
        let mut l = Line::default();
        l.bold(&text::facet_label(facet)).text(": ");
        for (i, c) in shown.iter().enumerate() {
            if i > 0 {
                l.text(" · ");
            }
            let concept = k.vocabulary.concept(*c);
            let label = k.concept_label(&concept.id, &concept.label);
            l.text(&format!("{label} ({})", counts[*c]));
        }
        items.push(l);
    }
    b.list(None, items);
    b.para(|p| {
        p.text(&text::topics_how()).code(&format!(
            "{}evidence {}",
            ctx.prefix,
            &text::example_question()
        ));
    });
    b.finish()
}

pub(super) fn help(topic: Option<&str>, ctx: &Context) -> Reply {
    if let Some(s) = topic.and_then(spec) {
        return Reply::text(&text::command_usage(s, &ctx.prefix));
    }
    let mut b = Builder::default();
    b.para(|p| {
        p.text(&text::help_intro());
    });
    let items = COMMANDS
        .iter()
        .filter(|s| ctx.is_admin || !s.admin)
        .map(|s| {
            let mut l = Line::default();
            l.text(&text::command_usage(s, &ctx.prefix));
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
            .text(&text::about());
        p.br("").text(&text::knowledge_loaded(
            &k.version,
            &k.origin,
            &fmt_utc(snap.loaded_at),
        ));
        if let Some(r) = &ctx.last_reload {
            p.br("").text(&text::last_reload(r));
        }
        p.br("")
            .text(&text::records_and_topics(k.records.len(), k.topics.len()));
    });
    let items = Kind::all()
        .filter_map(|kind| counts.get(&kind).map(|n| (kind, n)))
        .map(|(kind, n)| {
            let mut l = Line::default();
            l.text(&text::kind_tally(kind, *n));
            l
        })
        .collect();
    b.list(None, items);
    b.para(|p| {
        p.append(&text::about_curation(&ctx.prefix));
    });
    b.finish()
}
