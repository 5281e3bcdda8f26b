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
