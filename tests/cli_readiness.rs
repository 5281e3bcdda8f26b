//! "Ready for your bot" through the real binary against the simulator's practice accounts:
//! `verify --bot B --market M` for each reason kind, exit status 4 (and 1 and 3 before it), the
//! JSON's `readiness` object, usage mistakes; and, in a real Secret Service, `save --bot` keeping
//! the choice and `check` using it, with a position mode changed on the simulator while it runs.
//!
//! ```text
//! tests/session.sh cargo test --test cli_readiness
//! ```
#![cfg(target_os = "linux")]

mod cli_common;

use cli_common::keyring::{have_keyring, Saved};
use cli_common::own_sims::OwnSims;
use cli_common::*;
use okx_simulator::practice_account;
use serde_json::Value;

/// `verify --json --bot BOT --market MARKET [extra]` with the practice key `key`.
fn ready(key: &str, bot: &str, market: &str, extra: &[&str]) -> (i32, Value, Run) {
    let mut args = vec!["verify", "--json", "--bot", bot, "--market", market];
    args.extend_from_slice(extra);
    let (r, a) = with_key(key, &args, as_is);
    assert_no_secrets(&r, &a);
    let v = json(&r);
    (r.code, v, r)
}

fn reason_kinds(v: &Value) -> Vec<String> {
    v["readiness"]["reasons"]
        .as_array()
        .unwrap_or_else(|| panic!("no readiness reasons: {v}"))
        .iter()
        .map(|r| r["kind"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn each_reason_kind_from_its_practice_account() {
    // (key, bot, market, extra flags, expected exit, expected ready, expected kinds)
    type Case<'a> = (&'a str, &'a str, &'a str, &'a [&'a str], i32, Value, &'a [&'a str]);
    let cases: &[Case] = &[
        ("good", "freqtrade", "spot", &[], 0, Value::Bool(true), &[]),
        (
            "futures-net",
            "passivbot",
            "swap",
            &[],
            4,
            Value::Bool(false),
            &["position_mode_needs_long_short"],
        ),
        ("futures-hedge", "passivbot", "swap", &[], 0, Value::Bool(true), &[]),
        (
            "futures-hedge",
            "octobot",
            "swap",
            &[],
            4,
            Value::Bool(false),
            &["position_mode_needs_net"],
        ),
        (
            "futures-hedge",
            "python-ccxt",
            "swap",
            &[],
            0,
            Value::Bool(true),
            &["position_mode_needs_net"],
        ),
        (
            "spot-mode",
            "python-okx",
            "swap",
            &[],
            4,
            Value::Bool(false),
            &["account_mode_spot_only"],
        ),
        ("spot-mode", "python-okx", "spot", &[], 0, Value::Bool(true), &[]),
        (
            "portfolio",
            "passivbot",
            "swap",
            &[],
            4,
            Value::Bool(false),
            &["account_mode_not_for_bot"],
        ),
        (
            "eea-no-swaps",
            "python-okx",
            "swap",
            &["--site", "eea"],
            4,
            Value::Bool(false),
            &["market_not_offered"],
        ),
        (
            "funding-only",
            "hummingbot",
            "spot",
            &[],
            4,
            Value::Bool(false),
            &["funds_in_funding_account"],
        ),
        (
            "demo",
            "freqtrade",
            "spot",
            &["--demo"],
            4,
            Value::Bool(false),
            &["demo_not_supported_by_bot"],
        ),
        ("demo", "python-ccxt", "spot", &["--demo"], 0, Value::Bool(true), &[]),
        (
            "sub-account",
            "okx-agent",
            "spot",
            &[],
            0,
            Value::Bool(true),
            &["sub_account"],
        ),
    ];
    for (key, bot, market, extra, code, want_ready, kinds) in cases {
        let (got, v, r) = ready(key, bot, market, extra);
        let what = format!("{key} {bot} {market}: {}\n{}", r.stdout, r.stderr);
        assert_eq!(v["verified"], true, "{what}");
        assert_eq!(got, *code, "{what}");
        assert_eq!(v["readiness"]["bot"], *bot, "{what}");
        assert_eq!(v["readiness"]["market"], *market, "{what}");
        assert_eq!(v["readiness"]["ready"], *want_ready, "{what}");
        assert_eq!(reason_kinds(&v), kinds.to_vec(), "{what}");
        for reason in v["readiness"]["reasons"].as_array().unwrap() {
            for field in ["message", "fix"] {
                let words = reason[field].as_str().unwrap_or_default();
                assert!(words.len() > 20, "{field} of {reason} is too short: {what}");
            }
            assert!(["error", "warning", "info"].contains(&reason["severity"].as_str().unwrap()));
        }
        assert!(
            v["readiness"]["headline"]
                .as_str()
                .is_some_and(|h| h.contains(&bot_name(bot))),
            "{what}"
        );
    }
    assert_only_gets();
}

/// The bot's name as English headlines write it (a product's own name, or the catalog's words).
fn bot_name(id: &str) -> String {
    let kind = okx_key_core::bots::BotKind::from_id(id).unwrap();
    kind.product().unwrap_or("your web platform").to_owned()
}

#[test]
fn the_fix_names_where_on_okx_and_the_report_says_it_in_words() {
    let (code, v, _) = ready("futures-net", "passivbot", "swap", &[]);
    assert_eq!(code, 4);
    let reason = &v["readiness"]["reasons"][0];
    assert_eq!(reason["severity"], "error");
    let fix = reason["fix"].as_str().unwrap();
    assert!(fix.contains("Position mode") && fix.contains("Long/short"), "{fix}");
    // The report (no --json) carries the headline and the fix.
    let (r, _) = with_key(
        "futures-net",
        &["verify", "--bot", "passivbot", "--market", "swap"],
        as_is,
    );
    assert_eq!(r.code, 4, "{}\n{}", r.stdout, r.stderr);
    assert!(r.stdout.contains("Not ready for Passivbot"), "{}", r.stdout);
}

#[test]
fn without_bot_readiness_is_null_and_exit_statuses_1_and_3_come_first() {
    let (r, _) = with_key("futures-net", &["verify", "--json"], as_is);
    assert_eq!(r.code, 0);
    assert_eq!(json(&r)["readiness"], Value::Null);
    // Withdraw (3) before not ready (4).
    let (code, v, _) = ready("withdraw", "passivbot", "swap", &[]);
    assert_eq!(code, 3, "{v}");
    // A key that fails (1): no readiness.
    let (r, _) = with_key(
        "futures-net",
        &["verify", "--json", "--bot", "passivbot", "--market", "swap"],
        |k, v| {
            if k == "OKX_PASSPHRASE" {
                format!("{v}x")
            } else {
                v.to_owned()
            }
        },
    );
    assert_eq!(r.code, 1);
    assert_eq!(json(&r)["readiness"], Value::Null);
}

#[test]
fn usage_mistakes_exit_2_and_name_the_valid_ids() {
    let (r, _) = with_key("good", &["verify", "--bot", "jesse"], as_is);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("passivbot") && !r.stderr.contains("jesse"),
        "{}",
        r.stderr
    );
    let (r, _) = with_key("good", &["verify", "--market", "swap"], as_is);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("--bot"), "{}", r.stderr);
    let (r, _) = with_key("good", &["verify", "--bot", "freqtrade", "--market", "futures"], as_is);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("spot, swap"), "{}", r.stderr);
    let help = cli(&["verify", "--help"], &[]);
    assert!(
        help.stdout.contains("--bot BOT") && help.stdout.contains("Exit status 4"),
        "{}",
        help.stdout
    );
}

#[test]
fn save_keeps_the_bot_and_check_uses_it_as_the_position_mode_changes() {
    if !have_keyring("save_keeps_the_bot_and_check_uses_it") {
        return;
    }
    const LABEL: &str = "ReadyPassivbot_cli";
    // Forgets the label at the end, also when the test fails.
    let mut saved = Saved::default();
    saved.claim(LABEL);
    let sims = OwnSims::start();
    let data = tempfile::tempdir().unwrap();
    let a = practice_account("futures-net").unwrap();
    let mut env: Vec<(&str, String)> = sims.env();
    env.push(("XDG_DATA_HOME", data.path().to_str().unwrap().to_owned()));
    let run = |args: &[&str], with_key: bool| {
        let mut e = env.clone();
        if with_key {
            e.extend(key_env(&a));
        }
        let refs: Vec<(&str, &str)> = e.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let r = cli(args, &refs);
        assert_no_secrets(&r, &a);
        r
    };

    // Saved although not ready (the key is fine): exit 4, and the record keeps the choice.
    let r = run(&["save", LABEL, "--bot", "passivbot", "--market", "swap"], true);
    assert_eq!(r.code, 4, "{}\n{}", r.stdout, r.stderr);
    let listed = run(&["list", "--json"], false);
    let rows: Value = serde_json::from_str(&listed.stdout).unwrap();
    let row = rows
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["label"] == LABEL)
        .unwrap()
        .clone();
    assert_eq!(
        (row["bot"].as_str(), row["market"].as_str()),
        (Some("passivbot"), Some("swap")),
        "{row}"
    );

    // check uses the saved bot: not ready (4), the reason in the JSON.
    let check = |want: i32| {
        let r = run(&["check", "--json", LABEL], false);
        assert_eq!(r.code, want, "{}\n{}", r.stdout, r.stderr);
        let arr: Value = serde_json::from_str(&r.stdout).unwrap();
        arr[0].clone()
    };
    let first = check(4);
    assert_eq!(reason_kinds(&first), vec!["position_mode_needs_long_short"]);

    // The user switches the position mode on OKX: ready, and the change is a drift (warning).
    sims.control("posmode futures-net long-short");
    let second = check(0);
    assert_eq!(second["readiness"]["ready"], true, "{second}");
    let drift: Vec<&str> = second["drift"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["kind"].as_str().unwrap())
        .collect();
    assert_eq!(drift, vec!["position_mode_changed"]);
    assert_eq!(second["drift"][0]["severity"], "warning");

    // verify --keychain uses the saved choice too, and --bot overrides it.
    let r = run(&["verify", "--json", "--keychain", LABEL], false);
    assert_eq!(json(&r)["readiness"]["bot"], "passivbot");
    let r = run(
        &[
            "verify",
            "--json",
            "--keychain",
            LABEL,
            "--bot",
            "octobot",
            "--market",
            "swap",
        ],
        false,
    );
    assert_eq!(r.code, 4);
    assert_eq!(reason_kinds(&json(&r)), vec!["position_mode_needs_net"]);
    assert_only_gets();

    // The network policy: every request was a GET to a path of the allowlist, exactly as the
    // allowlist writes it (query included), and the readiness paths were among them.
    let seen = sims.stop();
    let allowed: Vec<&str> = okx_key_core::okx::ApiPath::ALL.iter().map(|p| p.path()).collect();
    assert!(seen.len() >= 12, "{seen:?}");
    for r in &seen {
        assert_eq!(r.method, "GET", "{r:?}");
        assert!(allowed.contains(&r.path.as_str()), "not in the allowlist: {r:?}");
    }
    for readiness in [
        "/api/v5/account/instruments?instType=SWAP&instId=BTC-USDT-SWAP",
        "/api/v5/asset/balances",
    ] {
        assert!(seen.iter().any(|r| r.path == readiness), "{readiness} was never asked");
    }
}
