//! The key records are sorted by, packed into one integer: sorting ten thousand hits compares
//! two integers instead of a tuple of eleven fields.

/// What orders the records about a question, most important first: a kind the question names;
/// for a question about the evidence as data, carrying the field it asks about (and, for the
/// largest trials, the sample); how much of the question a record is about; where it stands for
/// the task; its own population; the soft parts it meets; about the intervention named rather
/// than video feedback in general; its text's score; its level; its year.
#[derive(Debug, Clone, Copy)]
pub(super) struct OrderKey {
    pub(super) not_kind_asked: bool,
    pub(super) not_answering: bool,
    pub(super) sample: u32,
    pub(super) about: usize,
    pub(super) standing: u8,
    pub(super) own: usize,
    pub(super) soft_met: usize,
    pub(super) general: bool,
    pub(super) score: f32,
    pub(super) level: u8,
    pub(super) year: u16,
}

impl OrderKey {
    /// The key as one number that sorts the same way (smaller first): sorting ten thousand
    /// hits compares two integers instead of a tuple of eleven fields.
    pub(super) fn packed(self) -> u128 {
        let small = |n: usize| 255 - n.min(255) as u128;
        // f32 bits that sort as the numbers do (total order), larger scores first.
        let bits = self.score.to_bits();
        let ordered = if bits >> 31 == 1 {
            !bits
        } else {
            bits | 1 << 31
        };
        let fields: [(u128, u32); 11] = [
            (u128::from(self.not_kind_asked), 1),
            (u128::from(self.not_answering), 1),
            (u128::from(u32::MAX - self.sample), 32),
            (small(self.about), 8),
            (u128::from(self.standing), 8),
            (small(self.own), 8),
            (small(self.soft_met), 8),
            (u128::from(self.general), 1),
            (u128::from(u32::MAX - ordered), 32),
            (u128::from(self.level), 8),
            (u128::from(u16::MAX - self.year), 16),
        ];
        fields
            .iter()
            .fold(0u128, |key, &(value, width)| key << width | value)
    }
}

#[cfg(test)]
mod tests {
    use super::OrderKey;
    use proptest::prelude::*;

    fn key() -> impl Strategy<Value = OrderKey> {
        (
            (any::<bool>(), any::<bool>(), any::<u32>(), 0usize..300),
            (0u8..6, 0usize..300, 0usize..300, any::<bool>()),
            (
                prop_oneof![Just(0.0f32), 0.0f32..1e6, Just(-0.0f32)],
                0u8..7,
                any::<u16>(),
            ),
        )
            .prop_map(
                |((a, b, sample, about), (standing, own, soft, general), (score, level, year))| {
                    OrderKey {
                        not_kind_asked: a,
                        not_answering: b,
                        sample,
                        about,
                        standing,
                        own,
                        soft_met: soft,
                        general,
                        score,
                        level,
                        year,
                    }
                },
            )
    }

    /// The order the packed key stands for, written out field by field (counts above 255 are
    /// equal, as the key holds 8 bits of them).
    fn tuple(k: &OrderKey) -> impl Ord {
        use std::cmp::Reverse;
        (
            k.not_kind_asked,
            k.not_answering,
            Reverse(k.sample),
            Reverse(k.about.min(255)),
            k.standing,
            Reverse(k.own.min(255)),
            Reverse(k.soft_met.min(255)),
            k.general,
            Reverse(ordered_float(k.score)),
            k.level,
            Reverse(k.year),
        )
    }

    fn ordered_float(x: f32) -> i64 {
        // Scores are finite and not negative but for -0.0, which sorts below 0.0 in total order.
        if x == 0.0 && x.is_sign_negative() {
            -1
        } else {
            (f64::from(x) * 1e3) as i64 * 2
        }
    }

    proptest! {
        #[test]
        fn the_packed_key_sorts_as_its_fields(a in key(), b in key()) {
            // Scores that differ by less than the comparison's resolution are left out.
            prop_assume!(a.score == b.score || (a.score - b.score).abs() > 1e-2);
            prop_assert_eq!(a.packed().cmp(&b.packed()), tuple(&a).cmp(&tuple(&b)));
        }
    }
}
