//! Fuzzes question understanding and search: arbitrary text through the query parser (filters,
//! topic phrases, stop words), then a full `!evidence` answer on the bundled knowledge. It must
//! never panic, and the reply carries no markup but the renderer's own.
#![no_main]

use evidence_core::answer::{self, Context, Pager};
use evidence_core::chat::Command;
use evidence_core::snapshot::Snapshot;
use evidence_core::render::{only_renderer_tags, MAX_REPLY_BYTES};
use libfuzzer_sys::fuzz_target;

fn lib() -> &'static Snapshot {
    static LIB: std::sync::OnceLock<Snapshot> = std::sync::OnceLock::new();
    LIB.get_or_init(|| Snapshot::load(None).unwrap().0)
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let lib = lib();
    let ids: Vec<&str> = lib.knowledge.topics.iter().map(|t| t.id.as_str()).collect();
    let parsed = lib.index.parse(&text);
    for t in &parsed.topics {
        assert!(ids.contains(&t.as_str()), "unknown topic {t}");
    }
    // Direct hits come first, partial ones after.
    let res = lib.index.search(&text);
    assert!(res.hits.iter().take(res.direct).all(|h| h.direct));
    assert!(res.hits.iter().skip(res.direct).all(|h| !h.direct));
    let cmd = Command::Evidence {
        query: text.chars().take(500).collect(),
        truncated: false,
    };
    let reply = answer::respond(&cmd, &Context::default(), lib, &Pager::default()).reply().unwrap_or_default();
    assert!(only_renderer_tags(&reply.html), "markup in {:?}", reply.html);
    assert!(reply.plain.len() + reply.html.len() <= MAX_REPLY_BYTES);
});
