//! The build-time bundler of the window's script (`src-tauri/ui_bundle.rs`): what it makes of
//! small module trees, and that it refuses what it does not understand instead of guessing.

#[path = "../src-tauri/ui_bundle.rs"]
mod ui_bundle;

use std::path::Path;

fn tree(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in files {
        let path = dir.path().join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    dir
}

fn bundle(files: &[(&str, &str)]) -> Result<String, String> {
    let dir = tree(files);
    ui_bundle::bundle(dir.path(), "main.js")
}

#[test]
fn modules_are_laid_out_dependencies_first_with_their_exports() {
    let out = bundle(&[
        (
            "main.js",
            "import { b } from \"./lib/b.js\";\nimport { a } from \"./a.js\";\nconsole.log(a(), b);\n",
        ),
        ("a.js", "export function a() { return 1; }\nconst hidden = 2;\n"),
        (
            "lib/b.js",
            "import { a } from \"../a.js\";\nexport const b = a() + 1;\nexport async function later() {}\n",
        ),
    ])
    .unwrap();
    let a = out.find("// ---- a.js").unwrap();
    let b = out.find("// ---- lib/b.js").unwrap();
    let main = out.find("// ---- main.js").unwrap();
    assert!(a < b && b < main, "{out}");
    assert_eq!(
        out.matches("// ---- a.js").count(),
        1,
        "a module shared by two others appears once"
    );
    assert!(out
        .contains("const __module_a = (() => {\nfunction a() { return 1; }\nconst hidden = 2;\nreturn { a };\n})();"));
    assert!(
        out.contains("const { a } = __module_a;\nconst b = a() + 1;\nasync function later() {}\nreturn { b, later };")
    );
    assert!(
        out.contains("(() => {\nconst { b } = __module_lib_b;\nconst { a } = __module_a;\nconsole.log(a(), b);\n})();")
    );
    assert!(!out.contains("export "), "{out}");
}

#[test]
fn the_same_sources_give_the_same_bytes() {
    let files = [
        ("main.js", "import { x } from \"./x.js\";\nx();\n"),
        ("x.js", "export function x() {}\n"),
    ];
    assert_eq!(bundle(&files).unwrap(), bundle(&files).unwrap());
}

#[test]
fn what_it_does_not_understand_is_an_error() {
    for (files, expect) in [
        (vec![("main.js", "import x from \"./x.js\";\n")], "unsupported import"),
        (
            vec![("main.js", "import * as x from \"./x.js\";\n")],
            "unsupported import",
        ),
        (vec![("main.js", "export default 1;\n")], "unsupported export"),
        (vec![("main.js", "export { a };\n")], "unsupported export"),
        (
            vec![("main.js", "const m = await import(\"./x.js\");\n")],
            "unsupported import/export",
        ),
        (
            vec![("main.js", "import { x } from \"https://example.com/x.js\";\n")],
            "unsupported import",
        ),
        (
            vec![("main.js", "import { x } from \"./missing.js\";\n")],
            "main.js imports missing.js",
        ),
        (
            vec![
                ("main.js", "import { y } from \"./x.js\";\n"),
                ("x.js", "export const x = 1;\n"),
            ],
            "imports y from x.js, which does not export it",
        ),
        (
            vec![
                ("main.js", "import { a } from \"./a.js\";\n"),
                ("a.js", "import { b } from \"./b.js\";\nexport const a = 1;\n"),
                ("b.js", "import { a } from \"./a.js\";\nexport const b = 1;\n"),
            ],
            "import cycle: main.js -> a.js -> b.js -> a.js",
        ),
        (
            vec![("main.js", "import { x } from \"../x.js\";\n")],
            "points outside src-ui",
        ),
    ] {
        let err = bundle(&files).unwrap_err();
        assert!(err.contains(expect), "{files:?}: {err}");
    }
}

#[test]
fn the_app_bundle_builds_and_unchanged_output_is_not_rewritten() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = ui_bundle::bundle(&root.join("src-ui"), "main.js").unwrap();
    assert!(out.contains("// ---- main.js"));
    // build.rs wrote it before this test was compiled.
    assert_eq!(std::fs::read_to_string(root.join("ui/app.js")).unwrap(), out);

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("app.js");
    ui_bundle::write_if_changed(&path, "one").unwrap();
    let stamp = std::fs::metadata(&path).unwrap().modified().unwrap();
    std::thread::sleep(std::time::Duration::from_millis(20));
    ui_bundle::write_if_changed(&path, "one").unwrap();
    assert_eq!(std::fs::metadata(&path).unwrap().modified().unwrap(), stamp);
    ui_bundle::write_if_changed(&path, "two").unwrap();
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "two");
}
