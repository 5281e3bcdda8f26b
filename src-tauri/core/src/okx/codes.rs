//! OKX's answers turned into diagnoses: an error code (or a bare HTTP status) becomes a
//! [`Problem`] with the right kind, OKX's code, a plain message and what to do next.
//!
//! The table follows OKX_FACTS.md §3, keyed on `code`, never on `msg` (OKX's wording varies);
//! `msg` is read only to quote the IP address OKX reports for 50110 / 50121.

use crate::credentials::trim::CharKind;
use crate::error::{Problem, ProblemKind};
use crate::okx::Site;
use crate::t;
use std::net::IpAddr;

/// What the diagnosis needs to know about the request that failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodeContext {
    /// The site the request went to.
    pub site: Site,
    /// Whether it was sent as a Demo Trading request.
    pub demo: bool,
    /// The host shown to the user (`www.okx.com`, or the simulator's address).
    pub host: String,
}

impl CodeContext {
    pub fn new(site: Site, demo: bool, host: impl Into<String>) -> Self {
        CodeContext {
            site,
            demo,
            host: host.into(),
        }
    }
}

/// The problem for an OKX error envelope (`code` is not "0").
pub fn problem_for_code(code: &str, msg: &str, http_status: u16, ctx: &CodeContext) -> Problem {
    use ProblemKind::*;
    let code = shown_code(code);
    let code = code.as_str();
    let p = match code {
        "50105" => Problem::from_text(WrongPassphrase, t!("problem-wrong-passphrase")),
        "50113" => Problem::from_text(WrongSecret, t!("problem-wrong-secret")),
        "50111" => Problem::from_text(UnknownKey, t!("problem-unknown-key")),
        "50119" => Problem::from_text(
            UnknownKey,
            t!("problem-unknown-key-site", site = ctx.site.display_name()),
        ),
        "50101" if ctx.demo => Problem::from_text(DemoMismatch, t!("problem-demo-mismatch-not-demo")),
        "50101" => Problem::from_text(DemoMismatch, t!("problem-demo-mismatch-not-live")),
        "50102" => Problem::from_text(ClockSkew, t!("problem-clock-skew-rejected")),
        "50110" => ip_not_allowed(reported_ip(msg)),
        "50121" | "50051" | "51155" | "51734" => region_restricted(reported_ip(msg)),
        "50100" => Problem::from_text(KeyFrozen, t!("problem-key-frozen")),
        "50007" => Problem::from_text(KeyFrozen, t!("problem-key-frozen-account")),
        "50120" | "50030" => Problem::from_text(MissingReadPermission, t!("problem-missing-read-permission-code")),
        "50103" => Problem::from_text(MalformedInput, t!("problem-malformed-input-okx-empty-key")),
        "50104" => Problem::from_text(MalformedInput, t!("problem-malformed-input-okx-empty-passphrase")),
        "50106" | "50107" => Problem::from_text(MalformedInput, t!("problem-malformed-input-okx-empty-part")),
        "50112" | "50115" => Problem::from_text(UnexpectedResponse, t!("problem-unexpected-response-format")),
        "50114" => Problem::from_text(UnexpectedResponse, t!("problem-unexpected-response-unauthorised")),
        "50011" | "50013" => rate_limited(),
        "50001" | "50026" => okx_unavailable(&ctx.host),
        "50004" => Problem::from_text(Timeout, t!("problem-timeout-okx")),
        _ if http_status == 429 => rate_limited(),
        _ if http_status == 503 => okx_unavailable(&ctx.host),
        _ => {
            let said = quote_msg(msg);
            let text = match (code.is_empty(), said.is_empty()) {
                (true, true) => t!("problem-unexpected-response-unknown-error"),
                (true, false) => t!("problem-unexpected-response-unknown-error-said", said = said),
                (false, true) => t!("problem-unexpected-response-unknown-code", code = code),
                (false, false) => t!(
                    "problem-unexpected-response-unknown-code-said",
                    code = code,
                    said = said
                ),
            };
            Problem::from_text(UnexpectedResponse, text)
        }
    };
    if code.is_empty() {
        p
    } else {
        p.with_okx_code(code)
    }
}

/// The problem for an answer that is not an OKX envelope: an HTML page, an empty or cut-off
/// body, some other JSON. The HTTP status decides first (429, 5xx), then the body's shape.
pub fn problem_for_non_okx_body(http_status: u16, body: &[u8], host: &str) -> Problem {
    use ProblemKind::*;
    if http_status == 429 {
        return rate_limited();
    }
    if (500..600).contains(&http_status) {
        return okx_unavailable(host);
    }
    // A status code, shown as is (not as a number in the language's format).
    let status = http_status.to_string();
    if (300..400).contains(&http_status) {
        return Problem::from_text(
            UnexpectedResponse,
            t!("problem-unexpected-response-redirect", host = host, status = status),
        );
    }
    let kind = if looks_like_html(body) {
        "html"
    } else if body.iter().all(u8::is_ascii_whitespace) {
        "empty"
    } else if serde_json::from_slice::<serde_json::Value>(body).is_ok() {
        "json"
    } else {
        "garbled"
    };
    Problem::from_text(
        UnexpectedResponse,
        t!(
            "problem-unexpected-response-not-okx",
            kind = kind,
            host = host,
            status = status
        ),
    )
}

/// The IP address in OKX's message ("Your IP 1.2.3.4 is not included ..."), if there is one.
pub fn reported_ip(msg: &str) -> Option<String> {
    msg.split(|c: char| c.is_whitespace() || matches!(c, '(' | ')' | ',' | ';' | '"' | '\'' | '{' | '}'))
        .map(|t| t.trim_end_matches(['.', ':']))
        .find_map(|t| t.parse::<IpAddr>().ok())
        .map(|ip| ip.to_string())
}

fn ip_not_allowed(ip: Option<String>) -> Problem {
    let text = match ip {
        Some(ip) => t!("problem-ip-not-allowed-ip", ip = ip),
        None => t!("problem-ip-not-allowed"),
    };
    Problem::from_text(ProblemKind::IpNotAllowed, text)
}

fn region_restricted(ip: Option<String>) -> Problem {
    let text = match ip {
        Some(ip) => t!("problem-region-restricted-ip", ip = ip),
        None => t!("problem-region-restricted"),
    };
    Problem::from_text(ProblemKind::RegionRestricted, text)
}

fn rate_limited() -> Problem {
    Problem::from_text(ProblemKind::RateLimited, t!("problem-rate-limited"))
}

fn okx_unavailable(host: &str) -> Problem {
    Problem::from_text(ProblemKind::OkxUnavailable, t!("problem-okx-unavailable", host = host))
}

fn looks_like_html(body: &[u8]) -> bool {
    let start: Vec<u8> = body
        .iter()
        .copied()
        .skip_while(u8::is_ascii_whitespace)
        .take(512)
        .map(|b| b.to_ascii_lowercase())
        .collect();
    start.starts_with(b"<") || start.windows(5).any(|w| w == b"<html")
}

/// OKX's own message, made safe to show: printable characters only (no control, zero-width or
/// direction-changing characters; other blanks become spaces), at most 120 of them.
fn quote_msg(msg: &str) -> String {
    let clean: String = msg
        .chars()
        .filter_map(|c| match CharKind::of(c) {
            None if c != '"' => Some(c),
            Some(k) if k.is_edge_strippable() && k != CharKind::ZeroWidth => Some(' '),
            _ => None,
        })
        .take(120)
        .collect();
    clean.trim().to_owned()
}

/// OKX's code as it may be shown and kept: at most 32 printable ASCII characters. Real codes are a
/// few digits; a garbled or hostile answer must not put control characters or a page of text into
/// the message, the fix or `okx_code`.
fn shown_code(code: &str) -> String {
    code.trim().chars().filter(char::is_ascii_graphic).take(32).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use ProblemKind::*;

    fn ctx() -> CodeContext {
        CodeContext::new(Site::Global, false, "www.okx.com")
    }

    #[test]
    fn every_code_in_the_brief_maps_to_its_kind() {
        let table: &[(&str, ProblemKind)] = &[
            ("50105", WrongPassphrase),
            ("50113", WrongSecret),
            ("50111", UnknownKey),
            ("50119", UnknownKey),
            ("50101", DemoMismatch),
            ("50102", ClockSkew),
            ("50110", IpNotAllowed),
            ("50121", RegionRestricted),
            ("50051", RegionRestricted),
            ("51155", RegionRestricted),
            ("51734", RegionRestricted),
            ("50100", KeyFrozen),
            ("50007", KeyFrozen),
            ("50120", MissingReadPermission),
            ("50030", MissingReadPermission),
            ("50103", MalformedInput),
            ("50104", MalformedInput),
            ("50106", MalformedInput),
            ("50107", MalformedInput),
            ("50112", UnexpectedResponse),
            ("50114", UnexpectedResponse),
            ("50115", UnexpectedResponse),
            ("50011", RateLimited),
            ("50013", RateLimited),
            ("50001", OkxUnavailable),
            ("50026", OkxUnavailable),
            ("50004", Timeout),
            ("59999", UnexpectedResponse),
        ];
        for (code, kind) in table {
            let p = problem_for_code(code, "", 401, &ctx());
            assert_eq!(p.kind, *kind, "{code}");
            assert_eq!(p.okx_code.as_deref(), Some(*code));
            assert!(!p.message.is_empty() && !p.fix.is_empty(), "{code}");
            assert_eq!(p.severity, crate::error::Severity::Error);
            assert_made(&p);
        }
        for (status, body) in [
            (301, &b""[..]),
            (200, b"<html>"),
            (200, b" "),
            (200, b"{}"),
            (200, b"{"),
        ] {
            assert_made(&problem_for_non_okx_body(status, body, "www.okx.com"));
        }
        for (code, msg) in [
            ("", ""),
            ("", "x"),
            ("1", ""),
            ("1", "x"),
            ("50110", "IP 1.2.3.4"),
            ("50121", "IP ::1"),
        ] {
            assert_made(&problem_for_code(code, msg, 200, &ctx()));
        }
    }

    /// The words were made, on both surfaces: no message id or Fluent syntax is left in them.
    fn assert_made(p: &Problem) {
        use crate::catalog::{Locale, Surface};
        for surface in [Surface::Window, Surface::Cli] {
            let locale = Locale::new("en", surface);
            for words in [p.message.render_in(&locale), p.fix.render_in(&locale)] {
                assert!(
                    words.len() > 20 && !words.contains(['{', '}', '$']) && !words.starts_with("problem-"),
                    "{surface:?}: {words}"
                );
                assert!(!words.contains("  ") && !words.contains('\n'), "{surface:?}: {words:?}");
            }
        }
    }

    #[test]
    fn passphrase_fix_says_it_is_not_the_login_password() {
        let p = problem_for_code("50105", "", 401, &ctx());
        assert!(p.fix.to_string().contains("not your OKX login password"));
        assert!(p.fix.to_string().contains("create a new one"));
    }

    #[test]
    fn ip_not_allowed_quotes_the_ip_okx_reported() {
        let p = problem_for_code(
            "50110",
            "Your IP 203.0.113.7 is not included in your API key's IP whitelist.",
            401,
            &ctx(),
        );
        assert!(p.message.to_string().contains("(203.0.113.7)"), "{}", p.message);
        assert!(p.fix.to_string().contains("add 203.0.113.7"), "{}", p.fix);
        let p = problem_for_code("50110", "您的IP不在APIKey绑定IP名单中", 401, &ctx());
        assert!(!p.message.to_string().contains("()"));
        let p = problem_for_code(
            "50121",
            "You can't access our services through the IP address (2001:db8::1)",
            200,
            &ctx(),
        );
        assert!(p.message.to_string().contains("2001:db8::1"), "{}", p.message);
    }

    #[test]
    fn reported_ip_finds_v4_and_v6() {
        assert_eq!(reported_ip("Your IP 1.2.3.4 is not"), Some("1.2.3.4".into()));
        assert_eq!(reported_ip("address (10.0.0.9)."), Some("10.0.0.9".into()));
        assert_eq!(reported_ip("ip 1.2.3.4."), Some("1.2.3.4".into()));
        assert_eq!(reported_ip("via 2001:db8::2, sorry"), Some("2001:db8::2".into()));
        assert_eq!(reported_ip("no address here 1.2.3"), None);
    }

    #[test]
    fn demo_mismatch_wording_follows_the_mode() {
        let live = problem_for_code("50101", "", 401, &ctx());
        assert!(live.message.to_string().contains("Demo Trading key"));
        let demo = problem_for_code("50101", "", 401, &CodeContext::new(Site::Global, true, "h"));
        assert!(demo.message.to_string().contains("not a Demo Trading key"));
    }

    #[test]
    fn wrong_site_hint_names_the_site() {
        let p = problem_for_code(
            "50119",
            "API key doesn't exist",
            401,
            &CodeContext::new(Site::Eea, false, "eea.okx.com"),
        );
        assert!(p.message.to_string().contains("my.okx.com (EEA)"));
    }

    #[test]
    fn unknown_codes_keep_the_code_and_a_clean_message() {
        let p = problem_for_code("51000", "Parameter \"x\"\n error", 200, &ctx());
        assert_eq!(p.kind, UnexpectedResponse);
        assert!(p.message.to_string().contains("51000"));
        assert!(!p.message.to_string().contains('\n'));
        let p = problem_for_code("99999", "", 429, &ctx());
        assert_eq!(p.kind, RateLimited);
    }

    #[test]
    fn non_okx_bodies() {
        let h = "www.okx.com";
        assert_eq!(problem_for_non_okx_body(429, b"", h).kind, RateLimited);
        for s in [500, 502, 503, 504] {
            let p = problem_for_non_okx_body(s, b"<html><h1>Bad Gateway</h1></html>", h);
            assert_eq!(p.kind, OkxUnavailable, "{s}");
            assert_eq!(p.okx_code, None);
        }
        let p = problem_for_non_okx_body(200, b"  <!DOCTYPE html><html>", h);
        assert_eq!(p.kind, UnexpectedResponse);
        assert!(p.message.to_string().contains("web page"), "{}", p.message);
        let p = problem_for_non_okx_body(200, b"{\"code\":\"0\",\"da", h);
        assert!(p.message.to_string().contains("incomplete"), "{}", p.message);
        let p = problem_for_non_okx_body(200, b"", h);
        assert!(p.message.to_string().contains("empty"), "{}", p.message);
        let p = problem_for_non_okx_body(301, b"", h);
        assert_eq!(p.kind, UnexpectedResponse);
        assert!(p.message.to_string().contains("somewhere else"));
    }
}
