//! Logging: to a file in the app's log folder (the window) or to stderr (the CLI).
//!
//! Log lines carry what happened (a step, a check, a status code), never a credential: secrets
//! are held in `Secret`, whose Debug and Display print "redacted". `RUST_LOG` sets the level
//! (default `info` for the window, `warn` for the CLI) for the app's own code. Libraries that
//! handle the credentials on their way out (the HTTP stack, D-Bus, the keyring) are held at
//! `info` whatever `RUST_LOG` says, because at debug and trace they dump headers and messages.

use std::path::Path;
use std::sync::Mutex;
use tracing_subscriber::filter::{Directive, EnvFilter};

pub const LOG_FILE: &str = "okx-key-assistant.log";

/// Crates that see request headers, D-Bus messages or keychain calls.
const CLAMPED: &[&str] = &[
    "hyper",
    "hyper_util",
    "h2",
    "reqwest",
    "rustls",
    "tokio_rustls",
    "hyper_rustls",
    "zbus",
    "dbus",
    "secret_service",
    "keyring",
    "tao",
    "wry",
    "tauri",
    "tauri_runtime_wry",
    "arboard",
    "tower",
];

/// `RUST_LOG` (or `default`), with the libraries above capped at `info`.
pub fn filter(default: &str) -> EnvFilter {
    let mut filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(default));
    for krate in CLAMPED {
        if let Ok(d) = format!("{krate}=info").parse::<Directive>() {
            filter = filter.add_directive(d);
        }
    }
    filter
}

/// The window's logging: a file in `log_dir`, or stderr if the file cannot be opened.
pub fn init(log_dir: &Path) {
    let file = std::fs::create_dir_all(log_dir).ok().and_then(|_| {
        std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(log_dir.join(LOG_FILE))
            .ok()
    });
    let result = match file {
        Some(f) => tracing_subscriber::fmt()
            .with_env_filter(filter("info"))
            .with_ansi(false)
            .with_writer(Mutex::new(f))
            .try_init(),
        None => tracing_subscriber::fmt()
            .with_env_filter(filter("info"))
            .with_writer(std::io::stderr)
            .try_init(),
    };
    // A second init (tests) is harmless.
    let _ = result;
}
