//! A web platform (BitcoinEra, 3Commas and the like): which exchange and site to pick, the three
//! values in the order such forms ask for them (copied by the window's secret clipboard path),
//! and what the platform's check should show, with the OKX codes it shows when something is off.

use super::Recipe;
use crate::okx::Site;
use crate::t;

pub(super) fn fill(r: &mut Recipe) {
    let site = r.site;
    let web = site.web_host();
    r.steps.push(t!("bot-web-step-open"));
    r.steps.push(match site {
        Site::Global => t!("bot-web-step-exchange-global", site = web),
        Site::Eea => t!("bot-web-step-exchange-eea", site = web),
        Site::Us => t!("bot-web-step-exchange-us", site = web),
        Site::Tr => t!("bot-web-step-exchange-tr", site = web),
    });
    r.steps.push(if r.demo {
        t!("bot-web-step-mode-demo")
    } else {
        t!("bot-web-step-mode-live")
    });
    r.steps.push(t!("bot-web-step-values"));
    r.steps.push(t!("bot-web-step-ip", site = web));
    r.steps.push(t!("bot-web-step-check"));
    r.three_values();
    r.value("site", t!("bot-value-site"), web);
    r.value("api-host", t!("bot-value-api-host"), site.api_host());
    r.warnings.push(t!("bot-check-50119", site = web));
    r.warnings.push(t!("bot-check-50105"));
    r.warnings.push(if r.demo {
        t!("bot-check-50101-demo")
    } else {
        t!("bot-check-50101-live")
    });
    r.warnings.push(t!("bot-check-50110"));
}
