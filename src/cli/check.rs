//! `evidence-bot check [DIR]`: every problem in a knowledge folder as `path:line:col: error|warning:
//! message`, then a summary. Exit 0 clean, 1 with errors, 2 on usage errors.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use evidence_bot::knowledge::{self, error_count};

pub fn run(dir: Option<&Path>, unused_listed: bool) -> anyhow::Result<ExitCode> {
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
    let counts = k.counts_by_concept();
    let unused: Vec<&str> = k
        .vocabulary
        .concepts()
        .iter()
        .zip(&counts)
        .filter(|(_, n)| **n == 0)
        .map(|(c, _)| c.id.as_str())
        .collect();
    if unused_listed {
        writeln!(out, "concepts no record is tagged with ({}):", unused.len())?;
        for id in &unused {
            writeln!(out, "  {id}")?;
        }
    }
    writeln!(
        out,
        "{}: {errors} error{}, {warnings} warning{}; {} records and {} concepts loaded ({} concepts no record is tagged with{})",
        target.map_or("built-in knowledge".to_string(), |d| d.display().to_string()),
        plural(errors),
        plural(warnings),
        k.records.len(),
        k.vocabulary.len(),
        unused.len(),
        if unused_listed { "" } else { ": --unused lists them" },
    )?;
    Ok(if errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
