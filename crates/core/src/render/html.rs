//! HTML for Matrix `formatted_body`: escaping, and the one invariant every reply keeps — the
//! only tags in it are the renderer's own.

/// Escapes text for HTML (element content and attribute values).
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// The starts of the only tags this module writes, after the `<`.
const OUR_TAGS: &[&str] = &[
    "p>",
    "/p>",
    "b>",
    "/b>",
    "i>",
    "/i>",
    "code>",
    "/code>",
    "pre>",
    "/pre>",
    "ol>",
    "ol start=\"",
    "/ol>",
    "ul>",
    "/ul>",
    "li>",
    "/li>",
    "br>",
    "a href=\"",
    "/a>",
];

/// Whether every tag in `html` is one this module writes: anything else came from a user and
/// escaped the escaping. The invariant the property tests and the fuzz targets check.
pub fn only_renderer_tags(html: &str) -> bool {
    html.match_indices('<')
        .all(|(i, _)| OUR_TAGS.iter().any(|t| html[i + 1..].starts_with(t)))
}
