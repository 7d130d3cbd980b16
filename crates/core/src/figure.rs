//! What a figure shows, decided from the records alone: the chart of effects (`!chart`) and the
//! evidence map (`!map`), with their alt text. Drawing them is the shell's job (`draw`); this
//! module only chooses rows, values, groups and words, so that tests can check the data against
//! the records and every number in the alt text comes from a record.

use crate::knowledge::model::{EffectType, Finding, Kind};
use crate::knowledge::{Knowledge, Record};
use crate::references::export::slug;
use crate::render::text;

/// Most rows a chart draws (about 1,800 px: a phone screen or two, one slide); further findings
/// are counted under it.
pub const MAX_ROWS: usize = 20;

/// Evidence levels, as the map's columns (1 strongest).
pub const LEVELS: u8 = 6;

/// A figure to post: a chart of effects or an evidence map.
#[derive(Debug, Clone, PartialEq)]
pub enum Figure {
    /// `!chart QUERY`.
    Chart(Chart),
    /// `!map [QUERY]`.
    Map(EvidenceMap),
}

impl Figure {
    /// The description a screen reader and a notification give: every number the picture shows.
    /// In the language the figure was asked in, wherever it is written (the shell draws figures
    /// on another thread, outside the reply's language scope).
    pub fn alt_text(&self) -> String {
        crate::locale::within(self.language(), || match self {
            Figure::Chart(c) => c.alt_text(),
            Figure::Map(m) => m.alt_text(),
        })
    }

    /// The language of the reply the figure belongs to: its picture's words and its alt text are
    /// written in it (`locale::within(figure.language(), ...)`).
    pub fn language(&self) -> crate::locale::Lang {
        match self {
            Figure::Chart(c) => c.language,
            Figure::Map(m) => m.language,
        }
    }

    /// The file name of the image, without extension: "chart-preterm", "evidence-map".
    pub fn file_stem(&self) -> String {
        match self {
            Figure::Chart(c) => format!("chart-{}", slug(&c.question)),
            Figure::Map(m) => match &m.question {
                Some(q) => format!("evidence-map-{}", slug(q)),
                None => "evidence-map".into(),
            },
        }
    }
}

/// A forest-style chart: one panel per effect measure, rows grouped by outcome domain.
#[derive(Debug, Clone, PartialEq)]
pub struct Chart {
    /// The question as shown (after spelling correction).
    pub question: String,
    /// The language of the reply it was asked in (its labels are already in it).
    pub language: crate::locale::Lang,
    /// Direct records about the question.
    pub records: usize,
    /// Their ids, strongest first.
    pub record_ids: Vec<String>,
    /// Of them, records with at least one row drawn.
    pub records_drawn: usize,
    /// One panel per effect measure, in the order the strongest records report them.
    pub panels: Vec<Panel>,
    /// What the chart does not draw.
    pub not_drawn: NotDrawn,
}

/// Findings of the direct records that are not drawn, counted under the chart.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NotDrawn {
    /// Verified findings without a numeric effect size.
    pub without_effect: usize,
    /// Findings given as a percentage (no line of no effect to draw them against).
    pub percentages: usize,
    /// Findings no source confirmed.
    pub unverified: usize,
    /// Findings with an effect beyond [`MAX_ROWS`].
    pub beyond_limit: usize,
}

impl NotDrawn {
    /// Every finding not drawn.
    pub fn total(&self) -> usize {
        self.without_effect + self.percentages + self.unverified + self.beyond_limit
    }
}

/// The rows that share one effect measure, and so one axis.
#[derive(Debug, Clone, PartialEq)]
pub struct Panel {
    /// The effect measure.
    pub measure: EffectType,
    /// Rows by outcome domain, in order of first appearance.
    pub groups: Vec<Group>,
}

impl Panel {
    /// Where the line of no effect is: 1 for ratios, 0 for differences and correlations.
    pub fn no_effect(&self) -> f64 {
        if self.ratio() {
            1.0
        } else {
            0.0
        }
    }

    /// Ratios are drawn on a log scale, so that 0.5 and 2 lie equally far from 1.
    pub fn ratio(&self) -> bool {
        matches!(
            self.measure,
            EffectType::Or | EffectType::Rr | EffectType::Hr
        )
    }

    /// Every row of the panel, group by group.
    pub fn rows(&self) -> impl Iterator<Item = &Row> {
        self.groups.iter().flat_map(|g| g.rows.iter())
    }

    /// The smallest and largest value the axis must show: every point, range and interval,
    /// and the line of no effect.
    pub fn extent(&self) -> (f64, f64) {
        let mut lo = self.no_effect();
        let mut hi = lo;
        for r in self.rows() {
            for v in [Some(r.value), r.to, r.ci.map(|c| c[0]), r.ci.map(|c| c[1])]
                .into_iter()
                .flatten()
            {
                lo = lo.min(v);
                hi = hi.max(v);
            }
        }
        (lo, hi)
    }
}

/// The findings about one outcome domain.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    /// The domain's id (`outcomes.yaml`), `None` for findings without one.
    pub domain: Option<String>,
    /// Its label: "Parental sensitivity", "Other outcomes".
    pub label: String,
    /// One row per finding.
    pub rows: Vec<Row>,
}

/// One finding with a numeric effect.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// The record's id, for `!show`.
    pub record: String,
    /// First author and year: "Hoffenkamp et al. 2015".
    pub label: String,
    /// The record's kind.
    pub kind: Kind,
    /// Its evidence level, 1 (guideline) to 6.
    pub level: u8,
    /// The outcome measured, as the record names it.
    pub outcome: String,
    /// The effect (the low end of a range).
    pub value: f64,
    /// The high end, for a range over several measures ("d .24 to .60").
    pub to: Option<f64>,
    /// The 95% confidence interval, when reported.
    pub ci: Option<[f64; 2]>,
    /// Whether the source called it significant.
    pub significant: Option<bool>,
    /// The finding's numbers as answers quote them: "d = 0.25, 95% CI −0.11 to 0.61".
    pub numbers: String,
    /// The effect as the record prints it, without the measure: "0.24 to 0.60".
    pub effect_text: String,
}

impl Chart {
    /// The chart of the findings of `records` (direct records, strongest first).
    pub fn build(question: &str, records: &[&Record], knowledge: &Knowledge) -> Chart {
        let mut chart = Chart {
            question: question.to_string(),
            language: crate::locale::current(),
            records: records.len(),
            record_ids: records.iter().map(|r| r.id.clone()).collect(),
            records_drawn: 0,
            panels: Vec::new(),
            not_drawn: NotDrawn::default(),
        };
        let mut rows = 0;
        for r in records {
            let mut drawn = false;
            for f in &r.findings {
                let Some(effect) = chartable(f, &mut chart.not_drawn) else {
                    continue;
                };
                if rows == MAX_ROWS {
                    chart.not_drawn.beyond_limit += 1;
                    continue;
                }
                rows += 1;
                drawn = true;
                let row = Row {
                    record: r.id.clone(),
                    label: format!("{} {}", r.first_author_short(), r.year_label()),
                    kind: r.kind,
                    level: r.evidence_level(),
                    outcome: f.outcome.clone().unwrap_or_default(),
                    value: effect.value,
                    to: effect.to,
                    ci: f.ci,
                    significant: f.significant,
                    numbers: text::finding_numbers(f),
                    effect_text: text::effect_value(effect),
                };
                chart.add(effect.kind, f.domain.as_deref(), row, knowledge);
            }
            chart.records_drawn += usize::from(drawn);
        }
        chart
    }

    fn add(&mut self, measure: EffectType, domain: Option<&str>, row: Row, k: &Knowledge) {
        let panel = match self.panels.iter().position(|p| p.measure == measure) {
            Some(i) => &mut self.panels[i],
            None => {
                self.panels.push(Panel {
                    measure,
                    groups: Vec::new(),
                });
                self.panels.last_mut().expect("just pushed")
            }
        };
        let group = match panel
            .groups
            .iter()
            .position(|g| g.domain.as_deref() == domain)
        {
            Some(i) => &mut panel.groups[i],
            None => {
                let label = domain
                    .map(|d| match k.outcome(d) {
                        Some(o) => k.concept_label(d, &o.label),
                        None => d.replace('_', " "),
                    })
                    .unwrap_or_else(text::chart_other_outcomes);
                panel.groups.push(Group {
                    domain: domain.map(str::to_string),
                    label,
                    rows: Vec::new(),
                });
                panel.groups.last_mut().expect("just pushed")
            }
        };
        group.rows.push(row);
    }

    /// Rows drawn, over all panels.
    pub fn row_count(&self) -> usize {
        self.panels.iter().map(|p| p.rows().count()).sum()
    }

    /// The chart in words: per measure and domain, each row's record, kind, level and numbers;
    /// then what was not drawn.
    pub fn alt_text(&self) -> String {
        let mut s = text::chart_heading(&self.question, self.records, self.records_drawn);
        for p in &self.panels {
            s.push(' ');
            s.push_str(&text::chart_panel(
                p.measure,
                &crate::knowledge::model::num(p.no_effect()),
            ));
            s.push('.');
            for g in &p.groups {
                let rows: Vec<String> = g
                    .rows
                    .iter()
                    .map(|r| text::chart_row(&r.label, r.kind, r.level, &r.numbers))
                    .collect();
                s.push_str(&format!(" {}: {}.", g.label, rows.join("; ")));
            }
        }
        let nd = &self.not_drawn;
        if nd.total() > 0 {
            s.push(' ');
            s.push_str(&text::chart_not_drawn(
                nd.without_effect,
                nd.percentages,
                nd.unverified,
                nd.beyond_limit,
                MAX_ROWS,
            ));
        }
        s
    }
}

/// The effect of a finding the chart can draw, or why not (counted in `nd`).
fn chartable<'a>(f: &'a Finding, nd: &mut NotDrawn) -> Option<&'a crate::knowledge::model::Effect> {
    if !f.verified {
        // Only findings with numbers would have been drawn; count those.
        if f.effect.is_some() {
            nd.unverified += 1;
        }
        return None;
    }
    match &f.effect {
        None => {
            if f.reports_result() {
                nd.without_effect += 1;
            }
            None
        }
        Some(e) if e.kind == EffectType::Percent => {
            nd.percentages += 1;
            None
        }
        Some(e) if !e.value.is_finite() || e.to.is_some_and(|t| !t.is_finite()) => {
            nd.without_effect += 1;
            None
        }
        Some(e) => Some(e),
    }
}

/// Topics (rows) by evidence level (columns): how many records in each cell.
#[derive(Debug, Clone, PartialEq)]
pub struct EvidenceMap {
    /// The question whose direct records are mapped; `None` for the whole knowledge.
    pub question: Option<String>,
    /// The language of the reply it was asked in (its labels are already in it).
    pub language: crate::locale::Lang,
    /// Records mapped.
    pub records: usize,
    /// One row per topic with at least one record, in the vocabulary's order.
    pub rows: Vec<MapRow>,
}

/// One topic's counts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MapRow {
    /// The topic id.
    pub topic: String,
    /// Its label.
    pub label: String,
    /// Records per evidence level: `counts[0]` is level 1.
    pub counts: [usize; LEVELS as usize],
}

impl MapRow {
    /// Records in the row.
    pub fn total(&self) -> usize {
        self.counts.iter().sum()
    }
}

impl EvidenceMap {
    /// The map of `records`; a record counts once under each of its topics.
    pub fn build(question: Option<&str>, records: &[&Record], knowledge: &Knowledge) -> Self {
        let mut rows: Vec<MapRow> = knowledge
            .topics
            .iter()
            .map(|t| MapRow {
                topic: t.id.clone(),
                label: knowledge.concept_label(&t.id, &t.label),
                counts: [0; LEVELS as usize],
            })
            .collect();
        for r in records {
            let level = usize::from(r.evidence_level().clamp(1, LEVELS)) - 1;
            for t in &r.topics {
                if let Some(row) = rows.iter_mut().find(|row| &row.topic == t) {
                    row.counts[level] += 1;
                }
            }
        }
        rows.retain(|r| r.total() > 0);
        EvidenceMap {
            question: question.map(str::to_string),
            language: crate::locale::current(),
            records: records.len(),
            rows,
        }
    }

    /// The largest count in a cell (for shading).
    pub fn max_cell(&self) -> usize {
        self.rows
            .iter()
            .flat_map(|r| r.counts.iter().copied())
            .max()
            .unwrap_or(0)
    }

    /// The map in words: per topic, its counts by level.
    pub fn alt_text(&self) -> String {
        let mut s = text::map_heading(self.question.as_deref(), self.records, self.rows.len());
        for r in &self.rows {
            let cells: Vec<String> = r
                .counts
                .iter()
                .enumerate()
                .filter(|(_, n)| **n > 0)
                .map(|(i, n)| text::map_cell(i as u8 + 1, *n))
                .collect();
            s.push_str(&format!(" {}: {}.", r.label, cells.join(", ")));
        }
        s
    }
}
