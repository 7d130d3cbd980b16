//! Message in → command: is a chat message for the bot (its prefix, its name, a mention), is it
//! recent enough, which command is it ([`command`]), and flood protection ([`rate_limit`]).
//! Free of Matrix types: the transport converts each event into an [`Incoming`] first.

pub mod command;
mod rate_limit;

use std::time::Duration;

pub use command::{parse, Command, ParseError, Problem, Spec, COMMANDS};
pub use rate_limit::{RateLimiter, Verdict};

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
    /// The event it replies to, or the root of the thread it is in: an answer of the bot's
    /// (or the question it answered) makes it a possible follow-up.
    pub relates_to: Option<String>,
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
    match command::parse(prefix, &text) {
        Ok(cmd) => Decision::Command(cmd),
        Err(ParseError::NotACommand) => Decision::Ignore("not a command"),
        Err(e) => Decision::Usage(e),
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub(crate) fn msg(body: &str) -> Incoming {
        Incoming {
            room: "!r:x".into(),
            event_id: "$e".into(),
            sender: "@alice:x".into(),
            body: body.into(),
            ts_ms: 1_000_000,
            kind: MessageKind::Text,
            is_edit: false,
            mentions_bot: false,
            relates_to: None,
        }
    }

    pub(crate) fn names() -> BotNames {
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
                Decision::Usage(command::parse("!", "!show").unwrap_err()),
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
}
