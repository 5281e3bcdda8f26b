//! `okx-key-assistant check --notify` (issue 26) against a real notification server: `dunst`
//! started by the test in the session's D-Bus (under the session's Xvfb) with a configuration of
//! its own that keeps every notification in its history and writes the urgency into the shown
//! text; read back with `dunstctl history`. Saved practice keys in the real Secret Service,
//! tested against this test's own simulators whose keys change while they run. Needs the
//! private session:
//!
//! ```text
//! tests/session.sh cargo test --test cli_notify
//! ```
//!
//! Without it (no `OKX_TEST_KEYRING=1`, no display or no dunst) each test prints "skipped: ..."
//! and passes. One notification server per session: the tests take turns (a lock), each with a
//! dunst of its own.
#![cfg(target_os = "linux")]

mod cli_common;

use cli_common::deadline::{self, InTime};
use cli_common::home::Home;
use cli_common::keyring::keyring_session;
use cli_common::own_sims::OwnSims;
use cli_common::*;
use okx_simulator::{practice_account, SimAccount};
use serde_json::Value;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// One notification server per D-Bus session: one test at a time talks to it.
static SERVER: Mutex<()> = Mutex::new(());

const NAME: &str = "org.freedesktop.Notifications";

fn have_session(test: &str) -> bool {
    let keyring = keyring_session();
    let display = std::env::var_os("DISPLAY").is_some();
    let dunst = Command::new("dunst")
        .arg("-version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status_in_time()
        .is_ok();
    if keyring && display && dunst {
        true
    } else {
        eprintln!("skipped {test}: needs tests/session.sh (keyring {keyring}, display {display}) and dunst ({dunst})");
        false
    }
}

/// A dunst of this test's own, which owns the session's notification name (not one started by
/// D-Bus activation) and keeps everything in its history. Stopped when dropped.
struct Dunst {
    child: Child,
    /// The highest notification id already taken.
    seen: std::cell::Cell<i64>,
    _dir: tempfile::TempDir,
}

/// What dunst showed: its formatted text is `urgency|summary|body`.
#[derive(Debug, Clone)]
struct Shown {
    urgency: String,
    summary: String,
    body: String,
    app: String,
}

fn dbus(args: &[&str]) -> String {
    let out = deadline::output_within(
        Command::new("dbus-send")
            .args(["--session", "--print-reply"])
            .args(args),
        Duration::from_secs(10),
        "dbus-send",
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The process id of the name's owner, if it has one (asking never starts one).
fn owner_pid() -> Option<u32> {
    let has = dbus(&[
        "--dest=org.freedesktop.DBus",
        "/org/freedesktop/DBus",
        "org.freedesktop.DBus.NameHasOwner",
        &format!("string:{NAME}"),
    ]);
    if !has.contains("boolean true") {
        return None;
    }
    let pid = dbus(&[
        "--dest=org.freedesktop.DBus",
        "/org/freedesktop/DBus",
        "org.freedesktop.DBus.GetConnectionUnixProcessID",
        &format!("string:{NAME}"),
    ]);
    pid.split_whitespace().last().and_then(|w| w.parse().ok())
}

fn dunstctl(args: &[&str]) -> String {
    let out = deadline::output_within(Command::new("dunstctl").args(args), Duration::from_secs(10), "dunstctl");
    assert!(
        out.status.success(),
        "dunstctl {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

impl Dunst {
    fn start() -> Dunst {
        // A server left by an earlier test (or by D-Bus activation) would keep the name.
        let deadline = Instant::now() + Duration::from_secs(10);
        while owner_pid().is_some() {
            assert!(Instant::now() < deadline, "another notification server keeps {NAME}");
            std::thread::sleep(Duration::from_millis(100));
        }
        let dir = tempfile::tempdir().unwrap();
        let config = dir.path().join("dunstrc");
        let mut rc = String::from(
            "[global]\n    history_length = 200\n    sticky_history = yes\n    notification_limit = 0\n    idle_threshold = 0\n    show_age_threshold = -1\n",
        );
        for u in ["low", "normal", "critical"] {
            rc.push_str(&format!("[urgency_{u}]\n    format = \"{u}|%s|%b\"\n    timeout = 0\n"));
        }
        std::fs::write(&config, rc).unwrap();
        let log = std::fs::File::create(dir.path().join("dunst.log")).unwrap();
        let mut child = Command::new("dunst")
            .arg("-config")
            .arg(&config)
            .stdin(Stdio::null())
            .stdout(log.try_clone().unwrap())
            .stderr(log)
            .spawn()
            .expect("dunst starts");
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            if owner_pid() == Some(child.id()) {
                break;
            }
            if let Ok(Some(status)) = child.try_wait() {
                let log = std::fs::read_to_string(dir.path().join("dunst.log")).unwrap_or_default();
                panic!("dunst stopped ({status}) before it owned {NAME}:\n{log}");
            }
            if Instant::now() >= deadline {
                let _ = child.kill();
                let _ = child.wait();
                panic!("dunst did not own {NAME} within 15 s");
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        Dunst {
            child,
            seen: Default::default(),
            _dir: dir,
        }
    }

    /// Closes every notification shown (they go to the history, and the app's "Open My keys"
    /// listeners end) and returns what was shown since the last call, oldest first.
    fn take(&self) -> Vec<Shown> {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let shown: u32 = dunstctl(&["count", "displayed"]).trim().parse().unwrap_or(0);
            let waiting: u32 = dunstctl(&["count", "waiting"]).trim().parse().unwrap_or(0);
            if shown + waiting == 0 {
                break;
            }
            assert!(Instant::now() < deadline, "dunst kept notifications open");
            dunstctl(&["close-all"]);
            std::thread::sleep(Duration::from_millis(50));
        }
        let v: Value = serde_json::from_str(&dunstctl(&["history"])).expect("dunstctl history is JSON");
        let field = |n: &Value, k: &str| n[k]["data"].as_str().unwrap_or_default().to_owned();
        let mut out: Vec<(i64, Shown)> = v["data"][0]
            .as_array()
            .cloned()
            .unwrap_or_default()
            .iter()
            .map(|n| {
                let message = field(n, "message");
                let urgency = message.split('|').next().unwrap_or_default().to_owned();
                let shown = Shown {
                    urgency,
                    summary: field(n, "summary"),
                    body: field(n, "body"),
                    app: field(n, "appname"),
                };
                (n["id"]["data"].as_i64().unwrap_or_default(), shown)
            })
            .collect();
        out.sort_by_key(|(id, _)| *id);
        // Only what came since the last look (dunst's history cannot be emptied without
        // showing it again).
        let seen = self
            .seen
            .replace(out.last().map_or(0, |(id, _)| *id).max(self.seen.get()));
        out.retain(|(id, _)| *id > seen);
        out.into_iter().map(|(_, s)| s).collect()
    }
}

impl Drop for Dunst {
    fn drop(&mut self) {
        let _ = Command::new("dunstctl").arg("close-all").status_in_time();
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// No secret, passphrase or full API key in what the desktop showed (nor a 9-character piece
/// of the secret or the key).
fn assert_no_secret(shown: &[Shown], accounts: &[&SimAccount]) {
    for s in shown {
        let text = format!("{}\n{}\n{}", s.app, s.summary, s.body);
        for a in accounts {
            for value in [&a.secret_key, &a.passphrase, &a.api_key] {
                assert!(
                    !text.contains(value.as_str()),
                    "a notification holds a credential: {text}"
                );
            }
            for value in [&a.secret_key, &a.api_key] {
                let chars: Vec<char> = value.chars().collect();
                for w in chars.windows(9) {
                    let piece: String = w.iter().collect();
                    assert!(
                        !text.contains(&piece),
                        "a notification holds a piece of a credential: {text}"
                    );
                }
            }
        }
    }
}

fn about<'a>(shown: &'a [Shown], label: &str) -> Vec<&'a Shown> {
    shown.iter().filter(|s| s.summary.contains(label)).collect()
}

/// With `OKX_SCREENSHOT_DIR` set, the screen as it is now (the notifications dunst shows) as
/// NAME.png there, for the issue's note.
fn screenshot(name: &str) {
    let Some(dir) = std::env::var_os("OKX_SCREENSHOT_DIR") else {
        return;
    };
    let path = Path::new(&dir).join(format!("{name}.png"));
    // dunst draws shortly after the call returns.
    std::thread::sleep(Duration::from_millis(300));
    let out = deadline::output_within(
        Command::new("import").args(["-window", "root"]).arg(&path),
        Duration::from_secs(20),
        "import (screenshot)",
    );
    assert!(
        out.status.success(),
        "screenshot: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn timed(home: &Home, flags: &[&str]) -> (Duration, Run) {
    let t = Instant::now();
    let r = home.check(flags);
    (t.elapsed(), r)
}

/// Saves the practice key `name` as `label` (`extra` arguments: `--bot`, `--market`); saved
/// (0) or saved with a note (4).
fn save(home: &Home, label: &str, name: &str, extra: &[&str]) -> SimAccount {
    let a = practice_account(name).unwrap();
    home.save_with(label, &a, extra, &[0, 4]);
    a
}

#[test]
fn one_notification_per_key_that_needs_the_user_with_its_urgency_label_and_no_secret() {
    if !have_session("one_notification_per_key_that_needs_the_user_with_its_urgency_label_and_no_secret") {
        return;
    }
    let _turn = SERVER.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    let sims = OwnSims::start();
    let home = Home::new(sims.env());
    let good = save(&home, "Ntf_Good", "good", &[]);
    let withdraw = save(&home, "Ntf_Withdraw", "multi-currency", &[]);
    let deleted = save(&home, "Ntf_Deleted", "no-ip", &[]);
    let failed = save(&home, "Ntf_Failed", "eea", &[]);
    let bot = save(
        &home,
        "Ntf_Bot",
        "futures-hedge",
        &["--bot", "passivbot", "--market", "swap"],
    );
    let all = [&good, &withdraw, &deleted, &failed, &bot];
    let dunst = Dunst::start();

    // All healthy: nothing is shown.
    let r = home.check(&["--notify"]);
    assert_eq!(r.code, 0, "{}\n{}", r.stdout, r.stderr);
    let shown = dunst.take();
    assert!(shown.is_empty(), "notified with every key healthy: {shown:?}");

    // Withdraw turned on, deleted on OKX, bound to another IP (the test fails), Buy/sell mode for
    // Passivbot (not ready): one notification each, and none about the healthy key.
    sims.control("withdraw on multi-currency");
    sims.control("delete no-ip");
    sims.control("ip eea 203.0.113.7");
    sims.control("posmode futures-hedge net");
    let r = home.check(&["--notify"]);
    assert_eq!(r.code, 3, "{}\n{}", r.stdout, r.stderr);
    assert!(!r.stderr.contains("No desktop notification"), "{}", r.stderr);
    assert_no_secrets(&r, &good);
    screenshot("notifications");
    let shown = dunst.take();
    assert_eq!(shown.len(), 4, "{shown:#?}");
    assert!(about(&shown, "Ntf_Good").is_empty(), "{shown:#?}");
    let one = |label: &str| {
        let s = about(&shown, label);
        assert_eq!(s.len(), 1, "{label}: {shown:#?}");
        s[0].clone()
    };
    let w = one("Ntf_Withdraw");
    assert_eq!(w.urgency, "critical", "{w:?}");
    assert!(w.summary.contains("can withdraw"), "{w:?}");
    assert!(w.body.contains("turn Withdraw off"), "{w:?}");
    let d = one("Ntf_Deleted");
    assert_eq!(d.urgency, "critical", "{d:?}");
    assert!(d.summary.contains("OKX deleted this key"), "{d:?}");
    let f = one("Ntf_Failed");
    assert_eq!(f.urgency, "normal", "{f:?}");
    assert!(f.summary.contains("the test failed"), "{f:?}");
    assert!(!f.body.is_empty(), "the problem's own fix: {f:?}");
    let b = one("Ntf_Bot");
    assert_eq!(b.urgency, "normal", "{b:?}");
    assert!(b.summary.contains("not ready for Passivbot"), "{b:?}");
    assert!(!b.body.is_empty(), "the reason's fix: {b:?}");
    for s in &shown {
        assert_eq!(s.app, "OKX Key Assistant", "{s:?}");
    }
    assert_no_secret(&shown, &all);

    // The time `--notify` adds over the same check (the same events sent again: My keys was
    // not opened since). Medians of five.
    let (mut plain, mut notify) = (Vec::new(), Vec::new());
    for _ in 0..5 {
        plain.push(timed(&home, &[]).0);
        let (t, r) = timed(&home, &["--notify"]);
        assert_eq!(r.code, 3);
        notify.push(t);
        let again = dunst.take();
        assert_eq!(
            again.len(),
            4,
            "still true, My keys not opened: sent again: {again:#?}\n{}\n{}\n{}",
            r.stdout,
            r.stderr,
            std::fs::read_to_string(home.app_dir().join("watch-state.json")).unwrap_or_default()
        );
    }
    let (plain, notify) = (median(plain), median(notify));
    eprintln!(
        "check: {} ms, check --notify: {} ms (4 notifications): --notify adds {} ms",
        plain.as_millis(),
        notify.as_millis(),
        notify.as_millis() as i128 - plain.as_millis() as i128
    );

    // My keys opened: what is still true is not repeated.
    okx_key_core::watch::WatchState::mark_my_keys_seen(&home.app_dir()).unwrap();
    let r = home.check(&["--notify"]);
    assert_eq!(r.code, 3);
    let shown = dunst.take();
    assert!(shown.is_empty(), "repeated after My keys was opened: {shown:#?}");

    // Recovered keys say so once, at low urgency.
    sims.control("withdraw off multi-currency");
    sims.control("ip eea 127.0.0.1");
    let r = home.check(&["--notify"]);
    assert_eq!(r.code, 1, "{}\n{}", r.stdout, r.stderr);
    let shown = dunst.take();
    assert_eq!(shown.len(), 2, "{shown:#?}");
    for label in ["Ntf_Withdraw", "Ntf_Failed"] {
        let s = about(&shown, label);
        assert_eq!(s.len(), 1, "{label}: {shown:#?}");
        assert_eq!(s[0].urgency, "low", "{s:?}");
        assert!(s[0].summary.contains("works again"), "{s:?}");
    }
    let r = home.check(&["--notify"]);
    assert_eq!(r.code, 1);
    assert!(dunst.take().is_empty(), "recovery said twice");
    assert_only_gets();
}

#[test]
fn in_russian_with_lang_ru_and_in_the_saved_language_without_it() {
    if !have_session("in_russian_with_lang_ru_and_in_the_saved_language_without_it") {
        return;
    }
    let _turn = SERVER.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    let sims = OwnSims::start();
    let home = Home::new(sims.env());
    let a = save(&home, "Ntf_Ru_Withdraw", "multi-currency", &[]);
    let dunst = Dunst::start();
    sims.control("withdraw on multi-currency");

    let r = home.check(&["--notify", "--lang", "ru"]);
    assert_eq!(r.code, 3, "{}\n{}", r.stdout, r.stderr);
    let shown = dunst.take();
    assert_eq!(shown.len(), 1, "{shown:#?}");
    let s = &shown[0];
    assert_eq!(s.urgency, "critical");
    let ru = ru_words();
    assert!(s.summary.contains("Ntf_Ru_Withdraw"), "{s:?}");
    assert!(s.summary.contains(&ru.0), "not the Russian headline {:?}: {s:?}", ru.0);
    assert!(s.body.contains(&ru.1), "not the Russian fix {:?}: {s:?}", ru.1);
    assert!(!s.summary.contains("can withdraw"), "{s:?}");
    assert_no_secret(&shown, &[&a]);

    // Without --lang: the app's saved choice (the window's progress file), not the system's.
    std::fs::create_dir_all(home.app_dir()).unwrap();
    let progress = home.app_dir().join("progress.json");
    let mut p: Value = std::fs::read(&progress)
        .ok()
        .and_then(|b| serde_json::from_slice(&b).ok())
        .unwrap_or_else(|| serde_json::json!({}));
    p["language"] = Value::from("ru");
    std::fs::write(&progress, serde_json::to_vec(&p).unwrap()).unwrap();
    let r = home.check(&["--notify"]);
    assert_eq!(r.code, 3, "{}\n{}", r.stdout, r.stderr);
    let shown = dunst.take();
    assert_eq!(shown.len(), 1, "{shown:#?}");
    assert!(shown[0].summary.contains(&ru.0), "{:?}", shown[0]);
}

/// The Russian catalog's withdraw headline (the words after the label) and the start of its fix.
fn ru_words() -> (String, String) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales/ru/watch.ftl");
    let text = std::fs::read_to_string(path).unwrap();
    let mut lines = text.lines().skip_while(|l| !l.starts_with("watch-event-withdraw-on ="));
    let head = lines.next().expect("watch-event-withdraw-on in ru");
    let head = head.split("{ $label }:").nth(1).unwrap().trim().to_owned();
    let fix = lines.next().expect("its .fix").split('=').nth(1).unwrap().trim();
    let fix: String = fix.chars().take(12).collect();
    (head, fix)
}
