//! `okx-key-assistant verify`: tests a key with signed, read-only OKX requests and prints the
//! confirmation report (or, with `--json`, the `Verification` object of `DESIGN.md`).

use super::args::{option, switch};
use super::command::{Call, Subcommand};
use super::input::{self, SiteChoice};
use super::output::{self, Exit};
use okx_key_core::bots::{BotKind, Market};
use okx_key_core::catalog::Text;
use okx_key_core::credentials::ValidationContext;
use okx_key_core::outcome::CheckId;
use okx_key_core::report::{self, Confirmations, ReportInput};
use okx_key_core::{t, Credentials, ProblemKind, Site, Verification, VerifyOptions};
use std::io::IsTerminal;

pub const COMMAND: Subcommand = Subcommand {
    name: "verify",
    usage: || Text::from(format!("{}\n\n{}", t!("cli-verify-usage"), t!("cli-ready-usage"))),
    flags: &[
        option("--site"),
        switch("--demo"),
        switch("--json"),
        option("--keychain"),
        option("--bot"),
        option("--market"),
    ],
    positionals: 0,
    main,
};

fn main(call: &Call) -> i32 {
    let parsed = &call.parsed;
    let json = call.json;
    let site = match parsed.value("--site").map(|v| SiteChoice::parse(v, true)).transpose() {
        Ok(s) => s,
        Err(reason) => return call.usage_error(reason),
    };
    let bot = match input::bot_choice(parsed) {
        Ok(b) => b,
        Err(reason) => return call.usage_error(reason),
    };
    match run_checked(site, parsed.has("--demo"), parsed.value("--keychain"), bot, json) {
        Ok(code) => code,
        Err(exit) => exit.finish(json),
    }
}

fn run_checked(
    site: Option<SiteChoice>,
    demo_flag: bool,
    keychain: Option<&str>,
    bot: Option<(BotKind, Market)>,
    json: bool,
) -> Result<i32, Exit> {
    input::check_overrides()?;
    let (creds, trimmed, saved_site, saved_demo, origin, bot) = match keychain {
        Some(label) => {
            let stored = input::from_keychain(label)?;
            if !json && matches!(input::from_env(), Ok(Some(_))) {
                output::err(&t!("cli-env-ignored-for-saved-key", label = label.trim()).to_string());
            }
            // A saved key is checked for the bot it was saved for, unless --bot names another.
            let bot = bot.or(stored.bot.map(|c| (c.bot, c.market)));
            // Its values were cleaned and checked before saving: tested as saved.
            let creds = okx_key_core::credentials::saved(&stored.credentials).map_err(Exit::input)?;
            (creds, Vec::new(), stored.site, stored.demo, Some(stored.origin), bot)
        }
        None => {
            let pasted = input::from_env()?.ok_or_else(|| input::none_given(false))?;
            let (creds, trimmed) = input::check(&pasted, &ValidationContext::default(), json)?;
            drop(pasted);
            (creds, trimmed, Site::Global, false, None, bot)
        }
    };
    let opts = VerifyOptions {
        site: match site {
            Some(SiteChoice::One(s)) => s,
            _ => saved_site,
        },
        // No site named: find it, unless the saved key says where it belongs.
        auto_site: site == Some(SiteChoice::Auto) || (site.is_none() && keychain.is_none()),
        demo: demo_flag || saved_demo,
        trimmed,
        origin,
        readiness: bot,
        ..VerifyOptions::default()
    };
    let v = run_test(&creds, &opts, json)?;
    if json {
        output::out(&serde_json::to_string_pretty(&v).map_err(|e| {
            Exit::failed(okx_key_core::Problem::internal(t!(
                "cli-internal-json",
                error = e.to_string()
            )))
        })?);
    } else {
        output::out(&report::render(&ReportInput::now(
            &v,
            None,
            &Confirmations::not_asked(),
        )));
    }
    Ok(exit_code(&v))
}

/// The connection test on a small runtime, with progress lines on stderr when it is a terminal
/// (and never in JSON mode).
pub fn run_test(creds: &Credentials, opts: &VerifyOptions, json: bool) -> Result<Verification, Exit> {
    let show_progress = !json && std::io::stderr().is_terminal();
    let progress = move |id: CheckId| {
        if show_progress {
            output::err(&progress_line(id).to_string());
        }
    };
    super::block_on(okx_key_core::verify(creds, opts, &progress))
}

fn progress_line(id: CheckId) -> Text {
    match id {
        CheckId::Reach => t!("cli-progress-reach"),
        CheckId::Clock => t!("cli-progress-clock"),
        CheckId::Auth => t!("cli-progress-auth"),
        _ => t!("cli-progress-other"),
    }
}

/// 0 verified and safe (and ready for the bot named), 1 failed, 3 can withdraw, 4 not ready for
/// the bot; 2 when a setting was refused (a host override).
pub fn exit_code(v: &Verification) -> i32 {
    if v.problems.iter().any(|p| p.kind == ProblemKind::InvalidSetting) {
        output::BAD_INPUT
    } else {
        v.exit_code()
    }
}
