//! The overview at the top of an answer with direct records: how many of which kinds, and per
//! outcome domain what the strongest of them found. No generated prose: every sentence is built
//! from record fields, and every number stands next to the record it comes from.

use crate::knowledge::model::{Direction, Finding, Kind};
use crate::knowledge::{Knowledge, Record};
use crate::render::{text, Line};
use crate::search::SearchResult;

/// Outcome domains shown at most: with the count line and the first results, the answer stays
/// within one phone screen (scripts/phone-check).
const MAX_DOMAINS: usize = 3;

/// Records named per direction of a domain.
const NAMED: usize = 1;

/// Domains about how a programme ran rather than what it changed: listed after the others
/// unless the question asks about them.
const PROCESS_DOMAINS: &[&str] = &["feasibility", "costs"];

/// Direct records counted by kind, in ladder order.
pub(super) fn kind_counts(direct: &[&Record]) -> Vec<(Kind, usize)> {
    // An array, not a map: an answer over thousands of records counts in a few microseconds.
    let kinds: Vec<Kind> = Kind::all().collect();
    let mut counts = vec![0usize; kinds.len()];
    for r in direct {
        if let Some(i) = kinds.iter().position(|k| *k == r.kind) {
            counts[i] += 1;
        }
    }
    let mut out: Vec<(Kind, usize)> = kinds
        .into_iter()
        .zip(counts)
        .filter(|(_, n)| *n > 0)
        .collect();
    out.sort_by_key(|(k, _)| *k);
    out
}

/// One record's result in a domain.
struct Entry<'a> {
    record: &'a Record,
    finding: &'a Finding,
}

/// The directions in the order a domain line names them.
const DIRECTIONS: [Direction; 4] = [
    Direction::Improved,
    Direction::Mixed,
    Direction::NoDifference,
    Direction::Worse,
];

/// One direction of one domain: how many records, and the first few to name (those whose
/// results carry numbers or a certainty first, each group in strongest-first order).
#[derive(Default)]
struct Named<'a> {
    count: usize,
    with_numbers: Vec<Entry<'a>>,
    without: Vec<Entry<'a>>,
}

impl<'a> Named<'a> {
    fn add(&mut self, e: Entry<'a>) {
        self.count += 1;
        let list = if e.finding.effect.is_some() || e.finding.certainty.is_some() {
            &mut self.with_numbers
        } else {
            &mut self.without
        };
        if list.len() < NAMED {
            list.push(e);
        }
    }

    fn named(&self) -> Vec<String> {
        self.with_numbers
            .iter()
            .chain(&self.without)
            .take(NAMED)
            .map(mention)
            .collect()
    }
}

/// One domain's results across the direct records.
struct Domain<'a> {
    id: u16,
    total: usize,
    by_direction: [Named<'a>; 4],
}

/// The overview's lines, one per outcome domain, for the direct records (their `ord`s) in
/// strongest-first order.
pub(super) fn lines(
    direct: impl Iterator<Item = usize>,
    result: &SearchResult,
    k: &Knowledge,
) -> Vec<Line> {
    let mut domains: Vec<Domain> = Vec::new();
    let mut slot: Vec<Option<usize>> = Vec::new();
    // A trial reported by several papers (a follow-up, an HTA report) counts once per domain:
    // its strongest-first paper speaks for it.
    let mut counted: Vec<(usize, u16)> = Vec::new();
    for ord in direct {
        let record = &k.records[ord];
        let trial = k.shares_trial(ord).then(|| k.trial_of(ord));
        for dr in k.domain_results(ord) {
            if let Some(t) = trial {
                if counted.contains(&(t, dr.domain)) {
                    continue;
                }
                counted.push((t, dr.domain));
            }
            let i = usize::from(dr.domain);
            if slot.len() <= i {
                slot.resize(i + 1, None);
            }
            let at = *slot[i].get_or_insert_with(|| {
                domains.push(Domain {
                    id: dr.domain,
                    total: 0,
                    by_direction: Default::default(),
                });
                domains.len() - 1
            });
            let d = &mut domains[at];
            d.total += 1;
            let Some(finding) = record.findings.get(usize::from(dr.finding)) else {
                continue;
            };
            let which = DIRECTIONS
                .iter()
                .position(|x| *x == dr.direction)
                .unwrap_or(0);
            d.by_direction[which].add(Entry { record, finding });
        }
    }
    let asked = asked_domains(result, k);
    let asked: Vec<&str> = asked.iter().map(String::as_str).collect();
    domains.sort_by_key(|d| {
        let name = k.domain_name(d.id);
        (
            !asked.contains(&name),
            PROCESS_DOMAINS.contains(&name) && !asked.contains(&name),
            std::cmp::Reverse(d.total),
            // The vocabulary's order (its domains come first among the names).
            d.id,
        )
    });
    domains
        .iter()
        .take(MAX_DOMAINS)
        .map(|d| domain_line(d, k))
        .collect()
}

fn domain_line(d: &Domain, k: &Knowledge) -> Line {
    let id = k.domain_name(d.id);
    let label = k.concept_label(id, k.outcome(id).map_or(id, |o| o.label.as_str()));
    let mut l = Line::default();
    l.bold(&label).text(": ");
    let mut parts = Vec::new();
    for (dir, named) in DIRECTIONS.iter().zip(&d.by_direction) {
        if named.count > 0 {
            parts.push(text::direction_count(
                &text::direction(*dir),
                named.count,
                &named.named(),
            ));
        }
    }
    let count = |dir: Direction| {
        DIRECTIONS
            .iter()
            .position(|x| *x == dir)
            .map_or(0, |i| d.by_direction[i].count)
    };
    let disagree = count(Direction::Improved) > 0
        && (count(Direction::NoDifference) > 0 || count(Direction::Worse) > 0);
    l.text(&parts.join(", "));
    if disagree {
        l.text(&text::findings_disagree());
    }
    l.text(".");
    l
}

/// "Kalinauskiene et al. 2009, d = 0.78" or "O'Hara et al. 2019, moderate certainty".
fn mention(e: &Entry) -> String {
    let mut s = format!(
        "{} {}",
        e.record.first_author_short(),
        e.record.year_label()
    );
    if let Some(effect) = &e.finding.effect {
        s.push_str(", ");
        s.push_str(&text::effect(effect));
    }
    if let Some(c) = e.finding.certainty {
        s.push_str(&format!(", {}", text::certainty(c)));
    }
    s
}

/// The outcome concepts a question asks about, with their broader ones: the domains whose
/// findings an answer shows first ("intrusiveness" asks about parental sensitivity).
pub(super) fn asked_domains(result: &SearchResult, k: &Knowledge) -> Vec<String> {
    let vocab = &k.vocabulary;
    let mut out: Vec<String> = Vec::new();
    for c in result.question.all_concepts() {
        if vocab.facet(c) != crate::knowledge::Facet::Outcome {
            continue;
        }
        for a in vocab.ancestors(c) {
            let id = &vocab.concept(a).id;
            if !out.contains(id) {
                out.push(id.clone());
            }
        }
    }
    out
}
