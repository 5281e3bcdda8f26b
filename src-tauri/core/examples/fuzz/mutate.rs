//! Inputs: mutations of the seed corpus (bit flips, blanks, zero-width and control characters, quotes, splices, truncations, duplications) and random strings.

use crate::rng::Rng;

/// Mutated inputs are cut to this many bytes (keeps executions fast; the code under test has no
/// size-dependent branch beyond it).
pub const MAX_INPUT: usize = 16 * 1024;

/// Things people and servers really put into pastes and bodies.
pub const TOKENS: &[&str] = &[
    " ",
    "  ",
    "\t",
    "\n",
    "\r\n",
    "\r",
    "\u{A0}",
    "\u{2007}",
    "\u{202F}",
    "\u{3000}",
    "\u{85}",
    "\u{2028}",
    "\u{2029}",
    "\u{200B}",
    "\u{200C}",
    "\u{200D}",
    "\u{2060}",
    "\u{FEFF}",
    "\u{200E}",
    "\u{200F}",
    "\u{202E}",
    "\u{AD}",
    "\u{FE0F}",
    "\u{E0041}",
    "\"",
    "'",
    "`",
    "\u{201C}",
    "\u{201D}",
    "\u{2018}",
    "\u{2019}",
    "\u{201E}",
    "\u{AB}",
    "\u{BB}",
    "\u{300C}",
    "\u{300D}",
    "\0",
    "\u{7}",
    "\u{8}",
    "\u{1B}",
    "\u{7F}",
    "\u{9F}",
    "é",
    "ß",
    "İ",
    "ﬃ",
    "😀",
    "👍🏽",
    "密钥",
    "密码",
    "：",
    ":",
    "=",
    " - ",
    " – ",
    " — ",
    "{",
    "}",
    "[",
    "]",
    ",",
    ";",
    "\\",
    "\\u0000",
    "\\ud800",
    "\\n",
    "\\\"",
    "***",
    "…",
    "•",
    "●",
    "∗",
    "API Key: ",
    "Secret Key: ",
    "Passphrase: ",
    "password: ",
    "Login password: ",
    "export OKX_API_KEY=",
    "OKX_SECRET_KEY=",
    "apiKey",
    "\"code\":",
    "\"msg\":",
    "\"data\":",
    "\"50105\"",
    "50119",
    "0",
    "\"0\"",
    "null",
    "true",
    "1e999",
    "-0",
    "18446744073709551616",
    "<html>",
    "</html>",
    "<!DOCTYPE html>",
    "1.2.3.4",
    "2001:db8::1",
    "::ffff:1.2.3.4",
    "6f1c2d3e-8a9b-4c5d-9e0f-1a2b3c4d5a41",
    "22582BD0CFF14C41EDBF1AB98506286D",
    "Tr@ding!Safe99",
];

pub fn random_char(rng: &mut Rng) -> char {
    match rng.below(6) {
        0 => char::from(b' ' + rng.below(95) as u8),
        1 => char::from(rng.below(32) as u8),
        2 => char::from_u32(0x80 + rng.below(0x780) as u32).unwrap_or('?'),
        3 => char::from_u32(0x2000 + rng.below(0x70) as u32).unwrap_or('?'),
        4 => char::from_u32(rng.below(0x11_0000) as u32).unwrap_or('\u{FFFD}'),
        _ => *rng.pick(&['a', 'F', '0', '9', '-', '_', '@', '#', '$', '!']),
    }
}

pub fn random_string(rng: &mut Rng) -> Vec<u8> {
    let len = if rng.chance(5) { rng.below(4000) } else { rng.below(64) };
    let mut s = String::new();
    while s.len() < len {
        if rng.chance(20) {
            let token: &&str = rng.pick(TOKENS);
            s.push_str(token);
        } else {
            s.push(random_char(rng));
        }
    }
    s.into_bytes()
}

/// A char boundary at or before `i` when `text` is UTF-8 (mutations mostly keep text valid).
pub fn boundary(bytes: &[u8], mut i: usize) -> usize {
    i = i.min(bytes.len());
    while i > 0 && i < bytes.len() && (bytes[i] & 0xC0) == 0x80 {
        i -= 1;
    }
    i
}

pub fn mutate(rng: &mut Rng, input: &mut Vec<u8>, corpus: &[Vec<u8>]) {
    let most = if rng.chance(20) { 16 } else { 4 };
    let rounds = 1 + rng.below(most);
    for _ in 0..rounds {
        let len = input.len();
        let at = boundary(input, rng.below(len + 1));
        match rng.below(12) {
            0 if len > 0 => {
                let i = rng.below(len);
                input[i] ^= 1 << rng.below(8);
            }
            1 if len > 0 => {
                let i = rng.below(len);
                input[i] = rng.below(256) as u8;
            }
            2..=4 => {
                let t = rng.pick(TOKENS).as_bytes();
                input.splice(at..at, t.iter().copied());
            }
            5 => {
                let mut buf = [0u8; 4];
                let c = random_char(rng).encode_utf8(&mut buf).as_bytes().to_vec();
                input.splice(at..at, c);
            }
            6 if len > 0 => {
                let end = boundary(input, at + 1 + rng.below(16));
                input.drain(at..end.max(at));
            }
            7 if len > 0 => {
                let end = boundary(input, at + 1 + rng.below(32));
                let piece: Vec<u8> = input[at..end.max(at)].to_vec();
                let times = if rng.chance(5) { 1 + rng.below(200) } else { 1 };
                let to = boundary(input, rng.below(len + 1));
                for _ in 0..times {
                    input.splice(to..to, piece.iter().copied());
                }
            }
            8 => {
                // Splice: this input's head with another corpus entry's tail, or insert a piece.
                let other = rng.pick(corpus);
                let from = boundary(other, rng.below(other.len() + 1));
                let to = boundary(other, from + rng.below(other.len() - from + 1));
                if rng.chance(50) {
                    input.truncate(at);
                    input.extend_from_slice(&other[from..]);
                } else {
                    input.splice(at..at, other[from..to.max(from)].iter().copied());
                }
            }
            9 => input.truncate(at),
            10 if len > 0 => {
                let end = boundary(input, at + rng.below(24));
                for b in input[at..end.max(at)].iter_mut() {
                    if b.is_ascii_alphabetic() {
                        *b ^= 0x20;
                    } else if b.is_ascii_digit() {
                        *b = b'0' + (*b - b'0' + 1) % 10;
                    }
                }
            }
            _ => {
                const BREAKS: [&[u8]; 5] = [b"\n", b"\r\n", b"\n\n", b" ", b"\t"];
                let line = *rng.pick(&BREAKS);
                input.splice(at..at, line.iter().copied());
            }
        }
        if input.len() > MAX_INPUT {
            let cut = boundary(input, MAX_INPUT);
            input.truncate(cut);
        }
    }
}

/// One input: a corpus entry, mutated, or (about 1 in 10) a random string.
pub fn generate(rng: &mut Rng, corpus: &[Vec<u8>]) -> Vec<u8> {
    if corpus.is_empty() || rng.chance(10) {
        return random_string(rng);
    }
    let mut input = rng.pick(corpus).clone();
    if !rng.chance(3) {
        mutate(rng, &mut input, corpus);
    }
    input
}

pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}
