//! The `evidence-bot` command line: the Matrix bot and the tools around the knowledge base.

use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{bail, Context as _};
use clap::{Parser, Subcommand};
use serde_json::{json, Value};

use evidence_bot::answer::{self, Context, Pager};
use evidence_bot::commands;
use evidence_bot::eval;
use evidence_bot::export::{self, Format};
use evidence_bot::knowledge::{self, Record};
use evidence_bot::library::{error_count, Library};

/// Answers questions about the evidence for Video Interaction Guidance (VIG) from a curated
/// knowledge base, in Matrix rooms and here on the command line.
#[derive(Debug, Parser)]
#[command(name = "evidence-bot", version, about, long_about = None)]
struct Cli {
    /// Read the knowledge from this folder instead of the copy built into the binary.
    #[arg(long, global = true, value_name = "DIR")]
    knowledge: Option<PathBuf>,

    /// Log format on stderr: text (for people) or json (one object per line, for machines).
    /// The level comes from RUST_LOG (or `[log] level` in the bot's config).
    #[arg(long, global = true, value_name = "FORMAT")]
    log_format: Option<LogFormat>,

    #[command(subcommand)]
    command: Cmd,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum LogFormat {
    Text,
    Json,
}

#[derive(Debug, Subcommand)]
enum Cmd {
    /// Run the Matrix bot (the password comes from EVIDENCE_BOT_PASSWORD or password_file).
    Run {
        /// The configuration file (see config.example.toml).
        #[arg(long, value_name = "FILE")]
        config: PathBuf,
    },
    /// Print the reply the bot would post for a chat message, e.g. ask '!evidence preterm'.
    Ask {
        /// Print the HTML form (Matrix formatted_body) instead of the plain text.
        #[arg(long)]
        html: bool,
        /// The chat message.
        #[arg(required = true, num_args = 1..)]
        text: Vec<String>,
    },
    /// An interactive prompt that answers chat commands (a line without `!` is searched).
    Console,
    /// Ranked search hits for a question.
    Search {
        /// Print JSON.
        #[arg(long)]
        json: bool,
        /// How many hits to print.
        #[arg(long, default_value_t = 10)]
        limit: usize,
        /// The question or keywords (filters such as kind:rct work here too).
        #[arg(required = true, num_args = 1..)]
        query: Vec<String>,
    },
    /// Show one whole record.
    Show {
        /// Print JSON.
        #[arg(long)]
        json: bool,
        /// The record id.
        id: String,
    },
    /// List all records, optionally of one topic or kind.
    List {
        /// Print JSON.
        #[arg(long)]
        json: bool,
        /// Only records with this topic id.
        #[arg(long)]
        topic: Option<String>,
        /// Only records of this kind (rct, guideline, ...).
        #[arg(long)]
        kind: Option<String>,
    },
    /// Check a knowledge folder: exit 0 when clean, 1 with errors, 2 on usage errors.
    Check {
        /// The folder (default: --knowledge, else ./knowledge if present, else the built-in copy).
        dir: Option<PathBuf>,
    },
    /// Citations for records.
    Cite {
        /// Record ids.
        #[arg(required = true, num_args = 1..)]
        ids: Vec<String>,
        /// apa (default), harvard, vancouver, bibtex or ris.
        #[arg(long, default_value = "apa")]
        style: String,
    },
    /// Write a reading list or citation file: every record, or those a search finds.
    Export {
        /// ris, bibtex, md, apa, harvard or vancouver.
        #[arg(long)]
        format: String,
        /// Write to this file instead of standard output.
        #[arg(long, short)]
        output: Option<PathBuf>,
        /// A search (filters work too); without one, every record.
        query: Vec<String>,
    },
    /// Print the JSON Schema of a knowledge record (the source of knowledge/schema.json).
    Schema,
    /// Measure search relevance on a question file (success@3, recall@5, MRR).
    Eval {
        /// A YAML list of {q, relevant: [{key, year, grade}]}.
        file: PathBuf,
        /// Print JSON.
        #[arg(long)]
        json: bool,
        /// Exit 1 when success@3 is below this.
        #[arg(long)]
        min_success: Option<f64>,
        /// Exit 1 when MRR is below this.
        #[arg(long)]
        min_mrr: Option<f64>,
    },
}

/// "0.1.0 (commit 1a2b3c4d5e6f, knowledge c7a9e20264bc: 55 records)" for `--version`.
fn long_version() -> &'static str {
    let files = knowledge::bundled_files();
    let (k, _) = knowledge::from_files(&files, "built-in");
    let v = format!(
        "{} (commit {}, knowledge {}: {} records)",
        env!("CARGO_PKG_VERSION"),
        env!("EVIDENCE_BOT_GIT_COMMIT"),
        k.version,
        k.records.len()
    );
    Box::leak(v.into_boxed_str())
}

fn main() -> ExitCode {
    use clap::{CommandFactory, FromArgMatches};
    let matches = Cli::command().version(long_version()).get_matches();
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(c) => c,
        Err(e) => e.exit(),
    };
    // The bot's configuration is read once, before logging starts, because it may set the log
    // level and format; its problems are reported after logging is set up.
    let config = match &cli.command {
        Cmd::Run { config } => Some(evidence_bot::config::Config::load(config)),
        _ => None,
    };
    let log_config = match &config {
        Some(Ok(c)) => c.log.clone(),
        _ => evidence_bot::config::LogConfig::default(),
    };
    // The bot logs its work at info; the tools only warnings. matrix-sdk's HTTP client logs
    // expected 404s (no key backup yet, no account data) as errors, so it is quiet by default.
    // RUST_LOG and --log-format win over the config.
    let default_filter = match (&cli.command, &log_config.level) {
        (Cmd::Run { .. }, Some(level)) => level.clone(),
        (Cmd::Run { .. }, None) => {
            "info,matrix_sdk=warn,matrix_sdk::http_client=off,tantivy=warn".to_string()
        }
        _ => "warn".to_string(),
    };
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(default_filter));
    let json = cli.log_format == Some(LogFormat::Json)
        || (cli.log_format.is_none() && log_config.format.as_deref() == Some("json"));
    if json {
        tracing_subscriber::fmt()
            .json()
            .with_env_filter(filter)
            .with_writer(std::io::stderr)
            .init();
    } else {
        tracing_subscriber::fmt()
            .with_env_filter(filter)
            .with_writer(std::io::stderr)
            .init();
    }
    if let Some(config) = config {
        return match config {
            Ok(config) => match run_bot(config, cli.knowledge.as_deref()) {
                Ok(code) => code,
                Err(err) => {
                    eprintln!("evidence-bot: {err:#}");
                    ExitCode::from(1)
                }
            },
            Err(problems) => {
                for p in &problems {
                    eprintln!("evidence-bot: {p}");
                }
                eprintln!(
                    "evidence-bot: {} problem(s) in the configuration; nothing was started",
                    problems.len()
                );
                ExitCode::from(2)
            }
        };
    }
    match run(cli) {
        Ok(code) => code,
        Err(err) => {
            eprintln!("evidence-bot: {err:#}");
            ExitCode::from(1)
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    let dir = cli.knowledge.as_deref();
    match cli.command {
        Cmd::Run { .. } => unreachable!("the bot is started by main"),
        Cmd::Check { dir: d } => check(d.as_deref().or(dir)),
        Cmd::Schema => {
            print!("{}", knowledge::json_schema());
            Ok(ExitCode::SUCCESS)
        }
        Cmd::Ask { html, text } => {
            let lib = load(dir)?;
            let text = text.join(" ");
            let ctx = Context::default();
            let pager = Pager::default();
            match reply_to(&text, &lib, &ctx, &pager) {
                Some(reply) => {
                    println!("{}", if html { &reply.html } else { &reply.plain });
                    if let Some(f) = &reply.file {
                        println!(
                            "[attached in chat: {} ({}, {} bytes); `evidence-bot export` writes such files]",
                            f.filename,
                            f.mime,
                            f.data.len()
                        );
                    }
                    Ok(ExitCode::SUCCESS)
                }
                None => {
                    eprintln!(
                        "evidence-bot: the bot only answers messages that start with `{}`, e.g. ask '!evidence preterm'",
                        ctx.prefix
                    );
                    Ok(ExitCode::from(1))
                }
            }
        }
        Cmd::Console => console(&load(dir)?),
        Cmd::Search { json, limit, query } => {
            let lib = load(dir)?;
            search(&lib, &query.join(" "), limit, json)
        }
        Cmd::Show { json, id } => {
            let lib = load(dir)?;
            let Some(r) = lib.knowledge.get(&id) else {
                bail!("no record `{id}` (evidence-bot list shows every id)");
            };
            if json {
                println!("{}", serde_json::to_string_pretty(&record_json(r))?);
            } else {
                let reply = answer::handle(
                    &commands::Command::Show { id },
                    &lib,
                    &Context::default(),
                    &Pager::default(),
                );
                println!("{}", reply.plain);
            }
            Ok(ExitCode::SUCCESS)
        }
        Cmd::List { json, topic, kind } => {
            let lib = load(dir)?;
            list(&lib, topic.as_deref(), kind.as_deref(), json)
        }
        Cmd::Cite { ids, style } => {
            let lib = load(dir)?;
            let Some(format) = Format::parse(&style) else {
                eprintln!(
                    "evidence-bot: unknown style `{style}` (apa, harvard, vancouver, bibtex or ris)"
                );
                return Ok(ExitCode::from(2));
            };
            let mut code = ExitCode::SUCCESS;
            let mut records = Vec::new();
            for id in ids {
                match lib.knowledge.get(&id) {
                    Some(r) => records.push(r),
                    None => {
                        eprintln!("evidence-bot: no record `{id}`");
                        code = ExitCode::from(1);
                    }
                }
            }
            match format {
                Format::Style(style) => {
                    for r in records {
                        let c = evidence_bot::cite::cite(r, style).map_err(anyhow::Error::msg)?;
                        println!("{}", c.reference);
                        println!("In text: {}", c.in_text);
                    }
                }
                other => print!(
                    "{}",
                    export::render(&records, &lib.knowledge, other, "citations")
                        .map_err(anyhow::Error::msg)?
                ),
            }
            Ok(code)
        }
        Cmd::Export {
            format,
            output,
            query,
        } => {
            let lib = load(dir)?;
            let Some(format) = Format::parse(&format) else {
                eprintln!("evidence-bot: unknown format `{format}` (ris, bibtex, md, apa, harvard or vancouver)");
                return Ok(ExitCode::from(2));
            };
            let query = query.join(" ");
            let records: Vec<&Record> = if query.trim().is_empty() {
                lib.knowledge.records.iter().collect()
            } else {
                lib.index
                    .search(&query)
                    .hits
                    .iter()
                    .map(|h| &lib.knowledge.records[h.ord])
                    .collect()
            };
            let title = if query.trim().is_empty() {
                "all records"
            } else {
                query.as_str()
            };
            let text = export::render(&records, &lib.knowledge, format, title)
                .map_err(anyhow::Error::msg)?;
            match output {
                Some(path) => {
                    std::fs::write(&path, text)
                        .with_context(|| format!("writing {}", path.display()))?;
                    eprintln!("wrote {} record(s) to {}", records.len(), path.display());
                }
                None => print!("{text}"),
            }
            Ok(ExitCode::SUCCESS)
        }
        Cmd::Eval {
            file,
            json,
            min_success,
            min_mrr,
        } => {
            let lib = load(dir)?;
            let text = std::fs::read_to_string(&file)
                .with_context(|| format!("reading {}", file.display()))?;
            let questions =
                eval::read(&text).with_context(|| format!("parsing {}", file.display()))?;
            let report = eval::evaluate(&lib, &questions);
            if json {
                println!("{}", serde_json::to_string_pretty(&report)?);
            } else {
                print!("{}", report.to_text());
            }
            let low = min_success.is_some_and(|m| report.success_at_3 < m)
                || min_mrr.is_some_and(|m| report.mrr < m);
            Ok(if low {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            })
        }
    }
}

/// Runs the bot until SIGTERM or SIGINT.
fn run_bot(
    mut config: evidence_bot::config::Config,
    knowledge_dir: Option<&Path>,
) -> anyhow::Result<ExitCode> {
    // Everything the bot writes (session, store passphrase, the SDK's SQLite stores and their
    // journals) holds secrets or messages: private to its user, whatever the operator's umask.
    #[cfg(unix)]
    // SAFETY: umask only sets this process's file-creation mask; it has no memory effects and
    // runs before any other thread exists.
    unsafe {
        libc::umask(0o077);
    }
    if let Some(d) = knowledge_dir {
        config.knowledge.dir = Some(d.to_path_buf());
    }
    let rt = tokio::runtime::Runtime::new()?;
    rt.block_on(async {
        // The handlers are installed before anything else happens: until then SIGTERM would
        // end the process at once, perhaps in the middle of writing the session or the store.
        let shutdown = tokio_util::sync::CancellationToken::new();
        let mut term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
            .context("installing the SIGTERM handler")?;
        let mut int = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::interrupt())
            .context("installing the SIGINT handler")?;
        let token = shutdown.clone();
        tokio::spawn(async move {
            tokio::select! {
                _ = term.recv() => tracing::info!("SIGTERM received"),
                _ = int.recv() => tracing::info!("SIGINT received"),
            }
            token.cancel();
        });
        evidence_bot::matrix::run(config, shutdown).await
    })?;
    Ok(ExitCode::SUCCESS)
}

/// Loads the knowledge; problems are printed as warnings, the good records are used.
fn load(dir: Option<&Path>) -> anyhow::Result<Library> {
    let (lib, diags) = Library::load(dir)?;
    let errors = error_count(&diags);
    if errors > 0 {
        eprintln!(
            "evidence-bot: warning: {errors} problem(s) in the knowledge; the records concerned are left out (run `evidence-bot check` for details)"
        );
    }
    Ok(lib)
}

fn reply_to(
    text: &str,
    lib: &Library,
    ctx: &Context,
    pager: &Pager,
) -> Option<evidence_bot::render::Reply> {
    match commands::parse(&ctx.prefix, text) {
        Ok(cmd) => Some(answer::handle(&cmd, lib, ctx, pager)),
        Err(e) => answer::handle_parse_error(&e, ctx),
    }
}

fn check(dir: Option<&Path>) -> anyhow::Result<ExitCode> {
    let local = Path::new("knowledge");
    let target = dir.or_else(|| local.is_dir().then_some(local));
    let (k, diags) = match target {
        Some(d) => {
            if !d.is_dir() {
                eprintln!("evidence-bot: {} is not a folder", d.display());
                return Ok(ExitCode::from(2));
            }
            knowledge::load_dir(d)
        }
        None => knowledge::load_bundled(),
    };
    for d in &diags {
        println!("{d}");
    }
    let errors = error_count(&diags);
    let warnings = diags.len() - errors;
    println!(
        "{}: {} error{}, {} warning{}; {} records and {} topics loaded",
        target.map_or("built-in knowledge".to_string(), |d| d
            .display()
            .to_string()),
        errors,
        if errors == 1 { "" } else { "s" },
        warnings,
        if warnings == 1 { "" } else { "s" },
        k.records.len(),
        k.topics.len()
    );
    Ok(if errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn authors_json(r: &Record) -> Vec<String> {
    let people = if r.authors.is_empty() {
        &r.editors
    } else {
        &r.authors
    };
    people.iter().map(|p| p.short()).collect()
}

fn search(lib: &Library, query: &str, limit: usize, json: bool) -> anyhow::Result<ExitCode> {
    let res = lib.index.search(query);
    let hits: Vec<(&Record, f32)> = res
        .hits
        .iter()
        .take(limit)
        .map(|h| (&lib.knowledge.records[h.ord], h.score))
        .collect();
    if json {
        let out = json!({
            "query": query,
            "total": res.total(),
            "hits": hits.iter().map(|(r, score)| json!({
                "id": r.id,
                "kind": r.kind.as_str(),
                "title": r.title,
                "authors": authors_json(r),
                "year": r.year,
                "evidence_level": r.evidence_level(),
                "doi": r.doi,
                "url": r.url,
                "score": (*score * 1000.0).round() / 1000.0,
            })).collect::<Vec<_>>(),
        });
        println!("{}", serde_json::to_string_pretty(&out)?);
    } else {
        if let Some(c) = &res.corrected {
            println!("(searched for: {c})");
        }
        for problem in &res.query.problems {
            println!("note: {problem}");
        }
        for (i, (r, score)) in hits.iter().enumerate() {
            println!(
                "{:>2}. {:6.2}  {}  {} ({})  [{}]",
                i + 1,
                score,
                answer::level_tag(r),
                r.title,
                r.year_label(),
                r.id
            );
        }
        println!("{} hit(s)", res.total());
    }
    Ok(ExitCode::SUCCESS)
}

fn record_json(r: &Record) -> Value {
    let mut v = serde_json::to_value(r).unwrap_or(Value::Null);
    if let Value::Object(m) = &mut v {
        m.insert("evidence_level".into(), json!(r.evidence_level()));
        m.insert(
            "evidence_label".into(),
            json!(evidence_bot::knowledge::model::level_label(
                r.evidence_level()
            )),
        );
    }
    v
}

fn list(
    lib: &Library,
    topic: Option<&str>,
    kind: Option<&str>,
    json: bool,
) -> anyhow::Result<ExitCode> {
    let kind = match kind {
        Some(k) => match knowledge::Kind::parse(k) {
            Some(k) => Some(k),
            None => {
                eprintln!("evidence-bot: unknown kind `{k}`");
                return Ok(ExitCode::from(2));
            }
        },
        None => None,
    };
    if let Some(t) = topic {
        if lib.knowledge.topic(t).is_none() {
            eprintln!("evidence-bot: unknown topic `{t}` (see knowledge/topics.yaml)");
            return Ok(ExitCode::from(2));
        }
    }
    let records: Vec<&Record> = lib
        .knowledge
        .records
        .iter()
        .filter(|r| topic.is_none_or(|t| r.topics.iter().any(|x| x == t)))
        .filter(|r| kind.is_none_or(|k| r.kind == k))
        .collect();
    if json {
        let out = json!({
            "records": records.iter().map(|r| json!({
                "id": r.id,
                "kind": r.kind.as_str(),
                "title": r.title,
                "authors": authors_json(r),
                "year": r.year,
                "evidence_level": r.evidence_level(),
                "status": r.status.as_str(),
                "intervention": r.intervention.as_str(),
                "doi": r.doi,
                "url": r.url,
                "topics": r.topics,
            })).collect::<Vec<_>>(),
        });
        println!("{}", serde_json::to_string_pretty(&out)?);
    } else {
        for r in &records {
            println!(
                "{:<48} {:<20} {}  {}",
                r.id,
                answer::level_tag(r),
                r.year_label(),
                r.title
            );
        }
        println!("{} record(s)", records.len());
    }
    Ok(ExitCode::SUCCESS)
}

fn console(lib: &Library) -> anyhow::Result<ExitCode> {
    let ctx = Context::default();
    let pager = Pager::default();
    let stdin = std::io::stdin();
    let mut out = std::io::stdout();
    eprintln!(
        "evidence-bot console: {} records. Type a question or a command ({}help); Ctrl-D to quit.",
        lib.knowledge.records.len(),
        ctx.prefix
    );
    loop {
        eprint!("> ");
        let _ = std::io::stderr().flush();
        let mut line = String::new();
        if stdin.lock().read_line(&mut line)? == 0 {
            break;
        }
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let text = if line.starts_with(&ctx.prefix) {
            line.to_string()
        } else {
            format!("{}evidence {line}", ctx.prefix)
        };
        if let Some(reply) = reply_to(&text, lib, &ctx, &pager) {
            writeln!(out, "{}\n", reply.plain)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
