//! The salt of the log's hashes, kept in a file of its own beside the log.

use std::path::Path;

use anyhow::Context as _;

/// The salt of a log of schema 1 or later, from its own file (made private again if a copy
/// or a restore from backup widened it).
pub(super) fn read_salt(salt_file: &Path) -> anyhow::Result<Vec<u8>> {
    match std::fs::read(salt_file) {
        Ok(salt) => {
            #[cfg(unix)]
            {
                use std::os::unix::fs::PermissionsExt;
                std::fs::set_permissions(salt_file, std::fs::Permissions::from_mode(0o600))
                    .with_context(|| format!("making {} private", salt_file.display()))?;
            }
            Ok(salt)
        }
        // Lost: answers logged before cannot be matched again, which is harmless.
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => new_salt(salt_file),
        Err(e) => Err(e).with_context(|| format!("reading {}", salt_file.display())),
    }
}

/// Makes a new salt and writes it, private, to `salt_file`.
pub(super) fn new_salt(salt_file: &Path) -> anyhow::Result<Vec<u8>> {
    let salt: [u8; 32] = rand::random();
    crate::state::write_private(salt_file, &salt)
        .with_context(|| format!("writing the gap log's salt to {}", salt_file.display()))?;
    Ok(salt.to_vec())
}
