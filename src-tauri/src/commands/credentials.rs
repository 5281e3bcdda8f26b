//! Step 9: check what the user pasted, split a multi-line paste, and keep the result in Rust.

use crate::state::{lock, AppState};
use okx_key_core::catalog::Text;
use okx_key_core::credentials::{
    check_paste_size, check_pasted_size, paste, split_paste, PasteCheck, PastedCredentials,
};
use okx_key_core::Problem;
use serde::Serialize;
use tauri::State;

/// The one check behind both commands (the core's [`paste::check`], with Step 5's passphrase
/// held here): the credentials stay in Rust, the window gets what it shows.
fn check(state: &AppState, pasted: &PastedCredentials, label: Option<&str>) -> PasteCheck {
    let step5 = lock(&state.passphrase).clone();
    let checked = paste::check(pasted, label, step5.as_ref());
    state.new_credentials(checked.credentials, checked.trimmed);
    tracing::info!(
        ok = checked.shown.ok,
        messages = checked.shown.messages.len(),
        from_step5 = checked.from_step5,
        "checked pasted credentials"
    );
    checked.shown
}

/// Cleans and checks the three values. When they pass, the secret-holding credentials stay in
/// Rust for the test and the save; the window gets the findings and the cleaned API key, never
/// the secret key or the passphrase (its secret fields keep what was typed). Over the paste
/// limit (64 KiB, the CLI's too) nothing is checked or kept.
#[tauri::command]
pub fn check_credentials(
    state: State<'_, AppState>,
    pasted: PastedCredentials,
    label: Option<String>,
) -> Result<PasteCheck, Problem> {
    // `PastedCredentials` wipes itself when dropped, refused or not.
    check_pasted_size(&pasted)?;
    Ok(check(&state, &pasted, label.as_deref()))
}

/// A paste the window is about to put into a field, by its size alone (the text stays in the
/// window): the problem to show instead when it is over the paste limit. The window learns the
/// limit from its boot data and asks only then, so the field is left as it was.
#[tauri::command]
pub fn paste_too_large(bytes: usize) -> Result<(), Problem> {
    check_paste_size(bytes)
}

/// What a multi-line paste gave: the values it found, for the fields it filled (the pieces of
/// the text the window just pasted, as they were in it), its notes, and the check of the result.
#[derive(Serialize)]
pub struct SplitChecked {
    pub filled: usize,
    pub fields: SplitFields,
    pub notes: Vec<Text>,
    pub check: PasteCheck,
}

/// The pieces of a multi-line paste, by field (`None`: the field keeps what it had).
/// Wiped on drop.
#[derive(Serialize)]
pub struct SplitFields {
    pub api_key: Option<String>,
    pub secret_key: Option<String>,
    pub passphrase: Option<String>,
}

impl Drop for SplitFields {
    fn drop(&mut self) {
        use zeroize::Zeroize;
        self.api_key.zeroize();
        self.secret_key.zeroize();
        self.passphrase.zeroize();
    }
}

/// Splits a multi-line paste (a password-manager note, three lines, JSON) over the fields'
/// current values and checks the result at once. None when nothing could be found in it.
#[tauri::command]
pub fn split_pasted_text(
    state: State<'_, AppState>,
    text: String,
    current: PastedCredentials,
    label: Option<String>,
) -> Result<Option<SplitChecked>, Problem> {
    let text = zeroize::Zeroizing::new(text);
    check_paste_size(text.len())?;
    let Some(split) = split_paste(&text) else {
        return Ok(None);
    };
    let pick = |found: &Option<String>, had: &str| found.clone().unwrap_or_else(|| had.to_owned());
    let merged = PastedCredentials::new(
        pick(&split.api_key, &current.api_key),
        pick(&split.secret_key, &current.secret_key),
        pick(&split.passphrase, &current.passphrase),
    );
    let fields = SplitFields {
        api_key: split.api_key.clone(),
        secret_key: split.secret_key.clone(),
        passphrase: split.passphrase.clone(),
    };
    let filled = [&fields.api_key, &fields.secret_key, &fields.passphrase]
        .iter()
        .filter(|f| f.is_some())
        .count();
    Ok(Some(SplitChecked {
        filled,
        notes: split.notes.clone(),
        check: check(&state, &merged, label.as_deref()),
        fields,
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
        let shown = paste::check(&pasted, None, None).shown;
        let json = serde_json::to_value(&shown).unwrap();
        let keys: std::collections::BTreeSet<&str> = json.as_object().unwrap().keys().map(String::as_str).collect();
        let keys: Vec<&str> = keys.into_iter().collect();
        assert_eq!(
            keys,
            [
                "api_key",
                "api_key_redacted",
                "changed",
                "messages",
                "ok",
                "swap",
                "trimmed"
            ]
        );
    }
}
