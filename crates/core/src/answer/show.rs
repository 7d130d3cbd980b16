//! `!show ID`: everything about one record — its summary, facts, findings with their numbers,
//! caveats, related records and sources.

use super::{finding_line, level_tag, suggest, Context};
use crate::knowledge::model::{Person, Status};
use crate::knowledge::Record;
use crate::render::text::{self, label};
use crate::render::{Builder, Line, Reply};
use crate::snapshot::Snapshot;

pub(super) fn show(id: &str, snap: &Snapshot, ctx: &Context) -> Reply {
    let Some(r) = snap.knowledge.get(id) else {
        return suggest::unknown_record(id, snap, ctx);
    };
    let mut b = Builder::default();
    heading(&mut b, r);
    b.para(|p| {
        p.text(r.summary.trim());
    });
    b.list(None, facts(r, snap));
    findings(&mut b, r);
    caveats(&mut b, r);
    related(&mut b, r);
    sources(&mut b, r);
    b.para(|p| {
        p.text(&label::cite_it())
            .code(&format!("{}cite {}", ctx.prefix, r.id));
    });
    b.finish()
}

/// The title, then the record's kind, authors and year, where it appeared, its link and any
/// warning on how far it was verified.
fn heading(b: &mut Builder, r: &Record) {
    b.para(|p| {
        p.bold(&r.title);
        p.br("").text(&format!(
            "{} · {} ({})",
            level_tag(r),
            people_line(r),
            r.year_label()
        ));
        if let Some(v) = venue_line(r) {
            p.br("").text(&v);
        }
        if let Some(url) = r.link() {
            p.br("").link(&url, &url);
        }
        match r.status {
            Status::Unverified => {
                p.br("").italic(&text::unverified_warning());
            }
            Status::Partial => {
                p.br("").italic(&text::partial_see_caveats());
            }
            Status::Verified => {}
        }
    });
}

/// The record's facts, one a line: its intervention, who took part, design, sample, country,
/// registration and topics.
fn facts(r: &Record, snap: &Snapshot) -> Vec<Line> {
    let mut facts: Vec<Line> = Vec::new();
    let mut fact = |label: &str, value: &str| {
        let mut l = Line::default();
        l.bold(label).text(": ").text(value);
        facts.push(l);
    };
    fact(
        &label::intervention(),
        &match &r.intervention_detail {
            Some(d) => format!("{}: {}", text::intervention(r.intervention), d),
            None => text::intervention(r.intervention),
        },
    );
    if let Some(v) = &r.population {
        fact(&label::who(), v);
    }
    if let Some(v) = &r.design {
        fact(&label::design(), v);
    }
    if let Some(s) = &r.sample {
        match s.n {
            Some(n) => fact(&label::sample(), &format!("{n} {}", s.counted)),
            None => fact(&label::sample(), &s.counted),
        }
    }
    if let Some(v) = &r.country {
        fact(&label::country(), v);
    }
    if let Some(v) = &r.registration {
        fact(&label::registration(), v);
    }
    let topics: Vec<String> = r
        .topics
        .iter()
        .map(|t| {
            let english = snap
                .knowledge
                .topic(t)
                .map_or(t.as_str(), |t| t.label.as_str());
            snap.knowledge.concept_label(t, english)
        })
        .collect();
    fact(&label::topics(), &topics.join(", "));
    facts
}

fn findings(b: &mut Builder, r: &Record) {
    if !r.findings.is_empty() {
        b.para(|p| {
            p.bold(&label::findings());
        });
        let items = r
            .findings
            .iter()
            .map(|f| {
                let mut l = Line::default();
                finding_line(&mut l, f, 600);
                l
            })
            .collect();
        b.list(None, items);
    }
}

fn caveats(b: &mut Builder, r: &Record) {
    if !r.caveats.is_empty() {
        b.para(|p| {
            p.bold(&label::caveats());
        });
        let items = r
            .caveats
            .iter()
            .map(|c| {
                let mut l = Line::default();
                l.text(c.trim());
                l
            })
            .collect();
        b.list(None, items);
    }
}

fn related(b: &mut Builder, r: &Record) {
    if !r.related.is_empty() {
        b.para(|p| {
            p.bold(&label::related());
            for (i, id) in r.related.iter().enumerate() {
                if i > 0 {
                    p.text(", ");
                }
                p.code(id);
            }
        });
    }
}

fn sources(b: &mut Builder, r: &Record) {
    if !r.sources.is_empty() {
        b.para(|p| {
            p.bold(&label::sources());
        });
        let items = r
            .sources
            .iter()
            .map(|s| {
                let mut l = Line::default();
                l.link(&s.url, &s.url);
                if let Some(n) = &s.note {
                    l.text(&format!(" ({})", n.trim()));
                }
                if !s.verified {
                    l.text(&label::source_unverified());
                }
                l
            })
            .collect();
        b.list(None, items);
    }
}

fn people_line(r: &Record) -> String {
    let names = |list: &[Person]| {
        list.iter()
            .map(|p| p.short())
            .collect::<Vec<_>>()
            .join("; ")
    };
    let mut s = names(&r.authors);
    if !r.authors_complete {
        s.push_str(" et al.");
    }
    if !r.editors.is_empty() {
        if !s.is_empty() {
            s.push_str("; ");
        }
        s.push_str(&format!("{} (Eds.)", names(&r.editors)));
    }
    if s.is_empty() {
        s = label::authors_not_known();
    }
    s
}

fn venue_line(r: &Record) -> Option<String> {
    if let Some(j) = &r.journal {
        let mut s = j.clone();
        if let Some(v) = &r.volume {
            s.push_str(&format!(", {v}"));
            if let Some(i) = &r.issue {
                s.push_str(&format!("({i})"));
            }
        }
        if let Some(p) = &r.pages {
            s.push_str(&format!(", {p}"));
        }
        return Some(s);
    }
    let mut parts = Vec::new();
    if let Some(b) = &r.book_title {
        parts.push(match &r.chapter {
            Some(c) => text::chapter_in(c, b),
            None => text::in_book(b),
        });
    }
    if let Some(s) = &r.series {
        parts.push(s.clone());
    }
    if let Some(p) = &r.publisher {
        parts.push(match &r.place {
            Some(pl) => format!("{pl}: {p}"),
            None => p.clone(),
        });
    }
    (!parts.is_empty()).then(|| parts.join(". "))
}
