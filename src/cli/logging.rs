//! Logging on stderr: human-readable or JSON lines, at a level from RUST_LOG, the bot's config
//! or the command's default.

use evidence_bot::ops::config::{LogConfig, LogFormat};

/// The default filter of the bot: its own work at info; matrix-sdk's HTTP client logs expected
/// 404s (no key backup yet, no account data) as errors, so it is quiet.
const BOT_FILTER: &str = "info,matrix_sdk=warn,matrix_sdk::http_client=off,tantivy=warn";

/// The tools only warn.
const TOOL_FILTER: &str = "warn";

/// Starts logging. `bot`: the Matrix bot (its config may set the level and format); RUST_LOG
/// and `--log-format` win over the config.
pub fn init(bot: bool, config: &LogConfig, format: Option<LogFormat>) {
    let default = match (bot, &config.level) {
        (true, Some(level)) => level.as_str(),
        (true, None) => BOT_FILTER,
        (false, _) => TOOL_FILTER,
    };
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(default));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    if format.or(config.format) == Some(LogFormat::Json) {
        builder.json().init();
    } else {
        builder.init();
    }
}
