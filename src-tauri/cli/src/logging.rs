//! The log filter shared by the CLI (stderr) and the window (its log file): `RUST_LOG`, with
//! the libraries that see credentials on their way out (the HTTP stack, D-Bus, the keyring, the
//! webview) held at `info` whatever it says, because at debug and trace they dump headers and
//! messages.

use tracing_subscriber::filter::{Directive, EnvFilter};

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
