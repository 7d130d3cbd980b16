//! The languages the bot reads and replies in, and the language of the reply being written.
//!
//! Which language a reply is in is decided once per message (the room's `!config language`, else
//! the message's own language) and holds while that message is answered: every sentence the bot
//! writes itself is then taken from that language's Fluent file (`render::i18n`). A scope rather
//! than a parameter, so the many small functions that write sentences keep their signatures.

use std::cell::Cell;

use serde::{Deserialize, Serialize};
use strum::{EnumIter, EnumString, IntoStaticStr};

/// A language of the bot's replies, named by its ISO 639-1 code (bokmål by its own, `nb`).
#[derive(
    Debug,
    Clone,
    Copy,
    Default,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    IntoStaticStr,
    EnumIter,
    EnumString,
)]
#[serde(rename_all = "lowercase")]
#[strum(serialize_all = "lowercase")]
pub enum Lang {
    /// English: the knowledge's own language, and the fallback.
    #[default]
    En,
    /// Dutch.
    Nl,
    /// German.
    De,
    /// Norwegian bokmål.
    Nb,
    /// Danish.
    Da,
    /// Swedish.
    Sv,
    /// Welsh.
    Cy,
}

impl Lang {
    /// The ISO 639-1 code, as used in file names and `!config language`.
    pub fn code(self) -> &'static str {
        self.into()
    }

    /// Reads a code or a language's English or own name, in any case ("nl", "Dutch",
    /// "Nederlands"); `no` and `norwegian` mean bokmål.
    pub fn parse(word: &str) -> Option<Lang> {
        let w = word.trim().to_lowercase();
        if let Ok(lang) = w.parse() {
            return Some(lang);
        }
        Some(match w.as_str() {
            "english" => Lang::En,
            "dutch" | "nederlands" => Lang::Nl,
            "german" | "deutsch" => Lang::De,
            "no" | "nob" | "norwegian" | "bokmal" | "bokmål" | "norsk" => Lang::Nb,
            "danish" | "dansk" => Lang::Da,
            "swedish" | "svenska" => Lang::Sv,
            "welsh" | "cymraeg" => Lang::Cy,
            _ => return None,
        })
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

thread_local! {
    static CURRENT: Cell<Lang> = const { Cell::new(Lang::En) };
}

/// The language of the reply being written on this thread.
pub fn current() -> Lang {
    CURRENT.with(Cell::get)
}

/// Sets the reply language until the guard is dropped (then the previous one holds again).
#[must_use = "the language holds only while the guard lives"]
pub fn scope(lang: Lang) -> Scope {
    Scope {
        previous: CURRENT.with(|c| c.replace(lang)),
    }
}

/// Restores the previous reply language when dropped.
#[derive(Debug)]
pub struct Scope {
    previous: Lang,
}

impl Drop for Scope {
    fn drop(&mut self) {
        CURRENT.with(|c| c.set(self.previous));
    }
}

/// Runs `f` with replies in `lang`.
pub fn within<T>(lang: Lang, f: impl FnOnce() -> T) -> T {
    let _scope = scope(lang);
    f()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_scope_ends_with_its_guard_and_nests() {
        assert_eq!(current(), Lang::En);
        {
            let _nl = scope(Lang::Nl);
            assert_eq!(current(), Lang::Nl);
            within(Lang::Cy, || assert_eq!(current(), Lang::Cy));
            assert_eq!(current(), Lang::Nl);
        }
        assert_eq!(current(), Lang::En);
    }

    #[test]
    fn codes_and_names_are_read() {
        assert_eq!(Lang::parse("NL"), Some(Lang::Nl));
        assert_eq!(Lang::parse("Cymraeg"), Some(Lang::Cy));
        assert_eq!(Lang::parse("norwegian"), Some(Lang::Nb));
        assert_eq!(Lang::parse("klingon"), None);
        assert_eq!(Lang::Sv.code(), "sv");
    }
}
