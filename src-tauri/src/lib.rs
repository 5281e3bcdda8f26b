//! Builds the Tauri app: plugins, state, the hardened window and command registration.
//!
//! The window may only show the app's own bundled pages: navigation elsewhere and new windows
//! are refused, and links to OKX open in the system browser through Rust (`commands::links`).

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

/// A script run before the page's own: the progress saved when the app started, as
/// `window.__OKX_BOOT__`. The page uses it on its first load only; a reload asks Rust
/// (`load_progress`), since the progress may have moved on since. Progress holds no secret, and
/// JSON is a valid JavaScript expression, so the user's words (a label, a bot's name) stay data.
/// The boot data also carries the facts the window would otherwise keep a copy of: OKX's sites
/// (the core's one table), the golden rules, a fresh progress record (the schema) and the Python
/// snippet for bot authors, and the number of saved keys.
fn boot_script(progress: &okx_key_core::progress::Progress, saved_keys: usize) -> String {
    let lang = okx_key_core::catalog::locale::current().lang;
    // The words (and the facts that carry words: sites, golden rules) for the current language,
    // the same object `set_language` returns when the user picks another.
    let mut boot = commands::language::words_for_window(&lang);
    if let Some(map) = boot.as_object_mut() {
        map.insert("progress".into(), serde_json::json!(progress));
        // How many keys are saved (the index, no keychain call): the window opens on My keys
        // when there is any.
        map.insert("saved_keys".into(), serde_json::json!(saved_keys));
        map.insert(
            "fresh_progress".into(),
            serde_json::json!(okx_key_core::progress::Progress::default()),
        );
        // The most one paste may hold (the core's limit, the CLI's too): the window refuses a
        // larger paste before it reaches a field (`paste_too_large` gives the words).
        map.insert(
            "paste_limit_bytes".into(),
            serde_json::json!(okx_key_core::credentials::PASTE_LIMIT_BYTES),
        );
        // The progress rule's tasks (the core's: Steps 1 to 10): the rail counts only these.
        map.insert(
            "progress_tasks".into(),
            serde_json::json!(okx_key_core::progress::TASKS),
        );
        map.insert(
            "python_snippet".into(),
            serde_json::json!(okx_key_core::keychain::snippet::python("LABEL")),
        );
    }
    format!("window.__OKX_BOOT__ = {boot};")
}

static STARTED: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();

/// When the process started (set first thing in `main`).
pub fn started() -> std::time::Instant {
    *STARTED.get_or_init(std::time::Instant::now)
}

static HARDENING: std::sync::OnceLock<okx_key_core::hardening::DumpState> = std::sync::OnceLock::new();

/// Keeps secrets out of core dumps (first thing in `main`, for the window and the CLI).
pub fn harden() -> okx_key_core::hardening::DumpState {
    *HARDENING.get_or_init(okx_key_core::hardening::apply)
}

/// Why the window cannot open here, if it cannot: on Linux and the BSDs GTK needs an X11 or
/// Wayland display, and without one it would abort with a bare "cannot open display" panic.
pub fn no_display_message(display: Option<&str>, wayland: Option<&str>) -> Option<String> {
    let set = |v: Option<&str>| v.is_some_and(|v| !v.trim().is_empty());
    if !cfg!(all(unix, not(target_os = "macos"))) || set(display) || set(wayland) {
        return None;
    }
    Some(okx_key_core::t!("app-no-display").to_string())
}

/// Opens the window. Never returns on success.
pub fn run() {
    started();
    // WebKitGTK 2.46+ paints with Skia on GPU worker threads, each with its own GL context and
    // caches; with software GL (llvmpipe: VMs, remote desktops, Xvfb) that cost the window about
    // 25 MiB more than a bare Tauri window pays, for no visible gain on pages this small. Paint
    // on WebKit's main GL context instead, unless the user chose otherwise. Set before any
    // thread starts (the web process inherits it).
    if std::env::var_os("WEBKIT_SKIA_GPU_PAINTING_THREADS").is_none() {
        std::env::set_var("WEBKIT_SKIA_GPU_PAINTING_THREADS", "0");
    }
    let display = std::env::var("DISPLAY").ok();
    let wayland = std::env::var("WAYLAND_DISPLAY").ok();
    if let Some(message) = no_display_message(display.as_deref(), wayland.as_deref()) {
        eprintln!("{message}");
        std::process::exit(1);
    }
    // A window that is open but frozen never answers the hand-over below, and the plugin waits
    // for it without a limit: after 30 s without reaching `setup` (tests may shorten this with
    // OKX_KEY_ASSISTANT_HANDOVER_SECONDS), say so and stop.
    static SET_UP: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
    let handover_limit = std::env::var("OKX_KEY_ASSISTANT_HANDOVER_SECONDS")
        .ok()
        .and_then(|v| v.parse::<u64>().ok())
        .filter(|s| (1..=300).contains(s))
        .unwrap_or(30);
    std::thread::spawn(move || {
        std::thread::sleep(std::time::Duration::from_secs(handover_limit));
        if !SET_UP.load(std::sync::atomic::Ordering::SeqCst) {
            eprintln!("{}", okx_key_core::t!("app-window-not-answering"));
            std::process::exit(1);
        }
    });
    let builder = tauri::Builder::default()
        // First: a second launch hands over to this window (brought to the front) and exits
        // before it builds anything, so two windows never write the same files.
        .plugin(tauri_plugin_single_instance::init(|app, _argv, _cwd| {
            tracing::info!("a second launch: bringing the window to the front");
            if let Some(window) = app.get_webview_window("main") {
                let _ = window.unminimize();
                let _ = window.show();
                let _ = window.set_focus();
            }
        }))
        .plugin(
            tauri_plugin_opener::Builder::new()
                .open_js_links_on_click(false)
                .build(),
        )
        .plugin(tauri_plugin_clipboard_manager::init())
        .plugin(tauri_plugin_dialog::init())
        .setup(|app| {
            SET_UP.store(true, std::sync::atomic::Ordering::SeqCst);
            let data_dir = app.path().app_data_dir()?;
            let log_dir = app.path().app_log_dir()?;
            // Owner-only (0700), like the CLI's: the log folder lives inside it on Linux, and
            // creating that first must not leave the data folder readable by others.
            let private = okx_key_core::private_files::private_dir(&data_dir);
            logging::init(&log_dir);
            if let Err(e) = private {
                tracing::warn!(error = %e, "the data folder could not be made owner-only");
            }
            tracing::info!(
                version = env!("CARGO_PKG_VERSION"),
                start_ms = started().elapsed().as_millis() as u64,
                "OKX Key Assistant starting"
            );
            let dumps = harden();
            tracing::info!(
                core_limit_zero = dumps.core_limit_zero,
                dumpable = ?dumps.dumpable,
                "core dumps off"
            );
            // The saved progress goes into the page before it loads, so the first step is drawn
            // without waiting for a round trip to Rust (see `boot_script`).
            let progress = okx_key_core::progress::Progress::load(&data_dir);
            // From the index, without a keychain call (start-up stays free of D-Bus). A lost
            // index only means the window opens on the guide: My keys, one click away, lists
            // every key of the keychain and writes the index back (`Keychain::list`).
            let saved_keys = okx_key_core::keychain::index::Index::new(data_dir.clone()).load().len();
            // The window's words: the language chosen in its menu, else the system's.
            okx_key_core::catalog::locale::set(okx_key_core::catalog::Locale::new(
                commands::language::starting_language(&progress),
                okx_key_core::catalog::Surface::Window,
            ));
            app.manage(state::AppState::new(data_dir, log_dir));
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
                .on_new_window(|_url, _features| NewWindowResponse::Deny)
                .initialization_script(boot_script(&progress, saved_keys));
            if let WebviewUrl::App(_) = config.url {
                window = window.title(config.title.clone());
            }
            window.build()?;
            tracing::info!(start_ms = started().elapsed().as_millis() as u64, "window created");
            Ok(())
        })
        .invoke_handler(commands::handler());
    // Run as `Builder::run` does, plus the exit event: a secret copied less than 30 s ago is
    // taken off the clipboard when the app quits.
    let built = builder.build(tauri::generate_context!()).map(|app| {
        app.run(|app, event| {
            if let tauri::RunEvent::Exit = event {
                commands::clear_clipboard_on_exit(app);
            }
        })
    });
    if let Err(e) = built {
        let message = e.to_string();
        if message.contains("single-instance") {
            start_again_after_a_closing_window(&message);
            eprintln!("{}\n({message})", okx_key_core::t!("app-window-not-answering"));
            std::process::exit(1);
        }
        eprintln!("{}", okx_key_core::t!("app-could-not-start", error = message));
        std::process::exit(1);
    }
}

/// The window that was open is closing right now (it still owns the single-instance name but no
/// longer answers): rather than fail, wait a moment and start afresh, for at most about 10 s in
/// all, after which the caller says that the open window does not answer. Seen when the app is
/// opened again just as it quits; a window that is frozen (not closing) ends the retries at once
/// the first time a hand-over takes longer than that.
fn start_again_after_a_closing_window(why: &str) {
    const VAR: &str = "OKX_KEY_ASSISTANT_FIRST_TRY_MS";
    let now_ms = okx_key_core::okx::sign::now_unix_ms();
    let first_ms: i64 = std::env::var(VAR).ok().and_then(|v| v.parse().ok()).unwrap_or(now_ms);
    if now_ms.saturating_sub(first_ms) > 10_000 {
        return;
    }
    tracing::info!(why, "the open window is closing: starting again");
    std::thread::sleep(std::time::Duration::from_millis(300));
    #[cfg(unix)]
    if let Ok(exe) = std::env::current_exe() {
        use std::os::unix::process::CommandExt;
        let err = std::process::Command::new(exe)
            .args(std::env::args_os().skip(1))
            .env(VAR, first_ms.to_string())
            .exec();
        eprintln!(
            "{}",
            okx_key_core::t!("app-could-not-start-again", error = err.to_string())
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_boot_script_carries_progress_as_data() {
        let progress = okx_key_core::progress::Progress {
            bot_name: "</script><script>alert(1)</script>\"; x = \u{2028}".to_string(),
            ..Default::default()
        };
        let script = boot_script(&progress, 0);
        assert!(script.starts_with("window.__OKX_BOOT__ = {"));
        assert!(script.ends_with("};"));
        // One JSON object: the user's words are string literals (quotes escaped), never code.
        let body = &script["window.__OKX_BOOT__ = ".len()..script.len() - ";".len()];
        let back: serde_json::Value = serde_json::from_str(body).unwrap();
        assert_eq!(back["progress"]["bot_name"], progress.bot_name.as_str());
        // The sites come from the core's table, all four, with their hosts.
        let ids: Vec<&str> = back["sites"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["id"].as_str().unwrap())
            .collect();
        assert_eq!(ids, ["global", "eea", "us", "tr"]);
        assert_eq!(back["golden_rules"].as_array().unwrap().len(), 4);
        assert_eq!(back["fresh_progress"]["done"], serde_json::json!([]));
        assert!(back["python_snippet"].as_str().unwrap().contains("\"LABEL\""));
        assert_eq!(back["sites"][3]["web_host"], "tr.okx.com");
    }

    #[test]
    fn without_a_display_the_user_is_told_what_to_do() {
        assert!(no_display_message(Some(":0"), None).is_none());
        assert!(no_display_message(None, Some("wayland-0")).is_none());
        if cfg!(all(unix, not(target_os = "macos"))) {
            let message = no_display_message(None, Some(" ")).expect("a blank value is no display");
            assert!(message.contains("no graphical display"));
            assert!(message.contains("okx-key-assistant --help"));
            assert!(no_display_message(None, None).is_some());
        } else {
            assert!(
                no_display_message(None, None).is_none(),
                "Windows and macOS need no DISPLAY"
            );
        }
    }

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
