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

/// A catalog file: (language, file name, contents).
pub type File = (&'static str, &'static str, &'static str);

/// The catalog files every program uses (all but the window's `ui-*.ftl`).
pub fn files() -> &'static [File] {
    files::FILES
}

/// Every catalog file, the window's included (for checks of the whole catalog).
pub fn all_files() -> Vec<File> {
    files::FILES.iter().chain(files::WINDOW_FILES).copied().collect()
}

/// The window's `ui-*.ftl`, once [`include_window_words`] was called (only the window calls it,
/// so only the window's program carries them).
static WINDOW_WORDS: OnceLock<&'static [File]> = OnceLock::new();

/// Adds the window's own messages (`ui-*`) to every language from now on; idempotent. Languages
/// parsed before are parsed again on their next use.
pub fn include_window_words() {
    if WINDOW_WORDS.set(files::WINDOW_FILES).is_ok() {
        lock(loaded()).clear();
    }
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
    let window: &[File] = WINDOW_WORDS.get().copied().unwrap_or_default();
    for (lang, name, source) in files().iter().chain(window) {
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
    let mut map = lock(loaded());
    map.entry(lang.to_string())
        .or_insert_with(|| load(lang).map(Arc::new))
        .clone()
}

type Loaded = Mutex<HashMap<String, Option<Arc<Language>>>>;

/// The languages parsed so far (None: the catalog has no such language).
fn loaded() -> &'static Loaded {
    static LOADED: OnceLock<Loaded> = OnceLock::new();
    LOADED.get_or_init(Default::default)
}

fn lock(map: &Loaded) -> std::sync::MutexGuard<'_, HashMap<String, Option<Arc<Language>>>> {
    match map.lock() {
        Ok(m) => m,
        Err(poisoned) => poisoned.into_inner(),
    }
}
