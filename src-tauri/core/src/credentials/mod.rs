//! The three OKX credentials, held safely, and the checks run on what the user pastes.
//!
//! - [`trim`]: cleaning one pasted value (edges, quotes, blanks inside).
//! - [`shape`]: what a value looks like (OKX API key, OKX secret key, other).
//! - [`split`]: one multi-line paste into the three fields.
//! - [`validate`]: the whole check, giving a [`Validation`] for the window and the CLI.
//! - [`paste`]: Step 9's one call: the check and the Step 5 passphrase in, what the window shows
//!   out ([`PasteCheck`], never the secret key or the passphrase).
//! - [`saved`]: a saved key, taken as it was saved (no paste check again).
//! - [`message`]: the findings ([`FieldMessage`], levels, stable codes).
//! - [`size`]: the most one paste may hold (64 KiB), for the window and the CLI alike.

pub mod message;
pub mod paste;
pub mod saved;
pub mod shape;
pub mod size;
pub mod split;
pub mod trim;
pub mod validate;

pub use message::{FieldMessage, Level, MessageCode};
pub use paste::{Checked, PasteCheck};
pub use saved::saved;
pub use size::{check_paste_size, check_pasted_size, PASTE_LIMIT_BYTES};
pub use split::{split_paste, SplitPaste};
pub use trim::{clean, CharKind, Cleaned, InteriorError, Removed, Side, Stripped, TrimNote};
pub use validate::{validate, CleanedFields, PastedCredentials, Validation, ValidationContext};

use crate::catalog::Text;
use crate::secret::Secret;
use crate::t;
use serde::Serialize;

/// An API key, its secret key and its passphrase, already trimmed and checked.
///
/// The API key is not a secret on its own (OKX shows it in the key list) but is still never
/// shown in full outside the field it was pasted in: use [`Credentials::api_key_redacted`].
/// The secret key and the passphrase are [`Secret`]s: Debug prints "redacted", wiped on drop.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Credentials {
    pub api_key: Secret,
    pub secret_key: Secret,
    pub passphrase: Secret,
}

impl Credentials {
    pub fn new(api_key: impl Into<Secret>, secret_key: impl Into<Secret>, passphrase: impl Into<Secret>) -> Self {
        Credentials {
            api_key: api_key.into(),
            secret_key: secret_key.into(),
            passphrase: passphrase.into(),
        }
    }

    pub fn api_key_redacted(&self) -> String {
        crate::secret::redact_key(self.api_key.expose())
    }
}

/// Which of the three fields a message is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    ApiKey,
    SecretKey,
    Passphrase,
}

impl Field {
    pub fn as_str(self) -> &'static str {
        match self {
            Field::ApiKey => "api_key",
            Field::SecretKey => "secret_key",
            Field::Passphrase => "passphrase",
        }
    }

    /// The environment variable the command line reads this value from.
    pub fn env_var(self) -> &'static str {
        match self {
            Field::ApiKey => "OKX_API_KEY",
            Field::SecretKey => "OKX_SECRET_KEY",
            Field::Passphrase => "OKX_PASSPHRASE",
        }
    }

    /// The field's name as the window labels it: "API key".
    pub fn name(self) -> Text {
        match self {
            Field::ApiKey => t!("cred-field-api-key"),
            Field::SecretKey => t!("cred-field-secret-key"),
            Field::Passphrase => t!("cred-field-passphrase"),
        }
    }

    /// The field in running text: "the API key" (the catalog's `$field`).
    pub fn the(self) -> Text {
        match self {
            Field::ApiKey => t!("cred-field-api-key.the"),
            Field::SecretKey => t!("cred-field-secret-key.the"),
            Field::Passphrase => t!("cred-field-passphrase.the"),
        }
    }

    /// The field starting a sentence: "The API key" (the catalog's `$Field`).
    pub fn start(self) -> Text {
        match self {
            Field::ApiKey => t!("cred-field-api-key.start"),
            Field::SecretKey => t!("cred-field-secret-key.start"),
            Field::Passphrase => t!("cred-field-passphrase.start"),
        }
    }

    /// The field in running text without an article: "secret key" ("more than one secret key").
    pub fn bare(self) -> Text {
        match self {
            Field::ApiKey => t!("cred-field-api-key.bare"),
            Field::SecretKey => t!("cred-field-secret-key.bare"),
            Field::Passphrase => t!("cred-field-passphrase.bare"),
        }
    }
}
