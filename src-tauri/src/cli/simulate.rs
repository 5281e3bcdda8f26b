//! `okx-key-assistant simulate`: the OKX look-alike on loopback, for practice and tests.

use super::args::option;
use super::command::{Call, Subcommand};
use super::input::SiteChoice;
use super::output::{self, Exit};
use okx_simulator::{self as simulator, DEFAULT_PORT};

pub const USAGE: &str = "\
Usage: okx-key-assistant simulate [--port N] [--site global|eea|us|tr] [--latency-ms N] [--skew-ms N]

Starts a practice copy of OKX's API on this computer (127.0.0.1 only), with practice keys for
every situation the app explains. It prints the keys and the OKX_BASE_URL_* settings that
point the app (and verify) at it, then shows each request until you press Ctrl-C.

Options:
  --port N         the port of the first site (default 8085); without --site the four sites
                   use N to N+3 (global, eea, us, tr); 0 picks free ports
  --site SITE      run only this site on N
  --latency-ms N   wait N milliseconds before every answer (default 0)
  --skew-ms N      the simulator's clock is N milliseconds ahead (negative: behind)
  -h, --help       show this help

Exit status: 0 stopped with Ctrl-C; 1 could not start (for example, the port is taken);
2 bad usage.";

pub const COMMAND: Subcommand = Subcommand {
    name: "simulate",
    usage: USAGE,
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
        return call.usage_error("--port must be a number from 0 to 65535.");
    };
    let Ok(latency_ms) = number("--latency-ms", "0").parse::<u64>() else {
        return call.usage_error("--latency-ms must be a whole number of milliseconds.");
    };
    if latency_ms > 60_000 {
        return call.usage_error("--latency-ms must be at most 60000 (one minute).");
    }
    let Ok(skew_ms) = number("--skew-ms", "0").parse::<i64>() else {
        return call.usage_error("--skew-ms must be a whole number of milliseconds.");
    };
    if skew_ms.unsigned_abs() > 86_400_000 {
        return call.usage_error("--skew-ms must be within one day (86400000).");
    }
    let site = match parsed.value("--site").map(|v| SiteChoice::parse(v, false)).transpose() {
        Ok(Some(SiteChoice::One(s))) => Some(s),
        Ok(_) => None,
        Err(reason) => return call.usage_error(&reason),
    };
    match super::block_on(simulator::run_cli(port, site, latency_ms, skew_ms)) {
        Ok(Ok(())) => output::OK,
        Ok(Err(p)) => Exit::failed(p).finish(false),
        Err(exit) => exit.finish(false),
    }
}
