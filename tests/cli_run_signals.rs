//! `okx-key-assistant run` and signals, for real: `run` started the way a shell starts a job
//! (a process group of its own), a bot (python3) that counts the signals it gets in a file.
//!
//! - A signal sent to the whole process group (`kill %1`, `kill -TERM -PGID`) reaches the bot
//!   once, not once from the sender and once more from `run`.
//! - Started as `nohup` starts it (SIGHUP ignored), `run` keeps SIGHUP ignored: the bot
//!   inherits SIG_IGN and survives a SIGHUP to the group, and `run` does too, also after the bot
//!   has ended (its disposition is put back as it was, not to the default).
//!
//! Needs the private keyring session:
//!
//! ```text
//! tests/session.sh cargo test --test cli_run_signals
//! ```
#![cfg(target_os = "linux")]

mod cli_common;

use cli_common::deadline;
use cli_common::home::Home;
use cli_common::keyring::{clear, have_keyring};
use okx_simulator::practice_account;
use std::io::{BufRead, BufReader};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// Counts SIGTERM and SIGHUP into argv[1] (one line per delivery: Python's C-level handler
/// writes each to the wakeup pipe, so two deliveries are two lines even when Python would run
/// its handler once), says "ready", and exits 0 one second after the first one came (time for a
/// second one to arrive). Exits 1 after 60 s.
const COUNTING_BOT: &str = r#"
import os, select, signal, sys, time
log = sys.argv[1]
r, w = os.pipe()
os.set_blocking(w, False)
signal.set_wakeup_fd(w, warn_on_full_buffer=False)
for s in (signal.SIGTERM, signal.SIGHUP):
    signal.signal(s, lambda n, f: None)
print("ready", flush=True)
first = None
deadline = time.monotonic() + 60
while time.monotonic() < deadline:
    if first is not None and time.monotonic() > first + 1.0:
        sys.exit(0)
    if select.select([r], [], [], 0.02)[0]:
        with open(log, "a") as f:
            for b in os.read(r, 64):
                f.write(f"{b}\n")
        if first is None:
            first = time.monotonic()
sys.exit(1)
"#;

/// Says whether SIGHUP is ignored, "ready", then waits for the file argv[1] (the test's go),
/// starts a program that holds the output 3 s longer, writes argv[2] and exits 0.
const NOHUP_BOT: &str = r#"
import os, signal, subprocess, sys, time
print("hup ignored:", signal.getsignal(signal.SIGHUP) == signal.SIG_IGN, flush=True)
print("ready", flush=True)
deadline = time.monotonic() + 60
while not os.path.exists(sys.argv[1]):
    if time.monotonic() > deadline:
        sys.exit(1)
    time.sleep(0.02)
subprocess.Popen(["sleep", "3"])
open(sys.argv[2], "w").close()
sys.exit(0)
"#;

/// A private data folder with the practice key saved under `label`.
fn saved(label: &str) -> Home {
    let home = Home::on_shared_sims();
    home.save(label, &practice_account("good").unwrap());
    home
}

/// Starts `run` in a process group of its own (as a shell starts a job), SIGHUP ignored when
/// `nohup`, and waits (with a deadline) for the bot's "ready" line; the lines before it and a
/// receiver for the rest.
fn start_job(home: &Home, args: &[&str], nohup: bool) -> (Child, Vec<String>, mpsc::Receiver<String>) {
    let mut cmd = home.command(args);
    cmd.stdout(Stdio::piped()).stderr(Stdio::inherit()).process_group(0);
    if nohup {
        // SAFETY: only signal(2) between fork and exec, as nohup(1) does.
        unsafe {
            cmd.pre_exec(|| {
                libc::signal(libc::SIGHUP, libc::SIG_IGN);
                Ok(())
            });
        }
    }
    let mut child = cmd.spawn().unwrap();
    let (tx, rx) = mpsc::channel();
    let stdout = child.stdout.take().unwrap();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    let mut before = Vec::new();
    loop {
        match rx.recv_timeout(Duration::from_secs(30)) {
            Ok(line) if line == "ready" => return (child, before, rx),
            Ok(line) => before.push(line),
            Err(e) => {
                let _ = child.kill();
                panic!("the bot did not say ready ({e}): {before:?}");
            }
        }
    }
}

fn kill(pid: i32, sig: libc::c_int) {
    // SAFETY: kill(2) on a process or process group this test started.
    let rc = unsafe { libc::kill(pid, sig) };
    assert_eq!(rc, 0, "kill({pid}, {sig}) failed");
}

fn wait_for_file(path: &Path, limit: Duration) {
    let deadline = Instant::now() + limit;
    while !path.exists() {
        assert!(
            Instant::now() < deadline,
            "{} did not appear within {limit:?}",
            path.display()
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn file_in(home: &Home, name: &str) -> PathBuf {
    home.path().join(name)
}

#[test]
fn a_signal_to_the_whole_process_group_reaches_the_bot_once() {
    if !have_keyring("a_signal_to_the_whole_process_group") {
        return;
    }
    let label = "Run_Group_Signal";
    let home = saved(label);
    let mut seen = Vec::new();
    let cases = [
        (libc::SIGTERM, ""),
        (libc::SIGHUP, ""),
        (libc::SIGTERM, ""),
        (libc::SIGHUP, ""),
        (libc::SIGTERM, "--no-mask"),
    ];
    for (i, (sig, mask)) in cases.into_iter().enumerate() {
        let log = file_in(&home, &format!("signals-{i}"));
        let log_arg = log.to_str().unwrap();
        let mut args = vec!["run", label];
        if !mask.is_empty() {
            args.push(mask);
        }
        args.extend(["--", "python3", "-c", COUNTING_BOT, log_arg]);
        let (mut child, _, _rx) = start_job(&home, &args, false);
        let group = i32::try_from(child.id()).unwrap();
        kill(-group, sig);
        let status = deadline::wait_within(&mut child, Duration::from_secs(30), "run after a group signal");
        let got = std::fs::read_to_string(&log).unwrap_or_default();
        seen.push((sig, mask, got, status.code()));
    }
    for (sig, mask, got, code) in &seen {
        assert!(
            *got == format!("{sig}\n") && *code == Some(0),
            "signal {sig} {mask}: the bot got {got:?}, run exited {code:?}; all: {seen:?}"
        );
    }
    // Sent to `run` alone, it is passed on: once.
    let log = file_in(&home, "signals-direct");
    let (mut child, _, _rx) = start_job(
        &home,
        &["run", label, "--", "python3", "-c", COUNTING_BOT, log.to_str().unwrap()],
        false,
    );
    kill(i32::try_from(child.id()).unwrap(), libc::SIGTERM);
    let status = deadline::wait_within(&mut child, Duration::from_secs(30), "run after SIGTERM");
    assert_eq!(std::fs::read_to_string(&log).unwrap_or_default(), "15\n");
    assert_eq!(status.code(), Some(0));
    clear(label);
}

#[test]
fn under_nohup_sighup_stays_ignored_for_the_bot_and_for_run() {
    if !have_keyring("under_nohup_sighup_stays_ignored") {
        return;
    }
    let label = "Run_Nohup";
    let home = saved(label);
    let go = file_in(&home, "go");
    let done = file_in(&home, "done");
    let (mut child, before, rx) = start_job(
        &home,
        &[
            "run",
            label,
            "--",
            "python3",
            "-c",
            NOHUP_BOT,
            go.to_str().unwrap(),
            done.to_str().unwrap(),
        ],
        true,
    );
    assert_eq!(before, ["hup ignored: True"], "the bot's SIGHUP is not ignored");
    let run_pid = i32::try_from(child.id()).unwrap();
    // The terminal went away: SIGHUP to the job, and to run itself.
    kill(-run_pid, libc::SIGHUP);
    kill(run_pid, libc::SIGHUP);
    std::thread::sleep(Duration::from_millis(300));
    std::fs::write(&go, "").unwrap();
    wait_for_file(&done, Duration::from_secs(30));
    // The bot has ended; its `sleep 3` still holds the output, so run is still there.
    std::thread::sleep(Duration::from_millis(500));
    assert!(child.try_wait().unwrap().is_none(), "run ended before the output did");
    kill(run_pid, libc::SIGHUP);
    let status = deadline::wait_within(&mut child, Duration::from_secs(30), "run under nohup");
    assert_eq!(status.code(), Some(0), "run under nohup after SIGHUP: {status:?}");
    let rest: Vec<String> = rx.try_iter().collect();
    assert!(rest.is_empty(), "{rest:?}");
    clear(label);
}
