//! What a verification amounts to: the report's headline state and the full list of problems.
//!
//! The list is the verification's own problems plus the ones the facts imply but the list lacks
//! (withdraw on, Read or Trade missing, no IP binding, a clock more than 5 s off), so the report
//! stays truthful even if the connection test left one out. Most serious first.

use super::words::{self, SKEW_LIMIT_MS, SKEW_WARN_MS};
use crate::catalog::Text;
use crate::error::{Problem, ProblemKind, Severity};
use crate::outcome::Verification;
use crate::t;

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
    let blocking = problems.iter().any(|p| p.severity.is_blocking());
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
        self.problems.iter().filter(|p| p.severity.is_blocking())
    }

    /// "can read and trade", "can read but not trade", ...
    pub fn abilities(&self) -> Text {
        match (self.can_read, self.can_trade) {
            (Some(true), Some(true)) => t!("report-abilities-read-trade"),
            (Some(true), Some(false)) => t!("report-abilities-read-only"),
            (Some(false), Some(true)) => t!("report-abilities-trade-only"),
            (Some(false), Some(false)) => t!("report-abilities-neither"),
            _ => t!("report-abilities-unknown"),
        }
    }

    /// Short reasons of the blocking problems (or, failing those, all), deduplicated: "wrong
    /// passphrase", "wrong passphrase; OKX is unavailable (and 1 more)".
    pub fn reasons(&self, skip: &[ProblemKind]) -> Option<Text> {
        let mut list: Vec<Text> = Vec::new();
        for p in self.blocking().filter(|p| !skip.contains(&p.kind)) {
            let r = words::short_reason(p.kind);
            if !list.contains(&r) {
                list.push(r);
            }
        }
        let more = list.len().saturating_sub(2);
        let mut list = list.into_iter();
        let first = list.next()?;
        Some(match list.next() {
            None => first,
            Some(second) if more == 0 => t!("report-reasons-two", first = first, second = second),
            Some(second) => t!("report-reasons-more", first = first, second = second, more = more),
        })
    }

    /// The one-line summary (see [`super::summary_line`]), in the current locale.
    pub fn summary(&self) -> String {
        let line = self.summary_words();
        if self.practice {
            t!("report-summary-practice", summary = line).render()
        } else {
            line.render()
        }
    }

    fn summary_words(&self) -> Text {
        let perms = [ProblemKind::MissingReadPermission, ProblemKind::MissingTradePermission];
        match self.state {
            State::Verified => t!("report-summary-verified", abilities = self.abilities()),
            State::VerifiedNotReady => match self.reasons(&perms) {
                Some(r) => t!("report-summary-verified-but", abilities = self.abilities(), reasons = r),
                None => t!("report-summary-verified", abilities = self.abilities()),
            },
            State::Unsafe => t!("report-summary-unsafe"),
            State::Unconfirmed => t!("report-summary-unconfirmed"),
            State::NotVerified => match self.reasons(&[]) {
                Some(r) => t!("report-summary-not-verified", reasons = r),
                None => t!("report-summary-not-finished"),
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
                Problem::from_text(
                    ProblemKind::WithdrawEnabled,
                    t!("report-problem-withdraw", page = &page),
                )
                .with_severity(Severity::Danger),
            );
        }
        if v.verified && !p.read {
            out.push(Problem::from_text(
                ProblemKind::MissingReadPermission,
                t!("report-problem-no-read", page = &page),
            ));
        }
        if v.verified && !p.trade {
            out.push(Problem::from_text(
                ProblemKind::MissingTradePermission,
                t!("report-problem-no-trade", page = &page),
            ));
        }
        if v.verified && !v.demo && (p.trade || p.withdraw) && v.ip_whitelist.is_empty() {
            out.push(
                Problem::from_text(ProblemKind::NoIpBinding, t!("report-problem-no-ip", page = &page))
                    .with_severity(Severity::Warning),
            );
        }
    }
    if let Some(ms) = v.clock_skew_ms {
        if ms.unsigned_abs() > SKEW_WARN_MS.unsigned_abs() {
            let text = if ms.unsigned_abs() > SKEW_LIMIT_MS.unsigned_abs() {
                t!("report-problem-clock-refused", skew = skew_words(ms))
            } else {
                t!("report-problem-clock-warning", skew = skew_words(ms))
            };
            out.push(Problem::from_text(ProblemKind::ClockSkew, text).with_severity(Severity::Warning));
        }
    }
    out
}

pub use crate::verify::skew_words;
