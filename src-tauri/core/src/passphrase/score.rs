//! A thin wrapper over zxcvbn 3.1: the score, two crack times, the warning and suggestions.
//!
//! Callers must keep input to at most 32 characters ([`super::assess`] does): zxcvbn's time grows
//! steeply with length on unusual characters (about a quarter of a second at 64 characters).

use super::PassphraseContext;

/// What zxcvbn says about one passphrase, as plain strings.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Strength {
    pub score: u8,
    pub crack_time_offline: String,
    pub crack_time_online: String,
    pub warning: Option<String>,
    pub suggestions: Vec<String>,
}

/// The words given to zxcvbn so that a passphrase built from them scores low: the label (whole
/// and word by word), the bot's name (whole and word by word), "okx" and the app's name.
pub(crate) fn user_inputs(ctx: &PassphraseContext) -> Vec<String> {
    let mut inputs: Vec<String> = Vec::new();
    let mut add = |w: &str| {
        let w = w.trim().to_lowercase();
        if !w.is_empty() && !inputs.contains(&w) {
            inputs.push(w);
        }
    };
    for value in [&ctx.label, &ctx.bot_name].into_iter().flatten() {
        add(value);
        let compact: String = value.chars().filter(|c| c.is_alphanumeric()).collect();
        add(&compact);
        for word in value.split(|c: char| !c.is_alphanumeric()) {
            add(word);
        }
    }
    for fixed in ["okx", "okx key assistant", "okxkeyassistant", "assistant"] {
        add(fixed);
    }
    inputs
}

/// Scores `passphrase` (at most 32 characters, not empty) with zxcvbn.
pub(crate) fn score<S: AsRef<str>>(passphrase: &str, user_inputs: &[S]) -> Strength {
    let inputs: Vec<&str> = user_inputs.iter().map(AsRef::as_ref).collect();
    let entropy = zxcvbn::zxcvbn(passphrase, &inputs);
    let times = entropy.crack_times();
    let feedback = entropy.feedback();
    Strength {
        score: u8::from(entropy.score()).min(4),
        crack_time_offline: times.offline_slow_hashing_1e4_per_second().to_string(),
        crack_time_online: times.online_throttling_100_per_hour().to_string(),
        warning: feedback.and_then(|f| f.warning()).map(|w| w.to_string()),
        suggestions: feedback
            .map(|f| f.suggestions().iter().map(ToString::to_string).collect())
            .unwrap_or_default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_inputs_split_the_bot_name_and_add_the_app_name() {
        let ctx = PassphraseContext::new(Some("Grid-Bot 1"), Some("Moon Trader"));
        let inputs = user_inputs(&ctx);
        for w in [
            "grid-bot 1",
            "gridbot1",
            "grid",
            "bot",
            "1",
            "moon trader",
            "moontrader",
            "moon",
            "trader",
            "okx",
        ] {
            assert!(inputs.contains(&w.to_owned()), "{w} missing from {inputs:?}");
        }
        for w in ["okx key assistant", "okxkeyassistant", "assistant"] {
            assert!(inputs.contains(&w.to_owned()));
        }
        assert_eq!(user_inputs(&PassphraseContext::default()).len(), 4);
    }

    #[test]
    fn common_passwords_score_low_with_feedback() {
        let s = score("password", &["okx"]);
        assert_eq!(s.score, 0);
        assert!(s.warning.is_some());
        assert!(!s.suggestions.is_empty());
        assert_eq!(s.crack_time_online, "1 minute");
    }

    #[test]
    fn crack_times_are_human_words() {
        let s = score("Velvet-Turnip7-Harbor", &["okx"]);
        assert!(s.score >= 3);
        assert!(s.crack_time_offline.chars().any(char::is_alphabetic));
        assert!(s.crack_time_online.contains("centuries") || s.crack_time_online.contains("year"));
    }
}
