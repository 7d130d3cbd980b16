//! `gaps`: the gap log of a running bot, read from its state_dir.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context as _;

use evidence_bot::ops::config::Config;

/// `gaps`: the gap report from a bot's state_dir, as text, JSON or relevance cases.
pub(super) fn run(
    out: &mut impl Write,
    config: Option<PathBuf>,
    state_dir: Option<PathBuf>,
    since: Option<&str>,
    json: bool,
    as_eval: bool,
) -> anyhow::Result<ExitCode> {
    let (state_dir, prefix) = match (state_dir, config) {
        (Some(d), _) => (d, "!".to_string()),
        (None, Some(c)) => {
            let text =
                std::fs::read_to_string(&c).with_context(|| format!("reading {}", c.display()))?;
            let cfg = Config::parse(&text, &c.display().to_string())
                .map_err(|p| anyhow::anyhow!(p.join("\n")))?;
            (cfg.matrix.state_dir, cfg.bot.prefix)
        }
        (None, None) => anyhow::bail!("say where the log is: --config FILE or --state-dir DIR"),
    };
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    let since = match since {
        Some(s) => evidence_bot::curation::parse_since(s, now).map_err(|e| anyhow::anyhow!(e))?,
        None => now - 7 * 86_400,
    };
    let log =
        evidence_bot::gaplog::GapLog::open_read_only(&state_dir.join(evidence_bot::gaplog::FILE))?;
    let (gaps, feedback) = log.entries(since)?;
    let report = evidence_bot::curation::report(&gaps, &feedback, since, now);
    if json {
        serde_json::to_writer_pretty(&mut *out, &report)?;
        writeln!(out)?;
    } else if as_eval {
        write!(out, "{}", evidence_bot::curation::as_eval(&report))?;
    } else {
        let reply = evidence_bot::answer::gaps_reply(&report, None, &prefix);
        writeln!(out, "{}", reply.plain)?;
    }
    Ok(ExitCode::SUCCESS)
}
