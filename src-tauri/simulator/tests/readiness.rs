//! The simulator's readiness side (issue 25), black-box over real sockets: `account/config`'s
//! `acctLv` and `posMode`, `account/instruments` and `asset/balances` in OKX's shapes with their
//! filters, parameter errors and rate limits, the query string covered by the signature, and each
//! control command (`mode`, `posmode`, `funds`) changing what the next request answers, through
//! `Simulator::control` and through `simulate`'s command lines. Requests are signed here with
//! `hmac` directly, not with the simulator's or the app's code.

use base64::Engine;
use hmac::{Hmac, Mac};
use okx_key_core::Site;
use okx_simulator::{practice_account, run_cli_with_commands, SimAccount, SimConfig, Simulator};
use serde_json::{json, Value};
use sha2::Sha256;
use std::time::Duration;

const CONFIG: &str = "/api/v5/account/config";
const BALANCE: &str = "/api/v5/account/balance";
const FUNDING: &str = "/api/v5/asset/balances";
const SPOT_BTC: &str = "/api/v5/account/instruments?instType=SPOT&instId=BTC-USDT";
const SWAP_BTC: &str = "/api/v5/account/instruments?instType=SWAP&instId=BTC-USDT-SWAP";

fn sign(secret: &str, ts: &str, path: &str) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).unwrap();
    mac.update(format!("{ts}GET{path}").as_bytes());
    base64::engine::general_purpose::STANDARD.encode(mac.finalize().into_bytes())
}

fn timestamp() -> String {
    let f = time::macros::format_description!("[year]-[month]-[day]T[hour]:[minute]:[second].[subsecond digits:3]Z");
    time::OffsetDateTime::now_utc().format(&f).unwrap()
}

thread_local! {
    /// One client per test (each test has its own thread and runtime); every request has a
    /// 10-second deadline.
    static CLIENT: reqwest::Client = reqwest::Client::builder()
        .no_proxy()
        .timeout(Duration::from_secs(10))
        .build()
        .unwrap();
}

fn client() -> reqwest::Client {
    CLIENT.with(|c| c.clone())
}

/// GETs `path` from `base` as `a`, signing `signed_path` (normally `path` itself).
async fn get_signed_as(base: &str, a: &SimAccount, path: &str, signed_path: &str) -> (u16, Value) {
    let ts = timestamp();
    let resp = client()
        .get(format!("{base}{path}"))
        .header("OK-ACCESS-KEY", &a.api_key)
        .header("OK-ACCESS-PASSPHRASE", &a.passphrase)
        .header("OK-ACCESS-SIGN", sign(&a.secret_key, &ts, signed_path))
        .header("OK-ACCESS-TIMESTAMP", &ts)
        .send()
        .await
        .unwrap();
    let status = resp.status().as_u16();
    let text = resp.text().await.unwrap();
    (status, serde_json::from_str(&text).unwrap_or(Value::Null))
}

async fn get(sim: &Simulator, a: &SimAccount, path: &str) -> (u16, Value) {
    get_signed_as(&sim.base_url(), a, path, path).await
}

/// `data` of a successful answer (fails the test on any other).
async fn data(sim: &Simulator, a: &SimAccount, path: &str) -> Value {
    let (status, body) = get(sim, a, path).await;
    assert_eq!(
        (status, body["code"].as_str()),
        (200, Some("0")),
        "{} {path}: {body}",
        a.name
    );
    assert_eq!(body["msg"], "");
    body["data"].clone()
}

fn acct(name: &str) -> SimAccount {
    practice_account(name).unwrap()
}

async fn start(site: Site) -> Simulator {
    Simulator::start(SimConfig::for_site(site)).await.unwrap()
}

/// (acctLv, posMode) as `account/config` reports them.
async fn modes(sim: &Simulator, a: &SimAccount) -> (String, String) {
    let d = data(sim, a, CONFIG).await;
    let s = |k: &str| d[0][k].as_str().unwrap_or_default().to_owned();
    (s("acctLv"), s("posMode"))
}

fn inst_ids(d: &Value) -> Vec<&str> {
    d.as_array()
        .unwrap()
        .iter()
        .map(|i| i["instId"].as_str().unwrap())
        .collect()
}

#[tokio::test]
async fn each_readiness_account_reports_its_state() {
    let global = start(Site::Global).await;
    let eea = start(Site::Eea).await;
    // name, acctLv, posMode, lists swaps, Trading totalEq, Funding
    let cases = [
        ("good", "2", "net_mode", true, "1234.5678", json!([])),
        ("spot-mode", "1", "net_mode", true, "1234.5678", json!([])),
        ("futures-net", "2", "net_mode", true, "1234.5678", json!([])),
        ("futures-hedge", "2", "long_short_mode", true, "1234.5678", json!([])),
        ("portfolio", "4", "net_mode", true, "1234.5678", json!([])),
        ("eea", "2", "net_mode", false, "980.25", json!([])),
        ("eea-no-swaps", "2", "net_mode", false, "1000", json!([])),
        (
            "funding-only",
            "2",
            "net_mode",
            true,
            "0",
            json!([{"availBal": "250", "bal": "250", "ccy": "USDT", "frozenBal": "0"}]),
        ),
        ("sub-account", "2", "net_mode", true, "300", json!([])),
    ];
    for (name, lv, pos, swaps, total, funding) in cases {
        let a = acct(name);
        assert!(a.expect.is_empty(), "{name}: every key check passes");
        let sim = if a.site == Site::Eea { &eea } else { &global };
        assert_eq!(modes(sim, &a).await, (lv.to_owned(), pos.to_owned()), "{name}");
        assert_eq!(inst_ids(&data(sim, &a, SPOT_BTC).await), ["BTC-USDT"], "{name}");
        let swap = data(sim, &a, SWAP_BTC).await;
        let want: Vec<&str> = if swaps { vec!["BTC-USDT-SWAP"] } else { vec![] };
        assert_eq!(inst_ids(&swap), want, "{name}");
        assert_eq!(data(sim, &a, BALANCE).await[0]["totalEq"], total, "{name}");
        assert_eq!(data(sim, &a, FUNDING).await, funding, "{name}");
    }
    let sub = data(&global, &acct("sub-account"), CONFIG).await;
    assert_ne!(sub[0]["uid"], sub[0]["mainUid"]);
    // The US key lists no swaps either (OKX_FACTS §9.5).
    let us = start(Site::Us).await;
    assert_eq!(data(&us, &acct("us"), SWAP_BTC).await, json!([]));
    assert!(okx_simulator::non_get_requests_seen().is_empty());
}

#[tokio::test]
async fn instruments_answer_in_okx_shape_with_filters_and_parameter_errors() {
    let sim = start(Site::Global).await;
    let good = acct("good");
    let spot = data(&sim, &good, "/api/v5/account/instruments?instType=SPOT").await;
    assert_eq!(inst_ids(&spot), ["BTC-USDT", "ETH-USDT"]);
    let swaps = data(&sim, &good, "/api/v5/account/instruments?instType=SWAP").await;
    assert_eq!(inst_ids(&swaps), ["BTC-USDT-SWAP", "ETH-USDT-SWAP"]);
    let btc = data(&sim, &good, SWAP_BTC).await;
    let btc = &btc[0];
    for (k, v) in [
        ("instType", "SWAP"),
        ("uly", "BTC-USDT"),
        ("instFamily", "BTC-USDT"),
        ("baseCcy", ""),
        ("quoteCcy", ""),
        ("settleCcy", "USDT"),
        ("ctVal", "0.01"),
        ("ctValCcy", "BTC"),
        ("ctType", "linear"),
        ("state", "live"),
    ] {
        assert_eq!(btc[k], v, "{k}");
    }
    let pair = data(&sim, &good, SPOT_BTC).await;
    assert_eq!(
        (
            &pair[0]["instType"],
            &pair[0]["baseCcy"],
            &pair[0]["quoteCcy"],
            &pair[0]["settleCcy"]
        ),
        (&json!("SPOT"), &json!("BTC"), &json!("USDT"), &json!(""))
    );
    for t in ["FUTURES", "MARGIN", "OPTION"] {
        let path = format!("/api/v5/account/instruments?instType={t}");
        assert_eq!(data(&sim, &good, &path).await, json!([]), "{t}");
    }
    let empty = "Parameter instType can not be empty.";
    for (path, status, code, msg) in [
        ("/api/v5/account/instruments", 400, "50014", empty),
        ("/api/v5/account/instruments?instId=BTC-USDT", 400, "50014", empty),
        (
            "/api/v5/account/instruments?instType=PERP",
            200,
            "51000",
            "Parameter instType error",
        ),
        (
            "/api/v5/account/instruments?instType=swap",
            200,
            "51000",
            "Parameter instType error",
        ),
        (
            "/api/v5/account/instruments?instType=SWAP&instId=DOGE-USDT-SWAP",
            200,
            "51001",
            "Instrument ID doesn't exist.",
        ),
    ] {
        let (s, body) = get(&sim, &good, path).await;
        assert_eq!(
            (s, &body),
            (status, &json!({"code": code, "msg": msg, "data": []})),
            "{path}"
        );
    }
}

#[tokio::test]
async fn funding_balances_filter_by_currency() {
    let sim = start(Site::Global).await;
    let multi = acct("multi-currency");
    assert_eq!(
        data(&sim, &multi, FUNDING).await,
        json!([{"availBal": "120", "bal": "120", "ccy": "USDT", "frozenBal": "0"}])
    );
    assert_eq!(
        data(&sim, &multi, &format!("{FUNDING}?ccy=BTC%2Cusdt")).await[0]["ccy"],
        "USDT"
    );
    assert_eq!(data(&sim, &multi, &format!("{FUNDING}?ccy=BTC")).await, json!([]));
}

#[tokio::test]
async fn the_signature_covers_the_query_string() {
    let sim = start(Site::Global).await;
    let good = acct("good");
    for (sent, signed) in [
        (SWAP_BTC, SPOT_BTC),
        (SWAP_BTC, "/api/v5/account/instruments"),
        ("/api/v5/asset/balances?ccy=USDT", FUNDING),
    ] {
        let (status, body) = get_signed_as(&sim.base_url(), &good, sent, signed).await;
        assert_eq!(
            (status, body["code"].as_str()),
            (401, Some("50113")),
            "{sent} signed as {signed}"
        );
    }
    // Every other authentication check applies as to account/config (here: the wrong site).
    let (status, body) = get(&sim, &acct("eea-no-swaps"), SWAP_BTC).await;
    assert_eq!((status, body["code"].as_str()), (401, Some("50119")));
}

/// The OKX codes of `n` requests of `path` as `a`, sent all at once (well inside one window).
async fn burst(sim: &Simulator, a: &SimAccount, path: &str, n: usize) -> Vec<String> {
    let mut set = tokio::task::JoinSet::new();
    for _ in 0..n {
        let (base, a, path) = (sim.base_url(), a.clone(), path.to_owned());
        set.spawn(async move { get_signed_as(&base, &a, &path, &path).await });
    }
    let mut codes: Vec<String> = set
        .join_all()
        .await
        .into_iter()
        .map(|(_, body)| body["code"].as_str().unwrap_or("<none>").to_owned())
        .collect();
    codes.sort();
    codes
}

fn counts(codes: &[String]) -> (usize, usize) {
    (
        codes.iter().filter(|c| *c == "0").count(),
        codes.iter().filter(|c| *c == "50011").count(),
    )
}

#[tokio::test]
async fn instruments_and_funding_have_okx_rate_limits() {
    let sim = start(Site::Global).await;
    let good = acct("good");
    // 20 per 2 s per instrument type; another instrument type has its own count.
    assert_eq!(counts(&burst(&sim, &good, SWAP_BTC, 22).await), (20, 2));
    assert_eq!(counts(&burst(&sim, &good, SPOT_BTC, 1).await), (1, 0));
    // The Funding balance: 6 per second.
    assert_eq!(counts(&burst(&sim, &acct("futures-net"), FUNDING, 8).await), (6, 2));
}

#[tokio::test]
async fn control_commands_change_the_next_answer() {
    let sim = Simulator::start(SimConfig {
        rate_limits: false,
        ..SimConfig::default()
    })
    .await
    .unwrap();
    let a = acct("futures-net");
    let ok = |line: &str| sim.control(line).unwrap_or_else(|e| panic!("{line}: {e}"));

    ok("posmode futures-net long-short");
    assert_eq!(modes(&sim, &a).await.1, "long_short_mode");
    ok("posmode futures-net net");
    assert_eq!(modes(&sim, &a).await.1, "net_mode");

    for (mode, lv) in [("spot", "1"), ("multi", "3"), ("portfolio", "4"), ("futures", "2")] {
        ok(&format!("mode futures-net {mode}"));
        assert_eq!(modes(&sim, &a).await.0, lv, "{mode}");
    }

    // Portfolio margin allows net only: refused both ways, and nothing changes.
    let p = acct("portfolio");
    let e = sim.control("posmode portfolio long-short").unwrap_err();
    assert!(e.contains("portfolio margin"), "{e}");
    assert_eq!(modes(&sim, &p).await, ("4".to_owned(), "net_mode".to_owned()));
    let e = sim.control("mode futures-hedge portfolio").unwrap_err();
    assert!(e.contains("net"), "{e}");
    assert_eq!(modes(&sim, &acct("futures-hedge")).await.0, "2");

    // Money: Funding to Trading, back, and none.
    let f = acct("funding-only");
    ok("funds funding-only trading");
    let bal = data(&sim, &f, BALANCE).await;
    assert_eq!(bal[0]["totalEq"], "250");
    assert_eq!(bal[0]["details"][0]["ccy"], "USDT");
    assert_eq!(data(&sim, &f, FUNDING).await, json!([]));
    ok("funds funding-only funding");
    assert_eq!(data(&sim, &f, BALANCE).await[0]["totalEq"], "0");
    assert_eq!(data(&sim, &f, FUNDING).await[0]["bal"], "250");
    ok("funds funding-only none");
    assert_eq!(data(&sim, &f, FUNDING).await, json!([]));
    assert_eq!(data(&sim, &f, BALANCE).await[0]["details"], json!([]));

    for bad in [
        "mode futures-net simple",
        "posmode futures-net hedge",
        "funds futures-net bank",
        "mode nobody spot",
    ] {
        assert!(sim.control(bad).is_err(), "{bad}");
    }
}

#[tokio::test]
async fn simulate_applies_readiness_commands_from_its_input() {
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let (tx, rx) = tokio::sync::mpsc::unbounded_channel();
    let (done_tx, done_rx) = tokio::sync::oneshot::channel::<()>();
    let mut out: Vec<u8> = Vec::new();
    let probe = async move {
        tokio::time::sleep(Duration::from_millis(200)).await;
        for line in [
            "posmode futures-net long-short",
            "posmode portfolio long-short",
            "funds funding-only trading",
        ] {
            tx.send(line.to_owned()).unwrap();
        }
        // The loop takes one command per turn, a turn at least every 200 ms.
        tokio::time::sleep(Duration::from_millis(1000)).await;
        let base = format!("http://127.0.0.1:{port}");
        let (_, body) = get_signed_as(&base, &acct("futures-net"), CONFIG, CONFIG).await;
        let _ = done_tx.send(());
        body
    };
    let stop = async {
        let _ = done_rx.await;
        tokio::time::sleep(Duration::from_millis(400)).await;
    };
    let run = run_cli_with_commands(port, Some(Site::Global), 0, 0, &mut out, stop, Some(rx));
    let (res, body) = tokio::time::timeout(Duration::from_secs(20), async { tokio::join!(run, probe) })
        .await
        .expect("simulate stops within 20 s");
    res.unwrap();
    assert_eq!(body["data"][0]["posMode"], "long_short_mode");
    let text = String::from_utf8(out).unwrap();
    for line in [
        "ok: position mode Long/short mode (long_short_mode) for futures-net",
        "error: portfolio is in portfolio margin, which allows Buy/sell (net) mode only",
        "ok: all money in the Trading account (totalEq 250) for funding-only",
        "posmode KEY net|long-short",
    ] {
        assert!(text.contains(line), "{line}\n{text}");
    }
}
