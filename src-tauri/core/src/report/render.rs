//! The report's text, section by section: result, when, the key, what the test found, problems,
//! where it was saved, the golden rules and the user's confirmations, next steps, the risk.

use super::assess::{assess, skew_words, Assessment, State};
use super::text::{clean, Out, HIDDEN};
use super::words::{self, GOLDEN_RULES, SKEW_LIMIT_MS, SKEW_WARN_MS};
use super::{Confirmations, ReportInput};
use crate::error::Severity;
use crate::outcome::{Balance, CheckStatus, SaveRecord, Verification};
use time::format_description::well_known::Rfc3339;
use time::macros::format_description;
use time::{OffsetDateTime, UtcOffset};

const APP: &str = "OKX Key Assistant";
const VERSION: &str = env!("CARGO_PKG_VERSION");

pub fn render(input: &ReportInput) -> String {
    let v = input.verification;
    let a = assess(v);
    let mut out = Out::default();
    let title = format!("{APP} - confirmation report");
    out.line(&title);
    out.line(&"=".repeat(title.len()));
    out.blank();
    headline(&mut out, &a);
    when(&mut out, input);
    the_key(&mut out, v);
    found(&mut out, v);
    checks(&mut out, v);
    problems(&mut out, &a);
    saved(&mut out, input.saved, &a);
    golden_rules(&mut out, input.confirmations);
    confirmations(&mut out, v, input.confirmations);
    next_steps(&mut out, v, input.saved, &a);
    out.heading("Risk");
    out.wrapped(2, 2, words::DISCLAIMER);
    out.blank();
    out.wrapped(0, 0, words::NO_SECRETS);
    let mut text = out.finish();
    if !text.ends_with('\n') {
        text.push('\n');
    }
    text
}

fn headline(out: &mut Out, a: &Assessment) {
    let text = match a.state {
        State::Verified => format!(
            "RESULT: VERIFIED. OKX accepted this key. It {}, and it cannot withdraw.",
            a.abilities()
        ),
        State::VerifiedNotReady => format!(
            "RESULT: VERIFIED, BUT NOT READY FOR A BOT. OKX accepted this key and it cannot withdraw, but: {}. \
             See the problems below.",
            a.reasons(&[]).unwrap_or_else(|| "see below".to_owned())
        ),
        State::Unsafe => "RESULT: UNSAFE - THIS KEY CAN WITHDRAW. OKX accepted this key, and it has the Withdraw \
             permission: whoever holds it can move your funds out of OKX. Do not give it to a bot. See \
             \"What to do next\"."
            .to_owned(),
        State::Unconfirmed => "RESULT: NOT CONFIRMED SAFE. OKX accepted this key, but the test could not see \
             whether it can withdraw. Test it again before you give it to a bot."
            .to_owned(),
        State::NotVerified => format!(
            "RESULT: NOT VERIFIED. The key did not pass the test: {}. Each problem and its fix is listed below.",
            a.reasons(&[]).unwrap_or_else(|| "the test did not finish".to_owned())
        ),
    };
    let text = if a.practice {
        format!(
            "{text} PRACTICE RUN: this test talked to the app's simulator on this computer, not to OKX, \
             so it says nothing about a real key."
        )
    } else {
        text
    };
    out.banner(&text, if a.state == State::Unsafe { '!' } else { '=' });
}

fn when(out: &mut Out, input: &ReportInput) {
    out.heading("When");
    match OffsetDateTime::parse(&input.verification.checked_at, &Rfc3339) {
        Ok(t) => {
            out.field("Tested", &utc(t));
            if let Some(off) = input.local_offset {
                out.field_more(&local(t, off));
            }
        }
        Err(_) => out.field(
            "Tested",
            &format!("{} (as recorded)", clean(&input.verification.checked_at, 40)),
        ),
    }
    out.field("Report made", &utc(input.generated_at));
    if let Some(off) = input.local_offset {
        out.field_more(&local(input.generated_at, off));
    }
    out.field("App", &format!("{APP} {VERSION}"));
}

fn the_key(out: &mut Out, v: &Verification) {
    out.heading("The key");
    if v.site_detected {
        out.field(
            "Site",
            &format!(
                "{} (found by the test: this key belongs to this site)",
                v.site.display_name()
            ),
        );
    } else {
        out.field("Site", v.site.display_name());
    }
    out.field("API host", &clean(&v.api_host, 60));
    out.field(
        "Mode",
        if v.demo {
            "Demo trading (practice money, not real funds)"
        } else {
            "Live (real funds)"
        },
    );
    out.field(
        "Label",
        &v.label
            .as_deref()
            .map(|l| clean(l, 60))
            .filter(|l| !l.is_empty())
            .unwrap_or_else(|| "(none)".to_owned()),
    );
    out.field(
        "API key",
        &format!(
            "{} (only the first 4 and last 4 characters)",
            shortened_key(&v.api_key_redacted)
        ),
    );
    if let Some(acc) = &v.account {
        let kind = if acc.sub_account { "sub-account" } else { "main account" };
        match acc.mode.as_deref().map(|m| clean(m, 40)) {
            Some(m) if !m.is_empty() => out.field("Account", &format!("{kind}, mode: {m}")),
            _ => out.field("Account", kind),
        }
    }
}

/// The shortened API key as given, if it really is short; never more than 8 of its characters.
fn shortened_key(given: &str) -> String {
    let shown = given.chars().filter(|c| *c != '…' && *c != '.').count();
    let clean_given = clean(given, 12);
    if shown <= 8 && given.chars().count() <= 11 && !clean_given.contains(HIDDEN) {
        clean_given
    } else {
        "(not shown)".to_owned()
    }
}

fn found(out: &mut Out, v: &Verification) {
    out.heading("What the test found");
    match v.permissions {
        Some(p) => {
            out.field(
                "Read",
                if p.read {
                    "yes"
                } else {
                    "NO - a bot needs it to see your account"
                },
            );
            out.field(
                "Trade",
                if p.trade {
                    "yes"
                } else {
                    "NO - a bot needs it to place orders"
                },
            );
            if p.withdraw {
                out.field("Withdraw", "ON - DANGER");
                out.wrapped(
                    2,
                    5,
                    "!! DANGER: this key can move your funds out of OKX. Do not use it with a bot.",
                );
            } else {
                out.field("Withdraw", "off (safe): no funds can leave OKX through this key");
            }
        }
        None => out.field("Permissions", not_reached(v)),
    }

    if !v.ip_whitelist.is_empty() {
        out.field("IP binding", &format!("bound to {}", list(&v.ip_whitelist, 45, 20)));
    } else if v.permissions.is_none() {
        out.field("IP binding", not_reached(v));
    } else if v.demo {
        out.field(
            "IP binding",
            "none (fine for a demo key: OKX does not delete idle demo keys)",
        );
    } else {
        out.field("IP binding", &format!("none. Warning: {}", words::IDLE_DELETION));
    }

    match &v.balance {
        Some(b) => out.field("Balance", &balance_words(b)),
        None => out.field(
            "Balance",
            if v.verified {
                "not read (see the problems below)"
            } else {
                not_reached(v)
            },
        ),
    }

    match v.clock_skew_ms {
        Some(ms) => {
            let verdict = if ms.abs() <= SKEW_WARN_MS {
                "fine"
            } else if ms.abs() <= SKEW_LIMIT_MS {
                "warning: see below"
            } else {
                "too far: OKX refuses this"
            };
            out.field("Clock", &format!("this computer is {} ({verdict})", skew_words(ms)));
        }
        None => out.field("Clock", "not measured"),
    }

    let notes: Vec<String> = v.trimmed.iter().map(|n| trim_note(n)).collect();
    for (i, n) in notes.iter().enumerate() {
        if i == 0 {
            out.field("Pasted values", n);
        } else {
            out.field_more(n);
        }
    }
}

fn not_reached(v: &Verification) -> &'static str {
    if v.verified {
        "unknown"
    } else {
        "not checked (the test stopped before this)"
    }
}

/// "1,234.57 USD total equity, in 2 currencies: USDT, BTC".
fn balance_words(b: &Balance) -> String {
    let total = match b.total_eq_usd.trim().parse::<f64>() {
        Ok(x) if x.is_finite() => group_thousands(&format!("{x:.2}")),
        _ => clean(&b.total_eq_usd, 30),
    };
    let n = b.currencies.len();
    match n {
        0 => format!("readable: {total} USD total equity; no currency holds a balance"),
        1 => format!(
            "readable: {total} USD total equity, in 1 currency: {}",
            list(&b.currencies, 12, 30)
        ),
        _ => format!(
            "readable: {total} USD total equity, in {n} currencies: {}",
            list(&b.currencies, 12, 30)
        ),
    }
}

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

/// Cleaned items joined with ", ", at most `max_items` then "and N more".
fn list(items: &[String], max_len: usize, max_items: usize) -> String {
    let shown: Vec<String> = items.iter().take(max_items).map(|s| clean(s, max_len)).collect();
    let mut s = shown.join(", ");
    if items.len() > max_items {
        s.push_str(&format!(" and {} more", items.len() - max_items));
    }
    s
}

/// A `trimmed` note ("api_key: removed 1 trailing space") in the report's words. Only the
/// field's name and known words pass; anything else (a careless note quoting the value) becomes
/// a fixed sentence, so no pasted character can reach the report through it.
fn trim_note(note: &str) -> String {
    const KNOWN: &[&str] = &[
        "removed",
        "trailing",
        "leading",
        "space",
        "spaces",
        "tab",
        "tabs",
        "line",
        "lines",
        "break",
        "breaks",
        "newline",
        "newlines",
        "carriage",
        "return",
        "returns",
        "and",
        "a",
        "an",
        "the",
        "invisible",
        "character",
        "characters",
        "zero-width",
        "non-breaking",
        "quote",
        "quotes",
        "quotation",
        "mark",
        "marks",
        "whitespace",
        "from",
        "start",
        "end",
        "at",
        "of",
        "stray",
        "extra",
        "before",
        "after",
        "inside",
        "in",
        "it",
        "was",
        "were",
        "blank",
        "empty",
        "unicode",
        "bom",
    ];
    let (field, rest) = note.split_once(':').unwrap_or(("", note));
    let name = match field.trim() {
        "api_key" => "API key",
        "secret_key" => "Secret key",
        "passphrase" => "Passphrase",
        _ => "A pasted value",
    };
    let ok = |tok: &str| {
        let t = tok.trim_matches(|c: char| matches!(c, ',' | '.' | ';' | '(' | ')'));
        (!t.is_empty() && t.len() <= 4 && t.chars().all(|c| c.is_ascii_digit()))
            || KNOWN.contains(&t.to_ascii_lowercase().as_str())
    };
    let words: Vec<&str> = rest.split_whitespace().collect();
    if !words.is_empty() && words.iter().all(|w| ok(w)) {
        format!("{name}: {}", words.join(" "))
    } else {
        format!("{name}: stray characters were removed before the test")
    }
}

fn checks(out: &mut Out, v: &Verification) {
    if v.checks.is_empty() {
        return;
    }
    out.heading("Checks");
    for c in &v.checks {
        let mark = match c.status {
            CheckStatus::Pass => "[ok]  ",
            CheckStatus::Warning => "[warn]",
            CheckStatus::Fail => "[FAIL]",
            CheckStatus::Skipped => "[skip]",
        };
        let title = clean(&c.title.render(), 60);
        let detail = clean(&c.detail.render(), 200);
        let text = if detail.is_empty() {
            title
        } else {
            format!("{title}: {detail}")
        };
        out.item(2, mark, &text);
    }
}

fn problems(out: &mut Out, a: &Assessment) {
    out.heading("Problems and warnings");
    if a.problems.is_empty() {
        out.line("  None.");
        return;
    }
    for (i, p) in a.problems.iter().enumerate() {
        let tag = match p.severity {
            Severity::Danger => "DANGER",
            Severity::Error => "Problem",
            Severity::Warning => "Warning",
        };
        let code = p
            .okx_code
            .as_deref()
            .map(|c| format!(" (OKX code {})", clean(c, 10)))
            .unwrap_or_default();
        out.item(
            2,
            &format!("{}.", i + 1),
            &format!("{tag}: {}{code}", clean(&p.message.render(), 400)),
        );
        out.item(5, "What to do:", &clean(&p.fix.render(), 400));
    }
}

fn saved(out: &mut Out, rec: Option<&SaveRecord>, a: &Assessment) {
    out.heading("Saved");
    match rec {
        Some(r) => {
            let user = clean(&r.user, 60);
            let service = clean(&r.service, 60);
            out.field("Saved in", &clean(&r.backend, 80));
            out.field("Service", &service);
            out.field("User", &format!("{user} (the key's label)"));
            match OffsetDateTime::parse(&r.saved_at, &Rfc3339) {
                Ok(t) => out.field("Saved at", &utc(t)),
                Err(_) => out.field("Saved at", &clean(&r.saved_at, 40)),
            }
            if r.replaced {
                out.field_more("It replaced a key saved earlier under the same label.");
            }
            out.wrapped(
                2,
                2,
                &format!("A bot written in Python can read it with keyring.get_password(\"{service}\", \"{user}\")."),
            );
        }
        None => match a.state {
            State::Verified | State::VerifiedNotReady => {
                out.line("  Not saved in the system keychain.");
            }
            _ => out.wrapped(
                2,
                2,
                "Not saved: the app saves only a verified key that cannot withdraw.",
            ),
        },
    }
}

fn mark(c: Option<bool>) -> (&'static str, &'static str) {
    match c {
        Some(true) => ("[x]", ""),
        Some(false) => ("[ ]", " (not confirmed)"),
        None => ("[-]", " (not asked)"),
    }
}

fn golden_rules(out: &mut Out, c: &Confirmations) {
    out.heading("Golden rules");
    for rule in GOLDEN_RULES {
        out.item(2, "*", rule.rule);
    }
    let (m, note) = mark(c.golden_rules);
    out.item(2, m, &format!("You read these rules and will follow them.{note}"));
}

fn confirmations(out: &mut Out, v: &Verification, c: &Confirmations) {
    out.heading("What you confirmed");
    out.line("  [x] confirmed   [ ] not confirmed   [-] not asked");
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
        out.wrapped(
            2,
            2,
            "Nothing was asked (this report was not made in the window). Check these yourself:",
        );
    }
    let test_says = match v.permissions {
        Some(p) if p.withdraw => " The test found Withdraw ON.",
        Some(_) => " The test confirms Withdraw is off.",
        None => "",
    };
    let items: [(Option<bool>, String); 3] = [
        (
            c.withdraw_left_off,
            format!("Withdraw (and Transfer) left off when creating the key.{test_says}"),
        ),
        (
            c.saved_in_password_manager,
            "The API key, secret key and passphrase are saved in your password manager.".to_owned(),
        ),
        (c.one_key_per_bot, "This key is used by one bot only.".to_owned()),
    ];
    for (value, text) in items {
        let (m, note) = mark(value);
        out.item(2, m, &format!("{text}{note}"));
    }
    out.line("  After connecting the bot:");
    let after = [
        (c.bot_shows_balance, "The bot's dashboard shows your OKX balance."),
        (c.bot_connected, "The bot shows \"Connected\" or \"Active\"."),
        (c.bot_no_errors, "No error messages in the bot's dashboard."),
        (
            c.okx_last_used_recent,
            "OKX's API page shows a recent \"Last used\" time for this key.",
        ),
        (
            c.okx_no_suspicious_access,
            "OKX's API page shows no unexpected or suspicious access.",
        ),
    ];
    for (value, text) in after {
        let (m, note) = mark(value);
        out.item(2, m, &format!("{text}{note}"));
    }
}

fn next_steps(out: &mut Out, v: &Verification, rec: Option<&SaveRecord>, a: &Assessment) {
    out.heading("What to do next");
    let page = v.site.api_management_url();
    let paste = match rec {
        Some(r) => format!(
            "Give your bot the three values: API key, secret key, passphrase. They are in your password manager, \
             and in the system keychain (service \"{}\", user \"{}\"). Paste them; do not type them.",
            clean(&r.service, 60),
            clean(&r.user, 60)
        ),
        None => "Give your bot the three values: API key, secret key, passphrase. Copy them from your password \
                 manager and paste them; do not type them."
            .to_owned(),
    };
    let last_used =
        format!("When the bot has run, open {page} and check that \"Last used\" shows a recent time for this key.");
    let mut steps: Vec<String> = Vec::new();
    match a.state {
        State::Verified | State::VerifiedNotReady => {
            if a.state == State::VerifiedNotReady {
                steps.push("Fix the problems listed above, then test the key again.".to_owned());
            }
            steps.push(paste);
            steps.push(last_used);
            let unbound = a.problems.iter().any(|p| p.kind == crate::ProblemKind::NoIpBinding);
            if unbound {
                steps.push(format!(
                    "Make sure the bot uses the key at least once every 14 days, or bind the key to your bot's \
                     IP address on {page}: OKX deletes unbound keys that sit idle."
                ));
            }
            steps.push(format!(
                "If you stop the bot or think a value has leaked, delete the key on {page}. Your funds stay \
                 where they are."
            ));
        }
        State::Unsafe => {
            steps.push("Do not give this key to a bot, and do not paste it anywhere.".to_owned());
            steps.push(format!(
                "Open {page} and delete this key. (You could edit it and switch Withdraw off instead, but a \
                 new key is the safest choice.)"
            ));
            if let Some(r) = rec {
                steps.push(format!(
                    "Remove the saved copy: okx-key-assistant delete \"{}\" (or Delete in the app).",
                    clean(&r.user, 60)
                ));
            }
            steps.push("Create a new key with only Read and Trade switched on, and test it here.".to_owned());
        }
        State::Unconfirmed => {
            steps.push("Test the key again: the app must see that Withdraw is off.".to_owned());
            steps.push(format!(
                "You can also check on {page} that Withdraw is off for this key."
            ));
        }
        State::NotVerified => {
            steps.push("Fix the problems listed above; each one says what to do.".to_owned());
            steps.push("Test the key again.".to_owned());
            let credentials_refused = a.problems.iter().any(|p| {
                matches!(
                    p.kind,
                    crate::ProblemKind::WrongPassphrase
                        | crate::ProblemKind::WrongSecret
                        | crate::ProblemKind::UnknownKey
                )
            });
            if credentials_refused {
                steps.push(format!(
                    "If you have lost the secret key or the passphrase, delete the key on {page} and create \
                     a new one: OKX cannot show either of them again."
                ));
            }
        }
    }
    for (i, s) in steps.iter().enumerate() {
        out.item(2, &format!("{}.", i + 1), s);
    }
}

fn utc(t: OffsetDateTime) -> String {
    let fmt = format_description!("[year]-[month]-[day] [hour]:[minute]:[second]");
    match t.to_offset(UtcOffset::UTC).format(&fmt) {
        Ok(s) => format!("{s} UTC"),
        Err(_) => "unknown".to_owned(),
    }
}

fn local(t: OffsetDateTime, off: UtcOffset) -> String {
    let fmt = format_description!(
        "[year]-[month]-[day] [hour]:[minute]:[second] local time (UTC[offset_hour sign:mandatory]:[offset_minute])"
    );
    t.to_offset(off).format(&fmt).unwrap_or_else(|_| "unknown".to_owned())
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
    fn trim_notes_keep_only_known_words() {
        assert_eq!(
            trim_note("api_key: removed 1 trailing space"),
            "API key: removed 1 trailing space"
        );
        assert_eq!(
            trim_note("passphrase: removed 2 leading spaces and a line break"),
            "Passphrase: removed 2 leading spaces and a line break"
        );
        assert_eq!(
            trim_note("secret_key: removed ' ' from '22582BD0CFF14C41EDBF1AB98506286D'"),
            "Secret key: stray characters were removed before the test"
        );
        assert_eq!(
            trim_note("passphrase: removed 1 space from Tr@ding!Safe99"),
            "Passphrase: stray characters were removed before the test"
        );
        assert_eq!(
            trim_note("weird"),
            "A pasted value: stray characters were removed before the test"
        );
    }

    #[test]
    fn only_a_shortened_key_is_shown() {
        assert_eq!(shortened_key("6f1c…5a41"), "6f1c…5a41");
        assert_eq!(shortened_key("ab…"), "ab…");
        assert_eq!(shortened_key("…"), "…");
        assert_eq!(shortened_key("6f1c2d3e-aaaa-bbbb-cccc-0123456a5a41"), "(not shown)");
        assert_eq!(shortened_key("6f1c2d3e5a41"), "(not shown)");
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
