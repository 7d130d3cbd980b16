//! Answers about the evidence as a whole: the largest trials, how many trials of each kind,
//! null results, harms, dose, who delivered it, attrition, costs, whether guidance is current
//! and the certainty reviews give. Built only from the records' fields, counted by trial (a
//! trial reported by several papers counts once), and always saying what was counted and that
//! the count covers what the knowledge holds, not everything published.

use super::{finding_line, Context, Page};
use crate::knowledge::facts::Harms;
use crate::knowledge::model::{Direction, Finding, Kind};
use crate::knowledge::{Knowledge, Record, Task};
use crate::render::{text, Builder, Line, Screen};
use crate::search::SearchResult;

mod trial;

use trial::{trials, Trial};

/// Trials or records listed at most: with the header and the footer, one phone screen.
const LISTED: usize = 5;

/// Screen lines kept free below the list: the footer and the "counted from" line.
const BELOW: f32 = 6.0;

/// Longest finding on a line, in characters.
const FINDING_CHARS: usize = 90;

/// Whether a task asks about the evidence as data (and so gets an answer of this module).
pub(super) fn answers(task: Task) -> bool {
    matches!(
        task,
        Task::Largest
            | Task::Count
            | Task::Null
            | Task::Harms
            | Task::Dose
            | Task::DeliveredBy
            | Task::Currency
            | Task::Cost
            | Task::Attrition
            | Task::Certainty
    )
}

/// Writes the answer for a question about the evidence as data; returns the page of records
/// it listed (for `!more`, "cite the second one"), or None when the task is not one of these.
pub(super) fn answer(
    b: &mut Builder,
    result: &SearchResult,
    subject: &str,
    k: &Knowledge,
    ctx: &Context,
) -> Option<Vec<String>> {
    let task = result.question.task;
    if !answers(task) {
        return None;
    }
    let trials = trials(result, k);
    let records: Vec<&Record> = result
        .hits
        .iter()
        .filter(|h| !h.general)
        .map(|h| &k.records[h.ord])
        .collect();
    // Trials known only by their protocol have no results to count.
    let done: Vec<&Trial> = trials.iter().filter(|t| !t.protocol_only()).collect();
    let listed = match task {
        Task::Largest => largest(b, &done, subject, ctx),
        Task::Count => count(b, &trials, &done, &records, result, subject, ctx),
        Task::Null => null(b, &done, subject, ctx),
        Task::Harms => harms(b, &done, subject, ctx),
        Task::Dose => dose(b, &done, subject, ctx),
        Task::DeliveredBy => delivered_by(b, &done, subject, k, ctx),
        Task::Attrition => attrition(b, &done, subject, ctx),
        Task::Cost => cost(b, &records, subject, ctx),
        Task::Currency => currency(b, &records, subject, ctx),
        Task::Certainty => certainty(b, &records, subject, ctx),
        _ => return None,
    };
    b.para(|p| {
        p.append(&text::show_for_details(&ctx.prefix))
            .text(" · ")
            .append(&text::cite_for_a_citation(&ctx.prefix));
    });
    b.para(|p| {
        p.italic(&text::as_of_knowledge(&k.version, k.last_changed()));
    });
    Some(listed)
}

/// A trial on one line: "[RCT] O'Farrelly et al. 2021 · 300 randomised · UK · !show ID", then
/// what the line is about on the next.
fn trial_line(t: &Trial, ctx: &Context) -> Line {
    let mut l = Line::default();
    l.bold(&format!("[{}]", text::kind_singular(t.kind())))
        .text(" ")
        .text(&format!(
            "{} {}",
            t.main.first_author_short(),
            t.main.year_label()
        ));
    if let Some((_, size)) = t.size() {
        l.text(" · ").text(&size);
    }
    if let Some(c) = &t.main.country {
        l.text(" · ").text(c);
    }
    l.text(" · ")
        .code(&format!("{}show {}", ctx.prefix, t.main.id));
    l
}

/// The trial's result under its line: the primary result (or, none being marked, its key
/// finding), naming the paper when it is not the main one.
fn result_under(l: &mut Line, t: &Trial) {
    let Some((f, paper)) = t.headline() else {
        l.br("   ").italic(&text::no_result_recorded());
        return;
    };
    l.br("   ");
    match t.primary_result() {
        Some(Direction::Mixed) => {
            let dirs: Vec<_> = t
                .primary()
                .iter()
                .filter_map(|(f, _)| f.direction)
                .collect();
            let improved = dirs.iter().filter(|d| **d == Direction::Improved).count();
            l.text(&text::primary_mixed(improved, dirs.len()))
        }
        Some(d) => l.text(&text::primary_result(&text::direction(d))),
        None => l.text(&text::key_finding()),
    };
    finding_line(l, f, FINDING_CHARS);
    if paper.id != t.main.id {
        l.text(&text::from_paper(
            &paper.first_author_short(),
            &paper.year_label(),
        ));
    }
}

/// Lists as many of `items` as fit one phone screen with what is above them, [`BELOW`] and a
/// note of `note` lines under the list (always the first); returns how many.
fn list_fitting(b: &mut Builder, items: Vec<Line>, numbered: bool, note: f32) -> usize {
    let mut used = b.screen_lines() + BELOW + note + Screen::BLOCK_GAP;
    let mut kept = Vec::new();
    for l in items {
        let h = l.screen_lines();
        if !kept.is_empty() && used + h > Screen::LINES {
            break;
        }
        used += h;
        kept.push(l);
    }
    let n = kept.len();
    b.list(numbered.then_some(1), kept);
    n
}

fn ids(trials: &[&Trial]) -> Vec<String> {
    trials.iter().map(|t| t.main.id.clone()).collect()
}

/// Lists trials, each on its line with `under` written below it, as many as fit one screen
/// above a note of `note` lines; returns those shown.
fn list_trials<'t, 'k>(
    b: &mut Builder,
    ctx: &Context,
    trials: impl IntoIterator<Item = &'t Trial<'k>>,
    note: f32,
    under: impl Fn(&mut Line, &Trial),
) -> Vec<&'t Trial<'k>>
where
    'k: 't,
{
    let mut shown: Vec<&Trial> = trials.into_iter().take(LISTED).collect();
    let items = shown
        .iter()
        .map(|t| {
            let mut l = trial_line(t, ctx);
            under(&mut l, t);
            l
        })
        .collect();
    shown.truncate(list_fitting(b, items, true, note));
    shown
}

/// Lists records that are not trials, each on its line with `under` below it, as many as fit
/// one screen; returns their ids.
fn list_records(
    b: &mut Builder,
    ctx: &Context,
    records: &[&Record],
    under: impl Fn(&mut Line, &Record),
) -> Vec<String> {
    let items = records
        .iter()
        .take(LISTED)
        .map(|r| {
            let mut l = record_line(r, ctx);
            under(&mut l, r);
            l
        })
        .collect();
    let n = list_fitting(b, items, true, 0.0);
    records.iter().take(n).map(|r| r.id.clone()).collect()
}

fn largest(b: &mut Builder, done: &[&Trial], subject: &str, ctx: &Context) -> Vec<String> {
    let mut sized: Vec<(&Trial, u32)> =
        done.iter().filter_map(|t| t.n().map(|n| (*t, n))).collect();
    // Largest first; the number randomised before a sample analysed of the same size.
    sized.sort_by_key(|(t, n)| (std::cmp::Reverse(*n), t.randomised().is_none()));
    b.para(|p| {
        p.bold(&text::largest_heading(subject))
            .text(&text::sized_count(sized.len(), done.len()));
    });
    let shown = list_trials(b, ctx, sized.iter().map(|(t, _)| *t), 0.0, result_under);
    ids(&shown)
}

fn count(
    b: &mut Builder,
    trials: &[Trial],
    done: &[&Trial],
    records: &[&Record],
    result: &SearchResult,
    subject: &str,
    ctx: &Context,
) -> Vec<String> {
    let tally = |kinds: &mut Vec<(Kind, usize)>, kind: Kind| match kinds
        .iter_mut()
        .find(|(k, _)| *k == kind)
    {
        Some((_, n)) => *n += 1,
        None => kinds.push((kind, 1)),
    };
    let mut by_kind: Vec<(Kind, usize)> = Vec::new();
    for t in done {
        tally(&mut by_kind, t.kind());
    }
    // The kinds the question asks about first ("how many RCTs"), then ladder order.
    by_kind.sort_by_key(|(k, _)| (!result.question.kinds.contains(k), *k));
    let under_way = trials.len() - done.len();
    let papers: usize = done
        .iter()
        .map(|t| t.papers.iter().filter(|p| p.kind != Kind::Protocol).count())
        .sum();
    let mut syntheses: Vec<(Kind, usize)> = Vec::new();
    for r in records.iter().filter(|r| !r.kind.is_primary_study()) {
        tally(&mut syntheses, r.kind);
    }
    syntheses.sort_by_key(|(k, _)| *k);
    let named = |kinds: &[(Kind, usize)]| -> Vec<String> {
        kinds
            .iter()
            .map(|(k, n)| text::kind_count(*k, *n))
            .collect()
    };
    b.para(|p| {
        p.bold(&text::count_heading(subject, done.len()))
            .text(&text::count_body(
                &named(&by_kind),
                papers,
                under_way,
                &named(&syntheses),
            ));
    });
    // The latest meta-analysis among the records, and how many studies it pooled.
    let latest = records
        .iter()
        .filter(|r| r.kind == Kind::MetaAnalysis)
        .filter_map(|r| r.sample.as_ref().and_then(|s| s.n.map(|n| (r, n, s))))
        .max_by_key(|(r, _, _)| (r.year, std::cmp::Reverse(r.id.clone())));
    if let Some((r, n, s)) = latest {
        b.para(|p| {
            p.text(&text::latest_meta(
                &r.first_author_short(),
                &r.year_label(),
                n,
                &s.counted,
            ))
            .code(&format!("{}show {}", ctx.prefix, r.id));
        });
    }
    let shown = list_trials(b, ctx, done.iter().copied(), 0.0, |_, _| {});
    ids(&shown)
}

fn null(b: &mut Builder, done: &[&Trial], subject: &str, ctx: &Context) -> Vec<String> {
    let judged = done.iter().filter(|t| t.primary_result().is_some()).count();
    let of = |d: Direction| -> Vec<&Trial> {
        done.iter()
            .copied()
            .filter(|t| t.primary_result() == Some(d))
            .collect()
    };
    let (nulls, mixed) = (of(Direction::NoDifference), of(Direction::Mixed));
    // Trials with no primary outcome marked whose key finding showed no difference: said
    // apart, as they were not judged on a primary outcome.
    let key_null = |t: &Trial| {
        t.primary_result().is_none()
            && t.main
                .key_finding()
                .is_some_and(|f| f.direction == Some(Direction::NoDifference))
    };
    let unjudged: Vec<&Trial> = done.iter().copied().filter(|t| key_null(t)).collect();
    b.para(|p| {
        p.bold(&text::null_heading(subject)).text(&text::null_count(
            done.len(),
            judged,
            nulls.len(),
            mixed.len(),
        ));
    });
    let note = if unjudged.is_empty() {
        0.0
    } else {
        Screen::lines(&text::key_null_note(unjudged.len())) + Screen::BLOCK_GAP
    };
    let listed = nulls.iter().chain(&mixed).chain(&unjudged).copied();
    let shown = list_trials(b, ctx, listed, note, result_under);
    // The note speaks of the unjudged trials the screen had room for.
    let unjudged_shown = shown.iter().filter(|t| key_null(t)).count();
    if unjudged_shown > 0 {
        b.para(|p| {
            p.italic(&text::key_null_note(unjudged_shown));
        });
    }
    ids(&shown)
}

fn harms(b: &mut Builder, done: &[&Trial], subject: &str, ctx: &Context) -> Vec<String> {
    let said = |t: &Trial| -> Option<(Harms, String)> {
        t.papers.iter().find_map(|p| {
            p.adverse_events
                .as_ref()
                .map(|a| (a.reported, a.text.clone()))
        })
    };
    let count = |h: Harms| {
        done.iter()
            .filter(|t| said(t).is_some_and(|(x, _)| x == h))
            .count()
    };
    let recorded = done.iter().filter(|t| said(t).is_some()).count();
    b.para(|p| {
        p.bold(&text::harms_heading(subject))
            .text(&text::harms_count(
                done.len(),
                recorded,
                count(Harms::NoneReported),
                count(Harms::Reported),
            ));
    });
    let reported = done
        .iter()
        .copied()
        .filter(|t| said(t).is_some_and(|(h, _)| h != Harms::NotReported));
    let shown = list_trials(b, ctx, reported, 0.0, |l, t| {
        if let Some((_, what)) = said(t) {
            l.br("   ").text(&what);
        }
    });
    ids(&shown)
}

fn dose(b: &mut Builder, done: &[&Trial], subject: &str, ctx: &Context) -> Vec<String> {
    let sessions = |t: &Trial| t.papers.iter().find_map(|p| p.sessions.clone());
    let mut dosed: Vec<&Trial> = done
        .iter()
        .copied()
        .filter(|t| sessions(t).is_some())
        .collect();
    dosed.sort_by_key(|t| sessions(t).and_then(|s| s.min).unwrap_or(u16::MAX));
    b.para(|p| {
        p.bold(&text::dose_heading(subject))
            .text(&text::dose_count(done.len(), dosed.len()));
    });
    let note = Screen::lines(&text::dose_not_compared()) + Screen::BLOCK_GAP;
    let shown = list_trials(b, ctx, dosed, note, |l, t| {
        if let Some(s) = sessions(t) {
            l.br("   ").bold(&text::sessions(s.min, s.max, s.weeks));
            if !s.text.is_empty() {
                l.text(&format!(" ({})", s.text));
            }
        }
        result_under(l, t);
    });
    if !shown.is_empty() {
        b.para(|p| {
            p.italic(&text::dose_not_compared());
        });
    }
    ids(&shown)
}

fn delivered_by(
    b: &mut Builder,
    done: &[&Trial],
    subject: &str,
    k: &Knowledge,
    ctx: &Context,
) -> Vec<String> {
    let who = |t: &Trial| -> Vec<String> {
        t.papers
            .iter()
            .find(|p| !p.delivered_by.is_empty())
            .map(|p| {
                p.delivered_by
                    .iter()
                    .map(|id| {
                        k.vocabulary
                            .index(id)
                            .map_or(id.clone(), |c| k.vocabulary.concept(c).label.clone())
                    })
                    .collect()
            })
            .unwrap_or_default()
    };
    let mut groups: Vec<(String, Vec<&Trial>)> = Vec::new();
    for t in done {
        for w in who(t) {
            match groups.iter_mut().find(|(g, _)| *g == w) {
                Some((_, ts)) => ts.push(t),
                None => groups.push((w, vec![t])),
            }
        }
    }
    groups.sort_by_key(|(g, ts)| (std::cmp::Reverse(ts.len()), g.clone()));
    let recorded = done.iter().filter(|t| !who(t).is_empty()).count();
    b.para(|p| {
        p.bold(&text::delivered_heading(subject))
            .text(&text::delivered_count(done.len(), recorded));
    });
    let items = groups
        .iter()
        .take(LISTED)
        .map(|(who, ts)| {
            let mut l = Line::default();
            l.bold(who).text(": ");
            for (i, t) in ts.iter().enumerate() {
                if i > 0 {
                    l.text("; ");
                }
                l.text(&format!(
                    "{} {} ",
                    t.main.first_author_short(),
                    t.main.year_label()
                ))
                .code(&format!("{}show {}", ctx.prefix, t.main.id));
            }
            l
        })
        .collect();
    let n = list_fitting(b, items, false, 0.0);
    // The trials of the groups shown, each once, in the order shown.
    let mut shown: Vec<&Trial> = Vec::new();
    for t in groups.iter().take(n).flat_map(|(_, ts)| ts) {
        if !shown.iter().any(|s| s.main.id == t.main.id) {
            shown.push(t);
        }
    }
    ids(&shown)
}

fn attrition(b: &mut Builder, done: &[&Trial], subject: &str, ctx: &Context) -> Vec<String> {
    // The share lost as the record gives it, else worked out from the numbers randomised and
    // analysed.
    let lost = |t: &Trial| -> Option<(f64, String)> {
        if let Some(a) = t.papers.iter().find_map(|p| p.attrition.as_ref()) {
            if let Some(share) = a.share {
                return Some((share, a.text.clone()));
            }
        }
        t.papers
            .iter()
            .find_map(|p| match (p.n_randomised, p.n_analysed) {
                (Some(r), Some(a)) if r > 0 && a <= r => {
                    Some((f64::from(r - a) / f64::from(r), text::analysed_of(a, r)))
                }
                _ => None,
            })
    };
    let mut known: Vec<(&Trial, f64)> = done
        .iter()
        .filter_map(|t| lost(t).map(|(s, _)| (*t, s)))
        .collect();
    known.sort_by(|a, b| b.1.total_cmp(&a.1));
    b.para(|p| {
        p.bold(&text::attrition_heading(subject))
            .text(&text::attrition_count(done.len(), known.len()));
    });
    let shown = list_trials(b, ctx, known.iter().map(|(t, _)| *t), 0.0, |l, t| {
        if let Some((share, what)) = lost(t) {
            l.br("   ")
                .bold(&text::share_lost(share))
                .text(&format!(" ({what})"));
        }
    });
    ids(&shown)
}

fn cost(b: &mut Builder, records: &[&Record], subject: &str, ctx: &Context) -> Vec<String> {
    let costs = |r: &Record| -> Vec<String> {
        let mut out = Vec::new();
        if let Some(c) = &r.cost {
            out.push(text::cost_line(
                c.per_family,
                &c.currency,
                c.price_year,
                &c.result,
            ));
        }
        out.extend(
            r.findings
                .iter()
                .filter(|f| f.verified && f.domain.as_deref() == Some("costs"))
                .map(|f| f.statement.trim().to_string()),
        );
        out
    };
    let with: Vec<&Record> = records
        .iter()
        .copied()
        .filter(|r| !costs(r).is_empty())
        .collect();
    b.para(|p| {
        p.bold(&text::cost_heading(subject))
            .text(&text::cost_count(records.len(), with.len()));
    });
    list_records(b, ctx, &with, |l, r| {
        for c in costs(r) {
            l.br("   ").text(&super::shorten(&c, 160));
        }
    })
}

fn currency(b: &mut Builder, records: &[&Record], subject: &str, ctx: &Context) -> Vec<String> {
    let guidelines: Vec<&Record> = records
        .iter()
        .copied()
        .filter(|r| r.kind == Kind::Guideline)
        .collect();
    b.para(|p| {
        p.bold(&text::currency_heading(subject))
            .text(&text::currency_count(guidelines.len()));
    });
    list_records(b, ctx, &guidelines, |l, r| {
        let status: Option<&'static str> = r.guideline_status.map(Into::into);
        l.br("   ").text(&text::guideline_status(
            status.map(|s| s.replace('_', " ")).as_deref(),
            r.checked.as_deref(),
        ));
    })
}

fn certainty(b: &mut Builder, records: &[&Record], subject: &str, ctx: &Context) -> Vec<String> {
    fn graded(r: &Record) -> Vec<&Finding> {
        r.findings
            .iter()
            .filter(|f| f.verified && f.certainty.is_some())
            .collect()
    }
    let reviews = records
        .iter()
        .filter(|r| matches!(r.kind, Kind::SystematicReview | Kind::MetaAnalysis))
        .count();
    let with: Vec<&Record> = records
        .iter()
        .copied()
        .filter(|r| !graded(r).is_empty())
        .collect();
    b.para(|p| {
        p.bold(&text::certainty_heading(subject))
            .text(&text::certainty_count(reviews, with.len()));
    });
    // Each finding's line ends with its certainty ("… (moderate certainty)").
    list_records(b, ctx, &with, |l, r| {
        for f in graded(r).into_iter().take(3) {
            l.br("   ");
            finding_line(l, f, FINDING_CHARS);
        }
    })
}

/// A record that is not a trial on one line: "[Guideline] NICE 2014 · !show ID".
fn record_line(r: &Record, ctx: &Context) -> Line {
    let mut l = Line::default();
    l.bold(&format!("[{}]", super::badge(r)))
        .text(" ")
        .text(&format!("{} {} · ", r.first_author_short(), r.year_label()))
        .code(&format!("{}show {}", ctx.prefix, r.id));
    l
}

/// The page an answer of this module leaves for `!more` and follow-ups: the records it listed
/// first, then the other records about the question.
pub(super) fn page(
    listed: Vec<String>,
    result: &SearchResult,
    k: &Knowledge,
    query: String,
    raw: &str,
) -> Page {
    let mut ids = listed;
    let shown = ids.len();
    for h in &result.hits {
        if ids.len() >= super::REMEMBERED {
            break;
        }
        let id = &k.records[h.ord].id;
        if !ids.contains(id) {
            ids.push(id.clone());
        }
    }
    Page {
        query,
        raw: raw.to_string(),
        ids,
        total: result.total(),
        direct: result.direct,
        general: Vec::new(),
        domains: Vec::new(),
        next: shown,
    }
}
