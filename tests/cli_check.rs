//! `okx-key-assistant check`: saved practice keys in a real Secret Service, tested through the
//! real binary against simulators whose keys change while they run (Withdraw turned on, IP
//! list changed, deleted), with the exit status, the JSON and the history on disk. Needs the
//! private keyring session:
//!
//! ```text
//! tests/session.sh cargo test --test cli_check
//! ```
//!
//! Without it (no `OKX_TEST_KEYRING=1`) each test prints "skipped: ..." and passes. Each test
//! has its own labels, its own data folder and its own simulators (a change to a practice key
//! must not reach another test), so they may run in parallel.
#![cfg(target_os = "linux")]

mod cli_common;

use cli_common::deadline;
use cli_common::home::Home;
use cli_common::keyring::{clear, have_keyring, store};
use cli_common::own_sims::OwnSims;
use cli_common::*;
use okx_key_core::health::{Entry, MAX_ENTRIES};
use okx_simulator::{practice_account, SimAccount, SimConfig};
use serde_json::Value;
use std::io::{BufRead, BufReader, Write};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

fn account(name: &str) -> SimAccount {
    practice_account(name).unwrap()
}

fn drift_kinds(v: &Value) -> Vec<String> {
    v["drift"]
        .as_array()
        .unwrap_or_else(|| panic!("no drift list: {v}"))
        .iter()
        .map(|d| d["kind"].as_str().unwrap().to_owned())
        .collect()
}

fn by_label<'a>(arr: &'a [Value], label: &str) -> &'a Value {
    arr.iter()
        .find(|v| v["label"] == label)
        .unwrap_or_else(|| panic!("{label} is not in {arr:?}"))
}

#[test]
fn healthy_keys_exit_0_with_the_verify_objects_their_labels_and_a_history() {
    if !have_keyring("healthy_keys_exit_0_with_the_verify_objects_their_labels_and_a_history") {
        return;
    }
    let sims = OwnSims::start();
    let home = Home::new(sims.env());
    let (good, no_ip) = (account("good"), account("no-ip"));
    home.save("Chk_Healthy_Good", &good);
    home.save("Chk_Healthy_NoIp", &no_ip);

    let (code, arr, r) = home.check_json(&[]);
    assert_eq!(code, 0, "{}\n{}", r.stdout, r.stderr);
    assert_eq!(arr.len(), 2, "{arr:?}");
    let g = by_label(&arr, "Chk_Healthy_Good");
    assert_eq!(g["okx_label"], good.label.as_str());
    assert_eq!(g["verified"], true);
    assert_eq!(g["safe"], true);
    assert_eq!(g["site"], "global");
    assert_eq!(g["ip_whitelist"][0], "127.0.0.1");
    assert!(drift_kinds(g).is_empty(), "{g}");
    assert!(g["idle_rule"].is_null(), "an IP-bound key is spared: {g}");
    // The verify --json object is all there.
    for key in [
        "api_host",
        "demo",
        "api_key_redacted",
        "permissions",
        "clock_skew_ms",
        "balance",
        "problems",
        "checked_at",
        "checks",
    ] {
        assert!(g.get(key).is_some(), "{key} missing from {g}");
    }
    // The unbound Trade key gets the 14-day rule: seen working just now.
    let n = by_label(&arr, "Chk_Healthy_NoIp");
    assert_eq!(n["idle_rule"]["days_since_seen_working"], 0, "{n}");
    assert_eq!(n["idle_rule"]["days_left"], 14, "{n}");
    let words = n["idle_rule"]["message"].as_str().unwrap();
    assert!(words.contains("cannot see"), "{words}");
    assert!(n["idle_rule"]["fix"].as_str().unwrap().contains("IP"), "{n}");
    for a in [&good, &no_ip] {
        assert_no_secrets(&r, a);
    }

    // The history has two entries per key (the save's test, then the check's), and no secret.
    let h = home.history();
    assert_eq!(h.entries("Chk_Healthy_Good").len(), 2);
    assert_eq!(h.entries("Chk_Healthy_NoIp").len(), 2);
    let text = std::fs::read_to_string(h.path()).unwrap();
    for a in [&good, &no_ip] {
        for secret in [&a.secret_key, &a.passphrase, &a.api_key] {
            assert!(!text.contains(secret.as_str()), "the history holds a credential");
        }
    }

    // Text: one line per key, then the 14-day note indented; naming a key tests only it.
    let r = home.run(&["check"]);
    assert_eq!(r.code, 0, "{}\n{}", r.stdout, r.stderr);
    let lines: Vec<&str> = r.stdout.lines().collect();
    let good_line = lines.iter().find(|l| l.starts_with("Chk_Healthy_Good")).unwrap();
    assert!(
        good_line.contains("global live") && good_line.ends_with("healthy"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout
            .contains("  - OKX deletes a key that has Trade and no IP binding after 14 days"),
        "{}",
        r.stdout
    );
    let (code, arr, _) = home.check_json(&["Chk_Healthy_Good"]);
    assert_eq!((code, arr.len()), (0, 1));
    // The save's test, the first check, the text check (both keys), then this one (Good only).
    assert_eq!(h.entries("Chk_Healthy_Good").len(), 4);
    assert_eq!(h.entries("Chk_Healthy_NoIp").len(), 3);
    assert_only_gets();
}

#[test]
fn withdraw_turned_on_exits_3_with_the_drift_once() {
    if !have_keyring("withdraw_turned_on_exits_3_with_the_drift_once") {
        return;
    }
    let sims = OwnSims::start();
    let home = Home::new(sims.env());
    home.save("Chk_Withdraw_Good", &account("good"));
    home.save("Chk_Withdraw_NoIp", &account("no-ip"));
    assert_eq!(home.check_json(&[]).0, 0);

    sims.control("withdraw on good");
    // A failing key beside it: 3 still wins over 1.
    sims.control("delete no-ip");
    let (code, arr, r) = home.check_json(&[]);
    assert_eq!(code, 3, "{}\n{}", r.stdout, r.stderr);
    let g = by_label(&arr, "Chk_Withdraw_Good");
    assert_eq!(g["safe"], false);
    assert_eq!(drift_kinds(g), ["withdraw_turned_on"], "{g}");
    assert!(
        g["drift"][0]["message"]
            .as_str()
            .unwrap()
            .contains("Withdraw was turned on"),
        "{g}"
    );
    assert!(!g["drift"][0]["fix"].as_str().unwrap().is_empty());
    assert_eq!(drift_kinds(by_label(&arr, "Chk_Withdraw_NoIp")), ["deleted_on_okx"]);

    // Seen once, it is no news the next time, but the key still cannot pass.
    let (code, arr, _) = home.check_json(&["Chk_Withdraw_Good"]);
    assert_eq!(code, 3);
    assert!(drift_kinds(&arr[0]).is_empty(), "{:?}", arr[0]);
    let r = home.run(&["check", "Chk_Withdraw_Good"]);
    assert_eq!(r.code, 3);
    assert!(r.stdout.contains("can withdraw"), "{}", r.stdout);

    sims.control("withdraw off good");
    assert_eq!(home.check_json(&["Chk_Withdraw_Good"]).0, 0);
}

#[test]
fn ip_list_and_label_changes_are_listed_and_a_healthy_key_stays_0() {
    if !have_keyring("ip_list_and_label_changes_are_listed_and_a_healthy_key_stays_0") {
        return;
    }
    let sims = OwnSims::start();
    let home = Home::new(sims.env());
    home.save("Chk_Ip_Good", &account("good"));
    assert_eq!(home.check_json(&[]).0, 0);

    sims.control("ip good 127.0.0.1,5.6.7.8");
    sims.control("label good Renamed_Bot");
    let (code, arr, r) = home.check_json(&[]);
    assert_eq!(code, 0, "{}\n{}", r.stdout, r.stderr);
    let g = &arr[0];
    assert_eq!(drift_kinds(g), ["ip_list_changed", "label_changed"], "{g}");
    assert_eq!(g["drift"][0]["before"], serde_json::json!(["127.0.0.1"]));
    assert_eq!(g["drift"][0]["after"], serde_json::json!(["127.0.0.1", "5.6.7.8"]));
    assert_eq!(g["drift"][1]["after"], "Renamed_Bot");
    assert_eq!(g["okx_label"], "Renamed_Bot");

    // Text: said under the key's line, with what to do.
    sims.control("ip good 127.0.0.1");
    let r = home.run(&["check"]);
    assert_eq!(r.code, 0, "{}\n{}", r.stdout, r.stderr);
    assert!(
        r.stdout
            .contains("  - The IP addresses bound to this key changed: before 127.0.0.1, 5.6.7.8, now 127.0.0.1."),
        "{}",
        r.stdout
    );
    assert!(r.stdout.contains("    What to do: "), "{}", r.stdout);
}

/// The simulator's own standard input drives the change: `okx-key-assistant simulate` in a child
/// process, `delete no-ip` typed into it.
#[test]
fn a_key_deleted_on_okx_exits_1_with_deleted_on_okx_through_simulate_stdin() {
    if !have_keyring("a_key_deleted_on_okx_exits_1_with_deleted_on_okx_through_simulate_stdin") {
        return;
    }
    let mut sim = SimulateChild::start();
    let home = Home::new(sim.env.clone());
    home.save("Chk_Deleted_NoIp", &account("no-ip"));
    home.save("Chk_Deleted_Good", &account("good"));
    assert_eq!(home.check_json(&[]).0, 0);

    sim.command("delete no-ip", "ok: deleted for no-ip");
    sim.command("delete nobody", "error: ");
    let (code, arr, r) = home.check_json(&[]);
    assert_eq!(code, 1, "{}\n{}", r.stdout, r.stderr);
    let n = by_label(&arr, "Chk_Deleted_NoIp");
    assert_eq!(drift_kinds(n), ["deleted_on_okx"], "{n}");
    assert_eq!(n["verified"], false);
    assert_eq!(problem_kinds(n), ["unknown_key"], "{n}");
    let words = n["drift"][0]["message"].as_str().unwrap();
    assert!(words.contains("14-day rule"), "{words}");
    let fix = n["drift"][0]["fix"].as_str().unwrap();
    assert!(fix.contains("save LABEL --replace"), "{fix}");
    // Deleted is past the 14-day rule: no days left to count.
    assert!(n["idle_rule"].is_null(), "{n}");
    assert!(drift_kinds(by_label(&arr, "Chk_Deleted_Good")).is_empty());

    let r = home.run(&["check"]);
    assert_eq!(r.code, 1);
    let line = r.stdout.lines().find(|l| l.starts_with("Chk_Deleted_NoIp")).unwrap();
    assert!(line.ends_with("deleted on OKX"), "{}", r.stdout);

    sim.command("restore no-ip", "ok: restored for no-ip");
    assert_eq!(home.check_json(&[]).0, 0);
    sim.stop();
}

#[test]
fn the_history_stays_at_50_and_survives_a_crash_before_the_rename() {
    if !have_keyring("the_history_stays_at_50_and_survives_a_crash_before_the_rename") {
        return;
    }
    let sims = OwnSims::start();
    let home = Home::new(sims.env());
    let label = "Chk_History_Good";
    home.save(label, &account("good"));
    assert_eq!(home.check_json(&[]).0, 0);
    let h = home.history();
    let first = h.entries(label);
    assert_eq!(first.len(), 2, "the save's test and the check's");
    // Fill it to the bound with older entries, then test once more: still 50, newest last.
    let old: Vec<(String, Entry)> = (0..MAX_ENTRIES)
        .map(|i| {
            let mut e = first[0].clone();
            e.checked_at = okx_key_core::iso_time::from_unix_ms(1_700_000_000_000 + i as i64 * 1000);
            (label.to_owned(), e)
        })
        .collect();
    h.record(old).unwrap();
    assert_eq!(h.entries(label).len(), MAX_ENTRIES);
    assert_eq!(home.check_json(&[]).0, 0);
    let after = h.entries(label);
    assert_eq!(after.len(), MAX_ENTRIES);
    assert!(after.last().unwrap().checked_at > first[0].checked_at);

    // A crash between writing and renaming: a half-written temporary file beside the history.
    let before = std::fs::read(h.path()).unwrap();
    let leftover = home.app_dir().join(".key-history.json.crash1.tmp");
    std::fs::write(&leftover, &before[..before.len() / 2]).unwrap();
    assert_eq!(h.entries(label), after, "the old history is intact");
    assert_eq!(home.check_json(&[]).0, 0);
    assert_eq!(h.entries(label).len(), MAX_ENTRIES);

    // A truncated history (a disk that lied): the test goes on, and the history starts again.
    let now = std::fs::read(h.path()).unwrap();
    std::fs::write(h.path(), &now[..now.len() / 2]).unwrap();
    let (code, arr, r) = home.check_json(&[]);
    assert_eq!(code, 0, "{}\n{}", r.stdout, r.stderr);
    assert!(drift_kinds(&arr[0]).is_empty());
    assert_eq!(h.entries(label).len(), 1);
}

#[test]
fn nothing_saved_is_2_an_unknown_label_is_1_and_labels_are_never_echoed() {
    if !have_keyring("nothing_saved_is_2_an_unknown_label_is_1_and_labels_are_never_echoed") {
        return;
    }
    let sims = OwnSims::start();
    let home = Home::new(sims.env());
    let r = home.run_alone(&["check"]);
    assert_eq!(r.code, 2, "{}\n{}", r.stdout, r.stderr);
    assert!(r.stderr.contains("No key is saved yet"), "{}", r.stderr);
    let r = home.run_alone(&["check", "--json"]);
    assert_eq!(r.code, 2);
    assert_eq!(json(&r)["kind"], "not_found");

    clear("Chk_Never_Saved");
    let (code, arr, _) = home.check_json(&["Chk_Never_Saved"]);
    assert_eq!(code, 1);
    assert_eq!(arr[0]["label"], "Chk_Never_Saved");
    assert_eq!(problem_kinds(&arr[0]), ["not_found"]);
    assert!(
        home.history().entries("Chk_Never_Saved").is_empty(),
        "no news about OKX, no entry"
    );

    let secret = &account("good").secret_key;
    let r = home.run(&["check", &format!("{secret}!")]);
    assert_eq!(r.code, 2);
    assert!(
        !r.stderr.contains(&secret[..8]) && !r.stdout.contains(&secret[..8]),
        "{}",
        r.stderr
    );

    let r = home.run(&["check", "--help"]);
    assert_eq!(r.code, 0);
    assert!(r.stdout.starts_with("Usage: okx-key-assistant check"), "{}", r.stdout);
    assert!(home
        .run(&["--help"])
        .stdout
        .contains("okx-key-assistant check [LABEL...] [--json]"));
}

/// `okx-key-assistant simulate --port 0` as a child, its standard input kept open for commands.
struct SimulateChild {
    child: Child,
    lines: mpsc::Receiver<String>,
    env: Vec<(&'static str, String)>,
}

impl SimulateChild {
    fn start() -> SimulateChild {
        let mut child = Command::new(bin())
            .args(["simulate", "--port", "0"])
            .env_remove("RUST_LOG")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("simulate starts");
        let (tx, lines) = mpsc::channel();
        let stdout = child.stdout.take().unwrap();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        let mut sim = SimulateChild {
            child,
            lines,
            env: Vec::new(),
        };
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            let line = sim.next_line(deadline, "the simulate banner");
            if let Some(rest) = line.trim().strip_prefix("export ") {
                if let Some((var, url)) = rest.split_once('=') {
                    let var = okx_key_core::Site::ALL
                        .into_iter()
                        .map(|s| s.override_var())
                        .find(|v| *v == var)
                        .expect("a site variable");
                    sim.env.push((var, url.to_owned()));
                }
            }
            if line.starts_with("Press Ctrl-C to stop") {
                break;
            }
        }
        assert_eq!(sim.env.len(), okx_key_core::Site::ALL.len(), "{:?}", sim.env);
        sim
    }

    fn next_line(&mut self, deadline: Instant, what: &str) -> String {
        let left = deadline.saturating_duration_since(Instant::now());
        match self.lines.recv_timeout(left) {
            Ok(line) => line,
            Err(e) => {
                let _ = self.child.kill();
                panic!("simulate: no line for {what} in time ({e})");
            }
        }
    }

    /// Types `line` into the simulator and waits for its answer starting with `answer`.
    fn command(&mut self, line: &str, answer: &str) {
        let stdin = self.child.stdin.as_mut().expect("stdin kept open");
        writeln!(stdin, "{line}").unwrap();
        stdin.flush().unwrap();
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            let got = self.next_line(deadline, line);
            if got.starts_with("ok: ") || got.starts_with("error: ") {
                assert!(got.starts_with(answer), "{line}: {got}");
                return;
            }
        }
    }

    fn stop(mut self) {
        let _ = self.child.kill();
        deadline::wait_within(&mut self.child, Duration::from_secs(30), "simulate");
    }
}

impl Drop for SimulateChild {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.try_wait();
    }
}

/// A TCP server on loopback that accepts connections and never answers (a hung OKX): a test of
/// it ends in the client's timeout. Stops when the test process ends.
fn silent_server() -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    std::thread::spawn(move || {
        let mut held = Vec::new();
        for conn in listener.incoming().flatten() {
            held.push(conn);
        }
    });
    url
}

/// Simulators for the global site that answer every request with `fault`, on their own runtime
/// thread; their URLs, and a sender that stops them.
fn fault_sims(faults: Vec<okx_simulator::Fault>) -> (Vec<String>, tokio::sync::oneshot::Sender<()>) {
    let (tx, rx) = mpsc::channel();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        rt.block_on(async {
            let mut sims = Vec::new();
            for f in faults {
                let cfg = SimConfig {
                    rate_limits: false,
                    ..SimConfig::for_site(okx_key_core::Site::Global)
                }
                .with_fault(f);
                sims.push(
                    okx_simulator::Simulator::start(cfg)
                        .await
                        .expect("a fault simulator starts"),
                );
            }
            tx.send(sims.iter().map(|s| s.base_url()).collect::<Vec<_>>()).unwrap();
            let _ = stopped.await;
            for s in sims {
                s.shutdown().await;
            }
        });
    });
    let urls = rx
        .recv_timeout(Duration::from_secs(30))
        .expect("the fault simulators did not start within 30 s");
    (urls, stop)
}

/// Issue 23, point 1: a key seen with Withdraw on stays refused by `run`, `check` and My keys'
/// rule through every test that fails before OKX answers (refused connection, timeout, 5xx,
/// 429, IP not allowed), until a test that reaches OKX sees Withdraw off.
#[test]
fn withdraw_seen_on_stays_refused_through_tests_that_never_reach_okx() {
    if !have_keyring("withdraw_seen_on_stays_refused_through_tests_that_never_reach_okx") {
        return;
    }
    let sims = OwnSims::start();
    let home = Home::new(sims.env());
    let label = "Chk_Sticky_Good";
    home.save(label, &account("good"));
    // The record keeps the permissions the test before the save saw.
    let mut lookup = Command::new("secret-tool");
    lookup.args(["lookup", "service", "okx-key-assistant", "username", label]);
    let item: Value = serde_json::from_slice(&deadline::output(&mut lookup, "secret-tool lookup").stdout).unwrap();
    assert_eq!(
        item["permissions"],
        serde_json::json!({"read": true, "trade": true, "withdraw": false})
    );
    let run_bot = |extra: &[(&str, String)]| home.run_with(&["run", label, "--", "echo", "started"], extra);
    assert_eq!(run_bot(&[]).code, 0, "a healthy key is handed over");

    sims.control("withdraw on good");
    let (code, arr, r) = home.check_json(&[label]);
    assert_eq!(code, 3, "{}\n{}", r.stdout, r.stderr);
    assert_eq!(arr[0]["may_hand_over"], false, "{}", arr[0]);
    let r = run_bot(&[]);
    assert_eq!(r.code, 3, "{}\n{}", r.stdout, r.stderr);
    assert!(!r.stdout.contains("started"));

    let (fault_urls, stop) = fault_sims(vec![
        okx_simulator::Fault::maintenance(),
        okx_simulator::Fault::html_502(),
        okx_simulator::Fault::RateLimit,
        okx_simulator::Fault::CloseWithoutResponse,
    ]);
    let mut failures: Vec<(&str, String)> = vec![
        ("refused connection", "http://127.0.0.1:9".to_owned()),
        ("timeout", silent_server()),
    ];
    failures.extend(
        ["503 maintenance", "502 page", "429", "closed without answer"]
            .into_iter()
            .zip(fault_urls),
    );
    for (what, url) in &failures {
        let global = [("OKX_BASE_URL_GLOBAL", url.clone())];
        let (code, arr, r) = {
            let r = home.run_with(&["check", "--json", label], &global);
            let v: Value = serde_json::from_str(&r.stdout).unwrap_or_else(|e| {
                panic!(
                    "{what}: check --json printed no JSON ({e}):\n{}\n{}",
                    r.stdout, r.stderr
                )
            });
            (r.code, v.as_array().unwrap().clone(), r)
        };
        assert_eq!(code, 3, "{what}: check must still say 3:\n{}\n{}", r.stdout, r.stderr);
        assert_eq!(arr[0]["verified"], false, "{what}: the test did fail: {}", arr[0]);
        assert_eq!(arr[0]["may_hand_over"], false, "{what}: {}", arr[0]);
        assert_eq!(arr[0]["health"], "can_withdraw", "{what}: {}", arr[0]);
        assert_eq!(arr[0]["problems"][0]["kind"], "withdraw_enabled", "{what}: {}", arr[0]);
        let r = run_bot(&[]);
        assert_eq!(
            r.code, 3,
            "{what}: run handed the key over:\n{}\n{}",
            r.stdout, r.stderr
        );
        assert!(!r.stdout.contains("started"), "{what}: {}", r.stdout);
    }
    // IP not allowed: OKX answers, but about the request, not the key's permissions.
    sims.control("ip good 5.6.7.8");
    let (code, arr, _) = home.check_json(&[label]);
    assert_eq!((code, &arr[0]["may_hand_over"]), (3, &Value::from(false)), "{}", arr[0]);
    assert_eq!(run_bot(&[]).code, 3, "ip not allowed");
    // The text output says why, and what this test ran into.
    let r = home.run_with(
        &["check", label],
        &[("OKX_BASE_URL_GLOBAL", "http://127.0.0.1:9".to_owned())],
    );
    assert_eq!(r.code, 3);
    assert!(r.stdout.contains("Withdraw switched on"), "{}", r.stdout);
    drop(stop);

    // A test that reaches OKX and sees Withdraw off clears it.
    sims.control("ip good none");
    sims.control("withdraw off good");
    let (code, arr, r) = home.check_json(&[label]);
    assert_eq!(code, 0, "{}\n{}", r.stdout, r.stderr);
    assert_eq!(arr[0]["may_hand_over"], true);
    let r = run_bot(&[]);
    assert_eq!(r.code, 0, "{}\n{}", r.stdout, r.stderr);
    assert!(r.stdout.contains("started"));
    assert_only_gets();
}

/// Issue 23, point 5: a key saved from OKX is never sent to a loopback override (a forgotten
/// `export`), a practice key never to OKX; each says which variable to unset or set, and every
/// command says on stderr that an override is set.
#[test]
fn a_saved_key_goes_only_where_it_was_saved() {
    if !have_keyring("a_saved_key_goes_only_where_it_was_saved") {
        return;
    }
    let sims = OwnSims::start();
    let home = Home::new(sims.env());
    // A key from OKX itself (its record names OKX's host), written as the app writes it.
    let real = "Chk_Origin_Real";
    home.claim(real);
    let a = account("good");
    let item = serde_json::json!({
        "api_key": a.api_key, "secret_key": a.secret_key, "passphrase": a.passphrase,
        "site": "global", "api_host": "www.okx.com", "demo": false,
        "saved_at": "2026-12-01T09:00:00.000Z",
        "permissions": {"read": true, "trade": true, "withdraw": false},
    });
    store(real, &item);

    let before = okx_simulator::non_get_requests_seen().len();
    for args in [
        vec!["check", real],
        vec!["verify", "--keychain", real],
        vec!["run", real, "--", "echo", "started"],
        vec!["run", real, "--verify", "--", "echo", "started"],
    ] {
        let r = home.run(&args);
        assert_ne!(
            r.code, 0,
            "{args:?} sent a real key to the simulator:\n{}\n{}",
            r.stdout, r.stderr
        );
        assert!(!r.stdout.contains("started"), "{args:?}: {}", r.stdout);
        // The report wraps its lines: compare the words.
        let all = format!("{}{}", r.stdout, r.stderr)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        assert!(
            all.contains("unset OKX_BASE_URL_GLOBAL"),
            "{args:?} names no variable to unset:\n{all}"
        );
        assert!(
            r.stderr
                .contains("Note: practice settings are on (OKX_BASE_URL_GLOBAL="),
            "{args:?}: {}",
            r.stderr
        );
        assert_no_secrets(&r, &a);
    }
    assert_eq!(okx_simulator::non_get_requests_seen().len(), before);

    // A practice key (saved from the simulator) with no override set: never sent to OKX.
    let practice = "Chk_Origin_Practice";
    home.save(practice, &account("good"));
    let no_override: Vec<(&str, String)> = okx_key_core::Site::ALL
        .into_iter()
        .map(|s| (s.override_var(), String::new()))
        .collect();
    for args in [vec!["check", practice], vec!["run", practice, "--", "echo", "started"]] {
        let r = home.run_with(&args, &no_override);
        assert_ne!(r.code, 0, "{args:?}:\n{}\n{}", r.stdout, r.stderr);
        assert!(!r.stdout.contains("started"), "{args:?}: {}", r.stdout);
        let all = format!("{}{}", r.stdout, r.stderr)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        assert!(all.contains("practice simulator"), "{args:?}:\n{all}");
        assert!(
            !r.stderr.contains("practice settings"),
            "{args:?}: no override is set: {}",
            r.stderr
        );
    }
    // `localhost` is 127.0.0.1, never looked up: the bot is handed the loopback address.
    let port = sims.urls[0].rsplit(':').next().unwrap().to_owned();
    let r = home.run_with(
        &["run", practice, "--", "sh", "-c", "echo \"$OKX_API_BASE_URL\""],
        &[("OKX_BASE_URL_GLOBAL", format!("http://localhost:{port}"))],
    );
    assert_eq!(r.code, 0, "{}\n{}", r.stdout, r.stderr);
    assert_eq!(r.stdout.trim(), format!("http://127.0.0.1:{port}"));
}
