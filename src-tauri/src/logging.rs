//! Logging: to a file in the app's log folder (and stderr when it is a terminal).
//!
//! Log lines carry what happened (a step, a check, a status code), never a credential: secrets
//! are held in `Secret`, whose Debug and Display print "redacted". `RUST_LOG` sets the level
//! (default `info`).

use std::path::Path;
use std::sync::Mutex;
use tracing_subscriber::EnvFilter;

pub const LOG_FILE: &str = "okx-key-assistant.log";

pub fn init(log_dir: &Path) {
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info"));
    let file = std::fs::create_dir_all(log_dir).ok().and_then(|_| {
        std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(log_dir.join(LOG_FILE))
            .ok()
    });
    let result = match file {
        Some(f) => tracing_subscriber::fmt()
            .with_env_filter(filter)
            .with_ansi(false)
            .with_writer(Mutex::new(f))
            .try_init(),
        None => tracing_subscriber::fmt()
            .with_env_filter(filter)
            .with_writer(std::io::stderr)
            .try_init(),
    };
    // A second init (tests) is harmless.
    let _ = result;
}
