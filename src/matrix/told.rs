//! The people already told that their encrypted message could not be read, per room: each is
//! told once, not at every message, while the bot still cannot read them.

use std::collections::{HashMap, VecDeque};
use std::time::{Duration, Instant};

/// Pairs remembered at most (a bound on memory, whatever the traffic).
pub(super) const CAPACITY: usize = 10_000;

/// How long a pair is remembered: a day later, someone whose messages still cannot be read is
/// told again (their keys may have been lost since).
pub(super) const KEEP: Duration = Duration::from_secs(24 * 60 * 60);

/// (room, sender) pairs told, bounded and expiring. Pairs are kept in the order they were
/// told, so the oldest go first, by age or when the set is full.
#[derive(Debug)]
pub(super) struct Told {
    at: HashMap<(String, String), Instant>,
    order: VecDeque<(String, String)>,
    capacity: usize,
    keep: Duration,
}

impl Told {
    /// An empty set holding at most `capacity` pairs, each for `keep`.
    pub(super) fn new(capacity: usize, keep: Duration) -> Told {
        Told {
            at: HashMap::new(),
            order: VecDeque::new(),
            capacity,
            keep,
        }
    }

    /// True when `sender` in `room` is to be told now (and is remembered as told); false when
    /// they were told within the keep time.
    pub(super) fn first_time(&mut self, room: &str, sender: &str, now: Instant) -> bool {
        // Forgetting the expired first means a pair in the map is one still remembered, and
        // appears once in `order`.
        while let Some(oldest) = self.order.front() {
            let expired = self
                .at
                .get(oldest)
                .is_none_or(|&t| now.saturating_duration_since(t) >= self.keep);
            if !expired {
                break;
            }
            if let Some(old) = self.order.pop_front() {
                self.at.remove(&old);
            }
        }
        let key = (room.to_string(), sender.to_string());
        if self.at.contains_key(&key) {
            return false;
        }
        self.at.insert(key.clone(), now);
        self.order.push_back(key);
        while self.order.len() > self.capacity {
            if let Some(old) = self.order.pop_front() {
                self.at.remove(&old);
            }
        }
        true
    }

    /// The pairs remembered.
    #[cfg(test)]
    fn len(&self) -> usize {
        self.at.len()
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
