//! The connection test's result: what was checked and what was found.
//!
//! [`Verification`] is exactly the JSON object of `okx-key-assistant verify --json` (see
//! `DESIGN.md`, keep it stable) plus two additive fields for the window: `checks`, the
//! checklist shown in Step 10, and `account`. It never holds a secret: the API key appears only
//! redacted to its first 4 and last 4 characters.

use crate::catalog::Text;
use crate::credentials::TrimNote;
use crate::error::Problem;
use crate::okx::Site;
use serde::{Deserialize, Serialize};

/// What the key may do, from `perm` in `GET /api/v5/account/config`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Permissions {
    pub read: bool,
    pub trade: bool,
    pub withdraw: bool,
}

/// The trading account's balance, from `GET /api/v5/account/balance`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Balance {
    /// Total equity in USD as OKX gives it (a decimal string, e.g. "1234.5678").
    pub total_eq_usd: String,
    /// Currencies with a non-zero balance, in OKX's order.
    pub currencies: Vec<String>,
}

/// Facts about the account the key belongs to (no identifiers beyond what is safe to show).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct AccountInfo {
    /// `uid != mainUid`: the key belongs to a sub-account.
    pub sub_account: bool,
    /// Account mode from `acctLv`.
    pub mode: Option<AccountMode>,
    /// Position mode from `posMode` (for swaps and futures).
    #[serde(default)]
    pub position_mode: Option<PositionMode>,
}

pub use crate::okx::{AccountMode, PositionMode};

/// One line of the checklist shown after a test.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CheckStatus {
    Pass,
    Warning,
    Fail,
    /// Not run because an earlier check failed.
    Skipped,
}

/// The checks of a connection test, in the order they are shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CheckId {
    /// OKX answers on the site's host (`/public/time`).
    Reach,
    /// The computer's clock agrees with OKX's.
    Clock,
    /// The key, secret and passphrase are accepted (signed `/account/config`).
    Auth,
    /// The key can read (Read permission).
    Read,
    /// The key can trade (Trade permission).
    Trade,
    /// The key cannot withdraw.
    Withdraw,
    /// The key is bound to IP addresses.
    IpBinding,
    /// The balance can be read (`/account/balance`).
    Balance,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Check {
    pub id: CheckId,
    /// Short title, e.g. "Cannot withdraw".
    pub title: Text,
    pub status: CheckStatus,
    /// What was found, in plain words.
    pub detail: Text,
    /// What to do, when not a pass.
    pub fix: Option<Text>,
}

/// The result of a connection test (`verify --json` prints exactly this).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Verification {
    /// The key authenticated against OKX.
    pub verified: bool,
    /// Verified, and the key cannot withdraw.
    pub safe: bool,
    pub site: Site,
    pub api_host: String,
    pub demo: bool,
    /// The key's label from `account/config`, or null.
    pub label: Option<String>,
    /// Never more than the first 4 and last 4 characters.
    pub api_key_redacted: String,
    /// Null when the test did not get that far.
    pub permissions: Option<Permissions>,
    /// IPs bound to the key; [] when none (or unknown).
    pub ip_whitelist: Vec<String>,
    /// OKX's clock minus ours, in milliseconds (positive: our clock is behind). Null if unknown.
    pub clock_skew_ms: Option<i64>,
    pub balance: Option<Balance>,
    /// What was trimmed from the pasted values, typed; serialized as the lines
    /// "api_key: removed 1 trailing space". (Read back from JSON as none: the lines are words.)
    #[serde(default, skip_deserializing)]
    pub trimmed: Vec<TrimNote>,
    pub problems: Vec<Problem>,
    /// ISO-8601 UTC with milliseconds.
    pub checked_at: String,
    /// The window's checklist (additive to the DESIGN contract).
    #[serde(default)]
    pub checks: Vec<Check>,
    #[serde(default)]
    pub account: Option<AccountInfo>,
    /// When the key works with other settings (another site, or the other of live/Demo
    /// Trading), those settings, so the window can offer to switch and test again.
    #[serde(default)]
    pub works_with: Option<WorksWith>,
    /// The test found the key's site itself (no site was named: `verify` without `--site`, or
    /// `--site auto`), and `site` is where the key works. False when a site was named.
    #[serde(default)]
    pub site_detected: bool,
    /// Whether the account is ready for the bot and market asked for (`--bot`); null when no
    /// bot was named or the key did not work.
    #[serde(default)]
    pub readiness: Option<crate::readiness::Readiness>,
}

/// The settings under which the key did authenticate, when they differ from the ones tested.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct WorksWith {
    pub site: Site,
    pub demo: bool,
}

impl Verification {
    /// The CLI's exit status: 0 verified and safe (and ready for the bot, when one was named);
    /// 1 verification failed; 3 verified but unsafe; 4 verified and safe, but the account is
    /// not ready for the bot. 1 and 3 take precedence over 4.
    pub fn exit_code(&self) -> i32 {
        match (self.verified, self.safe) {
            (true, true) if self.readiness.as_ref().is_some_and(|r| r.ready == Some(false)) => 4,
            (true, true) => 0,
            (true, false) => 3,
            _ => 1,
        }
    }

    /// Problems that are errors or dangers (not mere warnings).
    pub fn blocking_problems(&self) -> impl Iterator<Item = &Problem> {
        self.problems.iter().filter(|p| p.severity.is_blocking())
    }

    /// A result for tests: a global live key that can read and trade, `verified` or not, able to
    /// `withdraw` or not.
    #[cfg(test)]
    pub(crate) fn example(verified: bool, withdraw: bool) -> Verification {
        let mut v: Verification = serde_json::from_value(serde_json::json!({
            "verified": verified, "safe": verified && !withdraw, "site": "global",
            "api_host": "www.okx.com", "demo": false, "label": null, "api_key_redacted": "6f1c…5a41",
            "permissions": null, "ip_whitelist": [], "clock_skew_ms": 0, "balance": null,
            "trimmed": [], "problems": [], "checked_at": "2026-12-01T09:00:00.000Z"
        }))
        .expect("a well-formed example");
        v.permissions = Some(Permissions {
            read: true,
            trade: true,
            withdraw,
        });
        v
    }

    /// May this key be saved? Only a verified key that cannot withdraw.
    pub fn may_be_saved(&self) -> bool {
        self.verified && self.safe
    }
}

/// Where a key was saved (for the report and the window). Never holds a secret.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SaveRecord {
    /// The keychain backend, e.g. "Secret Service (GNOME Keyring)", "macOS Keychain".
    pub backend: String,
    /// Always `okx-key-assistant`.
    pub service: String,
    /// The key's label (the keychain item's user name).
    pub user: String,
    /// ISO-8601 UTC with milliseconds.
    pub saved_at: String,
    /// True when an existing item under the same label was replaced.
    pub replaced: bool,
}
