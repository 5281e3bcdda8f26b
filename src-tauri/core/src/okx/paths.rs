//! The allowlist: the only OKX endpoints this app ever calls, all read-only `GET`s.
//!
//! The client takes an [`ApiPath`], never a string, so no other path can be requested. There is
//! no `POST`, and no order, transfer or withdrawal endpoint anywhere in the app.

/// One of the read-only endpoints the connection test and the readiness check use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ApiPath {
    /// `GET /api/v5/public/time`: server time, no authentication.
    PublicTime,
    /// `GET /api/v5/account/config`: the key's permissions, IPs, label, account ids.
    AccountConfig,
    /// `GET /api/v5/account/balance`: the trading account's balance.
    AccountBalance,
    /// `GET /api/v5/account/instruments?instType=SPOT&instId=BTC-USDT`: whether this account
    /// (its site, its region) lists spot trading, asked for one instrument to keep it small.
    InstrumentsSpot,
    /// `GET /api/v5/account/instruments?instType=SWAP&instId=BTC-USDT-SWAP`: whether this
    /// account lists perpetual swaps.
    InstrumentsSwap,
    /// `GET /api/v5/asset/balances`: the Funding account's balances (money not yet moved to
    /// the Trading account).
    FundingBalances,
}

impl ApiPath {
    /// Every allowed endpoint.
    pub const ALL: [ApiPath; 6] = [
        ApiPath::PublicTime,
        ApiPath::AccountConfig,
        ApiPath::AccountBalance,
        ApiPath::InstrumentsSpot,
        ApiPath::InstrumentsSwap,
        ApiPath::FundingBalances,
    ];

    /// The request path with its fixed query string, exactly as sent and signed (nothing is
    /// ever added to it).
    pub fn path(self) -> &'static str {
        match self {
            ApiPath::PublicTime => "/api/v5/public/time",
            ApiPath::AccountConfig => "/api/v5/account/config",
            ApiPath::AccountBalance => "/api/v5/account/balance",
            ApiPath::InstrumentsSpot => "/api/v5/account/instruments?instType=SPOT&instId=BTC-USDT",
            ApiPath::InstrumentsSwap => "/api/v5/account/instruments?instType=SWAP&instId=BTC-USDT-SWAP",
            ApiPath::FundingBalances => "/api/v5/asset/balances",
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
    fn the_allowlist_is_exactly_six_read_only_gets() {
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
                ("GET", "/api/v5/account/instruments?instType=SPOT&instId=BTC-USDT", true),
                (
                    "GET",
                    "/api/v5/account/instruments?instType=SWAP&instId=BTC-USDT-SWAP",
                    true
                ),
                ("GET", "/api/v5/asset/balances", true),
            ]
        );
        for p in ApiPath::ALL {
            for banned in ["trade", "order", "transfer", "withdraw", "deposit", "set-", "position"] {
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
