//! The one error type of the app: every failure is a [`Problem`] with a kind, a message and a fix.
//!
//! The same JSON shape reaches the window (as a command's error) and the CLI (in `verify --json`),
//! so the UI can switch on `kind` and a script can rely on it. Messages are plain words for people
//! who are not engineers; the fix always says what to do next. Both are [`Text`]: catalog
//! messages made into words (for the current locale) when the problem is serialized or shown.

use crate::catalog::Text;
use serde::{Deserialize, Serialize};
use std::fmt;

/// Declares [`ProblemKind`] once: each variant with its stable serialized name, so the enum,
/// its `as_str` and the list of all kinds cannot drift apart.
macro_rules! problem_kinds {
    ($($(#[$doc:meta])* $variant:ident => $name:literal,)+) => {
        /// What went wrong, one kind per distinct thing the user must do.
        ///
        /// The first group is the connection test's vocabulary from `DESIGN.md` (stable: scripts
        /// rely on it); the rest are the app's own failures (input, keychain, files).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
        pub enum ProblemKind {
            $($(#[$doc])* #[serde(rename = $name)] $variant,)+
        }

        impl ProblemKind {
            /// Every kind, in declaration order.
            pub const ALL: &'static [ProblemKind] = &[$(ProblemKind::$variant,)+];

            /// The stable snake_case name, as serialized.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(ProblemKind::$variant => $name,)+
                }
            }
        }
    };
}

problem_kinds! {
    WrongPassphrase => "wrong_passphrase",
    WrongSecret => "wrong_secret",
    UnknownKey => "unknown_key",
    WrongSite => "wrong_site",
    DemoMismatch => "demo_mismatch",
    ClockSkew => "clock_skew",
    IpNotAllowed => "ip_not_allowed",
    RegionRestricted => "region_restricted",
    KeyFrozen => "key_frozen",
    MissingReadPermission => "missing_read_permission",
    MissingTradePermission => "missing_trade_permission",
    WithdrawEnabled => "withdraw_enabled",
    NoIpBinding => "no_ip_binding",
    RateLimited => "rate_limited",
    OkxUnavailable => "okx_unavailable",
    NetworkError => "network_error",
    Timeout => "timeout",
    UnexpectedResponse => "unexpected_response",
    MalformedInput => "malformed_input",
    // --- the app's own failures beyond the connection test ---
    /// A host override that is not a loopback URL, or another refused setting.
    InvalidSetting => "invalid_setting",
    /// No Secret Service / no D-Bus session / no keychain backend at all.
    KeychainUnavailable => "keychain_unavailable",
    /// The keychain (collection) is locked, or the unlock prompt was dismissed.
    KeychainLocked => "keychain_locked",
    /// The keychain refused access to the item.
    KeychainDenied => "keychain_denied",
    /// The item read back differs from what was written.
    KeychainMismatch => "keychain_mismatch",
    /// No saved key under that label.
    NotFound => "not_found",
    /// A save would replace an existing key: the user must confirm.
    AlreadyExists => "already_exists",
    /// The key may not be saved (e.g. it can withdraw) or the test has not passed yet.
    NotAllowed => "not_allowed",
    /// Reading or writing one of the app's own (non-secret) files failed.
    Storage => "storage",
    /// The system's web browser could not be opened (to show an OKX page).
    BrowserUnavailable => "browser_unavailable",
    /// A bug in the app: should never happen.
    Internal => "internal",
}

/// How serious a problem is. `Danger` is kept for what can cost money or stops a bot for good
/// (withdraw permission; a key OKX deleted).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Information only: nothing to fix (e.g. the key belongs to a sub-account).
    Info,
    /// Worth knowing; nothing is broken (e.g. no IP binding, a small clock skew).
    Warning,
    /// The key does not work or the action failed.
    Error,
    /// The key is unsafe (it can withdraw) or gone (OKX deleted it).
    Danger,
}

impl Severity {
    /// An error or a danger: something stops the key or the bot (not a warning, not information).
    pub fn is_blocking(self) -> bool {
        self >= Severity::Error
    }
}

/// A failure or finding, with what to do about it. This is the app's only error type.
///
/// Serialized as `{kind, okx_code, message, fix, severity}`, the words in the current locale.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Problem {
    pub kind: ProblemKind,
    /// OKX's own error code when OKX gave one (e.g. "50105").
    pub okx_code: Option<String>,
    pub message: Text,
    pub fix: Text,
    pub severity: Severity,
}

impl Problem {
    /// An error (the default severity).
    pub fn new(kind: ProblemKind, message: impl Into<Text>, fix: impl Into<Text>) -> Self {
        Problem {
            kind,
            okx_code: None,
            message: message.into(),
            fix: fix.into(),
            severity: Severity::Error,
        }
    }

    /// A warning: worth knowing, nothing broken.
    pub fn warning(kind: ProblemKind, message: impl Into<Text>, fix: impl Into<Text>) -> Self {
        Problem::new(kind, message, fix).with_severity(Severity::Warning)
    }

    /// An error worded by one catalog message: its value is the message, its `.fix` the fix.
    pub fn from_text(kind: ProblemKind, text: Text) -> Self {
        let fix = text.with_attr("fix");
        Problem::new(kind, text, fix)
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
    pub fn internal(message: impl Into<Text>) -> Self {
        Problem::new(ProblemKind::Internal, message, crate::t!("problem-internal.fix"))
    }

    pub fn is_warning(&self) -> bool {
        self.severity == Severity::Warning
    }
}

/// In English, for logs.
impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let en = crate::catalog::Locale::english();
        write!(f, "{} {}", self.message.render_in(&en), self.fix.render_in(&en))
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
        assert_eq!(ProblemKind::ALL.len(), 30);
        for k in ProblemKind::ALL {
            assert_eq!(serde_json::to_value(k).unwrap(), serde_json::json!(k.as_str()));
            let back: ProblemKind = serde_json::from_value(serde_json::json!(k.as_str())).unwrap();
            assert_eq!(back, *k);
        }
    }

    #[test]
    fn the_design_vocabulary_is_stable() {
        // DESIGN.md's problem kinds, in its order: scripts rely on these names.
        let design = "wrong_passphrase wrong_secret unknown_key wrong_site demo_mismatch clock_skew ip_not_allowed \
                      region_restricted key_frozen missing_read_permission missing_trade_permission withdraw_enabled \
                      no_ip_binding rate_limited okx_unavailable network_error timeout unexpected_response malformed_input";
        let names: Vec<&str> = ProblemKind::ALL.iter().take(19).map(|k| k.as_str()).collect();
        assert_eq!(names, design.split_whitespace().collect::<Vec<_>>());
    }
}
