//! The account's mode as `GET /api/v5/account/config` reports it (`acctLv`): what the account
//! can trade. A fact about OKX's answer, so it lives with the answers; `outcome` re-exports it.

use crate::catalog::Text;
use serde::{Deserialize, Serialize};

/// The account's mode, from `acctLv` in `GET /api/v5/account/config`.
///
/// Serialized as the same English names as before (a stable value for scripts reading
/// `verify --json`, never translated); shown to people through [`AccountMode::words`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum AccountMode {
    #[serde(rename = "Spot")]
    Spot,
    #[serde(rename = "Futures")]
    Futures,
    #[serde(rename = "Multi-currency margin")]
    MultiCurrencyMargin,
    #[serde(rename = "Portfolio margin")]
    PortfolioMargin,
}

impl AccountMode {
    /// The mode's name in the current language.
    pub fn words(self) -> Text {
        match self {
            AccountMode::Spot => crate::t!("verify-account-mode-spot"),
            AccountMode::Futures => crate::t!("verify-account-mode-futures"),
            AccountMode::MultiCurrencyMargin => crate::t!("verify-account-mode-multi-currency"),
            AccountMode::PortfolioMargin => crate::t!("verify-account-mode-portfolio"),
        }
    }
}

/// The position mode, from `posMode` in `GET /api/v5/account/config`: how swaps and futures
/// hold positions. Serialized as OKX's own values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum PositionMode {
    /// One position per instrument ("Buy/sell mode" on OKX's site, one-way).
    #[serde(rename = "net_mode")]
    Net,
    /// A long and a short position per instrument ("Long/short mode", hedge).
    #[serde(rename = "long_short_mode")]
    LongShort,
}

impl PositionMode {
    /// The mode from OKX's `posMode` (None for a value this app does not know).
    pub fn from_okx(value: &str) -> Option<PositionMode> {
        match value.trim() {
            "net_mode" => Some(PositionMode::Net),
            "long_short_mode" => Some(PositionMode::LongShort),
            _ => None,
        }
    }

    /// The mode's name in the current language (OKX's own name on its site).
    pub fn words(self) -> Text {
        match self {
            PositionMode::Net => crate::t!("ready-position-mode-net"),
            PositionMode::LongShort => crate::t!("ready-position-mode-long-short"),
        }
    }
}
