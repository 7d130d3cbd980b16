//! Every sentence a user reads, in one place, so wording stays consistent and easy to review.
//! (Each command's arguments are declared with the command, in [`crate::chat::COMMANDS`]; what it
//! does is [`command_about`].)
//!
//! The sentences themselves are in the Fluent files (`crates/core/i18n/<code>.ftl`, English
//! first), in the language of the reply being written ([`crate::locale::current`]); each function
//! here names its message and passes its variables, and keeps what is not a sentence (command
//! names, numbers written as the data has them, list separators) in Rust. A sentence with a
//! command or emphasis inside it comes back as a [`Line`](crate::render::Line), so a translation
//! can move them.
//!
//! The functions live in submodules by area and are all re-exported here, so a caller names
//! `text::foo` wherever `foo` is kept.

use crate::render::i18n::tr;

mod answers;
mod figures;
mod general;
mod overall;
mod records;
mod rooms;
mod safety;

pub use answers::*;
pub use figures::*;
pub use general::*;
pub use overall::*;
pub use records::*;
pub use rooms::*;
pub use safety::*;

/// A command as the user types it: "!evidence".
fn cmd(prefix: &str, name: &str) -> String {
    format!("{prefix}{name}")
}

/// Headings and labels of `!show`.
pub mod label {
    use crate::render::i18n::tr;

    /// Before the list of findings.
    pub fn findings() -> String {
        tr!("label-findings")
    }
    /// Before the list of caveats.
    pub fn caveats() -> String {
        tr!("label-caveats")
    }
    /// Before the related records' ids.
    pub fn related() -> String {
        tr!("label-related")
    }
    /// Before the list of sources.
    pub fn sources() -> String {
        tr!("label-sources")
    }
    /// After a source no one confirmed.
    pub fn source_unverified() -> String {
        tr!("label-source-unverified")
    }
    /// Before the `!cite` hint.
    pub fn cite_it() -> String {
        tr!("label-cite-it")
    }
    /// The facts of a record, in the order shown.
    pub fn intervention() -> String {
        tr!("label-intervention")
    }
    /// Who took part.
    pub fn who() -> String {
        tr!("label-who")
    }
    /// The design.
    pub fn design() -> String {
        tr!("label-design")
    }
    /// The sample.
    pub fn sample() -> String {
        tr!("label-sample")
    }
    /// The country.
    pub fn country() -> String {
        tr!("label-country")
    }
    /// The trial registration.
    pub fn registration() -> String {
        tr!("label-registration")
    }
    /// The topics.
    pub fn topics() -> String {
        tr!("label-topics")
    }
    /// Before a citation's in-text form.
    pub fn in_text() -> String {
        tr!("label-in-text")
    }
    /// A record whose authors no source shows.
    pub fn authors_not_known() -> String {
        tr!("label-authors-not-known")
    }
}

/// Phrases in typographic quotes.
fn quoted(phrases: &[String]) -> Vec<String> {
    phrases
        .iter()
        .map(|w| format!("\u{201c}{w}\u{201d}"))
        .collect()
}

/// "a, b and c".
fn and_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [head @ .., last] => and(&head.join(", "), last),
    }
}

/// "a and b": `list-and`, or `list-and-vowel` when `last` begins with a vowel sound (Welsh
/// joins with "ac" there and "a" elsewhere: "VIG ac awtistiaeth", "VIG a thadau").
fn and(head: &str, last: &str) -> String {
    if starts_with_vowel(last) {
        tr!("list-and-vowel", head = head, last = last)
    } else {
        tr!("list-and", head = head, last = last)
    }
}

/// Whether a list item begins with a vowel sound as Welsh reads it: its first letter (after
/// quotation marks) is a, e, i, o, u, w or y, with or without an accent; a number whose Welsh
/// name does (1 "un", 11 "un ar ddeg", 8, 80–89, 800–899, … "wyth"). Read letter by letter,
/// nothing more: an acronym is taken as it is spelt ("ac ADHD", "a NICU").
fn starts_with_vowel(item: &str) -> bool {
    let Some(first) = item.chars().find(|c| c.is_alphanumeric()) else {
        return false;
    };
    if first.is_ascii_digit() {
        let digits: String = item
            .chars()
            .skip_while(|c| !c.is_alphanumeric())
            .take_while(char::is_ascii_digit)
            .collect();
        return digits == "1" || digits == "11" || digits.starts_with('8');
    }
    first
        .to_lowercase()
        .any(|c| "aeiouwyâêîôûŵŷáéíóúẃýàèìòùẁỳäëïöüẅÿ".contains(c))
}

/// The source of this module and its submodules, for the tests that check every sentence
/// function has samples and every message it names is in the Fluent files.
#[cfg(test)]
pub(crate) const SOURCE: [&str; 8] = [
    include_str!("text.rs"),
    include_str!("text/general.rs"),
    include_str!("text/records.rs"),
    include_str!("text/answers.rs"),
    include_str!("text/overall.rs"),
    include_str!("text/rooms.rs"),
    include_str!("text/figures.rs"),
    include_str!("text/safety.rs"),
];

#[cfg(test)]
mod tests;
