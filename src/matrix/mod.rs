//! The Matrix transport, and the only module that imports `matrix_sdk`: the imperative shell
//! around the core. It restores or logs in the bot's device ([`session`]), syncs ([`sync`]),
//! turns each event into our own [`Incoming`](evidence_core::chat::Incoming) and asks the core
//! once what to do ([`inbound`]), carries the answer out as threaded `m.notice` replies with
//! stable transaction ids ([`outbound`]), reports reloads to the admin room ([`admin`]), and
//! handles invites and undecryptable messages ([`membership`]).

mod admin;
mod feedback;
mod inbound;
mod membership;
mod outbound;
mod rooms;
mod session;
mod sync;
mod told;

use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime};

use anyhow::Context as _;
use matrix_sdk::ruma::OwnedUserId;
use matrix_sdk::Client;
use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;
use tracing::{error, info, warn};

use evidence_core::bot::Bot;
use evidence_core::chat::{BotNames, Incoming};
use evidence_core::knowledge::error_count;
use evidence_core::live::Live;
use evidence_core::snapshot::Snapshot;

use crate::ops::config::Config;
use crate::ops::metrics::{Metrics, Phase};
use crate::state::{write_private, HandledStore};

pub use outbound::{reply_content, txn_id_for};
pub use sync::{client_builder, sync_settings};

/// How long shutdown waits for replies in flight.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(4);

/// How long shutdown waits for the encryption set-up (cross-signing, key backup) that follows a
/// login, so that its keys are not half uploaded.
const ENCRYPTION_SETUP_GRACE: Duration = Duration::from_secs(30);

/// How often the record of answered events is written, when it changed.
const HANDLED_WRITE_EVERY: Duration = Duration::from_millis(500);

/// Shared state of the running bot, handed to every event handler.
struct Shell {
    config: Config,
    /// The functional core: decisions and answers.
    bot: Bot,
    live: Arc<Live>,
    metrics: Arc<Metrics>,
    handled: Mutex<HandledStore>,
    /// (room, sender) pairs already told that a message could not be decrypted.
    utd_told: Mutex<told::Told>,
    admin_room: admin::AdminRoom,
    /// The gap log and feedback on answers; `None` with `gap_log = false`.
    curation: Option<feedback::Curation>,
    /// Rooms' own settings (`!config`) and subscriptions.
    rooms: rooms::RoomStore,
    /// The knowledge before the first reload of a burst whose subscription notices are pending.
    notice_base: Mutex<Option<Arc<Snapshot>>>,
    started: Instant,
    /// When the bot started (ms since the epoch, as Matrix timestamps count).
    started_ms: u64,
    /// Replies being prepared or sent; shutdown waits for them.
    replies: TaskTracker,
    stopping: AtomicBool,
}

impl Shell {
    /// Records an event as answered; the writer task saves it within
    /// [`HANDLED_WRITE_EVERY`]. A crash before that is harmless: the reply's transaction id
    /// makes the server de-duplicate a resend.
    fn mark_handled(&self, msg: &Incoming) {
        self.handled
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(&msg.event_id, msg.ts_ms);
    }
}

/// Runs the bot until `shutdown` is cancelled (SIGTERM/SIGINT in the binary), then finishes the
/// replies in flight, persists state and returns. A shutdown during start-up ends it between
/// steps: a login always completes and saves its session first, and the encryption set-up that
/// follows it is waited for, so the next start restores the same device. Errors are start-up
/// failures (config, login, store) or an invalid access token.
pub async fn run(config: Config, shutdown: CancellationToken) -> anyhow::Result<()> {
    let state_dir = config.matrix.state_dir.clone();
    session::prepare_state_dir(&state_dir)?;
    let Some(snapshot) = load_knowledge(&config, &shutdown).await? else {
        return Ok(());
    };
    // Events older than the catch-up window are ignored anyway; a margin covers clock skew.
    let keep = config.catch_up() * 2 + Duration::from_secs(600);
    let handled = HandledStore::open(&state_dir.join("handled.json"), keep)?;
    let curation = open_curation(&config, &state_dir).await?;
    let metrics = start_metrics(&config, &snapshot).await?;
    if shutdown.is_cancelled() {
        stopped_during("start-up");
        return Ok(());
    }

    let Some(login) = log_in(&config, &state_dir, &shutdown).await? else {
        return Ok(());
    };
    let LoggedIn {
        client,
        encryption_setup,
        names,
    } = login;
    let shell = Arc::new(Shell {
        bot: Bot::new(config.settings(), names),
        live: Arc::new(Live::new(snapshot, config.knowledge.dir.clone())),
        metrics: metrics.clone(),
        handled: Mutex::new(handled),
        utd_told: Mutex::new(told::Told::new(told::CAPACITY, told::KEEP)),
        admin_room: admin::AdminRoom::default(),
        curation,
        rooms: rooms::RoomStore::default(),
        notice_base: Mutex::new(None),
        started: Instant::now(),
        started_ms: now_ms(),
        replies: TaskTracker::new(),
        stopping: AtomicBool::new(false),
        config,
    });
    client.add_event_handler_context(shell.clone());
    client.add_event_handler(inbound::on_message);
    client.add_event_handler(feedback::on_reaction);
    client.add_event_handler(rooms::on_member);
    client.add_event_handler(membership::on_invite);
    client.add_event_handler(membership::on_undecryptable);
    let stop_writer = CancellationToken::new();
    let writer = tokio::spawn(write_handled(shell.clone(), stop_writer.clone()));
    let _watcher = start_reloads(&shell, &client)?;
    tokio::spawn(feedback::digest_loop(shell.clone(), client.clone()));
    tokio::spawn(feedback::prune_loop(shell.clone()));

    info!("first sync");
    let result = tokio::select! {
        r = sync::sync_loop(&client, &metrics) => r,
        () = shutdown.cancelled() => {
            info!("shutting down: finishing replies in flight");
            Ok(())
        }
    };
    stop(&shell, &metrics, stop_writer, writer).await;
    finish_encryption_setup(encryption_setup).await;
    info!("stopped");
    result
}

/// Loads the knowledge off the async workers; `None` when shutdown came first.
async fn load_knowledge(
    config: &Config,
    shutdown: &CancellationToken,
) -> anyhow::Result<Option<Snapshot>> {
    let load = tokio::task::spawn_blocking({
        let dir = config.knowledge.dir.clone();
        move || Snapshot::load(dir.as_deref())
    });
    let (snapshot, diags) = tokio::select! {
        r = load => r??,
        () = shutdown.cancelled() => {
            stopped_during("loading the knowledge");
            return Ok(None);
        }
    };
    if error_count(&diags) > 0 {
        for d in &diags {
            warn!(problem = %d, "knowledge problem");
        }
    }
    info!(records = snapshot.knowledge.records.len(), version = %snapshot.knowledge.version, "knowledge loaded");
    Ok(Some(snapshot))
}

/// Opens the gap log, unless `gap_log = false`.
async fn open_curation(
    config: &Config,
    state_dir: &Path,
) -> anyhow::Result<Option<feedback::Curation>> {
    if !config.bot.gap_log {
        info!("the gap log is off (gap_log = false)");
        return Ok(None);
    }
    let path = state_dir.join(crate::gaplog::FILE);
    let days = config.bot.gap_log_days;
    // Off the async workers: opening may migrate an old log and rewrite its file.
    let log = tokio::task::spawn_blocking(move || {
        crate::gaplog::GapLog::open(&path, days, (now_ms() / 1000) as i64)
    })
    .await
    .context("opening the gap log failed")??;
    Ok(Some(feedback::Curation::new(
        log,
        config.bot.gap_log_exclude.clone(),
    )))
}

/// The metrics, served with the health check when `[http] listen` is set.
async fn start_metrics(config: &Config, snapshot: &Snapshot) -> anyhow::Result<Arc<Metrics>> {
    let metrics = Arc::new(Metrics::new());
    metrics.records.set(snapshot.knowledge.records.len() as i64);
    // The listener binds before login, so a taken port fails the start, not the running bot.
    if let Some(addr) = config.http.listen {
        let serve = crate::ops::http::bind(addr, metrics.clone()).await?;
        info!(%addr, "health and metrics on http://{addr}/healthz and /metrics");
        tokio::spawn(serve);
    }
    Ok(metrics)
}

/// The bot's device, logged in, with the encryption set-up that follows under way.
struct LoggedIn {
    client: Client,
    encryption_setup: tokio::task::JoinHandle<()>,
    names: BotNames,
}

/// Opens the store and logs in (or restores the session); `None` when shutdown came during it,
/// after the encryption set-up has been waited for.
async fn log_in(
    config: &Config,
    state_dir: &Path,
    shutdown: &CancellationToken,
) -> anyhow::Result<Option<LoggedIn>> {
    let passphrase = session::store_passphrase(config)?;
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
    session::login_or_restore(&client, config, state_dir).await?;
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
        return Ok(None);
    }
    info!(user = %user_id, device = ?client.device_id(), "logged in");
    let names = BotNames {
        user_id: user_id.to_string(),
        display_name,
    };
    Ok(Some(LoggedIn {
        client,
        encryption_setup,
        names,
    }))
}

/// Live knowledge: file changes (debounced) and SIGHUP both ask for a reload; one task
/// performs them one after another. The watcher, if any, must be kept while the bot runs.
fn start_reloads(
    shell: &Arc<Shell>,
    client: &Client,
) -> anyhow::Result<Option<evidence_core::live::Watcher>> {
    let (reload_tx, mut reload_rx) = tokio::sync::mpsc::channel::<&'static str>(4);
    let watcher = match shell.live.dir() {
        Some(dir) => {
            let tx = reload_tx.clone();
            match evidence_core::live::watch(dir, move || {
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
        let shell = shell.clone();
        let client = client.clone();
        tokio::spawn(async move {
            while let Some(trigger) = reload_rx.recv().await {
                admin::reload(&shell, &client, trigger).await;
            }
        });
    }
    Ok(watcher)
}

/// Stops taking messages, waits (bounded) for the replies in flight and saves the record of
/// answered events a last time.
async fn stop(
    shell: &Shell,
    metrics: &Metrics,
    stop_writer: CancellationToken,
    writer: tokio::task::JoinHandle<()>,
) {
    shell.stopping.store(true, Ordering::SeqCst);
    metrics.set_phase(Phase::Stopping, "shutting down");
    shell.replies.close();
    if tokio::time::timeout(SHUTDOWN_GRACE, shell.replies.wait())
        .await
        .is_err()
    {
        warn!(
            in_flight = shell.replies.len(),
            "replies still in flight at shutdown"
        );
    }
    stop_writer.cancel();
    if let Err(e) = writer.await {
        error!(error = %e, "the writer of handled events failed");
    }
}

/// Saves the record of answered events when it changed, at most every
/// [`HANDLED_WRITE_EVERY`], off the async workers (it is a file write with fsync); once more
/// when `stop` is cancelled, then returns. The only writer of the file.
async fn write_handled(shell: Arc<Shell>, stop: CancellationToken) {
    let mut tick = tokio::time::interval(HANDLED_WRITE_EVERY);
    loop {
        let last = tokio::select! {
            _ = tick.tick() => false,
            () = stop.cancelled() => true,
        };
        let (path, changes) = {
            let mut h = shell.handled.lock().unwrap_or_else(|e| e.into_inner());
            (h.path().to_path_buf(), h.take_changes(now_ms()))
        };
        if let Some(data) = changes {
            match tokio::task::spawn_blocking(move || write_private(&path, &data)).await {
                Ok(Ok(())) => {}
                Ok(Err(e)) => error!(error = %e, "could not save handled events"),
                Err(e) => error!(error = %e, "saving handled events panicked"),
            }
        }
        if last {
            return;
        }
    }
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

/// Milliseconds since the epoch, as Matrix timestamps count.
fn now_ms() -> u64 {
    SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map(|d| d.as_millis() as u64)
        .unwrap_or(0)
}
