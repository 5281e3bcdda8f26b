//! Faults a simulator can inject, for the fault matrix: bad statuses, bad bodies, bad connections.
//!
//! A fault is set per simulator ([`super::SimConfig::fault`]) and applies to every request in its
//! [`FaultScope`]: all routes (OKX down, a proxy in the way) or only the authenticated ones (the
//! time check passes, then the signed calls fail). Latency and clock skew are plain settings of
//! the simulator, not faults. Every fault ends by itself: bodies are finite, the trickle and the
//! huge body stop at their end (or as soon as the client goes away), and nothing loops.

use super::http;
use super::routes::{Reply, PUBLIC_TIME};
use std::time::Duration;
use tokio::io::AsyncWriteExt;
use tokio::net::TcpStream;

/// The largest body [`Fault::HugeBody`] sends.
pub const MAX_HUGE_BYTES: usize = 256 * 1024 * 1024;
/// A trickle never lasts longer than this.
pub const MAX_TRICKLE: Duration = Duration::from_secs(300);

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fault {
    /// An OKX-style JSON error with this HTTP status, e.g. 503 + 50001 (maintenance).
    Status5xx { status: u16, code: String, msg: String },
    /// An HTML error page (as from a proxy or CDN) with this status, e.g. 502.
    Html { status: u16 },
    /// HTTP 200, `application/json`, a body that is not JSON.
    InvalidJson,
    /// The real answer's head with its full Content-Length, half of the body, then a clean close.
    TruncatedBody,
    /// HTTP 200 with a valid-looking JSON body of exactly `bytes` bytes (at most 256 MiB).
    HugeBody { bytes: usize },
    /// The real answer's head at once, then its body one byte every `byte_every` (at most 5 min).
    SlowTrickle { byte_every: Duration },
    /// The real answer's head and half of its body, then a TCP reset (SO_LINGER 0).
    ResetMidBody,
    /// HTTP 429 with code 50011 on every request.
    RateLimit,
    /// Read the request, then close the connection without a byte of answer.
    CloseWithoutResponse,
}

impl Fault {
    /// OKX's maintenance answer: HTTP 503, code 50001.
    pub fn maintenance() -> Fault {
        Fault::Status5xx {
            status: 503,
            code: "50001".to_owned(),
            msg: "Service temporarily unavailable. Please try again later.".to_owned(),
        }
    }

    /// An HTML 502 Bad Gateway page.
    pub fn html_502() -> Fault {
        Fault::Html { status: 502 }
    }

    /// A 10 MiB body.
    pub fn huge_10mib() -> Fault {
        Fault::HugeBody {
            bytes: 10 * 1024 * 1024,
        }
    }

    /// A short stable name (for logs, records and the fault-matrix table).
    pub fn name(&self) -> &'static str {
        match self {
            Fault::Status5xx { .. } => "status_5xx",
            Fault::Html { .. } => "html",
            Fault::InvalidJson => "invalid_json",
            Fault::TruncatedBody => "truncated_body",
            Fault::HugeBody { .. } => "huge_body",
            Fault::SlowTrickle { .. } => "slow_trickle",
            Fault::ResetMidBody => "reset_mid_body",
            Fault::RateLimit => "rate_limit",
            Fault::CloseWithoutResponse => "close_without_response",
        }
    }

    /// Whether the fault mangles the route's real answer (so the route runs first).
    pub fn uses_route_reply(&self) -> bool {
        matches!(
            self,
            Fault::TruncatedBody | Fault::SlowTrickle { .. } | Fault::ResetMidBody
        )
    }
}

/// Which requests a fault applies to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum FaultScope {
    /// Every request.
    #[default]
    AllRoutes,
    /// Every request except `GET /api/v5/public/time`.
    AuthenticatedRoutes,
}

impl FaultScope {
    pub fn covers(self, path: &str) -> bool {
        match self {
            FaultScope::AllRoutes => true,
            FaultScope::AuthenticatedRoutes => path != PUBLIC_TIME,
        }
    }
}

/// What the client was sent, for the request log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Served {
    /// The HTTP status sent, if a status line went out.
    pub status: Option<u16>,
    /// The OKX code in the (possibly broken) body, if any.
    pub code: Option<String>,
}

/// The HTML page of [`Fault::Html`].
pub fn html_page(status: u16) -> String {
    let title = format!("{status} {}", http::reason(status));
    format!(
        "<!DOCTYPE html>\n<html>\n<head><title>{title}</title></head>\n<body>\n<center><h1>{title}</h1></center>\n<hr><center>okx-edge</center>\n</body>\n</html>\n"
    )
}

/// The body of [`Fault::InvalidJson`].
pub const INVALID_JSON: &str = r#"{"code":"0","msg":"","data":[{"acctLv":"2","perm":"read_only,trade",,}"#;

/// The body of [`Fault::HugeBody`]: valid JSON of exactly `bytes` bytes (or the smallest possible).
pub fn huge_body_parts(bytes: usize) -> (&'static str, usize, &'static str) {
    const PREFIX: &str = r#"{"code":"0","msg":"","data":[{"totalEq":"1","pad":""#;
    const SUFFIX: &str = r#""}]}"#;
    let bytes = bytes.min(MAX_HUGE_BYTES);
    (PREFIX, bytes.saturating_sub(PREFIX.len() + SUFFIX.len()), SUFFIX)
}

/// What `fault` sends, given the route's answer when [`Fault::uses_route_reply`].
pub fn outcome(fault: &Fault, reply: Option<&Reply>) -> Served {
    let (status, code) = match fault {
        Fault::Status5xx { status, code, .. } => (Some(*status), Some(code.clone())),
        Fault::Html { status } => (Some(*status), None),
        Fault::InvalidJson => (Some(200), None),
        Fault::HugeBody { .. } => (Some(200), Some("0".to_owned())),
        Fault::RateLimit => (Some(429), Some("50011".to_owned())),
        Fault::CloseWithoutResponse => (None, None),
        Fault::TruncatedBody | Fault::SlowTrickle { .. } | Fault::ResetMidBody => {
            (reply.map(|r| r.status), reply.map(|r| r.code.clone()))
        }
    };
    Served { status, code }
}

/// Serves `fault` on `stream` and closes it. `reply` is the route's answer when
/// [`Fault::uses_route_reply`].
pub async fn serve(fault: &Fault, mut stream: TcpStream, reply: Option<Reply>) {
    let reply = reply.unwrap_or_else(|| Reply::error(200, "0", ""));
    let reply_body = reply.body_bytes();
    match fault {
        Fault::Status5xx { status, code, msg } => {
            let r = Reply::error(*status, code, msg);
            let _ = stream
                .write_all(&http::response(r.status, "application/json", &r.body_bytes()))
                .await;
            http::close_gracefully(stream).await;
        }
        Fault::Html { status } => {
            let page = html_page(*status);
            let _ = stream
                .write_all(&http::response(*status, "text/html; charset=utf-8", page.as_bytes()))
                .await;
            http::close_gracefully(stream).await;
        }
        Fault::InvalidJson => {
            let _ = stream
                .write_all(&http::response(200, "application/json", INVALID_JSON.as_bytes()))
                .await;
            http::close_gracefully(stream).await;
        }
        Fault::RateLimit => {
            let r = Reply::error(429, "50011", "Too Many Requests");
            let _ = stream
                .write_all(&http::response(429, "application/json", &r.body_bytes()))
                .await;
            http::close_gracefully(stream).await;
        }
        Fault::CloseWithoutResponse => {
            http::close_gracefully(stream).await;
        }
        Fault::HugeBody { bytes } => {
            let (prefix, pad, suffix) = huge_body_parts(*bytes);
            let total = prefix.len() + pad + suffix.len();
            let _ = write_huge(&mut stream, total, prefix, pad, suffix).await;
            http::close_gracefully(stream).await;
        }
        Fault::TruncatedBody => {
            let half = reply_body.len() / 2;
            let mut out = http::response_head(reply.status, "application/json", reply_body.len());
            out.extend_from_slice(reply_body.get(..half).unwrap_or_default());
            let _ = stream.write_all(&out).await;
            http::close_gracefully(stream).await;
        }
        Fault::ResetMidBody => {
            let half = reply_body.len() / 2;
            let mut out = http::response_head(reply.status, "application/json", reply_body.len());
            out.extend_from_slice(reply_body.get(..half).unwrap_or_default());
            let _ = stream.write_all(&out).await;
            let _ = stream.flush().await;
            // Give the client a moment to read the head, so it sees a reset *mid-body*.
            tokio::time::sleep(Duration::from_millis(50)).await;
            http::reset(stream);
        }
        Fault::SlowTrickle { byte_every } => {
            let every = (*byte_every).clamp(Duration::from_millis(1), Duration::from_secs(10));
            let head = http::response_head(reply.status, "application/json", reply_body.len());
            let trickle = async {
                stream.write_all(&head).await?;
                for b in &reply_body {
                    tokio::time::sleep(every).await;
                    stream.write_all(std::slice::from_ref(b)).await?;
                    stream.flush().await?;
                }
                Ok::<(), std::io::Error>(())
            };
            let _ = tokio::time::timeout(MAX_TRICKLE, trickle).await;
            http::close_gracefully(stream).await;
        }
    }
}

async fn write_huge(
    stream: &mut TcpStream,
    total: usize,
    prefix: &str,
    pad: usize,
    suffix: &str,
) -> std::io::Result<()> {
    stream
        .write_all(&http::response_head(200, "application/json", total))
        .await?;
    stream.write_all(prefix.as_bytes()).await?;
    let chunk = vec![b'x'; 64 * 1024];
    let mut left = pad;
    while left > 0 {
        let n = left.min(chunk.len());
        stream.write_all(chunk.get(..n).unwrap_or_default()).await?;
        left -= n;
    }
    stream.write_all(suffix.as_bytes()).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn huge_body_is_valid_json_of_the_asked_size() {
        let (p, pad, s) = huge_body_parts(4096);
        let body = format!("{p}{}{s}", "x".repeat(pad));
        assert_eq!(body.len(), 4096);
        let v: serde_json::Value = serde_json::from_str(&body).unwrap();
        assert_eq!(v["code"], "0");
        let (p, pad, s) = huge_body_parts(usize::MAX);
        assert_eq!(p.len() + pad + s.len(), MAX_HUGE_BYTES);
    }

    #[test]
    fn invalid_json_is_invalid_and_html_is_html() {
        assert!(serde_json::from_str::<serde_json::Value>(INVALID_JSON).is_err());
        assert!(html_page(502).contains("<title>502 Bad Gateway</title>"));
    }

    #[test]
    fn scope() {
        assert!(FaultScope::AllRoutes.covers(PUBLIC_TIME));
        assert!(!FaultScope::AuthenticatedRoutes.covers(PUBLIC_TIME));
        assert!(FaultScope::AuthenticatedRoutes.covers("/api/v5/account/config"));
    }
}
