//! Whether a saved key may be handed to a program: the one rule `run`, `check`, My keys (its
//! Connect button) and Test all ask, in the style of [`crate::keychain::policy::may_save`].
//!
//! What a key may do is known from two places ([`Known`]): its saved record (the permissions seen
//! when it was saved) and the newest test of it that reached OKX. A test that failed before OKX
//! answered (a timeout, a refused connection, a 5xx, a 429, an IP not allowed) says nothing about
//! the key's permissions, so it does not count: "Withdraw was seen on" sticks until a later test
//! that reaches OKX sees it off.
//!
//! - A record that says the key can withdraw: never handed over (`withdraw_enabled`, a danger).
//! - Withdraw seen on by the newest test that reached OKX: refused likewise, until such a test
//!   sees it off (with `--verify`, the test just made counts as the newest).
//! - With `--verify`, a key that did not pass is refused (`not_allowed`).
//! - Otherwise a saved key is handed over as saved: it passed the same test when it was saved.

use crate::error::{Problem, ProblemKind, Result, Severity};
use crate::outcome::{Permissions, Verification};
use crate::t;
use serde::Serialize;

/// What is known of a saved key's permissions, without testing it now.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Known {
    /// The permissions the keychain record holds (seen when the key was saved), if any.
    pub recorded: Option<Permissions>,
    /// What the newest test of this key that reached OKX saw, if any did.
    pub last_seen: Option<Permissions>,
}

impl Known {
    /// From the saved record and the key's tests, oldest first (`None` for a test that never got
    /// an answer from OKX about the key).
    pub fn from_tests(recorded: Option<Permissions>, tests: impl IntoIterator<Item = Option<Permissions>>) -> Known {
        Known {
            recorded,
            last_seen: tests.into_iter().flatten().last(),
        }
    }

    /// The record or the newest test that reached OKX says the key can withdraw.
    pub fn withdraw_seen(&self) -> bool {
        self.recorded.is_some_and(|p| p.withdraw) || self.last_seen.is_some_and(|p| p.withdraw)
    }

    /// With one more test, `v`, as the newest.
    pub fn after(self, v: &Verification) -> Known {
        Known {
            recorded: self.recorded,
            last_seen: v.permissions.or(self.last_seen),
        }
    }
}

/// `Ok` when the key may be handed over; otherwise the problem that says why not and what to do.
/// `known`: what was known before; `tested`: the result of `--verify`, if it was asked.
pub fn may_hand_over(label: &str, known: Known, tested: Option<&Verification>) -> Result<()> {
    if known.recorded.is_some_and(|p| p.withdraw) {
        return Err(withdraw(t!("run-refused-recorded-withdraw", label = label)));
    }
    let now = match tested {
        Some(v) => known.after(v),
        None => known,
    };
    if let Some(v) = tested {
        if v.permissions.is_some_and(|p| p.withdraw) || (v.verified && !v.safe) {
            return Err(withdraw(t!("run-refused-withdraw", label = label)));
        }
    }
    if now.withdraw_seen() {
        return Err(still_withdraw(label));
    }
    if tested.is_some_and(|v| !v.verified) {
        return Err(Problem::from_text(
            ProblemKind::NotAllowed,
            t!("run-refused-not-verified", label = label),
        ));
    }
    Ok(())
}

/// The problem for a key whose newest test that reached OKX saw Withdraw on.
pub fn still_withdraw(label: &str) -> Problem {
    withdraw(t!("run-refused-seen-withdraw", label = label))
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

    fn recorded(withdraw: bool) -> Known {
        Known {
            recorded: perms(withdraw),
            last_seen: None,
        }
    }

    #[test]
    fn a_record_that_can_withdraw_is_never_handed_over() {
        for tested_as in [None, Some(tested(true, false)), Some(tested(false, false))] {
            let p = may_hand_over("Bot", recorded(true), tested_as.as_ref()).unwrap_err();
            assert_eq!((p.kind, p.severity), (ProblemKind::WithdrawEnabled, Severity::Danger));
            assert!(p.message.to_string().contains("Bot"), "{}", p.message);
        }
    }

    #[test]
    fn without_verify_a_saved_key_goes_as_saved() {
        assert!(may_hand_over("Bot", Known::default(), None).is_ok());
        assert!(may_hand_over("Bot", recorded(false), None).is_ok());
    }

    #[test]
    fn with_verify_only_a_passed_key_that_cannot_withdraw_goes() {
        assert!(may_hand_over("Bot", Known::default(), Some(&tested(true, false))).is_ok());
        assert_eq!(
            may_hand_over("Bot", Known::default(), Some(&tested(false, false)))
                .unwrap_err()
                .kind,
            ProblemKind::NotAllowed
        );
        for verified in [true, false] {
            let p = may_hand_over("Bot", recorded(false), Some(&tested(verified, true))).unwrap_err();
            assert_eq!(p.kind, ProblemKind::WithdrawEnabled);
        }
    }

    #[test]
    fn withdraw_seen_on_sticks_through_tests_that_never_reached_okx() {
        // Saved without withdraw, a test saw it on, then tests that failed before OKX answered.
        let known = Known::from_tests(perms(false), [perms(false), perms(true), None, None]);
        assert!(known.withdraw_seen());
        let p = may_hand_over("Bot", known, None).unwrap_err();
        assert_eq!((p.kind, p.severity), (ProblemKind::WithdrawEnabled, Severity::Danger));
        // `--verify` whose test never reached OKX does not clear it either.
        let mut failed = tested(false, false);
        failed.permissions = None;
        assert_eq!(
            may_hand_over("Bot", known, Some(&failed)).unwrap_err().kind,
            ProblemKind::WithdrawEnabled
        );
    }

    #[test]
    fn a_test_that_reaches_okx_and_sees_withdraw_off_clears_it() {
        let known = Known::from_tests(perms(false), [perms(true), None, perms(false)]);
        assert!(!known.withdraw_seen());
        assert!(may_hand_over("Bot", known, None).is_ok());
        let seen = Known::from_tests(perms(false), [perms(true)]);
        assert!(may_hand_over("Bot", seen, Some(&tested(true, false))).is_ok());
    }
}
