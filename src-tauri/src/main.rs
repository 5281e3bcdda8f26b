// Hide the console window on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

//! `okx-key-assistant-window`: the window (the desktop entry starts it, and `okx-key-assistant`
//! with no command hands over to it). Given a command, it hands over to the command line.

fn main() {
    okx_key_assistant::started();
    // Before anything can hold a secret: no core file, not dumpable (see core's hardening.rs).
    okx_key_assistant::harden();
    // A command is the command line's (`okx-key-assistant`, beside this program).
    if okx_key_assistant::cli::command_requested() {
        std::process::exit(okx_key_assistant::cli::window::run_command());
    }
    okx_key_assistant::run();
}
