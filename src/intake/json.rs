//! Strict JSON: UTF-8, no duplicate member names, bounded size, depth, string length and value count.
//!
//! serde_json silently keeps the *last* of two members with the same name, while other parsers keep
//! the first: a signed credential could then say one thing to the signer and another to us. Such
//! documents are rejected outright.

use std::cell::RefCell;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Number, Value};

use crate::codes::{Code, Fault};
use crate::lines;
use crate::limits::{MAX_JSON_BYTES, MAX_JSON_DEPTH, MAX_JSON_STRING_BYTES, MAX_JSON_VALUES};

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
    let refused = RefCell::new(None);
    let mut de = serde_json::Deserializer::from_str(text);
    let value = Strict { refused: &refused, depth: 1 }
        .deserialize(&mut de)
        .and_then(|v| de.end().map(|()| v))
        .map_err(|e| classify(&e, refused.into_inner(), text))?;
    check_shape(&value)?;
    Ok(value)
}

/// What the strict reader refused, as data (serde only carries an error's words).
enum Refused {
    /// A member name given twice in one object (shown as JSON, at most 64 characters).
    Duplicate(String),
    /// Nested deeper than `MAX_JSON_DEPTH`.
    TooDeep,
    /// A number no double can hold.
    OutOfRange,
}

/// The fault of a parse error: what the strict reader refused, else serde's category and where
/// it happened. serde's words are not used (their `Display` would carry every I/O error's
/// words into the wasm): a syntax error at a number literal no double can hold is out of range.
fn classify(e: &serde_json::Error, refused: Option<Refused>, text: &str) -> Fault {
    let (line, column) = (e.line(), e.column());
    match refused {
        Some(Refused::Duplicate(name)) => {
            lines::fault(Code::JsonDuplicateKey, lines::json_duplicate_member(name))
        }
        Some(Refused::TooDeep) => {
            lines::fault(Code::JsonTooDeep, lines::json_too_deep(MAX_JSON_DEPTH))
        }
        Some(Refused::OutOfRange) => out_of_range(line, column),
        None if e.is_eof() => lines::fault(Code::JsonSyntax, lines::json_ends_early(line, column)),
        None if number_at(text, line, column).is_some_and(f64::is_infinite) => {
            out_of_range(line, column)
        }
        None => lines::fault(Code::JsonSyntax, lines::json_syntax(line, column)),
    }
}

fn out_of_range(line: usize, column: usize) -> Fault {
    lines::fault(
        Code::JsonNumberOutOfRange,
        lines::json_number_out_of_range(line, column),
    )
}

/// The number literal around `line` and `column` (1-based, as serde reports them), read as a
/// double, if there is one there.
fn number_at(text: &str, line: usize, column: usize) -> Option<f64> {
    let start = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum::<usize>();
    let at = (start + column).min(text.len());
    let is_num = |b: &u8| b.is_ascii_digit() || matches!(b, b'-' | b'+' | b'.' | b'e' | b'E');
    let bytes = text.as_bytes();
    let from = bytes.get(..at)?.iter().rposition(|b| !is_num(b)).map_or(0, |i| i + 1);
    let to = bytes.get(at..)?.iter().position(|b| !is_num(b)).map_or(text.len(), |i| at + i);
    text.get(from..to)?.parse().ok()
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

/// A `serde_json::Value` read by a visitor that refuses duplicate member names, nesting deeper
/// than `MAX_JSON_DEPTH` and numbers no double can hold, saying which in `refused`.
#[derive(Clone, Copy)]
struct Strict<'a> {
    refused: &'a RefCell<Option<Refused>>,
    depth: usize,
}

impl Strict<'_> {
    /// Records why, and returns an error for serde to pass up (its words are not read).
    fn refuse<E: de::Error>(self, why: Refused) -> E {
        *self.refused.borrow_mut() = Some(why);
        E::custom("refused")
    }

    /// The reader of a value one level down.
    fn inner(self) -> Self {
        Self { depth: self.depth + 1, ..self }
    }
}

impl<'de> DeserializeSeed<'de> for Strict<'_> {
    type Value = Value;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        // before serde's own recursion limit (128), which would only say so in words
        if self.depth > MAX_JSON_DEPTH {
            return Err(self.refuse(Refused::TooDeep));
        }
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Strict<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::Number(v.into()))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::Number(v.into()))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Value, E> {
        Number::from_f64(v)
            .map(Value::Number)
            .ok_or_else(|| self.refuse(Refused::OutOfRange))
    }
    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_owned()))
    }
    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }
    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let inner = self.inner();
        let mut items = Vec::new();
        while let Some(v) = seq.next_element_seed(inner)? {
            items.push(v);
        }
        Ok(Value::Array(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let inner = self.inner();
        let mut out = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            if out.contains_key(&key) {
                let shown: String = key.chars().take(64).collect();
                return Err(self.refuse(Refused::Duplicate(format!("{shown:?}"))));
            }
            let v = map.next_value_seed(inner)?;
            out.insert(key, v);
        }
        Ok(Value::Object(out))
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
        assert_eq!(code(b"{\n  \"a\": [1, -1e309]}"), Code::JsonNumberOutOfRange);
        assert_eq!(code(format!("[{}]", "9".repeat(400)).as_bytes()), Code::JsonNumberOutOfRange);
        assert_eq!(code(b"[1e5, 1x]"), Code::JsonSyntax, "a syntax error beside a number");
        let at = parse(b"{\n  \"a\": [1,, 2]}").unwrap_err();
        assert_eq!(at.line(), Some("json_syntax"));
        let args = &at.facts.as_ref().unwrap().args;
        assert_eq!(args, &[crate::lines::Arg::Number(2), crate::lines::Arg::Number(11)]);
        assert_eq!(parse(b"[1, 2").unwrap_err().line(), Some("json_ends_early"));
        assert_eq!(parse(br#"{"a":1,"a":2}"#).unwrap_err().line(), Some("json_duplicate_member"));
        assert_eq!(code(b""), Code::JsonSyntax);
    }
}
