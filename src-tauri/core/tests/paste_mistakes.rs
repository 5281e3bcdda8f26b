//! Real-world paste mistakes, each with the result the user must see: whether the values may be
//! tested (`ok`), the exact findings (field + stable code), the exact "trimmed" lines and the key
//! words of the message. Plus an end-to-end run (stray blanks and a swapped pair, cleaned and the
//! swap offered and applied), split-then-validate runs, and property tests over `validate`.
//!
//! All values are fake but realistic.

use okx_key_core::credentials::{
    split_paste, validate, Field, Level, MessageCode, PastedCredentials, Validation, ValidationContext,
};
use proptest::prelude::*;

const K: &str = "6f1c2d3e-8a9b-4c5d-9e0f-1a2b3c4d5a41";
const S: &str = "22582BD0CFF14C41EDBF1AB98506286D";
const P: &str = "Tr@ding!Safe99";
const LABEL: &str = "BitcoinEra_GridBot";

use Field::{ApiKey as KEY, Passphrase as PASS, SecretKey as SECRET};
use MessageCode as C;

struct Case {
    name: &'static str,
    input: [String; 3],
    step5: Option<&'static str>,
    ok: bool,
    codes: Vec<(Field, MessageCode)>,
    trimmed: Vec<&'static str>,
    says: Vec<&'static str>,
    swap: Option<[Field; 2]>,
}

fn case(name: &'static str, key: impl Into<String>, secret: impl Into<String>, pass: impl Into<String>) -> Case {
    Case {
        name,
        input: [key.into(), secret.into(), pass.into()],
        step5: None,
        ok: true,
        codes: vec![],
        trimmed: vec![],
        says: vec![],
        swap: None,
    }
}

impl Case {
    fn error(mut self) -> Self {
        self.ok = false;
        self
    }
    fn codes(mut self, codes: &[(Field, MessageCode)]) -> Self {
        self.codes = codes.to_vec();
        self
    }
    fn trimmed(mut self, t: &[&'static str]) -> Self {
        self.trimmed = t.to_vec();
        self
    }
    fn says(mut self, s: &[&'static str]) -> Self {
        self.says = s.to_vec();
        self
    }
    /// The passphrase made in Step 5 to compare with: the verdict is one of the codes.
    fn step5(mut self, p: &'static str) -> Self {
        self.step5 = Some(p);
        self
    }
    fn swap(mut self, a: Field, b: Field) -> Self {
        self.swap = Some([a, b]);
        self
    }
}

fn mistakes() -> Vec<Case> {
    vec![
        // --- blanks and invisible characters at the edges: cleaned, reported, nothing else ---
        case(
            "trailing space after the API key (copied from a web page)",
            format!("{K} "),
            S,
            P,
        )
        .trimmed(&["api_key: removed 1 trailing space"]),
        case(
            "trailing line break after the secret (copied a whole line)",
            K,
            format!("{S}\n"),
            P,
        )
        .trimmed(&["secret_key: removed 1 trailing line break"]),
        case("Windows line ending after the passphrase", K, S, format!("{P}\r\n"))
            .trimmed(&["passphrase: removed 1 trailing line break"]),
        case("leading spaces and a trailing line break", format!("  {K}\r\n"), S, P)
            .trimmed(&["api_key: removed 2 leading spaces and 1 trailing line break"]),
        case("leading tab from a spreadsheet cell", K, format!("\t{S}"), P)
            .trimmed(&["secret_key: removed 1 leading tab"]),
        case("no-break space from a word processor", format!("{K}\u{A0}"), S, P)
            .trimmed(&["api_key: removed 1 trailing no-break space"]),
        case("zero-width space from a chat app", K, format!("{S}\u{200B}"), P)
            .trimmed(&["secret_key: removed an invisible zero-width character at the end"]),
        case("byte-order mark from a Notepad file", format!("\u{FEFF}{K}"), S, P)
            .trimmed(&["api_key: removed an invisible zero-width character at the start"]),
        case(
            "ideographic space from a Chinese input method",
            K,
            S,
            format!("{P}\u{3000}"),
        )
        .trimmed(&["passphrase: removed 1 trailing blank character"]),
        case(
            "blanks on every field at once",
            format!(" {K}"),
            format!("{S} \n"),
            format!("\t{P}\u{2060}"),
        )
        .trimmed(&[
            "api_key: removed 1 leading space",
            "secret_key: removed 1 trailing space and 1 trailing line break",
            "passphrase: removed 1 leading tab and an invisible zero-width character at the end",
        ]),
        // --- quotes around a value ---
        case("double quotes from a config file", format!("\"{K}\""), S, P)
            .trimmed(&["api_key: removed quotes around the value"]),
        case("curly quotes from a document", K, format!("\u{201C}{S}\u{201D}"), P)
            .trimmed(&["secret_key: removed quotes around the value"]),
        case("single quotes from a Python config", K, format!("'{S}'"), P)
            .trimmed(&["secret_key: removed quotes around the value"]),
        case("backticks from a Markdown chat message", format!("`{K}`"), S, P)
            .trimmed(&["api_key: removed quotes around the value"]),
        case("quotes with a space inside them", K, S, format!("\"{P} \"")).trimmed(&[
            "passphrase: removed quotes around the value",
            "passphrase: removed 1 trailing space inside the quotes",
        ]),
        case("quotes inside quotes", format!("\"'{K}'\""), S, P)
            .trimmed(&["api_key: removed 2 pairs of quotes around the value"]),
        case("half-copied from JSON: a quote at one end only", format!("\"{K}"), S, P)
            .codes(&[(KEY, C::StrayQuote)])
            .says(&["starts with a quotation mark"]),
        // --- blanks or hidden characters inside: refused, with where ---
        case(
            "secret copied in two halves with a space between",
            K,
            "22582BD0CFF14C41 EDBF1AB98506286D",
            P,
        )
        .error()
        .codes(&[(SECRET, C::CharacterInside)])
        .says(&["The secret key has a space in the middle, after character 16."]),
        case(
            "secret wrapped onto two lines in a note",
            K,
            "22582BD0CFF14C41\nEDBF1AB98506286D",
            P,
        )
        .error()
        .codes(&[(SECRET, C::CharacterInside)])
        .says(&["a line break in the middle, after character 16"]),
        case(
            "direction mark copied from a right-to-left web page",
            "6f1c2d3e\u{200F}-8a9b-4c5d-9e0f-1a2b3c4d5a41",
            S,
            P,
        )
        .error()
        .codes(&[(KEY, C::CharacterInside)])
        .says(&[
            "an invisible formatting character in the middle, after character 8",
            "cannot be seen",
        ]),
        case(
            "zero-width joiner inside the passphrase",
            K,
            S,
            "Tr@ding!\u{200D}Safe99",
        )
        .error()
        .codes(&[(PASS, C::CharacterInside), (PASS, C::PassphraseReminder)])
        .says(&["an invisible zero-width character in the middle, after character 8"]),
        case(
            "space inside the passphrase and outer blanks",
            K,
            S,
            " Tr@ding Safe99! ",
        )
        .error()
        .codes(&[(PASS, C::CharacterInside), (PASS, C::PassphraseReminder)])
        .trimmed(&["passphrase: removed 1 leading space and 1 trailing space"])
        .says(&["The passphrase has a space in the middle, after character 7."]),
        // --- the wrong thing in a field ---
        case("key and secret swapped", S, K, P)
            .error()
            .codes(&[(KEY, C::KeyAndSecretSwapped)])
            .swap(KEY, SECRET)
            .says(&["are swapped"]),
        case("secret and passphrase swapped", K, P, S)
            .codes(&[(SECRET, C::PassphraseSwapped), (PASS, C::PassphraseReminder)])
            .swap(SECRET, PASS)
            .says(&["The secret key and the passphrase look swapped"]),
        case("the secret pasted into both key fields", S, S, P)
            .error()
            .codes(&[(SECRET, C::SameValueTwice), (KEY, C::SecretInKeyField)])
            .says(&["The secret key is the same as the API key."]),
        case("the API key pasted into the secret field too", K, K, P)
            .error()
            .codes(&[(SECRET, C::SameValueTwice)])
            .says(&["The secret key is the same as the API key."]),
        case(
            "the API key in the passphrase field, the passphrase in the key field",
            P,
            S,
            K,
        )
        .codes(&[(KEY, C::PassphraseSwapped), (PASS, C::PassphraseReminder)])
        .swap(KEY, PASS)
        .says(&["The API key and the passphrase look swapped"]),
        case("the secret pasted as the passphrase too", K, S, S)
            .error()
            .codes(&[(PASS, C::SameValueTwice), (PASS, C::PassphraseReminder)])
            .says(&["The passphrase is the same as the secret key."]),
        case("the key's name pasted instead of the key", LABEL, S, P)
            .error()
            .codes(&[(KEY, C::LabelInsteadOfKey)])
            .says(&["there is the key's name (\u{201C}BitcoinEra_GridBot\u{201D})"]),
        case(
            "the masked key from OKX's key list",
            "6f1c2d3e-****-****-****-1a2b3c4d5a41",
            S,
            P,
        )
        .error()
        .codes(&[(KEY, C::MaskedValue)])
        .says(&["shortened form OKX shows"]),
        case("the shortened key from a report", "6f1c…5a41", S, P)
            .error()
            .codes(&[(KEY, C::MaskedValue)]),
        case("stars instead of the secret", K, "********************************", P)
            .error()
            .codes(&[(SECRET, C::MaskedValue)]),
        case("dots copied from a hidden password field", K, S, "••••••••••")
            .error()
            .codes(&[(PASS, C::MaskedValue), (PASS, C::PassphraseReminder)]),
        case(
            "a whole note line pasted into the key field",
            format!("API Key: {K}"),
            S,
            P,
        )
        .error()
        .codes(&[(KEY, C::LabelIncluded)])
        .says(&["also holds the label \u{201C}API Key\u{201D}"]),
        case(
            "an env line pasted into the secret field",
            K,
            format!("OKX_SECRET_KEY={S}"),
            P,
        )
        .error()
        .codes(&[(SECRET, C::LabelIncluded)]),
        case("the API key in the passphrase field", "", S, K)
            .error()
            .codes(&[
                (KEY, C::Empty),
                (PASS, C::PassphraseLooksLikeApiKey),
                (PASS, C::PassphraseReminder),
            ])
            .says(&["The API key is empty.", "The passphrase looks like an API key"]),
        // --- shape warnings (OKX does not promise the formats) ---
        case("secret lower-cased by some tool", K, S.to_lowercase(), P)
            .codes(&[(SECRET, C::SecretKeyCase)])
            .says(&["small letters", "capital letters"]),
        case("API key in capitals", K.to_uppercase(), S, P)
            .codes(&[(KEY, C::ApiKeyCase)])
            .says(&["looks unusual"]),
        case("last character of the secret missed", K, &S[..31], P)
            .codes(&[(SECRET, C::SecretKeyShape)])
            .says(&["this one has 31"]),
        case("last character of the key missed", &K[..35], S, P)
            .codes(&[(KEY, C::ApiKeyShape)])
            .says(&["this one has 35"]),
        case("a full stop copied from the end of a sentence", format!("{K}."), S, P)
            .codes(&[(KEY, C::ApiKeyShape)])
            .says(&["this one has 37"]),
        case(
            "a key from another exchange",
            "vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A",
            "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j",
            P,
        )
        .codes(&[(KEY, C::ApiKeyShape), (SECRET, C::SecretKeyShape)]),
        // --- the passphrase ---
        case("the Step 5 passphrase, with a trailing space", K, S, format!("{P} "))
            .step5(P)
            .codes(&[(PASS, C::PassphraseMatches)])
            .trimmed(&["passphrase: removed 1 trailing space"]),
        case(
            "the OKX login password instead of the API passphrase",
            K,
            S,
            "MyLogin#2024",
        )
        .step5(P)
        .codes(&[(PASS, C::PassphraseDiffers)])
        .says(&["not the one you created in Step 5", "not your OKX login password"]),
        case("Caps Lock on while typing the passphrase", K, S, "tR@DING!sAFE99")
            .step5(P)
            .error()
            .codes(&[(PASS, C::PassphraseCaseDiffers)])
            .says(&["only in capital letters"]),
        case("a 6-digit PIN instead of the passphrase", K, S, "482913")
            .codes(&[(PASS, C::PassphraseLength), (PASS, C::PassphraseReminder)])
            .says(&["6 characters; OKX passphrases have 8 to 32"]),
        case(
            "smart punctuation turned ' into a curly quote",
            K,
            S,
            "Tr\u{2019}ding!Safe99",
        )
        .codes(&[(PASS, C::PassphraseNonAscii), (PASS, C::PassphraseReminder)])
        .says(&["curly"]),
        case("nothing pasted at all", "", " ", "\n")
            .error()
            .codes(&[(KEY, C::Empty), (SECRET, C::Empty), (PASS, C::Empty)])
            .trimmed(&[
                "secret_key: removed 1 leading space",
                "passphrase: removed 1 leading line break",
            ])
            .says(&[
                "The API key is empty.",
                "The secret key is empty.",
                "The passphrase is empty.",
            ]),
    ]
}

fn sorted(mut v: Vec<(Field, MessageCode)>) -> Vec<(&'static str, &'static str)> {
    let mut out: Vec<_> = v.drain(..).map(|(f, c)| (f.as_str(), c.as_str())).collect();
    out.sort();
    out
}

fn run(c: &Case) -> Validation {
    let [k, s, p] = &c.input;
    let ctx = ValidationContext {
        label: Some(LABEL.into()),
        expected_passphrase: c.step5.map(Into::into),
    };
    validate(&PastedCredentials::new(k.as_str(), s.as_str(), p.as_str()), &ctx)
}

/// The pasted values (cleaned at the edges) must never appear in what the window shows as text.
fn assert_no_value_leaks(c: &Case, v: &Validation) {
    let messages = serde_json::to_value(&v.messages).unwrap();
    let trimmed = serde_json::to_value(&v.trimmed).unwrap();
    let shown = format!("{messages} {trimmed}");
    for f in [Field::ApiKey, Field::SecretKey, Field::Passphrase] {
        let value = v.cleaned.get(f).expose();
        if value.chars().count() >= 6 && value != LABEL {
            assert!(
                !shown.contains(value),
                "{}: the {} value leaks into the messages",
                c.name,
                f.as_str()
            );
        }
    }
}

#[test]
fn every_paste_mistake_gets_the_right_result() {
    let cases = mistakes();
    assert!(
        cases.len() >= 30,
        "the table must hold at least 30 mistakes, has {}",
        cases.len()
    );
    let mut failures = Vec::new();
    for c in &cases {
        let v = run(c);
        let got: Vec<(Field, MessageCode)> = v.messages.iter().map(|m| (m.field, m.code)).collect();
        let mut problems = Vec::new();
        if v.ok != c.ok {
            problems.push(format!("ok: expected {}, got {}", c.ok, v.ok));
        }
        if sorted(got.clone()) != sorted(c.codes.clone()) {
            problems.push(format!(
                "codes: expected {:?}, got {:?}",
                sorted(c.codes.clone()),
                sorted(got)
            ));
        }
        if v.trimmed != c.trimmed {
            problems.push(format!("trimmed: expected {:?}, got {:?}", c.trimmed, v.trimmed));
        }
        if v.swap != c.swap {
            problems.push(format!("swap: expected {:?}, got {:?}", c.swap, v.swap));
        }
        for s in &c.says {
            if !v
                .messages
                .iter()
                .any(|m| m.message.to_string().contains(s) || m.fix.to_string().contains(s))
            {
                problems.push(format!(
                    "no message says {s:?}; messages: {:?}",
                    v.messages.iter().map(|m| &m.message).collect::<Vec<_>>()
                ));
            }
        }
        for m in &v.messages {
            if m.level != Level::Info && m.fix.is_empty() {
                problems.push(format!("{} has no fix", m.code.as_str()));
            }
        }
        if v.ok != v.credentials().is_some() {
            problems.push("credentials() must be Some exactly when ok".into());
        }
        assert_no_value_leaks(c, &v);
        if !problems.is_empty() {
            failures.push(format!("{}:\n    {}", c.name, problems.join("\n    ")));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases wrong:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

#[test]
fn a_clean_paste_passes_silently() {
    let ctx = ValidationContext {
        label: Some(LABEL.into()),
        expected_passphrase: None,
    };
    let v = validate(&PastedCredentials::new(K, S, P), &ctx);
    assert!(v.ok);
    assert!(v.is_silent(), "expected no messages and nothing trimmed, got {v:?}");
    assert!(v.swap.is_none());
    let c = v.credentials().unwrap();
    assert_eq!(
        (c.api_key.expose(), c.secret_key.expose(), c.passphrase.expose()),
        (K, S, P)
    );
}

/// The end-to-end run: stray blanks and a swapped pair are pasted; the values come back
/// cleaned, the swap is offered with a message; after the swap everything passes.
#[test]
fn end_to_end_blanks_and_a_swapped_pair() {
    let ctx = ValidationContext {
        label: Some(LABEL.into()),
        expected_passphrase: Some(P.into()),
    };
    let pasted = PastedCredentials::new(format!("  {S}\n"), format!("\u{FEFF}{K} "), format!("\"{P}\""));
    let v = validate(&pasted, &ctx);

    assert!(
        !v.ok,
        "a key and a secret exactly swapped are sure: nothing is sent until they are swapped back"
    );
    assert_eq!(v.cleaned.api_key.expose(), S);
    assert_eq!(v.cleaned.secret_key.expose(), K);
    assert_eq!(v.cleaned.passphrase.expose(), P);
    assert_eq!(
        v.trimmed,
        [
            "api_key: removed 2 leading spaces and 1 trailing line break",
            "secret_key: removed an invisible zero-width character at the start and 1 trailing space",
            "passphrase: removed quotes around the value",
        ]
    );
    assert_eq!(v.swap, Some([Field::ApiKey, Field::SecretKey]));
    let swap = v
        .messages
        .iter()
        .find(|m| m.code == MessageCode::KeyAndSecretSwapped)
        .unwrap();
    assert_eq!((swap.field, swap.level), (Field::ApiKey, Level::Error));
    assert!(swap
        .message
        .to_string()
        .starts_with("The API key and the secret key are swapped"));
    assert!(swap.fix.to_string().contains("Swap them"));
    assert!(v.messages.iter().any(|m| m.code == MessageCode::PassphraseMatches));

    // What the window sends back after Swap: the cleaned values, swapped.
    let again = PastedCredentials::new(
        v.cleaned.secret_key.expose(),
        v.cleaned.api_key.expose(),
        v.cleaned.passphrase.expose(),
    );
    let v2 = validate(&again, &ctx);
    assert!(v2.ok && v2.trimmed.is_empty() && v2.swap.is_none());
    assert_eq!(
        v2.messages.iter().map(|m| m.code).collect::<Vec<_>>(),
        [MessageCode::PassphraseMatches]
    );
    let creds = v2.credentials().unwrap();
    assert_eq!((creds.api_key.expose(), creds.secret_key.expose()), (K, S));
    assert!(!format!("{creds:?} {v2:?}").contains(S));
}

/// A password-manager note pasted into one field: split, then checked, passes silently.
#[test]
fn split_then_validate() {
    for note in [
        format!("OKX API — BitcoinEra GridBot\nAPI Key: {K} \nSecret Key: {S}\nPassphrase: {P}\n"),
        format!("{{\"apiKey\": \"{K}\", \"secret\": \"{S}\", \"password\": \"{P}\"}}"),
        format!("{S}\n{K}\n{P}"),
        format!("apikey={K}\r\nsecretkey={S}\r\npassphrase={P}\r\n"),
    ] {
        let s = split_paste(&note).unwrap();
        assert_eq!(s.found(), 3, "{note:?}");
        let p = PastedCredentials::new(s.get(KEY).unwrap(), s.get(SECRET).unwrap(), s.get(PASS).unwrap());
        let v = validate(&p, &ValidationContext::default());
        assert!(v.is_silent(), "{note:?}: {:?}", v.messages);
    }
    assert!(
        split_paste(&format!("{K}\n")).is_none(),
        "a single line stays in its field"
    );
}

/// `core` with stray blanks around it, maybe wrapped in a pair of quotes (with blanks inside).
fn decorated(core: impl Strategy<Value = String>) -> impl Strategy<Value = String> {
    let blank = || "[ \t\r\n\u{A0}\u{200B}\u{FEFF}\u{2060}\u{3000}]{0,3}";
    let quotes = prop_oneof![
        Just(("", "")),
        Just(("\"", "\"")),
        Just(("'", "'")),
        Just(("\u{201C}", "\u{201D}")),
        Just(("`", "`"))
    ];
    (blank(), quotes, blank(), core, blank(), blank())
        .prop_map(|(a, (open, close), b, core, c, d)| format!("{a}{open}{b}{core}{c}{close}{d}"))
}

proptest! {
    #[test]
    fn validate_never_panics(k in any::<String>(), s in any::<String>(), p in any::<String>(), e in proptest::option::of(any::<String>())) {
        let ctx = ValidationContext { label: Some(LABEL.into()), expected_passphrase: e.map(Into::into) };
        let v = validate(&PastedCredentials::new(k, s, p), &ctx);
        prop_assert_eq!(v.ok, !v.messages.iter().any(|m| m.level == Level::Error));
        prop_assert_eq!(v.ok, v.credentials().is_some());
    }

    #[test]
    fn split_paste_never_panics(text in any::<String>()) {
        let _ = split_paste(&text);
    }

    #[test]
    fn okx_shaped_values_with_stray_blanks_pass_and_never_leak(
        k in decorated("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"),
        s in decorated("[0-9A-F]{32}"),
        p in decorated("[A-Za-z0-9!@#$%^&*]{8,32}"),
    ) {
        let v = validate(&PastedCredentials::new(k.as_str(), s.as_str(), p.as_str()), &ValidationContext::default());
        prop_assert!(v.ok, "{:?}", v.messages);
        prop_assert!(v.messages.is_empty(), "{:?}", v.messages);
        let shown = serde_json::to_string(&(&v.messages, &v.trimmed)).unwrap();
        for f in [Field::ApiKey, Field::SecretKey, Field::Passphrase] {
            let value = v.cleaned.get(f).expose();
            prop_assert!(k.contains(value) || s.contains(value) || p.contains(value));
            prop_assert!(!shown.contains(value));
        }
    }
}
