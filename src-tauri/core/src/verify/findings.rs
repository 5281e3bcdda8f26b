//! Turns what OKX answered into the result: the checklist, the problems, and the facts
//! (permissions, IPs, label, account, balance, clock skew). No network here.

use crate::catalog::Text;
use crate::credentials::Credentials;
use crate::error::{Problem, ProblemKind, Severity};
use crate::okx::responses::{AccountBalance, AccountConfig};
use crate::okx::Site;
use crate::outcome::{AccountInfo, Balance, Check, CheckId, CheckStatus, Permissions, Verification};
use crate::t;

/// Above this clock difference the test warns (OKX refuses requests beyond 30 s).
pub const CLOCK_WARN_MS: i64 = 5_000;
/// OKX's own limit: requests whose timestamp is further off are refused with 50102.
pub const CLOCK_LIMIT_MS: i64 = 30_000;

/// The one way a clock difference is put in words, everywhere (the checklist, the report's
/// clock line and its warnings): under 0.1 s "within 0.1 seconds of OKX's clock"; under 10 s to
/// a tenth ("1.2 seconds behind OKX's clock"); beyond, to the second. Positive skew: our clock
/// is behind.
pub fn skew_words(ms: i64) -> Text {
    let abs = ms.unsigned_abs();
    let tenths = (abs + 50) / 100;
    if abs < 100 {
        return t!("verify-skew-within");
    }
    // Under 10 s a decimal figure (its plural form is "other" in every language it is shown
    // with); beyond, a whole number, so the language picks its plural form.
    let seconds: crate::catalog::Arg = if tenths < 100 {
        format!("{}.{}", tenths / 10, tenths % 10).into()
    } else {
        ((abs + 500) / 1000).into()
    };
    if ms >= 0 {
        t!("verify-skew-behind", seconds = seconds)
    } else {
        t!("verify-skew-ahead", seconds = seconds)
    }
}

/// The checks in the order they are shown.
pub const CHECK_ORDER: [CheckId; 8] = [
    CheckId::Reach,
    CheckId::Clock,
    CheckId::Auth,
    CheckId::Read,
    CheckId::Trade,
    CheckId::Withdraw,
    CheckId::IpBinding,
    CheckId::Balance,
];

/// The checklist title of each check.
pub fn check_title(id: CheckId) -> Text {
    match id {
        CheckId::Reach => t!("check-reach"),
        CheckId::Clock => t!("check-clock"),
        CheckId::Auth => t!("check-auth"),
        CheckId::Read => t!("check-read"),
        CheckId::Trade => t!("check-trade"),
        CheckId::Withdraw => t!("check-withdraw"),
        CheckId::IpBinding => t!("check-ip-binding"),
        CheckId::Balance => t!("check-balance"),
    }
}

/// The result being built during one test.
#[derive(Debug)]
pub struct Report {
    pub v: Verification,
}

impl Report {
    pub fn new(
        creds: &Credentials,
        site: Site,
        api_host: String,
        demo: bool,
        trimmed: Vec<crate::credentials::TrimNote>,
    ) -> Report {
        Report {
            v: Verification {
                verified: false,
                safe: false,
                site,
                api_host,
                demo,
                label: None,
                api_key_redacted: creds.api_key_redacted(),
                permissions: None,
                ip_whitelist: Vec::new(),
                clock_skew_ms: None,
                balance: None,
                trimmed,
                problems: Vec::new(),
                checked_at: String::new(),
                checks: Vec::new(),
                account: None,
                works_with: None,
                site_detected: false,
                readiness: None,
            },
        }
    }

    /// Records a check (replacing an earlier entry for the same id).
    pub fn check(&mut self, id: CheckId, status: CheckStatus, detail: impl Into<Text>, fix: Option<Text>) {
        self.v.checks.retain(|c| c.id != id);
        self.v.checks.push(Check {
            id,
            title: check_title(id),
            status,
            detail: detail.into(),
            fix,
        });
    }

    pub fn pass(&mut self, id: CheckId, detail: impl Into<Text>) {
        self.check(id, CheckStatus::Pass, detail, None);
    }

    /// A failed (or warned) check caused by `problem`, which joins the problem list once.
    pub fn problem(&mut self, id: CheckId, problem: Problem) {
        let status = if problem.is_warning() {
            CheckStatus::Warning
        } else {
            CheckStatus::Fail
        };
        self.check(id, status, problem.message.clone(), Some(problem.fix.clone()));
        self.add_problem(problem);
    }

    /// Adds a problem unless one of the same kind is already listed.
    pub fn add_problem(&mut self, problem: Problem) {
        if !self.v.problems.iter().any(|p| p.kind == problem.kind) {
            self.v.problems.push(problem);
        }
    }

    /// The clock check, from OKX's clock minus ours.
    pub fn clock(&mut self, skew_ms: i64) {
        self.v.clock_skew_ms = Some(skew_ms);
        let skew = skew_words(skew_ms);
        if skew_ms.abs() <= CLOCK_WARN_MS {
            self.pass(CheckId::Clock, t!("verify-clock-pass", skew = skew));
            return;
        }
        let text = if skew_ms.abs() > CLOCK_LIMIT_MS {
            t!("problem-clock-skew-over", skew = skew)
        } else {
            t!("problem-clock-skew-warn", skew = skew)
        };
        self.problem(
            CheckId::Clock,
            Problem::from_text(ProblemKind::ClockSkew, text).with_severity(Severity::Warning),
        );
    }

    /// Fills the facts and permission checks from `account/config` and the balance check.
    /// `demo_key` is the mode the key really works in (demo keys are never deleted when idle).
    pub fn account(&mut self, cfg: &AccountConfig, balance: Result<AccountBalance, Problem>, demo_key: bool) {
        let perms = cfg.perms();
        let has = |p: &str| perms.iter().any(|x| x == p);
        let permissions = Permissions {
            read: has("read_only"),
            trade: has("trade"),
            withdraw: has("withdraw"),
        };
        self.v.permissions = Some(permissions);
        self.v.ip_whitelist = cfg.ips();
        self.v.label = Some(cfg.label.trim().to_owned()).filter(|l| !l.is_empty());
        self.v.account = Some(AccountInfo {
            sub_account: cfg.is_sub_account(),
            mode: cfg.mode(),
            position_mode: cfg.position_mode(),
        });

        if permissions.read {
            self.pass(CheckId::Read, t!("verify-read-pass"));
        } else {
            self.problem(CheckId::Read, missing_read());
        }
        if permissions.trade {
            self.pass(CheckId::Trade, t!("verify-trade-pass"));
        } else {
            self.problem(
                CheckId::Trade,
                Problem::from_text(
                    ProblemKind::MissingTradePermission,
                    t!("problem-missing-trade-permission"),
                ),
            );
        }
        if permissions.withdraw {
            self.problem(
                CheckId::Withdraw,
                Problem::from_text(ProblemKind::WithdrawEnabled, t!("problem-withdraw-enabled"))
                    .with_severity(Severity::Danger),
            );
        } else {
            self.pass(CheckId::Withdraw, t!("verify-withdraw-pass"));
        }
        self.ip_binding(permissions, demo_key);
        match balance {
            Ok(b) => {
                let currencies = b.currencies();
                let detail = if currencies.is_empty() {
                    t!("verify-balance-pass-empty", equity = b.total_eq_usd())
                } else {
                    t!(
                        "verify-balance-pass",
                        equity = b.total_eq_usd(),
                        currencies = currencies.join(", ")
                    )
                };
                self.pass(CheckId::Balance, detail);
                self.v.balance = Some(Balance {
                    total_eq_usd: b.total_eq_usd(),
                    currencies,
                });
            }
            Err(p) if p.kind == ProblemKind::MissingReadPermission => {
                self.check(
                    CheckId::Balance,
                    CheckStatus::Fail,
                    p.message.clone(),
                    Some(p.fix.clone()),
                );
                if permissions.read {
                    // OKX says no although `perm` lists Read: report it on the Read line too.
                    self.check(CheckId::Read, CheckStatus::Fail, p.message.clone(), Some(p.fix.clone()));
                }
                self.add_problem(p);
            }
            Err(p) => self.problem(CheckId::Balance, p),
        }
    }

    fn ip_binding(&mut self, permissions: Permissions, demo_key: bool) {
        let ips = self.v.ip_whitelist.clone();
        if !ips.is_empty() {
            self.pass(CheckId::IpBinding, t!("verify-ip-pass", ips = ips.join(", ")));
        } else if !(permissions.trade || permissions.withdraw) {
            self.pass(CheckId::IpBinding, t!("verify-ip-pass-read-only"));
        } else if demo_key {
            self.pass(CheckId::IpBinding, t!("verify-ip-pass-demo"));
        } else {
            self.problem(
                CheckId::IpBinding,
                Problem::from_text(ProblemKind::NoIpBinding, t!("problem-no-ip-binding"))
                    .with_severity(Severity::Warning),
            );
        }
    }

    /// Completes the result: skipped checks, `verified`/`safe`, problem order, time.
    pub fn finish(mut self, verified: bool) -> Verification {
        for id in CHECK_ORDER {
            if !self.v.checks.iter().any(|c| c.id == id) {
                self.check(id, CheckStatus::Skipped, t!("verify-skipped"), None);
            }
        }
        self.v
            .checks
            .sort_by_key(|c| CHECK_ORDER.iter().position(|id| *id == c.id));
        self.v.verified = verified;
        self.v.safe = verified && self.v.permissions.is_some_and(|p| !p.withdraw);
        // Dangers first, then errors, then warnings (stable within each).
        self.v.problems.sort_by_key(|p| std::cmp::Reverse(p.severity));
        self.v.checked_at = crate::iso_time::now();
        self.v
    }
}

fn missing_read() -> Problem {
    Problem::from_text(
        ProblemKind::MissingReadPermission,
        t!("problem-missing-read-permission"),
    )
}
