//! What the readiness requests read from OKX, gathered with the connection test: the account
//! and position modes (`account/config`), whether the market is listed (`account/instruments`),
//! where the money is (`account/balance`, `asset/balances`). A request that failed leaves its
//! fact unknown and keeps its problem, so the card can say why readiness is unknown.

use crate::error::Problem;
use crate::okx::responses::{holds_money, AccountBalance, AccountConfig, FundingBalance};
use crate::okx::{AccountMode, PositionMode, Site};
use serde::{Deserialize, Serialize};

/// What the test read about the account (no identifiers, no amounts). Kept in the key's
/// history (`key-history.json`), so My keys can say what the last test found in the language of
/// the day: the rule runs again on these facts.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Facts {
    pub site: Option<Site>,
    pub demo: bool,
    pub mode: Option<AccountMode>,
    pub position_mode: Option<PositionMode>,
    pub sub_account: bool,
    /// The account lists the market's instrument; None: unknown.
    pub market_listed: Option<bool>,
    /// The Trading account holds money; None: unknown.
    pub trading_money: Option<bool>,
    /// The Funding account holds money; None: unknown.
    pub funding_money: Option<bool>,
    /// Why some fact is unknown (the first failed request's problem). Not kept in the history:
    /// `unknown` says that it was.
    #[serde(skip)]
    pub unknown_because: Option<Problem>,
    /// A readiness request failed (the history's record of `unknown_because`).
    #[serde(default)]
    pub unknown: bool,
}

impl Facts {
    /// The facts from the test's answers. `listed` and `funding` are the readiness requests'
    /// results; `balance` the trading account's.
    pub fn gather(
        site: Site,
        demo: bool,
        cfg: &AccountConfig,
        balance: Option<&crate::error::Result<AccountBalance>>,
        listed: crate::error::Result<bool>,
        funding: crate::error::Result<Vec<FundingBalance>>,
    ) -> Facts {
        let mut f = Facts {
            site: Some(site),
            demo,
            mode: cfg.mode(),
            position_mode: cfg.position_mode(),
            sub_account: cfg.is_sub_account(),
            ..Facts::default()
        };
        match listed {
            Ok(l) => f.market_listed = Some(l),
            Err(p) => f.unknown(p),
        }
        match balance {
            Some(Ok(b)) => f.trading_money = Some(b.holds_money()),
            Some(Err(p)) => f.unknown(p.clone()),
            None => {}
        }
        match funding {
            Ok(lines) => f.funding_money = Some(holds_money(lines.iter().map(|l| l.bal.as_str()))),
            Err(p) => f.unknown(p),
        }
        f
    }

    fn unknown(&mut self, p: Problem) {
        self.unknown = true;
        if self.unknown_because.is_none() {
            self.unknown_because = Some(p);
        }
    }
}
