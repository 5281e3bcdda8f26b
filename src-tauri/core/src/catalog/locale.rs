//! Which words to make: a [`Locale`] is a language of the catalog and a [`Surface`].
//!
//! A process has one current locale (the window's chosen language, or the CLI's `--lang`),
//! set by its edge with [`set`]; [`scoped`] makes words in another one for a moment (the
//! report's "Copy in English"). Serializing a [`super::Text`] uses the current locale.

use serde::{Deserialize, Serialize};
use std::cell::RefCell;
use std::sync::RwLock;

/// Where the words are shown. Every message receives it as `$surface` ("window" or "cli"),
/// so one message can say "press Swap" in the window and name the environment variables on
/// the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Surface {
    #[default]
    Window,
    Cli,
}

impl Surface {
    pub fn as_str(self) -> &'static str {
        match self {
            Surface::Window => "window",
            Surface::Cli => "cli",
        }
    }
}

/// A language of the catalog (its folder name under `locales/`, e.g. "en", "zh-CN") and a surface.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Locale {
    pub lang: String,
    pub surface: Surface,
}

impl Locale {
    pub fn new(lang: impl Into<String>, surface: Surface) -> Self {
        Locale {
            lang: lang.into(),
            surface,
        }
    }

    /// English in the window: the default, and the language of logs.
    pub fn english() -> Self {
        Locale::new(super::ENGLISH, Surface::Window)
    }

    /// The same language on another surface.
    pub fn on(&self, surface: Surface) -> Self {
        Locale {
            lang: self.lang.clone(),
            surface,
        }
    }
}

static CURRENT: RwLock<Option<Locale>> = RwLock::new(None);

thread_local! {
    static SCOPED: RefCell<Vec<Locale>> = const { RefCell::new(Vec::new()) };
}

/// Sets the process's locale (the edge does this once, and again when the user picks a language).
pub fn set(locale: Locale) {
    match CURRENT.write() {
        Ok(mut g) => *g = Some(locale),
        Err(poisoned) => *poisoned.into_inner() = Some(locale),
    }
}

/// The locale words are made in now: the innermost [`scoped`] one on this thread, else the
/// process's, else English in the window.
pub fn current() -> Locale {
    if let Some(l) = SCOPED.with(|s| s.borrow().last().cloned()) {
        return l;
    }
    let g = match CURRENT.read() {
        Ok(g) => g.clone(),
        Err(poisoned) => poisoned.into_inner().clone(),
    };
    g.unwrap_or_else(Locale::english)
}

/// Runs `f` with `locale` as the current one on this thread (e.g. to serialize a result in English).
pub fn scoped<R>(locale: Locale, f: impl FnOnce() -> R) -> R {
    struct Pop;
    impl Drop for Pop {
        fn drop(&mut self) {
            SCOPED.with(|s| {
                s.borrow_mut().pop();
            });
        }
    }
    SCOPED.with(|s| s.borrow_mut().push(locale));
    let _pop = Pop;
    f()
}
