//! A tested key's verdict, [`Health`], from what its test saw and what changed since: shared by
//! `check` / Test all ([`super::check`]) and My keys ([`super::status`]), which import it and
//! not each other.

use super::drift::Drift;
use crate::error::ProblemKind;
use serde::Serialize;

/// Problems that make a key that authenticates and cannot withdraw still unfit for a bot: a
/// setting refused (a host override), or a permission the bot needs missing (Read, Trade). A
/// key that lost Trade stays failed on every test after the change, not only on the first.
pub const UNFIT: [ProblemKind; 3] = [
    ProblemKind::InvalidSetting,
    ProblemKind::MissingReadPermission,
    ProblemKind::MissingTradePermission,
];

/// A saved key's state after a test, for its line, its colour and the exit status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Health {
    /// It works and cannot withdraw.
    Healthy,
    /// It can withdraw (now, or Withdraw was turned on): never handed to a bot.
    CanWithdraw,
    /// The test failed, or the key lost Trade.
    Failed,
    /// OKX no longer knows the key on the site where it used to work.
    Deleted,
}

/// The health of a test from what it saw and what changed.
pub fn health_of(verified: bool, safe: bool, unfit: bool, drift: &[Drift]) -> Health {
    if drift.iter().any(|d| matches!(d, Drift::DeletedOnOkx { .. })) {
        Health::Deleted
    } else if (verified && !safe) || drift.contains(&Drift::WithdrawTurnedOn) {
        Health::CanWithdraw
    } else if !verified || !safe || unfit || drift.iter().any(Drift::is_failure) {
        Health::Failed
    } else {
        Health::Healthy
    }
}
