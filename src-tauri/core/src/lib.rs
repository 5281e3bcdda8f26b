//! The Tauri-free core of OKX Key Assistant.
//!
//! Everything that does real work lives here, so the window (through thin Tauri commands)
//! and the headless CLI share one implementation: passphrase scoring, credential checks,
//! the signed OKX client and the connection test, the keychain and the report. The loopback
//! OKX simulator is a crate of its own (`src-tauri/simulator`). Nothing in this crate depends on Tauri.

pub mod app;
pub mod atomic_file;
pub mod bots;
pub mod catalog;
pub mod credentials;
pub mod error;
pub mod hardening;
pub mod health;
pub mod iso_time;
pub mod keychain;
pub mod okx;
pub mod outcome;
pub mod passphrase;
pub mod printable;
pub mod private_files;
pub mod progress;
pub mod readiness;
pub mod recipes;
pub mod report;
pub mod run;
pub mod secret;
pub mod shell_word;
pub mod verify;
pub mod watch;

pub use credentials::{Credentials, Field};
pub use error::{Problem, ProblemKind, Result, Severity};
pub use okx::{Endpoint, Site};
pub use outcome::Verification;
pub use secret::Secret;
pub use verify::{verify, VerifyOptions};
