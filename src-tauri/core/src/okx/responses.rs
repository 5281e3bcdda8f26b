//! What OKX answers: the `{code, msg, data}` envelope and the three payloads the test reads.
//!
//! OKX sends numbers as strings; fields come and go between API versions and account modes. So
//! every field here is optional or defaulted, unknown fields are ignored, and a field that is
//! a number or a bool where a string was expected is accepted as its text.

use super::account_mode::{AccountMode, PositionMode};
use serde::{Deserialize, Deserializer};
use serde_json::Value;

/// The envelope of every OKX REST answer, before `data` is interpreted.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Envelope {
    /// `"0"` on success, else OKX's error code. Missing -> empty.
    #[serde(default, deserialize_with = "lenient_string")]
    pub code: String,
    #[serde(default, deserialize_with = "lenient_string")]
    pub msg: String,
    /// Usually an array; kept raw so an error envelope with `data: {}` or `null` still parses.
    #[serde(default)]
    pub data: Value,
}

impl Envelope {
    /// Parses a body as an OKX envelope. `None` when it is not JSON or not an object with a
    /// `code` (an HTML page, a truncated body, some other server's JSON).
    pub fn parse(body: &[u8]) -> Option<Envelope> {
        let v: Value = serde_json::from_slice(body).ok()?;
        let obj = v.as_object()?;
        if !obj.contains_key("code") {
            return None;
        }
        serde_json::from_value(v).ok()
    }

    pub fn is_success(&self) -> bool {
        self.code == "0"
    }

    /// The first element of `data`, as `T`. `None` if `data` is empty or not of that shape.
    pub fn first<T: for<'de> Deserialize<'de>>(&self) -> Option<T> {
        let first = match &self.data {
            Value::Array(items) => items.first()?.clone(),
            Value::Object(_) => self.data.clone(),
            _ => return None,
        };
        serde_json::from_value(first).ok()
    }
}

/// `GET /api/v5/public/time`: `{"ts": "1597026383085"}` (Unix ms, as a string).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Default)]
pub struct ServerTime {
    #[serde(default, deserialize_with = "lenient_string")]
    pub ts: String,
}

impl ServerTime {
    pub fn unix_ms(&self) -> Option<i64> {
        self.ts.trim().parse().ok()
    }
}

/// The fields of `GET /api/v5/account/config` the test uses.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct AccountConfig {
    /// Comma-separated subset of `read_only`, `trade`, `withdraw`, for the calling key.
    #[serde(default, deserialize_with = "lenient_string")]
    pub perm: String,
    /// IPs bound to the calling key, comma-separated; empty if none.
    #[serde(default, deserialize_with = "lenient_string")]
    pub ip: String,
    #[serde(default, deserialize_with = "lenient_string")]
    pub label: String,
    #[serde(default, deserialize_with = "lenient_string")]
    pub uid: String,
    #[serde(default, deserialize_with = "lenient_string")]
    pub main_uid: String,
    /// 1 Spot, 2 Futures, 3 Multi-currency margin, 4 Portfolio margin.
    #[serde(default, deserialize_with = "lenient_string")]
    pub acct_lv: String,
    /// `net_mode` or `long_short_mode`.
    #[serde(default, deserialize_with = "lenient_string")]
    pub pos_mode: String,
}

impl AccountConfig {
    /// The permission words, trimmed and lower-cased.
    pub fn perms(&self) -> Vec<String> {
        split_list(&self.perm)
            .into_iter()
            .map(|p| p.to_ascii_lowercase())
            .collect()
    }

    /// The bound IPs (OKX separates them with commas; spaces tolerated).
    pub fn ips(&self) -> Vec<String> {
        split_list(&self.ip)
    }

    /// A sub-account's key: both ids known and different.
    pub fn is_sub_account(&self) -> bool {
        !self.uid.is_empty() && !self.main_uid.is_empty() && self.uid != self.main_uid
    }

    /// The position mode, from `posMode` (None when absent or unknown).
    pub fn position_mode(&self) -> Option<PositionMode> {
        PositionMode::from_okx(&self.pos_mode)
    }

    /// The account mode, from `acctLv` (None for a level this app does not know).
    pub fn mode(&self) -> Option<AccountMode> {
        match self.acct_lv.trim() {
            "1" => Some(AccountMode::Spot),
            "2" => Some(AccountMode::Futures),
            "3" => Some(AccountMode::MultiCurrencyMargin),
            "4" => Some(AccountMode::PortfolioMargin),
            _ => None,
        }
    }
}

/// One line of `GET /api/v5/account/instruments`: only whether an instrument is listed matters.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct Instrument {
    #[serde(default, deserialize_with = "lenient_string")]
    pub inst_id: String,
}

/// One currency of `GET /api/v5/asset/balances` (the Funding account).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct FundingBalance {
    #[serde(default, deserialize_with = "lenient_string")]
    pub ccy: String,
    /// The balance, a decimal string.
    #[serde(default, deserialize_with = "lenient_string")]
    pub bal: String,
}

/// Whether any line holds a non-zero amount (an unreadable number counts as money: better a
/// warning to look than silence).
pub fn holds_money<'a>(amounts: impl IntoIterator<Item = &'a str>) -> bool {
    amounts
        .into_iter()
        .map(str::trim)
        .filter(|a| !a.is_empty())
        .any(|a| a.parse::<f64>().map(|x| x > 0.0).unwrap_or(true))
}

/// `GET /api/v5/account/balance`: account-level equity and one entry per currency.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct AccountBalance {
    /// Total equity in USD.
    #[serde(default, deserialize_with = "lenient_string")]
    pub total_eq: String,
    #[serde(default, deserialize_with = "lenient_vec")]
    pub details: Vec<BalanceDetail>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct BalanceDetail {
    #[serde(default, deserialize_with = "lenient_string")]
    pub ccy: String,
    /// Equity of the currency.
    #[serde(default, deserialize_with = "lenient_string")]
    pub eq: String,
}

impl AccountBalance {
    /// Currencies with a balance, in OKX's order (an `eq` of exactly zero is left out).
    pub fn currencies(&self) -> Vec<String> {
        self.details
            .iter()
            .filter(|d| !d.ccy.trim().is_empty())
            .filter(|d| d.eq.trim().parse::<f64>().map(|x| x != 0.0).unwrap_or(true))
            .map(|d| d.ccy.trim().to_owned())
            .collect()
    }

    /// Whether the trading account holds anything (total equity or any currency above zero).
    pub fn holds_money(&self) -> bool {
        holds_money(std::iter::once(self.total_eq.as_str()).chain(self.details.iter().map(|d| d.eq.as_str())))
    }

    /// Total equity, "0" when OKX left it empty (a brand-new account).
    pub fn total_eq_usd(&self) -> String {
        let t = self.total_eq.trim();
        if t.is_empty() {
            "0".to_owned()
        } else {
            t.to_owned()
        }
    }
}

fn split_list(s: &str) -> Vec<String> {
    s.split([',', ' ', ';'])
        .map(str::trim)
        .filter(|x| !x.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Accepts a string, a number, a bool or null (null -> empty).
fn lenient_string<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    Ok(match Value::deserialize(d)? {
        Value::String(s) => s,
        Value::Null => String::new(),
        Value::Number(n) => n.to_string(),
        Value::Bool(b) => b.to_string(),
        other => other.to_string(),
    })
}

/// Accepts an array (elements that do not fit are skipped) or anything else as empty.
fn lenient_vec<'de, D: Deserializer<'de>, T: for<'a> Deserialize<'a>>(d: D) -> Result<Vec<T>, D::Error> {
    Ok(match Value::deserialize(d)? {
        Value::Array(items) => items
            .into_iter()
            .filter_map(|v| serde_json::from_value(v).ok())
            .collect(),
        _ => Vec::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    // The examples from OKX's documentation (OKX_FACTS.md §2).
    const TIME: &str = r#"{"code":"0","msg":"","data":[{"ts":"1597026383085"}]}"#;
    const CONFIG: &str = r#"{"code":"0","msg":"","data":[{
      "acctLv":"2","acctStpMode":"cancel_maker","autoLoan":false,"ctIsoMode":"automatic",
      "enableSpotBorrow":false,"greeksType":"PA","feeType":"0","ip":"","type":"0","kycLv":"3",
      "label":"v5 test","level":"Lv1","levelTmp":"","liquidationGear":"-1",
      "mainUid":"44705892343619584","mgnIsoMode":"automatic","opAuth":"1",
      "perm":"read_only,withdraw,trade","posMode":"long_short_mode","roleType":"0",
      "spotBorrowAutoRepay":false,"spotOffsetType":"","spotRoleType":"0","spotTraderInsts":[],
      "stgyType":"0","traderInsts":[],"uid":"44705892343619584",
      "settleCcy":"USDC","settleCcyList":["USD","USDC","USDG"]}]}"#;
    const BALANCE: &str = r#"{"code":"0","msg":"","data":[{
      "adjEq":"55415.624719833286","borrowFroz":"0","imr":"0","isoEq":"0","mgnRatio":"","mmr":"0",
      "notionalUsd":"0","ordFroz":"0","totalEq":"55837.43556134779","uTime":"1705474164160","upl":"0",
      "details":[
        {"availBal":"","availEq":"2.5","cashBal":"2.5","ccy":"BTC","eq":"2.5","eqUsd":"105000","frozenBal":"0","upl":"0"},
        {"availBal":"","availEq":"0","cashBal":"0","ccy":"ETH","eq":"0","eqUsd":"0"},
        {"availBal":"","availEq":"837.4","cashBal":"837.4","ccy":"USDT","eq":"837.4355","eqUsd":"837.4"}
      ]}]}"#;

    #[test]
    fn parses_the_documented_time_example() {
        let e = Envelope::parse(TIME.as_bytes()).unwrap();
        assert!(e.is_success());
        assert_eq!(e.first::<ServerTime>().unwrap().unix_ms(), Some(1_597_026_383_085));
    }

    #[test]
    fn parses_the_documented_config_example() {
        let c: AccountConfig = Envelope::parse(CONFIG.as_bytes()).unwrap().first().unwrap();
        assert_eq!(c.perms(), vec!["read_only", "withdraw", "trade"]);
        assert!(c.ips().is_empty());
        assert_eq!(c.label, "v5 test");
        assert!(!c.is_sub_account());
        assert_eq!(c.mode(), Some(AccountMode::Futures));
    }

    #[test]
    fn parses_the_documented_balance_example() {
        let b: AccountBalance = Envelope::parse(BALANCE.as_bytes()).unwrap().first().unwrap();
        assert_eq!(b.total_eq_usd(), "55837.43556134779");
        assert_eq!(b.currencies(), vec!["BTC", "USDT"]);
    }

    #[test]
    fn a_new_account_has_an_empty_balance() {
        let b: AccountBalance = Envelope::parse(br#"{"code":"0","msg":"","data":[{"totalEq":"","details":[]}]}"#)
            .unwrap()
            .first()
            .unwrap();
        assert_eq!(b.total_eq_usd(), "0");
        assert!(b.currencies().is_empty());
    }

    #[test]
    fn error_envelopes_parse_with_any_data() {
        for body in [
            r#"{"code":"50105","data":[],"msg":"Header OK-ACCESS-PASSPHRASE incorrect"}"#,
            r#"{"msg":"API key doesn't exist","code":"50119"}"#,
            r#"{"code":50113,"msg":"Invalid Sign","data":null}"#,
            r#"{"code":"50110","msg":"x","data":{}}"#,
        ] {
            let e = Envelope::parse(body.as_bytes()).unwrap();
            assert!(!e.is_success(), "{body}");
            assert!(e.code.starts_with("501"), "{body}");
        }
    }

    #[test]
    fn tolerates_missing_extra_and_oddly_typed_fields() {
        let c: AccountConfig = Envelope::parse(
            br#"{"code":"0","data":[{"perm":"read_only , trade","ip":"1.2.3.4, 5.6.7.8","uid":123,"mainUid":456,"acctLv":1,"new":{"x":1}}]}"#,
        )
        .unwrap()
        .first()
        .unwrap();
        assert_eq!(c.perms(), vec!["read_only", "trade"]);
        assert_eq!(c.ips(), vec!["1.2.3.4", "5.6.7.8"]);
        assert!(c.is_sub_account());
        assert_eq!(c.mode(), Some(AccountMode::Spot));
        assert_eq!(c.label, "");
        let b: AccountBalance = Envelope::parse(br#"{"code":"0","data":[{"details":"oops"}]}"#)
            .unwrap()
            .first()
            .unwrap();
        assert!(b.details.is_empty());
    }

    #[test]
    fn non_envelopes_are_refused() {
        for body in [
            &b"<html><body>502 Bad Gateway</body></html>"[..],
            b"{\"code\":\"0\",\"msg\":\"\",\"da",
            b"[1,2,3]",
            b"{\"error\":\"nope\"}",
            b"",
        ] {
            assert!(Envelope::parse(body).is_none());
        }
    }

    #[test]
    fn empty_data_gives_none() {
        let e = Envelope::parse(br#"{"code":"0","msg":"","data":[]}"#).unwrap();
        assert!(e.first::<ServerTime>().is_none());
    }
}
