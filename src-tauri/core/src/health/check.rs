//! Testing saved keys together: the one implementation behind `okx-key-assistant check` and the
//! window's "Test all" on My keys.
//!
//! - The keys are read from the keychain in one go (one Secret Service session on Linux, see
//!   `keychain/batch.rs`), then tested together, up to [`CONCURRENCY`] at a time, so ten keys
//!   take about as long as one.
//! - OKX allows 5 `account/config` calls per 2 s per account, so more than five keys of one
//!   account tested together meet its rate limit (50011): such a key is tried again after
//!   [`RATE_LIMIT_PAUSE`], at most [`RATE_LIMIT_RETRIES`] times.
//! - Each finished test is compared with the key's history as it was before this round (drift,
//!   the 14-day rule) and handed to the caller's `done` at once (the window's progress per key);
//!   the new entries are added to the history at the end, in the order of the labels.
//!
//! A key that could not be read or whose saved values fail the checks is reported untested: no
//! news about the key on OKX, and nothing goes into its history.

use super::drift::{drift, Drift};
use super::history::{known, Entry, History};
use super::idle::{idle_rule_now, IdleRule};
use super::verdict::{health_of, Health, UNFIT};
use crate::error::{Problem, ProblemKind};
use crate::keychain::index::IndexRow;
use crate::keychain::{Keychain, StoredKey};
use crate::okx::Site;
use crate::outcome::{CheckId, Permissions, Verification};
use crate::run::Known;
use crate::verify::{verify, VerifyOptions};
use crate::{t, Credentials};
use serde::Serialize;
use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Duration;

/// Keys tested at the same time (each test is a few small requests in flight together).
pub const CONCURRENCY: usize = 10;
/// How long to wait before testing again a key that OKX answered with its rate limit.
pub const RATE_LIMIT_PAUSE: Duration = Duration::from_millis(2100);
/// How many times such a key is tried again.
pub const RATE_LIMIT_RETRIES: usize = 2;

/// What became of one saved key.
#[derive(Debug, Clone)]
pub struct KeyCheck {
    /// The saved label.
    pub label: String,
    pub verification: Verification,
    /// The test reached the point of asking OKX (false: the keychain or the saved values failed).
    pub tested: bool,
    /// What changed since the key last worked.
    pub drift: Vec<Drift>,
    /// OKX's 14-day rule, when it applies (not for a key OKX deleted).
    pub idle: Option<IdleRule>,
    /// What is known of the key's permissions after this test (its record, the newest test that
    /// reached OKX): whether it may go to a bot ([`crate::run::may_hand_over`]).
    pub known: Known,
}

impl KeyCheck {
    pub fn health(&self) -> Health {
        let v = &self.verification;
        let unfit = v.problems.iter().any(|p| UNFIT.contains(&p.kind));
        let health = health_of(v.verified, v.safe, unfit, &self.drift);
        // Withdraw seen on sticks through tests that never reached OKX (`run::policy`).
        if self.known.withdraw_seen() && health != Health::Deleted {
            Health::CanWithdraw
        } else {
            health
        }
    }

    /// `run` would hand this key to a bot (the one rule, [`crate::run::may_hand_over`]).
    pub fn may_hand_over(&self) -> bool {
        crate::run::may_hand_over(&self.label, self.known, None).is_ok()
    }

    /// The first problem worth a headline: an error or a danger, else any.
    pub fn first_problem(&self) -> Option<&Problem> {
        let v = &self.verification;
        v.blocking_problems().next().or(v.problems.first())
    }
}

/// `check --json`'s object (and the window's): the `verify --json` object with `label` (the
/// saved label; OKX's own moves to `okx_label`), `drift`, `idle_rule`, and `health`.
impl Serialize for KeyCheck {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::Error;
        let mut value = serde_json::to_value(&self.verification).map_err(S::Error::custom)?;
        if let Some(obj) = value.as_object_mut() {
            let okx_label = obj.remove("label").unwrap_or(serde_json::Value::Null);
            obj.insert("label".to_owned(), serde_json::Value::from(self.label.as_str()));
            obj.insert("okx_label".to_owned(), okx_label);
            obj.insert(
                "drift".to_owned(),
                serde_json::to_value(&self.drift).map_err(S::Error::custom)?,
            );
            obj.insert(
                "idle_rule".to_owned(),
                serde_json::to_value(&self.idle).map_err(S::Error::custom)?,
            );
            obj.insert(
                "health".to_owned(),
                serde_json::to_value(self.health()).map_err(S::Error::custom)?,
            );
            obj.insert(
                "may_hand_over".to_owned(),
                serde_json::Value::from(self.may_hand_over()),
            );
        }
        value.serialize(s)
    }
}

/// A key as read from the keychain: its values and how to test it, or why it cannot be tested.
pub type Read = Result<(Credentials, VerifyOptions), Vec<Problem>>;

/// Tests the saved keys `labels` (`saved`: the index of saved keys, for the site and mode of a
/// key that cannot be read) and records the results in the history in `keychain`'s folder.
/// `done(i, &check)` is called as each key's result is known (`i`: its place in `labels`).
/// Results come back in the order of `labels`.
pub async fn check_keys(
    keychain: Keychain,
    saved: &[IndexRow],
    labels: &[String],
    done: impl Fn(usize, &KeyCheck) + Send + Sync,
) -> Vec<KeyCheck> {
    let history = History::new(keychain.index_dir().to_path_buf());
    let past = history.load();
    // Every key read in one go (one keychain session where the system allows it), then tested
    // together.
    let wanted = labels.to_vec();
    let (reads, recorded): (Vec<Read>, Vec<Option<Permissions>>) = match tokio::task::spawn_blocking(move || {
        let stored = keychain.read_many(&wanted);
        stored
            .into_iter()
            .zip(&wanted)
            .map(|(s, l)| {
                let recorded = s.as_ref().ok().and_then(|k| k.permissions);
                (prepare(s, l), recorded)
            })
            .unzip()
    })
    .await
    {
        Ok(reads) => reads,
        Err(_) => labels
            .iter()
            .map(|_| (Err(vec![Problem::internal(t!("health-test-stopped"))]), None))
            .unzip(),
    };
    let slots = Arc::new(tokio::sync::Semaphore::new(CONCURRENCY));
    // One set of HTTP clients for the whole run (this runtime's): built once, not per key.
    let pool = crate::okx::client::HttpPool::default();
    let mut set = tokio::task::JoinSet::new();
    for (i, read) in reads.into_iter().enumerate() {
        let (slots, pool) = (slots.clone(), pool.clone());
        set.spawn(async move {
            let (creds, mut opts) = match read {
                Ok(job) => job,
                Err(problems) => return (i, Err(problems)),
            };
            opts.http_pool = Some(pool);
            let _slot = slots.acquire_owned().await.ok();
            (i, Ok(test(&creds, &opts).await))
        });
    }

    let mut results: Vec<Option<KeyCheck>> = labels.iter().map(|_| None).collect();
    let mut new_entries: BTreeMap<usize, Entry> = BTreeMap::new();
    while let Some(joined) = set.join_next().await {
        let Ok((i, outcome)) = joined else {
            tracing::error!("a key's test stopped");
            continue;
        };
        let label = labels[i].clone();
        let entries = past.get(&label).map(Vec::as_slice).unwrap_or_default();
        let check = match outcome {
            Ok(mut v) => {
                let drift = drift(&v, entries);
                let entry = Entry::from_verification(&v);
                // A key OKX deleted is past the 14-day rule: the drift says so, the days would not.
                let deleted = drift.iter().any(|d| matches!(d, Drift::DeletedOnOkx { .. }));
                let idle = if deleted {
                    None
                } else {
                    let mut with_new = entries.to_vec();
                    with_new.push(entry.clone());
                    idle_rule_now(&with_new)
                };
                new_entries.insert(i, entry);
                let known = known(entries, &v.api_key_redacted, recorded[i]).after(&v);
                refusal_first(&label, known, &mut v);
                KeyCheck {
                    label,
                    verification: v,
                    tested: true,
                    drift,
                    idle,
                    known,
                }
            }
            Err(problems) => untested_check(label, saved, entries, problems),
        };
        done(i, &check);
        results[i] = Some(check);
    }
    let record = new_entries.into_iter().map(|(i, e)| (labels[i].clone(), e)).collect();
    if let Err(p) = history.record(record) {
        tracing::warn!(kind = p.kind.as_str(), "the key history could not be written");
    }
    results
        .into_iter()
        .zip(labels)
        .map(|(r, label)| {
            r.unwrap_or_else(|| {
                let entries = past.get(label).map(Vec::as_slice).unwrap_or_default();
                untested_check(
                    label.clone(),
                    saved,
                    entries,
                    vec![Problem::internal(t!("health-test-stopped"))],
                )
            })
        })
        .collect()
}

/// One key's test, tried again while OKX answers with its rate limit.
async fn test(creds: &Credentials, opts: &VerifyOptions) -> Verification {
    let quiet = |_: CheckId| {};
    let mut v = verify(creds, opts, &quiet).await;
    for _ in 0..RATE_LIMIT_RETRIES {
        if !v.problems.iter().any(|p| p.kind == ProblemKind::RateLimited) {
            break;
        }
        tokio::time::sleep(RATE_LIMIT_PAUSE).await;
        v = verify(creds, opts, &quiet).await;
    }
    v
}

/// The saved key's values, checked as `verify --keychain` checks them, and how to test it.
fn prepare(stored: crate::error::Result<StoredKey>, label: &str) -> Read {
    test_plan(&stored.map_err(|p| vec![p])?, label)
}

/// How to test the key saved as `label` (`check`, `run --verify`): its values as saved (checked
/// before saving; see `credentials::saved`), on its saved site and mode.
pub fn test_plan(stored: &StoredKey, _label: &str) -> Read {
    let creds = crate::credentials::saved(&stored.credentials).map_err(|p| vec![p])?;
    let opts = VerifyOptions {
        site: stored.site,
        auto_site: false,
        demo: stored.demo,
        origin: Some(stored.origin),
        // The bot and market it was saved for: `check`, Test all and `run --verify` tell
        // whether the account is still ready for them.
        readiness: stored.bot.map(|b| (b.bot, b.market)),
        ..VerifyOptions::default()
    };
    Ok((creds, opts))
}

fn untested_check(label: String, saved: &[IndexRow], entries: &[Entry], problems: Vec<Problem>) -> KeyCheck {
    let row = saved.iter().find(|r| r.label == label);
    let (site, demo, redacted) = row.map_or((Site::Global, false, "…".to_owned()), |r| {
        (r.site, r.demo, r.api_key_redacted.clone())
    });
    let known = known(entries, &redacted, None);
    let mut verification = untested(site, demo, redacted, problems);
    refusal_first(&label, known, &mut verification);
    KeyCheck {
        label,
        verification,
        tested: false,
        drift: Vec::new(),
        idle: None,
        known,
    }
}

/// When the key may not go to a bot because Withdraw was seen on, and this test did not see it
/// itself (it failed before OKX answered), the refusal comes first among the problems: it is
/// what the user must act on, and what `check`'s exit status 3 is about.
fn refusal_first(label: &str, known: Known, v: &mut Verification) {
    if v.problems.iter().any(|p| p.kind == ProblemKind::WithdrawEnabled) {
        return;
    }
    if let Err(p) = crate::run::may_hand_over(label, known, None) {
        v.problems.insert(0, p);
    }
}

/// A result for a key that could not be tested (the keychain or its values failed).
pub fn untested(site: Site, demo: bool, api_key_redacted: String, problems: Vec<Problem>) -> Verification {
    Verification {
        verified: false,
        safe: false,
        site,
        api_host: site.api_host().to_owned(),
        demo,
        label: None,
        api_key_redacted,
        permissions: None,
        ip_whitelist: Vec::new(),
        clock_skew_ms: None,
        balance: None,
        trimmed: Vec::new(),
        problems,
        checked_at: crate::iso_time::now(),
        checks: Vec::new(),
        account: None,
        works_with: None,
        site_detected: false,
        readiness: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn checked(v: Verification, drift: Vec<Drift>) -> KeyCheck {
        KeyCheck {
            label: "Bot".into(),
            verification: v,
            tested: true,
            drift,
            idle: None,
            known: Default::default(),
        }
    }

    fn ok() -> Verification {
        let mut v = untested(Site::Global, false, "6d2d…fd7f".into(), vec![]);
        v.verified = true;
        v.safe = true;
        v.label = Some("OkxName".into());
        v
    }

    #[test]
    fn health_follows_the_worst_news() {
        assert_eq!(checked(ok(), vec![]).health(), Health::Healthy);
        let ip = Drift::IpListChanged {
            before: vec![],
            after: vec!["1.2.3.4".into()],
        };
        assert_eq!(checked(ok(), vec![ip]).health(), Health::Healthy);
        assert_eq!(checked(ok(), vec![Drift::TradeLost]).health(), Health::Failed);
        let mut withdraw = ok();
        withdraw.safe = false;
        assert_eq!(
            checked(withdraw, vec![Drift::WithdrawTurnedOn]).health(),
            Health::CanWithdraw
        );
        let failed = untested(
            Site::Global,
            false,
            "x".into(),
            vec![Problem::new(ProblemKind::UnknownKey, "m", "f")],
        );
        assert_eq!(checked(failed.clone(), vec![]).health(), Health::Failed);
        assert_eq!(
            checked(failed, vec![Drift::DeletedOnOkx { site: Site::Global }]).health(),
            Health::Deleted
        );
    }

    #[test]
    fn json_keeps_the_verify_object_and_adds_label_drift_idle_rule_and_health() {
        let v = serde_json::to_value(checked(ok(), vec![Drift::TradeLost])).unwrap();
        assert_eq!(v["label"], "Bot");
        assert_eq!(v["okx_label"], "OkxName");
        assert_eq!(v["drift"][0]["kind"], "trade_lost");
        assert!(v["drift"][0]["message"].is_string());
        assert!(v["idle_rule"].is_null());
        assert_eq!(v["health"], "failed");
        for key in [
            "verified",
            "safe",
            "site",
            "api_host",
            "demo",
            "api_key_redacted",
            "permissions",
            "ip_whitelist",
            "problems",
            "checked_at",
        ] {
            assert!(v.get(key).is_some(), "{key} missing");
        }
    }
}
