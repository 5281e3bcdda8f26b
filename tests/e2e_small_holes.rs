//! The real window's smaller safety promises: its data folder, log folder and log file are
//! owner-only (0700/0600), and an over-large paste is refused with the fields left as they were.
//! (Clearing the clipboard when the app quits is unit-tested in `commands/clipboard.rs`: closing
//! the window through WebDriver ends the driver's session, and tauri-driver then kills the app,
//! so its exit event never runs here.)

mod common;
use common::*;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;

const DATA: &str = "data/app.okx-key-assistant.desktop";

/// Starts the app on `step` with the guide done up to there. The data folder is made here the
/// way an older version left it (0755), so the app must tighten it.
async fn app_on(home: &Path, step: &str, done: &[&str]) -> App {
    let dir = home.join(DATA);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).unwrap();
    let progress = serde_json::json!({
        "current": step, "rules_acknowledged": true, "site": "global", "demo": false,
        "bot_name": "Grid Bot", "label": "GridBot", "done": done, "ticks": {"s6_withdraw_off": true}
    });
    std::fs::write(dir.join("progress.json"), progress.to_string()).unwrap();
    let app = App::launch(home, &[]).await;
    app.wait_step(step).await;
    app
}

fn mode(p: &Path) -> u32 {
    std::fs::metadata(p)
        .unwrap_or_else(|e| panic!("{}: {e}", p.display()))
        .permissions()
        .mode()
        & 0o777
}

#[tokio::test]
async fn owner_only_files_and_an_over_large_paste_is_refused() {
    if !e2e_enabled("owner_only_files_and_paste_limit") {
        return;
    }
    let _guard = WINDOW_LOCK.lock().await;
    let home = tempfile::tempdir().unwrap();
    let steps = ["start", "rules", "s1", "s2", "s3", "s4", "s5", "s6", "s7", "s8"];
    let app = app_on(home.path(), "s9", &steps).await;

    let data = home.path().join(DATA);
    let logs = data.join("logs");
    assert_eq!(mode(&data), 0o700, "the data folder");
    assert_eq!(mode(&logs), 0o700, "the log folder");
    assert_eq!(mode(&logs.join("okx-key-assistant.log")), 0o600, "the log file");

    // A paste of 70,000 characters into the API key field: refused with the words from the
    // core, and the field keeps what it had.
    let prevented = app
        .js(
            "const f = document.getElementById('api-key'); f.value = 'kept as it was'; \
             const dt = new DataTransfer(); dt.setData('text/plain', 'A'.repeat(70000)); \
             const ev = new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }); \
             f.dispatchEvent(ev); return ev.defaultPrevented;",
        )
        .await;
    assert_eq!(
        prevented,
        serde_json::Value::Bool(true),
        "the paste is stopped before it lands"
    );
    app.wait_js("return document.getElementById('paste-status').textContent.includes('64 KiB')")
        .await;
    let status = app.text("#paste-status").await;
    assert!(status.contains("fields were left as they were"), "{status}");
    let kept = app.js("return document.getElementById('api-key').value").await;
    assert_eq!(kept, "kept as it was");
    app.close().await;
}
