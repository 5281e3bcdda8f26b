//! Keeps the secrets this process holds out of core dumps and out of reach of other programs
//! of the same user, as KeePassXC does: called first thing in `main`, for the window and for
//! every command of the CLI.
//!
//! On Linux: the core-file limit is set to 0 (soft and hard, so the process cannot raise it
//! again) and the process is marked not dumpable (`prctl(PR_SET_DUMPABLE, 0)`), which also
//! stops a debugger or `/proc/PID/mem` reader running as the same user (without root or
//! `CAP_SYS_PTRACE`) from attaching. Elsewhere on Unix only the core limit applies. It does not
//! protect against root, against the kernel's own swap (the keychain daemon and WebKit are
//! separate processes with their own rules), or against malware that the user runs before the
//! app starts.

/// What [`apply`] achieved, read back from the kernel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DumpState {
    /// No core file can be written (RLIMIT_CORE is 0, soft and hard).
    pub core_limit_zero: bool,
    /// The process is not dumpable (Linux only; `None` where the question does not exist).
    pub dumpable: Option<bool>,
}

/// Turns core dumps off and, on Linux, makes the process non-dumpable. Never fails: a platform
/// that refuses is logged by the caller from the returned state.
pub fn apply() -> DumpState {
    #[cfg(unix)]
    {
        let zero = libc::rlimit {
            rlim_cur: 0,
            rlim_max: 0,
        };
        // SAFETY: setrlimit reads a valid, initialised struct.
        unsafe {
            libc::setrlimit(libc::RLIMIT_CORE, &zero);
        }
        #[cfg(target_os = "linux")]
        // SAFETY: PR_SET_DUMPABLE takes plain integer arguments.
        unsafe {
            libc::prctl(libc::PR_SET_DUMPABLE, 0 as libc::c_ulong, 0, 0, 0);
        }
    }
    state()
}

/// The current state, read back from the kernel.
pub fn state() -> DumpState {
    #[cfg(unix)]
    {
        let mut limit = libc::rlimit {
            rlim_cur: 1,
            rlim_max: 1,
        };
        // SAFETY: getrlimit writes into a valid struct.
        let ok = unsafe { libc::getrlimit(libc::RLIMIT_CORE, &mut limit) } == 0;
        #[cfg(target_os = "linux")]
        // SAFETY: PR_GET_DUMPABLE takes no pointer and returns 0, 1 or 2.
        let dumpable = Some(unsafe { libc::prctl(libc::PR_GET_DUMPABLE, 0, 0, 0, 0) } != 0);
        #[cfg(not(target_os = "linux"))]
        let dumpable = None;
        DumpState {
            core_limit_zero: ok && limit.rlim_cur == 0 && limit.rlim_max == 0,
            dumpable,
        }
    }
    #[cfg(not(unix))]
    {
        DumpState {
            core_limit_zero: false,
            dumpable: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn after_apply_no_core_file_and_not_dumpable() {
        let s = apply();
        assert!(s.core_limit_zero, "{s:?}");
        assert_eq!(state(), s, "the state read back is the one reported");
        #[cfg(target_os = "linux")]
        assert_eq!(s.dumpable, Some(false));
        // The hard limit is 0 too: the process cannot turn core files back on.
        let back = libc::rlimit {
            rlim_cur: 1 << 20,
            rlim_max: 1 << 20,
        };
        // SAFETY: as above.
        let raised = unsafe { libc::setrlimit(libc::RLIMIT_CORE, &back) } == 0;
        let is_root = unsafe { libc::geteuid() } == 0;
        if !is_root {
            assert!(!raised, "an unprivileged process cannot raise its hard limit again");
        } else {
            // Root may raise it; put it back to zero.
            apply();
        }
    }
}
