//! Freqtrade: `exchange.name` for the key's site (`okx`, `myokx`, `okxus`; nothing for OKX TR),
//! a configuration fragment without secrets, the environment variables Freqtrade reads for the
//! three values (`FREQTRADE__EXCHANGE__KEY`, `__SECRET`, `__PASSWORD`: the passphrase goes in
//! `password`), and the `run --profile freqtrade` line that fills them for one run, directly or
//! through Docker.

use super::{facts, run_line, Recipe};
use crate::okx::Site;
use crate::run::profile::{Profile, Value};
use crate::t;

pub(super) fn fill(r: &mut Recipe) {
    let Some(name) = facts::freqtrade_exchange(r.site) else {
        r.warnings.push(t!("bot-freqtrade-no-tr", site = r.site.web_host()));
        return;
    };
    r.value("exchange-name", t!("bot-value-exchange-name"), name);
    let ft = Profile::Freqtrade;
    r.value("env-key", t!("bot-value-env-key"), ft.name_of(Value::ApiKey));
    r.value("env-secret", t!("bot-value-env-secret"), ft.name_of(Value::SecretKey));
    r.value(
        "env-password",
        t!("bot-value-env-password"),
        ft.name_of(Value::Passphrase),
    );
    r.steps.push(t!("bot-freqtrade-step-config", name = name));
    r.steps.push(t!("bot-freqtrade-step-run"));
    r.steps.push(t!("bot-freqtrade-step-password"));
    r.block("config", t!("bot-code-config"), "json", config(name));
    r.block(
        "run",
        t!("bot-code-run"),
        "shell",
        run_line(&r.label, Some(Profile::Freqtrade.id()), "freqtrade trade"),
    );
    r.block("docker", t!("bot-code-docker"), "shell", docker_line(&r.label));
    if r.site == Site::Us {
        r.warnings.push(t!("bot-freqtrade-us-spot"));
    }
    if r.demo {
        r.warnings.push(t!("bot-freqtrade-demo"));
    }
}

/// The same through Docker: `-e NAME` without a value makes Docker copy the variable from the
/// environment `run` gives it into the container, so no value is ever on a command line.
fn docker_line(label: &str) -> String {
    let ft = Profile::Freqtrade;
    let names = [Value::ApiKey, Value::SecretKey, Value::Passphrase]
        .into_iter()
        .map(|v| format!("-e {}", ft.name_of(v)))
        .collect::<Vec<_>>()
        .join(" ");
    run_line(
        label,
        Some(ft.id()),
        &format!(
            "docker run --rm {names} -v \"$PWD/user_data:/freqtrade/user_data\" freqtradeorg/freqtrade:stable trade --config /freqtrade/user_data/config.json"
        ),
    )
}

/// The `exchange` part of `config.json`: the name, and the three values left empty (the
/// environment fills them; Freqtrade's environment variables override the file).
fn config(name: &str) -> String {
    format!(
        "\"exchange\": {{\n    \"name\": \"{name}\",\n    \"key\": \"\",\n    \"secret\": \"\",\n    \"password\": \"\"\n}}"
    )
}
