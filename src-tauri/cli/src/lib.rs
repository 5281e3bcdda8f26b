//! The headless CLI: the subcommands in [`COMMANDS`], without a window (`DESIGN.md`, "Headless
//! CLI": a stable interface that scripts and tests rely on).
//!
//! The same core as the window does the work; this module only reads arguments, the environment
//! and standard input, and prints. Credentials never come from arguments, and no secret, no
//! passphrase and no full API key is ever printed or logged.

mod args;
mod check;
mod command;
mod input;
mod keys;
mod no_echo;
mod notify;
mod output;
mod run;
mod save;
mod simulate;
mod unit;
mod verify;
mod watch;
pub mod window;

use command::Subcommand;
use okx_key_core::catalog::Text;
use okx_key_core::{t, Problem};
use output::Exit;
use std::future::Future;

// What both programs share (the data folder, `--lang`) is the core's: `okx_key_core::app`.
use okx_key_core::app::data_dir;
use okx_key_core::app::launch_args::{arguments, requested_language, take_lang};

/// What `okx-key-assistant --help` prints.
fn usage() -> Text {
    // The watch's lines come from its own catalog file (watch.ftl).
    Text::from(format!(
        "{}\n\n{}\n\n{}\n\n{}",
        t!("cli-usage"),
        t!("cli-ready-usage"),
        t!("unit-cli-usage"),
        t!("watch-cli-usage")
    ))
}

/// Every subcommand, in the order the usage lists them.
const COMMANDS: [&Subcommand; 9] = [
    &verify::COMMAND,
    &save::COMMAND,
    &keys::LIST,
    &keys::DELETE,
    &run::COMMAND,
    &unit::COMMAND,
    &check::COMMAND,
    &watch::COMMAND,
    &simulate::COMMAND,
];

/// Runs the CLI when the arguments name a subcommand and returns its exit status; returns None
/// (open the window) when there is none.
pub fn run_if_requested() -> Option<i32> {
    let (argv, lang) = take_lang(arguments());
    if !okx_key_core::app::launch_args::names_a_command(&argv) {
        return None;
    }
    let first = argv.first()?;
    init_logging();
    // The CLI's words: `--lang`, else LC_ALL / LC_MESSAGES / LANG, else English (an unknown
    // language is no error). `--json` keeps its keys and kinds; only its words follow.
    let chosen = okx_key_core::app::launch_args::cli_language(lang.as_deref(), |v| std::env::var(v).ok());
    okx_key_core::catalog::locale::set(okx_key_core::catalog::Locale::new(
        chosen,
        okx_key_core::catalog::Surface::Cli,
    ));
    let rest = &argv[1..];
    if let Some(command) = COMMANDS.iter().find(|c| c.name == first.as_str()) {
        // A forgotten `export OKX_BASE_URL_…` must not go unnoticed: say so on every command.
        let set: Vec<String> = okx_key_core::okx::overrides_set()
            .into_iter()
            .map(|(var, value)| format!("{var}={value}"))
            .collect();
        if !set.is_empty() {
            output::err(&t!("cli-override-note", vars = set.join(", ")).to_string());
        }
        return Some(command.run(rest));
    }
    Some(match first.as_str() {
        "-h" | "--help" | "help" => {
            output::out(&usage().to_string());
            let codes: Vec<&str> = okx_key_core::catalog::languages::available()
                .iter()
                .map(|l| l.code)
                .collect();
            output::out(&t!("cli-usage-languages", languages = codes.join(", ")).to_string());
            output::OK
        }
        "-V" | "--version" => {
            output::out(&format!("okx-key-assistant {}", env!("CARGO_PKG_VERSION")));
            output::OK
        }
        other => {
            let reason = if other.starts_with('-') {
                args::unknown_flag(other.split_once('=').map_or(other, |(name, _)| name))
            } else {
                let names: Vec<&str> = COMMANDS.iter().map(|c| c.name).collect();
                t!("cli-unknown-command", commands = names.join(", "))
            };
            output::usage_error(reason, &usage(), false)
        }
    })
}

/// Logs to stderr at `warn` unless `RUST_LOG` says otherwise. Log lines never hold a secret.
fn init_logging() {
    let filter = okx_key_core::app::log_filter::filter("warn");
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_target(false)
        .try_init();
}

/// Runs `fut` to completion on a small single-threaded runtime.
fn block_on<F: Future>(fut: F) -> Result<F::Output, Exit> {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| Exit::failed(Problem::internal(t!("cli-internal-runtime", error = e.to_string()))))?;
    Ok(rt.block_on(fut))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn usage_lists_every_command_in_design_order() {
        let usage = usage().to_string();
        let mut at = 0;
        for cmd in [
            "verify",
            "save LABEL",
            "list",
            "delete LABEL",
            "run LABEL",
            "check",
            "simulate",
        ] {
            let pos = usage[at..].find(&format!("okx-key-assistant {cmd}")).expect(cmd);
            at += pos;
        }
    }

    /// A translated help must still name every option as the parser knows it.
    #[test]
    fn every_help_names_its_command_and_each_of_its_flags() {
        okx_key_core::catalog::locale::scoped(
            okx_key_core::catalog::Locale::new(okx_key_core::catalog::ENGLISH, okx_key_core::catalog::Surface::Cli),
            || {
                let top = usage().to_string();
                for c in COMMANDS {
                    let help = (c.usage)().to_string();
                    assert!(
                        help.starts_with(&format!("Usage: okx-key-assistant {}", c.name)),
                        "{help}"
                    );
                    for f in c.flags {
                        assert!(help.contains(f.name), "{}: {} is not in its help", c.name, f.name);
                        assert!(top.contains(f.name), "{} is not in the main help", f.name);
                    }
                    assert!(help.contains("-h, --help"), "{help}");
                }
            },
        );
    }
}
