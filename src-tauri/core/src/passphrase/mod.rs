//! The API passphrase (guide Step 5): how strong it is, whether OKX will accept it, whether the
//! confirmation matches, and a generator that always produces a good one.
//!
//! - [`assess`] checks OKX's rules and scores the passphrase with zxcvbn. It is never slow: input
//!   over 32 characters fails the length rule and is not scored at all, and 32 characters take
//!   about a millisecond in a release build (see `benches/passphrase.rs`).
//! - [`confirm`] compares the confirmation field with the passphrase.
//! - [`generate`] makes a passphrase from the EFF long word list with the OS's secure RNG.
//! - [`warm_up`] builds zxcvbn's dictionaries once; call it on a background thread soon after
//!   start (the app does once its first step is drawn) so the first keystroke does not pay for it.
//!
//! Nothing here logs, prints or stores the passphrase; an [`Assessment`] holds only facts about it
//! (its length, the checklist, the score), never the text.

mod confirm;
mod generate;
mod rules;
mod score;

pub use confirm::{confirm, Confirmation};
pub use generate::{attribution, generate, generate_for, SEPARATORS};
pub use rules::{RuleId, MAX_LEN, MIN_LEN};

use crate::catalog::Text;
use crate::t;
use serde::{Deserialize, Serialize};

/// The lowest zxcvbn score (0-4) that is accepted.
pub const MIN_SCORE: u8 = 3;

/// Words that must make a passphrase weak: the key's label, the bot's name; "okx", the app's name
/// are always added.
///
/// Both are optional and not secret. Words shorter than 3 characters are ignored by the "no
/// context word" rule (a one-letter label would otherwise forbid half the alphabet) but are still
/// given to zxcvbn.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PassphraseContext {
    /// The API key's label (its name on OKX), e.g. "grid-bot".
    pub label: Option<String>,
    /// The name of the bot that will use the key, e.g. "Freqtrade".
    pub bot_name: Option<String>,
}

impl PassphraseContext {
    pub fn new(label: Option<&str>, bot_name: Option<&str>) -> Self {
        PassphraseContext {
            label: label.map(str::to_owned),
            bot_name: bot_name.map(str::to_owned),
        }
    }
}

/// One line of the checklist shown under the passphrase field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rule {
    pub id: RuleId,
    /// Plain words for the checklist; when a rule fails, it says what is wrong.
    pub label: Text,
    pub ok: bool,
}

/// Everything the window shows about a passphrase. Never contains the passphrase itself.
///
/// Its words are [`Text`]: serialized as strings in the current locale, so the window's JSON
/// keeps its shape.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Assessment {
    /// Length in characters (not bytes).
    pub length: usize,
    /// False when the passphrase is empty or longer than 32 characters: zxcvbn was not run, and
    /// `score`, the crack times, `warning` and `suggestions` are empty.
    pub scored: bool,
    /// zxcvbn's score, 0 (guessable in under a thousand tries) to 4 (over ten billion tries).
    pub score: Option<u8>,
    /// The score as a plain word: "Very weak", "Weak", "Fair", "Strong", "Very strong", or
    /// "Too long to score" / "Empty" when not scored.
    pub strength: Text,
    /// How long an attacker who stole a slowly hashed copy would need ("3 years", "centuries").
    ///
    /// zxcvbn's `offline_slow_hashing_1e4_per_second`: OKX keeps only a salted hash of the
    /// passphrase, so a leak of OKX's database gives an attacker a slow hash to try guesses
    /// against, not the passphrase; ten thousand guesses a second is zxcvbn's model of that.
    pub crack_time_offline: Option<Text>,
    /// How long an attacker guessing through OKX's API would need.
    ///
    /// zxcvbn's `online_throttling_100_per_hour`: someone who has the API key and the secret key
    /// but not the passphrase can only try passphrases by sending signed requests, which OKX
    /// rate-limits and answers with 50105; a hundred tries an hour models that throttled guessing.
    pub crack_time_online: Option<Text>,
    /// zxcvbn's warning, e.g. "This is similar to a commonly used password."
    pub warning: Option<Text>,
    /// zxcvbn's suggestions, e.g. "Add another word or two. Uncommon words are better."
    pub suggestions: Vec<Text>,
    /// OKX's rules and ours, in a fixed order: length, upper-case, lower-case, digit, special
    /// character, no context word, printable ASCII.
    pub rules: Vec<Rule>,
    /// Every rule holds and the score is at least 3: the window may enable Next.
    pub acceptable: bool,
    /// What to change, most important first; empty when `acceptable`.
    pub advice: Vec<Text>,
}

impl Assessment {
    /// The rule with this id (every assessment has all seven).
    pub fn rule(&self, id: RuleId) -> Option<&Rule> {
        self.rules.iter().find(|r| r.id == id)
    }
}

/// Checks OKX's rules and scores `passphrase` against the context words.
///
/// Never slow: an empty passphrase or one over [`MAX_LEN`] characters is not given to zxcvbn.
pub fn assess(passphrase: &str, ctx: &PassphraseContext) -> Assessment {
    let length = passphrase.chars().count();
    let context = rules::ContextWords::from_context(ctx);
    let checks = rules::check(passphrase, length, &context);
    let rules_ok = checks.iter().all(|c| c.ok);

    let scored = length > 0 && length <= MAX_LEN;
    let strength = if scored {
        Some(score::score(passphrase, &score::user_inputs(ctx)))
    } else {
        None
    };
    let score_ok = strength.as_ref().is_some_and(|s| s.score >= MIN_SCORE);

    let mut advice: Vec<Text> = Vec::new();
    if length == 0 {
        advice.push(t!("pass-advice-empty"));
    } else {
        advice.extend(checks.iter().filter(|c| !c.ok).map(|c| c.advice.clone()));
        if scored && !score_ok {
            advice.push(t!("pass-advice-too-guessable"));
        }
    }

    let strength_word = match &strength {
        Some(s) => strength_word(s.score),
        None if length == 0 => t!("pass-strength-empty"),
        None => t!("pass-strength-too-long"),
    };

    Assessment {
        length,
        scored,
        score: strength.as_ref().map(|s| s.score),
        strength: strength_word,
        crack_time_offline: strength.as_ref().map(|s| s.crack_time_offline.clone()),
        crack_time_online: strength.as_ref().map(|s| s.crack_time_online.clone()),
        warning: strength.as_ref().and_then(|s| s.warning.clone()),
        suggestions: strength.map(|s| s.suggestions).unwrap_or_default(),
        rules: checks
            .into_iter()
            .map(|c| Rule {
                id: c.id,
                label: c.label,
                ok: c.ok,
            })
            .collect(),
        acceptable: rules_ok && score_ok,
        advice,
    }
}

/// True when the window may enable Next: the passphrase is acceptable and the confirmation
/// matches exactly.
pub fn can_continue(assessment: &Assessment, confirmation: Confirmation) -> bool {
    assessment.acceptable && confirmation == Confirmation::Matches
}

/// Builds zxcvbn's dictionaries and its word index (about 35 ms in release, once per process) by
/// scoring a throwaway string. Call it on a background thread after start-up; [`assess`] works
/// without it, only the first call is slower.
pub fn warm_up() {
    let _ = score::score("Warm-up.Only-42", &["okx"]);
}

/// The plain word for a zxcvbn score.
pub fn strength_word(score: u8) -> Text {
    match score {
        0 => t!("pass-strength-very-weak"),
        1 => t!("pass-strength-weak"),
        2 => t!("pass-strength-fair"),
        3 => t!("pass-strength-strong"),
        _ => t!("pass-strength-very-strong"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ctx() -> PassphraseContext {
        PassphraseContext::default()
    }

    #[test]
    fn strong_passphrase_is_acceptable() {
        let a = assess("Velvet-Turnip7-Harbor", &ctx());
        assert!(a.scored);
        assert!(a.score.unwrap() >= MIN_SCORE, "{a:?}");
        assert!(a.rules.iter().all(|r| r.ok), "{a:?}");
        assert!(a.acceptable);
        assert!(a.advice.is_empty(), "{a:?}");
        assert!(a.crack_time_offline.is_some() && a.crack_time_online.is_some());
        assert!(matches!(a.strength.to_string().as_str(), "Strong" | "Very strong"));
    }

    #[test]
    fn rules_come_in_the_documented_order() {
        let ids: Vec<RuleId> = assess("x", &ctx()).rules.iter().map(|r| r.id).collect();
        assert_eq!(
            ids,
            vec![
                RuleId::Length,
                RuleId::Upper,
                RuleId::Lower,
                RuleId::Digit,
                RuleId::Special,
                RuleId::NoContextWord,
                RuleId::PrintableAscii
            ]
        );
    }

    #[test]
    fn weak_but_rule_abiding_passphrase_is_not_acceptable() {
        // Every rule holds, but it is a keyboard-famous password with decorations.
        let a = assess("Password1!", &ctx());
        assert!(a.rules.iter().all(|r| r.ok), "{a:?}");
        assert!(a.score.unwrap() < MIN_SCORE);
        assert!(!a.acceptable);
        assert_eq!(a.advice.len(), 1);
        assert!(
            a.advice[0].to_string().starts_with("Add another word"),
            "{:?}",
            a.advice
        );
        assert!(a.warning.is_some() || !a.suggestions.is_empty());
    }

    #[test]
    fn advice_puts_the_first_failing_rule_first() {
        let a = assess("abc", &ctx());
        assert!(!a.acceptable);
        assert!(a.advice[0].to_string().contains("at least 8"), "{:?}", a.advice);
        // Then upper-case, digit and special, then the score.
        assert!(a.advice[1].to_string().contains("upper-case"), "{:?}", a.advice);
        assert!(
            a.advice.last().unwrap().to_string().starts_with("Add another word"),
            "{:?}",
            a.advice
        );
    }

    #[test]
    fn empty_is_not_scored() {
        let a = assess("", &ctx());
        assert_eq!(a.length, 0);
        assert!(!a.scored);
        assert_eq!(a.score, None);
        assert_eq!(a.strength, "Empty");
        assert_eq!(a.crack_time_offline, None);
        assert!(!a.acceptable);
        assert_eq!(
            a.advice,
            vec!["Type a passphrase, or use Generate to get a strong one."]
        );
    }

    #[test]
    fn over_32_characters_is_not_scored() {
        let long = "Velvet-Turnip7-Harbor-Lantern-Oak"; // 33
        assert_eq!(long.len(), 33);
        let a = assess(long, &ctx());
        assert!(!a.scored);
        assert_eq!(a.score, None);
        assert_eq!(a.strength, "Too long to score");
        assert!(a.warning.is_none() && a.suggestions.is_empty());
        assert!(!a.rule(RuleId::Length).unwrap().ok);
        assert!(!a.acceptable);
        assert!(
            a.advice[0].to_string().contains("32 characters or fewer"),
            "{:?}",
            a.advice
        );

        let exactly = &long[..32];
        assert!(assess(exactly, &ctx()).scored);
    }

    #[test]
    fn very_long_input_returns_at_once() {
        let huge = "!@#$%^&*()".repeat(10_000);
        let start = std::time::Instant::now();
        let a = assess(&huge, &ctx());
        assert!(!a.scored);
        assert!(start.elapsed() < std::time::Duration::from_millis(200));
    }

    #[test]
    fn context_words_lower_the_score() {
        let pass = "Grimsbyhollow7!";
        let plain = assess(pass, &ctx());
        let with_label = assess(pass, &PassphraseContext::new(Some("grimsbyhollow"), None));
        assert!(plain.acceptable, "{plain:?}");
        assert!(with_label.score.unwrap() < plain.score.unwrap(), "{with_label:?}");
        assert!(!with_label.acceptable);

        // The bot's name, split into words, feeds zxcvbn too.
        let pass = "Quillfeather-Zanzibar";
        let plain = assess(pass, &ctx());
        let with_bot = assess(pass, &PassphraseContext::new(None, Some("Quillfeather Zanzibar Bot")));
        assert!(
            with_bot.score.unwrap() < plain.score.unwrap(),
            "{plain:?} / {with_bot:?}"
        );
    }

    #[test]
    fn the_app_name_counts_as_a_context_word() {
        let pass = "Assistant-Okxkey2!";
        let a = assess(pass, &ctx());
        assert!(!a.rule(RuleId::NoContextWord).unwrap().ok);
        assert!(!a.acceptable);
    }

    #[test]
    fn serializes_with_snake_case_fields_and_no_passphrase() {
        let pass = "Velvet-Turnip7-Harbor";
        let v = serde_json::to_value(assess(pass, &ctx())).unwrap();
        for field in [
            "length",
            "scored",
            "score",
            "strength",
            "crack_time_offline",
            "crack_time_online",
            "warning",
            "suggestions",
            "rules",
            "acceptable",
            "advice",
        ] {
            assert!(v.get(field).is_some(), "missing {field}");
        }
        assert_eq!(v["rules"][0]["id"], "length");
        // Words stay strings in the JSON (made in the current locale).
        assert!(matches!(v["strength"].as_str(), Some("Strong" | "Very strong")));
        assert_eq!(v["rules"][1]["label"], "An upper-case letter (A-Z)");
        assert!(v["crack_time_online"].is_string() && v["advice"].is_array());
        assert_eq!(v["rules"][6]["id"], "printable_ascii");
        assert!(!v.to_string().contains(pass));
        assert!(!v.to_string().to_lowercase().contains("turnip"));
    }

    #[test]
    fn can_continue_needs_both() {
        let good = assess("Velvet-Turnip7-Harbor", &ctx());
        let bad = assess("Password1!", &ctx());
        assert!(can_continue(&good, Confirmation::Matches));
        assert!(!can_continue(&good, Confirmation::CaseOnly));
        assert!(!can_continue(&bad, Confirmation::Matches));
    }

    #[test]
    fn warm_up_runs() {
        warm_up();
        warm_up();
    }

    #[test]
    fn strength_words() {
        assert_eq!(
            (0..=4).map(|s| strength_word(s).to_string()).collect::<Vec<_>>(),
            vec!["Very weak", "Weak", "Fair", "Strong", "Very strong"]
        );
    }
}
