//! Unit tests of the save / replace / list / delete logic over an in-test store that can fail
//! at any step. (The real keychain is exercised in `tests/keychain.rs`.)

use super::*;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Fault {
    /// `set` fails (the keychain went away).
    FailSet,
    /// `set` stores something else (a store that garbles what it is given).
    Garble,
}

#[derive(Default)]
struct FakeStore {
    items: Mutex<HashMap<String, String>>,
    /// (user, which set to that user, counting from 1, fault)
    faults: Mutex<Vec<(String, usize, Fault)>>,
    sets: Mutex<HashMap<String, usize>>,
    log: Mutex<Vec<String>>,
}

struct Shared(Arc<FakeStore>);

impl Store for Shared {
    fn get(&self, user: &str) -> Result<Option<Zeroizing<String>>> {
        Ok(self.0.items.lock().unwrap().get(user).cloned().map(Zeroizing::new))
    }
    fn set(&self, user: &str, secret: &str) -> Result<()> {
        let n = {
            let mut sets = self.0.sets.lock().unwrap();
            let n = sets.entry(user.to_owned()).or_default();
            *n += 1;
            *n
        };
        self.0.log.lock().unwrap().push(format!("set {user}"));
        let fault = self
            .0
            .faults
            .lock()
            .unwrap()
            .iter()
            .find(|(u, k, _)| u == user && *k == n)
            .map(|f| f.2);
        match fault {
            Some(Fault::FailSet) => Err(Problem::new(ProblemKind::KeychainLocked, "locked", "unlock")),
            Some(Fault::Garble) => {
                self.0
                    .items
                    .lock()
                    .unwrap()
                    .insert(user.to_owned(), "{\"garbled\":true}".to_owned());
                Ok(())
            }
            None => {
                self.0.items.lock().unwrap().insert(user.to_owned(), secret.to_owned());
                Ok(())
            }
        }
    }
    fn delete(&self, user: &str) -> Result<bool> {
        Ok(self.0.items.lock().unwrap().remove(user).is_some())
    }
    fn users(&self) -> Result<Option<Vec<String>>> {
        Ok(Some(self.0.items.lock().unwrap().keys().cloned().collect()))
    }
    fn backend(&self) -> String {
        "Test store".to_owned()
    }
}

fn keychain() -> (Keychain, Arc<FakeStore>, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let fake = Arc::new(FakeStore::default());
    let kc = Keychain::with_store(dir.path().join("data"), Box::new(Shared(fake.clone())));
    (kc, fake, dir)
}

fn creds(n: u8) -> Credentials {
    Credentials::new(
        format!("{n}f1c2d3e-aaaa-bbbb-cccc-0123456a5a4{n}"),
        format!("22582BD0CFF14C41EDBF1AB98506286{n}"),
        format!("Passphrase-{n}!"),
    )
}

fn saved_api_key(fake: &FakeStore, user: &str) -> Option<String> {
    let items = fake.items.lock().unwrap();
    let text = items.get(user)?;
    let v: serde_json::Value = serde_json::from_str(text).ok()?;
    v["api_key"].as_str().map(str::to_owned)
}

#[test]
fn save_read_list_delete() {
    let (kc, fake, _d) = keychain();
    let rec = kc
        .save("GridBot", &creds(1), Site::Eea, "eea.okx.com", true, false)
        .unwrap();
    assert_eq!(rec.user, "GridBot");
    assert_eq!(rec.service, "okx-key-assistant");
    assert!(!rec.replaced);
    assert_eq!(rec.backend, "Test store");
    let back = kc.read("GridBot").unwrap();
    assert_eq!(back.credentials, creds(1));
    assert_eq!(
        (back.site, back.api_host.as_str(), back.demo),
        (Site::Eea, "eea.okx.com", true)
    );
    assert_eq!(back.saved_at, rec.saved_at);
    let dbg = format!("{back:?}");
    assert!(!dbg.contains("22582BD0") && !dbg.contains("Passphrase-1"), "{dbg}");

    let list = kc.list().unwrap();
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].api_key_redacted, "1f1c…5a41");
    assert!(list[0].in_keychain);

    kc.delete("GridBot").unwrap();
    assert!(fake.items.lock().unwrap().is_empty());
    assert!(kc.list().unwrap().is_empty());
    assert_eq!(kc.delete("GridBot").unwrap_err().kind, ProblemKind::NotFound);
    assert_eq!(kc.read("GridBot").unwrap_err().kind, ProblemKind::NotFound);
}

#[test]
fn existing_key_is_refused_without_replace() {
    let (kc, fake, _d) = keychain();
    let first = kc
        .save("bot", &creds(1), Site::Global, "www.okx.com", false, false)
        .unwrap();
    let err = kc
        .save("bot", &creds(2), Site::Global, "www.okx.com", false, false)
        .unwrap_err();
    assert_eq!(err.kind, ProblemKind::AlreadyExists);
    assert!(
        err.message.to_string().contains("1f1c…5a41") && err.message.to_string().contains(&first.saved_at),
        "{}",
        err.message
    );
    assert_eq!(saved_api_key(&fake, "bot").unwrap(), creds(1).api_key.expose());
    let ex = kc.existing("bot").unwrap().unwrap();
    assert_eq!(
        (ex.api_key_redacted.as_str(), ex.saved_at.as_str()),
        ("1f1c…5a41", first.saved_at.as_str())
    );
    assert!(kc.existing("other").unwrap().is_none());
}

#[test]
fn replace_stages_then_overwrites() {
    let (kc, fake, _d) = keychain();
    kc.save("bot", &creds(1), Site::Global, "www.okx.com", false, false)
        .unwrap();
    fake.log.lock().unwrap().clear();
    let rec = kc.save("bot", &creds(2), Site::Us, "us.okx.com", false, true).unwrap();
    assert!(rec.replaced);
    assert_eq!(
        *fake.log.lock().unwrap(),
        vec!["set bot#pending".to_owned(), "set bot".to_owned()]
    );
    assert_eq!(kc.read("bot").unwrap().credentials, creds(2));
    assert_eq!(fake.items.lock().unwrap().len(), 1, "staging item removed");
    assert_eq!(kc.list().unwrap()[0].site, Site::Us);
}

#[test]
fn failed_staging_never_touches_the_saved_item() {
    for fault in [Fault::FailSet, Fault::Garble] {
        let (kc, fake, _d) = keychain();
        kc.save("bot", &creds(1), Site::Global, "www.okx.com", false, false)
            .unwrap();
        fake.faults.lock().unwrap().push(("bot#pending".to_owned(), 1, fault));
        let err = kc
            .save("bot", &creds(2), Site::Global, "www.okx.com", false, true)
            .unwrap_err();
        let want = if fault == Fault::FailSet {
            ProblemKind::KeychainLocked
        } else {
            ProblemKind::KeychainMismatch
        };
        assert_eq!(err.kind, want);
        assert_eq!(
            fake.sets.lock().unwrap()["bot"],
            1,
            "only the first save wrote the saved item"
        );
        assert_eq!(saved_api_key(&fake, "bot").unwrap(), creds(1).api_key.expose());
        assert_eq!(fake.items.lock().unwrap().len(), 1, "staging item removed");
    }
}

#[test]
fn failed_overwrite_restores_the_old_key() {
    for fault in [Fault::FailSet, Fault::Garble] {
        let (kc, fake, _d) = keychain();
        kc.save("bot", &creds(1), Site::Global, "www.okx.com", false, false)
            .unwrap();
        // The 2nd set to "bot" is the overwrite of the replace.
        fake.faults.lock().unwrap().push(("bot".to_owned(), 2, fault));
        let err = kc
            .save("bot", &creds(2), Site::Global, "www.okx.com", false, true)
            .unwrap_err();
        assert!(matches!(
            err.kind,
            ProblemKind::KeychainLocked | ProblemKind::KeychainMismatch
        ));
        assert_eq!(kc.read("bot").unwrap().credentials, creds(1));
        assert_eq!(fake.items.lock().unwrap().len(), 1, "staging item removed");
        assert_eq!(kc.list().unwrap()[0].api_key_redacted, "1f1c…5a41", "index not updated");
    }
}

#[test]
fn failed_first_save_leaves_nothing() {
    let (kc, fake, _d) = keychain();
    fake.faults.lock().unwrap().push(("bot".to_owned(), 1, Fault::Garble));
    let err = kc
        .save("bot", &creds(1), Site::Global, "www.okx.com", false, false)
        .unwrap_err();
    assert_eq!(err.kind, ProblemKind::KeychainMismatch);
    assert!(fake.items.lock().unwrap().is_empty());
    assert!(kc.list().unwrap().is_empty());
}

#[test]
fn a_stale_staging_item_is_cleared() {
    let (kc, fake, _d) = keychain();
    fake.items
        .lock()
        .unwrap()
        .insert("bot#pending".to_owned(), "{}".to_owned());
    kc.save("bot", &creds(1), Site::Global, "www.okx.com", false, false)
        .unwrap();
    assert!(!fake.items.lock().unwrap().contains_key("bot#pending"));
}

#[test]
fn list_reports_items_gone_from_the_keychain() {
    let (kc, fake, _d) = keychain();
    kc.save("a", &creds(1), Site::Global, "www.okx.com", false, false)
        .unwrap();
    kc.save("b", &creds(2), Site::Global, "www.okx.com", false, false)
        .unwrap();
    fake.items.lock().unwrap().remove("a");
    let list = kc.list().unwrap();
    assert_eq!(
        list.iter()
            .map(|k| (k.label.as_str(), k.in_keychain))
            .collect::<Vec<_>>(),
        vec![("a", false), ("b", true)]
    );
    // Deleting a key whose item is already gone still removes its row.
    kc.delete("a").unwrap();
    assert_eq!(kc.list().unwrap().len(), 1);
}

#[test]
fn foreign_items_are_not_read_as_keys() {
    let (kc, fake, _d) = keychain();
    fake.items
        .lock()
        .unwrap()
        .insert("bot".to_owned(), "plain-password".to_owned());
    let err = kc.read("bot").unwrap_err();
    assert_eq!(err.kind, ProblemKind::KeychainMismatch);
    assert!(!err.message.to_string().contains("plain-password"));
    let ex = kc.existing("bot").unwrap().unwrap();
    assert!(ex.in_keychain);
    let err = kc
        .save("bot", &creds(1), Site::Global, "www.okx.com", false, false)
        .unwrap_err();
    assert_eq!(err.kind, ProblemKind::AlreadyExists);
    kc.save("bot", &creds(1), Site::Global, "www.okx.com", false, true)
        .unwrap();
    assert_eq!(kc.read("bot").unwrap().credentials, creds(1));
}

/// A label that starts with '-' would read as an option in the `run LABEL` lines the app writes;
/// "." and ".." read as folders. Refused with words that say what to do; labels that merely
/// hold a '-' or a '.' stay valid.
#[test]
fn labels_may_not_start_with_a_dash_or_be_only_dots() {
    for bad in ["-x", "--profile", "-", " -Bot", ".", "..", "..."] {
        let err = validate_label(bad).unwrap_err();
        assert_eq!(err.kind, ProblemKind::MalformedInput, "{bad}");
        assert!(err.message.to_string().contains("'-'"), "{bad}: {}", err.message);
        assert!(err.fix.to_string().contains("GridBot-1"), "{bad}: {}", err.fix);
    }
    for good in ["Bot-1", "a-", "_x", ".hidden", "x..y", "1.0", "Grid.Bot"] {
        assert_eq!(validate_label(good).unwrap(), good);
    }
}

#[test]
fn labels_are_checked_without_echo() {
    assert_eq!(validate_label("  BitcoinEra_GridBot ").unwrap(), "BitcoinEra_GridBot");
    assert_eq!(validate_label("a.b-c_9").unwrap(), "a.b-c_9");
    assert!(validate_label(&"x".repeat(50)).is_ok());
    for bad in [
        "",
        "   ",
        "has space",
        "bot#pending",
        "slash/no",
        "ключ",
        &"x".repeat(51),
    ] {
        let err = validate_label(bad).unwrap_err();
        assert_eq!(err.kind, ProblemKind::MalformedInput, "{bad}");
        if !bad.trim().is_empty() {
            assert!(!err.message.to_string().contains(bad.trim()), "{}", err.message);
        }
    }
    let (kc, _fake, _d) = keychain();
    assert_eq!(
        kc.save("no good", &creds(1), Site::Global, "www.okx.com", false, false)
            .unwrap_err()
            .kind,
        ProblemKind::MalformedInput
    );
    let empty = Credentials::new("k", "", "p");
    assert_eq!(
        kc.save("bot", &empty, Site::Global, "www.okx.com", false, false)
            .unwrap_err()
            .kind,
        ProblemKind::MalformedInput
    );
}

#[test]
fn the_words_fit_the_surface() {
    use crate::catalog::{locale, Locale, Surface};
    let (kc, _fake, _d) = keychain();
    kc.save("bot", &creds(1), Site::Global, "www.okx.com", false, false)
        .unwrap();
    let taken = kc
        .save("bot", &creds(2), Site::Global, "www.okx.com", false, false)
        .unwrap_err();
    let gone = kc.read("nobody").unwrap_err();
    let no_service = store::map_error(keyring::Error::PlatformFailure(
        "Unable to autolaunch a dbus-daemon".into(),
    ));
    let locked = store::map_error(keyring::Error::NoStorageAccess("prompt dismissed".into()));
    let cli = Locale::new("en", Surface::Cli);
    let window = Locale::english();
    for p in [&taken, &gone, &no_service, &locked] {
        for l in [&cli, &window] {
            let (m, f) = (p.message.render_in(l), p.fix.render_in(l));
            assert!(
                !m.starts_with("keychain-") && !f.starts_with("keychain-") && !f.is_empty(),
                "{m} | {f}"
            );
        }
        let f = p.fix.render_in(&cli);
        assert!(
            !f.contains("form") && !f.contains("Choose"),
            "the CLI has no form or buttons: {f}"
        );
    }
    assert!(taken.message.to_string().contains("“bot”"), "{}", taken.message);
    assert!(taken.fix.render_in(&cli).contains("--replace"));
    assert!(taken.fix.render_in(&window).starts_with("Choose Replace"));
    assert!(gone.fix.render_in(&cli).contains("okx-key-assistant list"));
    if cfg!(target_os = "linux") {
        assert!(no_service.fix.render_in(&cli).contains("dbus-run-session"));
        assert!(!no_service.fix.render_in(&window).contains("dbus-run-session"));
        assert!(locked.fix.render_in(&window).ends_with("The form keeps your values."));
    }
    // Serialized (the window's JSON and --json) as strings in the current locale.
    let v = locale::scoped(cli, || serde_json::to_value(&taken).unwrap());
    assert!(v["fix"].as_str().unwrap().contains("--replace"), "{v}");
    let label = validate_label("has space").unwrap_err();
    assert!(
        label.message.to_string().contains("1 to 50 letters"),
        "{}",
        label.message
    );
}

/// An item in the documented layout, as `secret-tool` or Python's `keyring` would write it.
fn layout_json(n: u8) -> String {
    format!(
        r#"{{"api_key":"{n}f1c2d3e-aaaa-bbbb-cccc-0123456a5a4{n}","secret_key":"22582BD0CFF14C41EDBF1AB98506286{n}","passphrase":"Passphrase-{n}!","site":"eea","api_host":"eea.okx.com","demo":true,"saved_at":"2026-11-26T18:00:00.000Z"}}"#
    )
}

#[test]
fn keys_without_an_index_row_are_listed_and_the_index_rebuilt() {
    let (kc, fake, _d) = keychain();
    {
        let mut items = fake.items.lock().unwrap();
        items.insert("Bot".into(), layout_json(1));
        items.insert("Other".into(), "not this app's json".into());
        items.insert("Bot#pending".into(), layout_json(2));
        items.insert("bad label".into(), layout_json(3));
    }
    assert_eq!(kc.saved_count(), 2, "the index is missing: the keychain is counted");
    assert_eq!(kc.saved_labels(), ["Bot", "Other"]);
    let list = kc.list().unwrap();
    let labels: Vec<&str> = list.iter().map(|k| k.label.as_str()).collect();
    assert_eq!(labels, ["Bot", "Other"], "no staging item, no invalid name");
    assert_eq!(
        (
            list[0].api_key_redacted.as_str(),
            list[0].site,
            list[0].demo,
            list[0].in_keychain
        ),
        ("1f1c…5a41", Site::Eea, true, true)
    );
    assert_eq!(list[1], SavedKey::unknown("Other"));
    // The index has the row built from the item (a foreign item has nothing to remember).
    let rows = Index::new(kc.index_dir().to_path_buf()).load();
    assert_eq!(rows.len(), 1);
    assert_eq!(
        (rows[0].label.as_str(), rows[0].api_host.as_str()),
        ("Bot", "eea.okx.com")
    );
    assert_eq!(kc.saved_count(), 1, "the index is back: its count");

    // A damaged index: the same, rebuilt.
    std::fs::write(kc.index_dir().join(index::INDEX_FILE), "garbage").unwrap();
    assert_eq!(kc.list().unwrap().len(), 2);
    assert_eq!(Index::new(kc.index_dir().to_path_buf()).load().len(), 1);

    // Reading a key by name brings its row back too (check LABEL).
    std::fs::remove_file(kc.index_dir().join(index::INDEX_FILE)).unwrap();
    let read = kc.read_many(&["Bot".to_owned()]);
    assert_eq!(read[0].as_ref().unwrap().credentials, creds(1));
    assert_eq!(Index::new(kc.index_dir().to_path_buf()).load()[0].label, "Bot");
}
