//! [`MaskingWriter`]: passes a byte stream through, with every occurrence of the secret key and
//! the passphrase replaced by [`MASK`], even when an occurrence arrives split across writes.
//!
//! It holds back only the shortest tail that could still become a secret (a proper prefix of
//! one), so everything else goes out at once: a prompt without a newline is not delayed. Where
//! two secrets could match at one place, the leftmost and then the longest wins; the result is
//! the same however the stream is cut into writes. The held bytes and the secrets' copies are
//! wiped when the writer drops.

use std::io::{self, Write};
use zeroize::Zeroizing;

/// What a secret in the child's output is replaced with.
pub const MASK: &str = "<redacted by okx-key-assistant>";

/// A writer that masks secrets on their way to `inner`.
pub struct MaskingWriter<W: Write> {
    inner: Option<W>,
    secrets: Vec<Zeroizing<Vec<u8>>>,
    /// Bytes not written yet: they may be the start of a secret.
    held: Zeroizing<Vec<u8>>,
}

impl<W: Write> MaskingWriter<W> {
    /// Masks each of `secrets` (empty ones are ignored) in what is written to `inner`.
    pub fn new(inner: W, secrets: &[&str]) -> Self {
        MaskingWriter {
            inner: Some(inner),
            secrets: secrets
                .iter()
                .filter(|s| !s.is_empty())
                .map(|s| Zeroizing::new(s.as_bytes().to_vec()))
                .collect(),
            held: Zeroizing::new(Vec::new()),
        }
    }

    /// Writes what is held back (it can no longer become a secret: the stream ended) and gives
    /// back the inner writer.
    pub fn finish(mut self) -> io::Result<W> {
        self.drain(true)?;
        let mut inner = self.inner.take().ok_or_else(|| io::Error::other("finished twice"))?;
        inner.flush()?;
        Ok(inner)
    }

    /// The longest secret that starts at `at` in the held bytes, if one is there in full.
    fn match_at(&self, at: usize) -> Option<usize> {
        let rest = &self.held[at..];
        self.secrets
            .iter()
            .filter(|s| rest.starts_with(s))
            .map(|s| s.len())
            .max()
    }

    /// True when the held bytes from `at` on are the start of a secret but not all of it.
    fn may_become_secret(&self, at: usize) -> bool {
        let rest = &self.held[at..];
        self.secrets.iter().any(|s| s.len() > rest.len() && s.starts_with(rest))
    }

    /// Writes out everything that is decided; with `end`, everything.
    fn drain(&mut self, end: bool) -> io::Result<()> {
        let mut out: Zeroizing<Vec<u8>> = Zeroizing::new(Vec::with_capacity(self.held.len() + MASK.len()));
        let mut from = 0;
        let mut at = 0;
        let mut keep = self.held.len();
        while at < self.held.len() {
            if !end && self.may_become_secret(at) {
                keep = at;
                break;
            }
            if let Some(len) = self.match_at(at) {
                out.extend_from_slice(&self.held[from..at]);
                out.extend_from_slice(MASK.as_bytes());
                at += len;
                from = at;
            } else {
                at += 1;
            }
        }
        let keep = keep.max(from);
        out.extend_from_slice(&self.held[from..keep]);
        let rest = Zeroizing::new(self.held[keep..].to_vec());
        self.held = rest;
        if let Some(inner) = self.inner.as_mut() {
            inner.write_all(&out)?;
        }
        Ok(())
    }
}

impl<W: Write> Write for MaskingWriter<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.held.extend_from_slice(buf);
        self.drain(false)?;
        Ok(buf.len())
    }

    /// Flushes the inner writer. Bytes that may be the start of a secret stay held.
    fn flush(&mut self) -> io::Result<()> {
        match self.inner.as_mut() {
            Some(inner) => inner.flush(),
            None => Ok(()),
        }
    }
}

impl<W: Write> Drop for MaskingWriter<W> {
    fn drop(&mut self) {
        if self.inner.is_some() {
            let _ = self.drain(true);
            if let Some(inner) = self.inner.as_mut() {
                let _ = inner.flush();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The same masking done on the whole stream at once: leftmost, then longest.
    fn reference(input: &[u8], secrets: &[&[u8]]) -> Vec<u8> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < input.len() {
            let best = secrets
                .iter()
                .filter(|s| !s.is_empty() && input[i..].starts_with(s))
                .map(|s| s.len())
                .max();
            match best {
                Some(len) => {
                    out.extend_from_slice(MASK.as_bytes());
                    i += len;
                }
                None => {
                    out.push(input[i]);
                    i += 1;
                }
            }
        }
        out
    }

    fn masked_in_pieces(input: &[u8], secrets: &[&str], cuts: &[usize]) -> Vec<u8> {
        let mut w = MaskingWriter::new(Vec::new(), secrets);
        let mut at = 0;
        let mut cuts: Vec<usize> = cuts.iter().map(|c| c % (input.len() + 1)).collect();
        cuts.sort_unstable();
        for c in cuts.into_iter().chain([input.len()]) {
            w.write_all(&input[at..c.max(at)]).unwrap();
            at = c.max(at);
        }
        w.finish().unwrap()
    }

    fn contains(hay: &[u8], needle: &[u8]) -> bool {
        !needle.is_empty() && hay.windows(needle.len()).any(|w| w == needle)
    }

    #[test]
    fn a_secret_split_across_writes_is_masked() {
        let mut w = MaskingWriter::new(Vec::new(), &["5EBC552E6021AA32", "Practice#Good1"]);
        for piece in ["key=5EBC", "552E60", "21AA32 pass=Prac", "tice#Good1\n"] {
            w.write_all(piece.as_bytes()).unwrap();
        }
        let out = String::from_utf8(w.finish().unwrap()).unwrap();
        assert_eq!(out, format!("key={MASK} pass={MASK}\n"));
    }

    #[test]
    fn only_a_possible_start_of_a_secret_is_held_back() {
        let mut w = MaskingWriter::new(Vec::new(), &["SECRET"]);
        w.write_all(b"Enter a number: SEC").unwrap();
        assert_eq!(w.inner.as_deref(), Some(&b"Enter a number: "[..]));
        w.write_all(b"OND").unwrap();
        assert_eq!(w.inner.as_deref(), Some(&b"Enter a number: SECOND"[..]));
    }

    #[test]
    fn dropping_writes_what_was_held() {
        let mut sink = Vec::new();
        {
            let mut w = MaskingWriter::new(&mut sink, &["SECRET"]);
            w.write_all(b"SECR").unwrap();
        }
        assert_eq!(sink, b"SECR");
    }

    fn secret() -> impl Strategy<Value = String> {
        // A small alphabet, so secrets overlap, repeat and share prefixes; none of its letters
        // is in the mask, so a mask can never help spell a secret.
        proptest::string::string_regex("[ABC#]{1,6}").unwrap()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        #[test]
        fn however_the_stream_is_cut_the_output_is_the_whole_stream_masked(
            a in secret(),
            b in secret(),
            input in proptest::collection::vec(prop_oneof![Just(b'A'), Just(b'B'), Just(b'C'), Just(b'#'), Just(b'x')], 0..80),
            cuts in proptest::collection::vec(0usize..100, 0..12),
        ) {
            let out = masked_in_pieces(&input, &[&a, &b], &cuts);
            prop_assert_eq!(&out, &reference(&input, &[a.as_bytes(), b.as_bytes()]));
            prop_assert!(!contains(&out, a.as_bytes()), "secret a is in the output");
            prop_assert!(!contains(&out, b.as_bytes()), "secret b is in the output");
        }

        #[test]
        fn without_secrets_in_it_the_stream_is_unchanged(
            input in proptest::collection::vec(any::<u8>(), 0..200),
            cuts in proptest::collection::vec(0usize..300, 0..12),
        ) {
            let secret = "5EBC552E6021AA32E756B50FA0CB5F15";
            prop_assume!(!contains(&input, secret.as_bytes()));
            prop_assert_eq!(masked_in_pieces(&input, &[secret], &cuts), input);
        }
    }
}
