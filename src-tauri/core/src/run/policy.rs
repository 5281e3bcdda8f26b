//! Whether a saved key may be handed to a program: the one rule `run` asks, in the style of
//! [`crate::keychain::policy::may_save`].
//!
//! A key whose saved record says it can withdraw is never handed over (`withdraw_enabled`, a
//! danger), whatever else is asked. With `--verify`, the key is tested first: a key that did not
//! pass is refused (`not_allowed`), one that turns out to be able to withdraw likewise
//! (`withdraw_enabled`). Without `--verify` a saved key is handed over as saved: it passed the
//! same test when it was saved.

use crate::error::{Problem, ProblemKind, Result, Severity};
use crate::outcome::{Permissions, Verification};
use crate::t;

/// `Ok` when the key may be handed over; otherwise the problem that says why not and what to do.
/// `recorded`: the permissions in the saved record, if it has them; `tested`: the result of
/// `--verify`, if it was asked.
pub fn may_hand_over(label: &str, recorded: Option<Permissions>, tested: Option<&Verification>) -> Result<()> {
    if recorded.is_some_and(|p| p.withdraw) {
        return Err(withdraw(t!("run-refused-recorded-withdraw", label = label)));
    }
    let Some(v) = tested else {
        return Ok(());
    };
    if v.permissions.is_some_and(|p| p.withdraw) || (v.verified && !v.safe) {
        return Err(withdraw(t!("run-refused-withdraw", label = label)));
    }
    if !v.verified {
        return Err(Problem::from_text(
            ProblemKind::NotAllowed,
            t!("run-refused-not-verified", label = label),
        ));
    }
    Ok(())
}

fn withdraw(text: crate::catalog::Text) -> Problem {
    Problem::from_text(ProblemKind::WithdrawEnabled, text).with_severity(Severity::Danger)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tested(verified: bool, withdraw: bool) -> Verification {
        Verification::example(verified, withdraw)
    }

    fn perms(withdraw: bool) -> Option<Permissions> {
        Some(Permissions {
            read: true,
            trade: true,
            withdraw,
        })
    }

    #[test]
    fn a_record_that_can_withdraw_is_never_handed_over() {
        for tested_as in [None, Some(tested(true, false)), Some(tested(false, false))] {
            let p = may_hand_over("Bot", perms(true), tested_as.as_ref()).unwrap_err();
            assert_eq!((p.kind, p.severity), (ProblemKind::WithdrawEnabled, Severity::Danger));
            assert!(p.message.to_string().contains("Bot"), "{}", p.message);
        }
    }

    #[test]
    fn without_verify_a_saved_key_goes_as_saved() {
        assert!(may_hand_over("Bot", None, None).is_ok());
        assert!(may_hand_over("Bot", perms(false), None).is_ok());
    }

    #[test]
    fn with_verify_only_a_passed_key_that_cannot_withdraw_goes() {
        assert!(may_hand_over("Bot", None, Some(&tested(true, false))).is_ok());
        assert_eq!(
            may_hand_over("Bot", None, Some(&tested(false, false)))
                .unwrap_err()
                .kind,
            ProblemKind::NotAllowed
        );
        for verified in [true, false] {
            let p = may_hand_over("Bot", perms(false), Some(&tested(verified, true))).unwrap_err();
            assert_eq!(p.kind, ProblemKind::WithdrawEnabled);
        }
    }
}
