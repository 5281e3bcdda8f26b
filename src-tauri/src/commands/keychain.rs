//! Saving to the system keychain, the list of saved keys, delete, and "copy for my bot".
//!
//! Keychain calls can block (D-Bus, an unlock prompt), so they run off the UI thread.

use crate::commands::clipboard;
use crate::commands::connection::no_credentials;
use crate::state::{lock, AppState};
use okx_key_core::keychain::{Keychain, SavedKey};
use okx_key_core::outcome::SaveRecord;
use okx_key_core::{t, Field, Problem};
use std::path::PathBuf;
use tauri::{AppHandle, Manager, State};

async fn blocking<T: Send + 'static>(job: impl FnOnce() -> Result<T, Problem> + Send + 'static) -> Result<T, Problem> {
    tauri::async_runtime::spawn_blocking(job)
        .await
        .unwrap_or_else(|_| Err(Problem::internal(t!("app-internal-keychain-task"))))
}

fn keychain(dir: PathBuf) -> Result<Keychain, Problem> {
    Keychain::system(dir)
}

/// Saves the tested key under `label`. Refused unless the last test passed and the key cannot
/// withdraw. `replace` must be true to overwrite a key saved under the same label.
#[tauri::command]
pub async fn save_key(state: State<'_, AppState>, label: String, replace: bool) -> Result<SaveRecord, Problem> {
    let creds = lock(&state.credentials).clone().ok_or_else(no_credentials)?;
    let tested = lock(&state.verification).clone();
    let verification = okx_key_core::keychain::policy::may_save(tested.as_ref())?;
    let dir = state.data_dir.clone();
    let tested = verification.clone();
    let record = blocking(move || {
        let record = keychain(dir.clone())?.save_tested(&label, &creds, &tested, replace)?;
        okx_key_core::health::History::new(dir).remember_save(&label, &tested);
        Ok(record)
    })
    .await?;
    tracing::info!(replaced = record.replaced, "key saved to the keychain and read back");
    *lock(&state.saved) = Some(record.clone());
    Ok(record)
}

#[tauri::command]
pub async fn list_keys(state: State<'_, AppState>) -> Result<Vec<SavedKey>, Problem> {
    let dir = state.data_dir.clone();
    blocking(move || keychain(dir)?.list()).await
}

#[tauri::command]
pub async fn delete_key(state: State<'_, AppState>, label: String) -> Result<(), Problem> {
    let dir = state.data_dir.clone();
    blocking(move || {
        keychain(dir.clone())?.delete(&label)?;
        // Its history goes with it; a failure here leaves only old, non-secret entries behind.
        if let Err(p) = okx_key_core::health::History::new(dir).forget(label.trim()) {
            tracing::warn!(kind = p.kind.as_str(), "the key's history could not be forgotten");
        }
        Ok(())
    })
    .await?;
    tracing::info!("deleted a saved key");
    Ok(())
}

/// Copies one credential of a saved key for pasting into a bot (cleared after 30 seconds).
#[tauri::command]
pub async fn copy_saved_credential(app: AppHandle, label: String, field: Field) -> Result<(), Problem> {
    let dir = app.state::<AppState>().data_dir.clone();
    let stored = blocking(move || keychain(dir)?.read(&label)).await?;
    let value = match field {
        Field::ApiKey => &stored.credentials.api_key,
        Field::SecretKey => &stored.credentials.secret_key,
        Field::Passphrase => &stored.credentials.passphrase,
    };
    clipboard::write_secret(&app, &app.state::<AppState>(), value)
}
