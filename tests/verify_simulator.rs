//! The core's connection test against the project's OKX simulator: every practice account gives
//! the diagnosis its `expect` field names (the simulator's oracle), every credential mistake and
//! every fault gives its own problem kind, and no request other than GET is ever sent.
//!
//! Each test starts its own simulators on free loopback ports and maps the sites to them with
//! `verify_with` (no environment variables, so the tests run in parallel).

use okx_key_core::outcome::CheckStatus;
use okx_key_core::verify::{check_status, verify_with};
use okx_key_core::{Credentials, Endpoint, ProblemKind, Severity, Site, Verification, VerifyOptions};
use okx_simulator::{self, practice_account, practice_accounts, start_all_sites, Fault, SimConfig, Simulator};
use std::time::Duration;

/// Problem kinds that mean OKX refused the key itself (so it is not verified).
const REFUSALS: [ProblemKind; 4] = [
    ProblemKind::UnknownKey,
    ProblemKind::IpNotAllowed,
    ProblemKind::KeyFrozen,
    ProblemKind::RegionRestricted,
];

fn no_rate_limits() -> SimConfig {
    SimConfig {
        rate_limits: false,
        ..SimConfig::default()
    }
}

async fn three_sites(template: SimConfig) -> Vec<Simulator> {
    start_all_sites(0, template).await.expect("simulators start")
}

/// Runs the test with each site pointed at its simulator (by URL, as the overrides do).
async fn run(sims: &[Simulator], creds: &Credentials, opts: &VerifyOptions) -> Verification {
    let urls: Vec<(Site, String)> = sims.iter().map(|s| (s.site(), s.base_url())).collect();
    let endpoints = move |site: Site| {
        let url = urls.iter().find(|(s, _)| *s == site).map(|(_, u)| u.as_str());
        Endpoint::resolve(site, url)
    };
    verify_with(creds, opts, &endpoints, &|_| {}).await
}

fn creds_of(name: &str) -> Credentials {
    let a = practice_account(name).expect("practice account");
    Credentials::new(a.api_key, a.secret_key, a.passphrase)
}

fn opts(site: Site, demo: bool) -> VerifyOptions {
    VerifyOptions {
        site,
        demo,
        ..VerifyOptions::default()
    }
}

fn kinds(v: &Verification) -> Vec<ProblemKind> {
    let mut k: Vec<ProblemKind> = v.problems.iter().map(|p| p.kind).collect();
    k.sort_by_key(|k| k.as_str());
    k
}

/// No request other than GET reached any simulator of this test process (none is sent on
/// purpose here). Every test ends with it, so the whole suite is covered whatever the order.
fn assert_only_gets() {
    let seen = okx_simulator::non_get_requests_seen();
    assert!(seen.is_empty(), "requests other than GET: {seen:?}");
}

#[tokio::test]
async fn every_practice_account_gives_the_simulators_expected_diagnosis() {
    let sims = three_sites(no_rate_limits()).await;
    let accounts = practice_accounts();
    assert!(accounts.len() >= 14);
    for a in accounts {
        let creds = Credentials::new(a.api_key.clone(), a.secret_key.clone(), a.passphrase.clone());
        let v = run(&sims, &creds, &opts(a.site, a.demo)).await;
        let mut expect = a.expect.clone();
        expect.sort_by_key(|k| k.as_str());
        assert_eq!(kinds(&v), expect, "{}: {:?}", a.name, v.problems);

        let refused = a.expect.iter().any(|k| REFUSALS.contains(k));
        let can_withdraw = a.perms().contains(&"withdraw");
        assert_eq!(v.verified, !refused, "{}: verified", a.name);
        assert_eq!(v.safe, !refused && !can_withdraw, "{}: safe", a.name);
        assert_eq!(v.site, a.site, "{}", a.name);
        assert_eq!(v.demo, a.demo, "{}", a.name);
        assert_eq!(v.api_key_redacted, okx_key_core::secret::redact_key(&a.api_key));
        if v.verified {
            assert_eq!(v.label.as_deref(), Some(a.label.as_str()), "{}", a.name);
            let p = v.permissions.expect("permissions");
            assert_eq!(p.withdraw, can_withdraw, "{}", a.name);
            assert_eq!(p.trade, a.perms().contains(&"trade"), "{}", a.name);
            assert_eq!(v.ip_whitelist, a.ips, "{}", a.name);
            let b = v.balance.as_ref().expect("balance");
            assert_eq!(b.total_eq_usd, a.total_eq, "{}", a.name);
            let ccys: Vec<&str> = a.balances.iter().map(|c| c.ccy.as_str()).collect();
            assert_eq!(b.currencies, ccys, "{}", a.name);
            assert_eq!(
                v.account.as_ref().map(|x| x.sub_account),
                Some(a.is_sub_account()),
                "{}",
                a.name
            );
        }
        if a.name == "other-ip" {
            assert!(
                v.problems[0].message.to_string().contains("127.0.0.1"),
                "{:?}",
                v.problems[0]
            );
        }
        if can_withdraw {
            let p = &v.problems[0];
            assert_eq!(p.severity, Severity::Danger);
            assert!(p.fix.to_string().to_lowercase().contains("delete"), "{p:?}");
        }
    }
    assert_only_gets();
}

#[tokio::test]
async fn wrong_passphrase_secret_and_unknown_key() {
    let sims = three_sites(no_rate_limits()).await;
    let good = practice_account("good").unwrap();

    let v = run(
        &sims,
        &Credentials::new(good.api_key.clone(), good.secret_key.clone(), "Practice#Wrong1"),
        &opts(Site::Global, false),
    )
    .await;
    assert_eq!(kinds(&v), [ProblemKind::WrongPassphrase]);
    assert_eq!(v.problems[0].okx_code.as_deref(), Some("50105"));
    assert!(!v.verified && !v.safe);
    assert_eq!(
        check_status(&v, okx_key_core::outcome::CheckId::Reach),
        Some(CheckStatus::Pass)
    );
    assert_eq!(
        check_status(&v, okx_key_core::outcome::CheckId::Auth),
        Some(CheckStatus::Fail)
    );

    let v = run(
        &sims,
        &Credentials::new(
            good.api_key.clone(),
            "0123456789ABCDEF0123456789ABCDEF",
            good.passphrase.clone(),
        ),
        &opts(Site::Global, false),
    )
    .await;
    assert_eq!(kinds(&v), [ProblemKind::WrongSecret]);
    assert_eq!(v.problems[0].okx_code.as_deref(), Some("50113"));

    let v = run(
        &sims,
        &Credentials::new("11111111-2222-4333-8444-555555555555", good.secret_key, good.passphrase),
        &opts(Site::Global, false),
    )
    .await;
    assert_eq!(kinds(&v), [ProblemKind::UnknownKey]);
    assert!(
        v.problems[0].message.to_string().contains("any of OKX's other sites"),
        "{:?}",
        v.problems[0]
    );
    assert_only_gets();
}

#[tokio::test]
async fn a_key_tested_on_the_wrong_site_is_recognised() {
    let sims = three_sites(no_rate_limits()).await;
    let v = run(&sims, &creds_of("eea"), &opts(Site::Global, false)).await;
    assert_eq!(kinds(&v), [ProblemKind::WrongSite]);
    assert!(v.problems[0].message.to_string().contains("EEA"), "{:?}", v.problems[0]);
    assert!(
        v.problems[0].fix.to_string().contains("my.okx.com"),
        "{:?}",
        v.problems[0]
    );
    assert!(!v.verified);

    let v = run(&sims, &creds_of("us"), &opts(Site::Eea, false)).await;
    assert_eq!(kinds(&v), [ProblemKind::WrongSite]);
    assert!(v.problems[0].message.to_string().contains("US"), "{:?}", v.problems[0]);

    // --site auto: found, not a problem.
    let auto = VerifyOptions {
        auto_site: true,
        ..opts(Site::Global, false)
    };
    let v = run(&sims, &creds_of("eea"), &auto).await;
    assert!(v.verified && v.safe, "{:?}", v.problems);
    assert_eq!(v.site, Site::Eea);
    assert_only_gets();
}

#[tokio::test]
async fn demo_mismatch_both_ways() {
    let sims = three_sites(no_rate_limits()).await;
    let v = run(&sims, &creds_of("demo"), &opts(Site::Global, false)).await;
    assert_eq!(kinds(&v), [ProblemKind::DemoMismatch]);
    assert!(
        v.problems[0].message.to_string().contains("Demo Trading key"),
        "{:?}",
        v.problems[0]
    );

    let v = run(&sims, &creds_of("good"), &opts(Site::Global, true)).await;
    assert_eq!(kinds(&v), [ProblemKind::DemoMismatch]);
    assert!(
        v.problems[0].message.to_string().contains("live-trading key"),
        "{:?}",
        v.problems[0]
    );
    assert!(!v.verified);
    assert_only_gets();
}

#[tokio::test]
async fn clock_skew_is_a_warning_and_signing_uses_okx_time() {
    for (skew, over_limit) in [(12_000_i64, false), (45_000, true), (-45_000, true)] {
        let sims = three_sites(SimConfig {
            clock_skew_ms: skew,
            ..no_rate_limits()
        })
        .await;
        let v = run(&sims, &creds_of("good"), &opts(Site::Global, false)).await;
        assert!(v.verified && v.safe, "skew {skew}: {:?}", v.problems);
        assert_eq!(kinds(&v), [ProblemKind::ClockSkew], "skew {skew}");
        let p = &v.problems[0];
        assert_eq!(p.severity, Severity::Warning, "skew {skew}");
        let measured = v.clock_skew_ms.expect("skew measured");
        assert!((measured - skew).abs() < 2_000, "skew {skew}: measured {measured}");
        assert_eq!(p.message.to_string().contains("corrected for it"), over_limit, "{p:?}");
    }
    assert_only_gets();
}

async fn faulty(fault: Fault, request_timeout: Duration) -> Verification {
    let sims = three_sites(no_rate_limits().with_fault(fault)).await;
    let o = VerifyOptions {
        request_timeout,
        total_timeout: request_timeout * 3,
        ..opts(Site::Global, false)
    };
    run(&sims, &creds_of("good"), &o).await
}

#[tokio::test]
async fn faults_each_get_their_own_diagnosis() {
    let ten = Duration::from_secs(10);
    for (fault, want) in [
        (Fault::RateLimit, ProblemKind::RateLimited),
        (Fault::maintenance(), ProblemKind::OkxUnavailable),
        (Fault::html_502(), ProblemKind::OkxUnavailable),
        (Fault::InvalidJson, ProblemKind::UnexpectedResponse),
        (Fault::TruncatedBody, ProblemKind::UnexpectedResponse),
        (Fault::CloseWithoutResponse, ProblemKind::NetworkError),
    ] {
        let name = fault.name();
        let v = faulty(fault, ten).await;
        assert_eq!(kinds(&v), [want], "{name}: {:?}", v.problems);
        assert!(!v.verified && !v.safe, "{name}");
        let p = &v.problems[0];
        assert!(!p.message.is_empty() && !p.fix.is_empty(), "{name}");
        // Plain words, never a raw error dump.
        assert!(
            !p.message.to_string().contains("reqwest") && !p.message.to_string().contains("hyper"),
            "{name}: {p:?}"
        );
    }
    assert_only_gets();
}

#[tokio::test]
async fn a_trickling_answer_times_out() {
    let started = std::time::Instant::now();
    let v = faulty(
        Fault::SlowTrickle {
            byte_every: Duration::from_millis(500),
        },
        Duration::from_secs(1),
    )
    .await;
    assert_eq!(kinds(&v), [ProblemKind::Timeout], "{:?}", v.problems);
    assert!(started.elapsed() < Duration::from_secs(6), "{:?}", started.elapsed());
    assert_only_gets();
}

#[tokio::test]
async fn a_closed_port_is_a_refused_connection() {
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let url = format!("http://127.0.0.1:{port}");
    let endpoints = move |site: Site| Endpoint::resolve(site, Some(&url));
    let v = verify_with(&creds_of("good"), &opts(Site::Global, false), &endpoints, &|_| {}).await;
    assert_eq!(kinds(&v), [ProblemKind::NetworkError], "{:?}", v.problems);
    assert!(!v.verified);
    assert_only_gets();
}
