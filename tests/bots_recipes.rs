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
use cli_common::home::Home;
use cli_common::keyring::{clear, have_keyring};
use cli_common::*;
use okx_key_core::recipes::{recipe, BotKind};
use okx_simulator::practice_account;
use std::process::Command;

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

#[test]
fn the_python_recipes_run_as_generated_for_every_site_and_demo() {
    if !have_keyring("the_python_recipes_run_as_generated") {
        return;
    }
    require_python("ccxt");
    require_python("okx.Account");
    let home = Home::on_shared_sims();
    for name in ["good", "eea", "us", "tr", "demo"] {
        let a = practice_account(name).unwrap_or_else(|| panic!("no practice account {name}"));
        let label = format!("Recipe_{name}");
        home.save_practice(&label, &a);
        for kind in [BotKind::PythonCcxt, BotKind::PythonOkx] {
            let r = recipe(kind, a.site, a.demo, &label);
            let program = r.code_of("env").expect("an environment program");
            let path = home.path().join(format!("{name}-{}.py", kind.id()));
            std::fs::write(&path, program).unwrap();
            let run = r.code_of("run").expect("a run line");
            assert_eq!(run, format!("okx-key-assistant run {label} -- python3 bot.py"));
            let path = path.to_str().unwrap_or_default();
            let mut cmd = home.command(&["run", &label, "--", "python3", path]);
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
