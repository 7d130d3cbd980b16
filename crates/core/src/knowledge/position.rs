//! Where in a file a problem is: serde_yaml reports positions only for syntax errors, so the
//! positions of keys and values are found by reading the text. These are heuristics: a value is
//! found by its first occurrence inside its key's block.

/// Where serde_yaml puts a syntax error, kept inside the file: at the end of the input libyaml
/// may report the line after the last one, which an editor cannot jump to. (Found by fuzzing.)
pub(crate) fn yaml_error_position(err: &serde_yaml::Error, text: &str) -> (usize, usize) {
    let Some(at) = err.location() else {
        return (1, 1);
    };
    // Lines as YAML and editors count them: "\r\n", a lone "\r" and "\n" each end one.
    let normalized = text.replace("\r\n", "\n");
    let lines: Vec<&str> = normalized.split(['\n', '\r']).collect();
    if at.line() <= lines.len() {
        (at.line(), at.column())
    } else {
        let last = lines.last().map_or(0, |l| l.chars().count());
        (lines.len(), last + 1)
    }
}

/// serde_yaml appends " at line L column C"; we print the position in front instead.
pub(crate) fn strip_location(msg: &str) -> String {
    match msg.find(" at line ") {
        Some(i) => msg[..i].to_string(),
        None => msg.to_string(),
    }
}

/// Position of a top-level `key:` (1-based). Falls back to 1:1.
pub fn key_position(text: &str, key: &str) -> (usize, usize) {
    for (i, line) in text.lines().enumerate() {
        if let Some(rest) = line.strip_prefix(key) {
            if rest.trim_start().starts_with(':') {
                return (i + 1, 1);
            }
        }
    }
    (1, 1)
}

/// Position of `needle` inside the block of top-level `key`, or of the key itself.
pub fn value_position(text: &str, key: &str, needle: &str) -> (usize, usize) {
    let (start, col) = key_position(text, key);
    if needle.is_empty() {
        return (start, col);
    }
    for (i, line) in text.lines().enumerate().skip(start - 1) {
        if i + 1 > start && starts_top_level_key(line) {
            break;
        }
        if let Some(c) = line.find(needle) {
            return (i + 1, line[..c].chars().count() + 1);
        }
    }
    (start, col)
}

fn starts_top_level_key(line: &str) -> bool {
    line.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
}

/// For a value error, point at the offending value (the first `backticked` or "quoted" token).
pub(crate) fn locate_error_token(text: &str, key: &str, msg: &str) -> Option<(usize, usize)> {
    let token = msg
        .split('`')
        .nth(1)
        .or_else(|| msg.split('"').nth(1))
        .filter(|t| !t.is_empty() && *t != key)?;
    let pos = value_position(text, key, token);
    (pos != key_position(text, key) || text.lines().nth(pos.0 - 1)?.contains(token)).then_some(pos)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syntax_errors_point_inside_the_file() {
        for text in ["[[[id: si", "a: [1,\n", "a: b\r\r\r: c: d", "{"] {
            let err = serde_yaml::from_str::<serde_yaml::Value>(text).unwrap_err();
            let (line, col) = yaml_error_position(&err, text);
            let lines = text.replace("\r\n", "\n").split(['\n', '\r']).count();
            assert!(
                line >= 1 && line <= lines && col >= 1,
                "{text:?}: {line}:{col}"
            );
        }
    }

    #[test]
    fn positions() {
        let text = "id: x\ntopics:\n  - preterm\n  - pretrm\nsummary: s\n";
        assert_eq!(key_position(text, "topics"), (2, 1));
        assert_eq!(value_position(text, "topics", "pretrm"), (4, 5));
        assert_eq!(value_position(text, "topics", "nothing"), (2, 1));
    }
}
