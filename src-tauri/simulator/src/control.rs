//! Changing a practice key while the simulator runs, so drift and deletion can be shown end to
//! end: one command per line, on `simulate`'s standard input, or through
//! [`Simulator::control`](crate::Simulator::control) / [`Controller`] in a test. There is no
//! network control: nothing but this process (and whoever types into its terminal) can change
//! a key.
//!
//! ```text
//! withdraw on KEY          the key can withdraw now (off: it cannot)
//! trade off KEY            the key loses Trade (on: it has it again)
//! ip KEY 1.2.3.4,5.6.7.8   the IPs bound to the key (none: no binding)
//! label KEY NEW_NAME       the key's name (note) on OKX
//! delete KEY               OKX deleted the key: it answers 50111
//! restore KEY              the key works again (undoes delete)
//! mode KEY spot|futures|multi|portfolio    the account mode (acctLv 1, 2, 3, 4)
//! posmode KEY net|long-short               the position mode (net_mode, long_short_mode)
//! funds KEY trading|funding|none           all the money to Trading, to Funding, or none
//! help                     these lines
//! ```
//!
//! As on OKX, portfolio margin allows the net position mode only: `posmode KEY long-short` on a
//! portfolio-margin account, and `mode KEY portfolio` on a long/short account, are refused.
//!
//! KEY is the practice key's API key or its short name (`good`, `no-ip`, …). Each command answers
//! one line, `ok: …` or `error: …`.

use super::accounts::{AcctMode, KeyState, PosMode, SimAccount, SimCurrency};
use super::server::Shared;
use std::net::IpAddr;
use std::sync::Arc;

/// The commands, for `help` and the banner.
pub const HELP: &str = "\
  withdraw on|off KEY        turn the key's Withdraw permission on or off
  trade on|off KEY           turn the key's Trade permission on or off
  ip KEY IP[,IP...]|none     bind the key to these IPs (none: no binding)
  label KEY NAME             rename the key on OKX
  delete KEY                 OKX deleted the key (it answers 50111)
  restore KEY                the key works again
  mode KEY spot|futures|multi|portfolio
                             the account mode (acctLv 1 Spot, 2 Futures, 3 Multi-currency
                             margin, 4 Portfolio margin)
  posmode KEY net|long-short the position mode (Buy/sell or Long/short; portfolio margin: net only)
  funds KEY trading|funding|none
                             move all the account's money to Trading, to Funding, or empty both
  (KEY: the API key or the practice key's short name, e.g. good)
";

/// One change to a practice key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    Withdraw { key: String, on: bool },
    Trade { key: String, on: bool },
    Ip { key: String, ips: Vec<String> },
    Label { key: String, label: String },
    Delete { key: String },
    Restore { key: String },
    Mode { key: String, mode: AcctMode },
    PosMode { key: String, pos: PosMode },
    Funds { key: String, to: FundsTo },
    Help,
}

/// Where `funds` puts the account's money.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FundsTo {
    Trading,
    Funding,
    None,
}

/// Parses one line. The error says what is wrong, in one line.
pub fn parse(line: &str) -> Result<Command, String> {
    let words: Vec<&str> = line.split_whitespace().collect();
    let on_off = |w: &str| match w {
        "on" => Ok(true),
        "off" => Ok(false),
        _ => Err(format!("expected on or off, not {w:?}")),
    };
    match words.as_slice() {
        ["help"] => Ok(Command::Help),
        ["withdraw", state, key] => Ok(Command::Withdraw {
            key: (*key).to_owned(),
            on: on_off(state)?,
        }),
        ["trade", state, key] => Ok(Command::Trade {
            key: (*key).to_owned(),
            on: on_off(state)?,
        }),
        ["ip", key, list] => {
            let ips = if *list == "none" {
                Vec::new()
            } else {
                list.split(',')
                    .map(|ip| {
                        ip.trim()
                            .parse::<IpAddr>()
                            .map(|a| a.to_string())
                            .map_err(|_| format!("{ip:?} is not an IP address"))
                    })
                    .collect::<Result<Vec<_>, _>>()?
            };
            Ok(Command::Ip {
                key: (*key).to_owned(),
                ips,
            })
        }
        ["label", key, name @ ..] if !name.is_empty() => Ok(Command::Label {
            key: (*key).to_owned(),
            label: name.join(" "),
        }),
        ["delete", key] => Ok(Command::Delete { key: (*key).to_owned() }),
        ["restore", key] => Ok(Command::Restore { key: (*key).to_owned() }),
        ["mode", key, mode] => Ok(Command::Mode {
            key: (*key).to_owned(),
            mode: match *mode {
                "spot" => AcctMode::Spot,
                "futures" => AcctMode::Futures,
                "multi" => AcctMode::MultiCurrency,
                "portfolio" => AcctMode::Portfolio,
                _ => return Err(format!("expected spot, futures, multi or portfolio, not {mode:?}")),
            },
        }),
        ["posmode", key, pos] => Ok(Command::PosMode {
            key: (*key).to_owned(),
            pos: match *pos {
                "net" => PosMode::Net,
                "long-short" => PosMode::LongShort,
                _ => return Err(format!("expected net or long-short, not {pos:?}")),
            },
        }),
        ["funds", key, to] => Ok(Command::Funds {
            key: (*key).to_owned(),
            to: match *to {
                "trading" => FundsTo::Trading,
                "funding" => FundsTo::Funding,
                "none" => FundsTo::None,
                _ => return Err(format!("expected trading, funding or none, not {to:?}")),
            },
        }),
        [] => Err("an empty line; try help".to_owned()),
        _ => Err("unknown command; try help".to_owned()),
    }
}

/// Applies `cmd` to the key it names among `accounts`; says what changed.
pub fn apply(cmd: &Command, accounts: &mut [SimAccount]) -> Result<String, String> {
    let key = match cmd {
        Command::Help => return Ok(format!("commands:\n{}", HELP.trim_end())),
        Command::Withdraw { key, .. }
        | Command::Trade { key, .. }
        | Command::Ip { key, .. }
        | Command::Label { key, .. }
        | Command::Delete { key }
        | Command::Restore { key }
        | Command::Mode { key, .. }
        | Command::PosMode { key, .. }
        | Command::Funds { key, .. } => key,
    };
    let a = accounts
        .iter_mut()
        .find(|a| a.api_key == *key || a.name == *key)
        .ok_or_else(|| "no practice key with that API key or name".to_owned())?;
    let what = match cmd {
        Command::Withdraw { on, .. } => {
            set_perm(a, "withdraw", *on);
            format!("withdraw {}", if *on { "on" } else { "off" })
        }
        Command::Trade { on, .. } => {
            set_perm(a, "trade", *on);
            format!("trade {}", if *on { "on" } else { "off" })
        }
        Command::Ip { ips, .. } => {
            a.ips = ips.clone();
            format!(
                "IPs {}",
                if ips.is_empty() {
                    "none".to_owned()
                } else {
                    ips.join(",")
                }
            )
        }
        Command::Label { label, .. } => {
            a.label = label.clone();
            format!("label {label}")
        }
        Command::Delete { .. } => {
            a.state = KeyState::Deleted;
            "deleted".to_owned()
        }
        Command::Restore { .. } => {
            a.state = KeyState::Active;
            "restored".to_owned()
        }
        Command::Mode { mode, .. } => {
            if *mode == AcctMode::Portfolio && a.pos_mode == PosMode::LongShort {
                return Err(format!(
                    "{} is in Long/short mode; portfolio margin allows Buy/sell (net) mode only: posmode {} net first",
                    a.name, a.name
                ));
            }
            a.acct_mode = *mode;
            format!("account mode {} (acctLv {})", mode.name(), mode.acct_lv())
        }
        Command::PosMode { pos, .. } => {
            if *pos == PosMode::LongShort && a.acct_mode == AcctMode::Portfolio {
                return Err(format!(
                    "{} is in portfolio margin, which allows Buy/sell (net) mode only",
                    a.name
                ));
            }
            a.pos_mode = *pos;
            format!("position mode {} ({})", pos.name(), pos.as_okx())
        }
        Command::Funds { to, .. } => {
            let all = merge(std::mem::take(&mut a.balances), std::mem::take(&mut a.funding));
            match to {
                FundsTo::Trading => a.balances = all,
                FundsTo::Funding => a.funding = all,
                FundsTo::None => {}
            }
            a.total_eq = total_usd(&a.balances);
            match to {
                FundsTo::Trading => format!("all money in the Trading account (totalEq {})", a.total_eq),
                FundsTo::Funding => "all money in the Funding account, Trading empty".to_owned(),
                FundsTo::None => "no money in Trading or Funding".to_owned(),
            }
        }
        // Answered above.
        Command::Help => String::new(),
    };
    Ok(format!("{what} for {}", a.name))
}

/// Both lists as one, a currency held in both summed.
fn merge(mut into: Vec<SimCurrency>, from: Vec<SimCurrency>) -> Vec<SimCurrency> {
    for c in from {
        match into.iter_mut().find(|x| x.ccy == c.ccy) {
            Some(x) => {
                x.eq = add_amounts(&x.eq, &c.eq);
                x.eq_usd = add_amounts(&x.eq_usd, &c.eq_usd);
            }
            None => into.push(c),
        }
    }
    into
}

/// The Trading account's `totalEq`: the sum of the currencies' USD values.
fn total_usd(balances: &[SimCurrency]) -> String {
    balances
        .iter()
        .fold("0".to_owned(), |sum, c| add_amounts(&sum, &c.eq_usd))
}

/// The sum of two decimal strings, to 8 places without trailing zeros (an unreadable one
/// counts as 0; practice amounts are small and have at most 8 decimals).
fn add_amounts(a: &str, b: &str) -> String {
    let n = |s: &str| s.trim().parse::<f64>().unwrap_or(0.0);
    let s = format!("{:.8}", n(a) + n(b));
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s.is_empty() || s == "-0" {
        "0".to_owned()
    } else {
        s.to_owned()
    }
}

fn set_perm(a: &mut SimAccount, perm: &str, on: bool) {
    let mut parts: Vec<String> = a
        .perms()
        .into_iter()
        .filter(|p| *p != perm)
        .map(str::to_owned)
        .collect();
    if on {
        parts.push(perm.to_owned());
    }
    a.perm = parts.join(",");
}

/// Changes the practice keys of one running simulator from any thread (a test's). Cloning it is
/// cheap; it does not keep the simulator running.
#[derive(Clone)]
pub struct Controller {
    pub(crate) shared: Arc<Shared>,
}

impl Controller {
    /// Parses and applies one command line: `ok: …` or `error: …` as `simulate` prints it.
    pub fn apply(&self, line: &str) -> Result<String, String> {
        let cmd = parse(line)?;
        let mut accounts = self
            .shared
            .accounts
            .write()
            .map_err(|_| "the simulator's keys are unavailable".to_owned())?;
        apply(&cmd, &mut accounts)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::accounts::practice_accounts;

    #[test]
    fn parses_every_command_and_refuses_the_rest() {
        assert_eq!(
            parse("withdraw on good"),
            Ok(Command::Withdraw {
                key: "good".into(),
                on: true
            })
        );
        assert_eq!(
            parse("  ip good 1.2.3.4,::1 "),
            Ok(Command::Ip {
                key: "good".into(),
                ips: vec!["1.2.3.4".into(), "::1".into()]
            })
        );
        assert_eq!(
            parse("ip good none"),
            Ok(Command::Ip {
                key: "good".into(),
                ips: vec![]
            })
        );
        assert_eq!(
            parse("label good My new bot"),
            Ok(Command::Label {
                key: "good".into(),
                label: "My new bot".into()
            })
        );
        assert_eq!(parse("delete good"), Ok(Command::Delete { key: "good".into() }));
        assert_eq!(parse("restore good"), Ok(Command::Restore { key: "good".into() }));
        for bad in [
            "",
            "withdraw maybe good",
            "ip good 1.2.3",
            "label good",
            "rm good",
            "delete",
        ] {
            assert!(parse(bad).is_err(), "{bad:?}");
        }
    }

    fn acct<'a>(accounts: &'a [SimAccount], name: &str) -> &'a SimAccount {
        accounts.iter().find(|a| a.name == name).unwrap()
    }

    #[test]
    fn readiness_commands_parse_and_refuse_bad_values() {
        assert_eq!(
            parse("mode good portfolio"),
            Ok(Command::Mode {
                key: "good".into(),
                mode: AcctMode::Portfolio
            })
        );
        assert_eq!(
            parse("posmode good long-short"),
            Ok(Command::PosMode {
                key: "good".into(),
                pos: PosMode::LongShort
            })
        );
        assert_eq!(
            parse("funds good funding"),
            Ok(Command::Funds {
                key: "good".into(),
                to: FundsTo::Funding
            })
        );
        for bad in [
            "mode good simple",
            "mode good",
            "posmode good hedge",
            "funds good savings",
            "funds good",
        ] {
            assert!(parse(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn mode_posmode_and_funds_change_the_account() {
        let mut accounts = practice_accounts();
        let mut run = |line: &str| apply(&parse(line).unwrap(), &mut accounts);
        assert_eq!(
            run("mode good spot").unwrap(),
            "account mode Spot mode (acctLv 1) for good"
        );
        assert_eq!(
            run("posmode good long-short").unwrap(),
            "position mode Long/short mode (long_short_mode) for good"
        );
        // Portfolio margin allows net only, both ways round.
        assert!(run("mode good portfolio").unwrap_err().contains("net"));
        assert!(run("posmode portfolio long-short")
            .unwrap_err()
            .contains("portfolio margin"));
        run("posmode good net").unwrap();
        run("mode good portfolio").unwrap();
        let good = acct(&accounts, "good");
        assert_eq!((good.acct_mode, good.pos_mode), (AcctMode::Portfolio, PosMode::Net));

        let mut run = |line: &str| apply(&parse(line).unwrap(), &mut accounts);
        run("funds funding-only trading").unwrap();
        let a = acct(&accounts, "funding-only");
        assert_eq!((a.total_eq.as_str(), a.funding.len()), ("250", 0));
        assert_eq!(a.balances[0].ccy, "USDT");

        let mut run = |line: &str| apply(&parse(line).unwrap(), &mut accounts);
        // Trading and Funding both hold USDT: summed.
        run("funds multi-currency trading").unwrap();
        let m = acct(&accounts, "multi-currency");
        assert_eq!(m.total_eq, "15552.1");
        assert_eq!(
            (m.balances[0].ccy.as_str(), m.balances[0].eq.as_str()),
            ("USDT", "2620")
        );

        let mut run = |line: &str| apply(&parse(line).unwrap(), &mut accounts);
        run("funds good funding").unwrap();
        let g = acct(&accounts, "good");
        assert_eq!((g.total_eq.as_str(), g.balances.len(), g.funding.len()), ("0", 0, 2));
        let mut run = |line: &str| apply(&parse(line).unwrap(), &mut accounts);
        run("funds good trading").unwrap();
        assert_eq!(acct(&accounts, "good").total_eq, "1234.5678");
        let mut run = |line: &str| apply(&parse(line).unwrap(), &mut accounts);
        run("funds good none").unwrap();
        let g = acct(&accounts, "good");
        assert_eq!((g.total_eq.as_str(), g.balances.len(), g.funding.len()), ("0", 0, 0));
        assert!(apply(&Command::Help, &mut accounts)
            .unwrap()
            .contains("posmode KEY net|long-short"));
    }

    #[test]
    fn changes_the_named_key_only() {
        let mut accounts = practice_accounts();
        let good = accounts.iter().find(|a| a.name == "good").unwrap().api_key.clone();
        let msg = apply(&parse(&format!("withdraw on {good}")).unwrap(), &mut accounts).unwrap();
        assert_eq!(msg, "withdraw on for good");
        let a = accounts.iter().find(|a| a.name == "good").unwrap();
        assert_eq!(a.perms(), ["read_only", "trade", "withdraw"]);
        apply(&parse("withdraw off good").unwrap(), &mut accounts).unwrap();
        apply(&parse("trade off good").unwrap(), &mut accounts).unwrap();
        apply(&parse("ip good 10.0.0.1").unwrap(), &mut accounts).unwrap();
        apply(&parse("delete good").unwrap(), &mut accounts).unwrap();
        let a = accounts.iter().find(|a| a.name == "good").unwrap();
        assert_eq!(a.perms(), ["read_only"]);
        assert_eq!(a.ips, ["10.0.0.1"]);
        assert_eq!(a.state, KeyState::Deleted);
        apply(&parse("restore good").unwrap(), &mut accounts).unwrap();
        assert_eq!(
            accounts.iter().find(|a| a.name == "good").unwrap().state,
            KeyState::Active
        );
        let untouched = practice_accounts();
        for (a, b) in accounts.iter().zip(&untouched).filter(|(a, _)| a.name != "good") {
            assert_eq!(a, b);
        }
        assert!(apply(&parse("delete nobody").unwrap(), &mut accounts).is_err());
        assert!(apply(&Command::Help, &mut accounts)
            .unwrap()
            .contains("withdraw on|off"));
    }
}
