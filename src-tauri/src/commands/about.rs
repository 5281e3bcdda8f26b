//! Facts about the app for the About box and the README's "where logs go".

use crate::state::AppState;
use serde::Serialize;
use tauri::State;

#[derive(Serialize)]
pub struct AppInfo {
    version: &'static str,
    log_dir: String,
    data_dir: String,
    /// The EFF word list's attribution (CC BY 3.0 US), from the generator itself.
    wordlist_attribution: &'static str,
}

#[tauri::command]
pub fn app_info(state: State<'_, AppState>) -> AppInfo {
    AppInfo {
        version: env!("CARGO_PKG_VERSION"),
        log_dir: state.log_dir.display().to_string(),
        data_dir: state.data_dir.display().to_string(),
        wordlist_attribution: okx_key_core::passphrase::EFF_ATTRIBUTION,
    }
}

/// Called by the window once the first step is drawn: logs how long start-up took (the
/// benchmark reads this line) and returns it in milliseconds. zxcvbn's dictionaries (about
/// 4 MiB in memory) are not loaded here but when the guide comes near the passphrase step
/// (`warm_up_near_passphrase`): most launches (a later step, the saved keys) never score.
#[tauri::command]
pub fn ui_ready(state: State<'_, AppState>) -> u64 {
    let ms = crate::started().elapsed().as_millis() as u64;
    tracing::info!(start_ms = ms, "first step drawn");
    warm_up_near_passphrase(&okx_key_core::progress::Progress::load(&state.data_dir).current);
    ms
}

/// Steps from which the passphrase step (s5) is at most one step away, or past it.
const STEPS_BEFORE_SCORING: &[&str] = &["", "start", "rules", "s1", "s2", "s3"];

/// Loads zxcvbn's dictionaries on a background thread, once, when the step `current` is the
/// one before the passphrase step or later (called when the window starts and whenever the
/// progress is saved): on two cores the warm-up would otherwise compete with WebKit for the
/// first frame, and it costs memory that a launch on the first steps does not need yet.
pub(crate) fn warm_up_near_passphrase(current: &str) {
    static WARM_UP: std::sync::Once = std::sync::Once::new();
    if STEPS_BEFORE_SCORING.contains(&current) {
        return;
    }
    WARM_UP.call_once(|| {
        std::thread::spawn(okx_key_core::passphrase::warm_up);
    });
}
