//! Passivbot: the entry of its `api-keys.json` with the three values copied in by the window's
//! secret clipboard path (the file is Passivbot's own; the recipe never writes it), and the
//! long/short position mode it needs (the readiness card checks it).

use super::Recipe;
use crate::okx::Site;
use crate::t;

/// The entry's name in `api-keys.json`, the `user` of Passivbot's config.
pub const USER: &str = "okx_01";

pub(super) fn fill(r: &mut Recipe) {
    r.steps.push(t!("bot-passivbot-step-file"));
    r.steps.push(t!("bot-passivbot-step-entry", user = USER));
    r.steps.push(t!("bot-passivbot-step-values"));
    r.steps.push(t!("bot-passivbot-step-private"));
    r.steps.push(t!("bot-passivbot-step-config", user = USER));
    r.three_values();
    r.value("user", t!("bot-value-user"), USER);
    r.block(
        "api-keys",
        t!("bot-passivbot-code-entry"),
        "json",
        format!(
            "{{\n  \"{USER}\": {{\n    \"exchange\": \"okx\",\n    \"key\": \"\",\n    \"secret\": \"\",\n    \"passphrase\": \"\"\n  }}\n}}\n"
        ),
    );
    r.warnings.push(t!("bot-passivbot-warn-hedge"));
    if r.site != Site::Global {
        r.warnings.push(t!("bot-passivbot-warn-site", site = r.site.web_host()));
    }
}
