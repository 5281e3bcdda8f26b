//! `save`'s paste prompt on a terminal: the terminal's echo is off while the three values are
//! read, so they never appear on screen (or in the terminal's scrollback), and it is put back
//! exactly as it was on every way out: the read ending, an error, a panic, and Ctrl-C, a hang-up,
//! SIGTERM or SIGQUIT (the handler restores the terminal, puts back the signal's previous
//! disposition and raises it again, so the program still ends the way the signal says).
//! Signals that were ignored when the prompt started stay ignored. Line breaks are still
//! echoed (`ECHONL`) so the user sees each pasted line arrive. Unix only; elsewhere the prompt
//! says that what is pasted shows.

#[cfg(unix)]
pub use unix::EchoOff;

#[cfg(unix)]
mod unix {
    use std::sync::atomic::{AtomicPtr, Ordering};

    /// The signals that end `save` from the keyboard or from outside.
    const SIGNALS: [libc::c_int; 4] = [libc::SIGINT, libc::SIGTERM, libc::SIGHUP, libc::SIGQUIT];

    /// What the signal handler needs: the terminal as it was, and each signal's previous action.
    struct Saved {
        fd: libc::c_int,
        termios: libc::termios,
        previous: Vec<(libc::c_int, libc::sigaction)>,
    }

    /// Set while echo is off. The handler only reads it (async-signal-safe: an atomic load).
    /// Each `Saved` is leaked on purpose (a few hundred bytes, once per `save`), so a handler
    /// that runs while the guard drops never reads freed memory.
    static SAVED: AtomicPtr<Saved> = AtomicPtr::new(std::ptr::null_mut());

    /// Echo off on standard input's terminal until dropped.
    pub struct EchoOff {
        saved: &'static Saved,
    }

    impl EchoOff {
        /// Turns echo off on standard input, if it is a terminal; `None` (nothing changed) when
        /// it is not or the terminal refuses.
        pub fn stdin() -> Option<EchoOff> {
            let fd = libc::STDIN_FILENO;
            // SAFETY: isatty/tcgetattr only read the terminal's settings into `termios`.
            let mut termios: libc::termios = unsafe { std::mem::zeroed() };
            if unsafe { libc::isatty(fd) } != 1 || unsafe { libc::tcgetattr(fd, &mut termios) } != 0 {
                return None;
            }
            let mut quiet = termios;
            quiet.c_lflag &= !(libc::ECHO | libc::ECHOE | libc::ECHOK);
            quiet.c_lflag |= libc::ECHONL;
            // Handlers first: a signal that comes before `SAVED` is set finds it empty and ends
            // the program as it would have (the terminal is still untouched then).
            let previous = catch_signals();
            let saved: &'static Saved = Box::leak(Box::new(Saved { fd, termios, previous }));
            SAVED.store(saved as *const Saved as *mut Saved, Ordering::SeqCst);
            // SAFETY: sets the terminal's flags from a copy of its own settings.
            if unsafe { libc::tcsetattr(fd, libc::TCSAFLUSH, &quiet) } != 0 {
                // Puts the signals back (and the terminal, unchanged anyway).
                drop(EchoOff { saved });
                return None;
            }
            Some(EchoOff { saved })
        }
    }

    impl Drop for EchoOff {
        fn drop(&mut self) {
            // SAFETY: puts back the settings read in `stdin`, then each signal's own action.
            unsafe {
                libc::tcsetattr(self.saved.fd, libc::TCSAFLUSH, &self.saved.termios);
            }
            SAVED.store(std::ptr::null_mut(), Ordering::SeqCst);
            for (sig, action) in &self.saved.previous {
                unsafe {
                    libc::sigaction(*sig, action, std::ptr::null_mut());
                }
            }
        }
    }

    /// Installs `on_signal` for each signal that is not ignored; returns the actions replaced.
    fn catch_signals() -> Vec<(libc::c_int, libc::sigaction)> {
        let mut replaced = Vec::new();
        for sig in SIGNALS {
            // SAFETY: reads the current action, then installs a handler that only calls
            // async-signal-safe functions (tcsetattr, sigaction, raise).
            unsafe {
                let mut old: libc::sigaction = std::mem::zeroed();
                if libc::sigaction(sig, std::ptr::null(), &mut old) != 0 || old.sa_sigaction == libc::SIG_IGN {
                    continue;
                }
                let mut new: libc::sigaction = std::mem::zeroed();
                new.sa_sigaction = on_signal as extern "C" fn(libc::c_int) as libc::sighandler_t;
                libc::sigemptyset(&mut new.sa_mask);
                if libc::sigaction(sig, &new, std::ptr::null_mut()) == 0 {
                    replaced.push((sig, old));
                }
            }
        }
        replaced
    }

    /// Puts the terminal back, then the signal's previous action, and raises it again (it is
    /// delivered when this handler returns, with that action: by default the program ends).
    extern "C" fn on_signal(sig: libc::c_int) {
        let saved = SAVED.load(Ordering::SeqCst);
        // SAFETY: `saved` is null or a leaked, never-freed `Saved`; only async-signal-safe calls.
        unsafe {
            if let Some(saved) = saved.as_ref() {
                libc::tcsetattr(saved.fd, libc::TCSANOW, &saved.termios);
                match saved.previous.iter().find(|(s, _)| *s == sig) {
                    Some((_, action)) => {
                        libc::sigaction(sig, action, std::ptr::null_mut());
                    }
                    None => {
                        libc::signal(sig, libc::SIG_DFL);
                    }
                }
            } else {
                libc::signal(sig, libc::SIG_DFL);
            }
            libc::raise(sig);
        }
    }
}
