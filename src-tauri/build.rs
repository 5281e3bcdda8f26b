//! Bundles the window's script (`src-ui/` into `ui/app.js`, see `ui_bundle.rs`), then generates
//! Tauri's context and a permission for each app command, so the capability file
//! (`src-tauri/capabilities/main.json`) can grant exactly the commands the window uses.

#[path = "ui_bundle.rs"]
mod ui_bundle;

/// Every `#[tauri::command]` of the app (keep in step with `src/commands/mod.rs`).
const COMMANDS: &[&str] = &[
    "app_info",
    "ui_ready",
    "load_progress",
    "save_progress",
    "reset_progress",
    "set_language",
    "open_okx_page",
    "copy_label",
    "check_passphrase",
    "generate_passphrase",
    "copy_passphrase",
    "clear_passphrase",
    "check_credentials",
    "split_pasted_text",
    "paste_too_large",
    "has_step5_passphrase",
    "clear_credentials",
    "test_connection",
    "save_key",
    "list_keys",
    "delete_key",
    "copy_saved_credential",
    "my_keys",
    "test_keys",
    "bot_recipe",
    "copy_text",
    "build_report",
    "copy_report",
    "save_report",
];

fn main() {
    println!("cargo:rerun-if-changed=src-ui");
    match ui_bundle::bundle(std::path::Path::new("src-ui"), "main.js") {
        Ok(text) => ui_bundle::write_if_changed(std::path::Path::new("ui/app.js"), &text)
            .unwrap_or_else(|e| panic!("could not write ui/app.js: {e}")),
        Err(e) => panic!("could not bundle the window's script (src-ui/): {e}"),
    }
    println!("cargo:rerun-if-changed=src-tauri/capabilities");
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .capabilities_path_pattern("./src-tauri/capabilities/**/*")
            .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )
    .expect("failed to run tauri-build");
}
