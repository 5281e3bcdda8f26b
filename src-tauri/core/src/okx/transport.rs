//! Failures below HTTP (DNS, refused or reset connections, TLS, timeouts, cut-off bodies)
//! turned into [`Problem`]s with specific, plain words. The raw error is logged at debug level
//! for developers and never shown to the user.

use crate::error::{Problem, ProblemKind};
use crate::t;
use std::error::Error as _;
use std::io;
use std::time::Duration;

/// What the transport failure looked like, decided from the error and its chain of causes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TransportFailure {
    Dns,
    Refused,
    Reset,
    Tls,
    Timeout,
    /// The connection closed before the whole body arrived.
    BodyCut,
    /// Some other failure to connect.
    Connect,
    /// Anything else (a request the client itself refused to build or send).
    Other,
}

/// Classifies a reqwest error by walking its causes.
pub fn classify(err: &reqwest::Error) -> TransportFailure {
    if err.is_timeout() {
        return TransportFailure::Timeout;
    }
    if err.is_dns() {
        return TransportFailure::Dns;
    }
    let mut text = String::new();
    let mut source: Option<&(dyn std::error::Error + 'static)> = err.source();
    while let Some(e) = source {
        if let Some(io) = e.downcast_ref::<io::Error>() {
            match io.kind() {
                io::ErrorKind::ConnectionRefused => return TransportFailure::Refused,
                io::ErrorKind::ConnectionReset | io::ErrorKind::ConnectionAborted => return TransportFailure::Reset,
                io::ErrorKind::TimedOut => return TransportFailure::Timeout,
                _ => {}
            }
        }
        text.push_str(&e.to_string().to_ascii_lowercase());
        text.push('\n');
        source = e.source();
    }
    if [
        "tls",
        "certificate",
        "handshake",
        "invalidcontenttype",
        "corrupt message",
        "alert",
    ]
    .iter()
    .any(|w| text.contains(w))
    {
        return TransportFailure::Tls;
    }
    if text.contains("dns") || text.contains("lookup") || text.contains("resolve") {
        return TransportFailure::Dns;
    }
    if text.contains("reset") || text.contains("broken pipe") {
        return TransportFailure::Reset;
    }
    if err.is_connect() {
        return TransportFailure::Connect;
    }
    if err.is_body() || err.is_decode() || text.contains("incomplete") || text.contains("end of file") {
        return TransportFailure::BodyCut;
    }
    if err.is_request() && (text.contains("closed") || text.contains("connection")) {
        return TransportFailure::Reset;
    }
    TransportFailure::Other
}

/// The problem for a transport failure talking to `host`.
pub fn problem_for(failure: TransportFailure, host: &str, timeout: Duration) -> Problem {
    use ProblemKind::*;
    let (kind, text) = match failure {
        TransportFailure::Dns => (NetworkError, t!("problem-network-error-dns", host = host)),
        TransportFailure::Refused => (NetworkError, t!("problem-network-error-refused", host = host)),
        TransportFailure::Reset => (NetworkError, t!("problem-network-error-reset", host = host)),
        TransportFailure::Tls => (NetworkError, t!("problem-network-error-tls", host = host)),
        TransportFailure::Timeout => (
            Timeout,
            t!("problem-timeout-request", host = host, seconds = whole_seconds(timeout)),
        ),
        TransportFailure::BodyCut => (UnexpectedResponse, t!("problem-unexpected-response-cut", host = host)),
        TransportFailure::Connect => (NetworkError, t!("problem-network-error-connect", host = host)),
        TransportFailure::Other => (NetworkError, t!("problem-network-error-other", host = host)),
    };
    Problem::from_text(kind, text)
}

/// A timeout in whole seconds, for the words "10 seconds", "1 second" (sub-second timeouts,
/// used in tests, round up).
pub(crate) fn whole_seconds(d: Duration) -> u64 {
    d.as_secs() + u64::from(d.subsec_nanos() > 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_failure_has_plain_words_and_a_fix() {
        for f in [
            TransportFailure::Dns,
            TransportFailure::Refused,
            TransportFailure::Reset,
            TransportFailure::Tls,
            TransportFailure::Timeout,
            TransportFailure::BodyCut,
            TransportFailure::Connect,
            TransportFailure::Other,
        ] {
            let p = problem_for(f, "www.okx.com", Duration::from_secs(10));
            assert!(p.message.to_string().contains("www.okx.com"), "{f:?}");
            assert!(!p.fix.is_empty());
            assert!(p.okx_code.is_none());
            for surface in [crate::catalog::Surface::Window, crate::catalog::Surface::Cli] {
                let locale = crate::catalog::Locale::new("en", surface);
                let (m, f) = (p.message.render_in(&locale), p.fix.render_in(&locale));
                assert!(
                    !m.contains(['{', '\n']) && !f.contains(['{', '\n']) && f.len() > 20,
                    "{m} {f}"
                );
            }
        }
        assert!(problem_for(TransportFailure::Dns, "h", Duration::ZERO)
            .message
            .to_string()
            .contains("Could not find h"));
        assert!(problem_for(TransportFailure::Tls, "h", Duration::ZERO)
            .message
            .to_string()
            .contains("TLS"));
        assert!(problem_for(TransportFailure::Refused, "h", Duration::ZERO)
            .message
            .to_string()
            .contains("refused"));
        let t = problem_for(TransportFailure::Timeout, "h", Duration::from_secs(10));
        assert_eq!(t.kind, ProblemKind::Timeout);
        assert!(t.message.to_string().contains("within 10 seconds"), "{}", t.message);
        let t = problem_for(TransportFailure::Timeout, "h", Duration::from_millis(300));
        assert!(t.message.to_string().contains("within 1 second."), "{}", t.message);
    }
}
