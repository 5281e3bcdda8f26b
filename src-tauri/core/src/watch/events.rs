//! Which desktop notifications a tested key raises, from the core's own verdicts: its
//! [`Health`] (Withdraw on, deleted on OKX, failed), OKX's 14-day rule ([`IdleRule`]) and, once
//! readiness lands, "not ready for its bot" (one place: [`readiness_event`]).
//!
//! Each event names the key's saved label and the one thing to do; none carries a secret or the
//! API key.

use crate::catalog::Text;
use crate::health::{Health, KeyCheck};
use crate::t;

/// A 14-day-rule key is announced when this many days or fewer are left.
pub const DAYS_LEFT_WARNING: i64 = 3;

/// What needs the user about one key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum EventKind {
    /// Withdraw is on (now, or was seen on): critical.
    WithdrawOn,
    /// OKX no longer knows the key.
    Deleted,
    /// The test failed (the problem's own words).
    Failed,
    /// 3 days or fewer left on the 14-day rule.
    DaysLeft,
    /// Not ready for the bot it was saved for (readiness).
    NotReady,
    /// It needed the user before and is fine now (said once).
    Recovered,
}

impl EventKind {
    /// The stable name kept in the state file.
    pub fn id(self) -> &'static str {
        match self {
            EventKind::WithdrawOn => "withdraw_on",
            EventKind::Deleted => "deleted",
            EventKind::Failed => "failed",
            EventKind::DaysLeft => "days_left",
            EventKind::NotReady => "not_ready",
            EventKind::Recovered => "recovered",
        }
    }
}

/// The freedesktop urgency levels (0 low, 1 normal, 2 critical).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Urgency {
    Low = 0,
    Normal = 1,
    Critical = 2,
}

/// One notification about one key.
#[derive(Debug, Clone)]
pub struct Event {
    pub label: String,
    pub kind: EventKind,
    /// The headline: the label and what happened.
    pub summary: Text,
    /// The one thing to do.
    pub body: Text,
}

impl Event {
    pub fn urgency(&self) -> Urgency {
        match self.kind {
            EventKind::WithdrawOn | EventKind::Deleted => Urgency::Critical,
            EventKind::Recovered => Urgency::Low,
            _ => Urgency::Normal,
        }
    }

    /// The key is fine again.
    pub fn recovered(label: &str) -> Event {
        Event {
            label: label.to_owned(),
            kind: EventKind::Recovered,
            summary: t!("watch-event-recovered", label = label),
            body: t!("watch-event-recovered.fix"),
        }
    }
}

/// Every event a tested key raises now, the most serious first; empty when it needs nothing.
pub fn events_of(check: &KeyCheck) -> Vec<Event> {
    let label = check.label.as_str();
    let event = |kind, summary, body| Event {
        label: label.to_owned(),
        kind,
        summary,
        body,
    };
    let mut out = Vec::new();
    match check.health() {
        Health::CanWithdraw => out.push(event(
            EventKind::WithdrawOn,
            t!("watch-event-withdraw-on", label = label),
            t!("watch-event-withdraw-on.fix"),
        )),
        Health::Deleted => out.push(event(
            EventKind::Deleted,
            t!("watch-event-deleted", label = label),
            t!("watch-event-deleted.fix"),
        )),
        Health::Failed => {
            // The problem's own words (or the drift that made it fail), and its own fix.
            let (reason, fix) = match check.first_problem() {
                Some(p) => (p.message.clone(), p.fix.clone()),
                None => match check.drift.iter().find(|d| d.is_failure()) {
                    Some(d) => (d.message(), d.fix()),
                    None => (Text::empty(), Text::empty()),
                },
            };
            out.push(event(
                EventKind::Failed,
                t!("watch-event-failed", label = label, reason = reason),
                fix,
            ))
        }
        Health::Healthy => {}
    }
    if let Some(idle) = check.idle.as_ref().filter(|i| i.days_left <= DAYS_LEFT_WARNING) {
        if !out.iter().any(|e| e.kind == EventKind::Deleted) {
            out.push(event(
                EventKind::DaysLeft,
                t!("watch-event-days-left", label = label, days = idle.days_left),
                idle.fix(),
            ));
        }
    }
    out.extend(readiness_event(check));
    out
}

/// "Not ready for its bot": the one place readiness joins the watch (issue 25). A key that works
/// and cannot withdraw, saved for a bot, whose account a blocking reason stops (`ready: false`):
/// the headline names the bot and the first blocking reason's own words, the body its fix. An
/// unknown answer (`ready: null`) is not an event; a key that itself needs the user says that
/// instead.
fn readiness_event(check: &KeyCheck) -> Option<Event> {
    if check.health() != Health::Healthy {
        return None;
    }
    let readiness = check.verification.readiness.as_ref()?;
    if readiness.ready != Some(false) {
        return None;
    }
    let (reason, fix) = match readiness.blocking().next() {
        Some(r) => (r.message.clone(), r.fix.clone()),
        None => (Text::empty(), Text::empty()),
    };
    let label = check.label.as_str();
    Some(Event {
        label: label.to_owned(),
        kind: EventKind::NotReady,
        summary: t!(
            "watch-event-not-ready",
            label = label,
            bot = readiness.bot.name(),
            reason = reason
        ),
        body: fix,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::health::check::untested;
    use crate::health::{Drift, IdleRule};
    use crate::{Problem, ProblemKind, Site};

    fn checked(verified: bool, safe: bool, drift: Vec<Drift>, idle: Option<i64>) -> KeyCheck {
        let mut v = untested(Site::Global, false, "6d2d…fd7f".into(), vec![]);
        v.verified = verified;
        v.safe = safe;
        if !verified {
            v.problems.push(Problem::new(
                ProblemKind::Timeout,
                "OKX did not answer.",
                "Try again later.",
            ));
        }
        KeyCheck {
            label: "Grid_bot".into(),
            verification: v,
            tested: true,
            drift,
            idle: idle.map(|left| IdleRule {
                days_since_seen_working: 14 - left,
                last_seen_working: "2026-11-25T09:30:00.000Z".into(),
                days_left: left,
            }),
            known: Default::default(),
        }
    }

    fn kinds(c: &KeyCheck) -> Vec<EventKind> {
        events_of(c).iter().map(|e| e.kind).collect()
    }

    #[test]
    fn a_healthy_key_raises_nothing_and_each_state_its_one_event() {
        assert!(kinds(&checked(true, true, vec![], Some(14))).is_empty());
        assert!(kinds(&checked(true, true, vec![], Some(4))).is_empty());
        assert_eq!(kinds(&checked(true, true, vec![], Some(3))), [EventKind::DaysLeft]);
        assert_eq!(
            kinds(&checked(true, false, vec![Drift::WithdrawTurnedOn], None)),
            [EventKind::WithdrawOn]
        );
        let deleted = checked(false, false, vec![Drift::DeletedOnOkx { site: Site::Global }], Some(0));
        assert_eq!(kinds(&deleted), [EventKind::Deleted]);
        let failed = checked(false, false, vec![], None);
        assert_eq!(kinds(&failed), [EventKind::Failed]);
        let e = &events_of(&failed)[0];
        assert!(e.summary.to_string().contains("Grid_bot"), "{}", e.summary);
        assert!(e.summary.to_string().contains("OKX did not answer."), "{}", e.summary);
        assert_eq!(e.body.to_string(), "Try again later.");
    }

    #[test]
    fn withdraw_and_deleted_are_critical() {
        let w = &events_of(&checked(true, false, vec![Drift::WithdrawTurnedOn], None))[0];
        assert_eq!(w.urgency(), Urgency::Critical);
        assert_eq!(
            events_of(&checked(true, true, vec![], Some(1)))[0].urgency(),
            Urgency::Normal
        );
        assert_eq!(Event::recovered("x").urgency(), Urgency::Low);
    }

    /// Readiness (issue 25) on a key that works: Passivbot on swaps in Buy/sell mode.
    fn for_passivbot(check: &mut KeyCheck, pos: crate::okx::PositionMode) {
        use crate::bots::{BotKind, Market};
        use crate::okx::AccountMode;
        let facts = crate::readiness::Facts {
            site: Some(Site::Global),
            mode: Some(AccountMode::Futures),
            position_mode: Some(pos),
            market_listed: Some(true),
            trading_money: Some(true),
            funding_money: Some(false),
            ..Default::default()
        };
        check.verification.readiness = Some(crate::readiness::decide(BotKind::Passivbot, Market::Swap, &facts));
    }

    #[test]
    fn a_key_not_ready_for_its_bot_is_one_event_naming_the_first_blocking_reason() {
        use crate::okx::PositionMode;
        let mut c = checked(true, true, vec![], None);
        for_passivbot(&mut c, PositionMode::Net);
        let r = c.verification.readiness.clone().unwrap();
        assert_eq!(r.ready, Some(false));
        let first = r.blocking().next().unwrap();
        let events = events_of(&c);
        assert_eq!(events.iter().map(|e| e.kind).collect::<Vec<_>>(), [EventKind::NotReady]);
        let e = &events[0];
        assert_eq!(e.urgency(), Urgency::Normal);
        let summary = e.summary.to_string();
        assert!(summary.contains("Grid_bot"), "{summary}");
        assert!(summary.contains("Passivbot"), "{summary}");
        assert!(summary.contains(&first.message.to_string()), "{summary}");
        assert_eq!(e.body.to_string(), first.fix.to_string());

        // Ready: nothing. Unknown: nothing. A key that itself needs the user: only that.
        for_passivbot(&mut c, PositionMode::LongShort);
        assert!(kinds(&c).is_empty(), "{:?}", kinds(&c));
        for_passivbot(&mut c, PositionMode::Net);
        c.verification.readiness.as_mut().unwrap().ready = None;
        assert!(kinds(&c).is_empty());
        let mut w = checked(true, false, vec![Drift::WithdrawTurnedOn], None);
        for_passivbot(&mut w, PositionMode::Net);
        assert_eq!(kinds(&w), [EventKind::WithdrawOn]);
    }
}
