//! Talking to OKX: sites and hosts, request signing, the read-only client, and OKX's error codes.

pub mod site;

pub use site::{Endpoint, Site};
