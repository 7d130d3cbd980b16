//! Sets of records by position (`Knowledge::records`), as bit sets: what a concept, a word or a
//! filter covers. Intersections and unions of them decide which records are direct hits, so they
//! must be cheap at 10,000 records.

use fixedbitset::FixedBitSet;
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::Column;
use tantivy::{DocId, Score, SegmentOrdinal, SegmentReader};

/// A set of record positions below a fixed bound (the number of records).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RecordSet(FixedBitSet);

impl RecordSet {
    /// The empty set for `n` records.
    pub fn empty(n: usize) -> RecordSet {
        RecordSet(FixedBitSet::with_capacity(n))
    }

    /// The set of the positions that pass `f`.
    pub fn matching(n: usize, f: impl Fn(usize) -> bool) -> RecordSet {
        let mut s = RecordSet::empty(n);
        for o in (0..n).filter(|&o| f(o)) {
            s.0.insert(o);
        }
        s
    }

    /// Adds a position (the set grows if it must).
    pub fn insert(&mut self, o: usize) {
        self.0.grow(o + 1);
        self.0.insert(o);
    }

    /// Whether the set holds a position.
    pub fn contains(&self, o: usize) -> bool {
        self.0.contains(o)
    }

    /// Adds every position of another set.
    pub fn extend(&mut self, other: &RecordSet) {
        self.0.union_with(&other.0);
    }

    /// The positions in both sets.
    pub fn intersection(&self, other: &RecordSet) -> RecordSet {
        let mut s = self.clone();
        s.0.intersect_with(&other.0);
        s
    }

    /// Keeps the positions that are also in another set.
    pub fn retain_in(&mut self, other: &RecordSet) {
        self.0.intersect_with(&other.0);
    }

    /// How many positions the set holds.
    pub fn len(&self) -> usize {
        self.0.count_ones(..)
    }

    /// Whether the set is empty.
    pub fn is_empty(&self) -> bool {
        self.0.is_clear()
    }

    /// The positions, in order.
    pub fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        self.0.ones()
    }
}

/// A tantivy collector of the records a query matches, as a [`RecordSet`]: each document's
/// record position is read from the `ord` fast field, with no hashing of document addresses.
pub(crate) struct Positions {
    /// The number of records.
    pub n: usize,
}

pub(crate) struct SegmentPositions {
    ords: Column<u64>,
    set: RecordSet,
}

impl Collector for Positions {
    type Fruit = RecordSet;
    type Child = SegmentPositions;

    fn for_segment(
        &self,
        _segment: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<SegmentPositions> {
        Ok(SegmentPositions {
            ords: reader.fast_fields().u64("ord")?,
            set: RecordSet::empty(self.n),
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<RecordSet>) -> tantivy::Result<RecordSet> {
        let mut all = RecordSet::empty(self.n);
        for f in &fruits {
            all.extend(f);
        }
        Ok(all)
    }
}

impl SegmentCollector for SegmentPositions {
    type Fruit = RecordSet;

    fn collect(&mut self, doc: DocId, _score: Score) {
        if let Some(o) = self.ords.first(doc) {
            self.set.insert(o as usize);
        }
    }

    fn harvest(self) -> RecordSet {
        self.set
    }
}
