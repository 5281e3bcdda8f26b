//! OKX's answers turned into diagnoses: an error code (or a bare HTTP status) becomes a
//! [`Problem`] with the right kind, OKX's code, a plain message and what to do next.
//!
//! The table follows OKX_FACTS.md §3, keyed on `code`, never on `msg` (OKX's wording varies);
//! `msg` is read only to quote the IP address OKX reports for 50110 / 50121.

use crate::credentials::trim::CharKind;
use crate::error::{Problem, ProblemKind};
use crate::okx::Site;
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

const KEY_PAGE: &str = "OKX's API management page (Profile > API)";

/// The problem for an OKX error envelope (`code` is not "0").
pub fn problem_for_code(code: &str, msg: &str, http_status: u16, ctx: &CodeContext) -> Problem {
    use ProblemKind::*;
    let code = shown_code(code);
    let code = code.as_str();
    let site = ctx.site.display_name();
    let p = match code {
        "50105" => Problem::new(
            WrongPassphrase,
            "OKX did not accept the passphrase.",
            "Enter the passphrase you chose when you created this API key on OKX. It is not your OKX \
             login password or your fund password, and capital letters matter. Copy it from where \
             you saved it. If you have lost it, OKX cannot recover it: delete this key on OKX and \
             create a new one.",
        ),
        "50113" => Problem::new(
            WrongSecret,
            "OKX did not accept the request's signature, which means the secret key does not belong \
             to this API key.",
            "Copy the secret key again from where you saved it when you created the key (OKX shows \
             it only once), with nothing missing at either end. If you no longer have it, delete \
             this key on OKX and create a new one.",
        ),
        "50111" => Problem::new(
            UnknownKey,
            "OKX does not recognise this API key.",
            format!(
                "Copy the API key again from {KEY_PAGE}, all of it. If the key is not listed there, \
                 it was deleted: create a new one."
            ),
        ),
        "50119" => Problem::new(
            UnknownKey,
            format!("OKX says this API key does not exist on {site}."),
            format!(
                "Check that you chose the site where you log in to OKX (okx.com, my.okx.com, \
                 app.okx.com or tr.okx.com): a key works only on its own site. Then copy the API key again from \
                 {KEY_PAGE}. If the key is no longer listed, it was deleted (keys that can trade \
                 and are not bound to an IP address are deleted after 14 days without use): \
                 create a new one."
            ),
        ),
        "50101" => {
            if ctx.demo {
                Problem::new(
                    DemoMismatch,
                    "OKX says this key is not a Demo Trading key, but it was tested as one.",
                    "Turn off \"Demo Trading\" and test again. Keys for Demo Trading are created on \
                     OKX while the Demo Trading mode is switched on.",
                )
            } else {
                Problem::new(
                    DemoMismatch,
                    "OKX says this key is not a live-trading key: it looks like a Demo Trading key.",
                    "If you created the key in OKX's Demo Trading mode, turn on \"Demo Trading\" \
                     here and test again. For real trading, create the key with Demo Trading \
                     switched off.",
                )
            }
        }
        "50102" => Problem::new(
            ClockSkew,
            "OKX rejected the request's time: this computer's clock is more than 30 seconds off.",
            "Turn on \"Set time automatically\" (and the right time zone) in your system's date and \
             time settings, then test again.",
        ),
        "50110" => ip_not_allowed(reported_ip(msg)),
        "50121" | "50051" | "51155" | "51734" => region_restricted(reported_ip(msg)),
        "50100" => Problem::new(
            KeyFrozen,
            "OKX has frozen this API key.",
            format!(
                "Contact OKX customer support to find out why, or delete this key on {KEY_PAGE} \
                 and create a new one."
            ),
        ),
        "50007" => Problem::new(
            KeyFrozen,
            "OKX says this account is blocked.",
            "Contact OKX customer support. The key cannot be used until they unblock the account.",
        ),
        "50120" | "50030" => Problem::new(
            MissingReadPermission,
            "This key is not allowed to read your account.",
            format!(
                "On {KEY_PAGE}, edit the key and turn on \"Read\" (and \"Trade\" for a trading bot), \
                 save, then test again."
            ),
        ),
        "50103" => empty_field("API key"),
        "50104" => empty_field("passphrase"),
        "50106" | "50107" => Problem::new(
            MalformedInput,
            "OKX says part of the signed request was empty.",
            "Check that all three fields are filled in and test again. If it keeps happening, \
             report it: it is a bug in OKX Key Assistant.",
        ),
        "50112" | "50115" => Problem::new(
            UnexpectedResponse,
            "OKX refused the request's format. This is not caused by your key.",
            "Test again. If it keeps happening, report it: it is a bug in OKX Key Assistant.",
        ),
        "50114" => Problem::new(
            UnexpectedResponse,
            "OKX refused to authorise this key without saying why.",
            format!(
                "Check all three values and test again. If it keeps happening, delete this key on \
                 {KEY_PAGE} and create a new one."
            ),
        ),
        "50011" | "50013" => rate_limited(),
        "50001" | "50026" => okx_unavailable(&ctx.host),
        "50004" => Problem::new(
            Timeout,
            "OKX took too long to answer this time.",
            "Wait a moment and test again. The test only reads, so trying again is safe.",
        ),
        _ if http_status == 429 => rate_limited(),
        _ if http_status == 503 => okx_unavailable(&ctx.host),
        _ => {
            let said = quote_msg(msg);
            let what = if code.is_empty() {
                "an error".to_owned()
            } else {
                format!("error code {code}")
            };
            let message = if said.is_empty() {
                format!("OKX answered with {what}, which this app does not know.")
            } else {
                format!("OKX answered with {what}, which this app does not know: \"{said}\".")
            };
            let fix = if code.is_empty() {
                "Test again in a moment. If it keeps happening, ask OKX support.".to_owned()
            } else {
                format!(
                    "Test again in a moment. If it keeps happening, look up code {code} in OKX's API \
                     documentation or ask OKX support."
                )
            };
            Problem::new(UnexpectedResponse, message, fix)
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
    if (300..400).contains(&http_status) {
        return Problem::new(
            UnexpectedResponse,
            format!("{host} tried to send the request somewhere else (HTTP {http_status})."),
            "Check that you chose the right site. If your network signs you in through a web page \
             (hotel or office Wi-Fi), sign in first, then test again.",
        );
    }
    let what = if looks_like_html(body) {
        "a web page instead of OKX data"
    } else if body.iter().all(u8::is_ascii_whitespace) {
        "an empty reply"
    } else if serde_json::from_slice::<serde_json::Value>(body).is_ok() {
        "data in a shape OKX does not use"
    } else {
        "an incomplete or garbled reply"
    };
    Problem::new(
        UnexpectedResponse,
        format!("{host} answered with {what} (HTTP {http_status})."),
        "Test again in a moment. If it keeps happening, a proxy, firewall or a Wi-Fi sign-in page \
         may be in the way: try another network, and check that you chose the right site.",
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
    let (message, add) = match &ip {
        Some(ip) => (
            format!(
                "This key only works from certain IP addresses, and this computer's address ({ip}) \
                 is not one of them."
            ),
            format!("add {ip} to the key's IP addresses"),
        ),
        None => (
            "This key only works from certain IP addresses, and this computer's address is not one \
             of them."
                .to_owned(),
            "add this computer's address to the key's IP addresses".to_owned(),
        ),
    };
    Problem::new(
        ProblemKind::IpNotAllowed,
        message,
        format!(
            "On {KEY_PAGE}, edit the key and {add}, then test again. If you bound the key to your \
             bot's server on purpose, this computer is simply not that server: test from the \
             server, or add this address for the test and remove it afterwards."
        ),
    )
}

fn region_restricted(ip: Option<String>) -> Problem {
    let message = match ip {
        Some(ip) => {
            format!("OKX does not offer this service to your current location (IP address {ip}).")
        }
        None => "OKX does not offer this service in your country or region.".to_owned(),
    };
    Problem::new(
        ProblemKind::RegionRestricted,
        message,
        "Check that you chose the site where you registered (okx.com, my.okx.com, app.okx.com or tr.okx.com), \
         and OKX's list of supported countries and regions. If you are travelling, test again from \
         home.",
    )
}

fn empty_field(name: &str) -> Problem {
    Problem::new(
        ProblemKind::MalformedInput,
        format!("OKX received an empty {name}."),
        format!("Paste the {name} into its field and test again."),
    )
}

fn rate_limited() -> Problem {
    Problem::new(
        ProblemKind::RateLimited,
        "OKX is receiving too many requests from this key or this network right now.",
        "Wait a minute and test again. If a bot is already running with this key, that is fine: \
         the limit resets within seconds.",
    )
}

fn okx_unavailable(host: &str) -> Problem {
    Problem::new(
        ProblemKind::OkxUnavailable,
        format!("OKX's service at {host} is temporarily unavailable (maintenance or overload)."),
        "Wait a few minutes and test again. OKX announces maintenance on its status page and \
         social channels.",
    )
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
