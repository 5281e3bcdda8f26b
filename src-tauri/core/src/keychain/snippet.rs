//! How a Python bot reads a saved key: one program, printed by `save` and shown in the window's
//! saved-keys list, so the two never drift apart. It holds no secret: it names the keychain item
//! (service and label) and picks ccxt's class for the key's site.

use super::SERVICE;

/// The program for the key saved as `label` (labels are letters, digits, `_`, `-` and `.`, so
/// the label is safe inside a Python string).
pub fn python(label: &str) -> String {
    format!(
        "import json, keyring\n\
         key = json.loads(keyring.get_password(\"{SERVICE}\", \"{label}\"))\n\
         # key[\"api_key\"], key[\"secret_key\"], key[\"passphrase\"], key[\"site\"], key[\"demo\"]\n\
         \n\
         import ccxt  # ccxt.myokx (EEA) and ccxt.okxus use their site's host; tr names its own\n\
         exchange = {{\"eea\": ccxt.myokx, \"us\": ccxt.okxus}}.get(key[\"site\"], ccxt.okx)({{\n\
         \x20   \"apiKey\": key[\"api_key\"], \"secret\": key[\"secret_key\"],\n\
         \x20   \"password\": key[\"passphrase\"],  # ccxt calls the API passphrase \"password\"\n\
         \x20   **({{\"hostname\": \"tr.okx.com\"}} if key[\"site\"] == \"tr\" else {{}})}})\n\
         exchange.set_sandbox_mode(key[\"demo\"])  # Demo Trading keys\n"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_the_service_and_label_and_every_site() {
        let s = python("Bot_1");
        assert!(s.contains("keyring.get_password(\"okx-key-assistant\", \"Bot_1\")"));
        assert!(s.contains("ccxt.myokx") && s.contains("ccxt.okxus") && s.contains("tr.okx.com"));
        assert!(s.starts_with("import json, keyring\n"));
    }
}
