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
//! help                     these lines
//! ```
//!
//! KEY is the practice key's API key or its short name (`good`, `no-ip`, …). Each command answers
//! one line, `ok: …` or `error: …`.

use super::accounts::{KeyState, SimAccount};
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
    Help,
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
        | Command::Restore { key } => key,
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
        // Answered above.
        Command::Help => String::new(),
    };
    Ok(format!("{what} for {}", a.name))
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
