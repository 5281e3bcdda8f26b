//! OctoBot: its own web interface's exchange form (the three values copied in by the window's
//! secret clipboard path), and the one-way (Buy/sell) position mode it sets for swaps.

use super::Recipe;
use crate::t;

pub(super) fn fill(r: &mut Recipe) {
    let web = r.site.web_host();
    r.steps.push(t!("bot-octobot-step-open"));
    r.steps.push(t!("bot-octobot-step-exchange", site = web));
    r.steps.push(t!("bot-octobot-step-values"));
    r.steps.push(if r.demo {
        t!("bot-octobot-step-demo")
    } else {
        t!("bot-web-step-mode-live")
    });
    r.steps.push(t!("bot-octobot-step-restart"));
    r.three_values();
    r.value("site", t!("bot-value-site"), web);
    r.warnings.push(t!("bot-octobot-warn-net"));
    r.warnings.push(t!("bot-check-50119", site = web));
}
