//! "Connect your bot": the recipe for one saved key and one kind of bot (made by the core,
//! `okx_key_core::recipes`, its words in the current language), and copying a recipe's value or
//! code block as plain text. Secrets never take this path: `copy_text` refuses anything that
//! looks like one, and the key's three values are copied by `copy_saved_credential` instead.

// Every command returns the whole `Problem` the window shows (the project's contract).
#![allow(clippy::result_large_err)]

use crate::commands::clipboard;
use crate::state::{lock, AppState};
use okx_key_core::bots::Market;
use okx_key_core::keychain::validate_label;
use okx_key_core::readiness::market_words;
use okx_key_core::recipes::{self, BotKind, Recipe};
use okx_key_core::{t, Problem, ProblemKind, Site};
use tauri::{AppHandle, State};

/// The bots and markets to choose from (Connect your bot, Step 10's "What will this key run?"),
/// in the core's order with their words in the current language: part of the boot data and of
/// `set_language`'s answer, so the window keeps no list of its own.
pub fn choices_for_window() -> serde_json::Value {
    okx_key_core::catalog::include_window_words();
    let bots: Vec<_> = BotKind::ALL
        .into_iter()
        .map(|k| {
            let (name, hint) = kind_words(k);
            serde_json::json!({ "id": k.id(), "name": name.render(), "hint": hint.render() })
        })
        .collect();
    let markets: Vec<_> = Market::ALL
        .into_iter()
        .map(|m| serde_json::json!({ "id": m.id(), "name": market_words(m).render() }))
        .collect();
    serde_json::json!({ "bots": bots, "markets": markets })
}

/// A kind's name and one-line hint in the window's catalog (`ui-bots.ftl`, `ui-ready.ftl`).
fn kind_words(kind: BotKind) -> (okx_key_core::catalog::Text, okx_key_core::catalog::Text) {
    match kind {
        BotKind::WebPlatform => (t!("ui-bot-kind-web"), t!("ui-bot-kind-web.hint")),
        BotKind::Freqtrade => (t!("ui-bot-kind-freqtrade"), t!("ui-bot-kind-freqtrade.hint")),
        BotKind::Hummingbot => (t!("ui-bot-kind-hummingbot"), t!("ui-bot-kind-hummingbot.hint")),
        BotKind::PythonCcxt => (t!("ui-bot-kind-ccxt"), t!("ui-bot-kind-ccxt.hint")),
        BotKind::PythonOkx => (t!("ui-bot-kind-python-okx"), t!("ui-bot-kind-python-okx.hint")),
        BotKind::OkxAgent => (t!("ui-bot-kind-agent"), t!("ui-bot-kind-agent.hint")),
        BotKind::Passivbot => (t!("ui-bot-kind-passivbot"), t!("ui-bot-kind-passivbot.hint")),
        BotKind::Octobot => (t!("ui-bot-kind-octobot"), t!("ui-bot-kind-octobot.hint")),
    }
}

/// The recipe for connecting the key saved as `label` (of `site`, Demo Trading or live) to a bot
/// of `kind`. It holds no secret.
#[tauri::command]
pub fn bot_recipe(kind: BotKind, label: String, site: Site, demo: bool) -> Result<Recipe, Problem> {
    let label = validate_label(&label)?;
    Ok(recipes::recipe(kind, site, demo, &label))
}

/// Copies a recipe's value or code block as plain text; refuses anything that looks like a
/// secret (the shapes of a key, or a value the app holds in memory as a secret).
#[tauri::command]
pub fn copy_text(app: AppHandle, state: State<'_, AppState>, text: String) -> Result<(), Problem> {
    // One lock at a time: the pasted credentials, then Step 5's passphrase.
    let safe = {
        let creds = lock(&state.credentials);
        let held: Vec<&str> = creds
            .as_ref()
            .map(|c| vec![c.api_key.expose(), c.secret_key.expose(), c.passphrase.expose()])
            .unwrap_or_default();
        recipes::copy::safe_to_copy(&text, &held)
    } && {
        let made = lock(&state.passphrase);
        let held: Vec<&str> = made.as_ref().map(|p| vec![p.expose()]).unwrap_or_default();
        recipes::copy::safe_to_copy(&text, &held)
    };
    if !safe {
        tracing::warn!("refused to copy a text that looks like a secret as plain text");
        return Err(Problem::from_text(ProblemKind::MalformedInput, t!("bot-copy-refused")));
    }
    clipboard::write_text(&app, &text)
}
