//! Which events are sent this time, and the small state file that remembers what was sent
//! (`watch-state.json` beside the saved-keys index; no secret, labels and times only).
//!
//! The rule: an event is sent when it is new for its key; an event still true is sent again (at
//! the next daily run) only while the user has not opened My keys since it was last sent. A key
//! that needed the user and now needs nothing says so once ([`EventKind::Recovered`]). Keys not
//! tested this time keep what was remembered.

use super::events::{Event, EventKind};
use crate::iso_time;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The state file's name in the data folder.
pub const STATE_FILE: &str = "watch-state.json";

/// What the watch remembers between runs.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct WatchState {
    /// When `check --notify` last ran (ISO-8601 UTC).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_run: Option<String>,
    /// How many keys it tested then, and how many needed the user.
    #[serde(default)]
    pub last_checked: usize,
    #[serde(default)]
    pub last_found: usize,
    /// When the user last opened My keys in the window.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub my_keys_seen: Option<String>,
    /// Per saved label: each event still true, and when it was last sent.
    #[serde(default)]
    pub keys: BTreeMap<String, BTreeMap<String, String>>,
}

impl WatchState {
    pub fn path(dir: &Path) -> PathBuf {
        dir.join(STATE_FILE)
    }

    /// The state in `dir` (an absent or unreadable file is a fresh start).
    pub fn load(dir: &Path) -> WatchState {
        std::fs::read(Self::path(dir))
            .ok()
            .and_then(|b| serde_json::from_slice(&b).ok())
            .unwrap_or_default()
    }

    pub fn save(&self, dir: &Path) -> std::io::Result<()> {
        let text = serde_json::to_vec_pretty(self).map_err(std::io::Error::other)?;
        crate::atomic_file::write(&Self::path(dir), &text)
    }

    /// Remembers that the user opened My keys now (events already sent are not repeated).
    pub fn mark_my_keys_seen(dir: &Path) -> std::io::Result<()> {
        let mut s = Self::load(dir);
        s.my_keys_seen = Some(iso_time::now());
        s.save(dir)
    }
}

/// The events to send now and the state to keep, from the last state and this run's events by
/// label (every label tested this run, with no events when it needs nothing) at `now`.
pub fn plan(last: &WatchState, now_events: &[(String, Vec<Event>)], now: &str) -> (Vec<Event>, WatchState) {
    let mut next = last.clone();
    let mut send = Vec::new();
    let seen = last.my_keys_seen.as_deref();
    for (label, events) in now_events {
        let before = last.keys.get(label).cloned().unwrap_or_default();
        let mut after = BTreeMap::new();
        for e in events {
            let id = e.kind.id();
            let repeat = match before.get(id) {
                None => true,
                // Still true: again only while My keys was not opened since it was sent.
                Some(sent) => seen.is_none_or(|s| s < sent.as_str()),
            };
            if repeat {
                send.push(e.clone());
                after.insert(id.to_owned(), now.to_owned());
            } else if let Some(sent) = before.get(id) {
                after.insert(id.to_owned(), sent.clone());
            }
        }
        if events.is_empty() && !before.is_empty() {
            send.push(Event::recovered(label));
        }
        if after.is_empty() {
            next.keys.remove(label);
        } else {
            next.keys.insert(label.clone(), after);
        }
    }
    next.last_run = Some(now.to_owned());
    next.last_checked = now_events.len();
    next.last_found = now_events.iter().filter(|(_, e)| !e.is_empty()).count();
    (send, next)
}

/// Whether an event is about a key that needs the user (all but "works again").
pub fn needs_user(e: &Event) -> bool {
    e.kind != EventKind::Recovered
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::t;

    fn ev(label: &str, kind: EventKind) -> Event {
        Event {
            label: label.into(),
            kind,
            summary: t!("watch-event-deleted", label = label),
            body: t!("watch-event-deleted.fix"),
        }
    }

    fn kinds(events: &[Event]) -> Vec<(String, EventKind)> {
        events.iter().map(|e| (e.label.clone(), e.kind)).collect()
    }

    #[test]
    fn new_events_are_sent_once_until_my_keys_is_opened_then_not_again() {
        let day1 = "2026-12-01T08:00:00.000Z";
        let day2 = "2026-12-02T08:00:00.000Z";
        let day3 = "2026-12-03T08:00:00.000Z";
        let run = vec![
            ("A".to_string(), vec![ev("A", EventKind::WithdrawOn)]),
            ("B".to_string(), vec![]),
        ];
        let (sent, s1) = plan(&WatchState::default(), &run, day1);
        assert_eq!(kinds(&sent), [("A".into(), EventKind::WithdrawOn)]);
        assert_eq!((s1.last_checked, s1.last_found), (2, 1));
        // Still true, My keys not opened: said again the next day.
        let (sent, mut s2) = plan(&s1, &run, day2);
        assert_eq!(sent.len(), 1);
        // The user opened My keys: not again while it stays true.
        s2.my_keys_seen = Some("2026-12-02T12:00:00.000Z".into());
        let (sent, s3) = plan(&s2, &run, day3);
        assert!(sent.is_empty(), "{:?}", kinds(&sent));
        // It recovers: said once, then nothing.
        let fine = vec![("A".to_string(), vec![])];
        let (sent, s4) = plan(&s3, &fine, "2026-12-04T08:00:00.000Z");
        assert_eq!(kinds(&sent), [("A".into(), EventKind::Recovered)]);
        let (sent, _) = plan(&s4, &fine, "2026-12-05T08:00:00.000Z");
        assert!(sent.is_empty());
    }

    #[test]
    fn a_new_event_on_a_known_key_is_sent_and_untested_keys_are_kept() {
        let mut s = WatchState::default();
        s.keys.insert(
            "A".into(),
            [("failed".to_string(), "2026-12-01T08:00:00.000Z".to_string())].into(),
        );
        s.keys.insert(
            "Z".into(),
            [("deleted".to_string(), "2026-12-01T08:00:00.000Z".to_string())].into(),
        );
        s.my_keys_seen = Some("2026-12-01T09:00:00.000Z".into());
        let run = vec![(
            "A".to_string(),
            vec![ev("A", EventKind::Failed), ev("A", EventKind::DaysLeft)],
        )];
        let (sent, next) = plan(&s, &run, "2026-12-02T08:00:00.000Z");
        assert_eq!(kinds(&sent), [("A".into(), EventKind::DaysLeft)]);
        assert!(next.keys.contains_key("Z"));
        assert_eq!(next.keys["A"]["failed"], "2026-12-01T08:00:00.000Z");
    }

    #[test]
    fn the_state_file_round_trips_and_a_broken_one_is_a_fresh_start() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(WatchState::load(dir.path()), WatchState::default());
        WatchState::mark_my_keys_seen(dir.path()).unwrap();
        assert!(WatchState::load(dir.path()).my_keys_seen.is_some());
        std::fs::write(WatchState::path(dir.path()), b"{not json").unwrap();
        assert_eq!(WatchState::load(dir.path()), WatchState::default());
    }
}
