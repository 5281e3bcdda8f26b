//! `run`'s signals (Unix): SIGINT, SIGTERM and SIGHUP reach COMMAND exactly once, and what was
//! ignored stays ignored.
//!
//! - A signal ignored when `run` starts (SIG_IGN, as `nohup` leaves SIGHUP) gets no handler: it
//!   stays ignored for `run`, and COMMAND inherits SIG_IGN through exec. The others get a
//!   handler that passes them on; when COMMAND has ended, every disposition is put back exactly
//!   as it was (the saved `sigaction`), not to the default.
//! - Where COMMAND runs depends on whether `run` is in the foreground of a terminal:
//!   - In the foreground (`run` typed at a prompt): COMMAND stays in `run`'s process group, so
//!     the terminal treats it as usual (Ctrl-C, Ctrl-Z, reading the keyboard). The keys'
//!     signals (Ctrl-C, Ctrl-\) and a hang-up come from the kernel to the whole group, and the
//!     shell's hang-up of the job (SIGHUP from the session leader) goes to the whole group too:
//!     these already reach COMMAND and are not passed on. A signal another program sends
//!     (`kill PID`) is passed on. Linux cannot tell a `kill -TERM -PGID` from a `kill PID`
//!     (siginfo is the same), so a group-wide signal from another program, other than the
//!     shell's hang-up, still reaches a foreground COMMAND twice.
//!   - Otherwise (`&`, `nohup`, systemd, cron, a supervisor, no terminal at all): COMMAND gets
//!     a process group of its own. A signal to `run`'s group (`kill %1`, `kill -TERM -PGID`)
//!     then reaches `run` alone, and `run` passes it on: COMMAND gets it once. A signal sent to
//!     every process one by one (systemd's `KillMode=control-group`) still reaches COMMAND
//!     twice, hence `KillMode=mixed` in the README: systemd signals `run` only, and SIGKILLs
//!     whatever is left when the stop times out. As `kill -KILL -PGID` no longer reaches
//!     COMMAND, COMMAND gets SIGTERM when `run` dies (Linux's parent-death signal). A COMMAND
//!     started in the background that reads the terminal stops (SIGTTIN) without its shell
//!     seeing it: start such a program in the foreground.
//! - A signal COMMAND itself sent (for example to its own process group, `run` included) is not
//!   passed back to it.
//! - A signal that comes before COMMAND exists is sent to it as soon as it does. One that
//!   reaches a foreground group in the microseconds between COMMAND's exec and `run` learning
//!   its process id is sent again.

use std::os::unix::process::CommandExt;
use std::process::Command;
use std::sync::atomic::{AtomicBool, AtomicI32, AtomicU32, Ordering};
use std::sync::Mutex;

/// COMMAND's process id once started (0: none yet, or it has ended).
static CHILD: AtomicI32 = AtomicI32::new(0);
/// Signals (one bit each) that came before COMMAND started: sent to it as soon as it exists.
static PENDING: AtomicU32 = AtomicU32::new(0);
/// COMMAND has a process group of its own (`run` is not in a terminal's foreground).
static OWN_GROUP: AtomicBool = AtomicBool::new(false);
/// The session leader's process id (an interactive shell, when there is one).
static SESSION_LEADER: AtomicI32 = AtomicI32::new(0);
/// The handlers are in place (from the first [`install`] to [`restore`]).
static INSTALLED: AtomicBool = AtomicBool::new(false);
/// The dispositions the handler replaced, put back by [`restore`].
static SAVED: Mutex<Vec<(libc::c_int, libc::sigaction)>> = Mutex::new(Vec::new());

const SIGNALS: [libc::c_int; 3] = [libc::SIGINT, libc::SIGTERM, libc::SIGHUP];

/// Linux's `si_code` values: sent by kill(2), sigqueue(3), tgkill(2); and by the kernel (a
/// terminal's keys and hang-up).
#[cfg(any(target_os = "linux", target_os = "android"))]
mod code {
    pub const SI_USER: libc::c_int = 0;
    pub const SI_QUEUE: libc::c_int = -1;
    pub const SI_TKILL: libc::c_int = -6;
}

/// Whether a signal that came to `run` while COMMAND runs must be passed on to it, or COMMAND
/// already got it from the same sender.
fn pass_on(sig: libc::c_int, info: *const libc::siginfo_t, child: libc::pid_t) -> bool {
    #[cfg(any(target_os = "linux", target_os = "android"))]
    {
        if info.is_null() {
            return true;
        }
        // SAFETY: the kernel passes a valid siginfo_t with SA_SIGINFO; only read here.
        let (si_code, sender) = unsafe { ((*info).si_code, (*info).si_pid()) };
        let from_a_program = matches!(si_code, code::SI_USER | code::SI_QUEUE | code::SI_TKILL);
        if from_a_program && sender == child {
            return false;
        }
        if OWN_GROUP.load(Ordering::SeqCst) {
            return true;
        }
        // Same group as `run`, in a terminal's foreground: the kernel's signals and the shell's
        // hang-up went to the whole group.
        from_a_program && !(sig == libc::SIGHUP && sender == SESSION_LEADER.load(Ordering::SeqCst))
    }
    #[cfg(not(any(target_os = "linux", target_os = "android")))]
    {
        let _ = (sig, info, child);
        true
    }
}

extern "C" fn on_signal(sig: libc::c_int, info: *mut libc::siginfo_t, _: *mut libc::c_void) {
    let pid = CHILD.load(Ordering::SeqCst);
    if pid <= 0 {
        if (0..32).contains(&sig) {
            PENDING.fetch_or(1 << sig, Ordering::SeqCst);
        }
        // COMMAND may have started meanwhile, its pending signals already sent: send this one.
        send_pending(CHILD.load(Ordering::SeqCst));
        return;
    }
    if pass_on(sig, info, pid) {
        // SAFETY: kill is async-signal-safe.
        unsafe {
            libc::kill(pid, sig);
        }
    }
}

/// True when `run`'s process group is the foreground group of its controlling terminal.
fn in_terminal_foreground() -> bool {
    // SAFETY: open/tcgetpgrp/close on our own descriptor; /dev/tty is the controlling
    // terminal, and opening it fails (ENXIO) when there is none.
    unsafe {
        let fd = libc::open(c"/dev/tty".as_ptr(), libc::O_RDONLY | libc::O_NOCTTY | libc::O_CLOEXEC);
        if fd < 0 {
            return false;
        }
        let foreground = libc::tcgetpgrp(fd);
        libc::close(fd);
        foreground > 0 && foreground == libc::getpgrp()
    }
}

/// Decides COMMAND's process group (set up in `cmd`) and catches the signals that are not
/// ignored (before COMMAND starts, so none is lost). Caught signals are reset to their defaults
/// in COMMAND when it starts (exec), so COMMAND handles them its own way. `own_session`: COMMAND
/// runs on a pseudo-terminal in a session of its own (`run_pty.rs` sets that up): every signal
/// `run` gets is passed on, as for a group of its own. Called again for each restart of
/// COMMAND (`--restart-on-change`); the handlers are installed once.
pub fn install(cmd: &mut Command, own_session: bool) {
    let own_group = own_session || !in_terminal_foreground();
    OWN_GROUP.store(own_group, Ordering::SeqCst);
    // SAFETY: getsid(0) only reads our own session.
    SESSION_LEADER.store(unsafe { libc::getsid(0) }, Ordering::SeqCst);
    if own_group {
        if !own_session {
            cmd.process_group(0);
        }
        #[cfg(any(target_os = "linux", target_os = "android"))]
        {
            // SAFETY: getpid is always safe.
            let run_pid = unsafe { libc::getpid() };
            // SAFETY: between fork and exec only async-signal-safe calls: prctl, getppid.
            unsafe {
                cmd.pre_exec(move || {
                    if libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGTERM) != 0 {
                        return Err(std::io::Error::last_os_error());
                    }
                    // `run` died before the line above: nobody would pass signals on.
                    if libc::getppid() != run_pid {
                        return Err(std::io::Error::other("okx-key-assistant run has ended"));
                    }
                    Ok(())
                });
            }
        }
    }
    if INSTALLED.swap(true, Ordering::SeqCst) {
        return;
    }
    let mut saved = SAVED.lock().unwrap_or_else(|e| e.into_inner());
    for sig in SIGNALS {
        // SAFETY: a zeroed sigaction is valid; the handler only does async-signal-safe work
        // (atomics, kill, and on Linux reading the siginfo).
        unsafe {
            let mut old: libc::sigaction = std::mem::zeroed();
            if libc::sigaction(sig, std::ptr::null(), &mut old) != 0 || old.sa_sigaction == libc::SIG_IGN {
                continue;
            }
            let mut action: libc::sigaction = std::mem::zeroed();
            action.sa_sigaction = on_signal as *const () as usize;
            action.sa_flags = libc::SA_SIGINFO | libc::SA_RESTART;
            libc::sigemptyset(&mut action.sa_mask);
            if libc::sigaction(sig, &action, &mut old) == 0 {
                saved.push((sig, old));
            } else {
                tracing::warn!(signal = sig, "could not catch a signal to pass it on");
            }
        }
    }
}

/// Puts back the dispositions [`install`] replaced, exactly as they were.
pub fn restore() {
    INSTALLED.store(false, Ordering::SeqCst);
    let mut saved = SAVED.lock().unwrap_or_else(|e| e.into_inner());
    for (sig, old) in saved.drain(..) {
        // SAFETY: a sigaction the kernel gave us earlier.
        unsafe {
            libc::sigaction(sig, &old, std::ptr::null_mut());
        }
    }
}

/// From now on signals go to `pid` (0: to nobody). Signals that came while there was none
/// are sent now.
pub fn forward_to(pid: u32) {
    let pid = i32::try_from(pid).unwrap_or(0);
    CHILD.store(pid, Ordering::SeqCst);
    send_pending(pid);
}

/// Sends `pid` (when there is one) the signals that came while there was none; each is taken
/// once, by whichever of the handler and [`forward_to`] gets to it first.
fn send_pending(pid: libc::pid_t) {
    if pid <= 0 {
        return;
    }
    let pending = PENDING.swap(0, Ordering::SeqCst);
    for sig in SIGNALS {
        if pending & (1 << sig) != 0 {
            // SAFETY: plain kill(2) on the child we started; async-signal-safe.
            unsafe {
                libc::kill(pid, sig);
            }
        }
    }
}

/// A signal that came while no COMMAND ran (between a stop and a restart), taken: `run` then
/// ends instead of starting COMMAND again.
pub fn take_pending() -> Option<i32> {
    let pending = PENDING.swap(0, Ordering::SeqCst);
    SIGNALS.into_iter().find(|sig| pending & (1 << sig) != 0)
}

/// Sends COMMAND SIGTERM (`--restart-on-change` stopping it for a replaced key).
pub fn terminate(pid: u32) {
    if let Ok(pid) = i32::try_from(pid) {
        // SAFETY: plain kill(2) on the child we started and have not reaped yet.
        unsafe {
            libc::kill(pid, libc::SIGTERM);
        }
    }
}
