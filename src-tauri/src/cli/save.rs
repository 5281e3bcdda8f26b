//! `okx-key-assistant save LABEL`: tests the key first, and saves it in the system keychain only
//! when it is verified and cannot withdraw; the save is read back before it counts.

use super::args::{option, switch};
use super::command::{Call, Subcommand};
use super::input::{self, SiteChoice};
use super::output::{self, Exit};
use super::verify;
use okx_key_core::credentials::{Surface, ValidationContext};
use okx_key_core::keychain::{validate_label, Keychain};
use okx_key_core::report::{self, Confirmations, ReportInput};
use okx_key_core::{Problem, ProblemKind, Site, VerifyOptions};

pub const USAGE: &str = "\
Usage: okx-key-assistant save LABEL [--site global|eea|us|tr|auto] [--demo] [--replace]

Tests the key, then saves it in the system keychain under LABEL (letters, digits, '_', '-', '.';
for example the name you gave the key on OKX). Only a key that OKX accepts and that cannot
withdraw is saved; the saved item is read back before it counts.

The key comes from OKX_API_KEY, OKX_SECRET_KEY and OKX_PASSPHRASE, or, when none of them is
set, from standard input: three lines in OKX's order (API key, secret key, passphrase), or a
note, env file or JSON with labelled values. Never from the command line.

Options:
  --site SITE   where the key was created: global, eea, us or tr. Without it (or with auto)
                the test finds the key's site and the key is saved with it
  --demo        the key is a Demo Trading key
  --replace     replace a key already saved under LABEL (the old one stays until the new one
                is saved and read back)
  -h, --help    show this help

A bot reads the saved key from the keychain: service okx-key-assistant, user LABEL, secret =
JSON with api_key, secret_key, passphrase, site, api_host, demo and saved_at.

Exit status: 0 saved; 1 not saved (the test failed, or the keychain refused); 2 bad usage or
input; 3 not saved because the key can withdraw.";

pub const COMMAND: Subcommand = Subcommand {
    name: "save",
    usage: USAGE,
    flags: &[option("--site"), switch("--demo"), switch("--replace")],
    positionals: 1,
    main,
};

fn main(call: &Call) -> i32 {
    let parsed = &call.parsed;
    let Some(label) = call.label() else {
        return call.usage_error("save needs a LABEL to save the key under.");
    };
    let site = match parsed.value("--site").map(|v| SiteChoice::parse(v, true)).transpose() {
        Ok(s) => s,
        Err(reason) => return call.usage_error(&reason),
    };
    match save(label, site, parsed.has("--demo"), parsed.has("--replace")) {
        Ok(code) => code,
        Err(exit) => exit.finish(false),
    }
}

fn save(label: &str, site: Option<SiteChoice>, demo: bool, replace: bool) -> Result<i32, Exit> {
    let label = validate_label(label).map_err(Exit::input)?;
    input::check_overrides()?;
    let keychain = Keychain::system(super::data_dir().map_err(Exit::failed)?).map_err(Exit::failed)?;
    // Say so before asking for the values, when the label is taken.
    if !replace {
        if let Some(existing) = keychain.existing(&label).map_err(Exit::failed)? {
            return Err(Exit::failed(already_saved(
                &label,
                &existing.api_key_redacted,
                &existing.saved_at,
            )));
        }
    }
    let pasted = match input::from_env()? {
        Some(p) => p,
        None => input::from_stdin()?,
    };
    let ctx = ValidationContext {
        surface: Surface::Cli,
        label: Some(label.clone()),
        expected_passphrase: None,
    };
    let (creds, trimmed) = input::check(&pasted, &ctx, false)?;
    drop(pasted);
    let opts = VerifyOptions {
        site: match site {
            Some(SiteChoice::One(s)) => s,
            _ => Site::Global,
        },
        // No site named: find it (and save the key with the site where it works).
        auto_site: !matches!(site, Some(SiteChoice::One(_))),
        demo,
        trimmed,
        ..VerifyOptions::default()
    };
    let v = verify::run_test(&creds, &opts, false)?;
    if let Err(why) = okx_key_core::keychain::policy::may_save(Some(&v)) {
        output::out(&report::render(&ReportInput::now(
            &v,
            None,
            &Confirmations::not_asked(),
        )));
        return Err(Exit {
            code: verify::exit_code(&v),
            problems: vec![why],
        });
    }
    let record = keychain
        .save(&label, &creds, v.site, &v.api_host, v.demo, replace)
        .map_err(|p| match p.kind {
            ProblemKind::AlreadyExists => Exit::failed(Problem {
                fix: replace_fix().into(),
                ..p
            }),
            _ => Exit::failed(p),
        })?;
    output::out(&report::render(&ReportInput::now(
        &v,
        Some(&record),
        &Confirmations::not_asked(),
    )));
    output::out(&python_snippet(&label));
    output::err(&format!(
        "Saved in {} (service \"{}\", user \"{}\"){}.",
        record.backend,
        record.service,
        record.user,
        if record.replaced {
            ", replacing the key saved before"
        } else {
            ""
        }
    ));
    Ok(output::OK)
}

fn replace_fix() -> String {
    "Add --replace to put the new key in its place (the old one stays until the new one is saved and read back), \
     or choose another label."
        .to_owned()
}

/// The label is taken (exit 1): names the saved key by its redacted id and date.
fn already_saved(label: &str, redacted: &str, saved_at: &str) -> Problem {
    let what = if saved_at.is_empty() {
        "an item this app did not write".to_owned()
    } else {
        format!("the key {redacted} saved {saved_at}")
    };
    Problem::new(
        ProblemKind::AlreadyExists,
        format!("A key is already saved under the label \"{label}\": {what}."),
        replace_fix(),
    )
}

/// How a Python bot reads the saved key (the core's one program, indented).
fn python_snippet(label: &str) -> String {
    let code: String = okx_key_core::keychain::snippet::python(label)
        .lines()
        .map(|l| {
            if l.is_empty() {
                "\n".to_owned()
            } else {
                format!("    {l}\n")
            }
        })
        .collect();
    format!("\nHow a Python bot reads it (pip install keyring):\n\n{code}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn already_saved_names_the_old_key_and_says_replace() {
        let p = already_saved("Bot", "6f1c…5a41", "2026-11-26T18:00:00.000Z");
        assert_eq!(p.kind, ProblemKind::AlreadyExists);
        assert!(p.message.to_string().contains("6f1c…5a41") && p.message.to_string().contains("2026-11-26"));
        assert!(p.fix.to_string().contains("--replace"));
    }

    #[test]
    fn snippet_names_the_service_and_label() {
        let s = python_snippet("Bot_1");
        assert!(s.contains("keyring.get_password(\"okx-key-assistant\", \"Bot_1\")"));
    }
}
