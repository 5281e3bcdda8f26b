//! What a verification amounts to: the report's headline state and the full list of problems.
//!
//! The list is the verification's own problems plus the ones the facts imply but the list lacks
//! (withdraw on, Read or Trade missing, no IP binding, a clock more than 5 s off), so the report
//! stays truthful even if the connection test left one out. Most serious first.

use super::words::{self, SKEW_LIMIT_MS, SKEW_WARN_MS};
use crate::error::{Problem, ProblemKind, Severity};
use crate::outcome::Verification;

/// The headline of a report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    /// Authenticated, cannot withdraw, nothing blocking.
    Verified,
    /// Authenticated and cannot withdraw, but something blocks a bot (e.g. no Trade).
    VerifiedNotReady,
    /// Authenticated, and the key can withdraw.
    Unsafe,
    /// Authenticated, but whether it can withdraw is unknown.
    Unconfirmed,
    /// Did not authenticate (or the test did not get that far).
    NotVerified,
}

#[derive(Debug, Clone)]
pub struct Assessment {
    pub state: State,
    /// The verification's problems and the implied ones, most serious first.
    pub problems: Vec<Problem>,
    /// Tested against a loopback simulator, not OKX.
    pub practice: bool,
    can_read: Option<bool>,
    can_trade: Option<bool>,
}

/// Judges a verification.
pub fn assess(v: &Verification) -> Assessment {
    let mut problems = v.problems.clone();
    for p in implied_problems(v) {
        if !problems.iter().any(|q| q.kind == p.kind) {
            problems.push(p);
        }
    }
    // Stable: keeps the test's order within a severity.
    problems.sort_by_key(|p| std::cmp::Reverse(p.severity));

    let withdraw =
        v.permissions.is_some_and(|p| p.withdraw) || problems.iter().any(|p| p.kind == ProblemKind::WithdrawEnabled);
    let blocking = problems.iter().any(|p| p.severity != Severity::Warning);
    let state = if !v.verified {
        State::NotVerified
    } else if withdraw {
        State::Unsafe
    } else if !v.safe || v.permissions.is_none() {
        State::Unconfirmed
    } else if blocking {
        State::VerifiedNotReady
    } else {
        State::Verified
    };
    Assessment {
        state,
        problems,
        practice: is_practice(v),
        can_read: v.permissions.map(|p| p.read),
        can_trade: v.permissions.map(|p| p.trade),
    }
}

impl Assessment {
    /// Problems that are errors or dangers.
    pub fn blocking(&self) -> impl Iterator<Item = &Problem> {
        self.problems.iter().filter(|p| p.severity != Severity::Warning)
    }

    /// "can read and trade", "can read but not trade", ...
    pub fn abilities(&self) -> &'static str {
        match (self.can_read, self.can_trade) {
            (Some(true), Some(true)) => "can read and trade",
            (Some(true), Some(false)) => "can read but not trade",
            (Some(false), Some(true)) => "can trade but not read",
            (Some(false), Some(false)) => "cannot read or trade",
            _ => "permissions unknown",
        }
    }

    /// Short reasons of the blocking problems (or, failing those, all), deduplicated: "wrong
    /// passphrase", "wrong passphrase; OKX is unavailable (and 1 more)".
    pub fn reasons(&self, skip: &[ProblemKind]) -> Option<String> {
        let mut list: Vec<&'static str> = Vec::new();
        for p in self.blocking().filter(|p| !skip.contains(&p.kind)) {
            let r = words::short_reason(p.kind);
            if !list.contains(&r) {
                list.push(r);
            }
        }
        if list.is_empty() {
            return None;
        }
        let more = list.len().saturating_sub(2);
        let mut s = list.iter().take(2).copied().collect::<Vec<_>>().join("; ");
        if more > 0 {
            s.push_str(&format!(" (and {more} more)"));
        }
        Some(s)
    }

    /// The one-line summary (see [`super::summary_line`]).
    pub fn summary(&self) -> String {
        let line = self.summary_words();
        if self.practice {
            format!("{line} (practice run against the simulator, not OKX)")
        } else {
            line
        }
    }

    fn summary_words(&self) -> String {
        let perms = [ProblemKind::MissingReadPermission, ProblemKind::MissingTradePermission];
        match self.state {
            State::Verified => format!("Verified: safe, {}, no withdraw", self.abilities()),
            State::VerifiedNotReady => match self.reasons(&perms) {
                Some(r) => format!("Verified: safe, {}, no withdraw; but {r}", self.abilities()),
                None => format!("Verified: safe, {}, no withdraw", self.abilities()),
            },
            State::Unsafe => "Unsafe: this key can withdraw".to_owned(),
            State::Unconfirmed => "Not confirmed safe: could not check the Withdraw permission".to_owned(),
            State::NotVerified => match self.reasons(&[]) {
                Some(r) => format!("Not verified: {r}"),
                None => "Not verified: the test did not finish".to_owned(),
            },
        }
    }
}

/// Was the test run against a loopback simulator (a host override) rather than OKX?
pub fn is_practice(v: &Verification) -> bool {
    let host = v.api_host.trim();
    host.starts_with("127.0.0.1") || host.starts_with("localhost")
}

/// Problems the facts imply, in the report's words.
fn implied_problems(v: &Verification) -> Vec<Problem> {
    let page = v.site.api_management_url();
    let mut out = Vec::new();
    if let Some(p) = v.permissions {
        if p.withdraw {
            out.push(
                Problem::new(
                    ProblemKind::WithdrawEnabled,
                    "This key has the Withdraw permission: whoever holds it can move your funds out of OKX.",
                    format!("Do not give it to a bot. Delete it on {page} (or edit it and switch Withdraw off), then test again."),
                )
                .with_severity(Severity::Danger),
            );
        }
        if v.verified && !p.read {
            out.push(Problem::new(
                ProblemKind::MissingReadPermission,
                "The key cannot read your account, so a bot cannot see your balance or orders.",
                format!("Edit the key on {page}, switch Read on, then test again."),
            ));
        }
        if v.verified && !p.trade {
            out.push(Problem::new(
                ProblemKind::MissingTradePermission,
                "The key cannot trade, so a bot cannot place orders.",
                format!("Edit the key on {page}, switch Trade on, then test again."),
            ));
        }
        if v.verified && !v.demo && (p.trade || p.withdraw) && v.ip_whitelist.is_empty() {
            out.push(Problem::warning(
                ProblemKind::NoIpBinding,
                format!("The key is not bound to an IP address. {}", words::IDLE_DELETION),
                format!(
                    "If your bot runs on a server with a fixed IP address, add that address to the key on {page}. \
                     Otherwise make sure the bot uses the key at least once every 14 days."
                ),
            ));
        }
    }
    if let Some(ms) = v.clock_skew_ms {
        if ms.unsigned_abs() > SKEW_WARN_MS.unsigned_abs() {
            let over = if ms.unsigned_abs() > SKEW_LIMIT_MS.unsigned_abs() {
                " OKX refuses requests whose time is more than 30 seconds off."
            } else {
                " OKX refuses requests more than 30 seconds off, so this may start to fail."
            };
            out.push(Problem::warning(
                ProblemKind::ClockSkew,
                format!("This computer's clock is {}.{over}", skew_words(ms)),
                "Turn on automatic date and time (and the right time zone) in your system settings, then test again.",
            ));
        }
    }
    out
}

pub use crate::verify::skew_words;
