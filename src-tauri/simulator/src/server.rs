//! The accept loop and one connection's life: read the request, wait the latency, answer (or
//! misbehave, when a fault applies), record what was seen, close.

use super::faults::{self, Fault, FaultScope};
use super::http::{self, ReadError, Request};
use super::ratelimit::RateLimiter;
use super::routes::{self, Context, Reply};
use super::{RequestRecord, SimAccount};
use okx_key_core::Site;
use std::collections::VecDeque;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, RwLock};
use std::time::Duration;
use tokio::io::AsyncWriteExt;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::oneshot;
use tokio::task::JoinSet;

/// Requests kept in the log; older ones are dropped first.
pub const MAX_RECORDS: usize = 100_000;
/// Non-GET requests kept in the process-wide log.
const MAX_NON_GET: usize = 1_000;

/// Every request other than GET seen by any simulator in this process (the first 1 000), so a
/// test suite can assert at its end that the app never sent one, even from stopped simulators.
static NON_GET: Mutex<Vec<RequestRecord>> = Mutex::new(Vec::new());

pub fn non_get_requests() -> Vec<RequestRecord> {
    NON_GET.lock().map(|l| l.clone()).unwrap_or_default()
}

/// What every connection of one simulator shares.
pub struct Shared {
    pub site: Site,
    pub latency: Duration,
    pub clock_skew_ms: i64,
    pub fault: Option<Fault>,
    pub fault_scope: FaultScope,
    /// The practice keys; `control` changes them while the simulator runs.
    pub accounts: RwLock<Vec<SimAccount>>,
    pub limiter: RateLimiter,
    pub records: Mutex<VecDeque<RequestRecord>>,
}

impl Shared {
    fn now(&self) -> time::OffsetDateTime {
        time::OffsetDateTime::now_utc() + time::Duration::milliseconds(self.clock_skew_ms)
    }

    fn record(
        &self,
        req: &Request,
        status: Option<u16>,
        okx_code: Option<String>,
        label: Option<String>,
        fault: Option<&Fault>,
    ) {
        let rec = RequestRecord {
            method: req.method.clone(),
            path: req.target.chars().take(2048).collect(),
            status,
            okx_code,
            label,
            fault: fault.map(Fault::name),
        };
        tracing::debug!(
            site = %self.site, method = %rec.method, path = %rec.path, status = ?rec.status,
            okx_code = ?rec.okx_code, "simulator request"
        );
        if rec.method != "GET" {
            if let Ok(mut all) = NON_GET.lock() {
                if all.len() < MAX_NON_GET {
                    all.push(rec.clone());
                }
            }
        }
        if let Ok(mut log) = self.records.lock() {
            if log.len() >= MAX_RECORDS {
                log.pop_front();
            }
            log.push_back(rec);
        }
    }

    pub fn records(&self) -> Vec<RequestRecord> {
        self.records
            .lock()
            .map(|l| l.iter().cloned().collect())
            .unwrap_or_default()
    }
}

/// Accepts connections until `stop` fires (or is dropped); open connections end with the loop.
pub async fn accept_loop(listener: TcpListener, shared: Arc<Shared>, mut stop: oneshot::Receiver<()>) {
    let mut conns = JoinSet::new();
    loop {
        tokio::select! {
            _ = &mut stop => break,
            accepted = listener.accept() => match accepted {
                Ok((stream, peer)) => {
                    let _ = stream.set_nodelay(true);
                    conns.spawn(handle(shared.clone(), stream, peer));
                }
                // Out of file descriptors and the like: wait a little instead of spinning.
                Err(_) => tokio::time::sleep(Duration::from_millis(20)).await,
            },
        }
        while conns.try_join_next().is_some() {}
    }
    conns.abort_all();
}

async fn handle(shared: Arc<Shared>, mut stream: TcpStream, peer: SocketAddr) {
    let req = match http::read_request(&mut stream, peer).await {
        Ok(r) => r,
        Err(ReadError::Malformed(why)) => {
            let placeholder = Request {
                method: String::new(),
                target: String::new(),
                path: String::new(),
                query: String::new(),
                headers: Vec::new(),
                body: Vec::new(),
                peer,
            };
            shared.record(&placeholder, Some(400), None, None, None);
            let r = Reply::error(400, "400", &format!("Bad Request: {why}"));
            let _ = stream
                .write_all(&http::response(400, "application/json", &r.body_bytes()))
                .await;
            http::close_gracefully(stream).await;
            return;
        }
        Err(ReadError::Closed) | Err(ReadError::Timeout) => return,
    };
    if !shared.latency.is_zero() {
        tokio::time::sleep(shared.latency).await;
    }
    let route = |req: &Request| {
        // A poisoned lock still holds whole accounts (a change is one assignment).
        let accounts = shared.accounts.read().unwrap_or_else(|p| p.into_inner());
        let ctx = Context {
            site: shared.site,
            accounts: &accounts,
            now: shared.now(),
            limiter: &shared.limiter,
        };
        routes::handle(&ctx, req)
    };
    match shared.fault.as_ref().filter(|_| shared.fault_scope.covers(&req.path)) {
        Some(fault) => {
            let reply = fault.uses_route_reply().then(|| route(&req));
            let label = reply.as_ref().and_then(|r| r.label.clone());
            // Record before serving: a trickle may outlive the caller's interest in the log.
            let served = faults::outcome(fault, reply.as_ref());
            shared.record(&req, served.status, served.code, label, Some(fault));
            faults::serve(fault, stream, reply).await;
        }
        None => {
            let reply = route(&req);
            shared.record(
                &req,
                Some(reply.status),
                Some(reply.code.clone()),
                reply.label.clone(),
                None,
            );
            let _ = stream
                .write_all(&http::response(reply.status, "application/json", &reply.body_bytes()))
                .await;
            http::close_gracefully(stream).await;
        }
    }
}
