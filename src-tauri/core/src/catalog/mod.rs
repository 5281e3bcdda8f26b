//! The catalog: every word the app shows, in Project Fluent files under `locales/<lang>/`.
//!
//! The core decides and hands out [`Text`] (a message id and typed arguments); an edge (a
//! window command, the CLI, the report) makes the words for one [`Locale`]: a language and a
//! [`Surface`]. Logs stay English and are not in the catalog.
//!
//! - `text`: [`Text`], [`Arg`] and the [`t!`](crate::t) macro.
//! - `locale`: the current language and surface.
//! - `bundle`: loading a language's files.
//! - `render`: a [`Text`]'s words for a locale (formatting a message).
//! - `window`: the window's `ui-*` messages, for its boot data.
//! - `languages`: the app's languages and finding one for a request.

mod bundle;
pub mod languages;
pub mod locale;
mod render;
mod text;
pub mod window;

pub use bundle::{all_files, files, include_window_words, is_rtl, File};
pub use languages::{negotiate, LanguageInfo, LANGUAGES, PSEUDO};
pub use locale::{Locale, Surface};
pub use text::{Arg, Text};

/// The catalog's first language, and the one every gap falls back to.
pub const ENGLISH: &str = "en";

/// The catalog's languages (folder names under `locales/`), English first.
pub fn languages() -> Vec<&'static str> {
    let mut out = vec![ENGLISH];
    for (lang, _, _) in files() {
        if !out.contains(lang) {
            out.push(lang);
        }
    }
    out
}

/// True when the catalog has files for `lang`.
pub fn has_language(lang: &str) -> bool {
    files().iter().any(|(l, _, _)| *l == lang)
}

/// Parses `lang`'s catalog afresh, bypassing the cache (for `make bench`); false if it has none.
pub fn load_uncached(lang: &str) -> bool {
    bundle::load_fresh(lang)
}

/// True when the catalog has the message `id` in English.
pub fn has(id: &str) -> bool {
    bundle::language(ENGLISH).is_some_and(|l| l.bundle.has_message(id))
}

/// The words of the message `id` in the current locale (for edges that have no [`Text`]).
pub fn words(id: &'static str) -> String {
    Text::from_ref(id).render()
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod wording_tests;
