//! The report's fixed words that other parts read: short names for problems (for one-line
//! summaries) and the golden rules (the window shows them too). The words themselves are in
//! `locales/<lang>/report.ftl`; facts from the guide and `OKX_FACTS.md`, sentences our own.

use crate::catalog::Text;
use crate::error::ProblemKind;
use crate::t;
use serde::{Serialize, Serializer};
use std::sync::LazyLock;

/// A few words for a problem, for "Not verified: wrong passphrase".
pub fn short_reason(kind: ProblemKind) -> Text {
    use ProblemKind::*;
    match kind {
        WrongPassphrase => t!("report-reason-wrong-passphrase"),
        WrongSecret => t!("report-reason-wrong-secret"),
        UnknownKey => t!("report-reason-unknown-key"),
        WrongSite => t!("report-reason-wrong-site"),
        DemoMismatch => t!("report-reason-demo-mismatch"),
        ClockSkew => t!("report-reason-clock-skew"),
        IpNotAllowed => t!("report-reason-ip-not-allowed"),
        RegionRestricted => t!("report-reason-region-restricted"),
        KeyFrozen => t!("report-reason-key-frozen"),
        MissingReadPermission => t!("report-reason-missing-read"),
        MissingTradePermission => t!("report-reason-missing-trade"),
        WithdrawEnabled => t!("report-reason-withdraw-enabled"),
        NoIpBinding => t!("report-reason-no-ip-binding"),
        RateLimited => t!("report-reason-rate-limited"),
        OkxUnavailable => t!("report-reason-okx-unavailable"),
        NetworkError => t!("report-reason-network-error"),
        Timeout => t!("report-reason-timeout"),
        UnexpectedResponse => t!("report-reason-unexpected-response"),
        MalformedInput => t!("report-reason-malformed-input"),
        InvalidSetting => t!("report-reason-invalid-setting"),
        KeychainUnavailable => t!("report-reason-keychain-unavailable"),
        KeychainLocked => t!("report-reason-keychain-locked"),
        KeychainDenied => t!("report-reason-keychain-denied"),
        KeychainMismatch => t!("report-reason-keychain-mismatch"),
        NotFound => t!("report-reason-not-found"),
        AlreadyExists => t!("report-reason-already-exists"),
        NotAllowed => t!("report-reason-not-allowed"),
        Storage => t!("report-reason-storage"),
        BrowserUnavailable => t!("report-reason-browser-unavailable"),
        Internal => t!("report-reason-internal"),
    }
}

/// The golden rules from the guide, in our words: `GOLDEN_RULES.iter()`. It serializes as the
/// list of four rules, each `{rule, why, danger}` with its words in the locale current at that
/// moment (the window's boot data).
pub static GOLDEN_RULES: GoldenRules = GoldenRules(LazyLock::new(golden_rules));

fn golden_rules() -> [GoldenRule; 4] {
    [
        GoldenRule {
            rule: t!("report-rule-withdraw"),
            why: t!("report-rule-withdraw.why"),
            danger: true,
        },
        GoldenRule {
            rule: t!("report-rule-share"),
            why: t!("report-rule-share.why"),
            danger: false,
        },
        GoldenRule {
            rule: t!("report-rule-one-bot"),
            why: t!("report-rule-one-bot.why"),
            danger: false,
        },
        GoldenRule {
            rule: t!("report-rule-passphrase"),
            why: t!("report-rule-passphrase.why"),
            danger: false,
        },
    ]
}

/// The four golden rules (see [`GOLDEN_RULES`]); words not yet made, so one list serves every
/// language.
pub struct GoldenRules(LazyLock<[GoldenRule; 4]>);

impl std::ops::Deref for GoldenRules {
    type Target = [GoldenRule; 4];
    fn deref(&self) -> &Self::Target {
        &self.0
    }
}

impl Serialize for GoldenRules {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(s)
    }
}

/// One golden rule: the rule itself (the report lists these) and why (the window says it too).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GoldenRule {
    pub rule: Text,
    pub why: Text,
    /// Shown in the danger colour (withdrawal).
    pub danger: bool,
}

/// How far the clock may drift before the report warns, and OKX's own limit (30 s): the
/// connection test's constants, not a copy.
pub use crate::verify::{CLOCK_LIMIT_MS as SKEW_LIMIT_MS, CLOCK_WARN_MS as SKEW_WARN_MS};
