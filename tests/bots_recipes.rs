//! The Python recipes of "Connect your bot", run as the core generates them (not retyped):
//! each practice key (every site, and a Demo Trading key) is saved in the test keyring, and the
//! ccxt and python-okx programs that read `run`'s environment are started with
//! `okx-key-assistant run LABEL -- python3 bot.py` against the simulators; each prints OKX's
//! code "0", prints no secret, and only GET requests reach OKX. Needs the private keyring
//! session and the real packages (`make deps-test`):
//!
//! ```text
//! tests/session.sh cargo test --test bots_recipes
//! ```
#![cfg(target_os = "linux")]

mod cli_common;

use cli_common::deadline::{self, InTime};
use cli_common::*;
use okx_key_core::recipes::{recipe, BotKind};
use okx_simulator::{practice_account, SimAccount};
use std::process::Command;

fn have_keyring(test: &str) -> bool {
    if std::env::var("OKX_TEST_KEYRING").as_deref() == Ok("1") {
        true
    } else {
        eprintln!("skipped {test}: no Secret Service (run through tests/session.sh)");
        false
    }
}

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

fn clear(label: &str) {
    let _ = Command::new("secret-tool")
        .args(["clear", "service", "okx-key-assistant", "username", label])
        .status_in_time();
}

/// Saves the practice key under `label` with `save` (which tests it first), in `data`.
fn save(data: &str, label: &str, a: &SimAccount) {
    clear(label);
    let mut args = vec!["save", label];
    if a.demo {
        args.push("--demo");
    }
    let env: Vec<(&str, String)> = key_env(a)
        .into_iter()
        .chain([("XDG_DATA_HOME", data.to_owned())])
        .collect();
    let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let r = cli(&args, &env);
    assert_eq!(r.code, 0, "save {label}:\n{}\n{}", r.stdout, r.stderr);
}

#[test]
fn the_python_recipes_run_as_generated_for_every_site_and_demo() {
    if !have_keyring("the_python_recipes_run_as_generated") {
        return;
    }
    require_python("ccxt");
    require_python("okx.Account");
    let home = tempfile::tempdir().unwrap();
    let data = home.path().join("data");
    let data = data.to_str().unwrap_or_default().to_owned();
    for name in ["good", "eea", "us", "tr", "demo"] {
        let a = practice_account(name).unwrap_or_else(|| panic!("no practice account {name}"));
        let label = format!("Recipe_{name}");
        save(&data, &label, &a);
        for kind in [BotKind::PythonCcxt, BotKind::PythonOkx] {
            let r = recipe(kind, a.site, a.demo, &label);
            let program = r.code_of("env").expect("an environment program");
            let path = home.path().join(format!("{name}-{}.py", kind.id()));
            std::fs::write(&path, program).unwrap();
            let run = r.code_of("run").expect("a run line");
            assert_eq!(run, format!("okx-key-assistant run {label} -- python3 bot.py"));
            let path = path.to_str().unwrap_or_default();
            let mut cmd = command(&["run", &label, "--", "python3", path], &[("XDG_DATA_HOME", &data)]);
            let out = deadline::output(&mut cmd, "okx-key-assistant run python3");
            let r = Run {
                code: out.status.code().expect("exited"),
                stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
                stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
            };
            assert_eq!(
                r.code,
                0,
                "{name} with {}:\n{program}\n{}\n{}",
                kind.id(),
                r.stdout,
                r.stderr
            );
            assert_eq!(r.stdout.trim(), "0", "{name} with {}: OKX's code", kind.id());
            assert_no_secrets(&r, &a);
        }
        clear(&label);
    }
    assert_only_gets();
}
