//! Step 5 in the real window: a weak passphrase is refused with reasons, a generated one passes,
//! a mistyped confirmation is caught, and Copy puts the passphrase on the clipboard.

mod common;
use common::deadline::InTime;
use common::*;
use std::process::Command;

async fn app_on_step5(home: &std::path::Path) -> App {
    let dir = home.join("data/app.okx-key-assistant.desktop");
    std::fs::create_dir_all(&dir).unwrap();
    let progress = serde_json::json!({
        "current": "s5", "rules_acknowledged": true, "site": "global", "bot_name": "Grid Bot",
        "label": "GridBot", "done": ["start", "rules", "s1", "s2", "s3", "s4"], "ticks": {}
    });
    std::fs::write(dir.join("progress.json"), progress.to_string()).unwrap();
    let app = App::launch(home, &[]).await;
    app.wait_step("s5").await;
    app
}

#[tokio::test]
async fn weak_is_refused_generated_passes_mistyped_confirmation_is_caught() {
    if !e2e_enabled("passphrase_step") {
        return;
    }
    let _guard = WINDOW_LOCK.lock().await;
    let home = tempfile::tempdir().unwrap();
    let app = app_on_step5(home.path()).await;

    // Weak: the meter says so, the rules say why, Next stays disabled with advice.
    app.type_into("#passphrase", "gridbot1").await;
    app.wait_js("return document.getElementById('strength-text').textContent.toLowerCase().includes('weak')")
        .await;
    let failing = app
        .js("return [...document.querySelectorAll('#passphrase-rules li.fail')].map(li => li.dataset.rule)")
        .await;
    let failing: Vec<String> = serde_json::from_value(failing).unwrap();
    for rule in ["upper", "special", "no_context_word"] {
        assert!(
            failing.iter().any(|r| r == rule),
            "rule {rule} should fail: {failing:?}"
        );
    }
    assert!(!app.next_enabled().await, "Next is disabled for a weak passphrase");
    assert!(
        !app.text("#nav-hint").await.is_empty(),
        "the screen says what to change"
    );
    app.screenshot("e2e-s5-weak").await;

    // Generate: strong, every rule met; Next waits for the confirmation.
    app.click("#generate-passphrase").await;
    app.wait_js("return document.querySelectorAll('#passphrase-rules li.fail').length === 0 && document.querySelectorAll('#passphrase-rules li').length > 0").await;
    app.wait_js("return /Strong|Very strong/.test(document.getElementById('strength-text').textContent)")
        .await;
    let generated = app
        .js("return document.getElementById('passphrase').value")
        .await
        .as_str()
        .unwrap()
        .to_owned();
    assert!(generated.len() >= 8 && generated.len() <= 32, "{generated}");
    assert!(!app.next_enabled().await, "Next waits for the confirmation");

    // Mistyped confirmation: a message; a capitals-only slip gets its own message.
    app.type_into("#passphrase-confirm", &format!("{generated}x")).await;
    app.wait_js("return document.getElementById('confirm-message').textContent.includes('different')")
        .await;
    assert!(!app.next_enabled().await);
    app.type_into("#passphrase-confirm", &generated.to_lowercase()).await;
    app.wait_js("return document.getElementById('confirm-message').textContent.includes('capitals')")
        .await;
    app.screenshot("e2e-s5-mistyped").await;

    app.type_into("#passphrase-confirm", &generated).await;
    app.wait_js("return !document.getElementById('next').disabled").await;
    app.screenshot("e2e-s5-ready").await;

    // Copy uses the clipboard; the passphrase is what lands there.
    app.click("#copy-passphrase").await;
    app.wait_js("return document.getElementById('passphrase-status').textContent.startsWith('Copied')")
        .await;
    let out = Command::new("xclip")
        .args(["-o", "-selection", "clipboard"])
        .output_in_time()
        .expect("xclip");
    assert_eq!(String::from_utf8_lossy(&out.stdout), generated);

    // Step 9 uses it without showing it (it never comes back to the window), and the passphrase
    // is never written to disk.
    app.click("#next").await;
    for step in ["s6", "s7", "s8", "s9"] {
        app.wait_step(step).await;
        if step != "s9" {
            app.click("#next").await;
        }
    }
    app.wait_js(
        "const f = document.getElementById('passphrase-paste'); return f.value === '' && f.placeholder.length > 0",
    )
    .await;
    let html = app.js("return document.documentElement.outerHTML").await;
    assert!(
        !html.as_str().unwrap_or("").contains(&generated),
        "Step 5's passphrase reached the page"
    );
    app.close().await;
    let mut hits = Vec::new();
    for entry in walk(home.path()) {
        if let Ok(bytes) = std::fs::read(&entry) {
            if bytes.windows(generated.len()).any(|w| w == generated.as_bytes()) {
                hits.push(entry);
            }
        }
    }
    assert!(hits.is_empty(), "the passphrase was written to disk: {hits:?}");
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    if let Ok(rd) = std::fs::read_dir(dir) {
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                out.extend(walk(&p));
            } else {
                out.push(p);
            }
        }
    }
    out
}
