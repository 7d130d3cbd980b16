//! Fuzzes the chat command parser: any text, any prefix. It must never panic, a parsed query
//! stays within its length limit and free of hidden characters, and what the bot would answer
//! carries no markup but its own.
#![no_main]

use evidence_core::answer::{self, Context, Pager};
use evidence_core::chat::command::{self as commands, Command, MAX_QUERY_CHARS};
use evidence_core::render::only_renderer_tags;
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
            answer::respond(&cmd, &ctx, fuzz_lib(), &Pager::default()).reply().unwrap_or_default()
        }
        Ok(_) => return,
        Err(e) => match answer::usage_reply(&e, &ctx.prefix) {
            Some(r) => r,
            None => return,
        },
    };
    assert!(only_renderer_tags(&reply.html), "markup in {:?}", reply.html);
});

fn fuzz_lib() -> &'static evidence_core::snapshot::Snapshot {
    static LIB: std::sync::OnceLock<evidence_core::snapshot::Snapshot> = std::sync::OnceLock::new();
    LIB.get_or_init(|| evidence_core::snapshot::Snapshot::load(None).unwrap().0)
}
