//! The command line: the Matrix bot (`run`) and the tools around the knowledge base — `ask` and
//! `console` (the chat path, from a terminal), `search`, `show`, `list`, `check`, `cite`,
//! `export`, `import`, `schema` and `eval`.

mod check;
mod console;
mod crossref;
mod json;
mod logging;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant, SystemTime};

use anyhow::Context as _;
use clap::builder::{PossibleValuesParser, TypedValueParser};
use clap::{ArgGroup, CommandFactory, FromArgMatches, Parser, Subcommand};

use evidence_bot::answer::Action;
use evidence_bot::bot::{Bot, Settings, Step};
use evidence_bot::chat::{BotNames, Command, Incoming, MessageKind};
use evidence_bot::eval;
use evidence_bot::knowledge::{self, error_count, Kind, Record};
use evidence_bot::ops::config::{Config, LogFormat};
use evidence_bot::references::import::{ImportFormat, Imported, Skipped};
use evidence_bot::references::{self, csl, export, Format, Style, ALL_FORMATS, ALL_STYLES};
use evidence_bot::render::{text, Reply};
use evidence_bot::snapshot::Snapshot;

use json::{FullRecord, RecordSummary};

/// Answers questions about the evidence for Video Interaction Guidance (VIG) from a curated
/// knowledge base, in Matrix rooms and here on the command line.
#[derive(Debug, Parser)]
#[command(name = "evidence-bot", about, long_about = None)]
pub struct Cli {
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

fn format_parser() -> impl TypedValueParser<Value = Format> {
    PossibleValuesParser::new(ALL_FORMATS.iter().map(|f| f.as_str()))
        .try_map(|s| Format::parse(&s).ok_or("unknown format"))
}

fn style_parser() -> impl TypedValueParser<Value = Style> {
    PossibleValuesParser::new(ALL_STYLES.iter().map(|s| s.as_str()))
        .try_map(|s| Style::parse(&s).ok_or("unknown style"))
}

fn import_format_parser() -> impl TypedValueParser<Value = ImportFormat> {
    PossibleValuesParser::new(["ris", "bibtex", "csl-json"])
        .try_map(|s| ImportFormat::parse(&s).ok_or("unknown format"))
}

/// A DOI as people paste it, or a message saying what a DOI looks like.
fn doi_parser(s: &str) -> Result<String, String> {
    references::crossref::parse_doi(s).ok_or_else(|| {
        "not a DOI: a DOI is 10., four or more digits, a slash and the rest, e.g. \
         10.1037/0033-2909.129.2.195 (doi:10.… and https://doi.org/10.… are read too)"
            .to_string()
    })
}

fn kind_parser() -> impl TypedValueParser<Value = Kind> {
    PossibleValuesParser::new(Kind::all().map(Kind::as_str))
        .try_map(|s| Kind::parse(&s).ok_or("unknown kind"))
}

#[derive(Debug, Subcommand)]
enum Cmd {
    /// Run the Matrix bot (the password comes from EVIDENCE_BOT_PASSWORD or password_file).
    Run {
        /// The configuration file (see config.example.toml).
        #[arg(long, value_name = "FILE")]
        config: PathBuf,
    },
    #[command(flatten)]
    Tool(Tool),
}

/// The commands that work on the knowledge without a homeserver.
#[derive(Debug, Subcommand)]
enum Tool {
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
        /// Only records of this kind.
        #[arg(long, value_parser = kind_parser())]
        kind: Option<Kind>,
    },
    /// Check a knowledge folder: exit 0 when clean, 1 with errors, 2 on usage errors.
    Check {
        /// The folder (default: --knowledge, else ./knowledge if present, else the built-in copy).
        dir: Option<PathBuf>,
        /// Also list the concepts of the vocabulary that no record is tagged with (what the bot
        /// says nothing in the knowledge is about).
        #[arg(long)]
        unused: bool,
    },
    /// Citations for records.
    Cite {
        /// Record ids.
        #[arg(required = true, num_args = 1..)]
        ids: Vec<String>,
        /// A citation style, or a format to copy.
        #[arg(long, default_value = "apa", value_parser = format_parser())]
        style: Format,
    },
    /// Write a reading list or citation file: every record, or those a search finds.
    Export {
        /// The file format.
        #[arg(long, value_parser = format_parser())]
        format: Format,
        /// Write to this file instead of standard output.
        #[arg(long, short)]
        output: Option<PathBuf>,
        /// With csl-json: the items as this citation style is given them (APA 7 leaves out a
        /// publisher that is also the author; Vancouver cites an online journal's article as a
        /// journal article). The reference processor's fixtures are rendered from these.
        #[arg(long, value_parser = style_parser(), value_name = "STYLE")]
        for_style: Option<Style>,
        /// A search (filters work too); without one, every record.
        query: Vec<String>,
    },
    /// Draw the chart of effects for a question (what `!chart` posts), as PNG or SVG.
    Chart {
        /// The file to write; its extension (.png or .svg) chooses the format.
        #[arg(long, short, value_name = "FILE")]
        output: PathBuf,
        /// The question (filters work too).
        #[arg(required = true, num_args = 1..)]
        query: Vec<String>,
    },
    /// Draw the evidence map (what `!map` posts): topics by evidence level, for the whole
    /// knowledge or the records about a question, as PNG or SVG.
    Map {
        /// The file to write; its extension (.png or .svg) chooses the format.
        #[arg(long, short, value_name = "FILE")]
        output: PathBuf,
        /// A question; without one, every record.
        query: Vec<String>,
    },
    /// Draft new records from a Zotero, EndNote or Mendeley export (RIS, BibTeX or CSL-JSON), or
    /// from Crossref's metadata for DOIs: one YAML file per work the knowledge lacks, for an admin
    /// to complete.
    #[command(group(ArgGroup::new("source").required(true).args(["file", "doi"])))]
    Import {
        /// The export file (or use --doi).
        file: Option<PathBuf>,
        /// A DOI to draft from Crossref (10.1037/…, doi:10.1037/… or https://doi.org/10.1037/…);
        /// repeat for several. Needs a connection to https://api.crossref.org, or to the server
        /// the EVIDENCE_BOT_CROSSREF_URL environment variable names (for tests). DOIs the
        /// knowledge has are skipped without asking.
        #[arg(long, value_name = "DOI", value_parser = doi_parser)]
        doi: Vec<String>,
        /// The folder to write the drafts to (created if missing; files are never overwritten).
        #[arg(long, short, default_value = "drafts")]
        output: PathBuf,
        /// The file's format, when its name does not say (ris, bibtex, csl-json).
        #[arg(long, value_parser = import_format_parser(), conflicts_with = "doi")]
        format: Option<ImportFormat>,
    },
    /// The gap log of a running bot: the questions no record was about, grouped, with votes and
    /// comments on answers (what `!gaps` posts).
    Gaps {
        /// The bot's configuration file (its state_dir holds the log).
        #[arg(long, value_name = "FILE", required_unless_present = "state_dir")]
        config: Option<PathBuf>,
        /// The bot's state_dir, instead of --config.
        #[arg(long, value_name = "DIR", conflicts_with = "config")]
        state_dir: Option<PathBuf>,
        /// From this date (2026-11-01) or this long ago (7d, 2w, 24h); default: 7d.
        #[arg(long, value_name = "DATE")]
        since: Option<String>,
        /// Print JSON.
        #[arg(long, conflicts_with = "as_eval")]
        json: bool,
        /// Print the questions as cases for the relevance set (tests/data/relevance.yaml), for an
        /// admin to judge.
        #[arg(long)]
        as_eval: bool,
    },
    /// Print the JSON Schema of a knowledge record (the source of knowledge/schema.json).
    Schema,
    /// Measure search relevance on a question file (success@3, recall@5, MRR), or the answers
    /// to a room set (messages with id, group, text, scope, relevant, strongest, missing).
    Eval {
        /// A YAML list of {q, relevant: [{key, year, grade}]}, or of room messages; or a folder
        /// of questions in other languages with their English translations
        /// (tests/data/languages/).
        file: PathBuf,
        /// For a room set: its split into halves (lists of ids `dev` and `held_out`).
        #[arg(long, value_name = "FILE")]
        split: Option<PathBuf>,
        /// For a room set: list the misses of these halves (dev, held_out, unsplit).
        #[arg(long, value_name = "HALF", value_delimiter = ',')]
        misses: Vec<String>,
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

/// The parsed command line; `--version` also names the commit and the built-in knowledge,
/// which is loaded only when asked for.
pub fn parse() -> Cli {
    let mut command = Cli::command().version(env!("CARGO_PKG_VERSION"));
    if std::env::args_os().any(|a| a == "--version" || a == "-V") {
        let (k, _) = knowledge::load_bundled();
        let long = format!(
            "{} (commit {}, knowledge {}: {} records)",
            env!("CARGO_PKG_VERSION"),
            env!("EVIDENCE_BOT_GIT_COMMIT"),
            k.version,
            k.records.len()
        );
        // clap wants a `'static` string; this runs once, just before the process prints and exits.
        command = command.version(&*Box::leak(long.into_boxed_str()));
    }
    let matches = command.get_matches();
    Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit())
}

/// Whether an error is a closed standard output (`evidence-bot export | head`): not worth a
/// message, as ripgrep does.
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        let kind = e
            .downcast_ref::<std::io::Error>()
            .map(std::io::Error::kind)
            .or_else(|| {
                e.downcast_ref::<serde_json::Error>()
                    .and_then(serde_json::Error::io_error_kind)
            });
        kind == Some(std::io::ErrorKind::BrokenPipe)
    })
}

/// Runs a command.
pub fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    let dir = cli.knowledge.as_deref();
    let tool = match cli.command {
        Cmd::Tool(tool) => tool,
        // Read once, before logging starts: it may set the log level and format.
        Cmd::Run { config } => {
            return match Config::load(&config) {
                Ok(mut config) => {
                    logging::init(true, &config.log, cli.log_format);
                    if let Some(d) = dir {
                        config.knowledge.dir = Some(d.to_path_buf());
                    }
                    run_bot(config)
                }
                Err(problems) => {
                    for p in &problems {
                        eprintln!("evidence-bot: {p}");
                    }
                    eprintln!(
                        "evidence-bot: {} problem(s) in the configuration; nothing was started",
                        problems.len()
                    );
                    Ok(ExitCode::from(2))
                }
            }
        }
    };
    logging::init(false, &Default::default(), cli.log_format);
    let mut out = std::io::stdout().lock();
    match tool {
        Tool::Check { dir: d, unused } => check::run(d.as_deref().or(dir), unused),
        Tool::Schema => {
            write!(out, "{}", knowledge::json_schema())?;
            Ok(ExitCode::SUCCESS)
        }
        Tool::Ask { html, text } => {
            let snap = load(dir)?;
            let text = text.join(" ");
            let term = Terminal::new();
            let Some(reply) = term.ask(&text, &snap) else {
                eprintln!(
                    "evidence-bot: the bot only answers messages that start with `{}`, e.g. ask '{}evidence preterm'",
                    term.prefix(),
                    term.prefix()
                );
                return Ok(ExitCode::from(1));
            };
            writeln!(out, "{}", if html { &reply.html } else { &reply.plain })?;
            if let Some(f) = &reply.attachment {
                if let Some((w, h)) = f.image_size {
                    writeln!(
                        out,
                        "{}",
                        text::figure_file(&f.filename, w, h, f.data.len())
                    )?;
                    return Ok(ExitCode::SUCCESS);
                }
                writeln!(
                    out,
                    "[attached in chat: {} ({}, {} bytes); `evidence-bot export` writes such files]",
                    f.filename,
                    f.mime,
                    f.data.len()
                )?;
            }
            Ok(ExitCode::SUCCESS)
        }
        Tool::Console => console::run(&load(dir)?),
        Tool::Chart { output, query } => {
            let command = Command::Chart {
                query: query.join(" "),
            };
            figure(&mut out, &load(dir)?, &command, &output)
        }
        Tool::Map { output, query } => {
            let query = (!query.is_empty()).then(|| query.join(" "));
            figure(&mut out, &load(dir)?, &Command::Map { query }, &output)
        }
        Tool::Search { json, limit, query } => {
            search(&mut out, &load(dir)?, &query.join(" "), limit, json)
        }
        Tool::Show { json, id } => {
            let snap = load(dir)?;
            let Some(r) = snap.knowledge.get(&id) else {
                anyhow::bail!("no record `{id}` (evidence-bot list shows every id)");
            };
            if json {
                serde_json::to_writer_pretty(&mut out, &FullRecord::of(r))?;
                writeln!(out)?;
            } else if let Some(reply) = Terminal::new().answer(&Command::Show { id }, &snap) {
                writeln!(out, "{}", reply.plain)?;
            }
            Ok(ExitCode::SUCCESS)
        }
        Tool::List { json, topic, kind } => {
            list(&mut out, &load(dir)?, topic.as_deref(), kind, json)
        }
        Tool::Cite { ids, style } => cite(&mut out, &load(dir)?, &ids, style),
        Tool::Import {
            file,
            doi,
            output,
            format,
        } => {
            let snap = load(dir)?;
            match file {
                Some(file) => import(&snap, &file, &output, format),
                None => import_dois(&snap, &doi, &output),
            }
        }
        Tool::Gaps {
            config,
            state_dir,
            since,
            json,
            as_eval,
        } => gaps(&mut out, config, state_dir, since.as_deref(), json, as_eval),
        Tool::Export {
            format,
            output,
            for_style,
            query,
        } => {
            let snap = load(dir)?;
            let query = query.join(" ");
            let records: Vec<&Record> = if query.trim().is_empty() {
                snap.knowledge.records.iter().collect()
            } else {
                let res = snap.index.search(&query);
                res.direct_hits()
                    .iter()
                    .map(|h| &snap.knowledge.records[h.ord])
                    .collect()
            };
            let title = if query.trim().is_empty() {
                "all records"
            } else {
                query.as_str()
            };
            let text = match for_style {
                Some(style) if format == Format::CslJson => {
                    references::csl_json::file_for(&records, style)
                }
                Some(_) => anyhow::bail!("--for-style goes with --format csl-json"),
                None => export::render(&records, &snap.knowledge, format, title)?,
            };
            match output {
                Some(path) => {
                    std::fs::write(&path, text)
                        .with_context(|| format!("writing {}", path.display()))?;
                    eprintln!("wrote {} record(s) to {}", records.len(), path.display());
                }
                None => write!(out, "{text}")?,
            }
            Ok(ExitCode::SUCCESS)
        }
        Tool::Eval {
            file,
            split,
            misses,
            json,
            min_success,
            min_mrr,
        } => {
            let snap = load(dir)?;
            if file.is_dir() {
                let sets = read_language_sets(&file)?;
                let report = eval::languages::evaluate(&snap, &sets);
                if json {
                    serde_json::to_writer_pretty(&mut out, &report)?;
                    writeln!(out)?;
                } else {
                    write!(out, "{}", report.to_text())?;
                }
                return Ok(ExitCode::SUCCESS);
            }
            let text = std::fs::read_to_string(&file)
                .with_context(|| format!("reading {}", file.display()))?;
            if eval::is_room_set(&text) {
                let messages = eval::room::read(&text)
                    .with_context(|| format!("parsing {}", file.display()))?;
                let split = match split {
                    Some(p) => eval::room::read_split(
                        &std::fs::read_to_string(&p)
                            .with_context(|| format!("reading {}", p.display()))?,
                    )
                    .with_context(|| format!("parsing {}", p.display()))?,
                    None => eval::room::Split::default(),
                };
                let report = eval::room::evaluate(&snap, &messages, &split);
                if json {
                    serde_json::to_writer_pretty(&mut out, &report)?;
                    writeln!(out)?;
                } else {
                    let halves: Vec<&str> = misses.iter().map(String::as_str).collect();
                    write!(out, "{}", report.to_text(&halves))?;
                }
                return Ok(ExitCode::SUCCESS);
            }
            let questions =
                eval::read(&text).with_context(|| format!("parsing {}", file.display()))?;
            let report = eval::evaluate(&snap, &questions);
            if json {
                serde_json::to_writer_pretty(&mut out, &report)?;
                writeln!(out)?;
            } else {
                write!(out, "{}", report.to_text())?;
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

/// Every language set (`<code>.yaml`) in a folder, in the order of their names.
fn read_language_sets(dir: &std::path::Path) -> anyhow::Result<Vec<eval::languages::LanguageSet>> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .with_context(|| format!("reading {}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "yaml"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| {
            let text =
                std::fs::read_to_string(p).with_context(|| format!("reading {}", p.display()))?;
            eval::languages::read(&text).with_context(|| format!("parsing {}", p.display()))
        })
        .collect()
}

/// Runs the bot until SIGTERM or SIGINT.
fn run_bot(config: Config) -> anyhow::Result<ExitCode> {
    // Everything the bot writes (session, store passphrase, the SDK's SQLite stores and their
    // journals) holds secrets or messages: private to its user, whatever the operator's umask.
    rustix::process::umask(rustix::fs::Mode::from_raw_mode(0o077));
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
fn load(dir: Option<&Path>) -> anyhow::Result<Snapshot> {
    let (snap, diags) = Snapshot::load(dir)?;
    let errors = error_count(&diags);
    if errors > 0 {
        eprintln!(
            "evidence-bot: warning: {errors} problem(s) in the knowledge; the records concerned are left out (run `evidence-bot check` for details)"
        );
    }
    Ok(snap)
}

/// The bot's name at a terminal: `console` addresses each line in words to it.
const TERMINAL_BOT: &str = "@evidence-bot:cli";

/// The chat path from a terminal: the same core the Matrix bot runs, with the person at the
/// terminal as its admin and no flood limit.
struct Terminal {
    bot: Bot,
}

impl Terminal {
    fn new() -> Terminal {
        let settings = Settings {
            prefix: "!".into(),
            admins: vec!["cli".into()],
            catch_up: Duration::from_secs(3600),
            rate_commands: u32::MAX,
            rate_period: Duration::from_secs(1),
            default_style: Style::Apa,
            gap_log: false,
            safety: evidence_bot::safety::SafetyTexts::default(),
        };
        let names = BotNames {
            user_id: TERMINAL_BOT.into(),
            display_name: None,
        };
        Terminal {
            bot: Bot::new(settings, names),
        }
    }

    fn prefix(&self) -> &str {
        "!"
    }

    /// The reply the bot would post for a chat message; `None` when it would stay silent.
    fn ask(&self, text: &str, snap: &Snapshot) -> Option<Reply> {
        let now_ms = SystemTime::now()
            .duration_since(SystemTime::UNIX_EPOCH)
            .map_or(0, |d| d.as_millis() as u64);
        let msg = Incoming {
            room: "cli".into(),
            event_id: "$cli".into(),
            sender: "cli".into(),
            body: text.to_string(),
            ts_ms: now_ms,
            kind: MessageKind::Text,
            is_edit: false,
            mentions_bot: false,
            relates_to: None,
        };
        match self.bot.receive(&msg, snap, now_ms, Instant::now(), false) {
            Step::Answer(job) => Some(outside_the_bot(self.bot.answer(
                &job,
                snap,
                &evidence_bot::rooms::RoomSettings::default(),
                None,
            ))),
            Step::Ignore(_) | Step::Silence => None,
        }
    }

    /// The reply to a command given directly.
    fn answer(&self, command: &Command, snap: &Snapshot) -> Option<Reply> {
        self.ask(&format!("{}{}", self.prefix(), command_text(command)), snap)
    }
}

fn command_text(command: &Command) -> String {
    match command {
        Command::Show { id } => format!("show {id}"),
        other => other.name().to_string(),
    }
}

/// Admin actions need the running bot.
fn outside_the_bot(action: Action) -> Reply {
    match action {
        Action::Reply(r) => r,
        Action::Greet { first, .. } => *first,
        Action::Reload | Action::Status => Reply::text(&text::admin_needs_bot()),
        Action::Feedback { .. } | Action::Gaps { .. } | Action::SaveRoomSettings { .. } => {
            Reply::text(&text::needs_a_room())
        }
        Action::Figure(figure) => evidence_bot::draw::reply(&figure).unwrap_or_else(|e| {
            tracing::error!(error = %format!("{e:#}"), "drawing the figure failed");
            Reply::text(&text::figure_failed())
        }),
    }
}

/// Writes the figure a chart or map command draws to `path` (PNG or SVG by its extension) and
/// prints its alt text; when there is nothing to draw, prints why and exits 1.
fn figure(
    out: &mut impl Write,
    snap: &Snapshot,
    command: &Command,
    path: &Path,
) -> anyhow::Result<ExitCode> {
    let svg = match path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
    {
        Some(e) if e == "svg" => true,
        Some(e) if e == "png" => false,
        _ => anyhow::bail!(
            "{}: say .png or .svg at the end of the file name (e.g. -o chart.png)",
            path.display()
        ),
    };
    let ctx = evidence_bot::answer::Context::default();
    let pager = evidence_bot::answer::Pager::default();
    let fig = match evidence_bot::answer::respond(command, &ctx, snap, &pager) {
        Action::Figure(fig) => fig,
        other => {
            if let Some(reply) = other.reply() {
                eprintln!("evidence-bot: {}", reply.plain.trim());
            }
            return Ok(ExitCode::from(1));
        }
    };
    let data = if svg {
        evidence_bot::draw::svg(&fig)?.into_bytes()
    } else {
        evidence_bot::draw::png(&fig)?.bytes
    };
    std::fs::write(path, &data).with_context(|| format!("writing {}", path.display()))?;
    writeln!(out, "{}", fig.alt_text())?;
    eprintln!(
        "evidence-bot: wrote {} ({} bytes)",
        path.display(),
        data.len()
    );
    Ok(ExitCode::SUCCESS)
}

/// The concepts of mentions, with the words they were named by.
fn mentioned(ms: &[evidence_bot::understand::Mention]) -> Vec<(usize, String)> {
    ms.iter()
        .flat_map(|m| m.concepts.iter().map(|c| (*c, m.text.clone())))
        .collect()
}

fn search(
    out: &mut impl Write,
    snap: &Snapshot,
    query: &str,
    limit: usize,
    json: bool,
) -> anyhow::Result<ExitCode> {
    #[derive(serde::Serialize)]
    struct Hit<'a> {
        #[serde(flatten)]
        record: RecordSummary<'a>,
        score: f32,
        #[serde(rename = "match")]
        matched: &'static str,
        matched_terms: Vec<String>,
    }
    #[derive(serde::Serialize)]
    struct Understood<'a> {
        interventions: Vec<&'a str>,
        topics: Vec<&'a str>,
        outcomes: Vec<&'a str>,
        kinds: Vec<&'static str>,
        words: &'a [String],
    }
    #[derive(serde::Serialize)]
    struct Concept<'a> {
        id: &'a str,
        facet: &'static str,
        label: &'a str,
        typed: &'a str,
    }
    #[derive(serde::Serialize)]
    struct Question<'a> {
        task: &'static str,
        concepts: Vec<Concept<'a>>,
        professions: Vec<Concept<'a>>,
        excluded: Vec<Concept<'a>>,
        kinds: Vec<&'static str>,
        filters: String,
        context: &'a [String],
        not_recognised: &'a [String],
    }
    #[derive(serde::Serialize)]
    struct Results<'a> {
        query: &'a str,
        total: usize,
        direct: usize,
        intent: &'static str,
        question: Question<'a>,
        understood: Understood<'a>,
        required: Vec<String>,
        unmatched_terms: &'a [String],
        excluded_terms: Vec<String>,
        corrected: Option<&'a str>,
        hits: Vec<Hit<'a>>,
    }
    let res = snap.index.search(query);
    let q = &res.question;
    let vocab = &snap.knowledge.vocabulary;
    let intent = if res.direct == 0 && !res.unmatched.is_empty() {
        "not covered"
    } else if res.no_concept {
        "not understood"
    } else if res.direct == 0 {
        "partly covered"
    } else if q.concepts.is_empty() && !q.filters.is_empty() {
        "filters"
    } else {
        q.task.as_str()
    };
    let subject: Vec<(usize, String)> = mentioned(&q.concepts);
    let ids_of = |facet: evidence_bot::knowledge::Facet| -> Vec<&str> {
        subject
            .iter()
            .filter(|(c, _)| vocab.facet(*c) == facet)
            .map(|(c, _)| vocab.concept(*c).id.as_str())
            .collect()
    };
    let hits: Vec<(&Record, &evidence_bot::search::Hit)> = res
        .hits
        .iter()
        .take(limit)
        .map(|h| (&snap.knowledge.records[h.ord], h))
        .collect();
    if json {
        fn concepts<'a>(
            ms: &'a [evidence_bot::understand::Mention],
            vocab: &'a evidence_bot::knowledge::Vocabulary,
        ) -> Vec<Concept<'a>> {
            ms.iter()
                .flat_map(|m| {
                    m.concepts.iter().map(|c| Concept {
                        id: &vocab.concept(*c).id,
                        facet: vocab.facet(*c).as_str(),
                        label: &vocab.concept(*c).label,
                        typed: &m.text,
                    })
                })
                .collect()
        }
        let results = Results {
            query,
            total: res.total(),
            direct: res.direct,
            intent,
            question: Question {
                task: q.task.as_str(),
                concepts: concepts(&q.concepts, vocab),
                professions: concepts(&q.soft, vocab),
                excluded: concepts(&q.excluded, vocab),
                kinds: q.kinds.iter().map(|k| k.as_str()).collect(),
                filters: evidence_bot::understand::filters::filter_text(&q.raw),
                context: &q.context,
                not_recognised: &res.unrecognised,
            },
            understood: Understood {
                interventions: ids_of(evidence_bot::knowledge::Facet::Intervention),
                topics: subject
                    .iter()
                    .filter(|(c, _)| {
                        !matches!(
                            vocab.facet(*c),
                            evidence_bot::knowledge::Facet::Intervention
                                | evidence_bot::knowledge::Facet::Outcome
                        )
                    })
                    .map(|(c, _)| vocab.concept(*c).id.as_str())
                    .collect(),
                outcomes: ids_of(evidence_bot::knowledge::Facet::Outcome),
                kinds: q.kinds.iter().map(|k| k.as_str()).collect(),
                words: &q.words,
            },
            required: res.required.iter().map(|g| text::or_list(g)).collect(),
            unmatched_terms: &res.unmatched,
            excluded_terms: res.excluded.iter().map(|x| x.label.clone()).collect(),
            corrected: res.corrected.as_deref(),
            hits: hits
                .iter()
                .map(|(r, h)| Hit {
                    record: RecordSummary::of(r),
                    score: (h.score * 1000.0).round() / 1000.0,
                    matched: if h.direct { "direct" } else { "partial" },
                    matched_terms: res.matched(h),
                })
                .collect(),
        };
        serde_json::to_writer_pretty(&mut *out, &results)?;
        writeln!(out)?;
    } else {
        if let Some(c) = &res.corrected {
            writeln!(out, "(searched for: {c})")?;
        }
        for problem in &q.problems {
            writeln!(out, "note: {problem}")?;
        }
        writeln!(
            out,
            "intent: {intent}; required: {}; unmatched: {}",
            res.required
                .iter()
                .map(|g| text::or_list(g))
                .collect::<Vec<_>>()
                .join(", "),
            res.unmatched.join(", ")
        )?;
        for (i, (r, h)) in hits.iter().enumerate() {
            writeln!(
                out,
                "{:>2}. {} {:6.2}  {}  {} ({})  [{}]",
                i + 1,
                if h.direct { "D" } else { "p" },
                h.score,
                evidence_bot::answer::level_tag(r),
                r.title,
                r.year_label(),
                r.id
            )?;
        }
        writeln!(out, "{} hit(s), {} direct", res.total(), res.direct)?;
    }
    Ok(ExitCode::SUCCESS)
}

fn list(
    out: &mut impl Write,
    snap: &Snapshot,
    topic: Option<&str>,
    kind: Option<Kind>,
    json: bool,
) -> anyhow::Result<ExitCode> {
    if let Some(t) = topic {
        if snap.knowledge.topic(t).is_none() {
            eprintln!("evidence-bot: unknown topic `{t}` (see knowledge/topics.yaml)");
            return Ok(ExitCode::from(2));
        }
    }
    let records: Vec<&Record> = snap
        .knowledge
        .records
        .iter()
        .filter(|r| topic.is_none_or(|t| r.topics.iter().any(|x| x == t)))
        .filter(|r| kind.is_none_or(|k| r.kind == k))
        .collect();
    if json {
        #[derive(serde::Serialize)]
        struct List<'a> {
            records: Vec<RecordSummary<'a>>,
        }
        let list = List {
            records: records.iter().map(|r| RecordSummary::of(r)).collect(),
        };
        serde_json::to_writer_pretty(&mut *out, &list)?;
        writeln!(out)?;
    } else {
        for r in &records {
            writeln!(
                out,
                "{:<48} {:<20} {}  {}",
                r.id,
                evidence_bot::answer::level_tag(r),
                r.year_label(),
                r.title
            )?;
        }
        writeln!(out, "{} record(s)", records.len())?;
    }
    Ok(ExitCode::SUCCESS)
}

fn cite(
    out: &mut impl Write,
    snap: &Snapshot,
    ids: &[String],
    format: Format,
) -> anyhow::Result<ExitCode> {
    let mut code = ExitCode::SUCCESS;
    let mut records = Vec::new();
    for id in ids {
        match snap.knowledge.get(id) {
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
                let c = csl::cite(r, style)?;
                writeln!(out, "{}", c.reference)?;
                writeln!(out, "In text: {}", c.in_text)?;
            }
        }
        other => write!(
            out,
            "{}",
            export::render(&records, &snap.knowledge, other, "citations")?
        )?,
    }
    Ok(code)
}

/// `gaps`: the gap report from a bot's state_dir, as text, JSON or relevance cases.
fn gaps(
    out: &mut impl Write,
    config: Option<PathBuf>,
    state_dir: Option<PathBuf>,
    since: Option<&str>,
    json: bool,
    as_eval: bool,
) -> anyhow::Result<ExitCode> {
    let (state_dir, prefix) = match (state_dir, config) {
        (Some(d), _) => (d, "!".to_string()),
        (None, Some(c)) => {
            let text =
                std::fs::read_to_string(&c).with_context(|| format!("reading {}", c.display()))?;
            let cfg = Config::parse(&text, &c.display().to_string())
                .map_err(|p| anyhow::anyhow!(p.join("\n")))?;
            (cfg.matrix.state_dir, cfg.bot.prefix)
        }
        (None, None) => anyhow::bail!("say where the log is: --config FILE or --state-dir DIR"),
    };
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    let since = match since {
        Some(s) => evidence_bot::curation::parse_since(s, now).map_err(|e| anyhow::anyhow!(e))?,
        None => now - 7 * 86_400,
    };
    let log =
        evidence_bot::gaplog::GapLog::open_read_only(&state_dir.join(evidence_bot::gaplog::FILE))?;
    let (gaps, feedback) = log.entries(since)?;
    let report = evidence_bot::curation::report(&gaps, &feedback, since, now);
    if json {
        serde_json::to_writer_pretty(&mut *out, &report)?;
        writeln!(out)?;
    } else if as_eval {
        write!(out, "{}", evidence_bot::curation::as_eval(&report))?;
    } else {
        let reply = evidence_bot::answer::gaps_reply(&report, None, &prefix);
        writeln!(out, "{}", reply.plain)?;
    }
    Ok(ExitCode::SUCCESS)
}

/// `import`: drafts for the entries the knowledge lacks, never overwriting a file.
fn import(
    snap: &Snapshot,
    file: &Path,
    output: &Path,
    format: Option<ImportFormat>,
) -> anyhow::Result<ExitCode> {
    let text =
        std::fs::read_to_string(file).with_context(|| format!("reading {}", file.display()))?;
    let name = file
        .file_name()
        .map(|n| n.to_string_lossy())
        .unwrap_or_default();
    let Some(format) = format.or_else(|| ImportFormat::detect(&name, &text)) else {
        anyhow::bail!(
            "{}: not recognisably RIS, BibTeX or CSL-JSON; say which with --format ris|bibtex|csl-json",
            file.display()
        );
    };
    let imported = references::import::import(&text, format, &snap.knowledge)
        .with_context(|| format!("importing {}", file.display()))?;
    write_drafts(&imported, output)?;
    Ok(ExitCode::SUCCESS)
}

/// `import --doi`: drafts from Crossref's metadata for the DOIs the knowledge lacks. A DOI
/// Crossref does not know is named and the others are still drafted (exit 1); no connection
/// stops at once, as every DOI would fail alike.
fn import_dois(snap: &Snapshot, dois: &[String], output: &Path) -> anyhow::Result<ExitCode> {
    let mut known = Vec::new();
    let mut asked: Vec<&str> = Vec::new();
    let mut items = Vec::new();
    let mut failed = 0;
    let mut client = None;
    let mut runtime = None;
    for doi in dois {
        // DOIs ignore case: "10.1002/IMHJ.21464" is "10.1002/imhj.21464".
        if asked.iter().any(|a| a.eq_ignore_ascii_case(doi)) {
            continue;
        }
        asked.push(doi);
        // Known works need no connection, so a list pasted again asks only for what is new.
        let same = |r: &&Record| {
            r.doi
                .as_deref()
                .is_some_and(|d| d.eq_ignore_ascii_case(doi))
        };
        if let Some(r) = snap.knowledge.records.iter().find(same) {
            known.push(Skipped {
                title: r.title.clone(),
                existing: r.id.clone(),
                why: "same DOI",
            });
            continue;
        }
        let client = match &mut client {
            Some(c) => c,
            None => client.insert(crossref::Crossref::from_env()?),
        };
        let runtime = match &mut runtime {
            Some(r) => r,
            None => runtime.insert(
                tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .context("starting the runtime for the requests to Crossref")?,
            ),
        };
        match runtime.block_on(client.work(doi)) {
            Ok(work) => items.push(references::crossref::csl_item(&work)),
            Err(e @ crossref::Failure::Unreachable { .. }) => return Err(e.into()),
            Err(e) => {
                eprintln!("evidence-bot: {e}");
                failed += 1;
            }
        }
    }
    let mut imported = if items.is_empty() {
        Imported::default()
    } else {
        let text = serde_json::to_string(&items)?;
        references::import::import(&text, ImportFormat::CslJson, &snap.knowledge)
            .context("reading Crossref's metadata")?
    };
    imported.skipped.splice(0..0, known);
    write_drafts(&imported, output)?;
    Ok(if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Writes the drafts into `output`, never over a file, and says what was drafted and skipped.
fn write_drafts(imported: &Imported, output: &Path) -> anyhow::Result<()> {
    if !imported.drafts.is_empty() {
        std::fs::create_dir_all(output)
            .with_context(|| format!("creating {}", output.display()))?;
    }
    let mut written = 0;
    for d in &imported.drafts {
        let path = output.join(format!("{}.yaml", d.id));
        if path.exists() {
            eprintln!(
                "kept {}: the file exists (delete it to draft it again)",
                path.display()
            );
            continue;
        }
        std::fs::write(&path, &d.yaml).with_context(|| format!("writing {}", path.display()))?;
        eprintln!("drafted {} ({})", path.display(), d.title);
        written += 1;
    }
    for s in &imported.skipped {
        eprintln!(
            "skipped \"{}\": already in the knowledge as {} ({})",
            s.title, s.existing, s.why
        );
    }
    eprintln!(
        "{written} draft(s) written to {}, {} skipped.{}",
        output.display(),
        imported.skipped.len(),
        if written > 0 {
            " Next: complete each draft and move it into a folder of the knowledge (e.g. knowledge/trials/); `evidence-bot check knowledge` then names what each still needs."
        } else {
            ""
        }
    );
    Ok(())
}
