//! Where the tests find the `okx-key-assistant` command line. It is the command line package's
//! program (`src-tauri/cli`), not the window's, so Cargo gives the window package's tests no
//! `CARGO_BIN_EXE_` for it: it sits beside the window's program in the same target folder.
//! `make test` builds every program first (`cargo build --workspace --bins`); a test run on its
//! own fails with what to do when the command line is missing or older than its sources, rather
//! than testing yesterday's program. Shared by the root crate's tests (`#[path]`).
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::time::SystemTime;

/// The window's program, which Cargo builds for these tests.
pub const WINDOW: &str = env!("CARGO_BIN_EXE_okx-key-assistant-window");

/// The command line's program, checked to exist and to be newer than its sources.
pub fn cli() -> &'static str {
    static CLI: OnceLock<String> = OnceLock::new();
    CLI.get_or_init(|| {
        let path = Path::new(WINDOW).with_file_name(format!("okx-key-assistant{}", std::env::consts::EXE_SUFFIX));
        let built = std::fs::metadata(&path).and_then(|m| m.modified()).unwrap_or_else(|e| {
            panic!(
                "{}: {e}. Build the command line first: cargo build -p okx-key-cli (make test does)",
                path.display()
            )
        });
        let top = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut newest = (SystemTime::UNIX_EPOCH, PathBuf::new());
        for dir in [
            "src-tauri/cli",
            "src-tauri/core/src",
            "src-tauri/core/Cargo.toml",
            // The simulator, which the command line links for `simulate`.
            "src-tauri/simulator/src",
            "src-tauri/simulator/Cargo.toml",
            "locales",
        ] {
            newest_source(&top.join(dir), &mut newest);
        }
        assert!(
            newest.0 <= built,
            "{} is older than {}: rebuild it with cargo build -p okx-key-cli (make test does)",
            path.display(),
            newest.1.display()
        );
        path.to_str().expect("the target folder's path is UTF-8").to_string()
    })
}

/// The newest modification time of a Rust source, manifest or catalog under `path`.
fn newest_source(path: &Path, newest: &mut (SystemTime, PathBuf)) {
    if path.is_dir() {
        for entry in std::fs::read_dir(path).into_iter().flatten().flatten() {
            newest_source(&entry.path(), newest);
        }
        return;
    }
    let source = path.extension().is_some_and(|x| x == "rs" || x == "ftl" || x == "toml");
    if let Some(time) = source
        .then(|| std::fs::metadata(path).and_then(|m| m.modified()).ok())
        .flatten()
    {
        if time > newest.0 {
            *newest = (time, path.to_path_buf());
        }
    }
}
