//! The stepper's progress (never a secret): load at start, save on every move, start over.

use crate::state::AppState;
use okx_key_core::progress::Progress;
use okx_key_core::Problem;
use tauri::State;

#[tauri::command]
pub fn load_progress(state: State<'_, AppState>) -> Progress {
    Progress::load(&state.data_dir)
}

#[tauri::command]
pub fn save_progress(state: State<'_, AppState>, progress: Progress) -> Result<(), Problem> {
    super::about::warm_up_near_passphrase(&progress.current);
    progress.save(&state.data_dir)
}

/// Start over: forget the progress and wipe every secret held in memory. The language chosen
/// in the menu stays.
#[tauri::command]
pub fn reset_progress(state: State<'_, AppState>) -> Result<(), Problem> {
    state.forget_all();
    tracing::info!("started over");
    let language = Progress::load(&state.data_dir).language;
    Progress::reset(&state.data_dir)?;
    if language.is_some() {
        Progress {
            language,
            ..Progress::default()
        }
        .save(&state.data_dir)?;
    }
    Ok(())
}
