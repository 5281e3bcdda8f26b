//! A deliberately small HTTP/1.1 server side: read one request head, write one response, close.
//!
//! Hand-written (no hyper) so the faults can break the protocol on purpose: lie about
//! Content-Length, stop mid-body, dribble bytes, or reset the connection. Every read is bounded in
//! size and time; every response carries `Connection: close`.

use std::net::SocketAddr;
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// Largest request head accepted (request line + headers).
pub const MAX_HEAD_BYTES: usize = 16 * 1024;
/// Largest request body read (and discarded) before answering, so closing does not reset.
pub const MAX_BODY_BYTES: usize = 64 * 1024;
/// How long a client may take to send its request.
pub const READ_TIMEOUT: Duration = Duration::from_secs(10);

/// One parsed request. Header names are kept as sent; look them up with [`Request::header`].
#[derive(Debug, Clone)]
pub struct Request {
    pub method: String,
    /// The request target exactly as sent (`/api/v5/account/balance?ccy=BTC`): what OKX signs.
    pub target: String,
    /// The target before `?`.
    pub path: String,
    /// The target after `?` (empty when none).
    pub query: String,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    pub peer: SocketAddr,
}

impl Request {
    /// The first header of that name (case-insensitive), trimmed.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.trim())
    }
}

/// Why no request could be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadError {
    /// The client closed the connection (or sent nothing) before a full head arrived.
    Closed,
    /// The client was too slow.
    Timeout,
    /// Not HTTP/1.x, or a head larger than [`MAX_HEAD_BYTES`]: answer 400.
    Malformed(String),
}

/// Reads one request head (and a small Content-Length body) within [`READ_TIMEOUT`].
pub async fn read_request(stream: &mut TcpStream, peer: SocketAddr) -> Result<Request, ReadError> {
    match tokio::time::timeout(READ_TIMEOUT, read_request_inner(stream, peer)).await {
        Ok(r) => r,
        Err(_) => Err(ReadError::Timeout),
    }
}

async fn read_request_inner(stream: &mut TcpStream, peer: SocketAddr) -> Result<Request, ReadError> {
    let mut buf: Vec<u8> = Vec::with_capacity(1024);
    let mut chunk = [0u8; 2048];
    let head_end = loop {
        if let Some(i) = find_head_end(&buf) {
            break i;
        }
        if buf.len() > MAX_HEAD_BYTES {
            return Err(ReadError::Malformed("request head too large".to_owned()));
        }
        let n = stream.read(&mut chunk).await.map_err(|_| ReadError::Closed)?;
        if n == 0 {
            return Err(ReadError::Closed);
        }
        buf.extend_from_slice(chunk.get(..n).unwrap_or_default());
    };
    let head = String::from_utf8_lossy(buf.get(..head_end).unwrap_or_default()).into_owned();
    let mut req = parse_head(&head, peer)?;

    // Read (and keep) a small body so that closing afterwards does not reset the connection.
    let already = buf.get(head_end + 4..).unwrap_or_default().to_vec();
    let want = req
        .header("content-length")
        .and_then(|v| v.parse::<usize>().ok())
        .unwrap_or(0)
        .min(MAX_BODY_BYTES);
    let mut body = already;
    while body.len() < want {
        let n = stream.read(&mut chunk).await.map_err(|_| ReadError::Closed)?;
        if n == 0 {
            break;
        }
        body.extend_from_slice(chunk.get(..n).unwrap_or_default());
    }
    body.truncate(MAX_BODY_BYTES);
    req.body = body;
    Ok(req)
}

fn find_head_end(buf: &[u8]) -> Option<usize> {
    buf.windows(4).position(|w| w == b"\r\n\r\n")
}

/// Parses the request line and headers (without the final blank line).
pub fn parse_head(head: &str, peer: SocketAddr) -> Result<Request, ReadError> {
    let mut lines = head.split("\r\n");
    let request_line = lines.next().unwrap_or_default();
    let mut parts = request_line.split(' ');
    let (method, target, version) = match (parts.next(), parts.next(), parts.next(), parts.next()) {
        (Some(m), Some(t), Some(v), None) if !m.is_empty() && !t.is_empty() => (m, t, v),
        _ => return Err(ReadError::Malformed("bad request line".to_owned())),
    };
    if !version.starts_with("HTTP/1.") {
        return Err(ReadError::Malformed("not HTTP/1.x".to_owned()));
    }
    if !method.bytes().all(|b| b.is_ascii_alphabetic()) {
        return Err(ReadError::Malformed("bad method".to_owned()));
    }
    let mut headers = Vec::new();
    for line in lines {
        let Some((name, value)) = line.split_once(':') else {
            return Err(ReadError::Malformed("bad header line".to_owned()));
        };
        if name.is_empty() || name.contains(' ') {
            return Err(ReadError::Malformed("bad header name".to_owned()));
        }
        headers.push((name.to_owned(), value.trim().to_owned()));
    }
    let (path, query) = match target.split_once('?') {
        Some((p, q)) => (p.to_owned(), q.to_owned()),
        None => (target.to_owned(), String::new()),
    };
    Ok(Request {
        method: method.to_owned(),
        target: target.to_owned(),
        path,
        query,
        headers,
        body: Vec::new(),
        peer,
    })
}

/// The reason phrase for the statuses the simulator uses.
pub fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        _ => "Status",
    }
}

/// The status line and headers of a response whose body is `content_length` bytes.
pub fn response_head(status: u16, content_type: &str, content_length: usize) -> Vec<u8> {
    format!(
        "HTTP/1.1 {status} {}\r\nContent-Type: {content_type}\r\nContent-Length: {content_length}\r\nConnection: close\r\nServer: okx-key-assistant-simulator\r\n\r\n",
        reason(status)
    )
    .into_bytes()
}

/// A whole response: head and body.
pub fn response(status: u16, content_type: &str, body: &[u8]) -> Vec<u8> {
    let mut out = response_head(status, content_type, body.len());
    out.extend_from_slice(body);
    out
}

/// Ends a connection politely: FIN, then drain what the client still sends (at most 1 s / 64 KiB),
/// so the kernel does not answer unread bytes with a reset.
pub async fn close_gracefully(mut stream: TcpStream) {
    let _ = stream.flush().await;
    let _ = stream.shutdown().await;
    let drain = async {
        let mut chunk = [0u8; 4096];
        let mut total = 0usize;
        while total < MAX_BODY_BYTES {
            match stream.read(&mut chunk).await {
                Ok(0) | Err(_) => break,
                Ok(n) => total += n,
            }
        }
    };
    let _ = tokio::time::timeout(Duration::from_secs(1), drain).await;
}

/// Ends a connection with a TCP reset (SO_LINGER 0, then drop).
pub fn reset(stream: TcpStream) {
    let _ = stream.set_zero_linger();
    drop(stream);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn peer() -> SocketAddr {
        "127.0.0.1:5555".parse().unwrap()
    }

    #[test]
    fn parses_a_get_with_query() {
        let r = parse_head(
            "GET /api/v5/account/balance?ccy=BTC HTTP/1.1\r\nHost: x\r\nOK-ACCESS-KEY:  abc \r\nok-access-key: second",
            peer(),
        )
        .unwrap();
        assert_eq!(r.method, "GET");
        assert_eq!(r.target, "/api/v5/account/balance?ccy=BTC");
        assert_eq!(r.path, "/api/v5/account/balance");
        assert_eq!(r.query, "ccy=BTC");
        assert_eq!(r.header("ok-access-key"), Some("abc"));
        assert_eq!(r.header("missing"), None);
    }

    #[test]
    fn refuses_garbage() {
        for head in [
            "",
            "GET",
            "GET / HTTP/2",
            "GET /  HTTP/1.1",
            "G@T / HTTP/1.1",
            "GET / HTTP/1.1\r\nno colon",
        ] {
            assert!(
                matches!(parse_head(head, peer()), Err(ReadError::Malformed(_))),
                "{head:?}"
            );
        }
    }

    #[test]
    fn response_has_length_and_close() {
        let r = String::from_utf8(response(401, "application/json", b"{}")).unwrap();
        assert!(r.starts_with("HTTP/1.1 401 Unauthorized\r\n"));
        assert!(r.contains("Content-Length: 2\r\n"));
        assert!(r.contains("Connection: close\r\n"));
        assert!(r.ends_with("\r\n\r\n{}"));
    }
}
