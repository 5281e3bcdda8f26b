//! Each saved key's short test history: `key-history.json` in the app's data folder (the folder
//! of the saved-keys index), at most [`MAX_ENTRIES`] entries per key, oldest first.
//!
//! An entry is what a test saw, never a secret: when, verified / safe, the problem kinds, the
//! permissions, the IP list, the key's label as OKX reports it, the site, the mode and the
//! redacted API key (to tell a replaced key from the old one under the same label).
//!
//! Written with [`crate::atomic_file`] (a temporary file in the same folder, synced, renamed
//! over the old one): a crash before the rename leaves the old file as it was and a stray
//! temporary file, which reading ignores and a later write removes when it is old. Reading never
//! fails: a missing, unreadable or corrupt file is an empty history (logged), and an entry that
//! cannot be read is skipped, so a damaged history never stops a test.

use crate::error::{Problem, ProblemKind, Result};
use crate::okx::Site;
use crate::outcome::{Permissions, Verification};
use crate::run::Known;
use crate::t;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// The file's name in the app's data folder.
pub const HISTORY_FILE: &str = "key-history.json";

/// The most entries kept per key; the oldest go first.
pub const MAX_ENTRIES: usize = 50;

/// A temporary file older than this is a crash's leftover (a write takes milliseconds).
const STALE_TEMP: Duration = Duration::from_secs(600);

/// One test of one saved key, as remembered (no secrets).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    /// When the test ran (ISO-8601 UTC with milliseconds).
    pub checked_at: String,
    /// The key authenticated.
    pub verified: bool,
    /// Verified, and the key cannot withdraw.
    pub safe: bool,
    /// The kinds of the problems found (`unknown_key`, `no_ip_binding`, …).
    #[serde(default)]
    pub problems: Vec<String>,
    /// Null when the test did not get that far.
    #[serde(default)]
    pub permissions: Option<Permissions>,
    /// The IPs bound to the key; [] when none (or unknown).
    #[serde(default)]
    pub ip_whitelist: Vec<String>,
    /// The key's label as OKX reports it (its note on OKX), not the saved label.
    #[serde(default)]
    pub okx_label: Option<String>,
    pub site: Site,
    pub demo: bool,
    /// The first 4 and last 4 characters of the API key.
    #[serde(default)]
    pub api_key_redacted: String,
    /// The key did not work on its site but works on another (OKX knows it there).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub works_elsewhere: bool,
    /// The account mode seen (`acctLv`), when read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_mode: Option<crate::okx::AccountMode>,
    /// The position mode seen (`posMode`), when read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub position_mode: Option<crate::okx::PositionMode>,
    /// The bot, market and account facts of the readiness check, when the test had a bot.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub readiness: Option<crate::readiness::Seen>,
}

impl Entry {
    /// What `v` saw.
    pub fn from_verification(v: &Verification) -> Entry {
        Entry {
            checked_at: v.checked_at.clone(),
            verified: v.verified,
            safe: v.safe,
            problems: v.problems.iter().map(|p| p.kind.as_str().to_owned()).collect(),
            permissions: v.permissions,
            ip_whitelist: v.ip_whitelist.clone(),
            okx_label: v.label.clone(),
            site: v.site,
            demo: v.demo,
            api_key_redacted: v.api_key_redacted.clone(),
            works_elsewhere: v.works_with.is_some(),
            account_mode: v.account.as_ref().and_then(|a| a.mode),
            position_mode: v.account.as_ref().and_then(|a| a.position_mode),
            readiness: v.readiness.as_ref().map(crate::readiness::Seen::of),
        }
    }

    /// The test found this kind of problem.
    pub fn has_problem(&self, kind: ProblemKind) -> bool {
        self.problems.iter().any(|k| k == kind.as_str())
    }
}

#[derive(Serialize)]
struct FileOut<'a> {
    version: u32,
    keys: &'a BTreeMap<String, Vec<Entry>>,
}

#[derive(Deserialize)]
struct FileIn {
    #[serde(default)]
    keys: BTreeMap<String, Vec<serde_json::Value>>,
}

/// The history file in one folder.
#[derive(Debug, Clone)]
pub struct History {
    dir: PathBuf,
}

impl History {
    /// The history in `dir`, the app's data folder (where `saved-keys.json` is).
    pub fn new(dir: PathBuf) -> History {
        History { dir }
    }

    pub fn path(&self) -> PathBuf {
        self.dir.join(HISTORY_FILE)
    }

    /// Every key's entries, oldest first. Never fails: see the module's notes.
    pub fn load(&self) -> BTreeMap<String, Vec<Entry>> {
        let path = self.path();
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return BTreeMap::new(),
            Err(e) => {
                tracing::warn!(path = %path.display(), error = %e, "cannot read the key history; treating it as empty");
                return BTreeMap::new();
            }
        };
        let file: FileIn = match serde_json::from_str(&text) {
            Ok(f) => f,
            Err(e) => {
                tracing::warn!(path = %path.display(), error = %e, "the key history is corrupt; treating it as empty, it is rewritten on the next test");
                return BTreeMap::new();
            }
        };
        let mut out = BTreeMap::new();
        for (label, values) in file.keys {
            let mut entries: Vec<Entry> = values
                .into_iter()
                .filter_map(|v| serde_json::from_value(v).ok())
                .collect();
            trim(&mut entries);
            if !entries.is_empty() {
                out.insert(label, entries);
            }
        }
        out
    }

    /// Remembers the test a save was made on as an entry of the key's history, so the next
    /// `check` compares with it (a key deleted on OKX before its first check shows as deleted,
    /// not as failed). A failure is logged: the save stands.
    pub fn remember_save(&self, label: &str, v: &Verification) {
        if let Err(p) = self.record(vec![(label.to_owned(), Entry::from_verification(v))]) {
            tracing::warn!(
                kind = p.kind.as_str(),
                "the saved key's test could not go into its history"
            );
        }
    }

    /// One key's entries, oldest first (empty when it has none).
    pub fn entries(&self, label: &str) -> Vec<Entry> {
        self.load().remove(label).unwrap_or_default()
    }

    /// Adds one entry per (label, entry), keeping at most [`MAX_ENTRIES`] per key, in one write.
    /// On error the file is as it was.
    pub fn record(&self, new: Vec<(String, Entry)>) -> Result<()> {
        if new.is_empty() {
            return Ok(());
        }
        let mut all = self.load();
        for (label, entry) in new {
            let entries = all.entry(label).or_default();
            entries.push(entry);
            trim(entries);
        }
        self.write(&all)
    }

    /// Forgets a key's entries (its saved key was deleted); nothing to do when it has none.
    pub fn forget(&self, label: &str) -> Result<()> {
        let mut all = self.load();
        if all.remove(label).is_none() {
            return Ok(());
        }
        self.write(&all)
    }

    fn write(&self, keys: &BTreeMap<String, Vec<Entry>>) -> Result<()> {
        let path = self.path();
        let text = serde_json::to_string_pretty(&FileOut { version: 1, keys })
            .map_err(|_| Problem::internal(t!("health-history-encode-failed")))?;
        crate::atomic_file::write(&path, text.as_bytes()).map_err(|e| unwritable(&path, &e))?;
        self.remove_stale_temporaries();
        Ok(())
    }

    /// Removes temporary files of this history that a crash left behind (best effort; a file
    /// another writer may still be using is young and stays).
    fn remove_stale_temporaries(&self) {
        let Ok(dir) = std::fs::read_dir(&self.dir) else {
            return;
        };
        let prefix = format!(".{HISTORY_FILE}.");
        for entry in dir.flatten() {
            let name = entry.file_name();
            let Some(name) = name.to_str() else { continue };
            if !(name.starts_with(&prefix) && name.ends_with(".tmp")) {
                continue;
            }
            let old = entry
                .metadata()
                .and_then(|m| m.modified())
                .ok()
                .and_then(|t| t.elapsed().ok())
                .is_some_and(|age| age > STALE_TEMP);
            if old {
                let _ = std::fs::remove_file(entry.path());
            }
        }
    }
}

/// Keeps the newest [`MAX_ENTRIES`], and always the newest entry whose test got an answer from
/// OKX: it holds the permissions last seen, which decide whether the key may go to a bot
/// ([`known`]); many failed tests after it must not push it out.
fn trim(entries: &mut Vec<Entry>) {
    if entries.len() <= MAX_ENTRIES {
        return;
    }
    let extra = entries.len() - MAX_ENTRIES;
    let last_answer = entries.iter().rposition(|e| e.permissions.is_some());
    match last_answer {
        Some(k) if k < extra => {
            let kept = entries[k].clone();
            entries.drain(..extra);
            // It is older than every entry left, so it takes the oldest place.
            entries[0] = kept;
        }
        _ => {
            entries.drain(..extra);
        }
    }
}

/// What is known of the permissions of the key whose redacted API key is `api_key_redacted`,
/// from its saved record and its entries (oldest first; entries of another key under the same
/// label are not counted). The one place [`crate::run::may_hand_over`]'s input comes from.
pub fn known(entries: &[Entry], api_key_redacted: &str, recorded: Option<Permissions>) -> Known {
    Known::from_tests(
        recorded,
        entries
            .iter()
            .filter(|e| e.api_key_redacted == api_key_redacted)
            .map(|e| e.permissions),
    )
}

fn unwritable(path: &Path, e: &std::io::Error) -> Problem {
    Problem::from_text(
        ProblemKind::Storage,
        t!(
            "health-history-unwritable",
            path = path.display().to_string(),
            error = e.to_string()
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(crate) fn entry(n: usize) -> Entry {
        Entry {
            checked_at: crate::iso_time::from_unix_ms(1_700_000_000_000 + n as i64 * 1000),
            verified: true,
            safe: true,
            problems: vec![],
            permissions: Some(Permissions {
                read: true,
                trade: true,
                withdraw: false,
            }),
            ip_whitelist: vec!["127.0.0.1".to_owned()],
            okx_label: Some("GridBot".to_owned()),
            site: Site::Global,
            demo: false,
            api_key_redacted: "6d2d…fd7f".to_owned(),
            works_elsewhere: false,
            account_mode: None,
            position_mode: None,
            readiness: None,
        }
    }

    fn names(dir: &Path) -> Vec<String> {
        let mut v: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        v.sort();
        v
    }

    #[test]
    fn records_and_reads_back_per_key() {
        let dir = tempfile::tempdir().unwrap();
        let h = History::new(dir.path().join("data"));
        assert!(h.load().is_empty());
        h.record(vec![("a".into(), entry(1)), ("b".into(), entry(2))]).unwrap();
        h.record(vec![("a".into(), entry(3))]).unwrap();
        assert_eq!(h.entries("a"), vec![entry(1), entry(3)]);
        assert_eq!(h.entries("b"), vec![entry(2)]);
        assert!(h.entries("c").is_empty());
        h.forget("a").unwrap();
        assert!(h.entries("a").is_empty());
        assert_eq!(names(&dir.path().join("data")), [HISTORY_FILE]);
    }

    #[test]
    fn bounded_at_fifty_per_key_newest_kept() {
        let dir = tempfile::tempdir().unwrap();
        let h = History::new(dir.path().to_path_buf());
        for n in 0..60 {
            h.record(vec![("a".into(), entry(n))]).unwrap();
        }
        h.record((60..130).map(|n| ("b".to_owned(), entry(n))).collect())
            .unwrap();
        let a = h.entries("a");
        assert_eq!(a.len(), MAX_ENTRIES);
        assert_eq!(a.first(), Some(&entry(10)));
        assert_eq!(a.last(), Some(&entry(59)));
        assert_eq!(h.entries("b").len(), MAX_ENTRIES);
        assert_eq!(h.entries("b").last(), Some(&entry(129)));
    }

    /// A crash between writing the temporary file and the rename leaves that file behind and the
    /// old history untouched: it reads back as before, and the next write succeeds.
    #[test]
    fn a_crash_before_the_rename_leaves_the_old_history() {
        let dir = tempfile::tempdir().unwrap();
        let h = History::new(dir.path().to_path_buf());
        h.record(vec![("a".into(), entry(1))]).unwrap();
        let before = std::fs::read(h.path()).unwrap();
        // What atomic_file leaves when the process dies before `persist`: a half-written
        // temporary file beside the real one.
        let leftover = dir.path().join(format!(".{HISTORY_FILE}.Xy12ab.tmp"));
        std::fs::write(&leftover, &before[..before.len() / 2]).unwrap();
        assert_eq!(h.entries("a"), vec![entry(1)]);
        assert_eq!(std::fs::read(h.path()).unwrap(), before);
        h.record(vec![("a".into(), entry(2))]).unwrap();
        assert_eq!(h.entries("a"), vec![entry(1), entry(2)]);
        // A young leftover may belong to another writer: it stays; an old one goes.
        assert!(leftover.exists());
        let old = std::time::SystemTime::now() - Duration::from_secs(3600);
        std::fs::File::options()
            .write(true)
            .open(&leftover)
            .unwrap()
            .set_modified(old)
            .unwrap();
        h.record(vec![("a".into(), entry(3))]).unwrap();
        assert!(!leftover.exists());
        assert_eq!(names(dir.path()), [HISTORY_FILE]);
    }

    /// A truncated or garbled file (a disk that lied, a hand edit) is an empty history, never an
    /// error, and the next test writes a good one.
    #[test]
    fn a_truncated_or_corrupt_file_is_empty_and_rewritten() {
        let dir = tempfile::tempdir().unwrap();
        let h = History::new(dir.path().to_path_buf());
        h.record(vec![("a".into(), entry(1)), ("b".into(), entry(2))]).unwrap();
        let full = std::fs::read(h.path()).unwrap();
        for cut in [0, 1, full.len() / 3, full.len() - 2] {
            std::fs::write(h.path(), &full[..cut]).unwrap();
            assert!(h.load().is_empty(), "cut at {cut}");
        }
        std::fs::write(h.path(), [0xff, 0xfe, 0x00]).unwrap();
        assert!(h.load().is_empty());
        h.record(vec![("a".into(), entry(3))]).unwrap();
        assert_eq!(h.entries("a"), vec![entry(3)]);
    }

    #[test]
    fn an_unreadable_entry_is_skipped_not_the_whole_history() {
        let dir = tempfile::tempdir().unwrap();
        let h = History::new(dir.path().to_path_buf());
        let good = serde_json::to_value(entry(1)).unwrap();
        let text = serde_json::json!({"version": 1, "keys": {"a": [{"checked_at": 5}, good]}});
        std::fs::write(h.path(), text.to_string()).unwrap();
        assert_eq!(h.entries("a"), vec![entry(1)]);
    }

    #[test]
    fn holds_no_secret() {
        let dir = tempfile::tempdir().unwrap();
        let h = History::new(dir.path().to_path_buf());
        h.record(vec![("a".into(), entry(1))]).unwrap();
        let text = std::fs::read_to_string(h.path()).unwrap();
        for word in ["secret", "passphrase", "\"api_key\""] {
            assert!(!text.contains(word), "{word} in {text}");
        }
    }

    #[cfg(unix)]
    #[test]
    fn file_is_owner_only() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let h = History::new(dir.path().to_path_buf());
        h.record(vec![("a".into(), entry(1))]).unwrap();
        let mode = std::fs::metadata(h.path()).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }

    #[test]
    fn trimming_keeps_the_last_answer_from_okx() {
        let mut entries: Vec<Entry> = (0..MAX_ENTRIES + 5).map(entry).collect();
        if let Some(p) = entries[1].permissions.as_mut() {
            p.withdraw = true;
        }
        for e in entries.iter_mut().skip(2) {
            e.permissions = None;
        }
        let seen = entries[1].clone();
        trim(&mut entries);
        assert_eq!(entries.len(), MAX_ENTRIES);
        assert_eq!(entries[0].checked_at, seen.checked_at);
        assert!(known(&entries, &seen.api_key_redacted, None).withdraw_seen());
    }
}
