//! What the running app keeps in memory between commands.
//!
//! Secrets live here only as `Secret`/`Credentials` (redacted Debug, wiped on drop), never in the
//! webview longer than a field needs them and never on disk. Quitting drops the state and so
//! wipes them; "Clear" and "Start over" wipe them sooner.

use okx_key_core::outcome::{SaveRecord, Verification};
use okx_key_core::{Credentials, Secret};
use std::path::PathBuf;
use std::sync::Mutex;

pub struct AppState {
    /// The app's data folder: progress and the non-secret index of saved keys.
    pub data_dir: PathBuf,
    pub log_dir: PathBuf,
    /// The passphrase made in Step 5, kept for Step 9 to pre-fill and compare.
    pub passphrase: Mutex<Option<Secret>>,
    /// The credentials checked in Step 9, used by the test and the save in Step 10.
    pub credentials: Mutex<Option<Credentials>>,
    /// What was trimmed from the pasted values (for the report and the result).
    pub trimmed: Mutex<Vec<okx_key_core::credentials::TrimNote>>,
    /// The last connection test, for the save and the report.
    pub verification: Mutex<Option<Verification>>,
    /// The last save, for the report.
    pub saved: Mutex<Option<SaveRecord>>,
    /// Bumped on each secret copy, so an older "clear in 30 s" timer leaves a newer copy alone.
    pub clipboard_generation: Mutex<u64>,
    /// The SHA-256 of the secret last copied, until its 30 s are up: quitting sooner clears the
    /// clipboard if it still holds it.
    pub clipboard_secret: Mutex<Option<[u8; 32]>>,
}

impl AppState {
    pub fn new(data_dir: PathBuf, log_dir: PathBuf) -> AppState {
        AppState {
            data_dir,
            log_dir,
            passphrase: Mutex::new(None),
            credentials: Mutex::new(None),
            trimmed: Mutex::new(Vec::new()),
            verification: Mutex::new(None),
            saved: Mutex::new(None),
            clipboard_generation: Mutex::new(0),
            clipboard_secret: Mutex::new(None),
        }
    }

    /// Holds new pasted credentials (or none), and forgets everything made from the old ones: the
    /// last test and the last save. The one place where stale results are cleared.
    pub fn new_credentials(&self, credentials: Option<Credentials>, trimmed: Vec<okx_key_core::credentials::TrimNote>) {
        *lock(&self.credentials) = credentials;
        *lock(&self.trimmed) = trimmed;
        self.forget_results();
    }

    /// Forgets the last test and the last save (a new paste, or a new test).
    pub fn forget_results(&self) {
        lock(&self.verification).take();
        lock(&self.saved).take();
    }

    /// Wipes every secret and result held in memory.
    pub fn forget_all(&self) {
        lock(&self.passphrase).take();
        self.new_credentials(None, Vec::new());
    }
}

/// Locks a mutex, recovering the data if a previous holder panicked.
pub fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}
