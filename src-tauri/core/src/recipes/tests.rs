//! Every kind × every site × demo and live: the recipe holds nothing secret-looking but the
//! label, names the right class, exchange, sub-domain, domain and flag, and every word it shows
//! is in the catalog.

use super::*;
use crate::catalog::Locale;

const LABEL: &str = "Bot_1";

fn all() -> Vec<Recipe> {
    let mut out = Vec::new();
    for kind in BotKind::ALL {
        for site in Site::ALL {
            for demo in [false, true] {
                out.push(recipe(kind, site, demo, LABEL));
            }
        }
    }
    out
}

/// Everything a recipe shows, as the window gets it.
fn shown(r: &Recipe) -> String {
    serde_json::to_string(r).expect("a recipe serializes")
}

/// Runs of `len` or more characters from `set` (hex for a secret key, a UUID's shape for a key).
fn runs(s: &str, len: usize, set: impl Fn(char) -> bool) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for c in s.chars().chain(std::iter::once(' ')) {
        if set(c) {
            cur.push(c);
        } else {
            if cur.chars().count() >= len {
                out.push(cur.clone());
            }
            cur.clear();
        }
    }
    out
}

#[test]
fn no_recipe_holds_anything_secret_looking() {
    for r in all() {
        let s = shown(&r);
        // A secret key is 32 hex characters; an API key is a UUID (8-4-4-4-12 hex).
        let hex = runs(&s, 16, |c| c.is_ascii_hexdigit());
        assert!(hex.is_empty(), "{:?} {:?}: {hex:?}", r.kind, r.site);
        let uuid = runs(&s, 20, |c| c.is_ascii_hexdigit() || c == '-');
        assert!(uuid.is_empty(), "{:?} {:?}: {uuid:?}", r.kind, r.site);
        // Values and code hold the label, names and hosts; never an assignment of a secret.
        for c in &r.code {
            for bad in [
                "\"key\": \"",
                "\"secret\": \"",
                "\"password\": \"",
                "api_key=\"",
                "passphrase=\"",
            ] {
                let filled = c.code.split(bad).skip(1).any(|rest| !rest.starts_with('"'));
                assert!(!filled, "{:?} {:?} {}: {bad}", r.kind, r.site, c.id);
            }
        }
        assert_eq!(r.label, LABEL);
    }
}

#[test]
fn a_bad_label_becomes_the_placeholder() {
    for kind in BotKind::ALL {
        let r = recipe(kind, Site::Global, false, "x\"; rm -rf / #");
        let s = shown(&r);
        assert!(!s.contains("rm -rf"), "{kind:?}");
        assert_eq!(r.label, LABEL_PLACEHOLDER);
    }
    assert_eq!(recipe(BotKind::Freqtrade, Site::Eea, false, " Bot_1 ").label, LABEL);
}

#[test]
fn freqtrade_names_the_exchange_per_site_and_has_nothing_for_tr() {
    for (site, name) in [(Site::Global, "okx"), (Site::Eea, "myokx"), (Site::Us, "okxus")] {
        let r = recipe(BotKind::Freqtrade, site, false, LABEL);
        assert_eq!(r.value_of("exchange-name"), Some(name));
        let config = r.code_of("config").expect("a config fragment");
        assert!(config.contains(&format!("\"name\": \"{name}\"")), "{config}");
        assert!(config.contains("\"password\": \"\""), "{config}");
        assert_eq!(
            r.code_of("run"),
            Some("okx-key-assistant run Bot_1 --profile freqtrade -- freqtrade trade")
        );
        assert_eq!(r.value_of("env-password"), Some("FREQTRADE__EXCHANGE__PASSWORD"));
        assert_eq!(r.value_of("env-key"), Some("FREQTRADE__EXCHANGE__KEY"));
        assert_eq!(r.value_of("env-secret"), Some("FREQTRADE__EXCHANGE__SECRET"));
        // Docker: the three names without values, through run's freqtrade profile.
        let docker = r.code_of("docker").expect("a Docker line");
        assert!(docker.starts_with("okx-key-assistant run Bot_1 --profile freqtrade -- docker run --rm "));
        for name in ["KEY", "SECRET", "PASSWORD"] {
            assert!(
                docker.contains(&format!(" -e FREQTRADE__EXCHANGE__{name} ")),
                "{docker}"
            );
        }
        assert!(!docker.contains('='), "no value on the command line: {docker}");
    }
    let us = recipe(BotKind::Freqtrade, Site::Us, false, LABEL);
    assert!(us
        .warnings
        .iter()
        .any(|w| w.render_in(&Locale::english()).contains("spot")));
    let tr = recipe(BotKind::Freqtrade, Site::Tr, true, LABEL);
    assert!(tr.values.is_empty() && tr.code.is_empty());
    assert!(tr.warnings[0]
        .render_in(&Locale::english())
        .contains("Freqtrade has nothing for"));
    assert_eq!(recipe(BotKind::Freqtrade, Site::Eea, true, LABEL).warnings.len(), 1);
}

#[test]
fn hummingbot_gets_the_sub_domain_of_the_site() {
    for (site, sub) in [(Site::Global, "www"), (Site::Eea, "my"), (Site::Us, "app")] {
        let r = recipe(BotKind::Hummingbot, site, false, LABEL);
        assert_eq!(r.value_of("sub-domain"), Some(sub));
        assert_eq!(r.credentials.len(), 3);
        assert_eq!(r.code_of("connect"), Some("connect okx"));
    }
    let tr = recipe(BotKind::Hummingbot, Site::Tr, false, LABEL);
    assert!(tr.value_of("sub-domain").is_none() && tr.credentials.is_empty());
    assert_eq!(tr.warnings.len(), 1);
}

#[test]
fn ccxt_uses_the_sites_class_or_hostname_and_sandbox_for_demo() {
    for (site, class) in [
        (Site::Global, "okx"),
        (Site::Eea, "myokx"),
        (Site::Us, "okxus"),
        (Site::Tr, "okx"),
    ] {
        for demo in [false, true] {
            let r = recipe(BotKind::PythonCcxt, site, demo, LABEL);
            assert_eq!(r.value_of("ccxt-class"), Some(format!("ccxt.{class}").as_str()));
            for id in ["keyring", "env"] {
                let code = r.code_of(id).expect("both programs");
                assert!(code.contains(&format!("exchange = ccxt.{class}({{")), "{code}");
                assert!(code.contains("\"password\": "), "{code}");
                assert_eq!(code.contains("set_sandbox_mode(True)"), demo, "{code}");
                assert_eq!(
                    code.contains("\"hostname\": \"tr.okx.com\""),
                    site == Site::Tr,
                    "{code}"
                );
            }
            let keyring = r.code_of("keyring").unwrap_or_default();
            assert!(
                keyring.contains("keyring.get_password(\"okx-key-assistant\", \"Bot_1\")"),
                "{keyring}"
            );
            assert!(r
                .code_of("env")
                .unwrap_or_default()
                .contains("os.environ[\"OKX_SECRET_KEY\"]"));
            assert_eq!(r.code_of("run"), Some("okx-key-assistant run Bot_1 -- python3 bot.py"));
            assert_eq!(r.value_of("sandbox").is_some(), demo);
        }
    }
}

#[test]
fn python_okx_gets_the_domain_and_the_flag() {
    for site in Site::ALL {
        for demo in [false, true] {
            let r = recipe(BotKind::PythonOkx, site, demo, LABEL);
            let domain = format!("https://{}", site.api_host());
            let flag = if demo { "1" } else { "0" };
            assert_eq!(r.value_of("domain"), Some(domain.as_str()));
            assert_eq!(r.value_of("flag"), Some(flag));
            let keyring = r.code_of("keyring").unwrap_or_default();
            assert!(keyring.contains(&format!("domain=\"{domain}\",")), "{keyring}");
            assert!(keyring.contains(&format!("flag=\"{flag}\",")), "{keyring}");
            let env = r.code_of("env").unwrap_or_default();
            assert!(
                env.contains("domain=os.environ[\"OKX_API_BASE_URL\"]")
                    && env.contains("flag=os.environ[\"OKX_DEMO\"]"),
                "{env}"
            );
        }
    }
    assert_eq!(
        recipe(BotKind::PythonOkx, Site::Eea, true, LABEL).value_of("domain"),
        Some("https://eea.okx.com")
    );
}

#[test]
fn the_agent_kit_gets_its_names_site_and_mode() {
    for site in Site::ALL {
        for demo in [false, true] {
            let r = recipe(BotKind::OkxAgent, site, demo, LABEL);
            assert_eq!(
                r.value_of("env-site"),
                Some(format!("OKX_SITE={}", site.as_str()).as_str())
            );
            assert_eq!(
                r.value_of("env-demo"),
                Some(if demo { "OKX_DEMO=1" } else { "OKX_DEMO=0" })
            );
            assert_eq!(r.value_of("env-key"), Some("OKX_API_KEY"));
            assert_eq!(r.value_of("env-secret"), Some("OKX_SECRET_KEY"));
            assert_eq!(r.value_of("env-passphrase"), Some("OKX_PASSPHRASE"));
            assert_eq!(
                r.code_of("run"),
                Some("okx-key-assistant run Bot_1 --profile okx-agent -- okx account balance")
            );
            assert!(r
                .code_of("mcp")
                .unwrap_or_default()
                .contains("\"--profile\", \"okx-agent\""));
            assert_eq!(r.warnings.len(), usize::from(site == Site::Tr));
        }
    }
}

#[test]
fn the_web_platform_asks_for_the_three_values_in_order_and_names_the_site() {
    for site in Site::ALL {
        let r = recipe(BotKind::WebPlatform, site, false, LABEL);
        let fields: Vec<Field> = r.credentials.iter().map(|c| c.field).collect();
        assert_eq!(fields, [Field::ApiKey, Field::SecretKey, Field::Passphrase]);
        assert_eq!(r.value_of("site"), Some(site.web_host()));
        let words: Vec<String> = r.steps.iter().map(|s| s.render_in(&Locale::english())).collect();
        assert!(words.iter().any(|w| w.contains(site.web_host())), "{words:?}");
        assert!(r
            .warnings
            .iter()
            .any(|w| w.render_in(&Locale::english()).contains("50119")));
    }
}

#[test]
fn every_word_is_in_the_catalog_and_kinds_have_stable_ids() {
    for r in all() {
        for text in r
            .steps
            .iter()
            .chain(&r.warnings)
            .chain(r.values.iter().map(|v| &v.name))
            .chain(r.code.iter().map(|c| &c.caption))
        {
            let id = text.id().expect("catalog words").to_owned();
            assert!(crate::catalog::has(&id), "{id} is not in the catalog");
            let words = text.render_in(&Locale::english());
            assert!(!words.contains('{') && !words.is_empty(), "{id}: {words}");
        }
    }
    for kind in BotKind::ALL {
        assert_eq!(serde_json::to_value(kind).unwrap_or_default(), kind.id());
    }
}

/// The `run` line quotes its label for `sh`: a label that ever got past the checks stays one
/// word and cannot split, expand or start something (valid labels read as before, above).
#[test]
fn the_run_line_quotes_its_label() {
    for label in ["two words", "$(touch /tmp/x)", "a;b", "it's"] {
        let line = super::run_line(label, Some("generic"), "python3 bot.py");
        let words = shlex::split(&line).expect("a valid shell line");
        assert_eq!(
            words,
            [
                "okx-key-assistant",
                "run",
                label,
                "--profile",
                "generic",
                "--",
                "python3",
                "bot.py"
            ],
            "{line}"
        );
    }
}
