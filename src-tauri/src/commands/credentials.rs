//! Step 9: check what the user pasted, split a multi-line paste, and keep the result in Rust.

use crate::state::{lock, AppState};
use okx_key_core::credentials::{
    split_paste, validate, PastedCredentials, SplitPaste, Surface, Validation, ValidationContext,
};
use tauri::State;

/// Cleans and checks the three values. When they pass, the secret-holding credentials stay in
/// Rust for the test and the save; the window gets the cleaned values back for its fields.
#[tauri::command]
pub fn check_credentials(state: State<'_, AppState>, pasted: PastedCredentials, label: Option<String>) -> Validation {
    let ctx = ValidationContext {
        surface: Surface::Window,
        label: label.filter(|l| !l.trim().is_empty()),
        expected_passphrase: lock(&state.passphrase).clone(),
    };
    let result = validate(&pasted, &ctx);
    state.new_credentials(result.credentials(), result.trimmed.clone());
    tracing::info!(
        ok = result.ok,
        messages = result.messages.len(),
        "checked pasted credentials"
    );
    result
}

/// Splits a multi-line paste (a password-manager note, three lines, JSON) into the three fields.
#[tauri::command]
pub fn split_pasted_text(text: String) -> Option<SplitPaste> {
    let text = zeroize::Zeroizing::new(text);
    split_paste(&text)
}

/// The passphrase made in Step 5, to pre-fill Step 9's field (None when there is none).
#[tauri::command]
pub fn step5_passphrase(state: State<'_, AppState>) -> Option<String> {
    lock(&state.passphrase).as_ref().map(|s| s.expose().to_owned())
}

/// Forgets the pasted credentials and anything made from them.
#[tauri::command]
pub fn clear_credentials(state: State<'_, AppState>) {
    state.new_credentials(None, Vec::new());
    tracing::info!("cleared pasted credentials");
}
