//! `okx-key-assistant watch on|off|status [--via systemd|autostart] [--json]`: the daily key
//! test while the app is closed, the same as the switch on My keys. The work is the core's
//! (`okx_key_core::watch::install`); this file reads the arguments and prints.
//!
//! `watch listen ID...` is not for people: `check --notify` starts it to wait for "Open My keys"
//! (see `notify.rs`).

use super::args::{option, switch};
use super::command::{Call, Subcommand};
use super::output::{self, Exit};
use okx_key_core::t;
use okx_key_core::watch::install::{self, Status, Via};
use okx_key_core::{Problem, ProblemKind};

pub const COMMAND: Subcommand = Subcommand {
    name: "watch",
    usage: || t!("watch-usage"),
    flags: &[option("--via"), switch("--json")],
    positionals: usize::MAX,
    main,
};

fn main(call: &Call) -> i32 {
    let p = &call.parsed.positionals;
    let what = p.first().map(String::as_str);
    if what == Some("listen") {
        let ids: Vec<u32> = p[1..].iter().filter_map(|s| s.parse().ok()).collect();
        return match super::notify::listen(&ids) {
            Ok(()) => output::OK,
            Err(e) => Exit::failed(e).finish(false),
        };
    }
    if p.len() != 1 {
        return call.usage_error(t!("watch-usage-missing"));
    }
    let via = match call.parsed.value("--via") {
        None => None,
        Some(v) => match Via::parse(v) {
            Some(v) if what == Some("on") => Some(v),
            _ => return call.usage_error(t!("watch-via-unknown")),
        },
    };
    let result = match what {
        Some("on") => on(via, call.json),
        Some("off") => off(call.json),
        Some("status") => status(call.json),
        _ => return call.usage_error(t!("watch-usage-missing")),
    };
    match result {
        Ok(code) => code,
        Err(exit) => exit.finish(call.json),
    }
}

fn on(via: Option<Via>, json: bool) -> Result<i32, Exit> {
    let dir = super::data_dir().map_err(Exit::failed)?;
    let config = install::config_dir().ok_or_else(|| Exit::failed(no_config()))?;
    let program = std::env::current_exe().map_err(|e| Exit::failed(Problem::internal(e.to_string())))?;
    let installed = install::turn_on(&dir, &config, &program, via).map_err(Exit::failed)?;
    if json {
        print_json(&install::status(&dir))?;
    } else {
        output::out(
            &match installed.via {
                Via::Systemd => t!("watch-on-systemd"),
                Via::Autostart => t!("watch-on-autostart"),
            }
            .to_string(),
        );
        output::out(&t!("watch-installed-files", files = paths(&installed.files)).to_string());
    }
    Ok(output::OK)
}

fn off(json: bool) -> Result<i32, Exit> {
    let dir = super::data_dir().map_err(Exit::failed)?;
    let removed = install::turn_off(&dir).map_err(Exit::failed)?;
    if json {
        print_json(&install::status(&dir))?;
    } else if removed.is_empty() {
        output::out(&t!("watch-off-already").to_string());
    } else {
        output::out(&t!("watch-off", files = paths(&removed)).to_string());
    }
    Ok(output::OK)
}

fn status(json: bool) -> Result<i32, Exit> {
    let dir = super::data_dir().map_err(Exit::failed)?;
    let s = install::status(&dir);
    if json {
        print_json(&s)?;
    } else {
        output::out(
            &install::status_words(&s)
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("\n"),
        );
    }
    Ok(output::OK)
}

fn paths(files: &[std::path::PathBuf]) -> String {
    files
        .iter()
        .map(|f| f.display().to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

fn print_json(s: &Status) -> Result<(), Exit> {
    let text = serde_json::to_string_pretty(s)
        .map_err(|e| Exit::failed(Problem::internal(t!("cli-internal-json", error = e.to_string()))))?;
    output::out(&text);
    Ok(())
}

fn no_config() -> Problem {
    Problem::from_text(ProblemKind::Storage, t!("cli-no-data-dir"))
}
