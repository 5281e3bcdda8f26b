//! Embeds the Fluent catalog (`locales/<lang>/*.ftl` at the repository's root) in the core:
//! writes `$OUT_DIR/catalog_files.rs`, tables of (language, file name, contents) that
//! `catalog::bundle` parses once per language: the files every program uses, and the window's
//! own `ui-*.ftl`. Files are listed in a stable order.

use std::fs;
use std::path::{Path, PathBuf};

fn main() {
    // Read when the script runs (env! would fix the checkout that compiled the script).
    let manifest_dir = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let root = Path::new(&manifest_dir).join("../../locales");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut files: Vec<(String, String, PathBuf)> = Vec::new();
    let mut langs: Vec<_> = fs::read_dir(&root)
        .expect("locales/ exists beside src-tauri/")
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .collect();
    langs.sort_by_key(|e| e.file_name());
    for lang in langs {
        println!("cargo:rerun-if-changed={}", lang.path().display());
        let mut ftl: Vec<_> = fs::read_dir(lang.path())
            .expect("a language folder is readable")
            .filter_map(|e| e.ok())
            .filter(|e| e.path().extension().is_some_and(|x| x == "ftl"))
            .collect();
        ftl.sort_by_key(|e| e.file_name());
        for f in ftl {
            println!("cargo:rerun-if-changed={}", f.path().display());
            let path = f.path().canonicalize().expect("an .ftl file has a path");
            files.push((
                lang.file_name().to_string_lossy().into_owned(),
                f.file_name().to_string_lossy().into_owned(),
                path,
            ));
        }
    }
    // Two tables: the files every program needs, and the window's own `ui-*.ftl` (its boot data,
    // `catalog::window`). Only the window reaches the second, so the command line's program does
    // not carry a third of the catalog it never shows (the linker drops the unreferenced table).
    let mut out = String::from(
        "/// The catalog files every program uses: (language, file name, contents).\npub static FILES: &[(&str, &str, &str)] = &[\n",
    );
    let mut window = String::from(
        "/// The window's own catalog files (`ui-*.ftl`).\npub static WINDOW_FILES: &[(&str, &str, &str)] = &[\n",
    );
    // Each file is embedded without its comments (lines that start with `#`: notes for
    // translators, which Fluent ignores when formatting): a quarter of the text, in each of the
    // two programs.
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    for (lang, name, path) in files {
        let text = fs::read_to_string(&path).expect("an .ftl file is UTF-8 text");
        let kept: String = text
            .lines()
            .filter(|l| !l.starts_with('#'))
            .map(|l| format!("{l}\n"))
            .collect();
        let stripped = out_dir.join(format!("catalog-{lang}-{name}"));
        fs::write(&stripped, kept).expect("OUT_DIR is writable");
        let row = format!(
            "    ({lang:?}, {name:?}, include_str!({:?})),\n",
            stripped.display().to_string()
        );
        if name.starts_with("ui-") {
            window.push_str(&row);
        } else {
            out.push_str(&row);
        }
    }
    out.push_str("];\n");
    window.push_str("];\n");
    out.push_str(&window);
    let dest = out_dir.join("catalog_files.rs");
    fs::write(dest, out).expect("OUT_DIR is writable");
}
