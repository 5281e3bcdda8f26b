//! Step 9: check what the user pasted, split a multi-line paste, and keep the result in Rust.

use crate::state::{lock, AppState};
use okx_key_core::catalog::Text;
use okx_key_core::credentials::{
    split_paste, validate, CleanedFields, Field, FieldMessage, PassphraseMatch, PastedCredentials, SplitPaste,
    Validation, ValidationContext,
};
use serde::Serialize;
use tauri::State;

/// What `check_credentials` gives the window: the check's [`Validation`], with `trimmed` as the
/// lines to show as they are ("API key: removed 1 trailing space"), in the window's language.
#[derive(Serialize)]
pub struct CheckedCredentials {
    pub ok: bool,
    pub cleaned: CleanedFields,
    pub trimmed: Vec<Text>,
    pub messages: Vec<FieldMessage>,
    pub swap_suggested: bool,
    pub swap: Option<[Field; 2]>,
    pub passphrase_match: Option<PassphraseMatch>,
}

impl From<Validation> for CheckedCredentials {
    fn from(v: Validation) -> Self {
        let trimmed = v.trimmed_sentences();
        // Every field named, so that a new one in Validation is not forgotten here.
        let Validation {
            ok,
            cleaned,
            trimmed: _,
            messages,
            swap_suggested,
            swap,
            passphrase_match,
        } = v;
        CheckedCredentials {
            ok,
            cleaned,
            trimmed,
            messages,
            swap_suggested,
            swap,
            passphrase_match,
        }
    }
}

/// Cleans and checks the three values. When they pass, the secret-holding credentials stay in
/// Rust for the test and the save; the window gets the cleaned values back for its fields.
#[tauri::command]
pub fn check_credentials(
    state: State<'_, AppState>,
    pasted: PastedCredentials,
    label: Option<String>,
) -> CheckedCredentials {
    let ctx = ValidationContext {
        label: label.filter(|l| !l.trim().is_empty()),
        expected_passphrase: lock(&state.passphrase).clone(),
        ..ValidationContext::default()
    };
    let result = validate(&pasted, &ctx);
    state.new_credentials(result.credentials(), result.trimmed.clone());
    tracing::info!(
        ok = result.ok,
        messages = result.messages.len(),
        "checked pasted credentials"
    );
    result.into()
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
