//! `okx-key-assistant run LABEL [--profile P] [--verify] [--no-mask] [--restart-on-change
//! [--grace SECONDS]] -- COMMAND [ARGS...]`: starts COMMAND with the key saved under LABEL in its
//! environment (the profile's names, see `okx_key_core::run::profile`), never on its command line.
//!
//! - The key is refused when its record says it can withdraw, and with `--verify` when the
//!   test fails or shows withdraw (`okx_key_core::run::policy`); then nothing is started.
//! - COMMAND's stdout and stderr go through `MaskingWriter` (the secret key and the passphrase,
//!   and the forms of them `okx_key_core::run::mask_forms` lists, become
//!   `<redacted by okx-key-assistant>`), unless `--no-mask` (the terminal is passed straight
//!   through). When `run`'s standard output is a terminal, COMMAND gets a pseudo-terminal of its
//!   own and the mask reads that (Unix, `run_pty.rs`); otherwise (systemd, cron, a pipe) pipes.
//!   Standard input is COMMAND's own (through the pty when it is a terminal).
//! - `--restart-on-change`: when the key saved under LABEL is replaced, COMMAND is stopped
//!   (SIGTERM, SIGKILL after `--grace` seconds, default 10) and started again with the new key;
//!   deleted, or a new key that may not be handed over: COMMAND is stopped and `run` exits (2 and
//!   3). How the change is seen: `run_watch.rs`. The mask then covers every key COMMAND got.
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
use okx_key_core::keychain::StoredKey;
use okx_key_core::run::{may_hand_over, HandOver, MaskingWriter, Masks, Profile};
use okx_key_core::{t, Endpoint, Problem, ProblemKind};
use std::io::{Read, Write};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Exit status when COMMAND exists but could not be started (as `env` and shells use it).
pub const CANNOT_START: i32 = 126;
/// Exit status when COMMAND was not found.
pub const NOT_FOUND: i32 = 127;
/// Verified but the key can withdraw (the same 3 as `verify`).
pub const UNSAFE: i32 = 3;
/// How long a replaced key's COMMAND has to end after SIGTERM, by default.
pub const DEFAULT_GRACE: Duration = Duration::from_secs(10);
/// The longest `--grace` accepted, in seconds.
const MAX_GRACE: u64 = 3600;

pub const COMMAND: Subcommand = Subcommand {
    name: "run",
    usage: || t!("run-usage"),
    flags: &[
        option("--profile"),
        switch("--verify"),
        switch("--no-mask"),
        switch("--restart-on-change"),
        option("--grace"),
    ],
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
    let restart = parsed.has("--restart-on-change");
    let grace = match parsed.value("--grace") {
        None => DEFAULT_GRACE,
        Some(_) if !restart => return call.usage_error(t!("run-grace-without-restart")),
        Some(v) => match v.parse::<u64>() {
            Ok(n) if n <= MAX_GRACE => Duration::from_secs(n),
            _ => return call.usage_error(t!("run-grace-invalid")),
        },
    };
    let options = Options {
        profile,
        verify: parsed.has("--verify"),
        mask: !parsed.has("--no-mask"),
        restart: restart.then_some(grace),
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
    /// `--restart-on-change`, with its grace.
    restart: Option<Duration>,
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
    if let Err(p) = hand_over(label, &stored, tested.as_ref()) {
        if let Some(v) = &tested {
            for q in v.blocking_problems() {
                output::eprintln_problem(q);
            }
        }
        return Err(refused(p));
    }
    if tested.is_some() {
        output::err(&t!("run-verified", label = label).to_string());
    }
    for note in options.profile.notes(stored.site, stored.demo) {
        output::err(&note.to_string());
    }
    let terminal = if options.mask { pty::Terminal::detect() } else { None };
    let keys = pty::Keys::default();
    let raw = match terminal {
        Some(t) if t.stdin => {
            let raw = pty::RawMode::enter();
            if raw.is_some() {
                pty::forward_keys(keys.clone());
            }
            raw
        }
        _ => None,
    };
    let masks = masks_for(std::slice::from_ref(&stored));
    let running = start(command, options, &stored, &masks, terminal, &keys)?;
    tracing::info!(label = %label, profile = options.profile.id(), masked = options.mask,
        terminal = running.pty.is_some(), "started a command with a saved key");
    let status = match options.restart {
        None => running.wait(&keys),
        Some(grace) => follow(
            label,
            command,
            options,
            stored,
            running,
            &Session {
                terminal,
                keys: &keys,
                raw: &raw,
                grace,
            },
        )?,
    };
    // COMMAND has ended: from now on a signal does to `run` what it did before `run` started.
    signals::forward_to(0);
    signals::restore();
    drop(raw);
    Ok(status)
}

/// Whether the key may be handed over: its saved record, the newest test that reached OKX (a key
/// seen with Withdraw on is not handed over until such a test sees it off again), `--verify`.
fn hand_over(label: &str, stored: &StoredKey, tested: Option<&okx_key_core::Verification>) -> Result<(), Problem> {
    let this_key = okx_key_core::secret::redact_key(stored.credentials.api_key.expose());
    let entries = super::data_dir()
        .map(|dir| okx_key_core::health::History::new(dir).entries(label))
        .unwrap_or_default();
    let known = okx_key_core::health::known(&entries, &this_key, stored.permissions);
    may_hand_over(label, known, tested)
}

/// A refusal's exit: 3 for a key that can withdraw, else 1.
fn refused(p: Problem) -> Exit {
    let code = if p.kind == ProblemKind::WithdrawEnabled {
        UNSAFE
    } else {
        output::FAILED
    };
    Exit {
        code,
        problems: vec![p],
    }
}

/// The mask for every key COMMAND was given (one, or more after restarts).
fn masks_for(keys: &[StoredKey]) -> Arc<Masks> {
    let pairs: Vec<(&str, &str)> = keys
        .iter()
        .map(|k| (k.credentials.secret_key.expose(), k.credentials.passphrase.expose()))
        .collect();
    Arc::new(Masks::for_keys(&pairs))
}

/// One COMMAND started: the process, the threads copying its output, its pty if it has one.
struct Running {
    child: Child,
    pumps: Vec<std::thread::JoinHandle<()>>,
    pty: Option<pty::Pty>,
}

impl Running {
    /// Waits for COMMAND and for its output to end; its status as `run`'s exit status.
    fn wait(mut self, keys: &pty::Keys) -> i32 {
        let status = wait(&mut self.child);
        self.ended(keys, true);
        status
    }

    /// COMMAND has ended: no more signals or keys for it; with `join`, waits until every
    /// program holding its output (COMMAND and what it started) has closed it.
    fn ended(self, keys: &pty::Keys, join: bool) {
        signals::forward_to(0);
        if let Some(p) = &self.pty {
            p.ended(keys);
        }
        if join {
            for p in self.pumps {
                let _ = p.join();
            }
        }
    }

    /// Stops COMMAND: SIGTERM, then SIGKILL when it has not ended after `grace`.
    fn stop(mut self, grace: Duration, keys: &pty::Keys) {
        signals::forward_to(0);
        signals::terminate(self.child.id());
        let deadline = Instant::now() + grace;
        while Instant::now() < deadline {
            if !matches!(self.child.try_wait(), Ok(None)) {
                break;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        if matches!(self.child.try_wait(), Ok(None)) {
            let _ = self.child.kill();
        }
        let _ = self.child.wait();
        // What a stopped COMMAND left running may hold its output open: do not wait for it.
        self.ended(keys, false);
    }
}

/// What stays the same across restarts of COMMAND.
struct Session<'a> {
    terminal: Option<pty::Terminal>,
    keys: &'a pty::Keys,
    raw: &'a Option<pty::RawMode>,
    grace: Duration,
}

impl Session<'_> {
    /// One of `run`'s own lines on stderr (in the terminal's own mode when it is raw).
    fn say(&self, text: &str) {
        match self.raw {
            Some(raw) => raw.paused(|| output::err(text)),
            None => output::err(text),
        }
    }
}

/// `--restart-on-change`: runs COMMAND, starting it again with the new key each time the key
/// saved under `label` is replaced, until COMMAND ends by itself or the key is deleted or may not
/// be handed over.
fn follow(
    label: &str,
    command: &[String],
    options: &Options,
    mut stored: StoredKey,
    mut running: Running,
    session: &Session<'_>,
) -> Result<i32, Exit> {
    let dir = super::data_dir().map_err(Exit::failed)?;
    let mut watch = watch::Watch::new(&dir);
    let mut given = vec![stored.clone()];
    let mut unreadable_said = false;
    loop {
        match running.child.try_wait() {
            Ok(Some(status)) => {
                running.ended(session.keys, true);
                return Ok(exit_code(status));
            }
            Ok(None) => {}
            Err(e) => {
                tracing::error!(error = %e, "could not wait for the command");
                return Ok(output::FAILED);
            }
        }
        if watch.changed() {
            match watch::compare(&dir, label, &stored) {
                watch::Change::Same => {}
                watch::Change::Unreadable(p) => {
                    if !unreadable_said {
                        session.say(&t!("run-restart-unreadable", label = label).to_string());
                        tracing::warn!(problem = %p.message, "could not read the saved key to follow it");
                        unreadable_said = true;
                    }
                }
                watch::Change::Deleted(p) => {
                    session.say(&t!("run-restart-deleted", label = label).to_string());
                    running.stop(session.grace, session.keys);
                    return Err(Exit::input(p));
                }
                watch::Change::Replaced(new) => {
                    if let Err(p) = hand_over(label, &new, None) {
                        session.say(&t!("run-restart-refused", label = label).to_string());
                        running.stop(session.grace, session.keys);
                        return Err(refused(p));
                    }
                    session.say(&t!("run-restart-replaced", label = label).to_string());
                    running.stop(session.grace, session.keys);
                    if let Some(sig) = signals::take_pending() {
                        return Ok(128 + sig);
                    }
                    given.push(*new);
                    stored = given[given.len() - 1].clone();
                    running = start(
                        command,
                        options,
                        &stored,
                        &masks_for(&given),
                        session.terminal,
                        session.keys,
                    )?;
                    tracing::info!(label = %label, "started the command again with the replaced key");
                }
            }
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Starts COMMAND with `stored`'s key in its environment, its output through `masks`.
fn start(
    command: &[String],
    options: &Options,
    stored: &StoredKey,
    masks: &Arc<Masks>,
    terminal: Option<pty::Terminal>,
    keys: &pty::Keys,
) -> Result<Running, Exit> {
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
    // On a terminal, a pty (pipes when one cannot be opened).
    let mut pty = terminal.and_then(
        |t| match pty::Pty::open(t).and_then(|p| p.attach(&mut cmd).map(|()| p)) {
            Ok(p) => Some(p),
            Err(e) => {
                tracing::warn!(error = %e, "no pseudo-terminal; the command's output goes through pipes");
                None
            }
        },
    );
    signals::install(&mut cmd, pty.is_some());
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

    let mut pumps = Vec::new();
    if options.mask {
        let out = match pty.as_mut().map(|p| p.started(keys)) {
            Some(Ok(master)) => Some(pump(master, MaskingWriter::new(std::io::stdout(), masks.clone()))),
            Some(Err(e)) => {
                tracing::error!(error = %e, "could not read the pseudo-terminal");
                None
            }
            None => child
                .stdout
                .take()
                .map(|out| pump(out, MaskingWriter::new(std::io::stdout(), masks.clone()))),
        };
        pumps.extend(out);
        pumps.extend(
            child
                .stderr
                .take()
                .map(|err| pump(err, MaskingWriter::new(std::io::stderr(), masks.clone()))),
        );
    }
    Ok(Running { child, pumps, pty })
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
    pub fn install(_cmd: &mut std::process::Command, _own_session: bool) {}
    pub fn restore() {}
    pub fn forward_to(_pid: u32) {}
    pub fn take_pending() -> Option<i32> {
        None
    }
    /// No SIGTERM on Windows: the command is ended at once.
    pub fn terminate(_pid: u32) {}
}

/// A pseudo-terminal for COMMAND when `run`'s output is a terminal.
#[cfg(unix)]
#[path = "run_pty.rs"]
mod pty;

/// Windows: pipes only.
#[cfg(not(unix))]
mod pty {
    #[derive(Clone, Copy)]
    pub struct Terminal {
        pub stdin: bool,
    }
    impl Terminal {
        pub fn detect() -> Option<Terminal> {
            None
        }
    }
    pub type Keys = std::sync::Arc<std::sync::Mutex<Option<std::fs::File>>>;
    pub struct Pty;
    impl Pty {
        pub fn open(_: Terminal) -> std::io::Result<Pty> {
            Err(std::io::Error::other("no pseudo-terminal"))
        }
        pub fn attach(&self, _: &mut std::process::Command) -> std::io::Result<()> {
            Ok(())
        }
        pub fn started(&mut self, _: &Keys) -> std::io::Result<std::fs::File> {
            Err(std::io::Error::other("no pseudo-terminal"))
        }
        pub fn ended(&self, _: &Keys) {}
    }
    pub struct RawMode;
    impl RawMode {
        pub fn enter() -> Option<RawMode> {
            None
        }
        pub fn paused<T>(&self, f: impl FnOnce() -> T) -> T {
            f()
        }
    }
    pub fn forward_keys(_: Keys) {}
}

/// Noticing a replaced or deleted key (`--restart-on-change`).
#[path = "run_watch.rs"]
mod watch;

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
