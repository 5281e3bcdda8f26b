//! The catalog's wording rules, read from every language's literal text (text outside
//! placeables): one term per thing, real dashes, and commands only as placeables.

use super::*;
use crate::t;
use fluent_syntax::ast;

/// Every piece of literal text of `lang` (messages, terms, attributes and variants), as (id, text).
/// String literals (`{ "…" }`) and arguments are placeables, not literal text.
fn literal_text(lang: &str) -> Vec<(String, String)> {
    fn pattern(id: &str, p: &ast::Pattern<&str>, out: &mut Vec<(String, String)>) {
        for e in &p.elements {
            match e {
                ast::PatternElement::TextElement { value } => out.push((id.to_string(), value.to_string())),
                ast::PatternElement::Placeable { expression } => expression_text(id, expression, out),
            }
        }
    }
    fn expression_text(id: &str, e: &ast::Expression<&str>, out: &mut Vec<(String, String)>) {
        match e {
            ast::Expression::Select { variants, .. } => {
                for v in variants {
                    pattern(id, &v.value, out);
                }
            }
            ast::Expression::Inline(ast::InlineExpression::Placeable { expression }) => {
                expression_text(id, expression, out)
            }
            ast::Expression::Inline(_) => {}
        }
    }
    let mut out = Vec::new();
    for (l, name, source) in all_files().iter() {
        if *l != lang {
            continue;
        }
        let resource = fluent_syntax::parser::parse(*source)
            .unwrap_or_else(|(_, e)| panic!("locales/{l}/{name} has syntax errors: {e:?}"));
        for entry in resource.body {
            let (id, value, attributes) = match &entry {
                ast::Entry::Message(m) => (m.id.name.to_string(), m.value.as_ref(), &m.attributes),
                ast::Entry::Term(t) => (format!("-{}", t.id.name), Some(&t.value), &t.attributes),
                _ => continue,
            };
            if let Some(v) = value {
                pattern(&id, v, &mut out);
            }
            for a in attributes {
                pattern(&format!("{id}.{}", a.id.name), &a.value, &mut out);
            }
        }
    }
    out
}

/// Russian and Ukrainian name every permission in their own words and write a dash, not a
/// hyphen, between words (issue 28, point 10).
#[test]
fn russian_and_ukrainian_name_every_permission_and_write_real_dashes() {
    let cyrillic = regex::Regex::new(r"\p{Cyrillic}").unwrap();
    // A hyphen with a space on each side between words or numbers is a dash written wrong
    // ("Один ключ - один бот"); a hyphen listed among other signs ("- . _ +") is not.
    let hyphen_dash = regex::Regex::new(r"[\p{L}\p{N}»)] -\s+[\p{L}\p{N}«(]").unwrap();
    let mut wrong = Vec::new();
    for lang in ["ru", "uk"] {
        let text = literal_text(lang);
        for perm in ["read", "trade", "withdraw", "transfer", "earn", "subaccount"] {
            let id = format!("ui-perm-{perm}");
            let words: String = text.iter().filter(|(i, _)| *i == id).map(|(_, t)| t.as_str()).collect();
            if !cyrillic.is_match(&words) {
                wrong.push(format!("{lang} {id}: {words:?} is not translated"));
            }
        }
        for (id, t) in &text {
            if let Some(m) = hyphen_dash.find(t) {
                wrong.push(format!("{lang} {id}: a hyphen used as a dash in {:?}", m.as_str()));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// Chinese names the three values as OKX's Chinese pages do ("API Key", "Secret Key",
/// "Passphrase"), one term each; OKX's own English messages quoted as they are stay as they are.
#[test]
fn chinese_names_the_three_values_one_way() {
    let quoted_english = regex::Regex::new(r"“[\x20-\x7e]*”").unwrap();
    let mut wrong = Vec::new();
    for (id, t) in literal_text("zh-CN") {
        let t = quoted_english.replace_all(&t, "");
        for other in [
            "API key",
            "APIKey",
            "API 密钥",
            "Secret key",
            "secret key",
            "密码短语",
            "API 密码",
        ] {
            if t.contains(other) {
                wrong.push(format!("{id}: {other:?} in {t:?}"));
            }
        }
    }
    assert!(wrong.is_empty(), "zh-CN mixes its terms:\n{}", wrong.join("\n"));
}

/// Each troubleshooting entry that quotes an English message of OKX says in the reader's
/// language what it means, in brackets after it: Arabic as Russian and Chinese do (issue 28,
/// point 2).
#[test]
fn troubleshooting_entries_explain_okx_english_messages() {
    let bracketed = regex::Regex::new(r"[(（]([^)）]*)[)）]").unwrap();
    let english: Vec<String> = literal_text(ENGLISH)
        .into_iter()
        .filter(|(id, t)| id.starts_with("ui-trouble-") && !id.contains('.') && t.contains('“'))
        .map(|(id, _)| id)
        .collect();
    assert!(english.len() >= 8, "the troubleshooting entries moved: {english:?}");
    let mut wrong = Vec::new();
    // The word for "code" (OKX's error code) alone explains nothing.
    for (lang, script, code) in [
        ("ar", r"\p{Arabic}", "رمز"),
        ("ru", r"\p{Cyrillic}", "код"),
        ("zh-CN", r"\p{Han}", "代码"),
    ] {
        let letter = regex::Regex::new(script).unwrap();
        let text = literal_text(lang);
        for id in &english {
            let title: String = text.iter().filter(|(i, _)| i == id).map(|(_, t)| t.as_str()).collect();
            let explained = bracketed
                .captures_iter(&title)
                .any(|c| letter.find_iter(&c[1].replace(code, "")).count() >= 2);
            if !explained {
                wrong.push(format!("{lang} {id}: {title:?}"));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "no explanation in the reader's language:\n{}",
        wrong.join("\n")
    );
}

/// Commands, usage lines and paths are placeables (a term such as `{ -cmd-run }` or
/// `{ -usage-verify }`, defined as a string literal in `commands.ftl`, or an argument), never
/// literal text, in every message of every language: a translator leaves them alone and the
/// pseudo-language does not accent them (issue 28, point 11). The terms are the same in every
/// language and hold the plain command (no isolation marks inside: right-to-left text isolates
/// the whole term where it uses it).
#[test]
fn commands_and_paths_are_placeables_in_every_language() {
    let command = regex::Regex::new(r"okx-key-assistant|pip install|systemctl|~/|`").unwrap();
    let is_command_term = |name: &str| ["-cmd-", "-usage-", "-path-"].iter().any(|p| name.starts_with(p));
    let english_terms = terms(ENGLISH);
    assert!(
        english_terms.keys().filter(|n| n.starts_with("-usage-")).count() >= 15,
        "the usage lines moved: {english_terms:?}"
    );
    let mut wrong = Vec::new();
    for lang in languages() {
        for (id, t) in literal_text(lang) {
            if id.starts_with('-') && is_command_term(&id) {
                continue;
            }
            if let Some(m) = command.find(&t) {
                wrong.push(format!("{lang} {id}: {:?} in {t:?}", m.as_str()));
            }
        }
        for (name, value) in terms(lang) {
            if is_command_term(&name) && english_terms.get(&name) != Some(&value) {
                wrong.push(format!("{lang} {name}: {value:?} differs from English's"));
            }
            if value.contains(['\u{2068}', '\u{2069}', '\u{200e}', '\u{200f}']) {
                wrong.push(format!("{lang} {name}: direction marks inside {value:?}"));
            }
        }
    }
    assert!(wrong.is_empty(), "commands as literal text:\n{}", wrong.join("\n"));
    // Commands and usage lines stay as written in the pseudo-language.
    let pseudo = Locale::new(PSEUDO, Surface::Cli);
    for (id, command) in [
        ("bot-agent-step-run", "okx-key-assistant run"),
        (
            "cli-verify-usage",
            "okx-key-assistant verify [--site global|eea|us|tr|auto] [--demo] [--json] [--keychain LABEL]",
        ),
        ("unit-usage", "~/.config/systemd/user/NAME.service"),
        ("health-usage", "okx-key-assistant check [LABEL...] [--json]"),
    ] {
        let words = Text::msg(id).render_in(&pseudo);
        assert!(words.contains(command), "{id}: {words}");
    }
    // In Arabic a usage line is one isolated run: the whole command between FSI and PDI.
    let arabic = Locale::new("ar", Surface::Cli);
    let words = t!("cli-verify-usage").render_in(&arabic);
    assert!(
        words.contains("\u{2068}okx-key-assistant verify [--site global|eea|us|tr|auto] [--demo] [--json] [--keychain LABEL]\u{2069}"),
        "{words:?}"
    );
}

/// Every term of `lang` whose value is one string literal: name → the literal.
fn terms(lang: &str) -> std::collections::BTreeMap<String, String> {
    let mut out = std::collections::BTreeMap::new();
    for (l, _, source) in all_files().iter() {
        if *l != lang {
            continue;
        }
        let Ok(resource) = fluent_syntax::parser::parse(*source) else {
            continue;
        };
        for entry in resource.body {
            if let ast::Entry::Term(t) = entry {
                if let [ast::PatternElement::Placeable {
                    expression: ast::Expression::Inline(ast::InlineExpression::StringLiteral { value }),
                }] = t.value.elements.as_slice()
                {
                    out.insert(format!("-{}", t.id.name), value.to_string());
                }
            }
        }
    }
    out
}
