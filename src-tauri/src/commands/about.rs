//! Facts about the app for the About box and the README's "where logs go".

use crate::state::AppState;
use serde::Serialize;
use tauri::State;

#[derive(Serialize)]
pub struct AppInfo {
    version: &'static str,
    log_dir: String,
    data_dir: String,
}

#[tauri::command]
pub fn app_info(state: State<'_, AppState>) -> AppInfo {
    AppInfo {
        version: env!("CARGO_PKG_VERSION"),
        log_dir: state.log_dir.display().to_string(),
        data_dir: state.data_dir.display().to_string(),
    }
}

/// Called by the window once the first step is drawn: logs how long start-up took (the
/// benchmark reads this line) and returns it in milliseconds.
#[tauri::command]
pub fn ui_ready() -> u64 {
    let ms = crate::started().elapsed().as_millis() as u64;
    tracing::info!(start_ms = ms, "first step drawn");
    ms
}
