//! Bundles the window's ES modules (`src-ui/`) into one script, `ui/app.js`, at build time
//! (called from `build.rs`; `tests/ui_bundle.rs` tests it).
//!
//! One file instead of one per module: each module is a request through Tauri's custom protocol
//! while the window starts, and in a side-by-side test (the same page in the bare benchmark
//! window) the modules of the time (thirteen), even preloaded, drew the first step about 30 ms
//! later than one bundle.
//!
//! No third-party bundler is needed for what our modules use: `import { a, b } from "./x.js";`
//! lines and `export function`, `export async function` and `export const` declarations.
//! Anything else is an error, so the bundle cannot silently differ from the modules. Each module
//! becomes a function whose scope holds its top-level names and which returns its exports;
//! modules are laid out dependencies first, so each runs once, in the order the browser would
//! have run them. The same sources always give the same bytes.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Component, Path};

/// One parsed module: what it imports (names, module path), what it exports, its other lines.
struct Module {
    imports: Vec<(Vec<String>, String)>,
    exports: Vec<String>,
    body: Vec<String>,
}

/// The bundle of the module `entry` (a path relative to `src`) and everything it imports.
pub fn bundle(src: &Path, entry: &str) -> Result<String, String> {
    let mut modules = BTreeMap::new();
    let mut order = Vec::new();
    visit(src, entry, &mut Vec::new(), &mut modules, &mut order)?;
    let mut out = vec![
        "// Generated at build time from the modules in src-ui/ (src-tauri/ui_bundle.rs): edit those.".to_string(),
        String::new(),
    ];
    for rel in &order {
        let module = &modules[rel];
        out.push(format!("// ---- {rel}"));
        out.push(if rel == entry {
            "(() => {".to_string()
        } else {
            format!("const {} = (() => {{", var_name(rel))
        });
        for (names, dep) in &module.imports {
            let exported: BTreeSet<&String> = modules[dep].exports.iter().collect();
            if let Some(missing) = names.iter().find(|n| !exported.contains(n)) {
                return Err(format!("{rel} imports {missing} from {dep}, which does not export it"));
            }
            out.push(format!("const {{ {} }} = {};", names.join(", "), var_name(dep)));
        }
        out.extend(module.body.iter().cloned());
        if rel != entry {
            out.push(format!("return {{ {} }};", module.exports.join(", ")));
        }
        out.push("})();".to_string());
        out.push(String::new());
    }
    Ok(out.join("\n"))
}

/// Parses `rel` and its imports (depth first), appending each to `order` after its imports.
fn visit(
    src: &Path,
    rel: &str,
    path: &mut Vec<String>,
    modules: &mut BTreeMap<String, Module>,
    order: &mut Vec<String>,
) -> Result<(), String> {
    if path.iter().any(|p| p == rel) {
        return Err(format!("import cycle: {} -> {rel}", path.join(" -> ")));
    }
    if modules.contains_key(rel) {
        return Ok(());
    }
    let text = std::fs::read_to_string(src.join(rel)).map_err(|e| match path.last() {
        Some(from) => format!("{from} imports {rel}: {e}"),
        None => format!("{rel}: {e}"),
    })?;
    let module = parse(rel, &text)?;
    let deps: Vec<String> = module.imports.iter().map(|(_, dep)| dep.clone()).collect();
    modules.insert(rel.to_string(), module);
    path.push(rel.to_string());
    for dep in deps {
        visit(src, &dep, path, modules, order)?;
    }
    path.pop();
    order.push(rel.to_string());
    Ok(())
}

fn parse(rel: &str, text: &str) -> Result<Module, String> {
    let mut module = Module {
        imports: Vec::new(),
        exports: Vec::new(),
        body: Vec::new(),
    };
    for (n, line) in text.lines().enumerate() {
        let at = || format!("{rel}:{}", n + 1);
        let trimmed = line.trim_start();
        if let Some(rest) = line.strip_prefix("import ") {
            let (names, dep) = parse_import(rest).ok_or_else(|| format!("{}: unsupported import: {line}", at()))?;
            module.imports.push((names, join(rel, &dep)?));
        } else if let Some(rest) = line.strip_prefix("export ") {
            let name = ["async function ", "function ", "const "]
                .iter()
                .find_map(|kw| rest.strip_prefix(kw))
                .map(|r| r.chars().take_while(|&c| is_ident(c)).collect::<String>())
                .filter(|name| !name.is_empty())
                .ok_or_else(|| format!("{}: unsupported export: {line}", at()))?;
            module.exports.push(name);
            module.body.push(rest.to_string());
        } else if trimmed.starts_with("import ")
            || trimmed.starts_with("export ")
            || line.contains("import(")
            || line.contains("import.meta")
        {
            return Err(format!("{}: unsupported import/export: {line}", at()));
        } else {
            module.body.push(line.to_string());
        }
    }
    while module.body.last().is_some_and(|l| l.is_empty()) {
        module.body.pop();
    }
    Ok(module)
}

/// `{ a, b } from "./x.js";` → (["a", "b"], "./x.js")
fn parse_import(rest: &str) -> Option<(Vec<String>, String)> {
    let rest = rest.trim_end().strip_prefix('{')?;
    let (names, rest) = rest.split_once('}')?;
    let dep = rest.trim().strip_prefix("from \"")?.strip_suffix("\";")?;
    let names: Vec<String> = names
        .split(',')
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .map(String::from)
        .collect();
    let plain = |n: &String| n.chars().all(is_ident) && !n.starts_with(|c: char| c.is_ascii_digit());
    (!names.is_empty() && names.iter().all(plain) && dep.starts_with('.') && dep.ends_with(".js"))
        .then(|| (names, dep.to_string()))
}

/// The module path `dep` (relative, as written in `from`) resolved against the importing `rel`.
fn join(rel: &str, dep: &str) -> Result<String, String> {
    let mut parts: Vec<String> = Vec::new();
    let base = Path::new(rel).parent().unwrap_or(Path::new("")).join(dep);
    for c in base.components() {
        match c {
            Component::Normal(p) => parts.push(p.to_string_lossy().into_owned()),
            Component::ParentDir => {
                parts
                    .pop()
                    .ok_or_else(|| format!("{rel}: {dep} points outside src-ui"))?;
            }
            Component::CurDir => {}
            _ => return Err(format!("{rel}: {dep} is not a relative path")),
        }
    }
    Ok(parts.join("/"))
}

fn is_ident(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_' || c == '$'
}

fn var_name(rel: &str) -> String {
    let stem = rel.strip_suffix(".js").unwrap_or(rel);
    format!("__module_{}", stem.replace(|c: char| !c.is_ascii_alphanumeric(), "_"))
}

/// Writes `text` to `path` unless the file already holds exactly that (so an unchanged bundle
/// keeps its time stamp and does not make Cargo rebuild the app).
pub fn write_if_changed(path: &Path, text: &str) -> std::io::Result<()> {
    if std::fs::read_to_string(path).is_ok_and(|old| old == text) {
        return Ok(());
    }
    std::fs::write(path, text)
}
