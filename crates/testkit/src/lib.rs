//! The harness that the tests against Synapse (`tests/matrix.rs`) and the end-to-end bench
//! (`examples/bench_e2e.rs`) share: people on a homeserver (matrix-sdk clients that register,
//! sync, make rooms, send, and wait for replies), and the bot as a real process.
//!
//! Every wait polls a condition until a deadline: nothing here assumes a speed.

// Issue 30: no function over 100 lines (the threshold is in clippy.toml); split by phase.
#![warn(clippy::too_many_lines)]
// matrix-sdk's sync futures are deeply nested types.
#![recursion_limit = "256"]

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::{bail, Context as _};
use matrix_sdk::config::SyncSettings;
use matrix_sdk::ruma::api::client::account::register::v3::Request as RegistrationRequest;
use matrix_sdk::ruma::api::client::filter::FilterDefinition;
use matrix_sdk::ruma::api::client::room::create_room::v3::Request as CreateRoomRequest;
use matrix_sdk::ruma::api::client::uiaa::{AuthData, Dummy};
use matrix_sdk::ruma::events::room::encryption::RoomEncryptionEventContent;
use matrix_sdk::ruma::events::room::member::MembershipState;
use matrix_sdk::ruma::events::room::message::{
    MessageType, OriginalSyncRoomMessageEvent, Relation, RoomMessageEventContent,
};
use matrix_sdk::ruma::events::InitialStateEvent;
use matrix_sdk::ruma::{OwnedEventId, OwnedRoomId, OwnedUserId};
use matrix_sdk::{Client, Room};
use tokio::sync::Notify;

/// A message a person saw: the room, the event, and when it arrived.
pub type Seen = (OwnedRoomId, OriginalSyncRoomMessageEvent, Instant);

/// A person (or the bot's account) on the homeserver, with a store of its own.
pub struct Person {
    /// The person's client.
    pub client: Client,
    /// Their user id.
    pub user_id: OwnedUserId,
    /// Their password (the bot's account logs in with it).
    pub password: String,
    /// Every message seen since [`Person::listen`], decrypted.
    pub messages: Arc<Mutex<Vec<Seen>>>,
    arrived: Arc<Notify>,
    _store: tempfile::TempDir,
}

impl Person {
    /// Registers a new account named `prefix-<random>` (the homeserver must allow open
    /// registration, as the test Synapse does).
    pub async fn register(homeserver: &str, prefix: &str) -> anyhow::Result<Person> {
        let store = tempfile::tempdir()?;
        let client = Client::builder()
            .homeserver_url(homeserver)
            .sqlite_store(store.path(), None)
            .build()
            .await?;
        let name = format!("{prefix}-{}", rand::random::<u32>());
        let password = format!("pw-{}", rand::random::<u64>());
        let mut req = RegistrationRequest::new();
        req.username = Some(name);
        req.password = Some(password.clone());
        req.auth = Some(AuthData::Dummy(Dummy::new()));
        if let Err(e) = client.matrix_auth().register(req.clone()).await {
            // Synapse may want the UIAA session of a first attempt.
            let mut dummy = Dummy::new();
            dummy.session = e.as_uiaa_response().and_then(|u| u.session.clone());
            req.auth = Some(AuthData::Dummy(dummy));
            client
                .matrix_auth()
                .register(req)
                .await
                .context("registering an account (is registration open?)")?;
        }
        let user_id = client.user_id().context("no user id")?.to_owned();
        Ok(Person {
            client,
            user_id,
            password,
            messages: Arc::default(),
            arrived: Arc::new(Notify::new()),
            _store: store,
        })
    }

    /// Syncs in the background, keeping every message with its arrival time.
    pub fn listen(&self) {
        let msgs = self.messages.clone();
        let arrived = self.arrived.clone();
        self.client
            .add_event_handler(move |ev: OriginalSyncRoomMessageEvent, room: Room| {
                let now = Instant::now();
                let msgs = msgs.clone();
                let arrived = arrived.clone();
                async move {
                    msgs.lock()
                        .unwrap()
                        .push((room.room_id().to_owned(), ev, now));
                    arrived.notify_waiters();
                }
            });
        let client = self.client.clone();
        tokio::spawn(async move {
            // A long timeline, so a burst is not cut off in a "limited" sync response.
            let mut filter = FilterDefinition::with_lazy_loading();
            filter.room.timeline.limit = Some(200u32.into());
            let settings = SyncSettings::default()
                .timeout(Duration::from_secs(30))
                .filter(filter.into());
            // sync_once in a loop: `Client::sync` waits a second between responses that come
            // faster than that, which would slow tests and count as the bot's latency.
            loop {
                if let Err(e) = client.sync_once(settings.clone()).await {
                    eprintln!("client sync error (retrying): {e}");
                    tokio::time::sleep(Duration::from_millis(200)).await;
                }
            }
        });
    }

    /// Creates a room, inviting these users; encrypted if asked.
    pub async fn create_room(
        &self,
        invite: &[&OwnedUserId],
        encrypted: bool,
    ) -> anyhow::Result<Room> {
        let mut req = CreateRoomRequest::new();
        req.invite = invite.iter().map(|u| (*u).clone()).collect();
        if encrypted {
            req.initial_state = vec![InitialStateEvent::with_empty_state_key(
                RoomEncryptionEventContent::with_recommended_defaults(),
            )
            .to_raw_any()];
        }
        Ok(self.client.create_room(req).await?)
    }

    /// Sends a plain text message.
    pub async fn send(&self, room: &Room, text: &str) -> anyhow::Result<OwnedEventId> {
        Ok(room
            .send(RoomMessageEventContent::text_plain(text))
            .await?
            .response
            .event_id)
    }

    /// Replies to `event` seen so far, with their arrival times.
    pub fn replies_to(&self, event: &OwnedEventId) -> Vec<(OriginalSyncRoomMessageEvent, Instant)> {
        self.messages
            .lock()
            .unwrap()
            .iter()
            .filter(|(_, ev, _)| answers(ev, event))
            .map(|(_, ev, at)| (ev.clone(), *at))
            .collect()
    }

    /// Waits for the first reply to `event`.
    pub async fn wait_reply(
        &self,
        event: &OwnedEventId,
        within: Duration,
    ) -> anyhow::Result<OriginalSyncRoomMessageEvent> {
        self.wait_reply_at(event, within).await.map(|(ev, _)| ev)
    }

    /// Waits for the first reply to `event`, and says when it arrived.
    pub async fn wait_reply_at(
        &self,
        event: &OwnedEventId,
        within: Duration,
    ) -> anyhow::Result<(OriginalSyncRoomMessageEvent, Instant)> {
        let deadline = Instant::now() + within;
        loop {
            let notified = self.arrived.notified();
            if let Some(r) = self.replies_to(event).into_iter().next() {
                return Ok(r);
            }
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                let seen: Vec<String> = self
                    .messages
                    .lock()
                    .unwrap()
                    .iter()
                    .map(|(_, e, _)| {
                        format!("{} {} {:?}", e.event_id, e.sender, e.content.relates_to)
                    })
                    .collect();
                bail!(
                    "no reply to {event} within {within:?}; seen:\n{}",
                    seen.join("\n")
                );
            }
            let _ = tokio::time::timeout(left.min(Duration::from_millis(250)), notified).await;
        }
    }

    /// Waits until a message satisfying `pred` has been seen; returns its body.
    pub async fn wait_message(
        &self,
        within: Duration,
        what: &str,
        pred: impl Fn(&OriginalSyncRoomMessageEvent) -> bool,
    ) -> anyhow::Result<OriginalSyncRoomMessageEvent> {
        let deadline = Instant::now() + within;
        loop {
            let notified = self.arrived.notified();
            if let Some(ev) = self
                .messages
                .lock()
                .unwrap()
                .iter()
                .find(|(_, e, _)| pred(e))
                .map(|(_, e, _)| e.clone())
            {
                return Ok(ev);
            }
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                bail!("no message {what} within {within:?}");
            }
            let _ = tokio::time::timeout(left.min(Duration::from_millis(250)), notified).await;
        }
    }

    /// Seconds from just before sending `text` to the arrival of its reply.
    pub async fn round_trip(
        &self,
        room: &Room,
        text: &str,
        within: Duration,
    ) -> anyhow::Result<f64> {
        let t0 = Instant::now();
        let q = self.send(room, text).await?;
        let (_, at) = self.wait_reply_at(&q, within).await?;
        Ok(at.duration_since(t0).as_secs_f64())
    }
}

/// Whether `ev` is a reply to `event` (in the room or in a thread).
pub fn answers(ev: &OriginalSyncRoomMessageEvent, event: &OwnedEventId) -> bool {
    match &ev.content.relates_to {
        Some(Relation::Reply(r)) => &r.in_reply_to.event_id == event,
        Some(Relation::Thread(t)) => t.in_reply_to.as_ref().is_some_and(|r| &r.event_id == event),
        _ => false,
    }
}

/// Waits until `user` has `want` membership in `room`.
pub async fn wait_membership(
    room: &Room,
    user: &OwnedUserId,
    want: MembershipState,
    within: Duration,
) -> anyhow::Result<()> {
    let deadline = Instant::now() + within;
    loop {
        if let Ok(Some(m)) = room.get_member_no_sync(user).await {
            if *m.membership() == want {
                return Ok(());
            }
        }
        if Instant::now() >= deadline {
            bail!(
                "{user} did not reach {want:?} in {} within {within:?}",
                room.room_id()
            );
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// A message's plain body, its HTML body, and whether it is a notice.
pub fn body(ev: &OriginalSyncRoomMessageEvent) -> (String, Option<String>, bool) {
    match &ev.content.msgtype {
        MessageType::Notice(n) => (
            n.body.clone(),
            n.formatted.as_ref().map(|f| f.body.clone()),
            true,
        ),
        MessageType::Text(t) => (
            t.body.clone(),
            t.formatted.as_ref().map(|f| f.body.clone()),
            false,
        ),
        _ => (String::new(), None, false),
    }
}

/// The bot's configuration for a test or bench account: `admins` may run admin commands,
/// `invite_from` patterns may invite it; `extra` is appended (more `[bot]` keys may follow it
/// directly, then other tables).
pub fn write_config(
    dir: &Path,
    homeserver: &str,
    bot: &OwnedUserId,
    admins: &[&OwnedUserId],
    invite_from: &[String],
    extra: &str,
) -> anyhow::Result<()> {
    let list = |v: Vec<String>| {
        v.iter()
            .map(|s| format!("{s:?}"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let cfg = format!(
        "[matrix]\nhomeserver = {homeserver:?}\nuser_id = {:?}\nstate_dir = {:?}\ndevice_name = \"evidence-bot test\"\n\n[bot]\nadmins = [{}]\ninvite_from = [{}]\n{extra}",
        bot.as_str(),
        dir.join("state").display().to_string(),
        list(admins.iter().map(|u| u.to_string()).collect()),
        list(invite_from.to_vec()),
    );
    std::fs::write(dir.join("config.toml"), cfg)?;
    Ok(())
}

/// A process of ours (the bot, the echo bot) logging to a file; killed when dropped, printing
/// the end of its log if a test is failing.
pub struct BotProcess {
    /// The process.
    pub child: Child,
    log: PathBuf,
}

impl BotProcess {
    /// Starts `evidence-bot run --config DIR/config.toml` with the password in its environment,
    /// logging at `level` to DIR/bot.log.
    pub fn start(
        bin: &Path,
        dir: &Path,
        password: &str,
        level: &str,
    ) -> anyhow::Result<BotProcess> {
        let mut cmd = Command::new(bin);
        cmd.args(["run", "--config"])
            .arg(dir.join("config.toml"))
            .env("EVIDENCE_BOT_PASSWORD", password);
        BotProcess::spawn(cmd, dir.join("bot.log"), level)
    }

    /// Starts `cmd` with RUST_LOG=`level`, its output appended to `log`.
    pub fn spawn(mut cmd: Command, log: PathBuf, level: &str) -> anyhow::Result<BotProcess> {
        let out = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&log)?;
        let child = cmd
            .env("RUST_LOG", level)
            .stdin(Stdio::null())
            .stdout(out.try_clone()?)
            .stderr(out)
            .spawn()
            .with_context(|| format!("starting {:?}", cmd.get_program()))?;
        Ok(BotProcess { child, log })
    }

    /// The process id.
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Everything the process logged so far.
    pub fn log(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    /// The last `n` lines of the log.
    pub fn log_tail(&self, n: usize) -> String {
        let text = self.log();
        let lines: Vec<&str> = text.lines().collect();
        lines[lines.len().saturating_sub(n)..].join("\n")
    }

    /// Waits until the log contains `needle`.
    pub async fn wait_log(&mut self, needle: &str, within: Duration) -> anyhow::Result<()> {
        let deadline = Instant::now() + within;
        while !self.log().contains(needle) {
            if let Some(status) = self.child.try_wait()? {
                bail!(
                    "exited ({status}) before logging `{needle}`:\n{}",
                    self.log_tail(40)
                );
            }
            if Instant::now() >= deadline {
                bail!(
                    "no `{needle}` in the log within {within:?}:\n{}",
                    self.log_tail(40)
                );
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        Ok(())
    }

    /// SIGTERM, then the exit code and how long the process took to exit. Shutdown may wait for
    /// replies in flight and for the encryption set-up that follows a login, so a loaded
    /// machine gets 90 seconds before the process is killed (the code is then `None`).
    pub fn terminate(&mut self) -> (Option<i32>, Duration) {
        let t0 = Instant::now();
        if let Ok(Some(status)) = self.child.try_wait() {
            return (status.code(), Duration::ZERO);
        }
        let _ = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status();
        loop {
            if let Ok(Some(status)) = self.child.try_wait() {
                return (status.code(), t0.elapsed());
            }
            if t0.elapsed() > Duration::from_secs(90) {
                let _ = self.child.kill();
                let _ = self.child.wait();
                return (None, t0.elapsed());
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for BotProcess {
    fn drop(&mut self) {
        if std::thread::panicking() {
            eprintln!("--- {} (last 60 lines) ---", self.log.display());
            eprintln!("{}", self.log_tail(60));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
