//! The admins' side: reloading the knowledge (on `!reload`, SIGHUP or a file change) and
//! reporting each outcome worth hearing in the admin room; the figures `!status` shows.

use std::future::Future;
use std::sync::Arc;
use std::time::{Duration, Instant};

use matrix_sdk::config::RequestConfig;

use matrix_sdk::ruma::events::room::message::RoomMessageEventContent;
use matrix_sdk::ruma::{OwnedRoomId, RoomAliasId, RoomId};
use matrix_sdk::{Client, Room};
use tracing::{debug, info, warn};

use evidence_core::answer::notice;
use evidence_core::answer::StatusInfo;
use evidence_core::live::{diff, Outcome};
use evidence_core::render::Reply;
use evidence_core::snapshot::Snapshot;

use super::outbound::txn_id_for;
use super::Shell;

/// The first pause after a failed admin-room lookup; each failure doubles it.
const LOOKUP_RETRY_FIRST: Duration = Duration::from_secs(60);

/// The longest pause between lookups of an admin room that cannot be found.
const LOOKUP_RETRY_MAX: Duration = Duration::from_secs(60 * 60);

/// The configured admin room, resolved once found (an alias costs a request to the server). A
/// failed lookup (the server down, the alias not yet made) is tried again on a later report,
/// after a pause, so that a missing room is not looked up at every message.
#[derive(Debug, Default)]
pub(super) struct AdminRoom {
    // Async, and held across the lookup: reports at the same time wait for one lookup.
    state: tokio::sync::Mutex<Lookup>,
}

#[derive(Debug, Default)]
enum Lookup {
    #[default]
    NotYet,
    Found(OwnedRoomId),
    Failed {
        again_at: Instant,
        pause: Duration,
    },
}

impl AdminRoom {
    async fn id(&self, target: &str, client: &Client) -> Option<OwnedRoomId> {
        self.resolve(Instant::now(), || lookup(target, client))
            .await
    }

    /// The room id, looked up with `lookup` when not found yet and no pause is running.
    async fn resolve<F, Fut>(&self, now: Instant, lookup: F) -> Option<OwnedRoomId>
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = Option<OwnedRoomId>>,
    {
        let mut state = self.state.lock().await;
        let pause = match &*state {
            Lookup::Found(id) => return Some(id.clone()),
            Lookup::Failed { again_at, .. } if now < *again_at => return None,
            Lookup::Failed { pause, .. } => (*pause * 2).min(LOOKUP_RETRY_MAX),
            Lookup::NotYet => LOOKUP_RETRY_FIRST,
        };
        match lookup().await {
            Some(id) => {
                *state = Lookup::Found(id.clone());
                Some(id)
            }
            None => {
                debug!(retry_in_s = pause.as_secs(), "admin room not found");
                *state = Lookup::Failed {
                    again_at: now + pause,
                    pause,
                };
                None
            }
        }
    }
}

/// The admin room's id: the configured id, or what its alias points to on the server.
async fn lookup(target: &str, client: &Client) -> Option<OwnedRoomId> {
    if target.starts_with('#') {
        match RoomAliasId::parse(target) {
            Ok(alias) => match client.resolve_room_alias(&alias).await {
                Ok(r) => Some(r.room_id),
                Err(e) => {
                    warn!(room = %target, error = %e, "cannot resolve the admin room alias");
                    None
                }
            },
            Err(e) => {
                warn!(room = %target, error = %e, "invalid admin room alias");
                None
            }
        }
    } else {
        match RoomId::parse(target) {
            Ok(r) => Some(r),
            Err(e) => {
                warn!(room = %target, error = %e, "invalid admin room id");
                None
            }
        }
    }
}

/// Reloads the knowledge off the async runtime, reports the outcome in the admin room (when it
/// is news) and the log, and returns it for the asker.
pub(super) async fn reload(shell: &Arc<Shell>, client: &Client, trigger: &str) -> Reply {
    let live = shell.live.clone();
    let outcome = match tokio::task::spawn_blocking(move || live.reload()).await {
        Ok(o) => o,
        Err(e) => Outcome::Failed {
            error: e.to_string(),
        },
    };
    let message = outcome.message();
    shell.metrics.reloaded(match &outcome {
        Outcome::Swapped { .. } => "ok",
        Outcome::Unchanged { .. } => "unchanged",
        Outcome::Refused { .. } => "refused",
        Outcome::Failed { .. } => "failed",
    });
    shell
        .metrics
        .records
        .set(shell.live.get().knowledge.records.len() as i64);
    match &outcome {
        Outcome::Unchanged { .. } => {
            debug!(trigger, "knowledge files unchanged; nothing reloaded");
        }
        o if o.is_ok() => info!(trigger, summary = %message, "knowledge reloaded"),
        _ => warn!(trigger, problems = %message, "knowledge reload refused"),
    }
    if outcome.is_news() {
        post_to_admin_room(shell, client, &format!("{message} (trigger: {trigger})")).await;
    }
    if let Outcome::Swapped { previous, .. } = outcome {
        schedule_notices(shell, client, previous);
    }
    Reply::text(&message)
}

/// How long after a reload the subscribed rooms are told, so that a burst of saves (an admin
/// editing several files) gives each room one notice about all of them.
const NOTICE_QUIET: Duration = Duration::from_secs(3);

/// Tells subscribed rooms about the records a reload added or changed, once per burst: the
/// first reload of a burst keeps the knowledge from before it, and one task compares that with
/// what is served when the burst is over.
fn schedule_notices(shell: &Arc<Shell>, client: &Client, previous: Arc<Snapshot>) {
    {
        let mut pending = shell.notice_base.lock().unwrap_or_else(|e| e.into_inner());
        if pending.is_some() {
            return;
        }
        *pending = Some(previous);
    }
    let shell = shell.clone();
    let client = client.clone();
    tokio::spawn(async move {
        tokio::time::sleep(NOTICE_QUIET).await;
        let Some(base) = shell
            .notice_base
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .take()
        else {
            return;
        };
        let now = shell.live.get();
        let d = diff(&base.knowledge, &now.knowledge);
        if d.added.is_empty() && d.changed.is_empty() {
            return;
        }
        for room in client.joined_rooms() {
            let settings = shell.rooms.get(&room).await;
            if settings.subscriptions.is_empty() {
                continue;
            }
            let txn = notice_txn(
                room.room_id().as_str(),
                &base.knowledge.version,
                &now.knowledge.version,
            );
            // In the room's language when it has one (`!config language`); else English.
            let language = settings
                .effective(&shell.bot.room_defaults())
                .language
                .unwrap_or_default();
            let (subs, base, now, d) =
                (settings.subscriptions, base.clone(), now.clone(), d.clone());
            let reply = match tokio::task::spawn_blocking(move || {
                evidence_core::locale::within(language, || notice(&subs, &d, &base.knowledge, &now))
            })
            .await
            {
                Ok(Some(r)) => r,
                Ok(None) => continue,
                Err(e) => {
                    warn!(error = %e, "preparing a subscription notice failed");
                    continue;
                }
            };
            // matrix-sdk waits out M_LIMIT_EXCEEDED (the server's retry_after) and retries.
            let patient = RequestConfig::new()
                .retry_limit(20)
                .max_retry_time(Duration::from_secs(300));
            match room
                .send(RoomMessageEventContent::notice_html(
                    reply.plain,
                    reply.html,
                ))
                .with_transaction_id(txn.into())
                .with_request_config(patient)
                .await
            {
                Ok(_) => info!(room = %room.room_id(), "subscription notice posted"),
                Err(e) => {
                    warn!(room = %room.room_id(), error = %e, "posting a subscription notice failed")
                }
            }
        }
    });
}

/// The transaction id of a subscription notice in `room` about the diff from `from` to `to`.
/// It names the room and the diff's two versions, so a retry cannot post twice, and a later
/// burst's notice (another diff) is never taken by the server for a retry of this one, as it
/// was when the id named the version served at send time.
fn notice_txn(room: &str, from: &str, to: &str) -> String {
    txn_id_for(&format!("{room}\0{from}\0{to}"), "subscription")
}

/// Posts a notice to `[bot] admin_room`, if one is configured and joined.
async fn post_to_admin_room(shell: &Shell, client: &Client, text: &str) {
    post_reply_to_admin_room(shell, client, Reply::text(text)).await;
}

/// Posts a reply as a notice to `[bot] admin_room`, if one is configured and joined.
pub(super) async fn post_reply_to_admin_room(shell: &Shell, client: &Client, reply: Reply) {
    let Some(target) = &shell.config.bot.admin_room else {
        return;
    };
    let Some(room_id) = shell.admin_room.id(target, client).await else {
        return;
    };
    let Some(room) = client.get_room(&room_id) else {
        warn!(room = %target, "the bot is not in the admin room; invite it there");
        return;
    };
    if let Err(e) = room
        .send(RoomMessageEventContent::notice_html(
            reply.plain,
            reply.html,
        ))
        .await
    {
        warn!(error = %e, "posting to the admin room failed");
    }
}

/// What `!status` reports about the running bot.
pub(super) fn status_info(shell: &Shell, room: &Room) -> StatusInfo {
    StatusInfo {
        uptime_secs: shell.started.elapsed().as_secs(),
        rooms: room.client().joined_rooms().len(),
        last_reload: shell.live.status_line(),
    }
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicUsize, Ordering};

    use super::*;

    #[test]
    fn a_subscription_notice_is_named_by_the_diff_it_describes() {
        let room = "!r:example.org";
        // The notice about v1 → v2 is still being retried (rate limits) when v3 is served; the
        // next burst's notice, v2 → v3, goes out then too. Two notices: two ids. (The id no
        // longer depends on what is served, so a retry keeps its id.)
        assert_ne!(notice_txn(room, "v1", "v2"), notice_txn(room, "v2", "v3"));
        assert_eq!(notice_txn(room, "v1", "v2"), notice_txn(room, "v1", "v2"));
        assert_ne!(
            notice_txn(room, "v1", "v2"),
            notice_txn("!other:example.org", "v1", "v2")
        );
    }

    #[tokio::test]
    async fn a_failed_admin_room_lookup_is_tried_again_after_a_pause() {
        let room = AdminRoom::default();
        let id: OwnedRoomId = "!admin:example.org".try_into().expect("a room id");
        let calls = AtomicUsize::new(0);
        let failing = || async {
            calls.fetch_add(1, Ordering::SeqCst);
            None
        };
        let t0 = Instant::now();
        let s = Duration::from_secs;
        assert_eq!(room.resolve(t0, failing).await, None);
        assert_eq!(calls.load(Ordering::SeqCst), 1);
        // Within the first pause (60 s) a report does not ask the server again.
        assert_eq!(room.resolve(t0 + s(59), failing).await, None);
        assert_eq!(calls.load(Ordering::SeqCst), 1);
        // After it, it does; a second failure doubles the pause: next try at 60 + 120 s.
        assert_eq!(room.resolve(t0 + s(60), failing).await, None);
        assert_eq!(calls.load(Ordering::SeqCst), 2);
        assert_eq!(room.resolve(t0 + s(179), failing).await, None);
        assert_eq!(calls.load(Ordering::SeqCst), 2);
        let found = || async {
            calls.fetch_add(1, Ordering::SeqCst);
            Some(id.clone())
        };
        assert_eq!(room.resolve(t0 + s(180), found).await, Some(id.clone()));
        assert_eq!(calls.load(Ordering::SeqCst), 3);
        // Found once, kept: no more lookups.
        assert_eq!(room.resolve(t0 + s(181), failing).await, Some(id.clone()));
        assert_eq!(calls.load(Ordering::SeqCst), 3);
    }
}
