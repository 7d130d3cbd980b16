//! The bot's device across restarts: the state folder, the encryption store's passphrase, and
//! logging in once, then restoring the same session on every later start (never logging out).

use std::path::Path;

use anyhow::Context as _;
use matrix_sdk::authentication::matrix::MatrixSession;
use matrix_sdk::Client;
use tracing::info;

use crate::ops::config::Config;
use crate::state::write_private;

/// Creates the state folder (mode 0700) or checks the existing one.
pub fn prepare_state_dir(dir: &Path) -> anyhow::Result<()> {
    if dir.exists() && !dir.is_dir() {
        anyhow::bail!("state_dir {} exists but is not a folder", dir.display());
    }
    std::fs::create_dir_all(dir)
        .with_context(|| format!("cannot create state_dir {}", dir.display()))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))
            .with_context(|| format!("cannot set permissions on state_dir {}", dir.display()))?;
    }
    let probe = dir.join(".write-test");
    std::fs::write(&probe, b"")
        .with_context(|| format!("state_dir {} is not writable", dir.display()))?;
    let _ = std::fs::remove_file(probe);
    Ok(())
}

/// The encryption store's passphrase: the configured file, else one generated once and kept in
/// `state_dir/store-passphrase` (mode 0600).
pub fn store_passphrase(config: &Config) -> anyhow::Result<String> {
    if let Some(f) = &config.matrix.store_passphrase_file {
        let text = std::fs::read_to_string(f)
            .with_context(|| format!("reading store_passphrase_file {}", f.display()))?;
        return Ok(text.trim().to_string());
    }
    let path = config.matrix.state_dir.join("store-passphrase");
    match std::fs::read_to_string(&path) {
        Ok(text) if !text.trim().is_empty() => Ok(text.trim().to_string()),
        Ok(_) => anyhow::bail!(
            "{} is empty; restore it from a backup (the encryption store cannot be opened without it)",
            path.display()
        ),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            if path.with_file_name("store").exists() {
                anyhow::bail!(
                    "{} is missing but an encryption store exists; restore the passphrase file from a backup, or remove state_dir to start as a new device",
                    path.display()
                );
            }
            let bytes: [u8; 32] = rand::random();
            let pass: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
            write_private(&path, pass.as_bytes())?;
            Ok(pass)
        }
        Err(e) => Err(e).with_context(|| {
            format!(
                "cannot read {}; check that it is a file the bot's user may read",
                path.display()
            )
        }),
    }
}

/// Restores the saved session, or logs in with the password and saves the session.
pub async fn login_or_restore(
    client: &Client,
    config: &Config,
    state_dir: &Path,
) -> anyhow::Result<()> {
    let path = state_dir.join("session.json");
    match std::fs::read_to_string(&path) {
        Ok(text) => {
            let session: MatrixSession = serde_json::from_str(&text).with_context(|| {
                format!(
                    "{} is corrupt; restore it from a backup, or remove it (and the store) to log in as a new device",
                    path.display()
                )
            })?;
            if session.meta.user_id.as_str() != config.matrix.user_id {
                anyhow::bail!(
                    "{} belongs to {}, but the config says {}; use another state_dir for another account",
                    path.display(),
                    session.meta.user_id,
                    config.matrix.user_id
                );
            }
            client
                .restore_session(session)
                .await
                .context("restoring the saved session")?;
            info!("restored the saved session");
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            let password = config.password()?;
            client
                .matrix_auth()
                .login_username(&config.matrix.user_id, &password)
                .initial_device_display_name(&config.matrix.device_name)
                .await
                .map_err(|e| {
                    anyhow::anyhow!(
                        "logging in as {} failed: {e} (check the password)",
                        config.matrix.user_id
                    )
                })?;
            let session = client
                .matrix_auth()
                .session()
                .context("no session after login")?;
            write_private(&path, &serde_json::to_vec(&session)?)?;
            info!("logged in and saved the session");
        }
        Err(e) => {
            return Err(e).with_context(|| {
                format!(
                    "cannot read {}; check that it is a file the bot's user may read",
                    path.display()
                )
            })
        }
    }
    Ok(())
}
