//! The `evidence-bot` binary: parses the command line, sets up logging, and hands over to
//! [`cli`]. Errors print with their whole context chain; a closed pipe (`| head`) ends quietly.

// Issue 30: no function over 100 lines (the threshold is in clippy.toml); split by phase.
#![warn(clippy::too_many_lines)]

mod cli;

use std::process::ExitCode;

fn main() -> ExitCode {
    let args = cli::parse();
    match cli::run(args) {
        Ok(code) => code,
        Err(err) if cli::is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("evidence-bot: {err:#}");
            ExitCode::from(1)
        }
    }
}
