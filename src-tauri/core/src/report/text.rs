//! Plain-text layout for the report: word wrapping to 78 columns, aligned fields, and cleaning
//! of every value that did not come from this module (labels, OKX's words, problem texts).
//!
//! Cleaning is a second line of defence, not the first: the report is never given a secret. It
//! still removes control characters (a server's text cannot move the cursor of a terminal),
//! caps lengths, and hides anything shaped like an API key or a secret key (a run of 16 or
//! more hex digits and dashes), so a careless message elsewhere cannot carry one into a report.

/// The widest line the report writes (fits an 80-column terminal or e-mail).
pub const WIDTH: usize = 78;
/// Where field values start ("  Label:       value").
const VALUE_COL: usize = 17;
/// What replaces a credential-shaped run of characters.
pub const HIDDEN: &str = "[hidden]";

/// Builds the report line by line.
#[derive(Default)]
pub struct Out {
    buf: String,
}

impl Out {
    pub fn finish(self) -> String {
        let mut s = self.buf;
        while s.ends_with("\n\n") {
            s.pop();
        }
        s
    }

    pub fn line(&mut self, s: &str) {
        self.buf.push_str(s.trim_end());
        self.buf.push('\n');
    }

    pub fn blank(&mut self) {
        if !self.buf.is_empty() && !self.buf.ends_with("\n\n") {
            self.buf.push('\n');
        }
    }

    /// A section title, underlined.
    pub fn heading(&mut self, title: &str) {
        self.blank();
        self.line(title);
        self.line(&"-".repeat(title.chars().count()));
    }

    /// A framed headline, for the result at the top.
    pub fn banner(&mut self, text: &str, frame: char) {
        let rule = frame.to_string().repeat(WIDTH);
        self.line(&rule);
        self.wrapped(2, 2, text);
        self.line(&rule);
    }

    /// "  Label:       value", the value wrapped under itself.
    pub fn field(&mut self, label: &str, value: &str) {
        let head = format!("  {label}:");
        let pad = VALUE_COL.saturating_sub(head.chars().count()).max(1);
        let lines = wrap(value, WIDTH.saturating_sub(VALUE_COL).max(20));
        for (i, l) in lines.iter().enumerate() {
            if i == 0 {
                self.line(&format!("{head}{}{l}", " ".repeat(pad)));
            } else {
                self.line(&format!("{}{l}", " ".repeat(VALUE_COL)));
            }
        }
        if lines.is_empty() {
            self.line(&head);
        }
    }

    /// A continuation of a field's value on its own lines (aligned under the value).
    pub fn field_more(&mut self, value: &str) {
        self.wrapped(VALUE_COL, VALUE_COL, value);
    }

    /// A paragraph indented by `first` on its first line and `rest` after.
    pub fn wrapped(&mut self, first: usize, rest: usize, text: &str) {
        let width = WIDTH.saturating_sub(first.max(rest)).max(20);
        for (i, l) in wrap(text, width).iter().enumerate() {
            let indent = if i == 0 { first } else { rest };
            self.line(&format!("{}{l}", " ".repeat(indent)));
        }
    }

    /// "  [x] text", the text wrapped under itself.
    pub fn item(&mut self, indent: usize, marker: &str, text: &str) {
        let lead = format!("{}{marker} ", " ".repeat(indent));
        let hang = lead.chars().count();
        let width = WIDTH.saturating_sub(hang).max(20);
        for (i, l) in wrap(text, width).iter().enumerate() {
            if i == 0 {
                self.line(&format!("{lead}{l}"));
            } else {
                self.line(&format!("{}{l}", " ".repeat(hang)));
            }
        }
    }
}

/// Greedy word wrap; a word longer than `width` is cut.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut lines = Vec::new();
    let mut cur = String::new();
    let mut cur_len = 0;
    for word in text.split_whitespace() {
        let mut word: Vec<char> = word.chars().collect();
        while word.len() > width {
            if cur_len > 0 {
                lines.push(std::mem::take(&mut cur));
                cur_len = 0;
            }
            let rest = word.split_off(width);
            lines.push(word.into_iter().collect());
            word = rest;
        }
        let wlen = word.len();
        if cur_len > 0 && cur_len + 1 + wlen > width {
            lines.push(std::mem::take(&mut cur));
            cur_len = 0;
        }
        if cur_len > 0 {
            cur.push(' ');
            cur_len += 1;
        }
        cur.extend(word);
        cur_len += wlen;
    }
    if cur_len > 0 {
        lines.push(cur);
    }
    lines
}

/// A value from outside this module, made safe to print: control, invisible and
/// direction-changing characters become spaces ([`crate::printable`]),
/// runs of whitespace collapse, credential-shaped runs are hidden, and the result is cut to
/// `max_chars` (with "...").
pub fn clean(text: &str, max_chars: usize) -> String {
    let spaced = crate::printable::printable(text);
    let collapsed = spaced.split_whitespace().collect::<Vec<_>>().join(" ");
    let scrubbed = hide_credential_runs(&collapsed);
    if scrubbed.chars().count() > max_chars {
        let cut: String = scrubbed.chars().take(max_chars.saturating_sub(3)).collect();
        format!("{}...", cut.trim_end())
    } else {
        scrubbed
    }
}

/// Replaces every run of hex digits and dashes that is 16 or more characters long and holds at
/// least 12 hex digits (an OKX API key is 36, a secret key 32) with [`HIDDEN`]. Ordinary words
/// never qualify: a run ends at any letter beyond `f`, any space or punctuation.
pub fn hide_credential_runs(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut run = String::new();
    let flush = |run: &mut String, out: &mut String| {
        let hex = run.chars().filter(char::is_ascii_hexdigit).count();
        if run.chars().count() >= 16 && hex >= 12 {
            out.push_str(HIDDEN);
        } else {
            out.push_str(run);
        }
        run.clear();
    };
    for c in text.chars() {
        if c.is_ascii_hexdigit() || c == '-' {
            run.push(c);
        } else {
            flush(&mut run, &mut out);
            out.push(c);
        }
    }
    flush(&mut run, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrap_respects_width_and_keeps_words() {
        let text = "one two three four five six seven eight nine ten eleven twelve";
        let lines = wrap(text, 20);
        assert!(lines.iter().all(|l| l.chars().count() <= 20), "{lines:?}");
        assert_eq!(lines.join(" "), text);
        assert_eq!(wrap("abcdefghij", 4), vec!["abcd", "efgh", "ij"]);
        assert!(wrap("   ", 10).is_empty());
    }

    #[test]
    fn every_line_fits_78_columns() {
        let mut out = Out::default();
        out.field("Permissions", &"word ".repeat(60));
        out.item(4, "[x]", &"longer words here ".repeat(20));
        out.banner(&"RESULT ".repeat(30), '=');
        let text = out.finish();
        assert!(text.lines().all(|l| l.chars().count() <= WIDTH), "{text}");
    }

    #[test]
    fn clean_removes_control_characters_and_caps_length() {
        assert_eq!(clean("a\u{1b}[31mred\r\nb\u{200B}c", 100), "a [31mred b c");
        assert_eq!(clean("abcdefghij", 8), "abcde...");
    }

    /// The bidi isolates (U+2066–U+2069) and the Arabic letter mark (U+061C) reorder text as
    /// surely as the embeddings and overrides do: none of them reaches the report.
    #[test]
    fn clean_removes_bidi_isolates_and_the_arabic_letter_mark() {
        let hostile = "Bot\u{2066}a\u{2067}b\u{2068}c\u{2069}d\u{061C}e";
        assert_eq!(clean(hostile, 100), "Bot a b c d e");
    }

    #[test]
    fn credential_shaped_runs_are_hidden() {
        assert_eq!(
            hide_credential_runs("key 6f1c2d3e-aaaa-bbbb-cccc-0123456a5a41 does not exist"),
            "key [hidden] does not exist"
        );
        assert_eq!(
            hide_credential_runs("secret=22582BD0CFF14C41EDBF1AB98506286D."),
            "secret=[hidden]."
        );
        // Dates, IPs, short codes and words stay.
        for keep in [
            "2026-11-26 18:00:00",
            "203.0.113.7",
            "50105",
            "deadbeef-cafe",
            "feedback accepted",
        ] {
            assert_eq!(hide_credential_runs(keep), keep);
        }
    }
}
