//! The report's fixed words: short names for problems (for one-line summaries), the golden
//! rules, the guide's verification items, and the risk disclaimer. Written for people who are
//! not engineers; facts from the guide and `OKX_FACTS.md`, sentences our own.

use crate::error::ProblemKind;

/// A few words for a problem, for "Not verified: wrong passphrase".
pub fn short_reason(kind: ProblemKind) -> &'static str {
    use ProblemKind::*;
    match kind {
        WrongPassphrase => "wrong passphrase",
        WrongSecret => "wrong secret key",
        UnknownKey => "OKX does not know this API key",
        WrongSite => "the key belongs to another OKX site",
        DemoMismatch => "live and demo mixed up",
        ClockSkew => "this computer's clock is off",
        IpNotAllowed => "this computer's IP address is not allowed for the key",
        RegionRestricted => "OKX is not available in this region",
        KeyFrozen => "the key is frozen",
        MissingReadPermission => "the key lacks the Read permission",
        MissingTradePermission => "the key lacks the Trade permission",
        WithdrawEnabled => "the key can withdraw",
        NoIpBinding => "the key is not bound to an IP address",
        RateLimited => "OKX asked us to slow down",
        OkxUnavailable => "OKX is unavailable",
        NetworkError => "could not reach OKX",
        Timeout => "OKX did not answer in time",
        UnexpectedResponse => "OKX gave an answer the app did not understand",
        MalformedInput => "a pasted value is not in the right form",
        InvalidSetting => "a setting of the app is refused",
        KeychainUnavailable => "no keychain available",
        KeychainLocked => "the keychain is locked",
        KeychainDenied => "the keychain refused access",
        KeychainMismatch => "the keychain gave back something else",
        NotFound => "no saved key under that label",
        AlreadyExists => "a key with that label is already saved",
        NotAllowed => "not allowed",
        Storage => "could not read or write the app's files",
        BrowserUnavailable => "the web browser could not be opened",
        Internal => "an error in the app",
    }
}

/// The golden rules from the guide, in our words.
pub const GOLDEN_RULES: [GoldenRule; 4] = [
    GoldenRule {
        rule: "Never turn on withdrawal.",
        why: "A bot only needs to read and trade. With withdrawal off, no money can leave your OKX account \
              through this key, whatever happens to it.",
        danger: true,
    },
    GoldenRule {
        rule: "Never share the three credentials.",
        why: "The API key, secret key and passphrase go into your bot and your password manager, nowhere else. \
              OKX staff will never ask for them.",
        danger: false,
    },
    GoldenRule {
        rule: "One key per bot.",
        why: "If one bot is stopped or compromised, you delete its key and the others keep running.",
        danger: false,
    },
    GoldenRule {
        rule: "Keep the passphrase in a password manager.",
        why: "OKX cannot show it again or reset it. If it is lost, the key has to be deleted and made again.",
        danger: false,
    },
];

/// One golden rule: the rule itself (the report lists these) and why (the window says it too).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct GoldenRule {
    pub rule: &'static str,
    pub why: &'static str,
    /// Shown in the danger colour (withdrawal).
    pub danger: bool,
}

/// The risk disclaimer, in our words.
pub const DISCLAIMER: &str = "Trading cryptocurrency carries a real risk of losing money, \
possibly all of it, and a bot can lose money as well as make it. Past results of any bot promise \
nothing about the future. Keep Withdraw off on every key a bot uses, and trade only with money \
you can afford to lose. This report describes how the key is set up; it is not financial advice.";

/// The closing line on secrets.
pub const NO_SECRETS: &str = "This report holds no secret key, no passphrase and only the first \
4 and last 4 characters of the API key, so it is safe to share, for example with a support desk.";

/// The 14-day rule for keys without an IP binding (OKX_FACTS §5.2).
pub const IDLE_DELETION: &str = "OKX deletes a key that can trade and is not bound to an IP \
address after 14 days without use.";

/// How far the clock may drift before the report warns, and OKX's own limit (30 s): the
/// connection test's constants, not a copy.
pub use crate::verify::{CLOCK_LIMIT_MS as SKEW_LIMIT_MS, CLOCK_WARN_MS as SKEW_WARN_MS};
