//! "Connect your bot": a recipe for each kind of bot, made from one saved key's site and mode.
//!
//! A [`Recipe`] is typed data: steps and warnings are [`Text`] (words from `locales/*/bots.ftl`,
//! made at the edge), named values and code blocks are plain strings the window copies as they
//! are. A recipe never holds a secret: the only thing of the user's in it is the key's label
//! (checked with [`validate_label`]; a bad one becomes `LABEL`). The secret values reach a bot
//! only through the keychain (`keyring` in Python), the `run` command's environment, or, for a
//! web platform, the window's secret clipboard path ([`Recipe::credentials`] names the fields).
//!
//! - [`web`]: a web platform's form (BitcoinEra, 3Commas and the like).
//! - [`freqtrade`]: `exchange.name`, the config fragment and `run --profile freqtrade`.
//! - [`hummingbot`]: the answers of `connect okx`, with the registration sub-domain.
//! - [`python`]: a short program with ccxt or with python-okx.
//! - [`agent`]: OKX's own agent trade kit (`okx` CLI, `okx-trade-mcp`) through `run`.
//! - [`passivbot`]: the entry of Passivbot's `api-keys.json`, values copied in by the window.
//! - [`octobot`]: OctoBot's exchange form.
//! - [`copy`]: whether a text the window asks to copy as plain text looks like a secret.
//!
//! The facts per site (class, exchange name, sub-domain, host) are in [`facts`], shared with
//! `run`'s profiles where they overlap (`run::profile::freqtrade_exchange`).

pub mod agent;
pub mod copy;
pub mod facts;
pub mod freqtrade;
pub mod hummingbot;
pub mod octobot;
pub mod passivbot;
pub mod python;
pub mod web;

#[cfg(test)]
mod tests;

pub use crate::bots::BotKind;
use crate::catalog::Text;
use crate::credentials::Field;
use crate::keychain::validate_label;
use crate::okx::Site;
use serde::Serialize;

/// The program's name as people type it in a terminal.
pub const PROGRAM: &str = "okx-key-assistant";

/// Stands in for a label that is not a valid key label.
pub const LABEL_PLACEHOLDER: &str = "LABEL";

/// A value to copy, with its name: an exchange name, a sub-domain, a variable's name. Never a secret.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NamedValue {
    /// A stable id for the window and tests (`exchange-name`, `sub-domain`, …).
    pub id: &'static str,
    pub name: Text,
    pub value: String,
}

/// A block of code or configuration to copy as it is. Never holds a secret.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CodeBlock {
    /// A stable id for the window and tests (`config`, `run`, `keyring`, …).
    pub id: &'static str,
    /// What the block is, in words.
    pub caption: Text,
    /// `json`, `python`, `shell` or `text`.
    pub lang: &'static str,
    pub code: String,
}

/// One of the key's three values, to be copied from the keychain by the window's secret path.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CredentialSlot {
    pub field: Field,
    /// The field's name, as a form calls it.
    pub name: Text,
}

/// Everything the window shows for one kind of bot and one key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Recipe {
    pub kind: BotKind,
    pub label: String,
    pub site: Site,
    pub demo: bool,
    /// What to do, in order.
    pub steps: Vec<Text>,
    /// The key's three values in the order a form asks for them (empty when the bot reads them
    /// itself from the keychain or the environment).
    pub credentials: Vec<CredentialSlot>,
    pub values: Vec<NamedValue>,
    pub code: Vec<CodeBlock>,
    /// What goes wrong for this site and mode, and what the bot cannot do.
    pub warnings: Vec<Text>,
}

impl Recipe {
    fn new(kind: BotKind, site: Site, demo: bool, label: &str) -> Recipe {
        Recipe {
            kind,
            label: label.to_owned(),
            site,
            demo,
            steps: Vec::new(),
            credentials: Vec::new(),
            values: Vec::new(),
            code: Vec::new(),
            warnings: Vec::new(),
        }
    }

    fn value(&mut self, id: &'static str, name: Text, value: impl Into<String>) {
        self.values.push(NamedValue {
            id,
            name,
            value: value.into(),
        });
    }

    fn block(&mut self, id: &'static str, caption: Text, lang: &'static str, code: impl Into<String>) {
        self.code.push(CodeBlock {
            id,
            caption,
            lang,
            code: code.into(),
        });
    }

    /// The three values in a form's order: API key, secret key, passphrase.
    fn three_values(&mut self) {
        self.credentials = [Field::ApiKey, Field::SecretKey, Field::Passphrase]
            .into_iter()
            .map(|field| CredentialSlot {
                field,
                name: field.name(),
            })
            .collect();
    }

    /// The named value `id`, if the recipe has one (for tests and callers).
    pub fn value_of(&self, id: &str) -> Option<&str> {
        self.values.iter().find(|v| v.id == id).map(|v| v.value.as_str())
    }

    /// The code block `id`, if the recipe has one.
    pub fn code_of(&self, id: &str) -> Option<&str> {
        self.code.iter().find(|c| c.id == id).map(|c| c.code.as_str())
    }
}

/// The recipe for connecting the key saved as `label` (of `site`, Demo Trading or live) to a
/// bot of `kind`.
pub fn recipe(kind: BotKind, site: Site, demo: bool, label: &str) -> Recipe {
    let label = validate_label(label).unwrap_or_else(|_| LABEL_PLACEHOLDER.to_owned());
    let mut r = Recipe::new(kind, site, demo, &label);
    match kind {
        BotKind::WebPlatform => web::fill(&mut r),
        BotKind::Freqtrade => freqtrade::fill(&mut r),
        BotKind::Hummingbot => hummingbot::fill(&mut r),
        BotKind::PythonCcxt => python::fill_ccxt(&mut r),
        BotKind::PythonOkx => python::fill_python_okx(&mut r),
        BotKind::OkxAgent => agent::fill(&mut r),
        BotKind::Passivbot => passivbot::fill(&mut r),
        BotKind::Octobot => octobot::fill(&mut r),
    }
    r
}

/// `okx-key-assistant run LABEL [--profile P] -- COMMAND`, the label quoted for `sh` (a valid
/// label reads as it is; see [`crate::shell_word`]).
fn run_line(label: &str, profile: Option<&str>, command: &str) -> String {
    let label = crate::shell_word::shell_word(label);
    match profile {
        Some(p) => format!("{PROGRAM} run {label} --profile {p} -- {command}"),
        None => format!("{PROGRAM} run {label} -- {command}"),
    }
}
