//! `okx-key-assistant check [LABEL...] [--json]`: tests the saved keys (all of them, from the
//! index of saved keys, or the LABELs given) at once and says what changed since each last
//! worked (`okx_key_core::health`).
//!
//! - Each key is tested on its saved site and in its saved mode, up to [`CONCURRENCY`] at a
//!   time, so 10 keys take about as long as one (`make bench`: at most 1.5 times one `verify`).
//!   OKX allows 5 `account/config` calls per 2 s per account, so more than 5 keys of one account
//!   tested together get its rate limit (50011): such a key is tried again after
//!   [`RATE_LIMIT_PAUSE`], at most [`RATE_LIMIT_RETRIES`] times.
//! - Each test is compared with the key's history (drift, the 14-day rule) and added to it.
//! - Text: one line per key (label, site and mode, result), then its drift and notes indented.
//!   `--json`: one array of the `verify --json` objects, each with `label` (the saved label;
//!   OKX's own label moves to `okx_label`), `drift` ([{kind, message, fix, …}]) and `idle_rule`
//!   (the 14-day rule, or null).
//! - Exit: 0 every key healthy; 1 any failed, was deleted on OKX or lost Trade; 2 bad usage or no
//!   saved key; 3 any can withdraw (3 wins over 1).
//!
//! The keys are read from the keychain one after the other, each tested as soon as it is read;
//! no secret is printed, and the history holds none.

use super::args::switch;
use super::command::{Call, Subcommand};
use super::input;
use super::output::{self, Exit};
use okx_key_core::catalog::Text;
use okx_key_core::credentials::{PastedCredentials, Surface, ValidationContext};
use okx_key_core::health::{self, Drift, Entry, History, IdleRule};
use okx_key_core::keychain::index::Index;
use okx_key_core::keychain::{validate_label, Keychain};
use okx_key_core::outcome::CheckId;
use okx_key_core::{t, Credentials, Problem, ProblemKind, Site, Verification, VerifyOptions};
use std::sync::Arc;
use std::time::Duration;

/// Keys tested at the same time (each test is 2 or 3 small requests).
pub const CONCURRENCY: usize = 10;
/// How long to wait before testing again a key that OKX answered with its rate limit.
pub const RATE_LIMIT_PAUSE: Duration = Duration::from_millis(2100);
/// How many times such a key is tried again.
pub const RATE_LIMIT_RETRIES: usize = 2;

/// Verified but a key can withdraw (the same 3 as `verify`).
const UNSAFE: i32 = 3;

pub const COMMAND: Subcommand = Subcommand {
    name: "check",
    usage: || t!("health-usage"),
    flags: &[switch("--json")],
    positionals: usize::MAX,
    main,
};

fn main(call: &Call) -> i32 {
    let mut labels: Vec<String> = Vec::new();
    for given in &call.parsed.positionals {
        match validate_label(given) {
            Ok(l) if !labels.contains(&l) => labels.push(l),
            Ok(_) => {}
            // The reason never echoes the value: it may be a secret typed in the wrong place.
            Err(p) => return call.usage_error(p.message),
        }
    }
    match run_checked(labels, call.json) {
        Ok(code) => code,
        Err(exit) => exit.finish(call.json),
    }
}

/// What became of one saved key.
struct Checked {
    label: String,
    verification: Verification,
    /// The test reached the point of asking OKX (false: the keychain or the saved values failed,
    /// which is no news about the key on OKX and goes into no history).
    tested: bool,
    drift: Vec<Drift>,
    idle: Option<IdleRule>,
}

/// A key's state, for its line and the exit status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Health {
    Healthy,
    CanWithdraw,
    Failed,
    Deleted,
}

impl Checked {
    fn health(&self) -> Health {
        let v = &self.verification;
        if self.drift.iter().any(|d| matches!(d, Drift::DeletedOnOkx { .. })) {
            Health::Deleted
        } else if (v.verified && !v.safe) || self.drift.contains(&Drift::WithdrawTurnedOn) {
            Health::CanWithdraw
        } else if super::verify::exit_code(v) != output::OK || self.drift.iter().any(Drift::is_failure) {
            Health::Failed
        } else {
            Health::Healthy
        }
    }
}

fn run_checked(labels: Vec<String>, json: bool) -> Result<i32, Exit> {
    input::check_overrides()?;
    let dir = super::data_dir().map_err(Exit::failed)?;
    let saved = Index::new(dir.clone()).load();
    let labels = if labels.is_empty() {
        saved.iter().map(|r| r.label.clone()).collect()
    } else {
        labels
    };
    if labels.is_empty() {
        return Err(Exit::input(Problem::from_text(
            ProblemKind::NotFound,
            t!("health-no-keys"),
        )));
    }
    let keychain = Keychain::system(dir.clone()).map_err(Exit::failed)?;

    // The keychain is read one key after the other on a thread of its own, and each key is
    // tested as soon as it is read (so the reads overlap the tests).
    let (tx, rx) = tokio::sync::mpsc::unbounded_channel();
    let to_read = labels.clone();
    let reader = std::thread::spawn(move || {
        for (i, label) in to_read.iter().enumerate() {
            if tx.send((i, read(&keychain, label))).is_err() {
                break;
            }
        }
    });
    let outcomes = super::block_on(test_as_read(rx));
    let _ = reader.join();
    let outcomes = outcomes?;

    let mut results: Vec<Option<Checked>> = labels.iter().map(|_| None).collect();
    let mut tested = Vec::new();
    for (i, outcome) in outcomes {
        match outcome {
            Ok(v) => tested.push((i, v)),
            Err(problems) => {
                let row = saved.iter().find(|r| r.label == labels[i]);
                let (site, demo, redacted) = row.map_or((Site::Global, false, "…".to_owned()), |r| {
                    (r.site, r.demo, r.api_key_redacted.clone())
                });
                results[i] = Some(Checked {
                    label: labels[i].clone(),
                    verification: untested(site, demo, redacted, problems),
                    tested: false,
                    drift: Vec::new(),
                    idle: None,
                });
            }
        }
    }
    // In the order of the labels, so the history's order does not depend on which answered first.
    tested.sort_by_key(|(i, _)| *i);

    let history = History::new(dir);
    let mut past = history.load();
    let mut new_entries = Vec::new();
    for (i, v) in tested {
        let label = labels[i].clone();
        let entries = past.entry(label.clone()).or_default();
        let drift = health::drift(&v, entries);
        let entry = Entry::from_verification(&v);
        entries.push(entry.clone());
        new_entries.push((label.clone(), entry));
        // A key OKX deleted is past the 14-day rule: the drift says so, the days would not.
        let deleted = drift.iter().any(|d| matches!(d, Drift::DeletedOnOkx { .. }));
        let idle = if deleted { None } else { health::idle_rule_now(entries) };
        results[i] = Some(Checked {
            label,
            verification: v,
            tested: true,
            drift,
            idle,
        });
    }
    if let Err(p) = history.record(new_entries) {
        output::err(&t!("cli-note", note = output::problem_text(&p)).to_string());
    }
    let results: Vec<Checked> = results
        .into_iter()
        .zip(&labels)
        .map(|(r, label)| {
            r.unwrap_or_else(|| Checked {
                label: label.clone(),
                verification: untested(
                    Site::Global,
                    false,
                    "…".to_owned(),
                    vec![Problem::internal(t!("health-test-stopped"))],
                ),
                tested: false,
                drift: Vec::new(),
                idle: None,
            })
        })
        .collect();
    for r in &results {
        tracing::info!(label = %r.label, tested = r.tested, health = ?r.health(), drift = r.drift.len(), "checked a saved key");
    }

    if json {
        output::out(
            &to_json(&results)
                .map_err(|e| Exit::failed(Problem::internal(t!("cli-internal-json", error = e.to_string()))))?,
        );
    } else {
        output::out(&lines(&results));
    }
    Ok(exit_code(&results))
}

/// 3 when any key can withdraw; else 1 when any failed or was deleted; else 0.
fn exit_code(results: &[Checked]) -> i32 {
    let states: Vec<Health> = results.iter().map(Checked::health).collect();
    if states.contains(&Health::CanWithdraw) {
        UNSAFE
    } else if states.iter().any(|h| matches!(h, Health::Failed | Health::Deleted)) {
        output::FAILED
    } else {
        output::OK
    }
}

/// The saved key's values, checked as `verify --keychain` checks them, and how to test it.
fn read(keychain: &Keychain, label: &str) -> Result<(Credentials, VerifyOptions), Vec<Problem>> {
    let stored = keychain.read(label).map_err(|p| vec![p])?;
    let c = &stored.credentials;
    let pasted = PastedCredentials::new(c.api_key.expose(), c.secret_key.expose(), c.passphrase.expose());
    let ctx = ValidationContext {
        surface: Surface::Cli,
        label: Some(label.to_owned()),
        expected_passphrase: None,
    };
    let (creds, trimmed) = input::check(&pasted, &ctx, true).map_err(|e| e.problems)?;
    drop(pasted);
    let opts = VerifyOptions {
        site: stored.site,
        auto_site: false,
        demo: stored.demo,
        trimmed,
        ..VerifyOptions::default()
    };
    Ok((creds, opts))
}

/// A key as read from the keychain: its values and how to test it, or why it cannot be tested.
type Read = Result<(Credentials, VerifyOptions), Vec<Problem>>;

/// Tests each key as it arrives from the keychain, [`CONCURRENCY`] at a time; results come back
/// with their index (a key that could not be read, with its problems).
async fn test_as_read(
    mut keys: tokio::sync::mpsc::UnboundedReceiver<(usize, Read)>,
) -> Vec<(usize, Result<Verification, Vec<Problem>>)> {
    let slots = Arc::new(tokio::sync::Semaphore::new(CONCURRENCY));
    let mut set = tokio::task::JoinSet::new();
    let mut out = Vec::new();
    while let Some((i, read)) = keys.recv().await {
        let (creds, opts) = match read {
            Ok(job) => job,
            Err(problems) => {
                out.push((i, Err(problems)));
                continue;
            }
        };
        let slots = slots.clone();
        set.spawn(async move {
            let _slot = slots.acquire_owned().await.ok();
            let quiet = |_: CheckId| {};
            let mut v = okx_key_core::verify(&creds, &opts, &quiet).await;
            for _ in 0..RATE_LIMIT_RETRIES {
                if !v.problems.iter().any(|p| p.kind == ProblemKind::RateLimited) {
                    break;
                }
                tokio::time::sleep(RATE_LIMIT_PAUSE).await;
                v = okx_key_core::verify(&creds, &opts, &quiet).await;
            }
            (i, Ok(v))
        });
    }
    while let Some(done) = set.join_next().await {
        match done {
            Ok(r) => out.push(r),
            Err(e) => tracing::error!(error = %e, "a key's test stopped"),
        }
    }
    out
}

/// A result for a key that could not be tested (the keychain or its values failed).
fn untested(site: Site, demo: bool, api_key_redacted: String, problems: Vec<Problem>) -> Verification {
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
        checked_at: okx_key_core::iso_time::now(),
        checks: Vec::new(),
        account: None,
        works_with: None,
        site_detected: false,
    }
}

/// The JSON array: each key's `verify --json` object with `label` (saved), `okx_label`,
/// `drift` and `idle_rule`.
fn to_json(results: &[Checked]) -> serde_json::Result<String> {
    let mut all = Vec::with_capacity(results.len());
    for r in results {
        let mut value = serde_json::to_value(&r.verification)?;
        if let Some(obj) = value.as_object_mut() {
            let okx_label = obj.remove("label").unwrap_or(serde_json::Value::Null);
            obj.insert("label".to_owned(), serde_json::Value::from(r.label.as_str()));
            obj.insert("okx_label".to_owned(), okx_label);
            obj.insert("drift".to_owned(), serde_json::to_value(&r.drift)?);
            obj.insert("idle_rule".to_owned(), serde_json::to_value(&r.idle)?);
        }
        all.push(value);
    }
    serde_json::to_string_pretty(&all)
}

/// One line per key (label, site and mode, result), then what to know about it, indented.
fn lines(results: &[Checked]) -> String {
    let (live, demo) = (
        t!("cli-list-mode-live").to_string(),
        t!("cli-list-mode-demo").to_string(),
    );
    let rows: Vec<[String; 3]> = results
        .iter()
        .map(|r| {
            let v = &r.verification;
            let mode = if v.demo { &demo } else { &live };
            [
                r.label.clone(),
                format!("{} {mode}", v.site.as_str()),
                result_words(r).to_string(),
            ]
        })
        .collect();
    let w0 = rows.iter().map(|r| r[0].chars().count()).max().unwrap_or(0);
    let w1 = rows.iter().map(|r| r[1].chars().count()).max().unwrap_or(0);
    let mut out = Vec::new();
    for (r, row) in results.iter().zip(&rows) {
        out.push(format!("{:<w0$}  {:<w1$}  {}", row[0], row[1], row[2]));
        // A failure's reason is on the key's line already; its fix goes below.
        if r.health() == Health::Failed && r.drift.is_empty() {
            if let Some(p) = first_problem(&r.verification).filter(|p| !p.fix.is_empty()) {
                out.push(format!("    {}", t!("cli-what-to-do", fix = p.fix.clone())));
            }
        }
        for d in &r.drift {
            note(&mut out, &d.message(), &d.fix());
        }
        if let Some(idle) = &r.idle {
            note(&mut out, &idle.message(), &idle.fix());
        }
    }
    out.join("\n")
}

/// "  - <message>" and "    What to do: <fix>".
fn note(out: &mut Vec<String>, message: &Text, fix: &Text) {
    out.push(format!("  - {message}"));
    if !fix.is_empty() {
        out.push(format!("    {}", t!("cli-what-to-do", fix = fix.clone())));
    }
}

fn first_problem(v: &Verification) -> Option<&Problem> {
    v.blocking_problems().next().or(v.problems.first())
}

fn result_words(r: &Checked) -> Text {
    match r.health() {
        Health::Healthy => t!("health-result-healthy"),
        Health::CanWithdraw => t!("health-result-can-withdraw"),
        Health::Deleted => t!("health-result-deleted"),
        Health::Failed => match first_problem(&r.verification) {
            Some(p) => t!("health-result-failed", reason = p.message.clone()),
            None => match r.drift.iter().find(|d| d.is_failure()) {
                Some(d) => t!("health-result-failed", reason = d.message()),
                None => t!("health-result-failed", reason = ""),
            },
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn checked(v: Verification, drift: Vec<Drift>) -> Checked {
        Checked {
            label: "Bot".into(),
            verification: v,
            tested: true,
            drift,
            idle: None,
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
    fn exit_status_three_wins_over_one() {
        let mut withdraw = ok();
        withdraw.safe = false;
        let failed = untested(
            Site::Global,
            false,
            "x".into(),
            vec![Problem::new(ProblemKind::Timeout, "t", "f")],
        );
        assert_eq!(exit_code(&[checked(ok(), vec![])]), 0);
        assert_eq!(exit_code(&[checked(ok(), vec![]), checked(failed.clone(), vec![])]), 1);
        assert_eq!(
            exit_code(&[checked(
                failed.clone(),
                vec![Drift::DeletedOnOkx { site: Site::Global }]
            )]),
            1
        );
        assert_eq!(exit_code(&[checked(ok(), vec![Drift::TradeLost])]), 1);
        assert_eq!(
            exit_code(&[
                checked(failed, vec![]),
                checked(withdraw, vec![Drift::WithdrawTurnedOn])
            ]),
            3
        );
        let ip = Drift::IpListChanged {
            before: vec![],
            after: vec!["1.2.3.4".into()],
        };
        assert_eq!(exit_code(&[checked(ok(), vec![ip])]), 0);
    }

    #[test]
    fn json_keeps_the_verify_object_and_adds_label_drift_and_idle_rule() {
        let text = to_json(&[checked(ok(), vec![Drift::TradeLost])]).unwrap();
        let v: serde_json::Value = serde_json::from_str(&text).unwrap();
        let first = &v[0];
        assert_eq!(first["label"], "Bot");
        assert_eq!(first["okx_label"], "OkxName");
        assert_eq!(first["drift"][0]["kind"], "trade_lost");
        assert!(first["drift"][0]["message"].is_string());
        assert!(first["idle_rule"].is_null());
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
            assert!(first.get(key).is_some(), "{key} missing");
        }
    }

    #[test]
    fn one_line_per_key_with_notes_indented() {
        let failed = untested(
            Site::Eea,
            true,
            "x".into(),
            vec![Problem::new(
                ProblemKind::Timeout,
                "OKX did not answer.",
                "Try again later.",
            )],
        );
        let mut second = checked(failed, vec![]);
        second.label = "Second_Bot".into();
        let text = lines(&[checked(ok(), vec![Drift::TradeLost]), second]);
        let l: Vec<&str> = text.lines().collect();
        assert!(l[0].starts_with("Bot ") && l[0].contains("global live"), "{text}");
        assert!(l[0].contains("failed: This key could trade"), "{text}");
        assert!(l[1].starts_with("  - This key could trade"), "{text}");
        assert!(l[2].starts_with("    What to do: "), "{text}");
        let second = l.iter().position(|s| s.starts_with("Second_Bot")).unwrap();
        assert!(
            l[second].contains("eea demo") && l[second].contains("failed: OKX did not answer."),
            "{text}"
        );
        assert_eq!(l[second + 1], "    What to do: Try again later.", "{text}");
        // The columns line up.
        assert_eq!(l[0].find("global"), l[second].find("eea"));
    }
}
