//! `okx-key-assistant run LABEL [--profile P] [--verify] [--no-mask] -- COMMAND [ARGS...]`:
//! starts COMMAND with the key saved under LABEL in its environment (the profile's names, see
//! `okx_key_core::run::profile`), never on its command line.
//!
//! - The key is refused when its record says it can withdraw, and with `--verify` when the
//!   test fails or shows withdraw (`okx_key_core::run::policy`); then nothing is started.
//! - COMMAND's stdout and stderr go through `MaskingWriter` (the secret key and the passphrase,
//!   and the forms of them `okx_key_core::run::mask_forms` lists, become
//!   `<redacted by okx-key-assistant>`), unless `--no-mask` (the terminal is passed straight
//!   through). Standard input is always COMMAND's own.
//! - SIGINT, SIGTERM and SIGHUP reach COMMAND once, whether sent to `run` or to its whole
//!   process group; signals ignored when `run` starts (`nohup`) stay ignored (Unix, see
//!   `run_signals.rs`). On Windows `run` just waits.
//! - `run` exits with COMMAND's status, or 128 + N when signal N stopped it. Before COMMAND
//!   starts: 1 (keychain failed, `--verify` failed), 2 (usage, no such key), 3 (can withdraw),
//!   126 (could not start COMMAND), 127 (COMMAND not found).
//!
//! Nothing `run` prints itself goes to standard output: that belongs to COMMAND.

use super::args::{option, switch};
use super::command::{Call, Subcommand};
use super::input;
use super::output::{self, Exit};
use okx_key_core::run::{may_hand_over, HandOver, MaskingWriter, Masks, Profile};
use okx_key_core::{t, Endpoint, Problem, ProblemKind};
use std::io::{Read, Write};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::Arc;

/// Exit status when COMMAND exists but could not be started (as `env` and shells use it).
pub const CANNOT_START: i32 = 126;
/// Exit status when COMMAND was not found.
pub const NOT_FOUND: i32 = 127;
/// Verified but the key can withdraw (the same 3 as `verify`).
pub const UNSAFE: i32 = 3;

pub const COMMAND: Subcommand = Subcommand {
    name: "run",
    usage: || t!("run-usage"),
    flags: &[option("--profile"), switch("--verify"), switch("--no-mask")],
    // LABEL, then COMMAND and its arguments (after `--`, which stops flag parsing).
    positionals: usize::MAX,
    main,
};

fn main(call: &Call) -> i32 {
    let parsed = &call.parsed;
    let Some((label, command)) = parsed.positionals.split_first() else {
        return call.usage_error(t!("run-label-missing"));
    };
    if command.is_empty() {
        return call.usage_error(t!("run-command-missing"));
    }
    let profile = match parsed.value("--profile") {
        None => Profile::default(),
        Some(v) => match Profile::parse(v) {
            Some(p) => p,
            None => return call.usage_error(t!("run-profile-invalid")),
        },
    };
    let options = Options {
        profile,
        verify: parsed.has("--verify"),
        mask: !parsed.has("--no-mask"),
    };
    match start_and_wait(label, command, &options) {
        Ok(code) => code,
        Err(exit) => exit.finish(false),
    }
}

struct Options {
    profile: Profile,
    verify: bool,
    mask: bool,
}

fn start_and_wait(label: &str, command: &[String], options: &Options) -> Result<i32, Exit> {
    input::check_overrides()?;
    let stored = input::from_keychain(label)?;
    let label = label.trim();
    let tested = if options.verify {
        Some(test(label, &stored)?)
    } else {
        None
    };
    // What the key may do as known: its saved record and the newest test that reached OKX (a key
    // seen with Withdraw on is not handed over until such a test sees it off again).
    let this_key = okx_key_core::secret::redact_key(stored.credentials.api_key.expose());
    let entries = super::data_dir()
        .map(|dir| okx_key_core::health::History::new(dir).entries(label))
        .unwrap_or_default();
    let known = okx_key_core::health::known(&entries, &this_key, stored.permissions);
    if let Err(p) = may_hand_over(label, known, tested.as_ref()) {
        if let Some(v) = &tested {
            for q in v.blocking_problems() {
                output::eprintln_problem(q);
            }
        }
        let code = if p.kind == ProblemKind::WithdrawEnabled {
            UNSAFE
        } else {
            output::FAILED
        };
        return Err(Exit {
            code,
            problems: vec![p],
        });
    }
    if tested.is_some() {
        output::err(&t!("run-verified", label = label).to_string());
    }
    for note in options.profile.notes(stored.site, stored.demo) {
        output::err(&note.to_string());
    }
    let endpoint = Endpoint::for_saved_key(stored.site, stored.origin).map_err(Exit::input)?;
    let creds = &stored.credentials;
    let env = options.profile.environment(&HandOver {
        credentials: creds,
        site: stored.site,
        demo: stored.demo,
        base_url: &endpoint.base_url,
    });

    let mut cmd = Command::new(&command[0]);
    cmd.args(&command[1..]).stdin(Stdio::inherit());
    for var in &env {
        cmd.env(var.name, var.value.expose());
    }
    if options.mask {
        cmd.stdout(Stdio::piped()).stderr(Stdio::piped());
    } else {
        cmd.stdout(Stdio::inherit()).stderr(Stdio::inherit());
    }
    signals::install(&mut cmd);
    let spawned = cmd.spawn();
    // The Command's copies of the values go now; ours are wiped when `env` drops.
    drop(cmd);
    drop(env);
    let mut child = spawned.map_err(|e| {
        let (code, text) = match e.kind() {
            std::io::ErrorKind::NotFound => (NOT_FOUND, t!("run-command-not-found")),
            _ => (CANNOT_START, t!("run-command-not-started", error = e.to_string())),
        };
        Exit {
            code,
            problems: vec![Problem::from_text(ProblemKind::InvalidSetting, text)],
        }
    })?;
    signals::forward_to(child.id());
    tracing::info!(label = %label, profile = options.profile.id(), masked = options.mask, "started a command with a saved key");

    let pumps = if options.mask {
        let masks = Arc::new(Masks::for_key(creds.secret_key.expose(), creds.passphrase.expose()));
        vec![
            child
                .stdout
                .take()
                .map(|out| pump(out, MaskingWriter::new(std::io::stdout(), masks.clone()))),
            child
                .stderr
                .take()
                .map(|err| pump(err, MaskingWriter::new(std::io::stderr(), masks.clone()))),
        ]
    } else {
        Vec::new()
    };
    let status = wait(&mut child);
    // COMMAND has ended: from now on a signal does to `run` what it did before `run` started
    // (a program COMMAND started may still hold the output pipes).
    signals::forward_to(0);
    signals::restore();
    // The output ends when every program holding the pipes (COMMAND and what it started) has
    // closed them.
    for p in pumps.into_iter().flatten() {
        let _ = p.join();
    }
    Ok(status)
}

/// Tests the saved key with its own site and mode (`--verify`).
fn test(label: &str, stored: &okx_key_core::keychain::StoredKey) -> Result<okx_key_core::Verification, Exit> {
    let (creds, opts) = okx_key_core::health::check::test_plan(stored, label).map_err(|problems| Exit {
        code: output::BAD_INPUT,
        problems,
    })?;
    super::verify::run_test(&creds, &opts, false)
}

/// Copies one of COMMAND's outputs through the masking writer, flushing after every read so
/// lines show as soon as COMMAND writes them.
fn pump<R, W>(mut from: R, mut to: MaskingWriter<W>) -> std::thread::JoinHandle<()>
where
    R: Read + Send + 'static,
    W: Write + Send + 'static,
{
    std::thread::spawn(move || {
        let mut buf = zeroize::Zeroizing::new(vec![0u8; 8192]);
        loop {
            match from.read(&mut buf) {
                Ok(0) => break,
                Ok(n) => {
                    // A closed terminal or pipe on our side: keep reading so COMMAND is not
                    // blocked, but stop writing.
                    if to.write_all(&buf[..n]).and_then(|()| to.flush()).is_err() {
                        continue;
                    }
                }
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(_) => break,
            }
        }
        let _ = to.finish();
    })
}

/// Waits for COMMAND and turns its end into `run`'s exit status.
fn wait(child: &mut Child) -> i32 {
    match child.wait() {
        Ok(status) => exit_code(status),
        Err(e) => {
            tracing::error!(error = %e, "could not wait for the command");
            output::FAILED
        }
    }
}

/// COMMAND's exit status, or 128 + N when signal N stopped it (as shells report it).
fn exit_code(status: ExitStatus) -> i32 {
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        if let Some(sig) = status.signal() {
            return 128 + sig;
        }
    }
    status.code().unwrap_or(output::FAILED)
}

/// Passing SIGINT, SIGTERM and SIGHUP on to COMMAND, once; what was ignored stays ignored.
#[cfg(unix)]
#[path = "run_signals.rs"]
mod signals;

/// Windows: Ctrl-C reaches every program on the console; `run` just waits for COMMAND.
#[cfg(not(unix))]
mod signals {
    pub fn install(_cmd: &mut std::process::Command) {}
    pub fn restore() {}
    pub fn forward_to(_pid: u32) {}
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn a_signal_ends_as_128_plus_its_number() {
        use std::os::unix::process::ExitStatusExt;
        assert_eq!(exit_code(ExitStatus::from_raw(15)), 128 + 15);
        assert_eq!(exit_code(ExitStatus::from_raw(42 << 8)), 42);
        assert_eq!(exit_code(ExitStatus::from_raw(0)), 0);
    }
}
