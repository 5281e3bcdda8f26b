//! A small, coverage-free fuzzer for what reads untrusted text: the credential validator, the
//! multi-line paste splitter, the value cleaner, and the OKX response parsers and diagnoser.
//!
//! ```text
//! cargo run --release -p okx-key-core --example fuzz -- <validate|split|response|clean> <iterations> [--seed N]
//! cargo run --release -p okx-key-core --example fuzz -- <target> --replay <file>
//! ```
//!
//! Inputs are mutations (bit flips, inserted blanks, zero-width, quotes, control and other Unicode
//! characters, splices, truncations, duplications) of the committed seed corpus in
//! `fuzz/corpus/<target>/`, plus fully random strings. Every execution checks invariants beyond "no
//! panic" (see each `check_*`). A panic or a broken invariant writes the input to `fuzz/crashes/`
//! and exits with status 1. Under `panic = "abort"` (this workspace's release profile) the panic
//! hook saves the input before the process aborts; under `panic = "unwind"` the panic is caught
//! with `catch_unwind`. There is no coverage feedback: stable Rust only, no cargo-fuzz.

use okx_key_core::credentials::trim::{clean_with, CharKind};
use okx_key_core::credentials::{
    clean, split_paste, validate, Field, Level, PastedCredentials, Validation, ValidationContext,
};
use okx_key_core::okx::codes::{problem_for_code, problem_for_non_okx_body, reported_ip, CodeContext};
use okx_key_core::okx::responses::{AccountBalance, AccountConfig, Envelope, ServerTime};
use okx_key_core::{Problem, ProblemKind, Secret, Site};
use std::cell::RefCell;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

const TARGETS: [&str; 4] = ["validate", "split", "response", "clean"];
/// Mutated inputs are cut to this many bytes (keeps executions fast; the code under test has no
/// size-dependent branch beyond it).
const MAX_INPUT: usize = 16 * 1024;

// ---------------------------------------------------------------------------------------------
// Random numbers: xoshiro256** seeded with splitmix64 (deterministic for a given --seed).

struct Rng([u64; 4]);

impl Rng {
    fn new(seed: u64) -> Rng {
        let mut s = seed;
        let mut next = || {
            s = s.wrapping_add(0x9E37_79B9_7F4A_7C15);
            let mut z = s;
            z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
            z ^ (z >> 31)
        };
        Rng([next(), next(), next(), next()])
    }

    fn next(&mut self) -> u64 {
        let s = &mut self.0;
        let result = s[1].wrapping_mul(5).rotate_left(7).wrapping_mul(9);
        let t = s[1] << 17;
        s[2] ^= s[0];
        s[3] ^= s[1];
        s[1] ^= s[2];
        s[0] ^= s[3];
        s[2] ^= t;
        s[3] = s[3].rotate_left(45);
        result
    }

    /// 0..n (0 when n is 0).
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

// ---------------------------------------------------------------------------------------------
// Inputs: mutated corpus entries and random strings.

/// Things people and servers really put into pastes and bodies.
const TOKENS: &[&str] = &[
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

fn random_char(rng: &mut Rng) -> char {
    match rng.below(6) {
        0 => char::from(b' ' + rng.below(95) as u8),
        1 => char::from(rng.below(32) as u8),
        2 => char::from_u32(0x80 + rng.below(0x780) as u32).unwrap_or('?'),
        3 => char::from_u32(0x2000 + rng.below(0x70) as u32).unwrap_or('?'),
        4 => char::from_u32(rng.below(0x11_0000) as u32).unwrap_or('\u{FFFD}'),
        _ => *rng.pick(&['a', 'F', '0', '9', '-', '_', '@', '#', '$', '!']),
    }
}

fn random_string(rng: &mut Rng) -> Vec<u8> {
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
fn boundary(bytes: &[u8], mut i: usize) -> usize {
    i = i.min(bytes.len());
    while i > 0 && i < bytes.len() && (bytes[i] & 0xC0) == 0x80 {
        i -= 1;
    }
    i
}

fn mutate(rng: &mut Rng, input: &mut Vec<u8>, corpus: &[Vec<u8>]) {
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
fn generate(rng: &mut Rng, corpus: &[Vec<u8>]) -> Vec<u8> {
    if corpus.is_empty() || rng.chance(10) {
        return random_string(rng);
    }
    let mut input = rng.pick(corpus).clone();
    if !rng.chance(3) {
        mutate(rng, &mut input, corpus);
    }
    input
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

// ---------------------------------------------------------------------------------------------
// Invariant helpers.

/// A same-shaped stand-in for a value: hex letters rotate among hex letters, other letters among
/// other letters, digits among digits (case kept). Used to tell an echoed value from text that
/// merely happens to contain it: if the output holds the value, run again with the stand-in; an
/// echo then shows the stand-in too.
fn disguise(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            'a'..='e' | 'A'..='E' => char::from(c as u8 + 1),
            'f' => 'a',
            'F' => 'A',
            'g'..='y' | 'G'..='Y' => char::from(c as u8 + 1),
            'z' => 'g',
            'Z' => 'G',
            '0'..='8' => char::from(c as u8 + 1),
            '9' => '0',
            other => other,
        })
        .collect()
}

/// Long enough, and changed by [`disguise`], to be checked for echoes.
fn checkable(v: &str) -> bool {
    v.chars().count() >= 6 && disguise(v) != v
}

/// Text shown to the user has no control, zero-width, invisible or direction-changing characters,
/// no line breaks and no blanks other than plain spaces.
fn plain_text(what: &str, s: &str) -> Result<(), String> {
    match s.chars().find(|c| *c != ' ' && CharKind::of(*c).is_some()) {
        Some(c) => Err(format!("{what} has a hidden or blank character U+{:04X}", c as u32)),
        None => Ok(()),
    }
}

fn check_problem(p: &Problem, limit: usize) -> Result<(), String> {
    if p.message.to_string().trim().is_empty() || p.fix.to_string().trim().is_empty() {
        return Err(format!("empty message or fix for {:?}", p.kind));
    }
    plain_text("message", &p.message.to_string())?;
    plain_text("fix", &p.fix.to_string())?;
    if p.message.to_string().chars().count() > limit || p.fix.to_string().chars().count() > limit {
        return Err(format!(
            "message or fix longer than {limit} characters ({} / {})",
            p.message.to_string().chars().count(),
            p.fix.to_string().chars().count()
        ));
    }
    if let Some(code) = &p.okx_code {
        if code.is_empty() || code.chars().count() > 32 || !code.chars().all(|c| c.is_ascii_graphic()) {
            return Err(format!("okx_code of {} characters", code.chars().count()));
        }
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Target: clean.

fn value_of(r: &Result<okx_key_core::credentials::Cleaned, okx_key_core::credentials::InteriorError>) -> &str {
    match r {
        Ok(c) => &c.value,
        Err(e) => &e.outer.value,
    }
}

fn check_clean(input: &[u8]) -> Result<(), String> {
    let s = text(input);
    for strip_quotes in [true, false] {
        let r = clean_with(&s, strip_quotes);
        let v = value_of(&r);
        if !s.contains(v) {
            return Err("the cleaned value is not a slice of the input".into());
        }
        let again = clean_with(v, strip_quotes);
        if value_of(&again) != v {
            return Err(format!("not idempotent (strip_quotes {strip_quotes})"));
        }
        let removed_again = match &again {
            Ok(c) => &c.removed,
            Err(e) => &e.outer.removed,
        };
        if !removed_again.is_empty() {
            return Err("cleaning a clean value removed something".into());
        }
        if r.is_ok() != again.is_ok() {
            return Err("cleaning again changed Ok/Err".into());
        }
        let removed = match &r {
            Ok(c) => &c.removed,
            Err(e) => &e.outer.removed,
        };
        for line in removed {
            if !line.starts_with("removed ") || !line.chars().all(|c| c.is_ascii_alphanumeric() || " ,-".contains(c)) {
                return Err(format!("odd removal note {line:?}"));
            }
        }
        match &r {
            Ok(c) => {
                if c.value.chars().any(|ch| CharKind::of(ch).is_some()) {
                    return Err("Ok value holds a blank or hidden character".into());
                }
            }
            Err(e) => {
                if e.count == 0 || e.describe().is_empty() {
                    return Err("interior error without a count or description".into());
                }
                if !e.outer.value.chars().any(|ch| CharKind::of(ch).is_some()) {
                    return Err("interior error on a value without a blank or hidden character".into());
                }
            }
        }
        // Debug never shows the value.
        let debug = match &r {
            Ok(c) => format!("{c:?}"),
            Err(e) => format!("{e:?}"),
        };
        if checkable(v) && debug.contains(v) {
            let d = disguise(&s);
            let r2 = clean_with(&d, strip_quotes);
            let debug2 = match &r2 {
                Ok(c) => format!("{c:?}"),
                Err(e) => format!("{e:?}"),
            };
            if debug2.contains(value_of(&r2)) {
                return Err("Debug prints the value".into());
            }
        }
    }
    // The quote-stripping cleaner never keeps more than the other one.
    if value_of(&clean(&s)).len() > value_of(&clean_with(&s, false)).len() {
        return Err("stripping quotes made the value longer".into());
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Target: split.

/// Everything the split shows without the values: its Debug and its notes.
fn split_shown(s: &str) -> Option<String> {
    split_paste(s).map(|sp| format!("{sp:?}\n{}", sp.notes.join("\n")))
}

fn plain_value(v: &str) -> bool {
    !v.is_empty()
        && v.chars()
            .all(|c| c.is_ascii_alphanumeric() || "!@#$%^&*()_+.-/?<>|~".contains(c))
}

fn check_split(input: &[u8]) -> Result<(), String> {
    let s = text(input);
    let Some(sp) = split_paste(&s) else {
        return Ok(());
    };
    let is_json = serde_json::from_str::<serde_json::Value>(s.trim()).is_ok();
    if sp.found() == 0 || sp.found() > 3 {
        return Err(format!("found {} fields", sp.found()));
    }
    let shown = format!("{sp:?}\n{}", sp.notes.join("\n"));
    for field in [Field::ApiKey, Field::SecretKey, Field::Passphrase] {
        let Some(v) = sp.get(field) else { continue };
        if v.is_empty() {
            return Err(format!("{field:?} found but empty"));
        }
        if !is_json && !s.contains(v) {
            return Err(format!("{field:?} is not taken from the paste"));
        }
        if checkable(v) && shown.contains(v) {
            let d = disguise(v);
            let shown2 = split_shown(&s.replace(v, &d)).unwrap_or_default();
            if shown2.contains(&d) {
                return Err(format!("{field:?} value shown in Debug or notes"));
            }
        }
    }
    for note in &sp.notes {
        if note.trim().is_empty() {
            return Err("empty note".into());
        }
        plain_text("note", note)?;
    }
    // Round trip: the values found, written as a labelled note, split back to the same values.
    let vals = [sp.api_key.clone(), sp.secret_key.clone(), sp.passphrase.clone()];
    if !is_json && sp.found() >= 2 && vals.iter().flatten().all(|v| plain_value(v)) {
        let mut note = String::new();
        for (name, v) in ["API Key", "Secret Key", "Passphrase"].iter().zip(&vals) {
            if let Some(v) = v {
                note.push_str(&format!("{name}: {v}\n"));
            }
        }
        let back = split_paste(&note).ok_or("the labelled note of the values did not split")?;
        if [back.api_key.clone(), back.secret_key.clone(), back.passphrase.clone()] != vals {
            return Err("the labelled note of the values split differently".into());
        }
    }
    if split_paste(&s) != Some(sp) {
        return Err("not deterministic".into());
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Target: validate. The input is the three fields, the key's label and the Step 5 passphrase,
// joined by U+241E (a separator no corpus entry holds); a missing part is None.

const SEP: char = '\u{241E}';

struct ValidateInput {
    fields: [String; 3],
    label: Option<String>,
    expected: Option<String>,
}

impl ValidateInput {
    fn encode(&self) -> Vec<u8> {
        let opt = |o: &Option<String>| o.as_ref().map_or("\u{2400}".to_owned(), |s| format!("={s}"));
        format!(
            "{}{SEP}{}{SEP}{}{SEP}{}{SEP}{}",
            self.fields[0],
            self.fields[1],
            self.fields[2],
            opt(&self.label),
            opt(&self.expected)
        )
        .into_bytes()
    }

    fn decode(bytes: &[u8]) -> ValidateInput {
        let s = text(bytes);
        let mut parts = s.split(SEP).map(str::to_owned);
        let mut next = || parts.next().unwrap_or_default();
        let fields = [next(), next(), next()];
        let opt = |p: String| p.strip_prefix('=').map(str::to_owned);
        let label = opt(next());
        let expected = opt(next());
        ValidateInput {
            fields,
            label,
            expected,
        }
    }

    fn run(&self) -> Validation {
        let pasted = PastedCredentials::new(self.fields[0].clone(), self.fields[1].clone(), self.fields[2].clone());
        let ctx = ValidationContext {
            label: self.label.clone(),
            expected_passphrase: self.expected.clone().map(Secret::new),
            ..Default::default()
        };
        validate(&pasted, &ctx)
    }
}

fn generate_validate(rng: &mut Rng, corpus: &[Vec<u8>]) -> Vec<u8> {
    let one = |rng: &mut Rng| text(&generate(rng, corpus)).replace(SEP, "");
    let mut fields = [one(rng), one(rng), one(rng)];
    match rng.below(10) {
        0 => {
            let (a, b) = (rng.below(3), rng.below(3));
            fields[b] = fields[a].clone();
        }
        1 => fields.swap(rng.below(3), rng.below(3)),
        2 => fields[rng.below(3)].clear(),
        _ => {}
    }
    let label = match rng.below(4) {
        0 => Some(fields[0].trim().to_owned()),
        1 => Some(one(rng)),
        _ => None,
    };
    let expected = match rng.below(6) {
        0 => Some(fields[2].trim().to_owned()),
        1 => Some(fields[2].trim().to_uppercase()),
        2 => Some(fields[2].clone()),
        3 => Some(one(rng)),
        _ => None,
    };
    ValidateInput {
        fields,
        label,
        expected,
    }
    .encode()
}

/// Everything a validation shows the user besides the cleaned values.
fn validation_shown(v: &Validation) -> String {
    let mut out = format!("{:?}\n", v.cleaned);
    for m in &v.messages {
        out.push_str(&m.message.to_string());
        out.push('\n');
        out.push_str(&m.fix.to_string());
        out.push('\n');
    }
    for t in &v.trimmed {
        out.push_str(t);
        out.push('\n');
    }
    for p in v.problems() {
        out.push_str(&p.to_string());
        out.push('\n');
    }
    out
}

const FIELDS: [Field; 3] = [Field::ApiKey, Field::SecretKey, Field::Passphrase];

fn check_validate(input: &[u8]) -> Result<(), String> {
    let vi = ValidateInput::decode(input);
    let v = vi.run();
    let has_error = v.messages.iter().any(|m| m.level == Level::Error);
    if v.ok == has_error {
        return Err("ok disagrees with the error messages".into());
    }
    if v.credentials().is_some() != v.ok {
        return Err("credentials() disagrees with ok".into());
    }
    if v.swap_suggested != (v.swap == Some([Field::ApiKey, Field::SecretKey])) {
        return Err("swap_suggested disagrees with swap".into());
    }
    if v.messages
        .windows(2)
        .any(|w| (w[0].field as usize) > (w[1].field as usize))
    {
        return Err("messages not in the form's order".into());
    }
    for m in &v.messages {
        if m.message.to_string().trim().is_empty() || (m.level != Level::Info && m.fix.to_string().trim().is_empty()) {
            return Err(format!("empty message or fix for {:?}", m.code));
        }
        plain_text("message", &m.message.to_string())?;
        plain_text("fix", &m.fix.to_string())?;
    }
    for (i, f) in FIELDS.into_iter().enumerate() {
        let cleaned = v.cleaned.get(f).expose();
        if !vi.fields[i].contains(cleaned) {
            return Err(format!("cleaned {f:?} is not a slice of what was pasted"));
        }
        if v.ok && cleaned.is_empty() {
            return Err(format!("ok with an empty {f:?}"));
        }
        if v.ok && f != Field::Passphrase && cleaned.chars().any(|c| CharKind::of(c).is_some()) {
            return Err(format!("ok with a blank or hidden character in {f:?}"));
        }
    }
    if v.cleaned.passphrase.is_empty() != v.passphrase_match.is_none() {
        return Err("passphrase_match disagrees with an empty passphrase".into());
    }
    // No message, fix, trimmed note or Debug output echoes a pasted value or the Step 5 passphrase.
    let shown = validation_shown(&v);
    let mut values: Vec<(usize, String)> = FIELDS
        .iter()
        .enumerate()
        .map(|(i, f)| (i, v.cleaned.get(*f).expose().to_owned()))
        .collect();
    if let Some(e) = &vi.expected {
        values.push((4, e.clone()));
    }
    for (slot, value) in values {
        if !checkable(&value) || !shown.contains(&value) {
            continue;
        }
        let d = disguise(&value);
        let mut other = ValidateInput {
            fields: vi.fields.clone(),
            label: vi.label.clone(),
            expected: vi.expected.clone(),
        };
        match slot {
            4 => other.expected = other.expected.map(|e| e.replace(&value, &d)),
            i => other.fields[i] = other.fields[i].replace(&value, &d),
        }
        if validation_shown(&other.run()).contains(&d) {
            return Err(format!("a message echoes a value (slot {slot})"));
        }
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Target: response. The input is an HTTP status line ("503\n") and the body.

const CODES: &[(&str, ProblemKind)] = &[
    ("50105", ProblemKind::WrongPassphrase),
    ("50113", ProblemKind::WrongSecret),
    ("50111", ProblemKind::UnknownKey),
    ("50119", ProblemKind::UnknownKey),
    ("50101", ProblemKind::DemoMismatch),
    ("50102", ProblemKind::ClockSkew),
    ("50110", ProblemKind::IpNotAllowed),
    ("50121", ProblemKind::RegionRestricted),
    ("50100", ProblemKind::KeyFrozen),
    ("50120", ProblemKind::MissingReadPermission),
    ("50103", ProblemKind::MalformedInput),
    ("50011", ProblemKind::RateLimited),
    ("50001", ProblemKind::OkxUnavailable),
    ("50004", ProblemKind::Timeout),
];

const STATUSES: &[u16] = &[
    200, 200, 200, 201, 204, 301, 302, 400, 401, 403, 404, 405, 429, 500, 502, 503, 504,
];

fn generate_response(rng: &mut Rng, corpus: &[Vec<u8>]) -> Vec<u8> {
    let status = if rng.chance(5) {
        rng.below(1000) as u16
    } else {
        *rng.pick(STATUSES)
    };
    let mut out = format!("{status}\n").into_bytes();
    let mut body = generate(rng, corpus);
    if rng.chance(15) {
        // An OKX envelope with a known or odd code and a mutated message.
        let code: String = if rng.chance(60) {
            rng.pick(CODES).0.to_owned()
        } else {
            text(&generate(rng, corpus))
        };
        let msg = text(&generate(rng, corpus));
        body = serde_json::json!({"code": code, "msg": msg, "data": []})
            .to_string()
            .into_bytes();
    }
    out.extend_from_slice(&body);
    out
}

fn context(rng_byte: u8) -> CodeContext {
    let site = Site::ALL[usize::from(rng_byte) % 3];
    let host = if rng_byte & 4 == 0 {
        site.api_host().to_owned()
    } else {
        "127.0.0.1:8085".to_owned()
    };
    CodeContext::new(site, rng_byte & 8 != 0, host)
}

/// Longest message or fix allowed: the longest fixed text plus a quoted OKX message and a host.
const PROBLEM_LIMIT: usize = 700;

fn check_response(input: &[u8]) -> Result<(), String> {
    let (head, body) = match input.iter().position(|b| *b == b'\n') {
        Some(i) => (text(&input[..i]), &input[i + 1..]),
        None => (String::new(), input),
    };
    let status: u16 = head.trim().parse().unwrap_or(200);
    let seed = body.iter().fold(status as u8, |a, b| a.wrapping_add(*b));
    let ctx = context(seed);

    // What the client does with an answer (OkxClient::get, then the payload accessors).
    let problem = match Envelope::parse(body) {
        Some(env) => {
            if let Some(t) = env.first::<ServerTime>() {
                let _ = t.unix_ms();
            }
            if let Some(c) = env.first::<AccountConfig>() {
                let perms = c.perms();
                if perms.iter().any(|p| p.is_empty() || p.contains([',', ' ', ';'])) {
                    return Err("a permission word with a separator in it".into());
                }
                let _ = (c.ips(), c.is_sub_account(), c.mode());
            }
            if let Some(b) = env.first::<AccountBalance>() {
                let _ = (b.currencies(), b.total_eq_usd());
                if b.total_eq_usd().is_empty() {
                    return Err("empty total equity".into());
                }
            }
            if env.is_success() && (200..300).contains(&status) {
                None
            } else if env.is_success() {
                Some(problem_for_non_okx_body(status, body, &ctx.host))
            } else {
                let p = problem_for_code(&env.code, &env.msg, status, &ctx);
                if let Some((_, kind)) = CODES.iter().find(|(c, _)| *c == env.code.trim()) {
                    if p.kind != *kind {
                        return Err(format!("code {} gave {:?}, not {kind:?}", env.code.trim(), p.kind));
                    }
                }
                if env.code.trim().is_empty() && p.okx_code.is_some() {
                    return Err("okx_code disagrees with the envelope's code".into());
                }
                Some(p)
            }
        }
        None => {
            let p = problem_for_non_okx_body(status, body, &ctx.host);
            let want = match status {
                429 => ProblemKind::RateLimited,
                500..=599 => ProblemKind::OkxUnavailable,
                _ => ProblemKind::UnexpectedResponse,
            };
            if p.kind != want {
                return Err(format!("non-OKX body with HTTP {status} gave {:?}", p.kind));
            }
            if p.okx_code.is_some() {
                return Err("a non-OKX body gave an OKX code".into());
            }
            Some(p)
        }
    };
    if let Some(p) = &problem {
        check_problem(p, PROBLEM_LIMIT)?;
    }
    // The diagnoser on its own, with the body as OKX's code and as its message.
    let as_text = text(body);
    for (code, msg) in [
        (as_text.as_str(), ""),
        ("50110", as_text.as_str()),
        ("", as_text.as_str()),
    ] {
        let p = problem_for_code(code, msg, status, &ctx);
        check_problem(&p, PROBLEM_LIMIT)?;
    }
    if let Some(ip) = reported_ip(&as_text) {
        if ip.parse::<std::net::IpAddr>().is_err() {
            return Err("reported_ip gave something that is not an IP address".into());
        }
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// The driver.

thread_local! {
    /// The input being executed, for the panic hook (which saves it even when panics abort).
    static CURRENT: RefCell<Option<(String, Vec<u8>)>> = const { RefCell::new(None) };
}

fn crash_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz").join("crashes")
}

fn save_crash(target: &str, input: &[u8]) -> Option<PathBuf> {
    let dir = crash_dir();
    std::fs::create_dir_all(&dir).ok()?;
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in input {
        h = (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3);
    }
    let path = dir.join(format!("{target}-{h:016x}"));
    std::fs::write(&path, input).ok()?;
    Some(path)
}

fn check(target: &str, input: &[u8]) -> Result<(), String> {
    match target {
        "validate" => check_validate(input),
        "split" => check_split(input),
        "response" => check_response(input),
        _ => check_clean(input),
    }
}

/// Runs one input: Ok, or what went wrong (a panic or a broken invariant).
fn execute(target: &str, input: &[u8]) -> Result<(), String> {
    CURRENT.with(|c| *c.borrow_mut() = Some((target.to_owned(), input.to_vec())));
    let outcome = std::panic::catch_unwind(|| check(target, input));
    match outcome {
        Ok(r) => r,
        Err(payload) => {
            let what = payload
                .downcast_ref::<&str>()
                .map(|s| (*s).to_owned())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "a panic".to_owned());
            Err(format!("panic: {what}"))
        }
    }
}

fn load_corpus(target: &str) -> Vec<Vec<u8>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz")
        .join("corpus")
        .join(target);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.sort();
    files.iter().filter_map(|p| std::fs::read(p).ok()).collect()
}

fn usage() -> ExitCode {
    eprintln!("usage: fuzz <validate|split|response|clean> <iterations> [--seed N]");
    eprintln!("       fuzz <target> --replay <file>");
    ExitCode::from(2)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(target) = args.first().filter(|t| TARGETS.contains(&t.as_str())).cloned() else {
        return usage();
    };
    // Panics are reported by the driver; the hook only saves the input (the process may abort).
    std::panic::set_hook(Box::new(|info| {
        if cfg!(panic = "abort") {
            if let Some((target, input)) = CURRENT.with(|c| c.borrow().clone()) {
                let saved = save_crash(&target, &input);
                eprintln!("fuzz {target}: PANIC {info}; input saved to {saved:?}");
            }
        }
    }));

    if args.get(1).map(String::as_str) == Some("--replay") {
        let Some(bytes) = args.get(2).and_then(|p| std::fs::read(p).ok()) else {
            return usage();
        };
        return match execute(&target, &bytes) {
            Ok(()) => {
                println!("fuzz {target}: replay passed");
                ExitCode::SUCCESS
            }
            Err(e) => {
                println!("fuzz {target}: replay FAILED: {e}");
                ExitCode::FAILURE
            }
        };
    }

    let Some(iterations) = args.get(1).and_then(|n| n.replace('_', "").parse::<u64>().ok()) else {
        return usage();
    };
    let seed = match args.iter().position(|a| a == "--seed") {
        Some(i) => match args.get(i + 1).and_then(|s| s.parse::<u64>().ok()) {
            Some(s) => s,
            None => return usage(),
        },
        None => std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos() as u64)
            .unwrap_or(1),
    };
    let corpus = load_corpus(&target);
    println!(
        "fuzz {target}: seed {seed}, {} corpus entries, {iterations} executions",
        corpus.len()
    );

    // The corpus itself first, unmutated.
    let mut rng = Rng::new(seed);
    let start = Instant::now();
    let mut last_report = start;
    let mut done: u64 = 0;
    let mut failures: u64 = 0;
    while done < iterations {
        let input = if (done as usize) < corpus.len() && target != "validate" && target != "response" {
            corpus[done as usize].clone()
        } else {
            match target.as_str() {
                "validate" => generate_validate(&mut rng, &corpus),
                "response" => generate_response(&mut rng, &corpus),
                _ => generate(&mut rng, &corpus),
            }
        };
        done += 1;
        if let Err(what) = execute(&target, &input) {
            failures += 1;
            let saved = save_crash(&target, &input);
            println!("fuzz {target}: FAILURE at execution {done}: {what}; input saved to {saved:?}");
            break;
        }
        if done.is_multiple_of(4096) && last_report.elapsed() >= Duration::from_secs(10) {
            last_report = Instant::now();
            let rate = done as f64 / start.elapsed().as_secs_f64();
            println!("fuzz {target}: {done} executions, {rate:.0}/s");
        }
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "fuzz {target}: {:.1} s, {:.0} executions/second",
        secs,
        done as f64 / secs.max(1e-9)
    );
    println!("fuzz {target}: {done} executions, {failures} failures");
    if failures == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
