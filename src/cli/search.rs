//! `search`: the ranked hits for a question, with what the question was understood to ask.

use std::io::Write;
use std::process::ExitCode;

use evidence_bot::knowledge::{Facet, Record, Vocabulary};
use evidence_bot::render::text;
use evidence_bot::search::{Hit, SearchResult};
use evidence_bot::snapshot::Snapshot;

use super::json::RecordSummary;

/// The concepts of mentions, with the words they were named by.
fn mentioned(ms: &[evidence_bot::understand::Mention]) -> Vec<(usize, String)> {
    ms.iter()
        .flat_map(|m| m.concepts.iter().map(|c| (*c, m.text.clone())))
        .collect()
}

/// `search`: the first `limit` hits, as a table or as JSON with what the question was
/// understood to ask.
pub(super) fn run(
    out: &mut impl Write,
    snap: &Snapshot,
    query: &str,
    limit: usize,
    json: bool,
) -> anyhow::Result<ExitCode> {
    let res = snap.index.search(query);
    let hits: Vec<(&Record, &Hit)> = res
        .hits
        .iter()
        .take(limit)
        .map(|h| (&snap.knowledge.records[h.ord], h))
        .collect();
    if json {
        let results = results(snap, query, &res, &hits);
        serde_json::to_writer_pretty(&mut *out, &results)?;
        writeln!(out)?;
    } else {
        table(out, &res, &hits)?;
    }
    Ok(ExitCode::SUCCESS)
}

/// What the search made of the question, in a word.
fn intent(res: &SearchResult) -> &'static str {
    let q = &res.question;
    if res.direct == 0 && !res.unmatched.is_empty() {
        "not covered"
    } else if res.no_concept {
        "not understood"
    } else if res.direct == 0 {
        "partly covered"
    } else if q.concepts.is_empty() && !q.filters.is_empty() {
        "filters"
    } else {
        q.task.as_str()
    }
}

/// The JSON forms of `search`.
#[derive(serde::Serialize)]
struct JsonHit<'a> {
    #[serde(flatten)]
    record: RecordSummary<'a>,
    score: f32,
    #[serde(rename = "match")]
    matched: &'static str,
    matched_terms: Vec<String>,
}

#[derive(serde::Serialize)]
struct Understood<'a> {
    interventions: Vec<&'a str>,
    topics: Vec<&'a str>,
    outcomes: Vec<&'a str>,
    kinds: Vec<&'static str>,
    words: &'a [String],
}

#[derive(serde::Serialize)]
struct Concept<'a> {
    id: &'a str,
    facet: &'static str,
    label: &'a str,
    typed: &'a str,
}

#[derive(serde::Serialize)]
struct Question<'a> {
    task: &'static str,
    concepts: Vec<Concept<'a>>,
    professions: Vec<Concept<'a>>,
    excluded: Vec<Concept<'a>>,
    kinds: Vec<&'static str>,
    filters: String,
    context: &'a [String],
    not_recognised: &'a [String],
}

#[derive(serde::Serialize)]
struct Results<'a> {
    query: &'a str,
    total: usize,
    direct: usize,
    intent: &'static str,
    question: Question<'a>,
    understood: Understood<'a>,
    required: Vec<String>,
    unmatched_terms: &'a [String],
    excluded_terms: Vec<String>,
    corrected: Option<&'a str>,
    hits: Vec<JsonHit<'a>>,
}

/// The concepts of mentions as JSON, each with the words it was named by.
fn concepts<'a>(
    ms: &'a [evidence_bot::understand::Mention],
    vocab: &'a Vocabulary,
) -> Vec<Concept<'a>> {
    ms.iter()
        .flat_map(|m| {
            m.concepts.iter().map(|c| Concept {
                id: &vocab.concept(*c).id,
                facet: vocab.facet(*c).as_str(),
                label: &vocab.concept(*c).label,
                typed: &m.text,
            })
        })
        .collect()
}

/// The JSON form: the question as understood (concepts by facet, filters, words) and the hits.
fn results<'a>(
    snap: &'a Snapshot,
    query: &'a str,
    res: &'a SearchResult,
    hits: &[(&'a Record, &Hit)],
) -> Results<'a> {
    let q = &res.question;
    let vocab = &snap.knowledge.vocabulary;
    let subject: Vec<(usize, String)> = mentioned(&q.concepts);
    let ids_of = |facet: Facet| -> Vec<&str> {
        subject
            .iter()
            .filter(|(c, _)| vocab.facet(*c) == facet)
            .map(|(c, _)| vocab.concept(*c).id.as_str())
            .collect()
    };
    Results {
        query,
        total: res.total(),
        direct: res.direct,
        intent: intent(res),
        question: Question {
            task: q.task.as_str(),
            concepts: concepts(&q.concepts, vocab),
            professions: concepts(&q.soft, vocab),
            excluded: concepts(&q.excluded, vocab),
            kinds: q.kinds.iter().map(|k| k.as_str()).collect(),
            filters: evidence_bot::understand::filters::filter_text(&q.raw),
            context: &q.context,
            not_recognised: &res.unrecognised,
        },
        understood: Understood {
            interventions: ids_of(Facet::Intervention),
            topics: subject
                .iter()
                .filter(|(c, _)| !matches!(vocab.facet(*c), Facet::Intervention | Facet::Outcome))
                .map(|(c, _)| vocab.concept(*c).id.as_str())
                .collect(),
            outcomes: ids_of(Facet::Outcome),
            kinds: q.kinds.iter().map(|k| k.as_str()).collect(),
            words: &q.words,
        },
        required: res.required.iter().map(|g| text::or_list(g)).collect(),
        unmatched_terms: &res.unmatched,
        excluded_terms: res.excluded.iter().map(|x| x.label.clone()).collect(),
        corrected: res.corrected.as_deref(),
        hits: hits
            .iter()
            .map(|(r, h)| JsonHit {
                record: RecordSummary::of(r),
                score: (h.score * 1000.0).round() / 1000.0,
                matched: if h.direct { "direct" } else { "partial" },
                matched_terms: res.matched(h),
            })
            .collect(),
    }
}

/// The text form: notes on the question, then one line per hit.
fn table(out: &mut impl Write, res: &SearchResult, hits: &[(&Record, &Hit)]) -> anyhow::Result<()> {
    let q = &res.question;
    let intent = intent(res);
    if let Some(c) = &res.corrected {
        writeln!(out, "(searched for: {c})")?;
    }
    for problem in &q.problems {
        writeln!(out, "note: {problem}")?;
    }
    writeln!(
        out,
        "intent: {intent}; required: {}; unmatched: {}",
        res.required
            .iter()
            .map(|g| text::or_list(g))
            .collect::<Vec<_>>()
            .join(", "),
        res.unmatched.join(", ")
    )?;
    for (i, (r, h)) in hits.iter().enumerate() {
        writeln!(
            out,
            "{:>2}. {} {:6.2}  {}  {} ({})  [{}]",
            i + 1,
            if h.direct { "D" } else { "p" },
            h.score,
            evidence_bot::answer::level_tag(r),
            r.title,
            r.year_label(),
            r.id
        )?;
    }
    writeln!(out, "{} hit(s), {} direct", res.total(), res.direct)?;
    Ok(())
}
