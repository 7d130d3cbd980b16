//! The handler: a command plus the knowledge becomes a reply. No I/O; the CLI and the Matrix
//! layer both call [`handle`].

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use crate::cite::{self, Style};
use crate::commands::{Command, ParseError, COMMAND_WORDS, MAX_QUERY_CHARS};
use crate::export::{self, Format};
use crate::knowledge::model::{level_label, Finding, Status, ALL_KINDS};
use crate::knowledge::Record;
use crate::library::{fmt_utc, Library};
use crate::render::{self, Builder, Line, Reply};
use crate::text;

/// Results shown per page.
pub const PAGE: usize = 3;

/// Who asked, where, and how the bot is set up.
#[derive(Debug, Clone)]
pub struct Context {
    /// Command prefix, for hints.
    pub prefix: String,
    /// Room (or "cli").
    pub room: String,
    /// Asker (or "cli").
    pub user: String,
    /// Whether the asker may run admin commands.
    pub is_admin: bool,
    /// Citation style when none is given.
    pub default_style: Style,
    /// The last reload's result, shown by `!about` in the running bot.
    pub last_reload: Option<String>,
}

impl Default for Context {
    fn default() -> Self {
        Context {
            prefix: "!".into(),
            room: "cli".into(),
            user: "cli".into(),
            is_admin: false,
            default_style: Style::Apa,
            last_reload: None,
        }
    }
}

/// Remembers each asker's last search per room, for `!more`. Bounded and expiring, so a busy
/// bot does not grow without limit.
#[derive(Debug)]
pub struct Pager {
    pages: Mutex<HashMap<(String, String), Page>>,
    capacity: usize,
    ttl: Duration,
}

#[derive(Debug, Clone)]
struct Page {
    query: String,
    ids: Vec<String>,
    next: usize,
    at: Instant,
}

impl Default for Pager {
    fn default() -> Self {
        Pager::new(1000, Duration::from_secs(3600))
    }
}

/// At most this many results are remembered per search.
const REMEMBERED: usize = 60;

impl Pager {
    /// A pager keeping at most `capacity` searches for `ttl` each.
    pub fn new(capacity: usize, ttl: Duration) -> Pager {
        Pager {
            pages: Mutex::new(HashMap::new()),
            capacity: capacity.max(1),
            ttl,
        }
    }

    fn save(&self, ctx: &Context, page: Page) {
        let mut pages = self.pages.lock().unwrap_or_else(|e| e.into_inner());
        let now = Instant::now();
        pages.retain(|_, p| now.duration_since(p.at) < self.ttl);
        if pages.len() >= self.capacity {
            if let Some(oldest) = pages
                .iter()
                .min_by_key(|(_, p)| p.at)
                .map(|(k, _)| k.clone())
            {
                pages.remove(&oldest);
            }
        }
        pages.insert((ctx.room.clone(), ctx.user.clone()), page);
    }

    fn take(&self, ctx: &Context) -> Option<Page> {
        let mut pages = self.pages.lock().unwrap_or_else(|e| e.into_inner());
        let key = (ctx.room.clone(), ctx.user.clone());
        match pages.get(&key) {
            Some(p) if p.at.elapsed() < self.ttl => Some(p.clone()),
            Some(_) => {
                pages.remove(&key);
                None
            }
            None => None,
        }
    }

    /// Number of remembered searches.
    pub fn len(&self) -> usize {
        self.pages.lock().map(|p| p.len()).unwrap_or(0)
    }

    /// True when nothing is remembered.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// The reply to a message that failed to parse. `NotACommand` gets no reply.
pub fn handle_parse_error(err: &ParseError, ctx: &Context) -> Option<Reply> {
    match err {
        ParseError::NotACommand => None,
        ParseError::Usage { command, problem } => {
            Some(Reply::text(&text::bad_usage(&ctx.prefix, command, problem)))
        }
    }
}

/// Answers one command.
pub fn handle(cmd: &Command, lib: &Library, ctx: &Context, pager: &Pager) -> Reply {
    match cmd {
        Command::Evidence { query, truncated } => evidence(query, *truncated, lib, ctx, pager),
        Command::More => more(lib, ctx, pager),
        Command::Show { id } => show(id, lib, ctx),
        Command::Cite { ids, format } => match format {
            None => cite_reply(ids, ctx.default_style, lib, ctx),
            Some(Format::Style(style)) => cite_reply(ids, *style, lib, ctx),
            Some(f) => cite_file_text(ids, *f, lib, ctx),
        },
        Command::ReadingList { query, format } => reading_list(query, *format, lib, ctx),
        Command::Topics => topics(lib, ctx),
        Command::Help { topic } => help(topic.as_deref(), ctx),
        Command::About => about(lib, ctx),
        Command::Reload | Command::Status => {
            if ctx.is_admin {
                Reply::text(text::ADMIN_NEEDS_BOT)
            } else {
                Reply::text(text::ADMIN_ONLY)
            }
        }
        Command::Unknown { word } => {
            let lower = word.to_lowercase();
            let suggestion = COMMAND_WORDS
                .iter()
                .map(|c| (strsim::levenshtein(&lower, c), *c))
                .filter(|(d, _)| *d <= 2)
                .min()
                .map(|(_, c)| c);
            Reply::text(&text::unknown_command(&ctx.prefix, word, suggestion))
        }
    }
}

fn evidence(query: &str, truncated: bool, lib: &Library, ctx: &Context, pager: &Pager) -> Reply {
    let result = lib.index.search(query);
    let mut b = Builder::default();
    let shown_query = result.corrected.as_deref().unwrap_or(query);
    if truncated {
        b.para(|p| {
            p.italic(&text::query_truncated(MAX_QUERY_CHARS));
        });
    }
    for problem in &result.query.problems {
        b.para(|p| {
            p.text("Note: ").text(problem);
        });
    }
    if let Some(corrected) = &result.corrected {
        if !result.hits.is_empty() {
            b.para(|p| {
                p.text("Showing results for ")
                    .bold(&quote(corrected))
                    .text(" (you typed ")
                    .text(&quote(query))
                    .text(").");
            });
        }
    }
    if result.hits.is_empty() {
        b.para(|p| {
            p.text(&text::nothing_found(query));
        });
        if !result.spelling.is_empty() {
            b.para(|p| {
                p.text("Did you mean: ");
                for (i, (_, to)) in result.spelling.iter().enumerate() {
                    if i > 0 {
                        p.text(", ");
                    }
                    p.bold(to);
                }
                p.text("?");
            });
        }
        let close: Vec<_> = result
            .suggested_topics
            .iter()
            .filter_map(|id| lib.knowledge.topic(id))
            .collect();
        if close.is_empty() {
            b.para(|p| {
                p.text("Try fewer or simpler words, or ")
                    .code(&format!("{}topics", ctx.prefix))
                    .text(" to see what the knowledge covers.");
            });
        } else {
            b.para(|p| {
                p.text("Close topics: ");
                for (i, t) in close.iter().enumerate() {
                    if i > 0 {
                        p.text(" · ");
                    }
                    p.code(&format!("{}evidence topic:{}", ctx.prefix, t.id))
                        .text(&format!(" ({})", t.label));
                }
            });
        }
        return b.finish();
    }
    let ids: Vec<String> = result
        .hits
        .iter()
        .take(REMEMBERED)
        .map(|h| lib.knowledge.records[h.ord].id.clone())
        .collect();
    let total = result.total();
    b.para(|p| {
        p.bold(&format!("Evidence on {}", quote(shown_query)))
            .text(&format!(
                ": {} record{}, best match first",
                total,
                if total == 1 { "" } else { "s" }
            ));
    });
    let records: Vec<&Record> = result
        .hits
        .iter()
        .take(PAGE)
        .map(|h| &lib.knowledge.records[h.ord])
        .collect();
    results_list(&mut b, &records, 1, ctx);
    footer(&mut b, 1, records.len(), total, ctx);
    pager.save(
        ctx,
        Page {
            query: shown_query.to_string(),
            ids,
            next: PAGE,
            at: Instant::now(),
        },
    );
    b.finish()
}

fn more(lib: &Library, ctx: &Context, pager: &Pager) -> Reply {
    let Some(mut page) = pager.take(ctx) else {
        return Reply::text(&text::nothing_more(&ctx.prefix));
    };
    let records: Vec<&Record> = page
        .ids
        .iter()
        .skip(page.next)
        .filter_map(|id| lib.knowledge.get(id))
        .take(PAGE)
        .collect();
    if records.is_empty() {
        return Reply::text(text::END_OF_RESULTS);
    }
    let mut b = Builder::default();
    b.para(|p| {
        p.bold(&format!("More on {}", quote(&page.query)));
    });
    let start = page.next + 1;
    results_list(&mut b, &records, start, ctx);
    footer(&mut b, start, records.len(), page.ids.len(), ctx);
    page.next += PAGE;
    page.at = Instant::now();
    pager.save(ctx, page);
    b.finish()
}

fn quote(s: &str) -> String {
    format!("\u{201c}{s}\u{201d}")
}

fn results_list(b: &mut Builder, records: &[&Record], start: usize, ctx: &Context) {
    let items = records
        .iter()
        .map(|r| {
            let mut l = render::line();
            l.bold(&level_tag(r)).text(" ");
            match r.link() {
                Some(url) => l.link(&r.title, &url),
                None => l.text(&r.title),
            };
            l.text(&format!(
                " — {} ({})",
                r.first_author_short(),
                r.year_label()
            ));
            if r.status == Status::Unverified {
                l.text(" ").italic(&format!("[{}]", text::UNVERIFIED));
            }
            if let Some(f) = r.key_finding() {
                l.br("   ");
                finding_line(&mut l, f, 260);
            }
            l.br("   ")
                .text("Details: ")
                .code(&format!("{}show {}", ctx.prefix, r.id));
            l
        })
        .collect();
    b.list(Some(start), items);
}

fn footer(b: &mut Builder, start: usize, shown: usize, total: usize, ctx: &Context) {
    let end = start + shown - 1;
    let rest = total.saturating_sub(end);
    b.para(|p| {
        p.text(&format!("Showing {start}–{end} of {total}. "));
        if rest > 0 {
            p.code(&format!("{}more", ctx.prefix))
                .text(&format!(" for {} more · ", rest.min(PAGE)));
        }
        p.code(&format!("{}cite ID", ctx.prefix))
            .text(" for a citation (APA, Harvard, Vancouver).");
    });
}

/// "[RCT · level 3/6]"
pub fn level_tag(r: &Record) -> String {
    format!("[{} · level {}/6]", r.kind.label(), r.evidence_level())
}

/// A finding on one line: the statement (cut to `max` chars) and its numbers.
fn finding_line(l: &mut Line, f: &Finding, max: usize) {
    let mut statement = f.statement.trim().to_string();
    if statement.chars().count() > max {
        statement = statement.chars().take(max).collect::<String>();
        if let Some(i) = statement.rfind(' ') {
            statement.truncate(i);
        }
        statement.push('…');
    }
    l.text(&statement);
    let numbers = numbers(f);
    if !numbers.is_empty() {
        l.text(" (").text(&numbers).text(")");
    }
    if !f.verified {
        l.text(" ").italic(text::FINDING_UNVERIFIED);
    }
}

/// The numbers of a finding: "d = 0.86, p = 0.069, not significant".
pub fn numbers(f: &Finding) -> String {
    let mut parts = Vec::new();
    if let Some(e) = &f.effect {
        if e.kind == crate::knowledge::model::EffectType::Percent {
            parts.push(format!("{}%", num(e.value)));
        } else {
            parts.push(format!("{} = {}", e.kind.label(), num(e.value)));
        }
    }
    if let Some([lo, hi]) = f.ci {
        parts.push(format!("95% CI {} to {}", num(lo), num(hi)));
    }
    if let Some(p) = &f.p {
        let p = p.trim();
        if p.starts_with(['<', '>', '≤', '≥', '=']) {
            parts.push(format!("p {}", p));
        } else {
            parts.push(format!("p = {p}"));
        }
    }
    match f.significant {
        Some(false) => parts.push("not significant".into()),
        Some(true) if f.p.is_none() => parts.push("significant".into()),
        _ => {}
    }
    if let Some(c) = f.certainty {
        parts.push(c.label().into());
    }
    parts.join(", ")
}

/// Numbers as the source writes them: no trailing zeros added, minus as "−".
fn num(v: f64) -> String {
    let s = format!("{v}");
    match s.strip_prefix('-') {
        Some(rest) => format!("−{rest}"),
        None => s,
    }
}

fn show(id: &str, lib: &Library, ctx: &Context) -> Reply {
    let Some(r) = lib.knowledge.get(id) else {
        return unknown_record_reply(id, lib, ctx);
    };
    let mut b = Builder::default();
    b.para(|p| {
        p.bold(&r.title);
        p.br("").text(&format!(
            "{} · {} ({})",
            level_tag(r),
            people_line(r),
            r.year_label()
        ));
        if let Some(v) = venue_line(r) {
            p.br("").text(&v);
        }
        if let Some(url) = r.link() {
            p.br("").link(&url, &url);
        }
        match r.status {
            Status::Unverified => {
                p.br("").italic(&format!("⚠ {}", text::UNVERIFIED));
            }
            Status::Partial => {
                p.br("")
                    .italic(&format!("⚠ {}: see caveats", text::PARTIAL));
            }
            Status::Verified => {}
        }
    });
    b.para(|p| {
        p.text(r.summary.trim());
    });
    let mut facts: Vec<Line> = Vec::new();
    let mut fact = |label: &str, value: &str| {
        let mut l = render::line();
        l.bold(label).text(": ").text(value);
        facts.push(l);
    };
    fact(
        "Intervention",
        &match &r.intervention_detail {
            Some(d) => format!("{}: {}", r.intervention.label(), d),
            None => r.intervention.label().to_string(),
        },
    );
    if let Some(v) = &r.population {
        fact("Who", v);
    }
    if let Some(v) = &r.design {
        fact("Design", v);
    }
    if let Some(s) = &r.sample {
        match s.n {
            Some(n) => fact("Sample", &format!("{n} {}", s.counted)),
            None => fact("Sample", &s.counted),
        }
    }
    if let Some(v) = &r.country {
        fact("Country", v);
    }
    if let Some(v) = &r.registration {
        fact("Registration", v);
    }
    let topics: Vec<&str> = r
        .topics
        .iter()
        .map(|t| {
            lib.knowledge
                .topic(t)
                .map_or(t.as_str(), |t| t.label.as_str())
        })
        .collect();
    fact("Topics", &topics.join(", "));
    b.list(None, facts);
    if !r.findings.is_empty() {
        b.para(|p| {
            p.bold("Findings");
        });
        let items = r
            .findings
            .iter()
            .map(|f| {
                let mut l = render::line();
                finding_line(&mut l, f, 600);
                l
            })
            .collect();
        b.list(None, items);
    }
    if !r.caveats.is_empty() {
        b.para(|p| {
            p.bold("Caveats");
        });
        let items = r
            .caveats
            .iter()
            .map(|c| {
                let mut l = render::line();
                l.text(c.trim());
                l
            })
            .collect();
        b.list(None, items);
    }
    if !r.related.is_empty() {
        b.para(|p| {
            p.bold("Related: ");
            for (i, id) in r.related.iter().enumerate() {
                if i > 0 {
                    p.text(", ");
                }
                p.code(id);
            }
        });
    }
    if !r.sources.is_empty() {
        b.para(|p| {
            p.bold("Sources");
        });
        let items = r
            .sources
            .iter()
            .map(|s| {
                let mut l = render::line();
                l.link(&s.url, &s.url);
                if let Some(n) = &s.note {
                    l.text(&format!(" ({})", n.trim()));
                }
                if !s.verified {
                    l.text(" [not verified]");
                }
                l
            })
            .collect();
        b.list(None, items);
    }
    b.para(|p| {
        p.text("Cite it: ")
            .code(&format!("{}cite {}", ctx.prefix, r.id));
    });
    b.finish()
}

fn people_line(r: &Record) -> String {
    let names = |list: &[crate::knowledge::model::Person]| {
        list.iter()
            .map(|p| p.short())
            .collect::<Vec<_>>()
            .join("; ")
    };
    let mut s = names(&r.authors);
    if !r.authors_complete {
        s.push_str(" et al.");
    }
    if !r.editors.is_empty() {
        if !s.is_empty() {
            s.push_str("; ");
        }
        s.push_str(&format!("{} (Eds.)", names(&r.editors)));
    }
    if s.is_empty() {
        s = "Authors not known".into();
    }
    s
}

fn venue_line(r: &Record) -> Option<String> {
    if let Some(j) = &r.journal {
        let mut s = j.clone();
        if let Some(v) = &r.volume {
            s.push_str(&format!(", {v}"));
            if let Some(i) = &r.issue {
                s.push_str(&format!("({i})"));
            }
        }
        if let Some(p) = &r.pages {
            s.push_str(&format!(", {p}"));
        }
        return Some(s);
    }
    let mut parts = Vec::new();
    if let Some(b) = &r.book_title {
        parts.push(match &r.chapter {
            Some(c) => format!("Chapter {c} in {b}"),
            None => format!("In {b}"),
        });
    }
    if let Some(s) = &r.series {
        parts.push(s.clone());
    }
    if let Some(p) = &r.publisher {
        parts.push(match &r.place {
            Some(pl) => format!("{pl}: {p}"),
            None => p.clone(),
        });
    }
    (!parts.is_empty()).then(|| parts.join(". "))
}

fn unknown_record_reply(id: &str, lib: &Library, ctx: &Context) -> Reply {
    let suggestion = lib
        .knowledge
        .records
        .iter()
        .map(|r| (strsim::levenshtein(id, &r.id), r.id.as_str()))
        .filter(|(d, _)| *d <= 4)
        .min()
        .map(|(_, s)| s)
        .or_else(|| {
            // A partial id ("hoffenkamp") names the record when it is unique.
            let matches: Vec<&str> = lib
                .knowledge
                .records
                .iter()
                .map(|r| r.id.as_str())
                .filter(|rid| rid.contains(id))
                .collect();
            (matches.len() == 1).then(|| matches[0])
        });
    Reply::text(&text::unknown_record(id, suggestion, &ctx.prefix))
}

fn cite_reply(ids: &[String], style: Style, lib: &Library, ctx: &Context) -> Reply {
    let mut b = Builder::default();
    b.para(|p| {
        p.bold(&format!(
            "{} citation{}",
            style.label(),
            if ids.len() == 1 { "" } else { "s" }
        ));
    });
    let mut items = Vec::new();
    for id in ids {
        let Some(r) = lib.knowledge.get(id) else {
            let rep = unknown_record_reply(id, lib, ctx);
            let mut l = render::line();
            l.text(&rep.plain);
            items.push(l);
            continue;
        };
        let mut l = render::line();
        match cite::cite(r, style) {
            Ok(c) => {
                l.raw(&c.reference, &c.reference_html);
                if !c.in_text.is_empty() {
                    l.br("   ").text("In text: ").text(&c.in_text);
                }
                if r.status != Status::Verified {
                    l.br("   ").italic(&format!(
                        "⚠ {}",
                        if r.status == Status::Unverified {
                            text::UNVERIFIED
                        } else {
                            text::PARTIAL
                        }
                    ));
                }
            }
            Err(err) => {
                tracing::error!(record = %r.id, error = %err, "citation failed");
                l.text(&text::citation_failed(&r.id));
            }
        }
        items.push(l);
    }
    b.list(None, items);
    b.finish()
}

/// BibTeX or RIS (or a Markdown entry) for a few records, shown in a code block to copy.
fn cite_file_text(ids: &[String], format: Format, lib: &Library, ctx: &Context) -> Reply {
    let mut records = Vec::new();
    let mut missing = Vec::new();
    for id in ids {
        match lib.knowledge.get(id) {
            Some(r) => records.push(r),
            None => missing.push(unknown_record_reply(id, lib, ctx).plain),
        }
    }
    let mut b = Builder::default();
    for m in &missing {
        b.para(|p| {
            p.text(m);
        });
    }
    if records.is_empty() {
        return b.finish();
    }
    match export::render(&records, &lib.knowledge, format, "citations") {
        Ok(text) => {
            b.para(|p| {
                p.bold(&format!(
                    "{} for {} record(s)",
                    format.as_str().to_uppercase(),
                    records.len()
                ))
                .text(": copy it, or use ")
                .code(&format!(
                    "{}reading-list QUERY {}",
                    ctx.prefix,
                    format.as_str()
                ))
                .text(" for a file.");
            });
            b.code_block(&text);
        }
        Err(err) => {
            tracing::error!(error = %err, "export failed");
            b.para(|p| {
                p.text(&text::citation_failed(&ids.join(" ")));
            });
        }
    }
    b.finish()
}

/// Most records one reading list holds.
pub const READING_LIST_MAX: usize = 30;

fn reading_list(query: &str, format: Format, lib: &Library, ctx: &Context) -> Reply {
    let result = lib.index.search(query);
    if result.hits.is_empty() {
        let mut b = Builder::default();
        b.para(|p| {
            p.text(&text::nothing_found(query))
                .text(" Try ")
                .code(&format!("{}topics", ctx.prefix))
                .text(" for what the knowledge covers.");
        });
        return b.finish();
    }
    let records: Vec<&Record> = result
        .hits
        .iter()
        .take(READING_LIST_MAX)
        .map(|h| &lib.knowledge.records[h.ord])
        .collect();
    let shown = result.corrected.as_deref().unwrap_or(query);
    let file = match export::reading_list(shown, &records, &lib.knowledge, format) {
        Ok(f) => f,
        Err(err) => {
            tracing::error!(error = %err, "reading list failed");
            return Reply::text(&text::citation_failed(query));
        }
    };
    let mut b = Builder::default();
    b.para(|p| {
        p.bold(&format!("Reading list for {}", quote(shown)))
            .text(&format!(
                ": {} record{} in {} ({})",
                records.len(),
                if records.len() == 1 { "" } else { "s" },
                file.filename,
                text::format_hint(format)
            ));
        if result.total() > records.len() {
            p.text(&format!(
                ", the best {} of {}",
                records.len(),
                result.total()
            ));
        }
        p.text(".");
    });
    let items = records
        .iter()
        .take(12)
        .map(|r| {
            let mut l = render::line();
            l.text(&format!(
                "{} ({}). ",
                r.first_author_short(),
                r.year_label()
            ))
            .italic(&r.title)
            .text(&format!(" [{}]", r.kind.label()));
            l
        })
        .collect();
    b.list(Some(1), items);
    if records.len() > 12 {
        b.para(|p| {
            p.text(&format!("… and {} more in the file.", records.len() - 12));
        });
    }
    let mut reply = b.finish();
    reply.file = Some(file);
    reply
}

fn topics(lib: &Library, ctx: &Context) -> Reply {
    let counts = lib.knowledge.counts_by_topic();
    let mut b = Builder::default();
    b.para(|p| {
        p.bold(&format!("Topics ({})", lib.knowledge.topics.len()));
    });
    let items = lib
        .knowledge
        .topics
        .iter()
        .map(|t| {
            let n = counts.get(t.id.as_str()).copied().unwrap_or(0);
            let mut l = render::line();
            l.bold(&t.label)
                .text(&format!(" — {n} record{}", if n == 1 { "" } else { "s" }))
                .text(" · ")
                .code(&format!("{}evidence topic:{}", ctx.prefix, t.id));
            l
        })
        .collect();
    b.list(None, items);
    b.finish()
}

fn help(topic: Option<&str>, ctx: &Context) -> Reply {
    if let Some(t) = topic {
        if let Some(u) = text::usage(&ctx.prefix, t) {
            return Reply::text(&u);
        }
    }
    let mut b = Builder::default();
    b.para(|p| {
        p.text(text::HELP_INTRO);
    });
    let items = COMMAND_WORDS
        .iter()
        .filter(|c| ctx.is_admin || !matches!(**c, "reload" | "status"))
        .filter_map(|c| text::usage(&ctx.prefix, c))
        .map(|u| {
            let mut l = render::line();
            l.text(&u);
            l
        })
        .collect();
    b.list(None, items);
    b.para(|p| {
        p.text(&text::help_outro(&ctx.prefix));
    });
    b.finish()
}

fn about(lib: &Library, ctx: &Context) -> Reply {
    let k = &lib.knowledge;
    let counts = k.counts_by_kind();
    let mut b = Builder::default();
    b.para(|p| {
        p.bold(&format!("evidence-bot {}", env!("CARGO_PKG_VERSION")))
            .text(" — evidence on Video Interaction Guidance and related video feedback.");
        p.br("").text(&format!(
            "Knowledge version {} ({}), loaded {}.",
            k.version,
            k.origin,
            fmt_utc(lib.loaded_at)
        ));
        if let Some(r) = &ctx.last_reload {
            p.br("").text(&format!("Last reload: {r}."));
        }
        p.br("").text(&format!(
            "{} records, {} topics.",
            k.records.len(),
            k.topics.len()
        ));
    });
    let items = ALL_KINDS
        .iter()
        .filter_map(|kind| counts.get(kind).map(|n| (kind, n)))
        .map(|(kind, n)| {
            let mut l = render::line();
            l.text(&format!(
                "{}: {n} (level {}, {})",
                kind.label(),
                kind.evidence_level(),
                level_label(kind.evidence_level())
            ));
            l
        })
        .collect();
    b.list(None, items);
    b.finish()
}
