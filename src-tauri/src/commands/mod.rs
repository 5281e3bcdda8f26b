//! Thin `#[tauri::command]`s, one module per domain, each a few lines over the core.
//!
//! Every command returns `Result<T, Problem>`: the window gets the same
//! `{kind, okx_code, message, fix, severity}` object the CLI prints. The list of commands here
//! must match `src-tauri/build.rs` (which generates their permissions) and the capability file.

mod about;
mod clipboard;
mod links;
mod progress;

pub fn handler() -> impl Fn(tauri::ipc::Invoke<tauri::Wry>) -> bool + Send + Sync + 'static {
    tauri::generate_handler![
        about::app_info,
        progress::load_progress,
        progress::save_progress,
        progress::reset_progress,
        links::open_okx_page,
        clipboard::copy_label,
    ]
}
