//! The readiness rule: for a bot and a market, what in the account's state stops (or may stop)
//! the bot's first order. The table it follows is `OKX_FACTS.md` §9.4; what a site offers is
//! read from OKX (`market_listed`), never assumed, except where a bot itself turns a market off
//! for a site (Freqtrade's and ccxt's `myokx` and `okxus` are spot only).

use super::{market_words, Facts, Readiness, Reason, ReasonKind};
use crate::bots::{BotKind, Market};
use crate::catalog::Text;
use crate::error::Severity;
use crate::okx::{AccountMode, PositionMode, Site};
use crate::t;

/// Decides readiness for `bot` trading `market` from what the test read.
pub fn decide(bot: BotKind, market: Market, facts: &Facts) -> Readiness {
    let mut reasons: Vec<Reason> = Vec::new();
    let mut add = |kind: ReasonKind, severity: Severity, text: Text| {
        let fix = text.with_attr("fix");
        reasons.push(Reason {
            kind,
            message: text,
            fix,
            severity,
        });
    };
    let name = bot.name();
    let swap = market == Market::Swap;
    let host = facts.site.map(|s| s.web_host()).unwrap_or("okx.com");

    if facts.demo && bot == BotKind::Freqtrade {
        add(
            ReasonKind::DemoNotSupportedByBot,
            Severity::Error,
            t!("ready-demo-not-supported-by-bot", bot = name.clone()),
        );
    }
    if swap
        && matches!(bot, BotKind::Freqtrade | BotKind::PythonCcxt)
        && matches!(facts.site, Some(Site::Eea) | Some(Site::Us))
    {
        add(
            ReasonKind::BotMarketNotOnSite,
            Severity::Error,
            t!("ready-bot-market-not-on-site", bot = name.clone(), site = host),
        );
    }
    if facts.market_listed == Some(false) {
        add(
            ReasonKind::MarketNotOffered,
            Severity::Error,
            t!("ready-market-not-offered", market = market_words(market), site = host),
        );
    }
    if swap {
        swap_modes(bot, facts, &mut add);
    } else if matches!(
        facts.mode,
        Some(AccountMode::MultiCurrencyMargin) | Some(AccountMode::PortfolioMargin)
    ) && matches!(
        bot,
        BotKind::Freqtrade | BotKind::Hummingbot | BotKind::Octobot | BotKind::PythonCcxt
    ) {
        add(
            ReasonKind::AccountModeUntested,
            Severity::Warning,
            t!(
                "ready-account-mode-untested-spot",
                bot = name.clone(),
                mode = mode_words(facts.mode)
            ),
        );
    }
    match (facts.trading_money, facts.funding_money) {
        (Some(false), Some(true)) => add(
            ReasonKind::FundsInFundingAccount,
            Severity::Error,
            t!("ready-funds-in-funding-account"),
        ),
        (Some(false), Some(false)) => add(ReasonKind::NoFunds, Severity::Warning, t!("ready-no-funds")),
        _ => {}
    }
    if facts.sub_account {
        add(ReasonKind::SubAccount, Severity::Info, t!("ready-sub-account"));
    }
    let blocked = reasons.iter().any(|r| r.severity.is_blocking());
    if let Some(p) = &facts.unknown_because {
        reasons.push(Reason {
            kind: ReasonKind::ReadinessUnknown,
            message: t!("ready-readiness-unknown", problem = p.message.clone()),
            fix: p.fix.clone(),
            severity: Severity::Warning,
        });
    }
    reasons.sort_by_key(|r| std::cmp::Reverse(r.severity));
    let ready = if blocked {
        Some(false)
    } else if facts.unknown_because.is_some() {
        None
    } else {
        Some(true)
    };
    let count = reasons.iter().filter(|r| r.severity.is_blocking()).count();
    let headline = match ready {
        Some(true) => t!(
            "ready-headline-ready",
            bot = name.clone(),
            market = market_words(market),
            site = host
        ),
        Some(false) => t!(
            "ready-headline-not-ready",
            bot = name.clone(),
            market = market_words(market),
            count = count as i64
        ),
        None => t!(
            "ready-headline-unknown",
            bot = name.clone(),
            market = market_words(market)
        ),
    };
    Readiness {
        bot,
        market,
        ready,
        reasons,
        headline,
        facts: facts.clone(),
    }
}

/// The account mode and position mode a bot needs for swaps.
fn swap_modes(bot: BotKind, facts: &Facts, add: &mut impl FnMut(ReasonKind, Severity, Text)) {
    let name = bot.name();
    match facts.mode {
        Some(AccountMode::Spot) => {
            add(
                ReasonKind::AccountModeSpotOnly,
                Severity::Error,
                t!("ready-account-mode-spot-only"),
            );
            return;
        }
        Some(AccountMode::PortfolioMargin) if bot == BotKind::Passivbot => {
            add(
                ReasonKind::AccountModeNotForBot,
                Severity::Error,
                t!(
                    "ready-account-mode-not-for-bot",
                    bot = name.clone(),
                    mode = mode_words(facts.mode)
                ),
            );
            return;
        }
        Some(AccountMode::MultiCurrencyMargin) | Some(AccountMode::PortfolioMargin)
            if bot == BotKind::Hummingbot
                || (bot == BotKind::Freqtrade && facts.mode == Some(AccountMode::PortfolioMargin)) =>
        {
            add(
                ReasonKind::AccountModeUntested,
                Severity::Warning,
                t!(
                    "ready-account-mode-untested-swap",
                    bot = name.clone(),
                    mode = mode_words(facts.mode)
                ),
            );
        }
        _ => {}
    }
    match (bot, facts.position_mode) {
        (BotKind::Passivbot, Some(PositionMode::Net)) => add(
            ReasonKind::PositionModeNeedsLongShort,
            Severity::Error,
            t!("ready-position-mode-needs-long-short", bot = name.clone()),
        ),
        (BotKind::Octobot, Some(PositionMode::LongShort)) => add(
            ReasonKind::PositionModeNeedsNet,
            Severity::Error,
            t!("ready-position-mode-needs-net", bot = name.clone()),
        ),
        (BotKind::PythonCcxt, Some(PositionMode::LongShort)) => add(
            ReasonKind::PositionModeNeedsNet,
            Severity::Warning,
            t!("ready-position-mode-needs-net-ccxt"),
        ),
        _ => {}
    }
}

fn mode_words(mode: Option<AccountMode>) -> Text {
    match mode {
        Some(m) => m.words(),
        None => Text::Literal(String::new()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts(mode: AccountMode, pos: PositionMode) -> Facts {
        Facts {
            site: Some(Site::Global),
            demo: false,
            mode: Some(mode),
            position_mode: Some(pos),
            sub_account: false,
            market_listed: Some(true),
            trading_money: Some(true),
            funding_money: Some(false),
            unknown_because: None,
            unknown: false,
        }
    }

    fn kinds(r: &Readiness) -> Vec<&'static str> {
        r.reasons.iter().map(|r| r.kind.id()).collect()
    }

    /// §9.4's table, bot by bot: (bot, market, account mode, position mode) → blocking kinds.
    #[test]
    fn every_bot_market_and_state_of_the_table() {
        use AccountMode::*;
        use BotKind::*;
        use PositionMode::*;
        let modes = [Spot, Futures, MultiCurrencyMargin, PortfolioMargin];
        for bot in BotKind::ALL {
            for mode in modes {
                for pos in [Net, LongShort] {
                    let f = facts(mode, pos);
                    // Spot: every mode can trade spot; nothing blocks.
                    let spot = decide(bot, Market::Spot, &f);
                    assert_eq!(
                        spot.ready,
                        Some(true),
                        "{bot:?} spot {mode:?} {pos:?}: {:?}",
                        kinds(&spot)
                    );
                    let swap = decide(bot, Market::Swap, &f);
                    let blocking: Vec<_> = swap.blocking().map(|r| r.kind.id()).collect();
                    let want: Vec<&str> = match (bot, mode, pos) {
                        (_, Spot, _) => vec!["account_mode_spot_only"],
                        (Passivbot, PortfolioMargin, _) => vec!["account_mode_not_for_bot"],
                        (Passivbot, _, Net) => vec!["position_mode_needs_long_short"],
                        (Octobot, _, LongShort) => vec!["position_mode_needs_net"],
                        _ => vec![],
                    };
                    assert_eq!(blocking, want, "{bot:?} swap {mode:?} {pos:?}");
                    assert_eq!(swap.ready, Some(want.is_empty()));
                }
            }
        }
    }

    #[test]
    fn ccxt_in_long_short_mode_is_a_warning_that_does_not_block() {
        let r = decide(
            BotKind::PythonCcxt,
            Market::Swap,
            &facts(AccountMode::Futures, PositionMode::LongShort),
        );
        assert_eq!(r.ready, Some(true));
        assert_eq!(kinds(&r), vec!["position_mode_needs_net"]);
        assert_eq!(r.reasons[0].severity, Severity::Warning);
    }

    #[test]
    fn modes_the_bots_docs_do_not_name_are_warnings() {
        let r = decide(
            BotKind::Freqtrade,
            Market::Spot,
            &facts(AccountMode::PortfolioMargin, PositionMode::Net),
        );
        assert_eq!((r.ready, kinds(&r)), (Some(true), vec!["account_mode_untested"]));
        let r = decide(
            BotKind::Hummingbot,
            Market::Swap,
            &facts(AccountMode::MultiCurrencyMargin, PositionMode::Net),
        );
        assert_eq!((r.ready, kinds(&r)), (Some(true), vec!["account_mode_untested"]));
        let r = decide(
            BotKind::Passivbot,
            Market::Swap,
            &facts(AccountMode::MultiCurrencyMargin, PositionMode::LongShort),
        );
        assert_eq!((r.ready, kinds(&r)), (Some(true), vec![]));
    }

    #[test]
    fn a_market_the_account_does_not_list_blocks_any_bot() {
        for bot in BotKind::ALL {
            let mut f = facts(AccountMode::Futures, PositionMode::Net);
            f.site = Some(Site::Eea);
            f.market_listed = Some(false);
            let r = decide(bot, Market::Swap, &f);
            assert_eq!(r.ready, Some(false));
            assert!(kinds(&r).contains(&"market_not_offered"), "{bot:?}");
            let on_site = kinds(&r).contains(&"bot_market_not_on_site");
            assert_eq!(
                on_site,
                matches!(bot, BotKind::Freqtrade | BotKind::PythonCcxt),
                "{bot:?}"
            );
        }
    }

    #[test]
    fn freqtrade_and_ccxt_do_not_trade_swaps_on_the_eea_and_us_sites() {
        for site in [Site::Eea, Site::Us] {
            let mut f = facts(AccountMode::Futures, PositionMode::Net);
            f.site = Some(site);
            assert_eq!(
                kinds(&decide(BotKind::Freqtrade, Market::Swap, &f)),
                vec!["bot_market_not_on_site"]
            );
            assert_eq!(decide(BotKind::Freqtrade, Market::Spot, &f).ready, Some(true));
            assert_eq!(decide(BotKind::PythonOkx, Market::Swap, &f).ready, Some(true));
        }
    }

    #[test]
    fn money_only_in_funding_blocks_and_no_money_at_all_warns() {
        let mut f = facts(AccountMode::Futures, PositionMode::Net);
        f.trading_money = Some(false);
        f.funding_money = Some(true);
        let r = decide(BotKind::Freqtrade, Market::Spot, &f);
        assert_eq!((r.ready, kinds(&r)), (Some(false), vec!["funds_in_funding_account"]));
        f.funding_money = Some(false);
        let r = decide(BotKind::Freqtrade, Market::Spot, &f);
        assert_eq!((r.ready, kinds(&r)), (Some(true), vec!["no_funds"]));
    }

    #[test]
    fn a_demo_key_blocks_freqtrade_only() {
        let mut f = facts(AccountMode::Futures, PositionMode::Net);
        f.demo = true;
        for bot in BotKind::ALL {
            let r = decide(bot, Market::Spot, &f);
            assert_eq!(r.ready, Some(bot != BotKind::Freqtrade), "{bot:?}");
        }
        assert_eq!(
            kinds(&decide(BotKind::Freqtrade, Market::Spot, &f)),
            vec!["demo_not_supported_by_bot"]
        );
    }

    #[test]
    fn a_sub_account_is_information() {
        let mut f = facts(AccountMode::Futures, PositionMode::Net);
        f.sub_account = true;
        let r = decide(BotKind::OkxAgent, Market::Swap, &f);
        assert_eq!((r.ready, kinds(&r)), (Some(true), vec!["sub_account"]));
        assert_eq!(r.reasons[0].severity, Severity::Info);
    }

    #[test]
    fn a_failed_request_makes_readiness_unknown_unless_something_blocks() {
        let mut f = facts(AccountMode::Futures, PositionMode::Net);
        f.market_listed = None;
        f.unknown_because = Some(crate::error::Problem::new(
            crate::error::ProblemKind::NetworkError,
            "down",
            "later",
        ));
        let r = decide(BotKind::Passivbot, Market::Swap, &f);
        assert_eq!(r.ready, Some(false), "the position mode still blocks");
        assert_eq!(kinds(&r), vec!["position_mode_needs_long_short", "readiness_unknown"]);
        let r = decide(BotKind::Octobot, Market::Swap, &f);
        assert_eq!((r.ready, kinds(&r)), (None, vec!["readiness_unknown"]));
    }

    #[test]
    fn json_has_the_documented_shape() {
        let r = decide(
            BotKind::Passivbot,
            Market::Swap,
            &facts(AccountMode::Futures, PositionMode::Net),
        );
        let v = serde_json::to_value(&r).unwrap();
        assert_eq!(v["bot"], "passivbot");
        assert_eq!(v["market"], "swap");
        assert_eq!(v["ready"], false);
        let reason = &v["reasons"][0];
        assert_eq!(reason["kind"], "position_mode_needs_long_short");
        assert_eq!(reason["severity"], "error");
        assert!(reason["message"].as_str().unwrap().contains("Passivbot"));
        assert!(reason["fix"].as_str().unwrap().contains("Long/short"));
    }

    /// A web platform is no product: its name comes from the catalog, in the reader's language.
    #[test]
    fn a_web_platform_is_named_in_the_readers_language() {
        use crate::catalog::{Locale, Surface};
        let r = decide(
            BotKind::WebPlatform,
            Market::Spot,
            &facts(AccountMode::Spot, PositionMode::Net),
        );
        for lang in crate::catalog::LANGUAGES.iter().map(|l| l.code) {
            let headline = r.headline.render_in(&Locale::new(lang, Surface::Cli));
            assert!(!headline.contains("Web platform"), "{lang}: {headline}");
            if lang == "en" {
                assert_eq!(headline, "Ready for your web platform, spot, on www.okx.com.");
            }
        }
    }
}
