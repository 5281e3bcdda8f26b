//! The window's language: the menu's choices, and switching (the words come back at once, so
//! the window redraws the current step in place, keeping what was typed).

use crate::state::AppState;
use okx_key_core::catalog::{self, locale, Locale, Surface};
use okx_key_core::progress::Progress;
use okx_key_core::{t, Problem, ProblemKind};
use tauri::State;

/// Everything of the boot data that is words: the window swaps these in when the language changes.
pub fn words_for_window(lang: &str) -> serde_json::Value {
    serde_json::json!({
        "lang": lang,
        "dir": if catalog::is_rtl(lang) { "rtl" } else { "ltr" },
        "strings": catalog::window::strings(lang),
        "languages": catalog::languages::available(),
        "sites": okx_key_core::okx::SITES,
        "golden_rules": okx_key_core::report::GOLDEN_RULES,
        "choices": crate::commands::bots::choices_for_window(),
    })
}

/// The language the window starts in: `--lang`, else the saved choice, else the system's, else
/// English.
pub fn starting_language(progress: &Progress) -> &'static str {
    okx_key_core::app::launch_args::requested_language()
        .and_then(catalog::negotiate)
        .or_else(|| progress.language.as_deref().and_then(catalog::negotiate))
        .or_else(|| sys_locale::get_locale().as_deref().and_then(catalog::negotiate))
        .unwrap_or(catalog::ENGLISH)
}

/// Switches the window (and everything it is told from now on) to `code`, remembers it with
/// the progress, and returns the new words.
#[tauri::command]
pub fn set_language(state: State<'_, AppState>, code: String) -> Result<serde_json::Value, Problem> {
    let Some(lang) = catalog::negotiate(&code) else {
        return Err(Problem::from_text(
            ProblemKind::InvalidSetting,
            t!("app-language-unknown", code = code),
        ));
    };
    locale::set(Locale::new(lang, Surface::Window));
    let mut progress = Progress::load(&state.data_dir);
    progress.language = Some(lang.to_string());
    progress.save(&state.data_dir)?;
    tracing::info!(lang, "language changed");
    Ok(words_for_window(lang))
}
