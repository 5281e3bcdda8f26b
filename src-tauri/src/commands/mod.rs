//! Thin `#[tauri::command]`s, one module per domain, each a few lines over the core.
//!
//! Every command returns `Result<T, Problem>`: the window gets the same
//! `{kind, okx_code, message, fix, severity}` object the CLI prints. The list of commands here
//! must match `src-tauri/build.rs` (which generates their permissions) and the capability file.

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

pub use clipboard::clear_on_exit as clear_clipboard_on_exit;

pub fn handler() -> impl Fn(tauri::ipc::Invoke<tauri::Wry>) -> bool + Send + Sync + 'static {
    tauri::generate_handler![
        about::app_info,
        about::ui_ready,
        passphrase::generate_passphrase,
        passphrase::check_passphrase,
        passphrase::copy_passphrase,
        passphrase::clear_passphrase,
        progress::load_progress,
        progress::save_progress,
        progress::reset_progress,
        language::set_language,
        links::open_okx_page,
        clipboard::copy_label,
        credentials::check_credentials,
        credentials::split_pasted_text,
        credentials::paste_too_large,
        credentials::has_step5_passphrase,
        credentials::clear_credentials,
        connection::test_connection,
        keychain::save_key,
        keychain::list_keys,
        keychain::delete_key,
        keychain::copy_saved_credential,
        health::my_keys,
        health::test_keys,
        bots::bot_recipe,
        bots::copy_text,
        report::build_report,
        report::copy_report,
        report::save_report,
    ]
}
