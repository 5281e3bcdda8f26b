//! The most a paste may hold, the same for the window's fields and `save`'s standard input:
//! 64 KiB. Three values (or a password manager's note with them) take well under 1 KiB, so
//! anything larger is something else (a whole file, a log); refusing it keeps the window and the
//! CLI from carrying, copying and checking megabytes of text that may hold other secrets.

use super::validate::PastedCredentials;
use crate::error::{Problem, ProblemKind};
use crate::t;

/// The most bytes one paste may hold (the window's paste, `save`'s standard input).
pub const PASTE_LIMIT_BYTES: usize = 64 * 1024;

/// Refuses a paste of `bytes` bytes when it is over [`PASTE_LIMIT_BYTES`], with words that say
/// what to paste instead (the text itself is never repeated).
pub fn check_paste_size(bytes: usize) -> Result<(), Problem> {
    if bytes <= PASTE_LIMIT_BYTES {
        return Ok(());
    }
    Err(Problem::from_text(
        ProblemKind::MalformedInput,
        t!("cred-paste-too-large", max = PASTE_LIMIT_BYTES / 1024),
    ))
}

/// [`check_paste_size`] on the three fields together.
pub fn check_pasted_size(pasted: &PastedCredentials) -> Result<(), Problem> {
    check_paste_size(pasted.api_key.len() + pasted.secret_key.len() + pasted.passphrase.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn up_to_64_kib_passes_and_one_byte_more_is_refused_with_a_fix() {
        assert!(check_paste_size(0).is_ok());
        assert!(check_paste_size(64 * 1024).is_ok());
        let p = check_paste_size(64 * 1024 + 1).unwrap_err();
        assert_eq!(p.kind, ProblemKind::MalformedInput);
        let (message, fix) = (p.message.to_string(), p.fix.to_string());
        assert!(message.contains("64 KiB"), "{message}");
        assert!(!fix.is_empty() && fix != message, "{fix}");
    }

    #[test]
    fn the_three_fields_count_together() {
        let third = "x".repeat(PASTE_LIMIT_BYTES / 3 + 1);
        let pasted = PastedCredentials::new(third.clone(), third.clone(), third);
        assert!(check_pasted_size(&pasted).is_err());
        assert!(check_pasted_size(&PastedCredentials::new("a", "b", "c")).is_ok());
    }
}
