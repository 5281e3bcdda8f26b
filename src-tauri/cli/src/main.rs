//! `okx-key-assistant`: the headless command line (its subcommands are `okx_key_cli`'s
//! `COMMANDS`), and with no subcommand the way into the window, which it opens by replacing
//! itself with `okx-key-assistant-window` (see `okx_key_cli::window`).
//!
//! It uses only the core and the CLI crate, never the window's (Tauri, WebKitGTK), so it links
//! none of WebKit's libraries: `run` hands a key to a bot within a few milliseconds.

fn main() {
    // Before anything can hold a secret: no core file, not dumpable (see core's hardening.rs).
    okx_key_core::hardening::apply();
    if let Some(code) = okx_key_cli::run_if_requested() {
        std::process::exit(code);
    }
    std::process::exit(okx_key_cli::window::open());
}
