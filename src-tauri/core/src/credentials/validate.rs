//! The whole check of the three pasted values: clean each one, check shapes, catch swaps,
//! duplicates, a label or a masked value pasted by mistake, and compare the passphrase with the
//! one created in Step 5.
//!
//! Decisions worth knowing:
//! - Levels. `error` = the value cannot work as pasted (empty, a character inside, a label or mask
//!   in it, the same value twice, the key's name instead of the key, a passphrase that differs from
//!   Step 5's only in capitals). `warning` = OKX does not promise the formats (`OKX_FACTS` §5.3), so
//!   every shape finding, including a likely swap, is a warning and the values may still be tested.
//!   `ok` is true when there is no error.
//! - The "API passphrase, not your login or fund password" reminder (`passphrase_reminder`, info)
//!   is added only when something about the passphrase looks off (any warning or error on it, or a
//!   suggested swap involving it), so a clean paste passes silently. The empty-passphrase error
//!   says the same thing in its fix.
//! - When the Step 5 passphrase is known and the pasted one equals it only with its wrapping quotes
//!   or inner blanks kept, those are taken as part of the passphrase (the user chose them).
//! - `cleaned` holds, for every field, the value to put back in the field: fully cleaned, or cleaned
//!   at its edges only when something inside must still be fixed.
//! - No message or `trimmed` line ever contains a pasted value (the key's label may appear).
//! - `messages` come in the form's order: API key, secret key, passphrase.
//! - Sure mistakes stop the test before any request, because OKX could only answer them with a
//!   misleading code: a key and a secret that are exactly each other's shape (50111 "invalid
//!   key" would blame OKX), the key's label as the key, the same value twice. They are errors.
//! - The words come from the catalog (`locales/*/credentials.ftl`) and follow the current
//!   locale's surface (`$surface`): the window speaks of fields, buttons and steps; the command
//!   line names the environment variables and never the window.

use super::message::{FieldMessage, Level, MessageCode, PassphraseMatch};
use super::shape::{self, Shape};
use super::split::{self, Label};
use super::trim::{self, CharKind, Cleaned, InteriorError, Side, TrimNote};
use super::{Credentials, Field};
use crate::catalog::Text;
use crate::error::Problem;
use crate::secret::Secret;
use crate::t;
use serde::Deserialize;
use std::fmt;
use zeroize::{Zeroize, ZeroizeOnDrop};

/// The three values as the user pasted them (the window's fields, or the CLI's environment).
/// Debug never prints them; they are wiped on drop.
#[derive(Clone, Default, Deserialize, Zeroize, ZeroizeOnDrop)]
pub struct PastedCredentials {
    #[serde(default)]
    pub api_key: String,
    #[serde(default)]
    pub secret_key: String,
    #[serde(default)]
    pub passphrase: String,
}

impl fmt::Debug for PastedCredentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("PastedCredentials { redacted }")
    }
}

impl PastedCredentials {
    pub fn new(api_key: impl Into<String>, secret_key: impl Into<String>, passphrase: impl Into<String>) -> Self {
        PastedCredentials {
            api_key: api_key.into(),
            secret_key: secret_key.into(),
            passphrase: passphrase.into(),
        }
    }

    pub fn get(&self, field: Field) -> &str {
        match field {
            Field::ApiKey => &self.api_key,
            Field::SecretKey => &self.secret_key,
            Field::Passphrase => &self.passphrase,
        }
    }
}

/// What the check knows besides the three values.
#[derive(Debug, Clone, Default)]
pub struct ValidationContext {
    /// The key's label (name) from Step 4, if any.
    pub label: Option<String>,
    /// The passphrase created in Step 5, if the user made it in the app.
    pub expected_passphrase: Option<Secret>,
}

/// The cleaned values, to put back in the fields. Debug prints "redacted"; wiped on drop. Not
/// serializable: the window gets what it shows from `paste::check`, never the secret values.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CleanedFields {
    pub api_key: Secret,
    pub secret_key: Secret,
    pub passphrase: Secret,
}

impl CleanedFields {
    pub fn get(&self, field: Field) -> &Secret {
        match field {
            Field::ApiKey => &self.api_key,
            Field::SecretKey => &self.secret_key,
            Field::Passphrase => &self.passphrase,
        }
    }
}

/// The result of the check. Not serializable (it holds the cleaned secrets): `paste::check`
/// makes what the window is sent.
#[derive(Debug, Clone)]
pub struct Validation {
    /// No error-level message: the values may be tested.
    pub ok: bool,
    pub cleaned: CleanedFields,
    /// What cleaning removed, one [`TrimNote`] per line, in the form's order. Serialized as
    /// `"api_key: removed 1 trailing space"`; [`Validation::trimmed_sentences`] gives the
    /// window's lines.
    pub trimmed: Vec<TrimNote>,
    pub messages: Vec<FieldMessage>,
    /// The two fields to swap, when any swap is suggested (key/secret, or the passphrase with one
    /// of them).
    pub swap: Option<[Field; 2]>,
}

impl Validation {
    /// The typed, secret-holding credentials, when the check found no error.
    pub fn credentials(&self) -> Option<Credentials> {
        self.ok.then(|| {
            Credentials::new(
                self.cleaned.api_key.clone(),
                self.cleaned.secret_key.clone(),
                self.cleaned.passphrase.clone(),
            )
        })
    }

    /// Warnings and errors as the app's [`Problem`]s (kind `malformed_input`), for the CLI.
    pub fn problems(&self) -> Vec<Problem> {
        self.messages.iter().filter_map(FieldMessage::to_problem).collect()
    }

    /// Nothing to say at all: no message and nothing trimmed.
    pub fn is_silent(&self) -> bool {
        self.messages.is_empty() && self.trimmed.is_empty()
    }

    /// What cleaning removed, as the window shows it: "API key: removed 1 trailing space".
    pub fn trimmed_sentences(&self) -> Vec<Text> {
        self.trimmed.iter().map(TrimNote::sentence).collect()
    }
}

/// One field after its own checks.
struct FieldState {
    field: Field,
    value: Secret,
    /// An error was found on this field alone: skip the shape checks on it.
    blocked: bool,
    /// A warning already explains the shape (a stray quote): skip the shape warnings.
    shape_explained: bool,
}

struct Out {
    messages: Vec<FieldMessage>,
    trimmed: Vec<TrimNote>,
}

impl Out {
    fn push(&mut self, field: Field, level: Level, code: MessageCode, message: Text, fix: Text) {
        self.messages.push(FieldMessage {
            field,
            level,
            code,
            message,
            fix,
        });
    }

    /// A finding whose fix is its message's `.fix`.
    fn say(&mut self, field: Field, level: Level, code: MessageCode, message: Text) {
        let fix = message.with_attr("fix");
        self.push(field, level, code, message, fix);
    }

    fn has(&self, field: Field, level: Level) -> bool {
        self.messages
            .iter()
            .any(|m| m.field == field && m.level >= level && m.code != MessageCode::Empty)
    }
}

/// Check the three pasted values. Never fails: everything found is a message.
pub fn validate(input: &PastedCredentials, ctx: &ValidationContext) -> Validation {
    let mut out = Out {
        messages: Vec::new(),
        trimmed: Vec::new(),
    };
    let expected = ctx.expected_passphrase.as_ref().filter(|s| !s.is_empty());
    let mut key = check_field(Field::ApiKey, &input.api_key, None, &mut out);
    let mut secret = check_field(Field::SecretKey, &input.secret_key, None, &mut out);
    let mut pass = check_field(Field::Passphrase, &input.passphrase, expected, &mut out);

    check_label_instead_of_key(&mut key, ctx.label.as_deref(), &mut out);
    check_same_value(&mut [&mut key, &mut secret, &mut pass], &mut out);
    let swap = check_shapes(&key, &secret, &pass, &mut out);
    // A passphrase that looks like a key is already explained: its length says nothing more.
    let explained = swap.is_some_and(|s| s.contains(&Field::Passphrase))
        || out.messages.iter().any(|m| {
            matches!(
                m.code,
                MessageCode::PassphraseLooksLikeApiKey | MessageCode::PassphraseLooksLikeSecretKey
            )
        });
    let passphrase_match = check_passphrase(&pass, expected, explained, &mut out);
    // One verdict on the passphrase: when it differs from the one made in Step 5, that message
    // says what to do, and a reminder that "this is the API passphrase" would contradict it.
    let compared_and_differs = matches!(
        passphrase_match,
        Some(PassphraseMatch::Differs | PassphraseMatch::CaseOnly)
    );
    if !compared_and_differs
        && (out.has(Field::Passphrase, Level::Warning) || swap.is_some_and(|s| s.contains(&Field::Passphrase)))
    {
        out.say(
            Field::Passphrase,
            Level::Info,
            MessageCode::PassphraseReminder,
            t!("cred-passphrase-reminder"),
        );
    }

    // In the form's order (key, secret, passphrase); within a field, in the order found.
    out.messages.sort_by_key(|m| m.field as usize);
    let ok = !out.messages.iter().any(|m| m.level == Level::Error);
    Validation {
        ok,
        cleaned: CleanedFields {
            api_key: key.value,
            secret_key: secret.value,
            passphrase: pass.value,
        },
        trimmed: out.trimmed,
        messages: out.messages,
        swap,
    }
}

/// Clean one field (keeping quotes or inner blanks that are part of the Step 5 passphrase).
fn clean_field(raw: &str, expected: Option<&Secret>) -> Result<Cleaned, InteriorError> {
    let first = trim::clean(raw);
    let Some(expected) = expected.map(Secret::expose) else {
        return first;
    };
    let value = |r: &Result<Cleaned, InteriorError>| match r {
        Ok(c) => c.value.clone(),
        Err(e) => e.outer.value.clone(),
    };
    let mut result = first;
    if value(&result) != expected {
        let keep_quotes = trim::clean_with(raw, false);
        if value(&keep_quotes) == expected {
            result = keep_quotes;
        }
    }
    match result {
        Err(e) if e.outer.value == expected => Ok(e.outer.clone()),
        other => other,
    }
}

/// "key" or "passphrase": what a field holds, for the catalog's `$kind` / `$what`.
fn kind(field: Field) -> &'static str {
    match field {
        Field::Passphrase => "passphrase",
        Field::ApiKey | Field::SecretKey => "key",
    }
}

fn check_field(field: Field, raw: &str, expected: Option<&Secret>, out: &mut Out) -> FieldState {
    let result = clean_field(raw, expected);
    let (cleaned, inside) = match &result {
        Ok(c) => (c, None),
        Err(e) => (&e.outer, Some(e)),
    };
    out.trimmed.extend(cleaned.removed.iter().map(|removed| TrimNote {
        field,
        removed: removed.clone(),
    }));
    let mut state = FieldState {
        field,
        value: Secret::new(cleaned.value.clone()),
        blocked: false,
        shape_explained: false,
    };
    let value = cleaned.value.as_str();

    if value.is_empty() {
        let message = match field {
            Field::ApiKey => t!("cred-empty-api-key"),
            Field::SecretKey => t!("cred-empty-secret-key"),
            Field::Passphrase => t!("cred-empty-passphrase"),
        };
        out.say(field, Level::Error, MessageCode::Empty, message);
        state.blocked = true;
        return state;
    }

    if let Some((Label::Field { .. }, label, rest)) = split::parse_labelled(value) {
        if !rest.trim().is_empty() {
            let level = if field == Field::Passphrase && inside.is_none() {
                Level::Warning
            } else {
                Level::Error
            };
            let message = t!(
                "cred-label-included",
                Field = field.start(),
                env = field.env_var(),
                label = split::shown_label(label),
                what = kind(field),
                sure = if level == Level::Error { "yes" } else { "no" },
            );
            out.say(field, level, MessageCode::LabelIncluded, message);
            state.blocked = level == Level::Error;
            return state;
        }
    }

    if let Some(e) = inside {
        let visible = matches!(
            e.kind,
            CharKind::Space | CharKind::Tab | CharKind::LineBreak | CharKind::NoBreakSpace | CharKind::OtherSpace
        );
        let (f, what, env, kind) = (field.start(), e.describe(), field.env_var(), kind(field));
        let message = if visible {
            t!(
                "cred-character-inside",
                Field = f,
                field = field.the(),
                what = what,
                kind = kind,
                env = env
            )
        } else {
            t!(
                "cred-hidden-character-inside",
                Field = f,
                field = field.the(),
                what = what,
                kind = kind,
                env = env
            )
        };
        out.say(field, Level::Error, MessageCode::CharacterInside, message);
        state.blocked = true;
        return state;
    }

    let masked = match field {
        Field::Passphrase => shape::is_all_mask(value),
        _ => shape::looks_masked(value),
    };
    if masked {
        let message = match field {
            Field::ApiKey => t!("cred-masked-api-key"),
            Field::SecretKey => t!("cred-masked-secret-key"),
            Field::Passphrase => t!("cred-masked-passphrase"),
        };
        out.say(field, Level::Error, MessageCode::MaskedValue, message);
        state.blocked = true;
        return state;
    }

    if let Some(end) = stray_quote(value) {
        let message = t!(
            "cred-stray-quote",
            Field = field.start(),
            field = field.the(),
            end = end.as_str()
        );
        out.say(field, Level::Warning, MessageCode::StrayQuote, message);
        state.shape_explained = true;
    }
    state
}

/// Which end, when exactly one end of the value is a quotation mark.
fn stray_quote(value: &str) -> Option<Side> {
    const QUOTES: &[char] = &[
        '"', '\'', '`', '\u{201C}', '\u{201D}', '\u{2018}', '\u{2019}', '\u{201E}', '«', '»',
    ];
    let starts = value.starts_with(QUOTES);
    let ends = value.ends_with(QUOTES);
    match (starts, ends) {
        (true, false) => Some(Side::Start),
        (false, true) => Some(Side::End),
        _ => None,
    }
}

fn check_label_instead_of_key(key: &mut FieldState, label: Option<&str>, out: &mut Out) {
    let Some(label) = label.map(str::trim).filter(|l| !l.is_empty()) else {
        return;
    };
    if key.blocked || !key.value.expose().eq_ignore_ascii_case(label) {
        return;
    }
    out.say(
        Field::ApiKey,
        Level::Error,
        MessageCode::LabelInsteadOfKey,
        t!("cred-label-instead-of-key", label = label),
    );
    key.blocked = true;
}

fn check_same_value(fields: &mut [&mut FieldState; 3], out: &mut Out) {
    for later in 1..fields.len() {
        for earlier in 0..later {
            let (a, b) = (&fields[earlier], &fields[later]);
            if a.value.is_empty() || b.value.is_empty() || a.value != b.value {
                continue;
            }
            let (a_field, b_field) = (a.field, b.field);
            let message = t!(
                "cred-same-value",
                Field = b_field.start(),
                field = b_field.the(),
                env = b_field.env_var(),
                other = a_field.the(),
                other_env = a_field.env_var(),
            );
            out.say(b_field, Level::Error, MessageCode::SameValueTwice, message);
            fields[later].blocked = true;
            break;
        }
    }
}

/// Shape warnings and swap detection. Returns the swap to suggest.
fn check_shapes(key: &FieldState, secret: &FieldState, pass: &FieldState, out: &mut Out) -> Option<[Field; 2]> {
    let shape = |s: &FieldState| (!s.blocked).then(|| Shape::of(s.value.expose()));
    let (ks, ss, ps) = (shape(key), shape(secret), shape(pass));
    let is = |s: Option<Shape>, f: fn(Shape) -> bool| s.is_some_and(f);

    let swap = if is(ks, Shape::is_secret_key_like) && is(ss, Shape::is_api_key_like) {
        // Exactly each other's shape: certain, and OKX would only answer "invalid key" (50111).
        let sure = ks == Some(Shape::SecretKey) && ss == Some(Shape::ApiKey);
        let (level, message) = if sure {
            (Level::Error, t!("cred-swap-key-secret"))
        } else {
            (Level::Warning, t!("cred-swap-key-secret-likely"))
        };
        out.say(Field::ApiKey, level, MessageCode::KeyAndSecretSwapped, message);
        Some([Field::ApiKey, Field::SecretKey])
    } else if is(ps, Shape::is_secret_key_like) && ss == Some(Shape::Other) && !secret.shape_explained {
        out.say(
            Field::SecretKey,
            Level::Warning,
            MessageCode::PassphraseSwapped,
            t!("cred-swap-secret-passphrase"),
        );
        Some([Field::SecretKey, Field::Passphrase])
    } else if is(ps, Shape::is_api_key_like) && ks == Some(Shape::Other) && !key.shape_explained {
        out.say(
            Field::ApiKey,
            Level::Warning,
            MessageCode::PassphraseSwapped,
            t!("cred-swap-key-passphrase"),
        );
        Some([Field::ApiKey, Field::Passphrase])
    } else {
        None
    };
    let in_swap = |f: Field| swap.is_some_and(|s| s.contains(&f));

    if let Some(ks) = ks.filter(|_| !in_swap(Field::ApiKey) && !key.shape_explained) {
        let n = key.value.char_len();
        let found = match ks {
            Shape::ApiKey => None,
            Shape::ApiKeyOtherCase => Some((MessageCode::ApiKeyCase, t!("cred-api-key-case"))),
            Shape::SecretKey | Shape::SecretKeyOtherCase => {
                Some((MessageCode::SecretInKeyField, t!("cred-secret-in-key-field")))
            }
            Shape::Other => Some((MessageCode::ApiKeyShape, t!("cred-api-key-shape", n = n))),
        };
        if let Some((code, message)) = found {
            out.say(Field::ApiKey, Level::Warning, code, message);
        }
    }

    if let Some(ss) = ss.filter(|_| !in_swap(Field::SecretKey) && !secret.shape_explained) {
        let n = secret.value.char_len();
        let found = match ss {
            Shape::SecretKey => None,
            Shape::SecretKeyOtherCase => Some((MessageCode::SecretKeyCase, t!("cred-secret-key-case"))),
            Shape::ApiKey | Shape::ApiKeyOtherCase => {
                Some((MessageCode::KeyInSecretField, t!("cred-key-in-secret-field")))
            }
            Shape::Other => Some((MessageCode::SecretKeyShape, t!("cred-secret-key-shape", n = n))),
        };
        if let Some((code, message)) = found {
            out.say(Field::SecretKey, Level::Warning, code, message);
        }
    }

    if let Some(ps) = ps.filter(|_| !in_swap(Field::Passphrase)) {
        let found = if ps.is_api_key_like() {
            Some((
                MessageCode::PassphraseLooksLikeApiKey,
                t!("cred-passphrase-like-api-key"),
            ))
        } else if ps.is_secret_key_like() {
            Some((
                MessageCode::PassphraseLooksLikeSecretKey,
                t!("cred-passphrase-like-secret-key"),
            ))
        } else {
            None
        };
        if let Some((code, message)) = found {
            out.say(Field::Passphrase, Level::Warning, code, message);
        }
    }
    swap
}

fn check_passphrase(
    pass: &FieldState,
    expected: Option<&Secret>,
    shape_explained: bool,
    out: &mut Out,
) -> Option<PassphraseMatch> {
    let value = pass.value.expose();
    if value.is_empty() {
        return None;
    }
    if !pass.blocked {
        let n = pass.value.char_len();
        if !(8..=32).contains(&n) && !shape_explained {
            out.say(
                Field::Passphrase,
                Level::Warning,
                MessageCode::PassphraseLength,
                t!("cred-passphrase-length", n = n),
            );
        }
        if shape::has_non_ascii(value) {
            out.say(
                Field::Passphrase,
                Level::Warning,
                MessageCode::PassphraseNonAscii,
                t!("cred-passphrase-non-ascii"),
            );
        }
    }
    let Some(expected) = expected.map(Secret::expose) else {
        return Some(PassphraseMatch::NoReference);
    };
    let result = if value == expected {
        out.push(
            Field::Passphrase,
            Level::Info,
            MessageCode::PassphraseMatches,
            t!("cred-passphrase-matches"),
            Text::empty(),
        );
        PassphraseMatch::Matches
    } else if value.to_lowercase() == expected.to_lowercase() {
        out.say(
            Field::Passphrase,
            Level::Error,
            MessageCode::PassphraseCaseDiffers,
            t!("cred-passphrase-case-differs"),
        );
        PassphraseMatch::CaseOnly
    } else {
        out.say(
            Field::Passphrase,
            Level::Warning,
            MessageCode::PassphraseDiffers,
            t!("cred-passphrase-differs"),
        );
        PassphraseMatch::Differs
    };
    Some(result)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::{locale, Locale, Surface};
    use crate::credentials::trim::{Removed, Stripped};

    const KEY: &str = "6f1c2d3e-8a9b-4c5d-9e0f-1a2b3c4d5a41";
    const SECRET: &str = "22582BD0CFF14C41EDBF1AB98506286D";
    const PASS: &str = "Tr@ding!Safe99";

    fn ctx() -> ValidationContext {
        ValidationContext {
            label: Some("BitcoinEra_GridBot".into()),
            expected_passphrase: Some(PASS.into()),
        }
    }

    #[test]
    fn clean_paste_is_silent_but_for_the_match() {
        let v = validate(
            &PastedCredentials::new(KEY, SECRET, PASS),
            &ValidationContext::default(),
        );
        assert!(v.ok && v.is_silent(), "{v:?}");
        let c = v.credentials().unwrap();
        assert_eq!(
            (c.api_key.expose(), c.secret_key.expose(), c.passphrase.expose()),
            (KEY, SECRET, PASS)
        );

        let v = validate(&PastedCredentials::new(KEY, SECRET, PASS), &ctx());
        assert!(v.ok && v.trimmed.is_empty());
        assert_eq!(v.messages.len(), 1);
        assert_eq!(
            (v.messages[0].level, v.messages[0].code),
            (Level::Info, MessageCode::PassphraseMatches)
        );
    }

    /// The messages and trim notes serialize as the window and the JSON result read them; the
    /// whole [`Validation`] does not serialize at all (it holds the cleaned secrets).
    #[test]
    fn its_messages_and_notes_serialize_for_the_window() {
        let v = validate(&PastedCredentials::new(format!("{KEY} "), SECRET, PASS), &ctx());
        assert!(v.ok && v.swap.is_none());
        let trimmed = serde_json::to_value(&v.trimmed).unwrap();
        assert_eq!(trimmed, serde_json::json!(["api_key: removed 1 trailing space"]));
        let j = serde_json::to_value(&v.messages).unwrap();
        assert_eq!(j[0]["code"], "passphrase_matches");
        assert_eq!(j[0]["field"], "passphrase");
        assert_eq!(j[0]["level"], "info");
    }

    #[test]
    fn debug_never_prints_values() {
        let p = PastedCredentials::new(KEY, SECRET, PASS);
        let v = validate(&p, &ctx());
        for d in [format!("{v:?}"), format!("{p:?}"), format!("{:?}", ctx())] {
            assert!(!d.contains(SECRET) && !d.contains(PASS) && !d.contains(KEY), "{d}");
        }
    }

    /// Step 9 shows one verdict: a passphrase that differs from Step 5's gets no "this is the
    /// API passphrase" reminder under it.
    #[test]
    fn a_differing_passphrase_has_one_verdict() {
        for pasted in ["Other#Pass1234", "x", "tr@ding!safe99"] {
            let v = validate(&PastedCredentials::new(KEY, SECRET, pasted), &ctx());
            let codes: Vec<MessageCode> = v
                .messages
                .iter()
                .filter(|m| m.field == Field::Passphrase)
                .map(|m| m.code)
                .collect();
            assert!(
                codes.contains(&MessageCode::PassphraseDiffers) || codes.contains(&MessageCode::PassphraseCaseDiffers),
                "{codes:?}"
            );
            assert!(!codes.contains(&MessageCode::PassphraseReminder), "{pasted}: {codes:?}");
            assert!(!codes.contains(&MessageCode::PassphraseMatches), "{pasted}: {codes:?}");
        }
    }

    /// A key and a secret that are exactly each other's shape stop the test (OKX would only
    /// answer "invalid key"), and the command line's fix names the variables, never a button.
    #[test]
    fn a_sure_swap_is_an_error_worded_for_each_surface() {
        let cli_words = |t: &Text| locale::scoped(Locale::new("en", Surface::Cli), || t.to_string());
        let window_words = |t: &Text| t.render_in(&Locale::english());
        let pasted = PastedCredentials::new(SECRET, KEY, PASS);
        let v = validate(&pasted, &ValidationContext::default());
        assert!(!v.ok);
        let m = &v.messages[0];
        assert_eq!((m.code, m.level), (MessageCode::KeyAndSecretSwapped, Level::Error));
        let fix = cli_words(&m.fix);
        assert!(fix.contains("OKX_API_KEY") && fix.contains("OKX_SECRET_KEY"), "{fix}");
        for m in &v.messages {
            for word in ["button", "field", "Step ", "Swap them"] {
                assert!(
                    !cli_words(&m.fix).contains(word) && !cli_words(&m.message).contains(word),
                    "{word}: {m:?}"
                );
            }
        }
        assert!(window_words(&v.messages[0].fix).contains("button"));
        // Other mistakes on the command line name the variables too.
        for pasted in [
            PastedCredentials::new(format!("API key: {KEY}"), SECRET, PASS),
            PastedCredentials::new(KEY, KEY, PASS),
            PastedCredentials::new(" ", SECRET, PASS),
            PastedCredentials::new(KEY, SECRET, KEY),
            PastedCredentials::new(SECRET, SECRET.to_lowercase(), PASS),
            PastedCredentials::new(KEY, format!("{SECRET}\u{200E}"), PASS),
        ] {
            for m in validate(&pasted, &ValidationContext::default()).messages {
                for word in ["button", "field", "Step ", "here,"] {
                    let (message, fix) = (cli_words(&m.message), cli_words(&m.fix));
                    assert!(
                        !fix.contains(word) && !message.contains(word),
                        "{word}: {message} / {fix}"
                    );
                }
            }
        }
        // A looser likeness (capitals changed) stays a warning: OKX does not promise the formats.
        let loose = validate(
            &PastedCredentials::new(SECRET.to_lowercase(), KEY, PASS),
            &ValidationContext::default(),
        );
        assert!(
            loose.ok && loose.swap == Some([Field::ApiKey, Field::SecretKey]),
            "{:?}",
            loose.messages
        );
    }

    /// `trimmed` is typed; it serializes as the machine lines, and the window gets sentences.
    #[test]
    fn trimmed_notes_are_typed() {
        let v = validate(
            &PastedCredentials::new(format!(" {KEY}\t\t"), format!("\"{SECRET}\""), PASS),
            &ValidationContext::default(),
        );
        assert_eq!(
            v.trimmed,
            [
                "api_key: removed 1 leading space and 2 trailing tabs",
                "secret_key: removed quotes around the value"
            ]
        );
        let first = &v.trimmed[0];
        assert_eq!(first.field, Field::ApiKey);
        let Removed::Blanks {
            chars,
            inside_quotes: false,
        } = &first.removed
        else {
            panic!("{first:?}");
        };
        assert_eq!(
            chars,
            &[
                Stripped {
                    kind: CharKind::Space,
                    count: 1,
                    side: Side::Start
                },
                Stripped {
                    kind: CharKind::Tab,
                    count: 2,
                    side: Side::End
                },
            ]
        );
        assert_eq!(v.trimmed[1].removed, Removed::Quotes { pairs: 1 });
        let en = Locale::english();
        let sentences: Vec<String> = v.trimmed_sentences().iter().map(|t| t.render_in(&en)).collect();
        assert_eq!(
            sentences,
            [
                "API key: removed 1 leading space and 2 trailing tabs",
                "Secret key: removed quotes around the value"
            ]
        );
        let j = serde_json::to_value(&v.trimmed).unwrap();
        assert_eq!(
            j,
            serde_json::json!([
                "api_key: removed 1 leading space and 2 trailing tabs",
                "secret_key: removed quotes around the value"
            ])
        );
    }

    /// Every finding's words come from the catalog: no id is left showing, on either surface.
    #[test]
    fn every_finding_has_words_on_both_surfaces() {
        let pastes = [
            PastedCredentials::new("", "", ""),
            PastedCredentials::new(
                format!("API key: {KEY}"),
                format!("Secret: {SECRET}"),
                format!("Passphrase: {PASS}"),
            ),
            PastedCredentials::new(format!("{KEY} x"), format!("{SECRET}\u{200E}x"), "Tr@ding Safe99"),
            PastedCredentials::new("37c541a1-****-****-****-10fe7a038418", "****", "********"),
            PastedCredentials::new(format!("\"{KEY}"), format!("{SECRET}'"), "x"),
            PastedCredentials::new("BitcoinEra_GridBot", SECRET, SECRET),
            PastedCredentials::new(SECRET, KEY, PASS),
            PastedCredentials::new(SECRET.to_lowercase(), KEY, PASS),
            PastedCredentials::new("abc", SECRET, KEY),
            PastedCredentials::new(KEY.to_uppercase(), "abc", "Tr@ding!Safe99\u{e9}"),
            PastedCredentials::new(KEY, SECRET.to_lowercase(), "tr@ding!safe99"),
            PastedCredentials::new(KEY, SECRET, "Other#Pass1234"),
            PastedCredentials::new(KEY, SECRET, PASS),
            PastedCredentials::new(SECRET, "abc", PASS),
            PastedCredentials::new(KEY, KEY.to_uppercase(), PASS),
            PastedCredentials::new(KEY, SECRET, KEY.to_uppercase()),
            PastedCredentials::new(KEY, SECRET, SECRET.to_lowercase()),
            PastedCredentials::new("abc", SECRET, PASS),
            PastedCredentials::new(KEY, "abc", SECRET),
        ];
        let mut codes = std::collections::BTreeSet::new();
        for (pasted, c) in pastes
            .iter()
            .flat_map(|p| [(p, ctx()), (p, ValidationContext::default())])
        {
            let v = validate(pasted, &c);
            for m in &v.messages {
                codes.insert(m.code.as_str());
                for surface in [Surface::Window, Surface::Cli] {
                    let l = Locale::new("en", surface);
                    for words in [m.message.render_in(&l), m.fix.render_in(&l)] {
                        assert!(
                            !words.contains("cred-") && !words.contains('{'),
                            "{:?}: {words}",
                            m.code
                        );
                    }
                    assert!(!m.message.render_in(&l).is_empty(), "{:?}", m.code);
                }
            }
        }
        let missing: Vec<_> = MessageCode::ALL
            .iter()
            .filter(|c| !codes.contains(c.as_str()))
            .collect();
        assert!(missing.is_empty(), "not exercised: {missing:?}");
    }

    #[test]
    fn swap_button() {
        let p = PastedCredentials::new(SECRET, KEY, PASS);
        let v = validate(&p, &ValidationContext::default());
        assert_eq!(v.swap, Some([Field::ApiKey, Field::SecretKey]));
        // What the window's Swap button does: each value into the other field.
        let swapped = PastedCredentials::new(p.get(Field::SecretKey), p.get(Field::ApiKey), PASS);
        assert!(validate(&swapped, &ValidationContext::default()).is_silent());
    }

    #[test]
    fn quotes_that_are_part_of_the_step5_passphrase_are_kept() {
        let quoted = "'Tr@ding!Safe99'";
        let c = ValidationContext {
            label: None,
            expected_passphrase: Some(quoted.into()),
        };
        let v = validate(&PastedCredentials::new(KEY, SECRET, quoted), &c);
        assert_eq!(v.cleaned.passphrase.expose(), quoted);
        assert!(v.messages.iter().any(|m| m.code == MessageCode::PassphraseMatches));
        assert!(v.trimmed.is_empty());
    }

    #[test]
    fn inner_space_that_is_part_of_the_step5_passphrase_is_accepted() {
        let spaced = "Tr@ding Safe99!";
        let c = ValidationContext {
            label: None,
            expected_passphrase: Some(spaced.into()),
        };
        let v = validate(&PastedCredentials::new(KEY, SECRET, format!(" {spaced}\n")), &c);
        assert!(v.ok, "{:?}", v.messages);
        assert_eq!(v.cleaned.passphrase.expose(), spaced);
    }

    #[test]
    fn problems_for_the_cli() {
        let v = validate(
            &PastedCredentials::new("", SECRET, "short"),
            &ValidationContext::default(),
        );
        let p = v.problems();
        assert!(p
            .iter()
            .any(|p| !p.is_warning() && p.message == "The API key is empty."));
        assert!(p
            .iter()
            .any(|p| p.is_warning() && p.message.to_string().contains("5 characters")));
        assert!(v.credentials().is_none());
    }
}
