//! `okx-key-assistant run LABEL [--profile P] [--verify] [--no-mask] -- COMMAND [ARGS...]`:
//! starts COMMAND with the key saved under LABEL in its environment (the profile's names, see
//! `okx_key_core::run::profile`), never on its command line.
//!
//! - The key is refused when its record says it can withdraw, and with `--verify` when the
//!   test fails or shows withdraw (`okx_key_core::run::policy`); then nothing is started.
//! - COMMAND's stdout and stderr go through `MaskingWriter` (the secret key and the passphrase
//!   become `<redacted by okx-key-assistant>`), unless `--no-mask` (the terminal is passed
//!   straight through). Standard input is always COMMAND's own.
//! - SIGINT, SIGTERM and SIGHUP sent to `run` are passed on to COMMAND (Unix); a signal from
//!   the terminal (Ctrl-C) already reaches COMMAND, which is in the same process group, so it is
//!   not sent twice. On Windows `run` just waits.
//! - `run` exits with COMMAND's status, or 128 + N when signal N stopped it. Before COMMAND
//!   starts: 1 (keychain failed, `--verify` failed), 2 (usage, no such key), 3 (can withdraw),
//!   126 (could not start COMMAND), 127 (COMMAND not found).
//!
//! Nothing `run` prints itself goes to standard output: that belongs to COMMAND.

use super::args::{option, switch};
use super::command::{Call, Subcommand};
use super::input;
use super::output::{self, Exit};
use okx_key_core::run::{may_hand_over, HandOver, MaskingWriter, Profile};
use okx_key_core::{t, Endpoint, Problem, ProblemKind};
use std::io::{Read, Write};
use std::process::{Child, Command, ExitStatus, Stdio};

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
    // What the key may do as last seen: `check`'s latest test of it (a key seen with Withdraw on
    // is not handed over until a test sees it off again), else its saved record.
    let this_key = okx_key_core::secret::redact_key(stored.credentials.api_key.expose());
    let last_seen = super::data_dir().ok().and_then(|dir| {
        let entries = okx_key_core::health::History::new(dir).entries(label);
        let last = entries.into_iter().rev().find(|e| e.api_key_redacted == this_key)?;
        last.permissions
    });
    if let Err(p) = may_hand_over(label, last_seen.or(stored.permissions), tested.as_ref()) {
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
    let endpoint = Endpoint::for_site(stored.site).map_err(Exit::input)?;
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
    signals::install();
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

    let secrets = [creds.secret_key.expose(), creds.passphrase.expose()];
    let pumps = if options.mask {
        vec![
            child
                .stdout
                .take()
                .map(|out| pump(out, MaskingWriter::new(std::io::stdout(), &secrets))),
            child
                .stderr
                .take()
                .map(|err| pump(err, MaskingWriter::new(std::io::stderr(), &secrets))),
        ]
    } else {
        Vec::new()
    };
    let status = wait(&mut child);
    // COMMAND has ended: from now on a signal stops `run` itself, as usual (a program COMMAND
    // started may still hold the output pipes).
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

/// Passing SIGINT, SIGTERM and SIGHUP on to COMMAND.
#[cfg(unix)]
mod signals {
    use std::sync::atomic::{AtomicI32, Ordering};

    /// COMMAND's process id once started (0: none yet, or it has ended).
    static CHILD: AtomicI32 = AtomicI32::new(0);
    /// A signal that came before COMMAND started: sent to it as soon as it exists.
    static PENDING: AtomicI32 = AtomicI32::new(0);

    const SIGNALS: [libc::c_int; 3] = [libc::SIGINT, libc::SIGTERM, libc::SIGHUP];

    /// Linux's `si_code` for a signal the kernel sent, e.g. Ctrl-C from the terminal, which
    /// reaches the whole foreground process group (COMMAND included) by itself.
    #[cfg(any(target_os = "linux", target_os = "android"))]
    const SI_KERNEL: libc::c_int = 0x80;

    extern "C" fn on_signal(sig: libc::c_int, info: *mut libc::siginfo_t, _: *mut libc::c_void) {
        #[cfg(any(target_os = "linux", target_os = "android"))]
        {
            // SAFETY: the kernel passes a valid siginfo_t with SA_SIGINFO; only read here.
            if !info.is_null() && unsafe { (*info).si_code } == SI_KERNEL {
                return;
            }
        }
        #[cfg(not(any(target_os = "linux", target_os = "android")))]
        let _ = info;
        let pid = CHILD.load(Ordering::SeqCst);
        if pid > 0 {
            // SAFETY: kill is async-signal-safe.
            unsafe {
                libc::kill(pid, sig);
            }
        } else {
            PENDING.store(sig, Ordering::SeqCst);
        }
    }

    /// Catches the signals (before COMMAND starts, so none is lost). Caught signals are reset
    /// to their defaults in COMMAND when it starts (exec), so COMMAND handles them its own way.
    pub fn install() {
        for sig in SIGNALS {
            // SAFETY: a zeroed sigaction is valid; the handler only does async-signal-safe work.
            unsafe {
                let mut action: libc::sigaction = std::mem::zeroed();
                action.sa_sigaction = on_signal as *const () as usize;
                action.sa_flags = libc::SA_SIGINFO | libc::SA_RESTART;
                libc::sigemptyset(&mut action.sa_mask);
                if libc::sigaction(sig, &action, std::ptr::null_mut()) != 0 {
                    tracing::warn!(signal = sig, "could not catch a signal to pass it on");
                }
            }
        }
    }

    /// Back to the default actions (a signal stops `run`).
    pub fn restore() {
        for sig in SIGNALS {
            // SAFETY: resetting a signal to its default action.
            unsafe {
                libc::signal(sig, libc::SIG_DFL);
            }
        }
    }

    /// From now on signals go to `pid` (0: to nobody). A signal that came while there was
    /// none is sent now.
    pub fn forward_to(pid: u32) {
        let pid = i32::try_from(pid).unwrap_or(0);
        CHILD.store(pid, Ordering::SeqCst);
        let pending = PENDING.swap(0, Ordering::SeqCst);
        if pid > 0 && pending != 0 {
            // SAFETY: plain kill(2) on the child we started.
            unsafe {
                libc::kill(pid, pending);
            }
        }
    }
}

/// Windows: Ctrl-C reaches every program on the console; `run` just waits for COMMAND.
#[cfg(not(unix))]
mod signals {
    pub fn install() {}
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
