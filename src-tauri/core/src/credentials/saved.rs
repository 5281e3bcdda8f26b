//! A saved key, checked as it is: its values were cleaned and checked before it was saved, so
//! the paste check (trimming, shapes, swaps) does not run on them again. Running it again would
//! undo what the user chose in Step 5 (quotes or blanks that are part of the passphrase).

use super::Credentials;
use crate::error::Problem;
use crate::t;
use crate::ProblemKind;

/// The saved credentials, ready to test; a problem when one of the three is missing (an item
/// written by another tool).
pub fn saved(creds: &Credentials) -> Result<Credentials, Problem> {
    if creds.api_key.is_empty() || creds.secret_key.is_empty() || creds.passphrase.is_empty() {
        return Err(Problem::from_text(
            ProblemKind::MalformedInput,
            t!("keychain-incomplete"),
        ));
    }
    Ok(creds.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn saved_values_are_taken_as_they_are() {
        // Quotes and a blank inside that the paste check would take out: the user chose them.
        let c = Credentials::new(
            "6f1c2d3e-8a9b-4c5d-9e0f-1a2b3c4d5a41",
            "22582BD0CFF14C41EDBF1AB98506286D",
            "'Tr@ding Safe99'",
        );
        assert_eq!(saved(&c).unwrap(), c);
        let p = saved(&Credentials::new("k", "", "p")).unwrap_err();
        assert_eq!(p.kind, ProblemKind::MalformedInput);
    }
}
