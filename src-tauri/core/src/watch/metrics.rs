//! `check --prometheus FILE`: a round of tests in node_exporter's textfile format (stable metric
//! names, `# HELP` and `# TYPE` lines, labels `label`, `site`, `mode`, `bot`, `market`), written
//! atomically (a temporary file in the same folder, renamed over FILE) and readable by the
//! exporter (mode 0644: it holds labels and numbers, no secret).
//!
//! `bot` and `market` are empty for a key saved for no bot, and `okx_key_ready` is written only
//! for a key saved for a bot whose readiness is known: one place, [`readiness_of`].

use crate::health::{Health, KeyCheck};
use std::fmt::Write as _;
use std::io::Write as _;
use std::path::Path;

/// One metric: name, type, help.
const METRICS: [(&str, &str, &str); 8] = [
    (
        "okx_key_healthy",
        "gauge",
        "1 when the saved OKX API key works and cannot withdraw.",
    ),
    (
        "okx_key_can_withdraw",
        "gauge",
        "1 when the saved OKX API key can withdraw (or Withdraw was seen on).",
    ),
    (
        "okx_key_deleted",
        "gauge",
        "1 when OKX no longer knows the saved key where it used to work.",
    ),
    (
        "okx_key_idle_days",
        "gauge",
        "Days since the app last saw the key work (unbound Trade keys only, OKX's 14-day rule).",
    ),
    (
        "okx_key_days_left",
        "gauge",
        "Days left before OKX's 14-day rule deletes the key if nothing uses it (unbound Trade keys only).",
    ),
    (
        "okx_key_ready",
        "gauge",
        "1 when the key is ready for the bot it was saved for (keys saved for a bot only).",
    ),
    (
        "okx_key_last_check_timestamp_seconds",
        "gauge",
        "When the key was last tested, in seconds since the Unix epoch.",
    ),
    (
        "okx_key_check_duration_seconds",
        "gauge",
        "How long the whole round of tests took, in seconds.",
    ),
];

/// The bot, market and readiness of a key tested for a bot (issue 25): `None` for a key saved
/// for no bot; the answer is `None` when readiness is unknown (then no `okx_key_ready` sample).
fn readiness_of(check: &KeyCheck) -> Option<(String, String, Option<bool>)> {
    let r = check.verification.readiness.as_ref()?;
    Some((r.bot.id().to_owned(), r.market.id().to_owned(), r.ready))
}

/// A label value with `\`, `"` and newlines escaped as the text format asks.
fn escape(v: &str) -> String {
    v.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n")
}

/// The file's text for `checks`, tested in `duration_seconds`.
pub fn text(checks: &[KeyCheck], duration_seconds: f64) -> String {
    let mut out = String::new();
    for (name, kind, help) in METRICS {
        let mut samples = Vec::new();
        if name == "okx_key_check_duration_seconds" {
            samples.push(format!("{name} {}", duration_seconds.max(0.0)));
        }
        for c in checks {
            let v = &c.verification;
            let ready = readiness_of(c);
            let (bot, market) = ready
                .as_ref()
                .map(|(b, m, _)| (b.as_str(), m.as_str()))
                .unwrap_or(("", ""));
            let labels = format!(
                "label=\"{}\",site=\"{}\",mode=\"{}\",bot=\"{}\",market=\"{}\"",
                escape(&c.label),
                v.site.as_str(),
                if v.demo { "demo" } else { "live" },
                escape(bot),
                escape(market)
            );
            let health = c.health();
            let value: Option<String> = match name {
                "okx_key_healthy" => Some(u8::from(health == Health::Healthy).to_string()),
                "okx_key_can_withdraw" => Some(u8::from(health == Health::CanWithdraw).to_string()),
                "okx_key_deleted" => Some(u8::from(health == Health::Deleted).to_string()),
                "okx_key_idle_days" => c.idle.as_ref().map(|i| i.days_since_seen_working.to_string()),
                "okx_key_days_left" => c.idle.as_ref().map(|i| i.days_left.to_string()),
                "okx_key_ready" => ready.and_then(|(_, _, r)| r).map(|r| u8::from(r).to_string()),
                "okx_key_last_check_timestamp_seconds" => crate::iso_time::parse(&v.checked_at)
                    .map(|t| format!("{:.3}", t.unix_timestamp_nanos() as f64 / 1e9)),
                _ => None,
            };
            if let Some(value) = value {
                samples.push(format!("{name}{{{labels}}} {value}"));
            }
        }
        if samples.is_empty() {
            continue;
        }
        let _ = writeln!(out, "# HELP {name} {help}");
        let _ = writeln!(out, "# TYPE {name} {kind}");
        for s in samples {
            let _ = writeln!(out, "{s}");
        }
    }
    out
}

/// Writes `text` to `path` atomically, readable by the exporter (0644).
pub fn write(path: &Path, text: &str) -> std::io::Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("okx_key.prom");
    // node_exporter reads only `*.prom`: the temporary name must not end so.
    let mut tmp = tempfile::Builder::new()
        .prefix(&format!(".{name}."))
        .suffix(".tmp")
        .tempfile_in(dir)?;
    tmp.write_all(text.as_bytes())?;
    tmp.as_file().sync_all()?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        tmp.as_file().set_permissions(std::fs::Permissions::from_mode(0o644))?;
    }
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::health::check::untested;
    use crate::health::{Drift, IdleRule};
    use crate::Site;

    fn key(label: &str, verified: bool, safe: bool, drift: Vec<Drift>, idle: bool) -> KeyCheck {
        let mut v = untested(Site::Global, false, "6d2d…fd7f".into(), vec![]);
        v.verified = verified;
        v.safe = safe;
        v.checked_at = "2026-12-01T08:00:00.500Z".into();
        KeyCheck {
            label: label.into(),
            verification: v,
            tested: true,
            drift,
            idle: idle.then(|| IdleRule {
                days_since_seen_working: 2,
                last_seen_working: "2026-11-29T08:00:00.000Z".into(),
                days_left: 12,
            }),
            known: Default::default(),
        }
    }

    #[test]
    fn names_help_type_labels_and_values() {
        let t = text(
            &[
                key("good", true, true, vec![], true),
                key("with\"draw", true, false, vec![Drift::WithdrawTurnedOn], false),
                key(
                    "gone",
                    false,
                    false,
                    vec![Drift::DeletedOnOkx { site: Site::Global }],
                    false,
                ),
            ],
            1.25,
        );
        assert!(t.contains("# HELP okx_key_healthy "), "{t}");
        assert!(t.contains("# TYPE okx_key_healthy gauge"), "{t}");
        let l = |label: &str| format!("{{label=\"{label}\",site=\"global\",mode=\"live\",bot=\"\",market=\"\"}}");
        assert!(t.contains(&format!("okx_key_healthy{} 1", l("good"))), "{t}");
        assert!(
            t.contains(&format!("okx_key_can_withdraw{} 1", l("with\\\"draw"))),
            "{t}"
        );
        assert!(t.contains(&format!("okx_key_deleted{} 1", l("gone"))), "{t}");
        assert!(t.contains(&format!("okx_key_days_left{} 12", l("good"))), "{t}");
        assert!(!t.contains(&format!("okx_key_days_left{}", l("gone"))), "{t}");
        assert!(
            t.contains(&format!(
                "okx_key_last_check_timestamp_seconds{} 1796112000.500",
                l("good")
            )),
            "{t}"
        );
        assert!(t.contains("okx_key_check_duration_seconds 1.25\n"), "{t}");
        assert!(!t.contains("okx_key_ready"), "no readiness yet: {t}");
    }

    #[test]
    fn written_atomically_and_readable_by_the_exporter() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("okx_key.prom");
        write(&p, "a 1\n").unwrap();
        write(&p, "a 2\n").unwrap();
        assert_eq!(std::fs::read_to_string(&p).unwrap(), "a 2\n");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(std::fs::metadata(&p).unwrap().permissions().mode() & 0o777, 0o644);
        }
    }

    #[test]
    fn a_key_saved_for_a_bot_has_its_bot_market_and_ready() {
        use crate::bots::{BotKind, Market};
        use crate::readiness::{decide, Facts};
        let mut facts = Facts {
            site: Some(Site::Global),
            mode: Some(crate::okx::AccountMode::Futures),
            position_mode: Some(crate::okx::PositionMode::Net),
            market_listed: Some(true),
            trading_money: Some(true),
            funding_money: Some(false),
            ..Default::default()
        };
        let mut blocked = key("pb", true, true, vec![], false);
        blocked.verification.readiness = Some(decide(BotKind::Passivbot, Market::Swap, &facts));
        let mut ready = key("ft", true, true, vec![], false);
        ready.verification.readiness = Some(decide(BotKind::Freqtrade, Market::Spot, &facts));
        facts.market_listed = None;
        facts.unknown_because = Some(crate::Problem::new(crate::ProblemKind::NetworkError, "down", "later"));
        let mut unknown = key("hb", true, true, vec![], false);
        unknown.verification.readiness = Some(decide(BotKind::Hummingbot, Market::Swap, &facts));
        assert_eq!(unknown.verification.readiness.as_ref().unwrap().ready, None);
        let none = key("plain", true, true, vec![], false);
        let t = text(&[blocked, ready, unknown, none], 0.5);
        let l = |label: &str, bot: &str, market: &str| {
            format!("{{label=\"{label}\",site=\"global\",mode=\"live\",bot=\"{bot}\",market=\"{market}\"}}")
        };
        assert!(t.contains("# TYPE okx_key_ready gauge"), "{t}");
        assert!(
            t.contains(&format!("okx_key_ready{} 0", l("pb", "passivbot", "swap"))),
            "{t}"
        );
        assert!(
            t.contains(&format!("okx_key_ready{} 1", l("ft", "freqtrade", "spot"))),
            "{t}"
        );
        assert!(
            t.contains(&format!("okx_key_healthy{} 1", l("hb", "hummingbot", "swap"))),
            "{t}"
        );
        assert!(!t.contains("okx_key_ready{label=\"hb\""), "unknown: no sample: {t}");
        assert!(t.contains(&format!("okx_key_healthy{} 1", l("plain", "", ""))), "{t}");
        assert!(!t.contains("okx_key_ready{label=\"plain\""), "no bot: no sample: {t}");
    }
}
