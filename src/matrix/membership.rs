//! Rooms coming and going: invites accepted from the configured users (join retried while the
//! server settles) and declined otherwise; and the one notice per person when their encrypted
//! message could not be read.

use std::sync::Arc;
use std::time::{Duration, Instant};

use matrix_sdk::event_handler::Ctx;
use matrix_sdk::ruma::events::room::encrypted::OriginalSyncRoomEncryptedEvent;
use matrix_sdk::ruma::events::room::member::{MembershipState, StrippedRoomMemberEvent};
use matrix_sdk::ruma::events::room::message::RoomMessageEventContent;
use matrix_sdk::ruma::events::Mentions;
use matrix_sdk::ruma::OwnedTransactionId;
use matrix_sdk::{Room, RoomState};
use tracing::{error, info, warn};

use evidence_core::render::text;

use super::outbound::txn_id_for;
use super::{now_ms, Shell};

pub(super) async fn on_invite(ev: StrippedRoomMemberEvent, room: Room, shell: Ctx<Arc<Shell>>) {
    if ev.content.membership != MembershipState::Invite
        || ev.state_key.as_str() != shell.bot.names().user_id
    {
        return;
    }
    let inviter = ev.sender.to_string();
    let allowed = shell.config.accepts_invite_from(&inviter);
    let room_id = room.room_id().to_owned();
    if !allowed {
        info!(room = %room_id, inviter = %inviter, "declining invite");
        if let Err(e) = room.leave().await {
            warn!(room = %room_id, error = %e, "declining the invite failed");
        }
        return;
    }
    info!(room = %room_id, inviter = %inviter, "accepting invite");
    tokio::spawn(async move {
        // Joining right after an invite can fail while the server settles (synapse#4345).
        let mut delay = Duration::from_secs(1);
        for attempt in 1..=8 {
            match room.join().await {
                Ok(()) => {
                    info!(room = %room_id, "joined");
                    return;
                }
                Err(e) => {
                    warn!(room = %room_id, attempt, error = %e, retry_in_s = delay.as_secs(), "join failed");
                    tokio::time::sleep(delay).await;
                    delay = (delay * 2).min(Duration::from_secs(60));
                }
            }
        }
        error!(room = %room_id, "gave up joining");
    });
}

pub(super) async fn on_undecryptable(
    ev: OriginalSyncRoomEncryptedEvent,
    room: Room,
    shell: Ctx<Arc<Shell>>,
) {
    if ev.sender.as_str() == shell.bot.names().user_id || room.state() != RoomState::Joined {
        return;
    }
    if now_ms().saturating_sub(u64::from(ev.origin_server_ts.0))
        > shell.config.catch_up().as_millis() as u64
    {
        return;
    }
    warn!(room = %room.room_id(), event = %ev.event_id, "could not decrypt a message");
    shell.metrics.undecryptable.inc();
    if !shell
        .utd_told
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .first_time(room.room_id().as_str(), ev.sender.as_str(), Instant::now())
    {
        return;
    }
    let content = RoomMessageEventContent::notice_plain(text::undecryptable(ev.sender.as_str()))
        .add_mentions(Mentions::with_user_ids([ev.sender.clone()]));
    let txn: OwnedTransactionId = txn_id_for(ev.event_id.as_str(), "utd").into();
    if let Err(e) = room.send(content).with_transaction_id(txn).await {
        warn!(error = %e, "could not post the undecryptable-message notice");
    }
}
