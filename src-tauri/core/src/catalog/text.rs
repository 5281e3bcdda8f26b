//! [`Text`]: words not yet made. The core hands these out (a message id and its typed
//! arguments); an edge renders them for one language and one surface.

use serde::{Deserialize, Deserializer};
use std::borrow::Cow;

/// One argument of a message: a value the core decided (a host, a count, a field's name).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    /// Shown as is (hosts, labels, codes): never translated.
    Str(String),
    /// A number: Fluent picks the plural form from it and formats it for the language.
    Int(i64),
    /// Words of their own, rendered in the same language first (e.g. a field's name).
    Text(Box<Text>),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Str(s.to_string())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Str(s)
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Self {
        Arg::Str(s.clone())
    }
}
impl From<Text> for Arg {
    fn from(t: Text) -> Self {
        Arg::Text(Box::new(t))
    }
}
macro_rules! int_args {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Self {
                Arg::Int(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
int_args!(i32, i64, u8, u16, u32, u64, usize);

/// A catalog message to be made into words: its id, an optional attribute (like `.fix`) and
/// its arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub id: Cow<'static, str>,
    pub attr: Option<&'static str>,
    pub args: Vec<(&'static str, Arg)>,
}

/// Words to be made at the edge: a catalog message (with an optional attribute, like `.fix`)
/// and its arguments, or, rarely, text that is already words (read back from JSON, or a
/// server's own message quoted as is).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Text {
    /// (Boxed, so a [`Text`] and the [`crate::Problem`] holding two of them stay small.)
    Msg(Box<Message>),
    Literal(String),
}

impl Text {
    /// The catalog message `id`.
    pub fn msg(id: impl Into<Cow<'static, str>>) -> Self {
        Text::Msg(Box::new(Message {
            id: id.into(),
            attr: None,
            args: Vec::new(),
        }))
    }

    /// The attribute `attr` of the catalog message `id` (e.g. `("problem-timeout", "fix")`).
    pub fn attr(id: impl Into<Cow<'static, str>>, attr: &'static str) -> Self {
        Text::Msg(Box::new(Message {
            id: id.into(),
            attr: Some(attr),
            args: Vec::new(),
        }))
    }

    /// The same message with one more argument.
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        if let Text::Msg(m) = &mut self {
            m.args.push((name, value.into()));
        }
        self
    }

    /// The same message and arguments, but its attribute `attr` (message → its `.fix`).
    pub fn with_attr(&self, attr: &'static str) -> Self {
        match self {
            Text::Msg(m) => Text::Msg(Box::new(Message {
                id: m.id.clone(),
                attr: Some(attr),
                args: m.args.clone(),
            })),
            Text::Literal(s) => Text::Literal(s.clone()),
        }
    }

    /// Empty words (a fix that has nothing to say).
    pub fn empty() -> Self {
        Text::Literal(String::new())
    }

    /// True for empty literal words.
    pub fn is_empty(&self) -> bool {
        matches!(self, Text::Literal(s) if s.is_empty())
    }

    /// The message id, if this is a catalog message.
    pub fn id(&self) -> Option<&str> {
        match self {
            Text::Msg(m) => Some(&m.id),
            Text::Literal(_) => None,
        }
    }
}

/// Builds a [`Text`]: `t!("id")`, `t!("id", host = h, n = 3)`, `t!("id.fix", ...)` for an attribute.
#[macro_export]
macro_rules! t {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {{
        #[allow(unused_mut)]
        let mut text = $crate::catalog::Text::from_ref($id);
        $( text = text.arg(stringify!($name), $value); )*
        text
    }};
}

impl Text {
    /// `"id"` or `"id.attr"` as a [`Text`] (what [`t!`] writes).
    pub fn from_ref(reference: &'static str) -> Self {
        match reference.split_once('.') {
            Some((id, attr)) => Text::attr(id, attr),
            None => Text::msg(reference),
        }
    }
}

impl From<&str> for Text {
    fn from(s: &str) -> Self {
        Text::Literal(s.to_string())
    }
}
impl From<String> for Text {
    fn from(s: String) -> Self {
        Text::Literal(s)
    }
}
impl From<&String> for Text {
    fn from(s: &String) -> Self {
        Text::Literal(s.clone())
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        String::deserialize(d).map(Text::Literal)
    }
}
