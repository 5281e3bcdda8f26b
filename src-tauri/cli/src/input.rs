//! Where the CLI's credentials and settings come from, checked exactly as the window checks them:
//! the environment (`OKX_API_KEY`, `OKX_SECRET_KEY`, `OKX_PASSPHRASE`), standard input (for
//! `save`), or a saved key (`--keychain LABEL`); never the command line.

use super::output::{self, Exit};
use okx_key_core::bots::{BotKind, Market};
use okx_key_core::catalog::Text;
use okx_key_core::credentials::{
    check_paste_size, split_paste, validate, Level, PastedCredentials, ValidationContext, PASTE_LIMIT_BYTES,
};
use okx_key_core::keychain::{Keychain, StoredKey};
use okx_key_core::{t, Credentials, Endpoint, Field, Problem, ProblemKind, Secret, Site};
use std::io::{IsTerminal, Read};

/// The environment variables, in the form's order.
pub const ENV_VARS: [(Field, &str); 3] = [
    (Field::ApiKey, "OKX_API_KEY"),
    (Field::SecretKey, "OKX_SECRET_KEY"),
    (Field::Passphrase, "OKX_PASSPHRASE"),
];

/// `--site`: one site, or `auto` (find the key's site, starting at global).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SiteChoice {
    One(Site),
    Auto,
}

impl SiteChoice {
    /// Parses a `--site` value. The error is safe to print (it never echoes the value).
    pub fn parse(value: &str, allow_auto: bool) -> Result<SiteChoice, Text> {
        let v = value.trim().to_ascii_lowercase();
        if v == "auto" && allow_auto {
            return Ok(SiteChoice::Auto);
        }
        okx_key_core::okx::SITES
            .iter()
            .find(|s| s.id == v)
            .map(|s| SiteChoice::One(s.site))
            .ok_or_else(|| {
                let mut ids: Vec<&str> = okx_key_core::okx::SITES.iter().map(|s| s.id).collect();
                if allow_auto {
                    ids.push("auto");
                }
                t!("cli-site-must-be", sites = ids.join(", "))
            })
    }
}

/// The bot and market of `--bot BOT [--market spot|swap]`: none without `--bot`; `--market`
/// alone is a usage mistake. The error is safe to print (it names only the valid ids).
pub fn bot_choice(parsed: &super::args::Parsed) -> Result<Option<(BotKind, Market)>, Text> {
    let market = match parsed.value("--market") {
        Some(v) => Some(Market::from_id(v.trim()).ok_or_else(|| {
            let ids: Vec<&str> = Market::ALL.iter().map(|m| m.id()).collect();
            t!("cli-market-must-be", markets = ids.join(", "))
        })?),
        None => None,
    };
    match parsed.value("--bot") {
        Some(v) => {
            let bot = BotKind::from_id(v.trim()).ok_or_else(|| {
                let ids: Vec<&str> = BotKind::ALL.iter().map(|b| b.id()).collect();
                t!("cli-bot-must-be", bots = ids.join(", "))
            })?;
            Ok(Some((bot, market.unwrap_or_default())))
        }
        None if market.is_some() => Err(t!("cli-market-needs-bot")),
        None => Ok(None),
    }
}

/// Refuses any `OKX_BASE_URL_*` that is not a loopback URL (`invalid_setting`, exit 2), before a
/// request is sent anywhere.
pub fn check_overrides() -> Result<(), Exit> {
    for site in Site::ALL {
        Endpoint::for_site(site).map_err(Exit::input)?;
    }
    Ok(())
}

/// The three values from the environment: `None` when none of the variables is set.
pub fn from_env() -> Result<Option<PastedCredentials>, Exit> {
    let mut values: Vec<Option<String>> = Vec::with_capacity(3);
    for (_, var) in ENV_VARS {
        match std::env::var(var) {
            Ok(v) if !v.is_empty() => values.push(Some(v)),
            Ok(_) | Err(std::env::VarError::NotPresent) => values.push(None),
            Err(std::env::VarError::NotUnicode(_)) => {
                return Err(Exit::input(Problem::from_text(
                    ProblemKind::MalformedInput,
                    t!("cli-env-not-text", var = var),
                )))
            }
        }
    }
    if values.iter().all(Option::is_none) {
        return Ok(None);
    }
    let missing: Vec<&str> = ENV_VARS
        .iter()
        .zip(&values)
        .filter(|(_, v)| v.is_none())
        .map(|((_, var), _)| *var)
        .collect();
    // All three missing is "no key" (above), so one or two are.
    let words = match missing[..] {
        [] => None,
        [var] => Some(t!("cli-env-missing-one", var = var)),
        [first, second, ..] => Some(t!("cli-env-missing-two", first = first, second = second)),
    };
    if let Some(words) = words {
        return Err(Exit::input(Problem::from_text(ProblemKind::MalformedInput, words)));
    }
    let mut it = values.into_iter().map(Option::unwrap_or_default);
    let (k, s, p) = (
        it.next().unwrap_or_default(),
        it.next().unwrap_or_default(),
        it.next().unwrap_or_default(),
    );
    Ok(Some(PastedCredentials::new(k, s, p)))
}

/// No credentials at all (exit 2).
pub fn none_given(with_stdin: bool) -> Exit {
    let fix = if with_stdin {
        t!("cli-no-key-given.fix-save")
    } else {
        t!("cli-no-key-given.fix")
    };
    Exit::input(Problem::new(ProblemKind::MalformedInput, t!("cli-no-key-given"), fix))
}

/// The three values from standard input: three lines in OKX's order, or any note, env file or
/// JSON the window's paste box understands. On a terminal, echo is off while the values are
/// read (`no_echo`), so they never show. At most the core's paste limit is read (64 KiB, the
/// window's too); more is refused.
pub fn from_stdin() -> Result<PastedCredentials, Exit> {
    let stdin = std::io::stdin();
    #[cfg(unix)]
    let echo_off = super::no_echo::EchoOff::stdin();
    #[cfg(not(unix))]
    let echo_off: Option<()> = None;
    if stdin.is_terminal() {
        let prompt = match echo_off {
            Some(_) => t!("cli-paste-prompt-hidden"),
            None => t!("cli-paste-prompt"),
        };
        output::err(&prompt.to_string());
    }
    let mut raw = String::new();
    let cap = PASTE_LIMIT_BYTES as u64 + 1;
    let read = stdin.lock().take(cap).read_to_string(&mut raw);
    // The terminal as it was, before anything else is said.
    drop(echo_off);
    // Wiped on drop, like every other copy of the values.
    let text = Secret::new(raw);
    read.map_err(|_| {
        Exit::input(Problem::from_text(
            ProblemKind::MalformedInput,
            t!("cli-stdin-not-text"),
        ))
    })?;
    check_paste_size(text.expose().len()).map_err(Exit::input)?;
    if text.expose().trim().is_empty() {
        return Err(none_given(true));
    }
    let split = split_paste(text.expose());
    let found = split.as_ref().map_or(0, |s| s.found());
    let Some(split) = split.filter(|_| found == 3) else {
        return Err(Exit::input(Problem::from_text(
            ProblemKind::MalformedInput,
            t!("cli-stdin-values-found", found = found),
        )));
    };
    for note in &split.notes {
        output::err(&t!("cli-note", note = note.clone()).to_string());
    }
    let get = |f: Field| split.get(f).unwrap_or_default().to_owned();
    Ok(PastedCredentials::new(
        get(Field::ApiKey),
        get(Field::SecretKey),
        get(Field::Passphrase),
    ))
}

/// The key saved under `label` (exit 2 when there is none, 1 when the keychain fails).
pub fn from_keychain(label: &str) -> Result<StoredKey, Exit> {
    let dir = super::data_dir().map_err(Exit::failed)?;
    let keychain = Keychain::system(dir).map_err(Exit::failed)?;
    keychain.read(label).map_err(|p| match p.kind {
        ProblemKind::NotFound | ProblemKind::MalformedInput => Exit::input(p),
        _ => Exit::failed(p),
    })
}

/// Cleans and checks the values as the window does. Errors: exit 2 with each message and fix.
/// Warnings are printed to stderr (unless `quiet`) and the values go on. Returns the credentials
/// and what was trimmed.
pub fn check(
    pasted: &PastedCredentials,
    ctx: &ValidationContext,
    quiet: bool,
) -> Result<(Credentials, Vec<okx_key_core::credentials::TrimNote>), Exit> {
    let v = validate(pasted, ctx);
    let Some(creds) = v.credentials() else {
        let problems: Vec<Problem> = v
            .messages
            .iter()
            .filter(|m| m.level == Level::Error)
            .filter_map(|m| m.to_problem())
            .collect();
        return Err(Exit {
            code: output::BAD_INPUT,
            problems,
        });
    };
    if !quiet {
        for m in v.messages.iter().filter(|m| m.level == Level::Warning) {
            if let Some(p) = m.to_problem() {
                output::err(&t!("cli-note", note = output::problem_text(&p)).to_string());
            }
        }
    }
    Ok((creds, v.trimmed))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn site_choices() {
        assert_eq!(SiteChoice::parse("EEA", true), Ok(SiteChoice::One(Site::Eea)));
        assert_eq!(SiteChoice::parse("auto", true), Ok(SiteChoice::Auto));
        assert_eq!(SiteChoice::parse("tr", false), Ok(SiteChoice::One(Site::Tr)));
        assert_eq!(
            SiteChoice::parse("x", true).unwrap_err().to_string(),
            "--site must be one of: global, eea, us, tr, auto."
        );
        assert!(SiteChoice::parse("auto", false).is_err());
        assert!(SiteChoice::parse("my.okx.com", true).is_err());
        let e = SiteChoice::parse("SECRETVALUE", true).unwrap_err().to_string();
        assert!(!e.contains("SECRET"));
    }

    #[test]
    fn interior_space_is_an_error_and_trailing_space_is_trimmed() {
        let key = "6d2d3d84-9e34-4c05-94e1-c7da1293fd7f";
        let secret = "5EBC552E6021AA32E756B50FA0CB5F15";
        let pass = "Practice#Good1";
        let ctx = ValidationContext::default();
        let (creds, trimmed) = check(&PastedCredentials::new(format!("{key} \n"), secret, pass), &ctx, true).unwrap();
        assert_eq!(creds.api_key.expose(), key);
        assert_eq!(trimmed.len(), 1, "{trimmed:?}");
        let e = check(&PastedCredentials::new(key, secret, "Practice #Good1"), &ctx, true).unwrap_err();
        assert_eq!(e.code, output::BAD_INPUT);
        assert!(e
            .problems
            .iter()
            .all(|p| !p.message.to_string().contains(pass) && !p.fix.to_string().contains("Practice")));
    }
}
