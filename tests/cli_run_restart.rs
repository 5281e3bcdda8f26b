//! `okx-key-assistant run --restart-on-change` (issue 27): a bot that prints the first 8
//! characters of its API key every half second gets the new key within grace + 5 s of `save
//! --replace`; a replacement that can withdraw is never handed over (the bot is stopped, exit 3);
//! a deleted key stops the bot (exit 2); no secret, old or new, reaches the output (the bot
//! prints them all the time). Needs the private keyring session:
//!
//! ```text
//! tests/session.sh cargo test --test cli_run_restart
//! ```
#![cfg(target_os = "linux")]

mod cli_common;

use cli_common::keyring::{clear, have_keyring, store};
use cli_common::*;
use okx_simulator::{practice_account, SimAccount};
use std::io::{BufRead, BufReader};
use std::process::{Child, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

const GRACE: u64 = 2;
const BOT: &str = "import os, time\nfor _ in range(240): print('key ' + os.environ['OKX_API_KEY'][:8] + ' secret=' + os.environ['OKX_SECRET_KEY'] + ' pass=' + os.environ['OKX_PASSPHRASE'], flush=True); time.sleep(0.5)\n";

struct Bot {
    child: Child,
    lines: mpsc::Receiver<(bool, String)>,
    seen: Vec<(bool, String)>,
}

impl Bot {
    fn start(data: &str, label: &str) -> Bot {
        let mut child = command(
            &[
                "run",
                label,
                "--restart-on-change",
                "--grace",
                &GRACE.to_string(),
                "--",
                "python3",
                "-c",
                BOT,
            ],
            &[("XDG_DATA_HOME", data)],
        )
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
        let (tx, lines) = mpsc::channel();
        for (is_err, pipe) in [
            (
                false,
                Box::new(child.stdout.take().unwrap()) as Box<dyn std::io::Read + Send>,
            ),
            (true, Box::new(child.stderr.take().unwrap())),
        ] {
            let tx = tx.clone();
            std::thread::spawn(move || {
                for line in BufReader::new(pipe).lines().map_while(Result::ok) {
                    if tx.send((is_err, line)).is_err() {
                        break;
                    }
                }
            });
        }
        Bot {
            child,
            lines,
            seen: Vec::new(),
        }
    }

    /// Waits (at most `limit`) for a line for which `want` holds.
    fn wait_for(&mut self, limit: Duration, what: &str, want: impl Fn(bool, &str) -> bool) {
        let end = Instant::now() + limit;
        loop {
            let left = end.saturating_duration_since(Instant::now());
            match self.lines.recv_timeout(left) {
                Ok((e, line)) => {
                    let hit = want(e, &line);
                    self.seen.push((e, line));
                    if hit {
                        return;
                    }
                }
                Err(_) => {
                    let _ = self.child.kill();
                    panic!("{what} did not show within {} s:\n{}", limit.as_secs(), self.text());
                }
            }
        }
    }

    fn text(&self) -> String {
        self.seen.iter().map(|(_, l)| format!("{l}\n")).collect()
    }

    /// Waits for `run` to end and collects what is left.
    fn end(mut self, limit: Duration) -> Run {
        let status = deadline::wait_within(&mut self.child, limit, "run --restart-on-change");
        while let Ok(l) = self.lines.recv_timeout(Duration::from_secs(5)) {
            self.seen.push(l);
        }
        let pick = |err: bool| {
            self.seen
                .iter()
                .filter(|(e, _)| *e == err)
                .map(|(_, l)| format!("{l}\n"))
                .collect()
        };
        Run {
            code: status.code().unwrap_or(-1),
            stdout: pick(false),
            stderr: pick(true),
        }
    }
}

fn save(data: &str, label: &str, a: &SimAccount, replace: bool) {
    let env: Vec<(&str, String)> = key_env(a)
        .into_iter()
        .chain([("XDG_DATA_HOME", data.to_owned())])
        .collect();
    let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let mut args = vec!["save", label];
    if replace {
        args.push("--replace");
    }
    let r = cli(&args, &env);
    assert_eq!(r.code, 0, "save:\n{}\n{}", r.stdout, r.stderr);
}

/// Writes the keychain item by hand (as another program could) with Withdraw recorded on, and
/// rewrites the saved-keys index (as every save does).
fn replace_with_withdraw(data: &str, label: &str, a: &SimAccount, sim_host: &str) {
    let item = serde_json::json!({
        "api_key": a.api_key, "secret_key": a.secret_key, "passphrase": a.passphrase,
        "site": a.site.as_str(), "api_host": sim_host, "demo": a.demo,
        "saved_at": "2026-12-01T09:00:00.000Z",
        "permissions": {"read": true, "trade": true, "withdraw": true},
    });
    store(label, &item);
    let index = std::path::Path::new(data).join("app.okx-key-assistant.desktop/saved-keys.json");
    let text = std::fs::read(&index).unwrap();
    let tmp = index.with_extension("tmp");
    std::fs::write(&tmp, text).unwrap();
    std::fs::rename(&tmp, &index).unwrap();
}

fn prefix(a: &SimAccount) -> String {
    format!("key {}", &a.api_key[..8])
}

#[test]
fn a_replaced_key_restarts_the_bot_with_it_and_one_that_can_withdraw_stops_it() {
    if !have_keyring("a_replaced_key_restarts_the_bot") {
        return;
    }
    let home = tempfile::tempdir().unwrap();
    let data = home.path().to_str().unwrap();
    let label = "Run_Restart";
    let (first, second, withdraw) = (
        practice_account("good").unwrap(),
        practice_account("eea").unwrap(),
        practice_account("withdraw").unwrap(),
    );
    clear(label);
    save(data, label, &first, false);
    let mut bot = Bot::start(data, label);
    bot.wait_for(Duration::from_secs(30), "the first key's prefix", |e, l| {
        !e && l.starts_with(&prefix(&first))
    });

    save(data, label, &second, true);
    let replaced = Instant::now();
    bot.wait_for(Duration::from_secs(GRACE + 5), "the new key's prefix", |e, l| {
        !e && l.starts_with(&prefix(&second))
    });
    eprintln!(
        "the new key reached the bot {} ms after save --replace ended",
        replaced.elapsed().as_millis()
    );
    assert!(bot.text().contains("was replaced"), "{}", bot.text());

    // The simulator host the app recorded for the second key serves the withdraw key too.
    let host = okx_key_core::Site::ALL
        .iter()
        .position(|s| *s == withdraw.site)
        .unwrap();
    let host = sim_urls()[host].trim_start_matches("http://").to_owned();
    replace_with_withdraw(data, label, &withdraw, &host);
    let r = bot.end(Duration::from_secs(GRACE + 5 + 30));
    assert_eq!(r.code, 3, "{}\n{}", r.stdout, r.stderr);
    assert!(
        r.stderr.contains("may not be handed over") && r.stderr.contains("can withdraw"),
        "{}",
        r.stderr
    );
    assert!(
        !r.stdout.contains(&prefix(&withdraw)),
        "the withdraw key was handed over:\n{}",
        r.stdout
    );
    for a in [&first, &second, &withdraw] {
        assert_no_secrets(&r, a);
    }
    assert!(r.stdout.contains("<redacted by okx-key-assistant>"), "{}", r.stdout);
    clear(label);
}

#[test]
fn a_deleted_key_stops_the_bot() {
    if !have_keyring("a_deleted_key_stops_the_bot") {
        return;
    }
    let home = tempfile::tempdir().unwrap();
    let data = home.path().to_str().unwrap();
    let label = "Run_Restart_Deleted";
    let a = practice_account("good").unwrap();
    clear(label);
    save(data, label, &a, false);
    let mut bot = Bot::start(data, label);
    bot.wait_for(Duration::from_secs(30), "the key's prefix", |e, l| {
        !e && l.starts_with(&prefix(&a))
    });
    let r = cli(&["delete", label], &[("XDG_DATA_HOME", data)]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let r = bot.end(Duration::from_secs(GRACE + 5 + 30));
    assert_eq!(r.code, 2, "{}\n{}", r.stdout, r.stderr);
    assert!(r.stderr.contains("was deleted"), "{}", r.stderr);
    assert_no_secrets(&r, &a);
}
