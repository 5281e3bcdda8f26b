//! The network policy, checked from outside: full connection tests send only `GET`s to the
//! allowlisted paths, and a host override is honoured only when it is a loopback `http` address.

use okx_key_core::bots::{BotKind, Market};
use okx_key_core::okx::ApiPath;
use okx_key_core::verify::{verify_with, VerifyOptions};
use okx_key_core::{Credentials, Endpoint, Problem, ProblemKind, Result, Site};
use okx_simulator::{non_get_requests_seen, practice_account, start_all_sites, RequestRecord, SimConfig, Simulator};
use std::sync::Mutex;
use std::time::Duration;

/// Tests that set `OKX_BASE_URL_*` run one at a time.
static ENV: Mutex<()> = Mutex::new(());

fn creds_of(name: &str) -> Credentials {
    let a = practice_account(name).unwrap();
    Credentials::new(a.api_key, a.secret_key, a.passphrase)
}

fn opts(site: Site, demo: bool, auto_site: bool) -> VerifyOptions {
    VerifyOptions {
        site,
        demo,
        auto_site,
        request_timeout: Duration::from_secs(5),
        total_timeout: Duration::from_secs(8),
        ..VerifyOptions::default()
    }
}

fn assert_allowlisted(records: &[RequestRecord]) {
    let allowed: Vec<&str> = ApiPath::ALL.iter().map(|p| p.path()).collect();
    for r in records {
        assert_eq!(r.method, "GET", "{r:?}");
        // The client never adds a query string, so the target is exactly an allowlisted path.
        assert!(allowed.contains(&r.path.as_str()), "not allowlisted: {r:?}");
    }
}

#[tokio::test]
async fn full_verifications_send_only_gets_to_allowlisted_paths() {
    let sims: Vec<Simulator> = start_all_sites(0, SimConfig::default()).await.unwrap();
    let eps: Vec<Endpoint> = sims
        .iter()
        .map(|s| Endpoint::resolve(s.site(), Some(&s.base_url())).unwrap())
        .collect();
    let endpoints = move |site: Site| -> Result<Endpoint> {
        eps.iter()
            .find(|e| e.site == site)
            .cloned()
            .ok_or_else(|| Problem::new(ProblemKind::InvalidSetting, "none", "none"))
    };

    // A good key; a key of another site (the other sites are probed); the same with
    // `--site auto`; a Demo Trading key tested as live (retried in demo mode); a live key tested
    // as demo; a key that works nowhere.
    let cases = [
        ("good", opts(Site::Global, false, false), true),
        ("eea", opts(Site::Global, false, false), false),
        ("us", opts(Site::Eea, false, true), true),
        ("demo", opts(Site::Global, false, false), false),
        ("good", opts(Site::Global, true, false), false),
        ("deleted", opts(Site::Global, false, false), false),
    ];
    for (name, o, verified) in &cases {
        let v = verify_with(&creds_of(name), o, &endpoints, &|_| {}).await;
        assert_eq!(v.verified, *verified, "{name}: {:?}", v.problems);
    }
    // With a bot: the readiness requests (one market each), still GETs to the allowlist.
    for market in [Market::Spot, Market::Swap] {
        let o = VerifyOptions {
            readiness: Some((BotKind::Freqtrade, market)),
            ..opts(Site::Global, false, false)
        };
        let v = verify_with(&creds_of("good"), &o, &endpoints, &|_| {}).await;
        assert!(v.verified && v.readiness.is_some(), "{:?}", v.problems);
    }
    let records: Vec<RequestRecord> = sims.iter().flat_map(|s| s.requests()).collect();
    // Every site was asked something (the probes reached eea and us).
    for s in &sims {
        assert!(!s.requests().is_empty(), "{} saw nothing", s.site());
    }
    assert!(records.len() >= 20, "{} requests", records.len());
    assert_allowlisted(&records);
    // The signed paths were all exercised, and nothing else.
    for p in ApiPath::ALL {
        assert!(
            records.iter().any(|r| r.path == p.path()),
            "{} never requested",
            p.path()
        );
    }
    assert!(non_get_requests_seen().is_empty(), "{:?}", non_get_requests_seen());
}

/// Values a host override must refuse: not `http`, not loopback, or loopback with extras.
const REFUSED: &[&str] = &[
    "https://127.0.0.1:8085",
    "https://localhost:8085",
    "HTTP://127.0.0.1:8085",
    "ftp://localhost:21",
    "file:///etc/passwd",
    "//127.0.0.1:8085",
    "127.0.0.1:8085",
    "http:/127.0.0.1:8085",
    "http://10.0.0.1:80",
    "http://192.168.1.10:8085",
    "http://0.0.0.0:8085",
    "http://127.0.0.2:8085",
    "http://127.1:8085",
    "http://2130706433:8085",
    "http://0x7f000001:8085",
    "http://[::1]:8085",
    "http://[::ffff:127.0.0.1]:8085",
    "http://::1:8085",
    "http://user@127.0.0.1:8085",
    "http://user:pw@localhost:8085",
    "http://127.0.0.1:80@evil.example:80",
    "http://evil.example#@127.0.0.1:8085",
    "http://127.0.0.1:8085/api/v5/account/config",
    "http://127.0.0.1:8085?x=1",
    "http://127.0.0.1:8085#frag",
    "http://127.0.0.1.evil.example:8085",
    "http://localhost.evil.example:8085",
    "http://LOCALHOST:8085",
    "http://evil.example:8085",
    "http://www.okx.com:443",
    "http://127.0.0.1",
    "http://127.0.0.1:",
    "http://127.0.0.1:0",
    "http://127.0.0.1:65536",
    "http://127.0.0.1:-1",
    "http://127.0.0.1:+8085",
    "http://127.0.0.1: 8085",
    "http://127.0.0.1:80 85",
    "http://127.0.0.1:8\n085",
    "http://127.0.0.1\t:8085",
];

fn with_override<T>(site: Site, value: Option<&str>, f: impl FnOnce() -> T) -> T {
    let _guard = ENV.lock().unwrap_or_else(|e| e.into_inner());
    let var = site.override_var();
    let before = std::env::var(var).ok();
    match value {
        Some(v) => std::env::set_var(var, v),
        None => std::env::remove_var(var),
    }
    let out = f();
    match before {
        Some(v) => std::env::set_var(var, v),
        None => std::env::remove_var(var),
    }
    out
}

#[test]
fn host_overrides_refuse_everything_but_loopback_http() {
    for site in Site::ALL {
        for value in REFUSED {
            let got = with_override(site, Some(value), || Endpoint::for_site(site));
            let err = got.expect_err(value);
            assert_eq!(err.kind, ProblemKind::InvalidSetting, "{value:?}");
            assert!(err.message.to_string().contains(site.override_var()), "{}", err.message);
        }
    }
    // One stray `/` at the end is tolerated (and dropped); so are blanks around the value.
    // `localhost` becomes 127.0.0.1: it is never looked up (a hosts file or DNS could send it
    // elsewhere).
    for (value, want) in [
        ("http://127.0.0.1:8085", "http://127.0.0.1:8085"),
        ("http://localhost:9", "http://127.0.0.1:9"),
        ("http://127.0.0.1:8085/", "http://127.0.0.1:8085"),
        (" http://127.0.0.1:65535 ", "http://127.0.0.1:65535"),
    ] {
        for site in Site::ALL {
            let e = with_override(site, Some(value), || Endpoint::for_site(site)).unwrap();
            assert_eq!(e.base_url, want);
            assert!(e.is_override);
            let url = url::Url::parse(&format!("{}{}", e.base_url, ApiPath::AccountConfig.path())).unwrap();
            assert_eq!(url.scheme(), "http");
            assert_eq!(url.host_str(), Some("127.0.0.1"), "{url}");
            assert_eq!(url.path(), ApiPath::AccountConfig.path());
            assert!(url.query().is_none() && url.username().is_empty());
        }
    }
    // No override, or an empty one: the real HTTPS host.
    for value in [None, Some(""), Some("   ")] {
        for site in Site::ALL {
            let e = with_override(site, value, || Endpoint::for_site(site)).unwrap();
            assert_eq!(e.base_url, format!("https://{}", site.api_host()));
            assert!(!e.is_override);
        }
    }
}

#[test]
fn a_refused_override_stops_the_connection_test_before_any_request() {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    for value in [
        "https://evil.example",
        "http://127.0.0.1.evil.example:80",
        "http://[::1]:80",
    ] {
        let v = with_override(Site::Global, Some(value), || {
            rt.block_on(okx_key_core::verify(
                &creds_of("good"),
                &opts(Site::Global, false, false),
                &|_| {},
            ))
        });
        assert!(!v.verified);
        assert_eq!(
            v.problems.first().map(|p| p.kind),
            Some(ProblemKind::InvalidSetting),
            "{value}"
        );
        // The refused address is not shown as the host that was tested.
        assert_eq!(v.api_host, Site::Global.api_host());
    }
}
