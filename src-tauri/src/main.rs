// Hide the console window on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

//! `okx-key-assistant` opens the window; with a subcommand it runs headless (see `cli.rs`).

fn main() {
    okx_key_assistant::started();
    if let Some(code) = okx_key_assistant::cli::run_if_requested() {
        std::process::exit(code);
    }
    okx_key_assistant::run();
}
