//! `evidence-bot check [DIR]`: every problem in a knowledge folder as `path:line:col: error|warning:
//! message`, then a summary. Exit 0 clean, 1 with errors, 2 on usage errors.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use evidence_bot::knowledge::{self, error_count};

pub fn run(dir: Option<&Path>) -> anyhow::Result<ExitCode> {
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
    let mut out = std::io::stdout().lock();
    for d in &diags {
        writeln!(out, "{d}")?;
    }
    let errors = error_count(&diags);
    let warnings = diags.len() - errors;
    let plural = |n: usize| if n == 1 { "" } else { "s" };
    writeln!(
        out,
        "{}: {errors} error{}, {warnings} warning{}; {} records, {} topics and {} outcome domains loaded",
        target.map_or("built-in knowledge".to_string(), |d| d.display().to_string()),
        plural(errors),
        plural(warnings),
        k.records.len(),
        k.topics.len(),
        k.outcomes.len()
    )?;
    Ok(if errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
