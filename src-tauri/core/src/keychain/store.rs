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
    Problem::new(
        ProblemKind::KeychainUnavailable,
        "This copy of OKX Key Assistant has no access to a real system keychain, so it will not save keys (it refuses to keep them only in memory).",
        "Use the app built for your system (Linux, macOS or Windows). Until then, keep the three values in your password manager.",
    )
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
        keyring::Error::NoEntry => Problem::new(
            ProblemKind::NotFound,
            "There is no such item in the keychain.",
            "Check the label in the list of saved keys, or save the key first.",
        ),
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
            Problem::new(
                ProblemKind::KeychainMismatch,
                "The keychain item holds something that is not text, so it is not a key this app saved.",
                "Save the key again under this label to replace it, or delete the item and save under a new label.",
            )
        }
        keyring::Error::TooLong(name, _) | keyring::Error::Invalid(name, _) => Problem::new(
            ProblemKind::MalformedInput,
            format!("The keychain does not accept this {name}."),
            "Use a shorter label made of letters, digits, '_', '-' or '.'.",
        ),
        keyring::Error::Ambiguous(_) => Problem::new(
            ProblemKind::KeychainMismatch,
            "More than one keychain item is saved under this label, so the app cannot tell which one is the key.",
            "Open your keyring app (Passwords and Keys, KWallet or KeePassXC), delete the extra \"okx-key-assistant\" items for this label, then try again.",
        ),
        other => problem_for(ProblemKind::KeychainUnavailable, &other.to_string()),
    }
}

fn problem_for(kind: ProblemKind, platform_text: &str) -> Problem {
    match kind {
        ProblemKind::KeychainLocked => Problem::new(
            kind,
            "Your keyring is locked, or the window asking to unlock it was closed, so the app could not reach it.",
            locked_fix(),
        ),
        ProblemKind::KeychainDenied => Problem::new(
            kind,
            "The system keychain refused OKX Key Assistant access to the item.",
            denied_fix(),
        ),
        _ => {
            let detail = short(platform_text);
            let message = if is_missing_service(platform_text) {
                unavailable_message().to_owned()
            } else {
                format!("The system keychain could not be used ({detail}).")
            };
            Problem::new(ProblemKind::KeychainUnavailable, message, unavailable_fix())
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

#[cfg(target_os = "macos")]
fn unavailable_message() -> &'static str {
    "The macOS Keychain is not available."
}
#[cfg(target_os = "windows")]
fn unavailable_message() -> &'static str {
    "Windows Credential Manager is not available."
}
#[cfg(not(any(target_os = "macos", target_os = "windows")))]
fn unavailable_message() -> &'static str {
    "No keyring is running on this computer (no Secret Service, the desktop's password store), so the key cannot be kept in it."
}

#[cfg(target_os = "macos")]
fn unavailable_fix() -> &'static str {
    "Make sure you are logged in to macOS normally and your login keychain exists (open Keychain Access), then try again."
}
#[cfg(target_os = "windows")]
fn unavailable_fix() -> &'static str {
    "Make sure you are signed in to Windows with your own account (not a service account), then try again."
}
#[cfg(not(any(target_os = "macos", target_os = "windows")))]
fn unavailable_fix() -> &'static str {
    "Install and start a keyring: GNOME Keyring, KWallet's Secret Service, or KeePassXC with Secret Service integration turned on. Then try again; the form keeps your values. On a headless machine (no desktop), start one inside a D-Bus session: dbus-run-session -- sh -c 'gnome-keyring-daemon --unlock --components=secrets; okx-key-assistant ...'. Until then, keep the three values in your password manager."
}

#[cfg(target_os = "macos")]
fn locked_fix() -> &'static str {
    "Unlock your login keychain (open Keychain Access and unlock it, or enter your password when macOS asks), then try again."
}
#[cfg(target_os = "windows")]
fn locked_fix() -> &'static str {
    "Sign in to Windows again, then try again."
}
#[cfg(not(any(target_os = "macos", target_os = "windows")))]
fn locked_fix() -> &'static str {
    "Unlock your keyring, then try again: enter your password when the unlock window appears, or open Passwords and Keys (Seahorse), KWallet or KeePassXC and unlock it. A new keyring may need to be created there first. The form keeps your values."
}

#[cfg(target_os = "macos")]
fn denied_fix() -> &'static str {
    "When macOS asks, choose Allow (or Always Allow) for OKX Key Assistant, then try again. In Keychain Access you can check the item's Access Control tab."
}
#[cfg(not(target_os = "macos"))]
fn denied_fix() -> &'static str {
    "Allow OKX Key Assistant when your keyring asks, then try again. If the app runs in a sandbox (Flatpak or Snap), give it access to the Secret Service."
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
        assert!(!p.message.to_string().contains("autolaunch"), "plain words: {}", p.message);
        let p = map_error(keyring::Error::NoStorageAccess("prompt dismissed".into()));
        assert_eq!(p.kind, ProblemKind::KeychainLocked);
        let p = map_error(keyring::Error::BadEncoding(b"secret bytes".to_vec()));
        assert_eq!(p.kind, ProblemKind::KeychainMismatch);
        assert_eq!(provider_from_process("gnome-keyring-d"), Some("GNOME Keyring"));
        assert_eq!(provider_from_process("kwalletd6"), Some("KWallet"));
        assert_eq!(provider_from_process("bash"), None);
    }
}
