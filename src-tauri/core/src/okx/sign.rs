//! OKX request signing, exactly as OKX documents it.
//!
//! prehash = timestamp + METHOD + requestPath (with its query string) + body, then
//! HMAC-SHA256 keyed with the secret key's UTF-8 bytes (not hex-decoded), then standard Base64.
//! The timestamp is ISO-8601 UTC with exactly three fractional digits and `Z`, and must be
//! byte-identical to the `OK-ACCESS-TIMESTAMP` header. These functions are pure: the client signs
//! the very strings it sends.

use crate::error::{Problem, Result};
use crate::secret::Secret;
use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;
use hmac::{Hmac, Mac};
use sha2::Sha256;
use time::OffsetDateTime;

/// The string OKX signs: `timestamp + METHOD + request_path + body`, concatenated as given.
///
/// Nothing is normalised: the method's case, the query's encoding and the body's whitespace
/// all change the signature, which is why the caller must pass exactly what it sends.
pub fn prehash(timestamp: &str, method: &str, request_path: &str, body: &str) -> String {
    let mut s = String::with_capacity(timestamp.len() + method.len() + request_path.len() + body.len());
    s.push_str(timestamp);
    s.push_str(method);
    s.push_str(request_path);
    s.push_str(body);
    s
}

/// Base64(HMAC-SHA256(secret as UTF-8 bytes, prehash)).
pub fn sign_prehash(secret: &Secret, prehash: &str) -> Result<String> {
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.expose().as_bytes())
        .map_err(|_| Problem::internal(crate::t!("problem-internal-signing-key")))?;
    mac.update(prehash.as_bytes());
    Ok(STANDARD.encode(mac.finalize().into_bytes()))
}

/// The `OK-ACCESS-SIGN` value for one request.
pub fn sign(secret: &Secret, timestamp: &str, method: &str, request_path: &str, body: &str) -> Result<String> {
    sign_prehash(secret, &prehash(timestamp, method, request_path, body))
}

/// This computer's clock, in Unix milliseconds.
pub fn now_unix_ms() -> i64 {
    let nanos = OffsetDateTime::now_utc().unix_timestamp_nanos();
    i64::try_from(nanos / 1_000_000).unwrap_or(i64::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Deserialize)]
    struct Vector {
        name: String,
        secret: String,
        timestamp: String,
        method: String,
        #[serde(rename = "requestPath")]
        request_path: String,
        body: String,
        prehash: String,
        sign: String,
    }

    fn vectors() -> Vec<Vector> {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/sign_vectors.json");
        let text = std::fs::read_to_string(path).unwrap();
        serde_json::from_str(&text).unwrap()
    }

    #[test]
    fn every_vector_in_sign_vectors_json_matches() {
        let vs = vectors();
        assert_eq!(vs.len(), 11, "the vector file changed: review the test");
        for v in &vs {
            let pre = prehash(&v.timestamp, &v.method, &v.request_path, &v.body);
            assert_eq!(pre, v.prehash, "prehash of {}", v.name);
            let secret = Secret::new(v.secret.clone());
            let got = sign(&secret, &v.timestamp, &v.method, &v.request_path, &v.body).unwrap();
            assert_eq!(got, v.sign, "signature of {}", v.name);
        }
    }

    #[test]
    fn negative_vectors_differ_from_the_good_one() {
        let vs = vectors();
        let good = vs.iter().find(|v| v.name == "get_balance_no_query").unwrap();
        for v in vs.iter().filter(|v| v.name.starts_with("negative_")) {
            assert_ne!(v.sign, good.sign, "{}", v.name);
        }
    }

    #[test]
    fn now_is_plausible() {
        let ms = now_unix_ms();
        assert!(ms > 1_700_000_000_000, "{ms}");
    }
}
