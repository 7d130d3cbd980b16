//! Figures: `!chart` and `!map`.

use super::{kind_label, kind_short};
use crate::knowledge::model::EffectType;
use crate::knowledge::Kind;
use crate::render::i18n::{tr, tr_line};
use crate::render::Line;

/// After "Nothing in the knowledge is about …" for a figure.
pub fn nothing_to_draw() -> String {
    tr!("nothing-to-draw")
}

/// The group of findings that name no outcome domain.
pub fn chart_other_outcomes() -> String {
    tr!("chart-other-outcomes")
}

/// When the direct records carry no effect size: "The 3 records about “x” report no effect
/// size to chart; !evidence x lists what they found." `evidence`: that `!evidence` command.
pub fn chart_no_effects(records: usize, question: &str, evidence: &str) -> Line {
    tr_line!(
        "chart-no-effects",
        records = records,
        question = question,
        evidence = evidence
    )
}

/// The name of an effect measure on a chart's axis.
pub fn measure_name(m: EffectType) -> String {
    match m {
        EffectType::D => tr!("measure-d"),
        EffectType::G => tr!("measure-g"),
        EffectType::Smd => tr!("measure-smd"),
        EffectType::Md => tr!("measure-md"),
        EffectType::R => tr!("measure-r"),
        EffectType::Or => tr!("measure-or"),
        EffectType::Rr => tr!("measure-rr"),
        EffectType::Hr => tr!("measure-hr"),
        EffectType::Percent => tr!("measure-percent"),
    }
}

/// The first sentence of a chart's alt text.
pub fn chart_heading(question: &str, records: usize, drawn: usize) -> String {
    tr!(
        "chart-heading",
        question = question,
        records = records,
        drawn = drawn
    )
}

/// A panel's heading: "Cohen's d (no effect at 0)".
pub fn chart_panel(m: EffectType, no_effect: &str) -> String {
    tr!(
        "chart-panel",
        measure = measure_name(m),
        no_effect = no_effect
    )
}

/// One row in the alt text: "Hoffenkamp et al. 2015 (RCT, level 3), d = 0.24 to 0.60".
pub fn chart_row(label: &str, kind: Kind, level: u8, numbers: &str) -> String {
    tr!(
        "chart-row",
        label = label,
        kind = kind_label(kind),
        level = level,
        numbers = numbers
    )
}

/// What a chart leaves out, in one sentence.
pub fn chart_not_drawn(
    without_effect: usize,
    percentages: usize,
    unverified: usize,
    beyond: usize,
    max_rows: usize,
) -> String {
    let mut reasons = Vec::new();
    if without_effect > 0 {
        reasons.push(tr!("not-drawn-without-effect", n = without_effect));
    }
    if percentages > 0 {
        reasons.push(tr!("not-drawn-percentages", n = percentages));
    }
    if unverified > 0 {
        reasons.push(tr!("not-drawn-unverified", n = unverified));
    }
    if beyond > 0 {
        reasons.push(tr!("not-drawn-beyond", n = beyond, max = max_rows));
    }
    tr!("chart-not-drawn", reasons = reasons.join("; "))
}

/// Short column heading for an evidence level (1 to 6) on the map image.
pub fn level_short(level: u8) -> String {
    match level {
        0 | 1 => tr!("level-short-1"),
        2 => tr!("level-short-2"),
        3 => tr!("level-short-3"),
        4 => tr!("level-short-4"),
        5 => tr!("level-short-5"),
        _ => tr!("level-short-6"),
    }
}

/// The first sentence of a map's alt text.
pub fn map_heading(question: Option<&str>, records: usize, topics: usize) -> String {
    match question {
        Some(q) => tr!(
            "map-heading-question",
            question = q,
            records = records,
            topics = topics
        ),
        None => tr!("map-heading-all", records = records, topics = topics),
    }
}

/// One cell in the map's alt text: "2 at level 3".
pub fn map_cell(level: u8, n: usize) -> String {
    tr!("map-cell", level = level, n = n)
}

/// Under a figure in the terminal (`ask`): the image the room would get.
pub fn figure_file(name: &str, width: u32, height: u32, bytes: usize) -> String {
    tr!(
        "figure-file",
        name = name,
        width = width,
        height = height,
        kb = bytes.div_ceil(1024)
    )
}

/// A chart's title.
pub fn chart_title(question: &str) -> String {
    tr!("chart-title", question = question)
}

/// Under a chart's title: "3 of 7 records · strongest first · line: 95% CI · ring: no CI".
pub fn chart_subtitle(records: usize, drawn: usize) -> String {
    tr!("chart-subtitle", records = records, drawn = drawn)
}

/// Before the level colours under a chart.
pub fn chart_legend() -> String {
    tr!("chart-legend")
}

/// The last line under a chart.
pub fn chart_footnote() -> String {
    tr!("chart-footnote")
}

/// The badge after a row's label: "RCT · L3".
pub fn chart_badge(kind: Kind, level: u8) -> String {
    tr!("chart-badge", kind = kind_short(kind), level = level)
}

/// The numbers column of a chart row: "0.25 [−0.11, 0.61]", "0.86 (no CI)", "0.24 to 0.60".
pub fn chart_numbers(effect: &str, is_range: bool, ci: Option<[f64; 2]>) -> String {
    use crate::knowledge::model::num;
    match ci {
        Some([lo, hi]) => tr!(
            "chart-numbers-ci",
            effect = effect,
            low = num(lo),
            high = num(hi)
        ),
        None if is_range => effect.to_string(),
        None => tr!("chart-numbers-no-ci", effect = effect),
    }
}

/// A map's title.
pub fn map_title(question: Option<&str>) -> String {
    match question {
        Some(q) => tr!("map-title-question", question = q),
        None => tr!("map-title-all"),
    }
}

/// Under a map's title.
pub fn map_subtitle(records: usize, topics: usize) -> String {
    tr!("map-subtitle", records = records, topics = topics)
}

/// The heading of a map's last column.
pub fn map_total() -> String {
    tr!("map-total")
}

/// The line under a map.
pub fn map_footnote() -> String {
    tr!("map-footnote")
}

/// When drawing a figure failed (a bug, logged).
pub fn figure_failed() -> String {
    tr!("figure-failed")
}
