//! My keys in the real window, against the OKX simulator and the real keychain: two practice
//! keys saved with the real CLI, so the app opens on My keys; Test all finds both healthy (the
//! unbound one with OKX's 14-day count); then, on the simulator, one key gets Withdraw turned on
//! and the other is deleted. Test all again shows the first in the danger colour, with no
//! Connect button and `run` refusing it (exit 3), and the second as deleted on OKX with Replace
//! offered. Replace walks Steps 3 to 10 with the old label filled in; the keychain item changes
//! only after the new key passes, and the steps to delete the old key on OKX follow. axe-core
//! finds nothing serious on My keys, and nothing on it overflows at 800x600.

mod common;
use common::deadline::InTime;
use common::*;
use okx_simulator::{practice_account, start_all_sites, SimAccount, SimConfig, Simulator};
use std::path::Path;
use std::process::Command;

async fn sims() -> Vec<Simulator> {
    let template = SimConfig {
        rate_limits: false,
        ..SimConfig::default()
    };
    start_all_sites(0, template).await.expect("simulators")
}

fn account(name: &str) -> SimAccount {
    practice_account(name).unwrap_or_else(|| panic!("no practice account {name}"))
}

fn delete_item(label: &str) {
    let _ = Command::new("secret-tool")
        .args(["clear", "service", "okx-key-assistant", "username", label])
        .output_in_time();
}

/// The real CLI with this test's data folder and simulators; (exit status, stdout, stderr).
fn cli(home: &Path, sims: &[Simulator], args: &[&str], key: Option<&SimAccount>) -> (i32, String, String) {
    let mut cmd = Command::new(common::programs::cli());
    cmd.args(args)
        .env("XDG_DATA_HOME", home.join("data"))
        .env_remove("OKX_API_KEY")
        .env_remove("OKX_SECRET_KEY")
        .env_remove("OKX_PASSPHRASE")
        .env_remove("RUST_LOG")
        .env("LANG", "C.UTF-8");
    for s in sims {
        cmd.env(s.site().override_var(), s.base_url());
    }
    if let Some(a) = key {
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

fn control(sims: &[Simulator], line: &str) {
    let answers: Vec<_> = sims.iter().map(|s| s.control(line)).collect();
    assert!(answers.iter().any(Result::is_ok), "{line}: {answers:?}");
}

async fn card_health(app: &App, label: &str) -> String {
    app.js(&format!(
        "const c = document.querySelector('.key-card[data-key=\"{label}\"]'); return c ? c.dataset.health : null"
    ))
    .await
    .as_str()
    .unwrap_or_default()
    .to_owned()
}

async fn wait_health(app: &App, label: &str, health: &str) {
    app.wait_js(&format!(
        "const c = document.querySelector('.key-card[data-key=\"{label}\"]'); return c !== null && c.dataset.health === '{health}' && !document.querySelector('#test-all').disabled"
    ))
    .await;
}

// Multi-threaded: the CLI runs blocking while the simulators answer it on another thread.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn my_keys_tests_all_shows_drift_and_deletion_and_replaces_a_key() {
    if !e2e_enabled("my_keys") {
        return;
    }
    let _guard = WINDOW_LOCK.lock().await;
    let sims = sims().await;
    let home = tempfile::tempdir().unwrap();
    let (drifting, deleted) = ("MyKeys_Drift", "MyKeys_Gone");
    let (good, no_ip, fresh) = (account("good"), account("no-ip"), account("multi-currency"));
    for label in [drifting, deleted] {
        delete_item(label);
    }
    let (code, out, err) = cli(home.path(), &sims, &["save", drifting], Some(&good));
    assert_eq!(code, 0, "save {drifting}:\n{out}\n{err}");
    let (code, out, err) = cli(home.path(), &sims, &["save", deleted], Some(&no_ip));
    assert_eq!(code, 0, "save {deleted}:\n{out}\n{err}");
    // The guide was done before (rules accepted), as for any returning user.
    let dir = home.path().join("data/app.okx-key-assistant.desktop");
    let progress = serde_json::json!({
        "current": "s10", "rules_acknowledged": true, "site": "global", "demo": false,
        "done": ["start", "rules", "s1", "s2", "s3", "s4", "s5", "s6", "s7", "s8", "s9", "s10"], "ticks": {}
    });
    std::fs::write(dir.join("progress.json"), progress.to_string()).unwrap();

    let env: Vec<(&str, String)> = sims.iter().map(|s| (s.site().override_var(), s.base_url())).collect();
    let mut env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
    env.push(("LANG", "C.UTF-8"));
    let app = App::launch(home.path(), &env).await;
    app.resize(800, 600).await;

    // A returning user opens on My keys: both keys, as the test before their save saw them (the
    // save's test is the first entry of a key's history), no Back or Next.
    app.wait_step("my-keys").await;
    app.wait_js("return document.querySelectorAll('.key-card').length === 2")
        .await;
    assert_eq!(card_health(&app, drifting).await, "healthy");
    let nav = app
        .js("return getComputedStyle(document.querySelector('.nav-buttons')).display")
        .await;
    assert_eq!(nav, "none", "My keys has no Back or Next");
    assert!(app.exists(".rail-item.rail-home.current").await);

    // Test all: both healthy; the unbound Trade key counts OKX's 14 days, the bound one does not.
    app.click("#test-all").await;
    wait_health(&app, drifting, "healthy").await;
    wait_health(&app, deleted, "healthy").await;
    let idle = format!(".key-card[data-key=\"{deleted}\"] [data-idle-days]");
    assert_eq!(
        app.js(&format!("return document.querySelector('{idle}').dataset.idleDays"))
            .await,
        "0"
    );
    let idle_text = app.text(&idle).await;
    assert!(idle_text.contains("14"), "{idle_text:?}");
    assert!(
        !app.exists(&format!(".key-card[data-key=\"{drifting}\"] [data-idle-days]"))
            .await
    );
    let ip = app
        .text(&format!(".key-card[data-key=\"{drifting}\"] [data-fact=ip]"))
        .await;
    assert_eq!(ip, "127.0.0.1");
    let perms = app
        .text(&format!(".key-card[data-key=\"{drifting}\"] [data-fact=permissions]"))
        .await;
    assert!(
        perms.contains("Read") && perms.contains("Trade") && !perms.contains("Withdraw"),
        "{perms}"
    );
    assert!(
        app.text("#keys-status").await.contains("2 of 2"),
        "{}",
        app.text("#keys-status").await
    );
    app.screenshot("my-keys-healthy").await;

    // Delete does not look like Test beside it (the danger colour), and asks first: the dialog's
    // confirm button is the danger one, the focus starts on Cancel, and Cancel keeps the key.
    let card = format!(".key-card[data-key=\"{drifting}\"]");
    let looks = app
        .js(&format!(
            "const c = document.querySelector('{card}'); const s = (e) => getComputedStyle(e); \
             const del = c.querySelector('[data-delete]'), test = c.querySelector('[data-test-key]'); \
             const probe = document.createElement('span'); probe.style.color = 'var(--danger)'; document.body.appendChild(probe); \
             const danger = s(probe).color; probe.remove(); \
             return [s(del).color, s(del).borderTopColor, s(test).color, danger];"
        ))
        .await;
    let looks = strings(looks);
    assert!(
        looks[0] == looks[3] && looks[1] == looks[3] && looks[2] != looks[3],
        "Delete in the danger colour, Test not: {looks:?}"
    );
    app.click(&format!("{card} [data-delete]")).await;
    app.wait_js("return document.getElementById('confirm-dialog').open")
        .await;
    assert_eq!(app.focused().await, "confirm-cancel", "the safe answer has the focus");
    assert_eq!(
        app.js("return document.getElementById('confirm-ok').className").await,
        "danger"
    );
    app.screenshot("my-keys-delete-asks").await;
    app.click("#confirm-cancel").await;
    app.wait_js("return !document.getElementById('confirm-dialog').open")
        .await;
    assert!(app.exists(&card).await, "Cancel keeps the key");

    // On OKX: Withdraw turned on for one key, the other deleted.
    control(&sims, &format!("withdraw on {}", good.api_key));
    control(&sims, &format!("delete {}", no_ip.api_key));
    app.click("#test-all").await;
    wait_health(&app, drifting, "can_withdraw").await;
    wait_health(&app, deleted, "deleted").await;
    let red = format!(".key-card[data-key=\"{drifting}\"]");
    assert!(
        app.exists(&format!("{red}.tone-danger [data-drift=withdraw_turned_on]"))
            .await
    );
    assert!(app.exists(&format!("{red} [data-no-bot]")).await);
    assert!(
        !app.exists(&format!("{red} [data-connect]")).await,
        "no Connect for a key that can withdraw"
    );
    let color = app
        .js(&format!(
            "return getComputedStyle(document.querySelector('{red}')).borderInlineStartColor"
        ))
        .await;
    let danger = app
        .js("return getComputedStyle(document.querySelector('.badge.danger')).color")
        .await;
    assert_eq!(color, danger, "the card has the danger colour");
    let gone = format!(".key-card[data-key=\"{deleted}\"]");
    assert!(app.exists(&format!("{gone} [data-drift=deleted_on_okx]")).await);
    assert!(
        app.exists(&format!("{gone} button.primary[data-replace]")).await,
        "Replace is offered first"
    );
    assert!(!app.exists(&format!("{gone} [data-idle-days]")).await);
    app.screenshot("my-keys-drift").await;
    let found = app.axe().await;
    assert!(found.is_empty(), "axe-core on My keys: {found:?}");
    let wide = app
        .js("return [...document.querySelectorAll('#step *')].filter((e) => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX === 'visible' && e.clientWidth > 0).map((e) => e.className || e.tagName)")
        .await;
    assert_eq!(wide, serde_json::json!([]), "something overflows at 800x600");

    // `run` refuses the key a test saw with Withdraw on, and starts nothing.
    let (code, out, err) = cli(
        home.path(),
        &sims,
        &["run", drifting, "--", "/bin/echo", "started"],
        None,
    );
    assert_eq!(code, 3, "run of a key that can withdraw:\n{out}\n{err}");
    assert!(!out.contains("started"), "{out}");

    // Replace the deleted key: Steps 3 to 10 with its label; saved over it only once it passes.
    app.click(&format!("{gone} [data-replace]")).await;
    app.wait_step("s3").await;
    assert!(app.exists(&format!("[data-replacing=\"{deleted}\"]")).await);
    app.click(".rail-item[data-step=s9]").await;
    app.wait_step("s9").await;
    app.paste_key_and_go_to_step10(&fresh.api_key, &fresh.secret_key, &fresh.passphrase)
        .await;
    app.click("#test-connection").await;
    app.wait_js("return document.querySelector('#save-key') !== null").await;
    let label = app.js("return document.querySelector('#save-label').value").await;
    assert_eq!(label, deleted, "the old label is filled in");
    // Until the save, the keychain still holds the old key.
    let (_, list, _) = cli(home.path(), &sims, &["list", "--json"], None);
    assert!(list.contains(&no_ip.api_key[..4]), "{list}");
    app.click("#save-key").await;
    app.wait_js("return document.querySelector('#delete-old-key') !== null")
        .await;
    let steps = app.text("#delete-old-key").await;
    let old = format!("{}…{}", &no_ip.api_key[..4], &no_ip.api_key[no_ip.api_key.len() - 4..]);
    assert!(steps.contains(&old), "the old key is named: {steps}");
    assert!(app.exists("#open-old-key-page").await);
    assert!(
        !app.exists("#confirm-dialog[open]").await,
        "a replacement asks no second time"
    );
    let (_, list, _) = cli(home.path(), &sims, &["list", "--json"], None);
    assert!(
        list.contains(&fresh.api_key[..4]) && !list.contains(&no_ip.api_key[..4]),
        "{list}"
    );
    app.screenshot("my-keys-replaced").await;

    // Back on My keys the replaced key is as new, and passes.
    app.click(".rail-home").await;
    app.wait_step("my-keys").await;
    app.wait_js(&format!("return document.querySelector('{gone}') !== null"))
        .await;
    app.click(&format!("{gone} [data-test-key]")).await;
    wait_health(&app, deleted, "healthy").await;
    app.close().await;
    for label in [drifting, deleted] {
        delete_item(label);
    }
}
