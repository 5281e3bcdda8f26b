//! Saved keys are found without the app's index (`saved-keys.json`): after a save through the
//! real binary, the index is deleted (or damaged) and `list`, `check LABEL` and `check` still
//! find the key in a real Secret Service and write the index back; keys written by
//! `secret-tool` and Python's `keyring` in the documented layout are listed too. Needs the
//! private keyring session:
//!
//! ```text
//! tests/session.sh cargo test --test cli_keys_without_index
//! ```
//!
//! `list` and `check` see every item of the service in the keyring, so each test runs in a
//! keyring of its own: it starts this test binary again, as a child, under a nested
//! `tests/session.sh` (a fresh D-Bus session and GNOME Keyring), where the keys of tests running
//! beside it cannot show up. Without the session (no `OKX_TEST_KEYRING=1`) each test prints
//! "skipped: ..." and passes.
#![cfg(target_os = "linux")]

mod cli_common;

use cli_common::deadline::{self, InTime};
use cli_common::home::Home;
use cli_common::keyring::have_keyring;
use cli_common::*;
use okx_simulator::{practice_account, SimAccount};
use serde_json::Value;
use std::path::Path;
use std::process::Command;

/// Runs `child_test` of this binary in a keyring of its own (a nested `tests/session.sh`); it
/// must pass.
fn in_own_keyring(child_test: &str) {
    let wrapper = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/session.sh");
    let exe = std::env::current_exe().unwrap();
    let mut cmd = Command::new(wrapper);
    cmd.arg(exe)
        .args(["--exact", child_test, "--test-threads=1", "--nocapture"])
        .env("OKX_SESSION_HEADLESS", "1")
        .env("OKX_TEST_CHILD", child_test);
    let out = deadline::output_within(&mut cmd, std::time::Duration::from_secs(240), child_test);
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{child_test} failed:\n{stdout}\n{stderr}");
    assert!(
        stdout.contains("1 passed"),
        "{child_test} did not run:\n{stdout}\n{stderr}"
    );
}

/// True only in the child started by [`in_own_keyring`] for `test`.
fn is_child(test: &str) -> bool {
    std::env::var("OKX_TEST_CHILD").as_deref() == Ok(test)
}

fn redacted(a: &SimAccount) -> String {
    let k: Vec<char> = a.api_key.chars().collect();
    format!(
        "{}…{}",
        k[..4].iter().collect::<String>(),
        k[k.len() - 4..].iter().collect::<String>()
    )
}

/// The key's JSON in the documented layout (DESIGN.md "Keychain layout").
fn layout_json(a: &SimAccount) -> String {
    serde_json::json!({
        "api_key": a.api_key,
        "secret_key": a.secret_key,
        "passphrase": a.passphrase,
        "site": a.site.as_str(),
        "api_host": a.site.api_host(),
        "demo": a.demo,
        "saved_at": "2026-11-26T18:00:00.000Z",
    })
    .to_string()
}

#[test]
fn a_saved_key_is_listed_and_checked_after_its_index_is_deleted_or_damaged() {
    const TEST: &str = "child_lost_and_damaged_index";
    if have_keyring("a_saved_key_is_listed_and_checked_after_its_index_is_deleted_or_damaged") {
        in_own_keyring(TEST);
    }
}

#[test]
fn child_lost_and_damaged_index() {
    if !is_child("child_lost_and_damaged_index") {
        return;
    }
    let home = Home::on_shared_sims();
    let label = "Idx_Lost_Good";
    let good = practice_account("good").unwrap();
    let r = home.run_with(&["save", label], &key_env(&good));
    assert_eq!(r.code, 0, "{}\n{}", r.stdout, r.stderr);
    assert_eq!(home.index_labels(), [label]);

    // Deleted after the save: `list` still shows the key, and writes the index back.
    std::fs::remove_file(home.index_file()).unwrap();
    let r = home.run(&["list"]);
    assert_eq!(r.code, 0, "{}\n{}", r.stdout, r.stderr);
    let row = r
        .stdout
        .lines()
        .find(|l| l.starts_with(label))
        .unwrap_or_else(|| panic!("no row for the key:\n{}", r.stdout));
    assert!(row.contains(&redacted(&good)) && row.contains("global"), "{row}");
    assert!(!row.contains("missing"), "{row}");
    assert_no_secrets(&r, &good);
    assert_eq!(home.index_labels(), [label], "the index is back with the row");

    // `check LABEL` and `check` (every saved key) test it.
    std::fs::remove_file(home.index_file()).unwrap();
    let r = home.run(&["check", label, "--json"]);
    assert_eq!(r.code, 0, "{}\n{}", r.stdout, r.stderr);
    assert_eq!(json(&r)[0]["health"], "healthy", "{}", r.stdout);
    assert_eq!(home.index_labels(), [label]);
    std::fs::remove_file(home.index_file()).unwrap();
    let r = home.run(&["check"]);
    assert_eq!(r.code, 0, "{}\n{}", r.stdout, r.stderr);
    let line = r.stdout.lines().find(|l| l.starts_with(label)).unwrap_or_default();
    assert!(line.ends_with("healthy"), "{}", r.stdout);
    assert_eq!(home.index_labels(), [label]);

    // A damaged index: the same.
    std::fs::write(home.index_file(), "{ garbage").unwrap();
    let list = home.list_json();
    assert_eq!(list.len(), 1, "{list:?}");
    assert_eq!(
        (&list[0]["label"], &list[0]["in_keychain"], &list[0]["api_key_redacted"]),
        (&Value::from(label), &Value::from(true), &Value::from(redacted(&good)))
    );
    assert_eq!(home.index_labels(), [label], "the damaged index is rebuilt");
    std::fs::write(home.index_file(), "{ garbage").unwrap();
    let r = home.run(&["check"]);
    assert_eq!(r.code, 0, "{}\n{}", r.stdout, r.stderr);
    assert_eq!(home.index_labels(), [label]);

    assert_eq!(home.run(&["delete", label]).code, 0);
    let r = home.run(&["list"]);
    assert!(!r.stdout.contains(label), "{}", r.stdout);
}

#[test]
fn keys_written_by_secret_tool_and_python_keyring_are_listed() {
    const TEST: &str = "child_written_by_other_programs";
    if have_keyring("keys_written_by_secret_tool_and_python_keyring_are_listed") {
        in_own_keyring(TEST);
    }
}

#[test]
fn child_written_by_other_programs() {
    if !is_child("child_written_by_other_programs") {
        return;
    }
    let home = Home::on_shared_sims();
    // secret-tool, exactly as DESIGN.md's layout says.
    let good = practice_account("good").unwrap();
    let mut cmd = Command::new("secret-tool");
    cmd.args([
        "store",
        "--label=x",
        "service",
        "okx-key-assistant",
        "username",
        "Idx_SecretTool",
    ]);
    let out = deadline::output_with_input(&mut cmd, &layout_json(&good), "secret-tool store");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    // Python's keyring (its SecretService backend, as tests/session.sh pins it).
    let no_ip = practice_account("no-ip").unwrap();
    let script = format!(
        "import keyring\nkeyring.set_password('okx-key-assistant', 'Idx_Python', {:?})",
        layout_json(&no_ip)
    );
    let have_python = Command::new("python3")
        .args(["-c", "import keyring, secretstorage"])
        .status_in_time()
        .is_ok_and(|s| s.success());
    if have_python {
        let out = Command::new("python3").args(["-c", &script]).output_in_time().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    } else {
        eprintln!("skipped the Python part: pip install keyring secretstorage");
    }

    let list = home.list_json();
    let find = |label: &str| list.iter().find(|k| k["label"] == label).cloned();
    let st = find("Idx_SecretTool").unwrap_or_else(|| panic!("secret-tool's key is not listed: {list:?}"));
    assert_eq!(st["api_key_redacted"], redacted(&good).as_str());
    assert_eq!(
        (&st["site"], &st["in_keychain"]),
        (&Value::from("global"), &Value::from(true))
    );
    let mut want = vec!["Idx_SecretTool".to_owned()];
    if have_python {
        let py = find("Idx_Python").unwrap_or_else(|| panic!("Python's key is not listed: {list:?}"));
        assert_eq!(py["api_key_redacted"], redacted(&no_ip).as_str());
        want.insert(0, "Idx_Python".to_owned());
    }
    assert_eq!(list.len(), want.len(), "{list:?}");
    assert_eq!(home.index_labels(), want, "the index has their rows");
    assert!(!list.iter().any(|k| k.to_string().contains(&good.secret_key)));
}
