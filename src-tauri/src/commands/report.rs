//! The confirmation report: built in Rust from the last test (and save), copied or saved as a file.

use crate::commands::clipboard;
use crate::state::{lock, AppState};
use okx_key_core::report::{render, Confirmations, ReportInput};
use okx_key_core::{t, Problem, ProblemKind};
use serde::Serialize;
use tauri::{AppHandle, State};
use tauri_plugin_dialog::DialogExt;

#[derive(Serialize)]
pub struct Report {
    pub text: String,
}

fn build(state: &AppState, confirmations: &Confirmations) -> Result<Report, Problem> {
    build_in(state, confirmations, false)
}

/// The report in the window's language, or in English (for a support desk or a bot platform).
fn build_in(state: &AppState, confirmations: &Confirmations, english: bool) -> Result<Report, Problem> {
    if english {
        let locale = okx_key_core::catalog::Locale::english();
        return okx_key_core::catalog::locale::scoped(locale, || build_in(state, confirmations, false));
    }
    let verification = lock(&state.verification)
        .clone()
        .ok_or_else(|| Problem::from_text(ProblemKind::NotAllowed, t!("app-no-test-result")))?;
    let saved = lock(&state.saved).clone();
    let text = render(&ReportInput::now(&verification, saved.as_ref(), confirmations));
    Ok(Report { text })
}

#[tauri::command]
pub fn build_report(state: State<'_, AppState>, confirmations: Confirmations) -> Result<Report, Problem> {
    build(&state, &confirmations)
}

/// Puts exactly the report on the clipboard, as plain text; `english`: in English whatever the
/// window's language ("Copy in English").
#[tauri::command]
pub fn copy_report(
    app: AppHandle,
    state: State<'_, AppState>,
    confirmations: Confirmations,
    english: Option<bool>,
) -> Result<Report, Problem> {
    let report = build_in(&state, &confirmations, english.unwrap_or(false))?;
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
    let (title, filter) = (
        t!("app-report-dialog-title").to_string(),
        t!("app-report-dialog-filter").to_string(),
    );
    let picked = tauri::async_runtime::spawn_blocking(move || {
        app.dialog()
            .file()
            .set_title(title)
            .set_file_name("okx-key-report.txt")
            .add_filter(filter, &["txt"])
            .blocking_save_file()
    })
    .await
    .map_err(|_| Problem::internal(t!("app-internal-dialog-stopped")))?;
    let Some(path) = picked.and_then(|p| p.into_path().ok()) else {
        return Ok(None);
    };
    std::fs::write(&path, report.text.as_bytes()).map_err(|_| {
        Problem::from_text(
            ProblemKind::Storage,
            t!("app-report-not-written", path = path.display().to_string()),
        )
    })?;
    tracing::info!("report saved to a file");
    Ok(Some(path.display().to_string()))
}
