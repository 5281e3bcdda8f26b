//! Opening the window from `okx-key-assistant` with no subcommand.
//!
//! The window is a program of its own, `okx-key-assistant-window`, installed beside this one
//! (`/usr/bin` in the packages, `target/<profile>` when built): the command line links no WebKit,
//! so `run` and `check` start in a few milliseconds. This replaces the process with the window's
//! (Unix `exec`, so a desktop launcher, a terminal and `$!` see one process), or on other systems
//! starts it and passes on its exit status. Its arguments (`--lang ar`) go along unchanged.

use okx_key_core::{t, Problem, ProblemKind};
use std::path::PathBuf;
use std::process::Command;

/// The window program's file name.
pub const WINDOW_PROGRAM: &str = "okx-key-assistant-window";
/// The command line's file name.
pub const CLI_PROGRAM: &str = "okx-key-assistant";

/// The program `name` beside the running one.
pub fn sibling(name: &str) -> Option<PathBuf> {
    let me = std::env::current_exe().ok()?;
    Some(me.with_file_name(format!("{name}{}", std::env::consts::EXE_SUFFIX)))
}

/// The window program beside the running one.
pub fn window_program() -> Option<PathBuf> {
    sibling(WINDOW_PROGRAM)
}

/// Opens the window; returns an exit status only when it could not be started (or, where
/// there is no `exec`, when it has ended).
pub fn open() -> i32 {
    hand_over(WINDOW_PROGRAM)
}

/// The window's program given a command (`okx-key-assistant-window verify`): the command line
/// runs it, so the window's program carries no copy of the CLI.
pub fn run_command() -> i32 {
    hand_over(CLI_PROGRAM)
}

/// Becomes the program `name` beside this one, with the same arguments.
fn hand_over(name: &str) -> i32 {
    let program = sibling(name).unwrap_or_else(|| PathBuf::from(name));
    let mut command = Command::new(&program);
    command.args(std::env::args_os().skip(1));
    match start(&mut command) {
        Ok(code) => code,
        Err(e) => {
            let p = Problem::from_text(
                ProblemKind::Internal,
                t!(
                    "cli-window-missing",
                    program = program.display().to_string(),
                    error = e.to_string()
                ),
            );
            crate::output::eprintln_problem(&p);
            crate::output::FAILED
        }
    }
}

#[cfg(unix)]
fn start(command: &mut Command) -> std::io::Result<i32> {
    use std::os::unix::process::CommandExt;
    // Only returns on failure.
    Err(command.exec())
}

#[cfg(not(unix))]
fn start(command: &mut Command) -> std::io::Result<i32> {
    Ok(command.status()?.code().unwrap_or(1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_window_is_looked_for_beside_this_program() {
        let p = window_program().expect("a path");
        let name = p.file_name().and_then(|n| n.to_str()).unwrap_or_default();
        assert!(name.starts_with(WINDOW_PROGRAM), "{name}");
        assert_eq!(
            p.parent(),
            std::env::current_exe()
                .ok()
                .as_deref()
                .and_then(std::path::Path::parent)
        );
    }
}
