//! The real window, end to end: every step forward and back, by mouse and by keyboard; the
//! golden-rules gate; progress that survives a restart; Start over; 800x600 and the dark theme.
//! Screenshots of each step land in `target/screenshots/`.

mod common;
use common::*;

/// Every screen of the stepper, in order.
const STEPS: &[&str] = &[
    "start", "rules", "s1", "s2", "s3", "s4", "s5", "s6", "s7", "s8", "s9", "s10", "verify", "trouble", "rotate", "ref",
];

/// Does what a step needs before Next is allowed, by mouse.
async fn satisfy_by_mouse(app: &App, step: &str) {
    match step {
        "rules" if !app.next_enabled().await => app.click("#step input[type=checkbox]").await,
        "s1" if !app.next_enabled().await => app.click("#step input[value=eea]").await,
        "s5" => passphrase_ready(app).await,
        "s9" => credentials_ready(app).await,
        _ => {}
    }
    assert!(
        app.next_enabled().await,
        "Next should be enabled on {step} once its task is done"
    );
}

/// Step 5 is satisfied by generating a passphrase and confirming it (see the passphrase tests).
async fn passphrase_ready(app: &App) {
    if app.exists("#generate-passphrase").await {
        app.click("#generate-passphrase").await;
        app.wait_js("return document.getElementById('passphrase').value.length >= 8")
            .await;
        app.js("const c = document.getElementById('passphrase-confirm'); c.value = document.getElementById('passphrase').value; c.dispatchEvent(new Event('input'));").await;
        app.wait_js("return !document.getElementById('next').disabled").await;
    }
}

/// Step 9 is satisfied once the user confirms the three values are saved.
async fn credentials_ready(app: &App) {
    if app.exists("#saved-all").await && !app.next_enabled().await {
        app.click("label[for=saved-all]").await;
    }
}

#[tokio::test]
async fn every_step_by_mouse_forward_and_back_with_the_rules_gate() {
    if !e2e_enabled("every_step_by_mouse") {
        return;
    }
    let _guard = WINDOW_LOCK.lock().await;
    let home = tempfile::tempdir().unwrap();
    let app = App::launch(home.path(), &[]).await;

    assert_eq!(app.step().await, "start");
    assert!(
        app.exists("[data-tick=prereq_2fa]").await,
        "the prerequisites checklist is shown"
    );
    app.screenshot("00-start").await;
    app.click("#next").await;
    app.wait_step("rules").await;

    // The gate: Next is disabled and the rail refuses to jump past the rules.
    assert!(
        !app.next_enabled().await,
        "Next must be disabled until the rules are accepted"
    );
    app.click("[data-step=s3]").await;
    assert_eq!(app.step().await, "rules", "the rail must not skip the golden rules");
    assert!(app.text("#nav-hint").await.contains("golden rules"));
    app.screenshot("01-rules").await;

    for (i, step) in STEPS.iter().enumerate().skip(1) {
        app.wait_step(step).await;
        satisfy_by_mouse(&app, step).await;
        app.screenshot(&format!("{:02}-{step}", i)).await;
        if i + 1 < STEPS.len() {
            app.click("#next").await;
            app.wait_step(STEPS[i + 1]).await;
        }
    }
    // The last screen's button finishes the guide and marks it done.
    app.click("#next").await;
    app.wait_js("return document.querySelector('[data-step=ref]').classList.contains('done')")
        .await;

    // And all the way back.
    for step in STEPS.iter().rev().skip(1) {
        app.click("#back").await;
        app.wait_step(step).await;
    }
    assert!(app
        .js("return document.getElementById('back').disabled")
        .await
        .as_bool()
        .unwrap());
    app.close().await;
}

#[tokio::test]
async fn every_step_by_keyboard_alone() {
    if !e2e_enabled("every_step_by_keyboard") {
        return;
    }
    let _guard = WINDOW_LOCK.lock().await;
    let home = tempfile::tempdir().unwrap();
    let app = App::launch(home.path(), &[]).await;

    // Start: Tab reaches Next, Enter activates it.
    app.tab_to("next").await;
    app.keys(ENTER).await;
    app.wait_step("rules").await;
    // The heading takes the focus on every new step, so screen readers announce it.
    assert!(app.focused().await.starts_with("step-title"), "focus is on the heading");

    // Rules: Tab to the checkbox, Space ticks it, Enter in it moves on.
    app.js("document.querySelector('#step input[type=checkbox]').id = 'rules-ack'")
        .await;
    app.tab_to("rules-ack").await;
    app.keys(SPACE).await;
    app.keys(ENTER).await;
    app.wait_step("s1").await;

    // Step 1: arrow keys choose a site inside the radio group.
    app.js("document.querySelector('#step input[value=global]').id = 'site-global'")
        .await;
    app.tab_to("site-global").await;
    app.keys(SPACE).await;
    app.tab_to("next").await;
    app.keys(ENTER).await;
    app.wait_step("s2").await;

    for (i, step) in STEPS.iter().enumerate().skip(3) {
        app.wait_step(step).await;
        if *step == "s5" {
            passphrase_ready(&app).await;
        }
        if *step == "s9" {
            credentials_ready(&app).await;
        }
        if i + 1 < STEPS.len() {
            app.tab_to("next").await;
            app.keys(ENTER).await;
            app.wait_step(STEPS[i + 1]).await;
        }
    }

    // Escape goes back, one step at a time, all the way.
    for step in STEPS.iter().rev().skip(1) {
        app.keys(ESCAPE).await;
        app.wait_step(step).await;
    }
    // Focus is always visible: the focused element gets an outline.
    app.tab_to("next").await;
    let outline = app
        .js("return getComputedStyle(document.activeElement).outlineStyle")
        .await;
    assert_ne!(outline.as_str(), Some("none"), "focus must be visible");
    app.close().await;
}

#[tokio::test]
async fn progress_survives_a_restart_and_start_over_clears_it() {
    if !e2e_enabled("progress_survives_a_restart") {
        return;
    }
    let _guard = WINDOW_LOCK.lock().await;
    let home = tempfile::tempdir().unwrap();
    let app = App::launch(home.path(), &[]).await;
    app.click("#next").await;
    app.wait_step("rules").await;
    app.click("#step input[type=checkbox]").await;
    app.click("#next").await;
    app.wait_step("s1").await;
    app.click("#step input[value=us]").await;
    for step in ["s2", "s3", "s4"] {
        app.click("#next").await;
        app.wait_step(step).await;
    }
    app.type_into("#step input[type=text]", "Grid Bot 7").await;
    app.wait_js("return document.querySelectorAll('#step input[type=text]')[1].value === 'GridBot7'")
        .await;
    tokio::time::sleep(std::time::Duration::from_millis(500)).await; // saving is debounced
    app.close().await;

    // The progress file never holds anything secret-shaped.
    let saved = std::fs::read_to_string(home.path().join("data/app.okx-key-assistant.desktop/progress.json")).unwrap();
    assert!(
        saved.contains("\"s4\"") && saved.contains("GridBot7") && saved.contains("\"us\""),
        "{saved}"
    );

    let app = App::launch(home.path(), &[]).await;
    assert_eq!(app.step().await, "s4", "the app reopens where the user left off");
    assert!(app
        .js("return document.querySelector('[data-step=s3]').classList.contains('done')")
        .await
        .as_bool()
        .unwrap());
    let label = app
        .js("return document.querySelectorAll('#step input[type=text]')[1].value")
        .await;
    assert_eq!(label.as_str(), Some("GridBot7"));

    // Start over asks first; Escape cancels; OK clears.
    app.click("#start-over").await;
    app.wait_js("return document.getElementById('confirm-dialog').open")
        .await;
    app.keys(ESCAPE).await;
    app.wait_js("return !document.getElementById('confirm-dialog').open")
        .await;
    assert_eq!(
        app.step().await,
        "s4",
        "Escape in the dialog cancels, and does not go back"
    );
    app.click("#start-over").await;
    app.wait_js("return document.getElementById('confirm-dialog').open")
        .await;
    app.click("#confirm-ok").await;
    app.wait_step("start").await;
    assert!(!app
        .js("return document.querySelector('[data-step=s3]').classList.contains('done')")
        .await
        .as_bool()
        .unwrap());
    app.close().await;
}

#[tokio::test]
async fn small_window_and_dark_theme() {
    if !e2e_enabled("small_window_and_dark_theme") {
        return;
    }
    let _guard = WINDOW_LOCK.lock().await;
    let home = tempfile::tempdir().unwrap();
    let app = App::launch(home.path(), &[("GTK_THEME", "Adwaita:dark")]).await;
    let dark = app
        .js("return window.matchMedia('(prefers-color-scheme: dark)').matches")
        .await;
    assert_eq!(dark.as_bool(), Some(true), "the window follows the system's dark theme");
    let bg = app.js("return getComputedStyle(document.body).backgroundColor").await;
    assert_eq!(bg.as_str(), Some("rgb(20, 24, 30)"), "dark colours are used");
    app.resize(800, 600).await;
    app.click("#next").await;
    app.wait_step("rules").await;
    app.wait_js("return window.innerWidth <= 800").await;
    // At 800x600 the Back/Next bar stays on screen and nothing overflows sideways.
    let fits = app
        .js("const r = document.getElementById('next').getBoundingClientRect(); return r.bottom <= window.innerHeight && r.right <= window.innerWidth && document.documentElement.scrollWidth <= window.innerWidth")
        .await;
    assert_eq!(fits.as_bool(), Some(true), "Next must be visible at 800x600");
    tokio::time::sleep(std::time::Duration::from_millis(700)).await;
    app.screenshot("small-800x600-dark-rules").await;
    app.close().await;
}
