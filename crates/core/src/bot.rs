//! The bot's functional core, one call per message: [`Bot::receive`] decides what to do with a
//! chat message (addressed? recent? already answered? over the flood limit? which command?),
//! and [`Bot::answer`] turns the decision into an [`Action`] from one snapshot of the knowledge.
//! The Matrix layer (and the CLI) only carry the actions out.

use std::sync::Mutex;
use std::time::{Duration, Instant};

use crate::answer::{self, Action, Answers, Context, Pager};
use crate::chat::{
    decide, BotNames, Command, Decision, Incoming, ParseError, RateLimiter, Verdict,
};
use crate::knowledge::safety::{RiskKind, SafetyTexts, Screening};
use crate::locale::{self, Lang};
use crate::references::Style;
use crate::render::{text, Reply};
use crate::rooms::{Defaults, RoomSettings};
use crate::snapshot::Snapshot;

/// What the bot's decisions depend on, from its configuration.
#[derive(Debug, Clone)]
pub struct Settings {
    /// Command prefix, usually `!`.
    pub prefix: String,
    /// Users who may run admin commands (exact user ids).
    pub admins: Vec<String>,
    /// Commands older than this are not answered (sent while the bot was down too long ago).
    pub catch_up: Duration,
    /// Flood protection: at most this many commands per user...
    pub rate_commands: u32,
    /// ...per this long.
    pub rate_period: Duration,
    /// Citation style when none is asked for.
    pub default_style: Style,
    /// Whether the gap log is kept at all (`[bot] gap_log`).
    pub gap_log: bool,
    /// The texts of the safety reply (`[safety] text_file`; the UK texts by default).
    pub safety: SafetyTexts,
}

impl Settings {
    /// The settings of the bot at a terminal (`ask`, `console`, the evaluation): the person at
    /// it is the admin, there is no flood limit and no gap log.
    pub fn local() -> Settings {
        Settings {
            prefix: "!".into(),
            admins: vec![LOCAL_USER.into()],
            catch_up: Duration::from_secs(3600),
            rate_commands: u32::MAX,
            rate_period: Duration::from_secs(1),
            default_style: Style::Apa,
            gap_log: false,
            safety: SafetyTexts::default(),
        }
    }
}

/// The user id of the person at a terminal.
pub const LOCAL_USER: &str = "cli";

/// What to do with a message.
#[derive(Debug)]
pub enum Step {
    /// Stay silent, for the reason given (logged at debug level).
    Ignore(&'static str),
    /// Over the flood limit after the one notice: no reply, but remember the event as handled so
    /// a restart does not answer it either.
    Silence,
    /// Answer it: call [`Bot::answer`] (off the async runtime; searching is CPU work).
    Answer(Job),
}

impl Step {
    /// Whether the message may be the comment the bot asked for after a 👎 (the shell knows
    /// whether one is awaited). `followups_here`: the room's `followups` setting. The order is
    /// the safety screen, a command or an addressed question, a follow-up, then a comment: a
    /// follow-up not addressed to the bot is one only where the room takes follow-ups.
    pub fn may_be_comment(&self, followups_here: bool) -> bool {
        match self {
            Step::Ignore(_) => true,
            Step::Answer(job) => job.is_unaddressed_follow_up() && !followups_here,
            Step::Silence => false,
        }
    }
}

/// A message to answer, as decided.
#[derive(Debug)]
pub struct Job {
    room: String,
    user: String,
    work: Work,
    /// For a follow-up not addressed to the bot: whose answer it continues.
    follows: Option<String>,
    /// The message was in words (addressed to the bot), not a typed command: it may continue
    /// the asker's last answer.
    worded: bool,
    /// The message asks about a risk topic: a one-line pointer to help goes above the answer.
    pointer: bool,
    /// The message's own language (the reply's, unless the room fixed one).
    language: Lang,
}

#[derive(Debug)]
enum Work {
    /// The message discloses that someone is at risk now: the safety reply and nothing else.
    /// `addressed`: the message was for the bot (else the room's `safety_watch` decides).
    Safety { kind: RiskKind, addressed: bool },
    /// The sender just went over the flood limit: one notice.
    SlowDown,
    /// A known command used the wrong way.
    Usage(ParseError),
    /// A command, and whether the sender is an admin.
    Command { command: Command, admin: bool },
}

impl Job {
    /// The command's name for logs and metrics ("usage" and "slow-down" for those replies).
    pub fn name(&self) -> &'static str {
        match &self.work {
            Work::Safety { .. } => "safety",
            Work::SlowDown => "slow-down",
            Work::Usage(_) => "usage",
            Work::Command { command, .. } => command.name(),
        }
    }

    /// True for the safety reply to a disclosure: the shell logs, counts and stores nothing of
    /// the message (only `safety=true`), and never reads it as a feedback comment.
    pub fn is_safety(&self) -> bool {
        matches!(self.work, Work::Safety { .. })
    }

    /// True for a follow-up that was not addressed to the bot (a reply to an answer): answered
    /// only where the room's `followups` is on.
    pub fn is_unaddressed_follow_up(&self) -> bool {
        self.follows.is_some()
    }

    /// True for a command whose answer may change the room's settings
    /// ([`Action::SaveRoomSettings`]): the shell holds the room's settings from its read to
    /// its write, so that two changes at once both keep theirs.
    pub fn changes_room_settings(&self) -> bool {
        matches!(
            &self.work,
            Work::Command {
                command: Command::Config { .. }
                    | Command::Subscribe { .. }
                    | Command::Unsubscribe { .. },
                ..
            }
        )
    }

    /// True for an answer to search questions (its reply may be followed up).
    pub fn is_evidence(&self) -> bool {
        matches!(
            &self.work,
            Work::Command {
                command: Command::Evidence { .. } | Command::More,
                ..
            }
        )
    }

    /// True for a safety reply to a message not addressed to the bot: sent only where the
    /// room's `safety_watch` is on.
    pub fn needs_watch(&self) -> bool {
        matches!(
            self.work,
            Work::Safety {
                addressed: false,
                ..
            }
        )
    }
}

/// The bot's deciding half: settings, names, flood protection and the pages of `!more`.
#[derive(Debug)]
pub struct Bot {
    settings: Settings,
    names: BotNames,
    limiter: Mutex<RateLimiter>,
    pager: Pager,
    answers: Answers,
}

impl Bot {
    /// A chat core for a bot with these settings and names.
    pub fn new(settings: Settings, names: BotNames) -> Bot {
        Bot {
            limiter: Mutex::new(RateLimiter::new(
                settings.rate_commands,
                settings.rate_period,
            )),
            settings,
            names,
            pager: Pager::default(),
            answers: Answers::default(),
        }
    }

    /// The bot's names, as given.
    pub fn names(&self) -> &BotNames {
        &self.names
    }

    /// Decides about one message, in the order messages arrive (flood protection counts here).
    /// First the safety screen, on every text message the bot can read (addressed or not, edits
    /// too); then a command or a question addressed to the bot. `answered`: the shell's record
    /// says this event was answered before (a restart's replay).
    pub fn receive(
        &self,
        msg: &Incoming,
        snap: &Snapshot,
        now_ms: u64,
        now: Instant,
        answered: bool,
    ) -> Step {
        let safety = &snap.knowledge.safety;
        let s = &self.settings;
        let decision = decide(msg, &s.prefix, &self.names, now_ms, s.catch_up);
        let readable = msg.sender != self.names.user_id
            && msg.kind == crate::chat::MessageKind::Text
            && now_ms.saturating_sub(msg.ts_ms) <= s.catch_up.as_millis() as u64;
        // The words said, without the bot's name or the command word: "@evidence-bot:" and
        // "!evidence" would otherwise read as a research question's framing.
        let words = self.words_of(&msg.body);
        let language = snap.index.detect(&words);
        let screening = if readable {
            safety.screen_in(&words, language.code())
        } else {
            Screening::Clear
        };
        if let Screening::Disclosure(kind) = screening {
            if answered {
                return Step::Ignore("already answered");
            }
            // Never counted by the flood limiter, and never silenced by it.
            return Step::Answer(Job {
                room: msg.room.clone(),
                user: msg.sender.clone(),
                work: Work::Safety {
                    kind,
                    addressed: !matches!(decision, Decision::Ignore(_)),
                },
                pointer: false,
                follows: None,
                worded: false,
                language,
            });
        }
        // A reply to an answer, or a message in its thread, that reads as a follow-up of it.
        let mut follows = None;
        let decision = match decision {
            Decision::Ignore("not a command") if readable => {
                let owner = msg
                    .relates_to
                    .as_deref()
                    .and_then(|e| self.answers.asker_of(e, now, self.pager.ttl()));
                match owner {
                    Some(owner)
                        if answer::is_follow_up(
                            &msg.body,
                            &msg.room,
                            &owner,
                            snap,
                            &self.pager,
                        ) =>
                    {
                        follows = Some(owner);
                        Decision::Command(Command::Evidence {
                            query: msg.body.trim().to_string(),
                            truncated: false,
                        })
                    }
                    _ => Decision::Ignore("not a command"),
                }
            }
            d => d,
        };
        let parsed = match decision {
            Decision::Ignore(why) => return Step::Ignore(why),
            Decision::Command(c) => Ok(c),
            Decision::Usage(e) => Err(e),
        };
        if answered {
            return Step::Ignore("already answered");
        }
        let verdict = self
            .limiter
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .check(&msg.sender, now);
        let work = match (verdict, parsed) {
            (Verdict::Silent, _) => return Step::Silence,
            (Verdict::Warn, _) => Work::SlowDown,
            (Verdict::Allow, Err(e)) => Work::Usage(e),
            (Verdict::Allow, Ok(command)) => Work::Command {
                command,
                admin: s.admins.iter().any(|a| a == &msg.sender),
            },
        };
        Step::Answer(Job {
            room: msg.room.clone(),
            user: msg.sender.clone(),
            work,
            pointer: screening == Screening::Topic,
            worded: !msg.body.trim_start().starts_with(&s.prefix)
                && !self
                    .names
                    .strip(&msg.body)
                    .is_some_and(|rest| rest.starts_with(&s.prefix)),
            follows,
            language,
        })
    }

    /// A message's own words: without the bot's name and a leading command word.
    fn words_of(&self, body: &str) -> String {
        let rest = self.names.strip(body).unwrap_or_else(|| body.to_string());
        let rest = rest.trim_start();
        match rest.strip_prefix(self.settings.prefix.as_str()) {
            Some(command) => command
                .split_once(char::is_whitespace)
                .map_or("", |(_, words)| words)
                .to_string(),
            None => rest.to_string(),
        }
    }

    /// Remembers a question and its answer as `asker`'s, so a reply to either, or a message in
    /// their thread, can be read as a follow-up (for the pager's time).
    pub fn remember_answer(&self, events: &[&str], asker: &str, now: Instant) {
        self.answers.remember(events, asker, now, self.pager.ttl());
    }

    /// The bot's defaults for a room's settings.
    pub fn room_defaults(&self) -> Defaults {
        Defaults {
            style: self.settings.default_style,
            results: crate::answer::PAGE,
            gap_log: self.settings.gap_log,
        }
    }

    /// The answer to a job, from one snapshot of the knowledge and the room's settings.
    /// `last_reload` is shown by `!about`.
    pub fn answer(
        &self,
        job: &Job,
        snap: &Snapshot,
        room: &RoomSettings,
        last_reload: Option<String>,
    ) -> Action {
        let s = &self.settings;
        let in_force = room.effective(&self.room_defaults());
        // Every sentence of the reply is in the room's language, else the message's own.
        let _language = locale::scope(in_force.language.unwrap_or(job.language));
        match &job.work {
            Work::Safety { kind, .. } => Action::Reply(answer::safety_reply(
                *kind,
                &s.safety,
                room.effective(&self.room_defaults())
                    .safety_contact
                    .as_deref(),
            )),
            Work::SlowDown => Action::Reply(Reply::text(&text::slow_down(
                s.rate_commands,
                s.rate_period.as_secs(),
            ))),
            Work::Usage(e) => Action::Reply(answer::usage_reply(e, &s.prefix).unwrap_or_default()),
            Work::Command { command, admin } => {
                let ctx = Context {
                    prefix: s.prefix.clone(),
                    room: job.room.clone(),
                    user: job.user.clone(),
                    is_admin: *admin,
                    default_style: in_force.style,
                    last_reload,
                    room_settings: room.clone(),
                    in_force,
                    follows: job.follows.clone(),
                    worded: job.worded,
                };
                let mut action = answer::respond(command, &ctx, snap, &self.pager);
                if let Action::Reply(reply) = &mut action {
                    // Records' titles and summaries are not translated: said once, above them.
                    if locale::current() != Lang::En && reply.presented.lists_records() {
                        *reply =
                            std::mem::take(reply).with_note_above(&text::summaries_in_english());
                    }
                    if job.pointer {
                        *reply = std::mem::take(reply)
                            .with_note_above(&answer::safety_pointer(&s.safety));
                    }
                }
                action
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chat::tests::{msg, names};

    fn settings() -> Settings {
        Settings {
            prefix: "!".into(),
            admins: vec!["@admin:x".into()],
            catch_up: Duration::from_secs(600),
            rate_commands: 2,
            rate_period: Duration::from_secs(10),
            default_style: Style::Apa,
            gap_log: true,
            safety: SafetyTexts::default(),
        }
    }

    #[test]
    fn the_core_decides_each_step() {
        let chat = Bot::new(settings(), names());
        let now = Instant::now();
        let at = 1_000_000 + 1000;
        let (snap, _) = Snapshot::load(None).expect("the built-in knowledge loads");
        let step = |m: &Incoming, answered: bool| chat.receive(m, &snap, at, now, answered);
        assert!(matches!(
            step(&msg("hello"), false),
            Step::Ignore("not a command")
        ));
        assert!(matches!(
            step(&msg("!topics"), true),
            Step::Ignore("already answered")
        ));
        // alice may ask twice in the window, is told to slow down once, then silence.
        let Step::Answer(job) = step(&msg("!topics"), false) else {
            panic!("no answer")
        };
        assert_eq!(job.name(), "topics");
        let Step::Answer(job) = step(&msg("!show"), false) else {
            panic!("no answer")
        };
        assert_eq!(job.name(), "usage");
        let Step::Answer(job) = step(&msg("!topics"), false) else {
            panic!("no answer")
        };
        assert_eq!(job.name(), "slow-down");
        assert!(matches!(step(&msg("!topics"), false), Step::Silence));
        // The admin gate: only the configured admin gets a reload.
        let admin = Incoming {
            sender: "@admin:x".into(),
            ..msg("!reload")
        };
        let Step::Answer(job) = step(&admin, false) else {
            panic!("no answer")
        };
        assert!(matches!(
            job.work,
            Work::Command {
                command: Command::Reload,
                admin: true
            }
        ));
        let bob = Incoming {
            sender: "@bob:x".into(),
            ..msg("!reload")
        };
        let Step::Answer(job) = step(&bob, false) else {
            panic!("no answer")
        };
        assert!(matches!(job.work, Work::Command { admin: false, .. }));
    }

    #[test]
    fn only_a_message_the_bot_would_not_act_on_may_be_a_feedback_comment() {
        let chat = Bot::new(settings(), names());
        let (snap, _) = Snapshot::load(None).expect("the built-in knowledge loads");
        let at = 1_000_000 + 1000;
        let start = Instant::now();
        // alice's question and the bot's answer "$a", remembered as the shell does once sent.
        let Step::Answer(job) = chat.receive(&msg("!evidence preterm"), &snap, at, start, false)
        else {
            panic!("no answer")
        };
        chat.answer(&job, &snap, &RoomSettings::default(), None);
        chat.remember_answer(&["$e", "$a"], "@alice:x", start);
        // Her next message in the answer's thread, after a 👎: (text, may be the comment where
        // the room takes follow-ups, where it does not). The order: safety, a command or an
        // addressed question, a follow-up, and only then a comment.
        let cases = [
            ("I wanted trauma therapy for parents", true, true),
            ("@evidence-bot preterm", false, false),
            ("evidence-bot: what about fathers?", false, false),
            ("!evidence preterm", false, false),
            ("more", false, true),
            (
                "i keep thinking everyone would be better off without me",
                false,
                false,
            ),
        ];
        for (i, (body, followups_on, followups_off)) in cases.into_iter().enumerate() {
            let reply = Incoming {
                event_id: format!("$c{i}"),
                relates_to: Some("$a".into()),
                ..msg(body)
            };
            // Past the flood limit's period each time (2 commands in 10 s).
            let now = start + Duration::from_secs(20 * (i as u64 + 1));
            let step = chat.receive(&reply, &snap, at, now, false);
            assert_eq!(step.may_be_comment(true), followups_on, "{body}: {step:?}");
            assert_eq!(
                step.may_be_comment(false),
                followups_off,
                "{body}: {step:?}"
            );
        }
    }

    #[test]
    fn the_commands_that_save_room_settings_say_so_beforehand() {
        let chat = Bot::new(settings(), names());
        let (snap, _) = Snapshot::load(None).expect("the built-in knowledge loads");
        let start = Instant::now();
        let room = RoomSettings {
            subscriptions: vec!["preterm".into()],
            ..RoomSettings::default()
        };
        let cases = [
            ("!config results 2", true),
            ("!subscribe fathers", true),
            ("!unsubscribe 1", true),
            ("!subscriptions", false),
            ("!config", false),
            ("!topics", false),
        ];
        for (i, (text, saves)) in cases.into_iter().enumerate() {
            let admin = Incoming {
                sender: "@admin:x".into(),
                ..msg(text)
            };
            // Past the flood limit's period each time (2 commands in 10 s).
            let now = start + Duration::from_secs(20 * (i as u64 + 1));
            let Step::Answer(job) = chat.receive(&admin, &snap, 1_000_000 + 1000, now, false)
            else {
                panic!("{text}: no answer")
            };
            let action = chat.answer(&job, &snap, &room, None);
            assert_eq!(
                matches!(action, Action::SaveRoomSettings { .. }),
                saves,
                "{text}"
            );
            // Said before answering: a command that may save holds the room's settings.
            assert!(!saves || job.changes_room_settings(), "{text}");
        }
    }

    #[test]
    fn a_disclosure_gets_the_safety_reply_past_the_flood_limit_with_the_rooms_contact() {
        let chat = Bot::new(settings(), names());
        let (snap, _) = Snapshot::load(None).expect("the built-in knowledge loads");
        let now = Instant::now();
        let at = 1_000_000 + 1000;
        // alice uses up her allowance (2 commands) and is told to slow down.
        for _ in 0..3 {
            chat.receive(&msg("!topics"), &snap, at, now, false);
        }
        let Step::Answer(job) = chat.receive(
            &msg("i keep thinking everyone would be better off without me"),
            &snap,
            at,
            now,
            false,
        ) else {
            panic!("no safety reply")
        };
        assert!(job.is_safety() && job.needs_watch());
        let room = RoomSettings {
            safety_contact: Some("Duty team 01234 567890".into()),
            ..RoomSettings::default()
        };
        let Action::Reply(reply) = chat.answer(&job, &snap, &room, None) else {
            panic!("not a reply")
        };
        assert!(reply.presented.safety);
        assert!(reply.plain.contains("116 123"), "{}", reply.plain);
        assert!(
            reply
                .plain
                .ends_with("This room's contact: Duty team 01234 567890"),
            "{}",
            reply.plain
        );
        assert!(reply.asked.is_none(), "nothing for the gap log");
    }
}
