//! The three endpoints the app may call, answering with OKX's documented response shapes.
//!
//! Only `GET` is served: any other method answers HTTP 405 with code 50115. `GET
//! /api/v5/public/time` needs no key; `/api/v5/account/config` and `/api/v5/account/balance` are
//! authenticated (see `auth`). Errors use OKX's envelope `{"code","msg","data":[]}`.

use super::accounts::SimAccount;
use super::auth;
use super::http::Request;
use super::ratelimit::RateLimiter;
use okx_key_core::Site;
use serde_json::{json, Value};
use time::OffsetDateTime;

pub const PUBLIC_TIME: &str = "/api/v5/public/time";
pub const ACCOUNT_CONFIG: &str = "/api/v5/account/config";
pub const ACCOUNT_BALANCE: &str = "/api/v5/account/balance";

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
        ACCOUNT_CONFIG | ACCOUNT_BALANCE => {
            let account = match auth::authenticate(req, ctx.site, ctx.accounts, ctx.now) {
                Ok(a) => a,
                Err(f) => return Reply::error(f.status, f.code, &f.msg),
            };
            let (name, limit) = if req.path == ACCOUNT_CONFIG {
                ("config", 5)
            } else {
                ("balance", 10)
            };
            if !ctx.limiter.allow(&format!("key:{}:{name}", account.api_key), limit) {
                return rate_limited();
            }
            let label = Some(account.label.clone());
            if req.path == ACCOUNT_CONFIG {
                Reply::ok(json!([config(account)]), label)
            } else {
                let ccys = query_param(&req.query, "ccy").map(|v| percent_decode(&v));
                Reply::ok(json!([balance(account, ccys.as_deref(), millis(ctx.now))]), label)
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
        "acctLv": "2",
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
        "posMode": "net_mode",
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
    let wanted: Option<Vec<String>> = ccys.map(|c| {
        c.split(',')
            .map(|s| s.trim().to_ascii_uppercase())
            .filter(|s| !s.is_empty())
            .collect()
    });
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
        assert_eq!(handle(&ctx, &get("/api/v5/asset/balances")).status, 404);
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
    fn query_helpers() {
        assert_eq!(query_param("a=1&ccy=BTC,ETH", "ccy").as_deref(), Some("BTC,ETH"));
        assert_eq!(query_param("a=1", "ccy"), None);
        assert_eq!(percent_decode("BTC%2cETH%zz%"), "BTC,ETH%zz%");
    }
}
