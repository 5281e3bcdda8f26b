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
//! - The words follow the [`Surface`]: the window speaks of fields, buttons and steps; the
//!   command line names the environment variables and never the window.

use crate::catalog::Text;
use super::message::{FieldMessage, Level, MessageCode, PassphraseMatch};
use super::shape::{self, Shape};
use super::split::{self, Label};
use super::trim::{self, CharKind, Cleaned, InteriorError};
use super::{Credentials, Field};
use crate::error::Problem;
use crate::secret::Secret;
use serde::{Deserialize, Serialize, Serializer};
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

/// Who reads the messages: the window (fields, buttons, steps) or the command line (environment
/// variables).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Surface {
    #[default]
    Window,
    Cli,
}

/// What the check knows besides the three values.
#[derive(Debug, Clone, Default)]
pub struct ValidationContext {
    /// Where the messages are shown.
    pub surface: Surface,
    /// The key's label (name) from Step 4, if any.
    pub label: Option<String>,
    /// The passphrase created in Step 5, if the user made it in the app.
    pub expected_passphrase: Option<Secret>,
}

/// The cleaned values, to put back in the fields. Debug prints "redacted"; wiped on drop.
///
/// Serialized with the values in clear: only ever to send them back to the window that already
/// holds them (local IPC). Never log or store the JSON of a [`Validation`].
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

impl Serialize for CleanedFields {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut s = serializer.serialize_struct("CleanedFields", 3)?;
        s.serialize_field("api_key", self.api_key.expose())?;
        s.serialize_field("secret_key", self.secret_key.expose())?;
        s.serialize_field("passphrase", self.passphrase.expose())?;
        s.end()
    }
}

/// The result of the check (serialized for the window in snake_case).
#[derive(Debug, Clone, Serialize)]
pub struct Validation {
    /// No error-level message: the values may be tested.
    pub ok: bool,
    pub cleaned: CleanedFields,
    /// What cleaning removed, as `"api_key: removed 1 trailing space"`.
    pub trimmed: Vec<String>,
    pub messages: Vec<FieldMessage>,
    /// The API key and the secret key look swapped.
    pub swap_suggested: bool,
    /// The two fields to swap, when any swap is suggested (key/secret, or the passphrase with one
    /// of them).
    pub swap: Option<[Field; 2]>,
    /// `None` when the passphrase is empty.
    pub passphrase_match: Option<PassphraseMatch>,
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
    surface: Surface,
    messages: Vec<FieldMessage>,
    trimmed: Vec<String>,
}

impl Out {
    /// The window's words or the command line's.
    fn say<'a>(&self, window: &'a str, cli: &'a str) -> &'a str {
        match self.surface {
            Surface::Window => window,
            Surface::Cli => cli,
        }
    }

    fn push(&mut self, field: Field, level: Level, code: MessageCode, message: Text, fix: impl Into<Text>) {
        self.messages.push(FieldMessage {
            field,
            level,
            code,
            message: message.into(),
            fix: fix.into(),
        });
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
        surface: ctx.surface,
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
        out.push(
            Field::Passphrase,
            Level::Info,
            MessageCode::PassphraseReminder,
            "Use the API passphrase you created together with this key, not your OKX login password and not your \
             fund password."
                .into(),
            "If you are not sure, look in your password manager next to this key's secret key. If it is lost, \
             delete the key on OKX and create a new one.",
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
        swap_suggested: swap == Some([Field::ApiKey, Field::SecretKey]),
        swap,
        passphrase_match,
    }
}

/// "the API key", "the secret key", "the passphrase".
fn the(field: Field) -> String {
    match field {
        Field::ApiKey => "the API key".into(),
        other => format!("the {}", other.display_name().to_lowercase()),
    }
}

/// "The API key", ...
fn the_cap(field: Field) -> String {
    let t = the(field);
    let mut chars = t.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
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

fn check_field(field: Field, raw: &str, expected: Option<&Secret>, out: &mut Out) -> FieldState {
    let result = clean_field(raw, expected);
    let (cleaned, inside) = match &result {
        Ok(c) => (c, None),
        Err(e) => (&e.outer, Some(e)),
    };
    out.trimmed
        .extend(cleaned.removed.iter().map(|r| format!("{}: {r}", field.as_str())));
    let mut state = FieldState {
        field,
        value: Secret::new(cleaned.value.clone()),
        blocked: false,
        shape_explained: false,
    };
    let value = cleaned.value.as_str();
    let name = the(field);

    if value.is_empty() {
        let fix = match field {
            Field::ApiKey => out.say(
                "Paste the API key from OKX (or from your password manager) into this field.",
                "Set OKX_API_KEY to the API key from OKX (or from your password manager).",
            ),
            Field::SecretKey => out.say(
                "Paste the secret key you saved when you created the key. OKX shows it only once: if you did not \
                 save it, delete this key on OKX and create a new one.",
                "Set OKX_SECRET_KEY to the secret key you saved when you created the key. OKX shows it only once: \
                 if you did not save it, delete this key on OKX and create a new one.",
            ),
            Field::Passphrase => out.say(
                "Type or paste the API passphrase you created for this key in Step 5, not your OKX login password \
                 or fund password.",
                "Set OKX_PASSPHRASE to the API passphrase you created together with this key, not your OKX login \
                 password or fund password.",
            ),
        }
        .to_owned();
        out.push(
            field,
            Level::Error,
            MessageCode::Empty,
            format!("{} is empty.", the_cap(field)).into(),
            fix,
        );
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
            let what = if field == Field::Passphrase {
                "passphrase"
            } else {
                "key"
            };
            let mut fix = format!("Delete the label and the sign after it, so that only the {what} itself is left.");
            if level == Level::Warning {
                fix.push_str(" If this really is your whole passphrase, leave it as it is.");
            }
            out.push(
                field,
                level,
                MessageCode::LabelIncluded,
                match out.surface {
                    Surface::Window => format!(
                        "{} field also holds the label \u{201C}{}\u{201D} in front of the {what}.",
                        the_cap(field),
                        split::shown_label(label)
                    ).into(),
                    Surface::Cli => format!(
                        "{} also holds the label \u{201C}{}\u{201D} in front of the {what}.",
                        field.env_var(),
                        split::shown_label(label)
                    ).into(),
                },
                fix,
            );
            state.blocked = level == Level::Error;
            return state;
        }
    }

    if let Some(e) = inside {
        let visible = matches!(
            e.kind,
            CharKind::Space | CharKind::Tab | CharKind::LineBreak | CharKind::NoBreakSpace | CharKind::OtherSpace
        );
        let what = if field == Field::Passphrase {
            "A passphrase"
        } else {
            "A key"
        };
        let fix = if visible {
            format!(
                "{what} has no spaces, line breaks or hidden characters in it. Delete it, or copy {name} again in \
                 one piece from your password manager."
            )
        } else {
            format!(
                "{what} has no hidden characters in it, and this one cannot be seen: clear the field and paste \
                 {name} again, copied straight from your password manager (or from OKX)."
            )
        };
        out.push(
            field,
            Level::Error,
            MessageCode::CharacterInside,
            format!("{} has {}.", the_cap(field), e.describe()).into(),
            fix,
        );
        state.blocked = true;
        return state;
    }

    let masked = match field {
        Field::Passphrase => shape::is_all_mask(value),
        _ => shape::looks_masked(value),
    };
    if masked {
        let (message, fix) = match field {
            Field::ApiKey => (
                "The API key has masking characters in it (like **** or …): this is the shortened form OKX shows \
                 in its list of keys, not the full key.",
                "Copy the full API key from your password manager, or on OKX from the key's details with its copy \
                 button.",
            ),
            Field::SecretKey => (
                "The secret key has masking characters in it (like **** or •••), so it is not the real secret key.",
                "Use the secret key you saved when you created the key. OKX shows it only once: if you did not save \
                 it, delete this key on OKX and create a new one.",
            ),
            Field::Passphrase => (
                "The passphrase is only dots or stars: that is how a hidden password is displayed, not the \
                 passphrase itself.",
                "Copy the passphrase with your password manager's copy button, or type it.",
            ),
        };
        out.push(field, Level::Error, MessageCode::MaskedValue, message.into(), fix);
        state.blocked = true;
        return state;
    }

    if let Some(end) = stray_quote(value) {
        out.push(
            field,
            Level::Warning,
            MessageCode::StrayQuote,
            format!(
                "{} {end} with a quotation mark that has no partner at the other end.",
                the_cap(field)
            ).into(),
            format!("If the quotation mark is not part of {name}, delete it."),
        );
        state.shape_explained = true;
    }
    state
}

/// "starts" / "ends" when exactly one end of the value is a quotation mark.
fn stray_quote(value: &str) -> Option<&'static str> {
    const QUOTES: &[char] = &[
        '"', '\'', '`', '\u{201C}', '\u{201D}', '\u{2018}', '\u{2019}', '\u{201E}', '«', '»',
    ];
    let starts = value.starts_with(QUOTES);
    let ends = value.ends_with(QUOTES);
    match (starts, ends) {
        (true, false) => Some("starts"),
        (false, true) => Some("ends"),
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
    out.push(
        Field::ApiKey,
        Level::Error,
        MessageCode::LabelInsteadOfKey,
        format!("Where the API key belongs there is the key's name (\u{201C}{label}\u{201D}), not the key itself.").into(),
        "Copy the API key: on OKX it is the long code with dashes shown with the key (like \
         1a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d), not the name you gave it.",
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
            out.push(
                b_field,
                Level::Error,
                MessageCode::SameValueTwice,
                format!(
                    "{} is the same as {}. The three are always different.",
                    the_cap(b_field),
                    the(a_field)
                ).into(),
                match out.surface {
                    Surface::Window => format!(
                        "Paste {} into its field: check that you copied each one from its own line.",
                        the(b_field)
                    ),
                    Surface::Cli => format!(
                        "Set {} to {} and {} to {}: check that you copied each one from its own line.",
                        a_field.env_var(),
                        the(a_field),
                        b_field.env_var(),
                        the(b_field)
                    ),
                },
            );
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

    let surface = out.surface;
    let swap_fix = |a: Field, b: Field| match surface {
        Surface::Window => "Swap them (there is a button for it), or paste each one into the other field.".to_owned(),
        Surface::Cli => format!(
            "Put {} in {} and {} in {}: today each holds the other. On standard input, give the API key, the \
             secret key and the passphrase in that order.",
            the(a),
            a.env_var(),
            the(b),
            b.env_var()
        ),
    };
    let swap = if is(ks, Shape::is_secret_key_like) && is(ss, Shape::is_api_key_like) {
        // Exactly each other's shape: certain, and OKX would only answer "invalid key" (50111).
        let sure = ks == Some(Shape::SecretKey) && ss == Some(Shape::ApiKey);
        let fix = swap_fix(Field::ApiKey, Field::SecretKey);
        out.push(
            Field::ApiKey,
            if sure { Level::Error } else { Level::Warning },
            MessageCode::KeyAndSecretSwapped,
            if sure {
                "The API key and the secret key are swapped: where the API key belongs there is a secret key (32 \
                 characters, no dashes), and where the secret key belongs an API key (with dashes). OKX would only \
                 answer that it does not know the key."
            } else {
                "The API key and the secret key look swapped: where the API key belongs there is something shaped \
                 like a secret key (32 characters, no dashes), and where the secret key belongs something shaped like \
                 an API key (with dashes)."
            }
            .into(),
            fix,
        );
        Some([Field::ApiKey, Field::SecretKey])
    } else if is(ps, Shape::is_secret_key_like) && ss == Some(Shape::Other) && !secret.shape_explained {
        out.push(
            Field::SecretKey,
            Level::Warning,
            MessageCode::PassphraseSwapped,
            "The secret key and the passphrase look swapped: where the passphrase belongs there is something \
             shaped like a secret key (32 characters, no dashes)."
                .into(),
            swap_fix(Field::SecretKey, Field::Passphrase),
        );
        Some([Field::SecretKey, Field::Passphrase])
    } else if is(ps, Shape::is_api_key_like) && ks == Some(Shape::Other) && !key.shape_explained {
        out.push(
            Field::ApiKey,
            Level::Warning,
            MessageCode::PassphraseSwapped,
            "The API key and the passphrase look swapped: where the passphrase belongs there is something shaped \
             like an API key (with dashes)."
                .into(),
            swap_fix(Field::ApiKey, Field::Passphrase),
        );
        Some([Field::ApiKey, Field::Passphrase])
    } else {
        None
    };
    let in_swap = |f: Field| swap.is_some_and(|s| s.contains(&f));
    let recopy = "Check that you copied the whole value and nothing else. If it is exactly what OKX showed you, \
                  you can still test it.";

    if let Some(ks) = ks.filter(|_| !in_swap(Field::ApiKey) && !key.shape_explained) {
        let n = key.value.char_len();
        let found = match ks {
            Shape::ApiKey => None,
            Shape::ApiKeyOtherCase => Some((
                MessageCode::ApiKeyCase,
                "The API key looks unusual: it has capital letters, and OKX shows API keys in small letters. \
                 Capitals matter: a changed letter makes the key fail."
                    .to_owned(),
                "Copy the API key again from your password manager (or from OKX) instead of typing it.",
            )),
            Shape::SecretKey | Shape::SecretKeyOtherCase => Some((
                MessageCode::SecretInKeyField,
                "The API key looks like a secret key: 32 characters with no dashes. OKX API keys have dashes, \
                 like 1a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d."
                    .to_owned(),
                "Check that you pasted the API key here, not the secret key.",
            )),
            Shape::Other => Some((
                MessageCode::ApiKeyShape,
                format!(
                    "The API key does not look like an OKX API key: those have 36 characters, letters a-f and digits \
                     in groups of 8-4-4-4-12 joined by dashes, and this one {}.",
                    differs_by(n, 36)
                ),
                recopy,
            )),
        };
        if let Some((code, message, fix)) = found {
            out.push(Field::ApiKey, Level::Warning, code, message.into(), fix);
        }
    }

    if let Some(ss) = ss.filter(|_| !in_swap(Field::SecretKey) && !secret.shape_explained) {
        let n = secret.value.char_len();
        let found = match ss {
            Shape::SecretKey => None,
            Shape::SecretKeyOtherCase => Some((
                MessageCode::SecretKeyCase,
                "The secret key has small letters, but OKX shows secret keys in capital letters, so something may \
                 have changed it. Capitals matter: a changed secret key will not work."
                    .to_owned(),
                "Copy the secret key again from your password manager, exactly as you saved it from OKX.",
            )),
            Shape::ApiKey | Shape::ApiKeyOtherCase => Some((
                MessageCode::KeyInSecretField,
                "The secret key looks like an API key: it has dashes, in groups of 8-4-4-4-12. OKX secret keys are \
                 32 digits and capital letters A-F, with no dashes."
                    .to_owned(),
                "Check that you pasted the secret key here, not the API key.",
            )),
            Shape::Other => Some((
                MessageCode::SecretKeyShape,
                format!(
                    "The secret key does not look like an OKX secret key: those have 32 characters, digits and capital \
                     letters A-F, and this one {}.",
                    differs_by(n, 32)
                ),
                recopy,
            )),
        };
        if let Some((code, message, fix)) = found {
            out.push(Field::SecretKey, Level::Warning, code, message.into(), fix);
        }
    }

    if let Some(ps) = ps.filter(|_| !in_swap(Field::Passphrase)) {
        let found = if ps.is_api_key_like() {
            Some((
                MessageCode::PassphraseLooksLikeApiKey,
                "an API key (a long code with dashes)",
            ))
        } else if ps.is_secret_key_like() {
            Some((
                MessageCode::PassphraseLooksLikeSecretKey,
                "a secret key (32 letters and digits)",
            ))
        } else {
            None
        };
        if let Some((code, what)) = found {
            out.push(
                Field::Passphrase,
                Level::Warning,
                code,
                format!(
                    "The passphrase looks like {what}. The passphrase is the one you made up yourself {}.",
                    out.say("in Step 5", "when you created the key")
                ).into(),
                out.say(
                    "Type or paste the API passphrase you created for this key.",
                    "Set OKX_PASSPHRASE to the API passphrase you created for this key.",
                ),
            );
        }
    }
    swap
}

/// "has 35 characters", "has other characters in it".
fn differs_by(n: usize, expected: usize) -> String {
    if n == expected {
        "has other characters in it".to_owned()
    } else {
        format!("has {n}")
    }
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
            out.push(
                Field::Passphrase,
                Level::Warning,
                MessageCode::PassphraseLength,
                format!("The passphrase has {n} characters; OKX passphrases have 8 to 32.").into(),
                "Check that you pasted the whole passphrase, and only the passphrase.",
            );
        }
        if shape::has_non_ascii(value) {
            out.push(
                Field::Passphrase,
                Level::Warning,
                MessageCode::PassphraseNonAscii,
                "The passphrase has characters beyond plain letters, digits and keyboard symbols (like é, a curly \
                 quote \u{2019} or an emoji). Some programs change these on the way, and OKX may not receive them as \
                 you typed them."
                    .into(),
                "If you typed it, check that your computer did not turn a straight quote (') into a curly one (\u{2019}). \
                 If your passphrase really has these characters, go on and test it."
                    .to_owned(),
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
            "The passphrase matches the one you created in Step 5.".into(),
            "",
        );
        PassphraseMatch::Matches
    } else if value.to_lowercase() == expected.to_lowercase() {
        out.push(
            Field::Passphrase,
            Level::Error,
            MessageCode::PassphraseCaseDiffers,
            "The passphrase differs from the one you created in Step 5 only in capital letters. Capitals matter, \
             so OKX would refuse it."
                .into(),
            "Check Caps Lock, then type or paste the passphrase exactly as you created it on OKX.",
        );
        PassphraseMatch::CaseOnly
    } else {
        out.push(
            Field::Passphrase,
            Level::Warning,
            MessageCode::PassphraseDiffers,
            "The passphrase is not the one you created in Step 5.".into(),
            "Use the one you typed on OKX when you created this key (not your OKX login password or fund \
             password): OKX accepts only that one. If you typed a different one there, use that and go on.",
        );
        PassphraseMatch::Differs
    };
    Some(result)
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEY: &str = "6f1c2d3e-8a9b-4c5d-9e0f-1a2b3c4d5a41";
    const SECRET: &str = "22582BD0CFF14C41EDBF1AB98506286D";
    const PASS: &str = "Tr@ding!Safe99";

    fn ctx() -> ValidationContext {
        ValidationContext {
            label: Some("BitcoinEra_GridBot".into()),
            expected_passphrase: Some(PASS.into()),
            ..Default::default()
        }
    }

    #[test]
    fn clean_paste_is_silent_but_for_the_match() {
        let v = validate(
            &PastedCredentials::new(KEY, SECRET, PASS),
            &ValidationContext::default(),
        );
        assert!(v.ok && v.is_silent(), "{v:?}");
        assert_eq!(v.passphrase_match, Some(PassphraseMatch::NoReference));
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

    #[test]
    fn serializes_for_the_window() {
        let v = validate(&PastedCredentials::new(format!("{KEY} "), SECRET, PASS), &ctx());
        let j = serde_json::to_value(&v).unwrap();
        assert_eq!(j["ok"], true);
        assert_eq!(j["cleaned"]["api_key"], KEY);
        assert_eq!(j["trimmed"], serde_json::json!(["api_key: removed 1 trailing space"]));
        assert_eq!(j["passphrase_match"], "matches");
        assert_eq!(j["swap_suggested"], false);
        assert_eq!(j["swap"], serde_json::Value::Null);
        assert_eq!(j["messages"][0]["code"], "passphrase_matches");
        assert_eq!(j["messages"][0]["field"], "passphrase");
        assert_eq!(j["messages"][0]["level"], "info");
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
        let pasted = PastedCredentials::new(SECRET, KEY, PASS);
        let window = validate(&pasted, &ValidationContext::default());
        assert!(!window.ok);
        let cli = validate(
            &pasted,
            &ValidationContext {
                surface: Surface::Cli,
                ..ValidationContext::default()
            },
        );
        assert!(!cli.ok);
        let m = &cli.messages[0];
        assert_eq!((m.code, m.level), (MessageCode::KeyAndSecretSwapped, Level::Error));
        assert!(
            m.fix.to_string().contains("OKX_API_KEY") && m.fix.to_string().contains("OKX_SECRET_KEY"),
            "{}",
            m.fix
        );
        for m in &cli.messages {
            for word in ["button", "field", "Step ", "Swap them"] {
                assert!(!m.fix.to_string().contains(word) && !m.message.to_string().contains(word), "{word}: {m:?}");
            }
        }
        assert!(window.messages[0].fix.to_string().contains("button"));
        // Other mistakes on the command line name the variables too.
        let cli_ctx = ValidationContext {
            surface: Surface::Cli,
            ..ValidationContext::default()
        };
        for pasted in [
            PastedCredentials::new(format!("API key: {KEY}"), SECRET, PASS),
            PastedCredentials::new(KEY, KEY, PASS),
            PastedCredentials::new(" ", SECRET, PASS),
            PastedCredentials::new(KEY, SECRET, KEY),
        ] {
            for m in validate(&pasted, &cli_ctx).messages {
                for word in ["button", "field", "Step "] {
                    assert!(!m.fix.to_string().contains(word) && !m.message.to_string().contains(word), "{word}: {m:?}");
                }
            }
        }
        // A looser likeness (capitals changed) stays a warning: OKX does not promise the formats.
        let loose = validate(
            &PastedCredentials::new(SECRET.to_lowercase(), KEY, PASS),
            &ValidationContext::default(),
        );
        assert!(loose.ok && loose.swap_suggested, "{:?}", loose.messages);
    }

    #[test]
    fn swap_button() {
        let p = PastedCredentials::new(SECRET, KEY, PASS);
        let v = validate(&p, &ValidationContext::default());
        assert!(v.swap_suggested);
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
            ..Default::default()
        };
        let v = validate(&PastedCredentials::new(KEY, SECRET, quoted), &c);
        assert_eq!(v.cleaned.passphrase.expose(), quoted);
        assert_eq!(v.passphrase_match, Some(PassphraseMatch::Matches));
        assert!(v.trimmed.is_empty());
    }

    #[test]
    fn inner_space_that_is_part_of_the_step5_passphrase_is_accepted() {
        let spaced = "Tr@ding Safe99!";
        let c = ValidationContext {
            label: None,
            expected_passphrase: Some(spaced.into()),
            ..Default::default()
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
        assert!(p.iter().any(|p| p.is_warning() && p.message.to_string().contains("5 characters")));
        assert!(v.credentials().is_none());
    }
}
