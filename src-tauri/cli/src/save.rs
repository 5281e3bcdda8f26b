//! `okx-key-assistant save LABEL`: tests the key first, and saves it in the system keychain only
//! when it is verified and cannot withdraw; the save is read back before it counts.

use super::args::{option, switch};
use super::command::{Call, Subcommand};
use super::input::{self, SiteChoice};
use super::output::{self, Exit};
use super::verify;
use okx_key_core::bots::{BotKind, Market};
use okx_key_core::catalog::Text;
use okx_key_core::credentials::ValidationContext;
use okx_key_core::keychain::{validate_label, Keychain};
use okx_key_core::report::{self, Confirmations, ReportInput};
use okx_key_core::{t, Problem, ProblemKind, Site, VerifyOptions};

pub const COMMAND: Subcommand = Subcommand {
    name: "save",
    usage: || Text::from(format!("{}\n\n{}", t!("cli-save-usage"), t!("cli-ready-usage"))),
    flags: &[
        option("--site"),
        switch("--demo"),
        switch("--replace"),
        option("--bot"),
        option("--market"),
    ],
    positionals: 1,
    main,
};

fn main(call: &Call) -> i32 {
    let parsed = &call.parsed;
    let Some(label) = call.label() else {
        return call.usage_error(t!("cli-save-needs-label"));
    };
    let site = match parsed.value("--site").map(|v| SiteChoice::parse(v, true)).transpose() {
        Ok(s) => s,
        Err(reason) => return call.usage_error(reason),
    };
    let bot = match input::bot_choice(parsed) {
        Ok(b) => b,
        Err(reason) => return call.usage_error(reason),
    };
    match save(label, site, parsed.has("--demo"), parsed.has("--replace"), bot) {
        Ok(code) => code,
        Err(exit) => exit.finish(false),
    }
}

fn save(
    label: &str,
    site: Option<SiteChoice>,
    demo: bool,
    replace: bool,
    bot: Option<(BotKind, Market)>,
) -> Result<i32, Exit> {
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
        readiness: bot,
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
        .save_tested(&label, &creds, &v, replace)
        .map_err(|p| match p.kind {
            ProblemKind::AlreadyExists => Exit::failed(Problem {
                fix: t!("cli-already-saved.fix"),
                ..p
            }),
            _ => Exit::failed(p),
        })?;
    okx_key_core::health::History::new(keychain.index_dir().to_path_buf()).remember_save(&label, &v);
    output::out(&report::render(&ReportInput::now(
        &v,
        Some(&record),
        &Confirmations::not_asked(),
    )));
    output::out(&python_snippet(&label));
    let saved = t!(
        "cli-saved",
        backend = &record.backend,
        service = &record.service,
        user = &record.user,
        replaced = if record.replaced { "yes" } else { "no" },
    );
    output::err(&saved.to_string());
    // Saved; 4 when the account is not ready for the bot named (the key itself is fine).
    Ok(verify::exit_code(&v))
}

/// The label is taken (exit 1): names the saved key by its redacted id and date.
fn already_saved(label: &str, redacted: &str, saved_at: &str) -> Problem {
    let words = if saved_at.is_empty() {
        t!("cli-already-saved-foreign", label = label)
    } else {
        t!("cli-already-saved", label = label, key = redacted, saved_at = saved_at)
    };
    Problem::from_text(ProblemKind::AlreadyExists, words)
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
    format!("\n{}\n\n{code}", t!("cli-python-snippet-intro"))
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
        let p = already_saved("Bot", "", "");
        assert!(p.message.to_string().contains("did not write") && p.fix.to_string().contains("--replace"));
    }

    #[test]
    fn snippet_names_the_service_and_label() {
        let s = python_snippet("Bot_1");
        assert!(s.contains("keyring.get_password(\"okx-key-assistant\", \"Bot_1\")"));
    }
}
