//! The README's paths are the repository's: it names nothing outside the repository (a clone
//! has no `../shared/`), and every file or folder it names from the repository's top exists.

use std::path::Path;

/// The repository's top-level folders and files the README names paths under.
const TOP: &[&str] = &[
    "src-tauri/",
    "src-ui/",
    "ui/",
    "tests/",
    "docs/",
    "benches/",
    "vendor/",
    "locales/",
    "packaging/",
    "icons/",
    ".github/",
];

/// Every `code span` of the README outside fenced blocks that is a path: no blank, at least one
/// slash, no placeholder (`locales/<lang>/*.ftl`).
fn code_paths(readme: &str) -> Vec<String> {
    let mut fenced = false;
    let prose: Vec<&str> = readme
        .lines()
        .filter(|line| {
            if line.trim_start().starts_with("```") {
                fenced = !fenced;
                return false;
            }
            !fenced
        })
        .collect();
    prose
        .join("\n")
        .split('`')
        .skip(1)
        .step_by(2)
        .filter(|span| span.contains('/') && !span.contains(|c: char| c.is_whitespace() || "<>*".contains(c)))
        .map(str::to_owned)
        .collect()
}

#[test]
fn the_readme_names_only_paths_inside_the_repository() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(root.join("README.md")).expect("README.md");
    let paths = code_paths(&readme);
    assert!(paths.len() > 10, "{paths:?}");
    let outside: Vec<&String> = paths.iter().filter(|p| p.starts_with("../")).collect();
    assert!(outside.is_empty(), "outside the repository: {outside:?}");
    let missing: Vec<&String> = paths
        .iter()
        .filter(|p| TOP.iter().any(|top| p.starts_with(top)))
        .filter(|p| !root.join(p.as_str()).exists())
        .collect();
    assert!(
        missing.is_empty(),
        "named by the README but not in the repository: {missing:?}"
    );
}
