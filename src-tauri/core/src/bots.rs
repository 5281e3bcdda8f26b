//! The kinds of bot a key is made for, and the markets they trade: one list, used by the
//! recipes of "Connect your bot", by the readiness rule and by the saved-keys record.
//!
//! Ids are stable (kebab-case in JSON, on the command line and in the window).

use crate::catalog::Arg;
use crate::t;
use serde::{Deserialize, Serialize};

/// A kind of bot.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum BotKind {
    /// A web platform with a form for the three values (BitcoinEra, 3Commas and the like).
    WebPlatform,
    Freqtrade,
    Hummingbot,
    /// A Python program using ccxt.
    PythonCcxt,
    /// A Python program using OKX's python-okx package.
    PythonOkx,
    /// OKX's own agent trade kit (`okx-trade-cli`, `okx-trade-mcp`).
    OkxAgent,
    /// Passivbot: trades perpetual swaps in long/short (hedge) mode.
    Passivbot,
    /// OctoBot: sets the one-way (Buy/sell) position mode itself.
    Octobot,
}

impl BotKind {
    /// Every kind, in the order offered.
    pub const ALL: [BotKind; 8] = [
        BotKind::WebPlatform,
        BotKind::Freqtrade,
        BotKind::Hummingbot,
        BotKind::PythonCcxt,
        BotKind::PythonOkx,
        BotKind::OkxAgent,
        BotKind::Passivbot,
        BotKind::Octobot,
    ];

    /// The id in JSON, on the command line and in the window (`web-platform`, `freqtrade`, …).
    pub fn id(self) -> &'static str {
        match self {
            BotKind::WebPlatform => "web-platform",
            BotKind::Freqtrade => "freqtrade",
            BotKind::Hummingbot => "hummingbot",
            BotKind::PythonCcxt => "python-ccxt",
            BotKind::PythonOkx => "python-okx",
            BotKind::OkxAgent => "okx-agent",
            BotKind::Passivbot => "passivbot",
            BotKind::Octobot => "octobot",
        }
    }

    /// The kind with this id.
    pub fn from_id(id: &str) -> Option<BotKind> {
        BotKind::ALL.into_iter().find(|k| k.id() == id)
    }

    /// The bot's name as a message argument: a product's own name, the same in every language,
    /// or the catalog's words for a web platform (there is no product to name).
    pub fn name(self) -> Arg {
        match self.product() {
            Some(product) => Arg::Str(product.to_owned()),
            None => t!("ready-bot-web-platform").into(),
        }
    }

    /// The product's own name; `None` for a web platform, which is a kind of site, not a product.
    pub fn product(self) -> Option<&'static str> {
        Some(match self {
            BotKind::WebPlatform => return None,
            BotKind::Freqtrade => "Freqtrade",
            BotKind::Hummingbot => "Hummingbot",
            BotKind::PythonCcxt => "ccxt",
            BotKind::PythonOkx => "python-okx",
            BotKind::OkxAgent => "OKX Agent Trade Kit",
            BotKind::Passivbot => "Passivbot",
            BotKind::Octobot => "OctoBot",
        })
    }
}

/// What the bot trades.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum Market {
    /// Spot: buying and selling coins.
    #[default]
    Spot,
    /// Perpetual swaps (OKX's "perpetual futures").
    Swap,
}

impl Market {
    pub const ALL: [Market; 2] = [Market::Spot, Market::Swap];

    /// The id in JSON and on the command line.
    pub fn id(self) -> &'static str {
        match self {
            Market::Spot => "spot",
            Market::Swap => "swap",
        }
    }

    /// The market with this id.
    pub fn from_id(id: &str) -> Option<Market> {
        Market::ALL.into_iter().find(|m| m.id() == id)
    }
}

/// The bot and market a saved key is for (a non-secret part of the saved-keys record: the
/// fields `"bot"` and `"market"` of the keychain item and of `saved-keys.json`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct BotChoice {
    pub bot: BotKind,
    #[serde(default)]
    pub market: Market,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_and_match_json() {
        for k in BotKind::ALL {
            assert_eq!(BotKind::from_id(k.id()), Some(k));
            assert_eq!(serde_json::to_string(&k).unwrap(), format!("\"{}\"", k.id()));
        }
        for m in Market::ALL {
            assert_eq!(Market::from_id(m.id()), Some(m));
            assert_eq!(serde_json::to_string(&m).unwrap(), format!("\"{}\"", m.id()));
        }
        assert_eq!(Market::default(), Market::Spot);
    }
}
