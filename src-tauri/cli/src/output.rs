//! How the CLI speaks: results on stdout, notes and errors on stderr, and how a command ends
//! early ([`Exit`]) with problems printed as "<message>\n  What to do: <fix>" or, with `--json`,
//! as one Problem JSON object.
//!
//! Nothing printed here is built from a credential: problems never contain pasted values.

use okx_key_core::catalog::Text;
use okx_key_core::{t, Problem, ProblemKind};
use std::io::Write;

/// Exit status: verified and safe / done.
pub const OK: i32 = 0;
/// Verification failed, or the action (save, delete) did not happen.
pub const FAILED: i32 = 1;
/// Bad usage or bad input (flags, environment, pasted values, settings).
pub const BAD_INPUT: i32 = 2;
// 3, verified but the key can withdraw, comes from `Verification::exit_code`.

/// A command that ends before (or instead of) its normal output.
#[derive(Debug)]
pub struct Exit {
    pub code: i32,
    pub problems: Vec<Problem>,
}

impl Exit {
    /// Bad input (exit 2).
    pub fn input(p: Problem) -> Exit {
        Exit {
            code: BAD_INPUT,
            problems: vec![p],
        }
    }

    /// The action failed (exit 1).
    pub fn failed(p: Problem) -> Exit {
        Exit {
            code: FAILED,
            problems: vec![p],
        }
    }

    /// Prints the problems (stderr as text, or stdout as one JSON object) and gives the status.
    pub fn finish(self, json: bool) -> i32 {
        if json {
            print_problem_json(&self.problems);
        } else {
            for p in &self.problems {
                eprintln_problem(p);
            }
        }
        self.code
    }
}

/// Writes to stdout, ignoring a closed pipe (`... | head` must not panic).
pub fn out(text: &str) {
    let mut stdout = std::io::stdout().lock();
    let _ = stdout.write_all(text.as_bytes());
    if !text.ends_with('\n') {
        let _ = stdout.write_all(b"\n");
    }
    let _ = stdout.flush();
}

/// Writes a line to stderr, ignoring errors.
pub fn err(text: &str) {
    let _ = writeln!(std::io::stderr().lock(), "{text}");
}

/// "<message>\n  What to do: <fix>" on stderr.
pub fn eprintln_problem(p: &Problem) {
    err(&problem_text(p));
}

pub fn problem_text(p: &Problem) -> String {
    if p.fix.is_empty() {
        p.message.to_string()
    } else {
        format!("{}\n  {}", p.message, t!("cli-what-to-do", fix = p.fix.clone()))
    }
}

/// One JSON object on stdout: the first problem (kind, okx_code, message, fix, severity) and,
/// when there are several, all of them under `problems`.
pub fn print_problem_json(problems: &[Problem]) {
    let Some(first) = problems.iter().find(|p| !p.is_warning()).or(problems.first()) else {
        return;
    };
    let mut value = serde_json::to_value(first).unwrap_or_default();
    if problems.len() > 1 {
        if let (Some(obj), Ok(all)) = (value.as_object_mut(), serde_json::to_value(problems)) {
            obj.insert("problems".to_owned(), all);
        }
    }
    out(&serde_json::to_string_pretty(&value).unwrap_or_default());
}

/// A usage mistake: the one-line reason and the command's usage on stderr (and, with `--json`,
/// the reason as Problem JSON on stdout). Exit 2.
pub fn usage_error(reason: Text, usage: &Text, json: bool) -> i32 {
    err(&format!("okx-key-assistant: {reason}\n\n{usage}"));
    if json {
        print_problem_json(&[Problem::new(
            ProblemKind::MalformedInput,
            reason,
            t!("cli-usage-mistake-fix"),
        )]);
    }
    BAD_INPUT
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn problem_text_has_the_fix_on_its_own_line() {
        let p = Problem::new(ProblemKind::NotFound, "No key.", "Save one.");
        assert_eq!(problem_text(&p), "No key.\n  What to do: Save one.");
    }
}
