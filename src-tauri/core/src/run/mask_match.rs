//! [`Masks`]: the set of byte strings to mask and the two questions a streaming masker asks of
//! it: which one (the longest) starts here, and could these last bytes still grow into one.
//! ASCII letter case is ignored throughout.
//!
//! Hand-written rather than the `aho-corasick` crate: its automaton and prefilters keep copies
//! of the patterns (the secrets) that cannot be wiped; here every copy is a `Zeroizing` buffer.
//! A table of first bytes keeps the scan fast (see `benches/` and the test that measures it).

use super::mask_forms::{all_forms, Form};

/// The strings to mask, stored lower-cased, wiped when dropped.
pub struct Masks {
    patterns: Vec<Form>,
    /// For each (lower-cased) first byte, the patterns starting with it, longest first.
    by_first: Vec<Vec<usize>>,
    /// Whether any pattern starts with this (lower-cased) byte.
    first: [bool; 256],
    longest: usize,
}

impl Masks {
    /// Every form of the secret key and the passphrase that `run` masks ([`super::mask_forms`]).
    pub fn for_key(secret_key: &str, passphrase: &str) -> Masks {
        Masks::new(all_forms(secret_key, passphrase))
    }

    /// Every form of several keys' secrets, `(secret key, passphrase)` each: what `run
    /// --restart-on-change` masks once a key was replaced (the old one and the new one).
    pub fn for_keys(keys: &[(&str, &str)]) -> Masks {
        Masks::new(keys.iter().flat_map(|(s, p)| all_forms(s, p)).collect())
    }

    /// Exactly these strings (empty ones are ignored), in any ASCII letter case.
    pub fn exact(strings: &[&[u8]]) -> Masks {
        Masks::new(
            strings
                .iter()
                .map(|s| {
                    let mut v = zeroize::Zeroizing::new(Vec::with_capacity(s.len()));
                    v.extend_from_slice(s);
                    v
                })
                .collect(),
        )
    }

    fn new(mut patterns: Vec<Form>) -> Masks {
        patterns.retain(|p| !p.is_empty());
        for p in &mut patterns {
            p.make_ascii_lowercase();
        }
        let mut by_first = vec![Vec::new(); 256];
        let mut first = [false; 256];
        for (i, p) in patterns.iter().enumerate() {
            by_first[usize::from(p[0])].push(i);
            first[usize::from(p[0])] = true;
        }
        for list in &mut by_first {
            list.sort_by_key(|&i| std::cmp::Reverse(patterns[i].len()));
        }
        let longest = patterns.iter().map(|p| p.len()).max().unwrap_or(0);
        Masks {
            patterns,
            by_first,
            first,
            longest,
        }
    }

    /// The length of the longest pattern.
    pub fn longest(&self) -> usize {
        self.longest
    }

    /// True when a pattern may start with byte `b`.
    #[inline]
    pub fn may_start(&self, b: u8) -> bool {
        self.first[usize::from(b.to_ascii_lowercase())]
    }

    /// The length of the longest pattern that `hay` starts with, whole.
    pub fn match_at(&self, hay: &[u8]) -> Option<usize> {
        let b = *hay.first()?;
        self.by_first[usize::from(b.to_ascii_lowercase())]
            .iter()
            .map(|&i| &self.patterns[i])
            .find(|p| p.len() <= hay.len() && same(p, &hay[..p.len()]))
            .map(|p| p.len())
    }

    /// True when `tail` (not empty) is the start of a pattern but not all of it: more bytes
    /// could still make it a match, or a longer one.
    pub fn could_grow(&self, tail: &[u8]) -> bool {
        let Some(&b) = tail.first() else {
            return false;
        };
        self.by_first[usize::from(b.to_ascii_lowercase())]
            .iter()
            .map(|&i| &self.patterns[i])
            .take_while(|p| p.len() > tail.len())
            .any(|p| same(&p[..tail.len()], tail))
    }
}

/// `pattern` (lower case) equals `text` but for ASCII letter case.
#[inline]
fn same(pattern: &[u8], text: &[u8]) -> bool {
    pattern.iter().zip(text).all(|(p, t)| *p == t.to_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_longest_match_wins_and_case_is_ignored() {
        let m = Masks::exact(&[b"abc", b"ABCDE", b"x"]);
        assert_eq!(m.match_at(b"AbCdEf"), Some(5));
        assert_eq!(m.match_at(b"abcd"), Some(3));
        assert_eq!(m.match_at(b"ab"), None);
        assert!(m.could_grow(b"ab"));
        assert!(m.could_grow(b"abcd"));
        assert!(!m.could_grow(b"abcde"));
        assert!(!m.could_grow(b"x"));
        assert_eq!(m.longest(), 5);
    }

    #[test]
    fn several_keys_mask_each_ones_secrets() {
        let m = Masks::for_keys(&[
            ("OLDSECRET0123456789", "Old#Pass1"),
            ("NEWSECRET9876543210", "New#Pass2"),
        ]);
        for s in [
            &b"oldsecret0123456789"[..],
            b"Old#Pass1",
            b"NEWSECRET9876543210",
            b"New#Pass2",
        ] {
            assert_eq!(m.match_at(s), Some(s.len()), "{}", String::from_utf8_lossy(s));
        }
    }
}
