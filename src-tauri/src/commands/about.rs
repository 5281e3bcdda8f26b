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
/// benchmark reads this line) and returns it in milliseconds. Only then does zxcvbn load its
/// dictionaries, on a background thread: the passphrase step is several steps away, and on two
/// cores the warm-up would otherwise compete with WebKit for the first frame.
#[tauri::command]
pub fn ui_ready() -> u64 {
    static WARM_UP: std::sync::Once = std::sync::Once::new();
    let ms = crate::started().elapsed().as_millis() as u64;
    tracing::info!(start_ms = ms, "first step drawn");
    WARM_UP.call_once(|| {
        std::thread::spawn(okx_key_core::passphrase::warm_up);
    });
    ms
}
