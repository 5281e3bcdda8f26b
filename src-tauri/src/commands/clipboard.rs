//! Copying to the clipboard from Rust, so the webview needs no clipboard permission.
//!
//! Plain text (a label, the report) is written as is. Secrets are written with the clipboard
//! plugin's `write_secret` (asks clipboard managers to keep it out of their history) and
//! cleared after 30 seconds unless the clipboard has changed since. Quitting sooner clears it
//! too (`clear_on_exit`, from the app's exit event): on Windows, macOS and Wayland the clipboard
//! outlives the app, and on X11 a clipboard manager may take it over when the app ends.

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
    *lock(&state.clipboard_secret) = Some(fingerprint);
    let app = app.clone();
    std::thread::spawn(move || {
        std::thread::sleep(SECRET_CLEAR_AFTER);
        let state = app.state::<AppState>();
        if *lock(&state.clipboard_generation) != generation {
            return;
        }
        lock(&state.clipboard_secret).take();
        if still_there(
            Some(&fingerprint),
            app.clipboard().read_text().ok().map(Secret::new).as_ref(),
        ) {
            let _ = app.clipboard().clear();
            tracing::info!("cleared a copied secret from the clipboard");
        }
    });
    Ok(())
}

/// Does the clipboard (`now`) still hold the secret last copied (`copied`, its SHA-256), so that
/// clearing it takes away only what the app put there and never what the user copied since?
fn still_there(copied: Option<&[u8; 32]>, now: Option<&Secret>) -> bool {
    match (copied, now) {
        (Some(copied), Some(now)) => {
            let h: [u8; 32] = Sha256::digest(now.expose().as_bytes()).into();
            h == *copied
        }
        _ => false,
    }
}

/// On quitting: clears the clipboard when it still holds a secret copied less than 30 s ago
/// (the timer that would have cleared it dies with the app).
pub fn clear_on_exit(app: &AppHandle) {
    let Some(state) = app.try_state::<AppState>() else {
        return;
    };
    let Some(copied) = lock(&state.clipboard_secret).take() else {
        return;
    };
    if still_there(
        Some(&copied),
        app.clipboard().read_text().ok().map(Secret::new).as_ref(),
    ) {
        let _ = app.clipboard().clear();
        tracing::info!("cleared a copied secret from the clipboard on exit");
    }
}

/// Copies the key's label (not a secret) for pasting into OKX's name field.
#[tauri::command]
pub fn copy_label(app: AppHandle, label: String) -> Result<(), Problem> {
    let label: String = label.chars().filter(|c| !c.is_control()).take(50).collect();
    write_text(&app, &label)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hash(s: &str) -> [u8; 32] {
        Sha256::digest(s.as_bytes()).into()
    }

    /// Quitting within 30 s of a secret copy clears the clipboard only when it still holds that
    /// secret: not when nothing secret was copied, nor when the user copied something else since.
    #[test]
    fn the_clipboard_is_cleared_only_while_it_holds_the_copied_secret() {
        let copied = hash("Tr@ding-Safe-99");
        assert!(still_there(
            Some(&copied),
            Some(&Secret::new(String::from("Tr@ding-Safe-99")))
        ));
        assert!(!still_there(
            Some(&copied),
            Some(&Secret::new(String::from("something else")))
        ));
        assert!(!still_there(Some(&copied), None));
        assert!(!still_there(None, Some(&Secret::new(String::from("Tr@ding-Safe-99")))));
    }
}
