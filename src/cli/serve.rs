//! `run`: the Matrix bot, from its configuration file until SIGTERM or SIGINT.

use std::path::Path;
use std::process::ExitCode;

use anyhow::Context as _;

use evidence_bot::ops::config::{Config, LogFormat};

use super::logging;

/// `run`: the configuration is read once, before logging starts, as it may set the log level
/// and format; with problems in it nothing is started (exit 2).
pub(super) fn run(
    config: &Path,
    knowledge: Option<&Path>,
    log_format: Option<LogFormat>,
) -> anyhow::Result<ExitCode> {
    match Config::load(config) {
        Ok(mut config) => {
            logging::init(true, &config.log, log_format);
            if let Some(d) = knowledge {
                config.knowledge.dir = Some(d.to_path_buf());
            }
            run_bot(config)
        }
        Err(problems) => {
            for p in &problems {
                eprintln!("evidence-bot: {p}");
            }
            eprintln!(
                "evidence-bot: {} problem(s) in the configuration; nothing was started",
                problems.len()
            );
            Ok(ExitCode::from(2))
        }
    }
}

/// Runs the bot until SIGTERM or SIGINT.
fn run_bot(config: Config) -> anyhow::Result<ExitCode> {
    // Everything the bot writes (session, store passphrase, the SDK's SQLite stores and their
    // journals) holds secrets or messages: private to its user, whatever the operator's umask.
    rustix::process::umask(rustix::fs::Mode::from_raw_mode(0o077));
    let rt = tokio::runtime::Runtime::new()?;
    rt.block_on(async {
        // The handlers are installed before anything else happens: until then SIGTERM would
        // end the process at once, perhaps in the middle of writing the session or the store.
        let shutdown = tokio_util::sync::CancellationToken::new();
        let mut term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
            .context("installing the SIGTERM handler")?;
        let mut int = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::interrupt())
            .context("installing the SIGINT handler")?;
        let token = shutdown.clone();
        tokio::spawn(async move {
            tokio::select! {
                _ = term.recv() => tracing::info!("SIGTERM received"),
                _ = int.recv() => tracing::info!("SIGINT received"),
            }
            token.cancel();
        });
        evidence_bot::matrix::run(config, shutdown).await
    })?;
    Ok(ExitCode::SUCCESS)
}
