//! Python bots: a short program with ccxt or with python-okx that reads the key either from the
//! keychain (Python's `keyring`, the item layout of the README's "For bot authors") or from the
//! environment `run` gives it (the generic profile: `OKX_API_KEY`, `OKX_SECRET_KEY`,
//! `OKX_PASSPHRASE`, `OKX_API_BASE_URL`, `OKX_DEMO`). The site picks ccxt's class (`okx`,
//! `myokx`, `okxus`, or `okx` with `hostname` for OKX TR) or python-okx's `domain=`; the mode
//! picks `set_sandbox_mode(True)` or python-okx's `flag` ("1" Demo Trading, "0" live).
//! The programs make one signed, read-only GET (the balance) and print OKX's code ("0" = works);
//! the environment variant follows `OKX_API_BASE_URL`, so it talks to the host `run` tested
//! (and, in tests, to the practice simulator: `tests/bots_recipes.rs` runs it as generated).

use super::{facts, run_line, Recipe};
use crate::keychain::SERVICE;
use crate::run::profile::{Profile, Value};
use crate::t;

/// The `import` lines and the keychain read, shared by both programs.
fn keyring_read(label: &str) -> String {
    format!("key = json.loads(keyring.get_password(\"{SERVICE}\", \"{label}\"))\n")
}

pub(super) fn fill_ccxt(r: &mut Recipe) {
    let (class, hostname) = facts::ccxt_class(r.site);
    r.value("ccxt-class", t!("bot-value-ccxt-class"), format!("ccxt.{class}"));
    if let Some(h) = hostname {
        r.value("hostname", t!("bot-value-hostname"), h);
    }
    if r.demo {
        r.value("sandbox", t!("bot-value-sandbox"), "exchange.set_sandbox_mode(True)");
    }
    r.steps.push(t!("bot-python-step-install", packages = "ccxt keyring"));
    r.steps.push(t!("bot-python-step-keyring"));
    r.steps.push(t!("bot-python-step-env"));
    r.steps.push(t!("bot-ccxt-step-password"));
    r.block(
        "keyring",
        t!("bot-code-keyring"),
        "python",
        ccxt_program(class, hostname, r.demo, Some(&r.label)),
    );
    r.block(
        "env",
        t!("bot-code-env"),
        "python",
        ccxt_program(class, hostname, r.demo, None),
    );
    r.block(
        "run",
        t!("bot-code-run"),
        "shell",
        run_line(&r.label, None, "python3 bot.py"),
    );
}

/// The ccxt program; `label` reads the keychain, `None` reads `run`'s environment.
fn ccxt_program(class: &str, hostname: Option<&str>, demo: bool, label: Option<&str>) -> String {
    let mut s = String::new();
    let (api_key, secret, passphrase) = match label {
        Some(label) => {
            s.push_str("import json\n\nimport ccxt\nimport keyring\n\n");
            s.push_str(&keyring_read(label));
            (
                "key[\"api_key\"]".to_owned(),
                "key[\"secret_key\"]".to_owned(),
                "key[\"passphrase\"]".to_owned(),
            )
        }
        None => {
            s.push_str("import os\n\nimport ccxt\n\n");
            (
                environ(Value::ApiKey),
                environ(Value::SecretKey),
                environ(Value::Passphrase),
            )
        }
    };
    s.push_str(&format!("exchange = ccxt.{class}({{\n"));
    s.push_str(&format!("    \"apiKey\": {api_key},\n"));
    s.push_str(&format!("    \"secret\": {secret},\n"));
    s.push_str(&format!("    \"password\": {passphrase},  # the API passphrase\n"));
    if let Some(h) = hostname {
        s.push_str(&format!("    \"hostname\": \"{h}\",\n"));
    }
    s.push_str("})\n");
    if demo {
        s.push_str("exchange.set_sandbox_mode(True)  # Demo Trading\n");
    }
    if label.is_none() {
        // The host the key was tested on (the site's own, or the practice simulator).
        s.push_str("exchange.urls[\"api\"][\"rest\"] = os.environ[\"OKX_API_BASE_URL\"]\n");
    }
    s.push_str("# One signed, read-only request: OKX answers code \"0\" when the key works.\n");
    s.push_str("print(exchange.private_get_account_balance()[\"code\"])\n");
    s
}

pub(super) fn fill_python_okx(r: &mut Recipe) {
    let domain = facts::python_okx_domain(r.site);
    let flag = facts::python_okx_flag(r.demo);
    r.value("domain", t!("bot-value-domain"), domain.clone());
    r.value("flag", t!("bot-value-flag"), flag);
    r.steps
        .push(t!("bot-python-step-install", packages = "python-okx keyring"));
    r.steps.push(t!("bot-python-step-keyring"));
    r.steps.push(t!("bot-python-step-env"));
    r.steps.push(t!("bot-python-okx-step-flag"));
    r.block(
        "keyring",
        t!("bot-code-keyring"),
        "python",
        python_okx_program(&domain, flag, Some(&r.label)),
    );
    r.block(
        "env",
        t!("bot-code-env"),
        "python",
        python_okx_program(&domain, flag, None),
    );
    r.block(
        "run",
        t!("bot-code-run"),
        "shell",
        run_line(&r.label, None, "python3 bot.py"),
    );
}

/// The python-okx program; `label` reads the keychain, `None` reads `run`'s environment (whose
/// `OKX_API_BASE_URL` and `OKX_DEMO` carry the domain and the flag).
fn python_okx_program(domain: &str, flag: &str, label: Option<&str>) -> String {
    let mut s = String::new();
    let (api_key, secret, passphrase, domain, flag) = match label {
        Some(label) => {
            s.push_str("import json\n\nimport keyring\nimport okx.Account as Account\n\n");
            s.push_str(&keyring_read(label));
            (
                "key[\"api_key\"]".to_owned(),
                "key[\"secret_key\"]".to_owned(),
                "key[\"passphrase\"]".to_owned(),
                format!("\"{domain}\""),
                format!("\"{flag}\""),
            )
        }
        None => {
            s.push_str("import os\n\nimport okx.Account as Account\n\n");
            (
                environ(Value::ApiKey),
                environ(Value::SecretKey),
                environ(Value::Passphrase),
                environ(Value::ApiBaseUrl),
                environ(Value::DemoFlag),
            )
        }
    };
    s.push_str("account = Account.AccountAPI(\n");
    s.push_str(&format!("    api_key={api_key},\n"));
    s.push_str(&format!("    api_secret_key={secret},\n"));
    s.push_str(&format!("    passphrase={passphrase},\n"));
    s.push_str(&format!("    flag={flag},  # \"1\" Demo Trading, \"0\" live\n"));
    s.push_str(&format!("    domain={domain},\n"));
    s.push_str("    debug=False,\n");
    s.push_str(")\n");
    s.push_str("# One signed, read-only request: OKX answers code \"0\" when the key works.\n");
    s.push_str("print(account.get_account_balance()[\"code\"])\n");
    s
}

/// `os.environ["NAME"]` for the variable `run`'s generic profile hands `value` over in.
fn environ(value: Value) -> String {
    format!("os.environ[\"{}\"]", Profile::Generic.name_of(value))
}
