//! The connection test: signed, read-only OKX requests, turned into a [`Verification`].
//!
//! At most two sequential round trips on the normal path:
//! 1. `GET /api/v5/public/time` — OKX is reachable; clock skew = OKX's time minus the middle of
//!    our request.
//! 2. `account/config` and `account/balance` together, signed with the OKX-corrected time.
//!
//! Beyond that, only to explain a failure: on 50119 ("API key doesn't exist") the other
//! sites are asked (concurrently) whether the key is theirs; on 50101 (demo/live mismatch) the
//! same host is asked once more in the other mode. [`verify`] never fails: every failure
//! becomes a [`Problem`] in the result, with the checklist showing what passed.

mod findings;
#[cfg(test)]
mod tests;

pub use findings::{check_title, skew_words, CHECK_ORDER, CLOCK_LIMIT_MS, CLOCK_WARN_MS};

use crate::bots::{BotKind, Market};
use crate::credentials::Credentials;
use crate::error::{Problem, ProblemKind, Result};
use crate::okx::client::{ClientOptions, OkxClient, BODY_CAP};
use crate::okx::responses::{AccountBalance, AccountConfig, FundingBalance};
use crate::okx::sign::now_unix_ms;
use crate::okx::ApiPath;
use crate::okx::{Endpoint, Site};
use crate::outcome::{CheckId, CheckStatus, Verification};
use crate::readiness::{decide, Facts};
use crate::t;
use findings::Report;
use std::time::Duration;
use tokio::time::Instant;

/// How to run a connection test.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerifyOptions {
    /// The site the user chose (or, with `auto_site`, the one to try first).
    pub site: Site,
    /// Find the key's site (`verify` and `save` without `--site`, or `--site auto`): if the key
    /// belongs to another site, that site becomes the result's site and it is not a problem.
    /// Off by default: the window and `--site X` name the site the bot will use, so a key from
    /// another site is reported as `wrong_site`.
    pub auto_site: bool,
    /// Test as a Demo Trading key (`x-simulated-trading: 1`).
    pub demo: bool,
    /// What was trimmed from the pasted values, copied into the result.
    pub trimmed: Vec<crate::credentials::TrimNote>,
    /// Time allowed for one request (default 10 s).
    pub request_timeout: Duration,
    /// Time allowed for the whole test, including retries on other sites (default 15 s).
    pub total_timeout: Duration,
    /// HTTP clients shared with the other tests of a run (`check`); none: its own.
    pub http_pool: Option<crate::okx::client::HttpPool>,
    /// Where a saved key was made: it is sent only there ([`Endpoint::admits`]). None for a
    /// key not saved yet (pasted), which may be tested anywhere the settings point.
    pub origin: Option<crate::okx::KeyOrigin>,
    /// The bot and market to check the account's readiness for (`--bot`, Step 10's choice, a
    /// saved key's choice); None: no readiness requests, `readiness` is null.
    pub readiness: Option<(BotKind, Market)>,
}

impl Default for VerifyOptions {
    fn default() -> Self {
        VerifyOptions {
            site: Site::Global,
            auto_site: false,
            demo: false,
            trimmed: Vec::new(),
            request_timeout: Duration::from_secs(10),
            total_timeout: Duration::from_secs(15),
            http_pool: None,
            origin: None,
            readiness: None,
        }
    }
}

/// Where each site's requests go; [`verify`] uses [`Endpoint::for_site`] (real hosts, or the
/// loopback overrides from the environment).
pub type EndpointFor<'a> = &'a (dyn Fn(Site) -> Result<Endpoint> + Send + Sync);

/// Runs the connection test. `progress` is called as each stage starts: [`CheckId::Reach`],
/// [`CheckId::Clock`], [`CheckId::Auth`] (the later checks are decided from the answers of the
/// Auth stage). Never returns an error: see the result's `problems` and `checks`.
pub async fn verify(
    creds: &Credentials,
    opts: &VerifyOptions,
    progress: &(dyn Fn(CheckId) + Send + Sync),
) -> Verification {
    verify_with(creds, opts, &Endpoint::for_site, progress).await
}

/// [`verify`] with the site-to-endpoint mapping given (tests point sites at loopback servers
/// without touching the environment).
pub async fn verify_with(
    creds: &Credentials,
    opts: &VerifyOptions,
    endpoints: EndpointFor<'_>,
    progress: &(dyn Fn(CheckId) + Send + Sync),
) -> Verification {
    let deadline = Instant::now() + opts.total_timeout;
    let mut r = Report::new(
        creds,
        opts.site,
        opts.site.api_host().to_owned(),
        opts.demo,
        opts.trimmed.clone(),
    );

    if let Some(p) = empty_field(creds) {
        r.problem(CheckId::Auth, p);
        return r.finish(false);
    }
    let endpoint = match endpoints(opts.site).and_then(|e| match opts.origin {
        Some(origin) => e.admits(origin).map(|()| e),
        None => Ok(e),
    }) {
        Ok(e) => e,
        Err(p) => {
            r.problem(CheckId::Reach, p);
            return r.finish(false);
        }
    };
    r.v.api_host = endpoint.api_host.clone();
    let copts = ClientOptions {
        request_timeout: opts.request_timeout,
        body_cap: BODY_CAP,
        pool: opts.http_pool.clone(),
    };
    let client = match OkxClient::new(endpoint.clone(), opts.demo, copts.clone()) {
        Ok(c) => c,
        Err(p) => {
            r.problem(CheckId::Reach, p);
            return r.finish(false);
        }
    };

    // 1. One round trip in the common case: OKX's time and the signed calls go together, the
    // calls signed with this computer's clock. Only when OKX refuses that timestamp (50102:
    // more than 30 s off) are they signed again with OKX's time, a second round trip.
    progress(CheckId::Reach);
    let market = opts.readiness.map(|(_, m)| m);
    let before = now_unix_ms();
    let (time, first) = tokio::join!(
        within(deadline, opts.total_timeout, client.server_time()),
        within(deadline, opts.total_timeout, async {
            Ok(signed_all(&client, creds, 0, market).await)
        }),
    );
    let after = now_unix_ms();
    let server_ms = match time {
        Ok(ms) => ms,
        Err(p) => {
            r.problem(CheckId::Reach, p);
            return r.finish(false);
        }
    };
    r.pass(CheckId::Reach, t!("verify-reach-pass", host = &endpoint.api_host));
    progress(CheckId::Clock);
    let skew = server_ms.saturating_sub(before / 2 + after / 2);
    r.clock(skew);

    // 2. The signed calls' answers (signed again with OKX's time if the clock was refused).
    progress(CheckId::Auth);
    let refused_clock = |all: &Answers| matches!(&all.cfg, Err(p) if p.okx_code.as_deref() == Some("50102"));
    let answers = match first {
        Ok(all) if !refused_clock(&all) => Ok(all),
        Ok(_) => {
            within(deadline, opts.total_timeout, async {
                Ok(signed_all(&client, creds, skew, market).await)
            })
            .await
        }
        Err(p) => Err(p),
    };
    let Answers { cfg, bal, ready } = match answers {
        Ok(all) => all,
        Err(p) => {
            r.problem(CheckId::Auth, p);
            return r.finish(false);
        }
    };
    let auth_problem = match cfg {
        Ok(cfg) => {
            r.pass(CheckId::Auth, t!("verify-auth-pass", site = opts.site.display_name()));
            r.v.site_detected = opts.auto_site;
            if let (Some((bot, market)), Some((listed, funding))) = (opts.readiness, ready) {
                let facts = Facts::gather(opts.site, opts.demo, &cfg, Some(&bal), listed, funding);
                r.v.readiness = Some(decide(bot, market, &facts));
            }
            r.account(&cfg, bal, opts.demo);
            return r.finish(true);
        }
        Err(p) => p,
    };

    match auth_problem.okx_code.as_deref() {
        Some("50119") => {
            let found = find_other_site(creds, opts, endpoints, &endpoint, skew, deadline, &copts).await;
            match found {
                Found::At(site, ep, cfg, bal) if opts.auto_site => {
                    r.v.site = site;
                    r.v.api_host = ep.api_host.clone();
                    r.v.site_detected = true;
                    r.pass(CheckId::Auth, t!("verify-auth-pass-found", site = site.display_name()));
                    // The readiness requests went to the first site; ask the key's own site
                    // (one more round trip, only when the site had to be found).
                    if let Some((bot, market)) = opts.readiness {
                        let found_here = OkxClient::new(*ep.clone(), opts.demo, copts.clone());
                        let (listed, funding) = match found_here {
                            Ok(c) => {
                                let asked = within(deadline, opts.total_timeout, async {
                                    Ok(signed_all(&c, creds, skew, Some(market)).await.ready)
                                })
                                .await;
                                match asked {
                                    Ok(Some(pair)) => pair,
                                    Ok(None) => unreachable_readiness(),
                                    Err(p) => (Err(p.clone()), Err(p)),
                                }
                            }
                            Err(p) => (Err(p.clone()), Err(p)),
                        };
                        let facts = Facts::gather(site, opts.demo, &cfg, Some(&bal), listed, funding);
                        r.v.readiness = Some(decide(bot, market, &facts));
                    }
                    r.account(&cfg, bal, opts.demo);
                    r.finish(true)
                }
                Found::At(site, _, cfg, bal) => {
                    r.problem(CheckId::Auth, wrong_site(opts.site, site));
                    r.v.works_with = Some(crate::outcome::WorksWith { site, demo: opts.demo });
                    r.account(&cfg, bal, opts.demo);
                    r.finish(false)
                }
                Found::NowhereElse => {
                    let mut p = auth_problem;
                    p.message = t!("problem-unknown-key-nowhere", site = opts.site.display_name());
                    r.problem(CheckId::Auth, p);
                    r.finish(false)
                }
                Found::Unknown => {
                    r.problem(CheckId::Auth, auth_problem);
                    r.finish(false)
                }
            }
        }
        Some("50101") => {
            let other = client.with_demo(!opts.demo);
            match within(deadline, opts.total_timeout, async {
                Ok(signed_pair(&other, creds, skew).await)
            })
            .await
            {
                Ok((Ok(cfg), bal)) => {
                    r.problem(CheckId::Auth, demo_mismatch(opts.demo));
                    r.v.works_with = Some(crate::outcome::WorksWith {
                        site: opts.site,
                        demo: !opts.demo,
                    });
                    r.account(&cfg, bal, !opts.demo);
                    r.finish(false)
                }
                Ok((Err(p2), _)) => {
                    r.problem(CheckId::Auth, auth_problem);
                    if p2.kind != ProblemKind::DemoMismatch {
                        r.add_problem(p2);
                    }
                    r.finish(false)
                }
                Err(_) => {
                    r.problem(CheckId::Auth, auth_problem);
                    r.finish(false)
                }
            }
        }
        _ => {
            r.problem(CheckId::Auth, auth_problem);
            r.finish(false)
        }
    }
}

/// The readiness answers when none came back (never: a market was given); kept as a problem
/// rather than a panic.
fn unreachable_readiness() -> (Result<bool>, Result<Vec<FundingBalance>>) {
    let p = Problem::from_text(ProblemKind::Internal, t!("problem-internal"));
    (Err(p.clone()), Err(p))
}

/// What the signed requests of the common path answered.
struct Answers {
    cfg: Result<AccountConfig>,
    bal: Result<AccountBalance>,
    /// With a market: whether the account lists it, and the Funding account.
    ready: Option<(Result<bool>, Result<Vec<FundingBalance>>)>,
}

/// `account/config` and `account/balance`, and with a market the two readiness requests, all
/// concurrently (one round trip), signed with our clock plus `skew`.
async fn signed_all(client: &OkxClient, creds: &Credentials, skew: i64, market: Option<Market>) -> Answers {
    let readiness = async {
        match market {
            Some(m) => {
                let path = match m {
                    Market::Spot => ApiPath::InstrumentsSpot,
                    Market::Swap => ApiPath::InstrumentsSwap,
                };
                let (listed, funding) = tokio::join!(
                    client.lists_instrument(path, creds, skew),
                    client.funding_balances(creds, skew)
                );
                Some((listed, funding))
            }
            None => None,
        }
    };
    let ((cfg, bal), ready) = tokio::join!(signed_pair(client, creds, skew), readiness);
    Answers { cfg, bal, ready }
}

/// `account/config` and `account/balance`, concurrently, signed with OKX-corrected time.
async fn signed_pair(
    client: &OkxClient,
    creds: &Credentials,
    skew: i64,
) -> (Result<AccountConfig>, Result<AccountBalance>) {
    tokio::join!(client.account_config(creds, skew), client.account_balance(creds, skew))
}

/// Runs `fut` unless the whole test's deadline passes first.
async fn within<T>(deadline: Instant, total: Duration, fut: impl std::future::Future<Output = Result<T>>) -> Result<T> {
    match tokio::time::timeout_at(deadline, fut).await {
        Ok(r) => r,
        Err(_) => Err(Problem::from_text(
            ProblemKind::Timeout,
            t!(
                "problem-timeout-whole-test",
                seconds = crate::okx::transport::whole_seconds(total)
            ),
        )),
    }
}

enum Found {
    /// The key works on this other site.
    At(Site, Box<Endpoint>, Box<AccountConfig>, Result<AccountBalance>),
    /// Every other site answered, and none knows the key.
    NowhereElse,
    /// Some site could not be asked (not reachable, timed out, or not comparable).
    Unknown,
}

/// Asks every other site (concurrently) whether the key is theirs. Only sites of the same
/// kind are asked: a test against the loopback simulator never sends the key to real OKX,
/// and a real test never to a loopback address.
async fn find_other_site(
    creds: &Credentials,
    opts: &VerifyOptions,
    endpoints: EndpointFor<'_>,
    primary: &Endpoint,
    skew: i64,
    deadline: Instant,
    copts: &ClientOptions,
) -> Found {
    let others = opts.site.others();
    let candidates: Vec<OkxClient> = others
        .iter()
        .filter_map(|s| endpoints(*s).ok())
        .filter(|e| e.is_override == primary.is_override)
        .filter_map(|e| OkxClient::new(e, opts.demo, copts.clone()).ok())
        .collect();
    let asked = candidates.len();
    let probes = candidates.into_iter().map(|c| async move {
        let pair = signed_pair(&c, creds, skew).await;
        (c, pair)
    });
    let answers = match tokio::time::timeout_at(deadline, futures_util::future::join_all(probes)).await {
        Ok(answers) => answers,
        Err(_) => return Found::Unknown,
    };
    let mut definite_no = 0;
    // In the table's order, so the answer does not depend on which site answered first.
    for (client, (cfg, bal)) in answers {
        match cfg {
            Ok(cfg) => {
                return Found::At(
                    client.endpoint().site,
                    Box::new(client.endpoint().clone()),
                    Box::new(cfg),
                    bal,
                )
            }
            Err(p) if p.okx_code.is_some() => definite_no += 1,
            Err(_) => {}
        }
    }
    if asked == others.len() && definite_no == asked {
        Found::NowhereElse
    } else {
        Found::Unknown
    }
}

fn wrong_site(chosen: Site, actual: Site) -> Problem {
    Problem::from_text(
        ProblemKind::WrongSite,
        t!(
            "problem-wrong-site",
            actual = actual.display_name(),
            chosen = chosen.display_name(),
            id = actual.as_str()
        ),
    )
    .with_okx_code("50119")
}

fn demo_mismatch(tested_as_demo: bool) -> Problem {
    let text = if tested_as_demo {
        t!("problem-demo-mismatch-live-key")
    } else {
        t!("problem-demo-mismatch-demo-key")
    };
    Problem::from_text(ProblemKind::DemoMismatch, text).with_okx_code("50101")
}

/// The three values must be there before anything is sent.
fn empty_field(creds: &Credentials) -> Option<Problem> {
    // Which values are empty, as the key the message chooses its words by.
    let fields = match (
        creds.api_key.is_empty(),
        creds.secret_key.is_empty(),
        creds.passphrase.is_empty(),
    ) {
        (false, false, false) => return None,
        (true, false, false) => "api-key",
        (false, true, false) => "secret-key",
        (false, false, true) => "passphrase",
        (true, true, false) => "api-key-secret-key",
        (true, false, true) => "api-key-passphrase",
        (false, true, true) => "secret-key-passphrase",
        (true, true, true) => "all",
    };
    Some(Problem::from_text(
        ProblemKind::MalformedInput,
        t!("problem-malformed-input-empty", fields = fields),
    ))
}

/// The status of a check in a result (for callers and tests).
pub fn check_status(v: &Verification, id: CheckId) -> Option<CheckStatus> {
    v.checks.iter().find(|c| c.id == id).map(|c| c.status)
}
