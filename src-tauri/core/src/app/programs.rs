//! The app's two programs, installed side by side: `okx-key-assistant` (the command line, no
//! WebKit) and `okx-key-assistant-window` (the window). Each hands over to the other by
//! replacing itself with it (Unix `exec`, so a desktop launcher, a terminal and `$!` see one
//! process), or on other systems by starting it and passing on its exit status. The arguments
//! (`--lang ar`) go along unchanged.

use crate::{t, Problem, ProblemKind};
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

/// Becomes the program `name` beside this one, with the same arguments. Returns only when it
/// could not be started (the problem) or, where there is no `exec`, when it has ended (its exit
/// status).
pub fn hand_over(name: &str) -> Result<i32, Problem> {
    let program = sibling(name).unwrap_or_else(|| PathBuf::from(name));
    let mut command = Command::new(&program);
    command.args(std::env::args_os().skip(1));
    start(&mut command).map_err(|e| {
        let (program, error) = (program.display().to_string(), e.to_string());
        let message = if name == WINDOW_PROGRAM {
            t!("cli-window-missing", program = program, error = error)
        } else {
            t!("cli-command-line-missing", program = program, error = error)
        };
        Problem::from_text(ProblemKind::Internal, message)
    })
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

    #[test]
    fn a_missing_program_is_a_problem_naming_it() {
        crate::catalog::locale::scoped(
            crate::catalog::Locale::new(crate::catalog::ENGLISH, crate::catalog::Surface::Cli),
            || {
                let p = hand_over("okx-key-assistant-no-such-program").expect_err("not there");
                assert_eq!(p.kind, ProblemKind::Internal);
                let message = p.message.to_string();
                assert!(message.contains("okx-key-assistant-no-such-program"), "{message}");
                // Not the window that is missing: the command line (the window's hand-over).
                assert!(message.starts_with("The command could not be run"), "{message}");
            },
        );
    }
}
