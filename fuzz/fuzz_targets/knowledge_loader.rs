//! Fuzzes the knowledge loader with one record file of arbitrary content next to the bundled
//! vocabulary. It must never panic, and every problem it reports points inside the file.
#![no_main]

use evidence_core::knowledge::{load::load, load_vocabulary::is_vocabulary_file, SourceFile};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let vocabularies: Vec<SourceFile> = evidence_core::knowledge::bundled_files()
        .into_iter()
        .filter(|f| is_vocabulary_file(&f.rel))
        .collect();
    let record = SourceFile {
        path: "knowledge/fuzzed-2020.yaml".into(),
        rel: "fuzzed-2020.yaml".into(),
        text: text.to_string(),
        history: None,
    };
    let mut files = vocabularies;
    files.push(record);
    let loaded = load(&files);
    // Lines as YAML (and editors) count them: "\r\n", a lone "\r" and "\n" each end one.
    let lines = text.replace("\r\n", "\n").split(['\n', '\r']).count();
    for d in loaded.diagnostics.iter().filter(|d| d.path.ends_with("fuzzed-2020.yaml")) {
        assert!(d.line >= 1 && d.col >= 1, "position below 1: {d}");
        assert!(d.line <= lines, "line {} beyond the file's {lines} lines: {d}", d.line);
    }
});
