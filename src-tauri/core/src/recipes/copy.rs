//! The plain (non-secret) clipboard path of the recipes: the window may copy a value or a code
//! block as plain text, but never something that looks like a secret. A text is refused when it
//! holds a run of 32 or more hex digits (an OKX secret key's shape), a UUID-shaped run (an API
//! key's shape), any value the app holds in memory as a secret, or is too long to be a recipe.

/// The longest text copied as plain text (a recipe's longest block is far shorter).
pub const MAX_PLAIN_CHARS: usize = 4000;

/// True when `text` may go to the clipboard as plain text. `secrets` are the values the app
/// holds (the pasted secret key and passphrase, Step 5's passphrase); empty ones are ignored.
pub fn safe_to_copy(text: &str, secrets: &[&str]) -> bool {
    if text.chars().count() > MAX_PLAIN_CHARS {
        return false;
    }
    if secrets.iter().any(|s| s.chars().count() >= 4 && text.contains(s)) {
        return false;
    }
    !has_run(text, 32, |c| c.is_ascii_hexdigit()) && !has_uuid(text)
}

fn has_run(text: &str, len: usize, set: impl Fn(char) -> bool) -> bool {
    let mut n = 0;
    for c in text.chars() {
        n = if set(c) { n + 1 } else { 0 };
        if n >= len {
            return true;
        }
    }
    false
}

/// An 8-4-4-4-12 run of hex digits anywhere in `text`.
fn has_uuid(text: &str) -> bool {
    let b = text.as_bytes();
    b.windows(36).any(|w| {
        w.iter().enumerate().all(|(i, c)| match i {
            8 | 13 | 18 | 23 => *c == b'-',
            _ => c.is_ascii_hexdigit(),
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recipes_pass_and_secret_shapes_do_not() {
        for kind in super::super::BotKind::ALL {
            for site in crate::okx::Site::ALL {
                let r = super::super::recipe(kind, site, true, "Bot_1");
                for c in &r.code {
                    assert!(safe_to_copy(&c.code, &[]), "{kind:?} {}", c.id);
                }
                for v in &r.values {
                    assert!(safe_to_copy(&v.value, &[]), "{kind:?} {}", v.id);
                }
            }
        }
        assert!(!safe_to_copy("5EBC552E6021AA32E756B50FA0CB5F15", &[]));
        assert!(!safe_to_copy("key: 6d2d3d84-9e34-4c05-94e1-c7da1293fd7f", &[]));
        assert!(!safe_to_copy("my Practice#Good1 here", &["Practice#Good1"]));
        assert!(safe_to_copy(
            "okx-key-assistant run Bot_1 -- python3 bot.py",
            &["", "ab"]
        ));
        assert!(!safe_to_copy(&"a".repeat(MAX_PLAIN_CHARS + 1), &[]));
    }
}
