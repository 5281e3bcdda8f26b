//! `check --notify`'s desktop notifications: the freedesktop Notifications service over D-Bus
//! (with the `dbus` crate the keychain already links: no second D-Bus stack in the program).
//!
//! Which events are sent, and when again, is the core's (`okx_key_core::watch`); this file only
//! talks to the notification server. Where it supports actions, each notification gets "Open My
//! keys" (the default action, a click on most desktops); a small listener process
//! (`watch listen ID...`, started here and left running, at most [`LISTEN_LIMIT`]) opens the
//! window when it is chosen. The window is single-instance: an open one comes to the front.
//! No secret and no API key is ever in a notification.

use okx_key_core::watch::{Event, Urgency};
use okx_key_core::{t, Problem, ProblemKind};

/// How long the listener waits for the user to choose "Open My keys".
pub const LISTEN_LIMIT: std::time::Duration = std::time::Duration::from_secs(3600);

#[cfg(target_os = "linux")]
mod dbus_notify {
    use super::*;
    use dbus::arg::{RefArg, Variant};
    use dbus::blocking::Connection;
    use dbus::message::MatchRule;
    use std::collections::{BTreeSet, HashMap};
    use std::sync::{Arc, Mutex};
    use std::time::{Duration, Instant};

    const DEST: &str = "org.freedesktop.Notifications";
    const PATH: &str = "/org/freedesktop/Notifications";
    const TIMEOUT: Duration = Duration::from_secs(5);

    fn unavailable(e: impl std::fmt::Display) -> Problem {
        Problem::new(
            ProblemKind::Internal,
            t!("watch-notify-unavailable", error = e.to_string()),
            t!("watch-notify-unavailable.fix"),
        )
    }

    /// `<`, `>` and `&` escaped for servers that read the body as markup.
    fn markup(s: &str) -> String {
        s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
    }

    /// Sends each event; returns the ids of those that carry the "Open My keys" action.
    pub fn send(events: &[Event]) -> Result<Vec<u32>, Problem> {
        let conn = Connection::new_session().map_err(unavailable)?;
        let proxy = conn.with_proxy(DEST, PATH, TIMEOUT);
        let (caps,): (Vec<String>,) = proxy.method_call(DEST, "GetCapabilities", ()).map_err(unavailable)?;
        let has = |c: &str| caps.iter().any(|x| x == c);
        let open = t!("watch-action-open-my-keys").to_string();
        let app = t!("watch-notification-app").to_string();
        let mut with_action = Vec::new();
        for e in events {
            let actions: Vec<&str> = if has("actions") {
                vec!["default", open.as_str()]
            } else {
                vec![]
            };
            let mut hints: HashMap<&str, Variant<Box<dyn RefArg>>> = HashMap::new();
            hints.insert("urgency", Variant(Box::new(e.urgency() as u8)));
            let body = e.body.to_string();
            let body = if has("body-markup") { markup(&body) } else { body };
            // Critical ones stay until closed; the others follow the server's default.
            let expire: i32 = if e.urgency() == Urgency::Critical { 0 } else { -1 };
            let (id,): (u32,) = proxy
                .method_call(
                    DEST,
                    "Notify",
                    (
                        app.as_str(),
                        0u32,
                        "dialog-warning",
                        e.summary.to_string(),
                        body,
                        actions,
                        hints,
                        expire,
                    ),
                )
                .map_err(unavailable)?;
            tracing::info!(label = %e.label, kind = e.kind.id(), id, "notification sent");
            if has("actions") {
                with_action.push(id);
            }
        }
        Ok(with_action)
    }

    /// Waits (at most [`LISTEN_LIMIT`]) for "Open My keys" on one of `ids`, or for all of them
    /// to close; opens the window when chosen.
    pub fn listen(ids: &[u32]) -> Result<(), Problem> {
        let conn = Connection::new_session().map_err(unavailable)?;
        let open: Arc<Mutex<BTreeSet<u32>>> = Arc::new(Mutex::new(ids.iter().copied().collect()));
        let chosen = Arc::new(Mutex::new(false));
        let (o, c) = (open.clone(), chosen.clone());
        conn.add_match(
            MatchRule::new_signal(DEST, "ActionInvoked"),
            move |(id, key): (u32, String), _, _| {
                if lock(&o).contains(&id) && key == "default" {
                    *lock(&c) = true;
                }
                true
            },
        )
        .map_err(unavailable)?;
        let o = open.clone();
        conn.add_match(
            MatchRule::new_signal(DEST, "NotificationClosed"),
            move |(id, _reason): (u32, u32), _, _| {
                lock(&o).remove(&id);
                true
            },
        )
        .map_err(unavailable)?;
        let deadline = Instant::now() + LISTEN_LIMIT;
        while !lock(&open).is_empty() && Instant::now() < deadline {
            conn.process(Duration::from_secs(1)).map_err(unavailable)?;
            if std::mem::take(&mut *lock(&chosen)) {
                open_my_keys();
                let proxy = conn.with_proxy(DEST, PATH, TIMEOUT);
                for id in lock(&open).iter() {
                    let _: Result<(), _> = proxy.method_call(DEST, "CloseNotification", (*id,));
                }
                break;
            }
        }
        Ok(())
    }

    fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
        m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Opens the window (an open one comes to the front: it is single-instance).
    fn open_my_keys() {
        let program =
            crate::window::window_program().unwrap_or_else(|| std::path::PathBuf::from(crate::window::WINDOW_PROGRAM));
        match std::process::Command::new(program)
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
        {
            Ok(_) => tracing::info!("the window was opened from a notification"),
            Err(e) => tracing::warn!(error = %e, "the window could not be opened"),
        }
    }
}

/// Sends the events as desktop notifications, and leaves a listener for "Open My keys".
pub fn send(events: &[Event]) -> Result<(), Problem> {
    if events.is_empty() {
        return Ok(());
    }
    #[cfg(target_os = "linux")]
    {
        let ids = dbus_notify::send(events)?;
        if !ids.is_empty() {
            start_listener(&ids);
        }
        Ok(())
    }
    #[cfg(not(target_os = "linux"))]
    {
        Err(Problem::new(
            ProblemKind::Internal,
            t!("watch-notify-unavailable", error = "Linux only"),
            t!("watch-notify-unavailable.fix"),
        ))
    }
}

/// `watch listen ID...`: waits for "Open My keys" (started by [`send`], not for people).
pub fn listen(ids: &[u32]) -> Result<(), Problem> {
    #[cfg(target_os = "linux")]
    {
        dbus_notify::listen(ids)
    }
    #[cfg(not(target_os = "linux"))]
    {
        let _ = ids;
        Ok(())
    }
}

#[cfg(target_os = "linux")]
fn start_listener(ids: &[u32]) {
    let Ok(me) = std::env::current_exe() else { return };
    let mut cmd = std::process::Command::new(me);
    cmd.args(["watch", "listen"])
        .args(ids.iter().map(u32::to_string))
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null());
    // Its own session: a terminal closing or Ctrl-C does not end it.
    {
        use std::os::unix::process::CommandExt;
        cmd.process_group(0);
    }
    if let Err(e) = cmd.spawn() {
        tracing::warn!(error = %e, "the notification listener could not start");
    }
}
