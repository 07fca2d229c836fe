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
        Value::Object(map) => {
            let mut entries: Vec<(&String, &Value)> = map.iter().collect();
            entries.sort_by(|a, b| a.0.encode_utf16().cmp(b.0.encode_utf16()));
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
    }
}

fn write_string(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\u{8}' => out.push_str("\\b"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\u{c}' => out.push_str("\\f"),
            '\r' => out.push_str("\\r"),
            c if u32::from(c) < 0x20 => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => out.push(c),
        }
    }
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

/// The shortest digit string `d1 d2 … dk` and exponent `e` with `x = 0.d1…dk × 10^(e+1)` that
/// round-trips. Rust picks the candidate closest to `x`, but breaks an exact tie upwards;
/// ECMAScript breaks it towards the even last digit, so ties are settled here.
fn shortest_digits(x: f64) -> (String, i64) {
    let split = |sci: &str| -> (String, i64) {
        let (mantissa, exp) = sci.split_once('e').unwrap_or((sci, "0"));
        (
            mantissa.chars().filter(char::is_ascii_digit).collect(),
            exp.parse().unwrap_or(0),
        )
    };
    let (digits, exp) = split(&format!("{x:e}"));
    let Some(last) = digits.bytes().last().map(|b| b - b'0') else {
        return (digits, exp);
    };
    if last % 2 == 0 {
        return (digits, exp);
    }
    let head = digits.get(..digits.len() - 1).unwrap_or("");
    for alt in [last.wrapping_sub(1), last + 1] {
        if alt > 9 {
            continue;
        }
        let candidate = format!("{head}{alt}");
        let mut sci = candidate.clone();
        sci.insert(1, '.');
        if format!("{sci}e{exp}").parse::<f64>() != Ok(x) {
            continue;
        }
        // A tie only if x lies exactly halfway: its exact expansion is min(d, alt) then 5, then zeros.
        let low = if alt < last {
            candidate.clone()
        } else {
            digits.clone()
        };
        let (exact, exact_exp) = split(&format!("{x:.1100e}"));
        let tail = exact.get(low.len()..).unwrap_or("");
        if exact_exp == exp
            && exact.starts_with(&low)
            && tail.starts_with('5')
            && tail.bytes().skip(1).all(|b| b == b'0')
        {
            return (candidate, exp);
        }
    }
    (digits, exp)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

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
