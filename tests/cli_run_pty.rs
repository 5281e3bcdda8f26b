//! `okx-key-assistant run` on a terminal (issue 27): the bot gets a pseudo-terminal of its own.
//! `tests/tty/run_pty.py` drives `run` on a real pty (Python's `pty` side): the bot sees a
//! terminal, its colours arrive, a typed line and a window size change reach it, the secret key
//! and passphrase it prints are masked, `run`'s terminal is raw while the bot runs and back in
//! its own mode after a normal end, Ctrl-C, SIGTERM to `run` and a crash of the bot, and the
//! exit status passes through. Needs the private keyring session:
//!
//! ```text
//! tests/session.sh cargo test --test cli_run_pty
//! ```
#![cfg(target_os = "linux")]

mod cli_common;

use cli_common::keyring::{clear_within, have_keyring};
use cli_common::*;
use okx_simulator::practice_account;
use std::path::Path;
use std::process::Command;
use std::time::Duration;

/// The deadline for removing the test's key from the keyring.
const CLEAR_LIMIT: Duration = Duration::from_secs(30);

/// Saves the practice key "good" under `label` in `data`, drives `run` on a pty in `mode`, and
/// checks that what the terminal showed holds no secret.
fn drive(label: &str, mode: &str) {
    if !have_keyring(mode) {
        return;
    }
    let data = tempfile::tempdir().unwrap();
    let data_dir = data.path().to_str().unwrap();
    let a = practice_account("good").unwrap();
    clear_within(label, CLEAR_LIMIT);
    let env: Vec<(&str, String)> = key_env(&a)
        .into_iter()
        .chain([("XDG_DATA_HOME", data_dir.to_owned())])
        .collect();
    let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let saved = cli(&["save", label], &env);
    assert_eq!(saved.code, 0, "save:\n{}\n{}", saved.stdout, saved.stderr);

    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/tty/run_pty.py");
    let mut cmd = command(&[], &[("XDG_DATA_HOME", data_dir), ("LC_ALL", "C.UTF-8")]);
    cmd.env_clear_program(script.to_str().unwrap(), &[bin(), label, mode]);
    let out = deadline::output_within(&mut cmd, Duration::from_secs(90), "run on a terminal");
    let shown = Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    };
    clear_within(label, CLEAR_LIMIT);
    assert_eq!(shown.code, 0, "{mode}:\n{}\n{}", shown.stdout, shown.stderr);
    assert_no_secrets(&shown, &a);
}

/// `command` builds an `okx-key-assistant` call with the simulators' variables; this turns it
/// into `python3 SCRIPT ARGS` with the same environment.
trait AsPython {
    fn env_clear_program(&mut self, script: &str, args: &[&str]);
}

impl AsPython for Command {
    fn env_clear_program(&mut self, script: &str, args: &[&str]) {
        let mut python = Command::new("python3");
        python.arg(script).args(args);
        for (k, v) in self.get_envs() {
            match v {
                Some(v) => python.env(k, v),
                None => python.env_remove(k),
            };
        }
        *self = python;
    }
}

#[test]
fn on_a_terminal_the_bot_gets_a_pty_its_keys_colours_and_size_and_the_secrets_stay_masked() {
    drive("Run_Pty_Talk", "talk");
}

#[test]
fn ctrl_c_reaches_the_bot_and_the_terminal_mode_comes_back() {
    drive("Run_Pty_CtrlC", "ctrl-c");
}

#[test]
fn sigterm_to_run_ends_the_bot_and_the_terminal_mode_comes_back() {
    drive("Run_Pty_Term", "sigterm");
}

#[test]
fn a_crashing_bot_leaves_the_terminal_in_its_own_mode() {
    drive("Run_Pty_Crash", "crash");
}
