//! Turns what OKX answered into the result: the checklist, the problems, and the facts
//! (permissions, IPs, label, account, balance, clock skew). No network here.

use crate::catalog::Text;
use crate::credentials::Credentials;
use crate::error::{Problem, ProblemKind, Severity};
use crate::okx::responses::{AccountBalance, AccountConfig};
use crate::okx::Site;
use crate::outcome::{AccountInfo, Balance, Check, CheckId, CheckStatus, Permissions, Verification};

/// Above this clock difference the test warns (OKX refuses requests beyond 30 s).
pub const CLOCK_WARN_MS: i64 = 5_000;
/// OKX's own limit: requests whose timestamp is further off are refused with 50102.
pub const CLOCK_LIMIT_MS: i64 = 30_000;

/// The one way a clock difference is put in words, everywhere (the checklist, the report's
/// clock line and its warnings): under 0.1 s "within 0.1 seconds of OKX's clock"; under 10 s to
/// a tenth ("1.2 seconds behind OKX's clock"); beyond, to the second. Positive skew: our clock
/// is behind.
pub fn skew_words(ms: i64) -> String {
    let tenths = (ms.unsigned_abs() + 50) / 100;
    let dir = if ms >= 0 { "behind" } else { "ahead of" };
    if ms.unsigned_abs() < 100 {
        "within 0.1 seconds of OKX's clock".to_owned()
    } else if tenths < 100 {
        format!("{}.{} seconds {dir} OKX's clock", tenths / 10, tenths % 10)
    } else {
        format!("{} seconds {dir} OKX's clock", (ms.unsigned_abs() + 500) / 1000)
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
pub fn check_title(id: CheckId) -> &'static str {
    match id {
        CheckId::Reach => "OKX answers",
        CheckId::Clock => "Clock matches OKX",
        CheckId::Auth => "Key, secret key and passphrase accepted",
        CheckId::Read => "Can read the account",
        CheckId::Trade => "Can trade",
        CheckId::Withdraw => "Cannot withdraw",
        CheckId::IpBinding => "Bound to IP addresses",
        CheckId::Balance => "Balance readable",
    }
}

/// The result being built during one test.
#[derive(Debug)]
pub struct Report {
    pub v: Verification,
}

impl Report {
    pub fn new(creds: &Credentials, site: Site, api_host: String, demo: bool, trimmed: Vec<String>) -> Report {
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
            },
        }
    }

    /// Records a check (replacing an earlier entry for the same id).
    pub fn check(&mut self, id: CheckId, status: CheckStatus, detail: impl Into<Text>, fix: Option<Text>) {
        self.v.checks.retain(|c| c.id != id);
        self.v.checks.push(Check {
            id,
            title: check_title(id).into(),
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
        let words = skew_words(skew_ms);
        if skew_ms.abs() <= CLOCK_WARN_MS {
            self.pass(CheckId::Clock, format!("This computer's clock is {words}."));
            return;
        }
        let message = if skew_ms.abs() > CLOCK_LIMIT_MS {
            format!(
                "This computer's clock is {words}. OKX refuses requests that are more than 30 seconds \
                 off; this test corrected for it, but a bot on this computer would be refused."
            )
        } else {
            format!(
                "This computer's clock is {words}. OKX refuses requests that are more than 30 seconds \
                 off."
            )
        };
        self.problem(
            CheckId::Clock,
            Problem::warning(
                ProblemKind::ClockSkew,
                message,
                "Turn on \"Set time automatically\" (and the right time zone) in your system's date \
                 and time settings. Do the same on the computer or server that runs your bot.",
            ),
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
        });

        if permissions.read {
            self.pass(CheckId::Read, "The key has Read permission.");
        } else {
            self.problem(CheckId::Read, missing_read());
        }
        if permissions.trade {
            self.pass(CheckId::Trade, "The key has Trade permission.");
        } else {
            self.problem(
                CheckId::Trade,
                Problem::new(
                    ProblemKind::MissingTradePermission,
                    "This key is read-only: a bot using it can see your account but cannot trade.",
                    "On OKX's API management page, edit the key and turn on \"Trade\" (leave \
                     \"Withdraw\" off), save, then test again.",
                ),
            );
        }
        if permissions.withdraw {
            self.problem(
                CheckId::Withdraw,
                Problem::new(
                    ProblemKind::WithdrawEnabled,
                    "This key can withdraw funds. Anyone who gets it can move your money out of OKX.",
                    "Delete this key on OKX now and create a new one with only Read and Trade. A \
                     trading bot never needs Withdraw.",
                )
                .with_severity(Severity::Danger),
            );
        } else {
            self.pass(CheckId::Withdraw, "The key cannot withdraw funds.");
        }
        self.ip_binding(permissions, demo_key);
        match balance {
            Ok(b) => {
                let currencies = b.currencies();
                let detail = if currencies.is_empty() {
                    format!(
                        "Total equity {} USD; the trading account holds no coins.",
                        b.total_eq_usd()
                    )
                } else {
                    format!("Total equity {} USD in {}.", b.total_eq_usd(), currencies.join(", "))
                };
                self.pass(
                    CheckId::Balance,
                    format!("{detail} Compare it with your OKX trading account."),
                );
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
            self.pass(
                CheckId::IpBinding,
                format!("The key works only from {}.", ips.join(", ")),
            );
        } else if !(permissions.trade || permissions.withdraw) {
            self.pass(
                CheckId::IpBinding,
                "Not bound to an IP address; read-only keys do not need it.",
            );
        } else if demo_key {
            self.pass(
                CheckId::IpBinding,
                "Not bound to an IP address; Demo Trading keys are never deleted for being idle.",
            );
        } else {
            self.problem(
                CheckId::IpBinding,
                Problem::warning(
                    ProblemKind::NoIpBinding,
                    "This key can trade and is not bound to an IP address, so OKX deletes it after \
                     14 days without use.",
                    "If your bot runs on a server with a fixed IP address, edit the key on OKX and \
                     add that address. Otherwise keep the bot running: a key in use is not deleted.",
                ),
            );
        }
    }

    /// Completes the result: skipped checks, `verified`/`safe`, problem order, time.
    pub fn finish(mut self, verified: bool) -> Verification {
        for id in CHECK_ORDER {
            if !self.v.checks.iter().any(|c| c.id == id) {
                self.check(
                    id,
                    CheckStatus::Skipped,
                    "Not checked, because an earlier check failed.",
                    None,
                );
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
    Problem::new(
        ProblemKind::MissingReadPermission,
        "This key is not allowed to read your account, so a bot cannot see balances or orders.",
        "On OKX's API management page, edit the key and turn on \"Read\" (and \"Trade\" for a \
         trading bot), save, then test again.",
    )
}
