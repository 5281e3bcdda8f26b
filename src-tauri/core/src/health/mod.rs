//! Keeping saved keys healthy after the guide ends (issue "My keys"; `okx-key-assistant check`).
//!
//! - [`history`]: a short, non-secret record of each saved key's tests (at most
//!   [`history::MAX_ENTRIES`] per key), in `key-history.json` beside the saved-keys index,
//!   written atomically.
//! - [`drift`]: what changed since the app last saw the key work (Withdraw turned on, Trade
//!   lost, IP list or label changed, deleted on OKX), as typed values with their words.
//! - [`idle`]: OKX's 14-day rule for keys with Trade (or Withdraw) and no IP binding: the days
//!   since the app last saw the key work.
//!
//! - [`check`]: testing saved keys together (`check`, the window's Test all).
//! - [`status`]: each saved key as last seen, without testing (the rows of My keys).
//! - [`verdict`]: a tested key's [`Health`], shared by the two above.
//!
//! Nothing here holds a secret: entries keep the redacted API key only.

pub mod check;
pub mod drift;
pub mod history;
pub mod idle;
pub mod status;
pub mod verdict;

pub use check::{check_keys, KeyCheck};
pub use drift::{drift, Drift};
pub use history::{known, Entry, History, HISTORY_FILE, MAX_ENTRIES};
pub use idle::{idle_rule, idle_rule_now, IdleRule, IDLE_DAYS};
pub use status::{statuses, KeyStatus, LastTest};
pub use verdict::{health_of, Health};
