//! The project's crates point one way: the core depends on no other crate of the project; the
//! simulator on the core only; the command line on the core and the simulator (for `simulate`);
//! the window on the core only, which `cargo tree` of its package shows (its tests may use the
//! simulator). The window's sources and its built program are checked too.

#[path = "deadline/mod.rs"]
mod deadline;

use std::path::{Path, PathBuf};
use std::process::Command;

/// The project's crates (package names, as `cargo tree` prints them).
const PROJECT: &[&str] = &["okx-key-core", "okx-key-cli", "okx-simulator", "okx-key-assistant"];

/// The window's own sources: everything under `src-tauri/src`.
fn window_sources(dir: &Path, out: &mut Vec<PathBuf>) {
    let entries = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            window_sources(&path, out);
        } else if path.extension().is_some_and(|x| x == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn no_window_source_names_the_command_line_or_the_simulator() {
    let top = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    window_sources(&top.join("src-tauri/src"), &mut files);
    assert!(files.len() >= 5, "the window's sources: {files:?}");
    let mut found = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        for name in ["okx_key_cli", "okx_simulator"] {
            if text.contains(name) {
                found.push(format!("{} names {name}", file.display()));
            }
        }
    }
    assert!(found.is_empty(), "the window uses the core only:\n{}", found.join("\n"));
}

/// The project's crates among `package`'s normal dependencies (all depths), per `cargo tree`.
fn project_dependencies(package: &str) -> Vec<String> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let out = deadline::output(
        Command::new(cargo).current_dir(env!("CARGO_MANIFEST_DIR")).args([
            "tree",
            "--offline",
            "-e",
            "normal",
            "--prefix",
            "none",
            "-p",
            package,
        ]),
        "cargo tree",
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "cargo tree -p {package}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut found: Vec<String> = text
        .lines()
        .skip(1)
        .filter_map(|line| line.split_whitespace().next())
        .filter(|name| PROJECT.contains(name) && *name != package)
        .map(str::to_string)
        .collect();
    found.sort();
    found.dedup();
    found
}

#[test]
fn the_core_depends_on_no_other_crate_of_the_project() {
    assert_eq!(project_dependencies("okx-key-core"), Vec::<String>::new());
}

#[test]
fn the_window_package_depends_on_the_core_only() {
    assert_eq!(project_dependencies("okx-key-assistant"), ["okx-key-core"]);
}

#[test]
fn the_simulator_depends_on_the_core_only_and_the_command_line_never_on_the_window() {
    assert_eq!(project_dependencies("okx-simulator"), ["okx-key-core"]);
    assert_eq!(project_dependencies("okx-key-cli"), ["okx-key-core", "okx-simulator"]);
}

/// The window's program as built beside this test (debug) and in `target/release` if built.
fn window_programs() -> Vec<PathBuf> {
    let window = format!("okx-key-assistant-window{}", std::env::consts::EXE_SUFFIX);
    let mut found = vec![PathBuf::from(env!("CARGO_BIN_EXE_okx-key-assistant-window"))];
    // target/<profile>/okx-key-assistant-window -> target/release/okx-key-assistant-window
    if let Some(target) = found[0].parent().and_then(Path::parent) {
        let release = target.join("release").join(&window);
        if release.is_file() && !found.contains(&release) {
            found.push(release);
        } else if !release.is_file() {
            eprintln!("{} is not built: only the debug program is checked", release.display());
        }
    }
    found
}

#[test]
fn the_window_program_carries_neither_the_command_line_nor_the_simulator() {
    for program in window_programs() {
        // grep -F over a few hundred MB of a debug build: a second or two.
        for needle in ["okx_simulator", "okx_key_cli", "src-tauri/simulator/", "src-tauri/cli/"] {
            let out = deadline::output(
                Command::new("grep").args(["-c", "-a", "-F", needle]).arg(&program),
                "grep",
            );
            let count = String::from_utf8_lossy(&out.stdout).trim().to_string();
            // grep: 0 found, 1 not found, 2 trouble (a missing file).
            assert_eq!(
                out.status.code(),
                Some(1),
                "{} holds {needle} ({count} lines): it links code it should not",
                program.display()
            );
        }
    }
}
