//! The curators' loop in rooms: logging the questions no record was about, 👍/👎 reactions and
//! `!feedback` on answers, the "what were you looking for?" asked once after a 👎 (and the
//! asker's next message in that thread taken as the comment), `!gaps` and the weekly digest.
//! What is stored, and how, is [`crate::gaplog`]'s business; this module knows rooms and events.

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use matrix_sdk::event_handler::Ctx;
use matrix_sdk::ruma::events::reaction::OriginalSyncReactionEvent;
use matrix_sdk::ruma::events::relation::Thread;
use matrix_sdk::ruma::events::room::message::{
    OriginalSyncRoomMessageEvent, Relation, RoomMessageEventContent,
};
use matrix_sdk::ruma::events::Mentions;
use matrix_sdk::ruma::{OwnedEventId, OwnedUserId};
use matrix_sdk::{Client, Room, RoomState};
use tracing::{debug, info, info_span, warn, Instrument};

use evidence_core::answer::gaps_reply;
use evidence_core::curation::{self, Asked, Vote};
use evidence_core::render::{text, Reply};

use super::outbound::txn_id_for;
use super::{now_ms, Shell};
use crate::gaplog::{Answered, GapLog};

/// Answers remembered in memory, so that votes on direct answers (which the log does not
/// keep) still find their question.
const RECENT_ANSWERS: usize = 2000;

/// How long the bot waits for the comment it asked for after a 👎.
const COMMENT_WITHIN: Duration = Duration::from_secs(60 * 60);

/// The running bot's side of the curators' loop.
#[derive(Debug)]
pub(super) struct Curation {
    log: Arc<GapLog>,
    exclude: Vec<String>,
    recent: Mutex<Recent>,
    /// (room, user) asked "what were you looking for?", and where the answer goes.
    waiting: Mutex<HashMap<(String, String), Waiting>>,
}

#[derive(Debug, Default)]
struct Recent {
    order: VecDeque<String>,
    by_event: HashMap<String, RecentAnswer>,
}

#[derive(Debug, Clone)]
struct RecentAnswer {
    asked: Asked,
    /// The thread the answer is in, if the question was asked in one.
    thread: Option<OwnedEventId>,
}

#[derive(Debug)]
struct Waiting {
    /// The thread the question was asked in.
    thread: OwnedEventId,
    /// The bot's question itself (a reply to it counts too).
    question: Option<OwnedEventId>,
    feedback: i64,
    until: Instant,
}

impl Curation {
    /// The loop over an opened log; `exclude` lists rooms (ids or aliases) never logged.
    pub(super) fn new(log: GapLog, exclude: Vec<String>) -> Curation {
        Curation {
            log: Arc::new(log),
            exclude,
            recent: Mutex::new(Recent::default()),
            waiting: Mutex::new(HashMap::new()),
        }
    }

    fn excluded(&self, room: &Room) -> bool {
        let id = room.room_id().as_str();
        let aliases: Vec<String> = room
            .canonical_alias()
            .into_iter()
            .chain(room.alt_aliases())
            .map(|a| a.to_string())
            .collect();
        self.exclude
            .iter()
            .any(|x| x == id || aliases.iter().any(|a| a == x))
    }

    fn remember(&self, answer: &str, r: RecentAnswer) {
        let mut recent = self.recent.lock().unwrap_or_else(|e| e.into_inner());
        if recent.by_event.insert(answer.to_string(), r).is_none() {
            recent.order.push_back(answer.to_string());
        }
        while recent.order.len() > RECENT_ANSWERS {
            if let Some(old) = recent.order.pop_front() {
                recent.by_event.remove(&old);
            }
        }
    }

    /// The question an answer of the bot's answered, from memory or the log.
    async fn answered(&self, answer: &str) -> Option<(Answered, Option<OwnedEventId>)> {
        let recent = self
            .recent
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .by_event
            .get(answer)
            .cloned();
        if let Some(r) = recent {
            return Some((
                Answered {
                    question: r.asked.question,
                    coverage: r.asked.coverage,
                },
                r.thread,
            ));
        }
        let answer = answer.to_string();
        match self
            .log
            .run(move |log| log.question_of_answer(&answer))
            .await
        {
            Ok(found) => found.map(|a| (a, None)),
            Err(e) => {
                warn!(error = %e, "reading the gap log failed");
                None
            }
        }
    }
}

fn now_s() -> i64 {
    (now_ms() / 1000) as i64
}

/// The thread an event is in, if any.
fn thread_of(ev: &OriginalSyncRoomMessageEvent) -> Option<OwnedEventId> {
    match &ev.content.relates_to {
        Some(Relation::Thread(t)) => Some(t.event_id.clone()),
        _ => None,
    }
}

/// The events a message replies to: its reply target, then its thread's root.
fn replied_to(ev: &OriginalSyncRoomMessageEvent) -> Vec<OwnedEventId> {
    match &ev.content.relates_to {
        Some(Relation::Reply(r)) => vec![r.in_reply_to.event_id.clone()],
        Some(Relation::Thread(t)) => t
            .in_reply_to
            .iter()
            .map(|r| r.event_id.clone())
            .chain(std::iter::once(t.event_id.clone()))
            .collect(),
        _ => Vec::new(),
    }
}

/// After an `!evidence` answer was sent as `answer`: remember its question, and log it when no
/// record was about it.
pub(super) async fn answered(
    shell: &Shell,
    room: &Room,
    question: &OriginalSyncRoomMessageEvent,
    answer: &OwnedEventId,
    asked: Asked,
) {
    let Some(c) = &shell.curation else { return };
    if c.excluded(room) {
        debug!("room excluded from the gap log");
        return;
    }
    if asked.coverage.is_gap() {
        shell.metrics.unanswered(asked.coverage.as_str());
        let (id, logged) = (answer.to_string(), asked.clone());
        match c
            .log
            .run(move |log| log.record_question(now_s(), Some(&id), &logged))
            .await
        {
            Ok(()) => info!(
                coverage = asked.coverage.as_str(),
                "question logged for the curators"
            ),
            Err(e) => warn!(error = %e, "could not write to the gap log"),
        }
    }
    c.remember(
        answer.as_str(),
        RecentAnswer {
            asked,
            thread: thread_of(question),
        },
    );
}

/// A reaction: a 👍 or 👎 on one of the bot's answers is recorded; after a 👎 the bot asks,
/// once per answer, what the reactor was looking for.
pub(super) async fn on_reaction(ev: OriginalSyncReactionEvent, room: Room, shell: Ctx<Arc<Shell>>) {
    let shell: Arc<Shell> = shell.0.clone();
    if room.state() != RoomState::Joined || ev.sender.as_str() == shell.bot.names().user_id {
        return;
    }
    let Some(vote) = curation::vote_of_reaction(&ev.content.relates_to.key) else {
        return;
    };
    let span = info_span!("reaction", room = %room.room_id(), event = %ev.event_id);
    async move {
        let Some(c) = &shell.curation else { return };
        if c.excluded(&room) || !room_logs(&shell, &room).await {
            return;
        }
        let target = ev.content.relates_to.event_id.clone();
        let Some((about, thread)) = c.answered(target.as_str()).await else {
            debug!("a vote on something that is not a remembered answer");
            return;
        };
        let at = now_s();
        let (answer, question) = (target.to_string(), about.clone());
        let id = match c
            .log
            .run(move |log| log.record_feedback(at, &answer, &question, Some(vote), None))
            .await
        {
            Ok(id) => id,
            Err(e) => {
                warn!(error = %e, "could not record a vote");
                return;
            }
        };
        shell.metrics.feedback_given(vote.as_str(), "reaction");
        info!(vote = vote.as_str(), "vote on an answer recorded");
        if vote != Vote::Down {
            return;
        }
        let answer = target.to_string();
        match c.log.run(move |log| log.ask_back_once(at, &answer)).await {
            Ok(true) => {}
            Ok(false) => return,
            Err(e) => {
                warn!(error = %e, "could not note the follow-up question");
                return;
            }
        }
        let root = thread.unwrap_or_else(|| target.clone());
        let asked = ask_back(&room, &root, &target, &ev.sender, &ev.event_id).await;
        c.waiting.lock().unwrap_or_else(|e| e.into_inner()).insert(
            (room.room_id().to_string(), ev.sender.to_string()),
            Waiting {
                thread: root,
                question: asked,
                feedback: id,
                until: Instant::now() + COMMENT_WITHIN,
            },
        );
    }
    .instrument(span)
    .await
}

/// Posts "what were you looking for?" in the answer's thread, mentioning the reactor.
async fn ask_back(
    room: &Room,
    root: &OwnedEventId,
    answer: &OwnedEventId,
    who: &OwnedUserId,
    reaction: &OwnedEventId,
) -> Option<OwnedEventId> {
    let mut content = RoomMessageEventContent::notice_plain(text::feedback_ask())
        .add_mentions(Mentions::with_user_ids([who.clone()]));
    content.relates_to = Some(Relation::Thread(Thread::reply(
        root.clone(),
        answer.clone(),
    )));
    match room
        .send(content)
        .with_transaction_id(txn_id_for(reaction.as_str(), "ask-back").into())
        .await
    {
        Ok(r) => Some(r.response.event_id),
        Err(e) => {
            warn!(error = %e, "could not ask what the reactor was looking for");
            None
        }
    }
}

/// A message that may be the comment the bot asked for: the asker's next message in that
/// thread (or a reply to the bot's question). Called only for a message the core would not act
/// on ([`Step::may_be_comment`](evidence_core::bot::Step::may_be_comment)), so a command, a
/// question or a disclosure is never taken. True when it was taken.
pub(super) async fn take_comment(
    shell: &Shell,
    room: &Room,
    ev: &OriginalSyncRoomMessageEvent,
    body: &str,
) -> bool {
    let Some(c) = &shell.curation else {
        return false;
    };
    if body.trim().is_empty() {
        return false;
    }
    let key = (room.room_id().to_string(), ev.sender.to_string());
    let feedback = {
        let mut waiting = c.waiting.lock().unwrap_or_else(|e| e.into_inner());
        let now = Instant::now();
        waiting.retain(|_, w| w.until > now);
        let Some(w) = waiting.get(&key) else {
            return false;
        };
        let here = thread_of(ev).as_ref() == Some(&w.thread)
            || w.question
                .as_ref()
                .is_some_and(|q| replied_to(ev).contains(q));
        if !here {
            return false;
        }
        let id = w.feedback;
        waiting.remove(&key);
        id
    };
    let comment: String = body.chars().take(2000).collect();
    let comment = comment.trim().to_string();
    if let Err(e) = c
        .log
        .run(move |log| log.add_comment(feedback, &comment))
        .await
    {
        warn!(error = %e, "could not record a comment");
        return false;
    }
    shell.metrics.feedback_given("down", "comment");
    info!("comment on an answer recorded");
    let reply = Reply::text(&text::feedback_thanks());
    let content = super::outbound::reply_content(ev, reply.plain, reply.html);
    if let Err(e) = room
        .send(content)
        .with_transaction_id(txn_id_for(ev.event_id.as_str(), "reply").into())
        .await
    {
        warn!(error = %e, "could not thank for a comment");
    }
    true
}

/// `!feedback TEXT` as a reply to one of the bot's answers.
pub(super) async fn from_command(
    shell: &Shell,
    room: &Room,
    ev: &OriginalSyncRoomMessageEvent,
    vote: Option<Vote>,
    comment: &str,
) -> Reply {
    let prefix = &shell.config.bot.prefix;
    let Some(c) = &shell.curation else {
        return Reply::text(&text::feedback_off());
    };
    if c.excluded(room) || !room_logs(shell, room).await {
        return Reply::text(&text::feedback_off());
    }
    let mut found = None;
    for id in replied_to(ev) {
        if let Some((about, _)) = c.answered(id.as_str()).await {
            found = Some((id, about));
            break;
        }
    }
    let Some((answer, about)) = found else {
        return Reply::text(&text::feedback_needs_reply(prefix));
    };
    let comment = (!comment.trim().is_empty()).then(|| comment.to_string());
    let answer = answer.to_string();
    match c
        .log
        .run(move |log| log.record_feedback(now_s(), &answer, &about, vote, comment.as_deref()))
        .await
    {
        Ok(_) => {
            shell
                .metrics
                .feedback_given(vote.map_or("none", Vote::as_str), "command");
            info!("feedback on an answer recorded");
            Reply::text(&text::feedback_thanks())
        }
        Err(e) => {
            warn!(error = %e, "could not record feedback");
            Reply::text(&text::internal_error())
        }
    }
}

/// Whether the room's own settings keep the gap log (`!config gap_log off` turns it off).
async fn room_logs(shell: &Shell, room: &Room) -> bool {
    shell
        .rooms
        .get(room)
        .await
        .effective(&shell.bot.room_defaults())
        .gap_log
}

/// The gap report since `since` (as typed; the last week when `None`), as a reply.
pub(super) async fn report(shell: &Shell, since: Option<&str>, heading: Option<&str>) -> Reply {
    let Some(c) = &shell.curation else {
        return Reply::text(&text::gap_log_off());
    };
    let now = now_s();
    let since = match since.map(|s| curation::parse_since(s, now)) {
        None => now - 7 * 86_400,
        Some(Ok(t)) => t,
        Some(Err(problem)) => return Reply::text(&problem),
    };
    match c.log.run(move |log| log.entries(since)).await {
        Ok((gaps, feedback)) => gaps_reply(
            &curation::report(&gaps, &feedback, since, now),
            heading,
            &shell.config.bot.prefix,
        ),
        Err(e) => {
            warn!(error = %e, "reading the gap log failed");
            Reply::text(&text::internal_error())
        }
    }
}

/// How often the running bot checks whether the gap log is due its daily pruning.
const PRUNE_CHECK_EVERY: Duration = Duration::from_secs(60 * 60);

/// Prunes the gap log on the first check of each day, so that entries older than
/// `gap_log_days` go even when nothing is written (writes prune too) and the bot never restarts.
pub(super) async fn prune_loop(shell: Arc<Shell>) {
    if shell.curation.is_none() {
        return;
    }
    loop {
        tokio::time::sleep(PRUNE_CHECK_EVERY).await;
        if let Some(c) = &shell.curation {
            if let Err(e) = c.log.run(|log| log.prune_if_due(now_s())).await {
                warn!(error = %e, "pruning the gap log failed");
            }
        }
    }
}

/// Posts the gap digest to the admin room on the configured weekday and hour (or every
/// `gap_digest_every_seconds`), covering the time since the last one.
pub(super) async fn digest_loop(shell: Arc<Shell>, client: Client) {
    let b = &shell.config.bot;
    let every = b.gap_digest_every_seconds;
    let day = b
        .gap_digest_day
        .as_deref()
        .and_then(curation::parse_weekday);
    if every.is_none() && day.is_none() {
        return;
    }
    let mut last = now_s();
    loop {
        let now = now_s();
        let next = match (every, day) {
            (Some(s), _) => now + s as i64,
            (None, Some(d)) => curation::next_digest(now, d, b.gap_digest_hour),
            (None, None) => return,
        };
        tokio::time::sleep(Duration::from_secs((next - now).max(1) as u64)).await;
        let reply = report_since(&shell, last).await;
        last = now_s();
        super::admin::post_reply_to_admin_room(&shell, &client, reply).await;
        info!("gap digest posted");
    }
}

async fn report_since(shell: &Shell, since: i64) -> Reply {
    let Some(c) = &shell.curation else {
        return Reply::text(&text::gap_log_off());
    };
    match c.log.run(move |log| log.entries(since)).await {
        Ok((gaps, feedback)) => gaps_reply(
            &curation::report(&gaps, &feedback, since, now_s()),
            Some(&text::gap_digest()),
            &shell.config.bot.prefix,
        ),
        Err(e) => {
            warn!(error = %e, "reading the gap log failed");
            Reply::text(&text::internal_error())
        }
    }
}
