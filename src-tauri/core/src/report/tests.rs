//! Content tests of the report: a passing key, a withdraw-enabled key, a failed test, saved and
//! not saved, and the one-line summary.

use super::*;
use crate::error::{Problem, ProblemKind, Severity};
use crate::okx::Site;
use crate::outcome::{AccountInfo, Balance, Check, CheckId, CheckStatus, Permissions};
use crate::secret::redact_key;
use time::format_description::well_known::Rfc3339;

const KEY: &str = "6f1c2d3e-aaaa-bbbb-cccc-0123456a5a41";

fn at(s: &str) -> OffsetDateTime {
    OffsetDateTime::parse(s, &Rfc3339).unwrap()
}

fn passing() -> Verification {
    Verification {
        verified: true,
        safe: true,
        site: Site::Global,
        api_host: "www.okx.com".into(),
        demo: false,
        label: Some("BitcoinEra_GridBot".into()),
        api_key_redacted: redact_key(KEY),
        permissions: Some(Permissions {
            read: true,
            trade: true,
            withdraw: false,
        }),
        ip_whitelist: vec!["203.0.113.7".into()],
        clock_skew_ms: Some(120),
        balance: Some(Balance {
            total_eq_usd: "1234.5678".into(),
            currencies: vec!["USDT".into(), "BTC".into()],
        }),
        trimmed: vec![crate::credentials::TrimNote::example_trailing_space()],
        problems: vec![],
        checked_at: "2026-11-26T18:00:00.000Z".into(),
        checks: vec![Check {
            id: CheckId::Withdraw,
            title: "Cannot withdraw".into(),
            status: CheckStatus::Pass,
            detail: "Withdraw is off.".into(),
            fix: None,
        }],
        account: Some(AccountInfo {
            sub_account: false,
            mode: Some(crate::outcome::AccountMode::Spot),
            position_mode: None,
        }),
        works_with: None,
        site_detected: false,
        readiness: None,
    }
}

fn withdraw_enabled() -> Verification {
    let mut v = passing();
    v.safe = false;
    v.permissions = Some(Permissions {
        read: true,
        trade: true,
        withdraw: true,
    });
    v.problems = vec![Problem::new(
        ProblemKind::WithdrawEnabled,
        "This key can withdraw funds.",
        "Delete it on OKX and create a new key without Withdraw.",
    )
    .with_severity(Severity::Danger)];
    v
}

fn wrong_passphrase() -> Verification {
    let mut v = passing();
    v.verified = false;
    v.safe = false;
    v.label = None;
    v.permissions = None;
    v.ip_whitelist = vec![];
    v.balance = None;
    v.account = None;
    v.checks = vec![];
    v.problems = vec![Problem::new(
        ProblemKind::WrongPassphrase,
        "OKX says the passphrase is wrong.",
        "Copy the passphrase again from your password manager; it is case-sensitive.",
    )
    .with_okx_code("50105")];
    v
}

fn saved_record() -> SaveRecord {
    SaveRecord {
        backend: "Secret Service (GNOME Keyring)".into(),
        service: "okx-key-assistant".into(),
        user: "BitcoinEra_GridBot".into(),
        saved_at: "2026-11-26T18:00:03.000Z".into(),
        replaced: false,
    }
}

fn all_ticked() -> Confirmations {
    let t = Some(true);
    Confirmations {
        golden_rules: t,
        withdraw_left_off: t,
        saved_in_password_manager: t,
        one_key_per_bot: t,
        bot_shows_balance: t,
        bot_connected: t,
        bot_no_errors: t,
        okx_last_used_recent: t,
        okx_no_suspicious_access: t,
    }
}

fn report(v: &Verification, saved: Option<&SaveRecord>, c: &Confirmations) -> String {
    let input = ReportInput {
        verification: v,
        saved,
        confirmations: c,
        generated_at: at("2026-11-26T18:00:05Z"),
        local_offset: Some(UtcOffset::from_hms(1, 0, 0).unwrap()),
    };
    render(&input)
}

/// `text` holds `want`, as written or with line breaks and runs of spaces taken as one space.
fn has(text: &str, want: impl AsRef<str>) -> bool {
    let flat = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let want = want.as_ref();
    text.contains(want) || flat(text).contains(&flat(want))
}

fn assert_fits(text: &str) {
    for l in text.lines() {
        assert!(l.chars().count() <= 78, "line too long ({}): {l}", l.chars().count());
        assert_eq!(l, l.trim_end(), "trailing space: {l:?}");
    }
}

#[test]
fn passing_key_report_states_what_was_verified() {
    let v = passing();
    let r = report(&v, Some(&saved_record()), &all_ticked());
    println!("{r}");
    assert_fits(&r);
    for want in [
        "OKX Key Assistant - confirmation report",
        "RESULT: VERIFIED. OKX accepted this key. It can read and trade, and it",
        "2026-11-26 18:00:00 UTC",
        "2026-11-26 19:00:00 local time (UTC+01:00)",
        "Report made:   2026-11-26 18:00:05 UTC",
        concat!("OKX Key Assistant ", env!("CARGO_PKG_VERSION")),
        "Site:          okx.com (global)",
        "API host:      www.okx.com",
        "Live (real funds)",
        "Label:         BitcoinEra_GridBot",
        "API key:       6f1c…5a41 (only the first 4 and last 4 characters)",
        "Read:          yes",
        "Trade:         yes",
        "Withdraw:      off (safe)",
        "IP binding:    bound to 203.0.113.7",
        "1,234.57 USD total equity, in 2 currencies: USDT, BTC",
        "this computer is 0.1 seconds behind OKX's clock (fine)",
        "API key: removed 1 trailing space",
        "[ok]   Cannot withdraw: Withdraw is off.",
        "Problems and warnings\n---------------------\n  None.",
        "https://www.okx.com/account/my-api",
        "\"Last used\"",
        "Risk",
        "not financial advice",
        "no secret key, no passphrase",
    ] {
        assert!(has(&r, want), "missing {want:?} in\n{r}");
    }
    assert!(!has(&r, "DANGER"));
    assert!(!has(&r, "NOT VERIFIED"));
    assert!(!has(&r, "(not asked)"));
    assert!(r.ends_with('\n') && !r.ends_with("\n\n"));
}

#[test]
fn withdraw_enabled_key_is_called_unsafe() {
    let v = withdraw_enabled();
    let r = report(&v, None, &all_ticked());
    println!("{r}");
    assert_fits(&r);
    assert!(has(&r, "RESULT: UNSAFE - THIS KEY CAN WITHDRAW"), "{r}");
    assert!(has(&r, "!".repeat(78)));
    assert!(has(&r, "Withdraw:      ON - DANGER"));
    assert!(has(&r, "!! DANGER: this key can move your funds out of OKX"));
    assert!(has(&r, "1. DANGER: This key can withdraw funds."));
    assert!(has(&r, "The test found Withdraw ON."));
    assert!(has(&r, "Do not give this key to a bot"));
    assert!(has(&r, "Open https://www.okx.com/account/my-api and delete this key"));
    assert!(has(
        &r,
        "Not saved: the app saves only a verified key that cannot withdraw."
    ));
    assert!(!has(&r, "off (safe)"));
    assert!(!has(&r, "RESULT: VERIFIED"));
    assert_eq!(summary_line(&v), "Unsafe: this key can withdraw");
}

#[test]
fn withdraw_on_without_a_problem_is_still_unsafe() {
    let mut v = withdraw_enabled();
    v.problems.clear();
    v.safe = true; // an inconsistent input must not hide the danger
    let r = report(&v, None, &Confirmations::not_asked());
    assert!(has(&r, "RESULT: UNSAFE"));
    assert!(has(&r, "DANGER: This key has the Withdraw permission"));
}

#[test]
fn failed_test_still_reports_what_failed_and_the_fix() {
    let v = wrong_passphrase();
    let r = report(&v, None, &Confirmations::not_asked());
    println!("{r}");
    assert_fits(&r);
    for want in [
        "RESULT: NOT VERIFIED. The key did not pass the test: wrong passphrase.",
        "1. Problem: OKX says the passphrase is wrong. (OKX code 50105)",
        "What to do: Copy the passphrase again from your password manager",
        "Permissions:   not checked (the test stopped before this)",
        "IP binding:    not checked",
        "Balance:       not checked",
        "Label:         (none)",
        "Not saved: the app saves only a verified key",
        "Nothing was asked",
        "[-] You read these rules and will follow them. (not asked)",
        "[-] The bot's dashboard shows your OKX balance. (not asked)",
        "Fix the problems listed above; each one says what to do.",
        "Test the key again.",
    ] {
        assert!(has(&r, want), "missing {want:?} in\n{r}");
    }
    assert!(!has(&r, "RESULT: VERIFIED"));
    assert!(!has(&r, "off (safe)"));
    assert!(!has(&r, "14 days")); // no IP warning for a key we know nothing about
    assert_eq!(summary_line(&v), "Not verified: wrong passphrase");
}

#[test]
fn saved_and_not_saved_differ_only_where_they_should() {
    let v = passing();
    let c = all_ticked();
    let rec = saved_record();
    let with = report(&v, Some(&rec), &c);
    let without = report(&v, None, &c);
    assert!(has(&with, "Saved in:      Secret Service (GNOME Keyring)"));
    assert!(has(&with, "Service:       okx-key-assistant"));
    assert!(has(&with, "User:          BitcoinEra_GridBot (the key's label)"));
    assert!(has(&with, "Saved at:      2026-11-26 18:00:03 UTC"));
    assert!(has(
        &with,
        "keyring.get_password(\"okx-key-assistant\", \"BitcoinEra_GridBot\")"
    ));
    assert!(has(&with, "system keychain (service \"okx-key-assistant\", user"));
    assert!(!has(&with, "Not saved"));
    assert!(has(&without, "Not saved in the system keychain."));
    assert!(!has(&without, "Saved in:"));
    assert!(!has(&without, "keyring.get_password"));

    let replaced = SaveRecord { replaced: true, ..rec };
    assert!(has(
        &report(&v, Some(&replaced), &c),
        "It replaced a key saved earlier under the same label."
    ));
}

#[test]
fn no_ip_binding_warns_about_the_14_days_live_but_not_demo() {
    let mut v = passing();
    v.ip_whitelist.clear();
    let r = report(&v, None, &all_ticked());
    assert!(
        has(&r, "IP binding:    none. Warning: OKX deletes a key that can trade"),
        "{r}"
    );
    assert!(has(&r, "1. Warning: The key is not bound to an IP address."));
    assert!(has(&r, "at least once every 14 days"));
    assert!(has(&r, "RESULT: VERIFIED."), "a warning is not a failure");
    assert_eq!(summary_line(&v), "Verified: safe, can read and trade, no withdraw");

    v.demo = true;
    let r = report(&v, None, &all_ticked());
    assert!(has(&r, "Demo trading"));
    assert!(has(&r, "OKX does not delete idle demo keys"));
    assert!(!has(&r, "14 days"));
}

#[test]
fn clock_skew_is_a_warning_with_a_fix() {
    let mut v = passing();
    v.clock_skew_ms = Some(-12_400);
    let r = report(&v, None, &all_ticked());
    assert!(
        has(
            &r,
            "this computer is 12 seconds ahead of OKX's clock (warning: see below)"
        ),
        "{r}"
    );
    assert!(has(
        &r,
        "Warning: This computer's clock is 12 seconds ahead of OKX's clock."
    ));
    assert!(has(&r, "Turn on automatic date and time"));
    // A problem the test already reported is not repeated.
    v.problems
        .push(Problem::warning(ProblemKind::ClockSkew, "Clock off.", "Sync it."));
    let r = report(&v, None, &all_ticked());
    assert_eq!(r.matches("Warning: ").count(), 1, "{r}");
}

#[test]
fn missing_trade_makes_it_not_ready() {
    let mut v = passing();
    v.permissions = Some(Permissions {
        read: true,
        trade: false,
        withdraw: false,
    });
    let r = report(&v, None, &all_ticked());
    assert!(has(&r, "RESULT: VERIFIED, BUT NOT READY FOR A BOT"), "{r}");
    assert!(has(&r, "Trade:         NO - a bot needs it"));
    assert!(has(
        &r,
        "Edit the key on https://www.okx.com/account/my-api, switch Trade on"
    ));
    assert_eq!(summary_line(&v), "Verified: safe, can read but not trade, no withdraw");
}

#[test]
fn confirmations_show_ticked_unticked_and_not_asked() {
    let v = passing();
    let c = Confirmations {
        golden_rules: Some(true),
        withdraw_left_off: Some(false),
        ..Confirmations::default()
    };
    let r = report(&v, None, &c);
    assert!(has(&r, "[x] You read these rules and will follow them.\n"));
    assert!(has(
        &r,
        "[ ] Withdraw (and Transfer) left off when creating the key. The test"
    ));
    assert!(has(&r, "(not confirmed)"));
    assert!(has(&r, "[-] This key is used by one bot only. (not asked)"));
    assert!(!has(&r, "Nothing was asked"));
    assert!(
        r.is_ascii() || r.chars().all(|c| c.is_ascii() || c == '…'),
        "marks are plain ASCII"
    );
}

#[test]
fn site_and_host_follow_the_verification() {
    let mut v = passing();
    v.site = Site::Eea;
    v.api_host = "eea.okx.com".into();
    let r = report(&v, None, &all_ticked());
    assert!(has(&r, "Site:          my.okx.com (EEA)"));
    assert!(has(&r, "API host:      eea.okx.com"));
    assert!(has(&r, "https://my.okx.com/account/my-api"));
}

#[test]
fn utc_only_without_a_local_offset() {
    let v = passing();
    let c = all_ticked();
    let input = ReportInput {
        verification: &v,
        saved: None,
        confirmations: &c,
        generated_at: at("2026-11-26T18:00:05Z"),
        local_offset: None,
    };
    let r = render(&input);
    assert!(!has(&r, "local time"));
    assert!(has(&r, "Tested:        2026-11-26 18:00:00 UTC"));
}

#[test]
fn unparseable_checked_at_is_shown_cleaned() {
    let mut v = passing();
    v.checked_at = "yesterday\u{1b}[2J".into();
    let r = report(&v, None, &all_ticked());
    assert!(has(&r, "Tested:        yesterday [2J (as recorded)"), "{r}");
    assert!(!r.contains('\u{1b}'));
}

#[test]
fn summary_lines() {
    assert_eq!(
        summary_line(&passing()),
        "Verified: safe, can read and trade, no withdraw"
    );
    let mut v = wrong_passphrase();
    v.problems.push(Problem::new(ProblemKind::Timeout, "m", "f"));
    v.problems.push(Problem::new(ProblemKind::NetworkError, "m", "f"));
    assert_eq!(
        summary_line(&v),
        "Not verified: wrong passphrase; OKX did not answer in time (and 1 more)"
    );
    v.problems.clear();
    assert_eq!(summary_line(&v), "Not verified: the test did not finish");
    let mut v = passing();
    v.permissions = None;
    v.safe = false;
    assert_eq!(
        summary_line(&v),
        "Not confirmed safe: could not check the Withdraw permission"
    );
    let mut v = passing();
    v.problems.push(Problem::new(
        ProblemKind::UnexpectedResponse,
        "Balance unreadable.",
        "Try again.",
    ));
    assert_eq!(
        summary_line(&v),
        "Verified: safe, can read and trade, no withdraw; but OKX gave an answer the app did not understand"
    );
}

#[test]
fn local_offset_comes_from_the_system_zone_in_any_thread() {
    let now = OffsetDateTime::now_utc();
    // From a second thread too (where time's own local offset would refuse).
    let from_thread = std::thread::spawn(move || local_offset_at(now)).join().unwrap();
    assert!(from_thread.is_some());
    assert_eq!(from_thread, local_offset_at(now));
    let (v, c) = (passing(), Confirmations::default());
    let input = ReportInput::now(&v, None, &c);
    assert!(input.local_offset.is_some());
}

#[test]
fn local_offset_honours_tz() {
    // The zone comes from TZ; a fixed zone string gives a known offset. Runs in a child process so
    // the test never changes this process's environment.
    if std::env::var("REPORT_TZ_CHILD").is_ok() {
        let t = at("2026-01-15T12:00:00Z");
        let off = local_offset_at(t).unwrap();
        assert_eq!(off.whole_seconds(), -5 * 3600, "TZ={:?}", std::env::var("TZ"));
        return;
    }
    let exe = std::env::current_exe().unwrap();
    let status = std::process::Command::new(exe)
        .args(["--exact", "report::tests::local_offset_honours_tz", "--quiet"])
        .env("REPORT_TZ_CHILD", "1")
        .env("TZ", "EST5")
        .status()
        .unwrap();
    assert!(status.success());
}

#[test]
fn the_inputs_cannot_hold_a_secret() {
    // `Secret` has no `Serialize`, so a type that derives `Serialize` cannot contain one: this
    // compiles only while every input of the report is free of `Secret` (and so of
    // `Credentials`). The rest of `ReportInput` is two time values.
    fn serializable<T: Serialize>() {}
    serializable::<Verification>();
    serializable::<SaveRecord>();
    serializable::<Confirmations>();
}

#[test]
fn rendering_is_quick() {
    let v = withdraw_enabled();
    let c = all_ticked();
    let rec = saved_record();
    let start = std::time::Instant::now();
    for _ in 0..200 {
        let _ = report(&v, Some(&rec), &c);
    }
    let per = start.elapsed() / 200;
    println!("render: {per:?} per report (debug build)");
    assert!(per < std::time::Duration::from_millis(50));
}

#[test]
fn a_simulator_run_says_it_is_practice() {
    let mut v = passing();
    v.api_host = "127.0.0.1:8085".into();
    let r = report(&v, None, &all_ticked());
    assert!(has(&r, "PRACTICE RUN: this test talked to the app's simulator"), "{r}");
    assert!(has(&r, "API host:      127.0.0.1:8085"));
    assert_eq!(
        summary_line(&v),
        "Verified: safe, can read and trade, no withdraw (practice run against the simulator, not OKX)"
    );
    assert!(!has(&report(&passing(), None, &all_ticked()), "PRACTICE"));
}

#[test]
fn every_word_comes_from_the_catalog() {
    // A message missing from the catalog shows its id: no report may hold one.
    let mut unconfirmed = passing();
    unconfirmed.permissions = None;
    let mut not_ready = passing();
    not_ready.permissions = Some(Permissions {
        read: false,
        trade: false,
        withdraw: false,
    });
    not_ready.ip_whitelist.clear();
    not_ready.clock_skew_ms = Some(45_000);
    not_ready.site_detected = true;
    not_ready.trimmed.push(crate::credentials::TrimNote {
        field: crate::credentials::Field::SecretKey,
        removed: crate::credentials::Removed::Quotes { pairs: 2 },
    });
    let rec = saved_record();
    for v in [
        passing(),
        withdraw_enabled(),
        wrong_passphrase(),
        unconfirmed,
        not_ready,
    ] {
        for saved in [None, Some(&rec)] {
            for c in [all_ticked(), Confirmations::not_asked(), Confirmations::default()] {
                let r = report(&v, saved, &c);
                assert!(!r.contains("report-"), "a message id in\n{r}");
                assert!(!summary_line(&v).contains("report-"));
            }
        }
    }
}

#[test]
fn words_are_made_when_the_report_is_rendered() {
    use crate::catalog::{locale, Locale, Surface};
    // The report reads the locale at call time: a scoped locale is honoured (an unknown
    // language falls back to English, so the words are the same here), and nothing is cached.
    let v = passing();
    let english = report(&v, None, &all_ticked());
    let scoped = locale::scoped(Locale::new("xx", Surface::Cli), || report(&v, None, &all_ticked()));
    assert_eq!(english, scoped);
}

#[test]
fn golden_rules_keep_their_json_shape() {
    let json = serde_json::to_value(&GOLDEN_RULES).unwrap();
    let rules = json.as_array().unwrap();
    assert_eq!(rules.len(), 4);
    assert_eq!(rules[0]["rule"], "Never turn on withdrawal.");
    assert_eq!(rules[0]["danger"], true);
    for r in rules {
        let obj = r.as_object().unwrap();
        assert_eq!(obj.len(), 3, "{r}");
        assert!(!obj["rule"].as_str().unwrap().is_empty());
        assert!(obj["why"].as_str().unwrap().len() > 20, "{r}");
        assert!(obj["danger"].is_boolean());
    }
    assert!(rules[1..].iter().all(|r| r["danger"] == false));
}

/// The delete line for a saved copy of an unsafe key quotes the label for `sh` (single quotes, so
/// nothing in it expands); a valid label reads as it is.
#[test]
fn the_delete_line_quotes_the_label() {
    let mut rec = saved_record();
    let r = report(&withdraw_enabled(), Some(&rec), &all_ticked());
    assert!(
        has(&r, "okx-key-assistant delete BitcoinEra_GridBot (or Delete in the app)"),
        "{r}"
    );
    rec.user = "Bot $(id)".into();
    let r = report(&withdraw_enabled(), Some(&rec), &all_ticked());
    assert!(has(&r, "okx-key-assistant delete 'Bot $(id)'"), "{r}");
}

#[test]
fn a_bot_choice_adds_a_readiness_section_with_each_reason_and_its_fix() {
    use crate::bots::{BotKind, Market};
    use crate::okx::account_mode::{AccountMode, PositionMode};
    use crate::readiness::{decide, Facts, ReasonKind};
    let plain = report(&passing(), None, &Confirmations::not_asked());
    assert!(
        !has(&plain, crate::t!("report-heading-ready").render()),
        "no bot, no section"
    );

    let mut v = passing();
    let facts = Facts {
        site: Some(Site::Global),
        mode: Some(AccountMode::Futures),
        position_mode: Some(PositionMode::Net),
        market_listed: Some(true),
        trading_money: Some(true),
        funding_money: Some(false),
        ..Facts::default()
    };
    let r = decide(BotKind::Passivbot, Market::Swap, &facts);
    assert_eq!(r.ready, Some(false));
    let reason = r
        .reasons
        .iter()
        .find(|x| x.kind == ReasonKind::PositionModeNeedsLongShort)
        .cloned()
        .expect("the position mode reason");
    v.readiness = Some(r.clone());
    let text = report(&v, None, &Confirmations::not_asked());
    let section = text
        .split(&crate::t!("report-heading-ready").render())
        .nth(1)
        .expect("the readiness section");
    let flat = section.split_whitespace().collect::<Vec<_>>().join(" ");
    for want in [r.headline.render(), reason.message.render(), reason.fix.render()] {
        let want = want.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(flat.contains(&want), "{want:?} not in:\n{section}");
    }
    assert_fits(&text);
}
