//! "Connect your bot": the recipe for one saved key and one kind of bot (made by the core,
//! `okx_key_core::recipes`, its words in the current language), and copying a recipe's value or
//! code block as plain text. Secrets never take this path: `copy_text` refuses anything that
//! looks like one, and the key's three values are copied by `copy_saved_credential` instead.

// Every command returns the whole `Problem` the window shows (the project's contract).
#![allow(clippy::result_large_err)]

use crate::commands::clipboard;
use crate::state::{lock, AppState};
use okx_key_core::keychain::validate_label;
use okx_key_core::recipes::{self, BotKind, Recipe};
use okx_key_core::{t, Problem, ProblemKind, Site};
use tauri::{AppHandle, State};

/// The recipe for connecting the key saved as `label` (of `site`, Demo Trading or live) to a bot
/// of `kind`. It holds no secret.
#[tauri::command]
pub fn bot_recipe(kind: BotKind, label: String, site: Site, demo: bool) -> Result<Recipe, Problem> {
    let label = validate_label(&label)?;
    Ok(recipes::recipe(kind, site, demo, &label))
}

/// Copies a recipe's value or code block as plain text; refuses anything that looks like a
/// secret (the shapes of a key, or a value the app holds in memory as a secret).
#[tauri::command]
pub fn copy_text(app: AppHandle, state: State<'_, AppState>, text: String) -> Result<(), Problem> {
    // One lock at a time: the pasted credentials, then Step 5's passphrase.
    let safe = {
        let creds = lock(&state.credentials);
        let held: Vec<&str> = creds
            .as_ref()
            .map(|c| vec![c.api_key.expose(), c.secret_key.expose(), c.passphrase.expose()])
            .unwrap_or_default();
        recipes::copy::safe_to_copy(&text, &held)
    } && {
        let made = lock(&state.passphrase);
        let held: Vec<&str> = made.as_ref().map(|p| vec![p.expose()]).unwrap_or_default();
        recipes::copy::safe_to_copy(&text, &held)
    };
    if !safe {
        tracing::warn!("refused to copy a text that looks like a secret as plain text");
        return Err(Problem::from_text(ProblemKind::MalformedInput, t!("bot-copy-refused")));
    }
    clipboard::write_text(&app, &text)
}
