//! The one error type of the app: every failure is a [`Problem`] with a kind, a message and a fix.
//!
//! The same JSON shape reaches the window (as a command's error) and the CLI (in `verify --json`),
//! so the UI can switch on `kind` and a script can rely on it. Messages are plain words for people
//! who are not engineers; the fix always says what to do next.

use serde::{Deserialize, Serialize};
use std::fmt;

/// What went wrong, one kind per distinct thing the user must do.
///
/// The first group is the connection test's vocabulary from `DESIGN.md` (stable: scripts rely on
/// it); the rest are the app's own failures (input, keychain, files).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProblemKind {
    WrongPassphrase,
    WrongSecret,
    UnknownKey,
    WrongSite,
    DemoMismatch,
    ClockSkew,
    IpNotAllowed,
    RegionRestricted,
    KeyFrozen,
    MissingReadPermission,
    MissingTradePermission,
    WithdrawEnabled,
    NoIpBinding,
    RateLimited,
    OkxUnavailable,
    NetworkError,
    Timeout,
    UnexpectedResponse,
    MalformedInput,
    // --- the app's own failures beyond the connection test ---
    /// A host override that is not a loopback URL, or another refused setting.
    InvalidSetting,
    /// No Secret Service / no D-Bus session / no keychain backend at all.
    KeychainUnavailable,
    /// The keychain (collection) is locked, or the unlock prompt was dismissed.
    KeychainLocked,
    /// The keychain refused access to the item.
    KeychainDenied,
    /// The item read back differs from what was written.
    KeychainMismatch,
    /// No saved key under that label.
    NotFound,
    /// A save would replace an existing key: the user must confirm.
    AlreadyExists,
    /// The key may not be saved (e.g. it can withdraw) or the test has not passed yet.
    NotAllowed,
    /// Reading or writing one of the app's own (non-secret) files failed.
    Storage,
    /// A bug in the app: should never happen.
    Internal,
}

impl ProblemKind {
    /// The stable snake_case name, as serialized.
    pub fn as_str(self) -> &'static str {
        match self {
            ProblemKind::WrongPassphrase => "wrong_passphrase",
            ProblemKind::WrongSecret => "wrong_secret",
            ProblemKind::UnknownKey => "unknown_key",
            ProblemKind::WrongSite => "wrong_site",
            ProblemKind::DemoMismatch => "demo_mismatch",
            ProblemKind::ClockSkew => "clock_skew",
            ProblemKind::IpNotAllowed => "ip_not_allowed",
            ProblemKind::RegionRestricted => "region_restricted",
            ProblemKind::KeyFrozen => "key_frozen",
            ProblemKind::MissingReadPermission => "missing_read_permission",
            ProblemKind::MissingTradePermission => "missing_trade_permission",
            ProblemKind::WithdrawEnabled => "withdraw_enabled",
            ProblemKind::NoIpBinding => "no_ip_binding",
            ProblemKind::RateLimited => "rate_limited",
            ProblemKind::OkxUnavailable => "okx_unavailable",
            ProblemKind::NetworkError => "network_error",
            ProblemKind::Timeout => "timeout",
            ProblemKind::UnexpectedResponse => "unexpected_response",
            ProblemKind::MalformedInput => "malformed_input",
            ProblemKind::InvalidSetting => "invalid_setting",
            ProblemKind::KeychainUnavailable => "keychain_unavailable",
            ProblemKind::KeychainLocked => "keychain_locked",
            ProblemKind::KeychainDenied => "keychain_denied",
            ProblemKind::KeychainMismatch => "keychain_mismatch",
            ProblemKind::NotFound => "not_found",
            ProblemKind::AlreadyExists => "already_exists",
            ProblemKind::NotAllowed => "not_allowed",
            ProblemKind::Storage => "storage",
            ProblemKind::Internal => "internal",
        }
    }
}

/// How serious a problem is. `Danger` is kept for what can cost money (withdraw permission).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Worth knowing; nothing is broken (e.g. no IP binding, a small clock skew).
    Warning,
    /// The key does not work or the action failed.
    Error,
    /// The key works but is unsafe (it can withdraw).
    Danger,
}

/// A failure or finding, with what to do about it. This is the app's only error type.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Problem {
    pub kind: ProblemKind,
    /// OKX's own error code when OKX gave one (e.g. "50105").
    pub okx_code: Option<String>,
    pub message: String,
    pub fix: String,
    pub severity: Severity,
}

impl Problem {
    /// An error (the default severity).
    pub fn new(kind: ProblemKind, message: impl Into<String>, fix: impl Into<String>) -> Self {
        Problem {
            kind,
            okx_code: None,
            message: message.into(),
            fix: fix.into(),
            severity: Severity::Error,
        }
    }

    /// A warning: worth knowing, nothing broken.
    pub fn warning(kind: ProblemKind, message: impl Into<String>, fix: impl Into<String>) -> Self {
        Problem::new(kind, message, fix).with_severity(Severity::Warning)
    }

    pub fn with_severity(mut self, severity: Severity) -> Self {
        self.severity = severity;
        self
    }

    pub fn with_okx_code(mut self, code: impl Into<String>) -> Self {
        self.okx_code = Some(code.into());
        self
    }

    /// A bug in the app. The message must not contain anything the user typed.
    pub fn internal(message: impl Into<String>) -> Self {
        Problem::new(
            ProblemKind::Internal,
            message,
            "This is a bug in OKX Key Assistant. Please try again; if it keeps happening, report it with the app's log.",
        )
    }

    pub fn is_warning(&self) -> bool {
        self.severity == Severity::Warning
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.message, self.fix)
    }
}

impl std::error::Error for Problem {}

/// The app's result type.
pub type Result<T, E = Problem> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serializes_as_the_stable_contract() {
        let p = Problem::new(ProblemKind::WrongPassphrase, "m", "f").with_okx_code("50105");
        let v = serde_json::to_value(&p).unwrap();
        assert_eq!(
            v,
            serde_json::json!({"kind": "wrong_passphrase", "okx_code": "50105", "message": "m", "fix": "f", "severity": "error"})
        );
    }

    #[test]
    fn as_str_matches_serde_for_every_kind() {
        use ProblemKind::*;
        for k in [
            WrongPassphrase,
            WrongSecret,
            UnknownKey,
            WrongSite,
            DemoMismatch,
            ClockSkew,
            IpNotAllowed,
            RegionRestricted,
            KeyFrozen,
            MissingReadPermission,
            MissingTradePermission,
            WithdrawEnabled,
            NoIpBinding,
            RateLimited,
            OkxUnavailable,
            NetworkError,
            Timeout,
            UnexpectedResponse,
            MalformedInput,
            InvalidSetting,
            KeychainUnavailable,
            KeychainLocked,
            KeychainDenied,
            KeychainMismatch,
            NotFound,
            AlreadyExists,
            NotAllowed,
            Storage,
            Internal,
        ] {
            assert_eq!(serde_json::to_value(k).unwrap(), serde_json::json!(k.as_str()));
        }
    }
}
