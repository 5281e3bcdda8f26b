//! [`MaskingWriter`]: passes a byte stream through, with every occurrence of a secret's masked
//! forms ([`Masks`]: the secret key and the passphrase, their encodings, the key's prefixes, see
//! `mask_forms`) replaced by [`MASK`], even when an occurrence arrives split across writes.
//!
//! It holds back only the bytes that could still grow into a match (the longest tail that is a
//! proper start of a pattern), so everything else goes out at once: a prompt without a newline
//! is not delayed. Where patterns could match at one place, the leftmost and then the longest
//! wins; the result is the same however the stream is cut into writes. The held bytes are kept
//! in a buffer that is never reallocated in place (a bigger one is made and the old one wiped)
//! and wiped when the writer drops; the patterns are wiped when the last writer sharing them
//! drops.

use super::mask_match::Masks;
use std::io::{self, Write};
use std::sync::Arc;
use zeroize::{Zeroize, Zeroizing};

/// What a secret in the child's output is replaced with.
pub const MASK: &str = "<redacted by okx-key-assistant>";

/// A writer that masks secrets on their way to `inner`.
pub struct MaskingWriter<W: Write> {
    inner: Option<W>,
    masks: Arc<Masks>,
    /// Bytes not written yet: the end of them may be the start of a secret.
    held: Zeroizing<Vec<u8>>,
    /// What goes out, reused between writes.
    out: Zeroizing<Vec<u8>>,
}

impl<W: Write> MaskingWriter<W> {
    /// Masks what `masks` names in what is written to `inner`.
    pub fn new(inner: W, masks: Arc<Masks>) -> Self {
        MaskingWriter {
            inner: Some(inner),
            masks,
            held: Zeroizing::new(Vec::new()),
            out: Zeroizing::new(Vec::new()),
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

    /// Where the held bytes from `from` on stop being surely decided: the first position
    /// whose tail could still grow into a match (the end when none).
    fn undecided_from(&self, from: usize) -> usize {
        let len = self.held.len();
        let window = len.saturating_sub(self.masks.longest().saturating_sub(1));
        (from.max(window)..len)
            .find(|&j| self.masks.may_start(self.held[j]) && self.masks.could_grow(&self.held[j..]))
            .unwrap_or(len)
    }

    /// Writes out everything that is decided; with `end`, everything.
    fn drain(&mut self, end: bool) -> io::Result<()> {
        let len = self.held.len();
        let stop_from = |w: &Self, at: usize| if end { len } else { w.undecided_from(at) };
        let mut stop = stop_from(self, 0);
        let mut out = std::mem::take(&mut self.out);
        out.clear();
        reserve_wiped(&mut out, len + MASK.len());
        let (mut from, mut at) = (0, 0);
        while at < stop {
            if self.masks.may_start(self.held[at]) {
                if let Some(n) = self.masks.match_at(&self.held[at..]) {
                    extend_wiped(&mut out, &self.held[from..at]);
                    extend_wiped(&mut out, MASK.as_bytes());
                    at += n;
                    from = at;
                    stop = stop_from(self, at);
                    continue;
                }
            }
            at += 1;
        }
        extend_wiped(&mut out, &self.held[from..stop]);
        // Keep held[stop..]: move it to the front and wipe what it leaves behind.
        self.held.copy_within(stop.., 0);
        let rest = len - stop;
        self.held[rest..].zeroize();
        self.held.truncate(rest);
        let written = match self.inner.as_mut() {
            Some(inner) => inner.write_all(&out),
            None => Ok(()),
        };
        self.out = out;
        written
    }
}

/// Makes room for `more` bytes without leaving an unwiped copy: a reallocation would free the
/// old buffer as it is, so a new one is made and the old one wiped here.
fn reserve_wiped(buf: &mut Zeroizing<Vec<u8>>, more: usize) {
    let need = buf.len() + more;
    if need > buf.capacity() {
        let mut bigger = Zeroizing::new(Vec::with_capacity(need.max(buf.capacity() * 2)));
        bigger.extend_from_slice(buf);
        *buf = bigger;
    }
}

fn extend_wiped(buf: &mut Zeroizing<Vec<u8>>, bytes: &[u8]) {
    reserve_wiped(buf, bytes.len());
    buf.extend_from_slice(bytes);
}

impl<W: Write> Write for MaskingWriter<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        extend_wiped(&mut self.held, buf);
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
    use base64::Engine;
    use proptest::prelude::*;

    const KEY: &str = "5EBC552E6021AA32E756B50FA0CB5F15";
    const PASS: &str = "Practice#Good1";

    fn exact(secrets: &[&str]) -> Arc<Masks> {
        let bytes: Vec<&[u8]> = secrets.iter().map(|s| s.as_bytes()).collect();
        Arc::new(Masks::exact(&bytes))
    }

    /// The same masking done on the whole stream at once: leftmost, then longest, any case.
    fn reference(input: &[u8], secrets: &[&[u8]]) -> Vec<u8> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < input.len() {
            let best = secrets
                .iter()
                .filter(|s| {
                    !s.is_empty() && input.len() - i >= s.len() && input[i..i + s.len()].eq_ignore_ascii_case(s)
                })
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

    fn masked_in_pieces(input: &[u8], masks: &Arc<Masks>, cuts: &[usize]) -> Vec<u8> {
        let mut w = MaskingWriter::new(Vec::new(), masks.clone());
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
        let mut w = MaskingWriter::new(Vec::new(), exact(&["5EBC552E6021AA32", "Practice#Good1"]));
        for piece in ["key=5EBC", "552E60", "21AA32 pass=Prac", "tice#Good1\n"] {
            w.write_all(piece.as_bytes()).unwrap();
        }
        let out = String::from_utf8(w.finish().unwrap()).unwrap();
        assert_eq!(out, format!("key={MASK} pass={MASK}\n"));
    }

    #[test]
    fn only_a_possible_start_of_a_secret_is_held_back() {
        let mut w = MaskingWriter::new(Vec::new(), exact(&["SECRET"]));
        w.write_all(b"Enter a number: SEC").unwrap();
        assert_eq!(w.inner.as_deref(), Some(&b"Enter a number: "[..]));
        w.write_all(b"OND").unwrap();
        assert_eq!(w.inner.as_deref(), Some(&b"Enter a number: SECOND"[..]));
        // A whole secret that nothing longer could extend goes out (masked) at once.
        w.write_all(b" secret").unwrap();
        assert_eq!(w.inner.as_deref().map(|b| b.ends_with(MASK.as_bytes())), Some(true));
    }

    #[test]
    fn with_the_real_forms_a_prompt_is_not_held_back() {
        let mut w = MaskingWriter::new(Vec::new(), Arc::new(Masks::for_key(KEY, PASS)));
        w.write_all(b"Enter the amount: ").unwrap();
        assert_eq!(w.inner.as_deref(), Some(&b"Enter the amount: "[..]));
    }

    #[test]
    fn dropping_writes_what_was_held() {
        let mut sink = Vec::new();
        {
            let mut w = MaskingWriter::new(&mut sink, exact(&["SECRET"]));
            w.write_all(b"SECR").unwrap();
        }
        assert_eq!(sink, b"SECR");
    }

    /// Every form `run` promises to mask, each on a line of its own.
    fn careless_output() -> (String, Vec<String>) {
        let b64 = base64::engine::general_purpose::STANDARD;
        let b64url = base64::engine::general_purpose::URL_SAFE_NO_PAD;
        let forms = vec![
            KEY.to_owned(),
            KEY.to_lowercase(),
            KEY[..28].to_owned(),
            KEY[..12].to_lowercase(),
            PASS.to_owned(),
            "Practice%23Good1".to_owned(),
            "practice%23good1".to_owned(),
            serde_json::to_string(PASS).unwrap().trim_matches('"').to_owned(),
            b64.encode(PASS),
            b64url.encode(PASS),
            b64.encode(KEY),
        ];
        let mut text = String::from("start ");
        for (i, f) in forms.iter().enumerate() {
            text.push_str(&format!("form {i}: {f} end\n"));
        }
        // Inside longer base64 (HTTP Basic style), at each alignment.
        for before in ["", "a", "ab"] {
            text.push_str(&format!("basic {}\n", b64.encode(format!("{before}user:{PASS}:more"))));
        }
        (text, forms)
    }

    /// No 8-character piece of a secret's base64 core shows.
    fn assert_masked(out: &[u8], forms: &[String]) {
        let out = String::from_utf8_lossy(out);
        for f in forms {
            assert!(!out.to_lowercase().contains(&f.to_lowercase()), "{f} shows in:\n{out}");
        }
        assert!(!out.contains(&KEY[..12]) && !out.contains(&PASS[..8]), "{out}");
        for line in out.lines().filter(|l| l.starts_with("basic ")) {
            assert!(line.contains(MASK), "{line}");
        }
    }

    #[test]
    fn every_promised_form_is_masked_at_every_cut_of_the_stream() {
        let masks = Arc::new(Masks::for_key(KEY, PASS));
        let (text, forms) = careless_output();
        let input = text.as_bytes();
        let whole = masked_in_pieces(input, &masks, &[]);
        assert_masked(&whole, &forms);
        assert_eq!(whole.iter().filter(|&&b| b == b'\n').count(), 14);
        for cut in 0..=input.len() {
            assert_eq!(masked_in_pieces(input, &masks, &[cut]), whole, "cut at {cut}");
        }
        // One byte per write.
        let every: Vec<usize> = (0..input.len()).collect();
        assert_eq!(masked_in_pieces(input, &masks, &every), whole);
    }

    #[test]
    fn what_is_not_promised_is_shown() {
        let masks = Arc::new(Masks::for_key(KEY, PASS));
        // Eleven leading characters, a piece from the middle, the key reversed.
        let reversed: String = KEY.chars().rev().collect();
        let text = format!("{} {} {reversed}\n", &KEY[..11], &KEY[4..20]);
        assert_eq!(masked_in_pieces(text.as_bytes(), &masks, &[]), text.as_bytes());
    }

    /// Not a test of speed as such (the bench measures `run`); this prints the rate so a
    /// release build can be checked by hand: `cargo test --release -p okx-key-core throughput -- --nocapture`.
    #[test]
    fn throughput() {
        let start = std::time::Instant::now();
        let masks = Arc::new(Masks::for_key(KEY, PASS));
        eprintln!("deriving the forms: {:?}", start.elapsed());
        let mut line = String::new();
        while line.len() < 8192 {
            line.push_str(
                "2026-01-01 12:00:00 INFO order 5EBC filled at 0.0123 BTC-USDT {\"px\":\"42000.5\"} Practice ok\n",
            );
        }
        let mut w = MaskingWriter::new(std::io::sink(), masks);
        let start = std::time::Instant::now();
        let mut bytes = 0usize;
        let total: usize = if cfg!(debug_assertions) { 4 << 20 } else { 256 << 20 };
        while bytes < total {
            w.write_all(line.as_bytes()).unwrap();
            bytes += line.len();
        }
        let secs = start.elapsed().as_secs_f64();
        eprintln!("masking throughput: {:.0} MB/s", bytes as f64 / secs / 1e6);
    }

    fn secret() -> impl Strategy<Value = String> {
        // A small alphabet, so secrets overlap, repeat and share prefixes; none of its letters
        // is in the mask in any case, so a mask can never help spell a secret.
        proptest::string::string_regex("[FGH#]{1,6}").unwrap()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        #[test]
        fn however_the_stream_is_cut_the_output_is_the_whole_stream_masked(
            a in secret(),
            b in secret(),
            input in proptest::collection::vec(prop_oneof![Just(b'F'), Just(b'g'), Just(b'H'), Just(b'#'), Just(b'x')], 0..80),
            cuts in proptest::collection::vec(0usize..100, 0..12),
        ) {
            let out = masked_in_pieces(&input, &exact(&[&a, &b]), &cuts);
            prop_assert_eq!(&out, &reference(&input, &[a.as_bytes(), b.as_bytes()]));
            let lower = out.to_ascii_lowercase();
            prop_assert!(!contains(&lower, a.to_ascii_lowercase().as_bytes()), "secret a is in the output");
            prop_assert!(!contains(&lower, b.to_ascii_lowercase().as_bytes()), "secret b is in the output");
        }

        #[test]
        fn without_secrets_in_it_the_stream_is_unchanged(
            input in proptest::collection::vec(any::<u8>(), 0..200),
            cuts in proptest::collection::vec(0usize..300, 0..12),
        ) {
            let masks = Arc::new(Masks::for_key(KEY, PASS));
            prop_assume!(masked_in_pieces(&input, &masks, &[]) == input);
            prop_assert_eq!(masked_in_pieces(&input, &masks, &cuts), input);
        }
    }
}
