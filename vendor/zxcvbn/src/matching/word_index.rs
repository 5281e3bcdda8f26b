//! Dictionary lookups by walking a sorted word list (added for OKX Key Assistant; not upstream).
//!
//! Upstream zxcvbn-rs looks up every substring of the password in every dictionary, and for l33t
//! matching it first enumerates every substitution map the password's symbols allow and repeats
//! the whole dictionary pass once per map. The number of maps grows exponentially with the number
//! of distinct l33t symbols (a 32-character string of them took over 100 ms).
//!
//! Here every dictionary word sits in one sorted list. From each start position the walk extends
//! the candidate one character at a time and narrows the range of words that still begin with it;
//! it stops as soon as no word does. For l33t matching the walk branches at each symbol into the
//! symbol itself and the letters it can stand for, under the same rules as upstream: one symbol
//! stands for one letter throughout a token, a letter is written with at most one symbol in a
//! token, and a match must contain at least one substitution. Branches die with their prefix, so
//! the work is bounded by the words the password could spell, not by the number of maps.

use std::collections::HashMap;

/// What a l33t walk reports for each word it spells: `(j, id, word, sub)`, see
/// [`WordIndex::walk_l33t`].
pub(crate) type L33tFound<'f, 'a> = dyn FnMut(usize, usize, &'a str, &[(char, char)]) + 'f;

/// A sorted, de-duplicated list of words that answers "which words begin with this?".
pub(crate) struct WordIndex<'a> {
    words: Vec<&'a str>,
    /// For each ASCII character, the span of words that begin with it (saves the two binary
    /// searches over the whole list at every start position).
    first: Vec<Option<Span>>,
}

/// The words whose first `len` bytes equal the prefix walked so far: `words[start..end]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Span {
    start: usize,
    end: usize,
    len: usize,
}

impl<'a> WordIndex<'a> {
    /// An index over `words` (any order, duplicates allowed).
    pub(crate) fn new(words: impl IntoIterator<Item = &'a str>) -> Self {
        let mut words: Vec<&'a str> = words.into_iter().filter(|w| !w.is_empty()).collect();
        words.sort_unstable();
        words.dedup();
        let mut index = WordIndex {
            words,
            first: Vec::new(),
        };
        // Worth it for the built-in dictionaries, not for the handful of user inputs.
        if index.words.len() >= 64 {
            index.first = (0..128u8)
                .map(|b| index.search(index.all(), char::from(b)))
                .collect();
        }
        index
    }

    /// The span of every word (the empty prefix).
    pub(crate) fn all(&self) -> Span {
        Span {
            start: 0,
            end: self.words.len(),
            len: 0,
        }
    }

    /// The words of `span` that continue with `c`, or `None` when no word does.
    pub(crate) fn extend(&self, span: Span, c: char) -> Option<Span> {
        if span.len == 0 && c.is_ascii() {
            if let Some(&first) = self.first.get(c as usize) {
                return first;
            }
        }
        self.search(span, c)
    }

    fn search(&self, span: Span, c: char) -> Option<Span> {
        let mut buf = [0u8; 4];
        let next = c.encode_utf8(&mut buf).as_bytes();
        let words = &self.words[span.start..span.end];
        // Every word in `words` begins with the same `span.len` bytes, so comparing the bytes that
        // follow orders them exactly as the whole words are ordered.
        fn rest(word: &str, len: usize) -> &[u8] {
            word.as_bytes().get(len..).unwrap_or_default()
        }
        let first = words.partition_point(|w| rest(w, span.len) < next);
        let count = words[first..].partition_point(|w| rest(w, span.len).starts_with(next));
        (count > 0).then(|| Span {
            start: span.start + first,
            end: span.start + first + count,
            len: span.len + next.len(),
        })
    }

    /// The word the span's prefix spells, with its position in the sorted list (its id), if
    /// that prefix is itself a word (it sorts first).
    pub(crate) fn word(&self, span: Span) -> Option<(usize, &'a str)> {
        let first = self.words.get(span.start).copied()?;
        (span.start < span.end && first.len() == span.len).then_some((span.start, first))
    }

    /// The number of words; ids run from 0 to this, in sorted order.
    pub(crate) fn len(&self) -> usize {
        self.words.len()
    }

    /// Calls `found(j, id, word)` for every word spelled by `text[start..=j]`, shortest first.
    pub(crate) fn walk(
        &self,
        text: &[char],
        start: usize,
        mut found: impl FnMut(usize, usize, &'a str),
    ) {
        let mut span = self.all();
        for (j, &c) in text.iter().enumerate().skip(start) {
            match self.extend(span, c) {
                Some(next) => span = next,
                None => return,
            }
            if let Some((id, word)) = self.word(span) {
                found(j, id, word);
            }
        }
    }

    /// Calls `found(j, id, word, sub)` for every word spelled by `text[start..=j]` once some of its
    /// l33t symbols are read as letters; `sub` lists the symbols read as letters (at least one).
    /// `letters_for` gives the letters a symbol can stand for (none for ordinary characters);
    /// `may_stay` tells whether a symbol may also be read as itself.
    pub(crate) fn walk_l33t<'t>(
        &self,
        text: &[char],
        start: usize,
        letters_for: &dyn Fn(char) -> &'t [char],
        may_stay: &dyn Fn(char) -> bool,
        found: &mut L33tFound<'_, 'a>,
    ) {
        let mut walk = L33tWalk {
            index: self,
            text,
            letters_for,
            may_stay,
            found,
            readings: Vec::new(),
        };
        walk.step(start, self.all());
    }
}

/// How a symbol is read within the token being walked: as itself or as a letter.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Reading {
    Itself,
    Letter(char),
}

struct L33tWalk<'w, 'a, 't, 'f> {
    index: &'w WordIndex<'a>,
    text: &'w [char],
    letters_for: &'w dyn Fn(char) -> &'t [char],
    may_stay: &'w dyn Fn(char) -> bool,
    found: &'f mut L33tFound<'f, 'a>,
    /// The symbols met so far in this token and how each is read.
    readings: Vec<(char, Reading)>,
}

impl L33tWalk<'_, '_, '_, '_> {
    fn step(&mut self, j: usize, span: Span) {
        let Some(&c) = self.text.get(j) else {
            return;
        };
        let letters = (self.letters_for)(c);
        if letters.is_empty() {
            self.advance(j, span, c);
            return;
        }
        if let Some(&(_, reading)) = self.readings.iter().find(|(symbol, _)| *symbol == c) {
            let read_as = match reading {
                Reading::Itself => c,
                Reading::Letter(letter) => letter,
            };
            self.advance(j, span, read_as);
            return;
        }
        // A symbol met for the first time: read it as itself, or as each letter that no other
        // symbol in this token already stands for.
        let mut options = [
            (self.may_stay)(c).then_some(Reading::Itself),
            None,
            None,
            None,
        ];
        for (slot, &letter) in options[1..].iter_mut().zip(letters) {
            let taken = self
                .readings
                .iter()
                .any(|&(_, reading)| reading == Reading::Letter(letter));
            if !taken {
                *slot = Some(Reading::Letter(letter));
            }
        }
        for reading in options.into_iter().flatten() {
            self.readings.push((c, reading));
            let read_as = match reading {
                Reading::Itself => c,
                Reading::Letter(letter) => letter,
            };
            self.advance(j, span, read_as);
            self.readings.pop();
        }
    }

    /// Reads `text[j]` as `read_as`: report the word it completes (if any) and walk on.
    fn advance(&mut self, j: usize, span: Span, read_as: char) {
        let Some(next) = self.index.extend(span, read_as) else {
            return;
        };
        if let Some((id, word)) = self.index.word(next) {
            let sub: Vec<(char, char)> = self
                .readings
                .iter()
                .filter_map(|&(symbol, reading)| match reading {
                    Reading::Letter(letter) => Some((symbol, letter)),
                    Reading::Itself => None,
                })
                .collect();
            if !sub.is_empty() {
                (self.found)(j, id, word, &sub);
            }
        }
        self.step(j + 1, next);
    }
}

/// The letters each l33t symbol can stand for, from a letter → symbols table.
pub(crate) fn invert_l33t_table(table: &HashMap<char, Vec<char>>) -> HashMap<char, Vec<char>> {
    let mut symbols: HashMap<char, Vec<char>> = HashMap::new();
    for (&letter, subs) in table {
        for &symbol in subs {
            symbols.entry(symbol).or_default().push(letter);
        }
    }
    for letters in symbols.values_mut() {
        letters.sort_unstable();
    }
    symbols
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index() -> WordIndex<'static> {
        WordIndex::new([
            "pass",
            "password",
            "passwords",
            "word",
            "apple",
            "ape",
            "a",
            "pa",
        ])
    }

    fn words_from(text: &str, start: usize) -> Vec<(usize, String)> {
        let chars: Vec<char> = text.chars().collect();
        let mut out = Vec::new();
        index().walk(&chars, start, |j, _, w| out.push((j, w.to_string())));
        out
    }

    #[test]
    fn walk_finds_every_word_starting_at_a_position_shortest_first() {
        assert_eq!(
            words_from("passwordsx", 0),
            vec![
                (1, "pa".to_string()),
                (3, "pass".to_string()),
                (7, "password".to_string()),
                (8, "passwords".to_string())
            ]
        );
        assert_eq!(words_from("xpassword", 1).len(), 3);
        assert_eq!(words_from("passwordsx", 4), vec![(7, "word".to_string())]);
        assert!(words_from("zzz", 0).is_empty());
        assert!(words_from("", 0).is_empty());
    }

    #[test]
    fn extend_narrows_to_words_with_the_prefix() {
        let idx = index();
        let a = idx.extend(idx.all(), 'a').unwrap();
        assert_eq!(idx.word(a), Some((0, "a")));
        let ap = idx.extend(a, 'p').unwrap();
        assert_eq!(idx.word(ap), None);
        let ape = idx.extend(ap, 'e').unwrap();
        assert_eq!(idx.word(ape), Some((1, "ape")));
        assert_eq!(idx.len(), 8);
        assert!(idx.extend(ape, 'x').is_none());
        assert!(idx.extend(idx.all(), 'é').is_none());
    }

    #[test]
    fn duplicates_and_empty_words_are_dropped() {
        let idx = WordIndex::new(["b", "", "a", "b"]);
        assert_eq!(idx.words, vec!["a", "b"]);
        assert_eq!(idx.extend(idx.all(), 'b'), idx.search(idx.all(), 'b'));
        assert_eq!(idx.extend(idx.all(), 'c'), None);
        // A big index answers first characters from its table, with the same spans.
        let many: Vec<String> = (0..200)
            .map(|n| format!("w{n}"))
            .chain(["apple".into(), "zoo".into()])
            .collect();
        let big = WordIndex::new(many.iter().map(String::as_str));
        assert_eq!(big.first.len(), 128);
        for c in ['a', 'w', 'z', 'q', '0'] {
            assert_eq!(big.extend(big.all(), c), big.search(big.all(), c));
        }
        assert_eq!(big.extend(big.all(), 'é'), None);
    }

    /// (i, j, word, sub sorted) of every l33t word found in `text`.
    type Found = (usize, usize, String, Vec<(char, char)>);

    fn l33t_words(text: &str) -> Vec<Found> {
        let table: HashMap<char, Vec<char>> = [
            ('a', vec!['4', '@']),
            ('s', vec!['$', '5']),
            ('o', vec!['0']),
        ]
        .into_iter()
        .collect();
        let symbols = invert_l33t_table(&table);
        let letters_for = |c: char| symbols.get(&c).map(Vec::as_slice).unwrap_or(&[]);
        let chars: Vec<char> = text.chars().collect();
        let idx = index();
        let mut out = Vec::new();
        for i in 0..chars.len() {
            idx.walk_l33t(&chars, i, &letters_for, &|_| true, &mut |j, _, w, sub| {
                let mut sub = sub.to_vec();
                sub.sort_unstable();
                out.push((i, j, w.to_string(), sub));
            });
        }
        out
    }

    #[test]
    fn l33t_walk_reads_symbols_as_letters() {
        let found = l33t_words("p4$$w0rd");
        assert!(found.contains(&(
            0,
            7,
            "password".to_string(),
            vec![('$', 's'), ('0', 'o'), ('4', 'a')]
        )));
        assert!(found.contains(&(0, 3, "pass".to_string(), vec![('$', 's'), ('4', 'a')])));
        assert!(found.contains(&(4, 7, "word".to_string(), vec![('0', 'o')])));
    }

    #[test]
    fn l33t_walk_needs_a_substitution_and_keeps_symbols_consistent() {
        // No substitution: not a l33t match.
        assert!(l33t_words("password").is_empty());
        // One letter written with two different symbols in one token: no match.
        assert!(!l33t_words("p4@ssword")
            .iter()
            .any(|(_, _, w, _)| w == "password"));
        // '$' and '5' both standing for 's' in one token: no match.
        assert!(!l33t_words("p4$5word")
            .iter()
            .any(|(_, _, w, _)| w == "password"));
    }

    #[test]
    fn inverting_the_table_lists_letters_per_symbol() {
        let table: HashMap<char, Vec<char>> = [('i', vec!['1', '!']), ('l', vec!['1', '|'])]
            .into_iter()
            .collect();
        let symbols = invert_l33t_table(&table);
        assert_eq!(symbols[&'1'], vec!['i', 'l']);
        assert_eq!(symbols[&'!'], vec!['i']);
        assert_eq!(symbols[&'|'], vec!['l']);
    }
}
