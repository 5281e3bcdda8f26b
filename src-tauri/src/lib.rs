//! Builds the Tauri app: plugins, state, the hardened window and command registration.
//!
//! The window may only show the app's own bundled pages: navigation elsewhere and new windows
//! are refused, and links to OKX open in the system browser through Rust (`commands::links`).

pub mod cli;
mod commands;
mod logging;
mod state;

use tauri::webview::NewWindowResponse;
use tauri::{Manager, WebviewUrl, WebviewWindowBuilder};

/// Is this URL one of the app's own pages (the bundled frontend)?
fn is_app_url(url: &tauri::Url) -> bool {
    match url.scheme() {
        "tauri" => url.host_str() == Some("localhost"),
        "http" | "https" => url.host_str() == Some("tauri.localhost"),
        _ => false,
    }
}

static STARTED: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();

/// When the process started (set first thing in `main`).
pub fn started() -> std::time::Instant {
    *STARTED.get_or_init(std::time::Instant::now)
}

/// Opens the window. Never returns on success.
pub fn run() {
    started();
    let builder = tauri::Builder::default()
        .plugin(
            tauri_plugin_opener::Builder::new()
                .open_js_links_on_click(false)
                .build(),
        )
        .plugin(tauri_plugin_clipboard_manager::init())
        .plugin(tauri_plugin_dialog::init())
        .setup(|app| {
            let data_dir = app.path().app_data_dir()?;
            let log_dir = app.path().app_log_dir()?;
            logging::init(&log_dir);
            tracing::info!(version = env!("CARGO_PKG_VERSION"), "OKX Key Assistant starting");
            app.manage(state::AppState::new(data_dir, log_dir));
            // Load zxcvbn's dictionaries in the background, off the start path.
            std::thread::spawn(okx_key_core::passphrase::warm_up);
            let config = app
                .config()
                .app
                .windows
                .first()
                .cloned()
                .ok_or("tauri.conf.json has no window")?;
            let mut window = WebviewWindowBuilder::from_config(app.handle(), &config)?
                .on_navigation(|url| {
                    let ok = is_app_url(url);
                    if !ok {
                        tracing::warn!(scheme = url.scheme(), "blocked navigation away from the app");
                    }
                    ok
                })
                .on_new_window(|_url, _features| NewWindowResponse::Deny);
            if let WebviewUrl::App(_) = config.url {
                window = window.title(config.title.clone());
            }
            window.build()?;
            Ok(())
        })
        .invoke_handler(commands::handler());
    if let Err(e) = builder.run(tauri::generate_context!()) {
        eprintln!("OKX Key Assistant could not start: {e}");
        std::process::exit(1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_app_urls_are_allowed() {
        for ok in [
            "tauri://localhost/index.html",
            "http://tauri.localhost/",
            "https://tauri.localhost/x",
        ] {
            assert!(is_app_url(&tauri::Url::parse(ok).unwrap()), "{ok}");
        }
        for bad in [
            "https://www.okx.com/account/my-api",
            "http://localhost:8080/",
            "file:///etc/passwd",
            "tauri://evil/",
            "http://tauri.localhost.evil.example/",
            "javascript:alert(1)",
        ] {
            assert!(!is_app_url(&tauri::Url::parse(bad).unwrap()), "{bad}");
        }
    }
}
