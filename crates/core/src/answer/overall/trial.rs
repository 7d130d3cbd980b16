//! A trial as the answers about the evidence count it: one trial however many of its papers the
//! knowledge holds, so a trial reported twice is not counted twice.

use crate::knowledge::model::{Direction, Finding, Kind};
use crate::knowledge::{Knowledge, Record};
use crate::render::text;
use crate::search::SearchResult;

/// One trial among the records about the question: its main paper and every paper of it in the
/// knowledge.
pub(super) struct Trial<'a> {
    pub main: &'a Record,
    pub papers: Vec<&'a Record>,
}

impl<'a> Trial<'a> {
    /// Its kind: the strongest kind among its papers of results (a protocol only when nothing
    /// else reports it).
    pub fn kind(&self) -> Kind {
        self.papers
            .iter()
            .map(|p| p.kind)
            .filter(|k| *k != Kind::Protocol)
            .min()
            .unwrap_or(self.main.kind)
    }

    /// Whether only a protocol of it is held: a trial under way, with no results.
    pub fn protocol_only(&self) -> bool {
        self.papers.iter().all(|p| p.kind == Kind::Protocol)
    }

    /// How many were randomised, from whichever paper gives it; with the unit counted.
    pub fn randomised(&self) -> Option<u32> {
        self.papers.iter().find_map(|p| p.n_randomised)
    }

    /// How many took part, for ordering: the number randomised, else its main paper's sample.
    pub fn n(&self) -> Option<u32> {
        self.randomised()
            .or_else(|| self.main.sample.as_ref().and_then(|s| s.n))
    }

    /// Its size as a line says it: "300 randomised" or, with no number randomised, the
    /// sample of its main paper ("93 children").
    pub fn size(&self) -> Option<(u32, String)> {
        // The unit from the paper that gives the number randomised.
        if let Some(p) = self.papers.iter().find(|p| p.n_randomised.is_some()) {
            let n = p.n_randomised?;
            let unit = p.sample.as_ref().map_or("", |s| s.counted.as_str());
            return Some((n, text::randomised(n, unit)));
        }
        let s = self.main.sample.as_ref()?;
        let n = s.n?;
        Some((n, text::took_part(n, &s.counted)))
    }

    /// Its primary results: the findings marked primary, from the main paper first, each with
    /// the paper it comes from.
    pub fn primary(&self) -> Vec<(&'a Finding, &'a Record)> {
        self.papers
            .iter()
            .flat_map(|p| {
                p.findings
                    .iter()
                    .filter(|f| f.primary && f.verified)
                    .map(move |f| (f, *p))
            })
            .collect()
    }

    /// What its primary outcome showed: improved, mixed (some primary findings improved and
    /// some did not) or no difference (none improved). None when no primary finding with a
    /// direction is recorded.
    pub fn primary_result(&self) -> Option<Direction> {
        let dirs: Vec<Direction> = self
            .primary()
            .iter()
            .filter_map(|(f, _)| f.direction)
            .collect();
        if dirs.is_empty() {
            return None;
        }
        let improved = dirs.iter().filter(|d| **d == Direction::Improved).count();
        Some(if improved == dirs.len() {
            Direction::Improved
        } else if improved > 0 || dirs.contains(&Direction::Mixed) {
            Direction::Mixed
        } else if dirs.contains(&Direction::Worse) {
            Direction::Worse
        } else {
            Direction::NoDifference
        })
    }

    /// The finding a line shows with its paper: the first primary one, else the main paper's
    /// key finding.
    pub fn headline(&self) -> Option<(&'a Finding, &'a Record)> {
        self.primary()
            .into_iter()
            .next()
            .or_else(|| self.main.key_finding().map(|f| (f, self.main)))
    }
}

/// The trials among the records about the question (reviews, guidelines and other records
/// that are not primary studies are left out), each once, in the answer's order.
pub(super) fn trials<'a>(result: &SearchResult, k: &'a Knowledge) -> Vec<Trial<'a>> {
    let mut seen = vec![false; k.records.len()];
    let mut out = Vec::new();
    for h in &result.hits {
        let r = &k.records[h.ord];
        if h.general || !r.kind.is_primary_study() {
            continue;
        }
        let main = k.trial_of(h.ord);
        if std::mem::replace(&mut seen[main], true) {
            continue;
        }
        out.push(Trial {
            main: &k.records[main],
            papers: k.trial_papers(main).collect(),
        });
    }
    out
}
