//! Drift: what changed on OKX since the app last saw a saved key work.
//!
//! A new test ([`Verification`]) is compared with the newest entry of the key's history that
//! worked (`verified`) for the same API key (the redacted key matches: a key replaced under the
//! same label starts afresh) in the same mode. Each change is a [`Drift`], the one type of drift:
//! its stable snake_case name ([`Drift::kind`]), its [`Severity`] and its words from the catalog
//! (`health-drift-*`) all come from it, and the window shows what it is sent:
//!
//! - `withdraw_turned_on` (danger): the key can withdraw now and could not before;
//! - `trade_lost` (error): the key could trade and cannot now;
//! - `ip_list_changed` (warning): the IPs bound to the key differ (order does not matter);
//! - `label_changed` (warning): OKX's label (the key's note on OKX) differs;
//! - `account_mode_changed`, `position_mode_changed` (warning): the account's mode or position
//!   mode differs (a bot that worked may now have its orders refused; see `readiness`);
//! - `deleted_on_okx` (danger): OKX no longer knows the key (`unknown_key`, 50111 / 50119) on the
//!   site where it used to work, and it works nowhere else: deleted by the user or by OKX's
//!   14-day rule.

use super::history::Entry;
use crate::catalog::{Arg, Text};
use crate::error::{ProblemKind, Severity};
use crate::okx::{AccountMode, PositionMode, Site};
use crate::outcome::{Permissions, Verification};
use crate::printable::printable;
use crate::t;
use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};

/// One change since the key last worked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Drift {
    WithdrawTurnedOn,
    TradeLost,
    IpListChanged {
        before: Vec<String>,
        after: Vec<String>,
    },
    LabelChanged {
        before: Option<String>,
        after: Option<String>,
    },
    /// OKX does not know the key any more on `site`, where it used to work.
    DeletedOnOkx {
        site: Site,
    },
    AccountModeChanged {
        before: AccountMode,
        after: AccountMode,
    },
    PositionModeChanged {
        before: PositionMode,
        after: PositionMode,
    },
}

impl Drift {
    /// The stable snake_case name, as `check --json` and the window get it.
    pub fn kind(&self) -> &'static str {
        match self {
            Drift::WithdrawTurnedOn => "withdraw_turned_on",
            Drift::TradeLost => "trade_lost",
            Drift::IpListChanged { .. } => "ip_list_changed",
            Drift::LabelChanged { .. } => "label_changed",
            Drift::DeletedOnOkx { .. } => "deleted_on_okx",
            Drift::AccountModeChanged { .. } => "account_mode_changed",
            Drift::PositionModeChanged { .. } => "position_mode_changed",
        }
    }

    /// How serious it is, as for a [`Problem`](crate::error::Problem): a danger when the key can
    /// now withdraw or is gone, an error when it cannot trade any more, a warning otherwise. The
    /// window colours the drift by it.
    pub fn severity(&self) -> Severity {
        match self {
            Drift::WithdrawTurnedOn | Drift::DeletedOnOkx { .. } => Severity::Danger,
            Drift::TradeLost => Severity::Error,
            Drift::IpListChanged { .. }
            | Drift::LabelChanged { .. }
            | Drift::AccountModeChanged { .. }
            | Drift::PositionModeChanged { .. } => Severity::Warning,
        }
    }

    /// What changed, in plain words.
    pub fn message(&self) -> Text {
        self.text()
    }

    /// What to do about it.
    pub fn fix(&self) -> Text {
        self.text().with_attr("fix")
    }

    /// Its fix is made on the key's own page on OKX (API management): the window offers a
    /// button that opens it. Not for a changed account or position mode (Trade settings).
    pub fn fixed_on_key_page(&self) -> bool {
        !matches!(
            self,
            Drift::AccountModeChanged { .. } | Drift::PositionModeChanged { .. }
        )
    }

    /// The key must not be used as it is (a failure for `check`): deleted, or Trade lost.
    /// Withdraw turned on is worse and shows as "can withdraw" (exit 3).
    pub fn is_failure(&self) -> bool {
        matches!(self, Drift::DeletedOnOkx { .. } | Drift::TradeLost)
    }

    fn text(&self) -> Text {
        match self {
            Drift::WithdrawTurnedOn => t!("health-drift-withdraw-turned-on"),
            Drift::TradeLost => t!("health-drift-trade-lost"),
            Drift::IpListChanged { before, after } => {
                t!(
                    "health-drift-ip-list-changed",
                    before = ip_words(before),
                    after = ip_words(after)
                )
            }
            Drift::LabelChanged { before, after } => t!(
                "health-drift-label-changed",
                before = label_words(before.as_deref()),
                after = label_words(after.as_deref())
            ),
            Drift::DeletedOnOkx { site } => t!(
                "health-drift-deleted-on-okx",
                site = site.display_name(),
                url = site.api_management_url()
            ),
            Drift::AccountModeChanged { before, after } => t!(
                "health-drift-account-mode-changed",
                before = before.words(),
                after = after.words()
            ),
            Drift::PositionModeChanged { before, after } => t!(
                "health-drift-position-mode-changed",
                before = before.words(),
                after = after.words()
            ),
        }
    }
}

/// OKX's IP list as words; what OKX sent is shown only through [`printable`] (a terminal or the
/// window must not take its control or direction characters as orders).
fn ip_words(ips: &[String]) -> Arg {
    if ips.is_empty() {
        Arg::from(t!("health-ip-none"))
    } else {
        Arg::from(printable(&ips.join(", ")))
    }
}

/// OKX's label for the key (the user's note on OKX), through [`printable`] like the IP list.
fn label_words(label: Option<&str>) -> Arg {
    match label.filter(|l| !l.is_empty()) {
        Some(l) => Arg::from(printable(l)),
        None => Arg::from(t!("health-label-none")),
    }
}

/// `{"kind", "severity", "message", "fix", "on_key_page"}`, plus `before` and `after` for a changed IP list or
/// label.
impl Serialize for Drift {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("kind", self.kind())?;
        m.serialize_entry("severity", &self.severity())?;
        m.serialize_entry("message", &self.message())?;
        m.serialize_entry("fix", &self.fix())?;
        m.serialize_entry("on_key_page", &self.fixed_on_key_page())?;
        match self {
            Drift::IpListChanged { before, after } => {
                m.serialize_entry("before", before)?;
                m.serialize_entry("after", after)?;
            }
            Drift::LabelChanged { before, after } => {
                m.serialize_entry("before", before)?;
                m.serialize_entry("after", after)?;
            }
            Drift::AccountModeChanged { before, after } => {
                m.serialize_entry("before", before)?;
                m.serialize_entry("after", after)?;
            }
            Drift::PositionModeChanged { before, after } => {
                m.serialize_entry("before", before)?;
                m.serialize_entry("after", after)?;
            }
            _ => {}
        }
        m.end()
    }
}

/// A test as [`drift`] compares it: a fresh [`Verification`], or a remembered [`Entry`] (the
/// window's My keys says what the latest test said without testing again).
pub trait Seen {
    fn verified(&self) -> bool;
    fn demo(&self) -> bool;
    fn site(&self) -> Site;
    fn api_key_redacted(&self) -> &str;
    fn permissions(&self) -> Option<Permissions>;
    fn ip_whitelist(&self) -> &[String];
    fn okx_label(&self) -> Option<&str>;
    /// The account mode and position mode seen (None: not read).
    fn modes(&self) -> (Option<AccountMode>, Option<PositionMode>);
    /// OKX does not know the key on its site (50111 / 50119), and it works on no other site.
    fn unknown_here_only(&self) -> bool;
}

impl Seen for Verification {
    fn verified(&self) -> bool {
        self.verified
    }
    fn demo(&self) -> bool {
        self.demo
    }
    fn site(&self) -> Site {
        self.site
    }
    fn api_key_redacted(&self) -> &str {
        &self.api_key_redacted
    }
    fn permissions(&self) -> Option<Permissions> {
        self.permissions
    }
    fn ip_whitelist(&self) -> &[String] {
        &self.ip_whitelist
    }
    fn okx_label(&self) -> Option<&str> {
        self.label.as_deref()
    }
    fn modes(&self) -> (Option<AccountMode>, Option<PositionMode>) {
        match &self.account {
            Some(a) => (a.mode, a.position_mode),
            None => (None, None),
        }
    }
    fn unknown_here_only(&self) -> bool {
        self.works_with.is_none() && self.problems.iter().any(|p| p.kind == ProblemKind::UnknownKey)
    }
}

impl Seen for Entry {
    fn verified(&self) -> bool {
        self.verified
    }
    fn demo(&self) -> bool {
        self.demo
    }
    fn site(&self) -> Site {
        self.site
    }
    fn api_key_redacted(&self) -> &str {
        &self.api_key_redacted
    }
    fn permissions(&self) -> Option<Permissions> {
        self.permissions
    }
    fn ip_whitelist(&self) -> &[String] {
        &self.ip_whitelist
    }
    fn okx_label(&self) -> Option<&str> {
        self.okx_label.as_deref()
    }
    fn modes(&self) -> (Option<AccountMode>, Option<PositionMode>) {
        (self.account_mode, self.position_mode)
    }
    fn unknown_here_only(&self) -> bool {
        !self.works_elsewhere && self.has_problem(ProblemKind::UnknownKey)
    }
}

/// What changed between the newest entry of `history` (oldest first) that worked for this key
/// and the new test `v`. Empty when nothing did, or when the app never saw the key work.
pub fn drift(v: &impl Seen, history: &[Entry]) -> Vec<Drift> {
    let Some(last) = history
        .iter()
        .rev()
        .find(|e| e.verified && e.demo == v.demo() && same_key(&e.api_key_redacted, v.api_key_redacted()))
    else {
        return Vec::new();
    };
    let mut out = Vec::new();
    if !v.verified() {
        if v.unknown_here_only() && v.site() == last.site {
            out.push(Drift::DeletedOnOkx { site: v.site() });
        }
        return out;
    }
    if let (Some(before), Some(now)) = (last.permissions, v.permissions()) {
        if now.withdraw && !before.withdraw {
            out.push(Drift::WithdrawTurnedOn);
        }
        if before.trade && !now.trade {
            out.push(Drift::TradeLost);
        }
    }
    if sorted(&last.ip_whitelist) != sorted(v.ip_whitelist()) {
        out.push(Drift::IpListChanged {
            before: last.ip_whitelist.clone(),
            after: v.ip_whitelist().to_vec(),
        });
    }
    if last.okx_label.as_deref() != v.okx_label() {
        out.push(Drift::LabelChanged {
            before: last.okx_label.clone(),
            after: v.okx_label().map(str::to_owned),
        });
    }
    let (mode, position) = v.modes();
    if let (Some(before), Some(after)) = (last.account_mode, mode) {
        if before != after {
            out.push(Drift::AccountModeChanged { before, after });
        }
    }
    if let (Some(before), Some(after)) = (last.position_mode, position) {
        if before != after {
            out.push(Drift::PositionModeChanged { before, after });
        }
    }
    out
}

fn same_key(a: &str, b: &str) -> bool {
    a.is_empty() || b.is_empty() || a == b
}

fn sorted(ips: &[String]) -> Vec<&str> {
    let mut v: Vec<&str> = ips.iter().map(|s| s.trim()).collect();
    v.sort_unstable();
    v.dedup();
    v
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Problem;
    use crate::outcome::Permissions;

    fn perms(trade: bool, withdraw: bool) -> Permissions {
        Permissions {
            read: true,
            trade,
            withdraw,
        }
    }

    fn working(p: Permissions, ips: &[&str], label: &str) -> Verification {
        Verification {
            verified: true,
            safe: !p.withdraw,
            site: Site::Global,
            api_host: "www.okx.com".into(),
            demo: false,
            label: Some(label.into()),
            api_key_redacted: "6d2d…fd7f".into(),
            permissions: Some(p),
            ip_whitelist: ips.iter().map(|s| (*s).to_owned()).collect(),
            clock_skew_ms: Some(0),
            balance: None,
            trimmed: vec![],
            problems: vec![],
            checked_at: "2026-12-01T10:00:00.000Z".into(),
            checks: vec![],
            account: None,
            works_with: None,
            site_detected: false,
            readiness: None,
        }
    }

    fn unknown_key(site: Site) -> Verification {
        let mut v = working(perms(true, false), &[], "x");
        v.verified = false;
        v.safe = false;
        v.site = site;
        v.permissions = None;
        v.ip_whitelist = vec![];
        v.label = None;
        v.problems = vec![Problem::new(ProblemKind::UnknownKey, "gone", "make one").with_okx_code("50111")];
        v
    }

    fn history(v: &Verification) -> Vec<Entry> {
        vec![Entry::from_verification(v)]
    }

    #[test]
    fn nothing_changed_is_no_drift_and_no_history_is_no_drift() {
        let v = working(perms(true, false), &["127.0.0.1"], "Bot");
        assert!(drift(&v, &history(&v)).is_empty());
        assert!(drift(&v, &[]).is_empty());
        // Same IPs in another order are the same list.
        let a = working(perms(true, false), &["1.2.3.4", "5.6.7.8"], "Bot");
        let b = working(perms(true, false), &["5.6.7.8", "1.2.3.4"], "Bot");
        assert!(drift(&b, &history(&a)).is_empty());
    }

    #[test]
    fn withdraw_on_and_trade_lost() {
        let before = working(perms(true, false), &["127.0.0.1"], "Bot");
        let now = working(perms(true, true), &["127.0.0.1"], "Bot");
        assert_eq!(drift(&now, &history(&before)), [Drift::WithdrawTurnedOn]);
        // Once seen, it is not news again (the test itself still says the key can withdraw).
        assert!(drift(&now, &history(&now)).is_empty());
        let now = working(perms(false, false), &["127.0.0.1"], "Bot");
        assert_eq!(drift(&now, &history(&before)), [Drift::TradeLost]);
        assert!(Drift::TradeLost.is_failure());
        assert!(!Drift::WithdrawTurnedOn.is_failure());
    }

    #[test]
    fn ip_list_and_label_changes_carry_before_and_after() {
        let before = working(perms(true, false), &["127.0.0.1"], "Bot");
        let now = working(perms(true, false), &["127.0.0.1", "5.6.7.8"], "Bot2");
        let d = drift(&now, &history(&before));
        assert_eq!(
            d,
            [
                Drift::IpListChanged {
                    before: vec!["127.0.0.1".into()],
                    after: vec!["127.0.0.1".into(), "5.6.7.8".into()]
                },
                Drift::LabelChanged {
                    before: Some("Bot".into()),
                    after: Some("Bot2".into())
                },
            ]
        );
        let json = serde_json::to_value(&d).unwrap();
        assert_eq!(json[0]["kind"], "ip_list_changed");
        assert_eq!(json[0]["after"][1], "5.6.7.8");
        assert_eq!(json[1]["kind"], "label_changed");
        let message = json[0]["message"].as_str().unwrap();
        assert!(
            message.contains("127.0.0.1") && message.contains("5.6.7.8"),
            "{message}"
        );
        assert!(!json[0]["fix"].as_str().unwrap().is_empty());
        // An IP list that went away says so in words.
        let none = working(perms(true, false), &[], "Bot");
        let d = drift(&none, &history(&before));
        assert!(d[0].message().to_string().contains("none"), "{}", d[0].message());
    }

    #[test]
    fn deleted_only_when_it_used_to_work_on_that_site() {
        let before = working(perms(true, false), &[], "Bot");
        let gone = unknown_key(Site::Global);
        let d = drift(&gone, &history(&before));
        assert_eq!(d, [Drift::DeletedOnOkx { site: Site::Global }]);
        assert!(d[0].is_failure());
        let json = serde_json::to_value(&d[0]).unwrap();
        assert_eq!(json["kind"], "deleted_on_okx");
        assert!(json["message"].as_str().unwrap().contains("14-day"), "{json}");
        // Never seen working: an unknown key is just unknown.
        assert!(drift(&gone, &[]).is_empty());
        assert!(drift(&gone, &history(&gone)).is_empty());
        // Worked on another site: not the same story.
        assert!(drift(&unknown_key(Site::Eea), &history(&before)).is_empty());
        // It works elsewhere (wrong_site with works_with): not deleted.
        let mut elsewhere = unknown_key(Site::Global);
        elsewhere.works_with = Some(crate::outcome::WorksWith {
            site: Site::Eea,
            demo: false,
        });
        assert!(drift(&elsewhere, &history(&before)).is_empty());
        // A network failure is no news about the key.
        let mut offline = unknown_key(Site::Global);
        offline.problems = vec![Problem::new(ProblemKind::NetworkError, "x", "y")];
        assert!(drift(&offline, &history(&before)).is_empty());
    }

    #[test]
    fn compares_with_the_last_test_that_worked_for_the_same_key() {
        let before = working(perms(true, false), &["127.0.0.1"], "Bot");
        let mut offline = unknown_key(Site::Global);
        offline.problems = vec![Problem::new(ProblemKind::NetworkError, "x", "y")];
        let now = working(perms(true, true), &["127.0.0.1"], "Bot");
        let h = vec![Entry::from_verification(&before), Entry::from_verification(&offline)];
        assert_eq!(drift(&now, &h), [Drift::WithdrawTurnedOn]);
        // A new key under the same label starts afresh.
        let mut replaced = now.clone();
        replaced.api_key_redacted = "aaaa…bbbb".into();
        assert!(drift(&replaced, &h).is_empty());
    }

    /// Each drift brings its name and severity: the window keeps no list of its own.
    #[test]
    fn a_changed_account_or_position_mode_is_a_warning_with_before_and_after() {
        let with_modes = |m: AccountMode, pm: PositionMode| {
            let mut v = working(perms(true, false), &["1.2.3.4"], "bot");
            v.account = Some(crate::outcome::AccountInfo {
                sub_account: false,
                mode: Some(m),
                position_mode: Some(pm),
            });
            v
        };
        let before = with_modes(AccountMode::Futures, PositionMode::Net);
        assert!(drift(&before, &history(&before)).is_empty());
        let after = with_modes(AccountMode::Spot, PositionMode::LongShort);
        let d = drift(&after, &history(&before));
        let kinds: Vec<_> = d.iter().map(|d| d.kind()).collect();
        assert_eq!(kinds, vec!["account_mode_changed", "position_mode_changed"]);
        assert!(d.iter().all(|d| d.severity() == Severity::Warning && !d.is_failure()));
        let json = serde_json::to_value(&d[1]).unwrap();
        assert_eq!(
            (json["before"].as_str(), json["after"].as_str()),
            (Some("net_mode"), Some("long_short_mode"))
        );
        // An entry from before modes were recorded is no drift.
        let mut old = history(&before);
        old[0].account_mode = None;
        old[0].position_mode = None;
        assert!(drift(&after, &old).is_empty());
    }

    #[test]
    fn each_drift_serializes_its_name_and_severity() {
        let ips = Drift::IpListChanged {
            before: vec![],
            after: vec!["1.2.3.4".into()],
        };
        let label = Drift::LabelChanged {
            before: None,
            after: Some("Bot".into()),
        };
        let deleted = Drift::DeletedOnOkx { site: Site::Global };
        for (d, kind, severity) in [
            (Drift::WithdrawTurnedOn, "withdraw_turned_on", "danger"),
            (Drift::TradeLost, "trade_lost", "error"),
            (ips, "ip_list_changed", "warning"),
            (label, "label_changed", "warning"),
            (deleted, "deleted_on_okx", "danger"),
        ] {
            let json = serde_json::to_value(&d).unwrap();
            assert_eq!(
                (json["kind"].as_str(), json["severity"].as_str()),
                (Some(kind), Some(severity)),
                "{json}"
            );
            assert_eq!(d.kind(), kind);
            assert_eq!(json["on_key_page"], true, "{json}");
        }
        let mode = Drift::PositionModeChanged {
            before: PositionMode::Net,
            after: PositionMode::LongShort,
        };
        assert_eq!(serde_json::to_value(&mode).unwrap()["on_key_page"], false);
    }
}
