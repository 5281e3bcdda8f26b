//! Access to the operating system's keychain, and what its failures mean for the user.
//!
//! [`SystemStore`] reads and writes one item per user name under the service
//! `okx-key-assistant` with the `keyring` crate's platform store: Secret Service on Linux and the
//! BSDs, the macOS Keychain, the Windows Credential Manager (target `USER@okx-key-assistant`, the
//! name Python's `keyring` looks up). keyring 3.x silently falls back to an in-memory mock store
//! when no platform feature applies; every entry is checked for its concrete type and the mock
//! (or anything unknown) is refused as `keychain_unavailable`.
//!
//! Errors become [`Problem`]s: no Secret Service or no D-Bus session -> `keychain_unavailable`,
//! a locked keyring or a dismissed unlock prompt -> `keychain_locked`, refused access ->
//! `keychain_denied`. A missing item is not an error here (`None` / `false`).

use super::SERVICE;
use crate::error::{Problem, ProblemKind, Result};
use crate::t;
use keyring::Entry;
use std::any::Any;
use zeroize::{Zeroize, Zeroizing};

/// The few operations the keychain needs. The product uses [`SystemStore`] only; the trait lets
/// unit tests inject failures at each step of a save.
pub(crate) trait Store: Send + Sync {
    /// The item's secret, or `None` when there is no item.
    fn get(&self, user: &str) -> Result<Option<Zeroizing<String>>>;
    /// Creates the item or replaces its secret (one call to the platform).
    fn set(&self, user: &str, secret: &str) -> Result<()>;
    /// Deletes the item; `false` when there was none.
    fn delete(&self, user: &str) -> Result<bool>;
    /// The secrets of several items, in the order of `users`; by default one after the other.
    fn get_many(&self, users: &[&str]) -> Vec<Result<Option<Zeroizing<String>>>> {
        users.iter().map(|u| self.get(u)).collect()
    }
    /// The user names of every item of the service [`SERVICE`], from their attributes (no secret
    /// is read), staging items and odd names included: the caller keeps the labels. `None` when
    /// the platform cannot enumerate them (macOS Keychain and Windows Credential Manager through
    /// `keyring` cannot): then the app's index alone says which keys are saved.
    fn users(&self) -> Result<Option<Vec<String>>> {
        Ok(None)
    }
    /// The backend's name for people, e.g. "Secret Service (GNOME Keyring)".
    fn backend(&self) -> String;
}

/// The operating system's keychain through the `keyring` crate.
#[derive(Debug)]
pub(crate) struct SystemStore;

impl SystemStore {
    /// Refuses when the `keyring` crate would use its mock store (or anything but the platform's).
    pub fn new() -> Result<SystemStore> {
        entry("okx-key-assistant-probe")?;
        Ok(SystemStore)
    }
}

impl Store for SystemStore {
    fn get(&self, user: &str) -> Result<Option<Zeroizing<String>>> {
        match entry(user)?.get_password() {
            Ok(text) => Ok(Some(Zeroizing::new(text))),
            Err(keyring::Error::NoEntry) => Ok(None),
            Err(err) => Err(map_error(err)),
        }
    }

    fn set(&self, user: &str, secret: &str) -> Result<()> {
        entry(user)?.set_password(secret).map_err(map_error)
    }

    fn delete(&self, user: &str) -> Result<bool> {
        match entry(user)?.delete_credential() {
            Ok(()) => Ok(true),
            Err(keyring::Error::NoEntry) => Ok(false),
            Err(err) => Err(map_error(err)),
        }
    }

    fn backend(&self) -> String {
        backend_name()
    }

    /// One Secret Service search for the items of the service ([`super::batch`]).
    #[cfg(any(target_os = "linux", target_os = "freebsd", target_os = "openbsd"))]
    fn users(&self) -> Result<Option<Vec<String>>> {
        super::batch::users()
            .map(Some)
            .map_err(|e| map_error(keyring::secret_service::decode_error(e)))
    }

    /// One Secret Service session for all the items it can read at once
    /// ([`super::batch`]); the others item by item.
    #[cfg(any(target_os = "linux", target_os = "freebsd", target_os = "openbsd"))]
    fn get_many(&self, users: &[&str]) -> Vec<Result<Option<Zeroizing<String>>>> {
        let mut read = super::batch::read_unlocked(users);
        users
            .iter()
            .map(|u| match read.remove(*u) {
                Some(text) => Ok(Some(text)),
                None => self.get(u),
            })
            .collect()
    }
}

/// The keyring entry for `user`, refused unless it is the platform's own store.
fn entry(user: &str) -> Result<Entry> {
    #[cfg(target_os = "windows")]
    let made = Entry::new_with_target(&format!("{user}@{SERVICE}"), SERVICE, user);
    #[cfg(not(target_os = "windows"))]
    let made = Entry::new(SERVICE, user);
    let entry = made.map_err(map_error)?;
    if is_platform_credential(entry.get_credential()) {
        Ok(entry)
    } else {
        Err(no_platform_store())
    }
}

/// True only for the platform store's credential type; false for the mock and anything else.
pub(crate) fn is_platform_credential(credential: &dyn Any) -> bool {
    if credential.downcast_ref::<keyring::mock::MockCredential>().is_some() {
        return false;
    }
    #[cfg(any(target_os = "linux", target_os = "freebsd", target_os = "openbsd"))]
    return credential
        .downcast_ref::<keyring::secret_service::SsCredential>()
        .is_some();
    #[cfg(target_os = "macos")]
    return credential.downcast_ref::<keyring::macos::MacCredential>().is_some();
    #[cfg(target_os = "windows")]
    return credential.downcast_ref::<keyring::windows::WinCredential>().is_some();
    #[allow(unreachable_code)]
    false
}

fn no_platform_store() -> Problem {
    Problem::from_text(ProblemKind::KeychainUnavailable, t!("keychain-no-platform-store"))
}

/// The system, for the messages whose fix differs on each: "macos", "windows" or "other".
fn os() -> &'static str {
    if cfg!(target_os = "macos") {
        "macos"
    } else if cfg!(target_os = "windows") {
        "windows"
    } else {
        "other"
    }
}

/// The keychain's name for people.
pub(crate) fn backend_name() -> String {
    #[cfg(target_os = "macos")]
    return "macOS Keychain".to_owned();
    #[cfg(target_os = "windows")]
    return "Windows Credential Manager".to_owned();
    #[cfg(target_os = "linux")]
    return match secret_service_provider() {
        Some(p) => format!("Secret Service ({p})"),
        None => "Secret Service".to_owned(),
    };
    #[allow(unreachable_code)]
    "Secret Service".to_owned()
}

/// Which program owns `org.freedesktop.secrets` on the session bus, when that is cheap to learn.
#[cfg(target_os = "linux")]
fn secret_service_provider() -> Option<&'static str> {
    let conn = dbus::blocking::Connection::new_session().ok()?;
    let proxy = conn.with_proxy(
        "org.freedesktop.DBus",
        "/org/freedesktop/DBus",
        std::time::Duration::from_millis(500),
    );
    let (pid,): (u32,) = proxy
        .method_call(
            "org.freedesktop.DBus",
            "GetConnectionUnixProcessID",
            ("org.freedesktop.secrets",),
        )
        .ok()?;
    let comm = std::fs::read_to_string(format!("/proc/{pid}/comm")).ok()?;
    provider_from_process(comm.trim())
}

#[cfg_attr(not(target_os = "linux"), allow(dead_code))]
fn provider_from_process(name: &str) -> Option<&'static str> {
    let name = name.to_ascii_lowercase();
    if name.starts_with("gnome-keyring") {
        Some("GNOME Keyring")
    } else if name.starts_with("kwalletd") || name.starts_with("ksecretd") {
        Some("KWallet")
    } else if name.starts_with("keepassxc") {
        Some("KeePassXC")
    } else {
        None
    }
}

/// What kind of keychain failure a platform error's text describes.
fn classify(text: &str, storage_access: bool) -> ProblemKind {
    let t = text.to_ascii_lowercase();
    let any = |needles: &[&str]| needles.iter().any(|n| t.contains(n));
    // macOS: errSecNotAvailable, errSecNoSuchKeychain, errSecInvalidKeychain; Windows: no logon session.
    if any(&[
        "autolaunch",
        "serviceunknown",
        "org.freedesktop.secrets",
        "no such file",
        "dbus_session_bus_address",
        "failed to connect to socket",
        "connection refused",
        "-25291",
        "-25294",
        "-25295",
        "no_such_logon_session",
    ]) {
        return ProblemKind::KeychainUnavailable;
    }
    // D-Bus policy refusals; macOS errSecAuthFailed, user cancelled, errSecReadOnly; Windows ERROR_ACCESS_DENIED.
    if any(&[
        "accessdenied",
        "access denied",
        "notauthorized",
        "-25293",
        "(-128)",
        "-25292",
        "user canceled",
    ]) || t.trim_end().ends_with("error code 5")
    {
        return ProblemKind::KeychainDenied;
    }
    if any(&["islocked", "locked", "prompt", "dismissed"]) || storage_access {
        return ProblemKind::KeychainLocked;
    }
    ProblemKind::KeychainUnavailable
}

/// The first line of a platform error, shortened: enough to search for, never a dump.
fn short(text: &str) -> String {
    let line = text.lines().next().unwrap_or("").trim();
    let mut s: String = line.chars().take(160).collect();
    if line.chars().count() > 160 {
        s.push('…');
    }
    s
}

/// A `keyring` error as a [`Problem`] with a fix. `NoEntry` becomes `not_found`.
pub(crate) fn map_error(err: keyring::Error) -> Problem {
    match err {
        keyring::Error::NoEntry => Problem::from_text(ProblemKind::NotFound, t!("keychain-no-item")),
        keyring::Error::NoStorageAccess(e) => {
            let text = e.to_string();
            problem_for(classify(&text, true), &text)
        }
        keyring::Error::PlatformFailure(e) => {
            let text = e.to_string();
            problem_for(classify(&text, false), &text)
        }
        keyring::Error::BadEncoding(mut bytes) => {
            bytes.zeroize();
            Problem::from_text(ProblemKind::KeychainMismatch, t!("keychain-not-text"))
        }
        keyring::Error::TooLong(name, _) | keyring::Error::Invalid(name, _) => {
            tracing::warn!(attribute = %name, "the keychain refused an item's attribute");
            Problem::from_text(ProblemKind::MalformedInput, t!("keychain-label-refused"))
        }
        keyring::Error::Ambiguous(_) => Problem::from_text(ProblemKind::KeychainMismatch, t!("keychain-ambiguous")),
        other => problem_for(ProblemKind::KeychainUnavailable, &other.to_string()),
    }
}

fn problem_for(kind: ProblemKind, platform_text: &str) -> Problem {
    match kind {
        ProblemKind::KeychainLocked => Problem::from_text(kind, t!("keychain-locked", os = os())),
        ProblemKind::KeychainDenied => Problem::from_text(kind, t!("keychain-denied", os = os())),
        _ => {
            let message = if is_missing_service(platform_text) {
                t!("keychain-unavailable", os = os())
            } else {
                t!("keychain-unavailable-detail", detail = short(platform_text))
            };
            Problem::new(
                ProblemKind::KeychainUnavailable,
                message,
                t!("keychain-unavailable.fix", os = os()),
            )
        }
    }
}

fn is_missing_service(text: &str) -> bool {
    classify(text, false) == ProblemKind::KeychainUnavailable
        && [
            "autolaunch",
            "serviceunknown",
            "org.freedesktop.secrets",
            "no such file",
            "dbus_session_bus_address",
            "failed to connect",
        ]
        .iter()
        .any(|n| text.to_ascii_lowercase().contains(n))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_mock_store_is_refused() {
        let cred = keyring::mock::default_credential_builder()
            .build(None, SERVICE, "x")
            .unwrap();
        let entry = Entry::new_with_credential(cred);
        assert!(!is_platform_credential(entry.get_credential()));
        assert!(!is_platform_credential(&42u8));
    }

    #[cfg(any(target_os = "linux", target_os = "freebsd", target_os = "openbsd"))]
    #[test]
    fn the_default_store_here_is_secret_service() {
        // Building an entry talks to nobody; this only checks the compiled-in store.
        assert!(SystemStore::new().is_ok());
    }

    #[test]
    fn platform_texts_map_to_kinds() {
        use ProblemKind::*;
        let cases = [
            ("Unable to autolaunch a dbus-daemon without a $DISPLAY for X11", false, KeychainUnavailable),
            ("D-Bus error: The name org.freedesktop.secrets was not provided by any .service files (org.freedesktop.DBus.Error.ServiceUnknown)", false, KeychainUnavailable),
            ("Failed to connect to socket /run/user/0/bus: No such file or directory", false, KeychainUnavailable),
            ("D-Bus error: Cannot create an item in a locked collection (org.freedesktop.Secret.Error.IsLocked)", false, KeychainLocked),
            ("SS error: prompt dismissed", true, KeychainLocked),
            ("SS error: result not returned from SS API", true, KeychainLocked),
            ("Rejected send message (org.freedesktop.DBus.Error.AccessDenied)", false, KeychainDenied),
            ("The user name or passphrase you entered is not correct. (-25293)", false, KeychainDenied),
            ("Windows error code 5", false, KeychainDenied),
            ("Windows error code 50", false, KeychainUnavailable),
            ("Windows ERROR_NO_SUCH_LOGON_SESSION", true, KeychainUnavailable),
            ("something odd", false, KeychainUnavailable),
        ];
        for (text, access, want) in cases {
            assert_eq!(classify(text, access), want, "{text}");
        }
    }

    #[test]
    fn messages_are_short_and_have_fixes() {
        let long = format!("first line {}\nsecond line", "x".repeat(400));
        let p = problem_for(ProblemKind::KeychainUnavailable, &long);
        assert!(p.message.to_string().len() < 300, "{}", p.message);
        assert!(!p.message.to_string().contains("second line"));
        assert!(!p.fix.is_empty());
        let p = map_error(keyring::Error::PlatformFailure(
            "Unable to autolaunch a dbus-daemon".into(),
        ));
        assert_eq!(p.kind, ProblemKind::KeychainUnavailable);
        assert!(
            !p.message.to_string().contains("autolaunch"),
            "plain words: {}",
            p.message
        );
        let p = map_error(keyring::Error::NoStorageAccess("prompt dismissed".into()));
        assert_eq!(p.kind, ProblemKind::KeychainLocked);
        let p = map_error(keyring::Error::BadEncoding(b"secret bytes".to_vec()));
        assert_eq!(p.kind, ProblemKind::KeychainMismatch);
        assert_eq!(provider_from_process("gnome-keyring-d"), Some("GNOME Keyring"));
        assert_eq!(provider_from_process("kwalletd6"), Some("KWallet"));
        assert_eq!(provider_from_process("bash"), None);
    }
}
