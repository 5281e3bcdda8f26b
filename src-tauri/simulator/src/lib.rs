//! An OKX look-alike on loopback, for tests, demos and practice without an OKX account.
//!
//! It implements OKX's documented REST authentication itself (independently of the app's client,
//! so the two cross-check): every `OK-ACCESS-*` header, the 30-second timestamp window, the
//! HMAC-SHA256 signature, the passphrase, the demo header, the key's site and its IP binding
//! against the caller's address, with OKX's real codes and response shapes. Only `GET` is served;
//! anything else answers 405 / 50115 and is recorded. Faults (5xx, HTML, broken or huge bodies,
//! trickles, resets) can be injected per instance; see [`Fault`].
//!
//! Each practice account also has the state a bot's first order depends on: its account mode and
//! position mode (`account/config`), the instruments it lists (`account/instruments`; EEA and US
//! accounts list no swaps) and the money in its Funding account (`asset/balances`).
//!
//! Practice keys can change while it runs (Withdraw turned on, Trade off, IP list, label, deleted
//! and restored; account mode, position mode, where the money is), so drift, deletion and a fixed
//! readiness reason can be shown end to end: `okx-key-assistant simulate` reads one command per
//! line on its standard input (`withdraw on KEY`, `ip KEY 1.2.3.4,5.6.7.8`, `delete KEY`,
//! `posmode KEY long-short`, `funds KEY trading`, `help`; see [`control`]) and answers each with
//! `ok: …` or `error: …`; a test in the same process calls [`Simulator::control`]. There is no
//! network control.
//!
//! ```no_run
//! # async fn demo() -> okx_key_core::Result<()> {
//! use okx_simulator::{SimConfig, Simulator};
//! let sim = Simulator::start(SimConfig::default()).await?;
//! println!("point OKX_BASE_URL_GLOBAL at {}", sim.base_url());
//! sim.shutdown().await;
//! # Ok(()) }
//! ```

pub mod accounts;
pub mod auth;
mod cli;
pub mod control;
pub mod faults;
pub mod http;
pub mod ratelimit;
pub mod routes;
mod server;

pub use accounts::{practice_account, practice_accounts, AcctMode, KeyState, PosMode, SimAccount, SimCurrency};
pub use cli::{practice_keys_text, run_cli, run_cli_with, run_cli_with_commands, DEFAULT_PORT};
pub use control::Controller;
pub use faults::{Fault, FaultScope};

use okx_key_core::error::{Problem, ProblemKind, Result};
use okx_key_core::Site;
use serde::Serialize;
use server::Shared;
use std::net::{Ipv4Addr, SocketAddr};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::net::TcpListener;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

/// How one simulator behaves.
#[derive(Debug, Clone)]
pub struct SimConfig {
    /// The OKX site this instance plays: it knows only that site's keys (others get 50119).
    pub site: Site,
    /// Where to listen. Loopback only (127.0.0.1, ::1); port 0 picks a free port.
    pub bind: SocketAddr,
    /// Added before every answer.
    pub latency: Duration,
    /// The server clock is the real clock plus this (for `public/time` and the 30 s window).
    pub clock_skew_ms: i64,
    /// A fault injected into every request in `fault_scope`.
    pub fault: Option<Fault>,
    pub fault_scope: FaultScope,
    /// The keys it knows. Default: [`practice_accounts`].
    pub accounts: Vec<SimAccount>,
    /// Enforce OKX's per-endpoint rate limits (5 / 2 s for config, 10 / 2 s for balance and time,
    /// 20 / 2 s per instrument type for instruments, 6 / 1 s for the Funding balance).
    pub rate_limits: bool,
}

impl Default for SimConfig {
    fn default() -> Self {
        SimConfig {
            site: Site::Global,
            bind: SocketAddr::from((Ipv4Addr::LOCALHOST, 0)),
            latency: Duration::ZERO,
            clock_skew_ms: 0,
            fault: None,
            fault_scope: FaultScope::AllRoutes,
            accounts: practice_accounts(),
            rate_limits: true,
        }
    }
}

impl SimConfig {
    /// The default configuration for `site`.
    pub fn for_site(site: Site) -> Self {
        SimConfig {
            site,
            ..SimConfig::default()
        }
    }

    /// The same configuration with `fault` on every route.
    pub fn with_fault(mut self, fault: Fault) -> Self {
        self.fault = Some(fault);
        self
    }
}

/// One request the simulator saw.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RequestRecord {
    /// As sent (empty when the request line could not be parsed).
    pub method: String,
    /// The request target, with its query string.
    pub path: String,
    /// The HTTP status sent; None when no status line went out (a dropped connection).
    pub status: Option<u16>,
    /// OKX's `code` in the answer, when there was one.
    pub okx_code: Option<String>,
    /// The practice key's label, when the request authenticated.
    pub label: Option<String>,
    /// The injected fault's name, if one applied.
    pub fault: Option<&'static str>,
}

/// A running simulator. Dropping it, or [`Simulator::shutdown`], stops it and its connections.
pub struct Simulator {
    addr: SocketAddr,
    site: Site,
    shared: Arc<Shared>,
    stop: Option<oneshot::Sender<()>>,
    task: Option<JoinHandle<()>>,
}

impl Simulator {
    /// Binds `cfg.bind` (loopback only) and starts serving.
    pub async fn start(cfg: SimConfig) -> Result<Simulator> {
        if !cfg.bind.ip().is_loopback() {
            return Err(Problem::new(
                ProblemKind::InvalidSetting,
                format!("The simulator listens only on this computer, not on {}.", cfg.bind.ip()),
                "Use 127.0.0.1 (the default).",
            ));
        }
        let listener = TcpListener::bind(cfg.bind).await.map_err(|e| {
            Problem::new(
                ProblemKind::NetworkError,
                format!("The simulator could not listen on {}: {e}.", cfg.bind),
                "Choose another port (for example --port 0 for any free port), or stop the program using this one.",
            )
        })?;
        let addr = listener
            .local_addr()
            .map_err(|e| Problem::internal(format!("no local address: {e}")))?;
        let shared = Arc::new(Shared {
            site: cfg.site,
            latency: cfg.latency,
            clock_skew_ms: cfg.clock_skew_ms,
            fault: cfg.fault,
            fault_scope: cfg.fault_scope,
            accounts: std::sync::RwLock::new(cfg.accounts),
            limiter: ratelimit::RateLimiter::new(cfg.rate_limits),
            records: Mutex::new(Default::default()),
        });
        let (stop, stop_rx) = oneshot::channel();
        let task = tokio::spawn(server::accept_loop(listener, shared.clone(), stop_rx));
        tracing::info!(site = %cfg.site, %addr, "OKX simulator listening");
        Ok(Simulator {
            addr,
            site: cfg.site,
            shared,
            stop: Some(stop),
            task: Some(task),
        })
    }

    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    pub fn site(&self) -> Site {
        self.site
    }

    /// `http://127.0.0.1:PORT`: the value for `OKX_BASE_URL_GLOBAL` / `_EEA` / `_US`.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Changes a practice key while it runs: one line of [`control`] (`withdraw on KEY`,
    /// `ip KEY 1.2.3.4`, `delete KEY`, …). The answer is the line `simulate` prints after `ok: `
    /// or `error: `.
    pub fn control(&self, line: &str) -> std::result::Result<String, String> {
        self.controller().apply(line)
    }

    /// A handle that changes this simulator's practice keys from any thread.
    pub fn controller(&self) -> Controller {
        Controller {
            shared: self.shared.clone(),
        }
    }

    /// Every request seen so far (the latest 100 000), oldest first.
    pub fn requests(&self) -> Vec<RequestRecord> {
        self.shared.records()
    }

    /// Stops accepting, ends open connections and waits for the server task.
    pub async fn shutdown(mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(task) = self.task.take() {
            let _ = task.await;
        }
    }
}

impl Drop for Simulator {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(task) = self.task.take() {
            task.abort();
        }
    }
}

/// Every request other than GET that any simulator of this process has seen (at most the first
/// 1 000), including simulators already stopped. A suite ends with `assert!(....is_empty())`.
pub fn non_get_requests_seen() -> Vec<RequestRecord> {
    server::non_get_requests()
}

/// One simulator per site (global, eea, us, tr, in that order) on `base_port`, `+1`, `+2`, `+3`
/// (or any free ports when `base_port` is 0), each configured like `template` apart from its site.
pub async fn start_all_sites(base_port: u16, template: SimConfig) -> Result<Vec<Simulator>> {
    let mut sims = Vec::with_capacity(Site::ALL.len());
    let last = Site::ALL.len() - 1;
    for (i, site) in Site::ALL.into_iter().enumerate() {
        let port = if base_port == 0 {
            0
        } else {
            base_port.checked_add(i as u16).ok_or_else(|| {
                Problem::new(
                    ProblemKind::InvalidSetting,
                    format!(
                        "Port {base_port} is too high: the {} sites need {base_port} to {base_port}+{last}.",
                        Site::ALL.len()
                    ),
                    format!("Choose a port of {} or lower.", u16::MAX as usize - last),
                )
            })?
        };
        let cfg = SimConfig {
            site,
            bind: SocketAddr::new(template.bind.ip(), port),
            ..template.clone()
        };
        sims.push(Simulator::start(cfg).await?);
    }
    Ok(sims)
}
