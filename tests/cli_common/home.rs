//! A test's private data folder, the OKX sites it points the program at, and the keys it saved:
//! runs the real `okx-key-assistant` with them; every key it saved is removed from the keychain
//! when it is dropped.

use super::keyring::Saved;
use super::{bin, command, deadline, key_env, Run};
use okx_key_core::health::History;
use okx_simulator::SimAccount;
use serde_json::Value;
use std::cell::RefCell;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

pub struct Home {
    dir: tempfile::TempDir,
    sites: Vec<(&'static str, String)>,
    saved: RefCell<Saved>,
}

impl Home {
    /// A new data folder, the sites pointed where `sites` say (`OwnSims::env()`).
    pub fn new(sites: Vec<(&'static str, String)>) -> Home {
        Home {
            dir: tempfile::tempdir().unwrap(),
            sites,
            saved: Default::default(),
        }
    }

    /// A new data folder on the simulators every test shares (`sim_urls()`).
    pub fn on_shared_sims() -> Home {
        Home::new(Vec::new())
    }

    /// The test's own folder (`XDG_DATA_HOME` is `data` in it): for files a bot writes.
    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// `XDG_DATA_HOME`.
    pub fn data(&self) -> PathBuf {
        self.dir.path().join("data")
    }

    /// The app's own folder in it.
    pub fn app_dir(&self) -> PathBuf {
        self.data().join("app.okx-key-assistant.desktop")
    }

    /// The app's index of saved keys.
    pub fn index_file(&self) -> PathBuf {
        self.app_dir().join("saved-keys.json")
    }

    pub fn history(&self) -> History {
        History::new(self.app_dir())
    }

    /// The labels this test saved (or claimed), in order.
    pub fn labels(&self) -> Vec<String> {
        self.saved.borrow().0.clone()
    }

    /// Removes any item left under `label` and removes it again at the end.
    pub fn claim(&self, label: &str) {
        self.saved.borrow_mut().claim(label);
    }

    fn env<'a>(&self, extra: &[(&'a str, String)]) -> Vec<(&'a str, String)> {
        let mut env: Vec<(&str, String)> = vec![("XDG_DATA_HOME", self.data().to_str().unwrap().to_owned())];
        env.extend(self.sites.iter().cloned());
        env.extend(extra.iter().cloned());
        env
    }

    /// Runs the program with this folder, these sites and `extra` settings.
    pub fn run_with(&self, args: &[&str], extra: &[(&str, String)]) -> Run {
        let env = self.env(extra);
        let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
        // `check` with no label tests every key in the keyring (index or not), and the tests
        // running beside this one share the keyring: here it names this test's own keys.
        // (`check` with no label is tested in a keyring of its own: cli_keys_without_index.rs,
        // and `run_alone` below.)
        let mine = self.labels();
        let mut args = args.to_vec();
        if args.first() == Some(&"check") && args[1..].iter().all(|a| *a == "--json") {
            args.extend(mine.iter().map(String::as_str));
        }
        super::cli(&args, &env)
    }

    pub fn run(&self, args: &[&str]) -> Run {
        self.run_with(args, &[])
    }

    /// The program with this folder and these sites, not started: for a test that starts it and
    /// watches it run (its output piped, signals sent to it).
    pub fn command(&self, args: &[&str]) -> Command {
        let env = self.env(&[]);
        let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
        command(args, &env)
    }

    /// Runs the program with `input` on its standard input.
    pub fn run_with_input(&self, args: &[&str], input: &str) -> Run {
        let env = self.env(&[]);
        let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let mut cmd = command(args, &env);
        Run::from(deadline::output_with_input(
            &mut cmd,
            input,
            "okx-key-assistant with input",
        ))
    }

    /// Runs the binary in a keyring and data folder of their own (a nested `tests/session.sh`):
    /// for `check` with no label, which tests every key in the keyring.
    pub fn run_alone(&self, args: &[&str]) -> Run {
        let wrapper = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/session.sh");
        let mut cmd = Command::new(wrapper);
        cmd.arg(bin())
            .args(args)
            .env("OKX_SESSION_HEADLESS", "1")
            .stdin(Stdio::null());
        for var in ["OKX_API_KEY", "OKX_SECRET_KEY", "OKX_PASSPHRASE", "RUST_LOG"] {
            cmd.env_remove(var);
        }
        cmd.envs(self.sites.iter().map(|(k, v)| (*k, v.as_str())));
        Run::from(deadline::output(&mut cmd, "okx-key-assistant in a keyring of its own"))
    }

    /// Saves the practice key under `label` with `save` (which tests it first); it must exit 0.
    pub fn save(&self, label: &str, a: &SimAccount) {
        self.save_with(label, a, &[], &[0]);
    }

    /// [`Home::save`], with `--demo` when the practice key is a Demo Trading key.
    pub fn save_practice(&self, label: &str, a: &SimAccount) {
        let demo: &[&str] = if a.demo { &["--demo"] } else { &[] };
        self.save_with(label, a, demo, &[0]);
    }

    /// Saves the practice key under `label` with `save` and `extra` arguments (`--bot`,
    /// `--market`); its exit status must be one of `ok`.
    pub fn save_with(&self, label: &str, a: &SimAccount, extra: &[&str], ok: &[i32]) {
        self.claim(label);
        let mut args = vec!["save", label];
        args.extend_from_slice(extra);
        let r = self.run_with(&args, &key_env(a));
        assert!(ok.contains(&r.code), "save {label}:\n{}\n{}", r.stdout, r.stderr);
    }

    /// `check` with `flags` on this test's keys.
    pub fn check(&self, flags: &[&str]) -> Run {
        let labels = self.labels();
        let mut args = vec!["check"];
        args.extend_from_slice(flags);
        args.extend(labels.iter().map(String::as_str));
        self.run(&args)
    }

    /// The labels in the index file (empty when it is missing or unreadable).
    pub fn index_labels(&self) -> Vec<String> {
        let text = std::fs::read_to_string(self.index_file()).unwrap_or_default();
        let v: Value = serde_json::from_str(&text).unwrap_or_default();
        v["keys"]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|r| r["label"].as_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// `list --json`, which must exit 0: its array.
    pub fn list_json(&self) -> Vec<Value> {
        let r = self.run(&["list", "--json"]);
        assert_eq!(r.code, 0, "{}\n{}", r.stdout, r.stderr);
        super::json(&r).as_array().expect("an array").clone()
    }

    /// `check --json` (with `labels`): the exit status and the array.
    pub fn check_json(&self, labels: &[&str]) -> (i32, Vec<Value>, Run) {
        let mut args = vec!["check", "--json"];
        args.extend_from_slice(labels);
        let r = self.run(&args);
        let v: Value = serde_json::from_str(&r.stdout)
            .unwrap_or_else(|e| panic!("check --json printed no JSON ({e}):\n{}\n{}", r.stdout, r.stderr));
        let arr = v.as_array().unwrap_or_else(|| panic!("not an array: {v}")).clone();
        (r.code, arr, r)
    }
}
