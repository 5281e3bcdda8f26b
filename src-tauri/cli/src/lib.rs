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
pub mod logging;
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
use okx_key_core::{t, Problem, ProblemKind};
use output::Exit;
use std::future::Future;
use std::path::PathBuf;

/// The app's identifier in `tauri.conf.json`: the name of its data folder.
pub const APP_IDENTIFIER: &str = "app.okx-key-assistant.desktop";

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

/// The language asked for with `--lang`, if any (read from the arguments once).
static REQUESTED_LANGUAGE: std::sync::OnceLock<Option<String>> = std::sync::OnceLock::new();

/// The program's arguments as text, without the program's name.
fn arguments() -> Vec<String> {
    std::env::args_os()
        .skip(1)
        .map(|a| a.to_string_lossy().into_owned())
        .collect()
}

/// The language asked for with `--lang` (the window honours it too: `okx-key-assistant --lang ar`).
pub fn requested_language() -> Option<&'static str> {
    REQUESTED_LANGUAGE.get_or_init(|| take_lang(arguments()).1).as_deref()
}

/// The arguments name a command (or ask for help or the version), not the window.
pub fn command_requested() -> bool {
    let (argv, _) = take_lang(arguments());
    argv.first().is_some_and(|first| !first.starts_with("-psn_"))
}

/// Takes `--lang CODE` / `--lang=CODE` out of the arguments, anywhere before a `--` (what
/// follows `--` belongs to another program).
fn take_lang(argv: Vec<String>) -> (Vec<String>, Option<String>) {
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

/// Runs the CLI when the arguments name a subcommand and returns its exit status; returns None
/// (open the window) when there is none.
pub fn run_if_requested() -> Option<i32> {
    let (argv, lang) = take_lang(arguments());
    let first = argv.first()?;
    // macOS passes a process serial number when the app is opened from the Finder.
    if first.starts_with("-psn_") {
        return None;
    }
    init_logging();
    // The CLI's words: `--lang`, else LC_ALL / LC_MESSAGES / LANG, else English (an unknown
    // language is no error). `--json` keeps its keys and kinds; only its words follow.
    let chosen = match lang.as_deref() {
        Some(code) => okx_key_core::catalog::negotiate(code),
        None => okx_key_core::catalog::languages::from_environment(|v| std::env::var(v).ok()),
    }
    .unwrap_or(okx_key_core::catalog::ENGLISH);
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

/// The app's data folder, the same one the window uses: Tauri's `app_data_dir()`, which is the
/// platform data folder (`$XDG_DATA_HOME` or `~/.local/share` on Linux, `~/Library/Application
/// Support` on macOS, `%APPDATA%` on Windows) joined with the app's identifier. The keychain's
/// non-secret index of saved keys lives there.
pub fn data_dir() -> Result<PathBuf, Problem> {
    data_dir_in(dirs::data_dir())
}

fn data_dir_in(platform_data_dir: Option<PathBuf>) -> Result<PathBuf, Problem> {
    platform_data_dir
        .map(|d| d.join(APP_IDENTIFIER))
        .ok_or_else(|| Problem::from_text(ProblemKind::Storage, t!("cli-no-data-dir")))
}

/// Logs to stderr at `warn` unless `RUST_LOG` says otherwise. Log lines never hold a secret.
fn init_logging() {
    let filter = crate::logging::filter("warn");
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
    use std::path::Path;

    #[test]
    fn data_dir_is_the_platform_data_dir_joined_with_the_identifier() {
        let d = data_dir_in(Some(PathBuf::from("/home/u/.local/share"))).unwrap();
        assert_eq!(d, Path::new("/home/u/.local/share/app.okx-key-assistant.desktop"));
        assert_eq!(data_dir_in(None).unwrap_err().kind, ProblemKind::Storage);
        if let Some(base) = dirs::data_dir() {
            assert_eq!(data_dir().unwrap(), base.join(APP_IDENTIFIER));
        }
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn on_linux_it_follows_xdg_data_home_like_tauri() {
        // dirs (which Tauri's app_data_dir uses) reads $XDG_DATA_HOME, else ~/.local/share.
        let expected = match std::env::var_os("XDG_DATA_HOME").filter(|v| Path::new(v).is_absolute()) {
            Some(x) => PathBuf::from(x),
            None => dirs::home_dir().unwrap().join(".local/share"),
        };
        assert_eq!(data_dir().unwrap(), expected.join(APP_IDENTIFIER));
    }

    #[test]
    fn identifier_matches_tauri_conf() {
        let conf: serde_json::Value =
            serde_json::from_str(include_str!("../../../tauri.conf.json")).expect("tauri.conf.json is JSON");
        assert_eq!(conf["identifier"], APP_IDENTIFIER);
    }

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
