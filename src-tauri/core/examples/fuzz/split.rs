//! Target `split`: the multi-line paste splitter.

use crate::invariants::*;
use crate::mutate::*;
use okx_key_core::credentials::{split_paste, Field};

/// Everything the split shows without the values: its Debug and its notes.
pub fn split_shown(s: &str) -> Option<String> {
    split_paste(s).map(|sp| {
        format!(
            "{sp:?}\n{}",
            sp.notes.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")
        )
    })
}

pub fn plain_value(v: &str) -> bool {
    !v.is_empty()
        && v.chars()
            .all(|c| c.is_ascii_alphanumeric() || "!@#$%^&*()_+.-/?<>|~".contains(c))
}

pub fn check_split(input: &[u8]) -> Result<(), String> {
    let s = text(input);
    let Some(sp) = split_paste(&s) else {
        return Ok(());
    };
    let is_json = serde_json::from_str::<serde_json::Value>(s.trim()).is_ok();
    if sp.found() == 0 || sp.found() > 3 {
        return Err(format!("found {} fields", sp.found()));
    }
    let shown = format!(
        "{sp:?}\n{}",
        sp.notes.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")
    );
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
        let note = note.to_string();
        if note.trim().is_empty() {
            return Err("empty note".into());
        }
        plain_text("note", &note)?;
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
