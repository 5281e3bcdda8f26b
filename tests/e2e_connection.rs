//! The real window against the OKX simulator: paste (with stray whitespace and a swapped pair),
//! test a good key, save it to the real keychain, copy the report; and the failures a user meets:
//! a wrong passphrase, a key from another site, a key that can withdraw.

mod common;
use common::deadline::InTime;
use common::*;
use okx_simulator::{practice_account, start_all_sites, SimAccount, SimConfig, Simulator};
use std::path::Path;
use std::process::Command;

async fn sims() -> Vec<Simulator> {
    start_all_sites(0, SimConfig::default()).await.expect("simulators")
}

fn overrides(sims: &[Simulator]) -> Vec<(&'static str, String)> {
    sims.iter().map(|s| (s.site().override_var(), s.base_url())).collect()
}

fn account(name: &str) -> SimAccount {
    practice_account(name).unwrap_or_else(|| panic!("no practice account {name}"))
}

/// Starts the app on Step 9 with the guide done so far (as a returning user would).
async fn app_on_step9(home: &Path, sims: &[Simulator], site: &str, label: &str) -> App {
    let dir = home.join("data/app.okx-key-assistant.desktop");
    std::fs::create_dir_all(&dir).unwrap();
    let progress = serde_json::json!({
        "current": "s9", "rules_acknowledged": true, "site": site, "demo": false,
        "bot_name": "Practice", "label": label,
        "done": ["start", "rules", "s1", "s2", "s3", "s4", "s5", "s6", "s7", "s8"], "ticks": {"s6_withdraw_off": true}
    });
    std::fs::write(dir.join("progress.json"), progress.to_string()).unwrap();
    let env = overrides(sims);
    let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let app = App::launch(home, &env).await;
    app.wait_step("s9").await;
    app
}

async fn paste_and_check(app: &App, key: &str, secret: &str, passphrase: &str) {
    app.type_into("#api-key", key).await;
    app.type_into("#secret-key", secret).await;
    app.type_into("#passphrase-paste", passphrase).await;
    app.click("#check-credentials").await;
    app.wait_js("return document.querySelector('#check-summary .callout') !== null")
        .await;
}

async fn go_test(app: &App) {
    app.click("label[for=saved-all]").await;
    app.click("#next").await;
    app.wait_step("s10").await;
    app.click("#test-connection").await;
    app.wait_js("return document.querySelector('#check-results, #test-result .callout') !== null")
        .await;
}

/// Pastes a practice key on Step 9 (site chosen in Step 1: `site`) and runs the test.
async fn tested(name: &str, site: &str, label: &str) -> (App, Vec<Simulator>, tempfile::TempDir) {
    let sims = sims().await;
    let key = account(name);
    let home = tempfile::tempdir().unwrap();
    let app = app_on_step9(home.path(), &sims, site, label).await;
    paste_and_check(&app, &key.api_key, &key.secret_key, &key.passphrase).await;
    go_test(&app).await;
    (app, sims, home)
}

fn clipboard() -> String {
    let out = Command::new("xclip")
        .args(["-o", "-selection", "clipboard"])
        .output_in_time()
        .expect("xclip");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Deletes the keychain item saved under its label when dropped (also when the test fails):
/// My keys lists every item of the service, and the tests of a run share one keyring.
struct Forget(&'static str);

impl Forget {
    fn now(label: &'static str) -> Forget {
        let f = Forget(label);
        f.clear();
        f
    }

    fn clear(&self) {
        let _ = Command::new("secret-tool")
            .args(["clear", "service", "okx-key-assistant", "username", self.0])
            .output_in_time();
    }
}

impl Drop for Forget {
    fn drop(&mut self) {
        self.clear();
    }
}

#[tokio::test]
async fn good_key_with_messy_paste_passes_saves_and_copies_the_report() {
    let _forget = Forget::now("PracticeGoodBot");
    if !e2e_enabled("good_key_passes_saves_and_copies") {
        return;
    }
    let _guard = WINDOW_LOCK.lock().await;
    let sims = sims().await;
    let good = account("good");
    let home = tempfile::tempdir().unwrap();
    let app = app_on_step9(home.path(), &sims, "global", "PracticeGoodBot").await;

    // Stray whitespace, and the key and the secret in each other's fields.
    paste_and_check(
        &app,
        &format!("  {} ", good.secret_key),
        &format!("{}  ", good.api_key),
        &good.passphrase,
    )
    .await;
    assert!(app.exists("#swap-fields").await, "the swap is offered");
    let trimmed = app.text("#trimmed-list").await;
    assert!(
        trimmed.contains("removed 2 leading spaces") && trimmed.contains("trailing space"),
        "{trimmed}"
    );
    app.screenshot("e2e-s9-swap-offered").await;
    app.click("#swap-fields").await;
    app.wait_js(&format!(
        "return document.getElementById('api-key').value === '{}'",
        good.api_key
    ))
    .await;
    app.wait_js("return document.querySelector('#check-summary .callout.success') !== null")
        .await;
    assert!(!app.exists("#swap-fields").await);
    app.screenshot("e2e-s9-clean").await;

    go_test(&app).await;
    let statuses = app.js("return [...document.querySelectorAll('#check-results li')].map(li => li.dataset.check + ':' + li.dataset.status)").await;
    let statuses: Vec<String> = serde_json::from_value(statuses).unwrap();
    assert_eq!(statuses.len(), 8, "{statuses:?}");
    assert!(
        statuses.iter().all(|s| s.ends_with(":pass")),
        "every check passes: {statuses:?}"
    );
    app.screenshot("e2e-s10-pass").await;

    // Save to the real keychain; it is read back and found by secret-tool.
    app.click("#save-key").await;
    app.wait_js("return document.querySelector('#save-status .callout.success') !== null")
        .await;
    let found = Command::new("secret-tool")
        .args(["lookup", "service", "okx-key-assistant", "username", "PracticeGoodBot"])
        .output_in_time()
        .expect("secret-tool");
    let item: serde_json::Value = serde_json::from_slice(&found.stdout).expect("the item is JSON");
    assert_eq!(item["api_key"], good.api_key.as_str());
    assert_eq!(item["site"], "global");
    app.wait_js("return document.querySelector('#saved-keys tr[data-label=PracticeGoodBot]') !== null")
        .await;
    app.screenshot("e2e-s10-saved").await;

    // Copy puts exactly the report on the clipboard, and it holds no secret.
    app.click("#copy-report").await;
    app.wait_js("return document.getElementById('report-status').textContent.startsWith('Copied')")
        .await;
    let copied = clipboard();
    let shown = app
        .js("return document.getElementById('report-text').textContent")
        .await;
    assert_eq!(
        copied.trim_end(),
        shown.as_str().unwrap().trim_end(),
        "the clipboard holds exactly the report"
    );
    assert!(copied.contains("VERIFIED"), "{copied}");
    assert!(
        copied.contains("okx-key-assistant") && copied.contains("PracticeGoodBot"),
        "where it was saved"
    );
    for secret in [&good.secret_key, &good.passphrase, &good.api_key] {
        assert!(!copied.contains(secret.as_str()), "the report must not hold a secret");
    }

    // Saving again under the same name asks before replacing.
    app.click("#save-key").await;
    app.wait_js("return document.getElementById('confirm-dialog').open")
        .await;
    assert!(
        app.text("#confirm-text").await.contains("…"),
        "the existing key is shown redacted"
    );
    app.click("#confirm-ok").await;
    app.wait_js(
        "return (document.querySelector('#save-status .callout.success') || {}).textContent?.includes('Replaced')",
    )
    .await;

    // The last screen has the report too, and what is ticked there goes into it.
    app.click("#next").await;
    app.wait_step("verify").await;
    app.wait_js("return document.getElementById('report-text').textContent.includes('VERIFIED')")
        .await;
    let before = app
        .js("return document.getElementById('report-text').textContent")
        .await;
    app.click("[data-tick=verify_balance]").await;
    app.wait_js(&format!(
        "return document.getElementById('report-text').textContent !== {}",
        before
    ))
    .await;
    app.close().await;
}

#[tokio::test]
async fn wrong_passphrase_gets_the_right_fix_and_keeps_the_form() {
    if !e2e_enabled("wrong_passphrase") {
        return;
    }
    let _guard = WINDOW_LOCK.lock().await;
    let sims = sims().await;
    let good = account("good");
    let home = tempfile::tempdir().unwrap();
    let app = app_on_step9(home.path(), &sims, "global", "PracticeGoodBot").await;
    paste_and_check(&app, &good.api_key, &good.secret_key, "Not#TheRight1").await;
    go_test(&app).await;
    let kinds = app
        .js("return [...document.querySelectorAll('[data-kind]')].map(e => e.dataset.kind)")
        .await;
    assert!(
        kinds.as_array().unwrap().iter().any(|k| k == "wrong_passphrase"),
        "{kinds}"
    );
    let text = app.text("#test-result").await;
    assert!(
        text.to_lowercase().contains("login password"),
        "the fix says it is not the login password: {text}"
    );
    assert!(!app.exists("#save-key").await, "a failing key cannot be saved");
    app.screenshot("e2e-s10-wrong-passphrase").await;
    // Try again keeps everything: the same test runs again from the kept values.
    app.click("#test-connection").await;
    app.wait_js("return document.querySelector('[data-kind=wrong_passphrase]') !== null")
        .await;
    app.close().await;
}

#[tokio::test]
async fn a_key_from_another_site_is_recognised() {
    if !e2e_enabled("wrong_site") {
        return;
    }
    let _guard = WINDOW_LOCK.lock().await;
    let (app, _sims, _home) = tested("eea", "global", "PracticeEeaBot").await;
    app.wait_js("return document.querySelector('[data-kind=wrong_site]') !== null")
        .await;
    let text = app.text("#test-result").await;
    assert!(text.contains("my.okx.com"), "names the right site: {text}");
    app.screenshot("e2e-s10-wrong-site").await;
    // One click switches to the key's own site and tests again: everything passes.
    app.click("#switch-and-retest").await;
    app.wait_js("return document.querySelectorAll('#check-results li').length === 8 && [...document.querySelectorAll('#check-results li')].every(li => li.dataset.status === 'pass')").await;
    assert!(
        app.text("#step").await.contains("eea.okx.com"),
        "the site is now the key's own"
    );
    app.close().await;
}

#[tokio::test]
async fn a_key_that_can_withdraw_is_unsafe_and_not_saved() {
    if !e2e_enabled("withdraw") {
        return;
    }
    let _guard = WINDOW_LOCK.lock().await;
    let (app, _sims, _home) = tested("withdraw", "global", "PracticeWithdraw").await;
    app.wait_js("return document.querySelector('[data-kind=withdraw_enabled]') !== null")
        .await;
    assert!(app.exists("#test-result .callout.danger").await);
    assert!(
        !app.exists("#save-key").await,
        "no save button for a key that can withdraw"
    );
    let withdraw = app
        .js("return document.querySelector('[data-check=withdraw]').dataset.status")
        .await;
    assert_eq!(withdraw.as_str(), Some("fail"));
    app.screenshot("e2e-s10-withdraw").await;
    app.close().await;
}
