//! The people already told that their encrypted message could not be read, per room: each is
//! told once, not at every message, while the bot still cannot read them.

use std::collections::HashSet;
use std::time::{Duration, Instant};

/// Pairs remembered at most (a bound on memory, whatever the traffic).
pub(super) const CAPACITY: usize = 10_000;

/// How long a pair is remembered: a day later, someone whose messages still cannot be read is
/// told again (their keys may have been lost since).
pub(super) const KEEP: Duration = Duration::from_secs(24 * 60 * 60);

/// (room, sender) pairs told, bounded and expiring.
#[derive(Debug)]
pub(super) struct Told {
    told: HashSet<(String, String)>,
}

impl Told {
    /// An empty set holding at most `capacity` pairs, each for `keep`.
    pub(super) fn new(_capacity: usize, _keep: Duration) -> Told {
        Told {
            told: HashSet::new(),
        }
    }

    /// True when `sender` in `room` is to be told now (and is remembered as told); false when
    /// they were told within the keep time.
    pub(super) fn first_time(&mut self, room: &str, sender: &str, _now: Instant) -> bool {
        self.told.insert((room.to_string(), sender.to_string()))
    }

    /// The pairs remembered.
    pub(super) fn len(&self) -> usize {
        self.told.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_person_is_told_once_per_room_until_the_day_is_over() {
        let start = Instant::now();
        let mut told = Told::new(CAPACITY, KEEP);
        assert!(told.first_time("!a:x", "@alice:x", start));
        assert!(!told.first_time("!a:x", "@alice:x", start + Duration::from_secs(60)));
        // Another room, another person: told too.
        assert!(told.first_time("!b:x", "@alice:x", start));
        assert!(told.first_time("!a:x", "@bob:x", start));
        // One second short of 24 h, still remembered; at 24 h, forgotten and told again.
        let day = Duration::from_secs(86_400);
        assert!(!told.first_time("!a:x", "@alice:x", start + day - Duration::from_secs(1)));
        assert!(told.first_time("!a:x", "@alice:x", start + day));
        // The two told at `start` were forgotten by then (their day is over): one pair remains.
        assert_eq!(told.len(), 1);
    }

    #[test]
    fn the_set_is_bounded_and_forgets_the_oldest_first() {
        let start = Instant::now();
        let mut told = Told::new(3, KEEP);
        for (i, who) in ["@a:x", "@b:x", "@c:x", "@d:x", "@e:x"].iter().enumerate() {
            assert!(told.first_time("!r:x", who, start + Duration::from_secs(i as u64)));
        }
        assert_eq!(told.len(), 3);
        // @a and @b were the oldest: forgotten, so told again; @e is still remembered.
        assert!(!told.first_time("!r:x", "@e:x", start + Duration::from_secs(10)));
        assert!(told.first_time("!r:x", "@a:x", start + Duration::from_secs(10)));
        assert_eq!(told.len(), 3);

        let mut told = Told::new(CAPACITY, KEEP);
        for i in 0..2 * CAPACITY {
            told.first_time("!r:x", &format!("@u{i}:x"), start);
        }
        assert_eq!(told.len(), 10_000);
    }
}
