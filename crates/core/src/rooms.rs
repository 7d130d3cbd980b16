//! Per-room settings: what a room's moderators may change about how the bot answers there
//! (citation style, results per page, where replies go, default filters, a welcome message,
//! the gap log). Validated here; the shell stores them as the bot's room account data on the
//! homeserver, so they survive a lost `state_dir`, and checks who may change them.

use serde::{Deserialize, Serialize};

use crate::references::{Style, ALL_STYLES};

/// The room account data event type the settings are stored under.
pub const ACCOUNT_DATA_TYPE: &str = "org.evidence_bot.room_settings";

/// Most results per page a room may ask for (a phone screen holds about five).
pub const MAX_RESULTS: u8 = 5;

/// Longest welcome message, in characters.
pub const MAX_WELCOME: usize = 500;

/// Where answers go in a room.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Replies {
    /// A reply in the room's timeline (in the thread when the question was in one).
    Room,
    /// Always in a thread on the question, so the room's timeline stays quiet.
    Thread,
}

impl Replies {
    /// The value as typed in `!config`.
    pub fn as_str(self) -> &'static str {
        match self {
            Replies::Room => "room",
            Replies::Thread => "thread",
        }
    }
}

/// What a room changed; `None` means the bot's default (the config file's).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct RoomSettings {
    /// Citation style name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub citation_style: Option<String>,
    /// Results per page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub results: Option<u8>,
    /// Where replies go.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub replies: Option<Replies>,
    /// Filters added to every `!evidence` question ("since:2015 kind:rct").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub filters: Option<String>,
    /// The message posted when someone joins (mentioning them); `None`: no welcome.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub welcome: Option<String>,
    /// Whether the room's questions and feedback are logged for the curators.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gap_log: Option<bool>,
    /// Whether messages not addressed to the bot are screened for risk disclosures here
    /// (`None`: yes). Messages addressed to it always are.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub safety_watch: Option<bool>,
    /// The room's own contact, shown after the operator's text in a safety reply.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub safety_contact: Option<String>,
    /// Whether replies to the bot's answers that read as follow-ups are answered without a
    /// mention (`None`: yes).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub followups: Option<bool>,
    /// Whether the bot has greeted someone here (the first greeting carries an example
    /// question). Not a `!config` key: the bot's own record.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub greeted: Option<bool>,
    /// Searches the room follows (`!subscribe`): after a reload that adds or changes records
    /// they find, the room hears about them.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub subscriptions: Vec<String>,
    /// The language of replies here (a code); unset, each message is answered in its own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
}

/// Longest room safety contact, in characters.
pub const MAX_SAFETY_CONTACT: usize = 300;

/// Settings whose changes the admin room hears about.
pub const REPORTED_KEYS: &[&str] = &["safety_watch", "safety_contact"];

/// Most subscriptions a room keeps.
pub const MAX_SUBSCRIPTIONS: usize = 10;

/// The bot's defaults, from its config file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Defaults {
    /// `[bot] citation_style`.
    pub style: Style,
    /// Results per page.
    pub results: usize,
    /// `[bot] gap_log`.
    pub gap_log: bool,
}

impl Default for Defaults {
    fn default() -> Self {
        Defaults {
            style: Style::Apa,
            results: 3,
            gap_log: true,
        }
    }
}

/// The settings in force in a room.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Effective {
    /// Citation style when `!cite` names none.
    pub style: Style,
    /// Results per page.
    pub results: usize,
    /// Where replies go.
    pub replies: Replies,
    /// Filters added to every question ("" for none).
    pub filters: String,
    /// The welcome message, if any.
    pub welcome: Option<String>,
    /// Whether the gap log is kept for the room.
    pub gap_log: bool,
    /// Whether messages not addressed to the bot are screened for risk disclosures.
    pub safety_watch: bool,
    /// The room's own safety contact, if any.
    pub safety_contact: Option<String>,
    /// Whether unaddressed follow-ups of answers are answered.
    pub followups: bool,
    /// The language every reply here is in; `None`: each message's own.
    pub language: Option<crate::locale::Lang>,
}

impl Default for Effective {
    fn default() -> Self {
        RoomSettings::default().effective(&Defaults::default())
    }
}

/// One setting a room may change.
#[derive(Debug)]
pub struct Key {
    /// Its name in `!config`.
    pub name: &'static str,
    /// The values it takes, for the usage line. (What it does is said in the Fluent files,
    /// `config-about-<name>` with hyphens for underscores, in every language.)
    pub values: &'static str,
}

/// Every setting, in the order `!config` lists them.
pub static KEYS: &[Key] = &[
    Key {
        name: "citation_style",
        values: "apa|harvard|vancouver",
    },
    Key {
        name: "results",
        values: "1-5",
    },
    Key {
        name: "replies",
        values: "room|thread",
    },
    Key {
        name: "filters",
        values: "FILTERS|none",
    },
    Key {
        name: "welcome",
        values: "TEXT|none",
    },
    Key {
        name: "gap_log",
        values: "on|off",
    },
    Key {
        name: "followups",
        values: "on|off",
    },
    Key {
        name: "language",
        values: "auto|en|nl|de|nb|da|sv|cy",
    },
    Key {
        name: "safety_watch",
        values: "on|off",
    },
    Key {
        name: "safety_contact",
        values: "TEXT|none",
    },
];

/// Why a value typed in `!config` was not taken. The reply says it in the reply's language
/// (`render::text::setting_problem`); settings know nothing of how replies are written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SettingProblem<'a> {
    /// A setting with a list of values: "citation_style is one of apa, harvard, vancouver".
    OneOf {
        /// The setting.
        key: &'a str,
        /// Its values, as typed.
        values: String,
    },
    /// A setting with values to type: "replies is room|thread".
    Is {
        /// The setting.
        key: &'a str,
        /// Its values, as typed.
        values: String,
    },
    /// A switch: "gap_log is on or off".
    OnOff {
        /// The setting.
        key: &'a str,
    },
    /// A number out of range: "results is a number from 1 to 5".
    Number {
        /// The setting.
        key: &'a str,
        /// The largest value.
        max: u8,
    },
    /// Filters that are not `name:value` words of the search.
    Filters,
    /// `welcome` without a message.
    Welcome,
    /// `safety_contact` without a contact.
    Contact,
    /// No such setting: "there is no setting `x`; the settings are ...".
    Unknown {
        /// What was typed.
        key: &'a str,
        /// The settings, as typed.
        keys: String,
    },
}

/// A switch as typed in `!config`: on (or default) or off.
fn on_off<'k>(key: &'k str, value: &str) -> Result<bool, SettingProblem<'k>> {
    match value.to_lowercase().as_str() {
        "on" | "true" | "yes" | "default" => Ok(true),
        "off" | "false" | "no" | "none" => Ok(false),
        _ => Err(SettingProblem::OnOff { key }),
    }
}

/// The values a setting takes, as its entry in [`KEYS`] writes them.
fn values_hint(key: &str) -> String {
    KEYS.iter()
        .find(|x| x.name == key)
        .map_or(String::new(), |x| x.values.to_string())
}

/// True when every word is a `name:value` filter the search reads.
fn are_search_filters(value: &str) -> bool {
    value.split_whitespace().all(|t| {
        t.split_once(':').is_some_and(|(n, v)| {
            !v.is_empty()
                && matches!(
                    n.to_ascii_lowercase().as_str(),
                    "kind" | "type" | "topic" | "since" | "year" | "author" | "before" | "until"
                )
        })
    })
}

impl RoomSettings {
    /// The settings in force, this room's over the defaults.
    pub fn effective(&self, d: &Defaults) -> Effective {
        Effective {
            style: self
                .citation_style
                .as_deref()
                .and_then(Style::parse)
                .unwrap_or(d.style),
            results: self.results.map_or(d.results, usize::from),
            replies: self.replies.unwrap_or(Replies::Room),
            filters: self.filters.clone().unwrap_or_default(),
            welcome: self.welcome.clone(),
            gap_log: d.gap_log && self.gap_log.unwrap_or(true),
            safety_watch: self.safety_watch.unwrap_or(true),
            followups: self.followups.unwrap_or(true),
            safety_contact: self.safety_contact.clone(),
            language: self
                .language
                .as_deref()
                .and_then(crate::locale::Lang::parse),
        }
    }

    /// Reads the stored settings; what does not parse counts as unset (a bad edit by hand
    /// must not stop the bot answering in the room).
    pub fn from_json(v: &serde_json::Value) -> RoomSettings {
        serde_json::from_value(v.clone()).unwrap_or_default()
    }

    /// Sets one key from what a moderator typed; `default` resets it. Returns the value as
    /// it will be shown, or what is wrong with it.
    pub fn set<'k>(&mut self, key: &'k str, value: &str) -> Result<String, SettingProblem<'k>> {
        let value = value.trim();
        let reset = value.eq_ignore_ascii_case("default");
        let none = value.eq_ignore_ascii_case("none") || value.eq_ignore_ascii_case("off");
        match key {
            "citation_style" | "style" => self.set_citation_style(value, reset),
            "results" => self.set_results(value, reset),
            "replies" => self.set_replies(value, reset),
            "filters" => self.set_filters(value, reset || none),
            "welcome" => self.set_welcome(value, reset || none),
            "gap_log" => {
                let on = on_off("gap_log", value)?;
                self.gap_log = (!on).then_some(false);
                Ok(if on { "on" } else { "off" }.into())
            }
            "followups" => {
                let on = on_off("followups", value)?;
                self.followups = (!on).then_some(false);
                Ok(if on { "on" } else { "off" }.into())
            }
            "safety_watch" => {
                let on = on_off("safety_watch", value)?;
                self.safety_watch = (!on).then_some(false);
                Ok(if on { "on" } else { "off" }.into())
            }
            "language" => self.set_language(value, reset),
            "safety_contact" => self.set_safety_contact(value, reset || none),
            other => {
                let names: Vec<&str> = KEYS.iter().map(|k| k.name).collect();
                Err(SettingProblem::Unknown {
                    key: other,
                    keys: names.join(", "),
                })
            }
        }
    }

    fn set_citation_style(
        &mut self,
        value: &str,
        reset: bool,
    ) -> Result<String, SettingProblem<'static>> {
        if reset {
            self.citation_style = None;
            return Ok("default".into());
        }
        let s = Style::parse(value).ok_or_else(|| {
            let names: Vec<&str> = ALL_STYLES.iter().map(|s| s.as_str()).collect();
            SettingProblem::OneOf {
                key: "citation_style",
                values: names.join(", "),
            }
        })?;
        self.citation_style = Some(s.as_str().to_string());
        Ok(s.as_str().into())
    }

    fn set_results(&mut self, value: &str, reset: bool) -> Result<String, SettingProblem<'static>> {
        if reset {
            self.results = None;
            return Ok("default".into());
        }
        match value.parse::<u8>() {
            Ok(n) if (1..=MAX_RESULTS).contains(&n) => {
                self.results = Some(n);
                Ok(n.to_string())
            }
            _ => Err(SettingProblem::Number {
                key: "results",
                max: MAX_RESULTS,
            }),
        }
    }

    fn set_replies(&mut self, value: &str, reset: bool) -> Result<String, SettingProblem<'static>> {
        if reset {
            self.replies = None;
            return Ok("default".into());
        }
        let r = match value.to_lowercase().as_str() {
            "room" => Replies::Room,
            "thread" | "threads" => Replies::Thread,
            _ => {
                return Err(SettingProblem::Is {
                    key: "replies",
                    values: values_hint("replies"),
                })
            }
        };
        self.replies = Some(r);
        Ok(r.as_str().into())
    }

    fn set_filters(&mut self, value: &str, clear: bool) -> Result<String, SettingProblem<'static>> {
        if clear {
            self.filters = None;
            return Ok("none".into());
        }
        if !are_search_filters(value) {
            return Err(SettingProblem::Filters);
        }
        self.filters = Some(value.to_string());
        Ok(value.into())
    }

    fn set_welcome(&mut self, value: &str, clear: bool) -> Result<String, SettingProblem<'static>> {
        if clear {
            self.welcome = None;
            return Ok("none".into());
        }
        if value.is_empty() {
            return Err(SettingProblem::Welcome);
        }
        let text: String = value.chars().take(MAX_WELCOME).collect();
        self.welcome = Some(text.clone());
        Ok(text)
    }

    fn set_language(
        &mut self,
        value: &str,
        reset: bool,
    ) -> Result<String, SettingProblem<'static>> {
        if reset || value.eq_ignore_ascii_case("auto") {
            self.language = None;
            return Ok("auto".into());
        }
        let lang = crate::locale::Lang::parse(value).ok_or_else(|| SettingProblem::Is {
            key: "language",
            values: values_hint("language"),
        })?;
        self.language = Some(lang.code().to_string());
        Ok(lang.code().into())
    }

    fn set_safety_contact(
        &mut self,
        value: &str,
        clear: bool,
    ) -> Result<String, SettingProblem<'static>> {
        if clear {
            self.safety_contact = None;
            return Ok("none".into());
        }
        if value.is_empty() {
            return Err(SettingProblem::Contact);
        }
        let text: String = value.chars().take(MAX_SAFETY_CONTACT).collect();
        self.safety_contact = Some(text.clone());
        Ok(text)
    }

    /// Whether a key is set here (rather than the default).
    pub fn is_set(&self, key: &str) -> bool {
        match key {
            "citation_style" => self.citation_style.is_some(),
            "results" => self.results.is_some(),
            "replies" => self.replies.is_some(),
            "filters" => self.filters.is_some(),
            "welcome" => self.welcome.is_some(),
            "gap_log" => self.gap_log.is_some(),
            "safety_watch" => self.safety_watch.is_some(),
            "followups" => self.followups.is_some(),
            "safety_contact" => self.safety_contact.is_some(),
            "language" => self.language.is_some(),
            _ => false,
        }
    }
}

impl Effective {
    /// A key's value in force, as `!config` shows it.
    pub fn shown(&self, key: &str) -> String {
        match key {
            "citation_style" => self.style.as_str().into(),
            "results" => self.results.to_string(),
            "replies" => self.replies.as_str().into(),
            "filters" if self.filters.is_empty() => "none".into(),
            "filters" => self.filters.clone(),
            "welcome" => self.welcome.clone().unwrap_or_else(|| "none".into()),
            "gap_log" => if self.gap_log { "on" } else { "off" }.into(),
            "safety_watch" => if self.safety_watch { "on" } else { "off" }.into(),
            "followups" => if self.followups { "on" } else { "off" }.into(),
            "safety_contact" => self.safety_contact.clone().unwrap_or_else(|| "none".into()),
            "language" => self
                .language
                .map_or_else(|| "auto".into(), |l| l.code().to_string()),
            _ => String::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_are_validated_and_reset() {
        let mut s = RoomSettings::default();
        assert_eq!(s.set("citation_style", "Harvard"), Ok("harvard".into()));
        assert_eq!(s.set("results", "2"), Ok("2".into()));
        assert_eq!(
            s.set("results", "9"),
            Err(SettingProblem::Number {
                key: "results",
                max: 5
            })
        );
        assert!(s.set("replies", "sideways").is_err());
        assert_eq!(s.set("replies", "thread"), Ok("thread".into()));
        assert_eq!(
            s.set("filters", "since:2015 kind:rct"),
            Ok("since:2015 kind:rct".into())
        );
        assert!(s.set("filters", "preterm").is_err());
        assert_eq!(
            s.set("welcome", "Hello <b>all</b>"),
            Ok("Hello <b>all</b>".into())
        );
        assert_eq!(s.set("gap_log", "off"), Ok("off".into()));
        assert!(matches!(
            s.set("colour", "blue"),
            Err(SettingProblem::Unknown { key: "colour", keys }) if keys.contains("citation_style")
        ));
        let e = s.effective(&Defaults::default());
        assert_eq!(e.style, Style::Harvard);
        assert_eq!(e.results, 2);
        assert_eq!(e.replies, Replies::Thread);
        assert!(!e.gap_log);
        // Stored and read back as the account data's JSON.
        let json = serde_json::to_value(&s).unwrap();
        assert_eq!(RoomSettings::from_json(&json), s);
        assert_eq!(s.set("citation_style", "default"), Ok("default".into()));
        assert_eq!(s.effective(&Defaults::default()).style, Style::Apa);
        // A config that turns the log off wins over a room that says on.
        s.set("gap_log", "on").unwrap();
        let d = Defaults {
            gap_log: false,
            ..Defaults::default()
        };
        assert!(!s.effective(&d).gap_log);
    }

    #[test]
    fn a_bad_stored_value_counts_as_unset() {
        let v = serde_json::json!({"results": "many", "citation_style": "harvard"});
        assert_eq!(RoomSettings::from_json(&v), RoomSettings::default());
        let v = serde_json::json!({"citation_style": "harvard", "unknown_key": 1});
        assert_eq!(
            RoomSettings::from_json(&v)
                .effective(&Defaults::default())
                .style,
            Style::Harvard
        );
    }
}
