// Hide the console window on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

//! `okx-key-assistant-window`: the window (the desktop entry starts it, and `okx-key-assistant`
//! with no command hands over to it). Given a command, it hands over to the command line, the
//! program beside it: the window links none of the command line's code.

use okx_key_core::app::{launch_args, programs};

fn main() {
    okx_key_assistant::started();
    // Before anything can hold a secret: no core file, not dumpable (see core's hardening.rs).
    okx_key_assistant::harden();
    // A command is the command line's (`okx-key-assistant`, beside this program).
    if launch_args::command_requested() {
        let code = programs::hand_over(programs::CLI_PROGRAM).unwrap_or_else(|p| {
            eprintln!("{}", p.message);
            1
        });
        std::process::exit(code);
    }
    okx_key_assistant::run();
}
