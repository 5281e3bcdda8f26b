//! Target `validate`: the three fields, the key's label and the Step 5 passphrase, joined by U+241E.

use crate::invariants::*;
use crate::mutate::*;
use crate::rng::Rng;
use okx_key_core::credentials::trim::CharKind;
use okx_key_core::credentials::{
    validate, Field, Level, MessageCode, PastedCredentials, Validation, ValidationContext,
};
use okx_key_core::Secret;

// Target: validate. The input is the three fields, the key's label and the Step 5 passphrase,
// joined by U+241E (a separator no corpus entry holds); a missing part is None.

pub const SEP: char = '\u{241E}';

pub struct ValidateInput {
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
        };
        validate(&pasted, &ctx)
    }
}

pub fn generate_validate(rng: &mut Rng, corpus: &[Vec<u8>]) -> Vec<u8> {
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
pub fn validation_shown(v: &Validation) -> String {
    let mut out = format!("{:?}\n", v.cleaned);
    for m in &v.messages {
        out.push_str(&m.message.to_string());
        out.push('\n');
        out.push_str(&m.fix.to_string());
        out.push('\n');
    }
    for t in &v.trimmed {
        out.push_str(&t.to_string());
        out.push('\n');
    }
    for p in v.problems() {
        out.push_str(&p.to_string());
        out.push('\n');
    }
    out
}

pub const FIELDS: [Field; 3] = [Field::ApiKey, Field::SecretKey, Field::Passphrase];

pub fn check_validate(input: &[u8]) -> Result<(), String> {
    let vi = ValidateInput::decode(input);
    let v = vi.run();
    let has_error = v.messages.iter().any(|m| m.level == Level::Error);
    if v.ok == has_error {
        return Err("ok disagrees with the error messages".into());
    }
    if v.credentials().is_some() != v.ok {
        return Err("credentials() disagrees with ok".into());
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
    let says_empty = v
        .messages
        .iter()
        .any(|m| m.field == Field::Passphrase && m.code == MessageCode::Empty);
    if v.cleaned.passphrase.is_empty() != says_empty {
        return Err("the empty-passphrase message disagrees with an empty passphrase".into());
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
