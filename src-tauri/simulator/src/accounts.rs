//! The simulator's practice accounts: one fixed, public API key per scenario the app must diagnose.
//!
//! Every value here is fake and deterministic, so the README, the `simulate` banner and the tests
//! can name them. API keys are UUID-shaped lower-case hex, secrets 32 upper-case hex characters and
//! passphrases follow OKX's documented rule (8-32 characters with a digit, an upper-case letter, a
//! lower-case letter and a special character), like real OKX keys.
//!
//! Each account also has the state a bot's first order depends on (OKX_FACTS §9): its account mode
//! (`acctLv`), its position mode (`posMode`), whether it lists perpetual swaps (an EEA or US
//! account does not), and where its money is (the Trading account, the Funding account).

use okx_key_core::error::ProblemKind;
use okx_key_core::Site;

/// What OKX thinks of a key, beyond its credentials.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeyState {
    /// Works normally.
    Active,
    /// Frozen by OKX: every signed request answers 50100.
    Frozen,
    /// OKX refuses the caller's IP for the region (not the key's whitelist): 50121.
    RegionRestricted,
    /// The key was deleted (for example after 14 idle days): 50111 `Invalid OK-ACCESS-KEY`.
    Deleted,
}

/// One currency line of the trading-account balance (numbers as OKX sends them: strings).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SimCurrency {
    pub ccy: String,
    /// Equity in this currency.
    pub eq: String,
    /// The same equity in USD.
    pub eq_usd: String,
}

/// OKX's account mode, `acctLv` in `account/config`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AcctMode {
    /// `1`: Spot mode (no swaps or futures).
    Spot,
    /// `2`: Futures mode ("Spot and futures mode").
    Futures,
    /// `3`: Multi-currency margin.
    MultiCurrency,
    /// `4`: Portfolio margin (net position mode only).
    Portfolio,
}

impl AcctMode {
    /// `acctLv` as OKX sends it.
    pub fn acct_lv(self) -> &'static str {
        match self {
            AcctMode::Spot => "1",
            AcctMode::Futures => "2",
            AcctMode::MultiCurrency => "3",
            AcctMode::Portfolio => "4",
        }
    }

    /// OKX's English name.
    pub fn name(self) -> &'static str {
        match self {
            AcctMode::Spot => "Spot mode",
            AcctMode::Futures => "Futures mode",
            AcctMode::MultiCurrency => "Multi-currency margin",
            AcctMode::Portfolio => "Portfolio margin",
        }
    }
}

/// OKX's position mode, `posMode` in `account/config`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PosMode {
    /// `net_mode`: "Buy/sell mode" (one-way).
    Net,
    /// `long_short_mode`: "Long/short mode" (hedge).
    LongShort,
}

impl PosMode {
    /// `posMode` as OKX sends it.
    pub fn as_okx(self) -> &'static str {
        match self {
            PosMode::Net => "net_mode",
            PosMode::LongShort => "long_short_mode",
        }
    }

    /// OKX's English name.
    pub fn name(self) -> &'static str {
        match self {
            PosMode::Net => "Buy/sell mode",
            PosMode::LongShort => "Long/short mode",
        }
    }
}

/// A practice account with one API key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SimAccount {
    /// Short name used on the command line and in tests (`good`, `eea`, ...).
    pub name: String,
    /// What this key demonstrates, in plain words (for the banner and the README).
    pub description: String,
    /// The API key (public practice value).
    pub api_key: String,
    /// The secret key (public practice value).
    pub secret_key: String,
    /// The passphrase (public practice value).
    pub passphrase: String,
    /// The only site whose simulator knows this key.
    pub site: Site,
    /// A Demo Trading key: needs `x-simulated-trading: 1`.
    pub demo: bool,
    /// `perm` as `account/config` reports it, e.g. `read_only,trade`.
    pub perm: String,
    /// IPs bound to the key; empty = no binding.
    pub ips: Vec<String>,
    /// The key's note (label).
    pub label: String,
    pub uid: String,
    pub main_uid: String,
    pub state: KeyState,
    /// `totalEq` of the trading account, in USD.
    pub total_eq: String,
    pub balances: Vec<SimCurrency>,
    /// The account mode (`acctLv`).
    pub acct_mode: AcctMode,
    /// The position mode (`posMode`); portfolio margin allows only [`PosMode::Net`].
    pub pos_mode: PosMode,
    /// Whether `account/instruments` lists perpetual swaps (false: a region-limited account, such
    /// as EEA or US). Spot is always listed.
    pub lists_swaps: bool,
    /// The Funding account, non-zero currencies only (`eq` is `bal`; `eq_usd` is kept so that
    /// money moved to the Trading account keeps its USD value).
    pub funding: Vec<SimCurrency>,
    /// The problem kinds the app should report when it tests this key on its own site and in its
    /// own mode (Live/Demo) from 127.0.0.1. Empty = every check passes.
    pub expect: Vec<ProblemKind>,
}

impl SimAccount {
    /// Whether `uid` differs from `mainUid`.
    pub fn is_sub_account(&self) -> bool {
        self.uid != self.main_uid
    }

    /// `perm` split into its parts.
    pub fn perms(&self) -> Vec<&str> {
        self.perm.split(',').map(str::trim).filter(|p| !p.is_empty()).collect()
    }

    /// The readiness state in one line (for the banner and the docs).
    pub fn state_text(&self) -> String {
        let funds = |c: &[SimCurrency]| {
            if c.is_empty() {
                "empty".to_owned()
            } else {
                c.iter()
                    .map(|c| format!("{} {}", c.eq, c.ccy))
                    .collect::<Vec<_>>()
                    .join(", ")
            }
        };
        format!(
            "{} (acctLv {}), {} ({}); lists {}; Trading: {}; Funding: {}",
            self.acct_mode.name(),
            self.acct_mode.acct_lv(),
            self.pos_mode.name(),
            self.pos_mode.as_okx(),
            if self.lists_swaps {
                "spot and swaps"
            } else {
                "spot only, no swaps"
            },
            funds(&self.balances),
            funds(&self.funding),
        )
    }
}

/// The account's state for readiness, apart from the key (see [`SimAccount`]'s fields).
#[derive(Debug, Clone, PartialEq, Eq)]
struct AcctState {
    mode: AcctMode,
    pos: PosMode,
    /// None: swaps are listed unless the site is EEA or US.
    swaps: Option<bool>,
    funding: Vec<SimCurrency>,
}

impl Default for AcctState {
    /// Futures mode, net position mode, no money in Funding (what most practice keys have).
    fn default() -> Self {
        AcctState {
            mode: AcctMode::Futures,
            pos: PosMode::Net,
            swaps: None,
            funding: Vec::new(),
        }
    }
}

/// Looks up a practice account by its short name.
pub fn practice_account(name: &str) -> Option<SimAccount> {
    practice_accounts().into_iter().find(|a| a.name == name)
}

const MAIN_UID: &str = "611234567890123456";

fn ccy(ccy: &str, eq: &str, eq_usd: &str) -> SimCurrency {
    SimCurrency {
        ccy: ccy.to_owned(),
        eq: eq.to_owned(),
        eq_usd: eq_usd.to_owned(),
    }
}

fn usdt_btc() -> (String, Vec<SimCurrency>) {
    (
        "1234.5678".to_owned(),
        vec![ccy("USDT", "834.5678", "834.5678"), ccy("BTC", "0.004", "400")],
    )
}

struct Spec {
    name: &'static str,
    description: &'static str,
    api_key: &'static str,
    secret_key: &'static str,
    passphrase: &'static str,
    site: Site,
    demo: bool,
    perm: &'static str,
    ips: &'static [&'static str],
    label: &'static str,
    uid: &'static str,
    state: KeyState,
    expect: &'static [ProblemKind],
}

impl Spec {
    fn build(self, total_eq: String, balances: Vec<SimCurrency>, state: AcctState) -> SimAccount {
        // OKX's EEA and US sites offer no perpetual swaps (OKX_FACTS §9.5).
        let region_limited = matches!(self.site, Site::Eea | Site::Us);
        SimAccount {
            name: self.name.to_owned(),
            description: self.description.to_owned(),
            api_key: self.api_key.to_owned(),
            secret_key: self.secret_key.to_owned(),
            passphrase: self.passphrase.to_owned(),
            site: self.site,
            demo: self.demo,
            perm: self.perm.to_owned(),
            ips: self.ips.iter().map(|s| (*s).to_owned()).collect(),
            label: self.label.to_owned(),
            uid: self.uid.to_owned(),
            main_uid: MAIN_UID.to_owned(),
            state: self.state,
            total_eq,
            balances,
            acct_mode: state.mode,
            pos_mode: state.pos,
            lists_swaps: state.swaps.unwrap_or(!region_limited),
            funding: state.funding,
            expect: self.expect.to_vec(),
        }
    }
}

/// The fixed practice accounts, one per scenario (see each `description`).
pub fn practice_accounts() -> Vec<SimAccount> {
    use KeyState::*;
    use ProblemKind as K;
    let mut out = Vec::new();
    let add = |out: &mut Vec<SimAccount>, spec: Spec, total: (String, Vec<SimCurrency>), state: AcctState| {
        out.push(spec.build(total.0, total.1, state))
    };
    let mut push = |spec: Spec, total: (String, Vec<SimCurrency>)| add(&mut out, spec, total, AcctState::default());

    push(
        Spec {
            name: "good",
            description: "A good bot key: Read + Trade, bound to 127.0.0.1, no withdrawal. Every check passes.",
            api_key: "6d2d3d84-9e34-4c05-94e1-c7da1293fd7f",
            secret_key: "5EBC552E6021AA32E756B50FA0CB5F15",
            passphrase: "Practice#Good1",
            site: Site::Global,
            demo: false,
            perm: "read_only,trade",
            ips: &["127.0.0.1"],
            label: "Practice_GoodBot",
            uid: MAIN_UID,
            state: Active,
            expect: &[],
        },
        usdt_btc(),
    );
    push(
        Spec {
            name: "no-ip",
            description:
                "Read + Trade with no IP binding: works, with a warning that OKX deletes such keys after 14 idle days.",
            api_key: "095cff13-78a7-414e-ba27-2628ebe3b58b",
            secret_key: "434C708EF7985C48C67E83AAFB9EB120",
            passphrase: "Practice#NoIp2",
            site: Site::Global,
            demo: false,
            perm: "read_only,trade",
            ips: &[],
            label: "Practice_NoIpBot",
            uid: MAIN_UID,
            state: Active,
            expect: &[K::NoIpBinding],
        },
        usdt_btc(),
    );
    push(
        Spec {
            name: "eea",
            description: "A key of my.okx.com (EEA): works on the eea site; on global or us it answers 50119, so the app should find its site.",
            api_key: "0d7bdd80-484c-4c34-b783-3fd6f156a8b2",
            secret_key: "AEEAE52A411A62681E92753A7B0FF6CD",
            passphrase: "Practice#Eea3",
            site: Site::Eea,
            demo: false,
            perm: "read_only,trade",
            ips: &["127.0.0.1"],
            label: "Practice_EeaBot",
            uid: MAIN_UID,
            state: Active,
            expect: &[],
        },
        ("980.25".to_owned(), vec![ccy("EUR", "500", "540.25"), ccy("USDC", "440", "440")]),
    );
    push(
        Spec {
            name: "us",
            description:
                "A key of app.okx.com (US and Australia): works on the us site; on global or eea it answers 50119.",
            api_key: "57d335d5-cc67-4450-a688-916683dbfab4",
            secret_key: "3549BA5CE62DA8D3BF7C6F452B713A03",
            passphrase: "Practice#Us4x",
            site: Site::Us,
            demo: false,
            perm: "read_only,trade",
            ips: &["127.0.0.1"],
            label: "Practice_UsBot",
            uid: MAIN_UID,
            state: Active,
            expect: &[],
        },
        ("250".to_owned(), vec![ccy("USD", "250", "250")]),
    );
    push(
        Spec {
            name: "tr",
            description:
                "A key of tr.okx.com (OKX TR, Türkiye): works on the tr site; on the other sites it answers 50119.",
            api_key: "3f0a6c2e-71b4-4d8e-9a35-c2e8b07d41f6",
            secret_key: "9D41E07B2C5A48F3B1E6D20A7C93F58E",
            passphrase: "Practice#Tr4y",
            site: Site::Tr,
            demo: false,
            perm: "read_only,trade",
            ips: &["127.0.0.1"],
            label: "Practice_TrBot",
            uid: MAIN_UID,
            state: Active,
            expect: &[],
        },
        (
            "1200.5".to_owned(),
            vec![ccy("TRY", "15000", "450.5"), ccy("USDT", "750", "750")],
        ),
    );
    push(
        Spec {
            name: "demo",
            description: "A Demo Trading key: works only with the demo header (x-simulated-trading: 1); tested as Live it answers 50101.",
            api_key: "c8159bfa-7316-4d33-8c35-688669c9dfb9",
            secret_key: "5B989776075827A5B8A61B44E7615137",
            passphrase: "Practice#Demo5",
            site: Site::Global,
            demo: true,
            perm: "read_only,trade",
            ips: &[],
            label: "Practice_DemoBot",
            uid: MAIN_UID,
            state: Active,
            // Demo keys never expire for inactivity, so no IP-binding warning is expected.
            expect: &[],
        },
        (
            "105000".to_owned(),
            vec![ccy("USDT", "5000", "5000"), ccy("BTC", "1", "100000")],
        ),
    );
    push(
        Spec {
            name: "read-only",
            description: "Read only: the balance is readable but a bot with this key cannot trade.",
            api_key: "b0bca299-32f1-4389-a739-cd18c7127b4d",
            secret_key: "9111797E6EE9CD28CCD22AC098F745BA",
            passphrase: "Practice#Read6",
            site: Site::Global,
            demo: false,
            perm: "read_only",
            ips: &[],
            label: "Practice_ReadOnly",
            uid: MAIN_UID,
            state: Active,
            expect: &[K::MissingTradePermission],
        },
        usdt_btc(),
    );
    push(
        Spec {
            name: "withdraw",
            description: "UNSAFE: Read + Trade + Withdraw. The app must say, in red, to delete it and create one without withdrawal.",
            api_key: "12382da1-6a03-47ad-bd14-06d102a7596a",
            secret_key: "0B5FED5D13558836AD0988587262A648",
            passphrase: "Practice#Draw7",
            site: Site::Global,
            demo: false,
            perm: "read_only,withdraw,trade",
            ips: &["127.0.0.1"],
            label: "Practice_Withdraw",
            uid: MAIN_UID,
            state: Active,
            expect: &[K::WithdrawEnabled],
        },
        usdt_btc(),
    );
    push(
        Spec {
            name: "other-ip",
            description: "Bound to 203.0.113.7 only: from this computer OKX answers 50110 and names the caller's IP.",
            api_key: "8da5f736-d53b-4bba-85f1-782776462385",
            secret_key: "19D70BB619053263AE2ADC35A91F5937",
            passphrase: "Practice#OtherIp8",
            site: Site::Global,
            demo: false,
            perm: "read_only,trade",
            ips: &["203.0.113.7"],
            label: "Practice_OtherIp",
            uid: MAIN_UID,
            state: Active,
            expect: &[K::IpNotAllowed],
        },
        usdt_btc(),
    );
    push(
        Spec {
            name: "frozen",
            description: "Frozen by OKX: answers 50100 (contact OKX support or create a new key).",
            api_key: "e6b92a09-804b-463f-bbba-27af479d1341",
            secret_key: "FABBA38C41E724BF0158FE170A116A54",
            passphrase: "Practice#Frozen9",
            site: Site::Global,
            demo: false,
            perm: "read_only,trade",
            ips: &["127.0.0.1"],
            label: "Practice_Frozen",
            uid: MAIN_UID,
            state: Frozen,
            expect: &[K::KeyFrozen],
        },
        usdt_btc(),
    );
    push(
        Spec {
            name: "region",
            description: "Region restricted: OKX refuses service from the caller's IP and answers 50121.",
            api_key: "2652b4ba-f31e-4b76-a9f9-2cd0b2f9e77b",
            secret_key: "3E3FDA4EE38564B213BF9AE45D77AD9E",
            passphrase: "Practice#Region10",
            site: Site::Global,
            demo: false,
            perm: "read_only,trade",
            ips: &["127.0.0.1"],
            label: "Practice_Region",
            uid: MAIN_UID,
            state: RegionRestricted,
            expect: &[K::RegionRestricted],
        },
        usdt_btc(),
    );
    push(
        Spec {
            name: "deleted",
            description: "Deleted (as after 14 idle days without IP binding): answers 50111 Invalid OK-ACCESS-KEY.",
            api_key: "d51f01da-8eee-46f2-8907-1cd071ea4742",
            secret_key: "6B857408F9140F419AB166DC5DB0A404",
            passphrase: "Practice#Gone11",
            site: Site::Global,
            demo: false,
            perm: "read_only,trade",
            ips: &[],
            label: "Practice_Deleted",
            uid: MAIN_UID,
            state: Deleted,
            expect: &[K::UnknownKey],
        },
        usdt_btc(),
    );
    push(
        Spec {
            name: "sub-account",
            description:
                "A sub-account's key (uid differs from mainUid): works; the app should say it belongs to a sub-account.",
            api_key: "0c8c2af6-db5a-4dd7-801e-59c8f527a7ce",
            secret_key: "55041DAB14A587DABC5B7ACFC37FB0C4",
            passphrase: "Practice#Sub12",
            site: Site::Global,
            demo: false,
            perm: "read_only,trade",
            ips: &["127.0.0.1"],
            label: "Practice_SubAccount",
            uid: "611234567890999001",
            state: Active,
            expect: &[],
        },
        ("300".to_owned(), vec![ccy("USDT", "300", "300")]),
    );
    push(
        Spec {
            name: "empty",
            description:
                "A new account with nothing in the trading account: totalEq 0 and no currencies, still a success.",
            api_key: "06510bda-6f76-4478-8bfc-ecea364646d9",
            secret_key: "367B0CFB7C7E99522F52BC26E98270C3",
            passphrase: "Practice#Empty13",
            site: Site::Global,
            demo: false,
            perm: "read_only,trade",
            ips: &["127.0.0.1"],
            label: "Practice_EmptyWallet",
            uid: MAIN_UID,
            state: Active,
            expect: &[],
        },
        ("0".to_owned(), Vec::new()),
    );
    add(
        &mut out,
        Spec {
            name: "multi-currency",
            description:
                "Several currencies in the trading account (USDT, BTC, ETH, SOL, OKB), to compare with OKX's own page.",
            api_key: "4197c05f-f9d4-4912-be60-a99a039c239e",
            secret_key: "DECF520FC2DB9E32F211341921BCCDED",
            passphrase: "Practice#Multi14",
            site: Site::Global,
            demo: false,
            perm: "read_only,trade",
            ips: &["127.0.0.1"],
            label: "Practice_MultiCcy",
            uid: MAIN_UID,
            state: Active,
            expect: &[],
        },
        (
            "15432.1".to_owned(),
            vec![
                ccy("USDT", "2500", "2500"),
                ccy("BTC", "0.1", "10000"),
                ccy("ETH", "0.75", "2250"),
                ccy("SOL", "3", "450"),
                ccy("OKB", "4.5", "232.1"),
            ],
        ),
        AcctState {
            funding: vec![ccy("USDT", "120", "120")],
            ..AcctState::default()
        },
    );

    // One account per readiness state (OKX_FACTS §9): every KEY check passes; what differs is
    // whether a bot's first order can go through.
    let ready = |name, description, api_key, secret_key, passphrase, site, label| Spec {
        name,
        description,
        api_key,
        secret_key,
        passphrase,
        site,
        demo: false,
        perm: "read_only,trade",
        ips: &["127.0.0.1"],
        label,
        uid: MAIN_UID,
        state: Active,
        expect: &[],
    };
    use AcctMode::*;
    add(
        &mut out,
        ready(
            "spot-mode",
            "Spot mode (acctLv 1), money in the Trading account: ready for spot; a bot on perpetual swaps is not (account_mode_spot_only).",
            "4011a30d-0b4c-45fe-94a8-f66a7770852c",
            "27A5F9E25764ED472D07A5C75F1EABBD",
            "Practice#SpotMode15",
            Site::Global,
            "Practice_SpotMode",
        ),
        usdt_btc(),
        AcctState {
            mode: Spot,
            ..AcctState::default()
        },
    );
    add(
        &mut out,
        ready(
            "futures-net",
            "Futures mode (acctLv 2) in Buy/sell mode (net_mode): ready for spot and swaps, except for a bot that needs Long/short mode (Passivbot: position_mode_needs_long_short).",
            "cb62bf5f-8593-49d6-8a86-9f556312947a",
            "193F04FC4305D16F7D8C139BBD9F5D44",
            "Practice#FutNet16",
            Site::Global,
            "Practice_FuturesNet",
        ),
        usdt_btc(),
        AcctState::default(),
    );
    add(
        &mut out,
        ready(
            "futures-hedge",
            "Futures mode (acctLv 2) in Long/short mode (long_short_mode): ready for Passivbot on swaps; a bot that needs Buy/sell mode is not (OctoBot: position_mode_needs_net).",
            "1598d01a-2c9d-417c-a414-40998df8dd50",
            "4730E9417DEF6CC89AA30AC228FFFA2F",
            "Practice#FutHedge17",
            Site::Global,
            "Practice_FuturesHedge",
        ),
        usdt_btc(),
        AcctState {
            pos: PosMode::LongShort,
            ..AcctState::default()
        },
    );
    add(
        &mut out,
        ready(
            "portfolio",
            "Portfolio margin (acctLv 4), Buy/sell mode (the only one it allows): not ready for Passivbot, which needs Long/short mode.",
            "3455cb74-c5e9-43ba-bc37-308fe2bfa372",
            "0A9867C774300352D51892233D826A32",
            "Practice#Portfolio18",
            Site::Global,
            "Practice_Portfolio",
        ),
        usdt_btc(),
        AcctState {
            mode: Portfolio,
            ..AcctState::default()
        },
    );
    add(
        &mut out,
        ready(
            "eea-no-swaps",
            "A key of my.okx.com (EEA) in Futures mode whose account lists no perpetual swaps: ready for spot; swaps are not offered (market_not_offered).",
            "5b39961a-353d-4bd7-aee7-ca1e09369b95",
            "E10180E41CFEB928DB0E1BC8DEAE619D",
            "Practice#EeaSpot19",
            Site::Eea,
            "Practice_EeaNoSwaps",
        ),
        ("1000".to_owned(), vec![ccy("USDC", "1000", "1000")]),
        AcctState {
            swaps: Some(false),
            ..AcctState::default()
        },
    );
    add(
        &mut out,
        ready(
            "funding-only",
            "Futures mode with the Trading account empty and 250 USDT in the Funding account: not ready until the money is moved to Trading (funds_in_funding_account).",
            "e371680e-2d34-43dd-a99d-c16f02ce7429",
            "A06161DF6EFB6BD1AD44848D003746DB",
            "Practice#Funding20",
            Site::Global,
            "Practice_FundingOnly",
        ),
        ("0".to_owned(), Vec::new()),
        AcctState {
            funding: vec![ccy("USDT", "250", "250")],
            ..AcctState::default()
        },
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    fn is_hex(s: &str, upper: bool) -> bool {
        s.chars().all(|c| {
            c.is_ascii_digit()
                || if upper {
                    ('A'..='F').contains(&c)
                } else {
                    ('a'..='f').contains(&c)
                }
        })
    }

    #[test]
    fn keys_look_like_okx_keys() {
        for a in practice_accounts() {
            let parts: Vec<&str> = a.api_key.split('-').collect();
            let lens: Vec<usize> = parts.iter().map(|p| p.len()).collect();
            assert_eq!(lens, [8, 4, 4, 4, 12], "{}", a.name);
            assert!(parts.iter().all(|p| is_hex(p, false)), "{}", a.name);
            assert_eq!(a.secret_key.len(), 32, "{}", a.name);
            assert!(is_hex(&a.secret_key, true), "{}", a.name);
        }
    }

    #[test]
    fn passphrases_meet_okx_rules() {
        for a in practice_accounts() {
            let p = &a.passphrase;
            assert!((8..=32).contains(&p.chars().count()), "{}", a.name);
            assert!(p.chars().any(|c| c.is_ascii_digit()), "{}", a.name);
            assert!(p.chars().any(|c| c.is_ascii_uppercase()), "{}", a.name);
            assert!(p.chars().any(|c| c.is_ascii_lowercase()), "{}", a.name);
            assert!(p.chars().any(|c| !c.is_ascii_alphanumeric()), "{}", a.name);
        }
    }

    #[test]
    fn names_keys_and_labels_are_unique() {
        let all = practice_accounts();
        for f in [
            |a: &SimAccount| a.name.clone(),
            |a: &SimAccount| a.api_key.clone(),
            |a: &SimAccount| a.label.clone(),
        ] {
            let set: HashSet<String> = all.iter().map(f).collect();
            assert_eq!(set.len(), all.len());
        }
        assert!(all
            .iter()
            .all(|a| a.label.len() <= 50 && a.label.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')));
    }

    #[test]
    fn total_equity_matches_the_currencies() {
        for a in practice_accounts() {
            let sum: f64 = a.balances.iter().map(|c| c.eq_usd.parse::<f64>().unwrap()).sum();
            let total: f64 = a.total_eq.parse().unwrap();
            assert!((sum - total).abs() < 0.01, "{}: {sum} vs {total}", a.name);
        }
    }

    #[test]
    fn every_required_scenario_is_covered() {
        let all = practice_accounts();
        let has = |f: &dyn Fn(&SimAccount) -> bool| all.iter().any(f);
        assert!(has(&|a| a.name == "good"
            && a.ips == ["127.0.0.1"]
            && a.perm == "read_only,trade"
            && a.expect.is_empty()));
        assert!(has(&|a| a.ips.is_empty() && a.perms().contains(&"trade") && !a.demo));
        assert!(has(&|a| a.site == Site::Eea));
        assert!(has(&|a| a.site == Site::Us));
        assert!(has(&|a| a.site == Site::Tr));
        assert!(has(&|a| a.demo));
        assert!(has(&|a| a.perm == "read_only"));
        assert!(has(&|a| a.perms().contains(&"withdraw")));
        assert!(has(&|a| a.ips == ["203.0.113.7"]));
        assert!(has(&|a| a.state == KeyState::Frozen));
        assert!(has(&|a| a.state == KeyState::RegionRestricted));
        assert!(has(&|a| a.state == KeyState::Deleted));
        assert!(has(&|a| a.is_sub_account()));
        assert!(has(&|a| a.balances.is_empty() && a.total_eq == "0"));
        assert!(has(&|a| a.balances.len() >= 4));
        assert_eq!(practice_account("good").unwrap().label, "Practice_GoodBot");
    }
}
