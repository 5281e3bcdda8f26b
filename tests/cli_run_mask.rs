//! `okx-key-assistant run` masks the encoded and truncated forms of a saved key's secrets, not
//! only their exact bytes: a real `run LABEL -- python3 -c ...` against a key saved from the
//! simulator, whose bot prints the secret key's first 28 characters, the secret key in lower
//! case, the passphrase URL-encoded, JSON-escaped and base64-encoded, on stdout and on stderr,
//! a character at a time too. Needs the private keyring session:
//!
//! ```text
//! tests/session.sh cargo test --test cli_run_mask
//! ```
#![cfg(target_os = "linux")]

mod cli_common;

use cli_common::keyring::{clear, have_keyring};
use cli_common::*;
use okx_simulator::practice_account;

const MASK: &str = "<redacted by okx-key-assistant>";

/// Prints each form on its own line, on the stream named by argv[1]; the last form a character
/// per write (each its own read on `run`'s side, most likely).
const BOT: &str = r#"
import base64, json, os, sys, urllib.parse
out = sys.stdout if sys.argv[1] == "stdout" else sys.stderr
key, pw = os.environ["OKX_SECRET_KEY"], os.environ["OKX_PASSPHRASE"]
forms = [
    key[:28],
    key.lower(),
    key[:12].lower(),
    urllib.parse.quote(pw),
    urllib.parse.quote(pw).lower(),
    urllib.parse.quote_plus(pw),
    json.dumps(pw)[1:-1],
    json.dumps({"passphrase": pw, "secret": key}),
    base64.b64encode(pw.encode()).decode(),
    base64.urlsafe_b64encode(pw.encode()).decode().rstrip("="),
    base64.b64encode(key.encode()).decode(),
    base64.b64encode(("user:" + pw).encode()).decode(),
]
for i, f in enumerate(forms):
    out.write(f"form {i}: {f} end\n")
    out.flush()
for ch in urllib.parse.quote(pw) + "\n":
    out.write(ch)
    out.flush()
out.write("eleven " + key[:11] + "\n")
out.flush()
"#;

#[test]
fn encoded_and_truncated_secrets_are_masked_on_stdout_and_stderr() {
    if !have_keyring("encoded_and_truncated_secrets_are_masked") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let data = data.to_str().unwrap();
    let a = practice_account("good").unwrap();
    let label = "Run_Mask_Forms";
    clear(label);
    let env: Vec<(&str, String)> = key_env(&a)
        .into_iter()
        .chain([("XDG_DATA_HOME", data.to_owned())])
        .collect();
    let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let saved = cli(&["save", label], &env);
    assert_eq!(saved.code, 0, "save:\n{}\n{}", saved.stdout, saved.stderr);

    let pw_url = a.passphrase.replace('#', "%23");
    assert_eq!(pw_url, "Practice%23Good1", "the simulator's passphrase changed");
    let forbidden = [
        a.secret_key[..12].to_lowercase(),
        a.passphrase.to_lowercase(),
        pw_url.to_lowercase(),
        // base64 of "Practice#Good1", of the part of "user:Practice#Good1" that only the
        // passphrase decides, of the secret key
        "UHJhY3RpY2UjR29vZDE".to_lowercase(),
        "QcmFjdGljZSNHb29kM".to_lowercase(),
        "NUVCQzU1MkU2MDIx".to_lowercase(),
    ];
    for stream in ["stdout", "stderr"] {
        let r = cli(
            &["run", label, "--", "python3", "-c", BOT, stream],
            &[("XDG_DATA_HOME", data)],
        );
        assert_eq!(r.code, 0, "{}\n{}", r.stdout, r.stderr);
        let text = if stream == "stdout" { &r.stdout } else { &r.stderr };
        let lower = text.to_lowercase();
        for f in &forbidden {
            assert!(!lower.contains(f.as_str()), "{stream} shows {f}:\n{text}");
        }
        let form_lines: Vec<&str> = text.lines().filter(|l| l.starts_with("form ")).collect();
        assert_eq!(form_lines.len(), 12, "{text}");
        for line in &form_lines {
            assert!(line.contains(MASK) && line.ends_with(" end"), "{line}");
        }
        assert!(
            text.lines().any(|l| l == MASK),
            "the passphrase written a character at a time:\n{text}"
        );
        // What is not promised: eleven leading characters are shown as they are.
        assert!(text.contains(&format!("eleven {}", &a.secret_key[..11])), "{text}");
        assert_no_secrets_but_eleven(text, &a.secret_key);
    }
    clear(label);
}

/// No 12-character run of the secret key's start shows, in any case.
fn assert_no_secrets_but_eleven(text: &str, secret_key: &str) {
    let lower = text.to_lowercase();
    for end in 12..=secret_key.len() {
        assert!(!lower.contains(&secret_key[..end].to_lowercase()), "{text}");
    }
}
