//! Target `response`: an HTTP status line ("503\n") and a body, through the response parsers and the diagnoser.

use crate::invariants::*;
use crate::mutate::*;
use crate::rng::Rng;
use okx_key_core::okx::codes::{problem_for_code, problem_for_non_okx_body, reported_ip, CodeContext};
use okx_key_core::okx::responses::{AccountBalance, AccountConfig, Envelope, ServerTime};
use okx_key_core::{ProblemKind, Site};

pub const CODES: &[(&str, ProblemKind)] = &[
    ("50105", ProblemKind::WrongPassphrase),
    ("50113", ProblemKind::WrongSecret),
    ("50111", ProblemKind::UnknownKey),
    ("50119", ProblemKind::UnknownKey),
    ("50101", ProblemKind::DemoMismatch),
    ("50102", ProblemKind::ClockSkew),
    ("50110", ProblemKind::IpNotAllowed),
    ("50121", ProblemKind::RegionRestricted),
    ("50100", ProblemKind::KeyFrozen),
    ("50120", ProblemKind::MissingReadPermission),
    ("50103", ProblemKind::MalformedInput),
    ("50011", ProblemKind::RateLimited),
    ("50001", ProblemKind::OkxUnavailable),
    ("50004", ProblemKind::Timeout),
];

pub const STATUSES: &[u16] = &[
    200, 200, 200, 201, 204, 301, 302, 400, 401, 403, 404, 405, 429, 500, 502, 503, 504,
];

pub fn generate_response(rng: &mut Rng, corpus: &[Vec<u8>]) -> Vec<u8> {
    let status = if rng.chance(5) {
        rng.below(1000) as u16
    } else {
        *rng.pick(STATUSES)
    };
    let mut out = format!("{status}\n").into_bytes();
    let mut body = generate(rng, corpus);
    if rng.chance(15) {
        // An OKX envelope with a known or odd code and a mutated message.
        let code: String = if rng.chance(60) {
            rng.pick(CODES).0.to_owned()
        } else {
            text(&generate(rng, corpus))
        };
        let msg = text(&generate(rng, corpus));
        body = serde_json::json!({"code": code, "msg": msg, "data": []})
            .to_string()
            .into_bytes();
    }
    out.extend_from_slice(&body);
    out
}

pub fn context(rng_byte: u8) -> CodeContext {
    let site = Site::ALL[usize::from(rng_byte) % 3];
    let host = if rng_byte & 4 == 0 {
        site.api_host().to_owned()
    } else {
        "127.0.0.1:8085".to_owned()
    };
    CodeContext::new(site, rng_byte & 8 != 0, host)
}

/// Longest message or fix allowed: the longest fixed text plus a quoted OKX message and a host.
pub const PROBLEM_LIMIT: usize = 700;

pub fn check_response(input: &[u8]) -> Result<(), String> {
    let (head, body) = match input.iter().position(|b| *b == b'\n') {
        Some(i) => (text(&input[..i]), &input[i + 1..]),
        None => (String::new(), input),
    };
    let status: u16 = head.trim().parse().unwrap_or(200);
    let seed = body.iter().fold(status as u8, |a, b| a.wrapping_add(*b));
    let ctx = context(seed);

    // What the client does with an answer (OkxClient::get, then the payload accessors).
    let problem = match Envelope::parse(body) {
        Some(env) => {
            if let Some(t) = env.first::<ServerTime>() {
                let _ = t.unix_ms();
            }
            if let Some(c) = env.first::<AccountConfig>() {
                let perms = c.perms();
                if perms.iter().any(|p| p.is_empty() || p.contains([',', ' ', ';'])) {
                    return Err("a permission word with a separator in it".into());
                }
                let _ = (c.ips(), c.is_sub_account(), c.mode());
            }
            if let Some(b) = env.first::<AccountBalance>() {
                let _ = (b.currencies(), b.total_eq_usd());
                if b.total_eq_usd().is_empty() {
                    return Err("empty total equity".into());
                }
            }
            if env.is_success() && (200..300).contains(&status) {
                None
            } else if env.is_success() {
                Some(problem_for_non_okx_body(status, body, &ctx.host))
            } else {
                let p = problem_for_code(&env.code, &env.msg, status, &ctx);
                if let Some((_, kind)) = CODES.iter().find(|(c, _)| *c == env.code.trim()) {
                    if p.kind != *kind {
                        return Err(format!("code {} gave {:?}, not {kind:?}", env.code.trim(), p.kind));
                    }
                }
                if env.code.trim().is_empty() && p.okx_code.is_some() {
                    return Err("okx_code disagrees with the envelope's code".into());
                }
                Some(p)
            }
        }
        None => {
            let p = problem_for_non_okx_body(status, body, &ctx.host);
            let want = match status {
                429 => ProblemKind::RateLimited,
                500..=599 => ProblemKind::OkxUnavailable,
                _ => ProblemKind::UnexpectedResponse,
            };
            if p.kind != want {
                return Err(format!("non-OKX body with HTTP {status} gave {:?}", p.kind));
            }
            if p.okx_code.is_some() {
                return Err("a non-OKX body gave an OKX code".into());
            }
            Some(p)
        }
    };
    if let Some(p) = &problem {
        check_problem(p, PROBLEM_LIMIT)?;
    }
    // The diagnoser on its own, with the body as OKX's code and as its message.
    let as_text = text(body);
    for (code, msg) in [
        (as_text.as_str(), ""),
        ("50110", as_text.as_str()),
        ("", as_text.as_str()),
    ] {
        let p = problem_for_code(code, msg, status, &ctx);
        check_problem(&p, PROBLEM_LIMIT)?;
    }
    if let Some(ip) = reported_ip(&as_text) {
        if ip.parse::<std::net::IpAddr>().is_err() {
            return Err("reported_ip gave something that is not an IP address".into());
        }
    }
    Ok(())
}
