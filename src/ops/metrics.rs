//! What the running bot counts, and its health, in Prometheus terms. Free of Matrix and HTTP
//! types: the Matrix layer records, the HTTP listener reads.

use std::sync::atomic::{AtomicBool, AtomicU8, Ordering};
use std::sync::Mutex;

use prometheus_client::encoding::text::encode;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::{exponential_buckets, Histogram};
use prometheus_client::registry::Registry;

type Labels = Vec<(String, String)>;

/// Where the bot is in its life, for `/healthz`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum Phase {
    /// Loading knowledge, logging in.
    Starting = 0,
    /// Logged in and the last sync succeeded.
    Syncing = 1,
    /// Syncs are failing; the bot is retrying.
    Retrying = 2,
    /// Shutting down.
    Stopping = 3,
}

/// Every metric and the health state.
pub struct Metrics {
    registry: Registry,
    /// Commands answered, by command kind.
    pub commands: Family<Labels, Counter>,
    /// Seconds from receiving a command to the reply being sent.
    pub answer_seconds: Histogram,
    /// Failed sync requests.
    pub sync_errors: Counter,
    /// Sync retries after a backoff.
    pub sync_retries: Counter,
    /// Knowledge reloads, by result (ok, unchanged, refused, failed).
    pub reloads: Family<Labels, Counter>,
    /// Records being served.
    pub records: Gauge,
    /// Rooms joined.
    pub rooms: Gauge,
    /// Messages the bot could not decrypt.
    pub undecryptable: Counter,
    /// Feedback on answers, by vote (up, down, none) and way (reaction, command, comment).
    pub feedback: Family<Labels, Counter>,
    /// `!evidence` questions with no direct record, by coverage (partial, none).
    pub gaps: Family<Labels, Counter>,
    /// Safety replies sent (no labels: not the room, the kind or the time).
    pub safety: Counter,
    phase: AtomicU8,
    ready: AtomicBool,
    reason: Mutex<String>,
}

impl Default for Metrics {
    fn default() -> Self {
        Metrics::new()
    }
}

impl Metrics {
    /// Registers every metric under the `evidence_bot` prefix.
    pub fn new() -> Metrics {
        let mut registry = Registry::with_prefix("evidence_bot");
        let commands = Family::<Labels, Counter>::default();
        let answer_seconds = Histogram::new(exponential_buckets(0.005, 2.0, 12));
        let sync_errors = Counter::default();
        let sync_retries = Counter::default();
        let reloads = Family::<Labels, Counter>::default();
        let records = Gauge::default();
        let rooms = Gauge::default();
        let undecryptable = Counter::default();
        let feedback = Family::<Labels, Counter>::default();
        let gaps = Family::<Labels, Counter>::default();
        let safety = Counter::default();
        registry.register(
            "safety_replies",
            "Safety replies sent to messages disclosing risk",
            safety.clone(),
        );
        registry.register(
            "commands_answered",
            "Commands answered, by command",
            commands.clone(),
        );
        registry.register(
            "answer_latency_seconds",
            "Seconds from receiving a command to sending the reply",
            answer_seconds.clone(),
        );
        registry.register("sync_errors", "Failed sync requests", sync_errors.clone());
        registry.register(
            "sync_retries",
            "Sync retries after a backoff",
            sync_retries.clone(),
        );
        registry.register(
            "knowledge_reloads",
            "Knowledge reloads, by result",
            reloads.clone(),
        );
        registry.register("knowledge_records", "Records being served", records.clone());
        registry.register("rooms_joined", "Rooms the bot is in", rooms.clone());
        registry.register(
            "undecryptable_events",
            "Messages the bot could not decrypt",
            undecryptable.clone(),
        );
        registry.register(
            "feedback",
            "Feedback on answers, by vote and way (reaction, command, comment)",
            feedback.clone(),
        );
        registry.register(
            "unanswered_questions",
            "Questions no record was about, by coverage (partial, none)",
            gaps.clone(),
        );
        Metrics {
            registry,
            commands,
            answer_seconds,
            sync_errors,
            sync_retries,
            reloads,
            records,
            rooms,
            undecryptable,
            feedback,
            gaps,
            safety,
            phase: AtomicU8::new(Phase::Starting as u8),
            ready: AtomicBool::new(false),
            reason: Mutex::new("starting".into()),
        }
    }

    /// Counts one safety reply.
    pub fn safety(&self) {
        self.safety.inc();
    }

    /// Counts one answered command.
    pub fn answered(&self, command: &str, seconds: f64) {
        self.commands
            .get_or_create(&vec![("command".to_string(), command.to_string())])
            .inc();
        self.answer_seconds.observe(seconds);
    }

    /// Counts one vote or comment on an answer.
    pub fn feedback_given(&self, vote: &str, way: &str) {
        self.feedback
            .get_or_create(&vec![
                ("vote".to_string(), vote.to_string()),
                ("way".to_string(), way.to_string()),
            ])
            .inc();
    }

    /// Counts one question no record was about.
    pub fn unanswered(&self, coverage: &str) {
        self.gaps
            .get_or_create(&vec![("coverage".to_string(), coverage.to_string())])
            .inc();
    }

    /// Counts one reload.
    pub fn reloaded(&self, result: &str) {
        self.reloads
            .get_or_create(&vec![("result".to_string(), result.to_string())])
            .inc();
    }

    /// Sets the phase, with a reason shown by `/healthz` when unhealthy.
    pub fn set_phase(&self, phase: Phase, reason: &str) {
        self.phase.store(phase as u8, Ordering::SeqCst);
        if phase == Phase::Syncing {
            self.ready.store(true, Ordering::SeqCst);
        }
        *self.reason.lock().unwrap_or_else(|e| e.into_inner()) = reason.to_string();
    }

    /// `Ok` when logged in and syncing, else the reason.
    pub fn health(&self) -> Result<(), String> {
        match self.phase.load(Ordering::SeqCst) {
            p if p == Phase::Syncing as u8 => Ok(()),
            _ => Err(self
                .reason
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .clone()),
        }
    }

    /// True once the knowledge is loaded and the first sync has succeeded.
    pub fn ready(&self) -> bool {
        self.ready.load(Ordering::SeqCst)
            && self.phase.load(Ordering::SeqCst) != Phase::Stopping as u8
    }

    /// The Prometheus text exposition of every metric.
    pub fn render(&self) -> String {
        let mut s = String::new();
        let _ = encode(&mut s, &self.registry);
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_counters_and_health() {
        let m = Metrics::new();
        assert!(m.health().is_err());
        m.answered("evidence", 0.01);
        m.reloaded("ok");
        m.set_phase(Phase::Syncing, "");
        assert!(m.health().is_ok() && m.ready());
        let text = m.render();
        assert!(
            text.contains("evidence_bot_commands_answered_total{command=\"evidence\"} 1"),
            "{text}"
        );
        assert!(
            text.contains("evidence_bot_knowledge_reloads_total{result=\"ok\"} 1"),
            "{text}"
        );
        assert!(
            text.contains("evidence_bot_answer_latency_seconds_bucket"),
            "{text}"
        );
        m.set_phase(Phase::Retrying, "sync failing: connection refused");
        assert_eq!(m.health().unwrap_err(), "sync failing: connection refused");
    }
}
