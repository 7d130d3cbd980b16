//! The Matrix transport, and the only module that imports `matrix_sdk`: session restore or login,
//! end-to-end encryption, the sync loop with backoff, events converted to [`Incoming`], and
//! replies sent as threaded `m.notice` events with stable transaction ids.

mod session;

use std::collections::HashSet;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime};

use anyhow::Context as _;
use matrix_sdk::attachment::AttachmentConfig;
use matrix_sdk::config::{RequestConfig, SyncSettings};
use matrix_sdk::encryption::EncryptionSettings;
use matrix_sdk::event_handler::Ctx;
use matrix_sdk::room::reply::{EnforceThread, Reply as SdkReply};
use matrix_sdk::ruma::api::client::filter::FilterDefinition;
use matrix_sdk::ruma::api::error::ErrorKind;
use matrix_sdk::ruma::events::room::encrypted::OriginalSyncRoomEncryptedEvent;
use matrix_sdk::ruma::events::room::member::{MembershipState, StrippedRoomMemberEvent};
use matrix_sdk::ruma::events::room::message::TextMessageEventContent;
use matrix_sdk::ruma::events::room::message::{
    AddMentions, ForwardThread, MessageType, OriginalSyncRoomMessageEvent, Relation,
    ReplyWithinThread, RoomMessageEventContent,
};
use matrix_sdk::ruma::events::Mentions;
use matrix_sdk::ruma::{OwnedTransactionId, OwnedUserId, RoomAliasId, RoomId};
use matrix_sdk::{Client, ClientBuilder, Room, RoomState};
use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;
use tracing::{debug, error, info, info_span, warn, Instrument};

use crate::answer::{self, Context, Pager};
use crate::commands::Command;
use crate::config::{glob_match, Config};
use crate::library::{error_count, Library};
use crate::live::Live;
use crate::metrics::{Metrics, Phase};
use crate::render::Reply;
use crate::service::{
    self, BotNames, Decision, HandledStore, Incoming, MessageKind, RateLimiter, Verdict,
};
use crate::text;

/// How long shutdown waits for replies in flight.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(4);

/// Events per room per sync response (see `sync_filter`).
const TIMELINE_LIMIT: u32 = 200;

/// An answer not ready after this long shows a typing notice.
const TYPING_AFTER: Duration = Duration::from_millis(300);

/// Long-poll timeout of each sync request.
const SYNC_TIMEOUT: Duration = Duration::from_secs(30);

/// Shared state of the running bot, handed to every event handler.
struct Bot {
    config: Config,
    live: Arc<Live>,
    metrics: Arc<Metrics>,
    pager: Pager,
    handled: Mutex<HandledStore>,
    limiter: Mutex<RateLimiter>,
    /// (room, sender) pairs already told that a message could not be decrypted.
    utd_told: Mutex<HashSet<(String, String)>>,
    names: BotNames,
    started: Instant,
    /// Replies being prepared or sent; shutdown waits for them.
    replies: TaskTracker,
    stopping: AtomicBool,
}

/// How long shutdown waits for the encryption set-up (cross-signing, key backup) that follows a
/// login, so that its keys are not half uploaded.
const ENCRYPTION_SETUP_GRACE: Duration = Duration::from_secs(30);

/// Runs the bot until `shutdown` is cancelled (SIGTERM/SIGINT in the binary), then finishes the
/// replies in flight, persists state and returns. A shutdown during start-up ends it between
/// steps: a login always completes and saves its session first, and the encryption set-up that
/// follows it is waited for, so the next start restores the same device. Errors are start-up
/// failures (config, login, store) or an invalid access token.
pub async fn run(config: Config, shutdown: CancellationToken) -> anyhow::Result<()> {
    let state_dir = config.matrix.state_dir.clone();
    session::prepare_state_dir(&state_dir)?;
    let load = tokio::task::spawn_blocking({
        let dir = config.knowledge.dir.clone();
        move || Library::load(dir.as_deref())
    });
    let (library, diags) = tokio::select! {
        r = load => r??,
        () = shutdown.cancelled() => {
            stopped_during("loading the knowledge");
            return Ok(());
        }
    };
    if error_count(&diags) > 0 {
        for d in &diags {
            warn!(problem = %d, "knowledge problem");
        }
    }
    info!(records = library.knowledge.records.len(), version = %library.knowledge.version, "knowledge loaded");
    let handled = HandledStore::open(&state_dir.join("handled.json"))?;
    let metrics = Arc::new(Metrics::new());
    metrics.records.set(library.knowledge.records.len() as i64);
    // The listener binds before login, so a taken port fails the start, not the running bot.
    if let Some(addr) = &config.http.listen {
        let addr: std::net::SocketAddr = addr.parse().context("http.listen")?;
        let serve = crate::http::bind(addr, metrics.clone()).await?;
        info!(%addr, "health and metrics on http://{addr}/healthz and /metrics");
        tokio::spawn(serve);
    }
    if shutdown.is_cancelled() {
        stopped_during("start-up");
        return Ok(());
    }

    let passphrase = session::store_passphrase(&config)?;
    let client = client_builder(
        &config.matrix.homeserver,
        &state_dir.join("store"),
        &passphrase,
    )
    .build()
    .await
    .context(
        "opening the encryption store in state_dir (a wrong store passphrase or a damaged store?)",
    )?;
    // Not cancelled half-way: a login whose session is not saved would leave a device behind.
    session::login_or_restore(&client, &config, &state_dir).await?;
    // The SDK bootstraps cross-signing and key backup in a task of its own after a login or
    // restore; shutdown waits for it.
    info!("setting up encryption (cross-signing, key backup)");
    let encryption_setup = {
        let client = client.clone();
        tokio::spawn(async move {
            client
                .encryption()
                .wait_for_e2ee_initialization_tasks()
                .await;
            info!("encryption set up");
        })
    };
    let user_id: OwnedUserId = client
        .user_id()
        .context("no user id after login")?
        .to_owned();
    let account = client.account();
    let display_name = tokio::select! {
        n = account.get_display_name() => n.ok().flatten(),
        () = shutdown.cancelled() => None,
    };
    if shutdown.is_cancelled() {
        finish_encryption_setup(encryption_setup).await;
        stopped_during("login");
        return Ok(());
    }
    info!(user = %user_id, device = ?client.device_id(), "logged in");

    let bot = Arc::new(Bot {
        names: BotNames {
            user_id: user_id.to_string(),
            display_name,
        },
        live: Arc::new(Live::new(library, config.knowledge.dir.clone())),
        metrics: metrics.clone(),
        pager: Pager::default(),
        handled: Mutex::new(handled),
        limiter: Mutex::new(RateLimiter::new(
            config.bot.rate_limit_commands,
            Duration::from_secs(config.bot.rate_limit_seconds),
        )),
        utd_told: Mutex::new(HashSet::new()),
        started: Instant::now(),
        replies: TaskTracker::new(),
        stopping: AtomicBool::new(false),
        config,
    });
    client.add_event_handler_context(bot.clone());
    client.add_event_handler(on_message);
    client.add_event_handler(on_invite);
    client.add_event_handler(on_undecryptable);

    // Live knowledge: file changes (debounced) and SIGHUP both ask for a reload; one task
    // performs them one after another.
    let (reload_tx, mut reload_rx) = tokio::sync::mpsc::channel::<&'static str>(4);
    let _watcher = match bot.live.dir() {
        Some(dir) => {
            let tx = reload_tx.clone();
            match crate::live::watch(dir, move || {
                let _ = tx.try_send("file change");
            }) {
                Ok(w) => {
                    info!(dir = %dir.display(), "watching the knowledge folder");
                    Some(w)
                }
                Err(e) => {
                    warn!(dir = %dir.display(), error = %e, "cannot watch the knowledge folder; use !reload or SIGHUP");
                    None
                }
            }
        }
        None => None,
    };
    #[cfg(unix)]
    {
        let tx = reload_tx.clone();
        let mut hup = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::hangup())?;
        tokio::spawn(async move {
            while hup.recv().await.is_some() {
                let _ = tx.send("SIGHUP").await;
            }
        });
    }
    {
        let bot = bot.clone();
        let client = client.clone();
        tokio::spawn(async move {
            while let Some(trigger) = reload_rx.recv().await {
                reload(&bot, &client, trigger).await;
            }
        });
    }

    info!("first sync");
    let result = tokio::select! {
        r = sync_loop(&client, &metrics) => r,
        () = shutdown.cancelled() => {
            info!("shutting down: finishing replies in flight");
            Ok(())
        }
    };
    bot.stopping.store(true, Ordering::SeqCst);
    metrics.set_phase(Phase::Stopping, "shutting down");
    bot.replies.close();
    if tokio::time::timeout(SHUTDOWN_GRACE, bot.replies.wait())
        .await
        .is_err()
    {
        warn!(
            in_flight = bot.replies.len(),
            "replies still in flight at shutdown"
        );
    }
    if let Err(e) = bot.handled.lock().unwrap_or_else(|e| e.into_inner()).save() {
        error!(error = %e, "could not save handled events");
    }
    finish_encryption_setup(encryption_setup).await;
    info!("stopped");
    result
}

/// Waits (bounded) for the encryption set-up that follows a login.
async fn finish_encryption_setup(task: tokio::task::JoinHandle<()>) {
    if !task.is_finished() {
        info!("waiting for the encryption set-up to finish before stopping");
    }
    if tokio::time::timeout(ENCRYPTION_SETUP_GRACE, task)
        .await
        .is_err()
    {
        warn!("the encryption set-up did not finish in time; it resumes at the next start");
    }
}

fn stopped_during(phase: &str) {
    info!(phase, "stopped during start-up");
}

/// The client the bot runs on: an encrypted SQLite store, cross-signing and key backup, and
/// few retries inside the SDK (the sync loop does the backing off, and logs it). Public so that
/// the echo bot in `examples/` measures the homeserver's floor with the very same settings.
pub fn client_builder(homeserver: &str, store: &Path, passphrase: &str) -> ClientBuilder {
    Client::builder()
        .homeserver_url(homeserver)
        .sqlite_store(store, Some(passphrase))
        .request_config(RequestConfig::new().retry_limit(2))
        .with_encryption_settings(EncryptionSettings {
            auto_enable_cross_signing: true,
            auto_enable_backups: true,
            ..Default::default()
        })
}

/// The settings of every sync request (long poll, filter); public for the echo bot.
pub fn sync_settings() -> SyncSettings {
    SyncSettings::default()
        .timeout(SYNC_TIMEOUT)
        .filter(sync_filter().into())
}

/// A reply to `ev` as an `m.notice` that mentions only the asker, inside the thread when the
/// question was asked in one; public for the echo bot.
pub fn reply_content(
    ev: &OriginalSyncRoomMessageEvent,
    plain: String,
    html: String,
) -> RoomMessageEventContent {
    let content = RoomMessageEventContent::notice_html(plain, html)
        .add_mentions(Mentions::with_user_ids([ev.sender.clone()]));
    if matches!(ev.content.relates_to, Some(Relation::Thread(_))) {
        content.make_for_thread(ev, ReplyWithinThread::Yes, AddMentions::No)
    } else {
        content.make_reply_to(ev, ForwardThread::Yes, AddMentions::No)
    }
}

/// Syncs forever: transient errors back off 1 s doubling to 60 s and never end the loop; an
/// invalid access token ends it with an error.
async fn sync_loop(client: &Client, metrics: &Metrics) -> anyhow::Result<()> {
    let mut backoff = Duration::from_secs(1);
    let settings = sync_settings();
    loop {
        match client.sync_once(settings.clone()).await {
            Ok(_) => {
                if backoff > Duration::from_secs(1) {
                    info!("sync recovered");
                }
                backoff = Duration::from_secs(1);
                metrics.set_phase(Phase::Syncing, "");
                metrics.rooms.set(client.joined_rooms().len() as i64);
            }
            Err(e) => {
                metrics.sync_errors.inc();
                metrics.set_phase(Phase::Retrying, &format!("sync failing, retrying: {e}"));
                if let Some(ErrorKind::UnknownToken { .. }) = e.client_api_error_kind() {
                    anyhow::bail!(
                        "the homeserver rejected the saved access token (the device was logged out or deleted); remove session.json from state_dir to log in again as a new device"
                    );
                }
                warn!(error = %e, retry_in_s = backoff.as_secs(), "sync failed; retrying");
                wait_or_server_back(client, backoff).await;
                metrics.sync_retries.inc();
                backoff = (backoff * 2).min(Duration::from_secs(60));
            }
        }
    }
}

/// Lazy-loaded members (large rooms stay cheap) and a long timeline per sync: with the default
/// of 10 events, a burst of commands, or those sent while the bot was down, would be cut off in
/// a "limited" timeline and never seen.
fn sync_filter() -> FilterDefinition {
    let mut f = FilterDefinition::with_lazy_loading();
    f.room.timeline.limit = Some(TIMELINE_LIMIT.into());
    f
}

/// Sleeps for `backoff`, but ends early once the homeserver answers a cheap request again, so a
/// long backoff after an outage does not delay the first sync after the server's return.
async fn wait_or_server_back(client: &Client, backoff: Duration) {
    let url = client.homeserver().join("/_matrix/client/versions");
    let probe = matrix_sdk::reqwest::Client::builder()
        .timeout(Duration::from_secs(2))
        .build();
    let deadline = Instant::now() + backoff;
    loop {
        let step = Duration::from_secs(1).min(deadline.saturating_duration_since(Instant::now()));
        if step.is_zero() {
            return;
        }
        tokio::time::sleep(step).await;
        if let (Ok(url), Ok(probe)) = (&url, &probe) {
            if probe
                .get(url.clone())
                .send()
                .await
                .is_ok_and(|r| r.status().is_success())
            {
                info!("the homeserver answers again; syncing now");
                return;
            }
        }
    }
}

fn now_ms() -> u64 {
    SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map(|d| d.as_millis() as u64)
        .unwrap_or(0)
}

/// Converts the Matrix event into our own type.
fn incoming(ev: &OriginalSyncRoomMessageEvent, room: &Room, own: &str) -> Incoming {
    let (kind, body) = match &ev.content.msgtype {
        MessageType::Text(t) => {
            let body = if t.body.trim().is_empty() {
                t.formatted
                    .as_ref()
                    .map(|f| strip_tags(&f.body))
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
    }
}

/// Text of an HTML body without tags, for messages sent with only `formatted_body`.
fn strip_tags(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

async fn on_message(ev: OriginalSyncRoomMessageEvent, room: Room, bot: Ctx<Arc<Bot>>) {
    if room.state() != RoomState::Joined || bot.stopping.load(Ordering::SeqCst) {
        return;
    }
    let bot: Arc<Bot> = bot.0.clone();
    let msg = incoming(&ev, &room, &bot.names.user_id);
    let span = info_span!("message", room = %msg.room, event = %msg.event_id);
    let decision = service::decide(
        &msg,
        &bot.config.bot.prefix,
        &bot.names,
        now_ms(),
        bot.config.catch_up(),
    );
    let cmd = match decision {
        Decision::Ignore(why) => {
            debug!(parent: &span, why, "ignored");
            return;
        }
        Decision::Command(c) => Ok(c),
        Decision::Usage(e) => Err(e),
    };
    if bot
        .handled
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .contains(&msg.event_id)
    {
        debug!(parent: &span, "already answered");
        return;
    }
    // Flood protection is checked here, in the order events arrive, not in the spawned tasks
    // (which may run in any order).
    let verdict = bot
        .limiter
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .check(&msg.sender, Instant::now());
    if verdict == Verdict::Silent {
        debug!(parent: &span, "over the rate limit; silent");
        mark_handled(&bot, &msg);
        return;
    }
    let tracker = bot.replies.clone();
    tracker.spawn(
        async move {
            answer_message(&bot, &room, &ev, &msg, cmd, verdict).await;
        }
        .instrument(span),
    );
}

async fn answer_message(
    bot: &Arc<Bot>,
    room: &Room,
    ev: &OriginalSyncRoomMessageEvent,
    msg: &Incoming,
    cmd: Result<Command, crate::commands::ParseError>,
    verdict: Verdict,
) {
    let started = Instant::now();
    let name = cmd.as_ref().map(|c| c.name()).unwrap_or("usage");
    let work = async {
        match verdict {
            Verdict::Warn | Verdict::Silent => Reply::text(&text::slow_down(
                bot.config.bot.rate_limit_commands,
                bot.config.bot.rate_limit_seconds,
            )),
            Verdict::Allow => {
                let ctx = Context {
                    prefix: bot.config.bot.prefix.clone(),
                    room: msg.room.clone(),
                    user: msg.sender.clone(),
                    is_admin: bot.config.bot.admins.iter().any(|a| a == &msg.sender),
                    default_style: bot.config.style(),
                    last_reload: Some(bot.live.status_line()),
                };
                match cmd {
                    Err(e) => answer::handle_parse_error(&e, &ctx).unwrap_or_default(),
                    Ok(cmd) => {
                        info!(command = cmd.name(), "answering");
                        match &cmd {
                            Command::Reload | Command::Status if !ctx.is_admin => {
                                Reply::text(text::ADMIN_ONLY)
                            }
                            Command::Reload => reload(bot, &room.client(), "!reload").await,
                            Command::Status => status(bot, room),
                            _ => {
                                let lib = bot.live.get();
                                let b = bot.clone();
                                tokio::task::spawn_blocking(move || answer::handle(&cmd, &lib, &ctx, &b.pager))
                                .await
                                .unwrap_or_else(|e| {
                                    error!(error = %e, "answer panicked");
                                    Reply::text("Sorry, something went wrong while answering. The admins can see the details in the log.")
                                })
                            }
                        }
                    }
                }
            }
        }
    };
    // Most answers take a millisecond; a typing notice would only add two requests to each. It
    // is shown when preparing an answer is slow (a reload, say).
    let mut work = std::pin::pin!(work);
    let (reply, typing) = match tokio::time::timeout(TYPING_AFTER, &mut work).await {
        Ok(reply) => (reply, false),
        Err(_) => {
            if let Err(e) = room.typing_notice(true).await {
                debug!(error = %e, "typing notice failed");
            }
            (work.await, true)
        }
    };
    send_reply(bot, room, ev, msg, reply).await;
    bot.metrics.answered(name, started.elapsed().as_secs_f64());
    if typing {
        let _ = room.typing_notice(false).await;
    }
}

fn mark_handled(bot: &Bot, msg: &Incoming) {
    let mut h = bot.handled.lock().unwrap_or_else(|e| e.into_inner());
    h.insert(&msg.event_id, msg.ts_ms);
    if let Err(e) = h.save() {
        error!(error = %e, "could not save handled events");
    }
}

async fn send_reply(
    bot: &Bot,
    room: &Room,
    ev: &OriginalSyncRoomMessageEvent,
    msg: &Incoming,
    reply: Reply,
) {
    if reply.plain.is_empty() {
        return;
    }
    if let Some(file) = reply.file.clone() {
        send_file(bot, room, ev, msg, reply, file).await;
        return;
    }
    let content = reply_content(ev, reply.plain, reply.html);
    let txn: OwnedTransactionId = service::txn_id_for(&msg.event_id, "reply").into();
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
        Ok(_) => {
            mark_handled(bot, msg);
            info!("replied");
        }
        Err(e) => error!(error = %e, "sending the reply failed"),
    }
}

/// Uploads a reading list as a reply (encrypted in encrypted rooms), captioned with the list.
async fn send_file(
    bot: &Bot,
    room: &Room,
    ev: &OriginalSyncRoomMessageEvent,
    msg: &Incoming,
    reply: Reply,
    file: crate::export::FileOut,
) {
    let mime: mime::Mime = file.mime.parse().unwrap_or(mime::TEXT_PLAIN);
    let in_thread = matches!(ev.content.relates_to, Some(Relation::Thread(_)));
    let config = AttachmentConfig::new()
        .caption(Some(TextMessageEventContent::html(reply.plain, reply.html)))
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
        .txn_id(service::txn_id_for(&msg.event_id, "file").into());
    match room
        .send_attachment(file.filename.clone(), &mime, file.data, config)
        .await
    {
        Ok(_) => {
            mark_handled(bot, msg);
            info!(file = %file.filename, "uploaded a reading list");
        }
        Err(e) => error!(error = %e, "uploading the reading list failed"),
    }
}

/// Reloads the knowledge off the async runtime, reports the outcome in the admin room and the
/// log, and returns it for the asker.
async fn reload(bot: &Arc<Bot>, client: &Client, trigger: &str) -> Reply {
    let live = bot.live.clone();
    let outcome = match tokio::task::spawn_blocking(move || live.reload()).await {
        Ok(o) => o,
        Err(e) => crate::live::Outcome::Failed {
            error: e.to_string(),
        },
    };
    let message = outcome.message();
    bot.metrics.reloaded(match &outcome {
        crate::live::Outcome::Swapped { .. } => "ok",
        crate::live::Outcome::Unchanged { .. } => "unchanged",
        crate::live::Outcome::Refused { .. } => "refused",
        crate::live::Outcome::Failed { .. } => "failed",
    });
    bot.metrics
        .records
        .set(bot.live.get().knowledge.records.len() as i64);
    match &outcome {
        crate::live::Outcome::Unchanged { .. } => {
            debug!(trigger, "knowledge files unchanged; nothing reloaded");
        }
        o if o.is_ok() => info!(trigger, summary = %message, "knowledge reloaded"),
        _ => warn!(trigger, problems = %message, "knowledge reload refused"),
    }
    if outcome.is_news() {
        post_to_admin_room(bot, client, &format!("{message} (trigger: {trigger})")).await;
    }
    Reply::text(&message)
}

/// Posts a notice to `[bot] admin_room`, if one is configured and joined.
async fn post_to_admin_room(bot: &Bot, client: &Client, text: &str) {
    let Some(target) = &bot.config.bot.admin_room else {
        return;
    };
    let room_id = if target.starts_with('#') {
        match RoomAliasId::parse(target) {
            Ok(alias) => match client.resolve_room_alias(&alias).await {
                Ok(r) => r.room_id,
                Err(e) => {
                    warn!(room = %target, error = %e, "cannot resolve the admin room alias");
                    return;
                }
            },
            Err(e) => {
                warn!(room = %target, error = %e, "invalid admin room alias");
                return;
            }
        }
    } else {
        match RoomId::parse(target) {
            Ok(r) => r,
            Err(e) => {
                warn!(room = %target, error = %e, "invalid admin room id");
                return;
            }
        }
    };
    let Some(room) = client.get_room(&room_id) else {
        warn!(room = %target, "the bot is not in the admin room; invite it there");
        return;
    };
    let reply = Reply::text(text);
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

fn status(bot: &Bot, room: &Room) -> Reply {
    let lib = bot.live.get();
    let up = bot.started.elapsed().as_secs();
    let rooms = room.client().joined_rooms().len();
    Reply::text(&format!(
        "Up {}h {:02}m. Rooms: {rooms}. Records: {} (knowledge {}, {}). Last reload: {}.",
        up / 3600,
        (up % 3600) / 60,
        lib.knowledge.records.len(),
        lib.knowledge.version,
        lib.knowledge.origin,
        bot.live.status_line()
    ))
}

async fn on_invite(ev: StrippedRoomMemberEvent, room: Room, bot: Ctx<Arc<Bot>>) {
    if ev.content.membership != MembershipState::Invite
        || ev.state_key.as_str() != bot.names.user_id
    {
        return;
    }
    let inviter = ev.sender.to_string();
    let allowed = bot
        .config
        .bot
        .invite_from
        .iter()
        .any(|p| glob_match(p, &inviter));
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

async fn on_undecryptable(ev: OriginalSyncRoomEncryptedEvent, room: Room, bot: Ctx<Arc<Bot>>) {
    if ev.sender.as_str() == bot.names.user_id || room.state() != RoomState::Joined {
        return;
    }
    if now_ms().saturating_sub(u64::from(ev.origin_server_ts.0))
        > bot.config.catch_up().as_millis() as u64
    {
        return;
    }
    warn!(room = %room.room_id(), event = %ev.event_id, "could not decrypt a message");
    bot.metrics.undecryptable.inc();
    let key = (room.room_id().to_string(), ev.sender.to_string());
    if !bot
        .utd_told
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .insert(key)
    {
        return;
    }
    let content = RoomMessageEventContent::notice_plain(format!(
        "{}: I could not read your encrypted message (I did not receive its keys). Please send it again; if this keeps happening, ask an admin to check my device.",
        ev.sender
    ))
    .add_mentions(Mentions::with_user_ids([ev.sender.clone()]));
    let txn: OwnedTransactionId = service::txn_id_for(ev.event_id.as_str(), "utd").into();
    if let Err(e) = room.send(content).with_transaction_id(txn).await {
        warn!(error = %e, "could not post the undecryptable-message notice");
    }
}
