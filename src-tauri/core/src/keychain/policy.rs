//! Whether a tested key may be saved: the one rule, asked by the window's Save button and by
//! `okx-key-assistant save` alike, so both refuse the same key with the same problem kind.
//!
//! A key is saved only when it was tested, OKX accepted it, and it cannot withdraw. A key that
//! can withdraw is refused as `withdraw_enabled` (a danger), anything else that did not pass as
//! `not_allowed`. The label's own rules are [`super::validate_label`]'s; replacing an existing
//! label needs `replace` ([`super::Keychain::save`] refuses with `already_exists`).

use crate::error::{Problem, ProblemKind, Result, Severity};
use crate::outcome::Verification;
use crate::t;

/// The tested key when it may be saved; otherwise the problem that says why not and what to do.
pub fn may_save(tested: Option<&Verification>) -> Result<&Verification> {
    let Some(v) = tested else {
        return Err(Problem::from_text(
            ProblemKind::NotAllowed,
            t!("keychain-save-untested"),
        ));
    };
    if v.permissions.is_some_and(|p| p.withdraw) || (v.verified && !v.safe) {
        return Err(
            Problem::from_text(ProblemKind::WithdrawEnabled, t!("keychain-save-withdraw"))
                .with_severity(Severity::Danger),
        );
    }
    if !v.may_be_saved() {
        return Err(Problem::from_text(
            ProblemKind::NotAllowed,
            t!("keychain-save-not-passed"),
        ));
    }
    Ok(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tested(verified: bool, withdraw: bool) -> Verification {
        Verification::example(verified, withdraw)
    }

    #[test]
    fn only_a_passed_key_that_cannot_withdraw_is_saved() {
        assert!(may_save(Some(&tested(true, false))).is_ok());
        assert_eq!(may_save(None).unwrap_err().kind, ProblemKind::NotAllowed);
        assert_eq!(
            may_save(Some(&tested(false, false))).unwrap_err().kind,
            ProblemKind::NotAllowed
        );
        for verified in [true, false] {
            let p = may_save(Some(&tested(verified, true))).unwrap_err();
            assert_eq!((p.kind, p.severity), (ProblemKind::WithdrawEnabled, Severity::Danger));
        }
    }
}
