//! The read-only OKX client: signed `GET`s to the allowlist, nothing else.
//!
//! One [`OkxClient`] per host and test run; it wraps one `reqwest::Client` (or one shared by
//! the tests of a run, [`HttpPool`]) so the calls of a run reuse their connection. Redirects are never followed, no system proxy is used, and only
//! HTTPS is allowed unless the endpoint is a loopback override (the simulator). Each request has
//! its own timeout, bodies are read chunk by chunk and capped, and the JSON body is read even on
//! HTTP 4xx/5xx because OKX puts its error code there. Logs (tracing, debug level) carry the
//! method, path, host and status only: never headers, never bodies.

use crate::credentials::Credentials;
use crate::error::{Problem, ProblemKind, Result};
use crate::iso_time;
use crate::okx::codes::{problem_for_code, problem_for_non_okx_body, CodeContext};
use crate::okx::paths::ApiPath;
use crate::okx::responses::{AccountBalance, AccountConfig, Envelope, FundingBalance, Instrument, ServerTime};
use crate::okx::sign::{now_unix_ms, sign};
use crate::okx::transport::{self, TransportFailure};
use crate::okx::Endpoint;
use crate::t;
use reqwest::header::{HeaderMap, HeaderName, HeaderValue, ACCEPT, CONTENT_TYPE};
use std::time::Duration;
use tracing::debug;

/// Default time allowed for one request, from connecting to the last byte of the body.
pub const DEFAULT_REQUEST_TIMEOUT: Duration = Duration::from_secs(10);
/// The largest body the client accepts (OKX's answers here are a few kilobytes).
pub const BODY_CAP: usize = 1024 * 1024;

/// Settings of a client; tests shorten the timeout or the cap.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClientOptions {
    pub request_timeout: Duration,
    pub body_cap: usize,
    /// Clients shared with other tests of the same run; none: a client of its own.
    pub pool: Option<HttpPool>,
}

impl Default for ClientOptions {
    fn default() -> Self {
        ClientOptions {
            request_timeout: DEFAULT_REQUEST_TIMEOUT,
            body_cap: BODY_CAP,
            pool: None,
        }
    }
}

/// `okx-key-assistant/<version>`.
pub fn user_agent() -> String {
    format!("okx-key-assistant/{}", env!("CARGO_PKG_VERSION"))
}

/// The headers of a signed request: `OK-ACCESS-KEY`, `-SIGN`, `-TIMESTAMP`, `-PASSPHRASE`, and
/// `x-simulated-trading: 1` for a Demo Trading key. The signature covers `timestamp + "GET" +
/// path` with an empty body, exactly what is sent. Secret values are marked sensitive.
pub fn signed_headers(creds: &Credentials, timestamp: &str, path: ApiPath, demo: bool) -> Result<HeaderMap> {
    let signature = sign(&creds.secret_key, timestamp, path.method(), path.path(), "")?;
    let mut h = HeaderMap::new();
    h.insert(
        HeaderName::from_static("ok-access-key"),
        header_value(creds.api_key.expose(), "api-key", false)?,
    );
    h.insert(
        HeaderName::from_static("ok-access-sign"),
        header_value(&signature, "signature", true)?,
    );
    h.insert(
        HeaderName::from_static("ok-access-timestamp"),
        header_value(timestamp, "time", false)?,
    );
    h.insert(
        HeaderName::from_static("ok-access-passphrase"),
        header_value(creds.passphrase.expose(), "passphrase", true)?,
    );
    if demo {
        h.insert(
            HeaderName::from_static("x-simulated-trading"),
            HeaderValue::from_static("1"),
        );
    }
    Ok(h)
}

/// `part` names the value for the message's words: "api-key", "signature", "time" or
/// "passphrase" (never the value itself).
fn header_value(value: &str, part: &'static str, sensitive: bool) -> Result<HeaderValue> {
    let mut v = HeaderValue::from_bytes(value.as_bytes()).map_err(|_| {
        Problem::from_text(
            ProblemKind::MalformedInput,
            t!("problem-malformed-input-header", part = part),
        )
    })?;
    v.set_sensitive(sensitive);
    Ok(v)
}

/// HTTP clients to share between the tests of one run (`check`, the window's Test all): a
/// clone of a client shares its connection pool, and building one loads the system's root
/// certificates, about 7 ms of CPU that ten keys tested together would otherwise pay ten times.
/// A client holds no state of a request (no cookies; the signed headers are set per request).
/// Use one pool within one async runtime: pooled connections belong to the runtime that made
/// them.
#[derive(Debug, Clone, Default)]
pub struct HttpPool {
    clients: std::sync::Arc<std::sync::Mutex<Vec<PooledClient>>>,
}

/// A client and its settings (HTTPS only, the request timeout).
type PooledClient = ((bool, Duration), reqwest::Client);

impl HttpPool {
    /// The pool's client for these settings, built the first time.
    fn client(&self, https_only: bool, timeout: Duration) -> Result<reqwest::Client> {
        let mut clients = self.clients.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some((_, c)) = clients.iter().find(|(k, _)| *k == (https_only, timeout)) {
            return Ok(c.clone());
        }
        let http = build_http(https_only, timeout)?;
        clients.push(((https_only, timeout), http.clone()));
        Ok(http)
    }
}

/// Two pools are the same when they share their clients.
impl PartialEq for HttpPool {
    fn eq(&self, other: &Self) -> bool {
        std::sync::Arc::ptr_eq(&self.clients, &other.clients)
    }
}
impl Eq for HttpPool {}

fn build_http(https_only: bool, timeout: Duration) -> Result<reqwest::Client> {
    reqwest::Client::builder()
        .user_agent(user_agent())
        .redirect(reqwest::redirect::Policy::none())
        .no_proxy()
        .https_only(https_only)
        .connect_timeout(timeout)
        .timeout(timeout)
        .build()
        .map_err(|e| {
            debug!(error = %e, "could not build the HTTP client");
            Problem::from_text(ProblemKind::NetworkError, t!("problem-network-error-tls-setup"))
        })
}

/// A read-only client for one OKX host.
#[derive(Debug, Clone)]
pub struct OkxClient {
    http: reqwest::Client,
    endpoint: Endpoint,
    demo: bool,
    opts: ClientOptions,
}

impl OkxClient {
    /// A client for `endpoint`. HTTPS only, unless the endpoint is a loopback override.
    pub fn new(endpoint: Endpoint, demo: bool, opts: ClientOptions) -> Result<Self> {
        let https_only = !endpoint.is_override;
        let http = match &opts.pool {
            Some(pool) => pool.client(https_only, opts.request_timeout)?,
            None => build_http(https_only, opts.request_timeout)?,
        };
        Ok(OkxClient {
            http,
            endpoint,
            demo,
            opts,
        })
    }

    /// The same host and connection pool, sending as the other mode (Demo Trading or live).
    pub fn with_demo(&self, demo: bool) -> OkxClient {
        OkxClient { demo, ..self.clone() }
    }

    pub fn endpoint(&self) -> &Endpoint {
        &self.endpoint
    }

    pub fn demo(&self) -> bool {
        self.demo
    }

    /// OKX's clock in Unix ms (`GET /api/v5/public/time`, unsigned).
    pub async fn server_time(&self) -> Result<i64> {
        let env = self.get(ApiPath::PublicTime, None).await?;
        env.first::<ServerTime>()
            .and_then(|t| t.unix_ms())
            .ok_or_else(|| self.missing_data("time"))
    }

    /// The key's configuration (`GET /api/v5/account/config`), signed with our clock plus
    /// `clock_offset_ms` (OKX's clock minus ours).
    pub async fn account_config(&self, creds: &Credentials, clock_offset_ms: i64) -> Result<AccountConfig> {
        let env = self.get(ApiPath::AccountConfig, Some((creds, clock_offset_ms))).await?;
        env.first::<AccountConfig>().ok_or_else(|| self.missing_data("config"))
    }

    /// The trading account's balance (`GET /api/v5/account/balance`), signed.
    pub async fn account_balance(&self, creds: &Credentials, clock_offset_ms: i64) -> Result<AccountBalance> {
        let env = self
            .get(ApiPath::AccountBalance, Some((creds, clock_offset_ms)))
            .await?;
        if matches!(&env.data, serde_json::Value::Array(a) if a.is_empty()) {
            return Ok(AccountBalance::default());
        }
        env.first::<AccountBalance>()
            .ok_or_else(|| self.missing_data("balance"))
    }

    /// Whether this account lists the one instrument asked for by `path` (an
    /// `account/instruments` path): an empty list means the account cannot trade that market.
    pub async fn lists_instrument(&self, path: ApiPath, creds: &Credentials, clock_offset_ms: i64) -> Result<bool> {
        let env = match self.get(path, Some((creds, clock_offset_ms))).await {
            Ok(env) => env,
            // "Instrument ID doesn't exist": not listed for this account either.
            Err(p) if p.okx_code.as_deref() == Some("51001") => return Ok(false),
            Err(p) => return Err(p),
        };
        match &env.data {
            serde_json::Value::Array(items) => Ok(items
                .iter()
                .filter_map(|i| serde_json::from_value::<Instrument>(i.clone()).ok())
                .any(|i| !i.inst_id.trim().is_empty())),
            _ => Err(self.missing_data("instruments")),
        }
    }

    /// The Funding account's balances (`GET /api/v5/asset/balances`), signed.
    pub async fn funding_balances(&self, creds: &Credentials, clock_offset_ms: i64) -> Result<Vec<FundingBalance>> {
        let env = self
            .get(ApiPath::FundingBalances, Some((creds, clock_offset_ms)))
            .await?;
        match &env.data {
            serde_json::Value::Array(items) => Ok(items
                .iter()
                .filter_map(|i| serde_json::from_value::<FundingBalance>(i.clone()).ok())
                .collect()),
            _ => Err(self.missing_data("funding")),
        }
    }

    fn context(&self) -> CodeContext {
        CodeContext::new(self.endpoint.site, self.demo, self.endpoint.api_host.clone())
    }

    /// `what` names the missing part for the message's words: "time", "config" or "balance".
    fn missing_data(&self, what: &'static str) -> Problem {
        Problem::from_text(
            ProblemKind::UnexpectedResponse,
            t!(
                "problem-unexpected-response-missing",
                what = what,
                host = &self.endpoint.api_host
            ),
        )
    }

    /// One GET to the allowlist; returns the envelope when OKX's `code` is "0".
    async fn get(&self, path: ApiPath, signed: Option<(&Credentials, i64)>) -> Result<Envelope> {
        let mut headers = match signed {
            Some((creds, offset)) => {
                let timestamp = iso_time::from_unix_ms(now_unix_ms().saturating_add(offset));
                signed_headers(creds, &timestamp, path, self.demo)?
            }
            None => HeaderMap::new(),
        };
        if self.demo {
            headers.insert(
                HeaderName::from_static("x-simulated-trading"),
                HeaderValue::from_static("1"),
            );
        }
        headers.insert(ACCEPT, HeaderValue::from_static("application/json"));
        headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));

        let host = self.endpoint.api_host.as_str();
        let timeout = self.opts.request_timeout;
        debug!(method = path.method(), path = path.path(), host, "OKX request");
        let (status, body) = match tokio::time::timeout(timeout, self.fetch(path, headers)).await {
            Ok(r) => r?,
            Err(_) => return Err(transport::problem_for(TransportFailure::Timeout, host, timeout)),
        };
        debug!(
            method = path.method(),
            path = path.path(),
            host,
            status,
            bytes = body.len(),
            "OKX answer"
        );

        match Envelope::parse(&body) {
            Some(env) if env.is_success() && (200..300).contains(&status) => Ok(env),
            Some(env) if env.is_success() => Err(problem_for_non_okx_body(status, &body, host)),
            Some(env) => Err(problem_for_code(&env.code, &env.msg, status, &self.context())),
            None => Err(problem_for_non_okx_body(status, &body, host)),
        }
    }

    /// Sends the request and reads the body (capped), whatever the status.
    async fn fetch(&self, path: ApiPath, headers: HeaderMap) -> Result<(u16, Vec<u8>)> {
        let url = format!("{}{}", self.endpoint.base_url, path.path());
        let host = self.endpoint.api_host.as_str();
        let transport_problem = |e: reqwest::Error| {
            let kind = transport::classify(&e);
            debug!(host, failure = ?kind, error = %e, "OKX request failed");
            transport::problem_for(kind, host, self.opts.request_timeout)
        };
        let mut resp = self
            .http
            .get(url)
            .headers(headers)
            .timeout(self.opts.request_timeout)
            .send()
            .await
            .map_err(transport_problem)?;
        let status = resp.status().as_u16();
        let cap = self.opts.body_cap;
        if resp.content_length().is_some_and(|n| n > cap as u64) {
            return Err(self.too_big());
        }
        let mut body = Vec::new();
        while let Some(chunk) = resp.chunk().await.map_err(transport_problem)? {
            if body.len() + chunk.len() > cap {
                return Err(self.too_big());
            }
            body.extend_from_slice(&chunk);
        }
        Ok((status, body))
    }

    fn too_big(&self) -> Problem {
        debug!(host = %self.endpoint.api_host, cap = self.opts.body_cap, "OKX answer over the size cap");
        Problem::from_text(
            ProblemKind::UnexpectedResponse,
            t!("problem-unexpected-response-too-big", host = &self.endpoint.api_host),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::okx::test_server::{Reply, TestServer};
    use crate::okx::Site;
    use crate::secret::Secret;

    const SECRET: &str = "22582BD0CFF14C41EDBF1AB98506286D";

    fn creds() -> Credentials {
        Credentials::new("37c541a1-aaaa-bbbb-cccc-10fe7a038418", SECRET, "Passphrase-1")
    }

    fn local(server: &TestServer) -> Endpoint {
        Endpoint::resolve(Site::Global, Some(&server.base_url())).unwrap()
    }

    /// For tests whose first TLS set-up (loading the system's root certificates) can take a
    /// while on a busy machine.
    fn slow_ok() -> ClientOptions {
        ClientOptions {
            request_timeout: Duration::from_secs(5),
            body_cap: BODY_CAP,
            pool: None,
        }
    }

    fn fast() -> ClientOptions {
        ClientOptions {
            request_timeout: Duration::from_millis(500),
            body_cap: BODY_CAP,
            pool: None,
        }
    }

    #[test]
    fn a_pool_builds_one_client_per_setting_and_its_clones_share_them() {
        let pool = HttpPool::default();
        let other = pool.clone();
        pool.client(true, Duration::from_secs(1)).unwrap();
        other.client(true, Duration::from_secs(1)).unwrap();
        pool.client(false, Duration::from_secs(1)).unwrap();
        assert_eq!(pool.clients.lock().unwrap().len(), 2);
        assert_eq!(pool, other);
        assert_ne!(pool, HttpPool::default());
    }

    #[test]
    fn signed_headers_match_the_documented_signature() {
        let h = signed_headers(&creds(), "2020-12-08T09:08:57.715Z", ApiPath::AccountBalance, false).unwrap();
        assert_eq!(h["ok-access-sign"], "AkD5YszBhggtIyjDlmTy/9PpNVntel+1Lff8wh0qpQw=");
        assert_eq!(h["ok-access-timestamp"], "2020-12-08T09:08:57.715Z");
        assert_eq!(h["ok-access-key"], "37c541a1-aaaa-bbbb-cccc-10fe7a038418");
        assert_eq!(h["ok-access-passphrase"], "Passphrase-1");
        assert!(h["ok-access-passphrase"].is_sensitive());
        assert!(h["ok-access-sign"].is_sensitive());
        assert!(!h.contains_key("x-simulated-trading"));
        assert_eq!(h.len(), 4);

        let h = signed_headers(&creds(), "2020-12-08T09:08:57.715Z", ApiPath::AccountConfig, true).unwrap();
        assert_eq!(h["ok-access-sign"], "Kr/8IrbDYujS4cg2KkmB+tO2HMUXxyayG6ZwNb4H/yA=");
        assert_eq!(h["x-simulated-trading"], "1");
    }

    #[test]
    fn a_line_break_in_a_value_is_malformed_input() {
        let c = Credentials::new("key", SECRET, Secret::new("pass\nphrase"));
        let err = signed_headers(&c, "t", ApiPath::AccountConfig, false).unwrap_err();
        assert_eq!(err.kind, ProblemKind::MalformedInput);
        assert!(err.message.to_string().contains("passphrase"), "{}", err.message);
        assert!(
            !err.message.to_string().contains("pass\nphrase") && !err.fix.to_string().contains("pass\nphrase"),
            "never echo the value"
        );
    }

    #[tokio::test]
    async fn sends_exactly_what_it_signs_and_only_gets() {
        let server =
            TestServer::start(|_| Reply::json(200, r#"{"code":"0","msg":"","data":[{"perm":"read_only,trade"}]}"#))
                .await;
        let client = OkxClient::new(local(&server), true, fast()).unwrap();
        let cfg = client.account_config(&creds(), 0).await.unwrap();
        assert_eq!(cfg.perm, "read_only,trade");
        let reqs = server.requests();
        assert_eq!(reqs.len(), 1);
        let r = &reqs[0];
        assert_eq!(r.method, "GET");
        assert_eq!(r.path, "/api/v5/account/config");
        assert_eq!(r.header("x-simulated-trading"), Some("1"));
        assert_eq!(r.header("user-agent").unwrap(), user_agent());
        let ts = r.header("ok-access-timestamp").unwrap();
        let want = sign(&Secret::new(SECRET), ts, "GET", &r.path, "").unwrap();
        assert_eq!(r.header("ok-access-sign"), Some(want.as_str()));
        assert_eq!(r.header("ok-access-passphrase"), Some("Passphrase-1"));
    }

    #[tokio::test]
    async fn live_requests_carry_no_demo_header_and_public_ones_no_key() {
        let server =
            TestServer::start(|_| Reply::json(200, r#"{"code":"0","msg":"","data":[{"ts":"1597026383085"}]}"#)).await;
        let client = OkxClient::new(local(&server), false, fast()).unwrap();
        assert_eq!(client.server_time().await.unwrap(), 1_597_026_383_085);
        let r = &server.requests()[0];
        assert_eq!(r.path, "/api/v5/public/time");
        assert_eq!(r.header("x-simulated-trading"), None);
        assert_eq!(r.header("ok-access-key"), None);
        assert_eq!(r.header("ok-access-sign"), None);
    }

    #[tokio::test]
    async fn the_json_body_of_a_401_is_read() {
        let server = TestServer::start(|_| {
            Reply::json(
                401,
                r#"{"msg":"Header OK-ACCESS-PASSPHRASE incorrect","code":"50105","data":[]}"#,
            )
        })
        .await;
        let client = OkxClient::new(local(&server), false, fast()).unwrap();
        let err = client.account_config(&creds(), 0).await.unwrap_err();
        assert_eq!(err.kind, ProblemKind::WrongPassphrase);
        assert_eq!(err.okx_code.as_deref(), Some("50105"));
    }

    #[tokio::test]
    async fn html_502_is_okx_unavailable_and_html_200_unexpected() {
        let server = TestServer::start(|r| {
            let status = if r.path.ends_with("time") { 502 } else { 200 };
            Reply::raw(
                status,
                "text/html",
                "<html><body><h1>502 Bad Gateway</h1></body></html>",
            )
        })
        .await;
        let client = OkxClient::new(local(&server), false, fast()).unwrap();
        let err = client.server_time().await.unwrap_err();
        assert_eq!(err.kind, ProblemKind::OkxUnavailable);
        let err = client.account_config(&creds(), 0).await.unwrap_err();
        assert_eq!(err.kind, ProblemKind::UnexpectedResponse);
        assert!(err.message.to_string().contains("web page"));
    }

    #[tokio::test]
    async fn rate_limit_status_and_code() {
        let server = TestServer::start(|r| {
            if r.path.ends_with("time") {
                Reply::raw(429, "text/plain", "Too Many Requests")
            } else {
                Reply::json(429, r#"{"code":"50011","msg":"Too Many Requests","data":[]}"#)
            }
        })
        .await;
        let client = OkxClient::new(local(&server), false, fast()).unwrap();
        assert_eq!(client.server_time().await.unwrap_err().kind, ProblemKind::RateLimited);
        let err = client.account_balance(&creds(), 0).await.unwrap_err();
        assert_eq!(
            (err.kind, err.okx_code.as_deref()),
            (ProblemKind::RateLimited, Some("50011"))
        );
    }

    #[tokio::test]
    async fn a_slow_answer_times_out() {
        let server = TestServer::start(|_| {
            Reply::json(200, r#"{"code":"0","data":[{"ts":"1"}]}"#).delayed(Duration::from_secs(3))
        })
        .await;
        let client = OkxClient::new(
            local(&server),
            false,
            ClientOptions {
                request_timeout: Duration::from_millis(300),
                ..fast()
            },
        )
        .unwrap();
        let started = std::time::Instant::now();
        let err = client.server_time().await.unwrap_err();
        assert_eq!(err.kind, ProblemKind::Timeout);
        assert!(started.elapsed() < Duration::from_secs(2), "{:?}", started.elapsed());
    }

    #[tokio::test]
    async fn a_body_that_stalls_half_way_times_out() {
        let server =
            TestServer::start(|_| Reply::json(200, r#"{"code":"0","data":[{"ts":"1"}]}"#).stall_after(10)).await;
        let client = OkxClient::new(
            local(&server),
            false,
            ClientOptions {
                request_timeout: Duration::from_millis(300),
                ..fast()
            },
        )
        .unwrap();
        assert_eq!(client.server_time().await.unwrap_err().kind, ProblemKind::Timeout);
    }

    #[tokio::test]
    async fn bodies_over_the_cap_are_refused() {
        // Without Content-Length (read until close): the chunk loop stops at the cap.
        let big = format!(r#"{{"code":"0","data":[{{"ts":"{}"}}]}}"#, "1".repeat(2 * BODY_CAP));
        let server = TestServer::start(move |_| Reply::json(200, &big).without_length()).await;
        let client = OkxClient::new(local(&server), false, fast()).unwrap();
        let err = client.server_time().await.unwrap_err();
        assert_eq!(err.kind, ProblemKind::UnexpectedResponse);
        assert!(err.message.to_string().contains("bigger"), "{}", err.message);
        // With an honest Content-Length over the cap: refused before reading.
        let big = "x".repeat(BODY_CAP + 1);
        let server = TestServer::start(move |_| Reply::json(200, &big)).await;
        let client = OkxClient::new(local(&server), false, fast()).unwrap();
        assert!(client
            .server_time()
            .await
            .unwrap_err()
            .message
            .to_string()
            .contains("bigger"));
        // Just under the cap is fine.
        let ok = format!(
            r#"{{"code":"0","data":[{{"ts":"5"}}],"pad":"{}"}}"#,
            " ".repeat(BODY_CAP - 100)
        );
        let server = TestServer::start(move |_| Reply::json(200, &ok).without_length()).await;
        let client = OkxClient::new(local(&server), false, fast()).unwrap();
        assert_eq!(client.server_time().await.unwrap(), 5);
    }

    #[tokio::test]
    async fn a_truncated_body_is_unexpected_response() {
        let server = TestServer::start(|_| {
            Reply::json(200, r#"{"code":"0","msg":"","data":[{"ts":"1597026383085"}]}"#).truncate_to(20)
        })
        .await;
        let client = OkxClient::new(local(&server), false, fast()).unwrap();
        let err = client.server_time().await.unwrap_err();
        assert_eq!(err.kind, ProblemKind::UnexpectedResponse, "{err:?}");
        // And invalid JSON that arrives whole.
        let server = TestServer::start(|_| Reply::json(200, r#"{"code":"0","data":[{"ts":"#)).await;
        let client = OkxClient::new(local(&server), false, fast()).unwrap();
        assert_eq!(
            client.server_time().await.unwrap_err().kind,
            ProblemKind::UnexpectedResponse
        );
    }

    #[tokio::test]
    async fn redirects_are_not_followed() {
        let server = TestServer::start(|r| {
            if r.path.ends_with("time") {
                Reply::raw(302, "text/plain", "").with_header("location", "/api/v5/account/balance")
            } else {
                Reply::json(200, r#"{"code":"0","data":[{"ts":"1"}]}"#)
            }
        })
        .await;
        let client = OkxClient::new(local(&server), false, fast()).unwrap();
        let err = client.server_time().await.unwrap_err();
        assert_eq!(err.kind, ProblemKind::UnexpectedResponse);
        assert_eq!(server.requests().len(), 1);
    }

    #[tokio::test]
    async fn connection_refused_is_a_network_error() {
        let port = {
            let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
            l.local_addr().unwrap().port()
        };
        let ep = Endpoint::resolve(Site::Global, Some(&format!("http://127.0.0.1:{port}"))).unwrap();
        let err = OkxClient::new(ep, false, fast())
            .unwrap()
            .server_time()
            .await
            .unwrap_err();
        assert_eq!(err.kind, ProblemKind::NetworkError);
        assert!(err.message.to_string().contains("refused"), "{}", err.message);
    }

    #[tokio::test]
    async fn a_reset_connection_is_a_network_error() {
        let server = TestServer::start(|_| Reply::reset()).await;
        let client = OkxClient::new(local(&server), false, fast()).unwrap();
        let err = client.server_time().await.unwrap_err();
        assert_eq!(err.kind, ProblemKind::NetworkError, "{err:?}");
        assert!(err.message.to_string().contains("cut off"), "{}", err.message);
    }

    #[tokio::test]
    async fn a_tls_failure_says_tls() {
        // A plain-HTTP server spoken to over HTTPS: it answers the TLS hello with HTTP text.
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        tokio::spawn(async move {
            use tokio::io::AsyncWriteExt;
            while let Ok((mut s, _)) = listener.accept().await {
                let _ = s
                    .write_all(b"HTTP/1.1 400 Bad Request\r\ncontent-length: 0\r\n\r\n")
                    .await;
            }
        });
        let ep = Endpoint {
            site: Site::Global,
            base_url: format!("https://127.0.0.1:{port}"),
            api_host: "127.0.0.1".into(),
            is_override: false,
        };
        let err = OkxClient::new(ep, false, slow_ok())
            .unwrap()
            .server_time()
            .await
            .unwrap_err();
        assert_eq!(err.kind, ProblemKind::NetworkError, "{err:?}");
        assert!(err.message.to_string().contains("TLS"), "{}", err.message);
    }

    #[tokio::test]
    async fn plain_http_to_a_real_host_is_refused() {
        let ep = Endpoint {
            site: Site::Global,
            base_url: "http://127.0.0.1:9".into(),
            api_host: "127.0.0.1:9".into(),
            is_override: false,
        };
        let err = OkxClient::new(ep, false, fast())
            .unwrap()
            .server_time()
            .await
            .unwrap_err();
        assert_eq!(err.kind, ProblemKind::NetworkError);
    }

    #[tokio::test]
    async fn an_unknown_host_is_could_not_find() {
        let ep = Endpoint {
            site: Site::Global,
            base_url: "https://no-such-host.invalid".into(),
            api_host: "no-such-host.invalid".into(),
            is_override: false,
        };
        let err = OkxClient::new(ep, false, slow_ok())
            .unwrap()
            .server_time()
            .await
            .unwrap_err();
        // Offline sandboxes fail name lookups in different ways; all are network errors or
        // a timeout, and a lookup failure says "Could not find".
        assert!(
            matches!(err.kind, ProblemKind::NetworkError | ProblemKind::Timeout),
            "{err:?}"
        );
        if err.kind == ProblemKind::NetworkError {
            assert!(
                err.message.to_string().contains("Could not find no-such-host.invalid"),
                "{}",
                err.message
            );
        }
    }

    #[tokio::test]
    async fn one_connection_is_reused_for_a_run() {
        let server = TestServer::start(|_| Reply::json(200, r#"{"code":"0","data":[{"ts":"7"}]}"#).keep_alive()).await;
        let client = OkxClient::new(local(&server), false, fast()).unwrap();
        for _ in 0..3 {
            assert_eq!(client.server_time().await.unwrap(), 7);
        }
        assert_eq!(server.requests().len(), 3);
        assert_eq!(server.connections(), 1);
    }
}
