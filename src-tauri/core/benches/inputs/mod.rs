//! The passphrases the benchmark and `examples/score_percentiles.rs` time, shared by both.
//!
//! "Ordinary" inputs are word passphrases like the ones people type. "Pathological" ones are what
//! makes zxcvbn slow: runs of punctuation and digits (many overlapping spatial, sequence, date and
//! l33t matches to combine), and l33t-substitutable symbols: upstream zxcvbn tries every
//! combination of substitutions (one dictionary pass per combination), exponential in the number
//! of distinct l33t symbols; our patched copy (vendor/zxcvbn/PATCHES.md) walks a word index
//! instead, and these rows are what show it.

/// The lengths timed: every 4 characters from OKX's minimum to its maximum.
pub const LENGTHS: [usize; 7] = [8, 12, 16, 20, 24, 28, 32];

/// A family of inputs: its name, whether it is pathological, and the text repeated to length.
pub const FAMILIES: [(&str, bool, &str); 9] = [
    ("words", false, "Velvet-Turnip7-Harbor-Lantern-Oak-"),
    ("sentence", false, "Mycatlovessardines&Jazz1984"),
    ("punctuation", true, "!@#$%^&*()"),
    ("digits_punctuation", true, "1!2@3#4$5%6^7&8*9(0)"),
    ("digits", true, "1234567890"),
    ("dates", true, "19901231"),
    ("keyboard_row", true, "`~!@#$%^&*()_+-=[]{}"),
    ("leet_symbols", true, "4@1!|0$5+7(<3"),
    // Every character of zxcvbn's l33t table: upstream's worst case (140 ms at p99).
    ("all_leet", true, "4@8({[</369&#!1/|0$5+7%2/"),
];

/// `pattern` repeated and cut to exactly `len` characters.
pub fn input(pattern: &str, len: usize) -> String {
    pattern.chars().cycle().take(len).collect()
}

/// Every (family, pathological, length, input) row, in a stable order (the bench iterates
/// [`FAMILIES`] itself, so only the example uses this).
#[allow(dead_code)]
pub fn rows() -> Vec<(&'static str, bool, usize, String)> {
    let mut rows = Vec::new();
    for (name, pathological, pattern) in FAMILIES {
        for len in LENGTHS {
            rows.push((name, pathological, len, input(pattern, len)));
        }
    }
    rows
}
