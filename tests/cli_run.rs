//! `okx-key-assistant run`: a saved practice key handed to real bots (Python with the real
//! `ccxt` and `python-okx` packages, `make deps-test` installs them) through the generic
//! profile's variables, each authenticating against the simulators for every site and for a
//! demo key; masking of a careless bot's output; SIGTERM reaching the bot and its status coming
//! back; keys that must not be handed over. Needs the private keyring session:
//!
//! ```text
//! tests/session.sh cargo test --test cli_run
//! ```
//!
//! Without it (no `OKX_TEST_KEYRING=1`) each test prints "skipped: ..." and passes. Each test
//! uses its own labels and its own data folder.
#![cfg(target_os = "linux")]

mod cli_common;

use cli_common::deadline::{self, InTime};
use cli_common::home::Home;
use cli_common::keyring::{clear, have_keyring, store};
use cli_common::*;
use okx_simulator::{practice_account, SimAccount};
use serde_json::Value;
use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

const MASK: &str = "<redacted by okx-key-assistant>";

/// The real Python packages must be there: a skipped interop test would prove nothing.
fn require_python(module: &str) {
    let ok = Command::new("python3")
        .args(["-c", &format!("import {module}")])
        .status_in_time()
        .is_ok_and(|s| s.success());
    assert!(
        ok,
        "python3 cannot import {module}: run `make deps-test` (pip install ccxt python-okx)"
    );
}

fn bot(name: &str) -> String {
    format!("{}/tests/bots/{name}", env!("CARGO_MANIFEST_DIR"))
}

/// Writes a keychain item by hand (as another program could), in the app's layout plus `extra`.
fn store_by_hand(label: &str, a: &SimAccount, extra: Value) {
    clear(label);
    let mut item = serde_json::json!({
        "api_key": a.api_key, "secret_key": a.secret_key, "passphrase": a.passphrase,
        // Saved from the practice simulator (its loopback host), as `save` records it: such a
        // key is only ever sent to a simulator.
        "site": a.site.as_str(), "api_host": sim_host(a.site), "demo": a.demo,
        "saved_at": "2026-12-01T09:00:00.000Z",
    });
    if let (Some(obj), Some(more)) = (item.as_object_mut(), extra.as_object()) {
        obj.extend(more.clone());
    }
    store(label, &item);
}

/// The simulator's `host:port` for `site`, as the app records a practice key's host.
fn sim_host(site: okx_key_core::Site) -> String {
    let i = okx_key_core::Site::ALL.iter().position(|s| *s == site).unwrap();
    sim_urls()[i].trim_start_matches("http://").to_owned()
}

fn account(name: &str) -> SimAccount {
    practice_account(name).unwrap()
}

/// The one JSON line a bot printed.
fn bot_answer(r: &Run) -> Value {
    let line = r.stdout.lines().find(|l| l.starts_with('{')).unwrap_or_else(|| {
        panic!("no JSON line from the bot:\n{}\n{}", r.stdout, r.stderr);
    });
    serde_json::from_str(line).unwrap()
}

#[test]
fn ccxt_and_python_okx_authenticate_with_the_generic_profile_for_every_site_and_demo() {
    if !have_keyring("ccxt_and_python_okx_authenticate") {
        return;
    }
    require_python("ccxt");
    require_python("okx.Account");
    let home = Home::on_shared_sims();
    for name in ["good", "eea", "us", "tr", "demo"] {
        let a = account(name);
        let label = format!("Run_Bots_{}", name.replace('-', "_"));
        home.save_practice(&label, &a);
        for script in ["ccxt_config.py", "python_okx_config.py"] {
            let r = home.run(&["run", &label, "--", "python3", &bot(script)]);
            assert_eq!(r.code, 0, "{name} with {script}:\n{}\n{}", r.stdout, r.stderr);
            let answer = bot_answer(&r);
            assert_eq!(answer["code"], "0", "{name} with {script}: {answer}");
            assert_eq!(answer["label"], a.label.as_str(), "{name} with {script}: {answer}");
            assert_no_secrets(&r, &a);
        }
        // --verify tests the key first and then starts the bot just the same.
        let r = home.run(&["run", &label, "--verify", "--", "python3", &bot("ccxt_config.py")]);
        assert_eq!(r.code, 0, "{name} --verify:\n{}\n{}", r.stdout, r.stderr);
        assert_eq!(bot_answer(&r)["code"], "0");
        assert!(r.stderr.contains("passed the test"), "{}", r.stderr);
        assert_no_secrets(&r, &a);
        clear(&label);
    }
    assert_only_gets();
}

#[test]
fn the_profiles_set_their_names_and_nothing_goes_on_the_command_line() {
    if !have_keyring("the_profiles_set_their_names") {
        return;
    }
    let home = Home::on_shared_sims();
    let a = account("eea");
    let label = "Run_Profiles";
    home.save_practice(label, &a);
    // The profiles' names that are set (the test session sets other OKX_* variables of its own).
    let show = "import os; names = {'OKX_API_KEY', 'OKX_SECRET_KEY', 'OKX_PASSPHRASE', 'OKX_SITE', \
                'OKX_API_HOST', 'OKX_API_BASE_URL', 'OKX_DEMO'}; \
                print(sorted(k for k in os.environ if k in names or k.startswith('FREQTRADE__'))); \
                print(os.environ.get('FREQTRADE__EXCHANGE__NAME'), os.environ.get('OKX_SITE'), os.environ.get('OKX_DEMO'))";
    let r = home.run(&["run", label, "--profile", "freqtrade", "--", "python3", "-c", show]);
    assert_eq!(r.code, 0, "{}\n{}", r.stdout, r.stderr);
    assert!(
        r.stdout.contains(
            "['FREQTRADE__EXCHANGE__KEY', 'FREQTRADE__EXCHANGE__NAME', 'FREQTRADE__EXCHANGE__PASSWORD', 'FREQTRADE__EXCHANGE__SECRET']"
        ),
        "{}",
        r.stdout
    );
    assert!(r.stdout.contains("myokx None None"), "{}", r.stdout);
    let r = home.run(&["run", label, "--profile", "okx-agent", "--", "python3", "-c", show]);
    assert!(
        r.stdout.contains(
            "['OKX_API_BASE_URL', 'OKX_API_KEY', 'OKX_DEMO', 'OKX_PASSPHRASE', 'OKX_SECRET_KEY', 'OKX_SITE']"
        ),
        "{}",
        r.stdout
    );
    assert!(r.stdout.contains("None eea 0"), "{}", r.stdout);
    // The child's command line is exactly what was given (no key in `ps`).
    let r = home.run(&[
        "run",
        label,
        "--",
        "python3",
        "-c",
        "import sys; print(sys.argv[1:])",
        "x",
    ]);
    assert!(r.stdout.contains("['x']"), "{}", r.stdout);
    let r = home.run(&["run", label, "--profile", "bogus", "--", "true"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("--profile must be"), "{}", r.stderr);
    clear(label);
}

#[test]
fn a_bot_that_prints_the_secrets_shows_only_the_mask_and_its_status_comes_back() {
    if !have_keyring("a_bot_that_prints_the_secrets") {
        return;
    }
    let home = Home::on_shared_sims();
    let a = account("good");
    let label = "Run_Mask";
    home.save_practice(label, &a);
    let r = home.run(&["run", label, "--", "python3", &bot("print_secrets.py")]);
    assert_eq!(r.code, 7, "{}\n{}", r.stdout, r.stderr);
    assert!(
        r.stdout.contains(&format!("secret={MASK} passphrase={MASK}")),
        "{}",
        r.stdout
    );
    // Written one character at a time, the secret is still caught.
    assert!(r.stdout.lines().any(|l| l == MASK), "{}", r.stdout);
    assert!(r.stderr.contains(&format!("on stderr: {MASK}")), "{}", r.stderr);
    assert!(r.stdout.contains("api key ends fd7f"), "{}", r.stdout);
    assert_no_secrets(&r, &a);
    // --no-mask passes the output through untouched: the mask above is run's doing.
    let r = home.run(&["run", label, "--no-mask", "--", "python3", &bot("print_secrets.py")]);
    assert_eq!(r.code, 7);
    assert!(r.stdout.contains(&a.secret_key), "{}", r.stdout);
    clear(label);
}

/// Starts `run` with piped output and waits (with a deadline) for the bot's "ready" line.
fn start_until_ready(home: &Home, args: &[&str]) -> (std::process::Child, mpsc::Receiver<String>) {
    let mut child = home
        .command(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap();
    let (tx, rx) = mpsc::channel();
    let stdout = child.stdout.take().unwrap();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    match rx.recv_timeout(Duration::from_secs(30)) {
        Ok(line) if line == "ready" => {}
        other => {
            let _ = child.kill();
            panic!("the bot did not say ready: {other:?}");
        }
    }
    (child, rx)
}

fn sigterm(pid: u32) {
    // SAFETY: kill(2) on the child this test started.
    let rc = unsafe { libc::kill(pid as i32, libc::SIGTERM) };
    assert_eq!(rc, 0, "kill failed");
}

#[test]
fn sigterm_reaches_the_bot_and_run_exits_with_its_status() {
    if !have_keyring("sigterm_reaches_the_bot") {
        return;
    }
    let home = Home::on_shared_sims();
    let label = "Run_Signals";
    home.save_practice(label, &account("good"));

    // A bot that handles SIGTERM: its own status (42) comes back.
    let (mut child, rx) = start_until_ready(&home, &["run", label, "--", "python3", &bot("wait_for_term.py")]);
    sigterm(child.id());
    let status = deadline::wait_within(&mut child, Duration::from_secs(30), "run after SIGTERM");
    assert_eq!(status.code(), Some(42));
    // run has exited, so its output pipe closes and the reader ends: read what is left.
    let mut rest = Vec::new();
    while let Ok(line) = rx.recv_timeout(Duration::from_secs(10)) {
        rest.push(line);
    }
    assert!(rest.iter().any(|l| l == "got signal 15"), "{rest:?}");

    // One that does not: it is stopped by the signal, and run reports 128 + 15.
    let (mut child, _rx) = start_until_ready(&home, &["run", label, "--", "sh", "-c", "echo ready; exec sleep 30"]);
    sigterm(child.id());
    let status = deadline::wait_within(&mut child, Duration::from_secs(30), "run after SIGTERM");
    assert_eq!(status.code(), Some(143));

    // Unmasked, the same holds.
    let (mut child, _rx) = start_until_ready(
        &home,
        &["run", label, "--no-mask", "--", "python3", &bot("wait_for_term.py")],
    );
    sigterm(child.id());
    let status = deadline::wait_within(&mut child, Duration::from_secs(30), "run --no-mask after SIGTERM");
    assert_eq!(status.code(), Some(42));
    clear(label);
}

#[test]
fn keys_that_must_not_be_handed_over_start_nothing() {
    if !have_keyring("keys_that_must_not_be_handed_over") {
        return;
    }
    let home = Home::on_shared_sims();
    let marker = home.path().join("started");
    let touch = format!("touch {}", marker.display());
    let started = || marker.exists();

    // A record that says the key can withdraw: refused, with or without --verify (exit 3).
    let label = "Run_Refused_Record";
    let good = account("good");
    store_by_hand(
        label,
        &good,
        serde_json::json!({"permissions": {"read": true, "trade": true, "withdraw": true}}),
    );
    for extra in [&[][..], &["--verify"][..]] {
        let mut args = vec!["run", label];
        args.extend_from_slice(extra);
        args.extend(["--", "sh", "-c", &touch]);
        let r = home.run(&args);
        assert_eq!(r.code, 3, "{}\n{}", r.stdout, r.stderr);
        assert!(r.stderr.contains("can withdraw"), "{}", r.stderr);
        assert!(r.stdout.is_empty(), "{}", r.stdout);
        assert!(!started(), "the command was started");
        assert_no_secrets(&r, &good);
    }
    // The same record saying it cannot withdraw is handed over.
    store_by_hand(
        label,
        &good,
        serde_json::json!({"permissions": {"read": true, "trade": true, "withdraw": false}}),
    );
    let r = home.run(&["run", label, "--", "sh", "-c", &touch]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(started());
    std::fs::remove_file(&marker).unwrap();
    clear(label);

    // A key that can withdraw, saved by hand without permissions: --verify finds it (exit 3).
    let label = "Run_Refused_Tested";
    let withdraw = account("withdraw");
    store_by_hand(label, &withdraw, serde_json::json!({}));
    let r = home.run(&["run", label, "--verify", "--", "sh", "-c", &touch]);
    assert_eq!(r.code, 3, "{}\n{}", r.stdout, r.stderr);
    assert!(r.stderr.contains("can withdraw"), "{}", r.stderr);
    assert!(!started());
    assert_no_secrets(&r, &withdraw);
    clear(label);

    // A key OKX no longer knows: --verify fails (exit 1).
    let label = "Run_Refused_Failed";
    let deleted = account("deleted");
    store_by_hand(label, &deleted, serde_json::json!({}));
    let r = home.run(&["run", label, "--verify", "--", "sh", "-c", &touch]);
    assert_eq!(r.code, 1, "{}\n{}", r.stdout, r.stderr);
    assert!(r.stderr.contains("did not pass the test"), "{}", r.stderr);
    assert!(!started());
    clear(label);

    // No key under the label, and usage mistakes: exit 2, nothing started.
    let r = home.run(&["run", "Run_Nothing_Here", "--", "sh", "-c", &touch]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("No key is saved under the label"), "{}", r.stderr);
    let r = home.run(&["run", "Run_Nothing_Here"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    let r = home.run(&["run"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(!started());

    // A command that does not exist: 127.
    let label = "Run_No_Command";
    home.save_practice(label, &good);
    let r = home.run(&["run", label, "--", "/nonexistent/okx-bot"]);
    assert_eq!(r.code, 127, "{}", r.stderr);
    assert!(r.stderr.contains("was not found"), "{}", r.stderr);
    clear(label);
}

#[test]
fn run_help_is_on_stdout_and_names_its_flags() {
    let r = cli(&["run", "--help"], &[]);
    assert_eq!(r.code, 0);
    for word in [
        "--profile",
        "--verify",
        "--no-mask",
        "generic",
        "freqtrade",
        "okx-agent",
        "OKX_DEMO",
        "terminal",
    ] {
        assert!(r.stdout.contains(word), "{word} missing from:\n{}", r.stdout);
    }
    let _ = std::io::stdout().flush();
}
