//! `okx-key-assistant simulate`: start the simulator, print how to use it, run until Ctrl-C.
//! Lines typed on its standard input change practice keys while it runs (see [`crate::control`]);
//! each is answered on standard output with `ok: …` or `error: …`.

use super::{practice_accounts, start_all_sites, SimConfig, Simulator};
use okx_key_core::error::{Problem, ProblemKind, Result};
use okx_key_core::Site;
use std::future::Future;
use std::io::{BufRead, Write};
use std::net::{Ipv4Addr, SocketAddr};
use std::time::Duration;
use tokio::sync::mpsc;

/// The port `simulate` uses when none is given (eea and us take the next two).
pub const DEFAULT_PORT: u16 = 8085;

/// The practice keys as plain text: label, key, secret, passphrase, site, mode, what it shows,
/// the account's state (mode, position mode, markets, money) and what the app should report. Used by the `simulate` banner and the README.
pub fn practice_keys_text() -> String {
    let mut s = String::new();
    s.push_str("Practice keys (fake, public values: they work only with this simulator)\n");
    for a in practice_accounts() {
        let expect = if a.expect.is_empty() {
            "every check passes".to_owned()
        } else {
            a.expect.iter().map(|k| k.as_str()).collect::<Vec<_>>().join(", ")
        };
        s.push_str(&format!(
            "\n{}  [{}; site {}; {}]\n  API key:     {}\n  Secret key:  {}\n  Passphrase:  {}\n  Shows:       {}\n  Account:     {}\n  App reports: {}\n",
            a.label,
            a.name,
            a.site,
            if a.demo { "Demo Trading" } else { "Live" },
            a.api_key,
            a.secret_key,
            a.passphrase,
            a.description,
            a.state_text(),
            expect,
        ));
    }
    s.push_str(
        "\nMistakes to try on purpose:\n\
         \x20 - any working key with a different passphrase: 50105 (wrong_passphrase)\n\
         \x20 - any working key with a changed secret key: 50113 (wrong_secret)\n\
         \x20 - a key that is not listed here: 50119 on every site (unknown_key)\n\
         \x20 - the eea, us or tr key tested on global: 50119, the app should find its site (wrong_site)\n\
         \x20 - the demo key tested as Live, or a live key as Demo: 50101 (demo_mismatch)\n\
         \x20 - start the simulator with a clock skew over 30 s: 50102 unless the app corrects its clock\n\
         \nReadiness to try (verify --bot BOT --market spot|swap, or the window's Step 10), then fix it\n\
         by typing the command here and test again:\n\
         \x20 - futures-net, --bot passivbot --market swap: position_mode_needs_long_short; posmode futures-net long-short\n\
         \x20 - futures-hedge, --bot octobot --market swap: position_mode_needs_net; posmode futures-hedge net\n\
         \x20 - spot-mode, --market swap: account_mode_spot_only; mode spot-mode futures\n\
         \x20 - funding-only, any bot: funds_in_funding_account; funds funding-only trading\n\
         \x20 - portfolio, --bot passivbot --market swap: not ready (portfolio margin allows net only);\n\
         \x20   mode portfolio futures, then posmode portfolio long-short\n\
         \x20 - eea-no-swaps (or eea, us), --market swap: market_not_offered; nothing to type: choose spot\n",
    );
    s
}

/// Runs `simulate` until Ctrl-C: one site on `port`, or all of them on `port`, `port+1`, …;
/// commands to change practice keys come from standard input, one per line.
pub async fn run_cli(port: u16, site: Option<Site>, latency_ms: u64, skew_ms: i64) -> Result<()> {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    let commands = stdin_lines();
    run_cli_with_commands(
        port,
        site,
        latency_ms,
        skew_ms,
        &mut std::io::stdout(),
        ctrl_c,
        Some(commands),
    )
    .await
}

/// [`run_cli`] writing to `out` and stopping when `stop` completes (for tests), without commands.
pub async fn run_cli_with<W: Write, F: Future<Output = ()>>(
    port: u16,
    site: Option<Site>,
    latency_ms: u64,
    skew_ms: i64,
    out: &mut W,
    stop: F,
) -> Result<()> {
    run_cli_with_commands(port, site, latency_ms, skew_ms, out, stop, None).await
}

/// Standard input's lines, read on a thread of their own (the channel closes at end of input).
fn stdin_lines() -> mpsc::UnboundedReceiver<String> {
    let (tx, rx) = mpsc::unbounded_channel();
    std::thread::spawn(move || {
        for line in std::io::stdin().lock().lines() {
            let Ok(line) = line else { break };
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    rx
}

/// Applies one command line to every simulator (each holds its own copy of the practice keys):
/// the answer line(s) to print.
fn control_all(sims: &[Simulator], line: &str) -> String {
    let answers: Vec<std::result::Result<String, String>> = sims.iter().map(|s| s.control(line)).collect();
    match answers.iter().find_map(|a| a.as_ref().ok()) {
        Some(ok) => format!("ok: {ok}\n"),
        None => {
            let why = answers
                .into_iter()
                .find_map(|a| a.err())
                .unwrap_or_else(|| "no simulator".to_owned());
            format!("error: {why}\n")
        }
    }
}

/// [`run_cli_with`], also applying each line received on `commands` (see [`crate::control`]).
pub async fn run_cli_with_commands<W: Write, F: Future<Output = ()>>(
    port: u16,
    site: Option<Site>,
    latency_ms: u64,
    skew_ms: i64,
    out: &mut W,
    stop: F,
    mut commands: Option<mpsc::UnboundedReceiver<String>>,
) -> Result<()> {
    let template = SimConfig {
        bind: SocketAddr::from((Ipv4Addr::LOCALHOST, port)),
        latency: Duration::from_millis(latency_ms),
        clock_skew_ms: skew_ms,
        ..SimConfig::default()
    };
    let sims = match site {
        Some(site) => vec![Simulator::start(SimConfig { site, ..template }).await?],
        None => start_all_sites(port, template).await?,
    };
    let write_err = |e: std::io::Error| {
        Problem::new(
            ProblemKind::Internal,
            format!("Could not write to the terminal: {e}."),
            "Run the command again.",
        )
    };
    out.write_all(banner(&sims, latency_ms, skew_ms).as_bytes())
        .map_err(write_err)?;
    out.flush().map_err(write_err)?;

    // Echo each request as it arrives, until stopped.
    let mut seen = vec![0usize; sims.len()];
    tokio::pin!(stop);
    loop {
        let next = async {
            match commands.as_mut() {
                Some(rx) => rx.recv().await,
                None => std::future::pending().await,
            }
        };
        let command = tokio::select! {
            _ = &mut stop => break,
            line = next => Some(line),
            _ = tokio::time::sleep(Duration::from_millis(200)) => None,
        };
        match command {
            Some(Some(line)) if line.trim().is_empty() => {}
            Some(Some(line)) => {
                out.write_all(control_all(&sims, &line).as_bytes()).map_err(write_err)?;
            }
            // The end of standard input: no more commands, the simulator goes on.
            Some(None) => commands = None,
            None => {}
        }
        for (sim, seen) in sims.iter().zip(seen.iter_mut()) {
            let records = sim.requests();
            for r in records.iter().skip(*seen) {
                let status = r
                    .status
                    .map(|s| s.to_string())
                    .unwrap_or_else(|| "no answer".to_owned());
                let line = format!(
                    "[{}] {} {} -> {} {}{}{}\n",
                    sim.site(),
                    r.method,
                    r.path,
                    status,
                    r.okx_code.as_deref().map(|c| format!("code {c}")).unwrap_or_default(),
                    r.label.as_deref().map(|l| format!(" ({l})")).unwrap_or_default(),
                    r.fault.map(|f| format!(" [fault: {f}]")).unwrap_or_default(),
                );
                out.write_all(line.as_bytes()).map_err(write_err)?;
            }
            *seen = records.len();
        }
        out.flush().map_err(write_err)?;
    }
    for sim in sims {
        sim.shutdown().await;
    }
    out.write_all(b"Simulator stopped.\n").map_err(write_err)?;
    Ok(())
}

fn banner(sims: &[Simulator], latency_ms: u64, skew_ms: i64) -> String {
    let mut s = String::new();
    s.push_str("OKX simulator: a practice copy of OKX's API on this computer. No real account, no real money.\n\n");
    for sim in sims {
        s.push_str(&format!("  {:<7} {}\n", sim.site().as_str(), sim.base_url()));
    }
    s.push_str(&format!("\nLatency {latency_ms} ms, clock skew {skew_ms} ms.\n"));
    s.push_str("\nTo point the app at it, run these in the shell that starts okx-key-assistant:\n\n");
    for sim in sims {
        s.push_str(&format!("  export {}={}\n", sim.site().override_var(), sim.base_url()));
    }
    if sims.len() < Site::ALL.len() {
        s.push_str("\n(The other sites still point at the real OKX unless you set their variables too.)\n");
    }
    s.push('\n');
    s.push_str(&practice_keys_text());
    s.push_str("\nTo change a practice key while this runs, type one of these and press Enter:\n");
    s.push_str(crate::control::HELP);
    s.push_str("\nPress Ctrl-C to stop. Requests appear below as they arrive.\n\n");
    s
}
