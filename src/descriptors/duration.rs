//! `xsd:duration` (ISO 8601 durations as XML Schema restricts them), read strictly: ELM's
//! `volumeOfLearning` is one, and the official sample's `P60M` is sixty *months*, where `PT60M`
//! would be sixty minutes. Nothing is converted: the parts are kept as stated.

use serde_json::{Map, Value};

/// The parts of a duration, in the order they are written.
const DATE_PARTS: [(char, &str); 3] = [('Y', "years"), ('M', "months"), ('D', "days")];
const TIME_PARTS: [(char, &str); 3] = [('H', "hours"), ('M', "minutes"), ('S', "seconds")];

/// Parses `PnYnMnDTnHnMnS` into its non-zero parts, e.g. `PT60H` → `{"hours": 60}`,
/// `P60M` → `{"months": 60}`. `None` when it is not a valid `xsd:duration`.
pub fn parse(text: &str) -> Option<Map<String, Value>> {
    let t = text.trim();
    let (negative, t) = match t.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, t),
    };
    let body = t.strip_prefix('P')?;
    let (date, time) = match body.split_once('T') {
        Some((d, tm)) => (d, Some(tm)),
        None => (body, None),
    };
    if date.is_empty() && time.map_or(true, str::is_empty) {
        return None; // "P" and "PT" are not durations
    }
    let mut out = Map::new();
    read_parts(date, &DATE_PARTS, false, &mut out)?;
    if let Some(tm) = time {
        if tm.is_empty() {
            return None;
        }
        read_parts(tm, &TIME_PARTS, true, &mut out)?;
    }
    if negative {
        out.insert("negative".to_owned(), Value::Bool(true));
    }
    Some(out)
}

fn read_parts(
    mut s: &str,
    parts: &[(char, &str); 3],
    seconds_may_have_fraction: bool,
    out: &mut Map<String, Value>,
) -> Option<()> {
    let mut next = 0;
    while !s.is_empty() {
        let end = s.find(|c: char| !(c.is_ascii_digit() || c == '.'))?;
        let (number, rest) = s.split_at(end);
        let designator = rest.chars().next()?;
        let index = parts
            .iter()
            .skip(next)
            .position(|(d, _)| *d == designator)
            .map(|p| p + next)?;
        let (_, name) = parts.get(index)?;
        let fraction_allowed = seconds_may_have_fraction && *name == "seconds";
        if number.is_empty()
            || number.starts_with('.')
            || number.ends_with('.')
            || (!fraction_allowed && number.contains('.'))
            || number.matches('.').count() > 1
        {
            return None;
        }
        let value: f64 = number.parse().ok()?;
        if value != 0.0 {
            out.insert((*name).to_owned(), super::number(value));
        }
        next = index + 1;
        s = rest.get(designator.len_utf8()..)?;
    }
    Some(())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use serde_json::json;

    #[test]
    fn months_are_not_minutes() {
        assert_eq!(
            Value::Object(parse("PT60H").unwrap()),
            json!({ "hours": 60 })
        );
        assert_eq!(
            Value::Object(parse("P60M").unwrap()),
            json!({ "months": 60 })
        );
        assert_eq!(
            Value::Object(parse("PT60M").unwrap()),
            json!({ "minutes": 60 })
        );
        assert_eq!(
            Value::Object(parse("P1Y2M3DT4H5M6.5S").unwrap()),
            json!({ "years": 1, "months": 2, "days": 3, "hours": 4, "minutes": 5, "seconds": 6.5 })
        );
        for bad in [
            "", "P", "PT", "60H", "PT1.5H", "P1H", "PT1Y", "P2M1Y", "P1.M", "P-1D", "PT1H1H",
        ] {
            assert!(parse(bad).is_none(), "{bad}");
        }
    }
}
