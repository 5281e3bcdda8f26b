//! Facts about the app for the About box and the README's "where logs go".

use crate::state::AppState;
use okx_key_core::catalog::Text;
use serde::Serialize;
use std::path::Path;
use tauri::State;

/// What the About box shows (`src-ui/steps/after.js`): nothing more is sent.
#[derive(Serialize)]
pub struct AppInfo {
    version: &'static str,
    log_dir: String,
    /// The EFF word list's attribution (CC BY 3.0 US), in the window's language.
    wordlist_attribution: Text,
}

impl AppInfo {
    fn new(log_dir: &Path) -> AppInfo {
        AppInfo {
            version: env!("CARGO_PKG_VERSION"),
            log_dir: log_dir.display().to_string(),
            wordlist_attribution: okx_key_core::passphrase::attribution(),
        }
    }
}

#[tauri::command]
pub fn app_info(state: State<'_, AppState>) -> AppInfo {
    AppInfo::new(&state.log_dir)
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

/// The steps more than one step before the passphrase step (s5), and no step at all: on these
/// zxcvbn is not warmed up yet (on s4, s5 and later it is).
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

#[cfg(test)]
mod tests {
    use super::*;
    use okx_key_core::catalog::{locale, Locale, Surface};

    /// The About box gets what it shows, in the window's language, and nothing else.
    #[test]
    fn app_info_sends_what_the_about_box_shows_in_its_language() {
        let json = |lang: &str| {
            locale::scoped(Locale::new(lang, Surface::Window), || {
                serde_json::to_value(AppInfo::new(Path::new("/logs"))).unwrap()
            })
        };
        let (en, ru) = (json("en"), json("ru"));
        let keys: std::collections::BTreeSet<&str> = en.as_object().unwrap().keys().map(String::as_str).collect();
        let keys: Vec<&str> = keys.into_iter().collect();
        assert_eq!(keys, ["log_dir", "version", "wordlist_attribution"]);
        assert!(en["wordlist_attribution"]
            .as_str()
            .unwrap()
            .starts_with("Generated passphrases"));
        let ru = ru["wordlist_attribution"].as_str().unwrap();
        assert!(ru.contains("CC BY 3.0 US") && ru.starts_with("Генерируемые"), "{ru}");
    }
}
