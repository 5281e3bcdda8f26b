//! `okx-key-assistant list` and `delete LABEL`: the saved keys (never a secret: the API key is
//! shown as its first 4 and last 4 characters).

use super::args::switch;
use super::command::{Call, Subcommand};
use super::output::{self, Exit};
use okx_key_core::keychain::{Keychain, SavedKey};
use okx_key_core::{Problem, ProblemKind};

pub const LIST_USAGE: &str = "\
Usage: okx-key-assistant list [--json]

Lists the keys saved in the system keychain by this app: label, API key (first 4 and last 4
characters), site, Live or Demo, and when it was saved. A key the app remembers but that is
no longer in the keychain is marked \"missing from keychain\".

Options:
  --json       print a JSON array instead of the table
  -h, --help   show this help

Exit status: 0 listed; 1 the keychain could not be read; 2 bad usage.";

pub const DELETE_USAGE: &str = "\
Usage: okx-key-assistant delete LABEL

Deletes the key saved under LABEL from the system keychain (and from the app's list). The key
itself still works on OKX: delete it there too if you no longer use it.

Options:
  -h, --help   show this help

Exit status: 0 deleted; 1 no key saved under LABEL, or the keychain refused; 2 bad usage.";

pub const LIST: Subcommand = Subcommand {
    name: "list",
    usage: LIST_USAGE,
    flags: &[switch("--json")],
    positionals: 0,
    main: list,
};

pub const DELETE: Subcommand = Subcommand {
    name: "delete",
    usage: DELETE_USAGE,
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
                return Exit::failed(Problem::internal(format!("the list could not be written as JSON: {e}")))
                    .finish(true)
            }
        }
    } else if keys.is_empty() {
        output::out("No keys saved yet. Save one with: okx-key-assistant save LABEL");
    } else {
        output::out(&table(&keys));
    }
    output::OK
}

/// The saved keys as a plain-text table, one row per key.
pub fn table(keys: &[SavedKey]) -> String {
    let header = ["LABEL", "API KEY", "SITE", "MODE", "SAVED AT", ""];
    let rows: Vec<[String; 6]> = keys
        .iter()
        .map(|k| {
            [
                k.label.clone(),
                k.api_key_redacted.clone(),
                k.site.as_str().to_owned(),
                if k.demo { "demo" } else { "live" }.to_owned(),
                k.saved_at.clone(),
                if k.in_keychain { "" } else { "missing from keychain" }.to_owned(),
            ]
        })
        .collect();
    let mut widths = header.map(|h| h.chars().count());
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
    let mut out = vec![line(header)];
    for row in &rows {
        out.push(line(
            [&row[0], &row[1], &row[2], &row[3], &row[4], &row[5]].map(String::as_str),
        ));
    }
    out.join("\n")
}

fn delete(call: &Call) -> i32 {
    let Some(label) = call.label() else {
        return call.usage_error("delete needs the LABEL of the key to delete.");
    };
    let result = keychain().and_then(|k| {
        k.delete(label).map_err(|p| match p.kind {
            ProblemKind::MalformedInput => Exit::input(p),
            _ => Exit::failed(p),
        })
    });
    match result {
        Ok(()) => {
            output::out(&format!(
                "Deleted the key saved as \"{}\" from the keychain. It still works on OKX until you delete it there.",
                label.trim()
            ));
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
