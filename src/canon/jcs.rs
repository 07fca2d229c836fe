//! RFC 8785 JSON Canonicalization Scheme.
//!
//! Members sorted by their names' UTF-16 code units; no white space; strings escaped as
//! ECMAScript's `JSON.stringify` does; numbers written as ECMAScript's `Number.prototype.toString`
//! writes an IEEE 754 double (which differs from serde_json's own output: `1e21`, `1e-7`, `5e-324`).

use serde_json::{Number, Value};

/// The canonical form of `value` as a string.
pub fn canonicalize(value: &Value) -> String {
    let mut out = String::new();
    write_value(value, &mut out);
    out
}

/// The canonical form of the object with these members, borrowed: a document without its proof
/// is canonicalised without being copied. Names must be distinct.
pub fn canonicalize_members(members: Vec<(&str, &Value)>) -> String {
    let mut out = String::new();
    write_members(members, &mut out);
    out
}

fn write_value(v: &Value, out: &mut String) {
    match v {
        Value::Null => out.push_str("null"),
        Value::Bool(true) => out.push_str("true"),
        Value::Bool(false) => out.push_str("false"),
        Value::Number(n) => out.push_str(&number(n)),
        Value::String(s) => write_string(s, out),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_value(item, out);
            }
            out.push(']');
        }
        Value::Object(map) => write_members(map.iter().map(|(k, v)| (k.as_str(), v)).collect(), out),
    }
}

fn write_members(mut entries: Vec<(&str, &Value)>, out: &mut String) {
    // UTF-16 order is code point order, which is UTF-8 byte order, except between a character of
    // U+E000..=U+FFFF and one above U+FFFF (a surrogate pair), whose UTF-8 starts with 0xEE or
    // more. A serde_json map comes in byte order: unless a name has such bytes (hardly ever), it
    // needs no sorting.
    let high = entries.iter().any(|(k, _)| k.bytes().any(|b| b >= 0xEE));
    if high || entries.windows(2).any(|w| matches!(w, [a, b] if a.0 > b.0)) {
        crate::sort::sort_by(&mut entries, |a, b| {
            a.0.encode_utf16().cmp(b.0.encode_utf16())
        });
    }
    out.push('{');
    for (i, (k, item)) in entries.into_iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        write_string(k, out);
        out.push(':');
        write_value(item, out);
    }
    out.push('}');
}

fn write_string(s: &str, out: &mut String) {
    out.push('"');
    // Runs of characters that need no escape are copied whole. Every escaped character is ASCII
    // and no byte of a multi-byte UTF-8 sequence is below 0x80, so the cuts fall between characters.
    let mut start = 0;
    for (i, b) in s.bytes().enumerate() {
        let escape = match b {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            0x08 => "\\b",
            b'\t' => "\\t",
            b'\n' => "\\n",
            0x0c => "\\f",
            b'\r' => "\\r",
            0x00..=0x1f => "",
            _ => continue,
        };
        out.push_str(s.get(start..i).unwrap_or_default());
        if escape.is_empty() {
            out.push_str(&format!("\\u{b:04x}"));
        } else {
            out.push_str(escape);
        }
        start = i + 1;
    }
    out.push_str(s.get(start..).unwrap_or_default());
    out.push('"');
}

/// A JSON number as ECMAScript would print the IEEE 754 double it denotes.
fn number(n: &Number) -> String {
    // Integers are exact in u64/i64; JCS (and JavaScript) work on the nearest double.
    #[allow(clippy::cast_precision_loss)]
    let f = if let Some(u) = n.as_u64() {
        u as f64
    } else if let Some(i) = n.as_i64() {
        i as f64
    } else {
        n.as_f64().unwrap_or(0.0)
    };
    es_number(f)
}

/// ECMAScript `Number::toString(x)` for finite `x` (ECMA-262 §6.1.6.1.20), radix 10.
pub fn es_number(x: f64) -> String {
    if x == 0.0 || !x.is_finite() {
        // -0 prints as "0"; NaN and infinities cannot occur in JSON.
        return String::from("0");
    }
    let sign = if x < 0.0 { "-" } else { "" };
    // Rust's `{:e}` prints the shortest digit string that round-trips, as ECMAScript requires.
    let (digits, exp) = shortest_digits(x.abs());
    let k = digits.len() as i64;
    let n = exp + 1; // position of the decimal point
    let body = if k <= n && n <= 21 {
        let zeros = usize::try_from(n - k).unwrap_or(0);
        format!("{digits}{}", "0".repeat(zeros))
    } else if 0 < n && n <= 21 {
        let (int, frac) = digits.split_at(usize::try_from(n).unwrap_or(0).min(digits.len()));
        format!("{int}.{frac}")
    } else if -6 < n && n <= 0 {
        format!("0.{}{digits}", "0".repeat(usize::try_from(-n).unwrap_or(0)))
    } else {
        let e = n - 1;
        let esign = if e < 0 { '-' } else { '+' };
        let (first, rest) = digits.split_at(1.min(digits.len()));
        if rest.is_empty() {
            format!("{first}e{esign}{}", e.abs())
        } else {
            format!("{first}.{rest}e{esign}{}", e.abs())
        }
    };
    format!("{sign}{body}")
}

/// The shortest digit string `d1 d2 … dk` and exponent `e` with `x = d1.d2…dk × 10^e` that
/// round-trips, for finite `x > 0`. zmij (Schubfach, already used by serde_json) gives the
/// shortest representation closest to `x`; when `x` lies exactly halfway between two such
/// candidates ECMAScript takes the one with the even last digit, which is settled here exactly.
fn shortest_digits(x: f64) -> (String, i64) {
    let mut buf = zmij::Buffer::new();
    let (digits, exp) = decimal_parts(buf.format_finite(x));
    let k = digits.len();
    let Some(last) = digits.bytes().last().map(|b| b - b'0') else {
        return (digits, exp);
    };
    if last % 2 == 0 || k > 17 {
        return (digits, exp);
    }
    let head = digits.get(..k - 1).unwrap_or("");
    let Ok(d) = digits.parse::<u64>() else {
        return (digits, exp);
    };
    let q = exp - (k as i64) + 1; // power of ten of the last digit
    for alt in [last.wrapping_sub(1), last + 1] {
        if alt > 9 {
            continue;
        }
        let low = if alt < last { d - 1 } else { d };
        if is_exact_midpoint(x, low * 10 + 5, q - 1) {
            return (format!("{head}{alt}"), exp);
        }
    }
    (digits, exp)
}

/// Whether `x == mid × 10^t` exactly, with `mid` odd (it ends in 5).
pub(crate) fn is_exact_midpoint(x: f64, mid: u64, t: i64) -> bool {
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1u64 << 52) - 1);
    if biased == 0 || fraction == 0 {
        return false; // subnormal or a power of two: no exact decimal midpoint with ≤ 18 digits
    }
    let (mut m, mut e) = (fraction | (1u64 << 52), biased - 1075);
    let shift = m.trailing_zeros();
    m >>= shift;
    e += i64::from(shift);
    // x = m·2^e with m odd; mid·10^t = mid·5^t·2^t with mid·5^t odd: equal iff e == t and the odd parts agree.
    if e != t {
        return false;
    }
    let pow5 = |n: i64| u32::try_from(n).ok().and_then(|n| 5u128.checked_pow(n));
    if t >= 0 {
        pow5(t).and_then(|p| p.checked_mul(u128::from(mid))) == Some(u128::from(m))
    } else {
        pow5(-t).and_then(|p| p.checked_mul(u128::from(m))) == Some(u128::from(mid))
    }
}

/// Splits a decimal numeral (`123.45`, `1e-7`, `1.5e+300`, `0.001`) into significant digits
/// without leading or trailing zeros and the exponent of the first digit.
fn decimal_parts(text: &str) -> (String, i64) {
    let (mantissa, exp) = match text.find(['e', 'E']) {
        Some(i) => (
            text.get(..i).unwrap_or(""),
            text.get(i + 1..).unwrap_or("0"),
        ),
        None => (text, "0"),
    };
    let exp: i64 = exp.trim_start_matches('+').parse().unwrap_or(0);
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let all = format!("{int}{frac}");
    let leading = all.bytes().take_while(|&b| b == b'0').count();
    let digits = all.get(leading..).unwrap_or("").trim_end_matches('0');
    let point = int.len() as i64 - leading as i64; // digits before the decimal point
    if digits.is_empty() {
        return (String::from("0"), 0);
    }
    (digits.to_owned(), point - 1 + exp)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]
    use super::*;

    #[test]
    fn strings_escape_as_rfc_8785_says() {
        // RFC 8785 §3.2.2.2: the short escapes, \u00XX (lower-case) for other controls, everything
        // else as it is — including quotes inside multi-byte text and U+2028, U+007F.
        let cases = [
            ("", r#""""#),
            ("plain", r#""plain""#),
            ("a\"b\\c", r#""a\"b\\c""#),
            ("\u{8}\t\n\u{c}\r", r#""\b\t\n\f\r""#),
            ("\u{0}\u{1f}\u{7f}", "\"\\u0000\\u001f\u{7f}\""),
            ("é\"ü€𝄞\u{2028}", "\"é\\\"ü€𝄞\u{2028}\""),
            ("\u{1b}[31m", "\"\\u001b[31m\""),
        ];
        for (input, expected) in cases {
            let mut out = String::new();
            write_string(input, &mut out);
            assert_eq!(out, expected, "{input:?}");
            // the same as serde_json's escaping, which RFC 8785 matches for these
            assert_eq!(out, serde_json::to_string(input).unwrap(), "{input:?}");
        }
    }

    #[test]
    fn numbers_follow_ecmascript() {
        // RFC 8785 Appendix B and ECMAScript edge cases.
        let cases: &[(u64, &str)] = &[
            (0x0000000000000000, "0"),
            (0x8000000000000000, "0"),
            (0x0000000000000001, "5e-324"),
            (0x8000000000000001, "-5e-324"),
            (0x7fefffffffffffff, "1.7976931348623157e+308"),
            (0xffefffffffffffff, "-1.7976931348623157e+308"),
            (0x4340000000000000, "9007199254740992"),
            (0xc340000000000000, "-9007199254740992"),
            (0x4430000000000000, "295147905179352830000"),
            (0x44b52d02c7e14af5, "9.999999999999997e+22"),
            (0x44b52d02c7e14af6, "1e+23"),
            (0x44b52d02c7e14af7, "1.0000000000000001e+23"),
            (0x444b1ae4d6e2ef4e, "999999999999999700000"),
            (0x444b1ae4d6e2ef4f, "999999999999999900000"),
            (0x444b1ae4d6e2ef50, "1e+21"),
            (0x3eb0c6f7a0b5ed8c, "9.999999999999997e-7"),
            (0x3eb0c6f7a0b5ed8d, "0.000001"),
            (0x41b3de4355555553, "333333333.3333332"),
            (0x41b3de4355555554, "333333333.33333325"),
            (0x41b3de4355555555, "333333333.3333333"),
            (0x41b3de4355555556, "333333333.3333334"),
            (0x41b3de4355555557, "333333333.33333343"),
            (0xbecbf647612f3696, "-0.0000033333333333333333"),
            (0x43143ff3c1cb0959, "1424953923781206.2"),
        ];
        for &(bits, want) in cases {
            assert_eq!(es_number(f64::from_bits(bits)), want, "{bits:#x}");
        }
        assert_eq!(es_number(1e-7), "1e-7");
        assert_eq!(es_number(123.0), "123");
        assert_eq!(es_number(0.5), "0.5");
        assert_eq!(es_number(-1.5e300), "-1.5e+300");
    }

    /// The reference: Rust's shortest round-trip digits, ties settled by the exact decimal
    /// expansion (std's Dragon4), as the ECMAScript specification words it.
    fn reference(x: f64) -> (String, i64) {
        let split = |sci: &str| -> (String, i64) {
            let (m, e) = sci.split_once('e').unwrap();
            (
                m.chars().filter(char::is_ascii_digit).collect(),
                e.parse().unwrap(),
            )
        };
        let (digits, exp) = split(&format!("{x:e}"));
        let (exact, _) = split(&format!("{x:.1100e}"));
        let k = digits.len();
        let last = digits.as_bytes()[k - 1] - b'0';
        for alt in [last.wrapping_sub(1), last + 1] {
            if alt > 9 || last % 2 == 0 {
                continue;
            }
            let cand = format!("{}{alt}", &digits[..k - 1]);
            let low = if alt < last {
                cand.clone()
            } else {
                digits.clone()
            };
            let tail = &exact[low.len().min(exact.len())..];
            if exact.starts_with(&low)
                && tail.starts_with('5')
                && tail[1..].bytes().all(|b| b == b'0')
            {
                return (cand, exp);
            }
        }
        (digits, exp)
    }

    #[test]
    fn shortest_digits_match_the_reference_on_random_and_tricky_doubles() {
        let mut state = 0x9e37_79b9_7f4a_7c15_u64;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        let mut cases: Vec<f64> = (0..20_000)
            .map(|_| f64::from_bits(next() >> 1))
            .filter(|x| x.is_finite() && *x > 0.0)
            .collect();
        // short decimals and halfway cases (…25, …75 at many scales), integers around 2^53
        for i in 1..2000u64 {
            cases.push(i as f64 / 8.0);
            cases.push(i as f64 * 1e15 + 0.25);
            cases.push((1u64 << 53) as f64 + (i * 2) as f64);
            cases.push(i as f64 * 0.001);
        }
        cases.push(f64::from_bits(0x43143ff3c1cb0959));
        for x in cases {
            assert_eq!(
                shortest_digits(x),
                reference(x),
                "{x:e} ({:#x})",
                x.to_bits()
            );
        }
    }

    #[test]
    fn members_in_any_order_as_the_object() {
        let object = serde_json::json!({"b": [1, {"z": 1, "a": 2}], "a": "x", "\u{fb01}": 1, "\u{1f600}": 2, "é": 3});
        let map = object.as_object().unwrap();
        let mut members: Vec<(&str, &Value)> = map.iter().map(|(k, v)| (k.as_str(), v)).collect();
        members.reverse();
        assert_eq!(canonicalize_members(members), canonicalize(&object));
        let ascii = [("b", &Value::Null), ("a", &Value::Bool(true))].to_vec();
        assert_eq!(canonicalize_members(ascii), r#"{"a":true,"b":null}"#);
    }

    #[test]
    fn rfc8785_example_sorting_and_escapes() {
        let v: Value = serde_json::from_str(
            r#"{"numbers":[333333333.33333329,1E30,4.50,2e-3,0.000000000000000000000000001],
                "string":"\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/",
                "literals":[null,true,false]}"#,
        )
        .unwrap();
        assert_eq!(
            canonicalize(&v),
            r#"{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\u000f\nA'B\"\\\\\"/"}"#
        );
        // UTF-16 order: U+1F600 (surrogates D83D…) sorts before U+FB01 although its UTF-8 sorts after.
        let w: Value = serde_json::from_str(r#"{"\ufb01":1,"\ud83d\ude00":2,"a":3}"#).unwrap();
        assert_eq!(canonicalize(&w), "{\"a\":3,\"\u{1f600}\":2,\"\u{fb01}\":1}");
    }

    #[test]
    fn integers_beyond_2_53_become_doubles() {
        let v: Value = serde_json::from_str("[12345678901234567890,-9007199254740993]").unwrap();
        assert_eq!(canonicalize(&v), "[12345678901234567000,-9007199254740992]");
    }
}
