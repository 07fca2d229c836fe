//! Strict JSON: UTF-8, no duplicate member names, bounded size, depth, string length and value count.
//!
//! serde_json silently keeps the *last* of two members with the same name, while other parsers keep
//! the first: a signed credential could then say one thing to the signer and another to us. Such
//! documents are rejected outright.

use serde::de::{self, Deserialize, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Number, Value};

use crate::codes::{Code, Fault};
use crate::lines;
use crate::limits::{MAX_JSON_BYTES, MAX_JSON_DEPTH, MAX_JSON_STRING_BYTES, MAX_JSON_VALUES};

const DUPLICATE_MARK: &str = "keurmerk-duplicate-member:";

/// Parses `bytes` as one strict JSON value.
///
/// # Errors
/// [`Code::InputTooLarge`], [`Code::InputNotUtf8`], [`Code::JsonSyntax`], [`Code::JsonDuplicateKey`],
/// [`Code::JsonTooDeep`], [`Code::JsonStringTooLong`], [`Code::JsonTooManyValues`],
/// [`Code::JsonNumberOutOfRange`].
pub fn parse(bytes: &[u8]) -> Result<Value, Fault> {
    if bytes.len() > MAX_JSON_BYTES {
        return Err(lines::fault(
            Code::InputTooLarge,
            lines::json_too_large(bytes.len(), MAX_JSON_BYTES),
        ));
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        lines::fault(Code::InputNotUtf8, lines::utf8_invalid_at(e.valid_up_to()))
    })?;
    let mut de = serde_json::Deserializer::from_str(text);
    let value = Strict::deserialize(&mut de)
        .and_then(|v| de.end().map(|()| v))
        .map_err(classify)?;
    check_shape(&value.0)?;
    Ok(value.0)
}

fn classify(e: serde_json::Error) -> Fault {
    let msg = e.to_string();
    if let Some(rest) = msg.strip_prefix(DUPLICATE_MARK) {
        return lines::fault(Code::JsonDuplicateKey, lines::json_duplicate_member(rest));
    }
    if msg.starts_with("recursion limit exceeded") {
        return lines::fault(Code::JsonTooDeep, lines::json_too_deep(MAX_JSON_DEPTH));
    }
    if msg.starts_with("number out of range") {
        return lines::fault(Code::JsonNumberOutOfRange, lines::json_number_out_of_range(msg));
    }
    lines::fault(Code::JsonSyntax, lines::json_syntax(msg))
}

/// Walks the parsed value once, iteratively, to enforce depth, string length and value count.
fn check_shape(root: &Value) -> Result<(), Fault> {
    let mut stack: Vec<(&Value, usize)> = vec![(root, 1)];
    let mut count = 0usize;
    while let Some((v, depth)) = stack.pop() {
        count += 1;
        if count > MAX_JSON_VALUES {
            return Err(lines::fault(
                Code::JsonTooManyValues,
                lines::json_too_many_values(MAX_JSON_VALUES),
            ));
        }
        if depth > MAX_JSON_DEPTH {
            return Err(lines::fault(Code::JsonTooDeep, lines::json_too_deep(MAX_JSON_DEPTH)));
        }
        match v {
            Value::String(s) => check_string(s)?,
            Value::Array(items) => stack.extend(items.iter().map(|i| (i, depth + 1))),
            Value::Object(map) => {
                for (k, item) in map {
                    check_string(k)?;
                    stack.push((item, depth + 1));
                }
            }
            Value::Null | Value::Bool(_) | Value::Number(_) => {}
        }
    }
    Ok(())
}

fn check_string(s: &str) -> Result<(), Fault> {
    if s.len() > MAX_JSON_STRING_BYTES {
        return Err(lines::fault(
            Code::JsonStringTooLong,
            lines::json_string_too_long(s.len(), MAX_JSON_STRING_BYTES),
        ));
    }
    Ok(())
}

/// A `serde_json::Value` built by a visitor that refuses duplicate member names.
struct Strict(Value);

impl<'de> Deserialize<'de> for Strict {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(StrictVisitor)
    }
}

struct StrictSeed;

impl<'de> DeserializeSeed<'de> for StrictSeed {
    type Value = Value;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        Strict::deserialize(d).map(|s| s.0)
    }
}

struct StrictVisitor;

impl<'de> Visitor<'de> for StrictVisitor {
    type Value = Strict;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_bool<E>(self, v: bool) -> Result<Strict, E> {
        Ok(Strict(Value::Bool(v)))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Strict, E> {
        Ok(Strict(Value::Number(v.into())))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Strict, E> {
        Ok(Strict(Value::Number(v.into())))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Strict, E> {
        Number::from_f64(v)
            .map(|n| Strict(Value::Number(n)))
            .ok_or_else(|| E::custom("number out of range"))
    }
    fn visit_str<E>(self, v: &str) -> Result<Strict, E> {
        Ok(Strict(Value::String(v.to_owned())))
    }
    fn visit_string<E>(self, v: String) -> Result<Strict, E> {
        Ok(Strict(Value::String(v)))
    }
    fn visit_unit<E>(self) -> Result<Strict, E> {
        Ok(Strict(Value::Null))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Strict, A::Error> {
        let mut items = Vec::new();
        while let Some(v) = seq.next_element_seed(StrictSeed)? {
            items.push(v);
        }
        Ok(Strict(Value::Array(items)))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Strict, A::Error> {
        let mut out = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            if out.contains_key(&key) {
                let shown: String = key.chars().take(64).collect();
                return Err(de::Error::custom(format!("{DUPLICATE_MARK}{shown:?}")));
            }
            let v = map.next_value_seed(StrictSeed)?;
            out.insert(key, v);
        }
        Ok(Strict(Value::Object(out)))
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn code(input: &[u8]) -> Code {
        parse(input).unwrap_err().code
    }

    #[test]
    fn duplicate_member_is_rejected_even_when_nested() {
        assert_eq!(code(br#"{"id":"a","id":"b"}"#), Code::JsonDuplicateKey);
        assert_eq!(
            code(br#"{"a":[{"x":1,"y":2,"x":3}]}"#),
            Code::JsonDuplicateKey
        );
        // the same name in sibling objects is fine
        assert!(parse(br#"[{"x":1},{"x":2}]"#).is_ok());
        // escapes are decoded before comparing
        assert_eq!(code(br#"{"id":1,"\u0069d":2}"#), Code::JsonDuplicateKey);
    }

    #[test]
    fn limits_are_named_errors() {
        let deep = "[".repeat(MAX_JSON_DEPTH + 1) + &"]".repeat(MAX_JSON_DEPTH + 1);
        assert_eq!(code(deep.as_bytes()), Code::JsonTooDeep);
        let very_deep = "[".repeat(10_000);
        assert_eq!(code(very_deep.as_bytes()), Code::JsonTooDeep);
        let ok = "[".repeat(MAX_JSON_DEPTH) + &"]".repeat(MAX_JSON_DEPTH);
        assert!(parse(ok.as_bytes()).is_ok());
        let long = format!("\"{}\"", "a".repeat(MAX_JSON_STRING_BYTES + 1));
        assert_eq!(code(long.as_bytes()), Code::JsonStringTooLong);
        assert_eq!(code(&vec![b' '; MAX_JSON_BYTES + 1]), Code::InputTooLarge);
        let many = format!("[{}0]", "0,".repeat(MAX_JSON_VALUES));
        assert_eq!(code(many.as_bytes()), Code::JsonTooManyValues);
    }

    #[test]
    fn syntax_and_encoding() {
        assert_eq!(code(b"{\"a\":1,}"), Code::JsonSyntax);
        assert_eq!(code(b"{} {}"), Code::JsonSyntax);
        assert_eq!(code(b"\"\xff\""), Code::InputNotUtf8);
        assert_eq!(code(br#""\ud800""#), Code::JsonSyntax);
        assert_eq!(code(b"1e400"), Code::JsonNumberOutOfRange);
        assert_eq!(code(b""), Code::JsonSyntax);
    }
}
