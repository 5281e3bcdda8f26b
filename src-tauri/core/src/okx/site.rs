//! OKX sites (where the user logs in) and the API host each one must use.
//!
//! A key works only on its own site's host: global -> www.okx.com, EEA (my.okx.com) ->
//! eea.okx.com, US & Australia (app.okx.com) -> us.okx.com, Turkey (tr.okx.com, OKX TR) ->
//! tr.okx.com (`OKX_FACTS` §4). Every fact about a site lives in [`SITES`], once; the window gets
//! the same table from Rust at start-up. Tests and practice may point a site at the loopback
//! simulator with `OKX_BASE_URL_GLOBAL` / `_EEA` / `_US` / `_TR`; any override that is not
//! `http://127.0.0.1:PORT` or `http://localhost:PORT` is refused.

use crate::catalog::Text;
use crate::error::{Problem, ProblemKind, Result};
use crate::t;
use serde::ser::SerializeStruct;
use serde::{Deserialize, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Site {
    #[default]
    Global,
    Eea,
    Us,
    Tr,
}

/// Everything the app knows about one OKX site. Serialized for the window's Step 1 (see the
/// `Serialize` impl below: with the site's `region` and `display_name` in words).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SiteInfo {
    pub site: Site,
    /// The `--site` value and the id in JSON: `global`, `eea`, `us`, `tr`.
    pub id: &'static str,
    /// Where the user logs in and manages keys.
    pub web_host: &'static str,
    /// The production REST API host.
    pub api_host: &'static str,
    /// The website as people write it ("okx.com", "my.okx.com").
    pub short_name: &'static str,
    /// The loopback override variable for tests and practice.
    pub override_var: &'static str,
    /// Other spellings accepted by [`Site::from_str`] (host names people paste).
    pub aliases: &'static [&'static str],
}

/// The sites, in the order they are offered and tried when looking for a key's site.
pub const SITES: [SiteInfo; 4] = [
    SiteInfo {
        site: Site::Global,
        id: "global",
        web_host: "www.okx.com",
        api_host: "www.okx.com",
        short_name: "okx.com",
        override_var: "OKX_BASE_URL_GLOBAL",
        aliases: &["www", "www.okx.com", "okx.com"],
    },
    SiteInfo {
        site: Site::Eea,
        id: "eea",
        web_host: "my.okx.com",
        api_host: "eea.okx.com",
        short_name: "my.okx.com",
        override_var: "OKX_BASE_URL_EEA",
        aliases: &["my", "my.okx.com", "eea.okx.com"],
    },
    SiteInfo {
        site: Site::Us,
        id: "us",
        web_host: "app.okx.com",
        api_host: "us.okx.com",
        short_name: "app.okx.com",
        override_var: "OKX_BASE_URL_US",
        aliases: &["app", "app.okx.com", "us.okx.com"],
    },
    SiteInfo {
        site: Site::Tr,
        id: "tr",
        web_host: "tr.okx.com",
        api_host: "tr.okx.com",
        short_name: "tr.okx.com",
        override_var: "OKX_BASE_URL_TR",
        aliases: &["turkey", "turkiye", "türkiye", "tr.okx.com"],
    },
];

impl Site {
    pub const ALL: [Site; 4] = [Site::Global, Site::Eea, Site::Us, Site::Tr];

    /// This site's row of [`SITES`].
    pub fn info(self) -> &'static SiteInfo {
        &SITES[self as usize]
    }

    pub fn as_str(self) -> &'static str {
        self.info().id
    }

    /// The production API host for this site.
    pub fn api_host(self) -> &'static str {
        self.info().api_host
    }

    /// The website where the user logs in and manages keys.
    pub fn web_host(self) -> &'static str {
        self.info().web_host
    }

    /// A name a person recognises: the website and, in brackets, who it is for
    /// ("my.okx.com (EEA)").
    pub fn display_name(self) -> Text {
        let site = self.info().short_name;
        match self {
            Site::Global => t!("okx-site-name-global", site = site),
            Site::Eea => t!("okx-site-name-eea", site = site),
            Site::Us => t!("okx-site-name-us", site = site),
            Site::Tr => t!("okx-site-name-tr", site = site),
        }
    }

    /// Who registers on this site ("The European Economic Area (EEA)").
    pub fn region(self) -> Text {
        match self {
            Site::Global => t!("okx-site-region-global"),
            Site::Eea => t!("okx-site-region-eea"),
            Site::Us => t!("okx-site-region-us"),
            Site::Tr => t!("okx-site-region-tr"),
        }
    }

    /// OKX's API management page for this site (opened in the system browser).
    pub fn api_management_url(self) -> String {
        format!("https://{}/account/my-api", self.web_host())
    }

    /// The environment variable that may point this site at a loopback simulator.
    pub fn override_var(self) -> &'static str {
        self.info().override_var
    }

    /// The other sites, in table order (for "which site does this key belong to?").
    pub fn others(self) -> Vec<Site> {
        Site::ALL.into_iter().filter(|s| *s != self).collect()
    }

    /// "global, eea, us or tr" (for usage messages).
    pub fn id_list(with_auto: bool) -> Text {
        let mut ids: Vec<&str> = SITES.iter().map(|s| s.id).collect();
        if with_auto {
            ids.push("auto");
        }
        let last = ids.pop().unwrap_or_default();
        t!("okx-site-id-list", ids = ids.join(", "), last = last)
    }
}

/// The JSON the window gets: the table's facts, and the site's `region` and `display_name` in
/// the current language (the same keys, in the same order, as when they were fields).
impl Serialize for SiteInfo {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        let mut m = s.serialize_struct("SiteInfo", 9)?;
        m.serialize_field("site", &self.site)?;
        m.serialize_field("id", self.id)?;
        m.serialize_field("web_host", self.web_host)?;
        m.serialize_field("api_host", self.api_host)?;
        m.serialize_field("short_name", self.short_name)?;
        m.serialize_field("region", &self.site.region())?;
        m.serialize_field("display_name", &self.site.display_name())?;
        m.serialize_field("override_var", self.override_var)?;
        m.serialize_field("aliases", self.aliases)?;
        m.end()
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
        let v = s.trim().to_lowercase();
        SITES
            .iter()
            .find(|i| i.id == v || i.aliases.contains(&v.as_str()))
            .map(|i| i.site)
            .ok_or_else(|| {
                Problem::from_text(
                    ProblemKind::MalformedInput,
                    t!(
                        "problem-malformed-input-site",
                        value = s.chars().take(40).collect::<String>()
                    ),
                )
            })
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
                    Problem::from_text(
                        ProblemKind::InvalidSetting,
                        t!("problem-invalid-setting-override", var = site.override_var(), why = why),
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

/// Where a saved key was made: on OKX itself, or on the practice simulator on this computer.
/// A key is only ever sent where it was made (see [`Endpoint::admits`]): a real key never goes to
/// a loopback override (a forgotten `export OKX_BASE_URL_…` would hand it in clear text to
/// whatever listens on that port), and a practice key never goes to OKX.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum KeyOrigin {
    Okx,
    Practice,
}

impl KeyOrigin {
    /// From the API host a key was saved with (the record's `api_host`): the simulator's is a
    /// loopback `host:port` (see [`Endpoint::api_host`]), OKX's a site's host name.
    pub fn of_saved_host(api_host: &str) -> KeyOrigin {
        let host = api_host.split_whitespace().next().unwrap_or_default();
        let host = host.rsplit_once(':').map_or(host, |(h, _)| h);
        if matches!(host, "127.0.0.1" | "localhost" | "[::1]") {
            KeyOrigin::Practice
        } else {
            KeyOrigin::Okx
        }
    }
}

/// The override variables that are set (non-empty), with their values as given, for the note
/// every command prints on stderr while one is set.
pub fn overrides_set() -> Vec<(&'static str, String)> {
    Site::ALL
        .iter()
        .filter_map(|s| {
            let var = s.override_var();
            std::env::var(var)
                .ok()
                .filter(|v| !v.trim().is_empty())
                .map(|v| (var, v.chars().take(60).collect()))
        })
        .collect()
}

impl Endpoint {
    /// `Ok` when a key made at `origin` may be sent here; otherwise the problem that names the
    /// variable to unset (or to set).
    pub fn admits(&self, origin: KeyOrigin) -> Result<()> {
        let var = self.site.override_var();
        match (origin, self.is_override) {
            (KeyOrigin::Okx, true) => Err(Problem::from_text(
                ProblemKind::InvalidSetting,
                t!("problem-real-key-to-override", var = var, url = &self.base_url),
            )),
            (KeyOrigin::Practice, false) => Err(Problem::from_text(
                ProblemKind::InvalidSetting,
                t!("problem-practice-key-to-okx", var = var, host = &self.api_host),
            )),
            _ => Ok(()),
        }
    }

    /// The endpoint for a saved key of `origin` on `site` ([`Endpoint::for_site`] and
    /// [`Endpoint::admits`]).
    pub fn for_saved_key(site: Site, origin: KeyOrigin) -> Result<Endpoint> {
        let ep = Endpoint::for_site(site)?;
        ep.admits(origin)?;
        Ok(ep)
    }
}

/// Accepts exactly `http://127.0.0.1:PORT` or `http://localhost:PORT` (optional trailing slash)
/// and returns it as `http://127.0.0.1:PORT`: `localhost` is never looked up (a resolver, a hosts
/// file or DNS could send it elsewhere). Anything else, including other loopback spellings with
/// paths, credentials or queries, is refused with the reason (words for a sentence's end).
pub fn validate_loopback_override(value: &str) -> std::result::Result<String, Text> {
    let rest = value
        .strip_prefix("http://")
        .ok_or_else(|| t!("okx-override-not-http"))?;
    let rest = rest.strip_suffix('/').unwrap_or(rest);
    let (host, port) = rest.rsplit_once(':').ok_or_else(|| t!("okx-override-no-port"))?;
    if host != "127.0.0.1" && host != "localhost" {
        return Err(t!("okx-override-not-loopback"));
    }
    match port.parse::<u16>() {
        Ok(p) if p > 0 && port.chars().all(|c| c.is_ascii_digit()) => Ok(format!("http://127.0.0.1:{p}")),
        _ => Err(t!("okx-override-bad-port")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_saved_key_goes_only_where_it_was_made() {
        assert_eq!(KeyOrigin::of_saved_host("www.okx.com"), KeyOrigin::Okx);
        assert_eq!(KeyOrigin::of_saved_host("eea.okx.com"), KeyOrigin::Okx);
        assert_eq!(KeyOrigin::of_saved_host("127.0.0.1:8085"), KeyOrigin::Practice);
        assert_eq!(KeyOrigin::of_saved_host("localhost:8085"), KeyOrigin::Practice);
        let real = Endpoint::resolve(Site::Global, None).unwrap();
        let practice = Endpoint::resolve(Site::Global, Some("http://localhost:8085")).unwrap();
        assert_eq!(practice.base_url, "http://127.0.0.1:8085", "localhost is not looked up");
        assert!(real.admits(KeyOrigin::Okx).is_ok());
        assert!(practice.admits(KeyOrigin::Practice).is_ok());
        let p = practice.admits(KeyOrigin::Okx).unwrap_err();
        assert_eq!(p.kind, ProblemKind::InvalidSetting);
        assert!(p.message.to_string().contains("OKX_BASE_URL_GLOBAL"), "{}", p.message);
        assert!(p.fix.to_string().contains("OKX_BASE_URL_GLOBAL"), "{}", p.fix);
        let p = real.admits(KeyOrigin::Practice).unwrap_err();
        assert_eq!(p.kind, ProblemKind::InvalidSetting);
        assert!(p.fix.to_string().contains("OKX_BASE_URL_GLOBAL"), "{}", p.fix);
    }

    #[test]
    fn sites_map_to_hosts() {
        assert_eq!(Site::Global.api_host(), "www.okx.com");
        assert_eq!(Site::Eea.api_host(), "eea.okx.com");
        assert_eq!(Site::Us.api_host(), "us.okx.com");
        assert_eq!(Site::Eea.api_management_url(), "https://my.okx.com/account/my-api");
        assert_eq!(Site::Us.api_management_url(), "https://app.okx.com/account/my-api");
        assert_eq!(Site::Tr.api_host(), "tr.okx.com");
        assert_eq!(Site::Tr.api_management_url(), "https://tr.okx.com/account/my-api");
        assert_eq!(Site::Tr.override_var(), "OKX_BASE_URL_TR");
        assert_eq!("tr".parse::<Site>().unwrap(), Site::Tr);
        assert_eq!("tr.okx.com".parse::<Site>().unwrap(), Site::Tr);
        assert_eq!("EEA".parse::<Site>().unwrap(), Site::Eea);
        assert!("mars".parse::<Site>().is_err());
    }

    #[test]
    fn the_table_is_in_enum_order_and_ids_round_trip() {
        for (i, info) in SITES.iter().enumerate() {
            assert_eq!(info.site as usize, i);
            assert_eq!(Site::ALL[i], info.site);
            assert_eq!(info.id.parse::<Site>().unwrap(), info.site);
            assert_eq!(serde_json::to_value(info.site).unwrap(), info.id);
            assert!(info.override_var.starts_with("OKX_BASE_URL_"));
        }
        assert_eq!(Site::id_list(true), "global, eea, us, tr or auto");
    }

    #[test]
    fn the_window_gets_the_same_json_as_before() {
        // The keys, in their order, and the words of the sites' names and regions.
        assert_eq!(
            serde_json::to_string(&SITES[1]).unwrap(),
            r#"{"site":"eea","id":"eea","web_host":"my.okx.com","api_host":"eea.okx.com","short_name":"my.okx.com","region":"The European Economic Area (EEA)","display_name":"my.okx.com (EEA)","override_var":"OKX_BASE_URL_EEA","aliases":["my","my.okx.com","eea.okx.com"]}"#
        );
        assert_eq!(serde_json::to_value(SITES).unwrap().as_array().map(Vec::len), Some(4));
        let names: Vec<String> = Site::ALL.iter().map(|s| s.display_name().to_string()).collect();
        assert_eq!(
            names,
            [
                "okx.com (global)",
                "my.okx.com (EEA)",
                "app.okx.com (US and Australia)",
                "tr.okx.com (OKX TR, Türkiye)"
            ]
        );
        assert_eq!(Site::Tr.region(), "Türkiye (OKX TR)");
    }

    #[test]
    fn a_refused_override_says_why() {
        let err = Endpoint::resolve(Site::Us, Some("http://127.0.0.1:0")).unwrap_err();
        assert_eq!(
            err.message.to_string(),
            "OKX_BASE_URL_US is set to a value the app refuses: the port must be a number from 1 to 65535."
        );
        assert!(err
            .fix
            .to_string()
            .starts_with("Unset OKX_BASE_URL_US to use OKX itself"));
        let err = "mars".parse::<Site>().unwrap_err();
        assert_eq!(err.message.to_string(), "\"mars\" is not an OKX site.");
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
            ("http://localhost:9/", "http://127.0.0.1:9"),
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
