//! The connection test against a small fake OKX on loopback (the full simulator is another
//! module; this fake checks the demo header, the corrected timestamp and the signature).

use super::*;
use crate::error::Severity;
use crate::okx::sign::sign;
use crate::okx::test_server::{Reply, Request, TestServer};
use crate::secret::Secret;
use std::collections::HashMap;
use std::sync::Mutex;

const SECRET: &str = "22582BD0CFF14C41EDBF1AB98506286D";

fn creds() -> Credentials {
    Credentials::new("37c541a1-aaaa-bbbb-cccc-10fe7a038418", SECRET, "Passphrase-1")
}

#[derive(Clone)]
struct Fake {
    perm: &'static str,
    ip: &'static str,
    clock_offset_ms: i64,
    code: Option<&'static str>,
    balance_code: Option<&'static str>,
    demo_key: bool,
    signed_delay: Duration,
}

impl Default for Fake {
    fn default() -> Self {
        Fake {
            perm: "read_only,trade",
            ip: "203.0.113.7",
            clock_offset_ms: 0,
            code: None,
            balance_code: None,
            demo_key: false,
            signed_delay: Duration::ZERO,
        }
    }
}

fn err(code: &str) -> Reply {
    Reply::json(
        401,
        &format!(r#"{{"code":"{code}","msg":"Your IP 198.51.100.4 is not allowed","data":[]}}"#),
    )
}

fn answer(f: &Fake, r: &Request) -> Reply {
    let okx_now = now_unix_ms() + f.clock_offset_ms;
    if r.method != "GET" {
        return Reply::json(405, r#"{"code":"50115","msg":"Invalid request method","data":[]}"#);
    }
    if r.path == "/api/v5/public/time" {
        return Reply::json(
            200,
            &format!(r#"{{"code":"0","msg":"","data":[{{"ts":"{okx_now}"}}]}}"#),
        );
    }
    let ts = r.header("ok-access-timestamp").unwrap_or("");
    let want = sign(&Secret::new(SECRET), ts, "GET", &r.path, "").unwrap();
    if r.header("ok-access-sign") != Some(want.as_str()) {
        return err("50113");
    }
    // The client must sign with OKX's time, not its own.
    let sent_ms = time::OffsetDateTime::parse(ts, &time::format_description::well_known::Rfc3339)
        .map(|t| (t.unix_timestamp_nanos() / 1_000_000) as i64)
        .unwrap_or(0);
    if (sent_ms - okx_now).abs() > 2_000 || ts.len() != 24 {
        return err("50102");
    }
    if (r.header("x-simulated-trading") == Some("1")) != f.demo_key {
        return err("50101");
    }
    if let Some(code) = f.code {
        return err(code);
    }
    let reply = match r.path.as_str() {
        "/api/v5/account/config" => Reply::json(
            200,
            &format!(
                r#"{{"code":"0","msg":"","data":[{{"perm":"{}","ip":"{}","label":"GridBot","uid":"2","mainUid":"1","acctLv":"2","extra":true}}]}}"#,
                f.perm, f.ip
            ),
        ),
        "/api/v5/account/balance" => match f.balance_code {
            Some(code) => err(code),
            None => Reply::json(
                200,
                r#"{"code":"0","msg":"","data":[{"totalEq":"1234.5678","details":[{"ccy":"USDT","eq":"1000"},{"ccy":"BTC","eq":"0.01"}]}]}"#,
            ),
        },
        _ => Reply::json(404, r#"{"code":"50005","msg":"not found","data":[]}"#),
    };
    reply.delayed(f.signed_delay)
}

struct Okx {
    servers: HashMap<Site, TestServer>,
}

impl Okx {
    async fn start(sites: &[(Site, Fake)]) -> Okx {
        let mut servers = HashMap::new();
        for (site, fake) in sites {
            let fake = fake.clone();
            servers.insert(*site, TestServer::start(move |r| answer(&fake, r)).await);
        }
        Okx { servers }
    }

    fn endpoints(&self) -> impl Fn(Site) -> Result<Endpoint> + Send + Sync {
        let urls: HashMap<Site, String> = self.servers.iter().map(|(s, t)| (*s, t.base_url())).collect();
        move |s| {
            Endpoint::resolve(
                s,
                Some(urls.get(&s).map(String::as_str).unwrap_or("http://127.0.0.1:1")),
            )
        }
    }

    fn requests(&self, site: Site) -> Vec<Request> {
        self.servers.get(&site).map(|s| s.requests()).unwrap_or_default()
    }
}

async fn run(okx: &Okx, opts: &VerifyOptions) -> (Verification, Vec<CheckId>) {
    let seen = Mutex::new(Vec::new());
    let progress = |id: CheckId| seen.lock().unwrap().push(id);
    let v = verify_with(&creds(), opts, &okx.endpoints(), &progress).await;
    (v, seen.into_inner().unwrap())
}

fn opts() -> VerifyOptions {
    VerifyOptions {
        request_timeout: Duration::from_secs(2),
        total_timeout: Duration::from_secs(5),
        ..Default::default()
    }
}

fn kinds(v: &Verification) -> Vec<ProblemKind> {
    v.problems.iter().map(|p| p.kind).collect()
}

#[tokio::test]
async fn a_good_key_passes_every_check() {
    let okx = Okx::start(&[(Site::Global, Fake::default())]).await;
    let (v, progress) = run(&okx, &opts()).await;
    assert!(v.verified && v.safe, "{:#?}", v.problems);
    assert_eq!(v.exit_code(), 0);
    assert!(v.problems.is_empty(), "{:#?}", v.problems);
    assert_eq!(progress, vec![CheckId::Reach, CheckId::Clock, CheckId::Auth]);
    assert_eq!(v.checks.iter().map(|c| c.id).collect::<Vec<_>>(), CHECK_ORDER.to_vec());
    assert!(
        v.checks.iter().all(|c| c.status == CheckStatus::Pass),
        "{:#?}",
        v.checks
    );
    assert_eq!(
        v.permissions,
        Some(crate::outcome::Permissions {
            read: true,
            trade: true,
            withdraw: false
        })
    );
    assert_eq!(v.ip_whitelist, vec!["203.0.113.7"]);
    assert_eq!(v.label.as_deref(), Some("GridBot"));
    assert_eq!(v.api_key_redacted, "37c5…8418");
    let b = v.balance.clone().unwrap();
    assert_eq!(
        (b.total_eq_usd.as_str(), b.currencies),
        ("1234.5678", vec!["USDT".to_owned(), "BTC".to_owned()])
    );
    let acct = v.account.clone().unwrap();
    assert!(acct.sub_account);
    assert_eq!(acct.mode, Some(crate::outcome::AccountMode::Futures));
    assert_eq!(acct.mode.map(|m| m.words().to_string()).as_deref(), Some("Futures"));
    assert!(v.clock_skew_ms.unwrap().abs() < 1000);
    assert_eq!(v.checked_at.len(), 24);
    assert!(v.api_host.starts_with("127.0.0.1:"));
    // Two round trips: time, then config + balance; GET only.
    let reqs = okx.requests(Site::Global);
    assert_eq!(reqs.len(), 3);
    assert!(reqs.iter().all(|r| r.method == "GET"));
    // The JSON never carries a secret.
    let json = serde_json::to_string(&v).unwrap();
    assert!(!json.contains(SECRET) && !json.contains("Passphrase-1") && !json.contains("37c541a1-aaaa"));
}

#[tokio::test]
async fn withdraw_permission_is_danger_and_unsafe() {
    let okx = Okx::start(&[(
        Site::Global,
        Fake {
            perm: "read_only,withdraw,trade",
            ..Fake::default()
        },
    )])
    .await;
    let (v, _) = run(&okx, &opts()).await;
    assert!(v.verified && !v.safe);
    assert_eq!(v.exit_code(), 3);
    let p = &v.problems[0];
    assert_eq!((p.kind, p.severity), (ProblemKind::WithdrawEnabled, Severity::Danger));
    assert!(p.fix.to_string().contains("Delete this key"));
    assert_eq!(check_status(&v, CheckId::Withdraw), Some(CheckStatus::Fail));
}

#[tokio::test]
async fn read_only_key_cannot_trade() {
    let okx = Okx::start(&[(
        Site::Global,
        Fake {
            perm: "read_only",
            ip: "",
            ..Fake::default()
        },
    )])
    .await;
    let (v, _) = run(&okx, &opts()).await;
    assert!(v.verified && v.safe);
    assert_eq!(kinds(&v), vec![ProblemKind::MissingTradePermission]);
    assert_eq!(check_status(&v, CheckId::Trade), Some(CheckStatus::Fail));
    // A read-only key is not deleted when idle: no IP warning.
    assert_eq!(check_status(&v, CheckId::IpBinding), Some(CheckStatus::Pass));
}

#[tokio::test]
async fn trade_key_without_ip_gets_the_14_day_warning_except_in_demo() {
    let okx = Okx::start(&[(
        Site::Global,
        Fake {
            ip: "",
            ..Fake::default()
        },
    )])
    .await;
    let (v, _) = run(&okx, &opts()).await;
    assert!(v.verified && v.safe);
    assert_eq!(kinds(&v), vec![ProblemKind::NoIpBinding]);
    assert_eq!(v.problems[0].severity, Severity::Warning);
    assert!(v.problems[0].message.to_string().contains("14 days"));
    assert_eq!(check_status(&v, CheckId::IpBinding), Some(CheckStatus::Warning));

    let okx = Okx::start(&[(
        Site::Global,
        Fake {
            ip: "",
            demo_key: true,
            ..Fake::default()
        },
    )])
    .await;
    let (v, _) = run(&okx, &VerifyOptions { demo: true, ..opts() }).await;
    assert!(v.verified && v.problems.is_empty(), "{:#?}", v.problems);
    assert!(okx
        .requests(Site::Global)
        .iter()
        .all(|r| r.header("x-simulated-trading") == Some("1")));
}

#[tokio::test]
async fn clock_skew_is_measured_corrected_and_warned() {
    let okx = Okx::start(&[(
        Site::Global,
        Fake {
            clock_offset_ms: 12_000,
            ..Fake::default()
        },
    )])
    .await;
    let (v, _) = run(&okx, &opts()).await;
    assert!(v.verified, "signed with OKX's time: {:#?}", v.problems);
    let skew = v.clock_skew_ms.unwrap();
    assert!((11_000..13_000).contains(&skew), "{skew}");
    assert_eq!(kinds(&v), vec![ProblemKind::ClockSkew]);
    assert!(
        v.problems[0].message.to_string().contains("seconds behind"),
        "{}",
        v.problems[0].message
    );
    assert_eq!(check_status(&v, CheckId::Clock), Some(CheckStatus::Warning));

    let okx = Okx::start(&[(
        Site::Global,
        Fake {
            clock_offset_ms: -45_000,
            ..Fake::default()
        },
    )])
    .await;
    let (v, _) = run(&okx, &opts()).await;
    assert!(v.verified);
    assert!(
        v.problems[0].message.to_string().contains("ahead of"),
        "{}",
        v.problems[0].message
    );
    assert!(v.problems[0].message.to_string().contains("would be refused"));
}

#[tokio::test]
async fn wrong_passphrase_fails_auth_and_skips_the_rest() {
    let okx = Okx::start(&[(
        Site::Global,
        Fake {
            code: Some("50105"),
            ..Fake::default()
        },
    )])
    .await;
    let (v, _) = run(&okx, &opts()).await;
    assert!(!v.verified && !v.safe);
    assert_eq!(v.exit_code(), 1);
    assert_eq!(kinds(&v), vec![ProblemKind::WrongPassphrase]);
    assert_eq!(v.problems[0].okx_code.as_deref(), Some("50105"));
    assert_eq!(check_status(&v, CheckId::Reach), Some(CheckStatus::Pass));
    assert_eq!(check_status(&v, CheckId::Auth), Some(CheckStatus::Fail));
    for id in [
        CheckId::Read,
        CheckId::Trade,
        CheckId::Withdraw,
        CheckId::IpBinding,
        CheckId::Balance,
    ] {
        assert_eq!(check_status(&v, id), Some(CheckStatus::Skipped), "{id:?}");
    }
    assert!(v.permissions.is_none());
}

#[tokio::test]
async fn ip_not_allowed_quotes_the_reported_ip() {
    let okx = Okx::start(&[(
        Site::Global,
        Fake {
            code: Some("50110"),
            ..Fake::default()
        },
    )])
    .await;
    let (v, _) = run(&okx, &opts()).await;
    assert_eq!(kinds(&v), vec![ProblemKind::IpNotAllowed]);
    assert!(v.problems[0].message.to_string().contains("198.51.100.4"));
}

#[tokio::test]
async fn a_key_from_another_site_is_named() {
    let unknown = Fake {
        code: Some("50119"),
        ..Fake::default()
    };
    let okx = Okx::start(&[
        (Site::Global, unknown.clone()),
        (Site::Eea, Fake::default()),
        (Site::Us, unknown.clone()),
        (Site::Tr, unknown),
    ])
    .await;
    let (v, _) = run(&okx, &opts()).await;
    assert!(!v.verified && !v.safe);
    assert_eq!(v.site, Site::Global);
    assert_eq!(kinds(&v), vec![ProblemKind::WrongSite]);
    let p = &v.problems[0];
    assert!(
        p.message.to_string().contains("belongs to my.okx.com (EEA)"),
        "{}",
        p.message
    );
    assert!(p.fix.to_string().contains("Choose my.okx.com (EEA)"), "{}", p.fix);
    assert_eq!(p.okx_code.as_deref(), Some("50119"));
    // Filled from the site where it worked.
    assert!(v.permissions.is_some() && v.balance.is_some());
    assert_eq!(
        v.works_with,
        Some(crate::outcome::WorksWith {
            site: Site::Eea,
            demo: false
        })
    );
    assert_eq!(okx.requests(Site::Eea).len(), 2, "config + balance, no extra time call");

    // With --site auto the found site is the answer, and not a problem.
    let (v, _) = run(
        &okx,
        &VerifyOptions {
            auto_site: true,
            ..opts()
        },
    )
    .await;
    assert!(v.verified && v.safe, "{:#?}", v.problems);
    assert_eq!(v.site, Site::Eea);
    assert_eq!(v.api_host, okx.endpoints()(Site::Eea).unwrap().api_host);
    assert!(v.problems.is_empty());
}

#[tokio::test]
async fn a_key_unknown_everywhere_says_so() {
    let unknown = Fake {
        code: Some("50119"),
        ..Fake::default()
    };
    let okx = Okx::start(&[
        (Site::Global, unknown.clone()),
        (Site::Eea, unknown.clone()),
        (Site::Us, unknown.clone()),
        (Site::Tr, unknown),
    ])
    .await;
    let (v, _) = run(&okx, &opts()).await;
    assert_eq!(kinds(&v), vec![ProblemKind::UnknownKey]);
    assert!(
        v.problems[0]
            .message
            .to_string()
            .contains("nor on any of OKX's other sites"),
        "{}",
        v.problems[0].message
    );
    // Without the other sites reachable, it does not claim that.
    let okx = Okx::start(&[(
        Site::Global,
        Fake {
            code: Some("50119"),
            ..Fake::default()
        },
    )])
    .await;
    let (v, _) = run(&okx, &opts()).await;
    assert_eq!(kinds(&v), vec![ProblemKind::UnknownKey]);
    assert!(!v.problems[0].message.to_string().contains("nor on"));
}

#[tokio::test]
async fn a_demo_key_tested_as_live_is_recognised() {
    let okx = Okx::start(&[(
        Site::Global,
        Fake {
            demo_key: true,
            ..Fake::default()
        },
    )])
    .await;
    let (v, _) = run(&okx, &opts()).await;
    assert!(!v.verified);
    assert_eq!(kinds(&v), vec![ProblemKind::DemoMismatch]);
    assert!(v.problems[0].message.to_string().contains("This is a Demo Trading key"));
    assert_eq!(v.problems[0].okx_code.as_deref(), Some("50101"));
    assert!(v.permissions.is_some());

    let okx = Okx::start(&[(Site::Global, Fake::default())]).await;
    let (v, _) = run(&okx, &VerifyOptions { demo: true, ..opts() }).await;
    assert_eq!(kinds(&v), vec![ProblemKind::DemoMismatch]);
    assert!(v.problems[0].message.to_string().contains("This is a live-trading key"));
}

#[tokio::test]
async fn balance_without_read_permission_is_one_problem() {
    let okx = Okx::start(&[(
        Site::Global,
        Fake {
            perm: "trade",
            balance_code: Some("50120"),
            ..Fake::default()
        },
    )])
    .await;
    let (v, _) = run(&okx, &opts()).await;
    assert!(v.verified);
    assert_eq!(kinds(&v), vec![ProblemKind::MissingReadPermission]);
    assert_eq!(check_status(&v, CheckId::Read), Some(CheckStatus::Fail));
    assert_eq!(check_status(&v, CheckId::Balance), Some(CheckStatus::Fail));
}

#[tokio::test]
async fn unreachable_okx_fails_the_first_check() {
    let okx = Okx::start(&[]).await; // every site points at a closed port
    let (v, progress) = run(&okx, &opts()).await;
    assert!(!v.verified);
    assert_eq!(kinds(&v), vec![ProblemKind::NetworkError]);
    assert_eq!(check_status(&v, CheckId::Reach), Some(CheckStatus::Fail));
    assert_eq!(check_status(&v, CheckId::Auth), Some(CheckStatus::Skipped));
    assert_eq!(progress, vec![CheckId::Reach]);
    assert_eq!(v.clock_skew_ms, None);
}

#[tokio::test]
async fn the_whole_test_has_a_deadline() {
    let okx = Okx::start(&[(
        Site::Global,
        Fake {
            signed_delay: Duration::from_secs(5),
            ..Fake::default()
        },
    )])
    .await;
    let started = std::time::Instant::now();
    let o = VerifyOptions {
        request_timeout: Duration::from_secs(10),
        total_timeout: Duration::from_millis(600),
        ..opts()
    };
    let (v, _) = run(&okx, &o).await;
    assert!(started.elapsed() < Duration::from_secs(2), "{:?}", started.elapsed());
    assert_eq!(kinds(&v), vec![ProblemKind::Timeout]);
    assert!(v.problems[0]
        .message
        .to_string()
        .contains("connection test did not finish"));
    assert_eq!(check_status(&v, CheckId::Auth), Some(CheckStatus::Fail));
}

#[tokio::test]
async fn empty_fields_are_caught_before_any_request() {
    let okx = Okx::start(&[(Site::Global, Fake::default())]).await;
    let c = Credentials::new("key", "", "");
    let v = verify_with(&c, &opts(), &okx.endpoints(), &|_| {}).await;
    assert_eq!(kinds(&v), vec![ProblemKind::MalformedInput]);
    assert!(
        v.problems[0]
            .message
            .to_string()
            .contains("secret key and passphrase are empty"),
        "{}",
        v.problems[0].message
    );
    assert!(okx.requests(Site::Global).is_empty());
}

#[tokio::test]
async fn a_refused_override_is_reported() {
    let endpoints = |s: Site| Endpoint::resolve(s, Some("http://evil.example:80"));
    let v = verify_with(&creds(), &opts(), &endpoints, &|_| {}).await;
    assert_eq!(kinds(&v), vec![ProblemKind::InvalidSetting]);
    assert_eq!(check_status(&v, CheckId::Reach), Some(CheckStatus::Fail));
}

#[tokio::test]
async fn trimmed_notes_are_carried_through() {
    let okx = Okx::start(&[(Site::Global, Fake::default())]).await;
    let trimmed = vec![crate::credentials::TrimNote::example_trailing_space()];
    let (v, _) = run(
        &okx,
        &VerifyOptions {
            trimmed: trimmed.clone(),
            ..opts()
        },
    )
    .await;
    assert_eq!(v.trimmed, trimmed);
}

#[test]
fn the_test_future_is_send() {
    // Tauri commands and spawned tasks need a Send future.
    fn assert_send<T: Send>(_: &T) {}
    let c = creds();
    let o = opts();
    let fut = verify(&c, &o, &|_| {});
    assert_send(&fut);
}

/// One clock figure, rounded one way: the checklist, the report's clock line and any warning
/// all say the same words for the same measurement (once "within 0.1 seconds" and "within 0.0
/// seconds" stood in one report).
#[test]
fn the_clock_is_one_figure_everywhere() {
    assert_eq!(skew_words(0), "within 0.1 seconds of OKX's clock");
    assert_eq!(skew_words(-99), "within 0.1 seconds of OKX's clock");
    assert_eq!(skew_words(149), "0.1 seconds behind OKX's clock");
    assert_eq!(skew_words(-1_250), "1.3 seconds ahead of OKX's clock");
    assert_eq!(skew_words(9_960), "10 seconds behind OKX's clock");
    assert_eq!(skew_words(-45_400), "45 seconds ahead of OKX's clock");
    for ms in [0, 20, 49, 99, 100, 149, 1_234, -4_321, 6_400, 9_960, -12_400, 45_000] {
        let mut r = findings::Report::new(&creds(), Site::Global, "www.okx.com".into(), false, Vec::new());
        r.clock(ms);
        let v = r.finish(false);
        let text = crate::report::render(&crate::report::ReportInput::now(
            &v,
            None,
            &crate::report::Confirmations::not_asked(),
        ));
        // Every "N seconds" in the report (lines re-joined, OKX's fixed 30-second limit aside)
        // is the one figure of skew_words.
        let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
        let want = skew_words(ms).to_string();
        let figure = want
            .split(" seconds")
            .next()
            .unwrap_or_default()
            .trim_start_matches("within ");
        let words: Vec<&str> = flat.split(' ').collect();
        let mut seen = 0;
        for w in words.windows(2) {
            if w[1].starts_with("seconds") && w[0] != "30" {
                assert_eq!(w[0], figure, "{ms}: a second figure in\n{text}");
                seen += 1;
            }
        }
        assert!(seen > 0, "{ms}: no clock figure in\n{text}");
        assert!(!text.contains("0.0 seconds"), "{ms}:\n{text}");
        for c in &v.checks {
            if c.id == CheckId::Clock {
                assert!(c.detail.to_string().contains(&want), "{ms}: {}", c.detail);
            }
        }
    }
}

/// The CLI names its flags and environment variables where the window says "here".
#[test]
fn the_cli_gets_its_own_fixes() {
    use crate::catalog::{locale, Locale, Surface};
    let cli = Locale::new("en", Surface::Cli);
    let p = wrong_site(Site::Global, Site::Eea);
    let fix = p.fix.render_in(&cli);
    assert!(fix.contains("--site eea") && fix.contains("my.okx.com (EEA)"), "{fix}");
    assert!(
        p.fix.to_string().starts_with("Choose my.okx.com (EEA) as your site"),
        "{}",
        p.fix
    );
    let fix = demo_mismatch(true).fix.render_in(&cli);
    assert!(fix.contains("without --demo") && !fix.contains("here"), "{fix}");
    let fix = demo_mismatch(false).fix.render_in(&cli);
    assert!(fix.contains("with --demo") && !fix.contains("here"), "{fix}");
    let p = empty_field(&Credentials::new("", "s", "")).unwrap();
    assert_eq!(p.message.to_string(), "The API key and passphrase are empty.");
    let fix = locale::scoped(cli, || p.fix.to_string());
    assert!(fix.contains("OKX_API_KEY") && !fix.contains("Paste"), "{fix}");
    assert!(empty_field(&creds()).is_none());
    // Every combination of empty values has its own sentence.
    for (k, s, p, want) in [
        ("", "s", "p", "The API key is empty."),
        ("k", "", "p", "The secret key is empty."),
        ("k", "s", "", "The passphrase is empty."),
        ("", "", "p", "The API key and secret key are empty."),
        ("k", "", "", "The secret key and passphrase are empty."),
        ("", "", "", "The API key, secret key and passphrase are empty."),
    ] {
        let problem = empty_field(&Credentials::new(k, s, p)).unwrap();
        assert_eq!(problem.message.to_string(), want);
    }
}

#[test]
fn check_titles_and_account_modes_are_words() {
    let titles: Vec<String> = CHECK_ORDER.iter().map(|id| check_title(*id).to_string()).collect();
    assert_eq!(titles[0], "OKX answers");
    assert_eq!(titles[5], "Cannot withdraw");
    use crate::outcome::AccountMode;
    // The JSON value stays the stable English name; the words come from the catalog.
    assert_eq!(
        serde_json::to_value(AccountMode::MultiCurrencyMargin).unwrap(),
        "Multi-currency margin"
    );
    assert_eq!(AccountMode::MultiCurrencyMargin.words(), "Multi-currency margin");
    let back: AccountMode = serde_json::from_value(serde_json::json!("Portfolio margin")).unwrap();
    assert_eq!(back, AccountMode::PortfolioMargin);
}
