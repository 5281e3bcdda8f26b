//! The headless CLI, run as the real binary against simulators started in this test process
//! (one per site, on free loopback ports, passed to the child with `OKX_BASE_URL_*`): exit
//! codes, the JSON contract of `verify --json`, the text report, and that no secret, passphrase
//! or full API key is ever printed.

mod cli_common;

use cli_common::deadline::InTime;
use cli_common::*;
use okx_simulator::practice_account;
use serde_json::Value;
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

#[test]
fn a_good_key_exits_0_with_the_report_and_no_secret() {
    let (r, a) = with_key("good", &["verify"], as_is);
    assert_eq!(r.code, 0, "{}\n{}", r.stdout, r.stderr);
    assert!(r.stdout.contains("confirmation report"), "{}", r.stdout);
    assert!(r.stdout.contains("RESULT: VERIFIED"), "{}", r.stdout);
    assert!(r.stdout.contains("Practice_GoodBot"), "{}", r.stdout);
    assert!(r.stdout.contains("6d2d…fd7f"), "{}", r.stdout);
    // stderr is not a terminal here: no progress lines.
    assert!(!r.stderr.contains("Checking"), "{}", r.stderr);
    assert_no_secrets(&r, &a);
    assert_only_gets();
}

#[test]
fn json_has_every_field_of_the_contract_with_its_type() {
    let (r, a) = with_key("no-ip", &["verify", "--json"], as_is);
    assert_eq!(r.code, 0, "{}\n{}", r.stdout, r.stderr);
    assert_no_secrets(&r, &a);
    let v = json(&r);
    assert!(v["verified"].is_boolean() && v["verified"] == true);
    assert!(v["safe"].is_boolean() && v["safe"] == true);
    assert_eq!(v["site"], "global");
    assert!(v["api_host"].as_str().unwrap().starts_with("127.0.0.1:"));
    assert_eq!(v["demo"], false);
    assert_eq!(v["label"], "Practice_NoIpBot");
    let redacted = v["api_key_redacted"].as_str().unwrap();
    assert_eq!(redacted, "095c…b58b");
    let (head, tail) = redacted.split_once('…').unwrap();
    assert_eq!((head.chars().count(), tail.chars().count()), (4, 4));
    for p in ["read", "trade", "withdraw"] {
        assert!(v["permissions"][p].is_boolean(), "{p}");
    }
    assert_eq!(v["permissions"]["withdraw"], false);
    assert!(v["ip_whitelist"].as_array().unwrap().is_empty());
    assert!(v["clock_skew_ms"].is_i64());
    assert_eq!(v["balance"]["total_eq_usd"], "1234.5678");
    assert_eq!(v["balance"]["currencies"], serde_json::json!(["USDT", "BTC"]));
    assert!(v["trimmed"].as_array().unwrap().is_empty());
    let problems = v["problems"].as_array().unwrap();
    assert_eq!(problem_kinds(&v), ["no_ip_binding"]);
    for field in ["kind", "message", "fix"] {
        assert!(problems[0][field].is_string(), "{field}");
    }
    assert!(problems[0]["okx_code"].is_null());
    let checked_at = v["checked_at"].as_str().unwrap();
    assert!(
        checked_at.ends_with('Z') && checked_at.len() == "2026-11-26T18:00:00.000Z".len(),
        "{checked_at}"
    );
    assert_only_gets();
}

#[test]
fn a_wrong_passphrase_exits_1() {
    let wrong = |k: &str, v: &str| {
        if k == "OKX_PASSPHRASE" {
            "Practice#Wrong9".into()
        } else {
            v.into()
        }
    };
    let (r, a) = with_key("good", &["verify", "--json"], wrong);
    assert_eq!(r.code, 1, "{}\n{}", r.stdout, r.stderr);
    let v = json(&r);
    assert_eq!(v["verified"], false);
    assert_eq!(problem_kinds(&v), ["wrong_passphrase"]);
    assert_eq!(v["problems"][0]["okx_code"], "50105");
    assert_no_secrets(&r, &a);

    let (r, a) = with_key("good", &["verify"], wrong);
    assert_eq!(r.code, 1);
    assert!(r.stdout.contains("passphrase"), "{}", r.stdout);
    assert!(!r.stdout.contains("Practice#Wrong9"));
    assert_no_secrets(&r, &a);
    assert_only_gets();
}

#[test]
fn a_key_that_can_withdraw_exits_3() {
    let (r, a) = with_key("withdraw", &["verify", "--json"], as_is);
    assert_eq!(r.code, 3, "{}\n{}", r.stdout, r.stderr);
    let v = json(&r);
    assert_eq!(
        (v["verified"].as_bool(), v["safe"].as_bool()),
        (Some(true), Some(false))
    );
    assert_eq!(v["permissions"]["withdraw"], true);
    assert_eq!(problem_kinds(&v), ["withdraw_enabled"]);
    assert_eq!(v["problems"][0]["severity"], "danger");
    assert_no_secrets(&r, &a);

    let (r, _) = with_key("withdraw", &["verify"], as_is);
    assert_eq!(r.code, 3);
    assert!(r.stdout.contains("UNSAFE"), "{}", r.stdout);
    assert_only_gets();
}

#[test]
fn no_credentials_exit_2() {
    let r = cli(&["verify"], &[]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("No API key was given"), "{}", r.stderr);
    assert!(r.stderr.contains("What to do: Set OKX_API_KEY"), "{}", r.stderr);
    assert!(r.stdout.is_empty());

    let r = cli(&["verify", "--json"], &[]);
    assert_eq!(r.code, 2);
    let v = json(&r);
    assert_eq!(v["kind"], "malformed_input");
    assert!(v["fix"].as_str().unwrap().contains("OKX_API_KEY"));

    let a = practice_account("good").unwrap();
    let r = cli(
        &["verify"],
        &[("OKX_API_KEY", &a.api_key), ("OKX_PASSPHRASE", &a.passphrase)],
    );
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("OKX_SECRET_KEY is not set"), "{}", r.stderr);
    assert!(!r.stderr.contains(&a.passphrase));
}

#[test]
fn bad_usage_exits_2_with_a_reason_and_the_usage() {
    for args in [
        &["verify", "--site", "mars"][..],
        &["verify", "--site"],
        &["verify", "--bogus"],
        &["verify", "--json", "--json"],
        &["frobnicate"],
        &["save"],
        &["delete"],
        &["simulate", "--port", "http"],
        &["simulate", "--site", "auto"],
    ] {
        let r = cli(args, &[]);
        assert_eq!(r.code, 2, "{args:?}: {}", r.stderr);
        let first = first_line(&r.stderr);
        assert!(first.starts_with("okx-key-assistant: "), "{args:?}: {}", r.stderr);
        assert!(r.stderr.contains("Usage:"), "{args:?}: {}", r.stderr);
    }
    // With --json, the reason is also one JSON object on stdout.
    let r = cli(&["verify", "--json", "--site", "mars"], &[]);
    assert_eq!(r.code, 2);
    assert_eq!(json(&r)["kind"], "malformed_input");
    assert!(json(&r)["message"].as_str().unwrap().contains("--site"));
}

#[test]
fn a_credential_given_as_an_argument_is_refused_and_never_echoed() {
    let a = practice_account("good").unwrap();
    for args in [
        vec!["verify", a.secret_key.as_str()],
        vec!["verify", "--passphrase", a.passphrase.as_str()],
        vec!["verify", "--site", a.passphrase.as_str()],
    ] {
        let r = cli(&args, &[]);
        assert_eq!(r.code, 2, "{args:?}");
        assert!(
            !r.stderr.contains(&a.secret_key) && !r.stderr.contains(&a.passphrase),
            "{}",
            r.stderr
        );
    }
}

#[test]
fn a_non_loopback_override_exits_2() {
    let (r, _) = {
        let a = practice_account("good").unwrap();
        let env = key_env(&a);
        let mut e: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
        e.push(("OKX_BASE_URL_EEA", "https://evil.example"));
        (cli(&["verify", "--json"], &e), a)
    };
    assert_eq!(r.code, 2, "{}\n{}", r.stdout, r.stderr);
    let v = json(&r);
    assert_eq!(v["kind"], "invalid_setting");
    assert!(v["message"].as_str().unwrap().contains("OKX_BASE_URL_EEA"));

    let a = practice_account("good").unwrap();
    let env = key_env(&a);
    let mut e: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
    e.push(("OKX_BASE_URL_GLOBAL", "http://10.0.0.1:8085"));
    let r = cli(&["verify"], &e);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("OKX_BASE_URL_GLOBAL"), "{}", r.stderr);
    assert!(r.stderr.contains("What to do:"), "{}", r.stderr);
}

#[test]
fn a_space_inside_a_value_exits_2_without_showing_it() {
    let spaced = |k: &str, v: &str| {
        if k == "OKX_PASSPHRASE" {
            v.replacen('#', " #", 1)
        } else {
            v.to_owned()
        }
    };
    let (r, a) = with_key("good", &["verify"], spaced);
    assert_eq!(r.code, 2, "{}\n{}", r.stdout, r.stderr);
    assert!(r.stderr.to_lowercase().contains("passphrase"), "{}", r.stderr);
    assert!(r.stderr.contains("What to do:"), "{}", r.stderr);
    assert!(!r.stderr.contains("Practice"), "{}", r.stderr);
    assert_no_secrets(&r, &a);

    let (r, _) = with_key("good", &["verify", "--json"], spaced);
    assert_eq!(r.code, 2);
    assert_eq!(json(&r)["kind"], "malformed_input");
}

#[test]
fn stray_whitespace_is_trimmed_and_reported() {
    let padded = |k: &str, v: &str| match k {
        "OKX_API_KEY" => format!("  {v}\n"),
        "OKX_PASSPHRASE" => format!("{v} "),
        _ => format!("\t{v}"),
    };
    let (r, a) = with_key("good", &["verify", "--json"], padded);
    assert_eq!(r.code, 0, "{}\n{}", r.stdout, r.stderr);
    let v = json(&r);
    let trimmed: Vec<&str> = v["trimmed"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t.as_str().unwrap())
        .collect();
    assert_eq!(trimmed.len(), 3, "{trimmed:?}");
    for field in ["api_key: ", "secret_key: ", "passphrase: "] {
        assert!(trimmed.iter().any(|t| t.starts_with(field)), "{field} in {trimmed:?}");
    }
    assert_no_secrets(&r, &a);
}

#[test]
fn site_auto_finds_an_eea_key() {
    let (r, a) = with_key("eea", &["verify", "--site", "auto", "--json"], as_is);
    assert_eq!(r.code, 0, "{}\n{}", r.stdout, r.stderr);
    let v = json(&r);
    assert_eq!(v["site"], "eea");
    assert_eq!(v["site_detected"], true);
    assert_eq!(v["label"], "Practice_EeaBot");
    assert!(v["problems"].as_array().unwrap().is_empty());
    assert_no_secrets(&r, &a);

    // An explicit --site stays strict: the same key on global is a wrong_site that names EEA.
    let (r, _) = with_key("eea", &["verify", "--site", "global", "--json"], as_is);
    assert_eq!(r.code, 1);
    let v = json(&r);
    assert_eq!(problem_kinds(&v), ["wrong_site"]);
    assert_eq!(v["works_with"]["site"], "eea");
    assert_eq!(v["site_detected"], false);
    assert!(v["problems"][0]["message"].as_str().unwrap().contains("EEA"));

    let (r, _) = with_key("eea", &["verify", "--site=eea", "--json"], as_is);
    assert_eq!(r.code, 0);
    assert_eq!(json(&r)["site_detected"], false);
}

/// Most users do not know OKX has regional sites: without --site the test finds the key's
/// site, and the report and the JSON say which.
#[test]
fn without_a_site_the_key_site_is_found_and_named() {
    for (name, site, words) in [
        ("eea", "eea", "my.okx.com (EEA) (found by the test"),
        ("us", "us", "app.okx.com (US and Australia) (found by the test"),
        ("tr", "tr", "tr.okx.com (OKX TR, Türkiye) (found by the test"),
        ("good", "global", "okx.com (global) (found by the test"),
    ] {
        let (r, a) = with_key(name, &["verify", "--json"], as_is);
        assert_eq!(r.code, 0, "{name}: {}\n{}", r.stdout, r.stderr);
        let v = json(&r);
        assert_eq!(
            (v["site"].as_str(), v["site_detected"].as_bool()),
            (Some(site), Some(true)),
            "{name}"
        );
        let (r, _) = with_key(name, &["verify"], as_is);
        assert_eq!(r.code, 0, "{name}");
        assert!(r.stdout.contains(words), "{name}: {}", r.stdout);
        assert!(r.stdout.contains("VERIFIED"), "{}", r.stdout);
        assert_no_secrets(&r, &a);
    }
}

#[test]
fn the_turkey_site_is_a_site() {
    let (r, a) = with_key("tr", &["verify", "--site", "tr", "--json"], as_is);
    assert_eq!(r.code, 0, "{}\n{}", r.stdout, r.stderr);
    let v = json(&r);
    assert_eq!(v["site"], "tr");
    assert_eq!(v["label"], "Practice_TrBot");
    assert_no_secrets(&r, &a);
    // On global, a Turkey key is a wrong_site that says where it works.
    let (r, _) = with_key("tr", &["verify", "--site", "global", "--json"], as_is);
    assert_eq!(r.code, 1);
    let v = json(&r);
    assert_eq!(problem_kinds(&v), ["wrong_site"]);
    assert_eq!(v["works_with"]["site"], "tr");
    // The override is loopback-only, like the others.
    let (r, _) = with_key("tr", &["verify", "--json"], as_is);
    assert_eq!(r.code, 0);
    let a = okx_simulator::practice_account("tr").unwrap();
    let env: Vec<(&str, String)> = key_env(&a)
        .into_iter()
        .chain([("OKX_BASE_URL_TR", "https://tr.evil.example".to_owned())])
        .collect();
    let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let r = cli(&["verify", "--json"], &env);
    assert_eq!(r.code, 2, "{}", r.stdout);
    assert_eq!(json(&r)["kind"], "invalid_setting");
}

/// A key and a secret that are exactly each other's shape are stopped before any request
/// (OKX would only say it does not know the key): exit 2, malformed_input, a headline that
/// names the swap and a fix that names the variables.
#[test]
fn a_swapped_key_and_secret_stop_before_any_request() {
    let trap = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    trap.set_nonblocking(true).unwrap();
    let url = format!("http://127.0.0.1:{}", trap.local_addr().unwrap().port());
    let a = practice_account("good").unwrap();
    let mut env = vec![
        ("OKX_API_KEY", a.secret_key.clone()),
        ("OKX_SECRET_KEY", a.api_key.clone()),
        ("OKX_PASSPHRASE", a.passphrase.clone()),
    ];
    for site in okx_key_core::Site::ALL {
        env.push((site.override_var(), url.clone()));
    }
    let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();

    let r = cli(&["verify", "--json"], &env);
    assert_eq!(r.code, 2, "{}\n{}", r.stdout, r.stderr);
    let v = json(&r);
    assert_eq!(v["kind"], "malformed_input");
    let fix = v["fix"].as_str().unwrap();
    assert!(fix.contains("OKX_API_KEY") && fix.contains("OKX_SECRET_KEY"), "{fix}");

    let r = cli(&["verify"], &env);
    assert_eq!(r.code, 2);
    let first = first_line(&r.stderr);
    assert!(
        first.starts_with("The API key and the secret key are swapped"),
        "{}",
        r.stderr
    );
    assert!(!r.stdout.contains("does not recognise"), "{}", r.stdout);
    for text in [&r.stdout, &r.stderr] {
        for window_word in ["button", "field", "Step "] {
            assert!(
                !text.contains(window_word),
                "the CLI speaks of the window ({window_word}):\n{text}"
            );
        }
    }
    assert!(trap.accept().is_err(), "a request was sent");
    assert_no_secrets(&r, &a);

    // The same for save.
    let r = cli(&["save", "SwapBot"], &env);
    assert_eq!(r.code, 2, "{}\n{}", r.stdout, r.stderr);
    assert!(trap.accept().is_err(), "save sent a request");
}

#[test]
fn demo_keys_need_demo() {
    let (r, a) = with_key("demo", &["verify", "--demo", "--json"], as_is);
    assert_eq!(r.code, 0, "{}\n{}", r.stdout, r.stderr);
    let v = json(&r);
    assert_eq!(v["demo"], true);
    assert_eq!(v["label"], "Practice_DemoBot");
    assert_no_secrets(&r, &a);

    let (r, _) = with_key("demo", &["verify", "--json"], as_is);
    assert_eq!(r.code, 1);
    assert_eq!(problem_kinds(&json(&r)), ["demo_mismatch"]);
}

#[test]
fn help_and_version() {
    let r = cli(&["--version"], &[]);
    assert_eq!(r.code, 0);
    assert_eq!(
        r.stdout.trim(),
        format!("okx-key-assistant {}", env!("CARGO_PKG_VERSION"))
    );
    let r = cli(&["--help"], &[]);
    assert_eq!(r.code, 0);
    for cmd in ["verify", "save LABEL", "list", "delete LABEL", "simulate"] {
        assert!(r.stdout.contains(&format!("okx-key-assistant {cmd}")), "{cmd}");
    }
    for cmd in ["verify", "save", "list", "delete", "simulate"] {
        for flag in ["--help", "-h"] {
            let r = cli(&[cmd, flag], &[]);
            assert_eq!(r.code, 0, "{cmd} {flag}");
            assert!(
                r.stdout.starts_with(&format!("Usage: okx-key-assistant {cmd}")),
                "{cmd}: {}",
                r.stdout
            );
        }
    }
}

#[test]
fn simulate_serves_practice_keys_that_verify_accepts() {
    let mut child = Command::new(bin())
        .args(["simulate", "--port", "0"])
        .env_remove("RUST_LOG")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Lines arrive through a channel, so a simulator that prints nothing fails in 20 s.
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    let deadline = Instant::now() + Duration::from_secs(20);
    let mut exports = Vec::new();
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        let Ok(line) = rx.recv_timeout(left) else {
            let _ = child.kill();
            panic!("simulate printed no \"Press Ctrl-C\" line within 20 s; exports so far: {exports:?}");
        };
        if let Some(rest) = line.trim().strip_prefix("export ") {
            exports.push(rest.split_once('=').map(|(k, v)| (k.to_owned(), v.to_owned())).unwrap());
        }
        if line.starts_with("Press Ctrl-C") {
            break;
        }
    }
    assert_eq!(exports.len(), 4, "{exports:?}");
    // Hardening: the running command writes no core file (limit 0, soft and hard).
    #[cfg(target_os = "linux")]
    {
        let limits = std::fs::read_to_string(format!("/proc/{}/limits", child.id())).unwrap();
        let core = limits.lines().find(|l| l.starts_with("Max core file size")).unwrap();
        let words: Vec<&str> = core.split_whitespace().collect();
        assert_eq!(&words[4..6], ["0", "0"], "{core}");
    }
    let a = practice_account("us").unwrap();
    let mut cmd = Command::new(bin());
    cmd.args(["verify", "--site", "us", "--json"]).env_remove("RUST_LOG");
    for (k, v) in key_env(&a)
        .iter()
        .map(|(k, v)| (k.to_string(), v.clone()))
        .chain(exports)
    {
        cmd.env(k, v);
    }
    let out = cmd.output_in_time().unwrap();
    let _ = child.kill();
    let _ = child.wait();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["site"], "us");
    assert_eq!(v["label"], "Practice_UsBot");
}

#[cfg(all(unix, not(target_os = "macos")))]
#[test]
fn without_a_display_the_window_explains_instead_of_crashing() {
    let out = Command::new(cli_common::bin())
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .stdin(Stdio::null())
        .output_in_time()
        .expect("the binary runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("no graphical display"), "{stderr}");
    assert!(stderr.contains("okx-key-assistant --help"), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

/// The words of a catalog message as the CLI shows them in `lang`.
fn cli_words(id: &'static str, lang: &str) -> String {
    use okx_key_core::catalog::{Locale, Surface, Text};
    Text::from_ref(id).render_in(&Locale::new(lang, Surface::Cli))
}

#[test]
fn the_cli_speaks_turkish_with_lang_and_chinese_from_the_environment() {
    let first_line = |s: &str| s.lines().next().unwrap_or("").to_owned();
    // --lang tr, anywhere among the arguments.
    let r = cli(&["--help", "--lang", "tr"], &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(first_line(&r.stdout), first_line(&cli_words("cli-usage", "tr")));
    assert_ne!(first_line(&r.stdout), first_line(&cli_words("cli-usage", "en")));
    let (r, _) = with_key("good", &["verify", "--lang=tr"], as_is);
    assert_eq!(r.code, 0, "{}\n{}", r.stdout, r.stderr);
    assert!(
        r.stdout.contains(&cli_words("report-heading-key", "tr")),
        "{}",
        r.stdout
    );
    // LANG=zh_CN.UTF-8 from the environment.
    let r = cli(&["--help"], &[("LANG", "zh_CN.UTF-8")]);
    assert_eq!(first_line(&r.stdout), first_line(&cli_words("cli-usage", "zh-CN")));
    let a = practice_account("good").unwrap();
    let env = key_env(&a);
    let mut env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
    env.push(("LANG", "zh_CN.UTF-8"));
    let r = cli(&["verify"], &env);
    assert_eq!(r.code, 0, "{}\n{}", r.stdout, r.stderr);
    assert!(
        r.stdout.contains(&cli_words("report-heading-key", "zh-CN")),
        "{}",
        r.stdout
    );
    // --json: the same keys and kinds in any language; only the words follow.
    let a = practice_account("no-ip").unwrap();
    let key = key_env(&a);
    let key: Vec<(&str, &str)> = key.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let en = json(&cli(&["verify", "--json"], &key));
    let tr = json(&cli(&["verify", "--json", "--lang", "tr"], &key));
    assert_eq!(problem_kinds(&en), problem_kinds(&tr));
    let keys = |v: &Value| v.as_object().unwrap().keys().cloned().collect::<Vec<_>>();
    assert_eq!(keys(&en), keys(&tr));
    assert_ne!(en["problems"][0]["message"], tr["problems"][0]["message"]);
    // An unknown language is English, without an error.
    let r = cli(&["--help", "--lang", "xx"], &[]);
    assert_eq!(
        (r.code, first_line(&r.stdout)),
        (0, first_line(&cli_words("cli-usage", "en")))
    );
}

/// The first line of stderr after the note that the simulators' overrides are set (every
/// command prints it first while one is set, as these tests do; an unknown command does not).
fn first_line(stderr: &str) -> &str {
    stderr
        .lines()
        .find(|l| !l.starts_with("Note: practice settings are on (OKX_BASE_URL_GLOBAL="))
        .unwrap_or_default()
}
