//! The figures (`!chart`, `!map`): their data checked against the records, hand-read from the
//! YAML files (the oracle is the knowledge folder, not our own output); every topic drawn as
//! PNG and SVG; and every number in the alt text found in a record.

use evidence_bot::draw;
use evidence_bot::figure::{Chart, EvidenceMap, Figure, Row};
use evidence_bot::knowledge::model::EffectType;
use evidence_bot::knowledge::{self, Record};
use evidence_bot::snapshot::Snapshot;

fn snap() -> Snapshot {
    Snapshot::build(knowledge::load_bundled().0).unwrap()
}

fn direct<'a>(snap: &'a Snapshot, q: &str) -> Vec<&'a Record> {
    let result = snap.index.search(q);
    result
        .direct_hits()
        .iter()
        .map(|h| &snap.knowledge.records[h.ord])
        .collect()
}

fn chart(snap: &Snapshot, q: &str) -> Chart {
    Chart::build(q, &direct(snap, q), &snap.knowledge)
}

/// (record, value, to, ci) of a panel's rows, group by group, with the group's domain.
type Expected<'a> = (&'a str, &'a [(&'a str, f64, Option<f64>, Option<[f64; 2]>)]);
/// The same, owned: what a panel holds and what the test expects.
type RowData = (String, f64, Option<f64>, Option<[f64; 2]>);
type Groups = Vec<(String, Vec<RowData>)>;

fn assert_panel(c: &Chart, measure: EffectType, groups: &[Expected]) {
    let p = c
        .panels
        .iter()
        .find(|p| p.measure == measure)
        .unwrap_or_else(|| panic!("no {measure:?} panel in {c:#?}"));
    let got: Groups = p
        .groups
        .iter()
        .map(|g| {
            (
                g.domain.clone().unwrap_or_default(),
                g.rows
                    .iter()
                    .map(|r: &Row| (r.record.clone(), r.value, r.to, r.ci))
                    .collect(),
            )
        })
        .collect();
    let want: Groups = groups
        .iter()
        .map(|(d, rows)| {
            (
                d.to_string(),
                rows.iter()
                    .map(|(id, v, to, ci)| (id.to_string(), *v, *to, *ci))
                    .collect(),
            )
        })
        .collect();
    assert_eq!(got, want, "{measure:?} panel");
}

#[test]
fn the_preterm_chart_draws_what_the_preterm_records_report() {
    let snap = snap();
    let c = chart(&snap, "preterm");
    // Seven records are about preterm babies; three report effect sizes.
    assert_eq!((c.records, c.records_drawn), (7, 3));
    // One measure per panel, in the order the strongest records report them: the Cochrane
    // review's SMD, then the trials' d, then the pilot's risk ratio.
    let measures: Vec<EffectType> = c.panels.iter().map(|p| p.measure).collect();
    assert_eq!(measures, [EffectType::Smd, EffectType::D, EffectType::Rr]);
    assert_panel(
        &c,
        EffectType::Smd,
        &[(
            "child_behaviour",
            &[("cochrane-ohara-2019", 0.04, None, Some([-0.33, 0.42]))],
        )],
    );
    assert_panel(
        &c,
        EffectType::D,
        &[
            (
                "parental_sensitivity",
                &[
                    ("hoffenkamp-2015-nicu-rct", 0.24, Some(0.60), None),
                    ("hoffenkamp-2015-nicu-rct", 0.80, Some(1.04), None),
                    ("barlow-2016-preterm-pilot", 0.86, None, None),
                    ("barlow-2016-preterm-pilot", 0.78, None, None),
                ],
            ),
            (
                "parental_mental_health",
                &[
                    ("barlow-2016-preterm-pilot", 0.33, None, None),
                    ("barlow-2016-preterm-pilot", 0.38, None, None),
                ],
            ),
            (
                "parental_stress",
                &[("barlow-2016-preterm-pilot", 0.87, None, None)],
            ),
        ],
    );
    assert_panel(
        &c,
        EffectType::Rr,
        &[(
            "parental_mental_health",
            &[("barlow-2016-preterm-pilot", 1.05, None, Some([0.85, 1.37]))],
        )],
    );
    let rr = c
        .panels
        .iter()
        .find(|p| p.measure == EffectType::Rr)
        .unwrap();
    assert_eq!(rr.no_effect(), 1.0);
    assert!(rr.ratio());
    // Benzies 2013 (3 findings), Hoffenkamp 2015 (parental stress) and Kristensen 2017 (3)
    // report results without an effect size.
    assert_eq!(c.not_drawn.without_effect, 7);
    assert_eq!(c.not_drawn.total(), 7);
}

#[test]
fn the_autism_chart_keeps_one_measure_and_three_outcome_domains() {
    let snap = snap();
    let c = chart(&snap, "autism");
    assert_eq!(c.records_drawn, 3);
    assert_eq!(c.panels.len(), 1, "{c:#?}");
    assert_panel(
        &c,
        EffectType::Smd,
        &[
            (
                "autism_features",
                &[
                    (
                        "green-2017-ibasis-vipp-followup",
                        0.32,
                        None,
                        Some([0.04, 0.60]),
                    ),
                    ("green-2010-pact", -0.24, None, Some([-0.59, 0.11])),
                ],
            ),
            (
                "parental_sensitivity",
                &[
                    (
                        "green-2017-ibasis-vipp-followup",
                        0.33,
                        None,
                        Some([0.04, 0.63]),
                    ),
                    ("green-2015-ibasis-vipp", 0.81, None, Some([0.28, 1.52])),
                    ("green-2010-pact", 1.22, None, Some([0.85, 1.59])),
                ],
            ),
            (
                "child_development",
                &[
                    (
                        "green-2017-ibasis-vipp-followup",
                        0.36,
                        None,
                        Some([0.04, 0.68]),
                    ),
                    ("green-2015-ibasis-vipp", 0.29, None, Some([-0.26, 0.86])),
                    ("green-2010-pact", 0.41, None, None),
                ],
            ),
        ],
    );
    // Pickles 2016 gives intervals for a log-odds effect the schema has no measure for: counted,
    // not drawn; so are Green 2017 (1), Green 2015 (1), Poslawsky 2015 (2), Whitehouse 2021 (1).
    assert_eq!(c.not_drawn.without_effect, 8);
}

#[test]
fn a_question_nothing_is_about_has_no_chart() {
    let snap = snap();
    assert!(direct(&snap, "EMDR for PTSD").is_empty());
    assert!(direct(&snap, "how to bake sourdough bread").is_empty());
}

#[test]
fn the_fathers_chart_draws_the_one_trial_with_effect_sizes() {
    let snap = snap();
    let c = chart(&snap, "fathers");
    assert_eq!((c.records, c.records_drawn), (4, 1));
    assert_eq!(c.panels.len(), 1);
    assert_panel(
        &c,
        EffectType::D,
        &[(
            "parental_sensitivity",
            &[
                ("hoffenkamp-2015-nicu-rct", 0.24, Some(0.60), None),
                ("hoffenkamp-2015-nicu-rct", 0.80, Some(1.04), None),
            ],
        )],
    );
    // Benzies 2013's three results and Hoffenkamp 2015's parental stress carry no effect size.
    assert_eq!(c.not_drawn.without_effect, 4);
}

#[test]
fn a_broad_question_draws_at_most_twenty_rows_and_counts_the_rest() {
    let snap = snap();
    let c = chart(&snap, "parental sensitivity");
    assert!(c.row_count() <= evidence_bot::figure::MAX_ROWS);
    // More than twenty findings with effect sizes are about parental sensitivity: the first
    // twenty, strongest records first, are drawn and the rest counted.
    assert_eq!(c.row_count(), evidence_bot::figure::MAX_ROWS);
    assert!(c.not_drawn.beyond_limit > 0);
    assert!(c.alt_text().contains("Not drawn"));
}

#[test]
fn the_preterm_map_counts_the_preterm_records_by_level() {
    let snap = snap();
    let records = direct(&snap, "preterm");
    let m = EvidenceMap::build(Some("preterm"), &records, &snap.knowledge);
    assert_eq!(m.records, 7);
    let row = |t: &str| m.rows.iter().find(|r| r.topic == t).unwrap().counts;
    // Hand-counted from the seven records' `kind` and `topics`: Cochrane 2019 (review),
    // Benzies 2013 and Hoffenkamp 2015 (RCTs), Barlow 2016 (pilot RCT), the Hoffenkamp bonding
    // cohort, Kristensen 2017 (controlled study) and the Tooten 2012 protocol.
    assert_eq!(row("preterm"), [0, 1, 2, 3, 0, 1]);
    assert_eq!(row("fathers"), [0, 0, 2, 1, 0, 1]);
    assert_eq!(row("parental_sensitivity"), [0, 1, 2, 2, 0, 0]);
    // Only topics with records are rows.
    assert!(m.rows.iter().all(|r| r.total() > 0));
}

#[test]
fn the_whole_map_counts_every_record_under_each_of_its_topics() {
    let snap = snap();
    let all: Vec<&Record> = snap.knowledge.records.iter().collect();
    let m = EvidenceMap::build(None, &all, &snap.knowledge);
    assert_eq!(m.records, snap.knowledge.records.len());
    let cells: usize = m.rows.iter().map(|r| r.total()).sum();
    let topic_links: usize = all.iter().map(|r| r.topics.len()).sum();
    assert_eq!(cells, topic_links);
}

/// The numbers a chart may name: each drawn record's year, effect values and intervals, p
/// values, and the small counts and levels of its sentences.
fn numbers_in(s: &str) -> Vec<f64> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for ch in s.chars().chain(std::iter::once(' ')) {
        match ch {
            '0'..='9' | '.' => cur.push(ch),
            '−' | '-' if cur.is_empty() => cur.push('-'),
            _ => {
                let t = cur.trim_matches('.');
                if let Ok(v) = t.parse::<f64>() {
                    out.push(v);
                }
                cur.clear();
            }
        }
    }
    out
}

#[test]
fn every_number_in_the_alt_text_is_in_a_record() {
    let snap = snap();
    for q in [
        "preterm",
        "autism",
        "fathers",
        "postnatal depression",
        "attachment",
        "does VIG work",
    ] {
        let records = direct(&snap, q);
        let c = Chart::build(q, &records, &snap.knowledge);
        // "95% CI", and where the line of no effect is (0 for differences, 1 for ratios).
        let mut allowed: Vec<f64> = vec![95.0, 0.0, 1.0];
        for r in &records {
            allowed.extend(r.year.map(f64::from));
            allowed.push(f64::from(r.evidence_level()));
            for f in &r.findings {
                if let Some(e) = &f.effect {
                    allowed.push(e.value);
                    allowed.extend(e.to);
                }
                if let Some([lo, hi]) = f.ci {
                    allowed.extend([lo, hi]);
                }
                if let Some(p) = &f.p {
                    allowed.extend(numbers_in(p));
                }
            }
        }
        // Counts of records and of findings not drawn.
        let nd = &c.not_drawn;
        allowed.extend(
            [
                c.records,
                c.records_drawn,
                nd.without_effect,
                nd.percentages,
                nd.unverified,
                nd.beyond_limit,
                evidence_bot::figure::MAX_ROWS,
            ]
            .map(|n| n as f64),
        );
        let alt = c.alt_text();
        for n in numbers_in(&alt) {
            assert!(
                allowed.iter().any(|a| (a - n).abs() < 1e-9),
                "{q}: {n} in the alt text is in no record: {alt}"
            );
        }
    }
}

#[test]
fn every_topic_draws_as_png_and_svg() {
    let snap = snap();
    let mut figures: Vec<Figure> = Vec::new();
    for t in &snap.knowledge.topics {
        let q = format!("topic:{}", t.id);
        let records = direct(&snap, &q);
        if records.is_empty() {
            continue;
        }
        let c = Chart::build(&t.label, &records, &snap.knowledge);
        if !c.panels.is_empty() {
            figures.push(Figure::Chart(c));
        }
        figures.push(Figure::Map(EvidenceMap::build(
            Some(&t.label),
            &records,
            &snap.knowledge,
        )));
    }
    let all: Vec<&Record> = snap.knowledge.records.iter().collect();
    figures.push(Figure::Map(EvidenceMap::build(None, &all, &snap.knowledge)));
    assert!(figures.len() > 10, "only {} figures", figures.len());
    for fig in &figures {
        let png = draw::png(fig).unwrap_or_else(|e| panic!("{}: {e:#}", fig.file_stem()));
        assert_eq!(&png.bytes[..8], b"\x89PNG\r\n\x1a\n", "{}", fig.file_stem());
        // The IHDR chunk says the size the reply announces.
        let w = u32::from_be_bytes(png.bytes[16..20].try_into().unwrap());
        let h = u32::from_be_bytes(png.bytes[20..24].try_into().unwrap());
        assert_eq!((w, h), (png.width, png.height));
        assert_eq!(w, draw::WIDTH);
        let svg = draw::svg(fig).unwrap();
        assert!(
            svg.starts_with("<svg") && svg.trim_end().ends_with("</svg>"),
            "{}",
            fig.file_stem()
        );
    }
}
