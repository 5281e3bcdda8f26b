//! What the command line asks of either program before any command runs: `--lang CODE` (both
//! honour it: `okx-key-assistant --lang ar` opens the window in Arabic) and whether the
//! arguments name a command at all (else the window opens).

use crate::catalog;

/// The language asked for with `--lang`, if any (read from the arguments once).
static REQUESTED_LANGUAGE: std::sync::OnceLock<Option<String>> = std::sync::OnceLock::new();

/// The program's arguments as text, without the program's name.
pub fn arguments() -> Vec<String> {
    std::env::args_os()
        .skip(1)
        .map(|a| a.to_string_lossy().into_owned())
        .collect()
}

/// The language asked for with `--lang`.
pub fn requested_language() -> Option<&'static str> {
    REQUESTED_LANGUAGE.get_or_init(|| take_lang(arguments()).1).as_deref()
}

/// The arguments name a command (or ask for help or the version), not the window.
pub fn command_requested() -> bool {
    names_a_command(&take_lang(arguments()).0)
}

/// `argv` (without `--lang`) names a command: there is a first argument and it is not the
/// process serial number macOS passes when the app is opened from the Finder.
pub fn names_a_command(argv: &[String]) -> bool {
    argv.first().is_some_and(|first| !first.starts_with("-psn_"))
}

/// Takes `--lang CODE` / `--lang=CODE` out of the arguments, anywhere before a `--` (what
/// follows `--` belongs to another program).
pub fn take_lang(argv: Vec<String>) -> (Vec<String>, Option<String>) {
    let mut out = Vec::with_capacity(argv.len());
    let mut lang = None;
    let mut it = argv.into_iter();
    while let Some(a) = it.next() {
        if a == "--" {
            out.push(a);
            out.extend(it.by_ref());
            break;
        }
        if a == "--lang" {
            lang = it.next();
        } else if let Some(v) = a.strip_prefix("--lang=") {
            lang = Some(v.to_string());
        } else {
            out.push(a);
        }
    }
    (out, lang)
}

/// The command line's language: `lang` (from `--lang`), else `LC_ALL` / `LC_MESSAGES` / `LANG`
/// (read with `env`), else English. An unknown language is no error.
pub fn cli_language(lang: Option<&str>, env: impl Fn(&str) -> Option<String>) -> &'static str {
    match lang {
        Some(code) => catalog::negotiate(code),
        None => catalog::languages::from_environment(env),
    }
    .unwrap_or(catalog::ENGLISH)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(a: &[&str]) -> Vec<String> {
        a.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn lang_is_taken_out_before_a_double_dash_only() {
        let (rest, lang) = take_lang(args(&["--lang", "ar", "run", "k", "--", "bot", "--lang=ru"]));
        assert_eq!(lang.as_deref(), Some("ar"));
        assert_eq!(rest, args(&["run", "k", "--", "bot", "--lang=ru"]));
        let (rest, lang) = take_lang(args(&["check", "--lang=uk"]));
        assert_eq!((rest, lang.as_deref()), (args(&["check"]), Some("uk")));
    }

    #[test]
    fn no_arguments_or_a_finder_serial_number_opens_the_window() {
        assert!(!names_a_command(&[]));
        assert!(!names_a_command(&args(&["-psn_0_12345"])));
        assert!(names_a_command(&args(&["--help"])));
        assert!(names_a_command(&args(&["verify"])));
    }

    #[test]
    fn the_cli_language_is_lang_then_the_environment_then_english() {
        let env = |v: &str| (v == "LANG").then(|| "ru_RU.UTF-8".to_string());
        assert_eq!(cli_language(Some("tr"), env), "tr");
        assert_eq!(cli_language(None, env), "ru");
        assert_eq!(cli_language(None, |_| None), catalog::ENGLISH);
        assert_eq!(cli_language(Some("xx"), env), catalog::ENGLISH);
    }
}
