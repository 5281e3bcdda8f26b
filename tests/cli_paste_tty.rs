//! `save`'s paste prompt on a real pseudo-terminal (`tests/tty/paste_prompt.py`, Python's `pty`
//! side of it): what is pasted is never echoed, and the terminal's echo is back on when `save`
//! ends, whether the paste ended with Ctrl-D or Ctrl-C cut it short. `save` opens the keychain
//! before it asks, so this needs the private keyring session:
//!
//! ```text
//! tests/session.sh cargo test --test cli_paste_tty
//! ```
#![cfg(target_os = "linux")]

#[path = "deadline/mod.rs"]
mod deadline;
#[path = "programs/mod.rs"]
mod programs;

use std::path::Path;
use std::process::Command;
use std::time::Duration;

fn drive(mode: &str) {
    if std::env::var("OKX_TEST_KEYRING").as_deref() != Ok("1") {
        eprintln!("skipped the paste prompt ({mode}): no Secret Service (run through tests/session.sh)");
        return;
    }
    let data = tempfile::tempdir().expect("a data folder");
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/tty/paste_prompt.py");
    let mut cmd = Command::new("python3");
    cmd.arg(script)
        .args([programs::cli(), mode])
        .env_remove("OKX_API_KEY")
        .env_remove("OKX_SECRET_KEY")
        .env_remove("OKX_PASSPHRASE")
        .env_remove("RUST_LOG")
        .env("LC_ALL", "C.UTF-8")
        .env("XDG_DATA_HOME", data.path());
    for site in okx_key_core::Site::ALL {
        cmd.env_remove(site.override_var());
    }
    let out = deadline::output_within(&mut cmd, Duration::from_secs(90), "the paste prompt on a terminal");
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{said}\n{}", String::from_utf8_lossy(&out.stderr));
}

/// Pasted and ended with Ctrl-D: none of the three values shows (made-up values, refused with
/// exit 2 before anything is sent), and echo is on again.
#[test]
fn a_paste_on_a_terminal_is_not_echoed() {
    drive("paste");
}

/// Ctrl-C half-way: `save` ends by SIGINT as before, and the terminal's echo is back on.
#[test]
fn ctrl_c_during_the_paste_puts_the_terminal_back() {
    drive("ctrl-c");
}
