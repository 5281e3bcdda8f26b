//! Bundles the window's script (`src-ui/` into `ui/app.js`, see `ui_bundle.rs`); reads the
//! window's commands from their `#[tauri::command]` functions (`command_list.rs`), generates the
//! handler and a permission for each, and checks that the capability file
//! (`src-tauri/capabilities/main.json`) grants exactly them; then runs tauri-build.

#[path = "command_list.rs"]
mod command_list;
#[path = "ui_bundle.rs"]
mod ui_bundle;

use std::path::{Path, PathBuf};

const COMMANDS_DIR: &str = "src-tauri/src/commands";
const CAPABILITY: &str = "src-tauri/capabilities/main.json";

/// The commands, their handler written to `$OUT_DIR/generate_handler.rs`, and the capability
/// checked against them. The error says what to change.
fn commands() -> Result<Vec<command_list::Command>, String> {
    let commands = command_list::scan(Path::new(COMMANDS_DIR))?;
    if commands.is_empty() {
        return Err(format!("no #[tauri::command] found in {COMMANDS_DIR}"));
    }
    let out = PathBuf::from(std::env::var("OUT_DIR").map_err(|e| format!("OUT_DIR: {e}"))?);
    ui_bundle::write_if_changed(
        &out.join("generate_handler.rs"),
        &command_list::handler_source(&commands),
    )
    .map_err(|e| format!("could not write the handler: {e}"))?;
    let capability: serde_json::Value = std::fs::read_to_string(CAPABILITY)
        .map_err(|e| e.to_string())
        .and_then(|text| serde_json::from_str(&text).map_err(|e| e.to_string()))
        .map_err(|e| format!("{CAPABILITY}: {e}"))?;
    let granted = capability["permissions"]
        .as_array()
        .and_then(|list| {
            list.iter()
                .map(|p| p.as_str().map(str::to_owned))
                .collect::<Option<Vec<_>>>()
        })
        .ok_or_else(|| format!("{CAPABILITY}: \"permissions\" must be a list of permission names"))?;
    command_list::check_grants(&commands, &granted).map_err(|e| format!("{CAPABILITY}: {e}"))?;
    Ok(commands)
}

fn main() {
    println!("cargo:rerun-if-changed=src-ui");
    match ui_bundle::bundle(std::path::Path::new("src-ui"), "main.js") {
        Ok(text) => ui_bundle::write_if_changed(std::path::Path::new("ui/app.js"), &text)
            .unwrap_or_else(|e| panic!("could not write ui/app.js: {e}")),
        Err(e) => panic!("could not bundle the window's script (src-ui/): {e}"),
    }
    println!("cargo:rerun-if-changed=src-tauri/capabilities");
    println!("cargo:rerun-if-changed={COMMANDS_DIR}");
    let commands = commands().unwrap_or_else(|e| panic!("the window's commands: {e}"));
    // tauri-build takes `&'static` names; a build script runs once, so leaking them costs nothing.
    let names: Vec<&'static str> = commands
        .into_iter()
        .map(|c| &*Box::leak(c.name.into_boxed_str()))
        .collect();
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .capabilities_path_pattern("./src-tauri/capabilities/**/*")
            .app_manifest(tauri_build::AppManifest::new().commands(names.leak())),
    )
    .expect("failed to run tauri-build");
}
