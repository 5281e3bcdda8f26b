//! The subcommands as one table ([`super::COMMANDS`]) with one preamble for all: the arguments
//! are parsed against the command's own flags, `--help` prints its usage, and a usage mistake
//! gets the same message everywhere (and, for a command that has `--json`, the same Problem
//! JSON). Each command's `main` starts from a [`Call`] that is already checked.

use super::args::{self, Flag, Parsed};
use super::output;
use okx_key_core::catalog::Text;

/// One subcommand: its name, its help text, what it accepts, and what it does.
pub struct Subcommand {
    pub name: &'static str,
    /// The text `--help` prints (and usage errors repeat): a catalog message.
    pub usage: fn() -> Text,
    pub flags: &'static [Flag],
    /// How many plain arguments (a LABEL) it takes.
    pub positionals: usize,
    pub main: fn(&Call) -> i32,
}

/// One run of a subcommand: what was given, already parsed.
pub struct Call {
    pub parsed: Parsed,
    /// `--json` was given: results and problems are printed as JSON.
    pub json: bool,
    usage: fn() -> Text,
}

impl Call {
    /// A usage mistake found by the command itself (a bad `--site` value, a missing LABEL): the
    /// reason and the usage on stderr, exit 2.
    pub fn usage_error(&self, reason: Text) -> i32 {
        output::usage_error(reason, &(self.usage)(), self.json)
    }

    /// The first plain argument (the LABEL), if given.
    pub fn label(&self) -> Option<&str> {
        self.parsed.positionals.first().map(String::as_str)
    }
}

impl Subcommand {
    /// Parses `argv` (the arguments after the subcommand's name) and runs the command.
    pub fn run(&self, argv: &[String]) -> i32 {
        let json = self.flags.iter().any(|f| f.name == "--json")
            && argv.iter().take_while(|a| a.as_str() != "--").any(|a| a == "--json");
        match args::parse(argv, self.flags, self.positionals) {
            Err(reason) => output::usage_error(reason, &(self.usage)(), json),
            Ok(p) if p.help => {
                output::out(&(self.usage)().to_string());
                output::OK
            }
            Ok(parsed) => (self.main)(&Call {
                parsed,
                json,
                usage: self.usage,
            }),
        }
    }
}
