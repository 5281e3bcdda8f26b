//! Cleaning one pasted value: strip stray blanks and wrapping quotes at the edges, report each
//! removal in plain words, and refuse blanks or hidden characters inside the value.
//!
//! The rules, exactly:
//! - At both ends, strip every Unicode white-space character (space, tab, CR, LF, U+00A0 no-break
//!   space, U+3000 and the rest) and the zero-width characters U+200B–U+200D, U+2060 and U+FEFF
//!   (byte-order mark).
//! - Then strip a pair of wrapping quotes (`"…"`, `'…'`, `` `…` ``, `“…”`, `‘…’`, `”…”`, `„…“`,
//!   `«…»`, `「…」`) and the blanks just inside them. This repeats while the value is still wrapped,
//!   so cleaning is idempotent (`"'abc'"` becomes `abc`, reported as 2 pairs).
//! - Nothing else is ever changed: the cleaned value is a contiguous slice of the input.
//! - A blank, control or invisible formatting character left anywhere in the cleaned value
//!   (including a hidden control character at an edge, which is not stripped) is refused with an
//!   [`InteriorError`] that says what it is and where.
//! - An empty result is not an error here: [`clean`] returns an empty value and the caller (who
//!   knows which field it is) says "is empty".
//!
//! What was removed is typed ([`Removed`], and [`TrimNote`] once the field is known); its words
//! come from the catalog (`cred-trim-*`, `cred-char-*`).

use super::Field;
use crate::catalog::{Locale, Text};
use crate::t;
use serde::{Serialize, Serializer};
use std::fmt;
use zeroize::{Zeroize, ZeroizeOnDrop};

/// A value after cleaning, with what was removed (in words: "removed 2 leading spaces and 1
/// trailing line break", "removed quotes around the value").
///
/// Debug never prints the value; the value is wiped on drop.
#[derive(Clone, PartialEq, Eq, Zeroize, ZeroizeOnDrop)]
pub struct Cleaned {
    pub value: String,
    #[zeroize(skip)]
    pub removed: Vec<Removed>,
}

impl fmt::Debug for Cleaned {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Cleaned")
            .field("value", &"redacted")
            .field("removed", &self.removed)
            .finish()
    }
}

/// A character that does not belong in a pasted value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CharKind {
    Space,
    Tab,
    /// LF, CR, CR LF (counted once), NEL, U+2028, U+2029.
    LineBreak,
    /// U+00A0, U+2007, U+202F.
    NoBreakSpace,
    /// Any other Unicode white space (U+3000 ideographic space, en/em spaces, VT, FF, ...).
    OtherSpace,
    /// U+200B–U+200D, U+2060, U+FEFF.
    ZeroWidth,
    /// Other invisible formatting characters (soft hyphen, direction marks, ...). Never stripped.
    Invisible,
    /// Control characters other than tab and line breaks. Never stripped.
    Control,
}

impl CharKind {
    /// What a character is, if it is one we strip at the edges or refuse inside; `None` for an
    /// ordinary visible character.
    pub fn of(c: char) -> Option<CharKind> {
        Some(match c {
            ' ' => CharKind::Space,
            '\t' => CharKind::Tab,
            '\n' | '\r' | '\u{85}' | '\u{2028}' | '\u{2029}' => CharKind::LineBreak,
            '\u{A0}' | '\u{2007}' | '\u{202F}' => CharKind::NoBreakSpace,
            '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' => CharKind::ZeroWidth,
            c if c.is_whitespace() => CharKind::OtherSpace,
            '\u{AD}'
            | '\u{34F}'
            | '\u{61C}'
            | '\u{115F}'
            | '\u{1160}'
            | '\u{17B4}'
            | '\u{17B5}'
            | '\u{180B}'..='\u{180F}'
            | '\u{200E}'
            | '\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2061}'..='\u{206F}'
            | '\u{3164}'
            | '\u{FE00}'..='\u{FE0F}'
            | '\u{FFA0}'
            | '\u{FFF9}'..='\u{FFFB}'
            | '\u{E0000}'..='\u{E007F}' => CharKind::Invisible,
            c if c.is_control() => CharKind::Control,
            _ => return None,
        })
    }

    /// Stripped when at either end of a value (the others are only ever refused).
    pub fn is_edge_strippable(self) -> bool {
        !matches!(self, CharKind::Invisible | CharKind::Control)
    }

    /// One such character with its article: "a space", "an invisible zero-width character".
    pub fn name(self) -> Text {
        match self {
            CharKind::Space => t!("cred-char-space"),
            CharKind::Tab => t!("cred-char-tab"),
            CharKind::LineBreak => t!("cred-char-line-break"),
            CharKind::NoBreakSpace => t!("cred-char-no-break-space"),
            CharKind::OtherSpace => t!("cred-char-other-space"),
            CharKind::ZeroWidth => t!("cred-char-zero-width"),
            CharKind::Invisible => t!("cred-char-invisible"),
            CharKind::Control => t!("cred-char-control"),
        }
    }

    /// `n` of them removed at one end: "2 leading spaces", "an invisible zero-width character
    /// at the end".
    pub fn at_edge(self, n: usize, side: Side) -> Text {
        let end = side.as_str();
        match self {
            CharKind::Space => t!("cred-char-space.edge", n = n, end = end),
            CharKind::Tab => t!("cred-char-tab.edge", n = n, end = end),
            CharKind::LineBreak => t!("cred-char-line-break.edge", n = n, end = end),
            CharKind::NoBreakSpace => t!("cred-char-no-break-space.edge", n = n, end = end),
            CharKind::OtherSpace => t!("cred-char-other-space.edge", n = n, end = end),
            CharKind::ZeroWidth => t!("cred-char-zero-width.edge", n = n, end = end),
            CharKind::Invisible => t!("cred-char-invisible.edge", n = n, end = end),
            CharKind::Control => t!("cred-char-control.edge", n = n, end = end),
        }
    }
}

/// One end of a value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    Start,
    End,
}

impl Side {
    /// "start" or "end" (the catalog's `$end`).
    pub fn as_str(self) -> &'static str {
        match self {
            Side::Start => "start",
            Side::End => "end",
        }
    }
}

/// Characters of one kind removed at one end of a value (a CR LF pair counts once).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Stripped {
    pub kind: CharKind,
    pub count: usize,
    pub side: Side,
}

impl Stripped {
    /// "2 leading spaces", "an invisible zero-width character at the start".
    pub fn text(&self) -> Text {
        self.kind.at_edge(self.count, self.side)
    }
}

/// One thing cleaning removed from a value (one line of "what was trimmed").
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Removed {
    /// Blank or zero-width characters at the ends, leading ones first, each kind in the order
    /// first seen. `inside_quotes`: they sat just inside wrapping quotes that were removed too.
    Blanks { chars: Vec<Stripped>, inside_quotes: bool },
    /// Wrapping quotes: 1 pair for `"abc"`, 2 for `"'abc'"`.
    Quotes { pairs: usize },
}

impl Removed {
    /// "removed 2 leading spaces and 1 trailing line break", "removed quotes around the value".
    pub fn text(&self) -> Text {
        match self {
            Removed::Blanks { chars, inside_quotes } => {
                let list = join(chars.iter().map(Stripped::text).collect());
                if *inside_quotes {
                    t!("cred-trim-blanks-inside-quotes", chars = list)
                } else {
                    t!("cred-trim-blanks", chars = list)
                }
            }
            Removed::Quotes { pairs } => t!("cred-trim-quotes", pairs = *pairs),
        }
    }
}

/// What cleaning removed from one field: one line of `Validation::trimmed`.
///
/// Serialized (and shown with `Display`) as the machine line `verify --json` has always given:
/// the field's machine name, a colon and the words, e.g. `"api_key: removed 1 trailing space"`.
/// [`TrimNote::sentence`] gives the window's line, with the field's name as the window labels it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct TrimNote {
    pub field: Field,
    pub removed: Removed,
}

impl TrimNote {
    /// For tests: "api_key: removed 1 trailing space".
    #[cfg(test)]
    pub(crate) fn example_trailing_space() -> TrimNote {
        TrimNote {
            field: Field::ApiKey,
            removed: Removed::Blanks {
                chars: vec![Stripped {
                    kind: CharKind::Space,
                    count: 1,
                    side: Side::End,
                }],
                inside_quotes: false,
            },
        }
    }

    /// The words without the field: "removed 1 trailing space".
    pub fn words(&self) -> Text {
        self.removed.text()
    }

    /// The window's line: "API key: removed 1 trailing space".
    pub fn sentence(&self) -> Text {
        t!("cred-trimmed-line", field = self.field.name(), removed = self.words())
    }

    /// The machine line in `locale`: "api_key: removed 1 trailing space".
    pub fn line_in(&self, locale: &Locale) -> String {
        format!("{}: {}", self.field.as_str(), self.words().render_in(locale))
    }
}

/// The machine line in the current locale.
impl fmt::Display for TrimNote {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field.as_str(), self.words())
    }
}

/// As the machine line in the current locale (the `trimmed` strings of the JSON).
impl Serialize for TrimNote {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// Compares the machine line in English (for tests).
impl PartialEq<&str> for TrimNote {
    fn eq(&self, other: &&str) -> bool {
        self.line_in(&Locale::english()) == *other
    }
}

/// Where the refused character sits in the cleaned value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Position {
    Start,
    End,
    /// After this many characters of the cleaned value.
    Middle {
        after: usize,
    },
}

/// A blank, control or invisible character inside a value (after the edges were cleaned).
///
/// `outer` is the value with only its edges cleaned: what the field should show so the user can
/// delete the stray character (or copy the value again).
#[derive(Clone, PartialEq, Eq)]
pub struct InteriorError {
    /// The first offending character.
    pub kind: CharKind,
    pub position: Position,
    /// How many offending characters there are in all (a CR LF pair counts once).
    pub count: usize,
    pub outer: Cleaned,
}

impl fmt::Debug for InteriorError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("InteriorError")
            .field("kind", &self.kind)
            .field("position", &self.position)
            .field("count", &self.count)
            .field("outer", &self.outer)
            .finish()
    }
}

impl InteriorError {
    /// "a space in the middle, after character 12", "2 blank or hidden characters in it; the
    /// first is a line break at the end".
    pub fn describe(&self) -> Text {
        let place = match self.position {
            Position::Start => t!("cred-place-start"),
            Position::End => t!("cred-place-end"),
            Position::Middle { after } => t!("cred-place-middle", after = after),
        };
        t!(
            "cred-inside-what",
            count = self.count,
            char = self.kind.name(),
            place = place
        )
    }
}

/// Clean one pasted value with the rules above (wrapping quotes are stripped).
///
/// `Err` only for a character inside the value; an empty value is `Ok` with an empty `value`.
pub fn clean(raw: &str) -> Result<Cleaned, InteriorError> {
    clean_with(raw, true)
}

/// Like [`clean`], but `strip_quotes: false` keeps wrapping quotes (used when the quotes turn out
/// to be part of the passphrase the user created).
pub fn clean_with(raw: &str, strip_quotes: bool) -> Result<Cleaned, InteriorError> {
    let (start, end, removed) = outer_range(raw, strip_quotes);
    let value = raw.get(start..end).unwrap_or_default().to_owned();
    let outer = Cleaned { value, removed };
    match find_interior(&outer.value) {
        None => Ok(outer),
        Some((kind, position, count)) => Err(InteriorError {
            kind,
            position,
            count,
            outer,
        }),
    }
}

/// Counts of removed characters by kind, in the order first seen.
#[derive(Default)]
struct Tally(Vec<(CharKind, usize)>);

impl Tally {
    fn add_run(&mut self, run: &str) {
        let mut chars = run.chars().peekable();
        while let Some(c) = chars.next() {
            if c == '\r' && chars.peek() == Some(&'\n') {
                chars.next();
            }
            if let Some(kind) = CharKind::of(c) {
                match self.0.iter_mut().find(|(k, _)| *k == kind) {
                    Some((_, n)) => *n += 1,
                    None => self.0.push((kind, 1)),
                }
            }
        }
    }

    fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    fn stripped(&self, side: Side) -> impl Iterator<Item = Stripped> + '_ {
        self.0.iter().map(move |&(kind, count)| Stripped { kind, count, side })
    }
}

/// "a", "a and b", "a, b and c" (the catalog's list words).
pub(crate) fn join(mut items: Vec<Text>) -> Text {
    let Some(last) = items.pop() else {
        return Text::empty();
    };
    let Some(before) = items.pop() else {
        return last;
    };
    let mut out = t!("cred-list-and", first = before, last = last);
    while let Some(item) = items.pop() {
        out = t!("cred-list-comma", first = item, rest = out);
    }
    out
}

fn blanks(leading: &Tally, trailing: &Tally, inside_quotes: bool) -> Option<Removed> {
    if leading.is_empty() && trailing.is_empty() {
        return None;
    }
    let chars = leading
        .stripped(Side::Start)
        .chain(trailing.stripped(Side::End))
        .collect();
    Some(Removed::Blanks { chars, inside_quotes })
}

/// The byte range of the value once the edges are cleaned, and what was removed.
fn outer_range(raw: &str, strip_quotes: bool) -> (usize, usize, Vec<Removed>) {
    let (mut start, mut end) = (0, raw.len());
    let (mut lead_out, mut trail_out) = (Tally::default(), Tally::default());
    let (mut lead_in, mut trail_in) = (Tally::default(), Tally::default());
    let mut pairs = 0usize;
    loop {
        let (s, e) = trim_edges(raw, start, end);
        let (lead, trail) = if pairs == 0 {
            (&mut lead_out, &mut trail_out)
        } else {
            (&mut lead_in, &mut trail_in)
        };
        lead.add_run(raw.get(start..s).unwrap_or_default());
        trail.add_run(raw.get(e..end).unwrap_or_default());
        (start, end) = (s, e);
        match strip_quotes
            .then(|| wrapping_quotes(raw.get(start..end).unwrap_or_default()))
            .flatten()
        {
            Some((open, close)) => {
                start += open;
                end -= close;
                pairs += 1;
            }
            None => break,
        }
    }
    let mut removed = Vec::new();
    removed.extend(blanks(&lead_out, &trail_out, false));
    if pairs > 0 {
        removed.push(Removed::Quotes { pairs });
    }
    removed.extend(blanks(&lead_in, &trail_in, true));
    (start, end, removed)
}

/// Narrow `start..end` past edge-strippable characters on both sides.
fn trim_edges(raw: &str, start: usize, end: usize) -> (usize, usize) {
    let part = raw.get(start..end).unwrap_or_default();
    let strippable = |c: char| CharKind::of(c).is_some_and(CharKind::is_edge_strippable);
    let trimmed_front = part.trim_start_matches(strippable);
    let s = start + (part.len() - trimmed_front.len());
    let trimmed = trimmed_front.trim_end_matches(strippable);
    (s, s + trimmed.len())
}

const QUOTE_PAIRS: &[(char, char)] = &[
    ('"', '"'),
    ('\'', '\''),
    ('`', '`'),
    ('\u{201C}', '\u{201D}'), // “ ”
    ('\u{2018}', '\u{2019}'), // ‘ ’
    ('\u{201D}', '\u{201D}'), // ” ”
    ('\u{2019}', '\u{2019}'), // ’ ’
    ('\u{201E}', '\u{201C}'), // „ “
    ('\u{AB}', '\u{BB}'),     // « »
    ('\u{300C}', '\u{300D}'), // 「 」
];

/// If `s` is wrapped in a pair of quotes, the byte lengths of the opening and closing quote.
fn wrapping_quotes(s: &str) -> Option<(usize, usize)> {
    let mut chars = s.chars();
    let first = chars.next()?;
    let last = chars.next_back()?;
    QUOTE_PAIRS
        .contains(&(first, last))
        .then(|| (first.len_utf8(), last.len_utf8()))
}

/// The first refused character inside `value`, where it is, and how many there are in all.
fn find_interior(value: &str) -> Option<(CharKind, Position, usize)> {
    let total = value.chars().count();
    let mut first: Option<(CharKind, Position)> = None;
    let mut count = 0;
    let mut chars = value.chars().enumerate().peekable();
    while let Some((i, c)) = chars.next() {
        let Some(kind) = CharKind::of(c) else {
            continue;
        };
        if c == '\r' && chars.peek().is_some_and(|&(_, n)| n == '\n') {
            chars.next();
        }
        count += 1;
        if first.is_none() {
            let position = if i == 0 {
                Position::Start
            } else if i + 1 == total {
                Position::End
            } else {
                Position::Middle { after: i }
            };
            first = Some((kind, position));
        }
    }
    first.map(|(kind, position)| (kind, position, count))
}

/// The byte range `clean` keeps (for tests of the "interior untouched" property).
#[cfg(test)]
pub(crate) fn kept_range(raw: &str) -> (usize, usize) {
    let (s, e, _) = outer_range(raw, true);
    (s, e)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The value and what was removed, in English.
    fn ok(raw: &str) -> (String, Vec<String>) {
        let c = clean(raw).unwrap();
        let en = Locale::english();
        (
            c.value.clone(),
            c.removed.iter().map(|r| r.text().render_in(&en)).collect(),
        )
    }

    #[test]
    fn clean_value_is_untouched() {
        assert_eq!(
            ok("22582BD0CFF14C41EDBF1AB98506286D"),
            ("22582BD0CFF14C41EDBF1AB98506286D".into(), vec![])
        );
    }

    #[test]
    fn reports_counts_in_plain_words() {
        assert_eq!(
            ok("  abc\r\n").1,
            vec!["removed 2 leading spaces and 1 trailing line break"]
        );
        assert_eq!(ok("abc ").1, vec!["removed 1 trailing space"]);
        assert_eq!(
            ok("abc\u{200B}").1,
            vec!["removed an invisible zero-width character at the end"]
        );
        assert_eq!(
            ok("\u{FEFF}abc").1,
            vec!["removed an invisible zero-width character at the start"]
        );
        assert_eq!(
            ok("\tabc\u{A0}\u{A0}").1,
            vec!["removed 1 leading tab and 2 trailing no-break spaces"]
        );
        assert_eq!(ok("\n\nabc").1, vec!["removed 2 leading line breaks"]);
        assert_eq!(ok("\u{3000}abc").1, vec!["removed 1 leading blank character"]);
    }

    #[test]
    fn strips_quotes_and_blanks_inside_them() {
        assert_eq!(ok("\"abc\"").1, vec!["removed quotes around the value"]);
        assert_eq!(
            ok(" “abc ” ").1,
            vec![
                "removed 1 leading space and 1 trailing space",
                "removed quotes around the value",
                "removed 1 trailing space inside the quotes"
            ]
        );
        assert_eq!(ok("\"'abc'\"").0, "abc");
        assert_eq!(ok("\"'abc'\"").1, vec!["removed 2 pairs of quotes around the value"]);
        assert_eq!(ok("`abc`").0, "abc");
        assert_eq!(ok("\"abc").0, "\"abc", "a lone quote is not a pair");
        assert_eq!(ok("\"").0, "\"");
    }

    #[test]
    fn keeps_quotes_when_asked() {
        let c = clean_with(" 'abc' ", false).unwrap();
        assert_eq!(c.value, "'abc'");
    }

    #[test]
    fn empty_is_ok_and_empty() {
        assert_eq!(ok("  \n").0, "");
        assert_eq!(ok("\"\"").0, "");
        assert_eq!(ok("").1, Vec::<String>::new());
    }

    #[test]
    fn refuses_inside_and_says_where() {
        let e = clean(" 22582BD0CFF1 4C41EDBF1AB98506286D ").unwrap_err();
        assert_eq!(e.kind, CharKind::Space);
        assert_eq!(e.position, Position::Middle { after: 12 });
        assert_eq!(e.count, 1);
        assert_eq!(e.outer.value, "22582BD0CFF1 4C41EDBF1AB98506286D");
        assert_eq!(e.describe(), "a space in the middle, after character 12");

        let e = clean("ab\r\ncd\ne").unwrap_err();
        assert_eq!(e.kind, CharKind::LineBreak);
        assert_eq!(e.count, 2);
        assert_eq!(
            e.describe(),
            "2 blank or hidden characters in it; the first is a line break in the middle, after character 2"
        );

        let e = clean("\u{200E}abc").unwrap_err();
        assert_eq!((e.kind, e.position), (CharKind::Invisible, Position::Start));
        let e = clean("abc\u{7}").unwrap_err();
        assert_eq!((e.kind, e.position), (CharKind::Control, Position::End));
        assert_eq!(e.describe(), "a hidden control character at the end");
    }

    #[test]
    fn debug_hides_the_value() {
        let c = clean(" SECRETVALUE ").unwrap();
        assert!(!format!("{c:?}").contains("SECRETVALUE"));
        let e = clean("SECRET VALUE").unwrap_err();
        assert!(!format!("{e:?}").contains("SECRET"));
    }

    fn tricky() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            Just(" ".to_owned()),
            Just("\t".to_owned()),
            Just("\r\n".to_owned()),
            Just("\u{A0}".to_owned()),
            Just("\u{200B}".to_owned()),
            Just("\u{FEFF}".to_owned()),
            Just("\u{200E}".to_owned()),
            Just("\"".to_owned()),
            Just("'".to_owned()),
            Just("“".to_owned()),
            Just("”".to_owned()),
            Just("`".to_owned()),
            "[A-F0-9a-z-]{0,6}",
            any::<char>().prop_map(String::from),
        ];
        prop::collection::vec(piece, 0..12).prop_map(|v| v.concat())
    }

    fn value_of(r: &Result<Cleaned, InteriorError>) -> &str {
        match r {
            Ok(c) => &c.value,
            Err(e) => &e.outer.value,
        }
    }

    proptest! {
        #[test]
        fn never_panics(s in any::<String>()) {
            let _ = clean(&s);
            let _ = clean_with(&s, false);
        }

        #[test]
        fn is_idempotent(s in tricky()) {
            let first = clean(&s);
            let again = clean(value_of(&first));
            prop_assert_eq!(value_of(&again), value_of(&first));
            match again {
                Ok(c) => { prop_assert!(first.is_ok()); prop_assert!(c.removed.is_empty()); }
                Err(e) => { prop_assert!(first.is_err()); prop_assert!(e.outer.removed.is_empty()); }
            }
        }

        #[test]
        fn interior_is_untouched(s in tricky()) {
            let r = clean(&s);
            let (start, end) = kept_range(&s);
            // The result is exactly a slice of the input...
            prop_assert_eq!(value_of(&r), &s[start..end]);
            // ...and only strippable characters and quotes were cut from either side.
            let cut = s[..start].chars().chain(s[end..].chars());
            for c in cut {
                let blank = CharKind::of(c).is_some_and(CharKind::is_edge_strippable);
                let quote = QUOTE_PAIRS.iter().any(|&(a, b)| a == c || b == c);
                prop_assert!(blank || quote, "cut {:?}", c);
            }
        }

        #[test]
        fn plain_values_pass_unchanged(s in "[!-~]{1,40}") {
            // Printable ASCII without spaces: only wrapping quotes may go.
            let c = clean(&s).unwrap();
            if wrapping_quotes(&s).is_none() {
                prop_assert_eq!(&c.value, &s);
                prop_assert!(c.removed.is_empty());
            }
        }

        #[test]
        fn surrounding_blanks_are_all_removed(v in "[A-Za-z0-9-]{1,40}", pre in "[ \t\r\n\u{A0}\u{200B}\u{FEFF}]{0,5}", post in "[ \t\r\n\u{A0}\u{200B}\u{2060}]{0,5}") {
            let c = clean(&format!("{pre}{v}{post}")).unwrap();
            prop_assert_eq!(&c.value, &v);
            prop_assert_eq!(c.removed.is_empty(), pre.is_empty() && post.is_empty());
        }
    }
}
