//! What the window and the command line share about the app itself, kept once here so neither
//! borrows it from the other: its identifier and data folder, the two programs and how one hands
//! over to the other ([`programs`]), the log filter ([`log_filter`]) and the language and command
//! asked for on the command line ([`launch_args`]).

pub mod launch_args;
pub mod log_filter;
pub mod programs;

use crate::{t, Problem, ProblemKind};
use std::path::PathBuf;

/// The app's identifier in `tauri.conf.json`: the name of its data folder.
pub const APP_IDENTIFIER: &str = "app.okx-key-assistant.desktop";

/// The app's data folder, the same one the window uses: Tauri's `app_data_dir()`, which is the
/// platform data folder (`$XDG_DATA_HOME` or `~/.local/share` on Linux, `~/Library/Application
/// Support` on macOS, `%APPDATA%` on Windows) joined with the app's identifier. The keychain's
/// non-secret index of saved keys lives there.
pub fn data_dir() -> Result<PathBuf, Problem> {
    data_dir_in(dirs::data_dir())
}

fn data_dir_in(platform_data_dir: Option<PathBuf>) -> Result<PathBuf, Problem> {
    platform_data_dir
        .map(|d| d.join(APP_IDENTIFIER))
        .ok_or_else(|| Problem::from_text(ProblemKind::Storage, t!("cli-no-data-dir")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    #[test]
    fn data_dir_is_the_platform_data_dir_joined_with_the_identifier() {
        let d = data_dir_in(Some(PathBuf::from("/home/u/.local/share"))).unwrap();
        assert_eq!(d, Path::new("/home/u/.local/share/app.okx-key-assistant.desktop"));
        assert_eq!(data_dir_in(None).unwrap_err().kind, ProblemKind::Storage);
        if let Some(base) = dirs::data_dir() {
            assert_eq!(data_dir().unwrap(), base.join(APP_IDENTIFIER));
        }
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn on_linux_it_follows_xdg_data_home_like_tauri() {
        // dirs (which Tauri's app_data_dir uses) reads $XDG_DATA_HOME, else ~/.local/share.
        let expected = match std::env::var_os("XDG_DATA_HOME").filter(|v| Path::new(v).is_absolute()) {
            Some(x) => PathBuf::from(x),
            None => dirs::home_dir().unwrap().join(".local/share"),
        };
        assert_eq!(data_dir().unwrap(), expected.join(APP_IDENTIFIER));
    }

    #[test]
    fn identifier_matches_tauri_conf() {
        let conf: serde_json::Value =
            serde_json::from_str(include_str!("../../../../tauri.conf.json")).expect("tauri.conf.json is JSON");
        assert_eq!(conf["identifier"], APP_IDENTIFIER);
    }
}
