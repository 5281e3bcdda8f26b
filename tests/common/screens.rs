//! The window's screens, walked one by one: their list (the stepper's, then My keys), the gate
//! that opens them, and showing one.

use super::App;

/// Every screen of the stepper, in order (the rail's `data-step` ids), then My keys.
pub const SCREENS: &[&str] = &[
    "start", "rules", "s1", "s2", "s3", "s4", "s5", "s6", "s7", "s8", "s9", "s10", "verify", "trouble", "rotate",
    "ref", "my-keys",
];

/// Ticks the golden rules (the gate before Step 1), so the rail reaches every screen.
pub async fn open_the_gate(app: &App) {
    app.click(".rail-item[data-step=rules]").await;
    app.wait_step("rules").await;
    app.js("document.querySelectorAll('#step input[type=checkbox]').forEach((c) => { if (!c.checked) c.click(); });")
        .await;
    app.wait_js("return !document.getElementById('next').disabled").await;
}

/// Shows `screen` (one of [`SCREENS`]) from the rail.
pub async fn show(app: &App, screen: &str) {
    if screen == "my-keys" {
        app.click(".rail-item[data-view=keys]").await;
    } else {
        app.click(&format!(".rail-item[data-step={screen}]")).await;
    }
    app.wait_step(screen).await;
}

/// [`show`], then waits until it is drawn, not only in the page: fonts loaded and two frames
/// painted since the step changed (the first screen was read once before its buttons were drawn).
pub async fn show_drawn(app: &App, screen: &str) {
    show(app, screen).await;
    app.wait_js("return document.fonts.status === 'loaded'").await;
    app.js("window.__painted = false; requestAnimationFrame(() => requestAnimationFrame(() => { window.__painted = true; }));")
        .await;
    app.wait_js("return window.__painted === true").await;
}
