//! A thin wrapper over zxcvbn 3.1: the score, two crack times, the warning and suggestions.
//!
//! Callers must keep input to at most 32 characters ([`super::assess`] does): zxcvbn's time grows
//! steeply with length on unusual characters (about a quarter of a second at 64 characters).

//! zxcvbn's own feedback is English words behind enums: each variant is mapped to a catalog
//! message here ([`warning`], [`suggestion`]), and crack times to a count and a unit
//! ([`crack_time`]), so all of them can be translated.

use super::PassphraseContext;
use crate::catalog::Text;
use crate::t;
use zxcvbn::feedback::{Suggestion, Warning};
use zxcvbn::time_estimates::CrackTimeSeconds;

/// What zxcvbn says about one passphrase, as words not yet made.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Strength {
    pub score: u8,
    pub crack_time_offline: Text,
    pub crack_time_online: Text,
    pub warning: Option<Text>,
    pub suggestions: Vec<Text>,
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
        crack_time_offline: crack_time(times.offline_slow_hashing_1e4_per_second()),
        crack_time_online: crack_time(times.online_throttling_100_per_hour()),
        warning: feedback.and_then(|f| f.warning()).map(warning),
        suggestions: feedback
            .map(|f| f.suggestions().iter().copied().map(suggestion).collect())
            .unwrap_or_default(),
    }
}

/// A crack time in the largest whole unit, as zxcvbn words it ("3 years", "centuries"); a
/// month is 31 days and a year 12 such months, as in zxcvbn.
pub(crate) fn crack_time(time: CrackTimeSeconds) -> Text {
    const MINUTE: u64 = 60;
    const HOUR: u64 = MINUTE * 60;
    const DAY: u64 = HOUR * 24;
    const MONTH: u64 = DAY * 31;
    const YEAR: u64 = MONTH * 12;
    const CENTURY: u64 = YEAR * 100;
    let seconds = match time {
        CrackTimeSeconds::Integer(i) => i,
        // `as` saturates: NaN and negatives become 0, huge values u64::MAX.
        CrackTimeSeconds::Float(f) => f as u64,
    };
    match seconds {
        0 => t!("pass-time-instant"),
        s if s < MINUTE => t!("pass-time-seconds", n = s),
        s if s < HOUR => t!("pass-time-minutes", n = s / MINUTE),
        s if s < DAY => t!("pass-time-hours", n = s / HOUR),
        s if s < MONTH => t!("pass-time-days", n = s / DAY),
        s if s < YEAR => t!("pass-time-months", n = s / MONTH),
        s if s < CENTURY => t!("pass-time-years", n = s / YEAR),
        _ => t!("pass-time-centuries"),
    }
}

/// zxcvbn's warning, in the catalog's words.
pub(crate) fn warning(w: Warning) -> Text {
    match w {
        Warning::StraightRowsOfKeysAreEasyToGuess => t!("pass-warning-straight-rows"),
        Warning::ShortKeyboardPatternsAreEasyToGuess => t!("pass-warning-short-keyboard-pattern"),
        Warning::RepeatsLikeAaaAreEasyToGuess => t!("pass-warning-repeats"),
        Warning::RepeatsLikeAbcAbcAreOnlySlightlyHarderToGuess => t!("pass-warning-repeated-groups"),
        Warning::ThisIsATop10Password => t!("pass-warning-top-10"),
        Warning::ThisIsATop100Password => t!("pass-warning-top-100"),
        Warning::ThisIsACommonPassword => t!("pass-warning-very-common"),
        Warning::ThisIsSimilarToACommonlyUsedPassword => t!("pass-warning-similar-to-common"),
        Warning::SequencesLikeAbcAreEasyToGuess => t!("pass-warning-sequences"),
        Warning::RecentYearsAreEasyToGuess => t!("pass-warning-recent-years"),
        Warning::AWordByItselfIsEasyToGuess => t!("pass-warning-single-word"),
        Warning::DatesAreOftenEasyToGuess => t!("pass-warning-dates"),
        Warning::NamesAndSurnamesByThemselvesAreEasyToGuess => t!("pass-warning-names-alone"),
        Warning::CommonNamesAndSurnamesAreEasyToGuess => t!("pass-warning-common-names"),
    }
}

/// One of zxcvbn's suggestions, in the catalog's words.
pub(crate) fn suggestion(s: Suggestion) -> Text {
    match s {
        Suggestion::UseAFewWordsAvoidCommonPhrases => t!("pass-tip-few-words"),
        Suggestion::NoNeedForSymbolsDigitsOrUppercaseLetters => t!("pass-tip-symbols-help-little"),
        Suggestion::AddAnotherWordOrTwo => t!("pass-tip-another-word"),
        Suggestion::CapitalizationDoesntHelpVeryMuch => t!("pass-tip-capitals"),
        Suggestion::AllUppercaseIsAlmostAsEasyToGuessAsAllLowercase => t!("pass-tip-all-capitals"),
        Suggestion::ReversedWordsArentMuchHarderToGuess => t!("pass-tip-reversed-words"),
        Suggestion::PredictableSubstitutionsDontHelpVeryMuch => t!("pass-tip-substitutions"),
        Suggestion::UseALongerKeyboardPatternWithMoreTurns => t!("pass-tip-longer-keyboard-pattern"),
        Suggestion::AvoidRepeatedWordsAndCharacters => t!("pass-tip-repeats"),
        Suggestion::AvoidSequences => t!("pass-tip-sequences"),
        Suggestion::AvoidRecentYears => t!("pass-tip-recent-years"),
        Suggestion::AvoidYearsThatAreAssociatedWithYou => t!("pass-tip-your-years"),
        Suggestion::AvoidDatesAndYearsThatAreAssociatedWithYou => t!("pass-tip-your-dates"),
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
        assert!(s.crack_time_offline.to_string().chars().any(char::is_alphabetic));
        let online = s.crack_time_online.to_string();
        assert!(online.contains("centuries") || online.contains("year"), "{online}");
    }

    /// The same unit and count as zxcvbn's own English, for every unit and its edges.
    #[test]
    fn crack_times_match_zxcvbns_words() {
        let month = 31 * 86_400u64;
        for secs in [
            0,
            1,
            2,
            59,
            60,
            119,
            3_599,
            3_600,
            86_399,
            86_400,
            month - 1,
            month,
            12 * month - 1,
            12 * month,
            1_200 * month - 1,
            1_200 * month,
            u64::MAX,
        ] {
            let t = CrackTimeSeconds::Integer(secs);
            assert_eq!(crack_time(t), t.to_string().as_str(), "{secs} s");
        }
        assert_eq!(crack_time(CrackTimeSeconds::Float(90.7)), "1 minute");
        assert_eq!(crack_time(CrackTimeSeconds::Float(f64::NAN)), "less than a second");
    }

    #[test]
    fn every_warning_and_suggestion_has_its_own_words() {
        use Suggestion as S;
        use Warning as W;
        let warnings = [
            W::StraightRowsOfKeysAreEasyToGuess,
            W::ShortKeyboardPatternsAreEasyToGuess,
            W::RepeatsLikeAaaAreEasyToGuess,
            W::RepeatsLikeAbcAbcAreOnlySlightlyHarderToGuess,
            W::ThisIsATop10Password,
            W::ThisIsATop100Password,
            W::ThisIsACommonPassword,
            W::ThisIsSimilarToACommonlyUsedPassword,
            W::SequencesLikeAbcAreEasyToGuess,
            W::RecentYearsAreEasyToGuess,
            W::AWordByItselfIsEasyToGuess,
            W::DatesAreOftenEasyToGuess,
            W::NamesAndSurnamesByThemselvesAreEasyToGuess,
            W::CommonNamesAndSurnamesAreEasyToGuess,
        ];
        let suggestions = [
            S::UseAFewWordsAvoidCommonPhrases,
            S::NoNeedForSymbolsDigitsOrUppercaseLetters,
            S::AddAnotherWordOrTwo,
            S::CapitalizationDoesntHelpVeryMuch,
            S::AllUppercaseIsAlmostAsEasyToGuessAsAllLowercase,
            S::ReversedWordsArentMuchHarderToGuess,
            S::PredictableSubstitutionsDontHelpVeryMuch,
            S::UseALongerKeyboardPatternWithMoreTurns,
            S::AvoidRepeatedWordsAndCharacters,
            S::AvoidSequences,
            S::AvoidRecentYears,
            S::AvoidYearsThatAreAssociatedWithYou,
            S::AvoidDatesAndYearsThatAreAssociatedWithYou,
        ];
        let words: std::collections::HashSet<String> = warnings
            .into_iter()
            .map(warning)
            .chain(suggestions.into_iter().map(suggestion))
            .map(|t| t.to_string())
            .collect();
        assert_eq!(words.len(), warnings.len() + suggestions.len());
        assert!(
            words.iter().all(|w| w.ends_with('.') && !w.starts_with("pass-")),
            "{words:?}"
        );
    }
}
