//! Criterion benchmarks: answering `!evidence` end to end (parse, search, render) on the bundled
//! knowledge and on 10,000 generated records, and building the index. Figures: docs/benchmarks.md.

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{criterion_group, criterion_main, BatchSize, Criterion};

use evidence_bot::answer::{self, Context, Pager};
use evidence_bot::chat::command as commands;
use evidence_bot::knowledge::{self, Knowledge};
use evidence_bot::snapshot::Snapshot;

const QUESTIONS: &[&str] = &[
    "!evidence preterm",
    "!evidence does VIG help parents of premature babies?",
    "!evidence premture babies",
    "!evidence postnatal depression kind:rct",
    "!evidence autism since:2015",
    "!evidence dads in the NICU",
    "!evidence why does video interaction guidance work",
    "!evidence foster carers attachment",
    "!evidence hv here, mum w PND + poss bonding issues, bby 10wks, wd VIG be ok",
    "!evidence does VIG work?",
    "!evidence EMDR for PTSD",
    "!evidence what is the weather in London",
    "!evidence what's the largest trial of VIPP-SD?",
    "!evidence Hoe sterk is het bewijs voor Marte Meo bij pleegouders?",
    "!evidence Gibt es Studien zu Videofeedback bei Frühgeborenen?",
];

/// 10,000 records made from the bundled ones: same shapes and vocabulary, new ids, shuffled
/// title words and years, so the index has realistic term statistics at scale.
fn generated(n: usize) -> Knowledge {
    let (base, _) = knowledge::load_bundled();
    let mut records = Vec::with_capacity(n);
    for i in 0..n {
        let mut r = base.records[i % base.records.len()].clone();
        r.id = format!("{}-g{i}", r.id);
        let words: Vec<&str> = r.title.split_whitespace().collect();
        let rot = i % words.len().max(1);
        r.title = format!("{} {}", words[rot..].join(" "), words[..rot].join(" "));
        r.year = Some(1995 + (i % 31) as u16);
        r.related.clear();
        records.push(r);
    }
    let mut k = Knowledge::new(
        records,
        base.vocabulary.clone(),
        base.language.clone(),
        "generated".into(),
        "generated".into(),
    );
    // Every language switched on, as in the bundled knowledge: each question is read for its
    // language.
    k.languages = base.languages.clone();
    k.safety = base.safety.clone();
    k
}

fn answer_all(lib: &Snapshot, pager: &Pager, ctx: &Context) {
    for q in QUESTIONS {
        let cmd = commands::parse("!", q).expect("command");
        let reply = answer::respond(&cmd, ctx, lib, pager)
            .reply()
            .unwrap_or_default();
        black_box(reply);
    }
}

/// Percentiles of single answers (criterion reports means and medians; the target is a p99).
fn percentiles(name: &str, lib: &Snapshot, rounds: usize) {
    let ctx = Context::default();
    let pager = Pager::default();
    // EVIDENCE_BENCH_ONLY=text times only the questions containing it (for profiling one).
    let only = std::env::var("EVIDENCE_BENCH_ONLY").unwrap_or_default();
    let questions: Vec<&str> = QUESTIONS
        .iter()
        .copied()
        .filter(|q| q.contains(&only))
        .collect();
    let cmds: Vec<_> = questions
        .iter()
        .map(|q| commands::parse("!", q).unwrap())
        .collect();
    for c in &cmds {
        black_box(answer::respond(c, &ctx, lib, &pager));
    }
    let mut times = Vec::with_capacity(rounds * cmds.len());
    let mut per_question = vec![Duration::ZERO; cmds.len()];
    for _ in 0..rounds {
        for (i, c) in cmds.iter().enumerate() {
            let t = Instant::now();
            black_box(answer::respond(c, &ctx, lib, &pager));
            let took = t.elapsed();
            per_question[i] += took;
            times.push(took);
        }
    }
    // The slowest questions, by mean: where to look when the p99 moves.
    let mut slow: Vec<(Duration, &str)> = per_question
        .iter()
        .zip(&questions)
        .map(|(d, q)| (*d / rounds as u32, *q))
        .collect();
    slow.sort_by(|a, b| b.cmp(a));
    for (d, q) in slow.iter().take(4) {
        println!("  {name} mean {d:?}: {q}");
    }
    times.sort();
    let p = |q: f64| times[((times.len() as f64 * q) as usize).min(times.len() - 1)];
    println!(
        "percentiles {name}: n={} p50={:?} p95={:?} p99={:?} max={:?}",
        times.len(),
        p(0.50),
        p(0.95),
        p(0.99),
        times[times.len() - 1]
    );
}

fn bench(c: &mut Criterion) {
    let ctx = Context::default();
    let pager = Pager::default();
    let (bundled, _) = Snapshot::load(None).expect("bundled");
    let t = Instant::now();
    let big = Snapshot::build(generated(10_000)).expect("generated");
    println!("build 10k index (one run): {:?}", t.elapsed());
    percentiles("bundled", &bundled, 250);
    percentiles("10k", &big, 250);
    let mut g = c.benchmark_group("answer");
    g.bench_function("bundled/one question", |b| {
        let cmd = commands::parse("!", QUESTIONS[1]).unwrap();
        b.iter(|| black_box(answer::respond(&cmd, &ctx, &bundled, &pager)))
    });
    g.bench_function("bundled/all questions", |b| {
        b.iter(|| answer_all(&bundled, &pager, &ctx))
    });
    g.bench_function("10k/one question", |b| {
        let cmd = commands::parse("!", QUESTIONS[1]).unwrap();
        b.iter(|| black_box(answer::respond(&cmd, &ctx, &big, &pager)))
    });
    g.bench_function("10k/all questions", |b| {
        b.iter(|| answer_all(&big, &pager, &ctx))
    });
    g.finish();

    let mut g = c.benchmark_group("build");
    g.sample_size(10).measurement_time(Duration::from_secs(20));
    let (k, _) = knowledge::load_bundled();
    g.bench_function("bundled index", |b| {
        b.iter_batched(
            || k.clone(),
            |k| Snapshot::build(k).unwrap(),
            BatchSize::LargeInput,
        )
    });
    let k10 = generated(10_000);
    g.bench_function("10k index", |b| {
        b.iter_batched(
            || k10.clone(),
            |k| Snapshot::build(k).unwrap(),
            BatchSize::LargeInput,
        )
    });
    g.bench_function("bundled load and check", |b| {
        b.iter(|| black_box(knowledge::load_bundled()))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
