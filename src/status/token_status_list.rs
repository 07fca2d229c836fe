//! Token Status List (draft-ietf-oauth-status-list, "Token Status List (TSL)"; read at
//! oauth-wg/draft-ietf-oauth-status-list @2fb61cd, April 2026): the status of a JWT or SD-JWT VC
//! whose `status.status_list` names an index `idx` in the Status List Token at `uri`.
//!
//! The token is a compact JWS the host supplies under `uri` (`typ` `statuslist+jwt`; `sub` = `uri`,
//! `iat`, optional `exp`/`ttl`, `status_list {bits, lst}`), verified with the JWT key discovery of
//! the proof stage at the caller's `now` (§5.1, §8.3). `lst` is base64url of ZLIB/DEFLATE
//! (RFC 1950/1951); the entry of `idx` is `bits` (1, 2, 4 or 8) bits wide, packed from the least
//! significant bit of each byte (§4.1). Its value (§7): 0x00 VALID, 0x01 INVALID (revoked), 0x02
//! SUSPENDED, anything else application-specific (indeterminate, naming the value).
//!
//! The host may instead supply the bare Status List in JSON (`{bits, lst}`, or a decoded payload
//! with `status_list`): it is unsigned, so like a 1EdTech revocation list it can show a
//! revocation but never rule one out.

use serde_json::{Map, Value};

use crate::codes::{Code, Fault, WantKind};
use crate::encoding::base64url_decode;
use crate::intake::jws;
use crate::limits::{
    MAX_STATUS_LIST_TOKEN_BYTES, MAX_TOKEN_STATUS_INDEX, MAX_TOKEN_STATUS_LIST_BYTES,
};
use crate::lines::{self, Facts};
use crate::parse::{Credential, Securing};
use crate::report::{Check, CheckId};
use crate::status::check::Lists;

/// The `typ` of a Status List Token in JWT form (§5.1), with and without `application/`.
pub const TOKEN_TYPE: &str = "statuslist+jwt";

/// A referenced token's `status.status_list` (§6.2).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reference {
    /// `idx`: the entry of this token.
    pub idx: u64,
    /// `uri`: the Status List Token.
    pub uri: String,
}

/// A decoded Status List: `bits` per entry over the inflated bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StatusList {
    /// 1, 2, 4 or 8.
    pub bits: u8,
    /// The inflated byte array.
    pub bytes: Vec<u8>,
}

/// Who stands behind the list a value was read from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    /// A token signed by the credential's issuer (or by a signer a trust list vouches for).
    Issuer,
    /// A token signed by someone else, named.
    Foreign(String),
    /// A token signed by a key that came with the token itself.
    SelfSigned,
    /// The JSON form: no signature at all.
    Unsigned,
}

/// The status of one referenced token, as read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    /// The reference that was looked up.
    pub reference: Reference,
    /// The entry's value.
    pub value: u8,
    /// Who stands behind it.
    pub source: Source,
}

fn invalid(why: Facts) -> Fault {
    lines::fault(Code::StatusListInvalid, why)
}

/// The `status` claim of a JWT or SD-JWT credential (embedded-proof credentials use
/// `credentialStatus`): a VC 1.1 JWT carries it beside `vc`, the other profiles in the credential.
pub fn status_claim(cred: &Credential) -> Option<&Value> {
    match &cred.securing {
        Securing::Jwt(jws, _) => jws.payload.get("status").or_else(|| cred.doc.get("status")),
        Securing::SdJwt(..) => cred.doc.get("status"),
        _ => None,
    }
}

/// Reads `status.status_list`: `None` when the claim names no Token Status List.
///
/// # Errors
/// [`Code::StatusListInvalid`] for a `status_list` without a whole-number `idx` (within
/// [`MAX_TOKEN_STATUS_INDEX`]) or a string `uri`.
pub fn reference(status: &Value) -> Option<Result<Reference, Fault>> {
    let list = status.get("status_list")?;
    let idx = list
        .get("idx")
        .and_then(Value::as_u64)
        .ok_or_else(|| invalid(lines::tsl_idx_not_whole()));
    let uri = list
        .get("uri")
        .and_then(Value::as_str)
        .ok_or_else(|| invalid(lines::tsl_uri_not_string()));
    Some(idx.and_then(|idx| {
        if idx > MAX_TOKEN_STATUS_INDEX {
            return Err(invalid(lines::tsl_idx_too_large(idx, MAX_TOKEN_STATUS_INDEX)));
        }
        Ok(Reference {
            idx,
            uri: uri?.to_owned(),
        })
    }))
}

/// A host-supplied document that is not JSON but text, kept as its text: a compact JWS (a Status
/// List Token is served as `application/statuslist+jwt`) or a PEM public key (what an Open Badges
/// 1.x signed badge's key URL serves).
pub fn document(bytes: &[u8]) -> Option<Value> {
    let text = std::str::from_utf8(bytes).ok()?.trim();
    let pem = text.starts_with("-----BEGIN PUBLIC KEY-----");
    (text.len() <= MAX_STATUS_LIST_TOKEN_BYTES && (jws::looks_like(text) || pem))
        .then(|| Value::String(text.to_owned()))
}

/// Decodes a Status List in JSON (§4.2): `bits` and `lst`, inflated within
/// [`MAX_TOKEN_STATUS_LIST_BYTES`].
///
/// # Errors
/// [`Code::StatusListInvalid`].
pub fn decode(list: &Map<String, Value>) -> Result<StatusList, Fault> {
    let bits = list
        .get("bits")
        .and_then(Value::as_u64)
        .and_then(|b| u8::try_from(b).ok())
        .filter(|b| [1, 2, 4, 8].contains(b))
        .ok_or_else(|| invalid(lines::tsl_bits_invalid()))?;
    let lst = list
        .get("lst")
        .and_then(Value::as_str)
        .ok_or_else(|| invalid(lines::tsl_lst_not_string()))?;
    let compressed = base64url_decode(lst.trim_end_matches('='))
        .map_err(|_| invalid(lines::tsl_lst_not_base64url()))?;
    let bytes = inflate(&compressed)?;
    Ok(StatusList { bits, bytes })
}

/// ZLIB (RFC 1950) inflate with its Adler-32 checked, to at most [`MAX_TOKEN_STATUS_LIST_BYTES`].
fn inflate(data: &[u8]) -> Result<Vec<u8>, Fault> {
    miniz_oxide::inflate::decompress_to_vec_zlib_with_limit(data, MAX_TOKEN_STATUS_LIST_BYTES)
        .map_err(|e| {
            if matches!(e.status, miniz_oxide::inflate::TINFLStatus::HasMoreOutput) {
                invalid(lines::tsl_lst_too_large(MAX_TOKEN_STATUS_LIST_BYTES))
            } else {
                invalid(lines::tsl_lst_not_zlib())
            }
        })
}

impl StatusList {
    /// Number of entries.
    pub fn len(&self) -> u64 {
        self.bytes.len() as u64 * 8 / u64::from(self.bits)
    }

    /// True when the list has no entries.
    pub fn is_empty(&self) -> bool {
        self.bytes.is_empty()
    }

    /// The value at `idx`: entries are packed from the least significant bit of each byte (§4.1).
    ///
    /// # Errors
    /// [`Code::StatusListInvalid`] when `idx` lies outside the list (§8.3: no statement can be made).
    pub fn value_at(&self, idx: u64) -> Result<u8, Fault> {
        let per_byte = u64::from(8 / self.bits);
        let byte = usize::try_from(idx / per_byte)
            .ok()
            .and_then(|i| self.bytes.get(i))
            .ok_or_else(|| invalid(lines::tsl_idx_outside(idx, self.len())))?;
        let shift = (idx % per_byte) * u64::from(self.bits);
        let mask = u8::MAX >> (8 - self.bits);
        Ok((byte >> shift) & mask)
    }
}

/// Looks the status of `cred` up in the list its `status.status_list` names.
///
/// # Errors
/// [`Code::StatusListUnavailable`] (wanting the list) when the host did not supply it;
/// [`Code::StatusListInvalid`] for a token that is not one, wrongly signed, expired, or for
/// another `uri`, and for an index outside the list; [`Code::SignatureNotChecked`] and
/// [`Code::ModuleNeeded`] as the proof stage gives them (the platform's crypto answers later).
pub fn look_up(cred: &Credential, reference: Reference, lists: &Lists<'_>) -> Result<Found, Fault> {
    if !cfg!(feature = "ecdsa-rsa") {
        return Err(crate::lines::module_needed("Token Status List"));
    }
    let uri = reference.uri.as_str();
    let about = |f: Fault| f.about(uri);
    let doc = lists.docs.get(uri).ok_or_else(|| {
        lines::fault(Code::StatusListUnavailable, lines::tsl_missing(uri))
            .wanting(uri, WantKind::Status)
    })?;
    let (list, source) = match doc {
        Value::String(token) => read_token(cred, token, uri, lists).map_err(about)?,
        Value::Object(m) => {
            let list = match m.get("status_list") {
                Some(Value::Object(inner)) => inner,
                _ => m,
            };
            (decode(list).map_err(about)?, Source::Unsigned)
        }
        _ => return Err(about(invalid(lines::tsl_not_a_list()))),
    };
    let value = list.value_at(reference.idx).map_err(about)?;
    Ok(Found {
        reference,
        value,
        source,
    })
}

/// A Status List Token: header, claims (§5.1, §8.3 step 4), signature, then the list.
fn read_token(
    cred: &Credential,
    token: &str,
    uri: &str,
    lists: &Lists<'_>,
) -> Result<(StatusList, Source), Fault> {
    let jws = jws::decode(token).map_err(|f| Fault {
        code: Code::StatusListInvalid,
        ..f
    })?;
    let typ = jws.header.get("typ").and_then(Value::as_str).unwrap_or("");
    if typ.strip_prefix("application/").unwrap_or(typ) != TOKEN_TYPE {
        let shown: String = typ.chars().take(40).collect();
        return Err(invalid(lines::tsl_token_typ(format!("{shown:?}"))));
    }
    if jws.header.contains_key("crit") || jws.header.contains_key("b64") {
        return Err(invalid(lines::tsl_token_crit()));
    }
    let claims = &jws.payload;
    if claims.get("sub").and_then(Value::as_str) != Some(uri) {
        return Err(invalid(lines::tsl_token_sub()));
    }
    let numeric = |name: &str| match claims.get(name) {
        None => Ok(None),
        Some(v) => v
            .as_i64()
            .map(Some)
            .ok_or_else(|| invalid(lines::tsl_token_date_not_numeric(name))),
    };
    if numeric("iat")?.is_none() {
        return Err(invalid(lines::tsl_token_no_iat()));
    }
    let now = lists.env.now.unix();
    if let Some(exp) = numeric("exp")?.filter(|&exp| exp <= now) {
        return Err(invalid(lines::tsl_token_expired(
            crate::time::Timestamp::from_unix(exp),
        )));
    }
    if let Some(nbf) = numeric("nbf")?.filter(|&nbf| nbf > now) {
        return Err(invalid(lines::tsl_token_not_yet_valid(
            crate::time::Timestamp::from_unix(nbf),
        )));
    }
    let list = match claims.get("status_list") {
        Some(Value::Object(m)) => decode(m)?,
        _ => return Err(invalid(lines::tsl_token_no_list())),
    };
    // The Status Issuer is the token's `iss`, else the credential's issuer (§10.1: often the same
    // entity, with the same key discovery).
    let own = cred.issuer_id.as_deref().unwrap_or("");
    let signer = claims.get("iss").and_then(Value::as_str).unwrap_or(own);
    let key = crate::proof::jwt::verify_signature(&jws, signer, lists.env).map_err(|f| match f
        .code
    {
        Code::SignatureNotChecked | Code::ModuleNeeded => f,
        _ => lines::fault(
            Code::StatusListInvalid,
            lines::because(lines::tsl_signature_rejected(), f),
        ),
    })?;
    let controller = key.key.controller;
    let source = if !key.key.self_asserted && (controller == own || (lists.vouches_for)(&controller))
    {
        Source::Issuer
    } else if key.key.self_asserted {
        Source::SelfSigned
    } else {
        Source::Foreign(controller)
    };
    Ok((list, source))
}

impl Found {
    /// The check this status makes: a set value shows revocation or suspension whoever signed the
    /// list (the issuer named it in the signed credential); only the issuer's own list can show
    /// VALID.
    pub fn check(&self) -> Check {
        let (idx, uri) = (self.reference.idx, self.reference.uri.as_str());
        let (code, mut facts) = match (self.value, &self.source) {
            (1, _) => (Code::StatusRevoked, lines::tsl_entry_invalid(idx, uri)),
            (2, _) => (Code::StatusSuspended, lines::tsl_entry_suspended(idx, uri)),
            (0, Source::Issuer) => (Code::StatusOk, lines::tsl_entry_valid(idx, uri)),
            (0, Source::Foreign(signer)) => (
                Code::StatusListForeignIssuer,
                lines::tsl_entry_valid_foreign(idx, uri, signer),
            ),
            (0, Source::SelfSigned) => (
                Code::StatusListForeignIssuer,
                lines::tsl_entry_valid_self_signed(idx, uri),
            ),
            (0, Source::Unsigned) => (
                Code::StatusListUnsigned,
                lines::tsl_entry_valid_unsigned(idx, uri),
            ),
            (v, _) => (
                Code::StatusValueUnknown,
                lines::tsl_entry_other(idx, uri, format!("0x{v:02X}")),
            ),
        };
        // A set or unknown value read from an unsigned list says so after it.
        if self.value != 0 && self.source == Source::Unsigned {
            facts.then = Some(Box::new(lines::tsl_list_unsigned()));
        }
        Check::said(CheckId::Status, code, facts)
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]
    use super::*;
    use serde_json::json;

    fn list(v: Value) -> StatusList {
        decode(v.as_object().unwrap()).unwrap()
    }

    /// §4.1 and §4.2: the 1-bit example, `[0xB9, 0xA3]` (status[0] = 1, status[1] = 0, …).
    #[test]
    fn the_drafts_one_bit_example() {
        let l = list(json!({"bits": 1, "lst": "eNrbuRgAAhcBXQ"}));
        assert_eq!(l.bytes, [0xb9, 0xa3]);
        let want = [1, 0, 0, 1, 1, 1, 0, 1, 1, 1, 0, 0, 0, 1, 0, 1];
        for (i, w) in want.iter().enumerate() {
            assert_eq!(l.value_at(i as u64).unwrap(), *w, "status[{i}]");
        }
        assert_eq!(l.len(), 16);
        assert_eq!(l.value_at(16).unwrap_err().code, Code::StatusListInvalid);
        assert!(l.value_at(u64::MAX).is_err());
    }

    /// §4.1 and §4.2: the 2-bit example, `[0xC9, 0x44, 0xF9]`.
    #[test]
    fn the_drafts_two_bit_example() {
        let l = list(json!({"bits": 2, "lst": "eNo76fITAAPfAgc"}));
        assert_eq!(l.bytes, [0xc9, 0x44, 0xf9]);
        let want = [1, 2, 0, 3, 0, 1, 0, 1, 1, 2, 3, 3];
        for (i, w) in want.iter().enumerate() {
            assert_eq!(l.value_at(i as u64).unwrap(), *w, "status[{i}]");
        }
        assert!(l.value_at(12).is_err());
    }

    /// Appendix A (test vectors): the long 1-bit and 2-bit lists.
    #[test]
    fn the_drafts_long_lists() {
        let one = list(json!({"bits": 1, "lst": concat!(
            "eNrt3AENwCAMAEGogklACtKQPg9LugC9k_ACvreiogEAAKkeCQAAAAAAAAAAAAAAAAAAAIBylgQAAAAAAAAAAAAAAA",
            "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAXG9IAAAAAAAAAPwsJAAAAAAAAAAAAAAAvhsSAAAAAAAAAAAA7KpL",
            "AAAAAAAAAAAAAAAAAAAAAJsLCQAAAAAAAAAAADjelAAAAAAAAAAAKjDMAQAAAACAZC8L2AEb"
        )}));
        let set = [0u64, 1993, 25460, 159_495, 495_669, 554_353, 645_645, 723_232, 854_545, 934_534, 1_000_345];
        for i in set {
            assert_eq!(one.value_at(i).unwrap(), 1, "status[{i}]");
        }
        for i in [1u64, 1992, 1994, 25459, 1_000_344, 1_000_346] {
            assert_eq!(one.value_at(i).unwrap(), 0, "status[{i}]");
        }
        let two = list(json!({"bits": 2, "lst": concat!(
            "eNrt2zENACEQAEEuoaBABP5VIO01fCjIHTMStt9ovGVIAAAAAABAbiEBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            "AAAAAAAEB5WwIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAID0ugQAAAAAAAAAAAAAAAAAQG12SgAAAAAAAAAAAAAAAAAAAAAAAAAAAOCSIQ",
            "EAAAAAAAAAAAAAAAAAAAAAAAD8ExIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwJEuAQAAAAAAAAAAAAAA",
            "AAAAAAAAAMB9SwIAAAAAAAAAAAAAAAAAAACoYUoAAAAAAAAAAAAAAEBqH81gAQw"
        )}));
        let want = [
            (0u64, 1), (1993, 2), (25460, 1), (159_495, 3), (495_669, 1), (554_353, 1),
            (645_645, 2), (723_232, 1), (854_545, 1), (934_534, 2), (1_000_345, 3), (1, 0), (1_000_344, 0),
        ];
        for (i, v) in want {
            assert_eq!(two.value_at(i).unwrap(), v, "status[{i}]");
        }
    }

    #[test]
    fn bad_lists_and_references() {
        let code = |v: Value| decode(v.as_object().unwrap()).unwrap_err().code;
        assert_eq!(code(json!({"bits": 3, "lst": "eNrbuRgAAhcBXQ"})), Code::StatusListInvalid);
        assert_eq!(code(json!({"bits": 1, "lst": "not base64!"})), Code::StatusListInvalid);
        // GZIP is not ZLIB; a flipped byte breaks the Adler-32
        assert_eq!(code(json!({"bits": 1, "lst": "H4sIAAAAAAAA_2NgAAAAAP__"})), Code::StatusListInvalid);
        assert_eq!(code(json!({"bits": 1, "lst": "eNrbuRgAAhcBXR"})), Code::StatusListInvalid);
        // a zlib bomb: 20 MiB of zeros stops at the limit
        let bomb = miniz_oxide::deflate::compress_to_vec_zlib(&vec![0u8; 20 << 20], 9);
        let lst = crate::encoding::base64url_encode(&bomb);
        let err = decode(json!({"bits": 1, "lst": lst}).as_object().unwrap()).unwrap_err();
        assert_eq!(err.line(), Some("tsl_lst_too_large"), "{err}");

        let r = |v: Value| reference(&v);
        assert!(r(json!({"other": {}})).is_none());
        let ok = r(json!({"status_list": {"idx": 3, "uri": "https://x/1"}})).unwrap().unwrap();
        assert_eq!((ok.idx, ok.uri.as_str()), (3, "https://x/1"));
        for bad in [
            json!({"status_list": {"idx": -1, "uri": "https://x/1"}}),
            json!({"status_list": {"idx": "3", "uri": "https://x/1"}}),
            json!({"status_list": {"idx": 3}}),
            json!({"status_list": {"idx": u64::MAX, "uri": "https://x/1"}}),
        ] {
            assert_eq!(r(bad).unwrap().unwrap_err().code, Code::StatusListInvalid);
        }
        assert!(document(b" eyJh.eyJi.c2ln \n").is_some());
        assert!(document(b"{\"a\":1}").is_none());
    }

    #[test]
    fn four_and_eight_bit_entries() {
        let four = StatusList { bits: 4, bytes: vec![0x21, 0xf3] };
        assert_eq!(
            (0..4).map(|i| four.value_at(i).unwrap()).collect::<Vec<_>>(),
            [1, 2, 3, 0xf]
        );
        let eight = StatusList { bits: 8, bytes: vec![0, 3, 0xff] };
        assert_eq!(eight.value_at(2).unwrap(), 0xff);
        assert!(eight.value_at(3).is_err());
    }
}
