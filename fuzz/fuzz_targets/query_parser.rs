//! Fuzzes question understanding and search: arbitrary text read as a question (filters, concept
//! phrases, cues), then a full `!evidence` answer on the bundled knowledge. It must never panic,
//! every concept read is one of the vocabulary, and the reply carries no markup but the
//! renderer's own.
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
    let q = lib.index.read(&text);
    let concepts = lib.knowledge.vocabulary.len();
    assert!(q.all_concepts().all(|c| c < concepts));
    // Every hit is about the question: the search lists no loosely related records.
    let res = lib.index.search(&text);
    assert!(res.hits.iter().all(|h| h.direct));
    assert_eq!(res.direct, res.hits.len());
    let cmd = Command::Evidence {
        query: text.chars().take(500).collect(),
        truncated: false,
    };
    let reply = answer::respond(&cmd, &Context::default(), lib, &Pager::default()).reply().unwrap_or_default();
    assert!(only_renderer_tags(&reply.html), "markup in {:?}", reply.html);
    assert!(reply.plain.len() + reply.html.len() <= MAX_REPLY_BYTES);
});
