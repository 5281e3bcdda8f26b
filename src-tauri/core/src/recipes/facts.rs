//! What each bot calls a site: ccxt's class (or `hostname`), Freqtrade's `exchange.name`,
//! Hummingbot's registration sub-domain, python-okx's `domain=` and the agent trade kit's
//! `OKX_SITE`. A key works only on its own site's host; a wrong choice answers 50119 ("API key
//! doesn't exist"). Sources: `../shared/okx/OKX_FACTS.md` §4 (ccxt `myokx.ts` / `okxus.ts`,
//! hummingbot `okx_constants.py`, python-okx#92, okx/agent-trade-kit `constants.ts`).

use crate::okx::Site;

/// ccxt's class for the site, and the `hostname` option it needs (only OKX TR: ccxt has no class
/// of its own for tr.okx.com, so `okx` with `hostname`).
pub fn ccxt_class(site: Site) -> (&'static str, Option<&'static str>) {
    match site {
        Site::Global => ("okx", None),
        Site::Eea => ("myokx", None),
        Site::Us => ("okxus", None),
        Site::Tr => ("okx", Some("tr.okx.com")),
    }
}

/// Freqtrade's `exchange.name`: `okx`, `myokx` (EEA) or `okxus` (US, spot only); none for TR.
pub fn freqtrade_exchange(site: Site) -> Option<&'static str> {
    crate::run::profile::freqtrade_exchange(site)
}

/// Hummingbot's `okx_registration_sub_domain` (since v2.5): `www`, `my` (EEA) or `app` (US);
/// Hummingbot has none for OKX TR.
pub fn hummingbot_sub_domain(site: Site) -> Option<&'static str> {
    match site {
        Site::Global => Some("www"),
        Site::Eea => Some("my"),
        Site::Us => Some("app"),
        Site::Tr => None,
    }
}

/// python-okx's `domain=`: the site's API host with `https://`.
pub fn python_okx_domain(site: Site) -> String {
    format!("https://{}", site.api_host())
}

/// python-okx's `flag`: `"1"` Demo Trading, `"0"` live (its default is `"1"`).
pub fn python_okx_flag(demo: bool) -> &'static str {
    if demo {
        "1"
    } else {
        "0"
    }
}

/// The agent trade kit's `OKX_SITE` (its own sites are `global`, `eea` and `us`; `tr` is ours).
pub fn agent_site(site: Site) -> &'static str {
    site.as_str()
}
