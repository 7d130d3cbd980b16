//! Command → answer: one file per command, each a plain function from the command, the asker's
//! [`Context`] and one [`Snapshot`] of the knowledge to an [`Action`]. No I/O; the Matrix layer
//! and the CLI carry the actions out.

mod catalogue;
mod cite;
mod config;
mod evidence;
mod figure;
mod followup;
mod gaps;
mod overall;
mod overview;
mod pager;
mod reading_list;
mod safety;
mod show;
mod subscribe;
mod suggest;
mod whatsnew;

use crate::chat::{Command, ParseError};
use crate::curation::{parse_feedback, Vote};
use crate::knowledge::model::Finding;
use crate::knowledge::Record;
use crate::knowledge::Task;
use crate::references::{Format, Style};
use crate::render::{text, Line, Reply};
use crate::rooms::{Effective, RoomSettings};
use crate::snapshot::Snapshot;
use crate::understand::talk::Talk;

pub use gaps::gaps_reply;
pub use pager::{Answers, Page, Pager, REMEMBERED};
pub use reading_list::READING_LIST_MAX;
pub use safety::{safety_pointer, safety_reply};
pub use subscribe::{notice, what_changed};

/// Results shown per page.
pub const PAGE: usize = 3;

/// Who asked, where, and how the bot is set up.
#[derive(Debug, Clone)]
pub struct Context {
    /// Command prefix, for hints.
    pub prefix: String,
    /// Room (or "cli").
    pub room: String,
    /// Asker (or "cli").
    pub user: String,
    /// Whether the asker may run admin commands.
    pub is_admin: bool,
    /// Citation style when none is given.
    pub default_style: Style,
    /// The last reload's result, shown by `!about` in the running bot.
    pub last_reload: Option<String>,
    /// What the room changed (`!config`).
    pub room_settings: RoomSettings,
    /// The settings in force in the room.
    pub in_force: Effective,
    /// Whose last answer a follow-up continues when it is not the asker's own (a reply to
    /// someone else's answer).
    pub follows: Option<String>,
    /// The question was asked in words, addressed to the bot, not typed as `!evidence`: it may
    /// continue the asker's last answer (a typed command is always a new search).
    pub worded: bool,
}

impl Default for Context {
    fn default() -> Self {
        Context {
            prefix: "!".into(),
            room: "cli".into(),
            user: "cli".into(),
            is_admin: false,
            default_style: Style::Apa,
            last_reload: None,
            room_settings: RoomSettings::default(),
            in_force: Effective::default(),
            follows: None,
            worded: false,
        }
    }
}

/// What the bot does in answer to a command.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Post this reply (with its attachment, if any).
    Reply(Reply),
    /// An admin asked for a reload: reload the knowledge, then reply with the outcome.
    Reload,
    /// An admin asked for the status: reply with [`status`] of the running bot's figures.
    Status,
    /// `!config KEY VALUE`, valid: the shell checks that the sender may change the room's
    /// settings, stores `settings` and replies with `reply` (or says who may).
    SaveRoomSettings {
        /// The room's settings with the change.
        settings: RoomSettings,
        /// The reply once stored.
        reply: Reply,
    },
    /// `!feedback`: record a vote and/or comment on the answer the message replies to, then
    /// thank the sender (or say that it needs to be a reply to an answer).
    Feedback {
        /// 👍 or 👎, if the text began with one.
        vote: Option<Vote>,
        /// The rest of the text.
        comment: String,
    },
    /// A greeting: `first` the first time in a room (with an example question), `again` after;
    /// the shell keeps which in the room's account data.
    Greet {
        /// The reply the first time (boxed: two replies would make every action twice the
        /// size of one).
        first: Box<Reply>,
        /// The reply after that.
        again: Box<Reply>,
    },
    /// `!chart` or `!map` with something to draw: the shell draws the figure and posts it as
    /// an image whose body is [`crate::figure::Figure::alt_text`].
    Figure(crate::figure::Figure),
    /// An admin asked for the gap report: read the log for the period and reply with
    /// [`gaps_reply`].
    Gaps {
        /// The start of the period as typed (already checked); the last week when `None`.
        since: Option<String>,
    },
}

impl Action {
    /// The reply, for actions that are one.
    pub fn reply(self) -> Option<Reply> {
        match self {
            Action::Reply(r) => Some(r),
            // Without a room to remember it in, every greeting is the first.
            Action::Greet { first, .. } => Some(*first),
            Action::Reload
            | Action::Status
            | Action::SaveRoomSettings { .. }
            | Action::Feedback { .. }
            | Action::Figure(_)
            | Action::Gaps { .. } => None,
        }
    }
}

/// The reply to a message that failed to parse: its usage. `NotACommand` gets no reply.
pub fn usage_reply(err: &ParseError, prefix: &str) -> Option<Reply> {
    match err {
        ParseError::NotACommand => None,
        ParseError::Usage { command, problem } => Some(Reply::text(&text::bad_usage(
            prefix,
            command,
            &text::usage_problem(problem, prefix),
        ))),
    }
}

/// Answers one command. Admin commands are refused here, for everyone the context does not
/// name an admin, whatever the spelling that reached this point.
pub fn respond(cmd: &Command, ctx: &Context, snap: &Snapshot, pager: &Pager) -> Action {
    if cmd.is_admin() && !ctx.is_admin {
        return Action::Reply(Reply::text(&text::admin_only()));
    }
    let reply = match cmd {
        Command::Evidence { query, truncated } => {
            return asked_in_words(query, *truncated, ctx, snap, pager);
        }
        Command::More => evidence::more(snap, ctx, pager),
        Command::Show { id } => show::show(id, snap, ctx),
        Command::Cite { ids, format } => match format {
            None => cite::cite(ids, ctx.default_style, snap, ctx),
            Some(Format::Style(style)) => cite::cite(ids, *style, snap, ctx),
            Some(f) => cite::cite_as_text(ids, *f, snap, ctx),
        },
        Command::ReadingList { query, format } => {
            reading_list::reading_list(query, *format, snap, ctx)
        }
        Command::Chart { query } => return figure::chart(query, snap, ctx),
        Command::Map { query } => return figure::map(query.as_deref(), snap, ctx),
        Command::Topics => catalogue::topics(snap, ctx),
        Command::Help { topic } => catalogue::help(topic.as_deref(), ctx),
        Command::About => catalogue::about(snap, ctx),
        Command::Config { key, value } => {
            return config::config(key.as_deref(), value.as_deref(), ctx);
        }
        Command::WhatsNew { args } => whatsnew::whatsnew(args, snap, ctx),
        Command::Subscribe { query } => return subscribe::subscribe(query, snap, ctx),
        Command::Unsubscribe { which } => return subscribe::unsubscribe(which, ctx),
        Command::Subscriptions => subscribe::subscriptions(ctx),
        Command::Feedback { text } => {
            let (vote, comment) = parse_feedback(text);
            return Action::Feedback { vote, comment };
        }
        Command::Gaps { since } => {
            return Action::Gaps {
                since: since.clone(),
            }
        }
        Command::Reload => return Action::Reload,
        Command::Status => return Action::Status,
        Command::Unknown { word } => suggest::unknown_command(word, ctx),
    };
    Action::Reply(reply)
}

/// A question addressed to the bot, or `!evidence`: a citation, reading list or chart asked
/// for in words gets that command's answer; anything else the evidence.
fn asked_in_words(
    query: &str,
    truncated: bool,
    ctx: &Context,
    snap: &Snapshot,
    pager: &Pager,
) -> Action {
    let q = snap.index.read(query);
    if let Some(t) = snap.index.talk(&q) {
        return talk(t, ctx, snap);
    }
    let owner = ctx.follows.as_deref().unwrap_or(&ctx.user);
    let current = (ctx.worded || ctx.follows.is_some())
        .then(|| pager.current(&ctx.room, owner, std::time::Instant::now()))
        .flatten();
    if let Some(last) = current {
        if let Some(f) = followup::read(query, &q, &last) {
            return follow_up(f, truncated, ctx, snap, pager);
        }
    }
    let style = q.style.as_deref().and_then(Style::parse);
    match q.task {
        Task::Chart => figure::chart(query, snap, ctx),
        Task::ReadingList => {
            let format = q
                .style
                .as_deref()
                .and_then(Format::parse)
                .unwrap_or(Format::Ris);
            Action::Reply(reading_list::reading_list(query, format, snap, ctx))
        }
        Task::Citation => {
            let result = search_in_room(query, snap, ctx);
            if result.hits.is_empty() {
                return Action::Reply(evidence::evidence(query, truncated, snap, ctx, pager));
            }
            let ids: Vec<String> = result
                .hits
                .iter()
                .take(PAGE)
                .map(|h| snap.knowledge.records[h.ord].id.clone())
                .collect();
            let mut reply = cite::cite(&ids, style.unwrap_or(ctx.default_style), snap, ctx);
            if result.hits.len() > ids.len() {
                let mut b = crate::render::Builder::default();
                b.para(|p| {
                    p.text(&text::first_of(ids.len(), result.hits.len()))
                        .code(&format!("{}reading-list {query}", ctx.prefix));
                });
                let more = b.finish();
                reply.plain.push_str("\n\n");
                reply.plain.push_str(&more.plain);
                reply.html.push_str(&more.html);
            }
            Action::Reply(reply)
        }
        _ => Action::Reply(evidence::evidence(query, truncated, snap, ctx, pager)),
    }
}

/// Whether `message` reads as a follow-up of `owner`'s last answer in the room: a message not
/// addressed to the bot is answered only then.
pub fn is_follow_up(
    message: &str,
    room: &str,
    owner: &str,
    snap: &Snapshot,
    pager: &Pager,
) -> bool {
    let Some(last) = pager.current(room, owner, std::time::Instant::now()) else {
        return false;
    };
    let q = snap.index.read(message);
    snap.index.talk(&q).is_none() && followup::read(message, &q, &last).is_some()
}

/// The answer to a follow-up of the asker's last answer, with a line saying how it was read.
fn follow_up(
    f: followup::FollowUp,
    truncated: bool,
    ctx: &Context,
    snap: &Snapshot,
    pager: &Pager,
) -> Action {
    use followup::FollowUp;
    match f {
        FollowUp::More => Action::Reply(evidence::more(snap, ctx, pager)),
        FollowUp::Cite { ids, style } => {
            let format = style.as_deref().and_then(Format::parse);
            Action::Reply(match format {
                None => cite::cite(&ids, ctx.default_style, snap, ctx),
                Some(Format::Style(s)) => cite::cite(&ids, s, snap, ctx),
                Some(f) => cite::cite_as_text(&ids, f, snap, ctx),
            })
        }
        FollowUp::Chart { query } => figure::chart(&query, snap, ctx),
        FollowUp::Why { ids, query } => Action::Reply(why_first(&ids, &query, snap)),
        FollowUp::Refine { query, added } => Action::Reply(
            evidence::evidence(&query, truncated, snap, ctx, pager)
                .with_note_above(&text::read_as_follow_up(&added)),
        ),
    }
}

/// How the last answer was ordered: the rule for its task, then each record it showed with the
/// fields the order reads (kind, level, year).
fn why_first(ids: &[String], query: &str, snap: &Snapshot) -> Reply {
    let task = snap.index.read(query).task;
    let mut b = crate::render::Builder::default();
    b.para(|p| {
        p.text(&text::order_rule(
            &text::task_label(task),
            task == Task::Effect,
        ));
    });
    let items = ids
        .iter()
        .filter_map(|id| snap.knowledge.get(id))
        .map(|r| {
            let mut l = Line::default();
            l.text(&text::order_record(
                &format!("{} {}", r.first_author_short(), r.year_label()),
                r.kind,
                r.peer_reviewed == Some(crate::knowledge::facts::PeerReview::Yes),
            ));
            l
        })
        .collect();
    b.list(Some(1), items);
    let mut reply = b.finish();
    // The reply names the records it explains, in the order they were shown.
    reply.presented.evidence = ids
        .iter()
        .filter(|id| snap.knowledge.get(id).is_some())
        .cloned()
        .collect();
    reply
}

/// The reply to a message that is not an evidence question.
fn talk(t: Talk, ctx: &Context, snap: &Snapshot) -> Action {
    let p = &ctx.prefix;
    Action::Reply(match t {
        Talk::Greeting => {
            return Action::Greet {
                first: Box::new(Reply::text(&text::greeting_first(p))),
                again: Box::new(Reply::text(&text::greeting())),
            }
        }
        Talk::Thanks => Reply::text(&text::thanks()),
        Talk::Capabilities => catalogue::help(None, ctx),
        Talk::About => catalogue::about(snap, ctx),
        Talk::Logging => Reply::text(&text::what_is_logged(ctx.in_force.gap_log, p)),
        Talk::Cannot(i) => {
            let what = snap
                .knowledge
                .language
                .conversation
                .cannot
                .get(i)
                .map_or("do that", |c| c.what.as_str());
            Reply::text(&text::cannot_do(what, p))
        }
    })
}

/// What the running bot knows about itself, for `!status`.
#[derive(Debug, Clone)]
pub struct StatusInfo {
    /// Seconds since start.
    pub uptime_secs: u64,
    /// Rooms joined.
    pub rooms: usize,
    /// The last reload's result and time.
    pub last_reload: String,
}

/// The reply to `!status`.
pub fn status(info: &StatusInfo, snap: &Snapshot) -> Reply {
    Reply::text(&text::status(
        info.uptime_secs,
        info.rooms,
        snap.knowledge.records.len(),
        &snap.knowledge.version,
        &snap.knowledge.origin,
        &info.last_reload,
    ))
}

/// A question searched as the room asks it: a room's default filters (`!config filters
/// since:2015`) apply to every question there (`!evidence`, `!chart`, `!map`).
pub(super) fn search_in_room(
    query: &str,
    snap: &Snapshot,
    ctx: &Context,
) -> crate::search::SearchResult {
    if ctx.in_force.filters.is_empty() {
        snap.index.search(query)
    } else {
        snap.index
            .search(&format!("{query} {}", ctx.in_force.filters))
    }
}

/// The first sentence when no record is about a question: the concepts nothing covers, the
/// parts no record covers together, or that it could not be read.
pub(super) fn why_nothing(result: &crate::search::SearchResult, query: &str) -> String {
    if !result.unmatched.is_empty() {
        text::nothing_about(&result.unmatched)
    } else if !result.apart.is_empty() {
        let parts: Vec<String> = result
            .apart
            .iter()
            .map(|a| text::or_list(&a.labels))
            .collect();
        text::nothing_together(&parts)
    } else if result.no_concept {
        text::could_not_tell()
    } else {
        text::nothing_found(query)
    }
}

pub(crate) fn quote(s: &str) -> String {
    format!("\u{201c}{s}\u{201d}")
}

/// "[RCT · level 3/6]"
pub fn level_tag(r: &Record) -> String {
    text::level_tag(r.kind)
}

/// The badge on a result line, short enough for a phone: "RCT · L3", "RCT follow-up · L3".
pub fn badge(r: &Record) -> String {
    text::badge(r.kind, r.follow_up_of.is_some())
}

/// Cuts text at a word boundary to at most `max` characters, marking the cut with "…".
pub(crate) fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let mut out: String = s.chars().take(max).collect();
    if let Some(i) = out.rfind(' ') {
        out.truncate(i);
    }
    out.trim_end_matches([',', ';', ':', '.']).to_string() + "…"
}

/// A finding on one line: the statement (cut to `max` chars) and its numbers.
pub(crate) fn finding_line(l: &mut Line, f: &Finding, max: usize) {
    let mut statement = f.statement.trim().to_string();
    if statement.chars().count() > max {
        statement = statement.chars().take(max).collect::<String>();
        if let Some(i) = statement.rfind(' ') {
            statement.truncate(i);
        }
        statement.push('…');
    }
    l.text(&statement);
    let numbers = text::finding_numbers(f);
    if !numbers.is_empty() {
        l.text(" (").text(&numbers).text(")");
    }
    if !f.verified {
        l.text(" ").italic(&text::finding_unverified());
    }
}

#[cfg(test)]
mod tests;
