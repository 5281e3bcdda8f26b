//! The OKX simulator, black-box over real sockets: authentication codes in their documented order,
//! the timestamp window, the demo header, sites, IP binding, methods, rate limits and every fault.
//! Requests are signed here with `hmac` directly, not with the app's client or the simulator's code.

use base64::Engine;
use hmac::{Hmac, Mac};
use okx_key_core::Site;
use okx_simulator::{
    practice_account, practice_accounts, practice_keys_text, run_cli_with, start_all_sites, Fault, FaultScope,
    SimAccount, SimConfig, Simulator,
};
use serde_json::Value;
use sha2::Sha256;
use std::net::SocketAddr;
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

const CONFIG: &str = "/api/v5/account/config";
const BALANCE: &str = "/api/v5/account/balance";
const TIME: &str = "/api/v5/public/time";

fn sign(secret: &str, ts: &str, method: &str, path: &str, body: &str) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).unwrap();
    mac.update(format!("{ts}{method}{path}{body}").as_bytes());
    base64::engine::general_purpose::STANDARD.encode(mac.finalize().into_bytes())
}

fn timestamp(offset_ms: i64) -> String {
    let t = time::OffsetDateTime::now_utc() + time::Duration::milliseconds(offset_ms);
    let f = time::macros::format_description!("[year]-[month]-[day]T[hour]:[minute]:[second].[subsecond digits:3]Z");
    t.format(&f).unwrap()
}

fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .no_proxy()
        .timeout(Duration::from_secs(10))
        .build()
        .unwrap()
}

fn acct(name: &str) -> SimAccount {
    practice_account(name).unwrap()
}

/// The headers of a correctly signed GET of `path` with `a`, before any tampering.
fn signed_headers(a: &SimAccount, path: &str, ts: &str) -> Vec<(&'static str, String)> {
    let mut h = vec![
        ("OK-ACCESS-KEY", a.api_key.clone()),
        ("OK-ACCESS-PASSPHRASE", a.passphrase.clone()),
        ("OK-ACCESS-SIGN", sign(&a.secret_key, ts, "GET", path, "")),
        ("OK-ACCESS-TIMESTAMP", ts.to_owned()),
    ];
    if a.demo {
        h.push(("x-simulated-trading", "1".to_owned()));
    }
    h
}

async fn get_with(sim_url: &str, path: &str, headers: &[(&str, String)]) -> (u16, Value) {
    let mut req = client().get(format!("{sim_url}{path}"));
    for (k, v) in headers {
        req = req.header(*k, v.as_str());
    }
    let resp = req.send().await.unwrap();
    let status = resp.status().as_u16();
    let text = resp.text().await.unwrap();
    (status, serde_json::from_str(&text).unwrap_or(Value::Null))
}

async fn signed_get(sim: &Simulator, a: &SimAccount, path: &str) -> (u16, Value) {
    let ts = timestamp(0);
    get_with(&sim.base_url(), path, &signed_headers(a, path, &ts)).await
}

fn code(v: &Value) -> &str {
    v["code"].as_str().unwrap_or("<none>")
}

async fn start(cfg: SimConfig) -> Simulator {
    Simulator::start(cfg).await.unwrap()
}

#[tokio::test]
async fn correctly_signed_requests_get_code_0_and_documented_shapes() {
    let sim = start(SimConfig::default()).await;
    let good = acct("good");
    let (status, body) = signed_get(&sim, &good, CONFIG).await;
    assert_eq!((status, code(&body)), (200, "0"), "{body}");
    assert_eq!(body["msg"], "");
    let cfg = &body["data"][0];
    assert_eq!(cfg["perm"], "read_only,trade");
    assert_eq!(cfg["ip"], "127.0.0.1");
    assert_eq!(cfg["label"], "Practice_GoodBot");
    assert_eq!(cfg["uid"], cfg["mainUid"]);
    assert_eq!(cfg["acctLv"], "2");

    let (status, body) = signed_get(&sim, &good, BALANCE).await;
    assert_eq!((status, code(&body)), (200, "0"));
    assert_eq!(body["data"][0]["totalEq"], "1234.5678");
    let ccys: Vec<&str> = body["data"][0]["details"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["ccy"].as_str().unwrap())
        .collect();
    assert_eq!(ccys, ["USDT", "BTC"]);

    // The query string is part of what is signed.
    let (status, body) = signed_get(&sim, &acct("multi-currency"), "/api/v5/account/balance?ccy=BTC%2CETH").await;
    assert_eq!((status, code(&body)), (200, "0"));
    assert_eq!(body["data"][0]["details"].as_array().unwrap().len(), 2);

    // Public time needs no key and reports the server clock in ms.
    let (status, body) = get_with(&sim.base_url(), TIME, &[]).await;
    assert_eq!((status, code(&body)), (200, "0"));
    let ts: i64 = body["data"][0]["ts"].as_str().unwrap().parse().unwrap();
    let now = (time::OffsetDateTime::now_utc().unix_timestamp_nanos() / 1_000_000) as i64;
    assert!((now - ts).abs() < 5_000);

    let log = sim.requests();
    assert_eq!(log.len(), 4);
    assert!(log.iter().all(|r| r.method == "GET"));
    assert_eq!(log[0].label.as_deref(), Some("Practice_GoodBot"));
    assert_eq!(log[0].okx_code.as_deref(), Some("0"));
    sim.shutdown().await;
}

#[tokio::test]
async fn a_wrongly_signed_request_gets_50113() {
    let sim = start(SimConfig::default()).await;
    let good = acct("good");
    let ts = timestamp(0);
    // Wrong secret (one character changed).
    let mut h = signed_headers(&good, CONFIG, &ts);
    h[2].1 = sign("5EBC552E6021AA32E756B50FA0CB5F16", &ts, "GET", CONFIG, "");
    let (status, body) = get_with(&sim.base_url(), CONFIG, &h).await;
    assert_eq!((status, code(&body)), (401, "50113"), "{body}");
    assert_eq!(body["data"], serde_json::json!([]));
    // Signed without the query string that was sent.
    let sent = "/api/v5/account/balance?ccy=BTC";
    let mut h = signed_headers(&good, sent, &ts);
    h[2].1 = sign(&good.secret_key, &ts, "GET", BALANCE, "");
    assert_eq!(code(&get_with(&sim.base_url(), sent, &h).await.1), "50113");
    // Lower-case method in the prehash; a signature that is not base64.
    let mut h = signed_headers(&good, CONFIG, &ts);
    h[2].1 = sign(&good.secret_key, &ts, "get", CONFIG, "");
    assert_eq!(code(&get_with(&sim.base_url(), CONFIG, &h).await.1), "50113");
    let mut h = signed_headers(&good, CONFIG, &ts);
    h[2].1 = "not base64 at all".to_owned();
    assert_eq!(code(&get_with(&sim.base_url(), CONFIG, &h).await.1), "50113");
    // The secret is used as text, not hex-decoded; a trailing space matters.
    let mut h = signed_headers(&good, CONFIG, &ts);
    h[2].1 = sign(&format!("{} ", good.secret_key), &ts, "GET", CONFIG, "");
    assert_eq!(code(&get_with(&sim.base_url(), CONFIG, &h).await.1), "50113");
}

#[tokio::test]
async fn missing_or_empty_headers_answer_in_documented_order() {
    let sim = start(SimConfig::default()).await;
    let good = acct("good");
    let ts = timestamp(0);
    let all = signed_headers(&good, CONFIG, &ts);
    for (i, want) in [(0, "50103"), (1, "50104"), (2, "50106"), (3, "50107")] {
        // Missing ...
        let missing: Vec<_> = all
            .iter()
            .enumerate()
            .filter(|(j, _)| *j != i)
            .map(|(_, h)| h.clone())
            .collect();
        let (status, body) = get_with(&sim.base_url(), CONFIG, &missing).await;
        assert_eq!((status, code(&body)), (401, want), "missing {}", all[i].0);
        // ... or empty.
        let mut empty = all.clone();
        empty[i].1 = String::new();
        assert_eq!(
            code(&get_with(&sim.base_url(), CONFIG, &empty).await.1),
            want,
            "empty {}",
            all[i].0
        );
    }
    // With nothing at all, the key is reported first.
    assert_eq!(code(&get_with(&sim.base_url(), CONFIG, &[]).await.1), "50103");
    // Order: a missing passphrase is reported before a bad timestamp.
    let h = vec![
        all[0].clone(),
        all[2].clone(),
        ("OK-ACCESS-TIMESTAMP", "yesterday".to_owned()),
    ];
    assert_eq!(code(&get_with(&sim.base_url(), CONFIG, &h).await.1), "50104");
}

#[tokio::test]
async fn timestamp_format_and_30_second_window() {
    let sim = start(SimConfig::default()).await;
    let good = acct("good");
    for bad in [
        "2020-12-08T09:08:57Z",
        "1607418537715",
        "2020-12-08T09:08:57.715+00:00",
        "2020-12-08 09:08:57.715Z",
    ] {
        let (status, body) = get_with(&sim.base_url(), CONFIG, &signed_headers(&good, CONFIG, bad)).await;
        assert_eq!((status, code(&body)), (401, "50112"), "{bad}");
    }
    for (offset, want) in [
        (-25_000, "0"),
        (25_000, "0"),
        (-35_000, "50102"),
        (35_000, "50102"),
        (-3_600_000, "50102"),
    ] {
        let ts = timestamp(offset);
        let (_, body) = get_with(&sim.base_url(), CONFIG, &signed_headers(&good, CONFIG, &ts)).await;
        assert_eq!(code(&body), want, "offset {offset} ms");
    }
    assert_eq!(
        code(
            &get_with(
                &sim.base_url(),
                CONFIG,
                &signed_headers(&good, CONFIG, &timestamp(-35_000))
            )
            .await
            .1
        ),
        "50102"
    );
}

#[tokio::test]
async fn clock_skew_moves_the_server_clock() {
    let sim = start(SimConfig {
        clock_skew_ms: 40_000,
        ..SimConfig::default()
    })
    .await;
    let good = acct("good");
    // Local clock: 40 s behind the server -> expired.
    assert_eq!(code(&signed_get(&sim, &good, CONFIG).await.1), "50102");
    // Corrected with the server's own time -> accepted.
    let (_, body) = get_with(&sim.base_url(), TIME, &[]).await;
    let server_ms: i64 = body["data"][0]["ts"].as_str().unwrap().parse().unwrap();
    let local_ms = (time::OffsetDateTime::now_utc().unix_timestamp_nanos() / 1_000_000) as i64;
    let skew = server_ms - local_ms;
    assert!((skew - 40_000).abs() < 2_000, "{skew}");
    let ts = timestamp(skew);
    assert_eq!(
        code(
            &get_with(&sim.base_url(), CONFIG, &signed_headers(&good, CONFIG, &ts))
                .await
                .1
        ),
        "0"
    );
}

#[tokio::test]
async fn demo_header_must_match_the_key() {
    let sim = start(SimConfig::default()).await;
    let demo = acct("demo");
    let good = acct("good");
    let ts = timestamp(0);
    assert_eq!(code(&signed_get(&sim, &demo, CONFIG).await.1), "0");
    // Demo key sent as live.
    let live: Vec<_> = signed_headers(&demo, CONFIG, &ts)
        .into_iter()
        .filter(|(k, _)| *k != "x-simulated-trading")
        .collect();
    let (status, body) = get_with(&sim.base_url(), CONFIG, &live).await;
    assert_eq!((status, code(&body)), (401, "50101"));
    // Live key sent as demo; python-okx's explicit "0" for live is fine.
    let mut h = signed_headers(&good, CONFIG, &ts);
    h.push(("x-simulated-trading", "1".to_owned()));
    assert_eq!(code(&get_with(&sim.base_url(), CONFIG, &h).await.1), "50101");
    let mut h = signed_headers(&good, CONFIG, &ts);
    h.push(("x-simulated-trading", "0".to_owned()));
    assert_eq!(code(&get_with(&sim.base_url(), CONFIG, &h).await.1), "0");
}

#[tokio::test]
async fn wrong_passphrase_gets_50105_and_unknown_key_50119() {
    let sim = start(SimConfig::default()).await;
    let good = acct("good");
    let ts = timestamp(0);
    let mut h = signed_headers(&good, CONFIG, &ts);
    h[1].1 = "MyLoginPassword1!".to_owned();
    let (status, body) = get_with(&sim.base_url(), CONFIG, &h).await;
    assert_eq!((status, code(&body)), (401, "50105"));
    let mut h = signed_headers(&good, CONFIG, &ts);
    h[0].1 = "00000000-0000-4000-8000-000000000000".to_owned();
    let (status, body) = get_with(&sim.base_url(), CONFIG, &h).await;
    assert_eq!(
        (status, code(&body), body["msg"].as_str()),
        (401, "50119", Some("API key doesn't exist"))
    );
}

#[tokio::test]
async fn keys_work_only_on_their_own_site() {
    let sims = start_all_sites(0, SimConfig::default()).await.unwrap();
    assert_eq!(sims.iter().map(|s| s.site()).collect::<Vec<_>>(), Site::ALL.to_vec());
    let addrs: std::collections::HashSet<SocketAddr> = sims.iter().map(|s| s.addr()).collect();
    assert_eq!(addrs.len(), Site::ALL.len());
    for name in ["good", "eea", "us", "tr"] {
        let a = acct(name);
        for sim in &sims {
            let (status, body) = signed_get(sim, &a, CONFIG).await;
            if sim.site() == a.site {
                assert_eq!((status, code(&body)), (200, "0"), "{name} on {}", sim.site());
            } else {
                assert_eq!((status, code(&body)), (401, "50119"), "{name} on {}", sim.site());
            }
        }
    }
}

#[tokio::test]
async fn ip_binding_state_and_region_codes() {
    let sim = start(SimConfig::default()).await;
    let (status, body) = signed_get(&sim, &acct("other-ip"), CONFIG).await;
    assert_eq!((status, code(&body)), (401, "50110"));
    assert_eq!(
        body["msg"],
        "Your IP 127.0.0.1 is not included in your API key's IP whitelist"
    );
    let (status, body) = signed_get(&sim, &acct("frozen"), CONFIG).await;
    assert_eq!((status, code(&body)), (400, "50100"));
    let (status, body) = signed_get(&sim, &acct("region"), BALANCE).await;
    assert_eq!((status, code(&body)), (401, "50121"));
    assert!(body["msg"].as_str().unwrap().contains("(127.0.0.1)"), "{body}");
    let (status, body) = signed_get(&sim, &acct("deleted"), CONFIG).await;
    assert_eq!(
        (status, code(&body), body["msg"].as_str()),
        (401, "50111", Some("Invalid OK-ACCESS-KEY"))
    );
    // No binding = any caller; the withdraw key reports its permission; a sub-account its uid.
    assert_eq!(code(&signed_get(&sim, &acct("no-ip"), CONFIG).await.1), "0");
    let (_, body) = signed_get(&sim, &acct("withdraw"), CONFIG).await;
    assert_eq!(body["data"][0]["perm"], "read_only,withdraw,trade");
    let (_, body) = signed_get(&sim, &acct("sub-account"), CONFIG).await;
    assert_ne!(body["data"][0]["uid"], body["data"][0]["mainUid"]);
    let (_, body) = signed_get(&sim, &acct("empty"), BALANCE).await;
    assert_eq!(
        (
            body["data"][0]["totalEq"].as_str(),
            body["data"][0]["details"].as_array().map(Vec::len)
        ),
        (Some("0"), Some(0))
    );
    let (_, body) = signed_get(&sim, &acct("read-only"), CONFIG).await;
    assert_eq!(body["data"][0]["perm"], "read_only");
}

#[tokio::test]
async fn every_practice_key_answers_as_its_scenario_says() {
    let sims = start_all_sites(0, SimConfig::default()).await.unwrap();
    for a in practice_accounts() {
        let sim = sims.iter().find(|s| s.site() == a.site).unwrap();
        let (_, body) = signed_get(sim, &a, CONFIG).await;
        let want = match a.name.as_str() {
            "other-ip" => "50110",
            "frozen" => "50100",
            "region" => "50121",
            "deleted" => "50111",
            _ => "0",
        };
        assert_eq!(code(&body), want, "{}", a.name);
    }
}

#[tokio::test]
async fn only_get_is_served_and_everything_is_recorded() {
    let sim = start(SimConfig::default()).await;
    let good = acct("good");
    let ts = timestamp(0);
    let body = r#"{"instId":"BTC-USDT","tdMode":"cash","side":"buy","ordType":"market","sz":"1"}"#;
    for method in [reqwest::Method::POST, reqwest::Method::PUT, reqwest::Method::DELETE] {
        let resp = client()
            .request(method.clone(), format!("{}/api/v5/trade/order", sim.base_url()))
            .header("OK-ACCESS-KEY", &good.api_key)
            .header("OK-ACCESS-PASSPHRASE", &good.passphrase)
            .header("OK-ACCESS-TIMESTAMP", &ts)
            .header(
                "OK-ACCESS-SIGN",
                sign(&good.secret_key, &ts, method.as_str(), "/api/v5/trade/order", body),
            )
            .header("Content-Type", "application/json")
            .body(body)
            .send()
            .await
            .unwrap();
        assert_eq!(resp.status().as_u16(), 405, "{method}");
        let v: Value = resp.json().await.unwrap();
        assert_eq!((code(&v), v["msg"].as_str()), ("50115", Some("Invalid request method")));
    }
    let log = sim.requests();
    let non_get: Vec<_> = log.iter().filter(|r| r.method != "GET").collect();
    assert_eq!(non_get.len(), 3);
    assert!(non_get
        .iter()
        .all(|r| r.status == Some(405) && r.okx_code.as_deref() == Some("50115")));
    assert_eq!(non_get[0].method, "POST");
    assert_eq!(non_get[0].path, "/api/v5/trade/order");
    drop(sim);
    // The process-wide log keeps them after the simulator is gone.
    let seen = okx_simulator::non_get_requests_seen();
    assert!(
        seen.iter()
            .filter(|r| r.path == "/api/v5/trade/order" && r.method == "PUT")
            .count()
            >= 1
    );
}

#[tokio::test]
async fn rate_limit_per_key_per_2_seconds() {
    let sim = start(SimConfig::default()).await;
    let good = acct("good");
    let mut codes = Vec::new();
    for _ in 0..6 {
        let (status, body) = signed_get(&sim, &good, CONFIG).await;
        codes.push((status, code(&body).to_owned()));
    }
    assert!(codes[..5].iter().all(|(s, c)| *s == 200 && c == "0"), "{codes:?}");
    assert_eq!(codes[5], (429, "50011".to_owned()));
    // Another key is not affected; balance has its own limit.
    assert_eq!(code(&signed_get(&sim, &acct("no-ip"), CONFIG).await.1), "0");
    assert_eq!(code(&signed_get(&sim, &good, BALANCE).await.1), "0");
    tokio::time::sleep(Duration::from_millis(2_100)).await;
    assert_eq!(code(&signed_get(&sim, &good, CONFIG).await.1), "0");
    // And it can be turned off.
    let free = start(SimConfig {
        rate_limits: false,
        ..SimConfig::default()
    })
    .await;
    for _ in 0..12 {
        assert_eq!(code(&signed_get(&free, &good, CONFIG).await.1), "0");
    }
}

/// Sends a raw request and reads until the server closes; returns what arrived and how it ended.
async fn raw_get(addr: SocketAddr, path: &str, limit: Duration) -> (Vec<u8>, Result<(), std::io::ErrorKind>) {
    let mut s = TcpStream::connect(addr).await.unwrap();
    s.write_all(format!("GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").as_bytes())
        .await
        .unwrap();
    let mut got = Vec::new();
    let mut buf = [0u8; 65536];
    let end = tokio::time::timeout(limit, async {
        loop {
            match s.read(&mut buf).await {
                Ok(0) => return Ok(()),
                Ok(n) => got.extend_from_slice(&buf[..n]),
                Err(e) => return Err(e.kind()),
            }
        }
    })
    .await
    .expect("the simulator must end the connection by itself");
    (got, end)
}

fn split_response(raw: &[u8]) -> (String, Vec<u8>) {
    let i = raw.windows(4).position(|w| w == b"\r\n\r\n").expect("a complete head");
    (String::from_utf8_lossy(&raw[..i]).into_owned(), raw[i + 4..].to_vec())
}

fn content_length(head: &str) -> usize {
    head.lines()
        .find_map(|l| l.strip_prefix("Content-Length: "))
        .unwrap()
        .parse()
        .unwrap()
}

async fn faulty(fault: Fault) -> Simulator {
    start(SimConfig::default().with_fault(fault)).await
}

#[tokio::test]
async fn fault_status_5xx_maintenance() {
    let sim = faulty(Fault::maintenance()).await;
    let (status, body) = get_with(&sim.base_url(), TIME, &[]).await;
    assert_eq!((status, code(&body)), (503, "50001"));
    assert_eq!(sim.requests()[0].fault, Some("status_5xx"));
}

#[tokio::test]
async fn fault_html_page() {
    let sim = faulty(Fault::html_502()).await;
    let resp = client()
        .get(format!("{}{CONFIG}", sim.base_url()))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), 502);
    assert!(resp.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/html"));
    let text = resp.text().await.unwrap();
    assert!(text.starts_with("<!DOCTYPE html>") && text.contains("502 Bad Gateway"));
    assert!(serde_json::from_str::<Value>(&text).is_err());
}

#[tokio::test]
async fn fault_invalid_json() {
    let sim = faulty(Fault::InvalidJson).await;
    let resp = client().get(format!("{}{TIME}", sim.base_url())).send().await.unwrap();
    assert_eq!(resp.status().as_u16(), 200);
    assert!(resp.json::<Value>().await.is_err());
}

#[tokio::test]
async fn fault_truncated_body() {
    let sim = faulty(Fault::TruncatedBody).await;
    let (raw, end) = raw_get(sim.addr(), TIME, Duration::from_secs(5)).await;
    assert_eq!(end, Ok(()), "a clean close");
    let (head, body) = split_response(&raw);
    assert!(head.starts_with("HTTP/1.1 200"));
    assert!(
        body.len() < content_length(&head),
        "{} of {}",
        body.len(),
        content_length(&head)
    );
    // reqwest notices the missing bytes.
    assert!(client()
        .get(format!("{}{TIME}", sim.base_url()))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .is_err());
}

#[tokio::test]
async fn fault_huge_body_is_exactly_10_mib_of_json() {
    let sim = faulty(Fault::huge_10mib()).await;
    let resp = client().get(format!("{}{TIME}", sim.base_url())).send().await.unwrap();
    assert_eq!(resp.content_length(), Some(10 * 1024 * 1024));
    let bytes = resp.bytes().await.unwrap();
    assert_eq!(bytes.len(), 10 * 1024 * 1024);
    assert_eq!(code(&serde_json::from_slice::<Value>(&bytes).unwrap()), "0");
    // A client that gives up early does not keep the server busy.
    let mut s = TcpStream::connect(sim.addr()).await.unwrap();
    s.write_all(b"GET /api/v5/public/time HTTP/1.1\r\nHost: x\r\n\r\n")
        .await
        .unwrap();
    let mut buf = [0u8; 1024];
    let _ = s.read(&mut buf).await.unwrap();
    drop(s);
}

#[tokio::test]
async fn fault_slow_trickle_outlasts_a_timeout_and_then_ends() {
    let sim = faulty(Fault::SlowTrickle {
        byte_every: Duration::from_millis(20),
    })
    .await;
    let impatient = reqwest::Client::builder()
        .no_proxy()
        .timeout(Duration::from_millis(300))
        .build()
        .unwrap();
    let t = Instant::now();
    let err = match impatient.get(format!("{}{TIME}", sim.base_url())).send().await {
        Ok(resp) => resp.text().await.unwrap_err(),
        Err(e) => e,
    };
    assert!(err.is_timeout(), "{err:?}");
    assert!(t.elapsed() < Duration::from_secs(2));
    // A patient raw reader gets the whole (valid) answer, and the server closes by itself.
    let t = Instant::now();
    let (raw, end) = raw_get(sim.addr(), TIME, Duration::from_secs(10)).await;
    assert_eq!(end, Ok(()));
    let (head, body) = split_response(&raw);
    assert_eq!(body.len(), content_length(&head));
    assert_eq!(code(&serde_json::from_slice::<Value>(&body).unwrap()), "0");
    assert!(
        t.elapsed() >= Duration::from_millis(20 * body.len() as u64 / 2),
        "{:?}",
        t.elapsed()
    );
}

#[tokio::test]
async fn fault_reset_mid_body() {
    let sim = faulty(Fault::ResetMidBody).await;
    let (raw, end) = raw_get(sim.addr(), TIME, Duration::from_secs(5)).await;
    assert_eq!(end, Err(std::io::ErrorKind::ConnectionReset));
    let (head, body) = split_response(&raw);
    assert!(head.starts_with("HTTP/1.1 200"));
    assert!(!body.is_empty() && body.len() < content_length(&head));
    assert!(client()
        .get(format!("{}{TIME}", sim.base_url()))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .is_err());
}

#[tokio::test]
async fn fault_rate_limit_always() {
    let sim = faulty(Fault::RateLimit).await;
    for _ in 0..3 {
        let (status, body) = get_with(&sim.base_url(), TIME, &[]).await;
        assert_eq!((status, code(&body)), (429, "50011"));
    }
}

#[tokio::test]
async fn fault_close_without_response() {
    let sim = faulty(Fault::CloseWithoutResponse).await;
    let (raw, end) = raw_get(sim.addr(), TIME, Duration::from_secs(5)).await;
    assert_eq!((raw.len(), end), (0, Ok(())));
    assert!(client().get(format!("{}{TIME}", sim.base_url())).send().await.is_err());
    assert_eq!(sim.requests()[0].status, None);
}

#[tokio::test]
async fn fault_scope_can_spare_public_time() {
    let sim = start(SimConfig {
        fault: Some(Fault::maintenance()),
        fault_scope: FaultScope::AuthenticatedRoutes,
        ..SimConfig::default()
    })
    .await;
    assert_eq!(code(&get_with(&sim.base_url(), TIME, &[]).await.1), "0");
    let (status, body) = signed_get(&sim, &acct("good"), CONFIG).await;
    assert_eq!((status, code(&body)), (503, "50001"));
}

#[tokio::test]
async fn route_faults_keep_the_real_code_in_the_log() {
    let sim = faulty(Fault::TruncatedBody).await;
    let _ = raw_get(sim.addr(), CONFIG, Duration::from_secs(5)).await;
    let rec = &sim.requests()[0];
    assert_eq!(
        (rec.status, rec.okx_code.as_deref(), rec.fault),
        (Some(401), Some("50103"), Some("truncated_body"))
    );
}

#[tokio::test]
async fn latency_is_added() {
    let sim = start(SimConfig {
        latency: Duration::from_millis(300),
        ..SimConfig::default()
    })
    .await;
    let t = Instant::now();
    assert_eq!(code(&get_with(&sim.base_url(), TIME, &[]).await.1), "0");
    assert!(t.elapsed() >= Duration::from_millis(300));
}

#[tokio::test]
async fn malformed_requests_get_400() {
    let sim = start(SimConfig::default()).await;
    let mut s = TcpStream::connect(sim.addr()).await.unwrap();
    s.write_all(b"HELLO THERE\r\n\r\n").await.unwrap();
    let mut out = Vec::new();
    s.read_to_end(&mut out).await.unwrap();
    assert!(String::from_utf8_lossy(&out).starts_with("HTTP/1.1 400"));
    assert_eq!(sim.requests()[0].status, Some(400));
    // A head that never ends is cut off at 16 KiB.
    let mut s = TcpStream::connect(sim.addr()).await.unwrap();
    let long = format!("GET / HTTP/1.1\r\nX: {}", "a".repeat(20_000));
    let _ = s.write_all(long.as_bytes()).await;
    let mut out = Vec::new();
    let _ = tokio::time::timeout(Duration::from_secs(5), s.read_to_end(&mut out))
        .await
        .unwrap();
    assert!(String::from_utf8_lossy(&out).starts_with("HTTP/1.1 400"));
}

#[tokio::test]
async fn refuses_non_loopback_and_stops_on_shutdown_or_drop() {
    let err = Simulator::start(SimConfig {
        bind: "0.0.0.0:0".parse().unwrap(),
        ..SimConfig::default()
    })
    .await
    .err()
    .unwrap();
    assert_eq!(err.kind, okx_key_core::ProblemKind::InvalidSetting);

    let sim = start(SimConfig::default()).await;
    let addr = sim.addr();
    assert!(sim.base_url().starts_with("http://127.0.0.1:"));
    sim.shutdown().await;
    assert!(TcpStream::connect(addr).await.is_err());

    // Dropping stops it too, and ends a connection still trickling.
    let sim = faulty(Fault::SlowTrickle {
        byte_every: Duration::from_secs(5),
    })
    .await;
    let addr = sim.addr();
    let mut s = TcpStream::connect(addr).await.unwrap();
    s.write_all(b"GET /api/v5/public/time HTTP/1.1\r\nHost: x\r\n\r\n")
        .await
        .unwrap();
    tokio::time::sleep(Duration::from_millis(100)).await;
    drop(sim);
    tokio::time::sleep(Duration::from_millis(100)).await;
    let mut out = Vec::new();
    let ended = tokio::time::timeout(Duration::from_secs(3), s.read_to_end(&mut out)).await;
    assert!(
        ended.is_ok(),
        "the trickling connection must end when the simulator is dropped"
    );
    assert!(TcpStream::connect(addr).await.is_err());
}

#[tokio::test]
async fn cli_banner_lists_sites_exports_and_keys() {
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    let mut out: Vec<u8> = Vec::new();
    let probe = async {
        // Let the banner out, then stop.
        tokio::time::sleep(Duration::from_millis(300)).await;
        tx.send(()).ok();
    };
    let stop = async {
        let _ = rx.await;
        tokio::time::sleep(Duration::from_millis(500)).await;
    };
    let (res, _) = tokio::join!(run_cli_with(0, None, 0, 0, &mut out, stop), probe);
    res.unwrap();
    let text = String::from_utf8(out).unwrap();
    for var in [
        "OKX_BASE_URL_GLOBAL=http://127.0.0.1:",
        "OKX_BASE_URL_EEA=http://127.0.0.1:",
        "OKX_BASE_URL_US=http://127.0.0.1:",
        "OKX_BASE_URL_TR=http://127.0.0.1:",
    ] {
        assert!(text.contains(&format!("export {var}")), "{var}\n{text}");
    }
    assert!(text.contains(&practice_keys_text()));
    assert!(text.ends_with("Simulator stopped.\n"));

    // One site only: only its export line, and a note about the others.
    let mut out: Vec<u8> = Vec::new();
    run_cli_with(0, Some(Site::Eea), 5, -1000, &mut out, async {})
        .await
        .unwrap();
    let text = String::from_utf8(out).unwrap();
    assert!(text.contains("export OKX_BASE_URL_EEA=") && !text.contains("export OKX_BASE_URL_GLOBAL="));
    assert!(text.contains("Latency 5 ms, clock skew -1000 ms."));
}

#[tokio::test]
async fn cli_echoes_requests() {
    let sims_port = {
        // Find a free port for the CLI to use.
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let mut out: Vec<u8> = Vec::new();
    let probe = async {
        tokio::time::sleep(Duration::from_millis(200)).await;
        let base = format!("http://127.0.0.1:{sims_port}");
        let _ = get_with(&base, TIME, &[]).await;
        let _ = client()
            .post(format!("{base}/api/v5/trade/order"))
            .body("{}")
            .send()
            .await;
        tokio::time::sleep(Duration::from_millis(500)).await;
    };
    run_cli_with(sims_port, Some(Site::Global), 0, 0, &mut out, probe)
        .await
        .unwrap();
    let text = String::from_utf8(out).unwrap();
    assert!(
        text.contains("[global] GET /api/v5/public/time -> 200 code 0"),
        "{text}"
    );
    assert!(
        text.contains("[global] POST /api/v5/trade/order -> 405 code 50115"),
        "{text}"
    );
}

#[test]
fn practice_keys_text_names_every_key() {
    let text = practice_keys_text();
    for a in practice_accounts() {
        for v in [&a.label, &a.api_key, &a.secret_key, &a.passphrase, &a.description] {
            assert!(text.contains(v.as_str()), "{v}");
        }
    }
    assert!(text.contains("Practice_GoodBot"));
    assert!(text.contains("withdraw_enabled"));
}

#[test]
fn the_docs_list_the_same_practice_keys() {
    let doc = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/simulator.md")).unwrap();
    assert!(
        doc.contains(&practice_keys_text()),
        "docs/simulator.md is out of date: paste practice_keys_text() into it"
    );
}
