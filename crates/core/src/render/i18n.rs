//! The bot's sentences in each reply language: one Project Fluent file per language
//! (`crates/core/i18n/<code>.ftl`, English first), built into the binary, and [`t`], which
//! writes a message in the language of the reply being written ([`locale::current`]).
//!
//! English is the fallback at every step: a language without a file, a message its file lacks,
//! and a message that fails to format (a translation naming a variable the code does not pass)
//! all give the English sentence. None of that panics in a release build; in a debug build a
//! broken English message does, so the tests find it. The tests below check that every file
//! parses and holds the same messages, with the same variables, as English.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use crate::locale::{self, Lang};
use crate::render::Line;

/// The Fluent file of each language that has one. A language missing here is written in
/// English.
const FILES: &[(Lang, &str)] = &[
    (Lang::En, include_str!("../../i18n/en.ftl")),
    (Lang::Nl, include_str!("../../i18n/nl.ftl")),
    (Lang::De, include_str!("../../i18n/de.ftl")),
    (Lang::Nb, include_str!("../../i18n/nb.ftl")),
    (Lang::Da, include_str!("../../i18n/da.ftl")),
    (Lang::Sv, include_str!("../../i18n/sv.ftl")),
    (Lang::Cy, include_str!("../../i18n/cy.ftl")),
];

type Bundle = FluentBundle<FluentResource>;

/// One bundle per language with a file, built on first use.
static BUNDLES: LazyLock<HashMap<Lang, Bundle>> = LazyLock::new(|| {
    FILES
        .iter()
        .map(|&(lang, source)| (lang, bundle(lang, source)))
        .collect()
});

/// Builds a language's bundle. A file with errors keeps the messages that parsed (the tests
/// make sure none has errors).
fn bundle(lang: Lang, source: &str) -> Bundle {
    let id: LanguageIdentifier = lang.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Fluent would wrap every value in Unicode isolation marks, which would end up in chat.
    bundle.set_use_isolating(false);
    let resource = FluentResource::try_new(source.to_string()).unwrap_or_else(|(res, errors)| {
        tracing::error!(lang = %lang, ?errors, "errors in the language's Fluent file");
        debug_assert!(false, "{lang}.ftl: {errors:?}");
        res
    });
    if let Err(errors) = bundle.add_resource(resource) {
        tracing::error!(lang = %lang, ?errors, "the language's Fluent file repeats messages");
        debug_assert!(false, "{lang}.ftl: {errors:?}");
    }
    bundle
}

/// A value for one of a message's variables.
#[derive(Debug, Clone)]
pub(crate) enum Arg<'a> {
    /// Text, shown as given.
    Text(Cow<'a, str>),
    /// A count: shown in digits, and what plural forms select on.
    Count(u64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Text(Cow::Borrowed(s))
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Arg::Text(Cow::Borrowed(s))
    }
}

impl From<String> for Arg<'_> {
    fn from(s: String) -> Self {
        Arg::Text(Cow::Owned(s))
    }
}

macro_rules! count_from {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg<'_> {
            fn from(n: $t) -> Self {
                Arg::Count(n as u64)
            }
        }
    )*};
}
count_from!(usize, u64, u32, u16, u8);

impl Arg<'_> {
    fn value(&self) -> FluentValue<'_> {
        match self {
            Arg::Text(s) => FluentValue::from(s.as_ref()),
            Arg::Count(n) => FluentValue::from(*n),
        }
    }
}

/// The message `id` in the reply language, with its variables set from `args`; English when
/// that language has no such message or it fails to format.
pub(crate) fn t(id: &str, args: &[(&str, Arg)]) -> String {
    let lang = locale::current();
    if lang != Lang::En {
        if let Some(s) = format(lang, id, args) {
            return s;
        }
    }
    format(Lang::En, id, args).unwrap_or_else(|| {
        tracing::error!(id, "no English message");
        debug_assert!(false, "no English message {id}");
        id.to_string()
    })
}

/// The message in one language, or `None` when it has no such message or formatting it failed.
fn format(lang: Lang, id: &str, args: &[(&str, Arg)]) -> Option<String> {
    let bundle = BUNDLES.get(&lang)?;
    let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
        if lang != Lang::En {
            tracing::debug!(lang = %lang, id, "message not translated: English instead");
        }
        return None;
    };
    let mut fluent_args = FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        fluent_args.set(*name, value.value());
    }
    let mut errors = Vec::new();
    let s = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
    if errors.is_empty() {
        return Some(s.into_owned());
    }
    tracing::error!(lang = %lang, id, ?errors, "a message failed to format");
    // A translation that fails falls back to English; English itself failing is a bug here.
    debug_assert!(lang != Lang::En, "{id}: {errors:?}");
    None
}

/// The tags a message written with [`line`] may hold.
const TAGS: &[(&str, Style)] = &[
    ("<b>", Style::Bold),
    ("</b>", Style::Plain),
    ("<i>", Style::Italic),
    ("</i>", Style::Plain),
    ("<code>", Style::Code),
    ("</code>", Style::Plain),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Style {
    Plain,
    Bold,
    Italic,
    Code,
}

/// The first private-use character: text values stand in the message as `HOLDER + i` while its
/// markup is read, so that no value (a user's query) can open a tag.
const HOLDER: u32 = 0xE000;

/// A message with markup in it (`<b>`, `<i>`, `<code>`, not nested), as a line of a reply:
/// the message says where the markup goes, so a translation can move a command within its
/// sentence. Text variables are set after the markup is read (a message must not select on
/// one); counts are set as in [`t`].
pub(crate) fn line(id: &str, args: &[(&str, Arg)]) -> Line {
    let holders: Vec<(&str, Arg)> = args
        .iter()
        .enumerate()
        .map(|(i, (name, value))| {
            let value = match value {
                Arg::Text(_) => Arg::Text(Cow::Owned(holder(i).to_string())),
                Arg::Count(n) => Arg::Count(*n),
            };
            (*name, value)
        })
        .collect();
    let marked = t(id, &holders);
    let mut out = Line::default();
    let mut style = Style::Plain;
    let mut rest = marked.as_str();
    loop {
        let next = TAGS
            .iter()
            .filter_map(|(tag, s)| rest.find(tag).map(|at| (at, *tag, *s)))
            .min_by_key(|(at, _, _)| *at);
        let (run, tag) = match next {
            Some((at, tag, s)) => {
                let run = &rest[..at];
                rest = &rest[at + tag.len()..];
                (run, Some(s))
            }
            None => (std::mem::take(&mut rest), None),
        };
        let run = fill(run, args);
        if !run.is_empty() {
            match style {
                Style::Plain => out.text(&run),
                Style::Bold => out.bold(&run),
                Style::Italic => out.italic(&run),
                Style::Code => out.code(&run),
            };
        }
        match tag {
            Some(s) => style = s,
            None => return out,
        }
    }
}

fn holder(i: usize) -> char {
    char::from_u32(HOLDER + i as u32).unwrap_or(char::REPLACEMENT_CHARACTER)
}

/// A run of a marked message with its text values put back.
fn fill(run: &str, args: &[(&str, Arg)]) -> String {
    let mut s = String::with_capacity(run.len());
    for c in run.chars() {
        let i = (c as u32).wrapping_sub(HOLDER) as usize;
        match args.get(i) {
            Some((_, Arg::Text(v))) => s.push_str(v),
            _ => s.push(c),
        }
    }
    s
}

/// `tr!("id", name = value, ...)`: [`t`] with the variables named as Rust identifiers.
macro_rules! tr {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::render::i18n::t(
            $id,
            &[$((stringify!($name), $crate::render::i18n::Arg::from($value))),*],
        )
    };
}
pub(crate) use tr;

/// `tr_line!("id", name = value, ...)`: [`line`] with the variables named as Rust identifiers.
macro_rules! tr_line {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::render::i18n::line(
            $id,
            &[$((stringify!($name), $crate::render::i18n::Arg::from($value))),*],
        )
    };
}
pub(crate) use tr_line;

#[cfg(test)]
mod tests;
