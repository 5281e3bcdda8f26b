//! `okx-key-assistant watch on|off|status` (issue 26): the real binary installs the daily test
//! in a private configuration folder, `systemd-analyze verify` accepts the generated units, and
//! `off` removes exactly what `on` wrote (a unit of someone else beside them stays). Needs no
//! keyring: the units only name `check --notify`.
#![cfg(target_os = "linux")]

mod cli_common;

use cli_common::deadline;
use cli_common::*;
use serde_json::Value;
use std::path::Path;
use std::process::Command;

fn watch(home: &Path, args: &[&str]) -> Run {
    let data = home.join("data");
    let config = home.join("config");
    let (data, config) = (data.to_str().unwrap(), config.to_str().unwrap());
    cli(
        args,
        &[
            ("XDG_DATA_HOME", data),
            ("XDG_CONFIG_HOME", config),
            ("XDG_RUNTIME_DIR", "/nonexistent"),
        ],
    )
}

#[test]
fn watch_on_writes_units_systemd_accepts_and_off_removes_exactly_them() {
    let home = tempfile::tempdir().unwrap();
    let units = home.path().join("config/systemd/user");
    std::fs::create_dir_all(&units).unwrap();
    let other = units.join("someone-else.service");
    std::fs::write(&other, "[Service]\nExecStart=/bin/true\n").unwrap();

    let off = watch(home.path(), &["watch", "status"]);
    assert_eq!(off.code, 0, "{}{}", off.stdout, off.stderr);
    assert!(off.stdout.starts_with("Off:"), "{}", off.stdout);

    let on = watch(home.path(), &["watch", "on", "--via", "systemd"]);
    assert_eq!(on.code, 0, "{}{}", on.stdout, on.stderr);
    let service = units.join("okx-key-assistant-watch.service");
    let timer = units.join("okx-key-assistant-watch.timer");
    let link = units.join("timers.target.wants/okx-key-assistant-watch.timer");
    let text = std::fs::read_to_string(&service).unwrap();
    assert!(text.contains(&format!("ExecStart={} check --notify", bin())), "{text}");
    assert!(std::fs::read_to_string(&timer).unwrap().contains("Persistent=true"));
    assert!(link.symlink_metadata().is_ok());

    // systemd's own check of the generated units.
    let out = deadline::output(
        Command::new("systemd-analyze")
            .args(["verify", "--man=no"])
            .arg(&service)
            .arg(&timer),
        "systemd-analyze verify",
    );
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "systemd-analyze verify refused the units:\n{said}"
    );
    assert!(
        !said.contains("okx-key-assistant-watch") || !said.to_lowercase().contains("error"),
        "{said}"
    );

    let status = watch(home.path(), &["watch", "status", "--json"]);
    let v: Value = serde_json::from_str(&status.stdout).unwrap();
    assert_eq!(v["on"], true, "{v}");
    assert_eq!(v["via"], "systemd", "{v}");

    let gone = watch(home.path(), &["watch", "off"]);
    assert_eq!(gone.code, 0, "{}{}", gone.stdout, gone.stderr);
    assert!(!service.exists() && !timer.exists() && link.symlink_metadata().is_err());
    assert!(other.exists(), "off removed a file it did not write");
    let again = watch(home.path(), &["watch", "off"]);
    assert!(again.stdout.contains("already off"), "{}", again.stdout);
}

#[test]
fn watch_on_without_a_systemd_user_manager_uses_an_autostart_entry_in_russian_too() {
    let home = tempfile::tempdir().unwrap();
    let on = watch(home.path(), &["--lang", "ru", "watch", "on"]);
    assert_eq!(on.code, 0, "{}{}", on.stdout, on.stderr);
    assert!(on.stdout.contains("при каждом входе"), "{}", on.stdout);
    let entry = home.path().join("config/autostart/okx-key-assistant-watch.desktop");
    let text = std::fs::read_to_string(&entry).unwrap();
    assert!(text.contains(&format!("Exec={} check --notify", bin())), "{text}");
    let out = deadline::output(
        Command::new("desktop-file-validate").arg(&entry),
        "desktop-file-validate",
    );
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stdout));
    assert_eq!(watch(home.path(), &["watch", "off"]).code, 0);
    assert!(!entry.exists());
}

#[test]
fn watch_usage_mistakes_exit_two() {
    let home = tempfile::tempdir().unwrap();
    assert_eq!(watch(home.path(), &["watch"]).code, 2);
    assert_eq!(watch(home.path(), &["watch", "on", "--via", "cron"]).code, 2);
    assert_eq!(watch(home.path(), &["watch", "sometimes"]).code, 2);
}
