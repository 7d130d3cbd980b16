//! Fuzzes the chat command parser: any text, any prefix. It must never panic, a parsed query
//! stays within its length limit and free of hidden characters, and what the bot would answer
//! carries no markup but its own.
#![no_main]

use evidence_bot::answer::{self, Context, Pager};
use evidence_bot::commands::{self, Command, MAX_QUERY_CHARS};
use evidence_bot::render::only_renderer_tags;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let prefix = match data.first() {
        Some(b) if b % 3 == 0 => "?",
        Some(b) if b % 3 == 1 => "evidence:",
        _ => "!",
    };
    let parsed = commands::parse(prefix, &text);
    if let Ok(Command::Evidence { query, .. }) = &parsed {
        assert!(query.chars().count() <= MAX_QUERY_CHARS, "query too long");
        assert!(
            !query.chars().any(char::is_control),
            "control character in {query:?}"
        );
    }
    // Only the answers that need no knowledge: the search itself is the query_parser target.
    let ctx = Context::default();
    let reply = match parsed {
        Ok(cmd @ (Command::Help { .. } | Command::About | Command::Topics)) => {
            answer::handle(&cmd, fuzz_lib(), &ctx, &Pager::default())
        }
        Ok(_) => return,
        Err(e) => match answer::handle_parse_error(&e, &ctx) {
            Some(r) => r,
            None => return,
        },
    };
    assert!(only_renderer_tags(&reply.html), "markup in {:?}", reply.html);
});

fn fuzz_lib() -> &'static evidence_bot::library::Library {
    static LIB: std::sync::OnceLock<evidence_bot::library::Library> = std::sync::OnceLock::new();
    LIB.get_or_init(|| evidence_bot::library::Library::load(None).unwrap().0)
}
