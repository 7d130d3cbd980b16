//! The chat path from a terminal, shared by `ask`, `show` and `console`: the bot's core with no
//! homeserver around it.

use std::time::{Duration, Instant, SystemTime};

use evidence_bot::answer::Action;
use evidence_bot::bot::{Bot, Settings, Step};
use evidence_bot::chat::{BotNames, Command, Incoming, MessageKind};
use evidence_bot::references::Style;
use evidence_bot::render::{text, Reply};
use evidence_bot::snapshot::Snapshot;

/// The bot's name at a terminal: `console` addresses each line in words to it.
pub(super) const TERMINAL_BOT: &str = "@evidence-bot:cli";

/// The chat path from a terminal: the same core the Matrix bot runs, with the person at the
/// terminal as its admin and no flood limit.
pub(super) struct Terminal {
    bot: Bot,
}

impl Terminal {
    pub(super) fn new() -> Terminal {
        let settings = Settings {
            prefix: "!".into(),
            admins: vec!["cli".into()],
            catch_up: Duration::from_secs(3600),
            rate_commands: u32::MAX,
            rate_period: Duration::from_secs(1),
            default_style: Style::Apa,
            gap_log: false,
            safety: evidence_bot::safety::SafetyTexts::default(),
        };
        let names = BotNames {
            user_id: TERMINAL_BOT.into(),
            display_name: None,
        };
        Terminal {
            bot: Bot::new(settings, names),
        }
    }

    pub(super) fn prefix(&self) -> &str {
        "!"
    }

    /// The reply the bot would post for a chat message; `None` when it would stay silent.
    pub(super) fn ask(&self, text: &str, snap: &Snapshot) -> Option<Reply> {
        let now_ms = SystemTime::now()
            .duration_since(SystemTime::UNIX_EPOCH)
            .map_or(0, |d| d.as_millis() as u64);
        let msg = Incoming {
            room: "cli".into(),
            event_id: "$cli".into(),
            sender: "cli".into(),
            body: text.to_string(),
            ts_ms: now_ms,
            kind: MessageKind::Text,
            is_edit: false,
            mentions_bot: false,
            relates_to: None,
        };
        match self.bot.receive(&msg, snap, now_ms, Instant::now(), false) {
            Step::Answer(job) => Some(outside_the_bot(self.bot.answer(
                &job,
                snap,
                &evidence_bot::rooms::RoomSettings::default(),
                None,
            ))),
            Step::Ignore(_) | Step::Silence => None,
        }
    }

    /// The reply to a command given directly.
    pub(super) fn answer(&self, command: &Command, snap: &Snapshot) -> Option<Reply> {
        self.ask(&format!("{}{}", self.prefix(), command_text(command)), snap)
    }
}

fn command_text(command: &Command) -> String {
    match command {
        Command::Show { id } => format!("show {id}"),
        other => other.name().to_string(),
    }
}

/// Admin actions need the running bot.
fn outside_the_bot(action: Action) -> Reply {
    match action {
        Action::Reply(r) => r,
        Action::Greet { first, .. } => *first,
        Action::Reload | Action::Status => Reply::text(&text::admin_needs_bot()),
        Action::Feedback { .. } | Action::Gaps { .. } | Action::SaveRoomSettings { .. } => {
            Reply::text(&text::needs_a_room())
        }
        Action::Figure(figure) => evidence_bot::draw::reply(&figure).unwrap_or_else(|e| {
            tracing::error!(error = %format!("{e:#}"), "drawing the figure failed");
            Reply::text(&text::figure_failed())
        }),
    }
}
