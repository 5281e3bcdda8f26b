//! The texts the daily run is installed with: a systemd user service and timer (daily,
//! `Persistent=true`, a randomized delay) and, where no systemd user manager runs, an XDG
//! autostart entry that runs the same at login. Each runs `okx-key-assistant check --notify`.

use std::path::Path;

/// The units' and the entry's file names.
pub const SERVICE: &str = "okx-key-assistant-watch.service";
pub const TIMER: &str = "okx-key-assistant-watch.timer";
pub const AUTOSTART: &str = "okx-key-assistant-watch.desktop";

/// The systemd service that runs one check (exit 1 and 3 are findings, not a failed unit).
pub fn service(program: &Path) -> String {
    format!(
        "[Unit]\n\
         Description=OKX Key Assistant: test the saved API keys and tell the user when one needs them\n\
         \n\
         [Service]\n\
         Type=oneshot\n\
         ExecStart={} check --notify\n\
         SuccessExitStatus=1 3\n\
         # The small listener for \"Open My keys\" outlives the check (at most an hour).\n\
         KillMode=process\n",
        systemd_word(&program.to_string_lossy())
    )
}

/// The timer: daily, caught up after the computer was off, at a random time in the first hour.
pub fn timer() -> String {
    format!(
        "[Unit]\n\
         Description=OKX Key Assistant: test the saved API keys every day\n\
         \n\
         [Timer]\n\
         OnCalendar=daily\n\
         Persistent=true\n\
         RandomizedDelaySec=1h\n\
         Unit={SERVICE}\n\
         \n\
         [Install]\n\
         WantedBy=timers.target\n"
    )
}

/// The XDG autostart entry: the same check at each login.
pub fn autostart(program: &Path) -> String {
    format!(
        "[Desktop Entry]\n\
         Type=Application\n\
         Name=OKX Key Assistant key check\n\
         Comment=Tests the saved OKX API keys and tells you when one needs you\n\
         Exec={} check --notify\n\
         NoDisplay=true\n\
         Terminal=false\n\
         X-GNOME-Autostart-enabled=true\n",
        desktop_word(&program.to_string_lossy())
    )
}

/// A path as one word of a systemd command line (`%` and `$` are systemd's own, doubled).
fn systemd_word(s: &str) -> String {
    let s = s.replace('%', "%%").replace('$', "$$");
    if s.chars().all(|c| c.is_ascii_alphanumeric() || "/._+-".contains(c)) {
        s
    } else {
        format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
    }
}

/// A path as one word of a desktop entry's `Exec` (the spec's quoting, then its string escape).
fn desktop_word(s: &str) -> String {
    let s = s.replace('%', "%%");
    if s.chars().all(|c| c.is_ascii_alphanumeric() || "/._+-".contains(c)) {
        return s;
    }
    let mut quoted = String::from("\"");
    for c in s.chars() {
        if "\"`$\\".contains(c) {
            quoted.push('\\');
        }
        quoted.push(c);
    }
    quoted.push('"');
    quoted.replace('\\', "\\\\")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn units_run_check_notify_daily_persistent_with_a_random_delay() {
        let s = service(Path::new("/usr/bin/okx-key-assistant"));
        assert!(
            s.contains("ExecStart=/usr/bin/okx-key-assistant check --notify\n"),
            "{s}"
        );
        let t = timer();
        for line in [
            "OnCalendar=daily",
            "Persistent=true",
            "RandomizedDelaySec=",
            "WantedBy=timers.target",
        ] {
            assert!(t.contains(line), "{line}: {t}");
        }
        let a = autostart(Path::new("/usr/bin/okx-key-assistant"));
        assert!(a.contains("Exec=/usr/bin/okx-key-assistant check --notify\n"), "{a}");
    }

    #[test]
    fn odd_paths_are_quoted() {
        let p = Path::new("/home/u/my apps/50%/okx-key-assistant");
        assert!(service(p).contains("ExecStart=\"/home/u/my apps/50%%/okx-key-assistant\" check"));
        assert!(autostart(p).contains("Exec=\"/home/u/my apps/50%%/okx-key-assistant\" check"));
        assert_eq!(desktop_word("/a/$b"), "\"/a/\\\\$b\"");
    }
}
