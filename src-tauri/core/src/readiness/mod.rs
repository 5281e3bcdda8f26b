//! "Ready for your bot": whether the bot's first order can go through, beyond the key itself.
//!
//! A key can pass every check and the bot's first order still fail because of the account: the
//! account mode (Spot mode cannot trade swaps), the position mode the bot needs, a market the
//! account's site or region does not list, money left in the Funding account, a Demo Trading
//! key for a bot that cannot use it (`OKX_FACTS.md` §9). [`decide`] is the one rule: it takes
//! what the test read from OKX ([`Facts`]) and a bot and market, and returns a [`Readiness`]
//! with typed reasons whose words come from the catalog (`locales/*/readiness.ftl`).
//!
//! - [`facts`]: what the readiness requests found, gathered with the connection test.
//! - [`rule`]: the rule, per bot and market.

pub mod facts;
pub mod rule;

pub use facts::Facts;
pub use rule::decide;

use crate::bots::{BotKind, Market};
use crate::catalog::Text;
use crate::error::Severity;
use serde::{Deserialize, Serialize};

/// Why an account is not (or may not be) ready for a bot. Stable snake_case ids.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReasonKind {
    /// The account is in Spot mode (`acctLv` 1) and the market is swaps.
    AccountModeSpotOnly,
    /// The account mode is one this bot cannot use (Passivbot on Portfolio margin, which
    /// allows only Buy/sell mode).
    AccountModeNotForBot,
    /// The bot's documentation names another account mode; it may work, untested.
    AccountModeUntested,
    /// The bot needs Long/short mode and the account is in Buy/sell mode.
    PositionModeNeedsLongShort,
    /// The bot needs Buy/sell mode and the account is in Long/short mode.
    PositionModeNeedsNet,
    /// This account (its site, its region) lists no instrument of the market.
    MarketNotOffered,
    /// The bot does not trade this market on this site (Freqtrade and ccxt: spot only on the
    /// EEA and US sites).
    BotMarketNotOnSite,
    /// The Trading account is empty while the Funding account holds money.
    FundsInFundingAccount,
    /// Neither the Trading nor the Funding account holds anything.
    NoFunds,
    /// A Demo Trading key for a bot that cannot use OKX's Demo Trading.
    DemoNotSupportedByBot,
    /// The key belongs to a sub-account (information).
    SubAccount,
    /// A readiness request failed: readiness is unknown, the key's own result stands.
    ReadinessUnknown,
}

impl ReasonKind {
    /// The stable id (`account_mode_spot_only`, …).
    pub fn id(self) -> &'static str {
        match self {
            ReasonKind::AccountModeSpotOnly => "account_mode_spot_only",
            ReasonKind::AccountModeNotForBot => "account_mode_not_for_bot",
            ReasonKind::AccountModeUntested => "account_mode_untested",
            ReasonKind::PositionModeNeedsLongShort => "position_mode_needs_long_short",
            ReasonKind::PositionModeNeedsNet => "position_mode_needs_net",
            ReasonKind::MarketNotOffered => "market_not_offered",
            ReasonKind::BotMarketNotOnSite => "bot_market_not_on_site",
            ReasonKind::FundsInFundingAccount => "funds_in_funding_account",
            ReasonKind::NoFunds => "no_funds",
            ReasonKind::DemoNotSupportedByBot => "demo_not_supported_by_bot",
            ReasonKind::SubAccount => "sub_account",
            ReasonKind::ReadinessUnknown => "readiness_unknown",
        }
    }
}

/// One reason, with its words: what is wrong and where to change it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reason {
    pub kind: ReasonKind,
    pub message: Text,
    pub fix: Text,
    pub severity: Severity,
}

/// Whether the account is ready for a bot on a market.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Readiness {
    pub bot: BotKind,
    pub market: Market,
    /// True: nothing blocks the first order; false: a reason blocks it; null: unknown (a
    /// readiness request failed and nothing found so far blocks).
    pub ready: Option<bool>,
    /// Blocking reasons first, then warnings, then information.
    pub reasons: Vec<Reason>,
    /// One line for the card and the command line ("Ready for Freqtrade, spot, on my.okx.com").
    pub headline: Text,
    /// What the rule was given (for the key's history; not part of the JSON).
    #[serde(skip)]
    pub facts: Facts,
}

/// A test's readiness as the key's history keeps it: the bot and market, and the facts read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Seen {
    pub bot: BotKind,
    pub market: Market,
    pub facts: Facts,
}

impl Seen {
    /// What the history keeps of a readiness answer.
    pub fn of(r: &Readiness) -> Seen {
        Seen {
            bot: r.bot,
            market: r.market,
            facts: r.facts.clone(),
        }
    }

    /// The readiness again, by the one rule, in the current language; None when a request
    /// failed at the time (why is not kept).
    pub fn readiness(&self) -> Option<Readiness> {
        (!self.facts.unknown).then(|| decide(self.bot, self.market, &self.facts))
    }
}

impl Readiness {
    /// The reasons that block the first order.
    pub fn blocking(&self) -> impl Iterator<Item = &Reason> {
        self.reasons.iter().filter(|r| r.severity.is_blocking())
    }
}

/// A market's name in the current language.
pub fn market_words(market: Market) -> Text {
    match market {
        Market::Spot => crate::t!("ready-market-spot"),
        Market::Swap => crate::t!("ready-market-swap"),
    }
}
