//! Inputs the fuzzer (`examples/fuzz/`) found, kept as plain tests: text quoted back to the user
//! from a paste or from a server never carries hidden characters, and OKX's code is bounded.

use okx_key_core::credentials::trim::CharKind;
use okx_key_core::credentials::{split_paste, validate, PastedCredentials, ValidationContext};
use okx_key_core::okx::codes::{problem_for_code, CodeContext};
use okx_key_core::{ProblemKind, Site};

fn plain(s: &str) -> bool {
    s.chars().all(|c| c == ' ' || CharKind::of(c).is_none())
}

#[test]
fn a_left_out_login_password_label_is_quoted_without_hidden_characters() {
    let paste = "API Key: 6f1c2d3e-8a9b-4c5d-9e0f-1a2b3c4d5a41\nLogi\u{1f}n\u{202E} password: hunter2hunter2\n\
                 Passphrase: Tr@ding!Safe99";
    let s = split_paste(paste).unwrap();
    assert_eq!(s.notes.len(), 1);
    let n = s.notes[0].to_string();
    assert!(plain(&n), "{n:?}");
    assert!(n.contains("\u{201C}Login password\u{201D}"), "{n}");
}

#[test]
fn a_label_with_a_control_character_is_quoted_without_it() {
    let pasted = PastedCredentials::new(
        "\u{1a}export OKX_API_KEY=6f1c2d3e-8a9b-4c5d-9e0f-1a2b3c4d5a41",
        "22582BD0CFF14C41EDBF1AB98506286D",
        "Tr@ding!Safe99",
    );
    let v = validate(&pasted, &ValidationContext::default());
    assert!(!v.ok);
    for m in &v.messages {
        assert!(
            plain(&m.message.to_string()) && plain(&m.fix.to_string()),
            "{:?}",
            m.message
        );
    }
}

#[test]
fn a_garbled_okx_code_is_bounded_and_printable() {
    let ctx = CodeContext::new(Site::Global, false, "www.okx.com");
    let p = problem_for_code("5\u{11}01\u{202E}05", "", 401, &ctx);
    assert_eq!(p.okx_code.as_deref(), Some("50105"));
    assert_eq!(p.kind, ProblemKind::WrongPassphrase);

    let long = "9".repeat(10_000);
    let p = problem_for_code(&long, "x\u{202E}y\n\"z\"", 200, &ctx);
    assert_eq!(p.kind, ProblemKind::UnexpectedResponse);
    assert_eq!(p.okx_code.as_deref().map(str::len), Some(32));
    assert!(
        p.message.to_string().len() < 400 && plain(&p.message.to_string()) && plain(&p.fix.to_string()),
        "{}",
        p.message
    );

    let p = problem_for_code("", "", 200, &ctx);
    assert_eq!(p.okx_code, None);
    assert!(p.message.to_string().contains("an error"), "{}", p.message);
    assert!(!p.message.to_string().contains("code ,"), "{}", p.message);
}
