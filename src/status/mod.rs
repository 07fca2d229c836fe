//! Stage 6, status: revocation and suspension from status lists the host supplies (Bitstring Status
//! List v1.0, StatusList2021; the Token Status List of JWT and SD-JWT VC credentials in
//! [`token_status_list`]). A missing list means "not checked", never "not revoked". The list
//! credential itself is verified like any credential by the pipeline, which [`check`] is handed;
//! it then calls [`read_bits`] and [`entry_value`].

pub mod check;
pub mod gzip;
pub mod ob2;
pub mod token_status_list;

use serde_json::Value;

use crate::codes::{Code, Fault};
use crate::encoding::base64url_decode;
use crate::limits::{
    MAX_STATUS_ENTRIES, MAX_STATUS_LIST_BYTES, MAX_STATUS_MESSAGES, MAX_STATUS_MESSAGE_CHARS,
};
use crate::lines::{self, Arg, Facts};
use crate::parse::{as_list, Credential};

/// The W3C minimum list length, in entries of one bit ("MUST be at least 16KB").
pub const MIN_LIST_BITS: usize = 131_072;

/// The status-list flavour of an entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// `BitstringStatusListEntry` (W3C Bitstring Status List v1.0).
    Bitstring,
    /// `StatusList2021Entry` (its W3C CCG predecessor).
    StatusList2021,
}

/// A Bitstring Status List or StatusList2021 entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ListEntry {
    /// Which specification.
    pub kind: Kind,
    /// `statusPurpose`: `revocation`, `suspension`, `message`, …
    pub purpose: String,
    /// `statusListIndex`.
    pub index: u64,
    /// `statusSize` in bits (1 unless stated).
    pub size: u32,
    /// `statusListCredential`: the URL of the list.
    pub list: String,
    /// `statusMessage`: what the issuer calls each value (`[{"status": "0x1", "message": …}]`).
    pub messages: Option<Value>,
}

/// One `credentialStatus` entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Entry {
    /// An entry Keurmerk checks.
    List(ListEntry),
    /// `1EdTechRevocationList` (Open Badges 3.0 §"Revocation List Status Method"): an unsigned JSON
    /// list at `id` of revoked credential ids.
    RevocationList {
        /// The list's URL.
        list: String,
    },
    /// A status mechanism Keurmerk does not check, by its type.
    Unsupported(String),
}

/// The credential's status entries.
///
/// # Errors
/// [`Code::StatusListInvalid`] for an entry without the fields its type requires, or too many.
pub fn entries(cred: &Credential) -> Result<Vec<Entry>, Fault> {
    let bad = |why: Facts| lines::fault(Code::StatusListInvalid, why);
    let list: Vec<&Value> = as_list(cred.doc.get("credentialStatus"))
        .filter(|v| !v.is_null())
        .collect();
    if list.len() > MAX_STATUS_ENTRIES {
        return Err(bad(lines::status_too_many_entries(
            list.len(),
            MAX_STATUS_ENTRIES,
        )));
    }
    list.into_iter()
        .map(|e| {
            let t = e.get("type").and_then(Value::as_str).unwrap_or("");
            let kind = match t {
                "BitstringStatusListEntry" => Kind::Bitstring,
                "StatusList2021Entry" => Kind::StatusList2021,
                "1EdTechRevocationList" => {
                    let list = e
                        .get("id")
                        .and_then(Value::as_str)
                        .ok_or_else(|| bad(lines::status_entry_without(t, "id")))?;
                    return Ok(Entry::RevocationList {
                        list: list.to_owned(),
                    });
                }
                other => return Ok(Entry::Unsupported(other.chars().take(64).collect())),
            };
            let field = |k: &str| e.get(k).and_then(Value::as_str);
            let purpose = field("statusPurpose")
                .ok_or_else(|| bad(lines::status_entry_without(t, "statusPurpose")))?;
            let index = field("statusListIndex")
                .and_then(|s| s.parse::<u64>().ok())
                .or_else(|| e.get("statusListIndex").and_then(Value::as_u64))
                .ok_or_else(|| bad(lines::status_index_not_whole(t)))?;
            let size = match e.get("statusSize") {
                None => 1,
                Some(v) => v
                    .as_u64()
                    .and_then(|n| u32::try_from(n).ok())
                    .filter(|n| (1..=8).contains(n))
                    .ok_or_else(|| bad(lines::status_size_invalid(t)))?,
            };
            let list = field("statusListCredential")
                .ok_or_else(|| bad(lines::status_entry_without(t, "statusListCredential")))?;
            Ok(Entry::List(ListEntry {
                kind,
                purpose: purpose.to_owned(),
                index,
                size,
                list: list.to_owned(),
                messages: e.get("statusMessage").cloned(),
            }))
        })
        .collect()
}

/// What the issuer calls status `value`: the `message` of the `statusMessage` item whose `status`
/// (hexadecimal, `0x…`) is `value`, from the credential's entry, else from the list's subject
/// (`statusMessage`, or `statusMessages` as an earlier draft of the specification named it). A
/// message in several languages (JSON-LD value objects, `{"@value": …, "@language": "nl"}`, or
/// an array of them and plain strings) keeps each language's text.
pub fn message_for(entry: &ListEntry, list_messages: Option<&Value>, value: u8) -> Option<Arg> {
    let item = [entry.messages.as_ref(), list_messages]
        .into_iter()
        .flatten()
        .find_map(|messages| {
            as_list(Some(messages)).take(MAX_STATUS_MESSAGES).find(|m| {
                m.get("status")
                    .and_then(Value::as_str)
                    .and_then(|s| s.strip_prefix("0x").or_else(|| s.strip_prefix("0X")))
                    .and_then(|hex| u8::from_str_radix(hex, 16).ok())
                    == Some(value)
            })
        })?;
    let texts: Vec<(String, String)> = as_list(item.get("message"))
        .take(MAX_STATUS_MESSAGES)
        .filter_map(|m| match m {
            Value::String(s) => Some(("und".to_owned(), s.clone())),
            Value::Object(o) => {
                let text = o.get("@value").and_then(Value::as_str)?;
                let lang = o.get("@language").and_then(Value::as_str).unwrap_or("und");
                Some((lang.to_owned(), text.to_owned()))
            }
            _ => None,
        })
        .map(|(l, t)| (l.chars().take(35).collect(), t.chars().take(MAX_STATUS_MESSAGE_CHARS).collect()))
        .collect();
    match texts.as_slice() {
        [] => None,
        [(lang, text)] if lang == "und" => Some(Arg::Text(text.clone())),
        _ => Some(Arg::Texts(texts)),
    }
}

/// The decoded bitstring of a verified status-list credential, after checking that it is the kind
/// of list the entry expects and serves the entry's purpose, and the subject's status messages.
///
/// # Errors
/// [`Code::StatusListInvalid`].
pub fn read_bits(
    list: &Credential,
    kind: Kind,
    purpose: &str,
) -> Result<(Vec<u8>, Option<Value>), Fault> {
    let bad = |why: Facts| lines::fault(Code::StatusListInvalid, why);
    let (cred_type, subject_type) = match kind {
        Kind::Bitstring => ("BitstringStatusListCredential", "BitstringStatusList"),
        Kind::StatusList2021 => ("StatusList2021Credential", "StatusList2021"),
    };
    if !list.types.iter().any(|t| t == cred_type) {
        return Err(bad(lines::status_list_not_type(cred_type)));
    }
    let subject = as_list(list.doc.get("credentialSubject"))
        .next()
        .ok_or_else(|| bad(lines::status_list_member_missing("credentialSubject")))?;
    if !as_list(subject.get("type")).any(|t| t == subject_type) {
        return Err(bad(lines::status_list_subject_not_type(subject_type)));
    }
    if !as_list(subject.get("statusPurpose")).any(|p| p == purpose) {
        return Err(bad(lines::status_list_purpose_other(format!("{purpose:?}"))));
    }
    let encoded = subject
        .get("encodedList")
        .and_then(Value::as_str)
        .ok_or_else(|| bad(lines::status_list_member_missing("encodedList")))?;
    let messages = subject
        .get("statusMessage")
        .or_else(|| subject.get("statusMessages"))
        .cloned();
    Ok((decode_list(encoded)?, messages))
}

/// Decodes an `encodedList`: multibase base64url (`u…`, Bitstring Status List) or plain base64url
/// (StatusList2021) of a GZIP member, inflated within [`MAX_STATUS_LIST_BYTES`].
///
/// # Errors
/// [`Code::StatusListInvalid`].
pub fn decode_list(encoded: &str) -> Result<Vec<u8>, Fault> {
    // A GZIP member in base64 starts "H4sI"; a multibase one has the "u" prefix in front.
    let text = encoded
        .strip_prefix('u')
        .filter(|t| t.starts_with("H4s"))
        .unwrap_or(encoded);
    let compressed = base64url_decode(text.trim_end_matches('='))
        .map_err(|_| {
            lines::fault(
                Code::StatusListInvalid,
                lines::status_encoded_list_not_base64url(),
            )
        })?;
    gzip::gunzip(&compressed, MAX_STATUS_LIST_BYTES)
}

/// Sets the one-bit entry `index` (for issuers: `keurmerk status-list set`).
///
/// # Errors
/// [`Code::StatusListInvalid`] when the index lies outside the list.
pub fn set_entry(bits: &mut [u8], index: u64, value: bool) -> Result<(), Fault> {
    let len = bits.len();
    let byte = usize::try_from(index / 8)
        .ok()
        .and_then(|i| bits.get_mut(i))
        .ok_or_else(|| {
            lines::fault(
                Code::StatusListInvalid,
                lines::status_index_outside(index, len * 8),
            )
        })?;
    let mask = 0x80u8 >> (index % 8);
    if value {
        *byte |= mask;
    } else {
        *byte &= !mask;
    }
    Ok(())
}

/// Writes `value` into the `size`-bit entry `index` (for issuers: `keurmerk status-list set
/// --size`), most significant bit first.
///
/// # Errors
/// [`Code::StatusListInvalid`] when the index lies outside the list or the value does not fit.
pub fn set_value(bits: &mut [u8], index: u64, size: u32, value: u8) -> Result<(), Fault> {
    if size < 8 && u32::from(value) >= 1 << size {
        return Err(lines::fault(
            Code::StatusListInvalid,
            lines::status_value_too_wide(value, size),
        ));
    }
    let start = index.checked_mul(u64::from(size)).ok_or_else(|| {
        lines::fault(Code::StatusListInvalid, lines::status_index_too_large(index))
    })?;
    for i in 0..u64::from(size) {
        let bit = (value >> (u64::from(size) - 1 - i)) & 1 == 1;
        set_entry(bits, start + i, bit)?;
    }
    Ok(())
}

/// The `size`-bit value at `index` (most significant bit of byte 0 first).
///
/// # Errors
/// [`Code::StatusListInvalid`] when the index lies outside the list.
pub fn entry_value(bits: &[u8], index: u64, size: u32) -> Result<u8, Fault> {
    let out_of_range = || {
        lines::fault(
            Code::StatusListInvalid,
            lines::status_list_index_outside(index, bits.len() as u64 * 8 / u64::from(size)),
        )
    };
    let start = index
        .checked_mul(u64::from(size))
        .ok_or_else(out_of_range)?;
    let mut value = 0u8;
    for i in 0..u64::from(size) {
        let bit = start + i;
        let byte = usize::try_from(bit / 8)
            .ok()
            .and_then(|b| bits.get(b))
            .ok_or_else(out_of_range)?;
        value = (value << 1) | ((byte >> (7 - bit % 8)) & 1);
    }
    Ok(value)
}

/// Whether a 1EdTech revocation list names `credential_id` as revoked (`revoked` true or absent).
pub fn revocation_list_names(list: &Value, credential_id: &str) -> bool {
    as_list(
        list.get("revokedCredential")
            .or_else(|| list.get("revokedCredentials")),
    )
    .any(|item| {
        item.get("id").and_then(Value::as_str) == Some(credential_id)
            && item.get("revoked").and_then(Value::as_bool) != Some(false)
    })
}

/// `encodedList` for a bitstring: multibase base64url (`u…`) of its GZIP.
pub fn encode_list(bits: &[u8]) -> String {
    format!("u{}", crate::encoding::base64url_encode(&gzip::gzip(bits)))
}

/// An unsigned `BitstringStatusListCredential` (VC 2.0) with `entries` one-bit entries, all clear.
pub fn new_list_credential(
    id: &str,
    issuer: &str,
    purpose: &str,
    entries: usize,
    valid_from: &str,
) -> Value {
    let bits = vec![0u8; entries.div_ceil(8)];
    serde_json::json!({
        "@context": ["https://www.w3.org/ns/credentials/v2"],
        "id": id,
        "type": ["VerifiableCredential", "BitstringStatusListCredential"],
        "issuer": issuer,
        "validFrom": valid_from,
        "credentialSubject": {
            "id": format!("{id}#list"),
            "type": "BitstringStatusList",
            "statusPurpose": purpose,
            "encodedList": encode_list(&bits)
        }
    })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn bits_are_read_most_significant_first() {
        let bits = [0b1010_0000, 0b0000_0001];
        assert_eq!(entry_value(&bits, 0, 1).unwrap(), 1);
        assert_eq!(entry_value(&bits, 1, 1).unwrap(), 0);
        assert_eq!(entry_value(&bits, 2, 1).unwrap(), 1);
        assert_eq!(entry_value(&bits, 15, 1).unwrap(), 1);
        assert_eq!(entry_value(&bits, 0, 2).unwrap(), 0b10);
        assert_eq!(entry_value(&bits, 7, 2).unwrap(), 0b01);
        assert!(entry_value(&bits, 16, 1).is_err());
        assert!(entry_value(&bits, u64::MAX, 8).is_err());
    }
}
