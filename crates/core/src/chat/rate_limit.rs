//! Flood protection: a token bucket per user, so one person (or a misbehaving client) cannot
//! make the bot flood a room.

use std::collections::HashMap;
use std::time::{Duration, Instant};

/// Above this many users, buckets that have refilled are forgotten (they behave like new users).
const MAX_BUCKETS: usize = 10_000;

/// What flood protection says about one more command from a user.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Answer it.
    Allow,
    /// Over the limit: post one short notice.
    Warn,
    /// Still over the limit after the notice: stay silent.
    Silent,
}

/// A token bucket per user: `capacity` commands, refilled evenly over `per`.
#[derive(Debug)]
pub struct RateLimiter {
    capacity: f64,
    per: Duration,
    buckets: HashMap<String, Bucket>,
}

#[derive(Debug)]
struct Bucket {
    tokens: f64,
    last: Instant,
    warned: bool,
}

impl RateLimiter {
    /// `capacity` commands per `per`.
    pub fn new(capacity: u32, per: Duration) -> RateLimiter {
        RateLimiter {
            capacity: f64::from(capacity.max(1)),
            per: per.max(Duration::from_millis(1)),
            buckets: HashMap::new(),
        }
    }

    /// Takes a token for `user` at `now`.
    pub fn check(&mut self, user: &str, now: Instant) -> Verdict {
        let rate = self.capacity / self.per.as_secs_f64();
        if self.buckets.len() > MAX_BUCKETS {
            // Forget users whose buckets have refilled by now: they behave like new users anyway.
            let cap = self.capacity;
            self.buckets.retain(|_, b| {
                b.tokens + now.saturating_duration_since(b.last).as_secs_f64() * rate < cap
            });
        }
        let b = self.buckets.entry(user.to_string()).or_insert(Bucket {
            tokens: self.capacity,
            last: now,
            warned: false,
        });
        let elapsed = now.saturating_duration_since(b.last).as_secs_f64();
        b.tokens = (b.tokens + elapsed * rate).min(self.capacity);
        b.last = now;
        if b.tokens >= 1.0 {
            b.tokens -= 1.0;
            b.warned = false;
            Verdict::Allow
        } else if !b.warned {
            b.warned = true;
            Verdict::Warn
        } else {
            Verdict::Silent
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn token_bucket() {
        let mut l = RateLimiter::new(5, Duration::from_secs(10));
        let t0 = Instant::now();
        for _ in 0..5 {
            assert_eq!(l.check("a", t0), Verdict::Allow);
        }
        assert_eq!(l.check("a", t0), Verdict::Warn);
        assert_eq!(l.check("a", t0), Verdict::Silent);
        assert_eq!(l.check("b", t0), Verdict::Allow);
        // 5 per 10 s refill one token every 2 s.
        assert_eq!(l.check("a", t0 + Duration::from_secs(2)), Verdict::Allow);
        assert_eq!(l.check("a", t0 + Duration::from_secs(2)), Verdict::Warn);
    }

    #[test]
    fn refilled_buckets_are_forgotten_and_busy_ones_kept() {
        let mut l = RateLimiter::new(5, Duration::from_secs(10));
        let t0 = Instant::now();
        for i in 0..=MAX_BUCKETS {
            l.check(&format!("user{i}"), t0);
        }
        // One user keeps sending; everyone else has refilled 20 s later.
        for _ in 0..5 {
            l.check("busy", t0 + Duration::from_secs(20));
        }
        l.check("newcomer", t0 + Duration::from_secs(20));
        assert!(l.buckets.len() <= 3, "{} buckets kept", l.buckets.len());
        assert!(l.buckets.contains_key("busy"));
        assert_eq!(l.check("busy", t0 + Duration::from_secs(20)), Verdict::Warn);
    }
}
