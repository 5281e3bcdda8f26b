//! The keychain item's secret: one JSON object holding the three credentials and where they work.
//!
//! The layout is a stable interface (bots read it, see `DESIGN.md` "Keychain layout"):
//! `{"api_key","secret_key","passphrase","site","api_host","demo","saved_at"}`. The JSON is built
//! straight into a buffer that is wiped when dropped, and [`ItemJson`] has no `Debug`, so the
//! secrets never reach a log or a panic message.

use crate::bots::{BotChoice, BotKind, Market};
use crate::credentials::Credentials;
use crate::error::{Problem, ProblemKind, Result};
use crate::okx::Site;
use crate::outcome::Permissions;
use crate::t;
use serde::{Deserialize, Serialize};
use zeroize::{Zeroize, ZeroizeOnDrop, Zeroizing};

/// Room for the whole JSON, so serializing never reallocates (a reallocation would leave a copy
/// of the secrets behind in freed memory). Real items are about 250 bytes.
const BUFFER: usize = 2048;

/// The item's JSON, field for field. No `Debug` on purpose; wiped on drop.
#[derive(Serialize, Deserialize, Zeroize, ZeroizeOnDrop, PartialEq, Eq)]
pub(crate) struct ItemJson {
    pub api_key: String,
    pub secret_key: String,
    pub passphrase: String,
    #[zeroize(skip)]
    pub site: Site,
    pub api_host: String,
    pub demo: bool,
    pub saved_at: String,
    /// What the key could do when it was saved (the permissions the test before the save saw),
    /// when known; a record saying "withdraw" is never handed to a bot by `run`. Absent from the
    /// JSON when not known (items saved before this field, or written by another program).
    #[zeroize(skip)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub permissions: Option<Permissions>,
    /// The bot the key was saved for, when one was chosen. Two plain fields rather than a
    /// flattened [`BotChoice`]: serde's flatten buffers every field of the item, secrets too, in
    /// copies this type could not wipe.
    #[zeroize(skip)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bot: Option<BotKind>,
    /// The market chosen with the bot.
    #[zeroize(skip)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub market: Option<Market>,
}

impl ItemJson {
    pub fn new(creds: &Credentials, site: Site, api_host: &str, demo: bool, saved_at: &str) -> Self {
        ItemJson {
            api_key: creds.api_key.expose().to_owned(),
            secret_key: creds.secret_key.expose().to_owned(),
            passphrase: creds.passphrase.expose().to_owned(),
            site,
            api_host: api_host.to_owned(),
            demo,
            saved_at: saved_at.to_owned(),
            permissions: None,
            bot: None,
            market: None,
        }
    }

    /// The same item, recording the permissions the key was seen with.
    pub fn with_permissions(mut self, permissions: Option<Permissions>) -> Self {
        self.permissions = permissions;
        self
    }

    /// The same item, recording the bot and market it is for.
    pub fn with_bot(mut self, choice: Option<BotChoice>) -> Self {
        self.bot = choice.map(|c| c.bot);
        self.market = choice.map(|c| c.market);
        self
    }

    /// The bot and market recorded, if a bot is.
    pub fn bot_choice(&self) -> Option<BotChoice> {
        self.bot.map(|bot| BotChoice {
            bot,
            market: self.market.unwrap_or_default(),
        })
    }

    /// The JSON text, in a buffer wiped on drop.
    pub fn to_json(&self) -> Result<Zeroizing<String>> {
        let mut buf = Zeroizing::new(Vec::with_capacity(BUFFER));
        serde_json::to_writer(&mut *buf, self).map_err(|_| Problem::internal(t!("keychain-encode-failed")))?;
        let text = std::str::from_utf8(&buf).map_err(|_| Problem::internal(t!("keychain-encode-failed")))?;
        // One exact-size copy; `buf` is wiped when it drops.
        Ok(Zeroizing::new(text.to_owned()))
    }

    /// Parses an item's secret. A text that is not this layout is reported without quoting it.
    pub fn from_json(text: &str, label: &str) -> Result<ItemJson> {
        serde_json::from_str(text).map_err(|_| not_our_layout(label))
    }

    pub fn credentials(&self) -> Credentials {
        Credentials::new(
            self.api_key.as_str(),
            self.secret_key.as_str(),
            self.passphrase.as_str(),
        )
    }

    pub fn api_key_redacted(&self) -> String {
        crate::secret::redact_key(&self.api_key)
    }
}

/// The item exists but does not hold this app's JSON (written by hand or by another program).
pub(crate) fn not_our_layout(label: &str) -> Problem {
    Problem::from_text(
        ProblemKind::KeychainMismatch,
        t!("keychain-foreign-item", label = label),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> ItemJson {
        let creds = Credentials::new(
            "6f1c2d3e-aaaa-bbbb-cccc-0123456a5a41",
            "22582BD0CFF14C41EDBF1AB98506286D",
            "Pass\"word\\1",
        );
        ItemJson::new(&creds, Site::Eea, "eea.okx.com", true, "2026-11-26T18:00:00.000Z")
    }

    #[test]
    fn json_has_exactly_the_design_fields() {
        let json = sample().to_json().unwrap();
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        let mut keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
        keys.sort_unstable();
        assert_eq!(
            keys,
            [
                "api_host",
                "api_key",
                "demo",
                "passphrase",
                "saved_at",
                "secret_key",
                "site"
            ]
        );
        assert_eq!(v["site"], "eea");
        assert_eq!(v["demo"], true);
        assert_eq!(v["passphrase"], "Pass\"word\\1");
    }

    #[test]
    fn round_trips() {
        let a = sample();
        let json = a.to_json().unwrap();
        let b = ItemJson::from_json(&json, "x").unwrap();
        assert!(a == b);
        assert_eq!(b.credentials().passphrase.expose(), "Pass\"word\\1");
        assert_eq!(b.api_key_redacted(), "6f1c…5a41");
    }

    #[test]
    fn recorded_permissions_are_read_and_absent_ones_stay_absent() {
        let mut v: serde_json::Value = serde_json::from_str(&sample().to_json().unwrap()).unwrap();
        assert!(v.get("permissions").is_none());
        assert_eq!(ItemJson::from_json(&v.to_string(), "x").unwrap().permissions, None);
        v["permissions"] = serde_json::json!({"read": true, "trade": true, "withdraw": true});
        let item = ItemJson::from_json(&v.to_string(), "x").unwrap();
        assert!(item.permissions.is_some_and(|p| p.withdraw));
    }

    #[test]
    fn the_bot_and_market_are_two_plain_optional_fields() {
        let plain = sample().to_json().unwrap();
        assert!(!plain.contains("\"bot\"") && !plain.contains("\"market\""));
        let choice = BotChoice {
            bot: BotKind::Passivbot,
            market: Market::Swap,
        };
        let json = sample().with_bot(Some(choice)).to_json().unwrap();
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(
            (v["bot"].as_str(), v["market"].as_str()),
            (Some("passivbot"), Some("swap"))
        );
        assert_eq!(ItemJson::from_json(&json, "x").unwrap().bot_choice(), Some(choice));
        let mut v = v;
        v.as_object_mut().unwrap().remove("market");
        let spot = ItemJson::from_json(&v.to_string(), "x").unwrap().bot_choice();
        assert_eq!(spot.map(|c| c.market), Some(Market::Spot));
    }

    #[test]
    fn foreign_text_is_a_mismatch_without_echo() {
        let err = ItemJson::from_json("hunter2-secret", "bot").err().unwrap();
        assert_eq!(err.kind, ProblemKind::KeychainMismatch);
        assert!(!err.message.to_string().contains("hunter2"));
    }

    #[test]
    fn timestamp_shape() {
        let t = crate::iso_time::now();
        assert_eq!(t.len(), 24, "{t}");
        assert!(t.ends_with('Z'));
    }
}
