//! The confirmation field: it must match the passphrase exactly; a difference only in capitals
//! gets its own message, because it is the commonest slip (Caps Lock, an auto-capitalised first
//! letter) and OKX treats it as a different passphrase.

use crate::catalog::Text;
use crate::t;
use serde::{Deserialize, Serialize};

/// How the confirmation compares with the passphrase (serialized snake_case).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Confirmation {
    /// Nothing typed in the confirmation field yet.
    Empty,
    /// Exactly the same.
    Matches,
    /// Same letters, different capitals.
    CaseOnly,
    /// Something else is different.
    Differs,
}

impl Confirmation {
    /// Plain words for the window, saying what to do next.
    pub fn text(self) -> Text {
        match self {
            Confirmation::Empty => t!("pass-confirm-empty"),
            Confirmation::Matches => t!("pass-confirm-matches"),
            Confirmation::CaseOnly => t!("pass-confirm-case-only"),
            Confirmation::Differs => t!("pass-confirm-differs"),
        }
    }

    /// [`Confirmation::text`] made into words in the current locale (for the window's command,
    /// which sends them as a string).
    pub fn message(self) -> String {
        self.text().render()
    }
}

/// Compares the confirmation with the passphrase.
pub fn confirm(passphrase: &str, confirmation: &str) -> Confirmation {
    if confirmation.is_empty() {
        Confirmation::Empty
    } else if passphrase == confirmation {
        Confirmation::Matches
    } else if passphrase.to_lowercase() == confirmation.to_lowercase() {
        Confirmation::CaseOnly
    } else {
        Confirmation::Differs
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cases() {
        assert_eq!(confirm("Velvet-Turnip7", ""), Confirmation::Empty);
        assert_eq!(confirm("", ""), Confirmation::Empty);
        assert_eq!(confirm("Velvet-Turnip7", "Velvet-Turnip7"), Confirmation::Matches);
        assert_eq!(confirm("Velvet-Turnip7", "vELVET-tURNIP7"), Confirmation::CaseOnly);
        assert_eq!(confirm("Velvet-Turnip7", "velvet-turnip7"), Confirmation::CaseOnly);
        assert_eq!(confirm("Velvet-Turnip7", "Velvet-Turnip8"), Confirmation::Differs);
        assert_eq!(confirm("Velvet-Turnip7", "Velvet-Turnip"), Confirmation::Differs);
        assert_eq!(confirm("Velvet-Turnip7", "Velvet-Turnip7 "), Confirmation::Differs);
        assert_eq!(confirm("", "x"), Confirmation::Differs);
        // Digits and symbols have no case: "7" vs "&" is a real difference.
        assert_eq!(confirm("Velvet-Turnip7", "VELVET-TURNIP&"), Confirmation::Differs);
    }

    #[test]
    fn serializes_snake_case() {
        let v: Vec<_> = [
            Confirmation::Empty,
            Confirmation::Matches,
            Confirmation::CaseOnly,
            Confirmation::Differs,
        ]
        .iter()
        .map(|c| serde_json::to_value(c).unwrap())
        .collect();
        assert_eq!(v, vec!["empty", "matches", "case_only", "differs"]);
    }

    #[test]
    fn every_message_is_distinct_and_plain() {
        let all = [
            Confirmation::Empty,
            Confirmation::Matches,
            Confirmation::CaseOnly,
            Confirmation::Differs,
        ];
        let messages: std::collections::HashSet<_> = all.iter().map(|c| c.message()).collect();
        assert_eq!(messages.len(), 4);
        assert!(Confirmation::CaseOnly.message().contains("capitals"));
    }
}
