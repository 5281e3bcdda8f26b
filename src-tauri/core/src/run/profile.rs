//! The profiles of `run`: which environment variables a kind of bot reads, and what goes in each.
//!
//! - `generic`: `OKX_API_KEY`, `OKX_SECRET_KEY`, `OKX_PASSPHRASE`, plus `OKX_SITE` (the site's
//!   id: `global`, `eea`, `us` or `tr`), `OKX_API_HOST` (the site's API host, e.g. `eea.okx.com`;
//!   ccxt's `hostname`), `OKX_API_BASE_URL` (scheme and host, e.g. `https://eea.okx.com`, or the
//!   practice simulator's loopback URL when `OKX_BASE_URL_<SITE>` points there; python-okx's
//!   `domain=`) and `OKX_DEMO` (`1` for a Demo Trading key, else `0`; python-okx's `flag`).
//! - `okx-agent`: what OKX's own agent trade kit (`okx` CLI / `okx-trade-mcp`) reads in its
//!   `packages/core/src/config.ts`: `OKX_API_KEY`, `OKX_SECRET_KEY`, `OKX_PASSPHRASE`, `OKX_SITE`
//!   (its sites are `global`, `eea`, `us`), `OKX_DEMO` (`1`/`true` = demo) and `OKX_API_BASE_URL`
//!   (its explicit base URL, so it talks to the host the key was tested against).
//! - `freqtrade`: Freqtrade's environment overrides `FREQTRADE__EXCHANGE__KEY`, `__SECRET`,
//!   `__PASSWORD` (the passphrase goes in `password`), and `FREQTRADE__EXCHANGE__NAME`: `okx`
//!   (global), `myokx` (EEA, my.okx.com) or `okxus` (US); Freqtrade has no exchange for OKX TR,
//!   so for a TR key the name is left to the user's config and a note says so.

use crate::catalog::Text;
use crate::credentials::Credentials;
use crate::okx::Site;
use crate::secret::Secret;
use crate::t;

/// A kind of bot, by the variables it reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Profile {
    #[default]
    Generic,
    Freqtrade,
    OkxAgent,
}

/// What one variable holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Value {
    ApiKey,
    SecretKey,
    Passphrase,
    /// `global`, `eea`, `us` or `tr`.
    SiteId,
    /// The site's API host, e.g. `www.okx.com`.
    ApiHost,
    /// `https://` + the API host, or the loopback practice URL.
    ApiBaseUrl,
    /// `1` demo, `0` live.
    DemoFlag,
    /// Freqtrade's `exchange.name` for the site (not set when Freqtrade has none).
    FreqtradeExchange,
}

impl Value {
    /// True for the secret key and the passphrase (masked in the child's output).
    pub fn is_secret(self) -> bool {
        matches!(self, Value::SecretKey | Value::Passphrase)
    }
}

/// One variable of a profile: its name and what goes in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VarSpec {
    pub name: &'static str,
    pub value: Value,
}

const fn var(name: &'static str, value: Value) -> VarSpec {
    VarSpec { name, value }
}

/// `--profile generic`.
pub const GENERIC: &[VarSpec] = &[
    var("OKX_API_KEY", Value::ApiKey),
    var("OKX_SECRET_KEY", Value::SecretKey),
    var("OKX_PASSPHRASE", Value::Passphrase),
    var("OKX_SITE", Value::SiteId),
    var("OKX_API_HOST", Value::ApiHost),
    var("OKX_API_BASE_URL", Value::ApiBaseUrl),
    var("OKX_DEMO", Value::DemoFlag),
];

/// `--profile freqtrade`.
pub const FREQTRADE: &[VarSpec] = &[
    var("FREQTRADE__EXCHANGE__NAME", Value::FreqtradeExchange),
    var("FREQTRADE__EXCHANGE__KEY", Value::ApiKey),
    var("FREQTRADE__EXCHANGE__SECRET", Value::SecretKey),
    var("FREQTRADE__EXCHANGE__PASSWORD", Value::Passphrase),
];

/// `--profile okx-agent`.
pub const OKX_AGENT: &[VarSpec] = &[
    var("OKX_API_KEY", Value::ApiKey),
    var("OKX_SECRET_KEY", Value::SecretKey),
    var("OKX_PASSPHRASE", Value::Passphrase),
    var("OKX_SITE", Value::SiteId),
    var("OKX_API_BASE_URL", Value::ApiBaseUrl),
    var("OKX_DEMO", Value::DemoFlag),
];

/// The key and where it works, as `run` hands it over.
pub struct HandOver<'a> {
    pub credentials: &'a Credentials,
    pub site: Site,
    pub demo: bool,
    /// Where the key's requests go (`Endpoint::base_url`).
    pub base_url: &'a str,
}

/// One variable for the child's environment. `Debug` shows the secret values as `redacted`.
#[derive(Debug)]
pub struct EnvVar {
    pub name: &'static str,
    pub value: Secret,
}

/// Freqtrade's `exchange.name` for a site: `okx`, `myokx` (EEA) or `okxus` (US); none for TR.
pub fn freqtrade_exchange(site: Site) -> Option<&'static str> {
    match site {
        Site::Global => Some("okx"),
        Site::Eea => Some("myokx"),
        Site::Us => Some("okxus"),
        Site::Tr => None,
    }
}

impl Profile {
    pub const ALL: [Profile; 3] = [Profile::Generic, Profile::Freqtrade, Profile::OkxAgent];

    /// The name given to `--profile`.
    pub fn id(self) -> &'static str {
        match self {
            Profile::Generic => "generic",
            Profile::Freqtrade => "freqtrade",
            Profile::OkxAgent => "okx-agent",
        }
    }

    /// Parses a `--profile` value (case and surrounding spaces ignored).
    pub fn parse(value: &str) -> Option<Profile> {
        let v = value.trim().to_ascii_lowercase();
        Profile::ALL.into_iter().find(|p| p.id() == v)
    }

    /// The profile's variables, in the order they are set.
    pub fn vars(self) -> &'static [VarSpec] {
        match self {
            Profile::Generic => GENERIC,
            Profile::Freqtrade => FREQTRADE,
            Profile::OkxAgent => OKX_AGENT,
        }
    }

    /// The name under which this profile hands over `value` (the recipes show the same names).
    pub fn name_of(self, value: Value) -> &'static str {
        self.vars().iter().find(|v| v.value == value).map_or("", |v| v.name)
    }

    /// The variables with their values for this key. A variable with no value for this key
    /// (Freqtrade's name for a TR key) is left out.
    pub fn environment(self, key: &HandOver<'_>) -> Vec<EnvVar> {
        self.vars()
            .iter()
            .filter_map(|spec| {
                let value = match spec.value {
                    Value::ApiKey => Secret::new(key.credentials.api_key.expose()),
                    Value::SecretKey => Secret::new(key.credentials.secret_key.expose()),
                    Value::Passphrase => Secret::new(key.credentials.passphrase.expose()),
                    Value::SiteId => Secret::new(key.site.as_str()),
                    Value::ApiHost => Secret::new(key.site.api_host()),
                    Value::ApiBaseUrl => Secret::new(key.base_url),
                    Value::DemoFlag => Secret::new(if key.demo { "1" } else { "0" }),
                    Value::FreqtradeExchange => Secret::new(freqtrade_exchange(key.site)?),
                };
                Some(EnvVar { name: spec.name, value })
            })
            .collect()
    }

    /// What the user should know before the bot starts with this key (printed on stderr).
    pub fn notes(self, site: Site, demo: bool) -> Vec<Text> {
        let mut out = Vec::new();
        match self {
            Profile::Freqtrade => {
                if freqtrade_exchange(site).is_none() {
                    out.push(t!("run-note-freqtrade-no-site"));
                }
                if demo {
                    out.push(t!("run-note-freqtrade-demo"));
                }
            }
            Profile::OkxAgent if site == Site::Tr => {
                out.push(t!("run-note-agent-tr"));
            }
            _ => {}
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key() -> Credentials {
        Credentials::new(
            "6d2d3d84-9e34-4c05-94e1-c7da1293fd7f",
            "5EBC552E6021AA32E756B50FA0CB5F15",
            "Practice#Good1",
        )
    }

    fn env(p: Profile, site: Site, demo: bool) -> Vec<(&'static str, String)> {
        let creds = key();
        let h = HandOver {
            credentials: &creds,
            site,
            demo,
            base_url: "https://eea.okx.com",
        };
        p.environment(&h)
            .into_iter()
            .map(|v| (v.name, v.value.expose().to_owned()))
            .collect()
    }

    #[test]
    fn generic_has_the_three_values_the_site_the_host_and_the_mode() {
        let e = env(Profile::Generic, Site::Eea, true);
        let names: Vec<&str> = e.iter().map(|(n, _)| *n).collect();
        assert_eq!(
            names,
            [
                "OKX_API_KEY",
                "OKX_SECRET_KEY",
                "OKX_PASSPHRASE",
                "OKX_SITE",
                "OKX_API_HOST",
                "OKX_API_BASE_URL",
                "OKX_DEMO"
            ]
        );
        assert!(e.contains(&("OKX_SITE", "eea".into())));
        assert!(e.contains(&("OKX_API_HOST", "eea.okx.com".into())));
        assert!(e.contains(&("OKX_DEMO", "1".into())));
        assert!(e.contains(&("OKX_PASSPHRASE", "Practice#Good1".into())));
    }

    #[test]
    fn freqtrade_names_the_exchange_per_site_and_puts_the_passphrase_in_password() {
        for (site, name) in [(Site::Global, "okx"), (Site::Eea, "myokx"), (Site::Us, "okxus")] {
            let e = env(Profile::Freqtrade, site, false);
            assert_eq!(e[0], ("FREQTRADE__EXCHANGE__NAME", name.to_owned()));
            assert!(e.contains(&("FREQTRADE__EXCHANGE__PASSWORD", "Practice#Good1".into())));
            assert!(Profile::Freqtrade.notes(site, false).is_empty());
        }
        let e = env(Profile::Freqtrade, Site::Tr, false);
        assert!(e.iter().all(|(n, _)| *n != "FREQTRADE__EXCHANGE__NAME"));
        assert_eq!(e.len(), 3);
        assert_eq!(Profile::Freqtrade.notes(Site::Tr, true).len(), 2);
    }

    #[test]
    fn okx_agent_reads_its_own_names() {
        let e = env(Profile::OkxAgent, Site::Us, false);
        let names: Vec<&str> = e.iter().map(|(n, _)| *n).collect();
        assert_eq!(
            names,
            [
                "OKX_API_KEY",
                "OKX_SECRET_KEY",
                "OKX_PASSPHRASE",
                "OKX_SITE",
                "OKX_API_BASE_URL",
                "OKX_DEMO"
            ]
        );
        assert_eq!(Profile::OkxAgent.notes(Site::Tr, false).len(), 1);
    }

    #[test]
    fn profiles_parse_by_id_and_nothing_else() {
        for p in Profile::ALL {
            assert_eq!(Profile::parse(p.id()), Some(p));
        }
        assert_eq!(Profile::parse(" FreqTrade "), Some(Profile::Freqtrade));
        assert_eq!(Profile::parse("okx_agent"), None);
    }

    #[test]
    fn only_the_secret_key_and_passphrase_are_secret_and_debug_hides_values() {
        let secret: Vec<&str> = GENERIC.iter().filter(|v| v.value.is_secret()).map(|v| v.name).collect();
        assert_eq!(secret, ["OKX_SECRET_KEY", "OKX_PASSPHRASE"]);
        let creds = key();
        let h = HandOver {
            credentials: &creds,
            site: Site::Global,
            demo: false,
            base_url: "https://www.okx.com",
        };
        let shown = format!("{:?}", Profile::Generic.environment(&h));
        assert!(!shown.contains("5EBC552E") && !shown.contains("Practice#"), "{shown}");
    }
}
