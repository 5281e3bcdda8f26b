//! The confirmation report: built in Rust from the last test (and save), copied or saved as a file.

use crate::commands::clipboard;
use crate::state::{lock, AppState};
use okx_key_core::report::{render, Confirmations, ReportInput};
use okx_key_core::{Problem, ProblemKind};
use serde::Serialize;
use tauri::{AppHandle, State};
use tauri_plugin_dialog::DialogExt;

#[derive(Serialize)]
pub struct Report {
    pub text: String,
}

fn build(state: &AppState, confirmations: &Confirmations) -> Result<Report, Problem> {
    let verification = lock(&state.verification).clone().ok_or_else(|| {
        Problem::new(
            ProblemKind::NotAllowed,
            "There is no test result to report yet.",
            "Press “Test connection” in Step 10 first.",
        )
    })?;
    let saved = lock(&state.saved).clone();
    let text = render(&ReportInput::now(&verification, saved.as_ref(), confirmations));
    Ok(Report { text })
}

#[tauri::command]
pub fn build_report(state: State<'_, AppState>, confirmations: Confirmations) -> Result<Report, Problem> {
    build(&state, &confirmations)
}

/// Puts exactly the report on the clipboard, as plain text.
#[tauri::command]
pub fn copy_report(
    app: AppHandle,
    state: State<'_, AppState>,
    confirmations: Confirmations,
) -> Result<Report, Problem> {
    let report = build(&state, &confirmations)?;
    clipboard::write_text(&app, &report.text)?;
    Ok(report)
}

/// Asks where to save the report, then writes it. Returns the path, or None if cancelled.
#[tauri::command]
pub async fn save_report(
    app: AppHandle,
    state: State<'_, AppState>,
    confirmations: Confirmations,
) -> Result<Option<String>, Problem> {
    let report = build(&state, &confirmations)?;
    let picked = tauri::async_runtime::spawn_blocking(move || {
        app.dialog()
            .file()
            .set_title("Save the confirmation report")
            .set_file_name("okx-key-report.txt")
            .add_filter("Text", &["txt"])
            .blocking_save_file()
    })
    .await
    .map_err(|_| Problem::internal("the save dialog stopped unexpectedly"))?;
    let Some(path) = picked.and_then(|p| p.into_path().ok()) else {
        return Ok(None);
    };
    std::fs::write(&path, report.text.as_bytes()).map_err(|_| {
        Problem::new(
            ProblemKind::Storage,
            format!("The report could not be written to {}.", path.display()),
            "Choose another folder (one you can write to), or use Copy instead.",
        )
    })?;
    tracing::info!("report saved to a file");
    Ok(Some(path.display().to_string()))
}
