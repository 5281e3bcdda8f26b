//! Turning the daily run on and off, and its status (`watch on|off|status`, My keys' switch).
//!
//! On: with a systemd user manager, the service and timer go to `~/.config/systemd/user/` with
//! the timer's `timers.target.wants` link (what `systemctl --user enable` makes), then the
//! manager reloads and starts the timer; without one, an XDG autostart entry goes to
//! `~/.config/autostart/`. What was written is recorded (`watch-installed.json` in the data
//! folder), so off removes exactly that. Linux only: there is no Windows or macOS scheduler.

use super::dedup::WatchState;
use super::units;
use crate::error::{Problem, ProblemKind};
use crate::t;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// The record of what `on` installed.
pub const RECORD_FILE: &str = "watch-installed.json";

/// How the daily run is started.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Via {
    /// A systemd user timer and service.
    Systemd,
    /// An XDG autostart entry (at each login).
    Autostart,
}

impl Via {
    pub fn parse(s: &str) -> Option<Via> {
        match s {
            "systemd" => Some(Via::Systemd),
            "autostart" => Some(Via::Autostart),
            _ => None,
        }
    }
}

/// What was installed, and when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Installed {
    pub via: Via,
    pub files: Vec<PathBuf>,
    pub installed_at: String,
}

/// The switch's state in plain facts: on or off, how, when it last ran and what it found.
#[derive(Debug, Clone, Serialize)]
pub struct Status {
    pub on: bool,
    pub via: Option<Via>,
    pub files: Vec<PathBuf>,
    pub last_run: Option<String>,
    pub last_checked: usize,
    pub last_found: usize,
}

/// The user's configuration folder: `$XDG_CONFIG_HOME`, else `~/.config`.
pub fn config_dir() -> Option<PathBuf> {
    std::env::var_os("XDG_CONFIG_HOME")
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".config")))
}

/// A systemd user manager runs for this user (its private socket is there).
pub fn systemd_user_running() -> bool {
    std::env::var_os("XDG_RUNTIME_DIR").is_some_and(|d| Path::new(&d).join("systemd/private").exists())
}

fn record_path(data_dir: &Path) -> PathBuf {
    data_dir.join(RECORD_FILE)
}

fn load_record(data_dir: &Path) -> Option<Installed> {
    let bytes = std::fs::read(record_path(data_dir)).ok()?;
    serde_json::from_slice(&bytes).ok()
}

fn storage(path: &Path, e: impl std::fmt::Display) -> Problem {
    Problem::new(
        ProblemKind::Storage,
        t!(
            "watch-error-write",
            path = path.display().to_string(),
            error = e.to_string()
        ),
        t!("watch-error-write.fix"),
    )
}

/// `systemctl --user ARGS`, quietly; whether it succeeded.
fn systemctl(args: &[&str]) -> bool {
    Command::new("systemctl")
        .arg("--user")
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// Turns the daily run on for `program` (the command line's path). `via`: forced, else systemd
/// when a user manager runs, else autostart. Already on: installed again the same way.
pub fn turn_on(data_dir: &Path, config: &Path, program: &Path, via: Option<Via>) -> Result<Installed, Problem> {
    if load_record(data_dir).is_some() {
        turn_off(data_dir)?;
    }
    let via = via.unwrap_or(if systemd_user_running() {
        Via::Systemd
    } else {
        Via::Autostart
    });
    let mut files: Vec<PathBuf> = Vec::new();
    let write = |path: &Path, text: &str, files: &mut Vec<PathBuf>| -> Result<(), Problem> {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| storage(dir, e))?;
        }
        std::fs::write(path, text).map_err(|e| storage(path, e))?;
        files.push(path.to_path_buf());
        Ok(())
    };
    match via {
        Via::Systemd => {
            let dir = config.join("systemd/user");
            write(&dir.join(units::SERVICE), &units::service(program), &mut files)?;
            write(&dir.join(units::TIMER), &units::timer(), &mut files)?;
            let wants = dir.join("timers.target.wants");
            std::fs::create_dir_all(&wants).map_err(|e| storage(&wants, e))?;
            let link = wants.join(units::TIMER);
            let _ = std::fs::remove_file(&link);
            #[cfg(unix)]
            std::os::unix::fs::symlink(Path::new("..").join(units::TIMER), &link).map_err(|e| storage(&link, e))?;
            files.push(link);
        }
        Via::Autostart => {
            write(
                &config.join("autostart").join(units::AUTOSTART),
                &units::autostart(program),
                &mut files,
            )?;
        }
    }
    let installed = Installed {
        via,
        files,
        installed_at: crate::iso_time::now(),
    };
    let text = serde_json::to_vec_pretty(&installed).map_err(|e| storage(&record_path(data_dir), e))?;
    crate::atomic_file::write(&record_path(data_dir), &text).map_err(|e| storage(&record_path(data_dir), e))?;
    if via == Via::Systemd && systemd_user_running() {
        let started = systemctl(&["daemon-reload"]) && systemctl(&["start", units::TIMER]);
        tracing::info!(started, "the daily key check's timer was installed");
    }
    Ok(installed)
}

/// Turns the daily run off: removes exactly the files `on` wrote. Returns them (empty: it was
/// off).
pub fn turn_off(data_dir: &Path) -> Result<Vec<PathBuf>, Problem> {
    let Some(installed) = load_record(data_dir) else {
        return Ok(Vec::new());
    };
    if installed.via == Via::Systemd && systemd_user_running() {
        systemctl(&["stop", units::TIMER]);
    }
    for f in &installed.files {
        match std::fs::remove_file(f) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(storage(f, e)),
        }
    }
    // The `timers.target.wants` folder goes too when the link was all it held.
    if let Some(wants) = installed
        .files
        .iter()
        .find_map(|f| f.parent().filter(|p| p.ends_with("timers.target.wants")))
    {
        let _ = std::fs::remove_dir(wants);
    }
    if installed.via == Via::Systemd && systemd_user_running() {
        systemctl(&["daemon-reload"]);
    }
    let path = record_path(data_dir);
    std::fs::remove_file(&path).map_err(|e| storage(&path, e))?;
    Ok(installed.files)
}

/// On or off, and what the last run found.
pub fn status(data_dir: &Path) -> Status {
    let installed = load_record(data_dir);
    let state = WatchState::load(data_dir);
    Status {
        on: installed
            .as_ref()
            .is_some_and(|i| i.files.iter().all(|f| f.symlink_metadata().is_ok())),
        via: installed.as_ref().map(|i| i.via),
        files: installed.map(|i| i.files).unwrap_or_default(),
        last_run: state.last_run,
        last_checked: state.last_checked,
        last_found: state.last_found,
    }
}

/// The switch's state in plain words, for `watch status` and My keys: on or off, when it last
/// ran and what it found.
/// When the watch last ran, for people: "2026-12-01 07:00" in this computer's time zone (the
/// stored value is ISO-8601 UTC; shown as it is when it cannot be read).
fn when_words(iso: &str) -> String {
    let fmt = time::macros::format_description!("[year]-[month]-[day] [hour]:[minute]");
    match crate::iso_time::parse(iso) {
        Some(t) => {
            let off = crate::report::local_offset_at(t).unwrap_or(time::UtcOffset::UTC);
            t.to_offset(off).format(&fmt).unwrap_or_else(|_| iso.to_owned())
        }
        None => iso.to_owned(),
    }
}

pub fn status_words(s: &Status) -> Vec<crate::catalog::Text> {
    let mut out = vec![if s.on {
        t!("watch-status-on")
    } else {
        t!("watch-status-off")
    }];
    match &s.last_run {
        Some(when) => {
            out.push(t!("watch-status-last-run", when = when_words(when)));
            out.push(t!("watch-status-found", checked = s.last_checked, found = s.last_found));
        }
        None => out.push(t!("watch-status-never-run")),
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_last_run_is_shown_as_a_date_and_time_not_iso() {
        let w = when_words("2026-12-01T06:00:00.000Z");
        assert!(
            w.starts_with("2026-12-0") && !w.contains('T') && !w.contains('Z'),
            "{w}"
        );
        assert_eq!(when_words("not a time"), "not a time");
    }

    #[test]
    fn on_writes_the_units_and_off_removes_exactly_them() {
        let data = tempfile::tempdir().unwrap();
        let config = tempfile::tempdir().unwrap();
        let other = config.path().join("systemd/user/someone-else.timer");
        std::fs::create_dir_all(other.parent().unwrap()).unwrap();
        std::fs::write(&other, "x").unwrap();
        let program = Path::new("/usr/bin/okx-key-assistant");
        let i = turn_on(data.path(), config.path(), program, Some(Via::Systemd)).unwrap();
        assert_eq!(i.files.len(), 3);
        let s = status(data.path());
        assert!(s.on && s.via == Some(Via::Systemd));
        let link = config
            .path()
            .join("systemd/user/timers.target.wants")
            .join(units::TIMER);
        assert_eq!(std::fs::read_link(&link).unwrap(), Path::new("..").join(units::TIMER));
        let removed = turn_off(data.path()).unwrap();
        assert_eq!(removed, i.files);
        assert!(other.exists() && !link.exists() && !link.parent().unwrap().exists());
        assert!(!status(data.path()).on);
        assert!(turn_off(data.path()).unwrap().is_empty());
        let a = turn_on(data.path(), config.path(), program, Some(Via::Autostart)).unwrap();
        assert_eq!(a.files, [config.path().join("autostart").join(units::AUTOSTART)]);
        turn_off(data.path()).unwrap();
        assert!(!a.files[0].exists());
    }
}
