//! Records the Git commit for `--version`.

use std::process::Command;

fn main() {
    // A new commit changes the branch's ref file, not HEAD itself. Only files that exist are
    // named: cargo treats a missing one as changed, and would rebuild on every run.
    let mut git_files = vec![".git/HEAD".to_string(), ".git/packed-refs".to_string()];
    if let Ok(head) = std::fs::read_to_string(".git/HEAD") {
        if let Some(r) = head.trim().strip_prefix("ref: ") {
            git_files.push(format!(".git/{r}"));
        }
    }
    for f in git_files {
        if std::path::Path::new(&f).exists() {
            println!("cargo:rerun-if-changed={f}");
        }
    }
    let commit = Command::new("git")
        .args(["rev-parse", "--short=12", "HEAD"])
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_else(|| "unknown".into());
    println!("cargo:rustc-env=EVIDENCE_BOT_GIT_COMMIT={commit}");
}
