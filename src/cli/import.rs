//! `import`: drafts of new records from a reference manager's export or from Crossref.

use std::path::Path;
use std::process::ExitCode;

use anyhow::Context as _;

use evidence_bot::knowledge::Record;
use evidence_bot::references;
use evidence_bot::references::import::{ImportFormat, Imported, Skipped};
use evidence_bot::snapshot::Snapshot;

use super::crossref;

/// `import`: drafts for the entries the knowledge lacks, never overwriting a file.
pub(super) fn from_file(
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
pub(super) fn from_dois(
    snap: &Snapshot,
    dois: &[String],
    output: &Path,
) -> anyhow::Result<ExitCode> {
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
