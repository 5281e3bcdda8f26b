//! "Connect your bot" in the real window, against the OKX simulator and the real keychain: a
//! practice key of my.okx.com (EEA) is tested and saved in Step 10, then connected: Freqtrade's
//! exchange is myokx, ccxt's class is ccxt.myokx, the web platform's three Copy buttons copy
//! from the keychain, plain copies refuse a secret, the saved keys list opens the same panel by
//! keyboard, and no secret is anywhere in the page. Then a Demo Trading key in the
//! pseudo-language at 800x600: every recipe's words come from the catalog, nothing overflows,
//! and axe-core finds nothing serious.

mod common;
use common::deadline::InTime;
use common::*;
use okx_simulator::{practice_account, start_all_sites, SimAccount, SimConfig, Simulator};
use std::path::Path;
use std::process::Command;

const ARROW_DOWN: &str = "\u{e015}";

async fn sims() -> Vec<Simulator> {
    start_all_sites(0, SimConfig::default()).await.expect("simulators")
}

fn account(name: &str) -> SimAccount {
    practice_account(name).unwrap_or_else(|| panic!("no practice account {name}"))
}

fn clipboard() -> String {
    let out = Command::new("xclip")
        .args(["-o", "-selection", "clipboard"])
        .output_in_time()
        .expect("xclip");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn delete_item(label: &str) {
    let _ = Command::new("secret-tool")
        .args(["clear", "service", "okx-key-assistant", "username", label])
        .output_in_time();
}

/// Starts the app on Step 9 (guide done so far), pastes the practice key `name`, tests it in
/// Step 10 and saves it as `label`.
async fn saved_key(
    home: &Path,
    sims: &[Simulator],
    name: &str,
    site: &str,
    demo: bool,
    label: &str,
    lang: &str,
) -> App {
    let dir = home.join("data/app.okx-key-assistant.desktop");
    std::fs::create_dir_all(&dir).unwrap();
    let progress = serde_json::json!({
        "current": "s9", "rules_acknowledged": true, "site": site, "demo": demo,
        "bot_name": "Practice", "label": label,
        "done": ["start", "rules", "s1", "s2", "s3", "s4", "s5", "s6", "s7", "s8"], "ticks": {"s6_withdraw_off": true}
    });
    std::fs::write(dir.join("progress.json"), progress.to_string()).unwrap();
    let env: Vec<(&str, String)> = sims.iter().map(|s| (s.site().override_var(), s.base_url())).collect();
    let mut env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
    env.push(("LANG", lang));
    let app = App::launch(home, &env).await;
    app.wait_step("s9").await;
    let key = account(name);
    app.paste_key_and_go_to_step10(&key.api_key, &key.secret_key, &key.passphrase)
        .await;
    // Before the key is saved, the panel only says it comes after the save.
    assert!(!app.exists("#connect-slot [data-connect-panel]").await);
    app.click("#test-connection").await;
    app.wait_js("return document.querySelector('#save-key') !== null").await;
    app.click("#save-key").await;
    app.wait_js("return document.querySelector('#save-status .callout.success') !== null")
        .await;
    app.wait_js("return document.querySelector('#connect-slot [data-connect-panel]') !== null")
        .await;
    app
}

/// Picks `kind` in the panel under `scope` and waits for its recipe.
async fn pick(app: &App, scope: &str, kind: &str) {
    app.click(&format!("{scope} input[data-bot-kind={kind}]")).await;
    app.wait_js(&format!(
        "return document.querySelector('{scope} [data-recipe={kind}]') !== null"
    ))
    .await;
}

/// The value shown for the named value `id` of the recipe under `scope`.
async fn value(app: &App, scope: &str, id: &str) -> String {
    app.js(&format!(
        "const e = document.querySelector('{scope} input[data-value={id}]'); return e ? e.value : null"
    ))
    .await
    .as_str()
    .unwrap_or_else(|| panic!("no value {id} under {scope}"))
    .to_owned()
}

async fn code(app: &App, scope: &str, id: &str) -> String {
    app.text(&format!("{scope} [data-code={id}] pre")).await
}

/// Everything in the page: its HTML and the values of its fields.
async fn page(app: &App) -> String {
    app.js("return document.documentElement.outerHTML + [...document.querySelectorAll('input, textarea')].map((e) => e.value).join('\\n')")
        .await
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

#[tokio::test]
async fn an_eea_key_gets_myokx_the_secret_copy_path_and_no_secret_in_the_page() {
    if !e2e_enabled("bots_eea") {
        return;
    }
    let _guard = WINDOW_LOCK.lock().await;
    let sims = sims().await;
    let home = tempfile::tempdir().unwrap();
    let label = "PracticeEeaConnect";
    delete_item(label);
    let app = saved_key(home.path(), &sims, "eea", "eea", false, label, "C.UTF-8").await;
    let key = account("eea");
    let slot = "#connect-slot";
    let heading = app.text(&format!("{slot} h3")).await;
    assert!(heading.contains(label), "{heading}");

    // Freqtrade: myokx, the fragment without secrets, the environment names and the run line.
    pick(&app, slot, "freqtrade").await;
    assert_eq!(value(&app, slot, "exchange-name").await, "myokx");
    assert_eq!(value(&app, slot, "env-password").await, "FREQTRADE__EXCHANGE__PASSWORD");
    let config = code(&app, slot, "config").await;
    assert!(
        config.contains("\"name\": \"myokx\"") && config.contains("\"secret\": \"\""),
        "{config}"
    );
    assert_eq!(
        code(&app, slot, "run").await.trim(),
        format!("okx-key-assistant run {label} --profile freqtrade -- freqtrade trade")
    );
    app.screenshot("e2e-bots-freqtrade").await;
    // A plain copy of a value.
    app.click(&format!("{slot} [data-named-value=exchange-name] button"))
        .await;
    app.wait_js("return document.querySelector('#connect-slot [role=status]').textContent.startsWith('Copied')")
        .await;
    assert_eq!(clipboard(), "myokx");

    // Python with ccxt: the EEA class, no sandbox for a live key, the keychain item by label.
    pick(&app, slot, "python-ccxt").await;
    assert_eq!(value(&app, slot, "ccxt-class").await, "ccxt.myokx");
    assert!(!app.exists(&format!("{slot} input[data-value=sandbox]")).await);
    let program = code(&app, slot, "keyring").await;
    assert!(program.contains("exchange = ccxt.myokx({"), "{program}");
    assert!(
        program.contains(&format!("keyring.get_password(\"okx-key-assistant\", \"{label}\")")),
        "{program}"
    );
    assert!(!program.contains("set_sandbox_mode"), "{program}");
    app.click(&format!("{slot} [data-code=keyring] button")).await;
    app.wait_js("return document.querySelector('#connect-slot [role=status]').textContent.startsWith('Copied')")
        .await;
    assert_eq!(clipboard().trim_end(), program.trim_end());

    // A web platform: the site, and the three values copied from the keychain (secret path).
    pick(&app, slot, "web-platform").await;
    assert_eq!(value(&app, slot, "site").await, "my.okx.com");
    let steps = app.text(&format!("{slot} .recipe-steps")).await;
    assert!(steps.contains("my.okx.com"), "{steps}");
    for (field, expected) in [
        ("api_key", &key.api_key),
        ("secret_key", &key.secret_key),
        ("passphrase", &key.passphrase),
    ] {
        app.click(&format!("{slot} [data-copy-secret={field}]")).await;
        app.wait_js(&format!(
            "return document.querySelector('#connect-slot [role=status]').textContent.includes('{label}')"
        ))
        .await;
        assert_eq!(&clipboard(), expected, "{field} is copied from the keychain");
        app.js("document.querySelector('#connect-slot [role=status]').textContent = ''; return true")
            .await;
    }
    app.screenshot("e2e-bots-web").await;

    // The plain copy refuses a secret, the one in memory or any secret-key shape.
    for text in [key.passphrase.as_str(), "AEEAE52A411A62681E92753A7B0FF6CE"] {
        let refused = app
            .js(&format!(
                "return window.__TAURI__.core.invoke('copy_text', {{ text: {} }}).then(() => 'copied', (p) => p.kind)",
                serde_json::to_string(text).unwrap_or_default()
            ))
            .await;
        assert_eq!(refused.as_str(), Some("malformed_input"), "copy_text refuses a secret");
    }

    // The saved keys list opens the same panel; the radio group works by keyboard.
    app.click(&format!("#saved-keys button[data-connect={label}]")).await;
    let saved = "#saved-connect";
    app.wait_js("return document.querySelector('#saved-connect [data-connect-panel]') !== null")
        .await;
    assert!(
        app.focused().await.starts_with("connect-heading"),
        "the panel's heading has the focus"
    );
    pick(&app, saved, "web-platform").await;
    app.keys(ARROW_DOWN).await;
    app.wait_js("return document.querySelector('#saved-connect [data-recipe=freqtrade]') !== null")
        .await;
    assert_eq!(value(&app, saved, "exchange-name").await, "myokx");

    // No secret anywhere in the page (its HTML and its fields).
    let html = page(&app).await;
    for secret in [&key.secret_key, &key.passphrase, &key.api_key] {
        assert!(!html.contains(secret.as_str()), "the page holds a secret");
    }
    app.close().await;
    delete_item(label);
}

#[tokio::test]
async fn every_recipe_of_a_demo_key_is_from_the_catalog_fits_800x600_and_passes_axe() {
    if !e2e_enabled("bots_pseudo") {
        return;
    }
    let _guard = WINDOW_LOCK.lock().await;
    let sims = sims().await;
    let home = tempfile::tempdir().unwrap();
    let label = "PracticeDemoConnect";
    delete_item(label);
    let app = saved_key(home.path(), &sims, "demo", "global", true, label, "en_XA.UTF-8").await;
    app.resize(800, 600).await;
    app.wait_js("return window.innerWidth <= 800").await;
    let slot = "#connect-slot";
    let mut problems = Vec::new();
    for kind in [
        "web-platform",
        "freqtrade",
        "hummingbot",
        "python-ccxt",
        "python-okx",
        "okx-agent",
    ] {
        pick(&app, slot, kind).await;
        for text in strings(app.js(UNCATALOGUED).await) {
            problems.push(format!("{kind}: not from the catalog: {text:?}"));
        }
        for e in strings(app.js(OVERFLOWING).await) {
            problems.push(format!("{kind}: overflows: {e}"));
        }
        for v in app.axe().await {
            problems.push(format!("{kind}: axe: {v}"));
        }
        app.screenshot(&format!("pseudo-bots-{kind}")).await;
    }
    // The demo key's values: the sandbox switch and python-okx's flag 1.
    pick(&app, slot, "python-ccxt").await;
    assert_eq!(value(&app, slot, "sandbox").await, "exchange.set_sandbox_mode(True)");
    pick(&app, slot, "python-okx").await;
    assert_eq!(value(&app, slot, "flag").await, "1");
    assert_eq!(value(&app, slot, "domain").await, "https://www.okx.com");
    app.close().await;
    delete_item(label);
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}
