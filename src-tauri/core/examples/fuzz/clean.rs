//! Target `clean`: the value cleaner.

use crate::invariants::*;
use crate::mutate::*;
use okx_key_core::credentials::clean;
use okx_key_core::credentials::trim::{clean_with, CharKind};

pub fn value_of(r: &Result<okx_key_core::credentials::Cleaned, okx_key_core::credentials::InteriorError>) -> &str {
    match r {
        Ok(c) => &c.value,
        Err(e) => &e.outer.value,
    }
}

pub fn check_clean(input: &[u8]) -> Result<(), String> {
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
        for removal in removed {
            let line = removal.text().to_string();
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
                if e.count == 0 || e.describe().to_string().is_empty() {
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
