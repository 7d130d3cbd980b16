//! Criterion benchmarks for the figures: deciding a chart (search, rows, alt text) and drawing
//! it as PNG (what `!chart` posts), for a small chart, the largest one (30 rows), and the whole
//! evidence map. Target: under 50 ms to draw. Figures: docs/benchmarks.md.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};

use evidence_bot::answer::{self, Action, Context, Pager};
use evidence_bot::chat::command as commands;
use evidence_bot::draw;
use evidence_bot::figure::Figure;
use evidence_bot::snapshot::Snapshot;

fn figure(snap: &Snapshot, text: &str) -> Figure {
    let cmd = commands::parse("!", text).expect("a command");
    match answer::respond(&cmd, &Context::default(), snap, &Pager::default()) {
        Action::Figure(f) => f,
        other => panic!("{text}: no figure: {other:?}"),
    }
}

fn bench(c: &mut Criterion) {
    let snap = Snapshot::load(None).expect("the built-in knowledge").0;
    let mut g = c.benchmark_group("figures");
    g.bench_function("decide !chart preterm", |b| {
        b.iter(|| figure(&snap, black_box("!chart preterm")))
    });
    for (name, text) in [
        ("preterm", "!chart preterm"),
        (
            "parental sensitivity (20 rows, the most)",
            "!chart parental sensitivity",
        ),
        ("map, whole knowledge", "!map"),
    ] {
        let fig = figure(&snap, text);
        g.bench_function(format!("draw PNG: {name}"), |b| {
            b.iter(|| draw::png(black_box(&fig)).expect("drawn"))
        });
    }
    let fig = figure(&snap, "!chart preterm");
    g.bench_function("draw SVG: preterm", |b| {
        b.iter(|| draw::svg(black_box(&fig)).expect("drawn"))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
