//! Reading many saved keys over one Secret Service session (Linux and the BSDs): `check` and
//! My keys' Test all read every saved key at once; and listing the user names of every item of
//! the service (attributes only, no secret read), so a key is found without the app's index.
//!
//! The `keyring` crate opens a new D-Bus connection and a new encrypted session (a
//! Diffie-Hellman exchange) for every item it reads: about 10 ms each, 60 to 100 ms for ten
//! keys even in parallel, which was most of what `check` spent beyond one connection test.
//! Here one session (the same `dbus-secret-service` crate and encryption `keyring` uses) finds
//! every item of the service `okx-key-assistant` in one search and reads the unlocked ones that
//! match a user name exactly once. Anything else (a locked item that may need a prompt, two
//! items for one name, an item from an old layout, any failure) is left to the `keyring` path,
//! item by item, so the problems a user sees are the same as before.

use super::SERVICE;
use dbus_secret_service::{EncryptionType, Error, SecretService};
use std::collections::HashMap;
use zeroize::{Zeroize, Zeroizing};

/// The secrets of `users` that one session could read; users missing from the map are for the
/// item-by-item path. Never fails: an error only means "read them one by one".
pub(crate) fn read_unlocked(users: &[&str]) -> HashMap<String, Zeroizing<String>> {
    let mut out = HashMap::new();
    let Ok(ss) = SecretService::connect(EncryptionType::Dh) else {
        return out;
    };
    let Ok(found) = ss.search_items(HashMap::from([("service", SERVICE)])) else {
        return out;
    };
    // Which unlocked items belong to which user name (a name seen twice, or on a locked item
    // too, is ambiguous here and goes the slow way).
    let mut by_user: HashMap<String, Vec<usize>> = HashMap::new();
    let mut locked_users: Vec<String> = Vec::new();
    for item in &found.locked {
        if let Ok(attrs) = item.get_attributes() {
            if let Some(u) = attrs.get("username") {
                locked_users.push(u.clone());
            }
        }
    }
    for (i, item) in found.unlocked.iter().enumerate() {
        let Ok(attrs) = item.get_attributes() else { continue };
        if attrs.get("target").is_some_and(|t| t != "default") {
            continue;
        }
        if let Some(u) = attrs.get("username") {
            by_user.entry(u.clone()).or_default().push(i);
        }
    }
    for user in users {
        let Some([i]) = by_user.get(*user).map(Vec::as_slice) else {
            continue;
        };
        if locked_users.iter().any(|u| u == user) {
            continue;
        }
        if let Ok(mut bytes) = found.unlocked[*i].get_secret() {
            match String::from_utf8(std::mem::take(&mut bytes)) {
                Ok(text) => {
                    out.insert((*user).to_owned(), Zeroizing::new(text));
                }
                Err(e) => {
                    let mut bytes = e.into_bytes();
                    bytes.zeroize();
                }
            }
        }
    }
    out
}

/// The user names of the service's items that the `keyring` path reads (no `target` attribute,
/// or `default`), locked or not, each once, sorted. Only attributes are read, over a plain
/// session (no key exchange: no secret crosses it), so a locked item needs no prompt here.
pub(crate) fn users() -> Result<Vec<String>, Error> {
    let ss = SecretService::connect(EncryptionType::Plain)?;
    let found = ss.search_items(HashMap::from([("service", SERVICE)]))?;
    let mut users: Vec<String> = Vec::new();
    for item in found.unlocked.iter().chain(&found.locked) {
        let Ok(attrs) = item.get_attributes() else { continue };
        if attrs.get("target").is_some_and(|t| t != "default") {
            continue;
        }
        if let Some(u) = attrs.get("username") {
            users.push(u.clone());
        }
    }
    users.sort();
    users.dedup();
    Ok(users)
}
