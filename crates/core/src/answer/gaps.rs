//! The gap report as a reply: what `!gaps` and the weekly digest post to admins.

use crate::curation::{day, Report};
use crate::render::{text, Builder, Line, Reply};

/// Most groups a report lists in chat (the CLI's JSON has them all).
const GROUPS_SHOWN: usize = 10;

/// Renders a gap report; `heading` goes first when given (the digest's title).
pub fn gaps_reply(report: &Report, heading: Option<&str>, prefix: &str) -> Reply {
    let mut b = Builder::default();
    b.para(|p| {
        if let Some(h) = heading {
            p.bold(h).text(" ");
        }
        p.bold(&text::gaps_heading(
            &day(report.since),
            &day(report.until),
            report.unanswered,
            report.nothing,
        ));
    });
    if !report.groups.is_empty() {
        let items: Vec<Line> = report
            .groups
            .iter()
            .take(GROUPS_SHOWN)
            .map(|g| {
                let mut l = Line::default();
                l.text(&text::gap_group(
                    &g.terms,
                    g.held_back,
                    g.count,
                    &day(g.latest),
                ));
                for (i, q) in g.questions.iter().enumerate() {
                    if i > 0 {
                        l.text(" · ");
                    }
                    l.italic(&super::quote(q));
                }
                if !g.filters.is_empty() {
                    l.text(" [").text(&g.filters.join("; ")).text("]");
                }
                l
            })
            .collect();
        b.list(Some(1), items);
    }
    b.para(|p| {
        p.text(&text::gap_votes(report.votes_up, report.votes_down));
    });
    if !report.comments.is_empty() {
        b.para(|p| {
            p.bold(&text::gap_comments());
        });
        let items: Vec<Line> = report
            .comments
            .iter()
            .map(|c| {
                let mut l = Line::default();
                if let Some(v) = c.vote {
                    l.text(v.emoji()).text(" ");
                }
                l.text(&super::quote(c.comment.as_deref().unwrap_or_default()))
                    .text(" — on ")
                    .italic(&super::quote(&c.question))
                    .text(&format!(" ({})", day(c.at)));
                l
            })
            .collect();
        b.list(None, items);
    }
    b.para(|p| {
        p.text(&text::gaps_next_step(prefix));
    });
    b.finish()
}
