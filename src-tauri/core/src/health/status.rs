//! Each saved key as last seen, without testing it again: the rows of the window's My keys.
//!
//! A [`KeyStatus`] joins the saved-keys index (label, site, mode, redacted key, when saved) with
//! the newest history entry for the same API key: its permissions and IP list, when it was
//! tested, what that test said ([`Health`], drift against the entries before it), OKX's 14-day
//! rule, and whether `run` would hand the key to a bot ([`crate::run::may_hand_over`]).

use super::drift::{drift, Drift};
use super::history::Entry;
use super::idle::{idle_rule_now, IdleRule};
use super::verdict::{health_of, Health, UNFIT};
use crate::keychain::SavedKey;
use crate::okx::Site;
use crate::outcome::Permissions;
use serde::Serialize;
use std::collections::BTreeMap;

/// One saved key as the app last saw it.
#[derive(Debug, Clone, Serialize)]
pub struct KeyStatus {
    pub label: String,
    pub site: Site,
    pub demo: bool,
    pub api_key_redacted: String,
    pub saved_at: String,
    /// The keychain still holds the key's item.
    pub in_keychain: bool,
    /// The newest test of this key, if the app ever tested it after saving.
    pub last_test: Option<LastTest>,
    /// OKX's 14-day rule, when it applies.
    pub idle_rule: Option<IdleRule>,
    /// `run` would hand this key to a bot (false once a test saw Withdraw on).
    pub may_hand_over: bool,
}

/// What the newest test of a key saw.
#[derive(Debug, Clone, Serialize)]
pub struct LastTest {
    pub checked_at: String,
    pub health: Health,
    pub permissions: Option<Permissions>,
    pub ip_whitelist: Vec<String>,
    pub okx_label: Option<String>,
    /// The kinds of the problems the test found.
    pub problems: Vec<String>,
    /// What changed since the key worked before that test.
    pub drift: Vec<Drift>,
    /// Whether the account was ready for the key's bot, by the rule on the facts that test
    /// read (in the current language); None without a bot, or when it could not be read.
    pub readiness: Option<crate::readiness::Readiness>,
}

/// The saved keys (the keychain's list) with their history.
pub fn statuses(saved: Vec<SavedKey>, history: &BTreeMap<String, Vec<Entry>>) -> Vec<KeyStatus> {
    saved
        .into_iter()
        .map(|k| {
            let entries: Vec<Entry> = history
                .get(&k.label)
                .map(|all| {
                    all.iter()
                        .filter(|e| e.api_key_redacted == k.api_key_redacted)
                        .cloned()
                        .collect()
                })
                .unwrap_or_default();
            let last_test = entries.split_last().map(|(last, before)| {
                let drift = drift(last, before);
                let health = health_of(
                    last.verified,
                    last.safe,
                    UNFIT.iter().any(|k| last.has_problem(*k)),
                    &drift,
                );
                LastTest {
                    checked_at: last.checked_at.clone(),
                    health,
                    permissions: last.permissions,
                    ip_whitelist: last.ip_whitelist.clone(),
                    okx_label: last.okx_label.clone(),
                    problems: last.problems.clone(),
                    drift,
                    readiness: last.readiness.as_ref().and_then(|s| s.readiness()),
                }
            });
            let deleted = last_test.as_ref().is_some_and(|t| t.health == Health::Deleted);
            let idle_rule = if deleted { None } else { idle_rule_now(&entries) };
            let known = super::history::known(&entries, &k.api_key_redacted, k.permissions);
            let may_hand_over = crate::run::may_hand_over(&k.label, known, None).is_ok();
            // Withdraw seen on by the newest test that reached OKX outweighs a later test that
            // failed before OKX answered: the badge says what matters most.
            let last_test = last_test.map(|mut t| {
                if known.withdraw_seen() && t.health != Health::Deleted {
                    t.health = Health::CanWithdraw;
                }
                t
            });
            KeyStatus {
                label: k.label,
                site: k.site,
                demo: k.demo,
                api_key_redacted: k.api_key_redacted,
                saved_at: k.saved_at,
                in_keychain: k.in_keychain,
                last_test,
                idle_rule,
                may_hand_over,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(verified: bool, withdraw: bool, problems: &[&str]) -> Entry {
        Entry {
            checked_at: crate::iso_time::now(),
            verified,
            safe: verified && !withdraw,
            problems: problems.iter().map(|s| (*s).to_owned()).collect(),
            permissions: verified.then_some(Permissions {
                read: true,
                trade: true,
                withdraw,
            }),
            ip_whitelist: vec![],
            okx_label: Some("bot".into()),
            site: Site::Global,
            demo: false,
            api_key_redacted: "6d2d…fd7f".into(),
            works_elsewhere: false,
            account_mode: None,
            position_mode: None,
            readiness: None,
        }
    }

    fn saved() -> SavedKey {
        serde_json::from_value(serde_json::json!({
            "label": "Bot", "site": "global", "api_host": "www.okx.com", "demo": false,
            "api_key_redacted": "6d2d…fd7f", "saved_at": "2026-12-01T10:00:00.000Z", "in_keychain": true
        }))
        .expect("a saved key")
    }

    #[test]
    fn the_last_tests_readiness_is_decided_again_from_its_facts() {
        use crate::bots::{BotKind, Market};
        use crate::okx::{AccountMode, PositionMode};
        use crate::readiness::{decide, Facts, Seen};
        let facts = Facts {
            site: Some(Site::Global),
            mode: Some(AccountMode::Futures),
            position_mode: Some(PositionMode::Net),
            market_listed: Some(true),
            trading_money: Some(true),
            funding_money: Some(false),
            ..Facts::default()
        };
        let seen = Seen::of(&decide(BotKind::Passivbot, Market::Swap, &facts));
        // Through the history file's JSON and back.
        let mut e = entry(true, false, &[]);
        e.readiness = Some(seen);
        let e: Entry = serde_json::from_value(serde_json::to_value(&e).unwrap()).unwrap();
        let history = BTreeMap::from([("Bot".to_owned(), vec![e.clone()])]);
        let s = statuses(vec![saved()], &history);
        let r = s[0]
            .last_test
            .as_ref()
            .and_then(|t| t.readiness.clone())
            .expect("a readiness");
        assert_eq!(
            (r.bot, r.market, r.ready),
            (BotKind::Passivbot, Market::Swap, Some(false))
        );
        assert_eq!(r.reasons[0].kind.id(), "position_mode_needs_long_short");
        // A readiness that could not be read at the time is not guessed.
        let mut unknown = e;
        if let Some(s) = unknown.readiness.as_mut() {
            s.facts.unknown = true;
        }
        let history = BTreeMap::from([("Bot".to_owned(), vec![unknown])]);
        assert!(statuses(vec![saved()], &history)[0]
            .last_test
            .as_ref()
            .unwrap()
            .readiness
            .is_none());
    }

    #[test]
    fn a_key_without_trade_stays_failed_after_the_test_that_saw_the_change() {
        let mut no_trade = entry(true, false, &["missing_trade_permission"]);
        no_trade.permissions = Some(Permissions {
            read: true,
            trade: false,
            withdraw: false,
        });
        let history = BTreeMap::from([(
            "Bot".to_owned(),
            vec![entry(true, false, &[]), no_trade.clone(), no_trade],
        )]);
        let s = statuses(vec![saved()], &history);
        let last = s[0].last_test.as_ref().expect("tested");
        assert!(last.drift.is_empty(), "the change was reported by the test before");
        assert_eq!(last.health, Health::Failed);
    }

    #[test]
    fn a_key_never_tested_has_no_last_test_and_may_go_to_a_bot() {
        let s = statuses(vec![saved()], &BTreeMap::new());
        assert!(s[0].last_test.is_none());
        assert!(s[0].may_hand_over);
    }

    #[test]
    fn withdraw_turned_on_is_shown_and_blocks_the_bot() {
        let history = BTreeMap::from([(
            "Bot".to_owned(),
            vec![entry(true, false, &[]), entry(true, true, &["withdraw_enabled"])],
        )]);
        let s = statuses(vec![saved()], &history);
        let last = s[0].last_test.as_ref().expect("tested");
        assert_eq!(last.health, Health::CanWithdraw);
        assert_eq!(last.drift, vec![Drift::WithdrawTurnedOn]);
        assert!(!s[0].may_hand_over);
    }

    #[test]
    fn withdraw_seen_on_survives_a_test_that_never_reached_okx() {
        for failure in [
            "network_error",
            "timeout",
            "okx_unavailable",
            "rate_limited",
            "ip_not_allowed",
        ] {
            let history = BTreeMap::from([(
                "Bot".to_owned(),
                vec![
                    entry(true, false, &[]),
                    entry(true, true, &["withdraw_enabled"]),
                    entry(false, false, &[failure]),
                ],
            )]);
            let s = statuses(vec![saved()], &history);
            assert!(!s[0].may_hand_over, "{failure}");
            assert_eq!(
                s[0].last_test.as_ref().map(|t| t.health),
                Some(Health::CanWithdraw),
                "{failure}"
            );
        }
    }

    #[test]
    fn a_key_okx_forgot_is_deleted_and_has_no_idle_count() {
        let history = BTreeMap::from([(
            "Bot".to_owned(),
            vec![entry(true, false, &[]), entry(false, false, &["unknown_key"])],
        )]);
        let s = statuses(vec![saved()], &history);
        assert_eq!(s[0].last_test.as_ref().map(|t| t.health), Some(Health::Deleted));
        assert!(s[0].idle_rule.is_none());
    }

    #[test]
    fn a_trading_key_without_ip_binding_counts_its_idle_days() {
        let history = BTreeMap::from([("Bot".to_owned(), vec![entry(true, false, &["no_ip_binding"])])]);
        let s = statuses(vec![saved()], &history);
        assert_eq!(s[0].idle_rule.as_ref().map(|r| r.days_since_seen_working), Some(0));
        assert_eq!(s[0].last_test.as_ref().map(|t| t.health), Some(Health::Healthy));
    }

    #[test]
    fn an_older_key_under_the_same_label_is_not_this_one() {
        let mut old = entry(true, true, &[]);
        old.api_key_redacted = "aaaa…bbbb".into();
        let history = BTreeMap::from([("Bot".to_owned(), vec![old])]);
        let s = statuses(vec![saved()], &history);
        assert!(s[0].last_test.is_none());
        assert!(s[0].may_hand_over);
    }
}
