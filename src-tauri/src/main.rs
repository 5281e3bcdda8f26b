// Hide the console window on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

//! `okx-key-assistant` opens the window; with a subcommand it runs headless (see `cli.rs`).

fn main() {
    okx_key_assistant::started();
    // Before anything can hold a secret: no core file, not dumpable (see core's hardening.rs).
    okx_key_assistant::harden();
    if let Some(code) = okx_key_assistant::cli::run_if_requested() {
        std::process::exit(code);
    }
    okx_key_assistant::run();
}
