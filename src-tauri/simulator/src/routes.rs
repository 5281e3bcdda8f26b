//! The endpoints the app may call, answering with OKX's documented response shapes.
//!
//! Only `GET` is served: any other method answers HTTP 405 with code 50115. `GET
//! /api/v5/public/time` needs no key; `/api/v5/account/config`, `/api/v5/account/balance` (the
//! Trading account), `/api/v5/account/instruments` (what this account can trade) and
//! `/api/v5/asset/balances` (the Funding account) are authenticated (see `auth`), each with OKX's
//! rate limit. Errors use OKX's envelope `{"code","msg","data":[]}`.

use super::accounts::{SimAccount, SimCurrency};
use super::auth;
use super::http::Request;
use super::ratelimit::RateLimiter;
use super::ratelimit::WINDOW;
use okx_key_core::Site;
use serde_json::{json, Value};
use std::time::Duration;
use time::OffsetDateTime;

pub const PUBLIC_TIME: &str = "/api/v5/public/time";
pub const ACCOUNT_CONFIG: &str = "/api/v5/account/config";
pub const ACCOUNT_BALANCE: &str = "/api/v5/account/balance";
pub const ACCOUNT_INSTRUMENTS: &str = "/api/v5/account/instruments";
pub const ASSET_BALANCES: &str = "/api/v5/asset/balances";

/// The instrument types `account/instruments` accepts.
pub const INST_TYPES: [&str; 5] = ["SPOT", "MARGIN", "SWAP", "FUTURES", "OPTION"];

/// What a route answers.
#[derive(Debug, Clone, PartialEq)]
pub struct Reply {
    pub status: u16,
    /// OKX's `code` ("0" on success).
    pub code: String,
    pub body: Value,
    /// The practice key's label when the request authenticated.
    pub label: Option<String>,
}

impl Reply {
    pub fn ok(data: Value, label: Option<String>) -> Reply {
        Reply {
            status: 200,
            code: "0".to_owned(),
            body: json!({"code": "0", "msg": "", "data": data}),
            label,
        }
    }

    pub fn error(status: u16, code: &str, msg: &str) -> Reply {
        Reply {
            status,
            code: code.to_owned(),
            body: json!({"code": code, "msg": msg, "data": []}),
            label: None,
        }
    }

    pub fn body_bytes(&self) -> Vec<u8> {
        serde_json::to_vec(&self.body).unwrap_or_default()
    }
}

/// What a route needs to know about the running simulator.
pub struct Context<'a> {
    pub site: Site,
    pub accounts: &'a [SimAccount],
    /// The server clock (the real clock plus the configured skew).
    pub now: OffsetDateTime,
    pub limiter: &'a RateLimiter,
}

/// Answers one request.
pub fn handle(ctx: &Context<'_>, req: &Request) -> Reply {
    if req.method != "GET" {
        return Reply::error(405, "50115", "Invalid request method");
    }
    match req.path.as_str() {
        PUBLIC_TIME => {
            if !ctx.limiter.allow(&format!("ip:{}:time", req.peer.ip()), 10) {
                return rate_limited();
            }
            Reply::ok(json!([{"ts": millis(ctx.now).to_string()}]), None)
        }
        ACCOUNT_CONFIG | ACCOUNT_BALANCE | ACCOUNT_INSTRUMENTS | ASSET_BALANCES => {
            let account = match auth::authenticate(req, ctx.site, ctx.accounts, ctx.now) {
                Ok(a) => a,
                Err(f) => return Reply::error(f.status, f.code, &f.msg),
            };
            let inst_type = query_param(&req.query, "instType").map(|v| percent_decode(&v));
            // OKX's limits: config 5 / 2 s, balance 10 / 2 s, instruments 20 / 2 s per instrument
            // type, Funding balance 6 / 1 s (per User ID at OKX, per key here).
            let (bucket, limit, window) = match req.path.as_str() {
                ACCOUNT_CONFIG => ("config".to_owned(), 5, WINDOW),
                ACCOUNT_BALANCE => ("balance".to_owned(), 10, WINDOW),
                ACCOUNT_INSTRUMENTS => (
                    format!("instruments:{}", inst_type.as_deref().unwrap_or_default()),
                    20,
                    WINDOW,
                ),
                _ => ("funding".to_owned(), 6, Duration::from_secs(1)),
            };
            if !ctx
                .limiter
                .allow_in(&format!("key:{}:{bucket}", account.api_key), limit, window)
            {
                return rate_limited();
            }
            let label = Some(account.label.clone());
            let ccys = query_param(&req.query, "ccy").map(|v| percent_decode(&v));
            match req.path.as_str() {
                ACCOUNT_CONFIG => Reply::ok(json!([config(account)]), label),
                ACCOUNT_BALANCE => Reply::ok(json!([balance(account, ccys.as_deref(), millis(ctx.now))]), label),
                ACCOUNT_INSTRUMENTS => {
                    let inst_id = query_param(&req.query, "instId").map(|v| percent_decode(&v));
                    match instruments(account, inst_type.as_deref(), inst_id.as_deref()) {
                        Ok(list) => Reply::ok(list, label),
                        Err(e) => e,
                    }
                }
                _ => Reply::ok(funding(account, ccys.as_deref()), label),
            }
        }
        // Not an OKX path the app uses (OKX's own answer here is not documented).
        _ => Reply::error(404, "404", "Not Found"),
    }
}

fn rate_limited() -> Reply {
    Reply::error(429, "50011", "Too Many Requests")
}

fn millis(t: OffsetDateTime) -> i128 {
    t.unix_timestamp_nanos() / 1_000_000
}

/// `GET /api/v5/account/config`'s `data[0]`, in the documented shape.
pub fn config(a: &SimAccount) -> Value {
    json!({
        "acctLv": a.acct_mode.acct_lv(),
        "acctStpMode": "cancel_maker",
        "autoLoan": false,
        "ctIsoMode": "automatic",
        "enableSpotBorrow": false,
        "greeksType": "PA",
        "feeType": "0",
        "ip": a.ips.join(","),
        "type": if a.is_sub_account() { "1" } else { "0" },
        "kycLv": "2",
        "label": a.label,
        "level": "Lv1",
        "levelTmp": "",
        "liquidationGear": "-1",
        "mainUid": a.main_uid,
        "mgnIsoMode": "automatic",
        "opAuth": "1",
        "perm": a.perm,
        "posMode": a.pos_mode.as_okx(),
        "roleType": "0",
        "spotBorrowAutoRepay": false,
        "spotOffsetType": "",
        "spotRoleType": "0",
        "spotTraderInsts": [],
        "stgyType": "0",
        "traderInsts": [],
        "uid": a.uid,
        "settleCcy": "USDC",
        "settleCcyList": ["USD", "USDC", "USDG"]
    })
}

/// `GET /api/v5/account/balance`'s `data[0]`, optionally only the currencies in `ccys`
/// (comma-separated, as the `ccy` parameter).
pub fn balance(a: &SimAccount, ccys: Option<&str>, now_ms: i128) -> Value {
    let wanted = wanted_ccys(ccys);
    let u_time = now_ms.to_string();
    let details: Vec<Value> = a
        .balances
        .iter()
        .filter(|c| wanted.as_ref().is_none_or(|w| w.contains(&c.ccy)))
        .map(|c| {
            let amounts = json!({
                "availBal": c.eq, "availEq": c.eq, "cashBal": c.eq, "ccy": c.ccy, "disEq": c.eq_usd,
                "eq": c.eq, "eqUsd": c.eq_usd, "fixedBal": "0", "frozenBal": "0", "ordFrozen": "0",
                "rewardBal": "0", "smtSyncEq": "0", "spotCopyTradingEq": "0", "spotIsoBal": "0",
                "stgyEq": "0", "twap": "0", "uTime": u_time, "upl": "0", "colBorrAutoConversion": "0",
                "colRes": "0", "collateralEnabled": false
            });
            // Fields that are empty strings in a spot (acctLv 2) account.
            let empty = [
                "accAvgPx",
                "borrowFroz",
                "clSpotInUseAmt",
                "crossLiab",
                "imr",
                "interest",
                "isoEq",
                "isoLiab",
                "isoUpl",
                "liab",
                "maxLoan",
                "maxSpotInUse",
                "mgnRatio",
                "mmr",
                "notionalLever",
                "openAvgPx",
                "spotBal",
                "spotInUseAmt",
                "spotUpl",
                "spotUplRatio",
                "totalPnl",
                "totalPnlRatio",
                "uplLiab",
            ];
            let mut obj = match amounts {
                Value::Object(m) => m,
                _ => serde_json::Map::new(),
            };
            for k in empty {
                obj.insert(k.to_owned(), json!(""));
            }
            Value::Object(obj)
        })
        .collect();
    json!({
        "adjEq": "", "availEq": "", "borrowFroz": "", "delta": "", "deltaLever": "", "deltaNeutralStatus": "0",
        "details": details, "imr": "", "isoEq": "0", "mgnRatio": "", "mmr": "", "notionalUsd": "",
        "notionalUsdForBorrow": "", "notionalUsdForFutures": "", "notionalUsdForOption": "",
        "notionalUsdForSwap": "", "ordFroz": "", "totalEq": a.total_eq, "uTime": u_time, "upl": "0"
    })
}

/// The simulator's instruments: (instType, instId, the listing's fields that differ).
fn catalog() -> [(&'static str, &'static str, Value); 4] {
    let spot = |base: &str, tick: &str, min: &str| {
        json!({
            "uly": "", "instFamily": "", "baseCcy": base, "quoteCcy": "USDT", "settleCcy": "",
            "ctVal": "", "ctMult": "", "ctValCcy": "", "ctType": "", "lever": "10",
            "tickSz": tick, "lotSz": "0.00000001", "minSz": min, "tradeQuoteCcyList": ["USDT"]
        })
    };
    let swap = |base: &str, ct_val: &str, tick: &str| {
        json!({
            "uly": format!("{base}-USDT"), "instFamily": format!("{base}-USDT"), "baseCcy": "",
            "quoteCcy": "", "settleCcy": "USDT", "ctVal": ct_val, "ctMult": "1", "ctValCcy": base,
            "ctType": "linear", "lever": "100", "tickSz": tick, "lotSz": "0.01", "minSz": "0.01",
            "tradeQuoteCcyList": []
        })
    };
    [
        ("SPOT", "BTC-USDT", spot("BTC", "0.1", "0.00001")),
        ("SPOT", "ETH-USDT", spot("ETH", "0.01", "0.0001")),
        ("SWAP", "BTC-USDT-SWAP", swap("BTC", "0.01", "0.1")),
        ("SWAP", "ETH-USDT-SWAP", swap("ETH", "0.1", "0.01")),
    ]
}

/// `GET /api/v5/account/instruments`' `data`: the instruments of `inst_type` (required) this
/// account lists, optionally only `inst_id`. Spot is always listed; swaps unless the account is
/// region-limited; the simulator has no margin, futures or option instruments (`data: []`). An
/// instrument the simulator does not have at all answers 51001, as OKX does.
pub fn instruments(a: &SimAccount, inst_type: Option<&str>, inst_id: Option<&str>) -> Result<Value, Reply> {
    let inst_type = match inst_type {
        None | Some("") => return Err(Reply::error(400, "50014", "Parameter instType can not be empty.")),
        // OKX's trade-class codes (51xxx) come with HTTP 200.
        Some(t) if !INST_TYPES.contains(&t) => return Err(Reply::error(200, "51000", "Parameter instType error")),
        Some(t) => t,
    };
    let inst_id = inst_id.filter(|i| !i.is_empty());
    let all = catalog();
    if let Some(id) = inst_id {
        if !all.iter().any(|(t, i, _)| *t == inst_type && *i == id) {
            return Err(Reply::error(200, "51001", "Instrument ID doesn't exist."));
        }
    }
    let listed = |t: &str| t == "SPOT" || (t == "SWAP" && a.lists_swaps);
    let list: Vec<Value> = all
        .into_iter()
        .filter(|(t, i, _)| *t == inst_type && listed(t) && inst_id.is_none_or(|id| id == *i))
        .map(|(t, i, fields)| {
            let mut obj = match fields {
                Value::Object(m) => m,
                _ => serde_json::Map::new(),
            };
            for (k, v) in [
                ("instType", json!(t)),
                ("instId", json!(i)),
                ("state", json!("live")),
                ("alias", json!("")),
                ("optType", json!("")),
                ("stk", json!("")),
                ("listTime", json!("1606468572000")),
                ("expTime", json!("")),
                ("ruleType", json!("normal")),
                ("maxLmtSz", json!("10000000")),
                ("maxMktSz", json!("1000000")),
                ("maxLmtAmt", json!("20000000")),
                ("maxMktAmt", json!("1000000")),
                ("maxTwapSz", json!("10000000")),
                ("maxIcebergSz", json!("10000000")),
                ("maxTriggerSz", json!("10000000")),
                ("maxStopSz", json!("1000000")),
            ] {
                obj.insert(k.to_owned(), v);
            }
            Value::Object(obj)
        })
        .collect();
    Ok(Value::Array(list))
}

/// `GET /api/v5/asset/balances`' `data`: the Funding account's non-zero currencies, optionally
/// only those in `ccys` (comma-separated, as the `ccy` parameter).
pub fn funding(a: &SimAccount, ccys: Option<&str>) -> Value {
    let wanted = wanted_ccys(ccys);
    let lines: Vec<Value> = a
        .funding
        .iter()
        .filter(|c: &&SimCurrency| wanted.as_ref().is_none_or(|w| w.contains(&c.ccy)))
        .map(|c| json!({"availBal": c.eq, "bal": c.eq, "ccy": c.ccy, "frozenBal": "0"}))
        .collect();
    Value::Array(lines)
}

/// The `ccy` parameter's currencies, upper-case (None: all).
fn wanted_ccys(ccys: Option<&str>) -> Option<Vec<String>> {
    ccys.map(|c| {
        c.split(',')
            .map(|s| s.trim().to_ascii_uppercase())
            .filter(|s| !s.is_empty())
            .collect()
    })
}

/// The raw value of `name` in a query string.
fn query_param(query: &str, name: &str) -> Option<String> {
    query.split('&').find_map(|pair| {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        (k == name).then(|| v.to_owned())
    })
}

/// Decodes `%XX` escapes (invalid escapes are kept as they are).
fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let hex = b
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (b.get(i), hex) {
            (Some(b'%'), Some(v)) => {
                out.push(v);
                i += 3;
            }
            (Some(c), _) => {
                out.push(*c);
                i += 1;
            }
            (None, _) => break,
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::accounts::{practice_account, practice_accounts};
    use crate::http::parse_head;

    fn get(target: &str) -> Request {
        parse_head(
            &format!("GET {target} HTTP/1.1\r\nHost: x"),
            "127.0.0.1:1".parse().unwrap(),
        )
        .unwrap()
    }

    #[test]
    fn time_is_public_and_other_methods_are_refused() {
        let accounts = practice_accounts();
        let limiter = RateLimiter::new(true);
        let now = OffsetDateTime::now_utc();
        let ctx = Context {
            site: Site::Global,
            accounts: &accounts,
            now,
            limiter: &limiter,
        };
        let r = handle(&ctx, &get(PUBLIC_TIME));
        assert_eq!((r.status, r.code.as_str()), (200, "0"));
        assert_eq!(r.body["data"][0]["ts"], json!(millis(now).to_string()));
        let post = parse_head("POST /api/v5/trade/order HTTP/1.1", "127.0.0.1:1".parse().unwrap()).unwrap();
        let r = handle(&ctx, &post);
        assert_eq!((r.status, r.code.as_str()), (405, "50115"));
        assert_eq!(
            r.body,
            json!({"code": "50115", "msg": "Invalid request method", "data": []})
        );
        let r = handle(&ctx, &get(ACCOUNT_CONFIG));
        assert_eq!((r.status, r.code.as_str()), (401, "50103"));
        for path in [ASSET_BALANCES, "/api/v5/account/instruments?instType=SPOT"] {
            assert_eq!(handle(&ctx, &get(path)).code, "50103", "{path}");
        }
        assert_eq!(handle(&ctx, &get("/api/v5/asset/deposit-address")).status, 404);
    }

    #[test]
    fn config_and_balance_shapes() {
        let a = practice_account("multi-currency").unwrap();
        let c = config(&a);
        assert_eq!(c["perm"], "read_only,trade");
        assert_eq!(c["ip"], "127.0.0.1");
        assert_eq!(c["label"], "Practice_MultiCcy");
        assert_eq!(c["uid"], c["mainUid"]);
        let sub = config(&practice_account("sub-account").unwrap());
        assert_ne!(sub["uid"], sub["mainUid"]);
        assert_eq!(sub["type"], "1");
        let b = balance(&a, None, 1);
        assert_eq!(b["totalEq"], "15432.1");
        assert_eq!(b["details"].as_array().unwrap().len(), 5);
        assert_eq!(b["details"][1]["ccy"], "BTC");
        assert_eq!(b["details"][1]["eqUsd"], "10000");
        let only = balance(&a, Some(&percent_decode("btc%2CETH")), 1);
        let ccys: Vec<&str> = only["details"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d["ccy"].as_str().unwrap())
            .collect();
        assert_eq!(ccys, ["BTC", "ETH"]);
        let empty = balance(&practice_account("empty").unwrap(), None, 1);
        assert_eq!(empty["totalEq"], "0");
        assert_eq!(empty["details"], json!([]));
    }

    #[test]
    fn config_reports_the_accounts_modes() {
        for (name, lv, pos) in [
            ("good", "2", "net_mode"),
            ("spot-mode", "1", "net_mode"),
            ("futures-net", "2", "net_mode"),
            ("futures-hedge", "2", "long_short_mode"),
            ("portfolio", "4", "net_mode"),
            ("eea-no-swaps", "2", "net_mode"),
            ("funding-only", "2", "net_mode"),
        ] {
            let c = config(&practice_account(name).unwrap());
            assert_eq!(
                (c["acctLv"].as_str(), c["posMode"].as_str()),
                (Some(lv), Some(pos)),
                "{name}"
            );
        }
    }

    fn ids(v: &Value) -> Vec<&str> {
        v.as_array()
            .unwrap()
            .iter()
            .map(|i| i["instId"].as_str().unwrap())
            .collect()
    }

    #[test]
    fn instruments_by_type_and_id_and_market() {
        let good = practice_account("good").unwrap();
        assert_eq!(
            ids(&instruments(&good, Some("SPOT"), None).unwrap()),
            ["BTC-USDT", "ETH-USDT"]
        );
        let swaps = instruments(&good, Some("SWAP"), None).unwrap();
        assert_eq!(ids(&swaps), ["BTC-USDT-SWAP", "ETH-USDT-SWAP"]);
        let btc = &swaps[0];
        assert_eq!(
            (
                &btc["instType"],
                &btc["settleCcy"],
                &btc["ctVal"],
                &btc["state"],
                &btc["instFamily"]
            ),
            (
                &json!("SWAP"),
                &json!("USDT"),
                &json!("0.01"),
                &json!("live"),
                &json!("BTC-USDT")
            )
        );
        let one = instruments(&good, Some("SPOT"), Some("BTC-USDT")).unwrap();
        assert_eq!(ids(&one), ["BTC-USDT"]);
        assert_eq!(one[0]["baseCcy"], "BTC");
        assert_eq!(instruments(&good, Some("FUTURES"), None).unwrap(), json!([]));
        for name in ["eea", "us", "eea-no-swaps"] {
            let a = practice_account(name).unwrap();
            assert_eq!(
                instruments(&a, Some("SWAP"), Some("BTC-USDT-SWAP")).unwrap(),
                json!([]),
                "{name}"
            );
            assert_eq!(
                ids(&instruments(&a, Some("SPOT"), Some("BTC-USDT")).unwrap()),
                ["BTC-USDT"]
            );
        }
        // Spot mode still lists swaps: the account mode, not the site, stops them.
        let spot = practice_account("spot-mode").unwrap();
        assert_eq!(ids(&instruments(&spot, Some("SWAP"), None).unwrap()).len(), 2);
        for (t, id, code) in [
            (None, None, "50014"),
            (Some(""), None, "50014"),
            (Some("spot"), None, "51000"),
            (Some("PERP"), None, "51000"),
            (Some("SPOT"), Some("BTC-USDT-SWAP"), "51001"),
            (Some("SWAP"), Some("XYZ-USDT-SWAP"), "51001"),
        ] {
            let e = instruments(&good, t, id).unwrap_err();
            assert_eq!(e.code, code, "{t:?} {id:?}");
            assert_eq!(e.body["data"], json!([]));
        }
    }

    #[test]
    fn funding_lists_non_zero_currencies() {
        let f = funding(&practice_account("funding-only").unwrap(), None);
        assert_eq!(
            f,
            json!([{"availBal": "250", "bal": "250", "ccy": "USDT", "frozenBal": "0"}])
        );
        assert_eq!(funding(&practice_account("good").unwrap(), None), json!([]));
        let multi = practice_account("multi-currency").unwrap();
        assert_eq!(funding(&multi, Some("usdt")).as_array().unwrap().len(), 1);
        assert_eq!(funding(&multi, Some("BTC")), json!([]));
    }

    #[test]
    fn query_helpers() {
        assert_eq!(query_param("a=1&ccy=BTC,ETH", "ccy").as_deref(), Some("BTC,ETH"));
        assert_eq!(query_param("a=1", "ccy"), None);
        assert_eq!(percent_decode("BTC%2cETH%zz%"), "BTC,ETH%zz%");
    }
}
