//! Which records report the same trial, so that counts and overviews count a trial once however
//! many papers report it: a later follow-up (`follow_up_of`), another report such as an HTA
//! report or a secondary analysis (`report_of`), and the trial's protocol (same registration).

use std::collections::HashMap;

use super::model::{Kind, Record};

/// The trials of a set of records: per record, the record that stands for its trial.
#[derive(Debug, Clone, Default)]
pub struct Trials {
    /// Per record (by position), the position of its trial's main record.
    main: Vec<usize>,
    /// Per record, whether its trial has other records too.
    shared: Vec<bool>,
    /// Per main record of a trial with several records, their positions in order (empty for
    /// the others: a lone record is its own trial).
    groups: Vec<Vec<usize>>,
}

impl Trials {
    /// Groups records into trials. Records that are not primary studies each stand alone.
    pub fn of(records: &[Record]) -> Trials {
        let by_id: HashMap<&str, usize> = records
            .iter()
            .enumerate()
            .map(|(i, r)| (r.id.as_str(), i))
            .collect();
        let mut sets = UnionFind::new(records.len());
        let mut by_registration: HashMap<String, usize> = HashMap::new();
        for (i, r) in records.iter().enumerate() {
            if !r.kind.is_primary_study() {
                continue;
            }
            for link in [&r.follow_up_of, &r.report_of].into_iter().flatten() {
                if let Some(&j) = by_id.get(link.as_str()) {
                    sets.join(i, j);
                }
            }
            // A registration names one trial: its protocol, results and follow-ups share it.
            if let Some(reg) = r.registration.as_deref().map(normalise) {
                if !reg.is_empty() {
                    let first = *by_registration.entry(reg).or_insert(i);
                    sets.join(i, first);
                }
            }
        }
        let mut members: HashMap<usize, Vec<usize>> = HashMap::new();
        for i in 0..records.len() {
            members.entry(sets.find(i)).or_default().push(i);
        }
        let mut main = vec![0; records.len()];
        let mut shared = vec![false; records.len()];
        let mut groups = vec![Vec::new(); records.len()];
        for group in members.into_values() {
            let chosen = main_record(&group, records);
            for &i in &group {
                main[i] = chosen;
                shared[i] = group.len() > 1;
            }
            if group.len() > 1 {
                groups[chosen] = group;
            }
        }
        Trials {
            main,
            shared,
            groups,
        }
    }

    /// The position of the main record of the trial the record at `ord` reports.
    pub fn main_of(&self, ord: usize) -> usize {
        self.main.get(ord).copied().unwrap_or(ord)
    }

    /// Whether the record at `ord` is one of several papers of one trial.
    pub fn shared(&self, ord: usize) -> bool {
        self.shared.get(ord).copied().unwrap_or(false)
    }

    /// The positions of the records of the trial whose main record is at `main`, in order.
    pub fn members(&self, main: usize) -> impl Iterator<Item = usize> + '_ {
        let group = self.groups.get(main).map_or(&[][..], Vec::as_slice);
        let alone = group.is_empty().then_some(main);
        group.iter().copied().chain(alone)
    }
}

/// "ISRCTN 49732312" and "isrctn49732312" are one registration.
fn normalise(reg: &str) -> String {
    reg.chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .collect::<String>()
        .to_ascii_uppercase()
}

/// The record that stands for a trial: a paper of results that is neither a follow-up nor
/// another report of it, and not the protocol; the earliest such.
fn main_record(group: &[usize], records: &[Record]) -> usize {
    let rank = |&i: &usize| {
        let r = &records[i];
        let secondary = r.follow_up_of.is_some() || r.report_of.is_some();
        (
            r.kind == Kind::Protocol,
            secondary,
            r.year.unwrap_or(u16::MAX),
            i,
        )
    };
    group.iter().copied().min_by_key(rank).unwrap_or(group[0])
}

/// Disjoint sets over record positions.
struct UnionFind {
    parent: Vec<usize>,
}

impl UnionFind {
    fn new(n: usize) -> Self {
        UnionFind {
            parent: (0..n).collect(),
        }
    }

    fn find(&mut self, mut i: usize) -> usize {
        while self.parent[i] != i {
            self.parent[i] = self.parent[self.parent[i]];
            i = self.parent[i];
        }
        i
    }

    fn join(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            self.parent[ra.max(rb)] = ra.min(rb);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rec(id: &str, kind: Kind, year: u16) -> Record {
        Record {
            id: id.into(),
            kind,
            year: Some(year),
            ..Record::default()
        }
    }

    #[test]
    fn papers_of_one_trial_share_its_main_record() {
        let mut hta = rec("hta", Kind::Rct, 2021);
        hta.report_of = Some("jama".into());
        let mut six = rec("six-year", Kind::Rct, 2025);
        six.follow_up_of = Some("jama".into());
        let mut protocol = rec("protocol", Kind::Protocol, 2012);
        protocol.registration = Some("NTR 3423".into());
        let mut results = rec("results", Kind::Rct, 2015);
        results.registration = Some("ntr3423".into());
        let review = rec("review", Kind::SystematicReview, 2020);
        let records = vec![
            hta,
            rec("jama", Kind::Rct, 2021),
            six,
            protocol,
            results,
            review,
        ];
        let t = Trials::of(&records);
        // The JAMA paper (position 1) stands for the three papers of its trial.
        assert_eq!([t.main_of(0), t.main_of(1), t.main_of(2)], [1, 1, 1]);
        // The results paper, not the older protocol, stands for the registered trial.
        assert_eq!([t.main_of(3), t.main_of(4)], [4, 4]);
        assert_eq!(t.main_of(5), 5);
        assert_eq!(t.members(1).collect::<Vec<_>>(), vec![0, 1, 2]);
    }
}
