//! My keys: every saved key as last seen, and Test all (the core's `health`, the same work as
//! `okx-key-assistant check`), with each key's result sent to the window as it is known.
//!
//! Keychain reads can block (D-Bus, an unlock prompt), so listing runs off the UI thread; the
//! test reads each key on a blocking thread of its own (see `okx_key_core::health::check`).

// Every command returns the whole `Problem` the window shows (the project's contract).
#![allow(clippy::result_large_err)]

use crate::state::AppState;
use okx_key_core::bots::BotChoice;
use okx_key_core::health::{self, History, KeyCheck, KeyStatus};
use okx_key_core::keychain::index::Index;
use okx_key_core::keychain::{validate_label, Keychain};
use okx_key_core::{t, Problem};
use tauri::ipc::Channel;
use tauri::State;

/// A saved key as My keys shows it: its status and the bot and market it was saved for.
#[derive(serde::Serialize)]
pub struct KeyRow {
    #[serde(flatten)]
    status: KeyStatus,
    /// `{"bot", "market"}`, or null when none was chosen.
    bot: Option<BotChoice>,
}

/// The saved keys, each with what its latest test saw (no test is run).
#[tauri::command]
pub async fn my_keys(state: State<'_, AppState>) -> Result<Vec<KeyRow>, Problem> {
    let dir = state.data_dir.clone();
    tauri::async_runtime::spawn_blocking(move || {
        let saved = Keychain::system(dir.clone())?.list()?;
        let bots: Vec<(String, Option<BotChoice>)> = saved.iter().map(|k| (k.label.clone(), k.bot)).collect();
        let statuses = health::statuses(saved, &History::new(dir).load());
        Ok(statuses
            .into_iter()
            .map(|status| {
                let bot = bots.iter().find(|(l, _)| *l == status.label).and_then(|(_, b)| *b);
                KeyRow { status, bot }
            })
            .collect())
    })
    .await
    .unwrap_or_else(|_| Err(Problem::internal(t!("app-internal-keychain-task"))))
}

/// Tests the saved keys `labels` (all of them when empty) together; each result goes to
/// `on_key` as soon as it is known, and all come back in the order of the labels.
#[tauri::command]
pub async fn test_keys(
    state: State<'_, AppState>,
    labels: Vec<String>,
    on_key: Channel<KeyCheck>,
) -> Result<Vec<KeyCheck>, Problem> {
    let dir = state.data_dir.clone();
    let mut wanted = Vec::new();
    for l in &labels {
        let l = validate_label(l)?;
        if !wanted.contains(&l) {
            wanted.push(l);
        }
    }
    let keychain = Keychain::system(dir.clone())?;
    let (keychain, wanted) = if wanted.is_empty() {
        // Every saved key, index or not (one search of the keychain, no secret read).
        tauri::async_runtime::spawn_blocking(move || {
            let all = keychain.saved_labels();
            (keychain, all)
        })
        .await
        .map_err(|_| Problem::internal(t!("app-internal-keychain-task")))?
    } else {
        (keychain, wanted)
    };
    let saved = Index::new(dir).load();
    tracing::info!(keys = wanted.len(), "testing saved keys");
    let results = health::check_keys(keychain, &saved, &wanted, |_, check| {
        let _ = on_key.send(check.clone());
    })
    .await;
    for r in &results {
        tracing::info!(label = %r.label, health = ?r.health(), drift = r.drift.len(), "tested a saved key");
    }
    Ok(results)
}
