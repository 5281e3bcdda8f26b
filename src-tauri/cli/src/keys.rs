//! `okx-key-assistant list` and `delete LABEL`: the saved keys (never a secret: the API key is
//! shown as its first 4 and last 4 characters).

use super::args::switch;
use super::command::{Call, Subcommand};
use super::output::{self, Exit};
use okx_key_core::keychain::{Keychain, SavedKey};
use okx_key_core::{t, Problem, ProblemKind};

pub const LIST: Subcommand = Subcommand {
    name: "list",
    usage: || t!("cli-list-usage"),
    flags: &[switch("--json")],
    positionals: 0,
    main: list,
};

pub const DELETE: Subcommand = Subcommand {
    name: "delete",
    usage: || t!("cli-delete-usage"),
    flags: &[],
    positionals: 1,
    main: delete,
};

fn keychain() -> Result<Keychain, Exit> {
    Keychain::system(super::data_dir().map_err(Exit::failed)?).map_err(Exit::failed)
}

fn list(call: &Call) -> i32 {
    let json = call.json;
    let keys = match keychain().and_then(|k| k.list().map_err(Exit::failed)) {
        Ok(keys) => keys,
        Err(exit) => return exit.finish(json),
    };
    if json {
        match serde_json::to_string_pretty(&keys) {
            Ok(text) => output::out(&text),
            Err(e) => {
                return Exit::failed(Problem::internal(t!("cli-internal-json", error = e.to_string()))).finish(true)
            }
        }
    } else if keys.is_empty() {
        output::out(&t!("cli-list-empty").to_string());
    } else {
        output::out(&table(&keys));
    }
    output::OK
}

/// The saved keys as a plain-text table, one row per key.
pub fn table(keys: &[SavedKey]) -> String {
    let header = [
        t!("cli-list-column-label").to_string(),
        t!("cli-list-column-api-key").to_string(),
        t!("cli-list-column-site").to_string(),
        t!("cli-list-column-mode").to_string(),
        t!("cli-list-column-saved-at").to_string(),
        String::new(),
    ];
    let (live, demo, missing) = (
        t!("cli-list-mode-live").to_string(),
        t!("cli-list-mode-demo").to_string(),
        t!("cli-list-missing").to_string(),
    );
    let rows: Vec<[String; 6]> = keys
        .iter()
        .map(|k| {
            [
                k.label.clone(),
                k.api_key_redacted.clone(),
                k.site.as_str().to_owned(),
                if k.demo { &demo } else { &live }.clone(),
                k.saved_at.clone(),
                if k.in_keychain { String::new() } else { missing.clone() },
            ]
        })
        .collect();
    let mut widths = header.each_ref().map(|h| h.chars().count());
    for row in &rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let line = |cells: [&str; 6]| {
        let mut s = String::new();
        for (i, (cell, w)) in cells.iter().zip(widths).enumerate() {
            if i > 0 {
                s.push_str("  ");
            }
            s.push_str(cell);
            s.push_str(&" ".repeat(w.saturating_sub(cell.chars().count())));
        }
        s.trim_end().to_owned()
    };
    let mut out = vec![line(header.each_ref().map(String::as_str))];
    for row in &rows {
        out.push(line(
            [&row[0], &row[1], &row[2], &row[3], &row[4], &row[5]].map(String::as_str),
        ));
    }
    out.join("\n")
}

fn delete(call: &Call) -> i32 {
    let Some(label) = call.label() else {
        return call.usage_error(t!("cli-delete-needs-label"));
    };
    let result = keychain().and_then(|k| {
        k.delete(label).map_err(|p| match p.kind {
            ProblemKind::MalformedInput => Exit::input(p),
            _ => Exit::failed(p),
        })
    });
    match result {
        Ok(()) => {
            // Its history goes with it (a new key under the same label starts afresh).
            if let Ok(dir) = super::data_dir() {
                if let Err(p) = okx_key_core::health::History::new(dir).forget(label.trim()) {
                    tracing::warn!(problem = %p, "could not forget a deleted key's history");
                }
            }
            output::out(&t!("cli-deleted", label = label.trim()).to_string());
            output::OK
        }
        Err(exit) => exit.finish(false),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use okx_key_core::Site;

    #[test]
    fn table_lines_up_and_marks_missing_items() {
        let key = |label: &str, in_keychain| SavedKey {
            label: label.to_owned(),
            api_key_redacted: "6d2d…fd7f".to_owned(),
            site: Site::Eea,
            api_host: "eea.okx.com".to_owned(),
            demo: false,
            saved_at: "2026-11-26T18:00:00.000Z".to_owned(),
            in_keychain,
            permissions: None,
            bot: None,
        };
        let t = table(&[key("GridBot", true), key("Old_Bot_With_A_Long_Name", false)]);
        let lines: Vec<&str> = t.lines().collect();
        assert_eq!(lines.len(), 3);
        assert!(lines[0].starts_with("LABEL"));
        let col = lines[0].find("API KEY").unwrap();
        assert_eq!(lines[1].find("6d2d"), Some(col));
        assert!(lines[2].ends_with("missing from keychain"));
        assert!(!lines[1].contains("missing"));
        assert!(lines[1].contains("eea") && lines[1].contains("live"));
    }
}
