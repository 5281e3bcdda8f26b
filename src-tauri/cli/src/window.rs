//! Opening the window from `okx-key-assistant` with no subcommand.
//!
//! The window is a program of its own, `okx-key-assistant-window`, installed beside this one
//! (`/usr/bin` in the packages, `target/<profile>` when built): the command line links no WebKit,
//! so `run` and `check` start in a few milliseconds. The hand-over itself (Unix `exec`, the
//! arguments unchanged) is the core's `app::programs`, which the window uses the other way.

use okx_key_core::app::programs;

pub use programs::{window_program, WINDOW_PROGRAM};

/// Opens the window; returns an exit status only when it could not be started (or, where
/// there is no `exec`, when it has ended).
pub fn open() -> i32 {
    programs::hand_over(WINDOW_PROGRAM).unwrap_or_else(|p| {
        crate::output::eprintln_problem(&p);
        crate::output::FAILED
    })
}
