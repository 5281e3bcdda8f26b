//! Step 9: check what the user pasted, split a multi-line paste, and keep the result in Rust.

use crate::state::{lock, AppState};
use okx_key_core::catalog::Text;
use okx_key_core::credentials::{
    check_paste_size, check_pasted_size, split_paste, validate, CleanedFields, Field, FieldMessage, PastedCredentials,
    Validation, ValidationContext,
};
use okx_key_core::{Problem, Secret};
use serde::Serialize;
use tauri::State;
use zeroize::Zeroize;

/// What `check_credentials` gives the window: the check's [`Validation`], with `trimmed` as the
/// lines to show as they are ("API key: removed 1 trailing space"), in the window's language.
#[derive(Serialize)]
pub struct CheckedCredentials {
    pub ok: bool,
    pub cleaned: CleanedFields,
    pub trimmed: Vec<Text>,
    pub messages: Vec<FieldMessage>,
    pub swap: Option<[Field; 2]>,
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
            swap,
        } = v;
        CheckedCredentials {
            ok,
            cleaned,
            trimmed,
            messages,
            swap,
        }
    }
}

/// The one check behind both commands: with `use_step5` and an empty passphrase, the
/// passphrase made in Step 5 (held here) is used, and it is not sent back to the window.
fn check(
    state: &AppState,
    mut pasted: PastedCredentials,
    label: Option<String>,
    use_step5: bool,
) -> CheckedCredentials {
    let step5 = lock(&state.passphrase).clone();
    let from_step5 = use_step5 && pasted.passphrase.is_empty() && step5.is_some();
    if from_step5 {
        if let Some(p) = &step5 {
            pasted.passphrase = p.expose().to_owned();
        }
    }
    let ctx = ValidationContext {
        label: label.filter(|l| !l.trim().is_empty()),
        expected_passphrase: step5,
    };
    let result = validate(&pasted, &ctx);
    pasted.passphrase.zeroize();
    state.new_credentials(result.credentials(), result.trimmed.clone());
    tracing::info!(
        ok = result.ok,
        messages = result.messages.len(),
        from_step5,
        "checked pasted credentials"
    );
    let mut shown: CheckedCredentials = result.into();
    if from_step5 {
        shown.cleaned.passphrase = Secret::new(String::new());
    }
    shown
}

/// Cleans and checks the three values. When they pass, the secret-holding credentials stay in
/// Rust for the test and the save; the window gets the cleaned values back for its fields
/// (except Step 5's passphrase, which never leaves Rust). Over the paste limit (64 KiB, the
/// CLI's too) nothing is checked or kept.
#[tauri::command]
pub fn check_credentials(
    state: State<'_, AppState>,
    pasted: PastedCredentials,
    label: Option<String>,
    use_step5: Option<bool>,
) -> Result<CheckedCredentials, Problem> {
    // `PastedCredentials` wipes itself when dropped, refused or not.
    check_pasted_size(&pasted)?;
    Ok(check(&state, pasted, label, use_step5.unwrap_or(false)))
}

/// A paste the window is about to put into a field, by its size alone (the text stays in the
/// window): the problem to show instead when it is over the paste limit. The window learns the
/// limit from its boot data and asks only then, so the field is left as it was.
#[tauri::command]
pub fn paste_too_large(bytes: usize) -> Result<(), Problem> {
    check_paste_size(bytes)
}

/// What a multi-line paste gave: how many fields it filled, its notes, and the check of the
/// result (whose cleaned values fill the fields): one crossing in, one back.
#[derive(Serialize)]
pub struct SplitChecked {
    pub filled: usize,
    pub notes: Vec<Text>,
    pub check: CheckedCredentials,
}

/// Splits a multi-line paste (a password-manager note, three lines, JSON) over the fields'
/// current values and checks the result at once. None when nothing could be found in it.
#[tauri::command]
pub fn split_pasted_text(
    state: State<'_, AppState>,
    text: String,
    current: PastedCredentials,
    label: Option<String>,
    use_step5: Option<bool>,
) -> Result<Option<SplitChecked>, Problem> {
    let text = zeroize::Zeroizing::new(text);
    check_paste_size(text.len())?;
    let Some(split) = split_paste(&text) else {
        return Ok(None);
    };
    let mut merged = current;
    let mut filled = 0;
    for (found, field) in [
        (&split.api_key, &mut merged.api_key),
        (&split.secret_key, &mut merged.secret_key),
        (&split.passphrase, &mut merged.passphrase),
    ] {
        if let Some(v) = found {
            field.zeroize();
            *field = v.clone();
            filled += 1;
        }
    }
    let notes = split.notes.clone();
    Ok(Some(SplitChecked {
        filled,
        notes,
        check: check(&state, merged, label, use_step5.unwrap_or(false)),
    }))
}

/// Whether Step 5 made a passphrase (kept in Rust), so Step 9 can use it without showing it.
#[tauri::command]
pub fn has_step5_passphrase(state: State<'_, AppState>) -> bool {
    lock(&state.passphrase).is_some()
}

/// Forgets the pasted credentials and anything made from them.
#[tauri::command]
pub fn clear_credentials(state: State<'_, AppState>) {
    state.new_credentials(None, Vec::new());
    tracing::info!("cleared pasted credentials");
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The window gets what `credentials.js` reads, and no field it does not.
    #[test]
    fn the_check_sends_only_what_the_window_reads() {
        let pasted = PastedCredentials::new("a", "b", "c");
        let shown: CheckedCredentials = validate(&pasted, &ValidationContext::default()).into();
        let json = serde_json::to_value(&shown).unwrap();
        let keys: std::collections::BTreeSet<&str> = json.as_object().unwrap().keys().map(String::as_str).collect();
        let keys: Vec<&str> = keys.into_iter().collect();
        assert_eq!(keys, ["cleaned", "messages", "ok", "swap", "trimmed"]);
    }
}
