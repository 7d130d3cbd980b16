//! Draws the figures the core decided ([`Figure`]: a chart of effects, an evidence map) as PNG
//! for the rooms and as PNG or SVG for slides, with plotters and a bundled font (DejaVu Sans),
//! so that the picture is the same on every machine. Layout is plain arithmetic over the
//! figure's rows; nothing here chooses what to show.

use std::sync::Once;

use anyhow::{anyhow, Context as _, Result};
use evidence_core::figure::{Chart, EvidenceMap, Figure, Panel, Row, LEVELS};
use evidence_core::knowledge::model::num;
use evidence_core::references::export::Attachment;
use evidence_core::render::{text, Reply};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// DejaVu Sans (free licence; see NOTICE), registered as plotters' sans-serif family.
static FONT_BYTES: &[u8] = include_bytes!("../assets/fonts/DejaVuSans.ttf");
static FONT: Once = Once::new();
const FAMILY: &str = "sans-serif";

/// Width of every figure, in pixels. A phone shows it full-screen at about half size (400 CSS
/// px), so the text is drawn at 18 to 30 px to stay 9 to 15 CSS px there; a slide takes it as is.
pub const WIDTH: u32 = 800;
const MARGIN: i32 = 24;

// Text sizes, in pixels.
const TITLE_PX: f64 = 30.0;
const SUBTITLE_PX: f64 = 19.0;
const PANEL_PX: f64 = 24.0;
const GROUP_PX: f64 = 21.0;
const LABEL_PX: f64 = 22.0;
const DETAIL_PX: f64 = 18.0;
const TICK_PX: f64 = 18.0;
const FOOT_PX: f64 = 18.0;

// Chart columns: labels (with each row's numbers under the label), then the plot.
const LABEL_RIGHT: i32 = 410;
const PLOT_LEFT: i32 = 432;
const PLOT_RIGHT: i32 = WIDTH as i32 - MARGIN - 8;

// Vertical rhythm.
const TITLE_H: i32 = 42;
const SUBTITLE_H: i32 = 30;
const PANEL_H: i32 = 40;
const GROUP_H: i32 = 34;
const ROW_H: i32 = 60;
const AXIS_H: i32 = 44;
const GAP: i32 = 18;
const FOOT_LINE_H: i32 = 27;

// Map columns: topic labels (up to two lines), six levels, the total.
const MAP_LABEL_RIGHT: i32 = 250;
const MAP_CELL_W: i32 = 76;
const MAP_CELL_H: i32 = 48;
const MAP_HEADER_H: i32 = 58;
const MAP_PX: f64 = 19.0;

/// A PNG and its size.
#[derive(Debug, Clone)]
pub struct Png {
    /// The encoded file.
    pub bytes: Vec<u8>,
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
}

/// Colours of the six evidence levels: distinct for colour-blind readers (Okabe–Ito).
fn level_colour(level: u8) -> RGBColor {
    match level {
        1 => RGBColor(0x5e, 0x3c, 0x99),
        2 => RGBColor(0x00, 0x72, 0xb2),
        3 => RGBColor(0x00, 0x9e, 0x73),
        4 => RGBColor(0xd5, 0x5e, 0x00),
        5 => RGBColor(0xcc, 0x79, 0xa7),
        _ => RGBColor(0x80, 0x80, 0x80),
    }
}

const INK: RGBColor = RGBColor(0x20, 0x20, 0x20);
const GREY: RGBColor = RGBColor(0x66, 0x66, 0x66);
const RULE: RGBColor = RGBColor(0xbb, 0xbb, 0xbb);
const BAND: RGBColor = RGBColor(0xf3, 0xf3, 0xf3);
const SHADE: RGBColor = RGBColor(0x08, 0x51, 0x9c);

fn register_font() {
    FONT.call_once(|| {
        // The bytes are compiled in; a failure here is a broken build, not bad input.
        plotters::style::register_font(FAMILY, FontStyle::Normal, FONT_BYTES)
            .unwrap_or_else(|_| panic!("the bundled font is not a font"));
    });
}

fn font(size: f64) -> FontDesc<'static> {
    FontDesc::new(FontFamily::Name(FAMILY), size, FontStyle::Normal)
}

fn style(size: f64, colour: &RGBColor) -> TextStyle<'static> {
    font(size).color(colour)
}

/// Text width in pixels (0 when the font cannot measure it).
fn width_of(s: &str, size: f64) -> i32 {
    font(size).box_size(s).map_or(0, |(w, _)| w as i32)
}

/// `s`, cut at a word with "…" so that it fits in `max` pixels.
fn fit(s: &str, size: f64, max: i32) -> String {
    if width_of(s, size) <= max {
        return s.to_string();
    }
    let mut words: Vec<&str> = s.split(' ').collect();
    while words.len() > 1 {
        words.pop();
        let cut = format!(
            "{}…",
            words.join(" ").trim_end_matches([',', ';', ':', '('])
        );
        if width_of(&cut, size) <= max {
            return cut;
        }
    }
    let mut cut: String = s.chars().collect();
    while !cut.is_empty() && width_of(&format!("{cut}…"), size) > max {
        cut.pop();
    }
    format!("{cut}…")
}

/// Words of `s` wrapped to lines of at most `max` pixels.
fn wrap(s: &str, size: f64, max: i32) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for w in s.split_whitespace() {
        let candidate = if line.is_empty() {
            w.to_string()
        } else {
            format!("{line} {w}")
        };
        if width_of(&candidate, size) > max && !line.is_empty() {
            lines.push(std::mem::take(&mut line));
            line = w.to_string();
        } else {
            line = candidate;
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// The figure's height in pixels, from its rows.
pub fn height(fig: &Figure) -> u32 {
    register_font();
    let h = match fig {
        Figure::Chart(c) => chart_height(c),
        Figure::Map(m) => map_height(m),
    };
    h as u32
}

fn chart_footer(c: &Chart) -> Vec<String> {
    let mut lines = Vec::new();
    let nd = &c.not_drawn;
    if nd.total() > 0 {
        let s = text::chart_not_drawn(
            nd.without_effect,
            nd.percentages,
            nd.unverified,
            nd.beyond_limit,
            evidence_core::figure::MAX_ROWS,
        );
        lines.extend(wrap(&s, FOOT_PX, WIDTH as i32 - 2 * MARGIN));
    }
    lines.extend(wrap(
        &text::chart_footnote(),
        FOOT_PX,
        WIDTH as i32 - 2 * MARGIN,
    ));
    lines
}

/// "L3 RCT".
fn level_name(l: u8) -> String {
    format!("L{l} {}", text::level_short(l.clamp(1, LEVELS)))
}

/// Where each level of the legend goes: (line, x, level), after the legend's heading.
fn legend(c: &Chart) -> Vec<(i32, i32, u8)> {
    let mut levels: Vec<u8> = c
        .panels
        .iter()
        .flat_map(|p| p.rows().map(|r| r.level))
        .collect();
    levels.sort_unstable();
    levels.dedup();
    let start = MARGIN + width_of(&text::chart_legend(), FOOT_PX) + 10;
    let (mut line, mut x) = (0, start);
    let mut out = Vec::new();
    for l in levels {
        let w = 20 + width_of(&level_name(l), FOOT_PX);
        if x + w > WIDTH as i32 - MARGIN && x > start {
            line += 1;
            x = start;
        }
        out.push((line, x, l));
        x += w + 16;
    }
    out
}

fn chart_height(c: &Chart) -> i32 {
    let mut h = MARGIN + TITLE_H + SUBTITLE_H + GAP;
    for p in &c.panels {
        h += PANEL_H + AXIS_H + GAP;
        for g in &p.groups {
            h += GROUP_H + ROW_H * g.rows.len() as i32;
        }
    }
    h += FOOT_LINE_H * (1 + legend(c).last().map_or(0, |(line, _, _)| *line));
    h += FOOT_LINE_H * chart_footer(c).len() as i32;
    h + MARGIN
}

fn map_height(m: &EvidenceMap) -> i32 {
    MARGIN
        + TITLE_H
        + SUBTITLE_H
        + GAP
        + MAP_HEADER_H
        + MAP_CELL_H * m.rows.len() as i32
        + GAP
        + FOOT_LINE_H * map_footer().len() as i32
        + MARGIN
}

/// The figure as a PNG.
pub fn png(fig: &Figure) -> Result<Png> {
    let (width, height) = (WIDTH, height(fig));
    let mut rgb = vec![0u8; (width * height * 3) as usize];
    {
        let area = BitMapBackend::with_buffer(&mut rgb, (width, height)).into_drawing_area();
        paint(&area, fig).map_err(|e| anyhow!("drawing the figure: {e}"))?;
        area.present()
            .map_err(|e| anyhow!("drawing the figure: {e}"))?;
    }
    let mut bytes = Vec::new();
    {
        let mut enc = png::Encoder::new(&mut bytes, width, height);
        enc.set_color(png::ColorType::Rgb);
        enc.set_depth(png::BitDepth::Eight);
        // fdeflate: a few milliseconds for a chart, within a few percent of the smallest file.
        enc.set_compression(png::Compression::Fast);
        let mut w = enc.write_header().context("encoding the PNG")?;
        w.write_image_data(&rgb).context("encoding the PNG")?;
    }
    Ok(Png {
        bytes,
        width,
        height,
    })
}

/// The reply that posts a figure: the PNG, with the alt text as its body (what a screen
/// reader and a notification say).
pub fn reply(fig: &Figure) -> Result<Reply> {
    let image = png(fig)?;
    let alt = fig.alt_text();
    let mut reply = Reply::text(&alt);
    reply.attachment = Some(Attachment {
        filename: format!("{}.png", fig.file_stem()),
        mime: "image/png",
        data: image.bytes,
        image_size: Some((image.width, image.height)),
    });
    Ok(reply)
}

/// The figure as SVG (text as text, in the reader's sans-serif font).
pub fn svg(fig: &Figure) -> Result<String> {
    let (width, height) = (WIDTH, height(fig));
    let mut out = String::new();
    {
        let area = SVGBackend::with_string(&mut out, (width, height)).into_drawing_area();
        paint(&area, fig).map_err(|e| anyhow!("drawing the figure: {e}"))?;
        area.present()
            .map_err(|e| anyhow!("drawing the figure: {e}"))?;
    }
    Ok(out)
}

type Area<DB> = DrawingArea<DB, Shift>;
type Drawing<DB, T> =
    std::result::Result<T, DrawingAreaErrorKind<<DB as DrawingBackend>::ErrorType>>;
type Drawn<DB> = Drawing<DB, ()>;

/// Paints the figure with its words in the language it was asked in: this runs on a blocking
/// thread (or after the answer, on the command line), outside the reply's language scope.
fn paint<DB: DrawingBackend>(area: &Area<DB>, fig: &Figure) -> Drawn<DB> {
    evidence_core::locale::within(fig.language(), || paint_figure(area, fig))
}

fn paint_figure<DB: DrawingBackend>(area: &Area<DB>, fig: &Figure) -> Drawn<DB> {
    register_font();
    area.fill(&WHITE)?;
    match fig {
        Figure::Chart(c) => paint_chart(area, c),
        Figure::Map(m) => paint_map(area, m),
    }
}

fn put<DB: DrawingBackend>(
    area: &Area<DB>,
    s: &str,
    (x, y): (i32, i32),
    st: TextStyle<'static>,
) -> Drawn<DB> {
    area.draw(&Text::new(s.to_string(), (x, y), st))
}

fn title<DB: DrawingBackend>(area: &Area<DB>, title: &str, subtitle: &str) -> Drawn<DB> {
    let max = WIDTH as i32 - 2 * MARGIN;
    put(
        area,
        &fit(title, TITLE_PX, max),
        (MARGIN, MARGIN),
        style(TITLE_PX, &INK),
    )?;
    put(
        area,
        &fit(subtitle, SUBTITLE_PX, max),
        (MARGIN, MARGIN + TITLE_H),
        style(SUBTITLE_PX, &GREY),
    )
}

/// Maps an effect onto the plot's x pixels: linear for differences, logarithmic for ratios.
struct Scale {
    lo: f64,
    hi: f64,
    log: bool,
}

impl Scale {
    fn for_panel(p: &Panel) -> Scale {
        let log = p.ratio();
        let t = |v: f64| if log { v.max(1e-3).ln() } else { v };
        let (lo, hi) = p.extent();
        let (lo, hi) = (t(lo), t(hi));
        let pad = ((hi - lo) * 0.08).max(0.05);
        Scale {
            lo: lo - pad,
            hi: hi + pad,
            log,
        }
    }

    fn x(&self, v: f64) -> i32 {
        let v = if self.log { v.max(1e-3).ln() } else { v };
        let f = (v - self.lo) / (self.hi - self.lo);
        PLOT_LEFT + (f * f64::from(PLOT_RIGHT - PLOT_LEFT)).round() as i32
    }

    /// Four to seven round values inside the axis.
    fn ticks(&self) -> Vec<f64> {
        if self.log && self.hi - self.lo < 10f64.ln() {
            // Less than a tenfold span: round values, evenly spaced in value, placed on the log
            // axis (0.8, 1, 1.2, 1.4 rather than a lone 1).
            let linear = Scale {
                lo: self.lo.exp(),
                hi: self.hi.exp(),
                log: false,
            };
            return linear.ticks().into_iter().filter(|v| *v > 0.0).collect();
        }
        if self.log {
            const NICE: [f64; 15] = [
                0.01, 0.02, 0.05, 0.1, 0.2, 0.25, 0.5, 1.0, 2.0, 4.0, 5.0, 10.0, 20.0, 50.0, 100.0,
            ];
            let inside: Vec<f64> = NICE
                .iter()
                .copied()
                .filter(|v| (self.lo..=self.hi).contains(&v.ln()))
                .collect();
            // Thin a crowded axis, keeping 1.
            if inside.len() > 7 {
                return inside
                    .iter()
                    .copied()
                    .filter(|v| [0.01, 0.1, 0.5, 1.0, 2.0, 10.0, 100.0].contains(v))
                    .collect();
            }
            return inside;
        }
        let span = self.hi - self.lo;
        let raw = span / 5.0;
        let mag = 10f64.powf(raw.log10().floor());
        let step = [1.0, 2.0, 2.5, 5.0, 10.0]
            .iter()
            .map(|m| m * mag)
            .find(|s| span / s <= 6.0)
            .unwrap_or(10.0 * mag);
        let mut v = (self.lo / step).ceil() * step;
        let mut out = Vec::new();
        while v <= self.hi + 1e-9 {
            // Round away float noise ("0.30000000000000004").
            out.push((v / step).round() * step);
            v += step;
        }
        out
    }
}

fn tick_label(v: f64) -> String {
    // No "−0" from rounding.
    let v = if v.abs() < 1e-9 { 0.0 } else { v };
    let s = format!("{:.2}", v);
    let s = s.trim_end_matches('0').trim_end_matches('.').to_string();
    num(s.parse().unwrap_or(v))
}

fn paint_chart<DB: DrawingBackend>(area: &Area<DB>, c: &Chart) -> Drawn<DB> {
    title(
        area,
        &text::chart_title(&c.question),
        &text::chart_subtitle(c.records, c.records_drawn),
    )?;
    let mut y = MARGIN + TITLE_H + SUBTITLE_H + GAP;
    for p in &c.panels {
        y = paint_panel(area, p, y)?;
    }
    // Legend: the levels the chart shows, wrapped to the width.
    put(
        area,
        &text::chart_legend(),
        (MARGIN, y),
        style(FOOT_PX, &GREY),
    )?;
    let legend = legend(c);
    for &(line, x, l) in &legend {
        let ly = y + FOOT_LINE_H * line;
        area.draw(&Rectangle::new(
            [(x, ly + 3), (x + 14, ly + 17)],
            level_colour(l).filled(),
        ))?;
        put(area, &level_name(l), (x + 20, ly), style(FOOT_PX, &INK))?;
    }
    y += FOOT_LINE_H * legend.last().map_or(0, |(line, _, _)| *line);
    y += FOOT_LINE_H;
    for line in chart_footer(c) {
        put(area, &line, (MARGIN, y), style(FOOT_PX, &GREY))?;
        y += FOOT_LINE_H;
    }
    Ok(())
}

/// Draws one panel from `top`; returns where the next begins.
fn paint_panel<DB: DrawingBackend>(area: &Area<DB>, p: &Panel, top: i32) -> Drawing<DB, i32> {
    let scale = Scale::for_panel(p);
    let mut y = top;
    put(
        area,
        &text::chart_panel(p.measure, &num(p.no_effect())),
        (MARGIN, y + 6),
        style(PANEL_PX, &INK),
    )?;
    y += PANEL_H;
    let rows_top = y;
    for g in &p.groups {
        area.draw(&Rectangle::new(
            [(MARGIN, y), (WIDTH as i32 - MARGIN, y + GROUP_H - 4)],
            BAND.filled(),
        ))?;
        put(
            area,
            &fit(&g.label, GROUP_PX, WIDTH as i32 - 2 * MARGIN - 12),
            (MARGIN + 6, y + 4),
            style(GROUP_PX, &INK),
        )?;
        y += GROUP_H;
        for r in &g.rows {
            paint_row(area, r, &scale, y)?;
            y += ROW_H;
        }
    }
    // The line of no effect, through every row, and the axis under them.
    let x0 = scale.x(p.no_effect());
    area.draw(&plotters::element::DashedPathElement::new(
        vec![(x0, rows_top - 4), (x0, y)],
        5,
        4,
        GREY.stroke_width(2),
    ))?;
    area.draw(&PathElement::new(
        vec![(PLOT_LEFT, y), (PLOT_RIGHT, y)],
        INK.stroke_width(1),
    ))?;
    for t in scale.ticks() {
        let x = scale.x(t);
        area.draw(&PathElement::new(
            vec![(x, y), (x, y + 6)],
            INK.stroke_width(1),
        ))?;
        put(
            area,
            &tick_label(t),
            (x, y + 10),
            style(TICK_PX, &INK).pos(Pos::new(HPos::Center, VPos::Top)),
        )?;
    }
    Ok(y + AXIS_H + GAP)
}

fn paint_row<DB: DrawingBackend>(area: &Area<DB>, r: &Row, scale: &Scale, top: i32) -> Drawn<DB> {
    let colour = level_colour(r.level);
    let badge = text::chart_badge(r.kind, r.level);
    let label_max = LABEL_RIGHT - MARGIN - width_of(&badge, DETAIL_PX) - 10;
    let label = fit(&r.label, LABEL_PX, label_max);
    put(area, &label, (MARGIN, top + 4), style(LABEL_PX, &INK))?;
    put(
        area,
        &badge,
        (MARGIN + width_of(&label, LABEL_PX) + 10, top + 8),
        style(DETAIL_PX, &colour),
    )?;
    // Under the label: the numbers, then the outcome as far as it fits.
    let numbers = text::chart_numbers(&r.effect_text, r.to.is_some(), r.ci);
    put(area, &numbers, (MARGIN, top + 33), style(DETAIL_PX, &INK))?;
    let after = MARGIN + width_of(&numbers, DETAIL_PX) + 10;
    if LABEL_RIGHT - after > 60 {
        put(
            area,
            &fit(&r.outcome, DETAIL_PX, LABEL_RIGHT - after),
            (after, top + 33),
            style(DETAIL_PX, &GREY),
        )?;
    }
    let mid = top + ROW_H / 2;
    if let Some([lo, hi]) = r.ci {
        let (a, b) = (scale.x(lo), scale.x(hi));
        area.draw(&PathElement::new(
            vec![(a, mid), (b, mid)],
            colour.stroke_width(3),
        ))?;
        for x in [a, b] {
            area.draw(&PathElement::new(
                vec![(x, mid - 7), (x, mid + 7)],
                colour.stroke_width(3),
            ))?;
        }
    }
    match r.to {
        Some(to) => {
            // A range over several measures: a bar, not a point.
            let (a, b) = (scale.x(r.value.min(to)), scale.x(r.value.max(to)));
            area.draw(&Rectangle::new(
                [(a, mid - 7), (b.max(a + 3), mid + 7)],
                colour.mix(0.55).filled(),
            ))?;
            area.draw(&Rectangle::new(
                [(a, mid - 7), (b.max(a + 3), mid + 7)],
                colour.stroke_width(2),
            ))?;
        }
        None => {
            let x = scale.x(r.value);
            let shape = [(x - 8, mid - 8), (x + 8, mid + 8)];
            area.draw(&Rectangle::new(shape, colour.filled()))?;
            if r.ci.is_none() {
                // No interval: a hollow ring around the point says so.
                area.draw(&Circle::new((x, mid), 14, colour.stroke_width(2)))?;
            }
        }
    }
    Ok(())
}

/// A topic's label on at most two lines of the map's label column.
fn map_label(label: &str) -> Vec<String> {
    let max = MAP_LABEL_RIGHT - MARGIN - 6;
    let mut lines = wrap(label, MAP_PX, max);
    if lines.len() > 2 {
        let rest = lines[1..].join(" ");
        lines.truncate(1);
        lines.push(fit(&rest, MAP_PX, max));
    }
    lines
}

fn map_footer() -> Vec<String> {
    wrap(&text::map_footnote(), FOOT_PX, WIDTH as i32 - 2 * MARGIN)
}

fn paint_map<DB: DrawingBackend>(area: &Area<DB>, m: &EvidenceMap) -> Drawn<DB> {
    title(
        area,
        &text::map_title(m.question.as_deref()),
        &text::map_subtitle(m.records, m.rows.len()),
    )?;
    let mut y = MARGIN + TITLE_H + SUBTITLE_H + GAP;
    let col = |i: usize| MAP_LABEL_RIGHT + 10 + MAP_CELL_W * i as i32;
    for (i, name) in (1..=LEVELS).map(text::level_short).enumerate() {
        let cx = col(i) + MAP_CELL_W / 2;
        put(
            area,
            &format!("L{}", i + 1),
            (cx, y + 2),
            style(MAP_PX, &level_colour(i as u8 + 1)).pos(Pos::new(HPos::Center, VPos::Top)),
        )?;
        put(
            area,
            &fit(&name, 14.0, MAP_CELL_W - 2),
            (cx, y + 28),
            style(14.0, &GREY).pos(Pos::new(HPos::Center, VPos::Top)),
        )?;
    }
    let total_x = col(LEVELS as usize) + 10;
    put(
        area,
        &text::map_total(),
        (total_x, y + 28),
        style(15.0, &GREY),
    )?;
    y += MAP_HEADER_H;
    let max = m.max_cell().max(1) as f64;
    for r in &m.rows {
        let lines = map_label(&r.label);
        let first = y + MAP_CELL_H / 2 - (lines.len() as i32 - 1) * 11;
        for (k, line) in lines.iter().enumerate() {
            put(
                area,
                line,
                (MARGIN, first + 22 * k as i32),
                style(MAP_PX, &INK).pos(Pos::new(HPos::Left, VPos::Center)),
            )?;
        }
        for (i, n) in r.counts.iter().enumerate() {
            let cell = [
                (col(i) + 2, y + 2),
                (col(i) + MAP_CELL_W - 2, y + MAP_CELL_H - 2),
            ];
            if *n == 0 {
                area.draw(&Rectangle::new(cell, BAND.filled()))?;
                continue;
            }
            // Shade from light to dark with the count; at least a tint so 1 shows.
            let share = 0.15 + 0.85 * (*n as f64 / max);
            area.draw(&Rectangle::new(cell, SHADE.mix(share).filled()))?;
            let ink = if share > 0.5 { WHITE } else { INK };
            put(
                area,
                &n.to_string(),
                (col(i) + MAP_CELL_W / 2, y + MAP_CELL_H / 2),
                style(MAP_PX, &ink).pos(Pos::new(HPos::Center, VPos::Center)),
            )?;
        }
        put(
            area,
            &r.total().to_string(),
            (total_x, y + MAP_CELL_H / 2),
            style(MAP_PX, &INK).pos(Pos::new(HPos::Left, VPos::Center)),
        )?;
        y += MAP_CELL_H;
    }
    area.draw(&PathElement::new(
        vec![(MARGIN, y + 4), (WIDTH as i32 - MARGIN, y + 4)],
        RULE.stroke_width(1),
    ))?;
    y += GAP;
    for line in map_footer() {
        put(area, &line, (MARGIN, y), style(FOOT_PX, &GREY))?;
        y += FOOT_LINE_H;
    }
    Ok(())
}
