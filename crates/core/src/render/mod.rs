//! Replies in two forms at once: a readable plain `body` and compact Matrix HTML (no tables,
//! no indentation: several clients show neither well). All text passed in is escaped for HTML;
//! only this module writes tags ([`html`]), and every sentence a user reads is in [`text`].

pub mod html;
pub(crate) mod i18n;
pub mod text;

pub use html::{escape, only_renderer_tags};

use crate::curation::Asked;
use crate::references::export::Attachment;

/// Largest reply we send, in bytes of plain + HTML together: Matrix events are limited to
/// 64 KiB, and some clients struggle far below that.
pub const MAX_REPLY_BYTES: usize = 30 * 1024;

/// A reply: what the bot would post.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Reply {
    /// Plain-text body (the caption, when there is a file).
    pub plain: String,
    /// Matrix `formatted_body` (org.matrix.custom.html).
    pub html: String,
    /// A file to upload with the reply (reading lists).
    pub attachment: Option<Attachment>,
    /// For an `!evidence` answer: the question and how well the knowledge covered it, for the
    /// gap log and for feedback on the answer. Not shown.
    pub asked: Option<Asked>,
    /// What the reply presented, for the evaluation and for follow-ups. Not shown.
    pub presented: Presented,
}

/// What a reply presented, in the order shown: the records given as the evidence on the
/// question, and what it said the knowledge does not cover.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Presented {
    /// Ids of the records presented as the evidence (direct), in order, the first
    /// [`crate::answer::REMEMBERED`] of them (what `!more` can reach); for a citation, reading
    /// list or chart, the records it holds.
    pub evidence: Vec<String>,
    /// Ids of other records listed apart (records that only touch the question).
    pub others: Vec<String>,
    /// What a "nothing in the knowledge is about ..." line named, one entry per concept.
    pub missing: Vec<String>,
    /// The reply is the safety reply to a disclosure.
    pub safety: bool,
}

impl Presented {
    /// True when the reply lists records of any kind.
    pub fn lists_records(&self) -> bool {
        !self.evidence.is_empty() || !self.others.is_empty()
    }
}

impl Reply {
    /// The same reply with one line of text above it.
    pub fn with_note_above(mut self, note: &str) -> Reply {
        self.plain = format!("{note}\n\n{}", self.plain);
        self.html = format!("<p><i>{}</i></p>{}", escape(note), self.html);
        self
    }

    /// A one-line reply from plain text (escaped for the HTML form).
    pub fn text(s: &str) -> Reply {
        let mut b = Builder::default();
        b.para(|p| {
            p.text(s);
        });
        b.finish()
    }
}

/// Builds a reply's plain and HTML forms side by side.
#[derive(Debug, Default)]
pub struct Builder {
    plain: String,
    html: String,
    /// Estimated height so far, in phone lines (see [`Screen`]).
    height: f32,
}

/// A rough model of a phone chat client (400 CSS px, 14 px text, line height 1.4, the browser's
/// 1em block margins), for keeping an answer within one screen. It errs on the tall side:
/// `scripts/phone-check` measures the real rendering.
pub struct Screen;

impl Screen {
    /// Characters of mixed prose per line of a list item on a 400 px screen.
    pub const CHARS_PER_LINE: usize = 46;
    /// The margin between two blocks (1em over a 1.4 line height), in lines.
    pub const BLOCK_GAP: f32 = 0.72;
    /// One screen (700 px of 19.6 px lines, less the bubble's padding and a margin for lines
    /// that wrap early), in lines.
    pub const LINES: f32 = 33.0;

    /// Lines a piece of visible text takes, its forced breaks included.
    pub fn lines(visible: &str) -> f32 {
        visible
            .split('\n')
            .map(|l| l.chars().count().div_ceil(Self::CHARS_PER_LINE).max(1))
            .sum::<usize>() as f32
    }
}

/// One line (paragraph or list item) being built.
#[derive(Debug, Default)]
pub struct Line {
    plain: String,
    html: String,
    /// What a chat client shows of it: link labels without their addresses.
    visible: String,
}

impl Line {
    /// Estimated height on a phone, in lines.
    pub fn screen_lines(&self) -> f32 {
        Screen::lines(&self.visible)
    }

    /// Plain text.
    pub fn text(&mut self, s: &str) -> &mut Self {
        self.visible.push_str(s);
        self.plain.push_str(s);
        self.html.push_str(&escape(s));
        self
    }

    /// Another line's text, after this one's.
    pub fn append(&mut self, other: &Line) -> &mut Self {
        self.plain.push_str(&other.plain);
        self.html.push_str(&other.html);
        self.visible.push_str(&other.visible);
        self
    }

    /// Bold text (plain form unchanged, so it reads well in any client).
    pub fn bold(&mut self, s: &str) -> &mut Self {
        self.visible.push_str(s);
        self.plain.push_str(s);
        self.html.push_str("<b>");
        self.html.push_str(&escape(s));
        self.html.push_str("</b>");
        self
    }

    /// Italic text.
    pub fn italic(&mut self, s: &str) -> &mut Self {
        self.visible.push_str(s);
        self.plain.push_str(s);
        self.html.push_str("<i>");
        self.html.push_str(&escape(s));
        self.html.push_str("</i>");
        self
    }

    /// Code (a command to type); plain text keeps it as is.
    pub fn code(&mut self, s: &str) -> &mut Self {
        self.visible.push_str(s);
        self.plain.push_str(s);
        self.html.push_str("<code>");
        self.html.push_str(&escape(s));
        self.html.push_str("</code>");
        self
    }

    /// A link; the plain form shows the address.
    pub fn link(&mut self, label: &str, url: &str) -> &mut Self {
        self.visible.push_str(label);
        if label == url {
            self.plain.push_str(url);
        } else {
            self.plain.push_str(label);
            self.plain.push_str(" <");
            self.plain.push_str(url);
            self.plain.push('>');
        }
        self.html.push_str("<a href=\"");
        self.html.push_str(&escape(url));
        self.html.push_str("\">");
        self.html.push_str(&escape(label));
        self.html.push_str("</a>");
        self
    }

    /// Pre-rendered, trusted HTML with its plain form (citations from the CSL engine).
    pub fn raw(&mut self, plain: &str, html: &str) -> &mut Self {
        self.visible.push_str(plain);
        self.plain.push_str(plain);
        self.html.push_str(html);
        self
    }

    /// A line break inside the same paragraph or item.
    pub fn br(&mut self, indent: &str) -> &mut Self {
        self.visible.push('\n');
        self.plain.push('\n');
        self.plain.push_str(indent);
        self.html.push_str("<br>");
        self
    }
}

impl Builder {
    /// Estimated height of what is built so far on a phone, in lines.
    pub fn screen_lines(&self) -> f32 {
        self.height
    }

    /// A paragraph.
    pub fn para(&mut self, f: impl FnOnce(&mut Line)) -> &mut Self {
        let mut l = Line::default();
        f(&mut l);
        self.sep();
        self.height += l.screen_lines();
        self.plain.push_str(&l.plain);
        self.html.push_str("<p>");
        self.html.push_str(&l.html);
        self.html.push_str("</p>");
        self
    }

    /// A list; numbered when `start` is given (the number of the first item).
    pub fn list(&mut self, start: Option<usize>, items: Vec<Line>) -> &mut Self {
        if items.is_empty() {
            return self;
        }
        self.sep();
        self.height += items.iter().map(Line::screen_lines).sum::<f32>();
        match start {
            Some(1) => self.html.push_str("<ol>"),
            Some(n) => self.html.push_str(&format!("<ol start=\"{n}\">")),
            None => self.html.push_str("<ul>"),
        }
        for (i, item) in items.into_iter().enumerate() {
            if i > 0 {
                self.plain.push('\n');
            }
            match start {
                Some(n) => self.plain.push_str(&format!("{}. ", n + i)),
                None => self.plain.push_str("• "),
            }
            self.plain.push_str(&item.plain);
            self.html.push_str("<li>");
            self.html.push_str(&item.html);
            self.html.push_str("</li>");
        }
        self.html
            .push_str(if start.is_some() { "</ol>" } else { "</ul>" });
        self
    }

    /// A block of preformatted text (BibTeX, RIS), shown as is.
    pub fn code_block(&mut self, text: &str) -> &mut Self {
        self.sep();
        self.plain.push_str(text.trim_end());
        self.html.push_str("<pre><code>");
        self.html.push_str(&escape(text.trim_end()));
        self.html.push_str("</code></pre>");
        self
    }

    fn sep(&mut self) {
        if !self.plain.is_empty() {
            self.plain.push_str("\n\n");
            self.height += Screen::BLOCK_GAP;
        }
    }

    /// The finished reply, cut to [`MAX_REPLY_BYTES`] if ever needed.
    pub fn finish(self) -> Reply {
        let mut r = Reply {
            plain: self.plain,
            html: self.html,
            ..Reply::default()
        };
        if r.plain.len() + r.html.len() > MAX_REPLY_BYTES {
            r = cut(r);
        }
        r
    }
}

/// Cuts an oversized reply at a line boundary. The HTML is rebuilt from the kept plain lines
/// (safer than cutting HTML in the middle of a tag), counting its escaped size as it goes.
fn cut(r: Reply) -> Reply {
    let note = &text::reply_cut();
    let budget = MAX_REPLY_BYTES - 2 * note.len() - 64;
    let mut plain = String::new();
    let mut html = String::new();
    for line in r.plain.lines() {
        let escaped = escape(line);
        if plain.len() + html.len() + line.len() + escaped.len() + 5 > budget {
            break;
        }
        plain.push_str(line);
        plain.push('\n');
        html.push_str(&escaped);
        html.push_str("<br>");
    }
    plain.push_str(note);
    html.push_str(&escape(note));
    Reply {
        plain,
        html,
        presented: r.presented,
        ..Reply::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_everything_it_is_given() {
        let r = Reply::text("<script>alert('x')</script> & \"q\"");
        assert_eq!(r.plain, "<script>alert('x')</script> & \"q\"");
        assert_eq!(
            r.html,
            "<p>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;</p>"
        );
    }

    #[test]
    fn lists_and_links() {
        let mut b = Builder::default();
        let mut l = Line::default();
        l.bold("A").text(" ").link("t<", "https://x.org/?a=1&b=2");
        b.list(Some(2), vec![l]);
        let r = b.finish();
        assert_eq!(r.plain, "2. A t< <https://x.org/?a=1&b=2>");
        assert_eq!(
            r.html,
            "<ol start=\"2\"><li><b>A</b> <a href=\"https://x.org/?a=1&amp;b=2\">t&lt;</a></li></ol>"
        );
    }

    #[test]
    fn oversized_replies_are_cut() {
        let mut b = Builder::default();
        for i in 0..2000 {
            b.para(|p| {
                p.text(&format!("line {i} <b>"));
            });
        }
        let r = b.finish();
        assert!(r.plain.len() + r.html.len() <= MAX_REPLY_BYTES);
        assert!(!r.html.contains("<b>"));
    }
}
