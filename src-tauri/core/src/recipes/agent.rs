//! OKX's own agent trade kit (`okx-trade-cli`'s `okx` and the MCP server `okx-trade-mcp`): it
//! reads `OKX_API_KEY`, `OKX_SECRET_KEY`, `OKX_PASSPHRASE`, `OKX_SITE` (`global`, `eea`, `us`),
//! `OKX_DEMO` and `OKX_API_BASE_URL` (its `packages/core/src/config.ts`, as `run::profile`
//! found them), so `run --profile okx-agent` hands it the key without its `~/.okx/config.toml`.

use super::{facts, run_line, Recipe, PROGRAM};
use crate::okx::Site;
use crate::run::profile::{Profile, Value};
use crate::t;

pub(super) fn fill(r: &mut Recipe) {
    let profile = Profile::OkxAgent.id();
    r.value(
        "env-site",
        t!("bot-value-env-site"),
        format!(
            "{}={}",
            Profile::OkxAgent.name_of(Value::SiteId),
            facts::agent_site(r.site)
        ),
    );
    r.value(
        "env-demo",
        t!("bot-value-env-demo"),
        format!(
            "{}={}",
            Profile::OkxAgent.name_of(Value::DemoFlag),
            if r.demo { "1" } else { "0" }
        ),
    );
    r.value(
        "env-base-url",
        t!("bot-value-env-base-url"),
        format!(
            "{}=https://{}",
            Profile::OkxAgent.name_of(Value::ApiBaseUrl),
            r.site.api_host()
        ),
    );
    let agent = Profile::OkxAgent;
    r.value("env-key", t!("bot-value-env-key"), agent.name_of(Value::ApiKey));
    r.value(
        "env-secret",
        t!("bot-value-env-secret"),
        agent.name_of(Value::SecretKey),
    );
    r.value(
        "env-passphrase",
        t!("bot-value-env-passphrase"),
        agent.name_of(Value::Passphrase),
    );
    r.steps.push(t!("bot-agent-step-install"));
    r.steps.push(t!("bot-agent-step-run"));
    r.steps.push(t!("bot-agent-step-mcp"));
    r.block(
        "install",
        t!("bot-code-install"),
        "shell",
        "npm install -g okx-trade-mcp okx-trade-cli",
    );
    r.block(
        "run",
        t!("bot-code-run"),
        "shell",
        run_line(&r.label, Some(profile), "okx account balance"),
    );
    r.block("mcp", t!("bot-code-mcp"), "json", mcp_config(&r.label, profile));
    if r.site == Site::Tr {
        r.warnings.push(t!("bot-agent-tr"));
    }
}

/// An MCP client's entry that starts the kit's server through `run`.
fn mcp_config(label: &str, profile: &str) -> String {
    format!(
        "{{\n  \"mcpServers\": {{\n    \"okx-trade-mcp\": {{\n      \"command\": \"{PROGRAM}\",\n      \
         \"args\": [\"run\", \"{label}\", \"--profile\", \"{profile}\", \"--\", \"okx-trade-mcp\"]\n    }}\n  }}\n}}"
    )
}
