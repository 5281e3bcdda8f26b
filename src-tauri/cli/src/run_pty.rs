//! `run` on a pseudo-terminal (Unix): when `run`'s standard output is a terminal (and the output
//! is masked), COMMAND gets a pseudo-terminal of its own, so it sees a terminal (`isatty`),
//! colours, prompts and full-screen programs work, and what it prints still goes through the
//! mask (read from the pty's master side).
//!
//! - COMMAND's standard output is the pty; so are its standard input and standard error when
//!   `run`'s own are terminals (otherwise they stay as they are: a pipe, a file). COMMAND runs
//!   in a session of its own with the pty as its controlling terminal (`setsid`, `TIOCSCTTY`),
//!   so Ctrl-C typed reaches it through the pty (as a key, turned into SIGINT by the pty).
//! - `run`'s terminal is put in raw mode while COMMAND runs (when `run` is in its foreground):
//!   every key goes to COMMAND as typed. Its mode is put back when COMMAND ends, however it
//!   ends, when `run` is signalled (the signal is passed on, COMMAND ends, `run` restores), and on
//!   a panic (a hook, as release builds abort). Only SIGKILL of `run` itself leaves it raw
//!   (`reset` or `stty sane` repairs it).
//! - The pty starts with the user's terminal settings and window size; SIGWINCH passes later
//!   sizes on (the kernel then sends COMMAND its own SIGWINCH).
//! - Ctrl-Z stops COMMAND inside its pty, not the job in the user's shell: for job control use
//!   `--no-mask`.
//!
//! Uses rustix's `pty` and `termios` (already in the dependency tree) and libc where only
//! async-signal-safe calls may be made (between fork and exec, in a signal handler).

use rustix::fs::{Mode, OFlags};
use rustix::pty::{grantpt, openpt, ptsname, unlockpt, OpenptFlags};
use rustix::termios::{isatty, tcgetattr, tcgetwinsize, tcsetattr, tcsetwinsize, OptionalActions, Termios};
use std::fs::File;
use std::io::{self, Read, Write};
use std::os::fd::{AsRawFd, OwnedFd};
use std::os::unix::process::CommandExt;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, AtomicI32, Ordering};
use std::sync::{Arc, Mutex, Once};

/// Which of `run`'s standard streams are terminals, when its standard output is one.
#[derive(Debug, Clone, Copy)]
pub struct Terminal {
    pub stdin: bool,
    pub stderr: bool,
}

impl Terminal {
    /// `Some` when COMMAND should get a pty: `run`'s standard output is a terminal.
    pub fn detect() -> Option<Terminal> {
        if !isatty(io::stdout()) {
            return None;
        }
        Some(Terminal {
            stdin: isatty(io::stdin()),
            stderr: isatty(io::stderr()),
        })
    }
}

/// Where typed keys go: the master of the COMMAND that runs now (none between restarts).
pub type Keys = Arc<Mutex<Option<File>>>;

/// One pseudo-terminal for one COMMAND.
pub struct Pty {
    master: File,
    slave: Option<OwnedFd>,
    term: Terminal,
}

impl Pty {
    /// Opens a pty with the settings and window size of `run`'s terminal.
    pub fn open(term: Terminal) -> io::Result<Pty> {
        let master = openpt(OpenptFlags::RDWR | OpenptFlags::NOCTTY | OpenptFlags::CLOEXEC)?;
        grantpt(&master)?;
        unlockpt(&master)?;
        let name = ptsname(&master, Vec::new())?;
        let slave = rustix::fs::open(
            name.as_c_str(),
            OFlags::RDWR | OFlags::NOCTTY | OFlags::CLOEXEC,
            Mode::empty(),
        )?;
        if let Some(mode) = own_mode() {
            let _ = tcsetattr(&slave, OptionalActions::Now, &mode);
        }
        if let Ok(size) = tcgetwinsize(io::stdout()) {
            let _ = tcsetwinsize(&master, size);
        }
        Ok(Pty {
            master: File::from(master),
            slave: Some(slave),
            term,
        })
    }

    /// Gives COMMAND the pty: standard output, standard input and standard error as
    /// [`Terminal`] says, a session of its own, the pty as its controlling terminal.
    pub fn attach(&self, cmd: &mut Command) -> io::Result<()> {
        let slave = self
            .slave
            .as_ref()
            .ok_or_else(|| io::Error::other("the pty is closed"))?;
        cmd.stdout(Stdio::from(slave.try_clone()?));
        if self.term.stdin {
            cmd.stdin(Stdio::from(slave.try_clone()?));
        }
        if self.term.stderr {
            cmd.stderr(Stdio::from(slave.try_clone()?));
        }
        // SAFETY: between fork and exec only async-signal-safe calls (setsid, ioctl). Standard
        // output (1) is the pty's slave by then.
        unsafe {
            cmd.pre_exec(|| {
                if libc::setsid() < 0 || libc::ioctl(1, libc::TIOCSCTTY as _, 0) < 0 {
                    return Err(io::Error::last_os_error());
                }
                Ok(())
            });
        }
        Ok(())
    }

    /// After COMMAND started: `run` closes its copy of the slave side (so reading the master
    /// ends when COMMAND and what it started have closed theirs), and sends typed keys and
    /// window sizes to this pty. Returns the master to read COMMAND's output from.
    pub fn started(&mut self, keys: &Keys) -> io::Result<File> {
        self.slave = None;
        let reader = self.master.try_clone()?;
        if self.term.stdin {
            *keys.lock().unwrap_or_else(|e| e.into_inner()) = Some(self.master.try_clone()?);
        }
        follow_window_size(self.master.as_raw_fd());
        Ok(reader)
    }

    /// COMMAND ended: keys and window sizes go nowhere until the next one starts.
    pub fn ended(&self, keys: &Keys) {
        *keys.lock().unwrap_or_else(|e| e.into_inner()) = None;
        WINCH_MASTER.store(-1, Ordering::SeqCst);
    }
}

/// Copies what is typed on `run`'s standard input to the pty of the COMMAND that runs now
/// (for as long as `run` runs; keys typed between restarts are dropped).
pub fn forward_keys(keys: Keys) {
    std::thread::spawn(move || {
        let mut buf = zeroize::Zeroizing::new(vec![0u8; 1024]);
        let mut stdin = io::stdin();
        loop {
            match stdin.read(&mut buf) {
                Ok(0) => break,
                Ok(n) => {
                    if let Some(master) = keys.lock().unwrap_or_else(|e| e.into_inner()).as_mut() {
                        let _ = master.write_all(&buf[..n]);
                    }
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(_) => break,
            }
        }
    });
}

/// The master of the pty whose size follows `run`'s terminal (-1: none).
static WINCH_MASTER: AtomicI32 = AtomicI32::new(-1);
static WINCH_INSTALLED: AtomicBool = AtomicBool::new(false);

extern "C" fn on_winch(_: libc::c_int) {
    let master = WINCH_MASTER.load(Ordering::SeqCst);
    if master < 0 {
        return;
    }
    // SAFETY: ioctl is async-signal-safe; a zeroed winsize is valid.
    unsafe {
        let mut size: libc::winsize = std::mem::zeroed();
        if libc::ioctl(1, libc::TIOCGWINSZ, &mut size) == 0 {
            libc::ioctl(master, libc::TIOCSWINSZ, &size);
        }
    }
}

fn follow_window_size(master: libc::c_int) {
    WINCH_MASTER.store(master, Ordering::SeqCst);
    if WINCH_INSTALLED.swap(true, Ordering::SeqCst) {
        return;
    }
    // SAFETY: a zeroed sigaction is valid; the handler only makes ioctl calls.
    unsafe {
        let mut action: libc::sigaction = std::mem::zeroed();
        action.sa_sigaction = on_winch as *const () as usize;
        action.sa_flags = libc::SA_RESTART;
        libc::sigemptyset(&mut action.sa_mask);
        libc::sigaction(libc::SIGWINCH, &action, std::ptr::null_mut());
    }
}

/// `run`'s terminal mode before raw mode, and the raw mode: put back by [`restore_mode`].
static MODES: Mutex<Option<(Termios, Termios)>> = Mutex::new(None);

/// `run`'s terminal in raw mode while it lives; its mode is put back when dropped.
pub struct RawMode(());

impl RawMode {
    /// Raw mode for `run`'s standard input, when it is a terminal whose foreground is `run`.
    pub fn enter() -> Option<RawMode> {
        let stdin = io::stdin();
        // SAFETY: tcgetpgrp and getpgrp only read.
        let foreground = unsafe { libc::tcgetpgrp(stdin.as_raw_fd()) == libc::getpgrp() };
        if !isatty(&stdin) || !foreground {
            return None;
        }
        let saved = tcgetattr(&stdin).ok()?;
        let mut raw = saved.clone();
        raw.make_raw();
        static HOOK: Once = Once::new();
        HOOK.call_once(|| {
            let previous = std::panic::take_hook();
            std::panic::set_hook(Box::new(move |info| {
                restore_mode();
                previous(info);
            }));
        });
        *MODES.lock().unwrap_or_else(|e| e.into_inner()) = Some((saved, raw.clone()));
        tcsetattr(&stdin, OptionalActions::Now, &raw).ok()?;
        Some(RawMode(()))
    }

    /// Runs `f` (which prints `run`'s own lines) with the terminal's own mode, then raw again.
    pub fn paused<T>(&self, f: impl FnOnce() -> T) -> T {
        restore_mode();
        let out = f();
        if let Some((_, raw)) = MODES.lock().unwrap_or_else(|e| e.into_inner()).as_ref() {
            let _ = tcsetattr(io::stdin(), OptionalActions::Now, raw);
        }
        out
    }
}

impl Drop for RawMode {
    fn drop(&mut self) {
        restore_mode();
        *MODES.lock().unwrap_or_else(|e| e.into_inner()) = None;
    }
}

/// `run`'s terminal's own mode (as before raw mode).
fn own_mode() -> Option<Termios> {
    let saved = MODES
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .as_ref()
        .map(|(saved, _)| saved.clone());
    saved.or_else(|| tcgetattr(io::stdout()).ok())
}

/// Puts `run`'s terminal back in the mode it had before raw mode, if it was changed.
fn restore_mode() {
    // try_lock: from the panic hook, the lock may be held by the panicking thread.
    if let Ok(modes) = MODES.try_lock() {
        if let Some((saved, _)) = modes.as_ref() {
            let _ = tcsetattr(io::stdin(), OptionalActions::Now, saved);
        }
    }
}
