//! Replies to names the bot does not know: a record id (with the closest id, or the one record a
//! partial id names) and a command word (with the closest command).

use super::Context;
use crate::chat::command::did_you_mean;
use crate::render::{text, Reply};
use crate::snapshot::Snapshot;

pub(super) fn unknown_record(id: &str, snap: &Snapshot, ctx: &Context) -> Reply {
    let suggestion = snap
        .knowledge
        .records
        .iter()
        .map(|r| (strsim::levenshtein(id, &r.id), r.id.as_str()))
        .filter(|(d, _)| *d <= 4)
        .min()
        .map(|(_, s)| s)
        .or_else(|| {
            // A partial id ("hoffenkamp") names the record when it is unique.
            let matches: Vec<&str> = snap
                .knowledge
                .records
                .iter()
                .map(|r| r.id.as_str())
                .filter(|rid| rid.contains(id))
                .collect();
            (matches.len() == 1).then(|| matches[0])
        });
    Reply::text(&text::unknown_record(id, suggestion, &ctx.prefix))
}

/// The reply to a command word the bot does not know.
pub(super) fn unknown_command(word: &str, ctx: &Context) -> Reply {
    Reply::text(&text::unknown_command(
        &ctx.prefix,
        word,
        did_you_mean(word),
    ))
}
