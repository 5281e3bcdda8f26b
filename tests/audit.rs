//! The security baseline, read from the files that set it: a strict CSP with no remote origin
//! and no `unsafe-eval`, and a capability that grants exactly the app's own commands (no plugin,
//! file, shell, URL or clipboard permission reaches the webview).

#[allow(dead_code)]
#[path = "../src-tauri/command_list.rs"]
mod command_list;

use serde_json::Value;
use std::collections::BTreeSet;
use std::path::Path;

fn read(path: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn json(path: &str) -> Value {
    serde_json::from_str(&read(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The commands the window may call: its `#[tauri::command]` functions, read as build.rs reads them.
fn app_commands() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src-tauri/src/commands");
    let names: Vec<String> = command_list::scan(&dir)
        .unwrap_or_else(|e| panic!("{e}"))
        .into_iter()
        .map(|c| c.name)
        .collect();
    // Not vacuous: the scan finds the commands every step uses.
    for known in [
        "app_info",
        "check_credentials",
        "test_connection",
        "save_key",
        "my_keys",
        "build_report",
    ] {
        assert!(names.iter().any(|n| n == known), "{known} not found: {names:?}");
    }
    names
}

#[test]
fn csp_is_strict() {
    let conf = json("tauri.conf.json");
    let security = &conf["app"]["security"];
    let csp = security["csp"]
        .as_object()
        .expect("a CSP must be set (an object of directives)");
    // Every source in every directive is one of these: nothing remote, nothing unsafe.
    let allowed: BTreeSet<&str> = ["'self'", "'none'", "data:", "ipc:", "http://ipc.localhost"]
        .into_iter()
        .collect();
    for (directive, sources) in csp {
        let sources = sources
            .as_str()
            .unwrap_or_else(|| panic!("{directive} must be a string"));
        for source in sources.split_whitespace() {
            assert!(allowed.contains(source), "CSP {directive} allows {source}");
        }
        if directive != "connect-src" {
            assert!(
                !sources.contains("http"),
                "only connect-src may name the IPC origin: {directive}"
            );
        }
    }
    for required in [
        "default-src",
        "script-src",
        "style-src",
        "connect-src",
        "object-src",
        "frame-src",
        "base-uri",
        "form-action",
    ] {
        assert!(csp.contains_key(required), "CSP must set {required}");
    }
    assert_eq!(csp["default-src"], "'self'");
    assert_eq!(csp["script-src"], "'self'");
    assert_eq!(csp["object-src"], "'none'");
    assert_eq!(security["freezePrototype"], true);
    assert_ne!(security["dangerousDisableAssetCspModification"], true);
    assert!(security.get("dangerousRemoteDomainIpcAccess").is_none());
    assert!(
        conf["build"].get("devUrl").is_none(),
        "no dev server: the window loads only bundled files"
    );
    assert_eq!(conf["build"]["frontendDist"], "ui");
}

#[test]
fn capability_grants_exactly_the_app_commands() {
    let cap = json("src-tauri/capabilities/main.json");
    assert_eq!(cap["windows"], serde_json::json!(["main"]));
    assert!(cap.get("remote").is_none(), "no remote URL may use IPC");
    let granted: BTreeSet<String> = cap["permissions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p.as_str().expect("plain permission ids").to_owned())
        .collect();
    let expected: BTreeSet<String> = app_commands()
        .iter()
        .map(|c| format!("allow-{}", c.replace('_', "-")))
        .collect();
    assert_eq!(
        granted, expected,
        "the capability must grant exactly the app's commands"
    );
    assert!(
        granted.iter().all(|p| !p.contains(':')),
        "no plugin or core permission is granted to the webview"
    );
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src-tauri/capabilities");
    let files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert_eq!(files.len(), 1, "one capability file: {files:?}");
}

/// The command list is not kept by hand anywhere else: build.rs and commands/mod.rs name no
/// command (build.rs derives the handler and the permissions from the functions).
#[test]
fn no_command_is_listed_by_hand() {
    let build = read("src-tauri/build.rs");
    let handler = read("src-tauri/src/commands/mod.rs");
    for command in app_commands() {
        assert!(!build.contains(&format!("\"{command}\"")), "build.rs lists {command}");
        assert!(
            !handler.contains(&format!("::{command}")),
            "commands/mod.rs lists {command}"
        );
    }
    assert!(handler.contains(r#"include!(concat!(env!("OUT_DIR"), "/generate_handler.rs"))"#));
}

#[test]
fn the_ui_loads_nothing_remote() {
    let mut files = vec![];
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut stack = vec![root.join("ui"), root.join("src-ui")];
    while let Some(dir) = stack.pop() {
        for e in std::fs::read_dir(dir).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if matches!(p.extension().and_then(|x| x.to_str()), Some("html" | "js" | "css")) {
                files.push(p);
            }
        }
    }
    assert!(files.len() > 5);
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        for bad in [
            "<script src=\"http",
            "src=\"https:",
            "href=\"http",
            "@import url(http",
            "fetch(",
            "XMLHttpRequest",
            "eval(",
            "new Function(",
            "innerHTML",
            "window.open(",
            "location.href =",
        ] {
            assert!(!text.contains(bad), "{} contains {bad}", f.display());
        }
    }
}

/// The window loads one script, the bundle build.rs makes of src-ui/ (see src-tauri/ui_bundle.rs).
#[test]
fn the_page_loads_only_the_bundle() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let html = std::fs::read_to_string(root.join("ui/index.html")).unwrap();
    assert!(html.contains(r#"<script type="module" src="app.js"></script>"#));
    assert_eq!(html.matches("<script").count(), 1, "index.html loads only the bundle");
}

/// Decisions are the core's: the window's script names no drift kind; each drift it is sent
/// carries its severity (core/src/health/drift.rs), and the window colours it by that.
#[test]
fn the_window_keeps_no_list_of_drift_kinds() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut stack = vec![root.join("src-ui")];
    let mut scripts = 0;
    while let Some(dir) = stack.pop() {
        for e in std::fs::read_dir(dir).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "js") {
                scripts += 1;
                let text = std::fs::read_to_string(&p).unwrap();
                for kind in [
                    "withdraw_turned_on",
                    "trade_lost",
                    "ip_list_changed",
                    "label_changed",
                    "deleted_on_okx",
                ] {
                    assert!(!text.contains(kind), "{} names the drift kind {kind}", p.display());
                }
            }
        }
    }
    assert!(scripts > 5);
    assert!(read("src-ui/steps/my-keys.js").contains("d.severity"));
}
