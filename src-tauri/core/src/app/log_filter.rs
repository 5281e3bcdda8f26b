//! The log filter of both programs (the command line's stderr, the window's log file):
//! `RUST_LOG`, with the libraries that see credentials on their way out (the HTTP stack, D-Bus,
//! the keyring, the webview) held at `info` whatever it says, because at debug and trace they
//! dump headers and messages.

use tracing_subscriber::filter::{Directive, EnvFilter};

/// Crates that see request headers, D-Bus messages or keychain calls.
pub const CLAMPED: &[&str] = &[
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
    let base = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(default));
    clamp(base)
}

/// `base` with every crate of [`CLAMPED`] capped at `info`.
fn clamp(mut filter: EnvFilter) -> EnvFilter {
    for krate in CLAMPED {
        if let Ok(d) = format!("{krate}=info").parse::<Directive>() {
            filter = filter.add_directive(d);
        }
    }
    filter
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trace_everywhere_still_holds_the_credential_crates_at_info() {
        let text = clamp(EnvFilter::new("trace")).to_string();
        for krate in CLAMPED {
            assert!(text.contains(&format!("{krate}=info")), "{krate}: {text}");
        }
        assert!(text.contains("trace"), "{text}");
    }
}
