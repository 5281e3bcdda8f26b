//! `okx-key-assistant unit LABEL [--profile P] [--restart-on-change] -- COMMAND [ARGS...]`: prints a
//! systemd user service that starts COMMAND through `okx-key-assistant run`, for a server.
//!
//! - No secret in it: `run` reads the key from the keychain each time the service starts.
//! - `ExecStart` names this program by its absolute path (`current_exe`) and COMMAND by the
//!   absolute path found on `PATH` now (a user service's `PATH` is short), each word quoted for
//!   systemd (`%` and `$` doubled, see systemd.syntax(7)).
//! - `KillMode=mixed`: systemd sends SIGTERM to `run` alone, which passes it on to COMMAND once
//!   (`run_signals.rs`), and SIGKILLs what is left when the stop times out. `Restart=on-failure`
//!   with `RestartPreventExitStatus=2 3`: no restart loop when the key is gone or can withdraw.
//! - `WorkingDirectory` is the folder `unit` was run in (bots read their config from there).

use super::args::{option, switch};
use super::command::{Call, Subcommand};
use super::output::{self, Exit};
use okx_key_core::run::Profile;
use okx_key_core::{t, Problem, ProblemKind};
use std::path::{Path, PathBuf};

pub const COMMAND: Subcommand = Subcommand {
    name: "unit",
    usage: || t!("unit-usage"),
    flags: &[option("--profile"), switch("--restart-on-change")],
    // LABEL, then COMMAND and its arguments (after `--`).
    positionals: usize::MAX,
    main,
};

fn main(call: &Call) -> i32 {
    let parsed = &call.parsed;
    let Some((label, command)) = parsed.positionals.split_first() else {
        return call.usage_error(t!("unit-label-missing"));
    };
    if command.is_empty() {
        return call.usage_error(t!("unit-command-missing"));
    }
    let profile = parsed.value("--profile");
    if profile.is_some_and(|p| Profile::parse(p).is_none()) {
        return call.usage_error(t!("run-profile-invalid"));
    }
    let label = match okx_key_core::keychain::validate_label(label) {
        Ok(l) => l,
        Err(p) => return Exit::input(p).finish(false),
    };
    let exe = match std::env::current_exe() {
        Ok(exe) => exe,
        Err(e) => {
            let p = Problem::from_text(ProblemKind::Internal, t!("unit-no-program", error = e.to_string()));
            return Exit::failed(p).finish(false);
        }
    };
    let mut command = command.to_vec();
    if let Some(found) = on_path(&command[0]) {
        command[0] = found.to_string_lossy().into_owned();
    }
    let service = Service {
        exe: &exe,
        cwd: std::env::current_dir().ok(),
        label: &label,
        profile,
        restart_on_change: parsed.has("--restart-on-change"),
        command: &command,
    };
    output::out(&service.render());
    output::OK
}

/// What the service file is made of.
pub struct Service<'a> {
    pub exe: &'a Path,
    pub cwd: Option<PathBuf>,
    pub label: &'a str,
    pub profile: Option<&'a str>,
    pub restart_on_change: bool,
    pub command: &'a [String],
}

impl Service<'_> {
    /// The unit file's text.
    pub fn render(&self) -> String {
        let mut words = vec![self.exe.to_string_lossy().into_owned(), "run".into(), self.label.into()];
        if let Some(p) = self.profile {
            words.extend(["--profile".into(), p.into()]);
        }
        if self.restart_on_change {
            words.push("--restart-on-change".into());
        }
        words.push("--".into());
        words.extend(self.command.iter().cloned());
        let exec: Vec<String> = words.iter().map(|w| quote(w)).collect();
        let name = Path::new(&self.command[0])
            .file_name()
            .map_or_else(|| self.command[0].clone(), |n| n.to_string_lossy().into_owned());
        let description = t!("unit-description", command = name, label = self.label).to_string();
        let mut out = String::from("[Unit]\n");
        out += &format!(
            "Description={}\n\n[Service]\nType=exec\n",
            one_line(&description).replace('%', "%%")
        );
        if let Some(dir) = self.cwd.as_deref().and_then(|d| d.to_str()).filter(|d| plain_path(d)) {
            out += &format!("WorkingDirectory={}\n", dir.replace('%', "%%"));
        }
        out += &format!("ExecStart={}\n", exec.join(" "));
        out += "Restart=on-failure\nRestartSec=10\nRestartPreventExitStatus=2 3\nKillMode=mixed\nTimeoutStopSec=30\n";
        out += "\n[Install]\nWantedBy=default.target";
        out
    }
}

/// One word of `ExecStart` as systemd reads it back: as is when plain, else in double quotes
/// with C escapes; `%` (specifiers) and `$` (variables) doubled everywhere, a lone `;` escaped.
fn quote(word: &str) -> String {
    let plain = !word.is_empty()
        && word
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "_@%+=:,./-".contains(c));
    let doubled = word.replace('%', "%%").replace('$', "$$");
    if word == ";" {
        return "\\;".into();
    }
    if plain {
        return doubled;
    }
    let mut out = String::from("\"");
    for c in doubled.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A folder systemd takes as it is (absolute, no quotes, escapes or line breaks).
fn plain_path(dir: &str) -> bool {
    dir.starts_with('/') && !dir.chars().any(|c| c.is_control() || "\\\"'".contains(c))
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The program `name` runs as now: the first executable of that name on `PATH` (a name with a
/// `/` is left as it is).
fn on_path(name: &str) -> Option<PathBuf> {
    if name.contains('/') {
        return None;
    }
    std::env::split_paths(&std::env::var_os("PATH")?)
        .filter(|dir| dir.is_absolute())
        .map(|dir| dir.join(name))
        .find(|p| is_executable(p))
}

fn is_executable(p: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        p.metadata()
            .is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
    }
    #[cfg(not(unix))]
    {
        p.is_file()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_quoted_for_systemd() {
        assert_eq!(quote("python3"), "python3");
        assert_eq!(quote("--config=a.json"), "--config=a.json");
        assert_eq!(quote("a b"), "\"a b\"");
        assert_eq!(quote("50%"), "50%%");
        assert_eq!(quote("$HOME/x"), "\"$$HOME/x\"");
        assert_eq!(quote("say \"hi\"\\"), "\"say \\\"hi\\\"\\\\\"");
        assert_eq!(quote(";"), "\\;");
        assert_eq!(quote(""), "\"\"");
    }

    #[test]
    fn the_service_runs_the_key_through_run_and_holds_no_secret() {
        let command = [
            "/usr/bin/python3".to_owned(),
            "bot.py".to_owned(),
            "--name".to_owned(),
            "my bot".to_owned(),
        ];
        let s = Service {
            exe: Path::new("/usr/bin/okx-key-assistant"),
            cwd: Some(PathBuf::from("/home/u/bot")),
            label: "Main_Bot",
            profile: Some("freqtrade"),
            restart_on_change: true,
            command: &command,
        }
        .render();
        assert!(
            s.contains("ExecStart=/usr/bin/okx-key-assistant run Main_Bot --profile freqtrade --restart-on-change -- /usr/bin/python3 bot.py --name \"my bot\"\n"),
            "{s}"
        );
        for line in [
            "Restart=on-failure",
            "KillMode=mixed",
            "WorkingDirectory=/home/u/bot",
            "WantedBy=default.target",
        ] {
            assert!(s.lines().any(|l| l == line), "{line} in\n{s}");
        }
        assert!(!s.contains("OKX_SECRET_KEY") && !s.contains("Environment="), "{s}");
    }
}
