//! Copying to the clipboard from Rust, so the webview needs no clipboard permission.
//!
//! Plain text (a label, the report) is written as is. Secrets are written with the clipboard
//! plugin's `write_secret` (asks clipboard managers to keep it out of their history) and
//! cleared after 30 seconds unless the clipboard has changed since.

use crate::state::{lock, AppState};
use okx_key_core::{t, Problem, ProblemKind, Secret};
use sha2::{Digest, Sha256};
use std::time::Duration;
use tauri::{AppHandle, Manager};
use tauri_plugin_clipboard_manager::ClipboardExt;

pub const SECRET_CLEAR_AFTER: Duration = Duration::from_secs(30);

fn clipboard_problem() -> Problem {
    Problem::from_text(ProblemKind::Internal, t!("app-clipboard-failed"))
}

pub fn write_text(app: &AppHandle, text: &str) -> Result<(), Problem> {
    app.clipboard()
        .write_text(text.to_owned())
        .map_err(|_| clipboard_problem())
}

/// Writes a secret, then clears it after 30 s unless something else was copied meanwhile.
pub fn write_secret(app: &AppHandle, state: &AppState, secret: &Secret) -> Result<(), Problem> {
    app.clipboard()
        .write_secret(secret.expose().to_owned())
        .map_err(|_| clipboard_problem())?;
    let fingerprint: [u8; 32] = Sha256::digest(secret.expose().as_bytes()).into();
    let generation = {
        let mut g = lock(&state.clipboard_generation);
        *g += 1;
        *g
    };
    let app = app.clone();
    std::thread::spawn(move || {
        std::thread::sleep(SECRET_CLEAR_AFTER);
        let state = app.state::<AppState>();
        if *lock(&state.clipboard_generation) != generation {
            return;
        }
        let unchanged = app
            .clipboard()
            .read_text()
            .map(|now| {
                let now = Secret::new(now);
                let h: [u8; 32] = Sha256::digest(now.expose().as_bytes()).into();
                h == fingerprint
            })
            .unwrap_or(false);
        if unchanged {
            let _ = app.clipboard().clear();
            tracing::info!("cleared a copied secret from the clipboard");
        }
    });
    Ok(())
}

/// Copies the key's label (not a secret) for pasting into OKX's name field.
#[tauri::command]
pub fn copy_label(app: AppHandle, label: String) -> Result<(), Problem> {
    let label: String = label.chars().filter(|c| !c.is_control()).take(50).collect();
    write_text(&app, &label)
}
