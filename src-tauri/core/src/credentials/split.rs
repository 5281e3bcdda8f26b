//! One paste, three fields: split a multi-line paste (a password-manager note, an env file, JSON,
//! or two or three bare lines) into the API key, the secret key and the passphrase.
//!
//! How a paste is read:
//! - **JSON** (on one line or many): an object whose keys name the fields (`apiKey`/`secretKey`/
//!   `passphrase`, ccxt's `apiKey`/`secret`/`password`, freqtrade's `key`/`secret`/`password`),
//!   looked for up to three objects deep (`{"exchange": {"key": ...}}`).
//! - **Labelled lines**: `Label: value`, `Label = value`, `Label<TAB>value`, `Label - value`,
//!   `export OKX_API_KEY="..."`; labels in any case and spelling (`API Key`, `apiKey`, `api_key`,
//!   `OKX_SECRET_KEY`, `Secret`, `Passphrase`, `password`). A label alone on its line takes the
//!   next line as its value. Lines labelled as the login or fund password are left out, with a
//!   note. Unlabelled lines in a labelled paste are used only when their shape is unmistakable.
//! - **Bare lines**: recognised by shape first (a UUID is the API key, 32 hex characters the
//!   secret key), then the rest in OKX's order: key, secret, passphrase.
//!
//! A single line that is not JSON is not split (`None`): it belongs in the field it was pasted in.
//! Each value found is cleaned at its edges like any pasted value (see [`super::trim`]).

use super::shape::Shape;
use super::trim::{self, CharKind};
use super::Field;
use crate::catalog::Text;
use crate::t;
use serde::Serialize;
use std::fmt;
use zeroize::{Zeroize, ZeroizeOnDrop};

/// The fields found in one paste. `notes` are remarks for the user (never a value), serialized
/// as words in the current locale.
///
/// Serialize sends the values back to the window they were pasted in (local IPC only);
/// Debug never prints them; they are wiped on drop.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Zeroize, ZeroizeOnDrop)]
pub struct SplitPaste {
    pub api_key: Option<String>,
    pub secret_key: Option<String>,
    pub passphrase: Option<String>,
    #[zeroize(skip)]
    pub notes: Vec<Text>,
}

impl fmt::Debug for SplitPaste {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let shown = |v: &Option<String>| v.as_ref().map(|_| "redacted");
        f.debug_struct("SplitPaste")
            .field("api_key", &shown(&self.api_key))
            .field("secret_key", &shown(&self.secret_key))
            .field("passphrase", &shown(&self.passphrase))
            .field("notes", &self.notes)
            .finish()
    }
}

impl SplitPaste {
    pub fn get(&self, field: Field) -> Option<&str> {
        match field {
            Field::ApiKey => self.api_key.as_deref(),
            Field::SecretKey => self.secret_key.as_deref(),
            Field::Passphrase => self.passphrase.as_deref(),
        }
    }

    fn slot(&mut self, field: Field) -> &mut Option<String> {
        match field {
            Field::ApiKey => &mut self.api_key,
            Field::SecretKey => &mut self.secret_key,
            Field::Passphrase => &mut self.passphrase,
        }
    }

    /// How many of the three fields were found.
    pub fn found(&self) -> usize {
        [&self.api_key, &self.secret_key, &self.passphrase]
            .iter()
            .filter(|v| v.is_some())
            .count()
    }
}

/// What a label names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Label {
    /// One of the three fields; `strong` is false for the looser names (`password`, `pass`), which
    /// a `passphrase` line elsewhere in the same paste overrides.
    Field { field: Field, strong: bool },
    /// A password that is NOT the API passphrase (login, fund, trading password).
    NotApiPassword,
    /// Something else a note usually holds (name, label, UID, IP, ...): ignored.
    Other,
}

/// Read a label ("API Key", "OKX_SECRET_KEY", "\"passphrase\"", "export OKX_PASSPHRASE").
pub fn label_kind(label: &str) -> Option<Label> {
    let mut norm: String = label
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect();
    if norm.is_empty() || label.chars().count() > 40 {
        return None;
    }
    if let Some(rest) = norm.strip_prefix("export").filter(|r| !r.is_empty()) {
        norm = rest.to_owned();
    }
    for prefix in ["okx", "okex", "ok"] {
        if let Some(rest) = norm.strip_prefix(prefix).filter(|r| !r.is_empty()) {
            if lookup(rest).is_some() {
                norm = rest.to_owned();
                break;
            }
        }
    }
    lookup(&norm)
}

fn lookup(norm: &str) -> Option<Label> {
    let field = |field, strong| Some(Label::Field { field, strong });
    match norm {
        "apikey" | "key" | "accesskey" | "apikeyid" | "keyid" | "apiaccesskey" | "accesskeyid" | "publickey"
        | "apipublickey" | "apitoken" => field(Field::ApiKey, true),
        "secretkey" | "secret" | "apisecret" | "apisecretkey" | "secretapikey" | "privatekey" | "apiprivatekey"
        | "accesssecret" | "secretaccesskey" | "密钥" | "api密钥" => field(Field::SecretKey, true),
        "passphrase" | "apipassphrase" | "keypassphrase" | "apikeypassphrase" | "accesspassphrase" | "密码短语"
        | "口令" | "api口令" => field(Field::Passphrase, true),
        "password" | "apipassword" | "apikeypassword" | "pass" | "pwd" | "apipass" | "密码" | "api密码" => {
            field(Field::Passphrase, false)
        }
        "loginpassword" | "accountpassword" | "fundpassword" | "fundspassword" | "fundingpassword"
        | "tradingpassword" | "tradepassword" | "emailpassword" | "withdrawalpassword" | "资金密码" | "登录密码" => {
            Some(Label::NotApiPassword)
        }
        "name" | "label" | "note" | "notes" | "title" | "apiname" | "keyname" | "apikeyname" | "apikeylabel"
        | "username" | "user" | "email" | "login" | "uid" | "ip" | "ips" | "ipaddress" | "ipwhitelist"
        | "permissions" | "permission" | "url" | "website" | "site" | "exchange" | "created" | "date" | "account"
        | "bot" | "purpose" | "remark" | "tags" | "type" | "mode" | "demo" => Some(Label::Other),
        _ => None,
    }
}

const SEPARATORS: &[&str] = &[":", "=", "\t", "：", " - ", " – ", " — "];

/// `Label: value` (or `=`, tab, ` - `) with a recognised label: the label and the raw value.
/// Also reads JSON-ish lines (`"apiKey": "…",`).
pub fn parse_labelled(line: &str) -> Option<(Label, &str, &str)> {
    let line = line.trim_matches(|c: char| CharKind::of(c).is_some_and(CharKind::is_edge_strippable));
    let line = line.trim_start_matches(['{', '[', ',']).trim_start();
    let (at, sep) = SEPARATORS
        .iter()
        .filter_map(|sep| line.find(sep).map(|at| (at, *sep)))
        .min_by_key(|&(at, _)| at)?;
    let (label, rest) = (line.get(..at)?, line.get(at + sep.len()..)?);
    let kind = label_kind(label)?;
    Some((kind, label.trim().trim_matches(['"', '\'']), rest))
}

/// A label as it may be quoted back to the user: each run of blanks becomes one space, and hidden
/// (control, zero-width, invisible formatting) characters are left out.
pub(crate) fn shown_label(label: &str) -> String {
    let mut out = String::new();
    for c in label.chars() {
        match CharKind::of(c) {
            None => out.push(c),
            Some(CharKind::ZeroWidth | CharKind::Invisible | CharKind::Control) => {}
            Some(_) => {
                if !out.ends_with(' ') {
                    out.push(' ');
                }
            }
        }
    }
    out.trim().to_owned()
}

/// A line that is only a label ("API Key", "Passphrase:", "Secret key -").
fn label_only(line: &str) -> Option<(Label, &str)> {
    let line = line.trim_end_matches(|c: char| matches!(c, ':' | '=' | '-' | '：' | '–' | '—') || c.is_whitespace());
    label_kind(line).map(|k| (k, line.trim()))
}

/// The edge-cleaned value of a labelled line's right-hand side (`"abc",` → `abc`).
fn value_of(raw: &str) -> String {
    let mut v = raw.trim();
    // A JSON-ish line ends with a comma after the closing quote; drop it (and a closing brace).
    if let Some(stripped) = v.strip_suffix('}').map(str::trim_end) {
        if stripped.ends_with(['"', '\'']) {
            v = stripped;
        }
    }
    if let Some(stripped) = v.strip_suffix([',', ';']) {
        if stripped.ends_with(['"', '\'']) {
            v = stripped;
        }
    }
    match trim::clean(v) {
        Ok(c) => c.value.clone(),
        Err(e) => e.outer.value.clone(),
    }
}

struct Builder {
    out: SplitPaste,
    strong: [bool; 3],
    labelled: bool,
}

impl Builder {
    fn new() -> Self {
        Builder {
            out: SplitPaste::default(),
            strong: [false; 3],
            labelled: false,
        }
    }

    fn assign(&mut self, field: Field, value: String, strong: bool) {
        if value.is_empty() {
            return;
        }
        let i = field as usize;
        let slot_strong = self.strong[i];
        let slot = self.out.slot(field);
        match slot {
            None => {
                *slot = Some(value);
                self.strong[i] = strong;
            }
            Some(_) if strong && !slot_strong => {
                *slot = Some(value);
                self.strong[i] = true;
            }
            Some(existing) if *existing == value => {}
            Some(_) => {
                let note = t!("cred-split-more-than-one", field = field.bare());
                if !self.out.notes.contains(&note) {
                    self.out.notes.push(note);
                }
            }
        }
    }

    fn left_out(&mut self, label: &str) {
        self.out
            .notes
            .push(t!("cred-split-left-out", label = shown_label(label)));
    }

    fn finish(self) -> Option<SplitPaste> {
        (self.out.found() > 0).then_some(self.out)
    }
}

/// Split one paste into the three fields, or `None` when it is a single line (or nothing in it
/// could be placed).
pub fn split_paste(text: &str) -> Option<SplitPaste> {
    if let Ok(json) = serde_json::from_str::<serde_json::Value>(text.trim()) {
        return json.is_object().then(|| from_json(&json)).flatten();
    }
    let lines: Vec<&str> = text
        .split(['\n', '\r', '\u{2028}', '\u{2029}'])
        .map(|l| l.trim_matches(|c: char| CharKind::of(c).is_some_and(CharKind::is_edge_strippable)))
        .filter(|l| !l.is_empty() && !matches!(*l, "{" | "}" | "[" | "]"))
        .collect();
    if lines.len() < 2 {
        return None;
    }
    from_lines(&lines)
}

fn from_json(json: &serde_json::Value) -> Option<SplitPaste> {
    let mut b = Builder::new();
    walk_json(json, 0, &mut b);
    b.finish()
}

fn walk_json(value: &serde_json::Value, depth: usize, b: &mut Builder) {
    let Some(obj) = value.as_object() else { return };
    for (k, v) in obj {
        match (label_kind(k), v) {
            (Some(Label::Field { field, strong }), serde_json::Value::String(s)) => {
                b.assign(field, value_of(s), strong);
            }
            (Some(Label::NotApiPassword), serde_json::Value::String(s)) if !s.trim().is_empty() => b.left_out(k),
            (_, nested @ serde_json::Value::Object(_)) if depth < 3 => walk_json(nested, depth + 1, b),
            _ => {}
        }
    }
}

fn from_lines(lines: &[&str]) -> Option<SplitPaste> {
    let mut b = Builder::new();
    let mut bare: Vec<&str> = Vec::new();
    let mut pending: Option<(Label, &str)> = None;
    for &line in lines {
        if let Some((label, label_text, raw)) = parse_labelled(line).filter(|(_, _, raw)| !raw.trim().is_empty()) {
            pending = None;
            b.labelled = true;
            match label {
                Label::Field { field, strong } => b.assign(field, value_of(raw), strong),
                Label::NotApiPassword => b.left_out(label_text),
                Label::Other => {}
            }
        } else if let Some(found) = label_only(line) {
            b.labelled = true;
            pending = Some(found);
        } else if let Some((label, label_text)) = pending.take() {
            match label {
                Label::Field { field, strong } => b.assign(field, value_of(line), strong),
                Label::NotApiPassword => b.left_out(label_text),
                Label::Other => {}
            }
        } else {
            bare.push(line);
        }
    }
    place_bare(&mut b, &bare);
    b.finish()
}

/// Place unlabelled lines: by shape first; then (only in a paste without labels) the others in
/// OKX's order, keeping their place around the lines placed by shape ("secret, then something":
/// the something is the passphrase).
fn place_bare(b: &mut Builder, bare: &[&str]) {
    let values: Vec<String> = bare.iter().map(|l| value_of(l)).collect();
    let mut placed: Vec<Option<Field>> = vec![None; values.len()];
    for (i, value) in values.iter().enumerate() {
        let shape = Shape::of(value);
        let field = if shape.is_api_key_like() {
            Field::ApiKey
        } else if shape.is_secret_key_like() {
            Field::SecretKey
        } else {
            continue;
        };
        if b.out.get(field).is_none() {
            b.assign(field, value.clone(), false);
            placed[i] = Some(field);
        }
    }
    let rest = placed.iter().filter(|p| p.is_none()).count();
    let open: Vec<Field> = [Field::ApiKey, Field::SecretKey, Field::Passphrase]
        .into_iter()
        .filter(|f| b.out.get(*f).is_none())
        .collect();
    if rest == 0 || open.is_empty() {
        return;
    }
    if b.labelled || rest > open.len() {
        b.out.notes.push(unplaced_note(&open));
        return;
    }
    let rank = |f: Field| f as usize;
    let mut prev: Option<usize> = None;
    for i in 0..values.len() {
        if let Some(field) = placed[i] {
            prev = Some(rank(field));
            continue;
        }
        let next = placed[i + 1..].iter().flatten().map(|f| rank(*f)).next().unwrap_or(3);
        let free = |f: &&Field| b.out.get(**f).is_none();
        let fits = |f: &&Field| prev.is_none_or(|p| rank(**f) > p) && rank(**f) < next;
        let choice = open
            .iter()
            .filter(free)
            .find(fits)
            .or_else(|| open.iter().find(free))
            .copied();
        if let Some(field) = choice {
            b.assign(field, values[i].clone(), false);
            prev = Some(rank(field));
        }
    }
}

fn unplaced_note(open: &[Field]) -> Text {
    let names = trim::join(open.iter().map(|f| f.bare()).collect());
    t!("cred-split-unplaced", fields = names, count = open.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEY: &str = "6f1c2d3e-8a9b-4c5d-9e0f-1a2b3c4d5a41";
    const SECRET: &str = "22582BD0CFF14C41EDBF1AB98506286D";
    const PASS: &str = "Tr@ding!Safe99";

    fn fields(text: &str) -> (Option<String>, Option<String>, Option<String>) {
        let s = split_paste(text).unwrap_or_else(|| panic!("no split for {text:?}"));
        (s.api_key.clone(), s.secret_key.clone(), s.passphrase.clone())
    }

    fn all3() -> (Option<String>, Option<String>, Option<String>) {
        (Some(KEY.into()), Some(SECRET.into()), Some(PASS.into()))
    }

    #[test]
    fn password_manager_note() {
        assert_eq!(
            fields(&format!("API Key: {KEY}\nSecret Key: {SECRET}\nPassphrase: {PASS}\n")),
            all3()
        );
        assert_eq!(
            fields(&format!("api key: {KEY}\r\nSECRET KEY: {SECRET}\r\npassphrase: {PASS}")),
            all3()
        );
    }

    #[test]
    fn separators_and_spellings() {
        assert_eq!(
            fields(&format!("apiKey={KEY}\nsecret: {SECRET}\nPassphrase - {PASS}")),
            all3()
        );
        assert_eq!(
            fields(&format!("API Key\t{KEY}\nSecret Key\t{SECRET}\nPassphrase\t{PASS}")),
            all3()
        );
        assert_eq!(
            fields(&format!(
                "API Key - {KEY}\nSecret key – {SECRET}\nAPI passphrase: {PASS}"
            )),
            all3()
        );
        assert_eq!(fields(&format!("API Key：{KEY}\n密钥：{SECRET}\n密码：{PASS}")), all3());
    }

    #[test]
    fn env_file() {
        let text = format!("export OKX_API_KEY=\"{KEY}\"\nexport OKX_SECRET_KEY='{SECRET}'\nOKX_PASSPHRASE={PASS}\n");
        assert_eq!(fields(&text), all3());
    }

    #[test]
    fn json_forms() {
        let okx = format!(r#"{{"apiKey":"{KEY}","secretKey":"{SECRET}","passphrase":"{PASS}"}}"#);
        assert_eq!(fields(&okx), all3(), "single-line JSON is split too");
        let ccxt = format!("{{\n  \"apiKey\": \"{KEY}\",\n  \"secret\": \"{SECRET}\",\n  \"password\": \"{PASS}\"\n}}");
        assert_eq!(fields(&ccxt), all3());
        let freqtrade =
            format!(r#"{{"exchange": {{"name": "okx", "key": "{KEY}", "secret": "{SECRET}", "password": "{PASS}"}}}}"#);
        assert_eq!(fields(&freqtrade), all3());
        let snake = format!(r#"{{"api_key": " {KEY} ", "secret_key": "{SECRET}", "passphrase": "{PASS}"}}"#);
        assert_eq!(fields(&snake), all3(), "values are cleaned at the edges");
        assert!(split_paste(r#"{"foo": "bar"}"#).is_none());
        assert!(split_paste("[1, 2]").is_none());
    }

    #[test]
    fn python_dict_lines() {
        let text = format!("{{\n    'apiKey': '{KEY}',\n    'secret': '{SECRET}',\n    'password': '{PASS}',\n}}");
        assert_eq!(fields(&text), all3());
    }

    #[test]
    fn label_on_its_own_line() {
        let text = format!("API Key\n{KEY}\nSecret Key\n{SECRET}\nPassphrase\n{PASS}");
        assert_eq!(fields(&text), all3());
        let text = format!("API Key:\n{KEY}\n\nSecret Key:\n{SECRET}\n\nPassphrase:\n{PASS}\n");
        assert_eq!(fields(&text), all3());
    }

    #[test]
    fn bare_lines_in_okx_order() {
        assert_eq!(fields(&format!("{KEY}\n{SECRET}\n{PASS}")), all3());
        assert_eq!(fields(&format!("  {KEY} \n\n{SECRET}\t\n{PASS}\n")), all3());
        assert_eq!(
            fields(&format!("{KEY}\n{SECRET}")),
            (Some(KEY.into()), Some(SECRET.into()), None)
        );
    }

    #[test]
    fn bare_lines_by_shape_not_order() {
        assert_eq!(fields(&format!("{SECRET}\n{KEY}\n{PASS}")), all3());
        assert_eq!(fields(&format!("{PASS}\n{SECRET}\n{KEY}")), all3());
        assert_eq!(fields(&format!("{KEY}\n{PASS}\n{SECRET}")), all3());
        // Two lines, the key missing: the shape places the secret, and what follows it is the passphrase.
        assert_eq!(
            fields(&format!("{SECRET}\n{PASS}")),
            (None, Some(SECRET.into()), Some(PASS.into()))
        );
        // Nothing fits before the API key (OKX shows it first), so OKX order places the other line.
        assert_eq!(
            fields(&format!("{PASS}\n{KEY}")),
            (Some(KEY.into()), Some(PASS.into()), None)
        );
        assert_eq!(
            fields(&format!("{KEY}\nsomething")),
            (Some(KEY.into()), Some("something".into()), None)
        );
    }

    #[test]
    fn note_with_a_title_and_bare_values() {
        let text = format!("OKX API — BitcoinEra GridBot\nName: GridBot\n{KEY}\n{SECRET}\nPassphrase: {PASS}");
        assert_eq!(fields(&text), all3());
    }

    #[test]
    fn login_password_is_left_out() {
        let text = format!("API Key: {KEY}\nSecret Key: {SECRET}\nLogin password: hunter2!\n");
        let s = split_paste(&text).unwrap();
        assert_eq!(s.passphrase, None);
        let notes: Vec<String> = s.notes.iter().map(Text::to_string).collect();
        assert!(notes
            .iter()
            .any(|n| n.contains("\u{201C}Login password\u{201D}") && n.contains("not your OKX login")));
        assert!(!notes.iter().any(|n| n.contains("hunter2")));
    }

    #[test]
    fn passphrase_label_beats_password_label() {
        let text = format!("key: {KEY}\nsecret: {SECRET}\npassword: Other#Pass1\npassphrase: {PASS}");
        assert_eq!(fields(&text), all3());
    }

    #[test]
    fn single_line_is_not_split() {
        assert!(split_paste(KEY).is_none());
        assert!(split_paste(&format!("  {SECRET}\n")).is_none());
        assert!(split_paste(&format!("API Key: {KEY}")).is_none());
        assert!(split_paste("").is_none());
        assert!(split_paste("\n\n  \n").is_none());
    }

    #[test]
    fn too_many_unknown_lines_are_not_guessed() {
        let s = split_paste(&format!("hello\n{KEY}\nworld\nagain\n")).unwrap();
        assert_eq!(s.api_key.as_deref(), Some(KEY));
        assert_eq!((s.secret_key.as_deref(), s.passphrase.as_deref()), (None, None));
        assert_eq!(
            s.notes,
            vec!["Could not tell which line is the secret key and passphrase; paste each into its own field."]
        );
        assert!(split_paste("hello\nworld\nagain\nmore").is_none());
    }

    #[test]
    fn labels() {
        assert_eq!(
            label_kind("API Key"),
            Some(Label::Field {
                field: Field::ApiKey,
                strong: true
            })
        );
        assert_eq!(
            label_kind("OKX_SECRET_KEY"),
            Some(Label::Field {
                field: Field::SecretKey,
                strong: true
            })
        );
        assert_eq!(
            label_kind("OK-ACCESS-PASSPHRASE"),
            Some(Label::Field {
                field: Field::Passphrase,
                strong: true
            })
        );
        assert_eq!(
            label_kind("\"password\""),
            Some(Label::Field {
                field: Field::Passphrase,
                strong: false
            })
        );
        assert_eq!(label_kind("Fund password"), Some(Label::NotApiPassword));
        assert_eq!(label_kind("OKX API"), None);
        assert_eq!(label_kind("Tr@ding!Safe99"), None);
    }

    #[test]
    fn debug_hides_values() {
        let s = split_paste(&format!("{KEY}\n{SECRET}\n{PASS}")).unwrap();
        let d = format!("{s:?}");
        assert!(!d.contains(SECRET) && !d.contains(PASS) && !d.contains(KEY));
    }
}
