//! [`Secret`]: a string that never prints, and is wiped from memory when dropped.
//!
//! Every secret key and passphrase in the app lives in one of these. `Debug` and `Display` print
//! `redacted`, it has no `Serialize` (so it cannot slip into JSON by accident), and its buffer is
//! zeroed on drop. Read the value only where it is really needed: signing, the keychain, comparison.

use std::fmt;
use zeroize::{Zeroize, ZeroizeOnDrop};

#[derive(Clone, Default, Zeroize, ZeroizeOnDrop, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Self {
        Secret(value.into())
    }

    /// The value itself. Do not log, print or store what this returns.
    pub fn expose(&self) -> &str {
        &self.0
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Length in characters (safe to show).
    pub fn char_len(&self) -> usize {
        self.0.chars().count()
    }

    /// Wipe the value now (it is wiped on drop anyway).
    pub fn clear(&mut self) {
        self.0.zeroize();
    }
}

impl From<String> for Secret {
    fn from(s: String) -> Self {
        Secret(s)
    }
}

impl From<&str> for Secret {
    fn from(s: &str) -> Self {
        Secret(s.to_owned())
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("redacted")
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("redacted")
    }
}

/// The API key shortened to its first 4 and last 4 characters ("6f1c…5a41"); short keys show less.
pub fn redact_key(key: &str) -> String {
    let chars: Vec<char> = key.chars().collect();
    if chars.len() >= 12 {
        let head: String = chars[..4].iter().collect();
        let tail: String = chars[chars.len() - 4..].iter().collect();
        format!("{head}…{tail}")
    } else if chars.len() >= 6 {
        // Too short to show 8 characters safely: show only the first 2.
        let head: String = chars[..2].iter().collect();
        format!("{head}…")
    } else {
        "…".to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_and_display_are_redacted() {
        let s = Secret::new("22582BD0CFF14C41EDBF1AB98506286D");
        assert_eq!(format!("{s:?}"), "redacted");
        assert_eq!(format!("{s}"), "redacted");
        assert_eq!(format!("{:?}", Some(&s)), "Some(redacted)");
    }

    #[test]
    fn clear_wipes() {
        let mut s = Secret::new("abc");
        s.clear();
        assert!(s.is_empty());
    }

    #[test]
    fn redaction_keeps_four_and_four() {
        assert_eq!(redact_key("6f1c2d3e-aaaa-bbbb-cccc-0123456a5a41"), "6f1c…5a41");
        assert_eq!(redact_key("abcdefgh"), "ab…");
        assert_eq!(redact_key("abc"), "…");
    }
}
