//! The headless CLI: verify / save / list / delete / simulate without a window.

/// Runs the CLI when the arguments name a subcommand; returns None to open the window.
pub fn run_if_requested() -> Option<i32> {
    None
}
