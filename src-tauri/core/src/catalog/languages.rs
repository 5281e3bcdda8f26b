//! The languages the app speaks, and finding the best one for a request ("zh_CN.UTF-8",
//! "pt", "es-MX", `--lang tr`): exact tag first, then the language's one variant here.

use serde::Serialize;

/// One language of the app: its catalog folder, its own name, and its direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct LanguageInfo {
    /// The folder under `locales/`, a BCP 47 tag.
    pub code: &'static str,
    /// The language's name in itself, as the language menu shows it.
    pub native_name: &'static str,
    /// Written right to left.
    pub rtl: bool,
}

/// A pseudo-language for tests (debug builds only): English, accented, about 40% longer and
/// bracketed, so untranslated or cut-off text stands out.
pub const PSEUDO: &str = "en-XA";

/// Every language, in the menu's order (English first).
pub const LANGUAGES: &[LanguageInfo] = &[
    LanguageInfo {
        code: "en",
        native_name: "English",
        rtl: false,
    },
    LanguageInfo {
        code: "zh-CN",
        native_name: "简体中文",
        rtl: false,
    },
    LanguageInfo {
        code: "es-419",
        native_name: "Español (Latinoamérica)",
        rtl: false,
    },
    LanguageInfo {
        code: "pt-BR",
        native_name: "Português (Brasil)",
        rtl: false,
    },
    LanguageInfo {
        code: "ru",
        native_name: "Русский",
        rtl: false,
    },
    LanguageInfo {
        code: "uk",
        native_name: "Українська",
        rtl: false,
    },
    LanguageInfo {
        code: "tr",
        native_name: "Türkçe",
        rtl: false,
    },
    LanguageInfo {
        code: "vi",
        native_name: "Tiếng Việt",
        rtl: false,
    },
    LanguageInfo {
        code: "id",
        native_name: "Bahasa Indonesia",
        rtl: false,
    },
    LanguageInfo {
        code: "ar",
        native_name: "العربية",
        rtl: true,
    },
];

/// The languages that have a catalog in this build (plus the pseudo-language in debug builds).
pub fn available() -> Vec<LanguageInfo> {
    let mut out: Vec<LanguageInfo> = LANGUAGES
        .iter()
        .copied()
        .filter(|l| super::has_language(l.code))
        .collect();
    if cfg!(debug_assertions) {
        out.push(LanguageInfo {
            code: PSEUDO,
            native_name: "[Ƥšéûðö]",
            rtl: false,
        });
    }
    out
}

/// The app's language for a requested tag or POSIX locale name, if it has one.
pub fn negotiate(requested: &str) -> Option<&'static str> {
    // "zh_CN.UTF-8@latin" → "zh-cn"
    let tag = requested
        .split(['.', '@'])
        .next()
        .unwrap_or("")
        .trim()
        .replace('_', "-")
        .to_ascii_lowercase();
    if tag.is_empty() || tag == "c" || tag == "posix" {
        return None;
    }
    let available = available();
    if let Some(l) = available.iter().find(|l| l.code.eq_ignore_ascii_case(&tag)) {
        return Some(l.code);
    }
    let primary = tag.split('-').next().unwrap_or("");
    available
        .iter()
        .find(|l| {
            l.code
                .split('-')
                .next()
                .is_some_and(|p| p.eq_ignore_ascii_case(primary))
                && l.code != PSEUDO
        })
        .map(|l| l.code)
}

/// The language the environment asks for: the first of `LC_ALL`, `LC_MESSAGES` and `LANG`
/// that is set, when the app has it. `get` reads one variable (the real environment in the app).
pub fn from_environment(get: impl Fn(&str) -> Option<String>) -> Option<&'static str> {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|v| get(v))
        .find(|v| !v.trim().is_empty())
        .and_then(|v| negotiate(&v))
}

/// The pseudo-language's text: accented letters, about 40% longer, bracketed.
pub fn pseudo(s: &str) -> String {
    pseudo_wrap(&pseudo_accents(s))
}

/// Letters accented (the pseudo-language's catalog text; arguments stay as they are).
pub fn pseudo_accents(s: &str) -> String {
    s.chars().map(accent).collect()
}

/// A whole message of the pseudo-language: bracketed, with padding for 40% more length.
pub fn pseudo_wrap(s: &str) -> String {
    if s.trim().is_empty() {
        return s.to_string();
    }
    let letters = s.chars().filter(|c| c.is_alphabetic()).count();
    let mut out = String::with_capacity(s.len() + letters / 2 + 4);
    out.push('[');
    out.push_str(s);
    // The padding comes in short groups, so it can wrap like words do.
    let pad = (letters * 2).div_ceil(5).max(1);
    for i in 0..pad {
        out.push(if i % 4 == 0 { ' ' } else { '~' });
    }
    out.push(']');
    out
}

fn accent(c: char) -> char {
    const FROM: &str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const TO: &str = "ȧƀƈḓḗƒɠħīĵķŀḿƞǿƥɋřşŧŭṽẇẋẏẑȦƁƇḒḖƑƓĦĪĴĶĿḾȠǾƤɊŘŞŦŬṼẆẊẎẐ";
    match FROM.chars().position(|x| x == c) {
        Some(i) => TO.chars().nth(i).unwrap_or(c),
        None => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn posix_names_and_tags_find_the_language() {
        assert_eq!(negotiate("en_US.UTF-8"), Some("en"));
        assert_eq!(negotiate("C"), None);
        assert_eq!(negotiate(""), None);
        assert_eq!(negotiate("xx_YY"), None);
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |k: &str| pairs.iter().find(|(n, _)| *n == k).map(|(_, v)| v.to_string())
        };
        assert_eq!(from_environment(env(&[("LANG", "en_GB.UTF-8")])), Some("en"));
        assert_eq!(from_environment(env(&[("LC_ALL", ""), ("LANG", "de_DE")])), None);
    }

    #[test]
    fn pseudo_is_longer_bracketed_and_accented() {
        let p = pseudo("Set the permissions");
        assert!(p.starts_with("[Şḗŧ ŧħḗ ƥḗřḿīşşīǿƞş") && p.ends_with(']'), "{p}");
        assert!(
            p.chars().count() as f64 >= "Set the permissions".len() as f64 * 1.35,
            "{p}"
        );
        assert_eq!(pseudo(" "), " ");
    }
}
