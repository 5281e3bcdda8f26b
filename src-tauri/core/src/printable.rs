//! The one cleaner for text that came from outside (OKX's answers, a label read back, a value in
//! the report) before a screen or a terminal shows it: every control, zero-width, invisible or
//! direction-changing character (the set [`CharKind::of`] declares once for the whole core,
//! bidi isolates U+2066–U+2069 and the Arabic letter mark U+061C included) becomes a space, so
//! such text can neither move a terminal's cursor nor reorder or hide what is around it.

use crate::credentials::trim::CharKind;

/// Must `c` be kept off a screen as it is? Every character [`CharKind::of`] names except the
/// plain space: controls, line breaks, tabs, odd blanks, zero-width and invisible characters.
pub fn is_unprintable(c: char) -> bool {
    c != ' ' && CharKind::of(c).is_some()
}

/// `text` with every [`is_unprintable`] character replaced by a space.
pub fn printable(text: &str) -> String {
    text.chars().map(|c| if is_unprintable(c) { ' ' } else { c }).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_and_every_direction_mark_become_spaces() {
        for c in [
            '\u{1b}',
            '\u{7}',
            '\u{9b}',
            '\n',
            '\r',
            '\t',
            '\u{200B}',
            '\u{200E}',
            '\u{200F}',
            '\u{202A}',
            '\u{202E}',
            '\u{2066}',
            '\u{2067}',
            '\u{2068}',
            '\u{2069}',
            '\u{061C}',
            '\u{FEFF}',
            '\u{E0041}',
        ] {
            assert!(is_unprintable(c), "U+{:04X}", c as u32);
            assert_eq!(printable(&format!("a{c}b")), "a b", "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn ordinary_text_in_any_script_is_kept() {
        for keep in [
            "Grid bot 1",
            "203.0.113.7, 198.51.100.2",
            "مفتاح التداول",
            "交易机器人",
            "Ключ-1",
        ] {
            assert_eq!(printable(keep), keep);
        }
    }
}
