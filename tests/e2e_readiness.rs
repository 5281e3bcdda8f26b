//! "Ready for your bot" in the real window (issue 25) against the OKX simulator: Step 10's
//! "What will this key run?" with Passivbot on perpetual swaps and the practice key
//! `futures-net` (Futures mode, Buy/sell mode) shows `position_mode_needs_long_short` with its
//! fix; the simulator switches the account to Long/short mode and "Test again with this choice"
//! shows it ready. The choice is kept with the guide's progress and the saved key; Connect your
//! bot opens on that bot with its readiness first; My keys shows the readiness and, once the mode
//! changes back, the drift. The card passes axe-core and fits 800x600 in English, Arabic and
//! Russian (screenshots `ready-card-{en,ar,ru}.png`, `ready-card-ready-en.png`,
//! `ready-my-keys-drift-en.png` in target/screenshots/).

mod common;
use common::deadline::InTime;
use common::*;
use okx_simulator::{practice_account, start_all_sites, SimAccount, SimConfig, Simulator};
use std::path::Path;
use std::process::Command;

const KEY: &str = "futures-net";

async fn sims() -> Vec<Simulator> {
    start_all_sites(0, SimConfig::default()).await.expect("simulators")
}

fn account(name: &str) -> SimAccount {
    practice_account(name).unwrap_or_else(|| panic!("no practice account {name}"))
}

/// One line of the simulators' control (the practice key lives on one of them).
fn control(sims: &[Simulator], line: &str) {
    let answers: Vec<_> = sims.iter().map(|s| s.control(line)).collect();
    assert!(answers.iter().any(Result::is_ok), "{line}: {answers:?}");
}

/// Deletes the keychain item saved under its label, now and when dropped (also on failure).
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

fn data_dir(home: &Path) -> std::path::PathBuf {
    home.join("data/app.okx-key-assistant.desktop")
}

/// Starts the app on Step 9 (guide done so far) in `lang`, with `bot` as the saved choice.
async fn app_on_step9(home: &Path, sims: &[Simulator], posix: &str, bot: serde_json::Value) -> App {
    let dir = data_dir(home);
    std::fs::create_dir_all(&dir).unwrap();
    let progress = serde_json::json!({
        "current": "s9", "rules_acknowledged": true, "site": "global", "demo": false,
        "bot_name": "Practice", "label": "PracticeReady", "bot": bot,
        "done": ["start", "rules", "s1", "s2", "s3", "s4", "s5", "s6", "s7", "s8"], "ticks": {"s6_withdraw_off": true}
    });
    std::fs::write(dir.join("progress.json"), progress.to_string()).unwrap();
    let env: Vec<(&str, String)> = sims.iter().map(|s| (s.site().override_var(), s.base_url())).collect();
    let mut env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
    env.push(("LANG", posix));
    let app = App::launch(home, &env).await;
    app.resize(800, 600).await;
    app.wait_js("return window.innerWidth <= 800").await;
    app.wait_step("s9").await;
    app
}

async fn test_key(app: &App) {
    let key = account(KEY);
    app.paste_key_and_go_to_step10(&key.api_key, &key.secret_key, &key.passphrase)
        .await;
    app.click("#test-connection").await;
    app.wait_js("return document.querySelector('#check-results, #test-result .callout') !== null")
        .await;
}

/// Chooses a bot and a market in "What will this key run?".
async fn choose(app: &App, bot: &str, market: &str) {
    app.js(&format!(
        "const b = document.querySelector('[data-ready-bot]'); b.value = '{bot}'; b.dispatchEvent(new Event('change')); \
         const m = document.querySelector('[data-ready-market]'); m.value = '{market}'; m.dispatchEvent(new Event('change')); return true"
    ))
    .await;
}

async fn wait_card(app: &App, state: &str) {
    app.wait_js(&format!(
        "return document.querySelector('#ready-card-slot .ready-card[data-ready=\"{state}\"]') !== null && !document.querySelector('#test-connection').disabled"
    ))
    .await;
}

/// axe-core and the 800x600 overflow check on the screen shown, with the card in view.
async fn audit(app: &App, what: &str, problems: &mut Vec<String>) {
    app.js("document.querySelector('#ready-section').scrollIntoView(); return true")
        .await;
    for e in strings(app.js(OVERFLOWING).await) {
        problems.push(format!("{what}: overflows: {e}"));
    }
    for v in app.axe().await {
        problems.push(format!("{what}: axe: {v}"));
    }
    app.screenshot(what).await;
}

// Multi-threaded: the simulators answer while the test waits on the window.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn step10_passivbot_on_swaps_needs_long_short_then_is_ready_and_the_key_keeps_its_bot() {
    let _forget = Forget::now("PracticeReady");
    if !e2e_enabled("readiness_step10") {
        return;
    }
    let _guard = WINDOW_LOCK.lock().await;
    let sims = sims().await;
    control(&sims, &format!("posmode {KEY} net"));
    let home = tempfile::tempdir().unwrap();
    let mut problems = Vec::new();
    let app = app_on_step9(home.path(), &sims, "C.UTF-8", serde_json::Value::Null).await;
    test_key(&app).await;
    app.wait_js("return document.querySelector('#test-result .callout.success') !== null")
        .await;

    // The key passed: "What will this key run?" offers the core's eight bots and two markets.
    let bots = strings(
        app.js("return [...document.querySelectorAll('[data-ready-bot] option')].map((o) => o.value).filter(Boolean)")
            .await,
    );
    assert_eq!(
        bots,
        [
            "web-platform",
            "freqtrade",
            "hummingbot",
            "python-ccxt",
            "python-okx",
            "okx-agent",
            "passivbot",
            "octobot"
        ]
    );
    choose(&app, "passivbot", "swap").await;
    assert!(app.exists("#ready-untested").await, "a new choice asks for a test");
    // The choice is kept with the guide's progress (it survives a restart).
    let want = serde_json::json!({"bot": "passivbot", "market": "swap"});
    let until = std::time::Instant::now() + std::time::Duration::from_secs(10);
    let saved = loop {
        let text = std::fs::read_to_string(data_dir(home.path()).join("progress.json")).unwrap_or_default();
        let saved: serde_json::Value = serde_json::from_str(&text).unwrap_or_default();
        if saved["bot"] == want || std::time::Instant::now() > until {
            break saved;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    };
    assert_eq!(saved["bot"], want, "the progress keeps the choice: {saved}");

    // Test again with the choice: Buy/sell mode is not ready for Passivbot, with OKX's menu path.
    app.click("#ready-test-again").await;
    wait_card(&app, "not-ready").await;
    let reason = "#ready-card-slot [data-kind=position_mode_needs_long_short]";
    assert!(app.exists(reason).await, "the reason is shown");
    let text = app.text(reason).await;
    assert!(
        text.contains("Long/short mode") && text.contains("What to do:"),
        "{text}"
    );
    let headline = app.text("#ready-card-slot .callout-title").await;
    assert!(headline.contains("Passivbot"), "{headline}");
    audit(&app, "ready-card-en", &mut problems).await;

    // The user switches the position mode on OKX (the simulator), then tests again: ready.
    control(&sims, &format!("posmode {KEY} long-short"));
    app.click("#ready-test-again").await;
    wait_card(&app, "ready").await;
    let headline = app.text("#ready-card-slot .callout-title").await;
    assert!(headline.starts_with("Ready for Passivbot"), "{headline}");
    audit(&app, "ready-card-ready-en", &mut problems).await;

    // Saved with the last test: the record keeps the bot and market.
    app.js("document.getElementById('save-label').value = 'PracticeReady'; return true")
        .await;
    app.click("#save-key").await;
    app.wait_js("return document.querySelector('#save-status .callout.success') !== null")
        .await;
    let index = std::fs::read_to_string(data_dir(home.path()).join("saved-keys.json")).unwrap();
    assert!(index.contains("\"passivbot\"") && index.contains("\"swap\""), "{index}");

    // Connect your bot opens on Passivbot, its readiness first.
    app.wait_js("return document.querySelector('#connect-slot input[data-bot-kind=passivbot]:checked') !== null")
        .await;
    app.wait_js("return document.querySelector('#connect-slot [data-recipe=passivbot]') !== null")
        .await;
    assert!(app.exists("#connect-slot .ready-card[data-ready=ready]").await);

    // My keys: the readiness the save's test found (from the key's history, before any Test);
    // Test shows it again; the mode changed back is a drift.
    app.click(".rail-home").await;
    app.wait_step("my-keys").await;
    let card = ".key-card[data-key=\"PracticeReady\"]";
    app.wait_js(&format!(
        "return document.querySelector('{card} .ready-card[data-ready=ready]') !== null"
    ))
    .await;
    app.click(&format!("{card} [data-test-key]")).await;
    app.wait_js(&format!(
        "return document.querySelector('{card} .ready-card[data-ready=ready]') !== null && !document.querySelector('#test-all').disabled"
    ))
    .await;
    control(&sims, &format!("posmode {KEY} net"));
    app.click(&format!("{card} [data-test-key]")).await;
    app.wait_js(&format!(
        "return document.querySelector('{card} [data-drift=position_mode_changed]') !== null && !document.querySelector('#test-all').disabled"
    ))
    .await;
    assert!(
        app.exists(&format!(
            "{card} .ready-card[data-ready=not-ready] [data-kind=position_mode_needs_long_short]"
        ))
        .await
    );
    app.screenshot("ready-my-keys-drift-en").await;
    for v in app.axe().await {
        problems.push(format!("my keys: axe: {v}"));
    }
    app.close().await;
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// The card in Arabic and Russian: the choice saved in the progress (as after a restart) is
/// tested with the key at once; the card's words come from the catalog, pass axe-core and fit.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_card_in_arabic_and_russian_fits_800x600_and_passes_axe() {
    if !e2e_enabled("readiness_languages") {
        return;
    }
    let _guard = WINDOW_LOCK.lock().await;
    let sims = sims().await;
    control(&sims, &format!("posmode {KEY} net"));
    let mut problems = Vec::new();
    for (lang, posix, dir) in [("ar", "ar_EG.UTF-8", "rtl"), ("ru", "ru_RU.UTF-8", "ltr")] {
        let home = tempfile::tempdir().unwrap();
        let choice = serde_json::json!({"bot": "passivbot", "market": "swap"});
        let app = app_on_step9(home.path(), &sims, posix, choice).await;
        let doc = strings(
            app.js("return [document.documentElement.lang, document.documentElement.dir]")
                .await,
        );
        assert_eq!(doc, [lang.to_string(), dir.to_string()]);
        test_key(&app).await;
        wait_card(&app, "not-ready").await;
        assert!(
            app.exists("#ready-card-slot [data-kind=position_mode_needs_long_short]")
                .await
        );
        let picked = app.js("return document.querySelector('[data-ready-bot]').value").await;
        assert_eq!(picked.as_str(), Some("passivbot"), "the saved choice is chosen");
        let text = app.text("#ready-section").await;
        assert!(!text.contains("ui-ready") && !text.contains("ready-"), "{lang}: {text}");
        audit(&app, &format!("ready-card-{lang}"), &mut problems).await;
        app.close().await;
    }
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}
