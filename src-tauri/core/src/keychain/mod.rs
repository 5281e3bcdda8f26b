//! Saving keys in the operating system's keychain: save (with read-back), read, list, delete,
//! and replace (rotation) that never loses the old key to a failed write.
//!
//! Layout (a stable interface, bots read it; `DESIGN.md` "Keychain layout"): one item per key,
//! service [`SERVICE`], user = the key's label, secret = the JSON of [`item`]. On Windows the
//! item's target is `LABEL@okx-key-assistant`. Beside the keychain, a non-secret index
//! (`saved-keys.json` in the app's data folder, see [`index`]) remembers what was saved.
//!
//! # Which keys are saved
//!
//! [`Keychain::list`] and [`Keychain::saved_labels`] (`list`, `check`, My keys, Test all) take
//! the index's rows and, where the keychain can be listed (the Secret Service: one search of
//! the service's attributes, no secret read), every item of the service whose user name is a
//! label, index or not: a lost or damaged index, or a key written by `secret-tool` or Python's
//! `keyring` in the documented layout, hides nothing. What they read from the items is written
//! back to the index ([`index::Index::merge`]). The macOS Keychain and the Windows Credential
//! Manager cannot be listed through `keyring`: there the index alone says which keys are saved.
//!
//! # What a replace guarantees
//!
//! Saving over an existing label (rotation, `replace = true`) goes:
//! 1. write the new JSON to a staging item (user `LABEL#pending`; `#` is never in a label) and
//!    read it back: the keychain has proved it accepts the new value, and the saved item has not
//!    been touched yet; if this fails, the staging item is removed and the saved item is as it was;
//! 2. overwrite the saved item with the new JSON and read it back. Each platform replaces an
//!    item's secret as a whole in one call (Secret Service `SetSecret`, Keychain update,
//!    `CredWrite`), so the item holds the old JSON or the new one, never a mix;
//! 3. if step 2 fails or reads back wrong, the old JSON (kept in memory that is wiped afterwards)
//!    is written back and read back;
//! 4. the staging item is removed. A staging item left by a crash is removed at the next save or
//!    delete of that label.
//!
//! So after any failure the saved item holds the old key, except in the one case where both the
//! overwrite and the restore fail (the keychain went away between two calls); that is logged as
//! an error, and the returned problem still tells the user to retry with the values the form kept.

#[cfg(any(target_os = "linux", target_os = "freebsd", target_os = "openbsd"))]
mod batch;
pub mod index;
pub(crate) mod item;
pub mod policy;
pub mod snippet;
pub(crate) mod store;

use crate::bots::BotChoice;
use crate::credentials::Credentials;
use crate::error::{Problem, ProblemKind, Result};
use crate::okx::{KeyOrigin, Site};
use crate::outcome::{Permissions, SaveRecord};
use crate::t;
use index::{Index, IndexRow};
use item::ItemJson;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::path::{Path, PathBuf};
use store::{Store, SystemStore};
use zeroize::Zeroizing;

/// The keychain service name of every item the app saves.
pub const SERVICE: &str = "okx-key-assistant";

/// Appended to a label for the staging item of a replace. Labels never contain `#`.
const PENDING_SUFFIX: &str = "#pending";

/// The longest label accepted (OKX's own key names are at most 50 characters).
pub const MAX_LABEL_CHARS: usize = 50;

/// A key read back from the keychain. `Debug` shows only the redacted API key.
#[derive(Clone, PartialEq, Eq)]
pub struct StoredKey {
    pub credentials: Credentials,
    pub site: Site,
    pub api_host: String,
    pub demo: bool,
    pub saved_at: String,
    /// The permissions the record holds, if any (see `item::ItemJson::permissions`).
    pub permissions: Option<Permissions>,
    /// Made on OKX or on the practice simulator (from `api_host`): it is sent only there.
    pub origin: KeyOrigin,
    /// The bot and market it was saved for, if chosen.
    pub bot: Option<BotChoice>,
}

impl fmt::Debug for StoredKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("StoredKey")
            .field("api_key", &self.credentials.api_key_redacted())
            .field("secret_key", &"redacted")
            .field("passphrase", &"redacted")
            .field("site", &self.site)
            .field("api_host", &self.api_host)
            .field("demo", &self.demo)
            .field("saved_at", &self.saved_at)
            .field("permissions", &self.permissions)
            .field("origin", &self.origin)
            .finish()
    }
}

/// A saved key as listed (no secrets): safe to show, serialize and log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedKey {
    pub label: String,
    pub api_key_redacted: String,
    pub site: Site,
    pub api_host: String,
    pub demo: bool,
    pub saved_at: String,
    /// The keychain item exists (false: only the app's index remembers it).
    pub in_keychain: bool,
    /// The permissions the item records, if it records them.
    #[serde(default)]
    pub permissions: Option<Permissions>,
    /// The bot and market it was saved for, if chosen (`bot`, `market`).
    #[serde(flatten, default, skip_serializing_if = "Option::is_none")]
    pub bot: Option<BotChoice>,
}

impl SavedKey {
    fn from_item(label: &str, item: &ItemJson) -> SavedKey {
        SavedKey {
            label: label.to_owned(),
            api_key_redacted: item.api_key_redacted(),
            site: item.site,
            api_host: item.api_host.clone(),
            demo: item.demo,
            saved_at: item.saved_at.clone(),
            in_keychain: true,
            permissions: item.permissions,
            bot: item.bot_choice(),
        }
    }

    fn from_row(row: IndexRow, in_keychain: bool) -> SavedKey {
        SavedKey {
            label: row.label,
            api_key_redacted: row.api_key_redacted,
            site: row.site,
            api_host: row.api_host,
            demo: row.demo,
            saved_at: row.saved_at,
            in_keychain,
            permissions: None,
            bot: row.bot,
        }
    }

    /// An item under the label that is not in this app's format: only its existence is known.
    fn unknown(label: &str) -> SavedKey {
        SavedKey {
            label: label.to_owned(),
            api_key_redacted: "…".to_owned(),
            site: Site::default(),
            api_host: String::new(),
            demo: false,
            saved_at: String::new(),
            in_keychain: true,
            permissions: None,
            bot: None,
        }
    }
}

/// Where a key being saved works, and what it could do then (no secret).
#[derive(Clone, Copy)]
struct Facts<'a> {
    site: Site,
    api_host: &'a str,
    demo: bool,
    permissions: Option<Permissions>,
    bot: Option<BotChoice>,
}

/// The system keychain plus the app's index of saved keys.
pub struct Keychain {
    index_dir: PathBuf,
    index: Index,
    store: Box<dyn Store>,
}

impl fmt::Debug for Keychain {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Keychain")
            .field("index_dir", &self.index_dir)
            .finish_non_exhaustive()
    }
}

impl Keychain {
    /// The operating system's keychain, with the index in `index_dir` (the app's data folder).
    /// Refuses (`keychain_unavailable`) when only the `keyring` crate's mock store is compiled in.
    pub fn system(index_dir: PathBuf) -> Result<Keychain> {
        Ok(Keychain::with_store(index_dir, Box::new(SystemStore::new()?)))
    }

    pub(crate) fn with_store(index_dir: PathBuf, store: Box<dyn Store>) -> Keychain {
        Keychain {
            index: Index::new(index_dir.clone()),
            index_dir,
            store,
        }
    }

    /// The folder holding `saved-keys.json`.
    pub fn index_dir(&self) -> &Path {
        &self.index_dir
    }

    /// The keychain's name for people, e.g. "Secret Service (GNOME Keyring)".
    pub fn backend(&self) -> String {
        self.store.backend()
    }

    /// What is saved under `label` now, for "replace?" (redacted API key and date), or `None`.
    /// An item not written by this app is reported with the index's row, else with empty fields.
    pub fn existing(&self, label: &str) -> Result<Option<SavedKey>> {
        let label = validate_label(label)?;
        let Some(text) = self.store.get(&label)? else {
            return Ok(None);
        };
        Ok(Some(match ItemJson::from_json(&text, &label) {
            Ok(item) => SavedKey::from_item(&label, &item),
            Err(_) => self
                .index
                .get(&label)
                .map(|row| SavedKey::from_row(row, true))
                .unwrap_or_else(|| SavedKey::unknown(&label)),
        }))
    }

    /// Saves a key the test `tested` passed (check that with [`policy::may_save`] first): its
    /// site, host and mode, and the permissions the test saw, which the record keeps.
    pub fn save_tested(
        &self,
        label: &str,
        creds: &Credentials,
        tested: &crate::outcome::Verification,
        replace: bool,
    ) -> Result<SaveRecord> {
        let facts = Facts {
            site: tested.site,
            api_host: &tested.api_host,
            demo: tested.demo,
            permissions: tested.permissions,
            bot: tested.readiness.as_ref().map(|r| BotChoice {
                bot: r.bot,
                market: r.market,
            }),
        };
        self.save_item(label, creds, &facts, replace)
    }

    /// Saves the key under `label` with no permissions recorded; see [`Keychain::save_tested`].
    pub fn save(
        &self,
        label: &str,
        creds: &Credentials,
        site: Site,
        api_host: &str,
        demo: bool,
        replace: bool,
    ) -> Result<SaveRecord> {
        let facts = Facts {
            site,
            api_host,
            demo,
            permissions: None,
            bot: None,
        };
        self.save_item(label, creds, &facts, replace)
    }

    /// Saves the key under `label`: writes it, reads it back and compares every field, and only
    /// then updates the index. An existing item is refused (`already_exists`) unless `replace`;
    /// a replace keeps the old item intact until the new value is proven (see the module doc).
    fn save_item(&self, label: &str, creds: &Credentials, facts: &Facts<'_>, replace: bool) -> Result<SaveRecord> {
        let Facts {
            site,
            api_host,
            demo,
            permissions,
            bot,
        } = *facts;
        let label = validate_label(label)?;
        if creds.api_key.is_empty() || creds.secret_key.is_empty() || creds.passphrase.is_empty() {
            return Err(Problem::from_text(
                ProblemKind::MalformedInput,
                t!("keychain-incomplete"),
            ));
        }
        let saved_at = crate::iso_time::now();
        let new = ItemJson::new(creds, site, api_host, demo, &saved_at)
            .with_permissions(permissions)
            .with_bot(bot);
        let json = new.to_json()?;
        // Read first, so a missing or locked keyring is reported as such; then clear any staging
        // item an interrupted replace left behind.
        let current = self.store.get(&label)?;
        self.remove_pending(&label);

        let replaced = match current {
            None => {
                self.write_fresh(&label, &json, &new)?;
                false
            }
            Some(old) if !replace => return Err(already_exists(&label, &old)),
            Some(old) => {
                self.replace(&label, &json, &new, &old)?;
                true
            }
        };

        let row = IndexRow {
            label: label.clone(),
            api_key_redacted: new.api_key_redacted(),
            site,
            api_host: api_host.to_owned(),
            demo,
            saved_at: saved_at.clone(),
            bot,
        };
        if let Err(p) = self.index.upsert(row) {
            // The key is safely in the keychain; only the app's list is behind. Saying "failed"
            // would make the user retry a save that worked.
            tracing::warn!(label = %label, problem = %p.message, "key saved, but the saved-keys index was not updated");
        }
        tracing::info!(label = %label, replaced, "key saved to the keychain and read back");
        Ok(SaveRecord {
            backend: self.store.backend(),
            service: SERVICE.to_owned(),
            user: label,
            saved_at,
            replaced,
        })
    }

    /// Reads the key saved under `label` (`not_found` when there is none).
    pub fn read(&self, label: &str) -> Result<StoredKey> {
        let label = validate_label(label)?;
        let text = self.store.get(&label)?.ok_or_else(|| not_found(&label))?;
        Self::stored_key(&text, &label)
    }

    /// Reads the keys saved under `labels`, in their order (one keychain session where the
    /// system allows it; see `batch.rs`). A key read whose index row is missing or out of date
    /// gets its row back (see "Which keys are saved" in the module doc).
    pub fn read_many(&self, labels: &[String]) -> Vec<Result<StoredKey>> {
        let checked: Vec<Result<String>> = labels.iter().map(|l| validate_label(l)).collect();
        let valid: Vec<&str> = checked.iter().filter_map(|c| c.as_deref().ok()).collect();
        let mut texts = self.store.get_many(&valid).into_iter();
        let mut found = Vec::new();
        let out = checked
            .into_iter()
            .map(|c| {
                let label = c?;
                let text = texts.next().unwrap_or_else(|| self.store.get(&label))?;
                let text = text.ok_or_else(|| not_found(&label))?;
                let key = Self::stored_key(&text, &label)?;
                found.push(IndexRow {
                    label,
                    api_key_redacted: key.credentials.api_key_redacted(),
                    site: key.site,
                    api_host: key.api_host.clone(),
                    demo: key.demo,
                    saved_at: key.saved_at.clone(),
                    bot: key.bot,
                });
                Ok(key)
            })
            .collect();
        self.remember(found);
        out
    }

    /// A saved key from its keychain item's text.
    fn stored_key(text: &str, label: &str) -> Result<StoredKey> {
        let item = ItemJson::from_json(text, label)?;
        Ok(StoredKey {
            credentials: item.credentials(),
            site: item.site,
            api_host: item.api_host.clone(),
            demo: item.demo,
            saved_at: item.saved_at.clone(),
            permissions: item.permissions,
            origin: KeyOrigin::of_saved_host(&item.api_host),
            bot: item.bot_choice(),
        })
    }

    /// The saved keys: the index's and every item of the service the keychain lists (see
    /// "Which keys are saved" in the module doc), each read from the keychain, sorted by label.
    /// When the item exists its own fields are shown (an item not in this app's format shows
    /// the index's row, else only its label); when it is gone, `in_keychain` is false. The index
    /// is brought up to date with what was read.
    pub fn list(&self) -> Result<Vec<SavedKey>> {
        let rows = self.index.load();
        let labels = self.labels_with(&rows);
        let users: Vec<&str> = labels.iter().map(String::as_str).collect();
        // One keychain session for all of them where the system allows it (see `batch.rs`).
        let texts = self.store.get_many(&users);
        let mut out = Vec::new();
        let mut found = Vec::new();
        for (label, text) in labels.iter().zip(texts) {
            let row = rows.iter().find(|r| &r.label == label).cloned();
            let present = |row: Option<IndexRow>| match row {
                Some(row) => SavedKey::from_row(row, true),
                None => SavedKey::unknown(label),
            };
            let key = match text {
                Ok(Some(text)) => match ItemJson::from_json(&text, label) {
                    Ok(item) => {
                        found.push(item_row(label, &item));
                        SavedKey::from_item(label, &item)
                    }
                    Err(_) => present(row),
                },
                Ok(None) => match row {
                    Some(row) => SavedKey::from_row(row, false),
                    // Listed, but not found by its name (another keychain's item): not a key here.
                    None => continue,
                },
                // Something is there, just not readable as a key: it exists.
                Err(p) if p.kind == ProblemKind::KeychainMismatch => present(row),
                Err(p) => return Err(p),
            };
            out.push(key);
        }
        self.remember(found);
        Ok(out)
    }

    /// The labels of every saved key, sorted, each once: the index's rows and every item of the
    /// service the keychain lists (see "Which keys are saved" in the module doc). No secret is
    /// read. When the keychain cannot be listed (or listing fails: logged), the index's alone.
    pub fn saved_labels(&self) -> Vec<String> {
        self.labels_with(&self.index.load())
    }

    /// How many keys are saved, cheaply (the window's first screen): the index's count, and when
    /// the index lists none (missing, damaged or empty), the keychain's items counted in one
    /// search (no secret read). 0 when neither knows of a key.
    pub fn saved_count(&self) -> usize {
        match self.index.load().len() {
            0 => self.keychain_labels().map_or(0, |l| l.len()),
            n => n,
        }
    }

    fn labels_with(&self, rows: &[IndexRow]) -> Vec<String> {
        let mut labels: Vec<String> = rows.iter().map(|r| r.label.clone()).collect();
        labels.extend(self.keychain_labels().unwrap_or_default());
        labels.sort();
        labels.dedup();
        labels
    }

    /// The labels of the service's items in the keychain (staging items and names that are not
    /// labels left out); `None` when the keychain cannot be listed.
    fn keychain_labels(&self) -> Option<Vec<String>> {
        match self.store.users() {
            Ok(users) => users.map(|u| u.into_iter().filter(|u| is_label(u)).collect()),
            Err(p) => {
                tracing::warn!(kind = p.kind.as_str(), problem = %p.message, "could not list the keychain's items; using the saved-keys index alone");
                None
            }
        }
    }

    /// Writes the rows read from keychain items into the index (only when it changes).
    fn remember(&self, found: Vec<IndexRow>) {
        match self.index.merge(found) {
            Ok(true) => tracing::info!("the saved-keys index was brought up to date from the keychain"),
            Ok(false) => {}
            Err(p) => tracing::warn!(problem = %p.message, "the saved-keys index could not be rebuilt"),
        }
    }

    /// Deletes the keychain item and its index row. `not_found` when neither exists.
    pub fn delete(&self, label: &str) -> Result<()> {
        let label = validate_label(label)?;
        let had_item = self.store.delete(&label)?;
        self.remove_pending(&label);
        let had_row = self.index.remove(&label)?;
        if !had_item && !had_row {
            return Err(not_found(&label));
        }
        tracing::info!(label = %label, had_item, had_row, "saved key deleted");
        Ok(())
    }

    /// First save under a label: write, read back; on failure remove what was written.
    fn write_fresh(&self, label: &str, json: &str, new: &ItemJson) -> Result<()> {
        let result = self
            .store
            .set(label, json)
            .and_then(|()| self.verify(label, label, new));
        if result.is_err() {
            // Nothing was there before: removing the partial write restores that.
            let _ = self.store.delete(label);
        }
        result
    }

    /// Rotation: staging item first, then the real item; see the module doc for the guarantee.
    fn replace(&self, label: &str, json: &str, new: &ItemJson, old: &Zeroizing<String>) -> Result<()> {
        let pending = pending_user(label);
        // 1. Prove the keychain takes the new value without touching the saved item.
        if let Err(p) = self
            .store
            .set(&pending, json)
            .and_then(|()| self.verify(&pending, label, new))
        {
            self.remove_pending(label);
            return Err(p);
        }
        // 2. Overwrite the saved item and read it back.
        let result = self
            .store
            .set(label, json)
            .and_then(|()| self.verify(label, label, new));
        if let Err(p) = &result {
            // 3. Put the old value back.
            let restored = self
                .store
                .set(label, old)
                .and_then(|()| self.store.get(label))
                .map(|back| back.as_deref().map(String::as_str) == Some(old.as_str()));
            match restored {
                Ok(true) => {
                    tracing::warn!(label = %label, problem = %p.message, "replace failed; the previous key was restored")
                }
                _ => {
                    tracing::error!(label = %label, problem = %p.message, "replace failed and the previous key could not be restored")
                }
            }
        }
        // 4. The staging item is no longer needed either way.
        self.remove_pending(label);
        result
    }

    /// Reads `user` back and compares every field with what was written.
    fn verify(&self, user: &str, label: &str, expected: &ItemJson) -> Result<()> {
        let back = self.store.get(user)?.ok_or_else(|| mismatch(label))?;
        match ItemJson::from_json(&back, label) {
            Ok(item) if item == *expected => Ok(()),
            _ => Err(mismatch(label)),
        }
    }

    fn remove_pending(&self, label: &str) {
        if let Err(p) = self.store.delete(&pending_user(label)) {
            tracing::warn!(label = %label, problem = %p.message, "could not remove a staging item");
        }
    }
}

/// A user name the keychain lists that is a saved key's label: valid as typed, and not a
/// replace's staging item.
fn is_label(user: &str) -> bool {
    !user.ends_with(PENDING_SUFFIX) && validate_label(user).is_ok_and(|l| l == user)
}

/// The index row for an item read from the keychain.
fn item_row(label: &str, item: &ItemJson) -> IndexRow {
    IndexRow {
        label: label.to_owned(),
        api_key_redacted: item.api_key_redacted(),
        site: item.site,
        api_host: item.api_host.clone(),
        demo: item.demo,
        saved_at: item.saved_at.clone(),
        bot: item.bot_choice(),
    }
}

fn pending_user(label: &str) -> String {
    format!("{label}{PENDING_SUFFIX}")
}

/// Checks a key label: 1 to 50 letters, digits, `_`, `-` or `.` (surrounding spaces trimmed),
/// not starting with `-` and not only dots.
/// The label becomes the keychain item's user name, so a bot reads the key by this name.
pub fn validate_label(label: &str) -> Result<String> {
    let label = label.trim();
    let count = label.chars().count();
    let ok_chars = label
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'));
    if count == 0 {
        return Err(Problem::from_text(
            ProblemKind::MalformedInput,
            t!("keychain-label-missing"),
        ));
    }
    if count > MAX_LABEL_CHARS || !ok_chars {
        // Never echo the label: a secret may have been pasted into the wrong field.
        return Err(Problem::from_text(
            ProblemKind::MalformedInput,
            t!("keychain-label-invalid", max = MAX_LABEL_CHARS),
        ));
    }
    // "-x" reads as an option in `run -x -- ...`; "." and ".." read as folders.
    if label.starts_with('-') || label.chars().all(|c| c == '.') {
        return Err(Problem::from_text(
            ProblemKind::MalformedInput,
            t!("keychain-label-bad-start"),
        ));
    }
    Ok(label.to_owned())
}

fn not_found(label: &str) -> Problem {
    Problem::from_text(ProblemKind::NotFound, t!("keychain-not-found", label = label))
}

fn mismatch(label: &str) -> Problem {
    Problem::from_text(ProblemKind::KeychainMismatch, t!("keychain-mismatch", label = label))
}

fn already_exists(label: &str, old: &Zeroizing<String>) -> Problem {
    let what = match ItemJson::from_json(old, label) {
        Ok(item) => t!(
            "keychain-existing-key",
            key = item.api_key_redacted(),
            saved_at = &item.saved_at
        ),
        Err(_) => t!("keychain-existing-foreign"),
    };
    Problem::from_text(
        ProblemKind::AlreadyExists,
        t!("keychain-already-exists", label = label, what = what),
    )
}

#[cfg(test)]
mod tests;
