//! The core's integration tests: one binary, no Matrix. Each module tests one step of the flow on
//! the knowledge built into the binary; expected values come from the records' and the
//! vocabulary's own fields, never from earlier search results (where a test compares two answers
//! of the bot, it says it is a consistency check).

mod about;
mod languages;
mod order;
mod overall;
mod reading;
mod safety;
mod talk;

use std::sync::OnceLock;

use evidence_core::knowledge::{self, Knowledge, Record};
use evidence_core::search::{SearchIndex, SearchResult};

/// The bundled knowledge and its index, built once.
pub fn bundled() -> &'static (Knowledge, SearchIndex) {
    static K: OnceLock<(Knowledge, SearchIndex)> = OnceLock::new();
    K.get_or_init(|| {
        let (k, diags) = knowledge::load_bundled();
        assert_eq!(knowledge::error_count(&diags), 0, "{diags:?}");
        let index = SearchIndex::build(&k).expect("the index builds");
        (k, index)
    })
}

/// The records an answer presents, in order.
pub fn hits<'a>(k: &'a Knowledge, res: &SearchResult) -> Vec<&'a Record> {
    res.hits.iter().map(|h| &k.records[h.ord]).collect()
}

/// The ids of the records an answer presents, in order.
pub fn ids(k: &Knowledge, res: &SearchResult) -> Vec<String> {
    hits(k, res).iter().map(|r| r.id.clone()).collect()
}

/// A record's own words, lower case: what an independent reader checks a concept against.
pub fn own_words(r: &Record) -> String {
    let mut t = vec![
        r.title.clone(),
        r.keywords.join(" . "),
        r.population.clone().unwrap_or_default(),
        r.intervention_detail.clone().unwrap_or_default(),
        r.topics.join(" . "),
        r.country.clone().unwrap_or_default(),
    ];
    t.extend(r.findings.iter().filter_map(|f| f.outcome.clone()));
    t.extend(r.findings.iter().filter_map(|f| f.domain.clone()));
    t.join(" . ").to_lowercase()
}
