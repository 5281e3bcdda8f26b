//! The window's logging: to a file in the app's log folder (the command line logs to stderr,
//! with the same filter, the core's `app::log_filter`).
//!
//! Log lines carry what happened (a step, a check, a status code), never a credential: secrets
//! are held in `Secret`, whose Debug and Display print "redacted". `RUST_LOG` sets the level
//! (default `info` for the window, `warn` for the CLI) for the app's own code. Libraries that
//! handle the credentials on their way out (the HTTP stack, D-Bus, the keyring) are held at
//! `info` whatever `RUST_LOG` says, because at debug and trace they dump headers and messages.

use std::path::Path;
use std::sync::Mutex;

pub const LOG_FILE: &str = "okx-key-assistant.log";

pub use okx_key_core::app::log_filter::filter;

/// The window's logging: a file in `log_dir` (folder and file owner-only, like the data
/// folder), or stderr if the file cannot be opened.
pub fn init(log_dir: &Path) {
    let file = okx_key_core::private_files::private_append(&log_dir.join(LOG_FILE)).ok();
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
