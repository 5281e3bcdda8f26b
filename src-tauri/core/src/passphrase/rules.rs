//! OKX's passphrase rules, plus two of ours, as a checklist.
//!
//! OKX documents 8 to 32 characters with at least one digit, one upper-case letter, one lower-case
//! letter and one special character (`OKX_FACTS.md` §5.1). We add two:
//!
//! - **No context word**: it must not contain the key's label, the bot's name or "okx"
//!   (case-insensitive), the first things an attacker would try.
//! - **Printable ASCII only** (0x21-0x7E): the passphrase is sent as-is in the
//!   `OK-ACCESS-PASSPHRASE` HTTP header, where accents and emoji are not safe. Spaces are refused
//!   too, because bots, config files and copy-paste often trim leading and trailing spaces, so a
//!   passphrase with spaces may silently stop matching.
//!
//! Letter and digit classes are ASCII (`A-Z`, `a-z`, `0-9`), as OKX checks them: "é" is not a
//! lower-case letter here (and fails the ASCII rule). A special character is any printable ASCII
//! character that is not a letter or digit; a space is not one.

use super::PassphraseContext;
use crate::catalog::Text;
use crate::t;
use serde::{Deserialize, Serialize};

/// The shortest passphrase OKX accepts, in characters.
pub const MIN_LEN: usize = 8;
/// The longest passphrase OKX accepts, in characters. Longer input is not scored.
pub const MAX_LEN: usize = 32;

/// Which rule a checklist line is about (serialized snake_case, stable for the window).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RuleId {
    Length,
    Upper,
    Lower,
    Digit,
    Special,
    NoContextWord,
    PrintableAscii,
}

/// A rule's result with the advice to show if it fails.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Check {
    pub id: RuleId,
    pub label: Text,
    pub ok: bool,
    pub advice: Text,
}

/// Where a context word came from (to name it when the rule fails).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Source {
    Label,
    BotName,
    Okx,
}

/// The words a passphrase must not contain, lower-cased; each at least 3 characters long.
#[derive(Debug, Clone, Default)]
pub(crate) struct ContextWords(Vec<(Source, String, String)>);

/// Context words shorter than this are ignored by the rule (not by zxcvbn).
const MIN_CONTEXT_WORD: usize = 3;

impl ContextWords {
    pub fn from_context(ctx: &PassphraseContext) -> Self {
        let mut words = Vec::new();
        for (source, value) in [(Source::Label, &ctx.label), (Source::BotName, &ctx.bot_name)] {
            let Some(value) = value.as_deref().map(str::trim) else {
                continue;
            };
            let lower = value.to_lowercase();
            // "Grid Bot" is also caught as "gridbot" and "grid-bot".
            let compact: String = lower.chars().filter(|c| c.is_alphanumeric()).collect();
            for form in [lower, compact] {
                if form.chars().count() >= MIN_CONTEXT_WORD && !words.iter().any(|(_, w, _)| *w == form) {
                    words.push((source, form, value.to_owned()));
                }
            }
        }
        words.push((Source::Okx, "okx".to_owned(), "okx".to_owned()));
        ContextWords(words)
    }

    /// The first context word found in `passphrase`, with its source and its original spelling.
    fn found_in(&self, passphrase: &str) -> Option<(Source, &str)> {
        let lower = passphrase.to_lowercase();
        self.0
            .iter()
            .find(|(_, w, _)| lower.contains(w.as_str()))
            .map(|(s, _, shown)| (*s, shown.as_str()))
    }
}

/// Runs every rule, in the checklist's order. `length` is `passphrase.chars().count()`.
pub(crate) fn check(passphrase: &str, length: usize, context: &ContextWords) -> Vec<Check> {
    let has = |f: fn(&char) -> bool| passphrase.chars().any(|c| f(&c));
    let printable = |c: &char| matches!(*c, '\x21'..='\x7e');

    let length_advice = if length < MIN_LEN {
        t!("pass-rule-length.too-short", min = MIN_LEN, length = length)
    } else {
        t!("pass-rule-length.too-long", max = MAX_LEN, length = length)
    };
    let context_found = context.found_in(passphrase);
    let (context_label, context_advice) = match context_found {
        None => (t!("pass-rule-context-none"), Text::empty()),
        Some((Source::Label, word)) => (
            t!("pass-rule-context-label", word = word),
            t!("pass-rule-context-label.advice", word = word),
        ),
        Some((Source::BotName, word)) => (
            t!("pass-rule-context-bot", word = word),
            t!("pass-rule-context-bot.advice", word = word),
        ),
        Some((Source::Okx, _)) => (t!("pass-rule-context-okx"), t!("pass-rule-context-okx.advice")),
    };

    vec![
        Check {
            id: RuleId::Length,
            label: t!("pass-rule-length", min = MIN_LEN, max = MAX_LEN, length = length),
            ok: (MIN_LEN..=MAX_LEN).contains(&length),
            advice: length_advice,
        },
        Check {
            id: RuleId::Upper,
            label: t!("pass-rule-upper"),
            ok: has(char::is_ascii_uppercase),
            advice: t!("pass-rule-upper.advice"),
        },
        Check {
            id: RuleId::Lower,
            label: t!("pass-rule-lower"),
            ok: has(char::is_ascii_lowercase),
            advice: t!("pass-rule-lower.advice"),
        },
        Check {
            id: RuleId::Digit,
            label: t!("pass-rule-digit"),
            ok: has(char::is_ascii_digit),
            advice: t!("pass-rule-digit.advice"),
        },
        Check {
            id: RuleId::Special,
            label: t!("pass-rule-special"),
            ok: has(char::is_ascii_punctuation),
            advice: t!("pass-rule-special.advice"),
        },
        Check {
            id: RuleId::NoContextWord,
            label: context_label,
            ok: context_found.is_none(),
            advice: context_advice,
        },
        Check {
            id: RuleId::PrintableAscii,
            label: t!("pass-rule-ascii"),
            ok: passphrase.chars().all(|c| printable(&c)),
            advice: t!("pass-rule-ascii.advice"),
        },
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(p: &str) -> Vec<Check> {
        check(
            p,
            p.chars().count(),
            &ContextWords::from_context(&PassphraseContext::default()),
        )
    }

    fn ok(p: &str, id: RuleId) -> bool {
        run(p).into_iter().find(|c| c.id == id).unwrap().ok
    }

    fn run_ctx(p: &str, label: Option<&str>, bot: Option<&str>) -> Check {
        let words = ContextWords::from_context(&PassphraseContext::new(label, bot));
        check(p, p.chars().count(), &words)
            .into_iter()
            .find(|c| c.id == RuleId::NoContextWord)
            .unwrap()
    }

    #[test]
    fn length_edges_7_8_32_33() {
        assert!(!ok("Aa1-aaa", RuleId::Length)); // 7
        assert!(ok("Aa1-aaaa", RuleId::Length)); // 8
        assert!(ok(&format!("Aa1-{}", "a".repeat(28)), RuleId::Length)); // 32
        assert!(!ok(&format!("Aa1-{}", "a".repeat(29)), RuleId::Length)); // 33
        assert!(!ok("", RuleId::Length));
    }

    #[test]
    fn length_counts_characters_not_bytes() {
        // 8 characters, 9 bytes: the length rule holds, the ASCII rule does not.
        let p = "Aa1-aaaé";
        assert_eq!(p.len(), 9);
        assert!(ok(p, RuleId::Length));
        assert!(!ok(p, RuleId::PrintableAscii));
        let c = run("Aa1-aaa");
        assert_eq!(c[0].label, "8 to 32 characters (now 7)");
        assert_eq!(c[0].advice, "Make it at least 8 characters long (it has 7).");
        let long = "A".repeat(40);
        assert!(run(&long)[0]
            .advice
            .to_string()
            .contains("32 characters or fewer (it has 40)"));
    }

    #[test]
    fn each_missing_class_fails_only_its_rule() {
        let all = "Abcdef1-";
        assert!(run(all).iter().all(|c| c.ok));
        for (p, id) in [
            ("abcdef1-", RuleId::Upper),
            ("ABCDEF1-", RuleId::Lower),
            ("Abcdefg-", RuleId::Digit),
            ("Abcdef12", RuleId::Special),
        ] {
            let failing: Vec<RuleId> = run(p).iter().filter(|c| !c.ok).map(|c| c.id).collect();
            assert_eq!(failing, vec![id], "{p}");
        }
    }

    #[test]
    fn non_ascii_letters_do_not_count_as_letters() {
        // "É" and "é" are letters, but not the ASCII letters OKX asks for.
        assert!(!ok("ÉÉÉÉ1-ab", RuleId::Upper));
        assert!(!ok("ABCD1-éé", RuleId::Lower));
        assert!(!ok("ABCD1-éé", RuleId::PrintableAscii));
        // Full-width digits are not digits.
        assert!(!ok("Abcdef-\u{ff11}", RuleId::Digit));
    }

    #[test]
    fn emoji_fails_the_ascii_rule() {
        let p = "Abcdef1-\u{1f600}";
        assert!(!ok(p, RuleId::PrintableAscii));
        assert!(ok(p, RuleId::Special)); // the "-" is special, the emoji is not needed for it
        assert!(!ok("Abcdef12\u{1f600}", RuleId::Special));
    }

    #[test]
    fn space_is_not_special_and_not_allowed() {
        let p = "Abcdef1 x";
        assert!(!ok(p, RuleId::Special));
        assert!(!ok(p, RuleId::PrintableAscii));
        assert!(!ok("Abcdef1-\t", RuleId::PrintableAscii));
        assert!(!ok("Abcdef1-\n", RuleId::PrintableAscii));
        assert!(!ok("Abcdef1-\u{7f}", RuleId::PrintableAscii));
    }

    #[test]
    fn every_printable_ascii_symbol_is_special_and_allowed() {
        for c in (0x21u8..=0x7e).map(char::from).filter(|c| !c.is_ascii_alphanumeric()) {
            let p = format!("Abcdef1{c}");
            assert!(ok(&p, RuleId::Special), "{c}");
            assert!(ok(&p, RuleId::PrintableAscii), "{c}");
        }
    }

    #[test]
    fn okx_is_always_a_context_word_in_any_case() {
        for p in ["Abc-okx-12", "AbcOKX-12", "abc-oKx-1Z"] {
            let c = run_ctx(p, None, None);
            assert!(!c.ok, "{p}");
            assert_eq!(c.label, "Contains \u{201c}okx\u{201d}");
            assert!(c.advice.to_string().starts_with("Leave out \u{201c}okx\u{201d}"));
        }
        assert!(run_ctx("Ok-x-Abc12", None, None).ok);
    }

    #[test]
    fn label_and_bot_name_are_context_words() {
        let c = run_ctx("My-GridBot-2024", Some("gridbot"), None);
        assert!(!c.ok);
        assert_eq!(c.label, "Contains the key's label \u{201c}gridbot\u{201d}");

        // The label with spaces or dashes is also caught without them.
        let c = run_ctx("Xx-gridbot-99", Some("Grid Bot"), None);
        assert!(!c.ok);
        assert!(c.label.to_string().contains("Grid Bot"));

        let c = run_ctx("Zz-Freqtrade-1", Some("main"), Some("freqtrade"));
        assert!(!c.ok);
        assert_eq!(c.label, "Contains the bot's name \u{201c}freqtrade\u{201d}");

        let c = run_ctx("Zz-Frequent-1", Some("main"), Some("freqtrade"));
        assert!(c.ok);
        assert_eq!(
            c.label,
            "Does not contain the key's label, the bot's name or \u{201c}okx\u{201d}"
        );
    }

    #[test]
    fn short_or_blank_context_words_are_ignored_by_the_rule() {
        assert!(run_ctx("Abcdef1-xy", Some("ab"), Some("  ")).ok);
        assert!(run_ctx("Abcdef1-xy", Some(""), None).ok);
        assert!(!run_ctx("Abcdef1-xyz", Some(" xyz "), None).ok);
    }
}
