//! The fault matrix: the connection test against every way OKX, the network or a proxy can fail.
//!
//! Each row runs a full `verify_with` (request timeout 2 s, whole test 3 s) against a simulator,
//! a closed port, an unresolvable host or a plain-TCP listener posing as HTTPS, and asserts:
//! the first problem has the right kind; the call returned within the total timeout plus a small
//! margin; no user-facing text (problems and checklist) holds a raw error dump. After the matrix, a
//! good key verifies against a fresh simulator, and no simulator has seen anything but GETs.
//!
//! `cargo test -p okx-key-core --test fault_matrix -- --nocapture` prints the table;
//! with `FAULT_MATRIX_MD=<file>` it is also written there (the table in `docs/fault-matrix.md`).

use okx_key_core::outcome::Verification;
use okx_key_core::verify::{verify_with, VerifyOptions};
use okx_key_core::{Credentials, Endpoint, Problem, ProblemKind, Result, Site};
use okx_simulator::{
    non_get_requests_seen, practice_account, start_all_sites, Fault, FaultScope, SimConfig, Simulator,
};
use std::net::SocketAddr;
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

const REQUEST_TIMEOUT: Duration = Duration::from_secs(2);
const TOTAL_TIMEOUT: Duration = Duration::from_secs(3);
/// Scheduling slack on a shared, busy machine.
const MARGIN: Duration = Duration::from_millis(1000);

/// What must never reach the user: pieces of Rust, reqwest, hyper or OS error text.
const RAW_DUMP: &[&str] = &[
    "reqwest",
    "hyper",
    "rustls",
    "error sending request",
    "error trying to connect",
    "os error",
    "errno",
    "tcp connect",
    "dns error",
    "InvalidContentType",
    "{",
    "}",
    "Some(",
    "Err(",
    "Ok(",
    "::",
    "kind:",
    "Custom",
];

struct Row {
    fault: &'static str,
    how: String,
    expect: ProblemKind,
    got: Option<ProblemKind>,
    /// The first problem's OKX code and message.
    code: Option<String>,
    message: String,
    elapsed: Duration,
    requests: Option<usize>,
}

fn creds_of(name: &str) -> Credentials {
    let a = practice_account(name).unwrap();
    Credentials::new(a.api_key, a.secret_key, a.passphrase)
}

fn opts(demo: bool) -> VerifyOptions {
    VerifyOptions {
        site: Site::Global,
        demo,
        request_timeout: REQUEST_TIMEOUT,
        total_timeout: TOTAL_TIMEOUT,
        ..VerifyOptions::default()
    }
}

fn ep(sim: &Simulator) -> Endpoint {
    Endpoint::resolve(sim.site(), Some(&sim.base_url())).unwrap()
}

fn loopback(site: Site, addr: SocketAddr) -> Endpoint {
    Endpoint::resolve(site, Some(&format!("http://{addr}"))).unwrap()
}

async fn sim(cfg: SimConfig) -> Simulator {
    Simulator::start(cfg).await.unwrap()
}

async fn faulty(fault: Fault) -> Simulator {
    sim(SimConfig::default().with_fault(fault)).await
}

/// Runs the connection test with these endpoints (a site without one cannot be reached).
async fn run(creds: &Credentials, opts: &VerifyOptions, eps: Vec<Endpoint>) -> (Verification, Duration) {
    let endpoints = move |site: Site| -> Result<Endpoint> {
        eps.iter()
            .find(|e| e.site == site)
            .cloned()
            .ok_or_else(|| Problem::new(ProblemKind::InvalidSetting, "No endpoint in this test.", "None."))
    };
    let start = Instant::now();
    let v = verify_with(creds, opts, &endpoints, &|_| {}).await;
    (v, start.elapsed())
}

/// Every user-facing text of a result: problems, and the checklist's details and fixes.
fn shown(v: &Verification) -> Vec<String> {
    let mut out = Vec::new();
    for p in &v.problems {
        out.push(p.message.to_string());
        out.push(p.fix.to_string());
    }
    for c in &v.checks {
        out.push(c.detail.to_string());
        out.extend(c.fix.as_ref().map(|f| f.to_string()));
    }
    out
}

/// A loopback proxy that sends `GET /api/v5/public/time` to `time_from` and every other request
/// to `signed_to`: a clock that jumps between the time check and the signed calls.
async fn split_clock_proxy(time_from: SocketAddr, signed_to: SocketAddr) -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        while let Ok((mut client, _)) = listener.accept().await {
            tokio::spawn(async move {
                let mut head = Vec::new();
                let mut buf = [0u8; 4096];
                while !head.windows(4).any(|w| w == b"\r\n\r\n") && head.len() < 16 * 1024 {
                    match client.read(&mut buf).await {
                        Ok(0) | Err(_) => return,
                        Ok(n) => head.extend_from_slice(&buf[..n]),
                    }
                }
                let to = if head.starts_with(b"GET /api/v5/public/time ") {
                    time_from
                } else {
                    signed_to
                };
                let Ok(mut upstream) = TcpStream::connect(to).await else {
                    return;
                };
                if upstream.write_all(&head).await.is_ok() {
                    let _ = tokio::io::copy(&mut upstream, &mut client).await;
                }
                let _ = client.shutdown().await;
            });
        }
    });
    addr
}

/// A plain-TCP listener that answers anything (a TLS ClientHello included) with plain HTTP.
async fn plain_tcp_listener() -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        while let Ok((mut s, _)) = listener.accept().await {
            tokio::spawn(async move {
                let mut buf = [0u8; 2048];
                let _ = tokio::time::timeout(Duration::from_secs(1), s.read(&mut buf)).await;
                let _ = s
                    .write_all(
                        b"HTTP/1.1 400 Bad Request\r\nContent-Length: 11\r\nConnection: close\r\n\r\nBad Request",
                    )
                    .await;
                let _ = s.shutdown().await;
            });
        }
    });
    addr
}

async fn closed_port() -> SocketAddr {
    let l = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = l.local_addr().unwrap();
    drop(l);
    addr
}

struct Matrix {
    rows: Vec<Row>,
    failures: Vec<String>,
}

impl Matrix {
    /// Records one row and checks it.
    fn check(
        &mut self,
        fault: &'static str,
        how: impl Into<String>,
        expect: ProblemKind,
        (v, elapsed): (Verification, Duration),
        requests: Option<usize>,
    ) {
        let got = v.problems.first().map(|p| p.kind);
        let code = v.problems.first().and_then(|p| p.okx_code.clone());
        let message = v.problems.first().map(|p| p.message.to_string()).unwrap_or_default();
        let mut fail = |why: String| self.failures.push(format!("{fault}: {why}"));
        if got != Some(expect) {
            let all: Vec<_> = v.problems.iter().map(|p| (p.kind, p.message.to_string())).collect();
            fail(format!("expected {expect:?}, got {all:?}"));
        }
        if elapsed > TOTAL_TIMEOUT + MARGIN {
            fail(format!("took {elapsed:?}"));
        }
        for text in shown(&v) {
            if let Some(bad) = RAW_DUMP.iter().find(|b| text.contains(**b)) {
                fail(format!("user-facing text holds {bad:?}: {text}"));
            }
            if text.trim().is_empty() {
                fail("empty user-facing text".to_owned());
            }
        }
        for p in &v.problems {
            if p.message.is_empty() || p.fix.is_empty() {
                fail(format!("{:?} without a message or a fix", p.kind));
            }
        }
        self.rows.push(Row {
            fault,
            how: how.into(),
            expect,
            got,
            code,
            message,
            elapsed,
            requests,
        });
    }

    fn table(&self) -> String {
        let mut t = String::from(
            "| # | Fault | How it is produced | Expected kind | Got | OKX code | Time (ms) |\n|---|---|---|---|---|---|---|\n",
        );
        for (i, r) in self.rows.iter().enumerate() {
            let requests = r
                .requests
                .map(|n| format!(" ({n} request{} sent)", if n == 1 { "" } else { "s" }))
                .unwrap_or_default();
            t.push_str(&format!(
                "| {} | {} | {}{} | `{}` | `{}` | {} | {} |\n",
                i + 1,
                r.fault,
                r.how,
                requests,
                r.expect.as_str(),
                r.got.map_or("none", |k| k.as_str()),
                r.code.as_deref().unwrap_or("-"),
                r.elapsed.as_millis()
            ));
        }
        t
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_fault_gives_its_problem_in_time_and_the_client_stays_usable() {
    use ProblemKind::*;
    let mut m = Matrix {
        rows: Vec::new(),
        failures: Vec::new(),
    };
    let live = opts(false);

    // --- OKX's authentication codes, produced by the simulator's own checks -------------------
    for (fault, name, kind) in [
        ("50100 key frozen", "frozen", KeyFrozen),
        ("50110 IP not in the key's list", "other-ip", IpNotAllowed),
        ("50111 key deleted", "deleted", UnknownKey),
        ("50121 region restricted", "region", RegionRestricted),
    ] {
        let s = sim(SimConfig::default()).await;
        let r = run(&creds_of(name), &live, vec![ep(&s)]).await;
        m.check(
            fault,
            format!("practice key `{name}`"),
            kind,
            r,
            Some(s.requests().len()),
        );
    }

    let s = sim(SimConfig::default()).await;
    let r = run(&creds_of("demo"), &live, vec![ep(&s)]).await;
    m.check(
        "50101 Demo Trading key tested as live",
        "practice key `demo`, demo off (the test retries in demo mode)",
        DemoMismatch,
        r,
        Some(s.requests().len()),
    );
    let s = sim(SimConfig::default()).await;
    let r = run(&creds_of("good"), &opts(true), vec![ep(&s)]).await;
    m.check(
        "50101 live key tested as Demo Trading",
        "practice key `good`, demo on",
        DemoMismatch,
        r,
        Some(s.requests().len()),
    );

    // 50102: the client signs with OKX's own clock (from public/time), so the simulator only
    // answers 50102 when its clock jumps between the time check and the signed calls.
    let honest = sim(SimConfig::default()).await;
    let skewed = sim(SimConfig {
        clock_skew_ms: 60_000,
        ..SimConfig::default()
    })
    .await;
    let proxy = split_clock_proxy(honest.addr(), skewed.addr()).await;
    let r = run(&creds_of("good"), &live, vec![loopback(Site::Global, proxy)]).await;
    m.check(
        "50102 timestamp outside OKX's 30 s window",
        "proxy: public/time from a simulator with the right clock, signed calls to one 60 s ahead",
        ClockSkew,
        r,
        Some(honest.requests().len() + skewed.requests().len()),
    );

    let good = practice_account("good").unwrap();
    let s = sim(SimConfig::default()).await;
    let wrong_pass = Credentials::new(good.api_key.clone(), good.secret_key.clone(), "Wr0ng!Passphrase");
    let r = run(&wrong_pass, &live, vec![ep(&s)]).await;
    m.check(
        "50105 wrong passphrase",
        "`good` key with another passphrase",
        WrongPassphrase,
        r,
        Some(s.requests().len()),
    );
    let s = sim(SimConfig::default()).await;
    let wrong_secret = Credentials::new(
        good.api_key.clone(),
        "5EBC552E6021AA32E756B50FA0CB5F16",
        good.passphrase.clone(),
    );
    let r = run(&wrong_secret, &live, vec![ep(&s)]).await;
    m.check(
        "50113 wrong secret key",
        "`good` key with another secret key",
        WrongSecret,
        r,
        Some(s.requests().len()),
    );

    let sites = start_all_sites(0, SimConfig::default()).await.unwrap();
    let eps: Vec<Endpoint> = sites.iter().map(ep).collect();
    let unknown = Credentials::new(
        "0a1b2c3d-0000-4000-8000-00000000abcd",
        good.secret_key.clone(),
        good.passphrase.clone(),
    );
    let r = run(&unknown, &live, eps.clone()).await;
    let n = sites.iter().map(|s| s.requests().len()).sum();
    m.check(
        "50119 key unknown on every site",
        "a made-up key; four simulators (global, eea, us, tr)",
        UnknownKey,
        r,
        Some(n),
    );
    let r = run(&creds_of("eea"), &live, eps.clone()).await;
    let n2: usize = sites.iter().map(|s| s.requests().len()).sum();
    m.check(
        "50119 key of another site",
        "practice key `eea` tested on global; four simulators",
        WrongSite,
        r,
        Some(n2 - n),
    );
    drop(sites);

    let s = sim(SimConfig {
        clock_skew_ms: 90_000,
        ..SimConfig::default()
    })
    .await;
    let (v, t) = run(&creds_of("good"), &live, vec![ep(&s)]).await;
    assert!(v.verified, "the test corrects for a skewed clock");
    m.check(
        "clock 90 s off (a warning; the key works)",
        "simulator `clock_skew_ms: 90000`",
        ClockSkew,
        (v, t),
        Some(s.requests().len()),
    );

    // --- Bad answers -------------------------------------------------------------------------
    let bodies: [(&'static str, &str, Fault, ProblemKind); 8] = [
        (
            "429 + 50011 rate limit",
            "`Fault::RateLimit`",
            Fault::RateLimit,
            RateLimited,
        ),
        (
            "503 + 50001 maintenance",
            "`Fault::maintenance()`",
            Fault::maintenance(),
            OkxUnavailable,
        ),
        (
            "HTML 502 page",
            "`Fault::html_502()` (a proxy's error page)",
            Fault::html_502(),
            OkxUnavailable,
        ),
        (
            "invalid JSON",
            "`Fault::InvalidJson` (HTTP 200)",
            Fault::InvalidJson,
            UnexpectedResponse,
        ),
        (
            "truncated body",
            "`Fault::TruncatedBody` (full Content-Length, half the body, clean close)",
            Fault::TruncatedBody,
            UnexpectedResponse,
        ),
        (
            "10 MiB body",
            "`Fault::huge_10mib()` (over the 1 MiB cap)",
            Fault::huge_10mib(),
            UnexpectedResponse,
        ),
        (
            "slow trickle past the timeout",
            "`Fault::SlowTrickle` one byte every 250 ms",
            Fault::SlowTrickle {
                byte_every: Duration::from_millis(250),
            },
            Timeout,
        ),
        (
            "connection reset mid-body",
            "`Fault::ResetMidBody` (half the body, then TCP RST)",
            Fault::ResetMidBody,
            NetworkError,
        ),
    ];
    for (fault, how, f, kind) in bodies {
        let s = faulty(f).await;
        let r = run(&creds_of("good"), &live, vec![ep(&s)]).await;
        m.check(fault, how, kind, r, Some(s.requests().len()));
    }
    let s = faulty(Fault::CloseWithoutResponse).await;
    let r = run(&creds_of("good"), &live, vec![ep(&s)]).await;
    m.check(
        "close without a response",
        "`Fault::CloseWithoutResponse`",
        NetworkError,
        r,
        Some(s.requests().len()),
    );
    let s = sim(SimConfig {
        fault: Some(Fault::maintenance()),
        fault_scope: FaultScope::AuthenticatedRoutes,
        ..SimConfig::default()
    })
    .await;
    let r = run(&creds_of("good"), &live, vec![ep(&s)]).await;
    m.check(
        "503 + 50001 after the time check",
        "`Fault::maintenance()` on the signed routes only",
        OkxUnavailable,
        r,
        Some(s.requests().len()),
    );
    let s = sim(SimConfig {
        fault: Some(Fault::SlowTrickle {
            byte_every: Duration::from_millis(250),
        }),
        fault_scope: FaultScope::AuthenticatedRoutes,
        ..SimConfig::default()
    })
    .await;
    let r = run(&creds_of("good"), &live, vec![ep(&s)]).await;
    m.check(
        "slow trickle on the signed calls",
        "`Fault::SlowTrickle` on the signed routes only",
        Timeout,
        r,
        Some(s.requests().len()),
    );

    // --- Bad networks --------------------------------------------------------------------------
    let port = closed_port().await;
    let r = run(&creds_of("good"), &live, vec![loopback(Site::Global, port)]).await;
    m.check(
        "connection refused",
        "a loopback port nothing listens on",
        NetworkError,
        r,
        None,
    );
    let nowhere = Endpoint {
        site: Site::Global,
        base_url: "https://no-such-host.invalid".to_owned(),
        api_host: "no-such-host.invalid".to_owned(),
        is_override: false,
    };
    let r = run(&creds_of("good"), &live, vec![nowhere]).await;
    m.check(
        "host does not resolve",
        "`https://no-such-host.invalid`",
        NetworkError,
        r,
        None,
    );
    let plain = plain_tcp_listener().await;
    let tls = Endpoint {
        site: Site::Global,
        base_url: format!("https://{plain}"),
        api_host: plain.to_string(),
        is_override: false,
    };
    let r = run(&creds_of("good"), &live, vec![tls]).await;
    m.check(
        "TLS failure",
        "`https://127.0.0.1:PORT` at a plain-TCP listener answering HTTP",
        NetworkError,
        r,
        None,
    );

    // --- Bad input: refused before anything is sent ---------------------------------------------
    let s = sim(SimConfig::default()).await;
    let empty = Credentials::new(good.api_key.clone(), good.secret_key.clone(), "");
    let r = run(&empty, &live, vec![ep(&s)]).await;
    let sent = s.requests().len();
    assert_eq!(sent, 0, "an empty passphrase is refused before any request");
    m.check(
        "empty passphrase (OKX's 50104 is never reached)",
        "`good` key with an empty passphrase",
        MalformedInput,
        r,
        Some(sent),
    );

    let table = m.table();
    println!("{table}");
    if let Ok(path) = std::env::var("FAULT_MATRIX_MD") {
        std::fs::write(path, &table).unwrap();
    }
    assert!(m.rows.len() >= 20, "only {} faults", m.rows.len());
    // The kinds are broad; the words must name what happened.
    for (fault, code, needle) in [
        ("50102 timestamp outside OKX's 30 s window", Some("50102"), "clock"),
        (
            "50119 key unknown on every site",
            Some("50119"),
            "nor on any of OKX's other sites",
        ),
        (
            "50119 key of another site",
            Some("50119"),
            "belongs to my.okx.com (EEA)",
        ),
        ("connection refused", None, "refused the connection"),
        ("host does not resolve", None, "Could not find no-such-host.invalid"),
        ("TLS failure", None, "secure (TLS) connection"),
        ("connection reset mid-body", None, "cut off"),
        ("close without a response", None, "cut off"),
        ("truncated body", None, "cut off part-way"),
        ("10 MiB body", None, "bigger answer"),
        ("slow trickle past the timeout", None, "did not answer within 2 seconds"),
    ] {
        let row = m.rows.iter().find(|r| r.fault == fault).unwrap();
        if row.code.as_deref() != code || !row.message.to_string().contains(needle) {
            m.failures
                .push(format!("{fault}: code {:?}, message {:?}", row.code, row.message));
        }
    }
    assert!(
        m.failures.is_empty(),
        "{} failures:\n{}",
        m.failures.len(),
        m.failures.join("\n")
    );

    // --- Still usable -------------------------------------------------------------------------
    let s = sim(SimConfig::default()).await;
    let (v, t) = run(&creds_of("good"), &live, vec![ep(&s)]).await;
    assert!(v.verified && v.safe, "{:?}", v.problems);
    assert!(v.problems.is_empty(), "{:?}", v.problems);
    assert!(t < TOTAL_TIMEOUT);
    assert!(non_get_requests_seen().is_empty(), "{:?}", non_get_requests_seen());
}
