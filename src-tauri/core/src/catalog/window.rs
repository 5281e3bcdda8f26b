//! The window's own words (`ui-*` messages), handed to the window with its boot data.
//!
//! Each message becomes a string, or, when it has arguments, a list of parts the window's
//! `t()` fills in: text, `{"v": name}` for an argument, and `{"s": name, "o": {key: parts},
//! "d": default}` for a choice (a plural or a plain value). Terms and other messages are
//! written in place, and `$surface` is "window", so the window needs no Fluent of its own.

use super::bundle::{language, Language};
use super::locale::Surface;
use fluent_syntax::ast;
use serde_json::{json, Map, Value};
use std::collections::HashMap;

/// The prefix of the messages only the window shows.
pub const PREFIX: &str = "ui-";

/// Every `ui-*` message (and attribute, as `id.attr`) of `lang`, English filling any gap.
pub fn strings(lang: &str) -> Value {
    super::bundle::include_window_words();
    let mut out = Map::new();
    for code in [super::ENGLISH, lang] {
        if let Some(l) = language(code) {
            let pseudo_language = cfg!(debug_assertions) && code == super::PSEUDO;
            let index = Index::new(&l, pseudo_language);
            for (id, pattern) in index.window_patterns() {
                let parts = index.parts(pattern);
                let parts = if pseudo_language { pseudo(parts) } else { parts };
                out.insert(id, parts);
            }
        }
    }
    Value::Object(out)
}

/// The pseudo-language's form of a message's parts (its text already accented where the catalog
/// writes it, see [`Index::pattern`]): the whole bracketed.
fn pseudo(parts: Value) -> Value {
    match parts {
        Value::String(s) => Value::String(super::languages::pseudo_wrap(&s)),
        Value::Array(mut a) => {
            a.insert(0, Value::String("[".into()));
            a.push(Value::String(" ~~~ ~~~]".into()));
            Value::Array(a)
        }
        other => other,
    }
}

struct Index<'a> {
    messages: HashMap<&'a str, &'a ast::Message<&'a str>>,
    terms: HashMap<&'a str, &'a ast::Term<&'a str>>,
    /// The pseudo-language: text elements accented, as Fluent's transform does for the CLI;
    /// string literals (the commands and paths of `commands.ftl`) stay as they are.
    accent: bool,
}

impl<'a> Index<'a> {
    fn new(language: &'a Language, accent: bool) -> Self {
        let mut messages = HashMap::new();
        let mut terms = HashMap::new();
        for resource in &language.resources {
            for entry in resource.entries() {
                match entry {
                    ast::Entry::Message(m) => {
                        messages.insert(m.id.name, m);
                    }
                    ast::Entry::Term(t) => {
                        terms.insert(t.id.name, t);
                    }
                    _ => {}
                }
            }
        }
        Index {
            messages,
            terms,
            accent,
        }
    }

    fn window_patterns(&self) -> Vec<(String, &'a ast::Pattern<&'a str>)> {
        let mut out = Vec::new();
        for (id, m) in &self.messages {
            if !id.starts_with(PREFIX) {
                continue;
            }
            if let Some(v) = &m.value {
                out.push((id.to_string(), v));
            }
            for a in &m.attributes {
                out.push((format!("{id}.{}", a.id.name), &a.value));
            }
        }
        out
    }

    fn parts(&self, pattern: &ast::Pattern<&str>) -> Value {
        let mut parts = Vec::new();
        self.pattern(pattern, &mut parts, 0);
        // Join neighbouring text; a message of text only is a plain string.
        let mut joined: Vec<Value> = Vec::new();
        for p in parts {
            match (joined.last_mut(), &p) {
                (Some(Value::String(a)), Value::String(b)) => a.push_str(b),
                _ => joined.push(p),
            }
        }
        match joined.as_slice() {
            [] => Value::String(String::new()),
            [Value::String(s)] => Value::String(s.clone()),
            _ => Value::Array(joined),
        }
    }

    fn pattern(&self, pattern: &ast::Pattern<&str>, out: &mut Vec<Value>, depth: usize) {
        for element in &pattern.elements {
            match element {
                ast::PatternElement::TextElement { value } if self.accent => {
                    out.push(Value::String(super::languages::pseudo_accents(value)))
                }
                ast::PatternElement::TextElement { value } => out.push(Value::String(value.to_string())),
                ast::PatternElement::Placeable { expression } => self.expression(expression, out, depth),
            }
        }
    }

    fn expression(&self, expression: &ast::Expression<&str>, out: &mut Vec<Value>, depth: usize) {
        if depth > 8 {
            return;
        }
        match expression {
            ast::Expression::Inline(inline) => self.inline(inline, out, depth),
            ast::Expression::Select { selector, variants } => {
                let name = match selector {
                    ast::InlineExpression::VariableReference { id } => Some(id.name),
                    ast::InlineExpression::FunctionReference { arguments, .. } => match arguments.positional.first() {
                        Some(ast::InlineExpression::VariableReference { id }) => Some(id.name),
                        _ => None,
                    },
                    _ => None,
                };
                let key = |v: &ast::Variant<&str>| match &v.key {
                    ast::VariantKey::Identifier { name } => name.to_string(),
                    ast::VariantKey::NumberLiteral { value } => value.to_string(),
                };
                let default = variants.iter().find(|v| v.default).map(key).unwrap_or_default();
                if name == Some("surface") {
                    let chosen = variants
                        .iter()
                        .find(|v| key(v) == Surface::Window.as_str())
                        .or_else(|| variants.iter().find(|v| v.default));
                    if let Some(v) = chosen {
                        self.pattern(&v.value, out, depth + 1);
                    }
                    return;
                }
                let mut options = Map::new();
                for v in variants {
                    let mut parts = Vec::new();
                    self.pattern(&v.value, &mut parts, depth + 1);
                    options.insert(key(v), Value::Array(parts));
                }
                out.push(json!({"s": name.unwrap_or_default(), "o": options, "d": default}));
            }
        }
    }

    fn inline(&self, inline: &ast::InlineExpression<&str>, out: &mut Vec<Value>, depth: usize) {
        match inline {
            ast::InlineExpression::StringLiteral { value } => out.push(Value::String(value.to_string())),
            ast::InlineExpression::NumberLiteral { value } => out.push(Value::String(value.to_string())),
            ast::InlineExpression::VariableReference { id } if id.name == "surface" => {
                out.push(Value::String(Surface::Window.as_str().to_string()))
            }
            ast::InlineExpression::VariableReference { id } => out.push(json!({"v": id.name})),
            ast::InlineExpression::FunctionReference { arguments, .. } => {
                if let Some(first) = arguments.positional.first() {
                    self.inline(first, out, depth + 1);
                }
            }
            ast::InlineExpression::MessageReference { id, attribute } => {
                if let Some(m) = self.messages.get(id.name) {
                    let p = match attribute {
                        Some(a) => m.attributes.iter().find(|x| x.id.name == a.name).map(|x| &x.value),
                        None => m.value.as_ref(),
                    };
                    if let Some(p) = p {
                        self.pattern(p, out, depth + 1);
                    }
                }
            }
            ast::InlineExpression::TermReference { id, attribute, .. } => {
                if let Some(t) = self.terms.get(id.name) {
                    let p = match attribute {
                        Some(a) => t.attributes.iter().find(|x| x.id.name == a.name).map(|x| &x.value),
                        None => Some(&t.value),
                    };
                    if let Some(p) = p {
                        self.pattern(p, out, depth + 1);
                    }
                }
            }
            ast::InlineExpression::Placeable { expression } => self.expression(expression, out, depth + 1),
        }
    }
}
