//! The non-secret index of saved keys: `saved-keys.json` in the app's data folder.
//!
//! The keychain cannot be listed on every system (the Secret Service can, the macOS Keychain and
//! the Windows Credential Manager cannot through `keyring`), so the app remembers what it saved
//! here: label, redacted API key, site, host, demo flag and time saved. Never a secret. Written
//! atomically (a temporary file in the same folder, then a rename) with owner-only permissions
//! on Unix. A missing or corrupt index is treated as empty (a corrupt one is logged); where the
//! keychain can be listed, the next list or test of the keys rebuilds it from the items found
//! ([`Index::merge`]), elsewhere the next save or delete.

use crate::error::{Problem, ProblemKind, Result};
use crate::okx::Site;
use crate::t;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

pub const INDEX_FILE: &str = "saved-keys.json";

/// One saved key, as remembered by the app (no secrets).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IndexRow {
    pub label: String,
    pub api_key_redacted: String,
    pub site: Site,
    pub api_host: String,
    pub demo: bool,
    pub saved_at: String,
    /// The bot and market the key was saved for (`"bot"`, `"market"`), when one was chosen.
    #[serde(flatten, default, skip_serializing_if = "Option::is_none")]
    pub bot: Option<crate::bots::BotChoice>,
}

#[derive(Debug, Serialize, Deserialize)]
struct IndexFile {
    version: u32,
    keys: Vec<IndexRow>,
}

/// The index file in one folder.
#[derive(Debug, Clone)]
pub struct Index {
    dir: PathBuf,
}

impl Index {
    pub fn new(dir: PathBuf) -> Index {
        Index { dir }
    }

    pub fn path(&self) -> PathBuf {
        self.dir.join(INDEX_FILE)
    }

    /// All rows, sorted by label. A missing file is empty; a corrupt one is logged and empty.
    pub fn load(&self) -> Vec<IndexRow> {
        let path = self.path();
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Vec::new(),
            Err(e) => {
                tracing::warn!(path = %path.display(), error = %e, "cannot read the saved-keys index; treating it as empty");
                return Vec::new();
            }
        };
        match serde_json::from_str::<IndexFile>(&text) {
            Ok(mut f) => {
                f.keys.sort_by(|a, b| a.label.cmp(&b.label));
                f.keys.dedup_by(|a, b| a.label == b.label);
                f.keys
            }
            Err(e) => {
                tracing::warn!(path = %path.display(), error = %e, "the saved-keys index is corrupt; treating it as empty, it is rebuilt on the next save or delete");
                Vec::new()
            }
        }
    }

    pub fn get(&self, label: &str) -> Option<IndexRow> {
        self.load().into_iter().find(|r| r.label == label)
    }

    /// Adds the row, or replaces the row with the same label.
    pub fn upsert(&self, row: IndexRow) -> Result<()> {
        let mut rows = self.load();
        rows.retain(|r| r.label != row.label);
        rows.push(row);
        rows.sort_by(|a, b| a.label.cmp(&b.label));
        self.write(rows)
    }

    /// Adds the rows built from keychain items, replacing the rows with the same labels; the
    /// others stay. Writes only when something changed; `true` when it wrote.
    pub fn merge(&self, found: Vec<IndexRow>) -> Result<bool> {
        let before = self.load();
        let mut rows = before.clone();
        for row in found {
            rows.retain(|r| r.label != row.label);
            rows.push(row);
        }
        rows.sort_by(|a, b| a.label.cmp(&b.label));
        if rows == before {
            return Ok(false);
        }
        self.write(rows)?;
        Ok(true)
    }

    /// Removes the row; `false` when there was none (the file is then left as it was).
    pub fn remove(&self, label: &str) -> Result<bool> {
        let mut rows = self.load();
        let before = rows.len();
        rows.retain(|r| r.label != label);
        if rows.len() == before {
            return Ok(false);
        }
        self.write(rows)?;
        Ok(true)
    }

    fn write(&self, keys: Vec<IndexRow>) -> Result<()> {
        let path = self.path();
        let text = serde_json::to_string_pretty(&IndexFile { version: 1, keys })
            .map_err(|_| Problem::internal(t!("file-index-encode-failed")))?;
        crate::atomic_file::write(&path, text.as_bytes()).map_err(|e| storage_problem(&path, &e))
    }
}

fn storage_problem(path: &Path, e: &std::io::Error) -> Problem {
    Problem::from_text(
        ProblemKind::Storage,
        t!(
            "file-index-unwritable",
            path = path.display().to_string(),
            error = e.to_string()
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(label: &str) -> IndexRow {
        IndexRow {
            label: label.to_owned(),
            api_key_redacted: "6f1c…5a41".to_owned(),
            site: Site::Global,
            api_host: "www.okx.com".to_owned(),
            demo: false,
            saved_at: "2026-11-26T18:00:00.000Z".to_owned(),
            bot: None,
        }
    }

    #[test]
    fn upsert_replace_remove() {
        let dir = tempfile::tempdir().unwrap();
        let index = Index::new(dir.path().join("data"));
        assert!(index.load().is_empty());
        index.upsert(row("b")).unwrap();
        index.upsert(row("a")).unwrap();
        let mut changed = row("b");
        changed.demo = true;
        index.upsert(changed.clone()).unwrap();
        assert_eq!(index.load(), vec![row("a"), changed]);
        assert!(index.remove("a").unwrap());
        assert!(!index.remove("a").unwrap());
        assert_eq!(index.load().len(), 1);
        // Only the index file is left behind: no temporary files.
        let names: Vec<_> = std::fs::read_dir(dir.path().join("data"))
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, vec![std::ffi::OsString::from(INDEX_FILE)]);
    }

    #[cfg(unix)]
    #[test]
    fn file_is_owner_only() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let index = Index::new(dir.path().to_path_buf());
        index.upsert(row("a")).unwrap();
        let mode = std::fs::metadata(index.path()).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }

    #[test]
    fn corrupt_index_is_empty_and_rebuilt() {
        let dir = tempfile::tempdir().unwrap();
        let index = Index::new(dir.path().to_path_buf());
        std::fs::write(index.path(), "{not json").unwrap();
        assert!(index.load().is_empty());
        index.upsert(row("a")).unwrap();
        assert_eq!(index.load(), vec![row("a")]);
    }

    #[test]
    fn merge_adds_and_replaces_rows_and_writes_only_on_change() {
        let dir = tempfile::tempdir().unwrap();
        let index = Index::new(dir.path().to_path_buf());
        assert!(!index.merge(Vec::new()).unwrap());
        assert!(!index.path().exists(), "nothing found, nothing written");
        index.upsert(row("a")).unwrap();
        let mut a2 = row("a");
        a2.saved_at = "2027-01-01T00:00:00.000Z".to_owned();
        assert!(index.merge(vec![row("c"), a2.clone()]).unwrap());
        assert_eq!(index.load(), vec![a2.clone(), row("c")]);
        assert!(!index.merge(vec![row("c")]).unwrap(), "nothing new: not written");
        // A damaged index is rebuilt from what was found.
        std::fs::write(index.path(), "garbage").unwrap();
        assert!(index.merge(vec![row("c")]).unwrap());
        assert_eq!(index.load(), vec![row("c")]);
    }

    #[test]
    fn holds_no_secret_fields() {
        let dir = tempfile::tempdir().unwrap();
        let index = Index::new(dir.path().to_path_buf());
        index.upsert(row("a")).unwrap();
        let text = std::fs::read_to_string(index.path()).unwrap();
        for word in ["secret", "passphrase", "api_key\""] {
            assert!(!text.contains(word), "{word} in {text}");
        }
    }
}
