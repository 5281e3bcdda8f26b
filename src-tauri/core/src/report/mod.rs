//! The confirmation report: plain text that states, at a glance and truthfully, what the
//! connection test verified, and that is safe to paste anywhere.
//!
//! The window's Copy / Save as and `okx-key-assistant verify` print the same text, built here by
//! [`render`] from a [`Verification`], an optional [`SaveRecord`] and what the user confirmed in
//! the window ([`Confirmations`]). [`summary_line`] gives the window's one-line headline.
//!
//! **Words.** Every word is in the catalog (`locales/<lang>/report.ftl`). [`render`] and
//! [`summary_line`] make them in the locale current when they are called
//! ([`crate::catalog::locale::current`]), so a "Copy in English" can wrap the call in
//! `catalog::locale::scoped(Locale::english(), ...)`. The layout (indents, marks, wrapping) and
//! the cleaning of values stay in code.
//!
//! **Never a secret.** Nothing here receives a [`crate::Secret`] or [`crate::Credentials`]: the
//! inputs hold only the API key already shortened to 4 + 4 characters (and every input type
//! derives `Serialize`, which `Secret` lacks, so none can hold one). As a second line of
//! defence the report re-checks that shortening, never prints the `trimmed` notes beyond their
//! known words, and hides credential-shaped runs (16+ hex digits and dashes) in any text it did
//! not write itself (see `text.rs`). What it cannot recognise (a passphrase pasted into a problem
//! message by a bug elsewhere) it cannot hide: `Problem`s must never be built from user input.
//!
//! **Local time.** The caller passes the local UTC offset ([`ReportInput::local_offset`]); `None`
//! prints UTC only. [`local_offset_at`] finds it with `tz-rs`, which reads the time zone
//! (TZ, /etc/localtime, the OS) safely from any thread. The `time` crate's
//! `current_local_offset` refuses on Unix once a program has more than one thread (Tauri and
//! tokio always do), so it would silently drop the local line.

mod assess;
mod render;
mod text;
mod words;

pub use assess::{assess, Assessment, State};
pub use words::{GoldenRule, GoldenRules, GOLDEN_RULES};

use crate::outcome::{SaveRecord, Verification};
use serde::{Deserialize, Serialize};
use time::{OffsetDateTime, UtcOffset};

/// What the user ticked in the window. `None` = not asked (the CLI asks nothing);
/// `Some(false)` = shown but not ticked.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Confirmations {
    /// Read the golden rules and will follow them ("Before you start").
    pub golden_rules: Option<bool>,
    /// Left Withdraw (and Transfer) off when creating the key (Step 6).
    pub withdraw_left_off: Option<bool>,
    /// Saved all three values in a password manager before closing OKX's screen (Step 9).
    pub saved_in_password_manager: Option<bool>,
    /// This key is for one bot only (golden rule 3).
    pub one_key_per_bot: Option<bool>,
    /// After connecting: the bot's dashboard shows the OKX balance.
    pub bot_shows_balance: Option<bool>,
    /// After connecting: the bot shows "Connected" or "Active".
    pub bot_connected: Option<bool>,
    /// After connecting: no error messages in the bot's dashboard.
    pub bot_no_errors: Option<bool>,
    /// OKX's API page shows a recent "Last used" time for the key.
    pub okx_last_used_recent: Option<bool>,
    /// OKX's API page shows no unexpected or suspicious access.
    pub okx_no_suspicious_access: Option<bool>,
}

impl Confirmations {
    /// Nothing asked (what the CLI passes).
    pub fn not_asked() -> Self {
        Confirmations::default()
    }
}

/// Everything the report is made from. Holds no secret by construction.
#[derive(Debug, Clone, Copy)]
pub struct ReportInput<'a> {
    pub verification: &'a Verification,
    /// Where the key was saved; `None` = not saved.
    pub saved: Option<&'a SaveRecord>,
    pub confirmations: &'a Confirmations,
    /// When the report is made (UTC).
    pub generated_at: OffsetDateTime,
    /// The local UTC offset for the local-time lines; `None` prints UTC only.
    pub local_offset: Option<UtcOffset>,
}

impl<'a> ReportInput<'a> {
    /// An input stamped now, with the local offset from [`local_offset_at`].
    pub fn now(
        verification: &'a Verification,
        saved: Option<&'a SaveRecord>,
        confirmations: &'a Confirmations,
    ) -> Self {
        let generated_at = OffsetDateTime::now_utc();
        ReportInput {
            verification,
            saved,
            confirmations,
            generated_at,
            local_offset: local_offset_at(generated_at),
        }
    }
}

/// The confirmation report as plain text (lines of at most 78 columns, ending without a blank
/// line), in the current locale. Works for every outcome: a failed test says what failed and
/// the fix.
pub fn render(input: &ReportInput) -> String {
    render::render(input)
}

/// One line for the window's headline: "Verified: safe, can read and trade, no withdraw",
/// "Unsafe: this key can withdraw", "Not verified: wrong passphrase"; in the current locale.
pub fn summary_line(v: &Verification) -> String {
    assess(v).summary()
}

/// The local UTC offset at instant `at`, from the system's time zone (`TZ`, else
/// `/etc/localtime`, read by `tz-rs`, which is safe in multi-threaded programs where `time`'s
/// own local offset refuses). `None` when the zone cannot be read.
pub fn local_offset_at(at: OffsetDateTime) -> Option<UtcOffset> {
    let zone = match std::env::var("TZ") {
        Ok(tz) if !tz.trim().is_empty() => tz::TimeZone::from_posix_tz(&tz).ok()?,
        _ => tz::TimeZone::local().ok()?,
    };
    let kind = zone.find_local_time_type(at.unix_timestamp()).ok()?;
    UtcOffset::from_whole_seconds(kind.ut_offset()).ok()
}

#[cfg(test)]
mod tests;
