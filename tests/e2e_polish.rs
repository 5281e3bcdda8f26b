//! The window, polished (issue 28, points 5 to 9): after a test that finds a key can withdraw,
//! Step 10 says one message with one action (its button opens the key's page on OKX), and the
//! primary button names the next thing to do; one progress figure; no address for engineers
//! in plain sight; one language menu on the first screen; one name for the delete page; Start
//! over asks in the danger style.

mod common;
use common::*;
use okx_simulator::{practice_account, start_all_sites, SimConfig};

/// A stand-in for `xdg-open` first on PATH: it writes the URL it was asked to open to `opened`.
fn fake_opener(dir: &std::path::Path) -> String {
    use std::os::unix::fs::PermissionsExt;
    let bin = dir.join("bin");
    std::fs::create_dir_all(&bin).unwrap();
    let script = bin.join("xdg-open");
    let log = dir.join("opened.txt");
    std::fs::write(
        &script,
        format!("#!/bin/sh\nprintf '%s\\n' \"$1\" >> '{}'\n", log.display()),
    )
    .unwrap();
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    format!("{}:{}", bin.display(), std::env::var("PATH").unwrap_or_default())
}

#[tokio::test]
async fn step10_after_a_withdraw_key_says_one_thing_and_the_next_thing_to_do() {
    if !e2e_enabled("step10_withdraw_polish") {
        return;
    }
    let _guard = WINDOW_LOCK.lock().await;
    let sims = start_all_sites(0, SimConfig::default()).await.expect("simulators");
    let key = practice_account("withdraw").expect("practice account");
    let home = tempfile::tempdir().unwrap();
    let dir = home.path().join("data/app.okx-key-assistant.desktop");
    std::fs::create_dir_all(&dir).unwrap();
    let progress = serde_json::json!({
        "current": "s9", "rules_acknowledged": true, "site": "global", "demo": false,
        "bot_name": "Practice", "label": "PolishWithdraw",
        "done": ["start", "rules", "s1", "s2", "s3", "s4", "s5", "s6", "s7", "s8", "verify", "trouble"],
        "ticks": {"s6_withdraw_off": true}
    });
    std::fs::write(dir.join("progress.json"), progress.to_string()).unwrap();
    let path = fake_opener(home.path());
    let mut env: Vec<(&str, String)> = sims.iter().map(|s| (s.site().override_var(), s.base_url())).collect();
    env.push(("PATH", path));
    let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let app = App::launch(home.path(), &env).await;
    app.wait_step("s9").await;

    // Point 7: one figure, and only Steps 1 to 10 count (8 of them done; "verify" and
    // "trouble" are read, not done).
    let line = app.text("#progress-text").await;
    assert!(line.contains("8 of 10"), "one figure of the ten steps: {line}");
    assert!(!line.contains('·') && !line.contains("Step"), "one figure only: {line}");

    app.paste_key_and_go_to_step10(&key.api_key, &key.secret_key, &key.passphrase)
        .await;
    app.click("#test-connection").await;
    app.wait_js("return document.querySelector('#test-message [data-kind=withdraw_enabled]') !== null")
        .await;
    // Point 5: one message (one danger box), its one action, the checklist below, no repeat of the fix.
    let dangers = app
        .js("return document.querySelectorAll('#test-result .callout.danger').length")
        .await;
    assert_eq!(dangers, 1, "exactly one danger message");
    let fix = app.text("#test-message .problem-fix").await;
    let repeats = app
        .js(&format!(
            "return [...document.querySelectorAll('#test-result')].map(e => e.innerText.split({fix:?}).length - 1)[0]"
        ))
        .await;
    assert_eq!(repeats, 1, "the fix is said once: {fix}");
    let next = app.text("#next").await;
    assert!(
        !next.is_empty() && next != "Next",
        "the primary button names the next thing to do: {next}"
    );
    // Point 8: no address for engineers in plain sight (the confirmation report, a document for
    // a support desk, keeps its API host).
    let visible = app
        .js("const c = document.querySelector('#step').cloneNode(true); c.querySelectorAll('pre.report').forEach(p => p.remove()); c.querySelectorAll('details:not([open])').forEach(d => [...d.childNodes].forEach(n => { if (n.tagName !== 'SUMMARY') n.remove(); })); return c.innerText")
        .await;
    assert!(
        !visible.as_str().unwrap_or("").contains("127.0.0.1:"),
        "an address outside a closed Details: {visible}"
    );
    app.screenshot("polish-s10-withdraw").await;
    // The button opens this key's page on OKX (the site's API management page).
    app.click("#open-key-page").await;
    let opened = home.path().join("opened.txt");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while !opened.exists() && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let url = std::fs::read_to_string(&opened).unwrap_or_default();
    assert_eq!(
        url.trim(),
        okx_key_core::Site::Global.api_management_url(),
        "opened: {url}"
    );
    // The primary button does it: back to Step 3 for a new key.
    app.click("#next").await;
    app.wait_step("s3").await;

    // Point 9: one name for the delete page in the rail and on the page.
    app.click(".rail-item[data-step=rotate]").await;
    app.wait_step("rotate").await;
    let rail = app.text(".rail-item[data-step=rotate] .rail-label").await;
    let title = app.text("#step-title").await;
    assert_eq!(rail, title, "the rail names the page as the page does");
    // Start over asks in the danger style; one language menu on the first screen.
    app.click("#start-over").await;
    app.wait_js("return document.getElementById('confirm-dialog').open")
        .await;
    let class = app.js("return document.getElementById('confirm-ok').className").await;
    assert_eq!(class, "danger");
    app.click("#confirm-ok").await;
    app.wait_step("start").await;
    let menus = app
        .js("return document.querySelectorAll('[data-language-menu]').length")
        .await;
    assert_eq!(menus, 1, "one language menu on the first screen");
    app.close().await;
}
