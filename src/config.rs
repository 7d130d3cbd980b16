//! The bot's configuration: a TOML file plus the password from the environment or a file.
//! `Config::load` reports every problem at once, before anything connects.

use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::Deserialize;

use crate::cite::Style;

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
}

/// `[http]`
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HttpConfig {
    /// Address for /healthz, /readyz and /metrics, e.g. "127.0.0.1:9464"; off when absent.
    pub listen: Option<String>,
}

/// `[log]`
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LogConfig {
    /// "text" (default) or "json" (one object per line); `--log-format` overrides it.
    pub format: Option<String>,
    /// A tracing filter such as "info" or "evidence_bot=debug,info"; RUST_LOG overrides it.
    pub level: Option<String>,
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
    pub citation_style: String,
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
            citation_style: "apa".into(),
        }
    }
}

/// `[knowledge]`
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KnowledgeConfig {
    /// A knowledge folder; by default the knowledge built into the binary.
    pub dir: Option<PathBuf>,
}

impl Config {
    /// Reads and validates a config file, reporting every problem at once.
    pub fn load(path: &Path) -> Result<Config, Vec<String>> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| vec![format!("cannot read config file {}: {e}", path.display())])?;
        Config::parse(&text, &path.display().to_string())
    }

    /// Parses and validates config text.
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

    /// Every problem with the values (not the syntax).
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
        if !is_user_id(&m.user_id) {
            p.push(format!(
                "matrix.user_id `{}` is not a Matrix user id like @evidence-bot:example.org",
                m.user_id
            ));
        }
        if m.state_dir.as_os_str().is_empty() {
            p.push("matrix.state_dir is empty: name a folder for the session and keys".into());
        }
        if std::env::var_os(PASSWORD_ENV).is_none() {
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
        let b = &self.bot;
        if b.prefix.is_empty() || b.prefix.chars().any(char::is_whitespace) {
            p.push(format!(
                "bot.prefix `{}` must be a non-empty word without spaces, e.g. \"!\"",
                b.prefix
            ));
        }
        for a in &b.admins {
            if !is_user_id(a) {
                p.push(format!("bot.admins: `{a}` is not a Matrix user id"));
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
            // Room ids of room version 12 and later have no server part ("!abc"); aliases do.
            let ok = (r.starts_with('!') && r.len() > 1) || (r.starts_with('#') && r.contains(':'));
            if !ok {
                p.push(format!(
                    "bot.admin_room `{r}` is not a room id (!abc:example.org) or alias (#room:example.org)"
                ));
            }
        }
        if b.rate_limit_commands == 0 || b.rate_limit_seconds == 0 {
            p.push("bot.rate_limit_commands and bot.rate_limit_seconds must be at least 1".into());
        }
        if Style::parse(&b.citation_style).is_none() {
            p.push(format!(
                "bot.citation_style `{}` is not one of apa, harvard, vancouver",
                b.citation_style
            ));
        }
        if let Some(l) = &self.http.listen {
            if l.parse::<std::net::SocketAddr>().is_err() {
                p.push(format!(
                    "http.listen `{l}` is not an address like \"127.0.0.1:9464\""
                ));
            }
        }
        if let Some(f) = &self.log.format {
            if f != "text" && f != "json" {
                p.push(format!("log.format `{f}` must be \"text\" or \"json\""));
            }
        }
        if let Some(l) = &self.log.level {
            if tracing_subscriber::EnvFilter::try_new(l).is_err() {
                p.push(format!("log.level `{l}` is not a valid filter, e.g. \"info\" or \"evidence_bot=debug,info\""));
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

    /// The default citation style.
    pub fn style(&self) -> Style {
        Style::parse(&self.bot.citation_style).unwrap_or(Style::Apa)
    }
}

fn is_user_id(s: &str) -> bool {
    s.starts_with('@')
        && s.len() > 3
        && s[1..]
            .split_once(':')
            .is_some_and(|(l, d)| !l.is_empty() && !d.is_empty())
}

/// Matches a user id against a glob pattern (`*` any run of characters, `?` one character).
pub fn glob_match(pattern: &str, text: &str) -> bool {
    let p: Vec<char> = pattern.chars().collect();
    let t: Vec<char> = text.chars().collect();
    let (mut pi, mut ti) = (0, 0);
    let (mut star, mut mark) = (None, 0);
    while ti < t.len() {
        if pi < p.len() && (p[pi] == '?' || p[pi] == t[ti]) {
            pi += 1;
            ti += 1;
        } else if pi < p.len() && p[pi] == '*' {
            star = Some(pi);
            mark = ti;
            pi += 1;
        } else if let Some(s) = star {
            pi = s + 1;
            mark += 1;
            ti = mark;
        } else {
            return false;
        }
    }
    while pi < p.len() && p[pi] == '*' {
        pi += 1;
    }
    pi == p.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn example_config_parses() {
        let text = include_str!("../config.example.toml");
        let cfg: Config = toml::from_str(text).expect("config.example.toml parses");
        assert_eq!(cfg.bot.prefix, "!");
        assert_eq!(cfg.bot.catch_up_minutes, 10);
    }

    #[test]
    fn globs() {
        assert!(glob_match("@*:example.org", "@alice:example.org"));
        assert!(!glob_match("@*:example.org", "@alice:evil.org"));
        assert!(!glob_match("@*:example.org", "@alice:example.org.evil"));
        assert!(glob_match("@alice:example.org", "@alice:example.org"));
        assert!(glob_match("@a?ice:*", "@alice:x"));
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
citation_style = "mla"
"#;
        let errs = Config::parse(text, "bot.toml").unwrap_err();
        let all = errs.join("\n");
        for needle in [
            "homeserver",
            "user_id",
            "state_dir",
            "password",
            "prefix",
            "admins",
            "citation_style",
        ] {
            assert!(all.contains(needle), "missing {needle} in:\n{all}");
        }
    }

    #[test]
    fn unknown_keys_are_named() {
        let errs = Config::parse("[matrix]\nhomeserver='https://x.org'\nuser_id='@a:x.org'\nstate_dir='/tmp'\npasword='x'\n", "c.toml").unwrap_err();
        assert!(errs[0].contains("pasword"), "{errs:?}");
        assert!(errs[0].starts_with("c.toml:5:1:"), "{errs:?}");
    }
}
