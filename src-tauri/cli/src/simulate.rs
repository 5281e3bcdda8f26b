//! `okx-key-assistant simulate`: the OKX look-alike on loopback, for practice and tests.

use super::args::option;
use super::command::{Call, Subcommand};
use super::input::SiteChoice;
use super::output::{self, Exit};
use okx_key_core::t;
use okx_simulator::{self as simulator, DEFAULT_PORT};

pub const COMMAND: Subcommand = Subcommand {
    name: "simulate",
    usage: || t!("cli-simulate-usage"),
    flags: &[
        option("--port"),
        option("--site"),
        option("--latency-ms"),
        option("--skew-ms"),
    ],
    positionals: 0,
    main,
};

fn main(call: &Call) -> i32 {
    let parsed = &call.parsed;
    let number = |flag: &str, default: &str| parsed.value(flag).unwrap_or(default).trim().to_owned();
    let Ok(port) = number("--port", &DEFAULT_PORT.to_string()).parse::<u16>() else {
        return call.usage_error(t!("cli-port-must-be"));
    };
    let Ok(latency_ms) = number("--latency-ms", "0").parse::<u64>() else {
        return call.usage_error(t!("cli-latency-must-be"));
    };
    if latency_ms > 60_000 {
        return call.usage_error(t!("cli-latency-too-long"));
    }
    let Ok(skew_ms) = number("--skew-ms", "0").parse::<i64>() else {
        return call.usage_error(t!("cli-skew-must-be"));
    };
    if skew_ms.unsigned_abs() > 86_400_000 {
        return call.usage_error(t!("cli-skew-too-large"));
    }
    let site = match parsed.value("--site").map(|v| SiteChoice::parse(v, false)).transpose() {
        Ok(Some(SiteChoice::One(s))) => Some(s),
        Ok(_) => None,
        Err(reason) => return call.usage_error(reason),
    };
    match super::block_on(simulator::run_cli(port, site, latency_ms, skew_ms)) {
        Ok(Ok(())) => output::OK,
        Ok(Err(p)) => Exit::failed(p).finish(false),
        Err(exit) => exit.finish(false),
    }
}
