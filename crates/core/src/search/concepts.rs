//! Which concepts each record has: the ones it is tagged with (topics, intervention, its
//! findings' domains, its country) and the ones named where it says what it studied (title,
//! keywords, population, intervention, the outcomes it measured). Worked out once per knowledge
//! version, with the hierarchy: a record with "NICU" is also about preterm care.

use crate::knowledge::{Facet, Knowledge, Record};
use crate::understand::{Cue, Reader, Tokens};

use super::set::RecordSet;

/// The concepts of every record.
#[derive(Debug, Clone, Default)]
pub(crate) struct RecordConcepts {
    /// Per concept: the records that have it or a narrower one.
    pub by_concept: Vec<RecordSet>,
    /// Per concept: the records whose tags, title, population, intervention or findings'
    /// domains have it (or a narrower one): what they studied, not only what they mention.
    pub primary: Vec<RecordSet>,
    /// Per record: the concepts its population and title name (whom it studied).
    pub population: Vec<Vec<u32>>,
    /// Per record: the concept of its intervention.
    pub intervention: Vec<Option<usize>>,
    /// Per record: the countries its `country` field names.
    pub countries: Vec<Vec<u32>>,
}

impl RecordConcepts {
    /// The concepts of every record of the knowledge.
    pub fn of(k: &Knowledge, reader: &Reader) -> RecordConcepts {
        let vocab = reader.vocabulary();
        let n = k.records.len();
        let mut by_concept = vec![RecordSet::empty(n); vocab.len()];
        let mut primary = vec![RecordSet::empty(n); vocab.len()];
        let mut population = Vec::with_capacity(n);
        let mut intervention = Vec::with_capacity(n);
        let mut countries = Vec::with_capacity(n);
        let exclusion = &k.language.exclusion;
        for (o, r) in k.records.iter().enumerate() {
            let whom = who_was_studied(r.population.as_deref().unwrap_or(""), exclusion);
            let pop = named_in(reader, &format!("{whom} . {}", r.title), |_| true);
            let iv = vocab.index(r.intervention.as_str());
            let (mut main, mentioned) = own_concepts(r, reader);
            main.extend(&pop);
            main.extend(iv);
            for (c, is_main) in main
                .iter()
                .map(|c| (*c, true))
                .chain(mentioned.into_iter().map(|c| (c, false)))
            {
                for a in vocab.ancestors(c) {
                    by_concept[a].insert(o);
                    if is_main {
                        primary[a].insert(o);
                    }
                }
            }
            population.push(pop.into_iter().map(|c| c as u32).collect());
            intervention.push(iv);
            let country = r.country.as_deref().unwrap_or("");
            let named = named_in(reader, country, |c| vocab.facet(c) == Facet::Country);
            countries.push(named.into_iter().map(|c| c as u32).collect());
        }
        RecordConcepts {
            by_concept,
            primary,
            population,
            intervention,
            countries,
        }
    }
}

/// A record's concepts besides its population: those it is about (tags, findings' domains,
/// country, title) and those it only mentions (keywords, intervention details, the outcomes it
/// measured).
fn own_concepts(r: &Record, reader: &Reader) -> (Vec<usize>, Vec<usize>) {
    let vocab = reader.vocabulary();
    let mut main: Vec<usize> = r.topics.iter().filter_map(|t| vocab.index(t)).collect();
    main.extend(
        r.findings
            .iter()
            .filter_map(|f| f.domain.as_deref())
            .filter_map(|d| vocab.index(d)),
    );
    let not_kind = |c: usize| vocab.facet(c) != Facet::Kind;
    main.extend(named_in(reader, &r.title, not_kind));
    if let Some(country) = &r.country {
        main.extend(named_in(reader, country, |c| {
            vocab.facet(c) == Facet::Country
        }));
    }
    let about = format!(
        "{} . {}",
        r.keywords.join(" . "),
        r.intervention_detail.as_deref().unwrap_or("")
    );
    let mut mentioned = named_in(reader, &about, not_kind);
    let outcomes: Vec<&str> = r
        .findings
        .iter()
        .filter(|f| f.verified)
        .filter_map(|f| f.outcome.as_deref())
        .collect();
    mentioned.extend(named_in(reader, &outcomes.join(" . "), |c| {
        vocab.facet(c) == Facet::Outcome
    }));
    (main, mentioned)
}

/// The concepts a text names (those `keep` accepts), by the same phrase table as questions.
pub(crate) fn named_in(reader: &Reader, text: &str, keep: impl Fn(usize) -> bool) -> Vec<usize> {
    let t = Tokens::of(text);
    let mut out = Vec::new();
    let mut i = 0;
    while i < t.len() {
        match reader.phrases().longest_at(&t, i) {
            Some((n, cues)) => {
                for cue in cues {
                    if let Cue::Concept(c) | Cue::Acronym(c, _) = cue {
                        if keep(c) && !out.contains(&c) {
                            out.push(c);
                        }
                    }
                }
                i += n;
            }
            None => i += 1,
        }
    }
    out
}

/// A population without its exclusion criteria: "(the registry record excludes twins)" or
/// "; excluded are severe mental illness, drug dependence" names people who were *not* studied.
/// `cues` are the word beginnings that mark exclusion ("exclud").
pub(crate) fn who_was_studied(population: &str, cues: &[String]) -> String {
    let excludes = |s: &str| {
        let s = s.to_lowercase();
        cues.iter().any(|c| s.contains(c.as_str()))
    };
    let mut kept = String::new();
    let mut rest = population;
    // Bracketed asides first, then the clauses between semicolons.
    while let Some(open) = rest.find('(') {
        let close = rest[open..].find(')').map_or(rest.len(), |c| open + c + 1);
        kept.push_str(&rest[..open]);
        if !excludes(&rest[open..close]) {
            kept.push_str(&rest[open..close]);
        }
        rest = &rest[close..];
    }
    kept.push_str(rest);
    kept.split(';')
        .filter(|clause| !excludes(clause))
        .map(str::trim)
        .collect::<Vec<_>>()
        .join("; ")
}
