//! A bare echo bot: the floor that the homeserver allows, for `scripts/bench-e2e`.
//!
//! It runs on the same client settings as evidence-bot (encrypted SQLite store, the same sync
//! filter and long poll, the same reply shape), but answers `!evidence ...` by quoting the
//! question back, without searching anything. The difference between its round trip and
//! evidence-bot's is what the bot itself costs.
//!
//! ```sh
//! ECHO_BOT_PASSWORD=... cargo run --release --example echo_bot -- \
//!     --homeserver http://127.0.0.1:8008 --user @echo:localhost --state-dir /tmp/echo
//! ```

// Issue 30: no function over 100 lines (the threshold is in clippy.toml); split by phase.
#![warn(clippy::too_many_lines)]
// matrix-sdk's sync futures are deeply nested types.
#![recursion_limit = "256"]

use std::path::PathBuf;

use anyhow::Context as _;
use clap::Parser;
use evidence_bot::matrix::{client_builder, reply_content, sync_settings};
use evidence_bot::render::escape;
use matrix_sdk::ruma::events::room::member::{MembershipState, StrippedRoomMemberEvent};
use matrix_sdk::ruma::events::room::message::{MessageType, OriginalSyncRoomMessageEvent};
use matrix_sdk::{Room, RoomState};

#[derive(Parser)]
struct Args {
    /// Homeserver URL.
    #[arg(long)]
    homeserver: String,
    /// Full Matrix user id of the echo bot's account (password in ECHO_BOT_PASSWORD).
    #[arg(long)]
    user: String,
    /// Folder for the store (created if missing).
    #[arg(long)]
    state_dir: PathBuf,
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::from_default_env())
        .init();
    let args = Args::parse();
    let password = std::env::var("ECHO_BOT_PASSWORD").context("set ECHO_BOT_PASSWORD")?;
    std::fs::create_dir_all(&args.state_dir)?;
    let client = client_builder(&args.homeserver, &args.state_dir.join("store"), "echo")
        .build()
        .await?;
    client
        .matrix_auth()
        .login_username(&args.user, &password)
        .initial_device_display_name("echo bot")
        .await
        .context("login")?;
    let own = client.user_id().context("no user id")?.to_owned();

    client.add_event_handler(move |ev: StrippedRoomMemberEvent, room: Room| {
        let own = own.clone();
        async move {
            if ev.content.membership == MembershipState::Invite && ev.state_key == own {
                let _ = room.join().await;
            }
        }
    });
    client.add_event_handler(|ev: OriginalSyncRoomMessageEvent, room: Room| async move {
        let MessageType::Text(t) = &ev.content.msgtype else {
            return;
        };
        if room.state() != RoomState::Joined || !t.body.starts_with("!evidence") {
            return;
        }
        let content = reply_content(&ev, t.body.clone(), escape(&t.body));
        // Like evidence-bot, answer in a task of its own so the sync loop goes on.
        tokio::spawn(async move {
            if let Err(e) = room.send(content).await {
                eprintln!("echo failed: {e}");
            }
        });
    });
    println!("echo bot running as {}", args.user);
    let settings = sync_settings();
    loop {
        if let Err(e) = client.sync_once(settings.clone()).await {
            eprintln!("sync failed, retrying: {e}");
            tokio::time::sleep(std::time::Duration::from_secs(1)).await;
        }
    }
}
