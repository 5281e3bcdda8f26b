//! The window's commands, declared once: a command is a `#[tauri::command]` function in
//! `src-tauri/src/commands/<module>.rs`, and that attribute is the only list there is.
//!
//! Read at build time (`build.rs`) and by `tests/audit.rs`; everything else is derived or checked:
//! - `commands/mod.rs`'s `generate_handler![…]` is generated (`$OUT_DIR/generate_handler.rs`,
//!   which it `include!`s): Tauri's macro takes paths, so a file of them is the way to derive it;
//! - tauri-build's app manifest gets the names, so it makes an `allow-<name>` permission each;
//! - `src-tauri/capabilities/main.json` is checked, not generated: granting a command to the
//!   webview stays a line a reviewer sees, and the build fails naming any command granted but
//!   not declared, or declared but not granted.
//!
//! Why the attributes rather than a list file: a list beside the functions would be a second place
//! to keep in step with them (and a function missing from it would compile silently). The scan is
//! strict: an attribute not followed by a `fn` line, or one name in two modules, fails the build.

use std::collections::BTreeSet;
use std::path::Path;

/// One command: the module (file) that defines it and its name, as the window calls it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Command {
    pub module: String,
    pub name: String,
}

/// Every `#[tauri::command]` function of the `.rs` files in `dir` (not `mod.rs`), by module,
/// then in the order they are written.
pub fn scan(dir: &Path) -> Result<Vec<Command>, String> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "rs") && !p.ends_with("mod.rs"))
        .collect();
    files.sort();
    let mut out: Vec<Command> = Vec::new();
    for path in files {
        let module = path
            .file_stem()
            .and_then(|s| s.to_str())
            .ok_or_else(|| format!("{}: not a module name", path.display()))?
            .to_owned();
        let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        for name in commands_in(&text).map_err(|e| format!("{}: {e}", path.display()))? {
            if let Some(other) = out.iter().find(|c| c.name == name) {
                return Err(format!(
                    "the command {name} is defined in both {} and {module}",
                    other.module
                ));
            }
            out.push(Command {
                module: module.clone(),
                name,
            });
        }
    }
    Ok(out)
}

/// The names of the `#[tauri::command]` functions in one module's source.
pub fn commands_in(text: &str) -> Result<Vec<String>, String> {
    let mut names = Vec::new();
    let mut lines = text.lines().enumerate();
    while let Some((i, line)) = lines.next() {
        if !line.trim_start().starts_with("#[tauri::command") {
            continue;
        }
        // Further attributes may sit between the attribute and the function, nothing else.
        let name = loop {
            let Some((_, next)) = lines.next() else {
                break None;
            };
            let next = next.trim_start();
            if next.starts_with("#[") {
                continue;
            }
            break fn_name(next);
        };
        names.push(name.ok_or_else(|| format!("line {}: #[tauri::command] is not followed by a `fn` line", i + 1))?);
    }
    Ok(names)
}

/// `pub async fn name(` → `name`.
fn fn_name(line: &str) -> Option<String> {
    let rest = &line[line.find("fn ")? + 3..];
    let name: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
    let before = &line[..line.find("fn ")?];
    let qualifiers_only = before
        .split_whitespace()
        .all(|w| matches!(w, "pub" | "pub(crate)" | "async"));
    (!name.is_empty() && qualifiers_only).then_some(name)
}

/// The permission tauri-build makes for a command: `app_info` → `allow-app-info`.
pub fn permission(name: &str) -> String {
    format!("allow-{}", name.replace('_', "-"))
}

/// The source of the handler expression: `tauri::generate_handler![module::name, …]`.
pub fn handler_source(commands: &[Command]) -> String {
    let mut out = String::from(
        "// Generated at build time from the #[tauri::command] functions (src-tauri/command_list.rs).\n\
         tauri::generate_handler![\n",
    );
    for c in commands {
        out.push_str(&format!("    {}::{},\n", c.module, c.name));
    }
    out.push(']');
    out.push('\n');
    out
}

/// Checks that the capability grants (its `permissions`) are exactly the commands' permissions:
/// the error names each command granted but not declared, and each declared but not granted.
pub fn check_grants(commands: &[Command], granted: &[String]) -> Result<(), String> {
    let declared: BTreeSet<String> = commands.iter().map(|c| permission(&c.name)).collect();
    let granted: BTreeSet<String> = granted.iter().cloned().collect();
    let not_granted: Vec<&String> = declared.difference(&granted).collect();
    let not_declared: Vec<&String> = granted.difference(&declared).collect();
    let mut problems = Vec::new();
    if !not_granted.is_empty() {
        problems.push(format!(
            "commands not granted (add to the capability's \"permissions\"): {not_granted:?}"
        ));
    }
    if !not_declared.is_empty() {
        problems.push(format!(
            "granted but no such #[tauri::command] in src-tauri/src/commands/: {not_declared:?}"
        ));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("; "))
    }
}
