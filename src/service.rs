//! The bot's decisions about chat messages, free of Matrix types: is a message for us, which
//! command it is, flood protection, and the persisted record of what was already answered.

use std::collections::{HashMap, HashSet, VecDeque};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

use crate::commands::{self, Command, ParseError};

/// A chat message, converted from the Matrix event at the boundary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Incoming {
    /// Room id.
    pub room: String,
    /// Event id.
    pub event_id: String,
    /// Sender's user id.
    pub sender: String,
    /// The plain body (for messages with only a formatted body, the formatted text stripped of tags).
    pub body: String,
    /// When the homeserver received it (ms since the epoch).
    pub ts_ms: u64,
    /// What kind of message it is.
    pub kind: MessageKind,
    /// True for an edit of an earlier message.
    pub is_edit: bool,
    /// True when the message's `m.mentions` names the bot.
    pub mentions_bot: bool,
}

/// The message types the bot distinguishes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MessageKind {
    /// `m.text`: may be a command.
    Text,
    /// `m.notice`: other bots; never answered, so two bots cannot loop.
    Notice,
    /// Anything else (images, emotes, files).
    Other,
}

/// Why a message is not answered, or which command it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decision {
    /// Stay silent, for the reason given (logged at debug level).
    Ignore(&'static str),
    /// Answer this command.
    Command(Command),
    /// The command was malformed: answer with its usage.
    Usage(ParseError),
}

/// What identifies the bot in a message that addresses it by name.
#[derive(Debug, Clone)]
pub struct BotNames {
    /// Full user id, e.g. `@evidence-bot:example.org`.
    pub user_id: String,
    /// Display name, if set.
    pub display_name: Option<String>,
}

impl BotNames {
    fn candidates(&self) -> Vec<String> {
        let local = self
            .user_id
            .trim_start_matches('@')
            .split(':')
            .next()
            .unwrap_or("")
            .to_string();
        let mut v = vec![self.user_id.clone(), format!("@{local}"), local];
        if let Some(d) = &self.display_name {
            v.push(d.clone());
            v.push(format!("@{d}"));
        }
        v.retain(|s| !s.is_empty());
        // Longest first, so "@evidence-bot:example.org" wins over "@evidence-bot".
        v.sort_by_key(|s| std::cmp::Reverse(s.len()));
        v
    }

    /// If the text starts with the bot's name ("@evidence-bot: preterm", "evidence-bot, help"),
    /// the rest of the text; otherwise None.
    pub fn strip(&self, text: &str) -> Option<String> {
        let t = text.trim_start();
        for name in self.candidates() {
            if t.len() >= name.len()
                && t.is_char_boundary(name.len())
                && t[..name.len()].eq_ignore_ascii_case(&name)
            {
                let rest = &t[name.len()..];
                if rest.is_empty() || rest.starts_with([':', ',', ' ', '\u{a0}']) {
                    return Some(rest.trim_start_matches([':', ',']).trim().to_string());
                }
            }
        }
        None
    }
}

/// Decides what to do with a message. `now_ms` and `catch_up` implement the catch-up window.
pub fn decide(
    msg: &Incoming,
    prefix: &str,
    names: &BotNames,
    now_ms: u64,
    catch_up: Duration,
) -> Decision {
    if msg.sender == names.user_id {
        return Decision::Ignore("own message");
    }
    match msg.kind {
        MessageKind::Notice => return Decision::Ignore("m.notice (another bot)"),
        MessageKind::Other => return Decision::Ignore("not a text message"),
        MessageKind::Text => {}
    }
    if msg.is_edit {
        return Decision::Ignore("edit");
    }
    if now_ms.saturating_sub(msg.ts_ms) > catch_up.as_millis() as u64 {
        return Decision::Ignore("older than the catch-up window");
    }
    // A client that puts the bot in `m.mentions` may show it under a name we do not know (a
    // room-specific display name): "Evidence helper: preterm" still addresses the bot.
    let addressed = names.strip(&msg.body).or_else(|| {
        if !msg.mentions_bot {
            return None;
        }
        let (head, rest) = msg.body.split_once(':')?;
        (head.chars().count() <= 64 && !head.trim().is_empty()).then(|| rest.trim().to_string())
    });
    let text = match addressed {
        // Addressed by name: the rest is a command if it has the prefix, else a question.
        Some(rest) if rest.starts_with(prefix) => rest,
        Some(rest) if rest.is_empty() => format!("{prefix}help"),
        Some(rest) => format!("{prefix}evidence {rest}"),
        None => msg.body.clone(),
    };
    match commands::parse(prefix, &text) {
        Ok(cmd) => Decision::Command(cmd),
        Err(ParseError::NotACommand) => Decision::Ignore("not a command"),
        Err(e) => Decision::Usage(e),
    }
}

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
        if self.buckets.len() > 10_000 {
            // Forget users whose buckets are full again: they behave like new users anyway.
            let (cap, per) = (self.capacity, self.per);
            self.buckets
                .retain(|_, b| now.duration_since(b.last) < per.mul_f64(1.0) || b.tokens < cap);
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

/// The events already answered, kept on disk so that a restart never answers twice.
#[derive(Debug)]
pub struct HandledStore {
    path: PathBuf,
    order: VecDeque<Handled>,
    ids: HashSet<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct Handled {
    event_id: String,
    ts_ms: u64,
}

/// How many handled events are remembered (far more than a catch-up window holds).
const HANDLED_CAPACITY: usize = 5000;

impl HandledStore {
    /// Opens (or starts) the store at `path`. A corrupt file is an error, not a silent reset:
    /// resetting would answer old commands again.
    pub fn open(path: &Path) -> anyhow::Result<HandledStore> {
        let mut s = HandledStore {
            path: path.to_path_buf(),
            order: VecDeque::new(),
            ids: HashSet::new(),
        };
        match std::fs::read_to_string(path) {
            Ok(text) => {
                let list: Vec<Handled> = serde_json::from_str(&text).map_err(|e| {
                    anyhow::anyhow!(
                        "{} is corrupt ({e}); move it aside to start afresh (commands from the catch-up window could then be answered again)",
                        path.display()
                    )
                })?;
                for h in list {
                    s.ids.insert(h.event_id.clone());
                    s.order.push_back(h);
                }
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => anyhow::bail!("cannot read {}: {e}", path.display()),
        }
        Ok(s)
    }

    /// Whether an event was answered.
    pub fn contains(&self, event_id: &str) -> bool {
        self.ids.contains(event_id)
    }

    /// Records an event as answered (in memory; call `save` to persist).
    pub fn insert(&mut self, event_id: &str, ts_ms: u64) {
        if self.ids.insert(event_id.to_string()) {
            self.order.push_back(Handled {
                event_id: event_id.to_string(),
                ts_ms,
            });
            while self.order.len() > HANDLED_CAPACITY {
                if let Some(old) = self.order.pop_front() {
                    self.ids.remove(&old.event_id);
                }
            }
        }
    }

    /// Writes the store atomically (temp file, then rename), readable by the owner only.
    pub fn save(&self) -> anyhow::Result<()> {
        let list: Vec<&Handled> = self.order.iter().collect();
        let json = serde_json::to_vec(&list)?;
        write_private(&self.path, &json)
    }
}

/// Writes a file atomically with mode 0600.
pub fn write_private(path: &Path, data: &[u8]) -> anyhow::Result<()> {
    let tmp = path.with_extension("tmp");
    {
        let mut opts = std::fs::OpenOptions::new();
        opts.write(true).create(true).truncate(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            opts.mode(0o600);
        }
        let mut f = opts
            .open(&tmp)
            .map_err(|e| anyhow::anyhow!("cannot write {}: {e}", tmp.display()))?;
        f.write_all(data)?;
        f.sync_all()?;
    }
    std::fs::rename(&tmp, path)
        .map_err(|e| anyhow::anyhow!("cannot replace {}: {e}", path.display()))?;
    Ok(())
}

/// A transaction id derived from the event being answered, so that a resend after a crash is
/// de-duplicated by the homeserver instead of posting the answer twice.
pub fn txn_id_for(event_id: &str, part: &str) -> String {
    use sha2::{Digest, Sha256};
    let digest = Sha256::digest(format!("{event_id}\0{part}").as_bytes());
    let hex: String = digest.iter().take(16).map(|b| format!("{b:02x}")).collect();
    format!("evidence-bot-{hex}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn msg(body: &str) -> Incoming {
        Incoming {
            room: "!r:x".into(),
            event_id: "$e".into(),
            sender: "@alice:x".into(),
            body: body.into(),
            ts_ms: 1_000_000,
            kind: MessageKind::Text,
            is_edit: false,
            mentions_bot: false,
        }
    }

    fn names() -> BotNames {
        BotNames {
            user_id: "@evidence-bot:x".into(),
            display_name: Some("Evidence Bot".into()),
        }
    }

    fn d(m: &Incoming) -> Decision {
        decide(m, "!", &names(), 1_000_000 + 1000, Duration::from_secs(600))
    }

    #[test]
    fn decisions() {
        let ev = |q: &str| {
            Decision::Command(Command::Evidence {
                query: q.into(),
                truncated: false,
            })
        };
        let cases: Vec<(Incoming, Decision)> = vec![
            (msg("!evidence preterm"), ev("preterm")),
            (msg("@evidence-bot preterm"), ev("preterm")),
            (
                msg("@evidence-bot:x: does VIG help dads?"),
                ev("does VIG help dads?"),
            ),
            (msg("evidence-bot, autism"), ev("autism")),
            (
                msg("Evidence Bot: !topics"),
                Decision::Command(Command::Topics),
            ),
            (
                msg("@evidence-bot"),
                Decision::Command(Command::Help { topic: None }),
            ),
            (msg("hello everyone"), Decision::Ignore("not a command")),
            (
                msg("evidence-botty preterm"),
                Decision::Ignore("not a command"),
            ),
            (
                Incoming {
                    mentions_bot: true,
                    ..msg("Evidence helper: autism")
                },
                ev("autism"),
            ),
            (
                msg("Evidence helper: autism"),
                Decision::Ignore("not a command"),
            ),
            (
                Incoming {
                    kind: MessageKind::Notice,
                    ..msg("!evidence preterm")
                },
                Decision::Ignore("m.notice (another bot)"),
            ),
            (
                Incoming {
                    is_edit: true,
                    ..msg("!evidence preterm")
                },
                Decision::Ignore("edit"),
            ),
            (
                Incoming {
                    sender: "@evidence-bot:x".into(),
                    ..msg("!evidence preterm")
                },
                Decision::Ignore("own message"),
            ),
            (
                Incoming {
                    ts_ms: 1,
                    ..msg("!evidence preterm")
                },
                Decision::Ignore("older than the catch-up window"),
            ),
            (
                msg("!show"),
                Decision::Usage(commands::parse("!", "!show").unwrap_err()),
            ),
        ];
        for (m, want) in cases {
            assert_eq!(d(&m), want, "{:?}", m.body);
        }
    }

    #[test]
    fn admin_commands_in_every_spelling_are_admin() {
        for text in [
            "!reload",
            "!RELOAD",
            "!Reload  ",
            "@evidence-bot !reload",
            "evidence-bot: !status",
            "!STATUS now",
            "   !reload",
            "!reload\u{200b}",
            "\u{202e}!status",
            "!reload\t\t",
            "@evidence-bot:   !ReLoAd",
        ] {
            match d(&msg(text)) {
                Decision::Command(c) => assert!(c.is_admin(), "{text}"),
                other => panic!("{text}: {other:?}"),
            }
        }
    }

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
        assert_eq!(l.check("a", t0 + Duration::from_secs(2)), Verdict::Allow);
        assert_eq!(l.check("a", t0 + Duration::from_secs(2)), Verdict::Warn);
    }

    #[test]
    fn handled_store_round_trip_and_corruption() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("handled.json");
        let mut s = HandledStore::open(&p).unwrap();
        s.insert("$a", 1);
        s.save().unwrap();
        let s = HandledStore::open(&p).unwrap();
        assert!(s.contains("$a") && !s.contains("$b"));
        std::fs::write(&p, "{not json").unwrap();
        let err = HandledStore::open(&p).unwrap_err().to_string();
        assert!(err.contains("corrupt"), "{err}");
    }

    #[test]
    fn txn_ids_are_stable() {
        assert_eq!(txn_id_for("$a", "reply"), txn_id_for("$a", "reply"));
        assert_ne!(txn_id_for("$a", "reply"), txn_id_for("$b", "reply"));
    }
}
