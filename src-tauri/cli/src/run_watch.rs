//! `run --restart-on-change`: noticing that the key saved under LABEL was replaced or deleted.
//!
//! Every save, replace and delete (the window's and the CLI's) rewrites the saved-keys index
//! (`<data dir>/saved-keys.json`) atomically, after the keychain item: a new file, so its inode,
//! size or modification time changes. `run` looks at that file's metadata every [`POLL`] (a
//! `stat`, no keychain call) and reads the keychain item only when it changed. So a change is
//! seen within [`POLL`] plus one keychain read. Why not the keychain's own change signals: the
//! Secret Service's `ItemChanged` exists on Linux only (macOS and Windows have none a program
//! can wait on), and a poll of one file works the same everywhere. A key changed by another
//! program without the index is not seen until the index changes.

use okx_key_core::keychain::{Keychain, StoredKey};
use okx_key_core::{Problem, ProblemKind};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime};

/// How often the index's metadata is looked at.
pub const POLL: Duration = Duration::from_millis(500);

/// What the index file looked like.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Stamp {
    modified: Option<SystemTime>,
    len: u64,
    inode: u64,
}

fn stamp(path: &Path) -> Option<Stamp> {
    let meta = std::fs::metadata(path).ok()?;
    #[cfg(unix)]
    let inode = std::os::unix::fs::MetadataExt::ino(&meta);
    #[cfg(not(unix))]
    let inode = 0;
    Some(Stamp {
        modified: meta.modified().ok(),
        len: meta.len(),
        inode,
    })
}

/// Watches the saved-keys index in one data folder.
pub struct Watch {
    index: PathBuf,
    seen: Option<Stamp>,
    next: Instant,
}

impl Watch {
    pub fn new(data_dir: &Path) -> Watch {
        let index = okx_key_core::keychain::index::Index::new(data_dir.to_path_buf()).path();
        Watch {
            seen: stamp(&index),
            index,
            next: Instant::now() + POLL,
        }
    }

    /// True when the index changed since the last look (looks at most every [`POLL`]).
    pub fn changed(&mut self) -> bool {
        let now = Instant::now();
        if now < self.next {
            return false;
        }
        self.next = now + POLL;
        let current = stamp(&self.index);
        if current == self.seen {
            return false;
        }
        self.seen = current;
        true
    }
}

/// What the keychain holds under LABEL now, against the key COMMAND got.
pub enum Change {
    /// The same key (saved again, or another key's save changed the index).
    Same,
    /// Another key, or the same key with other saved facts (site, permissions).
    Replaced(Box<StoredKey>),
    /// No key under LABEL any more.
    Deleted(Problem),
    /// The keychain could not be read: COMMAND keeps the key it has.
    Unreadable(Problem),
}

/// Reads the key saved under `label` and compares it with `current`.
pub fn compare(data_dir: &Path, label: &str, current: &StoredKey) -> Change {
    let read = Keychain::system(data_dir.to_path_buf()).and_then(|k| k.read(label));
    match read {
        Ok(new) if same(&new, current) => Change::Same,
        Ok(new) => Change::Replaced(Box::new(new)),
        Err(p) if p.kind == ProblemKind::NotFound => Change::Deleted(p),
        Err(p) => Change::Unreadable(p),
    }
}

/// The same key with the same saved facts (`saved_at` aside: saving it again changes nothing).
fn same(a: &StoredKey, b: &StoredKey) -> bool {
    a.credentials == b.credentials
        && a.site == b.site
        && a.api_host == b.api_host
        && a.demo == b.demo
        && a.permissions == b.permissions
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_rewritten_index_is_seen_once() {
        let dir = tempfile::tempdir().unwrap();
        let mut w = Watch::new(dir.path());
        w.next = Instant::now();
        assert!(!w.changed(), "nothing there, nothing changed");
        std::fs::write(&w.index, "[]").unwrap();
        w.next = Instant::now();
        assert!(w.changed());
        w.next = Instant::now();
        assert!(!w.changed());
        // Atomic replace: a new file (new inode) of the same size.
        let tmp = dir.path().join("x.tmp");
        std::fs::write(&tmp, "{}").unwrap();
        std::fs::rename(&tmp, &w.index).unwrap();
        w.next = Instant::now();
        assert!(w.changed());
        // Not before the next poll.
        std::fs::remove_file(&w.index).unwrap();
        w.next = Instant::now() + POLL;
        assert!(!w.changed());
    }
}
