//! The allowlist: the only OKX endpoints this app ever calls, all read-only `GET`s.
//!
//! The client takes an [`ApiPath`], never a string, so no other path can be requested. There is
//! no `POST`, and no order, transfer or withdrawal endpoint anywhere in the app.

/// One of the three read-only endpoints the connection test uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ApiPath {
    /// `GET /api/v5/public/time`: server time, no authentication.
    PublicTime,
    /// `GET /api/v5/account/config`: the key's permissions, IPs, label, account ids.
    AccountConfig,
    /// `GET /api/v5/account/balance`: the trading account's balance.
    AccountBalance,
}

impl ApiPath {
    /// Every allowed endpoint.
    pub const ALL: [ApiPath; 3] = [ApiPath::PublicTime, ApiPath::AccountConfig, ApiPath::AccountBalance];

    /// The request path, exactly as sent and signed (no query string is ever added).
    pub fn path(self) -> &'static str {
        match self {
            ApiPath::PublicTime => "/api/v5/public/time",
            ApiPath::AccountConfig => "/api/v5/account/config",
            ApiPath::AccountBalance => "/api/v5/account/balance",
        }
    }

    /// The HTTP method: always `GET`.
    pub fn method(self) -> &'static str {
        "GET"
    }

    /// Whether the request carries the key's signed `OK-ACCESS-*` headers.
    pub fn is_signed(self) -> bool {
        !matches!(self, ApiPath::PublicTime)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_allowlist_is_exactly_three_read_only_gets() {
        let paths: Vec<(&str, &str, bool)> = ApiPath::ALL
            .iter()
            .map(|p| (p.method(), p.path(), p.is_signed()))
            .collect();
        assert_eq!(
            paths,
            vec![
                ("GET", "/api/v5/public/time", false),
                ("GET", "/api/v5/account/config", true),
                ("GET", "/api/v5/account/balance", true),
            ]
        );
        for p in ApiPath::ALL {
            for banned in ["trade", "order", "transfer", "withdraw", "asset", "?"] {
                assert!(!p.path().contains(banned), "{} contains {banned}", p.path());
            }
        }
    }

    #[test]
    fn no_source_file_names_a_write_endpoint() {
        // The whole core crate: no order, transfer or withdrawal endpoint, and no POST. The
        // simulator is exempt (it must recognise such requests to refuse them), as is this file.
        fn walk(dir: &std::path::Path, files: &mut Vec<std::path::PathBuf>) {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    walk(&path, files);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    files.push(path);
                }
            }
        }
        let mut files = Vec::new();
        walk(
            std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src")),
            &mut files,
        );
        assert!(files.len() >= 10);
        for path in files {
            let shown = path.display().to_string();
            if shown.contains("simulator") || shown.ends_with("okx/paths.rs") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            for banned in [
                "/api/v5/trade",
                "/api/v5/asset/transfer",
                "/api/v5/asset/withdrawal",
                "Method::POST",
                ".post(",
            ] {
                assert!(!text.contains(banned), "{shown} contains {banned}");
            }
        }
    }
}
