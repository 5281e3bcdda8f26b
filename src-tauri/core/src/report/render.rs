//! The report's text, section by section: result, when, the key, what the test found, problems,
//! where it was saved, the golden rules and the user's confirmations, next steps, the risk.
//!
//! The words come from the catalog (`locales/<lang>/report.ftl`), made in the locale current
//! when [`render`] runs; this file keeps the layout (indents, marks, wrapping) and cleans every
//! value that did not come from the catalog.
//!
//! Numbers and dates are formatted here, the same in every language for now: [`utc`] and
//! [`local`] (the date and time), [`group_thousands`] (the balance) and [`list`] (the item
//! separator comes from the catalog). A locale's own date, time and number formats plug in at
//! those functions; counts already reach the catalog as numbers (`Arg::Int`), so Fluent picks
//! their plural forms.

use super::assess::{assess, skew_words, Assessment, State};
use super::text::{clean, Out, HIDDEN};
use super::words::{GOLDEN_RULES, SKEW_LIMIT_MS, SKEW_WARN_MS};
use super::{Confirmations, ReportInput};
use crate::catalog::Text;
use crate::error::Severity;
use crate::outcome::{Balance, CheckStatus, SaveRecord, Verification};
use crate::t;
use time::format_description::well_known::Rfc3339;
use time::macros::format_description;
use time::{OffsetDateTime, UtcOffset};

const VERSION: &str = env!("CARGO_PKG_VERSION");

pub fn render(input: &ReportInput) -> String {
    let v = input.verification;
    let a = assess(v);
    let mut out = Out::default();
    let title = t!("report-title").render();
    out.line(&title);
    out.line(&"=".repeat(title.chars().count()));
    out.blank();
    headline(&mut out, &a);
    when(&mut out, input);
    the_key(&mut out, v);
    found(&mut out, v);
    checks(&mut out, v);
    problems(&mut out, &a);
    readiness(&mut out, v);
    saved(&mut out, input.saved, &a);
    golden_rules(&mut out, input.confirmations);
    confirmations(&mut out, v, input.confirmations);
    next_steps(&mut out, v, input.saved, &a);
    out.heading(&t!("report-heading-risk").render());
    out.wrapped(2, 2, &t!("report-disclaimer").render());
    out.blank();
    out.wrapped(0, 0, &t!("report-no-secrets").render());
    let mut text = out.finish();
    if !text.ends_with('\n') {
        text.push('\n');
    }
    text
}

/// "  Label:  value", both from the catalog.
fn field(out: &mut Out, label: Text, value: Text) {
    out.field(&label.render(), &value.render());
}

fn headline(out: &mut Out, a: &Assessment) {
    let text = match a.state {
        State::Verified => t!("report-result-verified", abilities = a.abilities()),
        State::VerifiedNotReady => t!(
            "report-result-not-ready",
            reasons = a.reasons(&[]).unwrap_or_else(|| t!("report-reasons-unknown-not-ready"))
        ),
        State::Unsafe => t!("report-result-unsafe"),
        State::Unconfirmed => t!("report-result-unconfirmed"),
        State::NotVerified => t!(
            "report-result-not-verified",
            reasons = a
                .reasons(&[])
                .unwrap_or_else(|| t!("report-reasons-unknown-not-verified"))
        ),
    };
    let text = if a.practice {
        t!("report-result-practice", result = text)
    } else {
        text
    };
    out.banner(&text.render(), if a.state == State::Unsafe { '!' } else { '=' });
}

fn when(out: &mut Out, input: &ReportInput) {
    out.heading(&t!("report-heading-when").render());
    match OffsetDateTime::parse(&input.verification.checked_at, &Rfc3339) {
        Ok(t) => {
            field(out, t!("report-field-tested"), utc(t));
            if let Some(off) = input.local_offset {
                out.field_more(&local(t, off).render());
            }
        }
        Err(_) => field(
            out,
            t!("report-field-tested"),
            t!(
                "report-time-as-recorded",
                time = clean(&input.verification.checked_at, 40)
            ),
        ),
    }
    field(out, t!("report-field-made"), utc(input.generated_at));
    if let Some(off) = input.local_offset {
        out.field_more(&local(input.generated_at, off).render());
    }
    field(out, t!("report-field-app"), t!("report-app-version", version = VERSION));
}

fn the_key(out: &mut Out, v: &Verification) {
    out.heading(&t!("report-heading-key").render());
    let site = if v.site_detected {
        t!("report-site-detected", site = v.site.display_name())
    } else {
        v.site.display_name()
    };
    field(out, t!("report-field-site"), site);
    field(out, t!("report-field-host"), Text::from(clean(&v.api_host, 60)));
    let mode = if v.demo {
        t!("report-mode-demo")
    } else {
        t!("report-mode-live")
    };
    field(out, t!("report-field-mode"), mode);
    let label = v
        .label
        .as_deref()
        .map(|l| clean(l, 60))
        .filter(|l| !l.is_empty())
        .map_or_else(|| t!("report-label-none"), Text::from);
    field(out, t!("report-field-label"), label);
    let key = match shortened_key(&v.api_key_redacted) {
        Some(k) => t!("report-api-key-shortened", key = k),
        None => t!("report-api-key-not-shown"),
    };
    field(out, t!("report-field-api-key"), key);
    if let Some(acc) = &v.account {
        let kind = if acc.sub_account {
            t!("report-account-sub")
        } else {
            t!("report-account-main")
        };
        let account = match acc.mode {
            Some(m) => t!("report-account-with-mode", account = kind, mode = m.words()),
            None => kind,
        };
        field(out, t!("report-field-account"), account);
    }
}

/// The shortened API key as given, if it really is short; never more than 8 of its characters.
fn shortened_key(given: &str) -> Option<String> {
    let shown = given.chars().filter(|c| *c != '…' && *c != '.').count();
    let clean_given = clean(given, 12);
    if shown <= 8 && given.chars().count() <= 11 && !clean_given.contains(HIDDEN) {
        Some(clean_given)
    } else {
        None
    }
}

fn found(out: &mut Out, v: &Verification) {
    out.heading(&t!("report-heading-found").render());
    match v.permissions {
        Some(p) => {
            let read = if p.read {
                t!("report-perm-yes")
            } else {
                t!("report-read-missing")
            };
            field(out, t!("report-field-read"), read);
            let trade = if p.trade {
                t!("report-perm-yes")
            } else {
                t!("report-trade-missing")
            };
            field(out, t!("report-field-trade"), trade);
            if p.withdraw {
                field(out, t!("report-field-withdraw"), t!("report-withdraw-on"));
                out.wrapped(2, 5, &t!("report-withdraw-danger").render());
            } else {
                field(out, t!("report-field-withdraw"), t!("report-withdraw-off"));
            }
        }
        None => field(out, t!("report-field-permissions"), not_reached(v)),
    }

    let ip = if !v.ip_whitelist.is_empty() {
        t!("report-ip-bound", addresses = list(&v.ip_whitelist, 45, 20))
    } else if v.permissions.is_none() {
        not_reached(v)
    } else if v.demo {
        t!("report-ip-none-demo")
    } else {
        t!("report-ip-none-live")
    };
    field(out, t!("report-field-ip"), ip);

    let balance = match &v.balance {
        Some(b) => balance_words(b),
        None if v.verified => t!("report-balance-not-read"),
        None => not_reached(v),
    };
    field(out, t!("report-field-balance"), balance);

    let clock = match v.clock_skew_ms {
        Some(ms) => {
            let verdict = if ms.abs() <= SKEW_WARN_MS {
                t!("report-clock-fine")
            } else if ms.abs() <= SKEW_LIMIT_MS {
                t!("report-clock-warning")
            } else {
                t!("report-clock-too-far")
            };
            t!("report-clock", skew = skew_words(ms), verdict = verdict)
        }
        None => t!("report-clock-not-measured"),
    };
    field(out, t!("report-field-clock"), clock);

    let label = t!("report-field-pasted").render();
    for (i, n) in v.trimmed.iter().enumerate() {
        let n = n.sentence().render();
        if i == 0 {
            out.field(&label, &n);
        } else {
            out.field_more(&n);
        }
    }
}

fn not_reached(v: &Verification) -> Text {
    if v.verified {
        t!("report-not-known")
    } else {
        t!("report-not-checked")
    }
}

/// "1,234.57 USD total equity, in 2 currencies: USDT, BTC".
fn balance_words(b: &Balance) -> Text {
    let total = match b.total_eq_usd.trim().parse::<f64>() {
        Ok(x) if x.is_finite() => group_thousands(&format!("{x:.2}")),
        _ => clean(&b.total_eq_usd, 30),
    };
    t!(
        "report-balance",
        total = total,
        count = b.currencies.len(),
        currencies = list(&b.currencies, 12, 30)
    )
}

/// "1234.57" as "1,234.57". The one number format of the report (a locale's own digit grouping
/// and decimal sign would plug in here).
fn group_thousands(fixed: &str) -> String {
    let (sign, rest) = fixed.strip_prefix('-').map_or(("", fixed), |r| ("-", r));
    let (int, frac) = rest.split_once('.').unwrap_or((rest, ""));
    let digits: Vec<char> = int.chars().collect();
    let grouped = digits
        .rchunks(3)
        .rev()
        .map(|g| g.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join(",");
    if frac.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped}.{frac}")
    }
}

/// Cleaned items joined with the catalog's separator (", "), at most `max_items` then "and N more".
fn list(items: &[String], max_len: usize, max_items: usize) -> Text {
    let shown: Vec<String> = items.iter().take(max_items).map(|s| clean(s, max_len)).collect();
    let joined = Text::from(shown.join(&t!("report-list-separator").render()));
    if items.len() > max_items {
        t!("report-list-more", list = joined, more = items.len() - max_items)
    } else {
        joined
    }
}

fn checks(out: &mut Out, v: &Verification) {
    if v.checks.is_empty() {
        return;
    }
    out.heading(&t!("report-heading-checks").render());
    let mark = |status: CheckStatus| {
        let word = match status {
            CheckStatus::Pass => t!("report-mark-pass"),
            CheckStatus::Warning => t!("report-mark-warning"),
            CheckStatus::Fail => t!("report-mark-fail"),
            CheckStatus::Skipped => t!("report-mark-skipped"),
        };
        format!("[{}]", clean(&word.render(), 12))
    };
    // Every mark padded to the widest, so the checks' texts line up.
    let all = [
        CheckStatus::Pass,
        CheckStatus::Warning,
        CheckStatus::Fail,
        CheckStatus::Skipped,
    ];
    let width = all.iter().map(|s| mark(*s).chars().count()).max().unwrap_or(0);
    for c in &v.checks {
        let m = mark(c.status);
        let m = format!("{m}{}", " ".repeat(width.saturating_sub(m.chars().count())));
        let title = clean(&c.title.render(), 60);
        let detail = clean(&c.detail.render(), 200);
        let text = if detail.is_empty() {
            title
        } else {
            t!("report-check-line", title = title, detail = detail).render()
        };
        out.item(2, &m, &text);
    }
}

fn problems(out: &mut Out, a: &Assessment) {
    out.heading(&t!("report-heading-problems").render());
    if a.problems.is_empty() {
        out.line(&format!("  {}", t!("report-problems-none")));
        return;
    }
    let what_to_do = t!("report-what-to-do").render();
    for (i, p) in a.problems.iter().enumerate() {
        let tag = match p.severity {
            Severity::Danger => t!("report-tag-danger"),
            Severity::Error => t!("report-tag-problem"),
            Severity::Warning | Severity::Info => t!("report-tag-warning"),
        };
        let message = clean(&p.message.render(), 400);
        let line = match p.okx_code.as_deref() {
            Some(c) => t!(
                "report-problem-with-code",
                tag = tag,
                message = message,
                code = clean(c, 10)
            ),
            None => t!("report-problem", tag = tag, message = message),
        };
        out.item(2, &format!("{}.", i + 1), &line.render());
        out.item(5, &what_to_do, &clean(&p.fix.render(), 400));
    }
}

/// "Ready for your bot": the headline and each reason with its fix (only when a bot was chosen).
fn readiness(out: &mut Out, v: &Verification) {
    let Some(r) = v.readiness.as_ref() else {
        return;
    };
    out.heading(&t!("report-heading-ready").render());
    out.wrapped(2, 2, &clean(&r.headline.render(), 400));
    let what_to_do = t!("report-what-to-do").render();
    for (i, reason) in r.reasons.iter().enumerate() {
        let tag = match reason.severity {
            Severity::Danger | Severity::Error => t!("report-tag-problem"),
            Severity::Warning => t!("report-tag-warning"),
            Severity::Info => t!("report-tag-info"),
        };
        let line = t!(
            "report-problem",
            tag = tag,
            message = clean(&reason.message.render(), 400)
        );
        out.item(2, &format!("{}.", i + 1), &line.render());
        out.item(5, &what_to_do, &clean(&reason.fix.render(), 400));
    }
}

fn saved(out: &mut Out, rec: Option<&SaveRecord>, a: &Assessment) {
    out.heading(&t!("report-heading-saved").render());
    match rec {
        Some(r) => {
            let user = clean(&r.user, 60);
            let service = clean(&r.service, 60);
            field(out, t!("report-field-saved-in"), Text::from(clean(&r.backend, 80)));
            field(out, t!("report-field-service"), Text::from(&service));
            field(out, t!("report-field-user"), t!("report-saved-user", user = &user));
            let at = match OffsetDateTime::parse(&r.saved_at, &Rfc3339) {
                Ok(t) => utc(t),
                Err(_) => Text::from(clean(&r.saved_at, 40)),
            };
            field(out, t!("report-field-saved-at"), at);
            if r.replaced {
                out.field_more(&t!("report-saved-replaced").render());
            }
            let code = format!("keyring.get_password(\"{service}\", \"{user}\")");
            out.wrapped(2, 2, &t!("report-saved-python", code = code).render());
        }
        None => match a.state {
            State::Verified | State::VerifiedNotReady => {
                out.line(&format!("  {}", t!("report-not-saved")));
            }
            _ => out.wrapped(2, 2, &t!("report-not-saved-unsafe").render()),
        },
    }
}

/// The mark of a confirmation and its words with the note ("(not confirmed)", "(not asked)").
fn mark(c: Option<bool>, item: Text) -> (&'static str, String) {
    match c {
        Some(true) => (MARK_YES, item.render()),
        Some(false) => (MARK_NO, t!("report-confirm-not-confirmed", item = item).render()),
        None => (MARK_UNASKED, t!("report-confirm-not-asked", item = item).render()),
    }
}

const MARK_YES: &str = "[x]";
const MARK_NO: &str = "[ ]";
const MARK_UNASKED: &str = "[-]";

fn golden_rules(out: &mut Out, c: &Confirmations) {
    out.heading(&t!("report-heading-rules").render());
    for rule in GOLDEN_RULES.iter() {
        out.item(2, "*", &rule.rule.render());
    }
    let (m, text) = mark(c.golden_rules, t!("report-confirm-rules"));
    out.item(2, m, &text);
}

fn confirmations(out: &mut Out, v: &Verification, c: &Confirmations) {
    out.heading(&t!("report-heading-confirmed").render());
    let legend = t!(
        "report-confirm-legend",
        yes = MARK_YES,
        no = MARK_NO,
        unasked = MARK_UNASKED
    );
    out.line(&format!("  {legend}"));
    let all = [
        c.golden_rules,
        c.withdraw_left_off,
        c.saved_in_password_manager,
        c.one_key_per_bot,
        c.bot_shows_balance,
        c.bot_connected,
        c.bot_no_errors,
        c.okx_last_used_recent,
        c.okx_no_suspicious_access,
    ];
    if all.iter().all(Option::is_none) {
        out.wrapped(2, 2, &t!("report-confirm-nothing-asked").render());
    }
    let test_says = match v.permissions {
        Some(p) if p.withdraw => "on",
        Some(_) => "off",
        None => "unknown",
    };
    let items = [
        (c.withdraw_left_off, t!("report-confirm-withdraw", test = test_says)),
        (c.saved_in_password_manager, t!("report-confirm-password-manager")),
        (c.one_key_per_bot, t!("report-confirm-one-bot")),
    ];
    for (value, item) in items {
        let (m, text) = mark(value, item);
        out.item(2, m, &text);
    }
    out.line(&format!("  {}", t!("report-confirm-after")));
    let after = [
        (c.bot_shows_balance, t!("report-confirm-balance")),
        (c.bot_connected, t!("report-confirm-connected")),
        (c.bot_no_errors, t!("report-confirm-no-errors")),
        (c.okx_last_used_recent, t!("report-confirm-last-used")),
        (c.okx_no_suspicious_access, t!("report-confirm-no-suspicious")),
    ];
    for (value, item) in after {
        let (m, text) = mark(value, item);
        out.item(2, m, &text);
    }
}

fn next_steps(out: &mut Out, v: &Verification, rec: Option<&SaveRecord>, a: &Assessment) {
    out.heading(&t!("report-heading-next").render());
    let page = v.site.api_management_url();
    let mut steps: Vec<Text> = Vec::new();
    match a.state {
        State::Verified | State::VerifiedNotReady => {
            if a.state == State::VerifiedNotReady {
                steps.push(t!("report-next-fix-then-test"));
            }
            steps.push(match rec {
                Some(r) => t!(
                    "report-next-paste-saved",
                    service = clean(&r.service, 60),
                    user = clean(&r.user, 60)
                ),
                None => t!("report-next-paste"),
            });
            steps.push(t!("report-next-last-used", page = &page));
            let unbound = a.problems.iter().any(|p| p.kind == crate::ProblemKind::NoIpBinding);
            if unbound {
                steps.push(t!("report-next-idle", page = &page));
            }
            steps.push(t!("report-next-leaked", page = &page));
        }
        State::Unsafe => {
            steps.push(t!("report-next-unsafe-keep"));
            steps.push(t!("report-next-unsafe-delete", page = &page));
            if let Some(r) = rec {
                let label = clean(&r.user, 60);
                let command = format!("okx-key-assistant delete {}", crate::shell_word::shell_word(&label));
                steps.push(t!("report-next-unsafe-remove", command = command));
            }
            steps.push(t!("report-next-unsafe-new"));
        }
        State::Unconfirmed => {
            steps.push(t!("report-next-unconfirmed-test"));
            steps.push(t!("report-next-unconfirmed-check", page = &page));
        }
        State::NotVerified => {
            steps.push(t!("report-next-fix-each"));
            steps.push(t!("report-next-test-again"));
            let credentials_refused = a.problems.iter().any(|p| {
                matches!(
                    p.kind,
                    crate::ProblemKind::WrongPassphrase
                        | crate::ProblemKind::WrongSecret
                        | crate::ProblemKind::UnknownKey
                )
            });
            if credentials_refused {
                steps.push(t!("report-next-lost", page = &page));
            }
        }
    }
    for (i, s) in steps.iter().enumerate() {
        out.item(2, &format!("{}.", i + 1), &s.render());
    }
}

/// "2026-11-26 18:00:00 UTC". The date and time format is the same in every language for now;
/// a locale's own format would plug in here (and in [`local`]).
fn utc(t: OffsetDateTime) -> Text {
    let fmt = format_description!("[year]-[month]-[day] [hour]:[minute]:[second]");
    match t.to_offset(UtcOffset::UTC).format(&fmt) {
        Ok(s) => t!("report-time-utc", time = s),
        Err(_) => t!("report-time-unknown"),
    }
}

/// "2026-11-26 23:30:00 local time (UTC+05:30)".
fn local(t: OffsetDateTime, off: UtcOffset) -> Text {
    let fmt = format_description!("[year]-[month]-[day] [hour]:[minute]:[second]");
    let offset = format_description!("[offset_hour sign:mandatory]:[offset_minute]");
    let t = t.to_offset(off);
    match (t.format(&fmt), off.format(&offset)) {
        (Ok(time), Ok(offset)) => t!("report-time-local", time = time, offset = offset),
        _ => t!("report-time-unknown"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands_are_grouped() {
        assert_eq!(group_thousands("1234.57"), "1,234.57");
        assert_eq!(group_thousands("123.00"), "123.00");
        assert_eq!(group_thousands("-1234567.10"), "-1,234,567.10");
        assert_eq!(group_thousands("0.00"), "0.00");
    }

    #[test]
    fn only_a_shortened_key_is_shown() {
        assert_eq!(shortened_key("6f1c…5a41").as_deref(), Some("6f1c…5a41"));
        assert_eq!(shortened_key("ab…").as_deref(), Some("ab…"));
        assert_eq!(shortened_key("…").as_deref(), Some("…"));
        assert_eq!(shortened_key("6f1c2d3e-aaaa-bbbb-cccc-0123456a5a41"), None);
        assert_eq!(shortened_key("6f1c2d3e5a41"), None);
    }

    #[test]
    fn times_in_utc_and_local() {
        let t = OffsetDateTime::parse("2026-11-26T18:00:00.000Z", &Rfc3339).unwrap();
        assert_eq!(utc(t), "2026-11-26 18:00:00 UTC");
        let off = UtcOffset::from_hms(5, 30, 0).unwrap();
        assert_eq!(local(t, off), "2026-11-26 23:30:00 local time (UTC+05:30)");
        let off = UtcOffset::from_hms(-8, 0, 0).unwrap();
        assert_eq!(local(t, off), "2026-11-26 10:00:00 local time (UTC-08:00)");
    }
}
