//! SD-JWT (RFC 9901) compact form: `<issuer-signed JWT>~<disclosure>~…~<disclosure>~[<KB-JWT>]`.
//! Only the splitting happens here; the disclosures are matched to their digests by `parse`, the
//! signatures checked by `proof::sd_jwt`.

use crate::codes::{Code, Fault};
use crate::intake::jws::{self, Jws};
use crate::lines;

/// Most disclosures one SD-JWT may carry.
pub const MAX_DISCLOSURES: usize = 1024;

/// An SD-JWT as presented.
#[derive(Clone, Debug, PartialEq)]
pub struct SdJwt {
    /// The issuer-signed JWT.
    pub issuer: Jws,
    /// The disclosures, exactly as received (their digests are over these strings).
    pub disclosures: Vec<String>,
    /// The key-binding JWT, if the holder added one.
    pub key_binding: Option<Jws>,
    /// `<issuer-signed JWT>~<d1>~…~<dn>~`, the text a KB-JWT's `sd_hash` covers.
    pub presented: String,
}

/// True when `text` has the shape of an SD-JWT: a compact JWS followed by `~`.
pub fn looks_like(text: &str) -> bool {
    text.split_once('~')
        .is_some_and(|(first, _)| jws::looks_like(first))
}

/// Splits an SD-JWT.
///
/// # Errors
/// [`Code::JwsMalformed`] for a part that is not what its place says, [`Code::TooManyProofs`] over
/// [`MAX_DISCLOSURES`].
pub fn decode(text: &str) -> Result<SdJwt, Fault> {
    let mut parts: Vec<&str> = text.split('~').collect();
    let last = parts.pop().unwrap_or_default();
    let key_binding = if last.is_empty() {
        None
    } else if jws::looks_like(last) {
        Some(jws::decode(last)?)
    } else {
        return Err(lines::fault(Code::JwsMalformed, lines::sd_jwt_bad_end()));
    };
    let (first, disclosures) = parts
        .split_first()
        .ok_or_else(|| lines::fault(Code::JwsMalformed, lines::sd_jwt_no_issuer_jwt()))?;
    if disclosures.len() > MAX_DISCLOSURES {
        return Err(lines::fault(
            Code::TooManyProofs,
            lines::sd_jwt_too_many_disclosures(disclosures.len(), MAX_DISCLOSURES),
        ));
    }
    if disclosures.iter().any(|d| d.is_empty()) {
        return Err(lines::fault(
            Code::JwsMalformed,
            lines::sd_jwt_empty_disclosure(),
        ));
    }
    let presented_len = text.len() - last.len();
    Ok(SdJwt {
        issuer: jws::decode(first)?,
        disclosures: disclosures.iter().map(|d| (*d).to_owned()).collect(),
        key_binding,
        presented: text.get(..presented_len).unwrap_or_default().to_owned(),
    })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn splits_and_keeps_what_sd_hash_covers() {
        let jwt = "eyJhbGciOiJFUzI1NiJ9.eyJpc3MiOiJ4In0.AAEC";
        let sd = decode(&format!("{jwt}~WyJzIiwiYSIsMV0~")).unwrap();
        assert_eq!(sd.disclosures, vec!["WyJzIiwiYSIsMV0".to_owned()]);
        assert!(sd.key_binding.is_none());
        assert_eq!(sd.presented, format!("{jwt}~WyJzIiwiYSIsMV0~"));
        let kb = decode(&format!("{jwt}~{jwt}")).unwrap();
        assert!(kb.key_binding.is_some() && kb.disclosures.is_empty());
        assert_eq!(kb.presented, format!("{jwt}~"));
        assert!(looks_like(&format!("{jwt}~")));
        assert!(!looks_like("a~b"));
        assert_eq!(
            decode(&format!("{jwt}~~")).unwrap_err().code,
            Code::JwsMalformed
        );
        assert_eq!(
            decode(&format!("{jwt}~x")).unwrap_err().code,
            Code::JwsMalformed
        );
    }
}
