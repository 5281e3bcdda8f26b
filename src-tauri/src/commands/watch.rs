//! My keys' switch "Check my keys every day and tell me when one needs me" (issue 26): its state
//! in plain words, and turning it on or off — the core's `watch::install`, the same work as
//! `okx-key-assistant watch on|off|status`. Asking for the state is what My keys does when it
//! opens, so it also records that the user has seen My keys (the watch's repeat rule).

// Every command returns the whole `Problem` the window shows (the project's contract).
#![allow(clippy::result_large_err)]

use crate::state::AppState;
use okx_key_core::watch::install::{self, Status, Via};
use okx_key_core::watch::WatchState;
use okx_key_core::{t, Problem};
use std::path::{Path, PathBuf};
use tauri::State;

/// The switch as My keys shows it: its words come from the catalog.
#[derive(serde::Serialize)]
pub struct WatchView {
    on: bool,
    via: Option<Via>,
    /// The switch's label.
    label: String,
    /// "On." or "Off.", then when it last ran and what it found.
    state: Vec<String>,
}

fn view(s: &Status) -> WatchView {
    let mut state = vec![if s.on {
        t!("watch-switch-state-on")
    } else {
        t!("watch-switch-state-off")
    }
    .to_string()];
    // The first of the core's words is its own on/off line; the switch says that shorter.
    state.extend(install::status_words(s).iter().skip(1).map(ToString::to_string));
    WatchView {
        on: s.on,
        via: s.via,
        label: t!("watch-switch-label").to_string(),
        state,
    }
}

/// The command line the daily run starts: `okx-key-assistant` beside this program (both are
/// installed in one folder), else the packaged path.
fn cli_program() -> PathBuf {
    const NAME: &str = "okx-key-assistant";
    std::env::current_exe()
        .ok()
        .and_then(|me| me.parent().map(|d| d.join(NAME)))
        .filter(|p| p.is_file())
        .unwrap_or_else(|| Path::new("/usr/bin").join(NAME))
}

/// The switch's state; My keys asks when it opens, which counts as the user having seen it.
#[tauri::command]
pub async fn watch_status(state: State<'_, AppState>) -> Result<WatchView, Problem> {
    let dir = state.data_dir.clone();
    tauri::async_runtime::spawn_blocking(move || {
        if let Err(e) = WatchState::mark_my_keys_seen(&dir) {
            tracing::warn!(error = %e, "could not record that My keys was opened");
        }
        Ok(view(&install::status(&dir)))
    })
    .await
    .unwrap_or_else(|_| Err(Problem::internal(t!("watch-switch-stopped"))))
}

/// Turns the daily check on (systemd user timer, else autostart entry) or off (removes exactly
/// what was installed), and returns the new state.
#[tauri::command]
pub async fn watch_set(state: State<'_, AppState>, on: bool) -> Result<WatchView, Problem> {
    let dir = state.data_dir.clone();
    tauri::async_runtime::spawn_blocking(move || {
        if on {
            let config = install::config_dir()
                .ok_or_else(|| Problem::internal(t!("watch-error-write", path = "~/.config", error = "HOME")))?;
            install::turn_on(&dir, &config, &cli_program(), None)?;
        } else {
            install::turn_off(&dir)?;
        }
        tracing::info!(on, "the daily key check was switched");
        Ok(view(&install::status(&dir)))
    })
    .await
    .unwrap_or_else(|_| Err(Problem::internal(t!("watch-switch-stopped"))))
}
