//! Handing a saved key to one program (`okx-key-assistant run LABEL -- COMMAND`), the way
//! `op run` and `aws-vault exec` hand credentials to a child process: the key goes into the
//! child's environment under a profile's names, never onto its command line or into a file.
//!
//! - [`profile`]: the environment variable names each kind of bot reads, as typed data.
//! - [`mask`]: a writer that replaces the secret key and the passphrase in the child's output;
//!   [`mask_forms`]: which forms of them (encodings, prefixes); [`mask_match`]: finding them.
//! - [`policy`]: whether a saved key may be handed over at all.
//!
//! What this protects against and what not: the key never sits in a config file, a `.env` file
//! or shell history, and a bot that prints it shows the mask instead. But the environment of a
//! process is readable by the same user (`/proc/PID/environ`), every program the child starts
//! inherits it, and `--no-mask` output is not masked. The standard library's `Command` keeps its
//! own copy of the values until it is dropped; this copy is not wiped.

pub mod mask;
pub mod mask_forms;
pub mod mask_match;
pub mod policy;
pub mod profile;

pub use mask::{MaskingWriter, MASK};
pub use mask_match::Masks;
pub use policy::{may_hand_over, Known};
pub use profile::{EnvVar, HandOver, Profile, Value, VarSpec};
