//! Per-room settings on the homeserver: read from the bot's room account data (cached; fetched
//! from the server when the local store has none, so they survive an emptied `state_dir`),
//! written back after a moderator's `!config`, and who may change them (room power level 50 or
//! more, or one of the bot's admins). The welcome message for people who join is posted here.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use matrix_sdk::event_handler::Ctx;
use matrix_sdk::room::RoomMemberRole;
use matrix_sdk::ruma::api::client::config::get_room_account_data;
use matrix_sdk::ruma::events::room::member::{MembershipState, OriginalSyncRoomMemberEvent};
use matrix_sdk::ruma::events::room::message::RoomMessageEventContent;
use matrix_sdk::ruma::events::{
    AnyRoomAccountDataEventContent, Mentions, RoomAccountDataEventType,
};
use matrix_sdk::ruma::serde::Raw;
use matrix_sdk::ruma::UserId;
use matrix_sdk::{Room, RoomState};
use tracing::{debug, info, warn};

use evidence_core::render::Reply;
use evidence_core::rooms::{RoomSettings, ACCOUNT_DATA_TYPE};

use super::outbound::txn_id_for;
use super::Shell;

/// The rooms' settings the bot has read or written since it started.
#[derive(Debug, Default)]
pub(super) struct RoomStore {
    cache: Mutex<HashMap<String, RoomSettings>>,
    /// Held by whoever reads a room's settings to change them, until they are written.
    pub(super) updating: RoomLocks,
}

fn event_type() -> RoomAccountDataEventType {
    RoomAccountDataEventType::from(ACCOUNT_DATA_TYPE)
}

impl RoomStore {
    /// A room's settings: cached, else from the homeserver (none stored: the defaults).
    pub(super) async fn get(&self, room: &Room) -> RoomSettings {
        let id = room.room_id().to_string();
        if let Some(s) = self
            .cache
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(&id)
        {
            return s.clone();
        }
        let client = room.client();
        let Some(user) = client.user_id() else {
            return RoomSettings::default();
        };
        let request = get_room_account_data::v3::Request::new(
            user.to_owned(),
            room.room_id().to_owned(),
            event_type(),
        );
        let settings = match client.send(request).await {
            Ok(r) => match r.account_data.deserialize_as::<serde_json::Value>() {
                Ok(v) => RoomSettings::from_json(&v),
                Err(e) => {
                    warn!(error = %e, "the room's stored settings do not parse; using the defaults");
                    RoomSettings::default()
                }
            },
            Err(e)
                if e.client_api_error_kind().is_some_and(|k| {
                    matches!(k, matrix_sdk::ruma::api::error::ErrorKind::NotFound)
                }) =>
            {
                RoomSettings::default()
            }
            Err(e) => {
                // Not cached: the next message tries again.
                warn!(error = %e, "could not read the room's settings; using the defaults");
                return RoomSettings::default();
            }
        };
        self.cache
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(id, settings.clone());
        settings
    }

    /// Stores a room's settings on the homeserver, then in the cache.
    pub(super) async fn save(&self, room: &Room, settings: &RoomSettings) -> anyhow::Result<()> {
        let content: Raw<AnyRoomAccountDataEventContent> =
            Raw::new(&serde_json::to_value(settings)?)?.cast_unchecked();
        room.set_account_data_raw(event_type(), content).await?;
        self.cache
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(room.room_id().to_string(), settings.clone());
        Ok(())
    }
}

/// One lock per room, held across a read-modify-write of the room's settings: the account
/// data is written whole, so without it two changes at once (`!config` and `!subscribe`, say)
/// read the same settings and the last write drops the other's change. Async, as it is held
/// across requests to the server. One entry per room whose settings were changed.
#[derive(Debug, Default)]
pub(super) struct RoomLocks {
    locks: Mutex<HashMap<String, Arc<tokio::sync::Mutex<()>>>>,
}

impl RoomLocks {
    /// Waits for the room's lock; it is held until the guard is dropped.
    pub(super) async fn lock(&self, room: &str) -> tokio::sync::OwnedMutexGuard<()> {
        let lock = self
            .locks
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .entry(room.to_string())
            .or_default()
            .clone();
        lock.lock_owned().await
    }
}

/// Whether `user` may change the room's settings: a moderator (power level 50 or more) there,
/// or one of the bot's admins.
pub(super) async fn may_configure(shell: &Shell, room: &Room, user: &UserId) -> bool {
    if shell.config.bot.admins.iter().any(|a| a == user.as_str()) {
        return true;
    }
    match room.get_suggested_user_role(user).await {
        Ok(role) => matches!(
            role,
            RoomMemberRole::Moderator | RoomMemberRole::Administrator | RoomMemberRole::Creator
        ),
        Err(e) => {
            warn!(error = %e, "could not read the room's power levels");
            false
        }
    }
}

/// Someone joined: post the room's welcome message, if it has one, mentioning them. The
/// transaction id comes from the join event, so a replayed sync cannot post it twice.
pub(super) async fn on_member(ev: OriginalSyncRoomMemberEvent, room: Room, shell: Ctx<Arc<Shell>>) {
    let shell: Arc<Shell> = shell.0.clone();
    if room.state() != RoomState::Joined
        || ev.content.membership != MembershipState::Join
        || ev.state_key.as_str() == shell.bot.names().user_id
    {
        return;
    }
    // A display name or avatar change is a join event too; only a new join is welcomed.
    let was_joined = ev
        .unsigned
        .prev_content
        .as_ref()
        .is_some_and(|p| p.membership == MembershipState::Join);
    // Only joins while the bot runs: a sync also delivers old member events (the room's state,
    // lazily loaded members), and a join missed while the bot was down is not news any more.
    if was_joined || u64::from(ev.origin_server_ts.0) < shell.started_ms {
        return;
    }
    let settings = shell.rooms.get(&room).await;
    let Some(welcome) = settings.welcome.filter(|w| !w.trim().is_empty()) else {
        return;
    };
    let reply = Reply::text(&welcome);
    let content = RoomMessageEventContent::notice_html(reply.plain, reply.html)
        .add_mentions(Mentions::with_user_ids([ev.state_key.clone()]));
    match room
        .send(content)
        .with_transaction_id(txn_id_for(ev.event_id.as_str(), "welcome").into())
        .await
    {
        Ok(_) => info!(room = %room.room_id(), "welcome posted"),
        Err(e) => warn!(error = %e, "could not post the welcome message"),
    }
    debug!("welcome done");
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;

    /// A room's account data on a homeserver: each read and write takes a turn of the runtime,
    /// as a request does, so that updates can interleave.
    #[derive(Default)]
    struct Server {
        stored: Mutex<RoomSettings>,
    }

    impl Server {
        async fn get(&self) -> RoomSettings {
            tokio::task::yield_now().await;
            self.stored.lock().unwrap().clone()
        }

        async fn save(&self, settings: RoomSettings) {
            tokio::task::yield_now().await;
            *self.stored.lock().unwrap() = settings;
        }
    }

    #[tokio::test]
    async fn concurrent_updates_of_one_room_are_all_kept() {
        let locks = Arc::new(RoomLocks::default());
        let server = Arc::new(Server::default());
        // Ten `!subscribe` in one room at once, each adding one search.
        let updates: Vec<_> = (0..10)
            .map(|i| {
                let (locks, server) = (locks.clone(), server.clone());
                tokio::spawn(async move {
                    let _held = locks.lock("!r:example.org").await;
                    let mut settings = server.get().await;
                    settings.subscriptions.push(format!("search {i}"));
                    server.save(settings).await;
                })
            })
            .collect();
        for u in updates {
            u.await.expect("the update runs");
        }
        let mut kept = server.stored.lock().unwrap().subscriptions.clone();
        kept.sort();
        let all: Vec<String> = (0..10).map(|i| format!("search {i}")).collect();
        assert_eq!(kept, all);
    }

    #[tokio::test]
    async fn another_room_does_not_wait() {
        let locks = RoomLocks::default();
        let _held = locks.lock("!a:example.org").await;
        tokio::time::timeout(Duration::from_secs(5), locks.lock("!b:example.org"))
            .await
            .expect("room b's settings are not held up by room a's");
    }
}
