//! `evidence-bot console`: chat with the bot in a terminal. A line without the prefix is a
//! question addressed to the bot in words, as in a room.

use std::io::{BufRead, Write};
use std::process::ExitCode;

use evidence_bot::snapshot::Snapshot;

use super::Terminal;

pub fn run(snap: &Snapshot) -> anyhow::Result<ExitCode> {
    let term = Terminal::new();
    let prefix = term.prefix();
    eprintln!(
        "evidence-bot console: {} records. Type a question or a command ({prefix}help); Ctrl-D to quit.",
        snap.knowledge.records.len()
    );
    let stdin = std::io::stdin();
    let mut out = std::io::stdout().lock();
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
        // A line in words is addressed to the bot, as in a room: consecutive lines are one
        // conversation ("and for dads?" continues the last answer).
        let text = if line.starts_with(prefix) {
            line.to_string()
        } else {
            format!("{}: {line}", super::TERMINAL_BOT)
        };
        if let Some(reply) = term.ask(&text, snap) {
            writeln!(out, "{}\n", reply.plain)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
