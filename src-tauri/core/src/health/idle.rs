//! OKX's 14-day rule (`OKX_FACTS.md` §5.2): a live key with Trade or Withdraw and no IP binding
//! is deleted after 14 days without use. Demo keys, read-only keys and IP-bound keys are not.
//!
//! [`idle_rule`] gives, for such a key, the days since the app last saw it work (from the
//! history). It is the app's view only: any signed request counts as use, the bot's too, and the
//! app cannot see the bot's, so the words say so, and say the lasting fix (bind the bot's IP).

use super::history::Entry;
use crate::catalog::Text;
use crate::t;
use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};
use time::OffsetDateTime;

/// OKX deletes such a key after this many days without use.
pub const IDLE_DAYS: i64 = 14;

/// The 14-day rule applies to the key: the app's view of its idle days.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdleRule {
    /// Whole days since the app last saw the key work (0: today).
    pub days_since_seen_working: i64,
    /// When that was (ISO-8601 UTC with milliseconds).
    pub last_seen_working: String,
    /// `IDLE_DAYS` minus the days above, never below 0, if nothing else used the key.
    pub days_left: i64,
}

impl IdleRule {
    /// The rule and the days, with the caveat that the bot's own use counts too.
    pub fn message(&self) -> Text {
        t!(
            "health-idle-rule",
            days = self.days_since_seen_working,
            left = self.days_left,
            limit = IDLE_DAYS
        )
    }

    /// The lasting fix: bind the key to the bot's IP address.
    pub fn fix(&self) -> Text {
        t!("health-idle-rule.fix")
    }
}

/// `{"days_since_seen_working", "last_seen_working", "days_left", "message", "fix"}`.
impl Serialize for IdleRule {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(5))?;
        m.serialize_entry("days_since_seen_working", &self.days_since_seen_working)?;
        m.serialize_entry("last_seen_working", &self.last_seen_working)?;
        m.serialize_entry("days_left", &self.days_left)?;
        m.serialize_entry("message", &self.message())?;
        m.serialize_entry("fix", &self.fix())?;
        m.end()
    }
}

/// The rule for a key whose history (oldest first) is `history`, at `now`: `None` when the app
/// never saw the key work, or when its last working test shows a key the rule spares (Demo
/// Trading, read-only, or bound to IPs).
pub fn idle_rule(history: &[Entry], now: OffsetDateTime) -> Option<IdleRule> {
    let last = history.iter().rev().find(|e| e.verified)?;
    let p = last.permissions?;
    if last.demo || !(p.trade || p.withdraw) || !last.ip_whitelist.is_empty() {
        return None;
    }
    let seen = crate::iso_time::parse(&last.checked_at)?;
    let days = (now - seen).whole_days().max(0);
    Some(IdleRule {
        days_since_seen_working: days,
        last_seen_working: last.checked_at.clone(),
        days_left: (IDLE_DAYS - days).max(0),
    })
}

/// [`idle_rule`] at the current time.
pub fn idle_rule_now(history: &[Entry]) -> Option<IdleRule> {
    idle_rule(history, OffsetDateTime::now_utc())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::okx::Site;
    use crate::outcome::Permissions;

    fn entry(at: &str, verified: bool, trade: bool, ips: &[&str], demo: bool) -> Entry {
        Entry {
            checked_at: at.to_owned(),
            verified,
            safe: verified,
            problems: vec![],
            permissions: verified.then_some(Permissions {
                read: true,
                trade,
                withdraw: false,
            }),
            ip_whitelist: ips.iter().map(|s| (*s).to_owned()).collect(),
            okx_label: None,
            site: Site::Global,
            demo,
            api_key_redacted: "6d2d…fd7f".to_owned(),
            works_elsewhere: false,
            account_mode: None,
            position_mode: None,
            readiness: None,
        }
    }

    fn at(text: &str) -> OffsetDateTime {
        crate::iso_time::parse(text).unwrap()
    }

    #[test]
    fn counts_whole_days_since_the_last_working_test() {
        let h = vec![
            entry("2026-11-20T08:00:00.000Z", true, true, &[], false),
            entry("2026-11-25T09:30:00.000Z", true, true, &[], false),
            // Failed tests (offline, say) do not count as seen working.
            entry("2026-11-30T09:30:00.000Z", false, true, &[], false),
        ];
        let r = idle_rule(&h, at("2026-12-01T09:00:00.000Z")).unwrap();
        assert_eq!(r.days_since_seen_working, 5);
        assert_eq!(r.days_left, 9);
        assert_eq!(r.last_seen_working, "2026-11-25T09:30:00.000Z");
        let today = idle_rule(&h, at("2026-11-25T20:00:00.000Z")).unwrap();
        assert_eq!((today.days_since_seen_working, today.days_left), (0, 14));
        let long_ago = idle_rule(&h, at("2027-01-01T00:00:00.000Z")).unwrap();
        assert_eq!(long_ago.days_left, 0);
        // A clock that went back is not negative days.
        let back = idle_rule(&h, at("2026-11-01T00:00:00.000Z")).unwrap();
        assert_eq!(back.days_since_seen_working, 0);
    }

    #[test]
    fn spares_bound_read_only_and_demo_keys_and_unseen_ones() {
        let now = at("2026-12-01T09:00:00.000Z");
        let one = |e: Entry| idle_rule(&[e], now);
        assert!(one(entry("2026-11-25T09:30:00.000Z", true, true, &["1.2.3.4"], false)).is_none());
        assert!(one(entry("2026-11-25T09:30:00.000Z", true, false, &[], false)).is_none());
        assert!(one(entry("2026-11-25T09:30:00.000Z", true, true, &[], true)).is_none());
        assert!(one(entry("2026-11-25T09:30:00.000Z", false, true, &[], false)).is_none());
        assert!(idle_rule(&[], now).is_none());
    }

    #[test]
    fn words_give_the_days_the_caveat_and_the_lasting_fix() {
        let r = IdleRule {
            days_since_seen_working: 5,
            last_seen_working: "2026-11-25T09:30:00.000Z".into(),
            days_left: 9,
        };
        let m = r.message().to_string();
        assert!(m.contains("14 days") && m.contains("5 days ago"), "{m}");
        assert!(m.contains("bot") && m.contains("cannot see"), "{m}");
        assert!(r.fix().to_string().contains("IP"), "{}", r.fix());
        let today = IdleRule {
            days_since_seen_working: 0,
            ..r.clone()
        };
        assert!(today.message().to_string().contains("today"), "{}", today.message());
        let json = serde_json::to_value(&r).unwrap();
        assert_eq!(json["days_since_seen_working"], 5);
        assert_eq!(json["days_left"], 9);
        assert!(json["message"].is_string() && json["fix"].is_string());
    }
}
