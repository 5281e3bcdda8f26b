//! The forms of the secret key and the passphrase that `run` masks in a bot's output, derived
//! once when the bot starts (every copy in a [`Zeroizing`] buffer with its room reserved up
//! front, so no reallocation leaves an unwiped copy behind):
//!
//! - each secret as it is (the matcher ignores ASCII letter case, so the secret key in lower or
//!   mixed case too), and every prefix of the secret key of [`MIN_KEY_PREFIX`] or more
//!   characters (a truncated print);
//! - percent-encoded as URL encoders write it: Python's `quote` (with and without `/` safe) and
//!   `quote_plus`, JavaScript's `encodeURIComponent` and `encodeURI`, HTML forms /
//!   `URLSearchParams` (`application/x-www-form-urlencoded`); upper or lower case hex;
//! - JSON-escaped as inside a JSON string: serde_json / `JSON.stringify` / Python
//!   `json.dumps(ensure_ascii=False)`, Python's default `ensure_ascii=True` (`\uXXXX` for
//!   everything outside printable ASCII, surrogate pairs past U+FFFF), Go's HTML-safe form
//!   (`<`, `>`, `&` as `\u003c`…), each also with `/` written as `\/`;
//! - base64, standard and URL-safe alphabets, with and without `=` padding, of each secret by
//!   itself; and for base64 of a longer text that holds the secret (`key:secret`), the part of
//!   it that only the secret's own bytes decide, for each of the 3 positions the secret can
//!   take in a 3-byte group: everything but at most one character at each end, which also
//!   carries bits of the neighbouring bytes.
//!
//! Forms shorter than [`MIN_FORM_LEN`] bytes (but for the secrets themselves) are left out: they
//! would mask ordinary text.

use base64::engine::general_purpose::{STANDARD, STANDARD_NO_PAD, URL_SAFE, URL_SAFE_NO_PAD};
use base64::Engine;
use zeroize::Zeroizing;

/// A printed prefix of the secret key this long or longer is masked.
pub const MIN_KEY_PREFIX: usize = 12;
/// A derived form shorter than this is not masked.
pub const MIN_FORM_LEN: usize = 6;

/// Bytes to be masked, wiped when dropped.
pub type Form = Zeroizing<Vec<u8>>;

/// Every form of the two secrets to mask (empty secrets give none), without duplicates.
pub fn all_forms(secret_key: &str, passphrase: &str) -> Vec<Form> {
    let mut forms: Vec<Form> = Vec::new();
    for secret in [secret_key, passphrase] {
        if secret.is_empty() {
            continue;
        }
        push(&mut forms, copy(secret.as_bytes()), 1);
        for form in url_forms(secret)
            .into_iter()
            .chain(json_forms(secret))
            .chain(base64_forms(secret.as_bytes()))
        {
            push(&mut forms, form, MIN_FORM_LEN);
        }
    }
    for end in MIN_KEY_PREFIX..secret_key.len() {
        if secret_key.is_char_boundary(end) {
            push(&mut forms, copy(&secret_key.as_bytes()[..end]), MIN_KEY_PREFIX);
        }
    }
    forms
}

fn push(forms: &mut Vec<Form>, form: Form, min_len: usize) {
    if form.len() >= min_len && !forms.iter().any(|f| f.eq_ignore_ascii_case(&form)) {
        forms.push(form);
    }
}

fn copy(bytes: &[u8]) -> Form {
    let mut v = Zeroizing::new(Vec::with_capacity(bytes.len()));
    v.extend_from_slice(bytes);
    v
}

/// Percent-encoded: the bytes each encoder leaves as they are, and whether a space becomes `+`.
const URL_ENCODERS: [(&[u8], bool); 6] = [
    (b"_.-~/", false),                // Python quote()
    (b"_.-~", false),                 // Python quote(safe="")
    (b"_.-~", true),                  // Python quote_plus(), Go QueryEscape
    (b"-_.!~*'()", false),            // JavaScript encodeURIComponent
    (b"-_.!~*'();/?:@&=+$,#", false), // JavaScript encodeURI
    (b"*-._", true),                  // HTML forms, URLSearchParams, serde_urlencoded
];

fn url_forms(secret: &str) -> Vec<Form> {
    URL_ENCODERS
        .iter()
        .map(|(keep, plus)| {
            let mut out = Zeroizing::new(Vec::with_capacity(secret.len() * 3));
            for &b in secret.as_bytes() {
                if b.is_ascii_alphanumeric() || keep.contains(&b) {
                    out.push(b);
                } else if b == b' ' && *plus {
                    out.push(b'+');
                } else {
                    out.extend_from_slice(&[b'%', HEX_UPPER[usize::from(b >> 4)], HEX_UPPER[usize::from(b & 15)]]);
                }
            }
            out
        })
        .collect()
}

const HEX_UPPER: &[u8; 16] = b"0123456789ABCDEF";

/// How a JSON writer escapes a string's characters.
#[derive(Clone, Copy)]
struct JsonStyle {
    /// `\uXXXX` for everything outside printable ASCII (Python's ensure_ascii).
    ascii_only: bool,
    /// `<`, `>`, `&` as `\u003c` … (Go's encoding/json).
    html_safe: bool,
    /// `/` as `\/` (PHP, some JavaScript).
    slash: bool,
}

fn json_forms(secret: &str) -> Vec<Form> {
    let mut forms = Vec::new();
    for ascii_only in [false, true] {
        for html_safe in [false, true] {
            for slash in [false, true] {
                forms.push(json_escape(
                    secret,
                    JsonStyle {
                        ascii_only,
                        html_safe,
                        slash,
                    },
                ));
            }
        }
    }
    forms
}

fn json_escape(secret: &str, style: JsonStyle) -> Form {
    // The longest escape is 12 bytes (a surrogate pair) for a 4-byte character, 6 for one byte.
    let mut out = Zeroizing::new(Vec::with_capacity(secret.len() * 6));
    for c in secret.chars() {
        match c {
            '"' => out.extend_from_slice(b"\\\""),
            '\\' => out.extend_from_slice(b"\\\\"),
            '\n' => out.extend_from_slice(b"\\n"),
            '\r' => out.extend_from_slice(b"\\r"),
            '\t' => out.extend_from_slice(b"\\t"),
            '\u{8}' => out.extend_from_slice(b"\\b"),
            '\u{c}' => out.extend_from_slice(b"\\f"),
            '/' if style.slash => out.extend_from_slice(b"\\/"),
            '<' | '>' | '&' | '\u{2028}' | '\u{2029}' if style.html_safe => unicode_escape(&mut out, c),
            c if c < ' ' => unicode_escape(&mut out, c),
            c if style.ascii_only && !(' '..='~').contains(&c) => unicode_escape(&mut out, c),
            c => {
                let mut buf = [0u8; 4];
                out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            }
        }
    }
    out
}

/// `\uXXXX` (lower case hex, as serde_json and Python write it), a surrogate pair past U+FFFF.
fn unicode_escape(out: &mut Form, c: char) {
    let mut units = [0u16; 2];
    for unit in c.encode_utf16(&mut units) {
        out.extend_from_slice(b"\\u");
        for shift in [12, 8, 4, 0] {
            out.push(b"0123456789abcdef"[usize::from((*unit >> shift) & 15)]);
        }
    }
}

fn base64_forms(secret: &[u8]) -> Vec<Form> {
    let mut forms = Vec::new();
    for engine in [&STANDARD, &URL_SAFE] {
        forms.push(encode(engine, secret));
    }
    for engine in [&STANDARD_NO_PAD, &URL_SAFE_NO_PAD] {
        forms.push(encode(engine, secret));
        // Inside a longer text: the secret starts at byte `lead` of a 3-byte group.
        for lead in 0..3usize {
            let mut shifted = Zeroizing::new(Vec::with_capacity(secret.len() + 2));
            shifted.resize(lead, 0);
            shifted.extend_from_slice(secret);
            let encoded = encode(engine, &shifted);
            // Characters made of the stand-in bytes, or mixing them with the secret's first one.
            let skip = [0, 2, 3][lead];
            // The last character mixes in the byte after the secret, unless the group is full.
            let cut = usize::from(shifted.len() % 3 != 0);
            if encoded.len() > skip + cut {
                forms.push(copy(&encoded[skip..encoded.len() - cut]));
            }
        }
    }
    forms
}

fn encode(engine: &impl Engine, bytes: &[u8]) -> Form {
    let mut out = Zeroizing::new(String::with_capacity(bytes.len().div_ceil(3) * 4 + 4));
    engine.encode_string(bytes, &mut out);
    copy(out.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEY: &str = "5EBC552E6021AA32E756B50FA0CB5F15";

    fn has(forms: &[Form], s: &str) -> bool {
        forms.iter().any(|f| f.eq_ignore_ascii_case(s.as_bytes()))
    }

    #[test]
    fn url_forms_are_those_of_python_and_javascript() {
        let forms = all_forms(KEY, "Practice#Good1 a/b");
        // quote, quote(safe=""), quote_plus, encodeURIComponent, encodeURI
        for s in [
            "Practice%23Good1%20a/b",
            "Practice%23Good1%20a%2Fb",
            "Practice%23Good1+a%2Fb",
            "Practice#Good1%20a/b",
        ] {
            assert!(has(&forms, s), "{s}");
        }
    }

    #[test]
    fn json_forms_match_serde_json_and_python_ensure_ascii() {
        let pass = "p\"ä\\/€😀<\n";
        let forms = all_forms(KEY, pass);
        let serde = serde_json::to_string(pass).unwrap();
        assert!(has(&forms, &serde[1..serde.len() - 1]), "{serde}");
        // json.dumps(pass) in Python 3
        assert!(has(&forms, r#"p\"\u00e4\\/\u20ac\ud83d\ude00<\n"#));
        assert!(has(&forms, r#"p\"\u00e4\\\/\u20ac\ud83d\ude00<\n"#));
        // Go's json.Marshal
        assert!(has(&forms, r#"p\"ä\\/€😀\u003c\n"#));
    }

    #[test]
    fn base64_forms_cover_the_secret_alone_and_inside_longer_text() {
        let pass = "Practice#Good1";
        let forms = all_forms(KEY, pass);
        for engine in [&STANDARD, &URL_SAFE, &STANDARD_NO_PAD, &URL_SAFE_NO_PAD] {
            assert!(has(&forms, &engine.encode(pass)));
            assert!(has(&forms, &engine.encode(KEY)));
        }
        for before in ["", "a", "ab", "key:", "user:12"] {
            for after in ["", "x", "xy", ":tail"] {
                let text = STANDARD.encode(format!("{before}{pass}{after}"));
                assert!(
                    forms
                        .iter()
                        .any(|f| f.len() >= 14 && text.as_bytes().windows(f.len()).any(|w| w == &f[..])),
                    "{before}|{after}: {text}"
                );
            }
        }
    }

    #[test]
    fn prefixes_of_the_key_from_twelve_characters() {
        let forms = all_forms(KEY, "Practice#Good1");
        assert!(has(&forms, &KEY[..12]));
        assert!(has(&forms, &KEY[..28]));
        assert!(!has(&forms, &KEY[..11]));
        assert!(!has(&forms, &KEY[1..13]));
    }
}
