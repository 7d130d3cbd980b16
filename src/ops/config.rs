//! The bot's configuration: a TOML file plus the password from the environment or a file.
//! Values are parsed into their types once; [`Config::load`] reports every problem at once,
//! before anything connects.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use ruma::{RoomOrAliasId, UserId};
use serde::{Deserialize, Deserializer};

use evidence_core::bot::Settings;
use evidence_core::references::{Style, ALL_STYLES};
use evidence_core::safety::SafetyTexts;

/// Environment variable holding the bot's password (preferred over `password_file`).
pub const PASSWORD_ENV: &str = "EVIDENCE_BOT_PASSWORD";

/// The whole configuration file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// How to reach and log in to the homeserver.
    pub matrix: MatrixConfig,
    /// How the bot behaves in rooms.
    #[serde(default)]
    pub bot: BotConfig,
    /// Where the knowledge comes from.
    #[serde(default)]
    pub knowledge: KnowledgeConfig,
    /// How the bot logs.
    #[serde(default)]
    pub log: LogConfig,
    /// The optional HTTP listener for health and metrics.
    #[serde(default)]
    pub http: HttpConfig,
    /// The safety reply to a message disclosing that someone is at risk.
    #[serde(default)]
    pub safety: SafetyConfig,
}

/// `[safety]`
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SafetyConfig {
    /// A TOML file with the reply's texts per kind of risk (`self`, `child`, `abuse`), the
    /// `pointer` line and the date the contacts were `checked`; the UK texts when unset.
    pub text_file: Option<PathBuf>,
    /// Whether the admin room is told which room got a safety reply (never when, who or what).
    #[serde(default)]
    pub notify: SafetyNotify,
}

/// `[safety] notify`
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SafetyNotify {
    /// Nobody is told.
    #[default]
    Off,
    /// The admin room is told the room's name.
    AdminRoom,
}

/// `[http]`
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HttpConfig {
    /// Address for /healthz, /readyz and /metrics, e.g. "127.0.0.1:9464"; off when absent.
    pub listen: Option<SocketAddr>,
}

/// `[log]`
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LogConfig {
    /// "text" (default) or "json" (one object per line); `--log-format` overrides it.
    pub format: Option<LogFormat>,
    /// A tracing filter such as "info" or "evidence_bot=debug,info"; RUST_LOG overrides it.
    pub level: Option<String>,
}

/// How log lines are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    /// For people.
    Text,
    /// One JSON object per line, for machines.
    Json,
}

/// `[matrix]`
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MatrixConfig {
    /// Homeserver URL, e.g. https://matrix.example.org.
    pub homeserver: String,
    /// The bot's full user id, e.g. @evidence-bot:example.org.
    pub user_id: String,
    /// A file holding the password (used when EVIDENCE_BOT_PASSWORD is not set).
    #[serde(default)]
    pub password_file: Option<PathBuf>,
    /// The device's display name, shown in clients' session lists.
    #[serde(default = "default_device_name")]
    pub device_name: String,
    /// Where the session, sync position, encryption store and handled events live.
    pub state_dir: PathBuf,
    /// A file holding the encryption store's passphrase; by default one is generated in state_dir.
    #[serde(default)]
    pub store_passphrase_file: Option<PathBuf>,
}

fn default_device_name() -> String {
    "evidence-bot".into()
}

/// `[bot]`
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct BotConfig {
    /// Command prefix.
    pub prefix: String,
    /// Users who may run !reload and !status.
    pub admins: Vec<String>,
    /// Glob patterns of users whose invites are accepted; others are declined.
    pub invite_from: Vec<String>,
    /// Room for reload reports.
    pub admin_room: Option<String>,
    /// Commands sent while the bot was down are answered if younger than this (minutes).
    pub catch_up_minutes: u64,
    /// Flood protection: commands per user...
    pub rate_limit_commands: u32,
    /// ...per this many seconds.
    pub rate_limit_seconds: u64,
    /// Default citation style: apa, harvard or vancouver.
    #[serde(deserialize_with = "style")]
    pub citation_style: Style,
    /// Keep the gap log (questions no record was about, votes and comments on answers) in
    /// state_dir.
    pub gap_log: bool,
    /// Days the gap log keeps an entry.
    pub gap_log_days: u32,
    /// Rooms (ids or aliases) whose questions and feedback are never logged.
    pub gap_log_exclude: Vec<String>,
    /// The weekday of the gap digest in the admin room ("monday"); no digest when absent.
    pub gap_digest_day: Option<String>,
    /// The hour (UTC, 0-23) of the gap digest.
    pub gap_digest_hour: u8,
    /// Post the digest every this many seconds instead of weekly (for testing a set-up).
    pub gap_digest_every_seconds: Option<u64>,
}

impl Default for BotConfig {
    fn default() -> Self {
        BotConfig {
            prefix: "!".into(),
            admins: Vec::new(),
            invite_from: Vec::new(),
            admin_room: None,
            catch_up_minutes: 10,
            rate_limit_commands: 5,
            rate_limit_seconds: 10,
            citation_style: Style::Apa,
            gap_log: true,
            gap_log_days: 90,
            gap_log_exclude: Vec::new(),
            gap_digest_day: None,
            gap_digest_hour: 9,
            gap_digest_every_seconds: None,
        }
    }
}

fn style<'de, D: Deserializer<'de>>(d: D) -> Result<Style, D::Error> {
    let name = String::deserialize(d)?;
    Style::parse(&name).ok_or_else(|| {
        let names: Vec<&str> = ALL_STYLES.iter().map(|s| s.as_str()).collect();
        serde::de::Error::custom(format!(
            "citation_style `{name}` is not one of {}",
            names.join(", ")
        ))
    })
}

/// `[knowledge]`
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KnowledgeConfig {
    /// A knowledge folder; by default the knowledge built into the binary.
    pub dir: Option<PathBuf>,
}

impl Config {
    /// Reads and validates a config file, and checks what it names on this machine (the
    /// password, files and folders), reporting every problem at once.
    pub fn load(path: &Path) -> Result<Config, Vec<String>> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| vec![format!("cannot read config file {}: {e}", path.display())])?;
        let name = path.display().to_string();
        let cfg = Config::parse(&text, &name)?;
        let problems = cfg.check_machine(std::env::var_os(PASSWORD_ENV).is_some());
        if problems.is_empty() {
            Ok(cfg)
        } else {
            Err(problems
                .into_iter()
                .map(|p| format!("{name}: {p}"))
                .collect())
        }
    }

    /// Parses and validates config text (the values alone: nothing on disk or in the
    /// environment is looked at).
    pub fn parse(text: &str, name: &str) -> Result<Config, Vec<String>> {
        let cfg: Config = toml::from_str(text).map_err(|e| {
            let at = e
                .span()
                .map(|s| {
                    let before = &text[..s.start];
                    let line = before.matches('\n').count() + 1;
                    let col = before.len() - before.rfind('\n').map_or(0, |i| i + 1) + 1;
                    format!(":{line}:{col}")
                })
                .unwrap_or_default();
            vec![format!("{name}{at}: {}", e.message())]
        })?;
        let problems = cfg.validate();
        if problems.is_empty() {
            Ok(cfg)
        } else {
            Err(problems
                .into_iter()
                .map(|p| format!("{name}: {p}"))
                .collect())
        }
    }

    /// Every problem with the values themselves (not the syntax).
    pub fn validate(&self) -> Vec<String> {
        let mut p = Vec::new();
        let m = &self.matrix;
        match url::Url::parse(&m.homeserver) {
            Ok(u) if u.scheme() == "http" || u.scheme() == "https" => {}
            _ => p.push(format!(
                "matrix.homeserver `{}` is not an http(s) URL, e.g. https://matrix.example.org",
                m.homeserver
            )),
        }
        if let Err(e) = UserId::parse(&m.user_id) {
            p.push(format!(
                "matrix.user_id `{}` is not a Matrix user id like @evidence-bot:example.org ({e})",
                m.user_id
            ));
        }
        if m.state_dir.as_os_str().is_empty() {
            p.push("matrix.state_dir is empty: name a folder for the session and keys".into());
        }
        let b = &self.bot;
        if b.prefix.is_empty() || b.prefix.chars().any(char::is_whitespace) {
            p.push(format!(
                "bot.prefix `{}` must be a non-empty word without spaces, e.g. \"!\"",
                b.prefix
            ));
        }
        for a in &b.admins {
            if let Err(e) = UserId::parse(a) {
                p.push(format!(
                    "bot.admins: `{a}` is not a Matrix user id like @alice:example.org ({e})"
                ));
            }
        }
        for pat in &b.invite_from {
            if !pat.starts_with('@') || !pat.contains(':') {
                p.push(format!(
                    "bot.invite_from: `{pat}` should look like @*:example.org or @alice:example.org"
                ));
            }
        }
        if let Some(r) = &b.admin_room {
            if let Err(e) = room_or_alias(r) {
                p.push(format!(
                    "bot.admin_room `{r}` is not a room id (!abc:example.org) or alias (#room:example.org) ({e})"
                ));
            }
        }
        for r in &b.gap_log_exclude {
            if let Err(e) = room_or_alias(r) {
                p.push(format!(
                    "bot.gap_log_exclude: `{r}` is not a room id (!abc:example.org) or alias (#room:example.org) ({e})"
                ));
            }
        }
        if b.gap_log_days == 0 {
            p.push(
                "bot.gap_log_days must be at least 1 (turn the log off with gap_log = false)"
                    .into(),
            );
        }
        if let Some(d) = &b.gap_digest_day {
            if evidence_core::curation::parse_weekday(d).is_none() {
                p.push(format!(
                    "bot.gap_digest_day `{d}` is not a weekday, e.g. \"monday\""
                ));
            }
        }
        if (b.gap_digest_day.is_some() || b.gap_digest_every_seconds.is_some())
            && b.admin_room.is_none()
        {
            p.push("the gap digest needs bot.admin_room: it is posted there".into());
        }
        if b.gap_digest_hour > 23 {
            p.push(format!(
                "bot.gap_digest_hour {} is not an hour of the day (0-23, UTC)",
                b.gap_digest_hour
            ));
        }
        if b.gap_digest_every_seconds == Some(0) {
            p.push("bot.gap_digest_every_seconds must be at least 1".into());
        }
        if let Err(e) = self.safety_texts() {
            p.push(e);
        }
        if self.safety.notify == SafetyNotify::AdminRoom && b.admin_room.is_none() {
            p.push("safety.notify = \"admin_room\" needs bot.admin_room".into());
        }
        if b.rate_limit_commands == 0 || b.rate_limit_seconds == 0 {
            p.push("bot.rate_limit_commands and bot.rate_limit_seconds must be at least 1".into());
        }
        if let Some(l) = &self.log.level {
            if tracing_subscriber::EnvFilter::try_new(l).is_err() {
                p.push(format!("log.level `{l}` is not a valid filter, e.g. \"info\" or \"evidence_bot=debug,info\""));
            }
        }
        p
    }

    /// Every problem with what the values name on this machine: a password (from the
    /// environment when `password_in_env`, else the password file), files and folders.
    pub fn check_machine(&self, password_in_env: bool) -> Vec<String> {
        let mut p = Vec::new();
        let m = &self.matrix;
        if !password_in_env {
            match &m.password_file {
                None => p.push(format!(
                    "no password: set {PASSWORD_ENV} or matrix.password_file (never put it in the config or on the command line)"
                )),
                Some(f) if !f.is_file() => p.push(format!(
                    "matrix.password_file {} does not exist or is not a file",
                    f.display()
                )),
                _ => {}
            }
        }
        if let Some(f) = &m.store_passphrase_file {
            if !f.is_file() {
                p.push(format!(
                    "matrix.store_passphrase_file {} does not exist",
                    f.display()
                ));
            }
        }
        if let Some(d) = &self.knowledge.dir {
            if !d.is_dir() {
                p.push(format!(
                    "knowledge.dir {} does not exist or is not a folder",
                    d.display()
                ));
            }
        }
        p
    }

    /// The password: EVIDENCE_BOT_PASSWORD, else the first line of password_file.
    pub fn password(&self) -> anyhow::Result<String> {
        if let Ok(p) = std::env::var(PASSWORD_ENV) {
            if !p.is_empty() {
                return Ok(p);
            }
        }
        let Some(f) = &self.matrix.password_file else {
            anyhow::bail!("no password: set {PASSWORD_ENV} or matrix.password_file");
        };
        let text = std::fs::read_to_string(f)
            .map_err(|e| anyhow::anyhow!("reading password file {}: {e}", f.display()))?;
        Ok(text.lines().next().unwrap_or("").to_string())
    }

    /// The catch-up window.
    pub fn catch_up(&self) -> Duration {
        Duration::from_secs(self.bot.catch_up_minutes * 60)
    }

    /// What the bot's decisions depend on.
    pub fn settings(&self) -> Settings {
        Settings {
            prefix: self.bot.prefix.clone(),
            admins: self.bot.admins.clone(),
            catch_up: self.catch_up(),
            rate_commands: self.bot.rate_limit_commands,
            rate_period: Duration::from_secs(self.bot.rate_limit_seconds),
            default_style: self.bot.citation_style,
            gap_log: self.bot.gap_log,
            // A broken file is reported by `validate`, before the bot starts.
            safety: self.safety_texts().unwrap_or_default(),
        }
    }

    /// The safety texts: `[safety] text_file`, else the UK texts built in.
    pub fn safety_texts(&self) -> Result<SafetyTexts, String> {
        let Some(path) = &self.safety.text_file else {
            return Ok(SafetyTexts::default());
        };
        let text = std::fs::read_to_string(path).map_err(|e| {
            format!(
                "safety.text_file {}: {e} (copy config/safety-uk.toml and edit it)",
                path.display()
            )
        })?;
        SafetyTexts::parse(&text).map_err(|e| {
            format!(
                "safety.text_file {}: {e} (it needs checked, self, child, abuse and pointer; see config/safety-uk.toml)",
                path.display()
            )
        })
    }

    /// Whether invites from this user are accepted (`bot.invite_from` glob patterns).
    pub fn accepts_invite_from(&self, user_id: &str) -> bool {
        self.bot
            .invite_from
            .iter()
            .any(|p| wildmatch::WildMatch::new(p).matches(user_id))
    }
}

/// A room id or alias as the server reads it. Room ids of room version 12 and later have no
/// server part ("!abc"), so ruma checks little of them beyond the sigil; an empty one is refused
/// here.
fn room_or_alias(s: &str) -> Result<(), String> {
    if s == "!" {
        return Err("the id is empty".into());
    }
    RoomOrAliasId::parse(s).map(drop).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn example_config_is_valid() {
        let text = include_str!("../../config.example.toml");
        let cfg = Config::parse(text, "config.example.toml").expect("config.example.toml is valid");
        assert_eq!(cfg.bot.prefix, "!");
        assert_eq!(cfg.bot.catch_up_minutes, 10);
        assert_eq!(cfg.bot.citation_style, Style::Apa);
    }

    fn with_invites(patterns: &[&str]) -> Config {
        let list = patterns
            .iter()
            .map(|p| format!("{p:?}"))
            .collect::<Vec<_>>()
            .join(", ");
        Config::parse(
            &format!("[matrix]\nhomeserver='https://x.org'\nuser_id='@b:x.org'\nstate_dir='/tmp'\n[bot]\ninvite_from=[{list}]\n"),
            "c.toml",
        )
        .unwrap()
    }

    #[test]
    fn invite_patterns_are_globs() {
        let c = with_invites(&["@*:example.org", "@a?ice:other.org"]);
        assert!(c.accepts_invite_from("@alice:example.org"));
        assert!(!c.accepts_invite_from("@alice:evil.org"));
        assert!(!c.accepts_invite_from("@alice:example.org.evil"));
        assert!(c.accepts_invite_from("@alice:other.org"));
        assert!(!c.accepts_invite_from("@allice:other.org"));
        assert!(!with_invites(&[]).accepts_invite_from("@alice:example.org"));
    }

    #[test]
    fn the_machine_check_names_what_is_missing() {
        let c = with_invites(&[]);
        let without = c.check_machine(false).join("\n");
        assert!(without.contains("no password"), "{without}");
        assert!(c.check_machine(true).is_empty());
    }

    #[test]
    fn reports_every_problem_at_once() {
        let text = r#"
[matrix]
homeserver = "matrix.example.org"
user_id = "evidence-bot"
state_dir = ""
password_file = "/no/such/file"
[bot]
prefix = ""
admins = ["alice"]
"#;
        let errs = Config::parse(text, "bot.toml").unwrap_err();
        let all = errs.join("\n");
        for needle in ["homeserver", "user_id", "state_dir", "prefix", "admins"] {
            assert!(all.contains(needle), "missing {needle} in:\n{all}");
        }
    }

    #[test]
    fn ids_are_checked_as_the_server_reads_them() {
        // Each has the shape the old check looked for (a sigil, a colon, something either
        // side) but a server name no homeserver has: a space, or nothing after the colon.
        let text = r##"
[matrix]
homeserver = "https://matrix.example.org"
user_id = "@evidence-bot:exa mple.org"
state_dir = "/tmp"
[bot]
admins = ["@alice:example.org", "@bob:example .org"]
admin_room = "#curators:"
gap_log_exclude = ["!abc:example.org", "#staff:bad host"]
"##;
        let errs = Config::parse(text, "bot.toml").unwrap_err();
        let all = errs.join("\n");
        for needle in [
            "matrix.user_id `@evidence-bot:exa mple.org`",
            "bot.admins: `@bob:example .org`",
            "bot.admin_room `#curators:`",
            "bot.gap_log_exclude: `#staff:bad host`",
        ] {
            assert!(all.contains(needle), "missing {needle} in:\n{all}");
        }
        assert_eq!(errs.len(), 4, "{all}");
    }

    #[test]
    fn a_wrong_value_is_named_with_its_place() {
        let errs = Config::parse("[matrix]\nhomeserver='https://x.org'\nuser_id='@a:x.org'\nstate_dir='/tmp'\n[bot]\ncitation_style = 'mla'\n[http]\nlisten = 'nowhere'\n", "c.toml").unwrap_err();
        assert!(
            errs[0].starts_with("c.toml:6:18:")
                && errs[0].contains("mla")
                && errs[0].contains("apa, harvard, vancouver"),
            "{errs:?}"
        );
    }

    #[test]
    fn unknown_keys_are_named() {
        let errs = Config::parse("[matrix]\nhomeserver='https://x.org'\nuser_id='@a:x.org'\nstate_dir='/tmp'\npasword='x'\n", "c.toml").unwrap_err();
        assert!(errs[0].contains("pasword"), "{errs:?}");
        assert!(errs[0].starts_with("c.toml:5:1:"), "{errs:?}");
    }
}
