//! Rebuilds when the bundled knowledge changes: include_dir cannot tell cargo itself.

fn main() {
    let root = std::path::Path::new("../../knowledge");
    println!("cargo:rerun-if-changed={}", root.display());
    // Every folder, so that an added or removed file also triggers a rebuild.
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        if let Ok(entries) = std::fs::read_dir(&dir) {
            for e in entries.flatten() {
                let p = e.path();
                println!("cargo:rerun-if-changed={}", p.display());
                if p.is_dir() {
                    stack.push(p);
                }
            }
        }
    }
}
