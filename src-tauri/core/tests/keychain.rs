//! The keychain against a real Secret Service (GNOME Keyring), plus what happens when there is
//! none. Run the real-keyring tests with the wrapper, one at a time:
//!
//! ```text
//! tests/session.sh cargo test -p okx-key-core --test keychain -- --test-threads=1
//! ```
//!
//! Without the wrapper (no `OKX_TEST_KEYRING=1`) those tests print "skipped: no Secret Service"
//! and pass. The "no Secret Service" tests run either way: each starts a child process (this
//! test binary again) in an environment with no keyring and checks the problem kinds there.
//! Linux only: elsewhere the "no keyring" children would reach the user's real keychain.
#![cfg(target_os = "linux")]

#[path = "../../../tests/deadline/mod.rs"]
mod deadline;
use deadline::InTime;
use okx_key_core::keychain::{Keychain, SavedKey, SERVICE};
use okx_key_core::{Credentials, ProblemKind, Site};
use std::path::{Path, PathBuf};
use std::process::Command;

const API_KEY: &str = "6f1c2d3e-aaaa-bbbb-cccc-0123456a5a41";
const SECRET: &str = "22582BD0CFF14C41EDBF1AB98506286D";
const PASSPHRASE: &str = "Calm-Otter-42!";

fn creds(n: u8) -> Credentials {
    Credentials::new(
        format!("{API_KEY}{n}"),
        format!("{SECRET}{n}"),
        format!("{PASSPHRASE}{n}"),
    )
}

/// True under `tests/session.sh`; otherwise says the test is skipped.
fn have_keyring() -> bool {
    if std::env::var("OKX_TEST_KEYRING").as_deref() == Ok("1") {
        true
    } else {
        eprintln!("skipped: no Secret Service (run under tests/session.sh)");
        false
    }
}

fn keychain() -> (Keychain, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let kc = Keychain::system(dir.path().join("data")).expect("the platform store is compiled in");
    (kc, dir)
}

fn secret_tool(args: &[&str]) -> (bool, String) {
    let out = Command::new("secret-tool")
        .args(args)
        .output_in_time()
        .expect("secret-tool (apt-get install libsecret-tools)");
    (out.status.success(), String::from_utf8_lossy(&out.stdout).into_owned())
}

fn lookup(label: &str) -> Option<serde_json::Value> {
    let (ok, text) = secret_tool(&["lookup", "service", SERVICE, "username", label]);
    if !ok || text.is_empty() {
        return None;
    }
    Some(serde_json::from_str(&text).expect("the item is JSON"))
}

/// The user names of every item under the service, as the Secret Service lists them.
fn usernames() -> Vec<String> {
    // secret-tool prints the attributes on stderr (and the secrets on stdout, not read here).
    let out = Command::new("secret-tool")
        .args(["search", "--all", "service", SERVICE])
        .output_in_time()
        .unwrap();
    let mut names: Vec<String> = String::from_utf8_lossy(&out.stderr)
        .lines()
        .filter_map(|l| l.strip_prefix("attribute.username = "))
        .map(str::to_owned)
        .collect();
    names.sort();
    names
}

/// The keys listed under `label` (the list holds every item of the service in the keyring).
fn listed(list: Vec<SavedKey>, label: &str) -> Vec<SavedKey> {
    list.into_iter().filter(|k| k.label == label).collect()
}

#[test]
fn save_read_list_delete() {
    if !have_keyring() {
        return;
    }
    let (kc, _dir) = keychain();
    assert!(kc.existing("it_basic").unwrap().is_none());
    let t = std::time::Instant::now();
    let rec = kc
        .save("it_basic", &creds(1), Site::Eea, "eea.okx.com", true, false)
        .unwrap();
    eprintln!("timing: save (write + read back + index) {:?}", t.elapsed());
    assert_eq!(
        (rec.service.as_str(), rec.user.as_str(), rec.replaced),
        (SERVICE, "it_basic", false)
    );
    assert_eq!(rec.backend, "Secret Service (GNOME Keyring)");

    let t = std::time::Instant::now();
    let back = kc.read("it_basic").unwrap();
    eprintln!("timing: read {:?}", t.elapsed());
    assert_eq!(back.credentials, creds(1));
    assert_eq!(
        (back.site, back.api_host.as_str(), back.demo, back.saved_at.as_str()),
        (Site::Eea, "eea.okx.com", true, rec.saved_at.as_str())
    );

    // The list holds every item of the service in this keyring (other tests' too): look at ours.
    let list = listed(kc.list().unwrap(), "it_basic");
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].label, "it_basic");
    assert_eq!(list[0].api_key_redacted, "6f1c…a411");
    assert!(list[0].in_keychain);
    let ex = kc.existing("it_basic").unwrap().unwrap();
    assert_eq!(ex.saved_at, rec.saved_at);

    kc.delete("it_basic").unwrap();
    assert!(lookup("it_basic").is_none(), "the keychain item is gone");
    assert!(
        listed(kc.list().unwrap(), "it_basic").is_empty(),
        "the index row is gone"
    );
    assert_eq!(kc.read("it_basic").unwrap_err().kind, ProblemKind::NotFound);
    assert_eq!(kc.delete("it_basic").unwrap_err().kind, ProblemKind::NotFound);
}

#[test]
fn many_keys_read_at_once_match_one_by_one() {
    if !have_keyring() {
        return;
    }
    let (kc, _dir) = keychain();
    for (n, label) in [(1, "it_many_a"), (2, "it_many_b"), (3, "it_many_c")] {
        kc.save(label, &creds(n), Site::Global, "www.okx.com", false, true)
            .unwrap();
    }
    // An item of the service under another name that is not a key (secret-tool's own): not
    // one of ours, so it is not read, and does not disturb the others.
    let out = deadline::output_with_input(
        Command::new("secret-tool").args(["store", "--label", "x", "service", SERVICE, "username", "it_many_odd"]),
        "not json",
        "secret-tool store",
    );
    assert!(out.status.success(), "secret-tool store");
    let labels: Vec<String> = [
        "it_many_c",
        "it_many_gone",
        "it_many_a",
        "it_many_odd",
        "bad label!",
        "it_many_b",
    ]
    .iter()
    .map(|s| (*s).to_owned())
    .collect();
    let t = std::time::Instant::now();
    let many = kc.read_many(&labels);
    eprintln!("timing: read_many of {} {:?}", labels.len(), t.elapsed());
    assert_eq!(many.len(), labels.len());
    assert_eq!(many[0].as_ref().unwrap().credentials, creds(3));
    assert_eq!(many[1].as_ref().unwrap_err().kind, ProblemKind::NotFound);
    assert_eq!(many[2].as_ref().unwrap().credentials, creds(1));
    assert_eq!(
        many[3].as_ref().unwrap_err().kind,
        kc.read("it_many_odd").unwrap_err().kind
    );
    assert_eq!(many[4].as_ref().unwrap_err().kind, ProblemKind::MalformedInput);
    assert_eq!(many[5].as_ref().unwrap().credentials, creds(2));
    for label in ["it_many_a", "it_many_b", "it_many_c"] {
        kc.delete(label).unwrap();
    }
    let _ = secret_tool(&["clear", "service", SERVICE, "username", "it_many_odd"]);
}

#[test]
fn replace_needs_consent_and_leaves_no_staging_item() {
    if !have_keyring() {
        return;
    }
    let (kc, _dir) = keychain();
    let first = kc
        .save("it_rotate", &creds(1), Site::Global, "www.okx.com", false, false)
        .unwrap();

    let err = kc
        .save("it_rotate", &creds(2), Site::Global, "www.okx.com", false, false)
        .unwrap_err();
    assert_eq!(err.kind, ProblemKind::AlreadyExists);
    assert!(
        err.message.to_string().contains("6f1c…a411") && err.message.to_string().contains(&first.saved_at),
        "{}",
        err.message
    );
    assert_eq!(
        lookup("it_rotate").unwrap()["api_key"],
        format!("{API_KEY}1"),
        "refused: old item untouched"
    );

    let second = kc
        .save("it_rotate", &creds(2), Site::Us, "us.okx.com", false, true)
        .unwrap();
    assert!(second.replaced);
    assert_eq!(kc.read("it_rotate").unwrap().credentials, creds(2));
    let item = lookup("it_rotate").unwrap();
    assert_eq!(
        (item["api_key"].as_str(), item["site"].as_str()),
        (Some(format!("{API_KEY}2").as_str()), Some("us"))
    );
    // Other tests (and other test binaries in the same session) keep their own items: look only
    // at this label and its staging name.
    let mine: Vec<String> = usernames().into_iter().filter(|u| u.starts_with("it_rotate")).collect();
    assert_eq!(mine, vec!["it_rotate".to_owned()], "one item, no staging item left");
    assert_eq!(listed(kc.list().unwrap(), "it_rotate")[0].api_host, "us.okx.com");
    kc.delete("it_rotate").unwrap();
}

#[test]
fn secret_tool_finds_the_item_by_service_and_username() {
    if !have_keyring() {
        return;
    }
    let (kc, _dir) = keychain();
    kc.save("it_secret_tool", &creds(3), Site::Global, "www.okx.com", false, false)
        .unwrap();
    let item = lookup("it_secret_tool").expect("secret-tool lookup service okx-key-assistant username it_secret_tool");
    let mut keys: Vec<&str> = item.as_object().unwrap().keys().map(String::as_str).collect();
    keys.sort_unstable();
    assert_eq!(
        keys,
        [
            "api_host",
            "api_key",
            "demo",
            "passphrase",
            "saved_at",
            "secret_key",
            "site"
        ]
    );
    assert_eq!(item["secret_key"], format!("{SECRET}3"));
    assert_eq!(item["passphrase"], format!("{PASSPHRASE}3"));
    assert_eq!(
        (item["site"].as_str(), item["api_host"].as_str(), item["demo"].as_bool()),
        (Some("global"), Some("www.okx.com"), Some(false))
    );
    kc.delete("it_secret_tool").unwrap();
}

#[test]
fn python_keyring_reads_the_item() {
    if !have_keyring() {
        return;
    }
    let (kc, _dir) = keychain();
    kc.save("it_python", &creds(4), Site::Eea, "eea.okx.com", true, false)
        .unwrap();
    // Exactly what the README tells a bot author to write.
    let script = r#"
import json, keyring
item = json.loads(keyring.get_password("okx-key-assistant", "it_python"))
print(item["api_key"], item["secret_key"], item["passphrase"], item["site"], item["demo"])
"#;
    let out = Command::new("python3")
        .args(["-c", script])
        .env("PYTHON_KEYRING_BACKEND", "keyring.backends.SecretService.Keyring")
        .output_in_time()
        .expect("python3");
    assert!(
        out.status.success(),
        "python keyring failed (pip install keyring secretstorage): {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        format!("{API_KEY}4 {SECRET}4 {PASSPHRASE}4 eea True")
    );
    kc.delete("it_python").unwrap();
}

#[test]
fn index_holds_no_secret_and_is_owner_only() {
    if !have_keyring() {
        return;
    }
    let (kc, dir) = keychain();
    kc.save("it_index", &creds(5), Site::Global, "www.okx.com", false, false)
        .unwrap();
    let path = dir.path().join("data").join("saved-keys.json");
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("it_index") && text.contains("6f1c…a415"), "{text}");
    for secret in [API_KEY, SECRET, PASSPHRASE] {
        assert!(!text.contains(secret), "the index must not hold {secret}");
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
    }
    // An item deleted behind the app's back shows as not in the keychain.
    let (ok, _) = secret_tool(&["clear", "service", SERVICE, "username", "it_index"]);
    assert!(ok);
    let list = listed(kc.list().unwrap(), "it_index");
    assert_eq!(list.len(), 1);
    assert!(!list[0].in_keychain);
    kc.delete("it_index").unwrap();
    assert!(listed(kc.list().unwrap(), "it_index").is_empty());
}

/// An item in the documented layout ("Keychain layout" in DESIGN.md), as another program writes it.
fn layout_json(n: u8) -> String {
    serde_json::json!({
        "api_key": format!("{API_KEY}{n}"),
        "secret_key": format!("{SECRET}{n}"),
        "passphrase": format!("{PASSPHRASE}{n}"),
        "site": "eea",
        "api_host": "eea.okx.com",
        "demo": true,
        "saved_at": "2026-11-26T18:00:00.000Z",
    })
    .to_string()
}

/// `secret-tool store --label=… service okx-key-assistant username USER`, the secret on stdin.
fn secret_tool_store(user: &str, secret: &str) {
    let mut cmd = Command::new("secret-tool");
    cmd.args(["store", "--label=written by hand", "service", SERVICE, "username", user]);
    let out = deadline::output_with_input(&mut cmd, secret, "secret-tool store");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
}

fn secret_tool_clear(user: &str) {
    let _ = secret_tool(&["clear", "service", SERVICE, "username", user]);
}

fn index_labels(dir: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(dir.join("data").join("saved-keys.json")).unwrap_or_default();
    let v: serde_json::Value = serde_json::from_str(&text).unwrap_or_default();
    v["keys"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|r| r["label"].as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

/// Items no index knows of (written by `secret-tool`, by hand in a foreign format, a staging
/// item) are found by the keychain's own search; the index is rebuilt from them, and again after
/// it is damaged.
#[test]
fn keys_missing_from_the_index_are_listed_and_the_index_rebuilt() {
    if !have_keyring() {
        return;
    }
    let (kc, dir) = keychain();
    let (ours, foreign, pending) = ("it_noindex", "it_noindex_foreign", "it_noindex#pending");
    secret_tool_store(ours, &layout_json(8));
    secret_tool_store(foreign, "not this app's JSON");
    secret_tool_store(pending, &layout_json(9));
    assert!(!dir.path().join("data").join("saved-keys.json").exists());
    assert!(kc.saved_count() >= 2, "no index: the keychain's items are counted");
    let labels = kc.saved_labels();
    assert!(
        labels.iter().any(|l| l == ours) && labels.iter().any(|l| l == foreign),
        "{labels:?}"
    );
    assert!(!labels.iter().any(|l| l.contains('#')), "no staging item: {labels:?}");

    let t = std::time::Instant::now();
    let list = kc.list().unwrap();
    eprintln!(
        "timing: list of {} with the keychain's search {:?}",
        list.len(),
        t.elapsed()
    );
    let key = &listed(list.clone(), ours)[0];
    assert_eq!(
        (
            key.api_key_redacted.as_str(),
            key.site,
            key.api_host.as_str(),
            key.demo,
            key.in_keychain
        ),
        ("6f1c…a418", Site::Eea, "eea.okx.com", true, true)
    );
    let other = &listed(list.clone(), foreign)[0];
    assert!(
        other.in_keychain && other.saved_at.is_empty(),
        "an unknown key: {other:?}"
    );
    assert!(!list.iter().any(|k| k.label.contains('#')));
    assert!(
        index_labels(dir.path()).contains(&ours.to_owned()),
        "the index has the row again"
    );

    // A damaged index: the key is still listed, and the index rebuilt.
    std::fs::write(dir.path().join("data").join("saved-keys.json"), "{garbage").unwrap();
    assert_eq!(listed(kc.list().unwrap(), ours).len(), 1);
    assert!(index_labels(dir.path()).contains(&ours.to_owned()));

    // Read by name (check LABEL) with no index: found, and its row written back.
    std::fs::remove_file(dir.path().join("data").join("saved-keys.json")).unwrap();
    let read = kc.read_many(&[ours.to_owned()]);
    assert_eq!(read[0].as_ref().unwrap().credentials, creds(8));
    assert_eq!(index_labels(dir.path()), [ours]);

    for user in [ours, foreign, pending] {
        secret_tool_clear(user);
    }
}

/// A key written by Python's `keyring` in the documented layout is listed like one of ours.
#[test]
fn a_key_written_by_python_keyring_is_listed() {
    if !have_keyring() {
        return;
    }
    let (kc, dir) = keychain();
    let label = "it_py_written";
    let script = format!(
        "import keyring\nkeyring.set_password({SERVICE:?}, {label:?}, {:?})",
        layout_json(7)
    );
    let out = Command::new("python3")
        .args(["-c", &script])
        .env("PYTHON_KEYRING_BACKEND", "keyring.backends.SecretService.Keyring")
        .output_in_time()
        .expect("python3");
    assert!(
        out.status.success(),
        "python keyring failed (pip install keyring secretstorage): {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let list = listed(kc.list().unwrap(), label);
    assert_eq!(list.len(), 1, "not listed");
    assert_eq!(
        (list[0].api_key_redacted.as_str(), list[0].in_keychain),
        ("6f1c…a417", true)
    );
    assert!(
        index_labels(dir.path()).contains(&label.to_owned()),
        "the index has its row"
    );
    assert_eq!(kc.read(label).unwrap().credentials, creds(7));
    kc.delete(label).unwrap();
}

#[test]
fn a_locked_keyring_is_keychain_locked() {
    if !have_keyring() {
        return;
    }
    // A fresh keyring of its own (so the other tests' keyring stays unlocked), locked before the
    // child runs. Unlocking needs a prompt, which cannot show on a headless machine.
    // (`secret-tool lock` hangs with libsecret 0.20.5; the Secret Service's own Lock call does not.)
    let script = "dbus-send --session --print-reply --dest=org.freedesktop.secrets /org/freedesktop/secrets \
                  org.freedesktop.Secret.Service.Lock array:objpath:/org/freedesktop/secrets/collection/login \
                  >/dev/null && exec \"$@\"";
    let mut cmd = Command::new(wrapper());
    cmd.env("OKX_SESSION_HEADLESS", "1");
    cmd.args(["bash", "-c", script, "locked"]);
    run_child(cmd, "locked", "child_locked");
}

#[test]
fn a_keyring_never_created_is_keychain_locked() {
    if !have_keyring() {
        return;
    }
    // gnome-keyring started with an empty password has no login keyring and must ask on screen
    // to create one; headless, that prompt fails at once.
    let mut cmd = Command::new(wrapper());
    cmd.env("OKX_SESSION_HEADLESS", "1");
    cmd.env("OKX_TEST_KEYRING_PASSWORD", "");
    run_child(cmd, "no-keyring-yet", "child_locked");
}

#[test]
fn no_session_bus_is_keychain_unavailable() {
    let runtime = tempfile::tempdir().unwrap();
    let mut cmd = Command::new("env");
    cmd.args([
        "-u",
        "DBUS_SESSION_BUS_ADDRESS",
        "-u",
        "DISPLAY",
        "-u",
        "WAYLAND_DISPLAY",
    ]);
    // libdbus also looks for $XDG_RUNTIME_DIR/bus: point it at an empty folder.
    cmd.env("XDG_RUNTIME_DIR", runtime.path());
    run_child(cmd, "no-bus", "child_no_secret_service");
}

#[test]
fn a_bus_without_secret_service_is_keychain_unavailable() {
    if which("dbus-run-session").is_none() {
        eprintln!("skipped: dbus-run-session is not installed (apt-get install dbus)");
        return;
    }
    // A session bus with no service files, so nothing can be started as org.freedesktop.secrets.
    let dir = tempfile::tempdir().unwrap();
    let conf = dir.path().join("bus.conf");
    std::fs::write(
        &conf,
        r#"<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir=/tmp</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"#,
    )
    .unwrap();
    let mut cmd = Command::new("dbus-run-session");
    cmd.arg(format!("--config-file={}", conf.display())).arg("--");
    run_child(cmd, "bus-without-secrets", "child_no_secret_service");
}

/// Runs `child_test` of this binary under `prefix` with `OKX_TEST_CHILD=mode`; it must pass.
fn run_child(mut prefix: Command, mode: &str, child_test: &str) {
    let exe = std::env::current_exe().unwrap();
    prefix
        .arg(exe)
        .args(["--exact", child_test, "--test-threads=1", "--nocapture"])
        .env("OKX_TEST_CHILD", mode);
    let out = prefix.output_in_time().expect("start the child test");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "child {mode} failed:\n{stdout}\n{stderr}");
    assert!(stdout.contains("1 passed"), "child {mode} did not run:\n{stdout}");
    for line in stdout.lines().filter_map(|l| l.find("child:").map(|i| &l[i..])) {
        eprintln!("{line}");
    }
}

fn child_mode() -> Option<String> {
    std::env::var("OKX_TEST_CHILD").ok()
}

/// Runs only inside `no_session_bus_...` / `a_bus_without_secret_service_...`.
#[test]
fn child_no_secret_service() {
    let Some(mode) = child_mode() else { return };
    let (kc, _dir) = keychain();
    let started = std::time::Instant::now();
    let err = kc
        .save("it_nobus", &creds(6), Site::Global, "www.okx.com", false, false)
        .unwrap_err();
    println!(
        "child: {mode}: save -> {} in {:?}: {} | {}",
        err.kind.as_str(),
        started.elapsed(),
        err.message,
        err.fix
    );
    assert_eq!(err.kind, ProblemKind::KeychainUnavailable, "{err:?}");
    assert!(
        err.fix.to_string().contains("GNOME Keyring") && err.fix.to_string().contains("KeePassXC"),
        "{}",
        err.fix
    );
    assert_eq!(kc.read("it_nobus").unwrap_err().kind, ProblemKind::KeychainUnavailable);
    assert_eq!(
        kc.delete("it_nobus").unwrap_err().kind,
        ProblemKind::KeychainUnavailable
    );
    assert_eq!(
        kc.existing("it_nobus").unwrap_err().kind,
        ProblemKind::KeychainUnavailable
    );
    assert!(!kc.index_dir().join("saved-keys.json").exists(), "nothing recorded");
}

/// Runs only inside `a_locked_keyring_is_keychain_locked` / `a_keyring_never_created_...`.
#[test]
fn child_locked() {
    let Some(mode) = child_mode() else { return };
    let (kc, _dir) = keychain();
    let err = kc
        .save("it_locked", &creds(7), Site::Global, "www.okx.com", false, false)
        .unwrap_err();
    println!(
        "child: {mode}: save -> {}: {} | {}",
        err.kind.as_str(),
        err.message,
        err.fix
    );
    assert_eq!(err.kind, ProblemKind::KeychainLocked, "{err:?}");
    assert!(err.fix.to_string().to_lowercase().contains("unlock"), "{}", err.fix);
    assert!(!kc.index_dir().join("saved-keys.json").exists(), "nothing recorded");
}

fn wrapper() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/session.sh")
}

fn which(tool: &str) -> Option<PathBuf> {
    std::env::var_os("PATH")?
        .to_str()?
        .split(':')
        .map(|d| Path::new(d).join(tool))
        .find(|p| p.is_file())
}
