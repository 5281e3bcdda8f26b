//! The stepper's progress: which screen the user is on and what they ticked. Never a secret.
//!
//! Saved as `progress.json` in the app's data folder so a restart resumes where the user left
//! off. Only a closed set of non-secret fields exists here (the type has no room for a key, a
//! secret or a passphrase), and everything read back is checked, so a hand-edited or corrupt
//! file just starts the guide over.

use crate::error::{Problem, ProblemKind, Result};
use crate::okx::Site;
use crate::t;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The file name inside the app's data folder.
pub const FILE_NAME: &str = "progress.json";
const MAX_ID: usize = 40;
const MAX_TEXT: usize = 80;

/// The guide's tasks, the only screens its progress counts: Steps 1 to 10. "Before you start",
/// the golden rules and the pages after Step 10 (check, troubleshooting, delete, reference) are
/// read, not done, so the window's one progress figure ("3 of 10 steps done") leaves them out.
pub const TASKS: [&str; 10] = ["s1", "s2", "s3", "s4", "s5", "s6", "s7", "s8", "s9", "s10"];

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Progress {
    /// The screen shown last (a step id such as "s4").
    pub current: String,
    /// Screens the user has finished.
    pub done: Vec<String>,
    /// The golden rules were acknowledged (the gate before Step 1).
    pub rules_acknowledged: bool,
    /// Where the user logs in (Step 1).
    pub site: Option<Site>,
    /// Demo Trading key instead of a live one.
    pub demo: bool,
    /// The bot this key is for (Step 4).
    pub bot_name: String,
    /// The key's label on OKX (Step 4).
    pub label: String,
    /// The saved label whose key is being replaced (My keys' Replace), or empty.
    pub replacing: String,
    /// That key's redacted API key (first and last four characters), to find it on OKX.
    pub replacing_key: String,
    /// Checklist ticks by id ("prereq_2fa", "verify_last_used", ...).
    pub ticks: BTreeMap<String, bool>,
    /// The window's language chosen in its menu (a catalog code such as "ru"); none: the system's.
    pub language: Option<String>,
    /// Step 10's "What will this key run?": the bot and market the key is tested for (an
    /// unknown bot in a hand-edited file is dropped, not the whole progress).
    #[serde(deserialize_with = "bot_or_none")]
    pub bot: Option<crate::bots::BotChoice>,
}

fn bot_or_none<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> std::result::Result<Option<crate::bots::BotChoice>, D::Error> {
    let v = serde_json::Value::deserialize(d)?;
    Ok(serde_json::from_value(v).ok())
}

fn is_id(s: &str) -> bool {
    !s.is_empty() && s.len() <= MAX_ID && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
}

fn clip(s: &str) -> String {
    s.chars().filter(|c| !c.is_control()).take(MAX_TEXT).collect()
}

impl Progress {
    /// Drops anything malformed: unknown-looking ids, over-long text, control characters.
    pub fn sanitized(mut self) -> Progress {
        if !is_id(&self.current) {
            self.current = String::new();
        }
        self.done.retain(|d| is_id(d));
        self.done.sort();
        self.done.dedup();
        self.done.truncate(64);
        self.language = self
            .language
            .filter(|l| crate::catalog::negotiate(l) == Some(l.as_str()));
        self.bot_name = clip(&self.bot_name);
        self.label = clip(&self.label);
        self.replacing = clip(&self.replacing);
        self.replacing_key = clip(&self.replacing_key);
        self.ticks.retain(|k, _| is_id(k));
        while self.ticks.len() > 128 {
            let last = self.ticks.keys().next_back().cloned();
            match last {
                Some(k) => {
                    self.ticks.remove(&k);
                }
                None => break,
            }
        }
        self
    }

    /// How many of the guide's [`TASKS`] are done (other screens in `done` do not count).
    pub fn tasks_done(&self) -> usize {
        TASKS.iter().filter(|t| self.done.iter().any(|d| d == *t)).count()
    }

    pub fn path_in(dir: &Path) -> PathBuf {
        dir.join(FILE_NAME)
    }

    /// Loads progress; a missing or unreadable file gives a fresh start (never an error).
    pub fn load(dir: &Path) -> Progress {
        let path = Progress::path_in(dir);
        match std::fs::read(&path) {
            Ok(bytes) => match serde_json::from_slice::<Progress>(&bytes) {
                Ok(p) => p.sanitized(),
                Err(_) => {
                    tracing::warn!("progress file was unreadable; starting the guide over");
                    Progress::default()
                }
            },
            Err(_) => Progress::default(),
        }
    }

    /// Saves progress atomically (temporary file, then rename).
    pub fn save(&self, dir: &Path) -> Result<()> {
        let clean = self.clone().sanitized();
        let bytes = serde_json::to_vec_pretty(&clean).map_err(|_| Problem::internal(t!("progress-encode-failed")))?;
        write_atomically(&Progress::path_in(dir), &bytes)
    }

    /// Forgets all progress (Start over).
    pub fn reset(dir: &Path) -> Result<()> {
        match std::fs::remove_file(Progress::path_in(dir)) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(_) => Err(storage_problem(dir)),
        }
    }
}

fn storage_problem(dir: &Path) -> Problem {
    Problem::from_text(
        ProblemKind::Storage,
        t!("progress-unwritable", folder = dir.display().to_string()),
    )
}

/// Writes `bytes` to `path` atomically (see [`crate::atomic_file`]).
fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = path.parent().unwrap_or_else(|| Path::new("."));
    crate::atomic_file::write(path, bytes).map_err(|_| storage_problem(dir))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_resets() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(Progress::load(dir.path()), Progress::default());
        let mut p = Progress {
            current: "s4".into(),
            rules_acknowledged: true,
            site: Some(Site::Eea),
            ..Default::default()
        };
        p.done = vec!["start".into(), "rules".into()];
        p.ticks.insert("prereq_2fa".into(), true);
        p.save(dir.path()).unwrap();
        let back = Progress::load(dir.path());
        assert_eq!(back.current, "s4");
        assert_eq!(back.site, Some(Site::Eea));
        assert_eq!(back.done, vec!["rules".to_string(), "start".to_string()]);
        Progress::reset(dir.path()).unwrap();
        assert_eq!(Progress::load(dir.path()), Progress::default());
        Progress::reset(dir.path()).unwrap();
    }

    #[test]
    fn only_the_ten_steps_are_tasks() {
        let p = Progress {
            done: [
                "start", "rules", "s1", "s2", "s9", "verify", "trouble", "rotate", "ref", "s2",
            ]
            .map(String::from)
            .to_vec(),
            ..Default::default()
        };
        assert_eq!(p.tasks_done(), 3);
        assert_eq!(TASKS.len(), 10);
        let all = Progress {
            done: TASKS.map(String::from).to_vec(),
            ..Default::default()
        };
        assert_eq!(all.tasks_done(), TASKS.len());
    }

    #[test]
    fn corrupt_or_hostile_files_start_over() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(Progress::path_in(dir.path()), b"{not json").unwrap();
        assert_eq!(Progress::load(dir.path()), Progress::default());
        std::fs::write(
            Progress::path_in(dir.path()),
            br#"{"current":"<script>","done":["ok","../../x"],"bot_name":"a\u0007b","unknown":1}"#,
        )
        .unwrap();
        let p = Progress::load(dir.path());
        assert_eq!(p.current, "");
        assert_eq!(p.done, vec!["ok".to_string()]);
        assert_eq!(p.bot_name, "ab");
    }
}
