//! The command line: the Matrix bot (`run`) and the tools around the knowledge base — `ask` and
//! `console` (the chat path, from a terminal), `search`, `show`, `list`, `check`, `cite`,
//! `export`, `import`, `schema` and `eval`. Each verb has its own file; this one dispatches.

mod args;
mod ask;
mod check;
mod cite;
mod console;
mod crossref;
mod eval;
mod export;
mod figure;
mod gaps;
mod import;
mod json;
mod list;
mod logging;
mod search;
mod serve;
mod show;
mod terminal;

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches};

use evidence_bot::knowledge::{self, error_count};
use evidence_bot::snapshot::Snapshot;

pub use args::Cli;
use args::{Cmd, Tool};
use terminal::{Terminal, TERMINAL_BOT};

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
        Cmd::Run { config } => return serve::run(&config, dir, cli.log_format),
    };
    logging::init(false, &Default::default(), cli.log_format);
    let mut out = std::io::stdout().lock();
    match tool {
        Tool::Check { dir: d, unused } => check::run(d.as_deref().or(dir), unused),
        Tool::Schema => {
            write!(out, "{}", knowledge::json_schema())?;
            Ok(ExitCode::SUCCESS)
        }
        Tool::Ask { html, text } => ask::run(&mut out, &load(dir)?, &text, html),
        Tool::Console => console::run(&load(dir)?),
        Tool::Chart { output, query } => figure::chart(&mut out, &load(dir)?, &query, &output),
        Tool::Map { output, query } => figure::map(&mut out, &load(dir)?, &query, &output),
        Tool::Search { json, limit, query } => {
            search::run(&mut out, &load(dir)?, &query.join(" "), limit, json)
        }
        Tool::Show { json, id } => show::run(&mut out, &load(dir)?, id, json),
        Tool::List { json, topic, kind } => {
            list::run(&mut out, &load(dir)?, topic.as_deref(), kind, json)
        }
        Tool::Cite { ids, style } => cite::run(&mut out, &load(dir)?, &ids, style),
        Tool::Import {
            file,
            doi,
            output,
            format,
        } => {
            let snap = load(dir)?;
            match file {
                Some(file) => import::from_file(&snap, &file, &output, format),
                None => import::from_dois(&snap, &doi, &output),
            }
        }
        Tool::Gaps {
            config,
            state_dir,
            since,
            json,
            as_eval,
        } => gaps::run(&mut out, config, state_dir, since.as_deref(), json, as_eval),
        Tool::Export {
            format,
            output,
            for_style,
            query,
        } => export::run(&mut out, &load(dir)?, format, output, for_style, &query),
        Tool::Eval {
            file,
            split,
            misses,
            json,
            min_success,
            min_mrr,
        } => {
            let options = eval::Options {
                split,
                misses,
                json,
                min_success,
                min_mrr,
            };
            eval::run(&mut out, &load(dir)?, &file, options)
        }
    }
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
