//! Deserialize JSON-LD to RDF (Processing Algorithms §8.1–8.6, the "toRdf" path) from an expanded
//! document: node objects become quads, `@graph` containers become named graphs with blank node
//! names, `@list` becomes an `rdf:first`/`rdf:rest` chain, literals are written as the algorithm
//! specifies (including the `xsd:double` form `1.0E-1`, which differs from Rust's formatting).

use crate::canon::hash::FastMap;

use serde_json::{Map, Value};

use super::context::is_absolute_iri;
use crate::canon::jcs;
use crate::canon::rdf::{Literal, Quad, Term, RDF_LANG_STRING, XSD_STRING};
use crate::codes::{Code, Fault};
use crate::lines;

const RDF: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
const XSD_BOOLEAN: &str = "http://www.w3.org/2001/XMLSchema#boolean";
const XSD_INTEGER: &str = "http://www.w3.org/2001/XMLSchema#integer";
const XSD_DOUBLE: &str = "http://www.w3.org/2001/XMLSchema#double";

/// Most quads one document may produce. 20,000 is 50 times a complete Open Badge with endorsements.
pub const MAX_QUADS: usize = 20_000;

/// Turns expanded node objects into quads.
///
/// # Errors
/// `jsonld_invalid` over [`MAX_QUADS`] or for values the algorithm cannot convert.
pub fn to_rdf(nodes: &[Value]) -> Result<Vec<Quad>, Fault> {
    let mut w = Writer {
        quads: Vec::new(),
        labels: FastMap::default(),
        counter: 0,
    };
    for node in nodes {
        w.node(node, None)?;
    }
    Ok(w.quads)
}

struct Writer {
    quads: Vec<Quad>,
    labels: FastMap<String, String>,
    counter: usize,
}

fn iri(s: &str) -> Term {
    Term::Iri(s.to_owned())
}

impl Writer {
    fn fresh(&mut self) -> Term {
        let label = format!("b{}", self.counter);
        self.counter += 1;
        Term::Blank(label)
    }

    fn emit(
        &mut self,
        subject: Term,
        predicate: Term,
        object: Term,
        graph: &Option<Term>,
    ) -> Result<(), Fault> {
        if self.quads.len() >= MAX_QUADS {
            return Err(lines::fault(
                Code::JsonldInvalid,
                lines::jsonld_too_many_quads(MAX_QUADS),
            ));
        }
        self.quads.push(Quad {
            subject,
            predicate,
            object,
            graph: graph.clone(),
        });
        Ok(())
    }

    /// A term for an `@id`: blank node labels are relabelled consistently; relative IRIs yield
    /// `None` (RDF cannot hold them; expansion already recorded the loss).
    fn id_term(&mut self, id: &str) -> Option<Term> {
        if let Some(label) = id.strip_prefix("_:") {
            let next = self.labels.len();
            let mapped = self
                .labels
                .entry(label.to_owned())
                .or_insert_with(|| format!("d{next}"))
                .clone();
            return Some(Term::Blank(mapped));
        }
        is_absolute_iri(id).then(|| iri(id))
    }

    /// Emits a node object's statements into `graph` and returns its subject.
    fn node(&mut self, node: &Value, graph: Option<Term>) -> Result<Option<Term>, Fault> {
        let Value::Object(map) = node else {
            return Ok(None);
        };
        if map.contains_key("@value") || map.contains_key("@list") {
            return Ok(None);
        }
        let subject = match map.get("@id").and_then(Value::as_str) {
            Some(id) => match self.id_term(id) {
                Some(t) => t,
                None => return Ok(None),
            },
            None => self.fresh(),
        };
        if let Some(inner) = map.get("@graph") {
            // A node with @graph names a graph (the implicitly named graph of a @graph container
            // gets a blank node name): its nodes go into that graph.
            for n in inner.as_array().map(Vec::as_slice).unwrap_or_default() {
                self.node(n, Some(subject.clone()))?;
            }
        }
        if let Some(inc) = map.get("@included").and_then(Value::as_array) {
            for n in inc {
                self.node(n, graph.clone())?;
            }
        }
        for t in map
            .get("@type")
            .and_then(Value::as_array)
            .map(Vec::as_slice)
            .unwrap_or_default()
        {
            if let Some(obj) = t.as_str().and_then(|s| self.id_term(s)) {
                self.emit(subject.clone(), iri(&format!("{RDF}type")), obj, &graph)?;
            }
        }
        for (prop, values) in map {
            if prop.starts_with('@') || !is_absolute_iri(prop) {
                continue; // keywords, and blank-node predicates (no generalized RDF)
            }
            for v in values.as_array().map(Vec::as_slice).unwrap_or_default() {
                if let Some(obj) = self.object(v, &graph)? {
                    self.emit(subject.clone(), iri(prop), obj, &graph)?;
                }
            }
        }
        if let Some(Value::Object(rev)) = map.get("@reverse") {
            for (prop, values) in rev {
                if !is_absolute_iri(prop) {
                    continue;
                }
                for v in values.as_array().map(Vec::as_slice).unwrap_or_default() {
                    if let Some(s) = self.node(v, graph.clone())? {
                        self.emit(s, iri(prop), subject.clone(), &graph)?;
                    }
                }
            }
        }
        Ok(Some(subject))
    }

    /// Object to RDF (§8.6) for one value of a property.
    fn object(&mut self, v: &Value, graph: &Option<Term>) -> Result<Option<Term>, Fault> {
        let Value::Object(map) = v else {
            return Ok(None);
        };
        if let Some(list) = map.get("@list") {
            let items = list.as_array().map(Vec::as_slice).unwrap_or_default();
            return self.list(items, graph).map(Some);
        }
        if map.contains_key("@value") {
            return literal(map).map(|l| l.map(Term::Literal));
        }
        self.node(v, graph.clone())
    }

    fn list(&mut self, items: &[Value], graph: &Option<Term>) -> Result<Term, Fault> {
        let Some((first, rest)) = items.split_first() else {
            return Ok(iri(&format!("{RDF}nil")));
        };
        let head = self.fresh();
        if let Some(obj) = self.object(first, graph)? {
            self.emit(head.clone(), iri(&format!("{RDF}first")), obj, graph)?;
        }
        let tail = self.list(rest, graph)?;
        self.emit(head.clone(), iri(&format!("{RDF}rest")), tail, graph)?;
        Ok(head)
    }
}

fn literal(map: &Map<String, Value>) -> Result<Option<Literal>, Fault> {
    let value = map.get("@value").unwrap_or(&Value::Null);
    let datatype = map.get("@type").and_then(Value::as_str);
    if datatype == Some("@json") {
        return Ok(Some(Literal {
            value: jcs::canonicalize(value),
            datatype: format!("{RDF}JSON"),
            language: None,
        }));
    }
    if datatype.is_some_and(|d| !is_absolute_iri(d)) {
        return Ok(None);
    }
    let lit = |v: String, default: &str| Literal {
        value: v,
        datatype: datatype.unwrap_or(default).to_owned(),
        language: None,
    };
    Ok(match value {
        Value::Bool(b) => Some(lit(b.to_string(), XSD_BOOLEAN)),
        Value::Number(n) => {
            // As jsonld.js decides (`types.isDouble`): a number is a double when JavaScript's
            // String(n) has a decimal point or |n| >= 1e21; otherwise it is written with
            // toFixed(0) — so 1e-7, whose String() is "1e-7", becomes the integer "0".
            let f = n.as_f64().unwrap_or(0.0);
            let is_double = f.abs() >= 1e21 || jcs::es_number(f).contains('.');
            if is_double || datatype == Some(XSD_DOUBLE) {
                Some(lit(canonical_double(f), XSD_DOUBLE))
            } else {
                Some(lit(integer_string(n, f), XSD_INTEGER))
            }
        }
        Value::String(s) => match map.get("@language").and_then(Value::as_str) {
            Some(lang) if datatype.is_none() => Some(Literal {
                value: s.clone(),
                datatype: RDF_LANG_STRING.to_owned(),
                language: Some(lang.to_owned()),
            }),
            _ => Some(lit(s.clone(), XSD_STRING)),
        },
        _ => None,
    })
}

fn integer_string(n: &serde_json::Number, f: f64) -> String {
    if let Some(i) = n.as_i64() {
        return i.to_string();
    }
    if let Some(u) = n.as_u64() {
        return u.to_string();
    }
    // toFixed(0): |f| < 1e21, so exact in i128 after rounding half away from zero.
    #[allow(clippy::cast_possible_truncation)]
    let i = f.round() as i128;
    if i == 0 && f.is_sign_negative() {
        return "-0".to_owned();
    }
    i.to_string()
}

/// The canonical `xsd:double` lexical form of JSON-LD's toRdf, as jsonld.js writes it:
/// `toExponential(15)` with trailing zeros of the mantissa trimmed (keeping one) and the `+` of the
/// exponent dropped: `0.1` → `1.0E-1`, `3.6666666666666665` → `3.666666666666667E0`.
/// ECMAScript rounds an exact tie away from zero where Rust rounds it to even; that is corrected.
pub fn canonical_double(x: f64) -> String {
    if x == 0.0 {
        return "0.0E0".to_owned();
    }
    if !x.is_finite() {
        return if x.is_nan() {
            "NaN"
        } else if x > 0.0 {
            "INF"
        } else {
            "-INF"
        }
        .to_owned();
    }
    let sign = if x < 0.0 { "-" } else { "" };
    let (digits, exp) = sixteen_digits(x.abs());
    let (first, rest) = digits.split_at(1.min(digits.len()));
    let rest = rest.trim_end_matches('0');
    let rest = if rest.is_empty() { "0" } else { rest };
    format!("{sign}{first}.{rest}E{exp}")
}

/// The 16 significant decimal digits of a positive finite `x`, rounded half up as ECMAScript's
/// `toExponential(15)` rounds, and the decimal exponent of the first. Exact: `x` is `m · 2^e`,
/// written out in full with a small big integer (base 10⁹), so that no float formatting code —
/// Rust's `{:e}` costs the wasm module about 9 KB gzip — is needed.
fn sixteen_digits(x: f64) -> (String, i64) {
    let bits = x.to_bits();
    let biased = i32::try_from((bits >> 52) & 0x7ff).unwrap_or(0);
    let fraction = bits & ((1 << 52) - 1);
    let (mantissa, e2) = if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1 << 52), biased - 1075)
    };
    // x = big · 10^scale
    let mut big = Big::from(mantissa);
    let scale = if e2 >= 0 {
        big.mul_pow(2, e2.unsigned_abs());
        0
    } else {
        big.mul_pow(5, e2.unsigned_abs());
        i64::from(e2)
    };
    let all = big.to_decimal();
    let exp = i64::try_from(all.len()).unwrap_or(0) + scale - 1;
    let mut digits: Vec<u8> = all
        .bytes()
        .chain(std::iter::repeat(b'0'))
        .take(17)
        .collect();
    let round_up = digits.pop().is_some_and(|d| d >= b'5');
    let mut exp = exp;
    if round_up {
        let mut i = digits.len();
        loop {
            match i.checked_sub(1) {
                Some(j) => {
                    i = j;
                    match digits.get_mut(j) {
                        Some(d) if *d == b'9' => *d = b'0',
                        Some(d) => {
                            *d += 1;
                            break;
                        }
                        None => break,
                    }
                }
                None => {
                    // 9999999999999999 rounded up: 1000000000000000 · 10
                    digits.insert(0, b'1');
                    digits.pop();
                    exp += 1;
                    break;
                }
            }
        }
    }
    (String::from_utf8(digits).unwrap_or_default(), exp)
}

/// A non-negative big integer in base 10⁹, least significant limb first.
struct Big(Vec<u32>);

const LIMB: u64 = 1_000_000_000;

impl Big {
    fn from(mut v: u64) -> Self {
        let mut limbs = Vec::new();
        while v > 0 {
            limbs.push(u32::try_from(v % LIMB).unwrap_or(0));
            v /= LIMB;
        }
        Self(limbs)
    }

    fn mul_small(&mut self, factor: u64) {
        let mut carry = 0u64;
        for limb in &mut self.0 {
            let v = u64::from(*limb) * factor + carry;
            *limb = u32::try_from(v % LIMB).unwrap_or(0);
            carry = v / LIMB;
        }
        while carry > 0 {
            self.0.push(u32::try_from(carry % LIMB).unwrap_or(0));
            carry /= LIMB;
        }
    }

    /// Multiplies by `base`^`n` (`base` 2 or 5), in steps that keep each product in a `u64`.
    fn mul_pow(&mut self, base: u64, mut n: u32) {
        let (step, per) = if base == 2 {
            (1u64 << 31, 31)
        } else {
            (1_220_703_125, 13)
        };
        while n >= per {
            self.mul_small(step);
            n -= per;
        }
        self.mul_small(base.pow(n));
    }

    fn to_decimal(&self) -> String {
        let mut out = String::new();
        for (i, limb) in self.0.iter().rev().enumerate() {
            if i == 0 {
                out.push_str(&limb.to_string());
            } else {
                out.push_str(&format!("{limb:09}"));
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    /// The former implementation, on Rust's float formatting, as the reference.
    fn reference(x: f64) -> String {
        let sign = if x < 0.0 { "-" } else { "" };
        let formatted = format!("{:.15e}", x.abs());
        let (mantissa, exp) = formatted.split_once('e').unwrap();
        let mut exp: i64 = exp.parse().unwrap();
        let mut digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
        let n = digits.parse::<u64>().unwrap();
        if jcs::is_exact_midpoint(x.abs(), n * 10 + 5, exp - 16) {
            let up = n + 1;
            digits = if up == 10_000_000_000_000_000 {
                exp += 1;
                "1000000000000000".to_owned()
            } else {
                up.to_string()
            };
        }
        let (first, rest) = digits.split_at(1);
        let rest = rest.trim_end_matches('0');
        let rest = if rest.is_empty() { "0" } else { rest };
        format!("{sign}{first}.{rest}E{exp}")
    }

    #[test]
    fn exact_digits_agree_with_rust_formatting_everywhere() {
        let mut state = 0x9e37_79b9_7f4a_7c15_u64;
        let mut specials = vec![
            f64::MIN_POSITIVE,
            5e-324,
            f64::MAX,
            1.0,
            1e23,
            0.5,
            2.5,
            1e-7,
            123_456_789_012_345_680.0,
        ];
        for _ in 0..20_000 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let x = f64::from_bits(state);
            if x.is_finite() && x != 0.0 {
                specials.push(x);
            }
        }
        for x in specials {
            assert_eq!(canonical_double(x), reference(x), "{x:e}");
        }
    }

    #[test]
    fn doubles_as_jsonld_js_writes_them() {
        assert_eq!(canonical_double(0.1), "1.0E-1");
        assert_eq!(canonical_double(3.6666666666666665), "3.666666666666667E0");
        assert_eq!(canonical_double(0.30000000000000004), "3.0E-1");
        assert_eq!(canonical_double(5.5), "5.5E0");
        assert_eq!(canonical_double(-1.5e300), "-1.5E300");
        assert_eq!(canonical_double(1e21), "1.0E21");
        assert_eq!(canonical_double(123456.789), "1.23456789E5");
        // an exact tie at the 16th significant digit rounds up as toExponential does:
        // 2^-3 · 9007199254740993 is not a double, so use a 17-digit midpoint that is one: 0.5000000000000001 → x.5
        assert_eq!(canonical_double(1.0000000000000002), "1.0E0"); // 1.0000000000000002220… rounds down
    }
}
