//! Shared helpers for the integration tests: driving the real app window through WebDriver
//! (`tauri-driver` + `WebKitWebDriver`) under the private session of `tests/session.sh`.
#![allow(dead_code)]

use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// One window test at a time: tauri-driver serves one session per port, and the tests share
/// the X display and the keyring.
pub static WINDOW_LOCK: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

pub const TAB: &str = "\u{e004}";
pub const ENTER: &str = "\u{e007}";
pub const ESCAPE: &str = "\u{e00c}";
pub const SPACE: &str = " ";

/// Window tests run only inside `tests/session.sh` (which `make test` uses); elsewhere they
/// say they were skipped. Inside the session, a missing driver is a failure, not a skip.
pub fn e2e_enabled(test: &str) -> bool {
    if std::env::var("OKX_E2E").as_deref() == Ok("1") {
        true
    } else {
        eprintln!("skipped {test}: run through tests/session.sh (make test) to drive the real window");
        false
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("no free port")
}

fn tauri_driver_path() -> PathBuf {
    if let Ok(p) = std::env::var("TAURI_DRIVER") {
        return PathBuf::from(p);
    }
    let cargo_home = std::env::var("CARGO_HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|_| PathBuf::from(std::env::var("HOME").unwrap_or_default()).join(".cargo"));
    let p = cargo_home.join("bin/tauri-driver");
    if p.exists() {
        p
    } else {
        PathBuf::from("tauri-driver")
    }
}

/// Where screenshots of each step go (named in the README).
pub fn screenshot_dir() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/screenshots");
    std::fs::create_dir_all(&dir).expect("screenshot dir");
    dir
}

/// The running app, driven through WebDriver.
pub struct App {
    pub client: Client,
    driver: Child,
    /// The app's private XDG data/config home for this test (progress, index, logs).
    pub home: PathBuf,
}

impl App {
    /// Opens the app with a private data folder `home` and extra environment variables.
    pub async fn launch(home: &Path, env: &[(&str, &str)]) -> App {
        App::launch_logging(home, env, None).await
    }

    /// Like `launch`, and sends everything the app (and the drivers) print to `output`.
    pub async fn launch_logging(home: &Path, env: &[(&str, &str)], output: Option<&Path>) -> App {
        let port = free_port();
        let native = free_port();
        std::fs::create_dir_all(home.join("data")).unwrap();
        std::fs::create_dir_all(home.join("config")).unwrap();
        let mut cmd = Command::new(tauri_driver_path());
        cmd.args(["--port", &port.to_string(), "--native-port", &native.to_string()])
            .env("XDG_DATA_HOME", home.join("data"))
            .env("XDG_CONFIG_HOME", home.join("config"))
            .env("XDG_CACHE_HOME", home.join("cache"))
            .env("NO_AT_BRIDGE", "1");
        match output {
            Some(path) => {
                let out = std::fs::File::create(path).expect("output file");
                let err = out.try_clone().expect("output file");
                cmd.stdout(Stdio::from(out)).stderr(Stdio::from(err));
            }
            None => {
                cmd.stdout(Stdio::null()).stderr(Stdio::null());
            }
        }
        for (k, v) in env {
            cmd.env(k, v);
        }
        let driver = cmd
            .spawn()
            .expect("tauri-driver could not start (make deps-test installs it)");
        let deadline = Instant::now() + Duration::from_secs(20);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(Instant::now() < deadline, "tauri-driver did not open port {port}");
            std::thread::sleep(Duration::from_millis(100));
        }
        let caps = json!({
            "browserName": "wry",
            "tauri:options": {"application": env!("CARGO_BIN_EXE_okx-key-assistant")}
        });
        let caps = caps.as_object().unwrap().clone();
        let mut last = None;
        let mut client = None;
        for _ in 0..3 {
            match ClientBuilder::rustls()
                .expect("rustls")
                .capabilities(caps.clone())
                .connect(&format!("http://127.0.0.1:{port}"))
                .await
            {
                Ok(c) => {
                    client = Some(c);
                    break;
                }
                Err(e) => {
                    last = Some(e);
                    tokio::time::sleep(Duration::from_millis(500)).await;
                }
            }
        }
        let client = client.unwrap_or_else(|| panic!("WebDriver session failed: {last:?}"));
        let app = App {
            client,
            driver,
            home: home.to_path_buf(),
        };
        app.wait_js("return document.body && document.body.dataset.ready === 'true'")
            .await;
        app
    }

    pub async fn close(mut self) {
        let _ = self.client.clone().close().await;
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }

    /// Runs JavaScript in the window and returns its result.
    pub async fn js(&self, script: &str) -> Value {
        self.client.execute(script, vec![]).await.expect("script failed")
    }

    /// Waits up to 15 s for a script to return true.
    pub async fn wait_js(&self, script: &str) {
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            if let Ok(Value::Bool(true)) = self.client.execute(script, vec![]).await {
                return;
            }
            assert!(Instant::now() < deadline, "timed out waiting for: {script}");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// The id of the step on screen.
    pub async fn step(&self) -> String {
        self.js("return document.getElementById('step').dataset.step")
            .await
            .as_str()
            .unwrap_or("")
            .to_owned()
    }

    pub async fn wait_step(&self, id: &str) {
        self.wait_js(&format!(
            "return document.getElementById('step').dataset.step === '{id}'"
        ))
        .await;
    }

    /// Clicks like a person: scrolls the element into view first. A busy machine can make
    /// WebKitWebDriver refuse a click on an element still being laid out, so it retries briefly.
    pub async fn click(&self, css: &str) {
        let mut last = String::new();
        for _ in 0..5 {
            let el = self
                .client
                .find(Locator::Css(css))
                .await
                .unwrap_or_else(|e| panic!("{css}: {e}"));
            let _ = self
                .client
                .execute(
                    "arguments[0].scrollIntoView({block: 'center'})",
                    vec![serde_json::to_value(&el).unwrap()],
                )
                .await;
            match el.click().await {
                Ok(()) => return,
                Err(e) => last = format!("{e:?}"),
            }
            tokio::time::sleep(Duration::from_millis(300)).await;
        }
        panic!("click {css}: {last}");
    }

    pub async fn type_into(&self, css: &str, text: &str) {
        let el = self
            .client
            .find(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("{css}: {e}"));
        el.clear().await.ok();
        el.send_keys(text).await.unwrap_or_else(|e| panic!("type {css}: {e}"));
    }

    pub async fn text(&self, css: &str) -> String {
        self.client
            .find(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("{css}: {e}"))
            .text()
            .await
            .unwrap_or_default()
    }

    pub async fn exists(&self, css: &str) -> bool {
        !self
            .client
            .find_all(Locator::Css(css))
            .await
            .map(|v| v.is_empty())
            .unwrap_or(true)
    }

    /// Presses keys on whatever has the focus.
    pub async fn keys(&self, keys: &str) {
        let el = self.client.active_element().await.expect("active element");
        el.send_keys(keys).await.expect("send keys");
    }

    /// A short description of the focused element (id, or tag + text).
    pub async fn focused(&self) -> String {
        self.js("const a = document.activeElement; return a ? (a.id || (a.tagName + ':' + (a.textContent || '').trim().slice(0, 30))) : ''")
            .await
            .as_str()
            .unwrap_or("")
            .to_owned()
    }

    /// Tabs forward until the element with this id has the focus (at most 60 presses).
    pub async fn tab_to(&self, id: &str) {
        for _ in 0..60 {
            if self.focused().await == id {
                return;
            }
            self.keys(TAB).await;
        }
        panic!("Tab never reached #{id} on step {}", self.step().await);
    }

    pub async fn next_enabled(&self) -> bool {
        self.js("return !document.getElementById('next').disabled").await == Value::Bool(true)
    }

    /// Saves a screenshot as target/screenshots/NAME.png.
    pub async fn screenshot(&self, name: &str) {
        // Let transitions settle.
        tokio::time::sleep(Duration::from_millis(250)).await;
        let png = self.client.screenshot().await.expect("screenshot");
        std::fs::write(screenshot_dir().join(format!("{name}.png")), png).expect("write screenshot");
    }

    /// Resizes the window (outer size).
    pub async fn resize(&self, w: u32, h: u32) {
        self.client.set_window_size(w, h).await.expect("resize");
    }
}
