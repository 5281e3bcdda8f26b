//! A small hand-written argument parser for the subcommands (no clap: it keeps the build small).
//!
//! Flags are long options (`--site eea` or `--site=eea`); `-h` / `--help` anywhere asks for help;
//! `--` ends the flags. Errors never echo a value the user typed: an argument may be a secret
//! pasted in the wrong place (credentials are never taken from the command line).

use okx_key_core::catalog::Text;
use okx_key_core::t;

/// One flag a subcommand accepts.
#[derive(Debug, Clone, Copy)]
pub struct Flag {
    /// With the dashes: `--site`.
    pub name: &'static str,
    /// Takes a value (`--site eea`) or stands alone (`--json`).
    pub takes_value: bool,
}

/// A flag that stands alone.
pub const fn switch(name: &'static str) -> Flag {
    Flag {
        name,
        takes_value: false,
    }
}

/// A flag followed by a value.
pub const fn option(name: &'static str) -> Flag {
    Flag {
        name,
        takes_value: true,
    }
}

/// What was given on the command line after the subcommand.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Parsed {
    /// `-h` or `--help` was given: print the help, ignore everything else.
    pub help: bool,
    pub positionals: Vec<String>,
    flags: Vec<(&'static str, Option<String>)>,
}

impl Parsed {
    /// Was this flag given?
    pub fn has(&self, name: &str) -> bool {
        self.flags.iter().any(|(n, _)| *n == name)
    }

    /// The value of a flag that takes one.
    pub fn value(&self, name: &str) -> Option<&str> {
        self.flags
            .iter()
            .find(|(n, _)| *n == name)
            .and_then(|(_, v)| v.as_deref())
    }
}

/// Parses `args` (the arguments after the subcommand). `max_positionals` is how many plain
/// arguments (a LABEL) the subcommand takes. The error is one line, safe to print.
pub fn parse(args: &[String], flags: &[Flag], max_positionals: usize) -> Result<Parsed, Text> {
    if args
        .iter()
        .take_while(|a| a.as_str() != "--")
        .any(|a| a == "-h" || a == "--help")
    {
        return Ok(Parsed {
            help: true,
            ..Parsed::default()
        });
    }
    let mut out = Parsed::default();
    let mut rest = args.iter();
    let mut flags_done = false;
    while let Some(arg) = rest.next() {
        if flags_done || !arg.starts_with('-') || arg == "-" {
            out.positionals.push(arg.clone());
            continue;
        }
        if arg == "--" {
            flags_done = true;
            continue;
        }
        let (name, inline) = match arg.split_once('=') {
            Some((n, v)) => (n, Some(v.to_owned())),
            None => (arg.as_str(), None),
        };
        let Some(flag) = flags.iter().find(|f| f.name == name) else {
            return Err(unknown_flag(name));
        };
        if out.has(flag.name) {
            return Err(t!("cli-flag-given-twice", flag = flag.name));
        }
        let value = match (flag.takes_value, inline) {
            (false, None) => None,
            (false, Some(_)) => return Err(t!("cli-flag-takes-no-value", flag = flag.name)),
            (true, Some(v)) if !v.is_empty() => Some(v),
            (true, Some(_)) => return Err(t!("cli-flag-needs-value", flag = flag.name)),
            (true, None) => match rest.next() {
                Some(v) if !v.starts_with("--") && !v.is_empty() => Some(v.clone()),
                _ => return Err(t!("cli-flag-needs-value", flag = flag.name)),
            },
        };
        out.flags.push((flag.name, value));
    }
    if out.positionals.len() > max_positionals {
        return Err(match max_positionals {
            0 => t!("cli-no-arguments"),
            _ => t!("cli-too-many-arguments"),
        });
    }
    Ok(out)
}

/// "Unknown option --foo", naming the option only when it looks like one (never a pasted value).
pub fn unknown_flag(name: &str) -> Text {
    // Real option names are short, lower-case words: anything else may be a pasted value.
    let looks_like_a_flag =
        name.len() <= 24 && name.starts_with('-') && name.chars().all(|c| c.is_ascii_lowercase() || c == '-');
    let credential_words = ["key", "secret", "pass", "password"];
    let lower = name.to_ascii_lowercase();
    if looks_like_a_flag && credential_words.iter().any(|w| lower.contains(w)) {
        t!("cli-unknown-flag-credential", flag = name)
    } else if looks_like_a_flag {
        t!("cli-unknown-flag", flag = name)
    } else {
        t!("cli-unknown-flag-hidden")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FLAGS: [Flag; 3] = [switch("--json"), option("--site"), switch("--demo")];

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn flags_values_and_positionals() {
        let p = parse(&args(&["LABEL", "--site", "eea", "--json"]), &FLAGS, 1).unwrap();
        assert_eq!(p.positionals, ["LABEL"]);
        assert_eq!(p.value("--site"), Some("eea"));
        assert!(p.has("--json"));
        assert!(!p.has("--demo"));
        let p = parse(&args(&["--site=us"]), &FLAGS, 0).unwrap();
        assert_eq!(p.value("--site"), Some("us"));
        let p = parse(&args(&["--", "--json"]), &FLAGS, 1).unwrap();
        assert_eq!(p.positionals, ["--json"]);
        assert!(!p.has("--json"));
    }

    #[test]
    fn help_wins_over_everything() {
        for a in [&["--bogus", "-h"][..], &["--help"], &["x", "y", "--help"]] {
            assert!(parse(&args(a), &FLAGS, 0).unwrap().help, "{a:?}");
        }
        assert!(!parse(&args(&["--", "--help"]), &FLAGS, 1).unwrap().help);
    }

    #[test]
    fn mistakes_are_one_line_reasons() {
        let err = |a: &[&str], n| parse(&args(a), &FLAGS, n).unwrap_err().to_string();
        assert_eq!(err(&["--site"], 0), "--site needs a value.");
        assert_eq!(err(&["--site", "--json"], 0), "--site needs a value.");
        assert_eq!(err(&["--site="], 0), "--site needs a value.");
        assert_eq!(err(&["--json=yes"], 0), "--json takes no value.");
        assert_eq!(err(&["--json", "--json"], 0), "--json is given twice.");
        assert_eq!(err(&["--bogus"], 0), "Unknown option --bogus.");
        assert!(err(&["--api-key", "x"], 0).contains("never read from the command line"));
        assert!(err(&["a", "b"], 1).starts_with("Too many arguments"));
        assert_eq!(err(&["a", "b"], 1).lines().count(), 1);
    }

    #[test]
    fn errors_never_echo_values() {
        let secret = "5EBC552E6021AA32E756B50FA0CB5F15";
        for a in [
            vec![secret.to_owned()],
            vec![format!("--{secret}")],
            vec![format!("--json={secret}")],
            vec![format!("-{secret}!")],
            vec![format!("--secret={secret}")],
        ] {
            let e = parse(&a, &FLAGS, 0).unwrap_err().to_string();
            assert!(!e.contains(&secret[..8]), "{e}");
        }
    }
}
