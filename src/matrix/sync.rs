//! The client and the sync loop: an encrypted store, long polls with a long timeline (so a burst
//! is never cut off), and backoff that never gives up on a transient error but ends on an
//! access token the server no longer accepts.

use std::path::Path;
use std::time::{Duration, Instant};

use matrix_sdk::config::{RequestConfig, SyncSettings};
use matrix_sdk::encryption::EncryptionSettings;
use matrix_sdk::ruma::api::client::filter::FilterDefinition;
use matrix_sdk::ruma::api::error::ErrorKind;
use matrix_sdk::{Client, ClientBuilder};
use tracing::{info, warn};

use crate::ops::metrics::{Metrics, Phase};

/// Events per room per sync response (see `sync_filter`).
pub(super) const TIMELINE_LIMIT: u32 = 200;

/// Long-poll timeout of each sync request.
const SYNC_TIMEOUT: Duration = Duration::from_secs(30);

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

/// Syncs forever: transient errors back off 1 s doubling to 60 s and never end the loop; an
/// invalid access token ends it with an error.
pub(super) async fn sync_loop(client: &Client, metrics: &Metrics) -> anyhow::Result<()> {
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
