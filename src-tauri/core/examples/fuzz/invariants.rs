//! What every target checks beyond "no panic": plain text, no secret shown, bounded messages.

use okx_key_core::credentials::trim::CharKind;
use okx_key_core::Problem;

/// A same-shaped stand-in for a value: hex letters rotate among hex letters, other letters among
/// other letters, digits among digits (case kept). Used to tell an echoed value from text that
/// merely happens to contain it: if the output holds the value, run again with the stand-in; an
/// echo then shows the stand-in too.
pub fn disguise(s: &str) -> String {
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
pub fn checkable(v: &str) -> bool {
    v.chars().count() >= 6 && disguise(v) != v
}

/// Text shown to the user has no control, zero-width, invisible or direction-changing characters,
/// no line breaks and no blanks other than plain spaces.
pub fn plain_text(what: &str, s: &str) -> Result<(), String> {
    match s.chars().find(|c| *c != ' ' && CharKind::of(*c).is_some()) {
        Some(c) => Err(format!("{what} has a hidden or blank character U+{:04X}", c as u32)),
        None => Ok(()),
    }
}

pub fn check_problem(p: &Problem, limit: usize) -> Result<(), String> {
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
