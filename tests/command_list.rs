//! The build-time reader of the window's commands (`src-tauri/command_list.rs`): it finds each
//! `#[tauri::command]` function, refuses what it does not understand, and its capability check
//! names every command granted but not declared and declared but not granted.

#[path = "../src-tauri/command_list.rs"]
mod command_list;

use command_list::{check_grants, commands_in, handler_source, permission, scan, Command};

fn command(module: &str, name: &str) -> Command {
    Command {
        module: module.into(),
        name: name.into(),
    }
}

#[test]
fn finds_each_command_function_and_nothing_else() {
    let source = r#"
//! Thin `#[tauri::command]`s (a doc line, not an attribute).
#[tauri::command]
pub fn app_info(state: State<'_, AppState>) -> AppInfo { todo!() }

/// Not a command.
pub fn helper() {}

#[tauri::command(rename_all = "snake_case")]
#[allow(clippy::too_many_arguments)]
pub async fn test_keys(labels: Vec<String>) -> Result<(), Problem> { todo!() }
"#;
    assert_eq!(commands_in(source).unwrap(), ["app_info", "test_keys"]);
}

#[test]
fn an_attribute_without_its_function_is_refused() {
    let source = "#[tauri::command]\nconst NOT_A_FUNCTION: u8 = 1;\n";
    let e = commands_in(source).unwrap_err();
    assert!(e.contains("line 1") && e.contains("not followed by a `fn` line"), "{e}");
}

#[test]
fn one_name_in_two_modules_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.rs"), "#[tauri::command]\npub fn copy_text() {}\n").unwrap();
    std::fs::write(dir.path().join("b.rs"), "#[tauri::command]\npub fn copy_text() {}\n").unwrap();
    std::fs::write(dir.path().join("mod.rs"), "#[tauri::command]\npub fn ignored() {}\n").unwrap();
    let e = scan(dir.path()).unwrap_err();
    assert!(e.contains("copy_text") && e.contains("both a and b"), "{e}");
    std::fs::remove_file(dir.path().join("b.rs")).unwrap();
    assert_eq!(scan(dir.path()).unwrap(), [command("a", "copy_text")]);
}

#[test]
fn the_handler_names_each_command_by_its_module() {
    let source = handler_source(&[command("about", "app_info"), command("report", "save_report")]);
    assert!(
        source.ends_with("tauri::generate_handler![\n    about::app_info,\n    report::save_report,\n]\n"),
        "{source}"
    );
}

#[test]
fn the_capability_check_names_what_is_missing_and_what_is_extra() {
    let commands = [command("about", "app_info"), command("keychain", "save_key")];
    let grants = |list: &[&str]| list.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    assert_eq!(permission("has_step5_passphrase"), "allow-has-step5-passphrase");
    assert!(check_grants(&commands, &grants(&["allow-save-key", "allow-app-info"])).is_ok());
    let e = check_grants(
        &commands,
        &grants(&["allow-app-info", "allow-delete-key", "fs:default"]),
    )
    .unwrap_err();
    assert!(e.contains("not granted") && e.contains("allow-save-key"), "{e}");
    assert!(
        e.contains("granted but no such") && e.contains("allow-delete-key") && e.contains("fs:default"),
        "{e}"
    );
}
