//! Thin `#[tauri::command]`s, one module per domain, each a few lines over the core.
//!
//! Every command returns `Result<T, Problem>`: the window gets the same
//! `{kind, okx_code, message, fix, severity}` object the CLI prints. A `#[tauri::command]`
//! function in one of these modules is the command's one declaration: build.rs registers it
//! here, makes its permission and checks that the capability grants it (`src-tauri/command_list.rs`).

mod about;
mod bots;
mod clipboard;
mod connection;
mod credentials;
mod health;
mod keychain;
pub mod language;
mod links;
mod passphrase;
mod progress;
mod report;
mod watch;

pub use clipboard::clear_on_exit as clear_clipboard_on_exit;

pub fn handler() -> impl Fn(tauri::ipc::Invoke<tauri::Wry>) -> bool + Send + Sync + 'static {
    // `tauri::generate_handler![…]` over every `#[tauri::command]` of the modules above, made by
    // build.rs (src-tauri/command_list.rs).
    include!(concat!(env!("OUT_DIR"), "/generate_handler.rs"))
}
