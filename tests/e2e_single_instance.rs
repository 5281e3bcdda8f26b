//! One window at a time: a second launch of the app (a second double-click) brings the first
//! window to the front and exits, so two windows never write the same progress file. The CLI is
//! not affected: it runs beside an open window.

mod common;
use common::deadline::{self, InTime};
use common::*;
use std::process::Command;
use std::time::Duration;

/// Windows named like the app's, as the window manager sees them.
fn app_windows() -> usize {
    let out = Command::new("xdotool")
        .args(["search", "--name", "^OKX Key Assistant$"])
        .output_in_time()
        .expect("xdotool");
    String::from_utf8_lossy(&out.stdout).lines().count()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_second_launch_hands_over_to_the_first_window() {
    if !e2e_enabled("a_second_launch_hands_over_to_the_first_window") {
        return;
    }
    let _guard = WINDOW_LOCK.lock().await;
    let home = tempfile::tempdir().unwrap();
    let app = App::launch(home.path(), &[]).await;
    app.click("#next").await;
    let step = app.step().await;
    assert_eq!(app_windows(), 1);

    // The second launch, as a double-click would start it: same user, same data folder.
    let mut second = Command::new(common::programs::cli());
    second
        .env("XDG_DATA_HOME", home.path().join("data"))
        .env("XDG_CONFIG_HOME", home.path().join("config"))
        .env("XDG_CACHE_HOME", home.path().join("cache"))
        .env("NO_AT_BRIDGE", "1");
    let out = deadline::output_within(&mut second, Duration::from_secs(30), "a second launch of the app");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));

    // Still one window, the first, on the step it was on.
    assert_eq!(app_windows(), 1, "a second window opened");
    assert_eq!(app.step().await, step);
    let log = home
        .path()
        .join("data/app.okx-key-assistant.desktop/logs/okx-key-assistant.log");
    let mut told = false;
    for _ in 0..50 {
        told = std::fs::read_to_string(&log)
            .unwrap_or_default()
            .contains("a second launch: bringing the window to the front");
        if told {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(told, "the first window was not told of the second launch");

    // The command line runs beside the open window.
    let cli = Command::new(common::programs::cli())
        .args(["list", "--json"])
        .env("XDG_DATA_HOME", home.path().join("data"))
        .output_in_time()
        .unwrap();
    assert!(cli.status.success(), "{}", String::from_utf8_lossy(&cli.stderr));

    // A first window that is frozen (stopped here) never answers: the second launch says so
    // within its hand-over limit instead of waiting for ever.
    let pids = app.app_pids();
    assert!(!pids.is_empty(), "the app's process was not found");
    for pid in &pids {
        // SAFETY: signals to our own test's child processes.
        unsafe { libc::kill(*pid, libc::SIGSTOP) };
    }
    let mut third = Command::new(common::programs::cli());
    third
        .env("XDG_DATA_HOME", home.path().join("data"))
        .env("XDG_CONFIG_HOME", home.path().join("config"))
        .env("NO_AT_BRIDGE", "1")
        .env("OKX_KEY_ASSISTANT_HANDOVER_SECONDS", "5");
    let started = std::time::Instant::now();
    let out = deadline::output_within(&mut third, Duration::from_secs(30), "a launch beside a frozen window");
    for pid in &pids {
        unsafe { libc::kill(*pid, libc::SIGCONT) };
    }
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("already open, but its window does not answer"),
        "{stderr}"
    );
    assert!(started.elapsed() < Duration::from_secs(20), "{:?}", started.elapsed());
    app.close().await;
}
