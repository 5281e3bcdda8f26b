//! Hummingbot: `connect okx` asks for the API key, the secret key, the passphrase and (since
//! v2.5) the registration sub-domain: `www` (okx.com), `my` (my.okx.com, EEA) or `app`
//! (app.okx.com, US). Hummingbot has no sub-domain for OKX TR, and its OKX connector trades live.

use super::{facts, Recipe};
use crate::t;

pub(super) fn fill(r: &mut Recipe) {
    let Some(sub) = facts::hummingbot_sub_domain(r.site) else {
        r.warnings.push(t!("bot-hummingbot-no-tr", site = r.site.web_host()));
        return;
    };
    r.block("connect", t!("bot-code-hummingbot"), "text", "connect okx");
    r.steps.push(t!("bot-hummingbot-step-connect"));
    r.steps.push(t!("bot-hummingbot-step-values"));
    r.steps.push(t!(
        "bot-hummingbot-step-sub-domain",
        sub = sub,
        site = r.site.web_host()
    ));
    r.steps.push(t!("bot-hummingbot-step-check"));
    r.three_values();
    r.value("sub-domain", t!("bot-value-sub-domain"), sub);
    if r.demo {
        r.warnings.push(t!("bot-hummingbot-demo"));
    }
    r.warnings.push(t!("bot-check-50105"));
}
