//! Events in: each room message becomes our own [`Incoming`], the core decides once
//! ([`Bot::receive`](evidence_core::bot::Bot::receive)), and an answer is prepared off the async
//! runtime and carried out ([`Bot::answer`](evidence_core::bot::Bot::answer) → reply, reload or
//! status).

use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::{Duration, Instant};

use matrix_sdk::event_handler::Ctx;
use matrix_sdk::ruma::events::room::message::{
    MessageType, OriginalSyncRoomMessageEvent, Relation,
};
use matrix_sdk::{Room, RoomState};
use tracing::{debug, error, info, info_span, Instrument};

use crate::ops::config::SafetyNotify;
use evidence_core::answer::{self, Action};
use evidence_core::bot::{Job, Step};
use evidence_core::chat::{Incoming, MessageKind};
use evidence_core::render::{text, Reply};

use super::outbound::send_reply;
use super::{admin, feedback, now_ms, rooms, Shell};
use evidence_core::rooms::{Replies, RoomSettings};

/// An answer not ready after this long shows a typing notice.
const TYPING_AFTER: Duration = Duration::from_millis(300);

/// Converts the Matrix event into our own type.
fn incoming(ev: &OriginalSyncRoomMessageEvent, room: &Room, own: &str) -> Incoming {
    let (kind, body) = match &ev.content.msgtype {
        MessageType::Text(t) => {
            let body = if t.body.trim().is_empty() {
                t.formatted
                    .as_ref()
                    .map(|f| html_to_text(&f.body))
                    .unwrap_or_default()
            } else {
                t.body.clone()
            };
            (MessageKind::Text, body)
        }
        MessageType::Notice(n) => (MessageKind::Notice, n.body.clone()),
        _ => (MessageKind::Other, String::new()),
    };
    Incoming {
        room: room.room_id().to_string(),
        event_id: ev.event_id.to_string(),
        sender: ev.sender.to_string(),
        body,
        ts_ms: u64::from(ev.origin_server_ts.0),
        kind,
        is_edit: matches!(ev.content.relates_to, Some(Relation::Replacement(_))),
        mentions_bot: ev
            .content
            .mentions
            .as_ref()
            .is_some_and(|m| m.user_ids.iter().any(|u| u.as_str() == own)),
        relates_to: match &ev.content.relates_to {
            Some(Relation::Reply(r)) => Some(r.in_reply_to.event_id.to_string()),
            Some(Relation::Thread(t)) => Some(t.event_id.to_string()),
            _ => None,
        },
    }
}

/// The text of an HTML body, for messages sent with only `formatted_body`: parsed as HTML
/// (every entity decoded), tags dropped, text kept in document order.
fn html_to_text(html: &str) -> String {
    fn walk(node: ruma_html::NodeRef, out: &mut String) {
        if let Some(t) = node.as_text() {
            out.push_str(&t.borrow());
        }
        for child in node.children() {
            walk(child, out);
        }
    }
    let doc = ruma_html::Html::parse(html);
    let mut out = String::new();
    for node in doc.children() {
        walk(node, &mut out);
    }
    out
}

pub(super) async fn on_message(
    ev: OriginalSyncRoomMessageEvent,
    room: Room,
    shell: Ctx<Arc<Shell>>,
) {
    if room.state() != RoomState::Joined || shell.stopping.load(Ordering::SeqCst) {
        return;
    }
    let shell: Arc<Shell> = shell.0.clone();
    let msg = incoming(&ev, &room, &shell.bot.names().user_id);
    let answered = shell
        .handled
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .contains(&msg.event_id);
    // Decided here, in the order events arrive, so flood protection counts them in order. The
    // order: the safety screen; a command or question for the bot; a follow-up (where the room
    // takes them); a feedback comment.
    let snap = shell.live.get();
    let step = shell
        .bot
        .receive(&msg, &snap, now_ms(), Instant::now(), answered);
    drop(snap);
    if let Step::Answer(job) = &step {
        if job.is_safety() {
            // Nothing of a disclosure is logged: the span records only that it was one.
            let span = info_span!("message", safety = true);
            let tracker = shell.replies.clone();
            tracker.spawn(
                async move { safety(&shell, &room, &ev, &msg, job_of(step)).await }
                    .instrument(span),
            );
            return;
        }
    }
    let span = info_span!("message", room = %msg.room, event = %msg.event_id);
    let followups_here = match &step {
        Step::Answer(job) if job.is_unaddressed_follow_up() => {
            shell
                .rooms
                .get(&room)
                .await
                .effective(&shell.bot.room_defaults())
                .followups
        }
        _ => true,
    };
    if !answered
        && step.may_be_comment(followups_here)
        && msg.kind == MessageKind::Text
        && !msg.is_edit
        && feedback::take_comment(&shell, &room, &ev, &msg.body).await
    {
        shell.mark_handled(&msg);
        return;
    }
    match step {
        Step::Ignore(why) => debug!(parent: &span, why, "ignored"),
        Step::Silence => {
            debug!(parent: &span, "over the rate limit; silent");
            shell.mark_handled(&msg);
        }
        Step::Answer(job) => {
            let tracker = shell.replies.clone();
            tracker
                .spawn(async move { answer(&shell, &room, &ev, &msg, job).await }.instrument(span));
        }
    }
}

fn job_of(step: Step) -> Job {
    match step {
        Step::Answer(job) => job,
        _ => unreachable!("only called on an answer"),
    }
}

/// Sends the safety reply to a disclosure (where the room watches, for one not addressed to
/// the bot), counts it without labels, and tells the admin room which room, if configured.
/// Nothing of the message is logged, stored or asked about.
async fn safety(
    shell: &Arc<Shell>,
    room: &Room,
    ev: &OriginalSyncRoomMessageEvent,
    msg: &Incoming,
    job: Job,
) {
    let settings = shell.rooms.get(room).await;
    let in_force = settings.effective(&shell.bot.room_defaults());
    if job.needs_watch() && !in_force.safety_watch {
        return;
    }
    let snap = shell.live.get();
    let Action::Reply(reply) = shell.bot.answer(&job, &snap, &settings, None) else {
        return;
    };
    let thread = in_force.replies == Replies::Thread;
    if send_reply(shell, room, ev, msg, reply, thread)
        .await
        .is_some()
    {
        shell.metrics.safety();
        if shell.config.safety.notify == SafetyNotify::AdminRoom {
            let name = room_name(room);
            admin::post_reply_to_admin_room(
                shell,
                &room.client(),
                Reply::text(&text::safety_notice(&name)),
            )
            .await;
        }
    }
}

/// Prepares the answer to one job, carries out its action and sends the reply.
async fn answer(
    shell: &Arc<Shell>,
    room: &Room,
    ev: &OriginalSyncRoomMessageEvent,
    msg: &Incoming,
    job: Job,
) {
    let started = Instant::now();
    let name = job.name();
    let evidence = job.is_evidence();
    if job.is_unaddressed_follow_up()
        && !shell
            .rooms
            .get(room)
            .await
            .effective(&shell.bot.room_defaults())
            .followups
    {
        return;
    }
    info!(command = name, "answering");
    let (mut reply, typing) = typing_if_slow(room, prepare(shell, room, ev, job)).await;
    let asked = reply.asked.take();
    let in_force = shell
        .rooms
        .get(room)
        .await
        .effective(&shell.bot.room_defaults());
    let thread = in_force.replies == Replies::Thread;
    let sent = send_reply(shell, room, ev, msg, reply, thread).await;
    if let (true, Some(answer)) = (evidence, &sent) {
        shell.bot.remember_answer(
            &[msg.event_id.as_str(), answer.as_str()],
            &msg.sender,
            Instant::now(),
        );
    }
    if let (Some(asked), Some(answer)) = (asked, sent) {
        if in_force.gap_log {
            feedback::answered(shell, room, ev, &answer, asked).await;
        }
    }
    shell
        .metrics
        .answered(name, started.elapsed().as_secs_f64());
    if typing {
        let _ = room.typing_notice(false).await;
    }
}

/// The reply to a job: the core's answer (off the async workers), with its action carried out.
async fn prepare(
    shell: &Arc<Shell>,
    room: &Room,
    ev: &OriginalSyncRoomMessageEvent,
    job: Job,
) -> Reply {
    let changes_settings = job.changes_room_settings();
    // A change to the room's settings holds them from this read to its write.
    let held = if changes_settings {
        Some(shell.rooms.updating.lock(room.room_id().as_str()).await)
    } else {
        None
    };
    let snap = shell.live.get();
    let last_reload = Some(shell.live.status_line());
    let settings = shell.rooms.get(room).await;
    let s = shell.clone();
    let action =
        tokio::task::spawn_blocking(move || s.bot.answer(&job, &snap, &settings, last_reload))
            .await
            .unwrap_or_else(|e| {
                error!(error = %e, "answer panicked");
                Action::Reply(Reply::text(&text::internal_error()))
            });
    match action {
        Action::Reply(reply) => reply,
        Action::Greet { first, again } => greet(shell, room, held.is_some(), *first, *again).await,
        Action::Reload => admin::reload(shell, &room.client(), "!reload").await,
        Action::Status => answer::status(&admin::status_info(shell, room), &shell.live.get()),
        Action::Feedback { vote, comment } => {
            feedback::from_command(shell, room, ev, vote, &comment).await
        }
        Action::Gaps { since } => feedback::report(shell, since.as_deref(), None).await,
        Action::Figure(figure) => figure_reply(figure).await,
        Action::SaveRoomSettings { settings, reply } => {
            save_settings(shell, room, ev, &settings, reply).await
        }
    }
}

/// The greeting, the first time in a room, else the shorter one; `held` says whether the
/// room's settings are held already.
async fn greet(shell: &Arc<Shell>, room: &Room, held: bool, first: Reply, again: Reply) -> Reply {
    // Recording the greeting is a change of the room's settings too.
    let _greeting = if held {
        None
    } else {
        Some(shell.rooms.updating.lock(room.room_id().as_str()).await)
    };
    let mut settings = shell.rooms.get(room).await;
    if settings.greeted == Some(true) {
        again
    } else {
        settings.greeted = Some(true);
        if let Err(e) = shell.rooms.save(room, &settings).await {
            error!(error = %e, "saving that the room was greeted failed");
        }
        first
    }
}

/// `!config`: saves the room's settings, for its moderators only.
async fn save_settings(
    shell: &Arc<Shell>,
    room: &Room,
    ev: &OriginalSyncRoomMessageEvent,
    settings: &RoomSettings,
    reply: Reply,
) -> Reply {
    if !rooms::may_configure(shell, room, &ev.sender).await {
        return Reply::text(&text::config_moderators_only());
    }
    let before = shell.rooms.get(room).await;
    match shell.rooms.save(room, settings).await {
        Ok(()) => {
            info!("room settings saved");
            report_safety_change(shell, room, &before, settings).await;
            reply
        }
        Err(e) => {
            error!(error = %e, "saving the room's settings failed");
            Reply::text(&text::config_not_saved())
        }
    }
}

/// Awaits the reply, with a typing notice once it takes a while; says whether one was shown.
async fn typing_if_slow(
    room: &Room,
    work: impl std::future::Future<Output = Reply>,
) -> (Reply, bool) {
    // Most answers take a millisecond; a typing notice would only add two requests to each. It
    // is shown when preparing an answer is slow (a reload, say).
    let mut work = std::pin::pin!(work);
    match tokio::time::timeout(TYPING_AFTER, &mut work).await {
        Ok(reply) => (reply, false),
        Err(_) => {
            if let Err(e) = room.typing_notice(true).await {
                debug!(error = %e, "typing notice failed");
            }
            (work.await, true)
        }
    }
}

/// A room as the admin room is told of it: its alias, else its id.
fn room_name(room: &Room) -> String {
    room.canonical_alias()
        .map(|a| a.to_string())
        .unwrap_or_else(|| room.room_id().to_string())
}

/// Tells the admin room when a room changed how it screens for risk, or its safety contact.
async fn report_safety_change(
    shell: &Arc<Shell>,
    room: &Room,
    before: &RoomSettings,
    after: &RoomSettings,
) {
    let d = shell.bot.room_defaults();
    let (was, now) = (before.effective(&d), after.effective(&d));
    let name = room_name(room);
    for key in evidence_core::rooms::REPORTED_KEYS {
        if was.shown(key) != now.shown(key) {
            admin::post_reply_to_admin_room(
                shell,
                &room.client(),
                Reply::text(&text::safety_setting_changed(&name, key, &now.shown(key))),
            )
            .await;
        }
    }
}

/// Draws a figure off the async threads (a few milliseconds of CPU) into an image reply.
async fn figure_reply(figure: crate::figure::Figure) -> Reply {
    let drawn = tokio::task::spawn_blocking(move || crate::draw::reply(&figure)).await;
    match drawn {
        Ok(Ok(reply)) => reply,
        Ok(Err(e)) => {
            error!(error = %format!("{e:#}"), "drawing the figure failed");
            Reply::text(&text::figure_failed())
        }
        Err(e) => {
            error!(error = %e, "drawing the figure panicked");
            Reply::text(&text::figure_failed())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_bodies_become_their_text() {
        assert_eq!(
            html_to_text("<p><b>!evidence</b> pre&shy;term &amp; NICU&nbsp;&#8211; &#x2014;</p>"),
            "!evidence pre\u{ad}term & NICU\u{a0}\u{2013} \u{2014}"
        );
        assert_eq!(html_to_text("a <script>x</script>b"), "a xb");
        assert_eq!(html_to_text("&lt;b&gt;"), "<b>");
    }
}
