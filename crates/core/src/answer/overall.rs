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

/// One trial among the records about the question: its main paper and every paper of it in the
/// knowledge.
pub(super) struct Trial<'a> {
    pub main: &'a Record,
    pub papers: Vec<&'a Record>,
}

impl<'a> Trial<'a> {
    /// Its kind: the strongest kind among its papers of results (a protocol only when nothing
    /// else reports it).
    pub fn kind(&self) -> Kind {
        self.papers
            .iter()
            .map(|p| p.kind)
            .filter(|k| *k != Kind::Protocol)
            .min()
            .unwrap_or(self.main.kind)
    }

    /// Whether only a protocol of it is held: a trial under way, with no results.
    pub fn protocol_only(&self) -> bool {
        self.papers.iter().all(|p| p.kind == Kind::Protocol)
    }

    /// How many were randomised, from whichever paper gives it; with the unit counted.
    pub fn randomised(&self) -> Option<u32> {
        self.papers.iter().find_map(|p| p.n_randomised)
    }

    /// How many took part, for ordering: the number randomised, else its main paper's sample.
    pub fn n(&self) -> Option<u32> {
        self.randomised()
            .or_else(|| self.main.sample.as_ref().and_then(|s| s.n))
    }

    /// Its size as a line says it: "300 randomised" or, with no number randomised, the
    /// sample of its main paper ("93 children").
    pub fn size(&self) -> Option<(u32, String)> {
        // The unit from the paper that gives the number randomised.
        if let Some(p) = self.papers.iter().find(|p| p.n_randomised.is_some()) {
            let n = p.n_randomised?;
            let unit = p.sample.as_ref().map_or("", |s| s.counted.as_str());
            return Some((n, text::randomised(n, unit)));
        }
        let s = self.main.sample.as_ref()?;
        let n = s.n?;
        Some((n, text::took_part(n, &s.counted)))
    }

    /// Its primary results: the findings marked primary, from the main paper first, each with
    /// the paper it comes from.
    pub fn primary(&self) -> Vec<(&'a Finding, &'a Record)> {
        self.papers
            .iter()
            .flat_map(|p| {
                p.findings
                    .iter()
                    .filter(|f| f.primary && f.verified)
                    .map(move |f| (f, *p))
            })
            .collect()
    }

    /// What its primary outcome showed: improved, mixed (some primary findings improved and
    /// some did not) or no difference (none improved). None when no primary finding with a
    /// direction is recorded.
    pub fn primary_result(&self) -> Option<Direction> {
        let dirs: Vec<Direction> = self
            .primary()
            .iter()
            .filter_map(|(f, _)| f.direction)
            .collect();
        if dirs.is_empty() {
            return None;
        }
        let improved = dirs.iter().filter(|d| **d == Direction::Improved).count();
        Some(if improved == dirs.len() {
            Direction::Improved
        } else if improved > 0 || dirs.contains(&Direction::Mixed) {
            Direction::Mixed
        } else if dirs.contains(&Direction::Worse) {
            Direction::Worse
        } else {
            Direction::NoDifference
        })
    }

    /// The finding a line shows with its paper: the first primary one, else the main paper's
    /// key finding.
    pub fn headline(&self) -> Option<(&'a Finding, &'a Record)> {
        self.primary()
            .into_iter()
            .next()
            .or_else(|| self.main.key_finding().map(|f| (f, self.main)))
    }
}

/// The trials among the records about the question (reviews, guidelines and other records
/// that are not primary studies are left out), each once, in the answer's order.
pub(super) fn trials<'a>(result: &SearchResult, k: &'a Knowledge) -> Vec<Trial<'a>> {
    let mut seen = vec![false; k.records.len()];
    let mut out = Vec::new();
    for h in &result.hits {
        let r = &k.records[h.ord];
        if h.general || !r.kind.is_primary_study() {
            continue;
        }
        let main = k.trial_of(h.ord);
        if std::mem::replace(&mut seen[main], true) {
            continue;
        }
        out.push(Trial {
            main: &k.records[main],
            papers: k.trial_papers(main).collect(),
        });
    }
    out
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
    let listed = match task {
        Task::Largest => largest(b, &trials, subject, ctx),
        Task::Count => count(b, &trials, &records, result, subject, ctx),
        Task::Null => null(b, &trials, subject, ctx),
        Task::Harms => harms(b, &trials, subject, ctx),
        Task::Dose => dose(b, &trials, subject, ctx),
        Task::DeliveredBy => delivered_by(b, &trials, subject, k, ctx),
        Task::Attrition => attrition(b, &trials, subject, ctx),
        Task::Cost => cost(b, &records, subject, ctx),
        Task::Currency => currency(b, &records, subject, ctx),
        Task::Certainty => certainty(b, &records, subject, ctx),
        _ => return None,
    };
    b.para(|p| {
        p.italic(&text::as_of_knowledge(&k.version, k.last_changed()));
    });
    Some(listed)
}

/// A trial on one line: "[RCT] O'Farrelly et al. 2021 · 300 randomised · UK · !show ID", then
/// what the line is about on the next.
fn trial_line(t: &Trial, ctx: &Context) -> Line {
    let mut l = Line::default();
    l.bold(&format!(
        "[{}]",
        text::kind_count(t.kind(), 1).trim_start_matches("1 ")
    ))
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
        l.br("   ").italic(text::NO_RESULT_RECORDED);
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
        Some(d) => l.text(&text::primary_result(d.label())),
        None => l.text(text::KEY_FINDING),
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

fn footer(b: &mut Builder, ctx: &Context) {
    b.para(|p| {
        p.code(&format!("{}show ID", ctx.prefix))
            .text(text::FOR_DETAILS)
            .code(&format!("{}cite ID", ctx.prefix))
            .text(text::FOR_A_CITATION);
    });
}

fn largest(b: &mut Builder, trials: &[Trial], subject: &str, ctx: &Context) -> Vec<String> {
    let mut sized: Vec<(&Trial, u32)> = trials
        .iter()
        .filter(|t| !t.protocol_only())
        .filter_map(|t| t.n().map(|n| (t, n)))
        .collect();
    // Largest first; the number randomised before a sample analysed of the same size.
    sized.sort_by_key(|(t, n)| (std::cmp::Reverse(*n), t.randomised().is_none()));
    let with_results = trials.iter().filter(|t| !t.protocol_only()).count();
    b.para(|p| {
        p.bold(&text::largest_heading(subject))
            .text(&text::sized_count(sized.len(), with_results));
    });
    let mut shown: Vec<&Trial> = sized.iter().take(LISTED).map(|(t, _)| *t).collect();
    let items = shown
        .iter()
        .map(|t| {
            let mut l = trial_line(t, ctx);
            result_under(&mut l, t);
            l
        })
        .collect();
    let n = list_fitting(b, items, true, 0.0);
    shown.truncate(n);
    footer(b, ctx);
    ids(&shown)
}

fn count(
    b: &mut Builder,
    trials: &[Trial],
    records: &[&Record],
    result: &SearchResult,
    subject: &str,
    ctx: &Context,
) -> Vec<String> {
    let mut by_kind: Vec<(Kind, usize)> = Vec::new();
    for t in trials.iter().filter(|t| !t.protocol_only()) {
        match by_kind.iter_mut().find(|(k, _)| *k == t.kind()) {
            Some((_, n)) => *n += 1,
            None => by_kind.push((t.kind(), 1)),
        }
    }
    // The kinds the question asks about first ("how many RCTs"), then ladder order.
    by_kind.sort_by_key(|(k, _)| (!result.question.kinds.contains(k), *k));
    let under_way = trials.iter().filter(|t| t.protocol_only()).count();
    let papers: usize = trials
        .iter()
        .filter(|t| !t.protocol_only())
        .map(|t| t.papers.iter().filter(|p| p.kind != Kind::Protocol).count())
        .sum();
    let mut syntheses: Vec<(Kind, usize)> = Vec::new();
    for r in records.iter().filter(|r| !r.kind.is_primary_study()) {
        match syntheses.iter_mut().find(|(k, _)| *k == r.kind) {
            Some((_, n)) => *n += 1,
            None => syntheses.push((r.kind, 1)),
        }
    }
    syntheses.sort_by_key(|(k, _)| *k);
    let counted: Vec<String> = by_kind
        .iter()
        .map(|(k, n)| text::kind_count(*k, *n))
        .collect();
    let others: Vec<String> = syntheses
        .iter()
        .map(|(k, n)| text::kind_count(*k, *n))
        .collect();
    let trials_n = trials.iter().filter(|t| !t.protocol_only()).count();
    b.para(|p| {
        p.bold(&text::count_heading(subject, trials_n))
            .text(&text::count_body(&counted, papers, under_way, &others));
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
    let mut shown: Vec<&Trial> = trials
        .iter()
        .filter(|t| !t.protocol_only())
        .take(LISTED)
        .collect();
    let items = shown.iter().map(|t| trial_line(t, ctx)).collect();
    let n = list_fitting(b, items, true, 0.0);
    shown.truncate(n);
    footer(b, ctx);
    ids(&shown)
}

fn null(b: &mut Builder, trials: &[Trial], subject: &str, ctx: &Context) -> Vec<String> {
    let with_results: Vec<&Trial> = trials.iter().filter(|t| !t.protocol_only()).collect();
    let judged: Vec<&Trial> = with_results
        .iter()
        .copied()
        .filter(|t| t.primary_result().is_some())
        .collect();
    let of = |d: Direction| -> Vec<&Trial> {
        judged
            .iter()
            .copied()
            .filter(|t| t.primary_result() == Some(d))
            .collect()
    };
    let (nulls, mixed) = (of(Direction::NoDifference), of(Direction::Mixed));
    // Trials with no primary outcome marked whose key finding showed no difference: said
    // apart, as they were not judged on a primary outcome.
    let key_null: Vec<&Trial> = with_results
        .iter()
        .copied()
        .filter(|t| t.primary_result().is_none())
        .filter(|t| {
            t.main
                .key_finding()
                .is_some_and(|f| f.direction == Some(Direction::NoDifference))
        })
        .collect();
    b.para(|p| {
        p.bold(&text::null_heading(subject)).text(&text::null_count(
            with_results.len(),
            judged.len(),
            nulls.len(),
            mixed.len(),
        ));
    });
    let note = if key_null.is_empty() {
        0.0
    } else {
        Screen::lines(&text::key_null_note(key_null.len())) + Screen::BLOCK_GAP
    };
    let mut shown: Vec<&Trial> = nulls
        .iter()
        .chain(&mixed)
        .chain(&key_null)
        .copied()
        .take(LISTED)
        .collect();
    let items = shown
        .iter()
        .map(|t| {
            let mut l = trial_line(t, ctx);
            result_under(&mut l, t);
            l
        })
        .collect();
    let n = list_fitting(b, items, true, note);
    shown.truncate(n);
    if !key_null.is_empty() {
        b.para(|p| {
            p.italic(&text::key_null_note(key_null.len()));
        });
    }
    footer(b, ctx);
    ids(&shown)
}

fn harms(b: &mut Builder, trials: &[Trial], subject: &str, ctx: &Context) -> Vec<String> {
    let with_results: Vec<&Trial> = trials.iter().filter(|t| !t.protocol_only()).collect();
    let said = |t: &Trial| -> Option<(Harms, String)> {
        t.papers.iter().find_map(|p| {
            p.adverse_events
                .as_ref()
                .map(|a| (a.reported, a.text.clone()))
        })
    };
    let count = |h: Harms| {
        with_results
            .iter()
            .filter(|t| said(t).is_some_and(|(x, _)| x == h))
            .count()
    };
    let recorded = with_results.iter().filter(|t| said(t).is_some()).count();
    b.para(|p| {
        p.bold(&text::harms_heading(subject))
            .text(&text::harms_count(
                with_results.len(),
                recorded,
                count(Harms::NoneReported),
                count(Harms::Reported),
            ));
    });
    let mut shown: Vec<&Trial> = with_results
        .iter()
        .copied()
        .filter(|t| said(t).is_some_and(|(h, _)| h != Harms::NotReported))
        .take(LISTED)
        .collect();
    let items = shown
        .iter()
        .map(|t| {
            let mut l = trial_line(t, ctx);
            if let Some((_, what)) = said(t) {
                l.br("   ").text(&what);
            }
            l
        })
        .collect();
    let n = list_fitting(b, items, true, 0.0);
    shown.truncate(n);
    footer(b, ctx);
    ids(&shown)
}

fn dose(b: &mut Builder, trials: &[Trial], subject: &str, ctx: &Context) -> Vec<String> {
    let sessions = |t: &Trial| t.papers.iter().find_map(|p| p.sessions.clone());
    let mut dosed: Vec<&Trial> = trials
        .iter()
        .filter(|t| !t.protocol_only() && sessions(t).is_some())
        .collect();
    dosed.sort_by_key(|t| sessions(t).and_then(|s| s.min).unwrap_or(u16::MAX));
    let with_results = trials.iter().filter(|t| !t.protocol_only()).count();
    b.para(|p| {
        p.bold(&text::dose_heading(subject))
            .text(&text::dose_count(with_results, dosed.len()));
    });
    let mut shown: Vec<&Trial> = dosed.iter().copied().take(LISTED).collect();
    let items = shown
        .iter()
        .map(|t| {
            let mut l = trial_line(t, ctx);
            if let Some(s) = sessions(t) {
                l.br("   ").bold(&text::sessions(s.min, s.max, s.weeks));
                if !s.text.is_empty() {
                    l.text(&format!(" ({})", s.text));
                }
            }
            result_under(&mut l, t);
            l
        })
        .collect();
    let n = list_fitting(
        b,
        items,
        true,
        Screen::lines(text::DOSE_NOT_COMPARED) + Screen::BLOCK_GAP,
    );
    shown.truncate(n);
    if !shown.is_empty() {
        b.para(|p| {
            p.italic(text::DOSE_NOT_COMPARED);
        });
    }
    footer(b, ctx);
    ids(&shown)
}

fn delivered_by(
    b: &mut Builder,
    trials: &[Trial],
    subject: &str,
    k: &Knowledge,
    ctx: &Context,
) -> Vec<String> {
    let with_results: Vec<&Trial> = trials.iter().filter(|t| !t.protocol_only()).collect();
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
    for t in &with_results {
        for w in who(t) {
            match groups.iter_mut().find(|(g, _)| *g == w) {
                Some((_, ts)) => ts.push(t),
                None => groups.push((w, vec![t])),
            }
        }
    }
    groups.sort_by_key(|(g, ts)| (std::cmp::Reverse(ts.len()), g.clone()));
    let recorded = with_results.iter().filter(|t| !who(t).is_empty()).count();
    b.para(|p| {
        p.bold(&text::delivered_heading(subject))
            .text(&text::delivered_count(with_results.len(), recorded));
    });
    let mut shown: Vec<&Trial> = Vec::new();
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
                if !shown.iter().any(|s| s.main.id == t.main.id) {
                    shown.push(t);
                }
            }
            l
        })
        .collect();
    list_fitting(b, items, false, 0.0);
    footer(b, ctx);
    ids(&shown)
}

fn attrition(b: &mut Builder, trials: &[Trial], subject: &str, ctx: &Context) -> Vec<String> {
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
    let with_results: Vec<&Trial> = trials.iter().filter(|t| !t.protocol_only()).collect();
    let mut known: Vec<(&Trial, f64, String)> = with_results
        .iter()
        .filter_map(|t| lost(t).map(|(s, w)| (*t, s, w)))
        .collect();
    known.sort_by(|a, b| b.1.total_cmp(&a.1));
    b.para(|p| {
        p.bold(&text::attrition_heading(subject))
            .text(&text::attrition_count(with_results.len(), known.len()));
    });
    let mut shown: Vec<&(&Trial, f64, String)> = known.iter().take(LISTED).collect();
    let items = shown
        .iter()
        .map(|(t, share, what)| {
            let mut l = trial_line(t, ctx);
            l.br("   ")
                .bold(&text::share_lost(*share))
                .text(&format!(" ({what})"));
            l
        })
        .collect();
    let n = list_fitting(b, items, true, 0.0);
    shown.truncate(n);
    footer(b, ctx);
    shown.iter().map(|(t, _, _)| t.main.id.clone()).collect()
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
    let mut shown: Vec<&Record> = with.iter().copied().take(LISTED).collect();
    let items = shown
        .iter()
        .map(|r| {
            let mut l = record_line(r, ctx);
            for c in costs(r) {
                l.br("   ").text(&super::shorten(&c, 160));
            }
            l
        })
        .collect();
    let n = list_fitting(b, items, true, 0.0);
    shown.truncate(n);
    footer(b, ctx);
    shown.iter().map(|r| r.id.clone()).collect()
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
    let mut shown: Vec<&Record> = guidelines.iter().copied().take(LISTED).collect();
    let items = shown
        .iter()
        .map(|r| {
            let mut l = record_line(r, ctx);
            let status: Option<&'static str> = r.guideline_status.map(Into::into);
            l.br("   ").text(&text::guideline_status(
                status.map(|s| s.replace('_', " ")).as_deref(),
                r.checked.as_deref(),
            ));
            l
        })
        .collect();
    let n = list_fitting(b, items, true, 0.0);
    shown.truncate(n);
    footer(b, ctx);
    shown.iter().map(|r| r.id.clone()).collect()
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
    let mut shown: Vec<&Record> = with.iter().copied().take(LISTED).collect();
    let items = shown
        .iter()
        .map(|r| {
            let mut l = record_line(r, ctx);
            for f in graded(r).into_iter().take(3) {
                l.br("   ");
                if let Some(c) = f.certainty {
                    l.bold(&format!("{}: ", c.label()));
                }
                finding_line(&mut l, f, FINDING_CHARS);
            }
            l
        })
        .collect();
    let n = list_fitting(b, items, true, 0.0);
    shown.truncate(n);
    footer(b, ctx);
    shown.iter().map(|r| r.id.clone()).collect()
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
