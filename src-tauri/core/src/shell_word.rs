//! Quoting one word (a key's label) for the POSIX `sh` command lines the app writes for the user
//! to paste (`okx-key-assistant run LABEL -- …`, `okx-key-assistant delete LABEL`). Labels are
//! checked to letters, digits, `_`, `-` and `.` (never a leading `-`), which need no quoting, so
//! the lines read as before; the quoting is there so that no label the checks ever miss can
//! split into two words, expand, or run something. Quoting is the `shlex` crate's.

use std::borrow::Cow;

/// `word` as one POSIX shell word: as it is when that is safe, else in single quotes. A NUL
/// (which no shell word can hold) is dropped.
pub fn shell_word(word: &str) -> Cow<'_, str> {
    match shlex::try_quote(word) {
        Ok(quoted) => quoted,
        Err(_) => Cow::Owned(
            shlex::try_quote(&word.replace('\0', ""))
                .map(Cow::into_owned)
                .unwrap_or_default(),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn valid_labels_read_as_before() {
        for label in ["Bot_1", "BitcoinEra_GridBot", "a.b-c_9", "LABEL"] {
            assert_eq!(shell_word(label), label);
        }
    }

    #[test]
    fn anything_else_stays_one_word_and_expands_nothing() {
        for word in [
            "two words",
            "it's",
            "$(touch x)",
            "`id`",
            "a;b|c&d",
            "*",
            "~",
            "new\nline",
            "\"q\"",
            "nul\0x",
        ] {
            let line = format!("run {} --", shell_word(word));
            let words = shlex::split(&line).expect("a valid shell line");
            assert_eq!(words, ["run", &word.replace('\0', ""), "--"], "{line}");
        }
    }
}
