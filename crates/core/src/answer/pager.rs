//! The pages of `!more`: each asker's last search per room, bounded in number and in age, so a
//! busy bot does not grow without limit.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// At most this many results of one search are remembered for `!more`.
pub const REMEMBERED: usize = 60;

/// One search being paged through.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    /// The question as shown ("More on …").
    pub query: String,
    /// The question as typed, filters included: what a follow-up ("and for dads?") refines.
    pub raw: String,
    /// Ids of the first [`REMEMBERED`] results, best first.
    pub ids: Vec<String>,
    /// How many results the search had in all (may exceed `ids`).
    pub total: usize,
    /// How many of them are direct hits (they come first).
    pub direct: usize,
    /// Ids of the results that are about video feedback in general, not the intervention asked
    /// about.
    pub general: Vec<String>,
    /// Outcome domains the question asks about (their findings are the ones shown).
    pub domains: Vec<String>,
    /// Index into `ids` of the next result to show.
    pub next: usize,
}

#[derive(Debug)]
struct Entry {
    page: Page,
    at: Instant,
}

/// Which asker each recent answer (and the question it answered) belongs to, so that a reply to
/// it, or a message in its thread, can be read against that asker's search. Bounded, and
/// forgotten after the pager's time.
#[derive(Debug, Default)]
pub struct Answers {
    by_event: Mutex<HashMap<String, (String, Instant)>>,
}

/// Most answers remembered.
const ANSWERS_KEPT: usize = 2000;

impl Answers {
    /// Remembers that these events (a question and its answer) are `asker`'s.
    pub fn remember(&self, events: &[&str], asker: &str, now: Instant, ttl: Duration) {
        let mut map = self.by_event.lock().unwrap_or_else(|e| e.into_inner());
        map.retain(|_, (_, at)| now.saturating_duration_since(*at) < ttl);
        if map.len() + events.len() > ANSWERS_KEPT {
            let mut ages: Vec<(String, Instant)> =
                map.iter().map(|(k, (_, at))| (k.clone(), *at)).collect();
            ages.sort_by_key(|(_, at)| *at);
            for (k, _) in ages.into_iter().take(events.len()) {
                map.remove(&k);
            }
        }
        for e in events {
            map.insert(e.to_string(), (asker.to_string(), now));
        }
    }

    /// The asker of the answer (or question) `event`, if recent.
    pub fn asker_of(&self, event: &str, now: Instant, ttl: Duration) -> Option<String> {
        let map = self.by_event.lock().unwrap_or_else(|e| e.into_inner());
        map.get(event)
            .filter(|(_, at)| now.saturating_duration_since(*at) < ttl)
            .map(|(a, _)| a.clone())
    }
}

/// Remembered searches, keyed by (room, asker).
#[derive(Debug)]
pub struct Pager {
    pages: Mutex<HashMap<(String, String), Entry>>,
    capacity: usize,
    ttl: Duration,
}

impl Default for Pager {
    fn default() -> Self {
        // Thirty minutes: a follow-up without a mention is read as such only that long after
        // the answer, and no asker's id is kept longer than that past their last search.
        Pager::new(1000, Duration::from_secs(30 * 60))
    }
}

impl Pager {
    /// A pager keeping at most `capacity` searches, each for `ttl` after its last use.
    pub fn new(capacity: usize, ttl: Duration) -> Pager {
        Pager {
            pages: Mutex::new(HashMap::new()),
            capacity: capacity.max(1),
            ttl,
        }
    }

    /// Remembers `page` for this asker in this room (replacing their previous search). When
    /// full, expired searches go first, then the least recently used.
    pub fn save(&self, room: &str, user: &str, page: Page, now: Instant) {
        let mut pages = self.pages.lock().unwrap_or_else(|e| e.into_inner());
        let key = (room.to_string(), user.to_string());
        pages.retain(|_, e| now.saturating_duration_since(e.at) < self.ttl);
        if !pages.contains_key(&key) && pages.len() >= self.capacity {
            {
                if let Some(oldest) = pages
                    .iter()
                    .min_by_key(|(_, e)| e.at)
                    .map(|(k, _)| k.clone())
                {
                    pages.remove(&oldest);
                }
            }
        }
        pages.insert(key, Entry { page, at: now });
    }

    /// A copy of this asker's search in this room, if it has not expired. The page stays
    /// remembered; save it again to move on.
    pub fn current(&self, room: &str, user: &str, now: Instant) -> Option<Page> {
        let mut pages = self.pages.lock().unwrap_or_else(|e| e.into_inner());
        let key = (room.to_string(), user.to_string());
        match pages.get(&key) {
            Some(e) if now.saturating_duration_since(e.at) < self.ttl => Some(e.page.clone()),
            Some(_) => {
                pages.remove(&key);
                None
            }
            None => None,
        }
    }

    /// How long a search is remembered after its last use.
    pub fn ttl(&self) -> Duration {
        self.ttl
    }

    /// How many searches are remembered.
    pub fn len(&self) -> usize {
        self.pages.lock().unwrap_or_else(|e| e.into_inner()).len()
    }

    /// True when no search is remembered.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(q: &str) -> Page {
        Page {
            query: q.into(),
            raw: q.into(),
            ids: vec!["a".into(), "b".into()],
            total: 2,
            direct: 2,
            general: Vec::new(),
            domains: Vec::new(),
            next: 1,
        }
    }

    #[test]
    fn each_asker_has_one_search_per_room() {
        let p = Pager::default();
        let t = Instant::now();
        p.save("r1", "alice", page("preterm"), t);
        p.save("r1", "alice", page("autism"), t);
        p.save("r2", "alice", page("fathers"), t);
        p.save("r1", "bob", page("courts"), t);
        assert_eq!(p.len(), 3);
        assert_eq!(p.current("r1", "alice", t).unwrap().query, "autism");
        assert_eq!(p.current("r2", "alice", t).unwrap().query, "fathers");
        assert_eq!(p.current("r1", "bob", t).unwrap().query, "courts");
        assert_eq!(p.current("r2", "bob", t), None);
    }

    #[test]
    fn searches_expire() {
        let p = Pager::new(10, Duration::from_secs(60));
        let t = Instant::now();
        p.save("r", "alice", page("preterm"), t);
        assert!(p
            .current("r", "alice", t + Duration::from_secs(59))
            .is_some());
        assert_eq!(p.current("r", "alice", t + Duration::from_secs(61)), None);
        assert!(p.is_empty(), "an expired search is dropped when found");
    }

    #[test]
    fn a_full_pager_evicts_expired_then_least_recently_used() {
        let p = Pager::new(2, Duration::from_secs(60));
        let t = Instant::now();
        p.save("r", "old", page("1"), t);
        p.save("r", "mid", page("2"), t + Duration::from_secs(30));
        // Full: "old" is the least recently used and goes.
        p.save("r", "new", page("3"), t + Duration::from_secs(40));
        assert_eq!(p.len(), 2);
        assert_eq!(p.current("r", "old", t + Duration::from_secs(40)), None);
        // Full again, 100 s later: both are expired and go before anything else is judged.
        p.save("r", "late", page("4"), t + Duration::from_secs(140));
        assert_eq!(p.len(), 1);
        assert!(p
            .current("r", "late", t + Duration::from_secs(140))
            .is_some());
        // Replacing one's own search never evicts anyone.
        p.save("r", "x", page("5"), t + Duration::from_secs(141));
        p.save("r", "x", page("6"), t + Duration::from_secs(142));
        assert_eq!(p.len(), 2);
    }
}
