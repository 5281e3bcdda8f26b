//! The test keyring as any other program sees it: whether the private Secret Service of
//! `tests/session.sh` is here, and the app's items read, written and removed with `secret-tool`
//! (libsecret), each call with a deadline.

use super::deadline::{self, InTime};
use serde_json::Value;
use std::process::Command;
use std::time::Duration;

/// The Secret Service the items go in (the app's `service` attribute).
const SERVICE: &str = "okx-key-assistant";

/// Whether this runs in the private keyring session (`OKX_TEST_KEYRING=1`, set by
/// `tests/session.sh`).
pub fn keyring_session() -> bool {
    std::env::var("OKX_TEST_KEYRING").as_deref() == Ok("1")
}

/// [`keyring_session`], saying "skipped `test`" when it is not.
pub fn have_keyring(test: &str) -> bool {
    if keyring_session() {
        true
    } else {
        eprintln!("skipped {test}: no Secret Service (run through tests/session.sh)");
        false
    }
}

/// Removes the app's item under `label`, if there is one.
pub fn clear(label: &str) {
    let _ = Command::new("secret-tool")
        .args(["clear", "service", SERVICE, "username", label])
        .status_in_time();
}

/// [`clear`] with a deadline of `limit` instead of [`deadline::CHILD_LIMIT`] (the test fails
/// when `secret-tool` cannot start or takes longer).
pub fn clear_within(label: &str, limit: Duration) {
    let _ = deadline::status_within(
        Command::new("secret-tool").args(["clear", "service", SERVICE, "username", label]),
        limit,
        "secret-tool clear",
    );
}

/// What `secret-tool` finds under `label`: the item's JSON, if there is one.
pub fn lookup(label: &str) -> Option<Value> {
    let out = Command::new("secret-tool")
        .args(["lookup", "service", SERVICE, "username", label])
        .output_in_time()
        .expect("secret-tool (apt-get install libsecret-tools)");
    let text = String::from_utf8(out.stdout).unwrap();
    if !out.status.success() || text.is_empty() {
        return None;
    }
    Some(serde_json::from_str(&text).expect("the item is JSON"))
}

/// Writes `item` under `label` by hand, with the attributes the app gives its items (as another
/// program could).
pub fn store(label: &str, item: &Value) {
    let mut cmd = Command::new("secret-tool");
    cmd.args([
        "store", "--label", label, "service", SERVICE, "username", label, "target", "default",
    ]);
    let out = deadline::output_with_input(&mut cmd, &item.to_string(), "secret-tool store");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
}

/// Labels whose items are removed from the keychain when this is dropped (at the end of the
/// test, even on a panic).
#[derive(Default)]
pub struct Saved(pub Vec<String>);

impl Saved {
    /// Removes any item left under `label` and has this remove it again at the end.
    pub fn claim(&mut self, label: &str) {
        clear(label);
        self.0.push(label.to_owned());
    }
}

impl Drop for Saved {
    fn drop(&mut self) {
        for label in &self.0 {
            clear(label);
        }
    }
}
