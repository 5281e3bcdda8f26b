//! OKX sites (where the user logs in) and the API host each one must use.
//!
//! A key works only on its own site's host: global -> www.okx.com, EEA (my.okx.com) ->
//! eea.okx.com, US & Australia (app.okx.com) -> us.okx.com. Tests and practice may point a site
//! at the loopback simulator with `OKX_BASE_URL_GLOBAL` / `_EEA` / `_US`; any override that is not
//! `http://127.0.0.1:PORT` or `http://localhost:PORT` is refused.

use crate::error::{Problem, ProblemKind, Result};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Site {
    #[default]
    Global,
    Eea,
    Us,
}

impl Site {
    pub const ALL: [Site; 3] = [Site::Global, Site::Eea, Site::Us];

    pub fn as_str(self) -> &'static str {
        match self {
            Site::Global => "global",
            Site::Eea => "eea",
            Site::Us => "us",
        }
    }

    /// The production API host for this site.
    pub fn api_host(self) -> &'static str {
        match self {
            Site::Global => "www.okx.com",
            Site::Eea => "eea.okx.com",
            Site::Us => "us.okx.com",
        }
    }

    /// The website where the user logs in and manages keys.
    pub fn web_host(self) -> &'static str {
        match self {
            Site::Global => "www.okx.com",
            Site::Eea => "my.okx.com",
            Site::Us => "app.okx.com",
        }
    }

    /// A name a person recognises.
    pub fn display_name(self) -> &'static str {
        match self {
            Site::Global => "okx.com (global)",
            Site::Eea => "my.okx.com (EEA)",
            Site::Us => "app.okx.com (US and Australia)",
        }
    }

    /// OKX's API management page for this site (opened in the system browser).
    pub fn api_management_url(self) -> String {
        format!("https://{}/account/my-api", self.web_host())
    }

    /// The environment variable that may point this site at a loopback simulator.
    pub fn override_var(self) -> &'static str {
        match self {
            Site::Global => "OKX_BASE_URL_GLOBAL",
            Site::Eea => "OKX_BASE_URL_EEA",
            Site::Us => "OKX_BASE_URL_US",
        }
    }

    /// The other two sites, in a fixed order (for "which site does this key belong to?").
    pub fn others(self) -> Vec<Site> {
        Site::ALL.into_iter().filter(|s| *s != self).collect()
    }
}

impl fmt::Display for Site {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Site {
    type Err = Problem;
    fn from_str(s: &str) -> Result<Self> {
        match s.trim().to_ascii_lowercase().as_str() {
            "global" | "www" | "www.okx.com" | "okx.com" => Ok(Site::Global),
            "eea" | "my" | "my.okx.com" | "eea.okx.com" => Ok(Site::Eea),
            "us" | "app" | "app.okx.com" | "us.okx.com" => Ok(Site::Us),
            _ => Err(Problem::new(
                ProblemKind::MalformedInput,
                format!("\"{}\" is not an OKX site.", s.chars().take(40).collect::<String>()),
                "Use global (you log in at okx.com), eea (my.okx.com) or us (app.okx.com).",
            )),
        }
    }
}

/// Where requests for a site go: the real HTTPS host, or a loopback simulator in tests and practice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Endpoint {
    pub site: Site,
    /// Scheme, host and port, no trailing slash: `https://www.okx.com` or `http://127.0.0.1:8085`.
    pub base_url: String,
    /// What to show as the API host: `www.okx.com`, or `127.0.0.1:8085 (simulator)`.
    pub api_host: String,
    pub is_override: bool,
}

impl Endpoint {
    /// The endpoint for `site`, honouring a loopback override from the environment.
    pub fn for_site(site: Site) -> Result<Endpoint> {
        Endpoint::resolve(site, std::env::var(site.override_var()).ok().as_deref())
    }

    /// The endpoint for `site` given an override value (None or empty = the real host).
    pub fn resolve(site: Site, override_value: Option<&str>) -> Result<Endpoint> {
        match override_value.map(str::trim).filter(|v| !v.is_empty()) {
            None => Ok(Endpoint {
                site,
                base_url: format!("https://{}", site.api_host()),
                api_host: site.api_host().to_owned(),
                is_override: false,
            }),
            Some(v) => {
                let base = validate_loopback_override(v).map_err(|why| {
                    Problem::new(
                        ProblemKind::InvalidSetting,
                        format!("{} is set to a value the app refuses: {why}.", site.override_var()),
                        format!(
                            "Unset {} to use OKX itself, or set it to a loopback address such as http://127.0.0.1:8085 (the practice simulator).",
                            site.override_var()
                        ),
                    )
                })?;
                let host = base.trim_start_matches("http://").to_owned();
                Ok(Endpoint {
                    site,
                    api_host: host,
                    base_url: base,
                    is_override: true,
                })
            }
        }
    }
}

/// Accepts exactly `http://127.0.0.1:PORT` or `http://localhost:PORT` (optional trailing slash)
/// and returns it without the slash. Anything else, including other loopback spellings with
/// paths, credentials or queries, is refused with the reason.
pub fn validate_loopback_override(value: &str) -> std::result::Result<String, String> {
    let rest = value
        .strip_prefix("http://")
        .ok_or_else(|| "only http://127.0.0.1:PORT or http://localhost:PORT is allowed".to_owned())?;
    let rest = rest.strip_suffix('/').unwrap_or(rest);
    let (host, port) = rest
        .rsplit_once(':')
        .ok_or_else(|| "the address needs a port, like http://127.0.0.1:8085".to_owned())?;
    if host != "127.0.0.1" && host != "localhost" {
        return Err("it is not a loopback address (127.0.0.1 or localhost)".to_owned());
    }
    match port.parse::<u16>() {
        Ok(p) if p > 0 && port.chars().all(|c| c.is_ascii_digit()) => Ok(format!("http://{host}:{p}")),
        _ => Err("the port must be a number from 1 to 65535".to_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sites_map_to_hosts() {
        assert_eq!(Site::Global.api_host(), "www.okx.com");
        assert_eq!(Site::Eea.api_host(), "eea.okx.com");
        assert_eq!(Site::Us.api_host(), "us.okx.com");
        assert_eq!(Site::Eea.api_management_url(), "https://my.okx.com/account/my-api");
        assert_eq!(Site::Us.api_management_url(), "https://app.okx.com/account/my-api");
        assert_eq!("EEA".parse::<Site>().unwrap(), Site::Eea);
        assert!("mars".parse::<Site>().is_err());
    }

    #[test]
    fn default_endpoint_is_https() {
        let e = Endpoint::resolve(Site::Global, None).unwrap();
        assert_eq!(e.base_url, "https://www.okx.com");
        assert!(!e.is_override);
        let e = Endpoint::resolve(Site::Us, Some("  ")).unwrap();
        assert_eq!(e.base_url, "https://us.okx.com");
    }

    #[test]
    fn loopback_overrides_are_accepted() {
        for (v, want) in [
            ("http://127.0.0.1:8085", "http://127.0.0.1:8085"),
            ("http://localhost:9/", "http://localhost:9"),
        ] {
            let e = Endpoint::resolve(Site::Eea, Some(v)).unwrap();
            assert_eq!(e.base_url, want);
            assert!(e.is_override);
        }
    }

    #[test]
    fn other_overrides_are_refused() {
        for v in [
            "https://127.0.0.1:8085",
            "http://10.0.0.1:80",
            "http://evil.example:80",
            "http://127.0.0.1.evil.example:80",
            "http://user@127.0.0.1:80",
            "http://127.0.0.1:80/path",
            "http://127.0.0.1",
            "http://127.0.0.1:0",
            "http://127.0.0.1:99999",
            "http://127.0.0.1:+80",
            "http://[::1]:80",
            "ftp://localhost:21",
        ] {
            let err = Endpoint::resolve(Site::Global, Some(v)).unwrap_err();
            assert_eq!(err.kind, ProblemKind::InvalidSetting, "{v}");
        }
    }
}
