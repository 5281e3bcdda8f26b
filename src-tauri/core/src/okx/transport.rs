//! Failures below HTTP (DNS, refused or reset connections, TLS, timeouts, cut-off bodies)
//! turned into [`Problem`]s with specific, plain words. The raw error is logged at debug level
//! for developers and never shown to the user.

use crate::error::{Problem, ProblemKind};
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
    match failure {
        TransportFailure::Dns => Problem::new(
            NetworkError,
            format!("Could not find {host}: the name did not lead to an address."),
            "Check that this computer is connected to the internet. If it is, your network may be \
             blocking OKX: try another network (for example your phone's hotspot).",
        ),
        TransportFailure::Refused => Problem::new(
            NetworkError,
            format!("{host} refused the connection."),
            "Check your internet connection and any firewall, VPN or proxy settings, then test \
             again. If you are practising with the simulator, make sure it is still running.",
        ),
        TransportFailure::Reset => Problem::new(
            NetworkError,
            format!("The connection to {host} was cut off before OKX answered."),
            "Test again. If it keeps happening, a firewall, VPN, antivirus or your network may be \
             interrupting connections to OKX: try another network.",
        ),
        TransportFailure::Tls => Problem::new(
            NetworkError,
            format!("Could not set up a secure (TLS) connection to {host}."),
            "Check that this computer's date and time are right. Antivirus \"web shield\" features, \
             company networks and public Wi-Fi sign-in pages can break secure connections: try \
             another network.",
        ),
        TransportFailure::Timeout => Problem::new(
            Timeout,
            format!("{host} did not answer within {}.", seconds(timeout)),
            "Check your internet connection and test again. If OKX is busy, wait a few minutes.",
        ),
        TransportFailure::BodyCut => Problem::new(
            UnexpectedResponse,
            format!("The answer from {host} was cut off part-way."),
            "Test again. If it keeps happening, your network or a proxy may be interrupting the \
             connection: try another network.",
        ),
        TransportFailure::Connect => Problem::new(
            NetworkError,
            format!("Could not connect to {host}."),
            "Check your internet connection and any firewall, VPN or proxy settings, then test again.",
        ),
        TransportFailure::Other => Problem::new(
            NetworkError,
            format!("The request to {host} could not be completed."),
            "Test again. If it keeps happening, report it with the app's log.",
        ),
    }
}

/// "10 seconds", "1 second" (sub-second timeouts, used in tests, round up).
pub(crate) fn seconds(d: Duration) -> String {
    let s = d.as_secs() + u64::from(d.subsec_nanos() > 0);
    if s == 1 {
        "1 second".to_owned()
    } else {
        format!("{s} seconds")
    }
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
