//! Replies out: `m.notice` events that answer the asker (in the thread they asked in), mention
//! only them, and carry a transaction id derived from the question, so a resend after a crash or
//! a retry after `M_LIMIT_EXCEEDED` is de-duplicated by the server instead of posted twice.

use std::time::Duration;

use matrix_sdk::attachment::{AttachmentConfig, AttachmentInfo, BaseImageInfo};
use matrix_sdk::config::RequestConfig;
use matrix_sdk::room::reply::{EnforceThread, Reply as SdkReply};
use matrix_sdk::ruma::events::room::message::{
    AddMentions, ForwardThread, OriginalSyncRoomMessageEvent, Relation, ReplyWithinThread,
    RoomMessageEventContent, TextMessageEventContent,
};
use matrix_sdk::ruma::events::Mentions;
use matrix_sdk::ruma::{OwnedEventId, OwnedTransactionId};
use matrix_sdk::Room;
use tracing::{error, info};

use evidence_core::chat::Incoming;
use evidence_core::references::export::Attachment;
use evidence_core::render::Reply;

use super::Shell;

/// A reply to `ev` as an `m.notice` that mentions only the asker, inside the thread when the
/// question was asked in one; public for the echo bot.
pub fn reply_content(
    ev: &OriginalSyncRoomMessageEvent,
    plain: String,
    html: String,
) -> RoomMessageEventContent {
    reply_content_in(ev, plain, html, false)
}

/// As [`reply_content`]; with `thread`, always in a thread (started on the question when it was
/// not in one), for rooms that set `replies thread`.
pub fn reply_content_in(
    ev: &OriginalSyncRoomMessageEvent,
    plain: String,
    html: String,
    thread: bool,
) -> RoomMessageEventContent {
    let content = RoomMessageEventContent::notice_html(plain, html)
        .add_mentions(Mentions::with_user_ids([ev.sender.clone()]));
    if thread || matches!(ev.content.relates_to, Some(Relation::Thread(_))) {
        content.make_for_thread(ev, ReplyWithinThread::Yes, AddMentions::No)
    } else {
        content.make_reply_to(ev, ForwardThread::Yes, AddMentions::No)
    }
}

/// Sends a reply to `ev` (an upload when it carries a file), and records the event as answered
/// once the server has it. Returns the reply's event id (not for uploads).
pub(super) async fn send_reply(
    shell: &Shell,
    room: &Room,
    ev: &OriginalSyncRoomMessageEvent,
    msg: &Incoming,
    mut reply: Reply,
    thread: bool,
) -> Option<OwnedEventId> {
    if reply.plain.is_empty() {
        return None;
    }
    if let Some(file) = reply.attachment.take() {
        send_file(shell, room, ev, msg, reply, file, thread).await;
        return None;
    }
    let content = reply_content_in(ev, reply.plain, reply.html, thread);
    let txn: OwnedTransactionId = txn_id_for(&msg.event_id, "reply").into();
    // matrix-sdk retries M_LIMIT_EXCEEDED after the server's retry_after (and other transient
    // errors with backoff); with the same transaction id, a retried send cannot post twice.
    // Replies retry longer: a reply must not be dropped because the server asked us to wait.
    let patient = RequestConfig::new()
        .retry_limit(20)
        .max_retry_time(Duration::from_secs(300));
    match room
        .send(content)
        .with_transaction_id(txn)
        .with_request_config(patient)
        .await
    {
        Ok(r) => {
            shell.mark_handled(msg);
            info!("replied");
            Some(r.response.event_id)
        }
        Err(e) => {
            error!(error = %e, "sending the reply failed");
            None
        }
    }
}

/// Uploads a file as a reply (encrypted in encrypted rooms): a reading list captioned with the
/// list, or a figure (`m.image` with its size) whose body is its alt text.
async fn send_file(
    shell: &Shell,
    room: &Room,
    ev: &OriginalSyncRoomMessageEvent,
    msg: &Incoming,
    reply: Reply,
    file: Attachment,
    thread: bool,
) {
    let mime: mime::Mime = file.mime.parse().unwrap_or(mime::TEXT_PLAIN);
    let in_thread = thread || matches!(ev.content.relates_to, Some(Relation::Thread(_)));
    let caption = match file.image_size {
        // The body of an image is what a screen reader and a notification say: plain words.
        Some(_) => TextMessageEventContent::plain(reply.plain),
        None => TextMessageEventContent::html(reply.plain, reply.html),
    };
    let mut config = AttachmentConfig::new()
        .caption(Some(caption))
        .mentions(Some(Mentions::with_user_ids([ev.sender.clone()])))
        .reply(Some(SdkReply {
            event_id: ev.event_id.clone(),
            enforce_thread: if in_thread {
                EnforceThread::Threaded(ReplyWithinThread::Yes)
            } else {
                EnforceThread::MaybeThreaded
            },
            add_mentions: AddMentions::No,
        }))
        .txn_id(txn_id_for(&msg.event_id, "file").into());
    if let Some((width, height)) = file.image_size {
        config = config.info(AttachmentInfo::Image(BaseImageInfo {
            width: Some(width.into()),
            height: Some(height.into()),
            size: u32::try_from(file.data.len()).ok().map(Into::into),
            ..Default::default()
        }));
    }
    match room
        .send_attachment(file.filename.clone(), &mime, file.data, config)
        .await
    {
        Ok(_) => {
            shell.mark_handled(msg);
            info!(file = %file.filename, "uploaded");
        }
        Err(e) => error!(error = %e, file = %file.filename, "uploading the file failed"),
    }
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

    #[test]
    fn txn_ids_are_stable_per_event_and_part() {
        assert_eq!(txn_id_for("$a", "reply"), txn_id_for("$a", "reply"));
        assert_ne!(txn_id_for("$a", "reply"), txn_id_for("$b", "reply"));
        assert_ne!(txn_id_for("$a", "reply"), txn_id_for("$a", "file"));
    }
}
