//! Time as data: XML Schema `dateTime` / RFC 3339 parsing and formatting. The library never reads a clock;
//! every check takes `now` as a parameter.

use std::fmt;

/// An instant, as seconds and nanoseconds since 1970-01-01T00:00:00Z (UTC).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp {
    secs: i64,
    nanos: u32,
}

/// Why a date string could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DateError;

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("not an XML Schema dateTime")
    }
}

impl std::error::Error for DateError {}

/// Whether a parsed dateTime stated its time zone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Zone {
    /// `Z` or `±hh:mm` was given.
    Stated,
    /// No zone: read as UTC (VC 1.1 allows this; VC 2.0 requires a zone).
    Missing,
}

impl Timestamp {
    /// The instant `secs` seconds after the Unix epoch.
    pub const fn from_unix(secs: i64) -> Self {
        Self { secs, nanos: 0 }
    }

    /// From milliseconds since the epoch (JavaScript's `Date.now()`); `None` for NaN or out of range.
    pub fn from_unix_millis(ms: f64) -> Option<Self> {
        if !ms.is_finite() || ms.abs() > 8.64e15 {
            return None;
        }
        let whole = ms.floor();
        // In range by the check above: |ms| <= 8.64e15 fits an i64 exactly.
        #[allow(clippy::cast_possible_truncation)]
        let whole_ms = whole as i64;
        let secs = whole_ms.div_euclid(1000);
        let rem_ms = whole_ms.rem_euclid(1000);
        let frac_ns = ((ms - whole) * 1e6).round();
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let nanos = (rem_ms as u32) * 1_000_000 + (frac_ns as u32).min(999_999);
        Some(Self { secs, nanos })
    }

    /// Seconds since the Unix epoch.
    pub const fn unix(self) -> i64 {
        self.secs
    }

    /// Parses an XML Schema 1.1 `dateTime` (which RFC 3339 timestamps are a subset of):
    /// `YYYY-MM-DDThh:mm:ss(.s+)?(Z|±hh:mm)?`. Years 0001–9999; `24:00:00` is accepted as the
    /// next midnight, as XML Schema says.
    ///
    /// # Errors
    /// `DateError` for anything else, including out-of-range fields and February 30.
    pub fn parse(text: &str) -> Result<(Self, Zone), DateError> {
        let b = text.as_bytes();
        let mut p = Cursor { b, i: 0 };
        let year = p.digits(4)?;
        p.expect(b'-')?;
        let month = p.digits(2)?;
        p.expect(b'-')?;
        let day = p.digits(2)?;
        p.expect(b'T')?;
        let hour = p.digits(2)?;
        p.expect(b':')?;
        let minute = p.digits(2)?;
        p.expect(b':')?;
        let second = p.digits(2)?;
        let mut nanos: u32 = 0;
        if p.peek() == Some(b'.') {
            p.i += 1;
            let start = p.i;
            let mut scale: u32 = 100_000_000;
            while let Some(c @ b'0'..=b'9') = p.peek() {
                nanos += u32::from(c - b'0') * scale;
                scale /= 10;
                p.i += 1;
            }
            if p.i == start {
                return Err(DateError);
            }
        }
        let (offset_secs, zone) = match p.peek() {
            None => (0_i64, Zone::Missing),
            Some(b'Z') => {
                p.i += 1;
                (0, Zone::Stated)
            }
            Some(sign @ (b'+' | b'-')) => {
                p.i += 1;
                let oh = p.digits(2)?;
                p.expect(b':')?;
                let om = p.digits(2)?;
                if oh > 14 || om > 59 || (oh == 14 && om != 0) {
                    return Err(DateError);
                }
                let off = i64::from(oh * 3600 + om * 60);
                (if sign == b'+' { off } else { -off }, Zone::Stated)
            }
            Some(_) => return Err(DateError),
        };
        if p.i != b.len() {
            return Err(DateError);
        }
        if year == 0 || !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return Err(DateError);
        }
        let end_of_day = hour == 24 && minute == 0 && second == 0 && nanos == 0;
        if (hour > 23 && !end_of_day) || minute > 59 || second > 59 {
            return Err(DateError);
        }
        let days = days_from_civil(i64::from(year), month, day);
        let secs = days * 86_400 + i64::from(hour * 3600 + minute * 60 + second) - offset_secs;
        Ok((Self { secs, nanos }, zone))
    }

    /// RFC 3339 in UTC, with fractional seconds only when there are any: `2026-11-22T00:00:00Z`.
    pub fn to_rfc3339(self) -> String {
        self.to_string()
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let days = self.secs.div_euclid(86_400);
        let rem = self.secs.rem_euclid(86_400);
        let (y, m, d) = civil_from_days(days);
        write!(
            f,
            "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}",
            rem / 3600,
            rem % 3600 / 60,
            rem % 60
        )?;
        if self.nanos != 0 {
            let mut frac = format!("{:09}", self.nanos);
            while frac.ends_with('0') {
                frac.pop();
            }
            write!(f, ".{frac}")?;
        }
        f.write_str("Z")
    }
}

struct Cursor<'a> {
    b: &'a [u8],
    i: usize,
}

impl Cursor<'_> {
    fn peek(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }
    fn expect(&mut self, c: u8) -> Result<(), DateError> {
        if self.peek() == Some(c) {
            self.i += 1;
            Ok(())
        } else {
            Err(DateError)
        }
    }
    fn digits(&mut self, n: usize) -> Result<u32, DateError> {
        let mut v: u32 = 0;
        for _ in 0..n {
            match self.peek() {
                Some(c @ b'0'..=b'9') => v = v * 10 + u32::from(c - b'0'),
                _ => return Err(DateError),
            }
            self.i += 1;
        }
        Ok(v)
    }
}

fn is_leap(y: u32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn days_in_month(y: u32, m: u32) -> u32 {
    match m {
        2 if is_leap(y) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn parses_and_formats_round_trip() {
        let (t, z) = Timestamp::parse("2026-11-22T00:00:00Z").unwrap();
        assert_eq!(z, Zone::Stated);
        assert_eq!(t.unix(), 1_795_305_600);
        assert_eq!(t.to_string(), "2026-11-22T00:00:00Z");
    }

    #[test]
    fn offsets_fractions_and_missing_zone() {
        let (a, _) = Timestamp::parse("2010-01-01T01:00:00+01:00").unwrap();
        let (b, _) = Timestamp::parse("2010-01-01T00:00:00Z").unwrap();
        assert_eq!(a, b);
        let (c, _) = Timestamp::parse("2025-07-14T20:59:07.322Z").unwrap();
        assert_eq!(c.to_string(), "2025-07-14T20:59:07.322Z");
        let (_, z) = Timestamp::parse("2010-01-01T00:00:00").unwrap();
        assert_eq!(z, Zone::Missing);
        let (d, _) = Timestamp::parse("1999-12-31T24:00:00Z").unwrap();
        assert_eq!(d.to_string(), "2000-01-01T00:00:00Z");
    }

    #[test]
    fn rejects_what_is_not_a_date_time() {
        for bad in [
            "",
            "2024-02-30T00:00:00Z",
            "2023-02-29T00:00:00Z",
            "2024-13-01T00:00:00Z",
            "2024-01-01",
            "2024-01-01T00:00Z",
            "2024-01-01T00:00:00.Z",
            "2024-01-01T25:00:00Z",
            "2024-01-01T00:00:00+15:00",
            "2024-01-01t00:00:00Z",
            "0000-01-01T00:00:00Z",
            "2024-01-01T00:00:00Z ",
            "２０２４-01-01T00:00:00Z",
            "2024-01-01T00:00:60Z",
        ] {
            assert!(Timestamp::parse(bad).is_err(), "{bad}");
        }
        assert!(Timestamp::parse("2024-02-29T23:59:59Z").is_ok());
    }

    #[test]
    fn millis_from_javascript() {
        let t = Timestamp::from_unix_millis(1_795_305_600_123.0).unwrap();
        assert_eq!(t.to_string(), "2026-11-22T00:00:00.123Z");
        assert!(Timestamp::from_unix_millis(f64::NAN).is_none());
        assert_eq!(
            Timestamp::from_unix_millis(-1.0).unwrap().to_string(),
            "1969-12-31T23:59:59.999Z"
        );
    }
}
