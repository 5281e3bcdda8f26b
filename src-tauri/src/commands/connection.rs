//! Step 10: the connection test, with progress sent to the window as each check starts.

use crate::state::{lock, AppState};
use okx_key_core::bots::{BotKind, Market};
use okx_key_core::outcome::{CheckId, Verification};
use okx_key_core::{t, verify, Problem, ProblemKind, Site, VerifyOptions};
use tauri::ipc::Channel;
use tauri::State;

pub fn no_credentials() -> Problem {
    Problem::from_text(ProblemKind::NotAllowed, t!("app-no-credentials"))
}

/// Runs the test with the credentials checked in Step 9. The result is kept for the save and
/// the report; the form in the window is never touched, so "Try again" keeps what was entered.
/// With a `bot` ("What will this key run?"), the same round trip also checks whether the account
/// is ready for it on `market` (spot when not given): `Verification.readiness`.
#[tauri::command]
pub async fn test_connection(
    state: State<'_, AppState>,
    site: Site,
    demo: bool,
    bot: Option<BotKind>,
    market: Option<Market>,
    on_progress: Channel<CheckId>,
) -> Result<Verification, Problem> {
    let creds = lock(&state.credentials).clone().ok_or_else(no_credentials)?;
    let opts = VerifyOptions {
        site,
        demo,
        trimmed: lock(&state.trimmed).clone(),
        readiness: bot.map(|b| (b, market.unwrap_or_default())),
        ..VerifyOptions::default()
    };
    tracing::info!(
        site = site.as_str(),
        demo,
        bot = bot.map(BotKind::id),
        "connection test started"
    );
    let progress = move |id: CheckId| {
        let _ = on_progress.send(id);
    };
    let result = verify(&creds, &opts, &progress).await;
    tracing::info!(
        verified = result.verified,
        safe = result.safe,
        problems = result.problems.len(),
        ready = ?result.readiness.as_ref().map(|r| r.ready),
        "connection test finished"
    );
    state.forget_results();
    *lock(&state.verification) = Some(result.clone());
    Ok(result)
}
