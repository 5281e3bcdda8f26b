//! The paste path in one call: what the user pasted in Step 9 (and the passphrase made in
//! Step 5, already in Rust) in; what the window shows out, and the credentials kept in Rust.
//!
//! Decisions worth knowing:
//! - The window gets the findings, the trim notes, the swap, the redacted API key, `ok` and
//!   which fields the cleaning changed, never the secret key or the passphrase. The secret
//!   fields keep what the user typed; every check cleans them again (cleaning is idempotent).
//! - The API key is not a secret (OKX shows it in the key list): its cleaned value comes back for
//!   its field, so a swapped or trimmed key reads right on the page.
//! - An empty passphrase field means "the passphrase made in Step 5", when there is one; that
//!   passphrase is also the reference the pasted one is compared with.

use super::message::FieldMessage;
use super::trim::TrimNote;
use super::validate::{validate, PastedCredentials, ValidationContext};
use super::{Credentials, Field};
use crate::catalog::Text;
use crate::secret::Secret;
use serde::Serialize;
use zeroize::Zeroize;

/// What the window shows after a check (serialized in snake_case). Holds no secret value;
/// its Debug shows the API key redacted.
#[derive(Clone, Serialize)]
pub struct PasteCheck {
    /// No error-level message: the values may be tested.
    pub ok: bool,
    /// The API key as cleaned, to put back in its field (not a secret).
    pub api_key: String,
    /// The API key as the app shows it elsewhere ("6f1c2d3e…5a41").
    pub api_key_redacted: String,
    /// The fields whose value cleaning changed (the notes in `trimmed` say how).
    pub changed: Vec<Field>,
    /// What cleaning removed, as sentences: "API key: removed 1 trailing space".
    pub trimmed: Vec<Text>,
    pub messages: Vec<FieldMessage>,
    /// The two fields to swap, when a swap is suggested.
    pub swap: Option<[Field; 2]>,
}

impl std::fmt::Debug for PasteCheck {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PasteCheck")
            .field("ok", &self.ok)
            .field("api_key", &self.api_key_redacted)
            .field("changed", &self.changed)
            .field("trimmed", &self.trimmed)
            .field("messages", &self.messages)
            .field("swap", &self.swap)
            .finish()
    }
}

/// The check's whole result: what the window shows, and what stays in Rust.
#[derive(Debug)]
pub struct Checked {
    pub shown: PasteCheck,
    /// The cleaned credentials when `ok`, for the test and the save.
    pub credentials: Option<Credentials>,
    /// What cleaning removed, typed, for the report.
    pub trimmed: Vec<TrimNote>,
    /// The empty passphrase field was taken as Step 5's passphrase.
    pub from_step5: bool,
}

/// Checks what was pasted. `label` is the key's name from Step 4; `step5` the passphrase made
/// in Step 5, used when the passphrase field is empty and compared with the pasted one.
pub fn check(pasted: &PastedCredentials, label: Option<&str>, step5: Option<&Secret>) -> Checked {
    let step5 = step5.filter(|s| !s.is_empty());
    let mut input = pasted.clone();
    let from_step5 = input.passphrase.is_empty() && step5.is_some();
    if let (true, Some(p)) = (from_step5, step5) {
        input.passphrase.zeroize();
        input.passphrase = p.expose().to_owned();
    }
    let ctx = ValidationContext {
        label: label.map(str::trim).filter(|l| !l.is_empty()).map(str::to_owned),
        expected_passphrase: step5.cloned(),
    };
    let v = validate(&input, &ctx);
    let changed = [Field::ApiKey, Field::SecretKey, Field::Passphrase]
        .into_iter()
        // Step 5's passphrase filled an empty field: the field stays empty, nothing to say.
        .filter(|f| !(from_step5 && *f == Field::Passphrase))
        .filter(|f| v.cleaned.get(*f).expose() != input.get(*f))
        .collect();
    drop(input);
    let shown = PasteCheck {
        ok: v.ok,
        api_key: v.cleaned.api_key.expose().to_owned(),
        api_key_redacted: crate::secret::redact_key(v.cleaned.api_key.expose()),
        changed,
        trimmed: v.trimmed_sentences(),
        messages: v.messages.clone(),
        swap: v.swap,
    };
    Checked {
        credentials: v.credentials(),
        trimmed: v.trimmed.clone(),
        shown,
        from_step5,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::credentials::MessageCode;

    const KEY: &str = "6f1c2d3e-8a9b-4c5d-9e0f-1a2b3c4d5a41";
    const SECRET: &str = "22582BD0CFF14C41EDBF1AB98506286D";
    const PASS: &str = "Tr@ding!Safe99";

    fn json(c: &Checked) -> String {
        serde_json::to_string(&c.shown).unwrap()
    }

    /// The window never gets the secret key or the passphrase back: not when clean, not when
    /// trimmed, swapped, in the wrong field or taken from Step 5.
    #[test]
    fn the_window_never_gets_the_secret_or_the_passphrase() {
        let step5 = Secret::from(PASS);
        let pastes = [
            PastedCredentials::new(KEY, SECRET, PASS),
            PastedCredentials::new(format!(" {KEY}\n"), format!("\"{SECRET}\" "), format!("\t{PASS}  ")),
            PastedCredentials::new(format!("{SECRET} "), format!(" {KEY}"), PASS),
            PastedCredentials::new(KEY, format!("Secret: {SECRET}"), format!("'{PASS}'")),
            PastedCredentials::new(KEY, SECRET, ""),
            PastedCredentials::new(KEY, SECRET, SECRET),
        ];
        for (i, pasted) in pastes.iter().enumerate() {
            for step5 in [None, Some(&step5)] {
                let c = check(pasted, Some("BitcoinEra_GridBot"), step5);
                let j = json(&c);
                // The API key may come back (in the swap case it is the secret, which the user
                // put in the API key's field: the window already shows it there).
                let secret_in_key_field = c.shown.api_key == SECRET;
                assert!(secret_in_key_field || !j.contains(SECRET), "{i}: {j}");
                assert!(!j.contains(PASS), "{i}: {j}");
                assert!(!format!("{c:?}").contains(SECRET) && !format!("{c:?}").contains(PASS));
            }
        }
    }

    #[test]
    fn says_which_fields_cleaning_changed() {
        let c = check(
            &PastedCredentials::new(format!("{KEY} "), format!(" {SECRET}"), PASS),
            None,
            None,
        );
        assert!(c.shown.ok);
        assert_eq!(c.shown.changed, [Field::ApiKey, Field::SecretKey]);
        assert_eq!(c.shown.api_key, KEY);
        assert_eq!(
            c.shown.api_key_redacted,
            c.credentials.as_ref().unwrap().api_key_redacted()
        );
        assert_eq!(c.shown.trimmed.len(), 2);
        assert_eq!(c.credentials.unwrap().secret_key.expose(), SECRET);
        // The same check on the values as typed again gives the same credentials.
        let again = check(&PastedCredentials::new(KEY, format!(" {SECRET}"), PASS), None, None);
        assert_eq!(again.shown.changed, [Field::SecretKey]);
        assert_eq!(again.credentials.unwrap().secret_key.expose(), SECRET);
    }

    #[test]
    fn an_empty_passphrase_field_uses_step5() {
        let step5 = Secret::from(PASS);
        let c = check(&PastedCredentials::new(KEY, SECRET, ""), None, Some(&step5));
        assert!(
            c.from_step5 && c.shown.ok && c.shown.changed.is_empty(),
            "{:?}",
            c.shown
        );
        assert!(c
            .shown
            .messages
            .iter()
            .any(|m| m.code == MessageCode::PassphraseMatches));
        assert_eq!(c.credentials.unwrap().passphrase.expose(), PASS);
        // Without Step 5, empty is empty.
        let c = check(&PastedCredentials::new(KEY, SECRET, ""), None, None);
        assert!(!c.from_step5 && !c.shown.ok && c.credentials.is_none());
        // A typed passphrase wins, and is compared with Step 5's.
        let c = check(
            &PastedCredentials::new(KEY, SECRET, "Other#Pass1234"),
            None,
            Some(&step5),
        );
        assert!(!c.from_step5);
        assert_eq!(c.credentials.unwrap().passphrase.expose(), "Other#Pass1234");
    }
}
