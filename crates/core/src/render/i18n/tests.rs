//! The Fluent files: every one parses, every language has one, and each holds the messages of
//! English with the same variables. The sentence functions themselves are called in every
//! language by `render::text`'s tests.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use fluent_syntax::ast;
use strum::IntoEnumIterator;

use super::*;

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("i18n")
}

/// Every `.ftl` file in `i18n/`, by its file stem, with its text.
fn files() -> BTreeMap<String, String> {
    std::fs::read_dir(dir())
        .expect("crates/core/i18n exists")
        .map(|e| e.expect("a directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
        .map(|p| {
            let stem = p.file_stem().unwrap().to_string_lossy().into_owned();
            (stem, std::fs::read_to_string(&p).expect("the file reads"))
        })
        .collect()
}

/// What a message uses: the variables (`$n`) and the other messages it references.
#[derive(Debug, Default, PartialEq, Eq)]
struct Uses {
    variables: BTreeSet<String>,
    messages: BTreeSet<String>,
}

/// Each message's id and what its value and attributes use, from a file that parses.
fn messages(source: &str) -> BTreeMap<String, Uses> {
    let resource = fluent_syntax::parser::parse(source).expect("the file parses");
    let mut out = BTreeMap::new();
    for entry in &resource.body {
        if let ast::Entry::Message(m) = entry {
            let mut uses = Uses::default();
            if let Some(p) = &m.value {
                pattern(p, &mut uses);
            }
            for a in &m.attributes {
                pattern(&a.value, &mut uses);
            }
            out.insert(m.id.name.to_string(), uses);
        }
    }
    out
}

fn pattern(p: &ast::Pattern<&str>, uses: &mut Uses) {
    for element in &p.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expr(expression, uses);
        }
    }
}

fn expr(e: &ast::Expression<&str>, uses: &mut Uses) {
    match e {
        ast::Expression::Select { selector, variants } => {
            inline(selector, uses);
            for v in variants {
                pattern(&v.value, uses);
            }
        }
        ast::Expression::Inline(i) => inline(i, uses),
    }
}

fn inline(i: &ast::InlineExpression<&str>, uses: &mut Uses) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            uses.variables.insert(id.name.to_string());
        }
        ast::InlineExpression::MessageReference { id, .. } => {
            uses.messages.insert(id.name.to_string());
        }
        ast::InlineExpression::FunctionReference { arguments, .. }
        | ast::InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            for a in &arguments.positional {
                inline(a, uses);
            }
            for a in &arguments.named {
                inline(&a.value, uses);
            }
        }
        ast::InlineExpression::Placeable { expression } => expr(expression, uses),
        _ => {}
    }
}

#[test]
fn every_language_has_a_file_and_every_file_a_language() {
    let files = files();
    for lang in Lang::iter() {
        assert!(
            files.contains_key(lang.code()),
            "i18n/{}.ftl is missing",
            lang.code()
        );
        assert!(
            FILES.iter().any(|(l, _)| *l == lang),
            "{lang} has a file but i18n.rs does not build it in"
        );
    }
    for stem in files.keys() {
        assert!(
            Lang::parse(stem).is_some_and(|l| l.code() == stem),
            "i18n/{stem}.ftl is not the file of a reply language"
        );
    }
}

#[test]
fn every_file_parses_without_errors() {
    for (code, source) in files() {
        if let Err((_, errors)) = fluent_syntax::parser::parse(source.as_str()) {
            panic!("{code}.ftl: {errors:#?}");
        }
        let resource = FluentResource::try_new(source).expect("parsed above");
        let mut bundle = FluentBundle::new_concurrent(vec![code.parse().unwrap()]);
        if let Err(errors) = bundle.add_resource(resource) {
            panic!("{code}.ftl: {errors:?}");
        }
    }
}

#[test]
fn every_language_has_the_messages_of_english_with_its_variables() {
    let files = files();
    let english = messages(&files["en"]);
    assert!(english.len() > 100, "{} English messages", english.len());
    for (id, uses) in &english {
        for m in &uses.messages {
            assert!(english.contains_key(m), "{id} refers to {m}, not a message");
        }
    }
    for (code, source) in files.iter().filter(|(c, _)| *c != "en") {
        let theirs = messages(source);
        let missing: Vec<&String> = english
            .keys()
            .filter(|id| !theirs.contains_key(*id))
            .collect();
        let extra: Vec<&String> = theirs
            .keys()
            .filter(|id| !english.contains_key(*id))
            .collect();
        assert!(missing.is_empty(), "{code}.ftl lacks {missing:?}");
        assert!(
            extra.is_empty(),
            "{code}.ftl has messages English lacks: {extra:?}"
        );
        for (id, uses) in &theirs {
            assert_eq!(
                uses.variables, english[id].variables,
                "{code}.ftl: {id} uses other variables than English"
            );
            for m in &uses.messages {
                assert!(
                    theirs.contains_key(m),
                    "{code}.ftl: {id} refers to {m}, not a message"
                );
            }
        }
    }
}

/// Each message formats without errors in every language, whatever its variables hold: a
/// count of 0, 1, 2 or 5 (each plural form) or a word.
#[test]
fn every_message_formats_in_every_language() {
    let english = messages(&files()["en"]);
    for &(lang, _) in FILES {
        let bundle = &BUNDLES[&lang];
        for (id, uses) in &english {
            let samples: Vec<Arg> = vec![
                Arg::Count(0),
                Arg::Count(1),
                Arg::Count(2),
                Arg::Count(5),
                Arg::from("here"),
            ];
            for sample in &samples {
                let mut args = FluentArgs::new();
                for v in &uses.variables {
                    args.set(v.as_str(), sample.value());
                }
                let pattern = bundle
                    .get_message(id)
                    .and_then(|m| m.value())
                    .unwrap_or_else(|| panic!("{lang}: no value for {id}"));
                let mut errors = Vec::new();
                let s = bundle.format_pattern(pattern, Some(&args), &mut errors);
                assert!(errors.is_empty(), "{lang}: {id}: {errors:?}");
                assert!(!s.trim().is_empty(), "{lang}: {id} is empty");
                assert!(
                    !s.contains(['\u{2068}', '\u{2069}']),
                    "{lang}: {id} has isolation marks"
                );
            }
        }
    }
}

/// Every message `text.rs` names is in English, and every English message is named there (or
/// referenced by another message).
#[test]
fn text_rs_and_english_name_the_same_messages() {
    let english = messages(&files()["en"]);
    let source = &crate::render::text::SOURCE.concat();
    let named: BTreeSet<String> = regex::Regex::new(r#"tr(?:_line)?!\(\s*"([a-z0-9-]+)""#)
        .unwrap()
        .captures_iter(source)
        .map(|c| c[1].to_string())
        .collect();
    for id in &named {
        assert!(
            english.contains_key(id),
            "text.rs names {id}, not in en.ftl"
        );
    }
    let referenced: BTreeSet<&String> = english.values().flat_map(|u| &u.messages).collect();
    for id in english.keys() {
        assert!(
            named.contains(id) || referenced.contains(id),
            "en.ftl has {id}, which nothing uses"
        );
    }
}

#[test]
fn a_missing_message_falls_back_to_english() {
    let lang = Lang::Cy;
    assert!(format(lang, "no-such-message", &[]).is_none());
    let english = locale::within(Lang::En, || t("and-more", &[("n", Arg::Count(3))]));
    assert_eq!(english, "…and 3 more.");
    // Welsh has the message, so it is not English.
    assert_ne!(
        locale::within(lang, || t("and-more", &[("n", Arg::Count(3))])),
        english
    );
}

#[test]
fn markup_is_read_from_the_message_and_never_from_a_value() {
    let l = locale::within(Lang::En, || {
        line(
            "more-for",
            &[("more", Arg::from("<b>!more</code>")), ("n", Arg::Count(2))],
        )
    });
    assert_eq!(l.plain, "<b>!more</code> for 2 more");
    assert_eq!(
        l.html,
        "<code>&lt;b&gt;!more&lt;/code&gt;</code> for 2 more"
    );
}
