//! Property tests (proptest) for what users type: the parser never panics, queries stay within
//! bounds and free of control characters, and whatever a user writes stays escaped in the HTML.

use std::sync::OnceLock;

use evidence_bot::answer::{self, Context, Pager};
use evidence_bot::chat::command::{self as commands, Command, MAX_QUERY_CHARS};
use evidence_bot::render::{escape, only_renderer_tags};
use evidence_bot::snapshot::Snapshot;
use proptest::prelude::*;

fn lib() -> &'static Snapshot {
    static LIB: OnceLock<Snapshot> = OnceLock::new();
    LIB.get_or_init(|| Snapshot::load(None).unwrap().0)
}

/// Text with the characters that matter: markup, quotes, controls, zero-width and bidi marks,
/// right-to-left letters, and ordinary words.
fn nasty() -> impl Strategy<Value = String> {
    let pieces = prop::collection::vec(
        prop_oneof![
            Just("<script>alert(1)</script>".to_string()),
            Just("<img src=x onerror=alert(1)>".to_string()),
            Just("\"'&amp;<>".to_string()),
            Just("**bold** _it_ [link](http://x)".to_string()),
            Just("\u{202e}\u{200b}\u{feff}\u{0007}\n\t".to_string()),
            Just("مرحبا שלום".to_string()),
            Just("preterm".to_string()),
            Just("kind:rct".to_string()),
            "[a-zA-Z ]{0,12}",
            any::<String>(),
        ],
        0..8,
    );
    pieces.prop_map(|v| v.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn the_parser_never_panics(text in any::<String>(), prefix in "[!?.]") {
        let _ = commands::parse(&prefix, &text);
    }

    #[test]
    fn queries_are_bounded_and_clean(body in "[a-z \u{0}-\u{1f}\u{200b}\u{202e}é]{1,1200}") {
        let cleaned = commands::clean(&body);
        match commands::parse("!", &format!("!evidence {body}")) {
            Ok(Command::Evidence { query, truncated }) => {
                prop_assert!(query.chars().count() <= MAX_QUERY_CHARS);
                let hidden = |c: char| c.is_control() || c == '\u{200b}' || c == '\u{202e}';
                prop_assert!(!query.chars().any(hidden), "hidden characters in {:?}", query);
                prop_assert_eq!(truncated, cleaned.chars().count() > MAX_QUERY_CHARS);
            }
            Ok(Command::Help { .. }) | Ok(Command::More) => prop_assert!(cleaned.is_empty() || cleaned == "help" || cleaned == "more"),
            other => prop_assert!(false, "{:?}", other),
        }
    }

    #[test]
    fn escaping_removes_every_markup_character(s in any::<String>()) {
        let e = escape(&s);
        prop_assert!(!e.contains('<') && !e.contains('>') && !e.contains('"'));
        let back = e.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
        prop_assert_eq!(back, s);
    }

    #[test]
    fn user_text_stays_escaped_in_every_reply(text in nasty(), cmd in prop_oneof![
        Just("!evidence "), Just("!show "), Just("!cite "), Just("!help "), Just("!reading-list "), Just("!"),
    ]) {
        let message = format!("{cmd}{text}");
        let ctx = Context::default();
        let reply = match commands::parse("!", &message) {
            Ok(c) => answer::respond(&c, &ctx, lib(), &Pager::default()).reply().unwrap_or_default(),
            Err(e) => match answer::usage_reply(&e, &ctx.prefix) {
                Some(r) => r,
                None => return Ok(()),
            },
        };
        prop_assert!(only_renderer_tags(&reply.html), "unexpected markup in {:?}", reply.html);
        prop_assert!(reply.plain.len() + reply.html.len() <= evidence_bot::render::MAX_REPLY_BYTES);
    }
}
