//! Turning a [`Text`] into words: the message of the locale's language (English when it has
//! none), with its arguments, for one surface. The one place that joins texts with bundles, so
//! `text` (the types) and `bundle` (loading) import neither each other nor this.

use super::bundle::{language, Language};
use super::locale::{self, Locale};
use super::text::{Arg, Text};
use fluent_bundle::{FluentArgs, FluentValue};
use serde::{Serialize, Serializer};
use std::fmt;

impl Text {
    /// The words for `locale`.
    pub fn render_in(&self, locale: &Locale) -> String {
        render(locale, self)
    }

    /// The words for the current locale (see [`locale::current`]).
    pub fn render(&self) -> String {
        self.render_in(&locale::current())
    }
}

impl PartialEq<&str> for Text {
    fn eq(&self, other: &&str) -> bool {
        self.render_in(&Locale::english()) == *other
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render())
    }
}

/// Serialized as its words in the current locale: the JSON of the window and of `--json`.
impl Serialize for Text {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.render())
    }
}

/// Read back as words already made (a result saved or sent as JSON).
/// The words of `text` for `locale`.
pub fn render(locale: &Locale, text: &Text) -> String {
    let (id, attr, args) = match text {
        Text::Literal(s) => return s.clone(),
        Text::Msg(m) => (&m.id, &m.attr, &m.args),
    };
    for lang in [locale.lang.as_str(), super::ENGLISH] {
        if let Some(words) = language(lang).and_then(|l| format(&l, locale, id, *attr, args)) {
            return words;
        }
    }
    tracing::error!(id = %id, attr = ?attr, "message missing from the catalog");
    match attr {
        Some(a) => format!("{id}.{a}"),
        None => id.to_string(),
    }
}

fn format(
    language: &Language,
    locale: &Locale,
    id: &str,
    attr: Option<&str>,
    args: &[(&'static str, Arg)],
) -> Option<String> {
    let message = language.bundle.get_message(id)?;
    let pattern = match attr {
        Some(a) => message.get_attribute(a)?.value(),
        None => message.value()?,
    };
    let mut fargs = FluentArgs::new();
    fargs.set("surface", locale.surface.as_str());
    for (name, value) in args {
        let value: FluentValue = match value {
            Arg::Str(s) => s.clone().into(),
            Arg::Int(n) => (*n).into(),
            Arg::Text(t) => render(locale, t).into(),
        };
        fargs.set(*name, value);
    }
    let mut errors = Vec::new();
    let words = language
        .bundle
        .format_pattern(pattern, Some(&fargs), &mut errors)
        .into_owned();
    if !errors.is_empty() {
        tracing::error!(id, ?errors, "message could not be formatted");
    }
    if cfg!(debug_assertions) && locale.lang == super::PSEUDO {
        return Some(super::languages::pseudo_wrap(&words));
    }
    Some(words)
}
