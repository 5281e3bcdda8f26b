//! A tiny loopback HTTP/1.1 server for the client's unit tests: canned answers, delays,
//! stalls, truncated or oversized bodies, resets. It records every request it sees.
//! (The full OKX look-alike is the `simulator` module; this only serves the client's tests.)

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// A request as the server saw it.
#[derive(Debug, Clone)]
pub struct Request {
    pub method: String,
    pub path: String,
    pub headers: Vec<(String, String)>,
}

impl Request {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// What to answer.
#[derive(Debug, Clone)]
pub struct Reply {
    status: u16,
    content_type: String,
    body: Vec<u8>,
    headers: Vec<(String, String)>,
    delay: Duration,
    stall_after: Option<usize>,
    truncate_to: Option<usize>,
    with_length: bool,
    keep_alive: bool,
    reset: bool,
}

impl Reply {
    pub fn raw(status: u16, content_type: &str, body: &str) -> Reply {
        Reply {
            status,
            content_type: content_type.to_owned(),
            body: body.as_bytes().to_vec(),
            headers: Vec::new(),
            delay: Duration::ZERO,
            stall_after: None,
            truncate_to: None,
            with_length: true,
            keep_alive: false,
            reset: false,
        }
    }

    pub fn json(status: u16, body: &str) -> Reply {
        Reply::raw(status, "application/json", body)
    }

    /// Close the connection with a TCP reset instead of answering.
    pub fn reset() -> Reply {
        Reply {
            reset: true,
            ..Reply::raw(200, "text/plain", "")
        }
    }

    pub fn delayed(mut self, d: Duration) -> Reply {
        self.delay = d;
        self
    }

    /// Send the head and `n` body bytes, then go silent (keeping the connection open).
    pub fn stall_after(mut self, n: usize) -> Reply {
        self.stall_after = Some(n);
        self
    }

    /// Announce the full length but send only `n` bytes, then close.
    pub fn truncate_to(mut self, n: usize) -> Reply {
        self.truncate_to = Some(n);
        self
    }

    /// No Content-Length: the body ends when the connection closes.
    pub fn without_length(mut self) -> Reply {
        self.with_length = false;
        self
    }

    pub fn keep_alive(mut self) -> Reply {
        self.keep_alive = true;
        self
    }

    pub fn with_header(mut self, name: &str, value: &str) -> Reply {
        self.headers.push((name.to_owned(), value.to_owned()));
        self
    }
}

type Handler = Arc<dyn Fn(&Request) -> Reply + Send + Sync>;

pub struct TestServer {
    port: u16,
    seen: Arc<Mutex<Vec<Request>>>,
    connections: Arc<AtomicUsize>,
    task: tokio::task::JoinHandle<()>,
}

impl TestServer {
    pub async fn start(handler: impl Fn(&Request) -> Reply + Send + Sync + 'static) -> TestServer {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let seen = Arc::new(Mutex::new(Vec::new()));
        let connections = Arc::new(AtomicUsize::new(0));
        let handler: Handler = Arc::new(handler);
        let (s, c) = (seen.clone(), connections.clone());
        let task = tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                c.fetch_add(1, Ordering::SeqCst);
                tokio::spawn(serve(stream, handler.clone(), s.clone()));
            }
        });
        TestServer {
            port,
            seen,
            connections,
            task,
        }
    }

    pub fn base_url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    pub fn requests(&self) -> Vec<Request> {
        self.seen.lock().unwrap().clone()
    }

    pub fn connections(&self) -> usize {
        self.connections.load(Ordering::SeqCst)
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

async fn serve(mut stream: TcpStream, handler: Handler, seen: Arc<Mutex<Vec<Request>>>) {
    let mut buf = Vec::new();
    loop {
        // Read one request head (GETs have no body).
        let head_end = loop {
            if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
                break i + 4;
            }
            let mut chunk = [0u8; 4096];
            match stream.read(&mut chunk).await {
                Ok(0) | Err(_) => return,
                Ok(n) => buf.extend_from_slice(&chunk[..n]),
            }
        };
        let head = String::from_utf8_lossy(&buf[..head_end]).to_string();
        buf.drain(..head_end);
        let mut lines = head.split("\r\n");
        let mut first = lines.next().unwrap_or("").split(' ');
        let method = first.next().unwrap_or("").to_owned();
        let path = first.next().unwrap_or("").to_owned();
        let headers = lines
            .filter_map(|l| l.split_once(':'))
            .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_owned()))
            .collect();
        let req = Request { method, path, headers };
        seen.lock().unwrap().push(req.clone());
        let reply = handler(&req);

        tokio::time::sleep(reply.delay).await;
        if reply.reset {
            let _ = stream.set_zero_linger();
            return;
        }
        let mut out = format!(
            "HTTP/1.1 {} Canned\r\ncontent-type: {}\r\n",
            reply.status, reply.content_type
        );
        if reply.with_length {
            out.push_str(&format!("content-length: {}\r\n", reply.body.len()));
        }
        for (n, v) in &reply.headers {
            out.push_str(&format!("{n}: {v}\r\n"));
        }
        out.push_str(if reply.keep_alive {
            "connection: keep-alive\r\n\r\n"
        } else {
            "connection: close\r\n\r\n"
        });
        if stream.write_all(out.as_bytes()).await.is_err() {
            return;
        }
        let body = match (reply.stall_after, reply.truncate_to) {
            (Some(n), _) | (None, Some(n)) => &reply.body[..n.min(reply.body.len())],
            _ => &reply.body[..],
        };
        for piece in body.chunks(16 * 1024) {
            if stream.write_all(piece).await.is_err() {
                return;
            }
        }
        let _ = stream.flush().await;
        if reply.stall_after.is_some() {
            tokio::time::sleep(Duration::from_secs(30)).await;
            return;
        }
        if !reply.keep_alive {
            let _ = stream.shutdown().await;
            return;
        }
    }
}
