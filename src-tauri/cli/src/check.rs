//! `okx-key-assistant check [LABEL...] [--json]`: tests the saved keys (all of them: the index
//! of saved keys and every key the keychain lists, see `Keychain::saved_labels`; or the LABELs
//! given) at once and says what changed since each last worked. The work is
//! `okx_key_core::health::check_keys` (shared with the window's Test all); this file reads the
//! arguments and prints.
//!
//! - Text: one line per key (label, site and mode, result), then its drift and notes indented.
//!   `--json`: one array of the `verify --json` objects, each with `label` (the saved label;
//!   OKX's own label moves to `okx_label`), `drift` ([{kind, message, fix, …}]), `idle_rule`
//!   (the 14-day rule, or null) and `health`.
//! - Exit: 0 every key healthy; 1 any failed, was deleted on OKX or lost Trade; 2 bad usage or no
//!   saved key; 3 any can withdraw (3 wins over 1).
//!
//! - `--notify` (the watch, `okx_key_core::watch`): a desktop notification per key that needs
//!   the user, in the app's saved language unless `--lang` is given (see `notify.rs`).
//! - `--prometheus FILE`: the round's health in node_exporter's textfile format.
//!
//! No secret is printed, and the history holds none.

use super::args::{option, switch};
use super::command::{Call, Subcommand};
use super::input;
use super::output::{self, Exit};
use okx_key_core::catalog::Text;
use okx_key_core::health::{self, Health, KeyCheck};
use okx_key_core::keychain::index::Index;
use okx_key_core::keychain::{validate_label, Keychain};
use okx_key_core::watch;
use okx_key_core::{t, Problem, ProblemKind};

/// Verified but a key can withdraw (the same 3 as `verify`).
const UNSAFE: i32 = 3;
/// A key's account is not ready for the bot it was saved for.
const NOT_READY: i32 = 4;

pub const COMMAND: Subcommand = Subcommand {
    name: "check",
    usage: || {
        Text::from(format!(
            "{}\n\n{}\n\n{}",
            t!("health-usage"),
            t!("health-usage-ready"),
            t!("watch-check-usage")
        ))
    },
    flags: &[switch("--json"), switch("--notify"), option("--prometheus")],
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
    let watch = Watch {
        notify: call.parsed.has("--notify"),
        prometheus: call.parsed.value("--prometheus").map(std::path::PathBuf::from),
    };
    match run_checked(labels, call.json, &watch) {
        Ok(code) => code,
        Err(exit) => exit.finish(call.json),
    }
}

/// What the watch asks of this run (`--notify`, `--prometheus FILE`).
struct Watch {
    notify: bool,
    prometheus: Option<std::path::PathBuf>,
}

fn run_checked(labels: Vec<String>, json: bool, watch: &Watch) -> Result<i32, Exit> {
    input::check_overrides()?;
    let dir = super::data_dir().map_err(Exit::failed)?;
    if watch.notify && super::requested_language().is_none() {
        // Notifications speak the app's saved language (else the system's, already set).
        use okx_key_core::catalog::{self, locale, Locale, Surface};
        if let Some(lang) = okx_key_core::progress::Progress::load(&dir)
            .language
            .as_deref()
            .and_then(catalog::negotiate)
        {
            locale::set(Locale::new(lang, Surface::Cli));
        }
    }
    let started = std::time::Instant::now();
    let keychain = Keychain::system(dir.clone()).map_err(Exit::failed)?;
    // Every saved key: the index's and the keychain's, index or not (see `Keychain::saved_labels`).
    let labels = if labels.is_empty() {
        keychain.saved_labels()
    } else {
        labels
    };
    if labels.is_empty() {
        return Err(Exit::input(Problem::from_text(
            ProblemKind::NotFound,
            t!("health-no-keys"),
        )));
    }
    let saved = Index::new(dir.clone()).load();
    let results = super::block_on(health::check_keys(keychain, &saved, &labels, |_, _| {}))?;
    for r in &results {
        tracing::info!(label = %r.label, tested = r.tested, health = ?r.health(), drift = r.drift.len(), "checked a saved key");
    }
    if let Some(file) = &watch.prometheus {
        let text = watch::metrics::text(&results, started.elapsed().as_secs_f64());
        watch::metrics::write(file, &text).map_err(|e| {
            Exit::failed(Problem::new(
                ProblemKind::Storage,
                t!(
                    "watch-error-write",
                    path = file.display().to_string(),
                    error = e.to_string()
                ),
                t!("watch-error-write.fix"),
            ))
        })?;
    }
    if watch.notify {
        notify(&dir, &results);
    }
    if json {
        output::out(
            &serde_json::to_string_pretty(&results)
                .map_err(|e| Exit::failed(Problem::internal(t!("cli-internal-json", error = e.to_string()))))?,
        );
    } else {
        output::out(&lines(&results));
    }
    Ok(exit_code(&results))
}

/// Sends the notifications the core's rule picks and remembers them. A desktop without a
/// notification service is said on stderr; the check's results and exit status stand.
fn notify(dir: &std::path::Path, results: &[KeyCheck]) {
    let now: Vec<(String, Vec<watch::Event>)> =
        results.iter().map(|r| (r.label.clone(), watch::events_of(r))).collect();
    let (send, next) = watch::plan(&watch::WatchState::load(dir), &now, &okx_key_core::iso_time::now());
    match super::notify::send(&send) {
        Ok(()) => {
            if let Err(e) = next.save(dir) {
                tracing::warn!(error = %e, "the watch's state could not be saved");
            }
        }
        Err(p) => output::eprintln_problem(&p),
    }
}

/// 3 when any key can withdraw; else 1 when any failed or was deleted; else 4 when an account
/// is not ready for its key's saved bot; else 0.
fn exit_code(results: &[KeyCheck]) -> i32 {
    let states: Vec<Health> = results.iter().map(KeyCheck::health).collect();
    let not_ready = results.iter().any(|r| {
        r.verification
            .readiness
            .as_ref()
            .is_some_and(|x| x.ready == Some(false))
    });
    if states.contains(&Health::CanWithdraw) {
        UNSAFE
    } else if states.iter().any(|h| matches!(h, Health::Failed | Health::Deleted)) {
        output::FAILED
    } else if not_ready {
        NOT_READY
    } else {
        output::OK
    }
}

/// One line per key (label, site and mode, result), then what to know about it, indented.
fn lines(results: &[KeyCheck]) -> String {
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
            if let Some(p) = r.first_problem().filter(|p| !p.fix.is_empty()) {
                out.push(format!("    {}", t!("cli-what-to-do", fix = p.fix.clone())));
            }
        }
        // Withdraw seen on by an earlier test, and this one did not get that far: the refusal
        // (first among the problems) and, below it, why this test failed.
        if r.health() == Health::CanWithdraw && !r.verification.permissions.is_some_and(|p| p.withdraw) {
            for p in r.verification.blocking_problems().take(2) {
                note(&mut out, &p.message, &p.fix);
            }
        }
        for d in &r.drift {
            note(&mut out, &d.message(), &d.fix());
        }
        if let Some(idle) = &r.idle {
            note(&mut out, &idle.message(), &idle.fix());
        }
        // Readiness for the key's saved bot: the headline, and what blocks or may block.
        if let Some(ready) = &r.verification.readiness {
            out.push(format!("  - {}", ready.headline));
            for reason in ready
                .reasons
                .iter()
                .filter(|x| x.severity != okx_key_core::Severity::Info)
            {
                note(&mut out, &reason.message, &reason.fix);
            }
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

fn result_words(r: &KeyCheck) -> Text {
    match r.health() {
        Health::Healthy => t!("health-result-healthy"),
        Health::CanWithdraw => t!("health-result-can-withdraw"),
        Health::Deleted => t!("health-result-deleted"),
        Health::Failed => match r.first_problem() {
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
    use okx_key_core::health::check::untested;
    use okx_key_core::health::Drift;
    use okx_key_core::{Site, Verification};

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
        let text = serde_json::to_string(&[checked(ok(), vec![Drift::TradeLost])]).unwrap();
        let v: serde_json::Value = serde_json::from_str(&text).unwrap();
        let first = &v[0];
        assert_eq!(first["label"], "Bot");
        assert_eq!(first["okx_label"], "OkxName");
        assert_eq!(first["drift"][0]["kind"], "trade_lost");
        assert_eq!(first["drift"][0]["severity"], "error");
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

    /// OKX's label and IP list are OKX's (or whoever edits the key there) words: what `check`
    /// prints of them carries no terminal escape, control, or direction-changing character.
    #[test]
    fn okx_label_and_ip_list_are_printed_without_control_or_bidi_characters() {
        let hostile = "Grid\u{1b}[2J\u{7}\u{2066}evil\u{2069}\u{061C}\u{202E}bot\r\nfake line";
        let drift = vec![
            Drift::LabelChanged {
                before: Some("OkxName".into()),
                after: Some(hostile.into()),
            },
            Drift::IpListChanged {
                before: vec!["1.2.3.4".into()],
                after: vec![hostile.into(), "5.6.7.8".into()],
            },
        ];
        let text = lines(&[checked(ok(), drift)]);
        let bad: Vec<char> = text
            .chars()
            .filter(|c| *c != '\n' && okx_key_core::printable::is_unprintable(*c))
            .collect();
        assert!(bad.is_empty(), "{bad:?} in {text:?}");
        assert!(text.contains("Grid [2J") && text.contains("5.6.7.8"), "{text}");
        assert!(!text.lines().any(|l| l.starts_with("fake line")), "{text}");
    }
}
