//! Talking to OKX: sites and hosts, request signing, the read-only client, and OKX's error codes.

pub mod account_mode;
pub mod client;
pub mod codes;
pub mod paths;
pub mod responses;
pub mod sign;
pub mod site;
#[cfg(test)]
pub(crate) mod test_server;
pub mod transport;

pub use account_mode::{AccountMode, PositionMode};
pub use client::{ClientOptions, OkxClient};
pub use paths::ApiPath;
pub use site::{overrides_set, Endpoint, KeyOrigin, Site, SiteInfo, SITES};
