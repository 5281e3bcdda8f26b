//! The one ISO-8601 UTC millisecond format of the app: `2020-12-08T09:08:57.715Z`. OKX signs
//! requests with it (`OK-ACCESS-TIMESTAMP`), the simulator checks it, and results and saved keys
//! are stamped with it (`checked_at`, `saved_at`). Written once here, with the `time` crate.

use time::format_description::BorrowedFormatItem;
use time::macros::format_description;
use time::{OffsetDateTime, PrimitiveDateTime, UtcOffset};

/// `[year]-[month]-[day]T[hour]:[minute]:[second].[subsecond digits:3]Z`.
const FORMAT: &[BorrowedFormatItem<'static>] =
    format_description!("[year]-[month]-[day]T[hour]:[minute]:[second].[subsecond digits:3]Z");

/// `t` in the format, in UTC.
pub fn format(t: OffsetDateTime) -> String {
    let utc = t.to_offset(UtcOffset::UTC);
    // Formatting a UTC date with a four-digit year cannot fail; build the same shape by hand
    // rather than panic if it ever did.
    utc.format(FORMAT).unwrap_or_else(|_| {
        format!(
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.{:03}Z",
            utc.year(),
            u8::from(utc.month()),
            utc.day(),
            utc.hour(),
            utc.minute(),
            utc.second(),
            utc.millisecond()
        )
    })
}

/// Now, in the format.
pub fn now() -> String {
    format(OffsetDateTime::now_utc())
}

/// A Unix time in milliseconds, in the format (times outside the calendar: the Unix epoch).
pub fn from_unix_ms(ms: i64) -> String {
    format(OffsetDateTime::from_unix_timestamp_nanos(i128::from(ms) * 1_000_000).unwrap_or(OffsetDateTime::UNIX_EPOCH))
}

/// Parses exactly the format (24 characters, nothing more, nothing less), as OKX does.
pub fn parse(text: &str) -> Option<OffsetDateTime> {
    let b = text.as_bytes();
    let shape_ok = b.len() == 24
        && b.iter().enumerate().all(|(i, c)| match i {
            4 | 7 => *c == b'-',
            10 => *c == b'T',
            13 | 16 => *c == b':',
            19 => *c == b'.',
            23 => *c == b'Z',
            _ => c.is_ascii_digit(),
        });
    if !shape_ok {
        return None;
    }
    PrimitiveDateTime::parse(text, FORMAT)
        .ok()
        .map(PrimitiveDateTime::assume_utc)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_is_strict() {
        assert_eq!(from_unix_ms(1_607_418_537_715), "2020-12-08T09:08:57.715Z");
        let t = parse("2020-12-08T09:08:57.715Z").unwrap();
        assert_eq!(format(t), "2020-12-08T09:08:57.715Z");
        for bad in [
            "2020-12-08T09:08:57Z",
            "2020-12-08T09:08:57.7150Z",
            "2020-12-08 09:08:57.715Z",
            "2020-13-08T09:08:57.715Z",
        ] {
            assert!(parse(bad).is_none(), "{bad}");
        }
        assert_eq!(now().len(), 24);
    }

    #[test]
    fn timestamps_have_milliseconds_and_z() {
        assert_eq!(from_unix_ms(1_607_418_537_715), "2020-12-08T09:08:57.715Z");
        assert_eq!(from_unix_ms(0), "1970-01-01T00:00:00.000Z");
        assert_eq!(from_unix_ms(1_607_418_537_000), "2020-12-08T09:08:57.000Z");
        let now = now();
        assert_eq!(now.len(), 24, "{now}");
        assert!(now.ends_with('Z'));
        // A non-UTC offset is converted, never printed.
        let t = OffsetDateTime::from_unix_timestamp(0)
            .unwrap()
            .to_offset(time::macros::offset!(+2));
        assert_eq!(format(t), "1970-01-01T00:00:00.000Z");
    }
}
