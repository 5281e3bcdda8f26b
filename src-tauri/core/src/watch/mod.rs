//! The watch (issue 26): what a daily `check --notify` tells the user, what `check --prometheus`
//! writes for servers, and the daily run's switch (`watch on|off|status`, My keys' switch).
//!
//! - [`events`]: which notifications a tested key raises (from the core's health, drift and
//!   14-day rule; no second implementation), with their words and urgency.
//! - [`dedup`]: which of them are sent this time, and the small state file that remembers it.
//! - [`metrics`]: node_exporter's textfile format for a round of tests, written atomically.
//! - [`units`]: the texts of the systemd user timer and service and of the XDG autostart entry.
//! - [`install`]: turning the daily run on and off (exactly what was installed), and its status.
//!
//! Linux only for the scheduler: Windows (Task Scheduler) and macOS (launchd) are not built.
//! Nothing here holds a secret or a full API key.

pub mod dedup;
pub mod events;
pub mod install;
pub mod metrics;
pub mod units;

pub use dedup::{plan, WatchState, STATE_FILE};
pub use events::{events_of, Event, EventKind, Urgency};
