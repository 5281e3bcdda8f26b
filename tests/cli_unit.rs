//! `okx-key-assistant unit` (issue 27): the systemd user service it prints starts the bot
//! through `run` by this program's absolute path, with `Restart=on-failure` and
//! `KillMode=mixed`, holds no secret (even with the key in the environment), and
//! `systemd-analyze --user verify` accepts it for two profiles, with and without
//! `--restart-on-change`, and with arguments systemd must have quoted (spaces, `%`, `$`).
//! `--user` needs a runtime folder: the test gives it a private one (XDG_RUNTIME_DIR).
#![cfg(target_os = "linux")]

mod cli_common;

use cli_common::*;
use okx_simulator::practice_account;
use std::process::Command;
use std::time::Duration;

#[test]
fn the_unit_for_two_profiles_passes_systemd_analyze_verify_and_holds_no_secret() {
    let dir = tempfile::tempdir().unwrap();
    let runtime = dir.path().join("runtime");
    std::fs::create_dir(&runtime).unwrap();
    std::fs::set_permissions(&runtime, std::os::unix::fs::PermissionsExt::from_mode(0o700)).unwrap();
    let a = practice_account("good").unwrap();
    let env: Vec<(&str, String)> = key_env(&a).into_iter().collect();
    let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let exe = std::fs::canonicalize(bin()).unwrap();
    for (i, extra) in [
        &["--profile", "freqtrade"][..],
        &["--profile", "okx-agent", "--restart-on-change"][..],
    ]
    .iter()
    .enumerate()
    {
        let mut args = vec!["unit", "Unit_Bot"];
        args.extend_from_slice(extra);
        args.extend(["--", "sh", "-c", "echo \"50% of $HOME\"; exec sleep 1"]);
        let r = cli(&args, &env);
        assert_eq!(r.code, 0, "{}\n{}", r.stdout, r.stderr);
        assert_no_secrets(&r, &a);
        let exec = r
            .stdout
            .lines()
            .find(|l| l.starts_with("ExecStart="))
            .expect("an ExecStart line");
        assert!(
            exec.starts_with(&format!("ExecStart={} run Unit_Bot {}", exe.display(), extra.join(" "))),
            "{exec}"
        );
        assert!(exec.contains(" -- /"), "COMMAND by its absolute path: {exec}");
        assert!(exec.contains("\"echo \\\"50%% of $$HOME\\\"; exec sleep 1\""), "{exec}");
        for line in [
            "Restart=on-failure",
            "KillMode=mixed",
            "RestartPreventExitStatus=2 3",
            "WantedBy=default.target",
        ] {
            assert!(r.stdout.lines().any(|l| l == line), "{line} is not in\n{}", r.stdout);
        }
        let file = dir.path().join(format!("okx-bot-{i}.service"));
        std::fs::write(&file, &r.stdout).unwrap();
        let out = deadline::output_within(
            Command::new("systemd-analyze")
                .args(["--user", "verify"])
                .arg(&file)
                .env("XDG_RUNTIME_DIR", &runtime),
            Duration::from_secs(60),
            "systemd-analyze --user verify",
        );
        let said = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(
            out.status.success() && !said.contains(&*file.to_string_lossy()),
            "{said}\n{}",
            r.stdout
        );
    }
    // Usage mistakes: exit 2.
    for args in [
        &["unit"][..],
        &["unit", "Unit_Bot"],
        &["unit", "Unit_Bot", "--profile", "bogus", "--", "true"],
    ] {
        assert_eq!(cli(args, &[]).code, 2, "{args:?}");
    }
}
