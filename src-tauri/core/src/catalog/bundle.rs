//! Loading the catalog's Fluent files for a language (once, on first use) and making words.
//!
//! A message missing from a language falls back to English; a message missing from English
//! (a bug the catalog test catches) shows its id.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::FluentResource;
use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

mod files {
    include!(concat!(env!("OUT_DIR"), "/catalog_files.rs"));
}

/// The catalog's files: (language, file name, contents).
pub fn files() -> &'static [(&'static str, &'static str, &'static str)] {
    files::FILES
}

/// One language's parsed catalog.
pub struct Language {
    pub bundle: FluentBundle<Arc<FluentResource>>,
    pub resources: Vec<Arc<FluentResource>>,
}

/// Languages written right to left.
pub fn is_rtl(lang: &str) -> bool {
    matches!(lang.split('-').next(), Some("ar" | "he" | "fa" | "ur"))
}

fn pseudo_transform(s: &str) -> std::borrow::Cow<'_, str> {
    super::languages::pseudo_accents(s).into()
}

fn load(code: &str) -> Option<Language> {
    // The pseudo-language (debug builds) is English with its text accented.
    let pseudo = cfg!(debug_assertions) && code == super::PSEUDO;
    let files_of = if pseudo { super::ENGLISH } else { code };
    let langid = files_of.parse().ok()?;
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    if pseudo {
        bundle.set_transform(Some(pseudo_transform));
    }
    // Fluent's isolation marks keep a key or a host left to right inside right-to-left text;
    // in left-to-right languages they would only be noise in a terminal.
    bundle.set_use_isolating(is_rtl(code));
    let mut resources = Vec::new();
    for (lang, name, source) in files() {
        if *lang != files_of {
            continue;
        }
        let resource = match FluentResource::try_new(source.to_string()) {
            Ok(r) => r,
            Err((r, errors)) => {
                tracing::error!(file = name, lang, ?errors, "catalog file has syntax errors");
                r
            }
        };
        let resource = Arc::new(resource);
        if let Err(errors) = bundle.add_resource(resource.clone()) {
            tracing::error!(file = name, lang, ?errors, "catalog file repeats an id");
        }
        resources.push(resource);
    }
    if resources.is_empty() {
        return None;
    }
    Some(Language { bundle, resources })
}

/// Parses `lang` without the cache (see [`super::load_uncached`]).
pub fn load_fresh(lang: &str) -> bool {
    load(lang).is_some()
}

/// The parsed catalog of `lang` (None when the catalog has no such language).
pub fn language(lang: &str) -> Option<Arc<Language>> {
    static LOADED: OnceLock<Mutex<HashMap<String, Option<Arc<Language>>>>> = OnceLock::new();
    let map = LOADED.get_or_init(Default::default);
    let mut map = match map.lock() {
        Ok(m) => m,
        Err(poisoned) => poisoned.into_inner(),
    };
    map.entry(lang.to_string())
        .or_insert_with(|| load(lang).map(Arc::new))
        .clone()
}
