//! My keys' switch "Check my keys every day and tell me when one needs me" in the real window
//! (issue 26): a practice key saved with the real CLI so the app opens on My keys; the switch is
//! off, says when the watch last ran and what it found, and opening My keys is recorded as seen
//! (the repeat rule); turning it on writes the systemd user service, timer and its
//! `timers.target.wants` link (`systemd-analyze verify` accepts them, `watch status` agrees);
//! turning it off removes exactly them.
//!
//! The session has no systemd user manager; the test gives the app a runtime folder with the
//! manager's socket path (`systemd/private`), which is how the core tells one runs, so the
//! switch takes the systemd way (its `systemctl --user` calls then find no manager and change
//! nothing).

mod common;
use common::deadline::InTime;
use common::*;
use okx_simulator::{practice_account, start_all_sites, SimConfig, Simulator};
use serde_json::Value;
use std::path::Path;
use std::process::Command;

fn delete_item(label: &str) {
    let _ = Command::new("secret-tool")
        .args(["clear", "service", "okx-key-assistant", "username", label])
        .output_in_time();
}

/// The real CLI with this test's folders and simulators; (exit status, stdout, stderr).
fn cli(home: &Path, runtime: &Path, sims: &[Simulator], args: &[&str], key: bool) -> (i32, String, String) {
    let mut cmd = Command::new(common::programs::cli());
    cmd.args(args)
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_RUNTIME_DIR", runtime)
        .env_remove("OKX_API_KEY")
        .env_remove("OKX_SECRET_KEY")
        .env_remove("OKX_PASSPHRASE")
        .env_remove("RUST_LOG")
        .env("LANG", "C.UTF-8");
    for s in sims {
        cmd.env(s.site().override_var(), s.base_url());
    }
    if key {
        let a = practice_account("good").unwrap();
        cmd.env("OKX_API_KEY", &a.api_key)
            .env("OKX_SECRET_KEY", &a.secret_key)
            .env("OKX_PASSPHRASE", &a.passphrase);
    }
    let out = cmd.output_in_time().expect("the CLI ran");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_switch_on_my_keys_writes_the_units_and_off_removes_them() {
    if !e2e_enabled("watch switch") {
        return;
    }
    let _guard = WINDOW_LOCK.lock().await;
    let sims = start_all_sites(
        0,
        SimConfig {
            rate_limits: false,
            ..SimConfig::default()
        },
    )
    .await
    .expect("simulators");
    let home = tempfile::tempdir().unwrap();
    let runtime = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(runtime.path().join("systemd")).unwrap();
    std::fs::write(runtime.path().join("systemd/private"), "").unwrap();
    let label = "Watch_Switch_Good";
    delete_item(label);
    let (code, out, err) = cli(home.path(), runtime.path(), &sims, &["save", label], true);
    assert_eq!(code, 0, "save:\n{out}\n{err}");
    let dir = home.path().join("data/app.okx-key-assistant.desktop");
    let progress = serde_json::json!({
        "current": "s10", "rules_acknowledged": true, "site": "global", "demo": false,
        "done": ["start", "rules", "s1", "s2", "s3", "s4", "s5", "s6", "s7", "s8", "s9", "s10"], "ticks": {}
    });
    std::fs::write(dir.join("progress.json"), progress.to_string()).unwrap();
    // An earlier daily run found one of two keys needing the user; My keys was not opened since.
    let state = serde_json::json!({
        "last_run": "2026-12-01T06:00:00.000Z", "last_checked": 2, "last_found": 1,
        "keys": {label: {"withdraw_on": "2026-12-01T06:00:00.000Z"}}
    });
    std::fs::write(dir.join("watch-state.json"), state.to_string()).unwrap();

    let env: Vec<(&str, String)> = sims.iter().map(|s| (s.site().override_var(), s.base_url())).collect();
    let mut env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
    env.push(("LANG", "C.UTF-8"));
    let runtime_dir = runtime.path().to_str().unwrap().to_owned();
    env.push(("XDG_RUNTIME_DIR", runtime_dir.as_str()));
    let app = App::launch(home.path(), &env).await;

    app.wait_step("my-keys").await;
    app.wait_js("const b = document.querySelector('#watch-switch'); return b !== null && !b.hidden")
        .await;
    assert_eq!(
        app.text("#watch-label").await,
        "Check my keys every day and tell me when one needs me"
    );
    let words = app.text("#watch-state").await;
    assert!(words.starts_with("Off."), "{words}");
    // The last run as a date and time in this computer's zone, not the stored ISO string.
    assert!(
        words.contains("Last run: 2026-12-0") && !words.contains("T06:00:00"),
        "{words}"
    );
    assert!(words.contains("Keys tested: 2. Needing you: 1."), "{words}");
    assert_eq!(
        app.js("return document.querySelector('#watch-toggle').checked").await,
        false
    );
    // Opening My keys was recorded: what was sent is not repeated.
    let seen: Value = serde_json::from_slice(&std::fs::read(dir.join("watch-state.json")).unwrap()).unwrap();
    assert!(seen["my_keys_seen"].is_string(), "{seen}");

    // On: the systemd user units, as `watch on` writes them.
    let units = home.path().join("config/systemd/user");
    let service = units.join("okx-key-assistant-watch.service");
    let timer = units.join("okx-key-assistant-watch.timer");
    let link = units.join("timers.target.wants/okx-key-assistant-watch.timer");
    assert!(!service.exists());
    app.click("#watch-toggle").await;
    app.wait_js("return document.querySelector('#watch-switch').dataset.on === 'true'")
        .await;
    let words = app.text("#watch-state").await;
    assert!(words.starts_with("On."), "{words}");
    app.wait_js(
        "const b = document.querySelector('#watch-switch'); return b !== null && !b.hidden && b.dataset.on === 'true' && document.querySelector('.key-card') !== null",
    )
    .await;
    app.screenshot("watch-switch-on").await;
    let text = std::fs::read_to_string(&service).expect("the service");
    assert!(
        text.contains(&format!("ExecStart={} check --notify", common::programs::cli())),
        "{text}"
    );
    assert!(std::fs::read_to_string(&timer).unwrap().contains("Persistent=true"));
    assert!(link.symlink_metadata().is_ok(), "the timers.target.wants link");
    let out = Command::new("systemd-analyze")
        .args(["verify", "--man=no"])
        .arg(&service)
        .arg(&timer)
        .output_in_time()
        .expect("systemd-analyze");
    assert!(
        out.status.success(),
        "systemd-analyze verify refused the units:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let (code, out, err) = cli(
        home.path(),
        runtime.path(),
        &sims,
        &["watch", "status", "--json"],
        false,
    );
    assert_eq!(code, 0, "{out}\n{err}");
    let status: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        (status["on"].clone(), status["via"].clone()),
        (Value::from(true), Value::from("systemd"))
    );

    // Off: exactly those files go; the folder stays.
    app.click("#watch-toggle").await;
    app.wait_js("return document.querySelector('#watch-switch').dataset.on === 'false'")
        .await;
    assert!(app.text("#watch-state").await.starts_with("Off."));
    assert!(!service.exists() && !timer.exists() && link.symlink_metadata().is_err());
    assert!(units.exists());
    let (_, out, _) = cli(home.path(), runtime.path(), &sims, &["watch", "status"], false);
    assert!(out.starts_with("Off:"), "{out}");

    app.close().await;
    delete_item(label);
}
