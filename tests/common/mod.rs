//! Shared helpers for the integration tests: driving the real app window through WebDriver
//! (`tauri-driver` + `WebKitWebDriver`) under the private session of `tests/session.sh`.
//!
//! Every launch, WebDriver call and wait has a deadline (see `deadline`): a stuck window test
//! fails within 2 minutes with what it was waiting for. The driver, WebKitWebDriver and the app
//! run in a process group of their own, which is killed when the test ends, even on a panic,
//! so no window outlives its test (and holds the single-instance name for the next one).
#![allow(dead_code)]

#[path = "../deadline/mod.rs"]
pub mod deadline;
#[path = "../programs/mod.rs"]
pub mod programs;
pub mod screens;

use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};
use std::future::Future;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The longest one WebDriver call may take (a click, a script, a screenshot).
pub const CALL_LIMIT: Duration = Duration::from_secs(30);
/// The longest the driver may take to open its port, and the session to start.
const DRIVER_LIMIT: Duration = Duration::from_secs(20);
const SESSION_LIMIT: Duration = Duration::from_secs(90);

/// Awaits `fut` for at most `limit`; on time-out fails the test naming `what`.
pub async fn within<T>(limit: Duration, what: impl std::fmt::Display, fut: impl Future<Output = T>) -> T {
    match tokio::time::timeout(limit, fut).await {
        Ok(v) => v,
        Err(_) => panic!("timed out after {} s waiting for: {what}", limit.as_secs()),
    }
}

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

/// Kills the driver's whole process group (tauri-driver, WebKitWebDriver, the app and its
/// WebKit processes) and waits, at most 10 s, until none of them runs any more.
fn kill_group(driver: &mut Child) {
    let pgid = driver.id() as i32;
    // SAFETY: kill with a negative pid signals the group; no memory is involved.
    unsafe {
        libc::kill(-pgid, libc::SIGKILL);
    }
    let _ = driver.wait();
    let deadline = Instant::now() + Duration::from_secs(10);
    while group_alive(pgid) && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// One process of a group, from `/proc/PID/stat`.
struct Member {
    pid: i32,
    comm: String,
    /// R, S, D, T, Z, X, ...
    state: String,
}

/// The processes of group `pgid`.
fn group_members(pgid: i32) -> Vec<Member> {
    let Ok(dir) = std::fs::read_dir("/proc") else {
        return Vec::new();
    };
    let pgid = pgid.to_string();
    dir.flatten()
        .filter_map(|e| {
            let pid: i32 = e.file_name().to_str()?.parse().ok()?;
            let stat = std::fs::read_to_string(e.path().join("stat")).ok()?;
            // pid (comm) state ppid pgrp ...: comm may hold spaces, so split at the last ')'.
            let (head, rest) = stat.rsplit_once(')')?;
            let comm = head.split_once('(')?.1.to_owned();
            let fields: Vec<&str> = rest.split_whitespace().collect();
            (fields.get(2) == Some(&pgid.as_str())).then(|| Member {
                pid,
                comm,
                state: fields[0].to_owned(),
            })
        })
        .collect()
}

/// Is any process of group `pgid` still running (zombies waiting for a parent do not count)?
fn group_alive(pgid: i32) -> bool {
    group_members(pgid).iter().any(|m| m.state != "Z" && m.state != "X")
}

impl Drop for App {
    fn drop(&mut self) {
        kill_group(&mut self.driver);
    }
}

/// Starts tauri-driver on two fresh, different ports in a process group of its own.
fn start_driver(home: &Path, env: &[(&str, &str)], output: Option<&Path>) -> Result<(Child, u16), String> {
    let ports = deadline::free_ports(2);
    let (port, native) = (ports[0], ports[1]);
    let mut cmd = Command::new(tauri_driver_path());
    cmd.args(["--port", &port.to_string(), "--native-port", &native.to_string()])
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_CACHE_HOME", home.join("cache"))
        .env("NO_AT_BRIDGE", "1")
        .process_group(0);
    // Everything the driver and the app print goes to a file, so a launch that fails can say why.
    let log = output
        .map(Path::to_path_buf)
        .unwrap_or_else(|| home.join("driver-output.txt"));
    let out = std::fs::File::create(&log).expect("output file");
    let err = out.try_clone().expect("output file");
    cmd.stdout(Stdio::from(out)).stderr(Stdio::from(err));
    for (k, v) in env {
        cmd.env(k, v);
    }
    let mut driver = cmd
        .spawn()
        .map_err(|e| format!("tauri-driver could not start (make deps-test installs it): {e}"))?;
    let ready = deadline::wait_for_port(port, DRIVER_LIMIT, "tauri-driver", || {
        driver.try_wait().ok().flatten().map(|s| format!("it exited with {s}"))
    });
    match ready {
        Ok(()) => Ok((driver, port)),
        Err(why) => {
            kill_group(&mut driver);
            Err(why)
        }
    }
}

impl App {
    /// Opens the app with a private data folder `home` and extra environment variables.
    pub async fn launch(home: &Path, env: &[(&str, &str)]) -> App {
        App::launch_logging(home, env, None).await
    }

    /// Like `launch`, and sends everything the app (and the drivers) print to `output`.
    /// A driver that cannot start (its port taken meanwhile) is started again on new ports, at
    /// most 3 times; the whole launch takes at most about 2 minutes.
    pub async fn launch_logging(home: &Path, env: &[(&str, &str)], output: Option<&Path>) -> App {
        std::fs::create_dir_all(home.join("data")).unwrap();
        std::fs::create_dir_all(home.join("config")).unwrap();
        let caps = json!({
            "browserName": "wry",
            "tauri:options": {"application": programs::WINDOW}
        });
        let caps = caps.as_object().cloned().unwrap_or_default();
        let started = Instant::now();
        let mut last = String::new();
        for attempt in 1..=3 {
            let (mut driver, port) = match start_driver(home, env, output) {
                Ok(d) => d,
                Err(why) => {
                    last = why;
                    continue;
                }
            };
            let left = SESSION_LIMIT
                .saturating_sub(started.elapsed())
                .max(Duration::from_secs(5));
            let mut builder = ClientBuilder::rustls().expect("rustls");
            builder.capabilities(caps.clone());
            let url = format!("http://127.0.0.1:{port}");
            match tokio::time::timeout(left, builder.connect(&url)).await {
                Ok(Ok(client)) => {
                    let app = App {
                        client,
                        driver,
                        home: home.to_path_buf(),
                    };
                    app.wait_js("return document.body && document.body.dataset.ready === 'true'")
                        .await;
                    return app;
                }
                Ok(Err(e)) => last = format!("attempt {attempt}: the WebDriver session failed: {e:?}"),
                Err(_) => last = format!("attempt {attempt}: no WebDriver session within {} s", left.as_secs()),
            }
            kill_group(&mut driver);
            if started.elapsed() > SESSION_LIMIT {
                break;
            }
            tokio::time::sleep(Duration::from_millis(500)).await;
        }
        let log = output
            .map(Path::to_path_buf)
            .unwrap_or_else(|| home.join("driver-output.txt"));
        let printed = std::fs::read_to_string(&log).unwrap_or_default();
        let tail: Vec<&str> = printed.lines().rev().take(25).collect();
        let tail: Vec<&str> = tail.into_iter().rev().collect();
        panic!(
            "the app's window could not be opened through tauri-driver: {last}\nlast lines the driver and the app printed:\n{}",
            tail.join("\n")
        );
    }

    pub async fn close(mut self) {
        let _ = tokio::time::timeout(Duration::from_secs(10), self.client.clone().close()).await;
        kill_group(&mut self.driver);
    }

    /// The app's own processes (not its WebKit helpers), found in the driver's process group.
    pub fn app_pids(&self) -> Vec<i32> {
        group_members(self.driver.id() as i32)
            .into_iter()
            .filter(|m| m.comm.starts_with("okx-key-assista"))
            .map(|m| m.pid)
            .collect()
    }

    /// Runs JavaScript in the window and returns its result.
    pub async fn js(&self, script: &str) -> Value {
        within(
            CALL_LIMIT,
            format!("script {script}"),
            self.client.execute(script, vec![]),
        )
        .await
        .unwrap_or_else(|e| panic!("script failed: {script}: {e}"))
    }

    /// Waits up to 15 s for a script to return true (each try bounded by what is left).
    pub async fn wait_js(&self, script: &str) {
        let limit = Duration::from_secs(15);
        let deadline = Instant::now() + limit;
        loop {
            let left = deadline
                .saturating_duration_since(Instant::now())
                .max(Duration::from_secs(2));
            if let Ok(Ok(Value::Bool(true))) = tokio::time::timeout(left, self.client.execute(script, vec![])).await {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "timed out after {} s waiting for: {script}",
                limit.as_secs()
            );
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

    /// Finds an element, waiting up to 10 s for it to appear (as a person waits for a button
    /// that is still being drawn, for example right after a test finishes on a busy machine).
    async fn find(&self, css: &str) -> fantoccini::elements::Element {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            match within(CALL_LIMIT, format!("find {css}"), self.client.find(Locator::Css(css))).await {
                Ok(el) => return el,
                Err(e) if Instant::now() >= deadline => {
                    panic!("{css} did not appear within 10 s on step {}: {e}", self.step().await)
                }
                Err(_) => tokio::time::sleep(Duration::from_millis(150)).await,
            }
        }
    }

    /// Clicks like a person: scrolls the element into view first. A busy machine can make
    /// WebKitWebDriver refuse a click on an element still being laid out, so it retries briefly.
    pub async fn click(&self, css: &str) {
        let mut last = String::new();
        for _ in 0..5 {
            let el = self.find(css).await;
            let arg = serde_json::to_value(&el).unwrap_or_default();
            let _ = within(
                CALL_LIMIT,
                format!("scroll to {css}"),
                self.client
                    .execute("arguments[0].scrollIntoView({block: 'center'})", vec![arg]),
            )
            .await;
            match within(CALL_LIMIT, format!("click {css}"), el.click()).await {
                Ok(()) => return,
                Err(e) => last = format!("{e:?}"),
            }
            tokio::time::sleep(Duration::from_millis(300)).await;
        }
        panic!("click {css}: {last}");
    }

    pub async fn type_into(&self, css: &str, text: &str) {
        let el = self.find(css).await;
        let _ = within(CALL_LIMIT, format!("clear {css}"), el.clear()).await;
        within(CALL_LIMIT, format!("type into {css}"), el.send_keys(text))
            .await
            .unwrap_or_else(|e| panic!("type {css}: {e}"));
    }

    pub async fn text(&self, css: &str) -> String {
        let el = self.find(css).await;
        within(CALL_LIMIT, format!("text of {css}"), el.text())
            .await
            .unwrap_or_default()
    }

    pub async fn exists(&self, css: &str) -> bool {
        !within(
            CALL_LIMIT,
            format!("find all {css}"),
            self.client.find_all(Locator::Css(css)),
        )
        .await
        .map(|v| v.is_empty())
        .unwrap_or(true)
    }

    /// Presses keys on whatever has the focus.
    pub async fn keys(&self, keys: &str) {
        let el = within(CALL_LIMIT, "the focused element", self.client.active_element())
            .await
            .expect("active element");
        within(CALL_LIMIT, format!("keys {keys:?}"), el.send_keys(keys))
            .await
            .expect("send keys");
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

    /// Step 9 to Step 10: pastes the three values, checks them, ticks "saved all three" and
    /// moves on to Step 10 (the window must be on Step 9).
    pub async fn paste_key_and_go_to_step10(&self, api_key: &str, secret_key: &str, passphrase: &str) {
        self.type_into("#api-key", api_key).await;
        self.type_into("#secret-key", secret_key).await;
        self.type_into("#passphrase-paste", passphrase).await;
        self.click("#check-credentials").await;
        self.wait_js("return document.querySelector('#check-summary .callout.success') !== null")
            .await;
        self.click("label[for=saved-all]").await;
        self.click("#next").await;
        self.wait_step("s10").await;
    }

    /// axe-core's serious and critical violations on the screen shown (axe-core from npm,
    /// injected once per page).
    pub async fn axe(&self) -> Vec<String> {
        let source = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/node_modules/axe-core/axe.min.js"))
            .expect("axe-core is installed (npm ci)");
        if self.js("return typeof window.axe").await.as_str() != Some("object") {
            self.js(&format!("{source}\n;window.axe = axe; return true;")).await;
        }
        let found = self
            .js(
                "return axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations \
                 .filter((v) => v.impact === 'serious' || v.impact === 'critical') \
                 .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`))",
            )
            .await;
        strings(found)
    }

    /// Saves a screenshot as target/screenshots/NAME.png.
    pub async fn screenshot(&self, name: &str) {
        // Let transitions settle.
        tokio::time::sleep(Duration::from_millis(250)).await;
        let png = within(CALL_LIMIT, format!("screenshot {name}"), self.client.screenshot())
            .await
            .expect("screenshot");
        std::fs::write(screenshot_dir().join(format!("{name}.png")), png).expect("write screenshot");
    }

    /// Resizes the window (outer size).
    pub async fn resize(&self, w: u32, h: u32) {
        within(
            CALL_LIMIT,
            format!("resize to {w}x{h}"),
            self.client.set_window_size(w, h),
        )
        .await
        .expect("resize");
    }
}

/// Visible text with two or more plain Latin letters in a row that carries none of the
/// pseudo-language's marks: words that did not come from the catalog. Values (keys, hosts,
/// code, the language menu's own names) are left out.
pub const UNCATALOGUED: &str = r#"
const marks = /[\[\]~ȧƀƈḓḗƒɠħīĵķŀḿƞǿƥɋřşŧŭṽẇẋẏẑȦƁƇḒḖƑƓĦĪĴĶĿḾȠǾƤɊŘŞŦŬṼẆẊẎẐ]/;
const found = [];
const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
while (walk.nextNode()) {
  const text = walk.currentNode.textContent.trim();
  if (!/[A-Za-z]{2,}/.test(text) || marks.test(text)) continue;
  const el = walk.currentNode.parentElement;
  if (!el || el.closest("select, code, pre, kbd, .mono, script, style, dialog:not([open]), [data-value], .host")) continue;
  const box = el.getBoundingClientRect();
  if (box.width === 0 && box.height === 0) continue;
  found.push(text.slice(0, 80));
}
const attrs = [...document.querySelectorAll("[aria-label], [title], [placeholder]")]
  .flatMap((e) => ["aria-label", "title", "placeholder"].map((a) => e.getAttribute(a)).filter(Boolean))
  .filter((v) => /[A-Za-z]{2,}/.test(v) && !marks.test(v));
return found.concat(attrs.map((v) => "attribute: " + v.slice(0, 80)));
"#;

/// Elements whose content is wider than their box (and that do not scroll sideways on purpose),
/// and a page wider than the window.
pub const OVERFLOWING: &str = r##"
const found = [];
for (const e of document.querySelectorAll("body *")) {
  if (e.closest("dialog:not([open]), .sr-only") || ["INPUT", "TEXTAREA", "SELECT", "OPTION"].includes(e.tagName)) continue;
  const cs = getComputedStyle(e);
  if (cs.display === "none" || cs.visibility === "hidden" || ["auto", "scroll"].includes(cs.overflowX)) continue;
  if (e.clientWidth > 0 && e.scrollWidth > e.clientWidth + 1) {
    found.push(`${e.tagName.toLowerCase()}${e.id ? "#" + e.id : ""}${e.className ? "." + String(e.className).split(" ").join(".") : ""} ${e.scrollWidth}>${e.clientWidth}: ${e.textContent.trim().slice(0, 50)}`);
  }
}
if (document.documentElement.scrollWidth > window.innerWidth) found.push(`the page: ${document.documentElement.scrollWidth}>${window.innerWidth}`);
return found;
"##;

/// A JSON array of strings as strings (anything else: none).
pub fn strings(v: serde_json::Value) -> Vec<String> {
    v.as_array()
        .map(|a| a.iter().filter_map(|x| x.as_str().map(str::to_owned)).collect())
        .unwrap_or_default()
}
