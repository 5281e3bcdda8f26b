//! The confirmation report never carries a secret: many verifications built from random
//! credentials, each rendered, and no 6-character piece of the secret key, the passphrase or
//! the full API key may appear in the report or the summary line.
//!
//! The report is never given the secret key or the passphrase, so this test also plants the
//! credentials where a careless implementation elsewhere might leak them: `trimmed` notes that
//! quote the pasted value, problem messages and fixes, check details, the label, the saved
//! record's user, and an `api_key_redacted` that is not redacted at all. The report must hide
//! every one. (A passphrase planted in free text such as a problem message cannot be recognised,
//! so it is planted only where the report has a rule for it: `trimmed`. `Problem`s must never be
//! built from user input.)
//!
//! Deterministic: a seeded generator (override with REPORT_FUZZ_SEED / REPORT_FUZZ_CASES to
//! explore), so a chance 6-character coincidence between random hex and the report's own text
//! cannot make CI flaky.

use okx_key_core::error::{Problem, ProblemKind, Severity};
use okx_key_core::okx::Site;
use okx_key_core::outcome::{
    AccountInfo, AccountMode, Balance, Check, CheckId, CheckStatus, Permissions, SaveRecord, Verification,
};
use okx_key_core::report::{render, summary_line, Confirmations, ReportInput};
use okx_key_core::secret::redact_key;
use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use time::{OffsetDateTime, UtcOffset};

const HEX_LOWER: &[u8] = b"0123456789abcdef";
const HEX_UPPER: &[u8] = b"0123456789ABCDEF";
const ALNUM: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_";

fn pick(rng: &mut StdRng, alphabet: &[u8], n: usize) -> String {
    (0..n)
        .map(|_| alphabet[rng.gen_range(0..alphabet.len())] as char)
        .collect()
}

/// An OKX-shaped API key: a UUID of lower-case hex.
fn api_key(rng: &mut StdRng) -> String {
    [8, 4, 4, 4, 12]
        .iter()
        .map(|&n| pick(rng, HEX_LOWER, n))
        .collect::<Vec<_>>()
        .join("-")
}

/// A passphrase of 8-32 printable ASCII characters (OKX's range), with a space now and then.
fn passphrase(rng: &mut StdRng) -> String {
    let n = rng.gen_range(8..=32);
    (0..n)
        .map(|_| {
            if rng.gen_bool(0.03) {
                ' '
            } else {
                rng.gen_range(b'!'..=b'~') as char
            }
        })
        .collect::<String>()
        .trim()
        .to_owned()
}

fn maybe<T>(rng: &mut StdRng, p: f64, f: impl FnOnce(&mut StdRng) -> T) -> Option<T> {
    if rng.gen_bool(p) {
        Some(f(rng))
    } else {
        None
    }
}

fn random_time(rng: &mut StdRng) -> OffsetDateTime {
    OffsetDateTime::from_unix_timestamp(rng.gen_range(1_600_000_000..2_100_000_000))
        .unwrap()
        .replace_millisecond(rng.gen_range(0..1000))
        .unwrap()
}

fn iso(t: OffsetDateTime) -> String {
    t.format(&time::format_description::well_known::Rfc3339).unwrap()
}

struct Case {
    key: String,
    secret: String,
    pass: String,
    v: Verification,
    saved: Option<SaveRecord>,
    confirmations: Confirmations,
    generated_at: OffsetDateTime,
    offset: Option<UtcOffset>,
}

fn case(rng: &mut StdRng) -> Case {
    let key = api_key(rng);
    let secret = pick(rng, HEX_UPPER, 32);
    let pass = passphrase(rng);
    let label_len = rng.gen_range(1..=50);
    let label = pick(rng, ALNUM, label_len);
    let verified = rng.gen_bool(0.7);
    let permissions = if verified || rng.gen_bool(0.1) {
        Some(Permissions {
            read: rng.gen_bool(0.9),
            trade: rng.gen_bool(0.9),
            withdraw: rng.gen_bool(0.2),
        })
    } else {
        None
    };
    let safe = verified && permissions.is_some_and(|p| !p.withdraw);

    // Notes on what was trimmed: typed values (a field, kinds and counts), so none can quote a
    // pasted value; any of them, in any number.
    use okx_key_core::credentials::{CharKind, Field, Removed, Side, Stripped, TrimNote};
    let mut trimmed = Vec::new();
    let fields = [Field::ApiKey, Field::SecretKey, Field::Passphrase];
    let kinds = [
        CharKind::Space,
        CharKind::Tab,
        CharKind::LineBreak,
        CharKind::NoBreakSpace,
        CharKind::OtherSpace,
    ];
    for _ in 0..rng.gen_range(0..4) {
        let field = fields[rng.gen_range(0..fields.len())];
        let removed = if rng.gen_bool(0.3) {
            Removed::Quotes {
                pairs: rng.gen_range(1..3),
            }
        } else {
            let chars = (0..rng.gen_range(1..3))
                .map(|_| Stripped {
                    kind: kinds[rng.gen_range(0..kinds.len())],
                    count: rng.gen_range(1..4),
                    side: if rng.gen_bool(0.5) { Side::Start } else { Side::End },
                })
                .collect();
            Removed::Blanks {
                chars,
                inside_quotes: rng.gen_bool(0.2),
            }
        };
        trimmed.push(TrimNote { field, removed });
    }

    // Problems: honest ones, and careless ones quoting the API key and the secret key.
    let kinds = [
        ProblemKind::WrongPassphrase,
        ProblemKind::WrongSecret,
        ProblemKind::UnknownKey,
        ProblemKind::WrongSite,
        ProblemKind::ClockSkew,
        ProblemKind::IpNotAllowed,
        ProblemKind::NoIpBinding,
        ProblemKind::WithdrawEnabled,
        ProblemKind::Timeout,
        ProblemKind::UnexpectedResponse,
    ];
    let mut problems = Vec::new();
    for _ in 0..rng.gen_range(0..4) {
        let kind = *kinds.choose(rng).unwrap();
        let message = match rng.gen_range(0..4) {
            0 => "OKX refused the request.".to_owned(),
            1 => format!("API key {key} does not exist on this site."),
            2 => format!("Signature made with secret {secret} was refused."),
            _ => format!("OKX said: key={key}&sign={secret}"),
        };
        let fix = match rng.gen_range(0..3) {
            0 => "Copy the values again and test again.".to_owned(),
            1 => format!("Check the secret key ({secret}) in your password manager."),
            _ => format!("Look for {key} on OKX's API page."),
        };
        let severity = *[Severity::Warning, Severity::Error, Severity::Danger]
            .choose(rng)
            .unwrap();
        let mut p = Problem::new(kind, message, fix).with_severity(severity);
        if rng.gen_bool(0.5) {
            p = p.with_okx_code(format!("501{:02}", rng.gen_range(0..30)));
        }
        problems.push(p);
    }

    let mut checks = Vec::new();
    for id in [
        CheckId::Reach,
        CheckId::Clock,
        CheckId::Auth,
        CheckId::Withdraw,
        CheckId::Balance,
    ] {
        if rng.gen_bool(0.5) {
            continue;
        }
        let status = *[
            CheckStatus::Pass,
            CheckStatus::Warning,
            CheckStatus::Fail,
            CheckStatus::Skipped,
        ]
        .choose(rng)
        .unwrap();
        let detail = if rng.gen_bool(0.2) {
            format!("Tested key {key}.")
        } else {
            "As expected.".to_owned()
        };
        let fix = maybe(rng, 0.3, |_| format!("Use secret {secret}"));
        checks.push(Check {
            id,
            title: format!("{id:?}").into(),
            status,
            detail: detail.into(),
            fix: fix.map(Into::into),
        });
    }

    // The redacted key, or (careless) the full key.
    let api_key_redacted = if rng.gen_bool(0.1) {
        key.clone()
    } else {
        redact_key(&key)
    };
    // The label, or (careless) the API key used as a fallback label.
    let shown_label = if rng.gen_bool(0.1) { key.clone() } else { label.clone() };

    let v = Verification {
        verified,
        safe,
        site: *Site::ALL.choose(rng).unwrap(),
        api_host: ["www.okx.com", "eea.okx.com", "us.okx.com", "127.0.0.1:8085 (simulator)"]
            .choose(rng)
            .unwrap()
            .to_string(),
        demo: rng.gen_bool(0.2),
        label: maybe(rng, 0.9, |_| shown_label.clone()),
        api_key_redacted,
        permissions,
        ip_whitelist: (0..rng.gen_range(0..4))
            .map(|_| {
                format!(
                    "{}.{}.{}.{}",
                    rng.gen::<u8>(),
                    rng.gen::<u8>(),
                    rng.gen::<u8>(),
                    rng.gen::<u8>()
                )
            })
            .collect(),
        clock_skew_ms: maybe(rng, 0.8, |r| r.gen_range(-60_000..60_000)),
        balance: if verified && rng.gen_bool(0.8) {
            let mut ccys = ["USDT", "BTC", "ETH", "OKB", "USDC", "SOL", "XRP"];
            ccys.shuffle(rng);
            let n = rng.gen_range(0..ccys.len());
            Some(Balance {
                total_eq_usd: format!("{}.{:04}", rng.gen_range(0..10_000_000), rng.gen_range(0..10_000)),
                currencies: ccys[..n].iter().map(|s| s.to_string()).collect(),
            })
        } else {
            None
        },
        trimmed,
        problems,
        checked_at: iso(random_time(rng)),
        checks,
        account: maybe(rng, 0.5, |r| AccountInfo {
            sub_account: r.gen_bool(0.3),
            mode: Some(AccountMode::MultiCurrencyMargin),
            position_mode: None,
        }),
        works_with: None,
        site_detected: false,
        readiness: None,
    };

    let saved = maybe(rng, 0.4, |r| SaveRecord {
        backend: "Secret Service (GNOME Keyring)".into(),
        service: "okx-key-assistant".into(),
        user: if r.gen_bool(0.1) { key.clone() } else { label.clone() },
        saved_at: iso(random_time(r)),
        replaced: r.gen_bool(0.2),
    });
    let tick = |r: &mut StdRng| maybe(r, 0.7, |r| r.gen_bool(0.8));
    let confirmations = Confirmations {
        golden_rules: tick(rng),
        withdraw_left_off: tick(rng),
        saved_in_password_manager: tick(rng),
        one_key_per_bot: tick(rng),
        bot_shows_balance: tick(rng),
        bot_connected: tick(rng),
        bot_no_errors: tick(rng),
        okx_last_used_recent: tick(rng),
        okx_no_suspicious_access: tick(rng),
    };
    let generated_at = random_time(rng);
    let offset = maybe(rng, 0.8, |r| {
        UtcOffset::from_whole_seconds(r.gen_range(-12..=14) * 3600).unwrap()
    });
    Case {
        key,
        secret,
        pass,
        v,
        saved,
        confirmations,
        generated_at,
        offset,
    }
}

/// Every 6-character piece of `value` absent from `text` (None), or the first one found.
fn leaked_piece(value: &str, text: &str) -> Option<String> {
    let chars: Vec<char> = value.chars().collect();
    chars
        .windows(6)
        .map(|w| w.iter().collect::<String>())
        .find(|w| text.contains(w.as_str()))
}

fn env_num(name: &str, default: u64) -> u64 {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

#[test]
fn no_piece_of_a_secret_reaches_any_report() {
    let seed = env_num("REPORT_FUZZ_SEED", 0x0c5_2026);
    let cases = env_num("REPORT_FUZZ_CASES", 1000);
    let mut rng = StdRng::seed_from_u64(seed);
    let mut planted_full_key = 0;
    for i in 0..cases {
        let c = case(&mut rng);
        planted_full_key += usize::from(c.v.api_key_redacted == c.key);
        let input = ReportInput {
            verification: &c.v,
            saved: c.saved.as_ref(),
            confirmations: &c.confirmations,
            generated_at: c.generated_at,
            local_offset: c.offset,
        };
        let text = render(&input);
        let summary = summary_line(&c.v);
        for (what, value) in [("API key", &c.key), ("secret key", &c.secret), ("passphrase", &c.pass)] {
            for (where_, out) in [("report", &text), ("summary", &summary)] {
                if let Some(piece) = leaked_piece(value, out) {
                    panic!("case {i} (seed {seed}): {piece:?} of the {what} appears in the {where_}:\n{out}");
                }
            }
        }
        // Sanity: the report is the real thing, not an empty string that trivially passes.
        assert!(
            text.contains("confirmation report") && text.contains("RESULT: "),
            "case {i}"
        );
        assert!(
            text.lines().all(|l| l.chars().count() <= 78),
            "case {i}: a line is too long:\n{text}"
        );
    }
    assert!(planted_full_key > 0, "the careless full-key case was exercised");
}

#[test]
fn the_redacted_key_itself_is_shown() {
    // The 4 + 4 characters are allowed and do appear (so the test above is not vacuous).
    let mut rng = StdRng::seed_from_u64(7);
    let mut c = case(&mut rng);
    c.v.api_key_redacted = redact_key(&c.key);
    let input = ReportInput {
        verification: &c.v,
        saved: None,
        confirmations: &c.confirmations,
        generated_at: c.generated_at,
        local_offset: None,
    };
    let text = render(&input);
    assert!(text.contains(&redact_key(&c.key)), "{text}");
}
