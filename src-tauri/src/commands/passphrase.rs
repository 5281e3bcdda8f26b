//! Step 5: score the passphrase as it is typed, check the confirmation, generate one, copy it.
//!
//! Scoring runs on a blocking worker, never on the UI thread. The passphrase the user settles
//! on stays in Rust (as a `Secret`) for Step 9, and is wiped on Clear, Start over or exit.

use crate::commands::clipboard;
use crate::state::{lock, AppState};
use okx_key_core::passphrase::{self, Assessment, Confirmation, PassphraseContext};
use okx_key_core::{t, Problem, ProblemKind, Secret};
use serde::Serialize;
use tauri::{AppHandle, State};
use zeroize::Zeroizing;

fn context(label: Option<String>, bot_name: Option<String>) -> PassphraseContext {
    PassphraseContext {
        label: label.filter(|s| !s.trim().is_empty()),
        bot_name: bot_name.filter(|s| !s.trim().is_empty()),
    }
}

#[derive(Serialize)]
pub struct PassphraseCheck {
    pub assessment: Assessment,
    pub confirmation: Confirmation,
    /// What the confirmation field should say.
    pub message: String,
    /// Every rule holds, the score is at least 3 and the confirmation matches.
    pub can_continue: bool,
}

/// Scores the passphrase (zxcvbn + OKX's rules) and compares the confirmation, off the UI
/// thread. When everything passes, the passphrase is kept for Step 9.
#[tauri::command]
pub async fn check_passphrase(
    state: State<'_, AppState>,
    passphrase: String,
    confirmation: String,
    label: Option<String>,
    bot_name: Option<String>,
) -> Result<PassphraseCheck, Problem> {
    let passphrase = Zeroizing::new(passphrase);
    let confirmation = Zeroizing::new(confirmation);
    let ctx = context(label, bot_name);
    let typed = passphrase.clone();
    let check = tauri::async_runtime::spawn_blocking(move || {
        let assessment = passphrase::assess(&typed, &ctx);
        let confirmation = passphrase::confirm(&typed, &confirmation);
        PassphraseCheck {
            can_continue: passphrase::can_continue(&assessment, confirmation),
            message: confirmation.message().to_string(),
            assessment,
            confirmation,
        }
    })
    .await
    .map_err(|_| Problem::internal(t!("app-internal-scoring-stopped")))?;
    if check.can_continue {
        *lock(&state.passphrase) = Some(Secret::new(passphrase.as_str()));
    }
    Ok(check)
}

/// Makes a new passphrase from the OS's secure random source; it always meets OKX's rules.
#[tauri::command]
pub async fn generate_passphrase(
    state: State<'_, AppState>,
    label: Option<String>,
    bot_name: Option<String>,
) -> Result<String, Problem> {
    let ctx = context(label, bot_name);
    let secret = tauri::async_runtime::spawn_blocking(move || passphrase::generate_for(&ctx))
        .await
        .map_err(|_| Problem::internal(t!("app-internal-generator-stopped")))?;
    let shown = secret.expose().to_owned();
    *lock(&state.passphrase) = Some(secret);
    Ok(shown)
}

/// Copies the kept passphrase with the clipboard's secret-safe write; cleared after 30 seconds.
#[tauri::command]
pub fn copy_passphrase(app: AppHandle, state: State<'_, AppState>) -> Result<(), Problem> {
    let kept = lock(&state.passphrase)
        .clone()
        .ok_or_else(|| Problem::from_text(ProblemKind::NotAllowed, t!("app-no-passphrase")))?;
    clipboard::write_secret(&app, &state, &kept)
}

/// Forgets the passphrase kept in memory.
#[tauri::command]
pub fn clear_passphrase(state: State<'_, AppState>) {
    lock(&state.passphrase).take();
}
