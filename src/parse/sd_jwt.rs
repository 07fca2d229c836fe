//! SD-JWT disclosures (RFC 9901 §7.1): each disclosure's digest must appear in the issuer-signed
//! payload exactly once — in an `_sd` array (object properties) or as `{"...": digest}` (array
//! elements), recursively — and every disclosure must be used. The disclosed claims are rebuilt;
//! what stays undisclosed is counted (decoy digests among it, by design).

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Map, Value};
use sha2::{Digest, Sha256};

use crate::codes::{Code, Fault};
use crate::encoding::{base64url_decode, base64url_encode};
use crate::intake::json;
use crate::lines::{self, Facts};

/// The claims a holder disclosed, rebuilt, and what they did not.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Disclosed {
    /// The payload with every disclosure in place and the `_sd`, `_sd_alg` and `...` digests gone.
    pub claims: Map<String, Value>,
    /// JSON pointers of the claims the holder disclosed.
    pub disclosed: Vec<String>,
    /// Digests left undisclosed (withheld claims, and decoys the issuer added to hide their number).
    pub withheld: usize,
}

fn invalid(why: Facts) -> Fault {
    lines::fault(Code::SdDisclosureInvalid, why)
}

/// One decoded disclosure: `[salt, name, value]` or, for an array element, `[salt, value]`.
struct Disclosure {
    name: Option<String>,
    value: Value,
}

/// Rebuilds the disclosed claims of `payload`.
///
/// # Errors
/// [`Code::SdDisclosureInvalid`] for a malformed disclosure, one whose digest is not in the payload,
/// a digest met twice, a disclosure of the wrong form for its place or one that would overwrite a
/// claim; [`Code::CryptosuiteUnsupported`] for an `_sd_alg` other than `sha-256`.
pub fn disclose(payload: &Map<String, Value>, disclosures: &[String]) -> Result<Disclosed, Fault> {
    match payload.get("_sd_alg").map(|a| a.as_str().unwrap_or("?")) {
        None | Some("sha-256") => {}
        Some(other) => {
            let shown: String = other.chars().take(32).collect();
            return Err(lines::fault(
                Code::CryptosuiteUnsupported,
                lines::sd_alg_unsupported(format!("{shown:?}")),
            ));
        }
    }
    let mut table = BTreeMap::new();
    for text in disclosures {
        let digest = base64url_encode(&Sha256::digest(text.as_bytes()));
        let d = decode(text)?;
        if table.insert(digest, d).is_some() {
            return Err(invalid(lines::sd_disclosure_twice()));
        }
    }
    let mut walk = Walk {
        table,
        seen: BTreeSet::new(),
        out: Disclosed::default(),
    };
    let Value::Object(claims) = walk.value(&Value::Object(payload.clone()), "", true)? else {
        return Err(invalid(lines::sd_payload_not_object()));
    };
    if let Some(digest) = walk.table.keys().next() {
        return Err(invalid(lines::sd_disclosure_unmatched(digest)));
    }
    walk.out.claims = claims;
    Ok(walk.out)
}

fn decode(text: &str) -> Result<Disclosure, Fault> {
    let bytes = base64url_decode(text).map_err(|_| invalid(lines::sd_disclosure_not_base64url()))?;
    let Ok(Value::Array(parts)) = json::parse(&bytes) else {
        return Err(invalid(lines::sd_disclosure_not_array()));
    };
    match parts.as_slice() {
        [Value::String(_), Value::String(name), value] => Ok(Disclosure {
            name: Some(name.clone()),
            value: value.clone(),
        }),
        [Value::String(_), value] => Ok(Disclosure {
            name: None,
            value: value.clone(),
        }),
        _ => Err(invalid(lines::sd_disclosure_shape())),
    }
}

struct Walk {
    table: BTreeMap<String, Disclosure>,
    seen: BTreeSet<String>,
    out: Disclosed,
}

impl Walk {
    /// The disclosure for `digest`, if presented; a digest met twice is refused.
    fn take(&mut self, digest: &Value) -> Result<Option<Disclosure>, Fault> {
        let digest = digest
            .as_str()
            .ok_or_else(|| invalid(lines::sd_digest_not_string()))?;
        if !self.seen.insert(digest.to_owned()) {
            return Err(invalid(lines::sd_digest_twice()));
        }
        let found = self.table.remove(digest);
        if found.is_none() {
            self.out.withheld += 1;
        }
        Ok(found)
    }

    fn value(&mut self, v: &Value, at: &str, top: bool) -> Result<Value, Fault> {
        match v {
            Value::Object(m) => self.object(m, at, top).map(Value::Object),
            Value::Array(items) => {
                let mut out = Vec::with_capacity(items.len());
                for item in items {
                    let digest = match item {
                        Value::Object(m) if m.len() == 1 => m.get("..."),
                        _ => None,
                    };
                    let Some(digest) = digest else {
                        let here = format!("{at}/{}", out.len());
                        out.push(self.value(item, &here, false)?);
                        continue;
                    };
                    if let Some(d) = self.take(digest)? {
                        if d.name.is_some() {
                            return Err(invalid(lines::sd_property_in_array()));
                        }
                        let here = format!("{at}/{}", out.len());
                        self.out.disclosed.push(here.clone());
                        out.push(self.value(&d.value, &here, false)?);
                    }
                }
                Ok(Value::Array(out))
            }
            other => Ok(other.clone()),
        }
    }

    fn object(
        &mut self,
        m: &Map<String, Value>,
        at: &str,
        top: bool,
    ) -> Result<Map<String, Value>, Fault> {
        let mut out = Map::new();
        for (k, v) in m {
            if k == "_sd" || (top && k == "_sd_alg") {
                continue;
            }
            let here = format!("{at}/{}", k.replace('~', "~0").replace('/', "~1"));
            out.insert(k.clone(), self.value(v, &here, false)?);
        }
        let digests = match m.get("_sd") {
            None => &[][..],
            Some(Value::Array(d)) => d.as_slice(),
            Some(_) => return Err(invalid(lines::sd_sd_not_array())),
        };
        for digest in digests {
            let Some(d) = self.take(digest)? else {
                continue;
            };
            let Some(name) = d.name else {
                return Err(invalid(lines::sd_element_in_object()));
            };
            if name == "_sd" || name == "..." || out.contains_key(&name) {
                return Err(invalid(lines::sd_disclosure_overwrites(format!("{name:?}"))));
            }
            let here = format!("{at}/{}", name.replace('~', "~0").replace('/', "~1"));
            self.out.disclosed.push(here.clone());
            let value = self.value(&d.value, &here, false)?;
            out.insert(name, value);
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]
    use super::*;
    use serde_json::json;

    fn digest(d: &str) -> String {
        base64url_encode(&Sha256::digest(d.as_bytes()))
    }

    #[test]
    fn objects_arrays_nesting_decoys_and_refusals() {
        let given = base64url_encode(br#"["s1","given_name","Ada"]"#);
        let nat = base64url_encode(br#"["s2","NL"]"#);
        let addr = base64url_encode(br#"["s3","address",{"_sd":[]}]"#);
        let payload = json!({"iss": "https://x", "_sd_alg": "sha-256",
            "_sd": [digest(&given), digest(&addr), "decoy"],
            "nationalities": [{"...": digest(&nat)}, {"...": "withheld"}]});
        let p = payload.as_object().unwrap();
        let d = disclose(p, &[given.clone(), nat.clone(), addr.clone()]).unwrap();
        assert_eq!(d.claims["given_name"], "Ada");
        assert_eq!(d.claims["nationalities"], json!(["NL"]));
        assert_eq!(d.claims["address"], json!({}));
        assert!(!d.claims.contains_key("_sd") && !d.claims.contains_key("_sd_alg"));
        assert_eq!(
            d.disclosed,
            vec!["/nationalities/0", "/given_name", "/address"]
        );
        assert_eq!(d.withheld, 2);
        // nothing disclosed: all withheld
        assert_eq!(disclose(p, &[]).unwrap().withheld, 5);
        let code = |r: Result<Disclosed, Fault>| r.unwrap_err().code;
        let foreign = base64url_encode(br#"["s9","given_name","Mallory"]"#);
        assert_eq!(code(disclose(p, &[foreign])), Code::SdDisclosureInvalid);
        assert_eq!(
            code(disclose(p, &[given.clone(), given.clone()])),
            Code::SdDisclosureInvalid
        );
        let twice = json!({"_sd": [digest(&given), digest(&given)]});
        assert_eq!(
            code(disclose(twice.as_object().unwrap(), &[given])),
            Code::SdDisclosureInvalid
        );
        let wrong_form = json!({"_sd": [digest(&nat)]});
        assert_eq!(
            code(disclose(wrong_form.as_object().unwrap(), &[nat])),
            Code::SdDisclosureInvalid
        );
        let alg = json!({"_sd_alg": "sha-512"});
        assert_eq!(
            code(disclose(alg.as_object().unwrap(), &[])),
            Code::CryptosuiteUnsupported
        );
    }
}
