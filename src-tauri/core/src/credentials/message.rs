//! What the credential check tells the user: one [`FieldMessage`] per finding, each with a level,
//! a stable code, a plain message and what to do. No message ever contains a pasted value.

use super::Field;
use crate::catalog::Text;
use crate::error::{Problem, ProblemKind};
use serde::Serialize;

/// How serious a finding is. Only `Error` stops the values from being tested.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    Info,
    Warning,
    Error,
}

/// The stable id of a finding (serialized in snake_case; the window and tests switch on it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MessageCode {
    /// Error: nothing left after cleaning.
    Empty,
    /// Error: a blank, control or invisible character inside the value.
    CharacterInside,
    /// Error (warning for a passphrase without blanks): "API Key: …" pasted into one field.
    LabelIncluded,
    /// Error: the masked form ("37c5…", "****") instead of the value.
    MaskedValue,
    /// Warning: a quotation mark at one end without its partner.
    StrayQuote,
    /// Error: the key's label (name) in the API key field.
    LabelInsteadOfKey,
    /// Error: the same value in two fields.
    SameValueTwice,
    /// Warning: API key and secret key look swapped (`swap` names the two).
    KeyAndSecretSwapped,
    /// Warning: the passphrase and the key or secret look swapped (`swap` names the two).
    PassphraseSwapped,
    /// Warning: the API key field holds a secret-key-shaped value.
    SecretInKeyField,
    /// Warning: the secret key field holds an API-key-shaped value.
    KeyInSecretField,
    /// Warning: the API key is not UUID-shaped.
    ApiKeyShape,
    /// Warning: the API key is UUID-shaped but has capital letters.
    ApiKeyCase,
    /// Warning: the secret key is not 32 hex characters.
    SecretKeyShape,
    /// Warning: the secret key is 32 hex characters with small letters.
    SecretKeyCase,
    /// Warning: the passphrase looks like an API key.
    PassphraseLooksLikeApiKey,
    /// Warning: the passphrase looks like a secret key.
    PassphraseLooksLikeSecretKey,
    /// Warning: the passphrase is not 8 to 32 characters long.
    PassphraseLength,
    /// Warning: the passphrase has characters beyond plain ASCII.
    PassphraseNonAscii,
    /// Info: the passphrase matches the one from Step 5.
    PassphraseMatches,
    /// Error: the passphrase differs from Step 5's only in letter case.
    PassphraseCaseDiffers,
    /// Warning: the passphrase differs from Step 5's.
    PassphraseDiffers,
    /// Info: "this is the API passphrase, not your login or fund password" (only when something
    /// about the passphrase looks off).
    PassphraseReminder,
}

impl MessageCode {
    pub fn as_str(self) -> &'static str {
        match self {
            MessageCode::Empty => "empty",
            MessageCode::CharacterInside => "character_inside",
            MessageCode::LabelIncluded => "label_included",
            MessageCode::MaskedValue => "masked_value",
            MessageCode::StrayQuote => "stray_quote",
            MessageCode::LabelInsteadOfKey => "label_instead_of_key",
            MessageCode::SameValueTwice => "same_value_twice",
            MessageCode::KeyAndSecretSwapped => "key_and_secret_swapped",
            MessageCode::PassphraseSwapped => "passphrase_swapped",
            MessageCode::SecretInKeyField => "secret_in_key_field",
            MessageCode::KeyInSecretField => "key_in_secret_field",
            MessageCode::ApiKeyShape => "api_key_shape",
            MessageCode::ApiKeyCase => "api_key_case",
            MessageCode::SecretKeyShape => "secret_key_shape",
            MessageCode::SecretKeyCase => "secret_key_case",
            MessageCode::PassphraseLooksLikeApiKey => "passphrase_looks_like_api_key",
            MessageCode::PassphraseLooksLikeSecretKey => "passphrase_looks_like_secret_key",
            MessageCode::PassphraseLength => "passphrase_length",
            MessageCode::PassphraseNonAscii => "passphrase_non_ascii",
            MessageCode::PassphraseMatches => "passphrase_matches",
            MessageCode::PassphraseCaseDiffers => "passphrase_case_differs",
            MessageCode::PassphraseDiffers => "passphrase_differs",
            MessageCode::PassphraseReminder => "passphrase_reminder",
        }
    }

    /// Every code, for tests and documentation.
    pub const ALL: [MessageCode; 23] = [
        MessageCode::Empty,
        MessageCode::CharacterInside,
        MessageCode::LabelIncluded,
        MessageCode::MaskedValue,
        MessageCode::StrayQuote,
        MessageCode::LabelInsteadOfKey,
        MessageCode::SameValueTwice,
        MessageCode::KeyAndSecretSwapped,
        MessageCode::PassphraseSwapped,
        MessageCode::SecretInKeyField,
        MessageCode::KeyInSecretField,
        MessageCode::ApiKeyShape,
        MessageCode::ApiKeyCase,
        MessageCode::SecretKeyShape,
        MessageCode::SecretKeyCase,
        MessageCode::PassphraseLooksLikeApiKey,
        MessageCode::PassphraseLooksLikeSecretKey,
        MessageCode::PassphraseLength,
        MessageCode::PassphraseNonAscii,
        MessageCode::PassphraseMatches,
        MessageCode::PassphraseCaseDiffers,
        MessageCode::PassphraseDiffers,
        MessageCode::PassphraseReminder,
    ];
}

/// One finding about one field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldMessage {
    pub field: Field,
    pub level: Level,
    pub code: MessageCode,
    pub message: Text,
    /// What to do next (empty for a purely informative message).
    pub fix: Text,
}

impl FieldMessage {
    /// As the app's [`Problem`] (kind `malformed_input`), for the CLI; `None` for an info message.
    pub fn to_problem(&self) -> Option<Problem> {
        match self.level {
            Level::Info => None,
            Level::Warning => Some(Problem::warning(
                ProblemKind::MalformedInput,
                self.message.clone(),
                self.fix.clone(),
            )),
            Level::Error => Some(Problem::new(
                ProblemKind::MalformedInput,
                self.message.clone(),
                self.fix.clone(),
            )),
        }
    }
}

/// How the pasted passphrase compares with the one created in Step 5 (inside the check: the
/// window and the CLI see the verdict as a message).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PassphraseMatch {
    Matches,
    CaseOnly,
    Differs,
    /// No Step 5 passphrase to compare with.
    NoReference,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_serialize_as_as_str() {
        for code in MessageCode::ALL {
            assert_eq!(serde_json::to_value(code).unwrap(), serde_json::json!(code.as_str()));
        }
    }

    #[test]
    fn levels_map_to_problems() {
        let m = |level| FieldMessage {
            field: Field::ApiKey,
            level,
            code: MessageCode::Empty,
            message: "m".into(),
            fix: "f".into(),
        };
        assert!(m(Level::Info).to_problem().is_none());
        assert!(m(Level::Warning).to_problem().unwrap().is_warning());
        let p = m(Level::Error).to_problem().unwrap();
        assert_eq!(
            (p.kind, p.severity),
            (ProblemKind::MalformedInput, crate::error::Severity::Error)
        );
    }
}
