//! The catalog's contract: its files parse, code and catalog name the same messages, every
//! language has English's messages with the same arguments, and words are made as promised.

use super::*;
use crate::t;
use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Every message of `lang`: id → (attribute names, variable names used anywhere in it).
fn messages(lang: &str) -> BTreeMap<String, (BTreeSet<String>, BTreeSet<String>)> {
    let mut out = BTreeMap::new();
    for (l, name, source) in all_files().iter() {
        if *l != lang {
            continue;
        }
        let resource = match fluent_syntax::parser::parse(*source) {
            Ok(r) => r,
            Err((_, errors)) => panic!("locales/{l}/{name} has syntax errors: {errors:?}"),
        };
        for entry in resource.body {
            if let ast::Entry::Message(m) = entry {
                let attrs = m.attributes.iter().map(|a| a.id.name.to_string()).collect();
                let mut vars = BTreeSet::new();
                if let Some(v) = &m.value {
                    pattern_vars(v, &mut vars);
                }
                for a in &m.attributes {
                    pattern_vars(&a.value, &mut vars);
                }
                let id = m.id.name.to_string();
                assert!(
                    !out.contains_key(&id),
                    "locales/{l}: the id {id} is defined twice (second in {name})"
                );
                out.insert(id, (attrs, vars));
            }
        }
    }
    out
}

fn pattern_vars(p: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
    for e in &p.elements {
        if let ast::PatternElement::Placeable { expression } = e {
            expr_vars(expression, vars);
        }
    }
}

fn expr_vars(e: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Inline(i) => inline_vars(i, vars),
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, vars);
            for v in variants {
                pattern_vars(&v.value, vars);
            }
        }
    }
}

fn inline_vars(i: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } if id.name != "surface" => {
            vars.insert(id.name.to_string());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, vars);
            }
        }
        ast::InlineExpression::Placeable { expression } => expr_vars(expression, vars),
        _ => {}
    }
}

/// Every message reference written in the code: `t!("id")`, `Text::msg("id")`, … in Rust
/// and `t("id")` in the window's modules, as (file, reference).
fn references() -> Vec<(String, String)> {
    let rust = regex::Regex::new(
        r#"(?:\bt!\(|Text::msg\(|Text::attr\(|Text::from_ref\(|catalog::words\()\s*"([a-z0-9][a-z0-9.-]*)""#,
    )
    .unwrap();
    let attr = regex::Regex::new(r#"Text::attr\(\s*"([a-z0-9-]+)",\s*"([a-z0-9-]+)""#).unwrap();
    let js = regex::Regex::new(r#"\bt\(\s*"([a-z0-9][a-z0-9.-]*)""#).unwrap();
    let mut out = Vec::new();
    let dirs = [
        "src-tauri/src",
        "src-tauri/cli/src",
        "src-tauri/core/src",
        "src-tauri/simulator/src",
        "src-ui",
    ];
    let mut stack: Vec<PathBuf> = dirs.iter().map(|d| root().join(d)).collect();
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let name = path.display().to_string();
            // This file's own examples are not uses.
            if name.ends_with("catalog/tests.rs") {
                continue;
            }
            let ext = path.extension().and_then(|x| x.to_str()).unwrap_or("");
            let source = match ext {
                "rs" | "js" => std::fs::read_to_string(&path).unwrap(),
                _ => continue,
            };
            // Comments (such as the examples in doc comments) are not uses.
            let source: String = source
                .lines()
                .filter(|l| !l.trim_start().starts_with("//"))
                .collect::<Vec<_>>()
                .join("\n");
            let re = if ext == "rs" { &rust } else { &js };
            for c in re.captures_iter(&source) {
                out.push((name.clone(), c[1].to_string()));
            }
            if ext == "rs" {
                for c in attr.captures_iter(&source) {
                    out.push((name.clone(), format!("{}.{}", &c[1], &c[2])));
                }
            }
        }
    }
    out
}

#[test]
fn every_file_parses_and_every_id_is_defined_once() {
    assert!(!all_files().is_empty(), "the catalog has no files");
    for lang in languages() {
        messages(lang);
        // Fluent keeps terms and messages in one table: "-okx" and "okx" would collide.
        let mut bundle = fluent_bundle::concurrent::FluentBundle::new_concurrent(vec![lang.parse().unwrap()]);
        for (l, name, source) in all_files().iter().filter(|f| f.0 == lang) {
            let resource = fluent_bundle::FluentResource::try_new(source.to_string()).unwrap_or_else(|(r, _)| r);
            if let Err(errors) = bundle.add_resource(resource) {
                panic!("locales/{l}/{name} repeats an id (a term and a message may not share a name): {errors:?}");
            }
        }
    }
}

#[test]
fn code_and_catalog_name_the_same_messages() {
    let english = messages(ENGLISH);
    let refs = references();
    let mut missing = Vec::new();
    let mut used = BTreeSet::new();
    for (file, reference) in &refs {
        let (id, attr) = match reference.split_once('.') {
            Some((id, attr)) => (id, Some(attr)),
            None => (reference.as_str(), None),
        };
        used.insert(id.to_string());
        match (english.get(id), attr) {
            (None, _) => missing.push(format!("{reference} (in {file})")),
            (Some((attrs, _)), Some(a)) if !attrs.contains(a) => missing.push(format!("{reference} (in {file})")),
            _ => {}
        }
    }
    assert!(
        missing.is_empty(),
        "the code uses messages the English catalog lacks:\n{}",
        missing.join("\n")
    );
    let unused: Vec<_> = english.keys().filter(|id| !used.contains(*id)).collect();
    assert!(unused.is_empty(), "the catalog holds messages nothing uses: {unused:?}");
}

#[test]
fn every_language_has_every_english_message_with_the_same_arguments() {
    let english = messages(ENGLISH);
    for lang in languages().into_iter().filter(|l| *l != ENGLISH) {
        let theirs = messages(lang);
        let mut wrong = Vec::new();
        for (id, (attrs, vars)) in &english {
            match theirs.get(id) {
                None => wrong.push(format!("{id}: missing")),
                Some((a, v)) => {
                    if a != attrs {
                        wrong.push(format!("{id}: attributes {a:?}, English has {attrs:?}"));
                    }
                    if v != vars {
                        wrong.push(format!("{id}: arguments {v:?}, English has {vars:?}"));
                    }
                }
            }
        }
        for id in theirs.keys().filter(|id| !english.contains_key(*id)) {
            wrong.push(format!("{id}: not in English"));
        }
        assert!(
            wrong.is_empty(),
            "locales/{lang} differs from English:\n{}",
            wrong.join("\n")
        );
    }
}

#[test]
fn words_are_made_for_the_locale_and_surface() {
    let en = Locale::english();
    assert_eq!(
        t!("problem-internal").render_in(&en),
        "Something went wrong inside OKX Key Assistant."
    );
    // A missing message shows its id rather than nothing.
    assert_eq!(Text::msg("no-such-message").render_in(&en), "no-such-message");
    // Literal words pass through; an unknown language falls back to English.
    assert_eq!(Text::from("as is").render_in(&en), "as is");
    assert_eq!(
        t!("problem-internal").render_in(&Locale::new("xx", Surface::Cli)),
        "Something went wrong inside OKX Key Assistant."
    );
    // The current locale can be changed for a moment on one thread.
    let cli = Locale::new(ENGLISH, Surface::Cli);
    assert_eq!(locale::scoped(cli.clone(), locale::current), cli);
}

#[test]
fn serializes_as_words_and_reads_back_as_words() {
    let v = serde_json::to_value(t!("problem-internal")).unwrap();
    assert_eq!(v, serde_json::json!("Something went wrong inside OKX Key Assistant."));
    let back: Text = serde_json::from_value(v).unwrap();
    assert_eq!(back, Text::from("Something went wrong inside OKX Key Assistant."));
}

#[test]
fn the_window_gets_its_messages_as_strings_or_parts() {
    let strings = window::strings(ENGLISH);
    let map = strings.as_object().unwrap();
    assert!(map.keys().all(|k| k.starts_with(window::PREFIX)));
    // Every part list holds only text, arguments and choices.
    for (id, v) in map {
        if let serde_json::Value::Array(parts) = v {
            for p in parts {
                assert!(
                    p.is_string() || p.get("v").is_some() || p.get("s").is_some(),
                    "{id}: odd part {p}"
                );
            }
        }
    }
}

#[test]
fn the_pseudo_language_is_english_accented_and_bracketed() {
    let p = t!("problem-internal").render_in(&Locale::new(PSEUDO, Surface::Window));
    assert!(
        p.starts_with("[Şǿḿḗŧħīƞɠ ẇḗƞŧ ẇřǿƞɠ īƞşīḓḗ ǾĶẊ Ķḗẏ Ȧşşīşŧȧƞŧ.") && p.ends_with(']'),
        "{p}"
    );
}

/// The window's pseudo-language accents the catalog's text but not its string literals (the
/// commands and paths of `commands.ftl`), as Fluent's transform does on the command line.
#[test]
fn the_windows_pseudo_language_keeps_commands_as_they_are() {
    let strings = window::strings(PSEUDO);
    let body = strings["ui-saved-python.body"].as_str().unwrap_or_default();
    assert!(body.contains("“okx-key-assistant”"), "{body}");
    assert!(body.starts_with("[Ḗȧƈħ ķḗẏ"), "{body}");
}
