//! Shared by the CLI tests: simulators in this test process, and running the real binary
//! against them with a private data folder (`home`), saved keys in the test keyring (`keyring`).
#![allow(dead_code)]

#[path = "../deadline/mod.rs"]
pub mod deadline;
pub mod home;
pub mod keyring;
pub mod own_sims;
#[path = "../programs/mod.rs"]
pub mod programs;

use okx_simulator::{practice_account, start_all_sites, SimAccount, SimConfig};
use serde_json::Value;
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;

/// The `okx-key-assistant` program under test (see `programs`).
pub fn bin() -> &'static str {
    programs::cli()
}

/// The simulators' base URLs (global, eea, us, tr), started once on a runtime of their own thread.
pub fn sim_urls() -> &'static [String] {
    static URLS: OnceLock<Vec<String>> = OnceLock::new();
    URLS.get_or_init(|| {
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .unwrap();
            rt.block_on(async {
                let template = SimConfig {
                    rate_limits: false,
                    ..SimConfig::default()
                };
                let sims = start_all_sites(0, template).await.expect("simulators start");
                tx.send(sims.iter().map(|s| s.base_url()).collect::<Vec<_>>()).unwrap();
                std::future::pending::<()>().await;
            });
        });
        rx.recv_timeout(std::time::Duration::from_secs(30))
            .expect("the simulators did not start within 30 s")
    })
}

/// A child `okx-key-assistant` with the simulators as its OKX, a private data folder, and no
/// OKX credentials unless given.
pub fn command(args: &[&str], env: &[(&str, &str)]) -> Command {
    let urls = sim_urls();
    let mut cmd = Command::new(bin());
    cmd.args(args)
        .env_remove("OKX_API_KEY")
        .env_remove("OKX_SECRET_KEY")
        .env_remove("OKX_PASSPHRASE")
        .env_remove("RUST_LOG")
        .env("XDG_DATA_HOME", std::env::temp_dir().join("okx-cli-test-no-data"))
        .stdin(Stdio::null());
    for (site, url) in okx_key_core::Site::ALL.into_iter().zip(urls) {
        cmd.env(site.override_var(), url);
    }
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd
}

pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl From<Output> for Run {
    fn from(Output { status, stdout, stderr }: Output) -> Run {
        Run {
            code: status.code().expect("exited"),
            stdout: String::from_utf8(stdout).unwrap(),
            stderr: String::from_utf8(stderr).unwrap(),
        }
    }
}

pub fn cli(args: &[&str], env: &[(&str, &str)]) -> Run {
    let what = format!("okx-key-assistant {}", args.first().copied().unwrap_or_default());
    Run::from(deadline::output(&mut command(args, env), &what))
}

pub fn key_env(a: &SimAccount) -> [(&'static str, String); 3] {
    [
        ("OKX_API_KEY", a.api_key.clone()),
        ("OKX_SECRET_KEY", a.secret_key.clone()),
        ("OKX_PASSPHRASE", a.passphrase.clone()),
    ]
}

/// Runs with the practice account's key in the environment, each value changed by `edit`.
pub fn with_key(name: &str, args: &[&str], edit: impl Fn(&str, &str) -> String) -> (Run, SimAccount) {
    let a = practice_account(name).unwrap();
    let env: Vec<(&str, String)> = key_env(&a).iter().map(|(k, v)| (*k, edit(k, v))).collect();
    let env_refs: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
    (cli(args, &env_refs), a)
}

pub fn as_is(_: &str, v: &str) -> String {
    v.to_owned()
}

pub fn json(r: &Run) -> Value {
    serde_json::from_str(&r.stdout).unwrap_or_else(|e| panic!("not one JSON object ({e}):\n{}", r.stdout))
}

pub fn problem_kinds(v: &Value) -> Vec<String> {
    v["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["kind"].as_str().unwrap().to_owned())
        .collect()
}

/// Neither output holds the secret key, the passphrase or the full API key (nor a long piece).
pub fn assert_no_secrets(r: &Run, a: &SimAccount) {
    for (what, text) in [("stdout", &r.stdout), ("stderr", &r.stderr)] {
        for value in [&a.secret_key, &a.passphrase, &a.api_key] {
            assert!(!text.contains(value.as_str()), "{what} holds a credential:\n{text}");
        }
        // No 9-character piece of the secret or of the key (4 + 4 of the key may show).
        for value in [&a.secret_key, &a.api_key] {
            let chars: Vec<char> = value.chars().collect();
            for w in chars.windows(9) {
                let piece: String = w.iter().collect();
                assert!(!text.contains(&piece), "{what} holds a piece of a credential:\n{text}");
            }
        }
    }
}

pub fn assert_only_gets() {
    let seen = okx_simulator::non_get_requests_seen();
    assert!(seen.is_empty(), "requests other than GET: {seen:?}");
}
