//! What a cleaned value looks like: an OKX API key, an OKX secret key, or something else.
//!
//! OKX does not promise these formats (`OKX_FACTS.md` §5.3): API keys are observed as lower-case
//! hex UUIDs (8-4-4-4-12, 36 characters) and secret keys as 32 upper-case hex characters. So the
//! shapes only ever feed warnings and swap suggestions, never a refusal on their own.

/// The shape of one value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// Lower-case hex 8-4-4-4-12: what OKX shows as an API key.
    ApiKey,
    /// A hex 8-4-4-4-12 with capital letters: API-key shaped, but not as OKX shows it.
    ApiKeyOtherCase,
    /// 32 hex characters, no lower-case letters: what OKX shows as a secret key.
    SecretKey,
    /// 32 hex characters with lower-case letters: secret-key shaped, but not as OKX shows it.
    SecretKeyOtherCase,
    /// Anything else.
    Other,
}

impl Shape {
    pub fn of(value: &str) -> Shape {
        if is_uuid(value) {
            if value.chars().any(|c| c.is_ascii_uppercase()) {
                Shape::ApiKeyOtherCase
            } else {
                Shape::ApiKey
            }
        } else if value.len() == 32 && value.chars().all(|c| c.is_ascii_hexdigit()) {
            if value.chars().any(|c| c.is_ascii_lowercase()) {
                Shape::SecretKeyOtherCase
            } else {
                Shape::SecretKey
            }
        } else {
            Shape::Other
        }
    }

    /// API-key shaped in any letter case.
    pub fn is_api_key_like(self) -> bool {
        matches!(self, Shape::ApiKey | Shape::ApiKeyOtherCase)
    }

    /// Secret-key shaped in any letter case.
    pub fn is_secret_key_like(self) -> bool {
        matches!(self, Shape::SecretKey | Shape::SecretKeyOtherCase)
    }
}

/// Hex groups of 8-4-4-4-12 separated by dashes, any letter case.
fn is_uuid(value: &str) -> bool {
    let groups: Vec<&str> = value.split('-').collect();
    groups.len() == 5
        && groups
            .iter()
            .zip([8, 4, 4, 4, 12])
            .all(|(g, n)| g.len() == n && g.chars().all(|c| c.is_ascii_hexdigit()))
}

/// The value holds the masked form OKX (or a password manager) shows instead of the real value:
/// a run of three or more `*`, or any `•`, `●` or `…`.
pub fn looks_masked(value: &str) -> bool {
    value.contains("***") || value.contains(['•', '●', '…', '∗'])
}

/// The value is nothing but mask characters (for the passphrase, where a few `*` may be real).
pub fn is_all_mask(value: &str) -> bool {
    value.chars().count() >= 4 && value.chars().all(|c| matches!(c, '*' | '•' | '●' | '∗'))
}

/// Characters other than plain keyboard ASCII (letters, digits, symbols).
pub fn has_non_ascii(value: &str) -> bool {
    !value.is_ascii()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_okx_shapes() {
        assert_eq!(Shape::of("6f1c2d3e-8a9b-4c5d-9e0f-1a2b3c4d5a41"), Shape::ApiKey);
        assert_eq!(
            Shape::of("6F1C2D3E-8A9B-4C5D-9E0F-1A2B3C4D5A41"),
            Shape::ApiKeyOtherCase
        );
        assert_eq!(Shape::of("22582BD0CFF14C41EDBF1AB98506286D"), Shape::SecretKey);
        assert_eq!(Shape::of("22582bd0cff14c41edbf1ab98506286d"), Shape::SecretKeyOtherCase);
        assert_eq!(Shape::of("12345678901234567890123456789012"), Shape::SecretKey);
        for other in [
            "",
            "6f1c2d3e-8a9b-4c5d-9e0f-1a2b3c4d5a4",  // one short
            "6f1c2d3e8a9b4c5d9e0f1a2b3c4d5a41a",    // 33 characters
            "6f1c2d3e-8a9b-4c5d-9e0f-1a2b3c4d5a4g", // not hex
            "22582BD0CFF14C41EDBF1AB98506286",      // 31
            "22582BD0CFF14C41EDBF1AB98506286DD",    // 33
            "OKX$Bot#2024",
        ] {
            assert_eq!(Shape::of(other), Shape::Other, "{other}");
        }
    }

    #[test]
    fn masks() {
        assert!(looks_masked("37c541a1-****-****-****-10fe7a038418"));
        assert!(looks_masked("6f1c…5a41"));
        assert!(!looks_masked("6f1c2d3e-8a9b-4c5d-9e0f-1a2b3c4d5a41"));
        assert!(is_all_mask("********"));
        assert!(!is_all_mask("**"));
        assert!(!is_all_mask("Pass*word1"));
    }
}
