//! `did:key` with a Multikey: Ed25519 `did:key:z6Mk…#z6Mk…`, P-256 `zDna…`, P-384 `z82L…` (W3C CCG
//! did:key §3.1.2). The DID document is derived from the identifier itself, which lists the key
//! under `assertionMethod`.

use crate::codes::{Code, Fault};
use crate::crypto::PublicKey;
use crate::keys::{multikey, split_fragment, ResolvedKey};
use crate::lines;

/// Resolves a `did:key` verification method.
///
/// # Errors
/// [`Code::KeyUnresolvable`] for a bare DID without a fragment (it names a document, not a key) or a
/// fragment that is not the key itself; [`Code::KeyInvalid`] for anything but a supported Multikey.
pub fn resolve(vm: &str) -> Result<ResolvedKey, Fault> {
    let (did, fragment) = split_fragment(vm);
    let multibase = did.strip_prefix("did:key:").unwrap_or_default();
    let public_key = multikey::decode(multibase)
        .map_err(|e| Fault { wants: None, named: None, ..e.about(did) })?;
    match fragment {
        Some(f) if f == multibase => Ok(ResolvedKey {
            id: vm.to_owned(),
            public_key,
            controller: did.to_owned(),
            assertion_method: true,
            self_asserted: false,
        }),
        Some(f) => Err(lines::fault(Code::KeyUnresolvable, lines::did_key_no_method(did, f))),
        None => Err(lines::fault(
            Code::KeyUnresolvable,
            lines::did_key_bare(vm, format!("{did}#{multibase}")),
        )),
    }
}

/// The verification method id of an Ed25519 public key as `did:key`.
pub fn verification_method(public_key: &[u8; 32]) -> String {
    of_key(&PublicKey::Ed25519(*public_key)).unwrap_or_default()
}

/// The `did:key` verification method of any key a Multikey can hold (`None` for RSA and
/// uncompressed points).
pub fn of_key(key: &PublicKey) -> Option<String> {
    multikey::encode(key).map(|mb| format!("did:key:{mb}#{mb}"))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    const VM: &str = "did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2#z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2";

    #[test]
    fn resolves_and_round_trips() {
        let k = resolve(VM).unwrap();
        assert_eq!(
            k.controller,
            "did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2"
        );
        assert!(k.assertion_method);
        assert_eq!(of_key(&k.public_key).unwrap(), VM);
    }

    #[test]
    fn rejects_other_forms() {
        let bare = "did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2";
        assert_eq!(resolve(bare).unwrap_err().code, Code::KeyUnresolvable);
        assert_eq!(
            resolve(&format!("{bare}#other")).unwrap_err().code,
            Code::KeyUnresolvable
        );
        // BLS12-381 (bbs-2023) keys exist but are not verified here: named, not invalid.
        assert_eq!(
            resolve("did:key:zUC7LTa4hWtaE9YKyDsMVGiRNqPMN3s4rjBdB3MFi6PcVWReNfR72y3oGW2NhNcaKNVhMobh7aHp8oZB3qdJCs7RebM2xsodrSm8MmePbN25NTGcpjkJMwKbcWfYDX7eHCJjPGM#zUC7LTa4hWtaE9YKyDsMVGiRNqPMN3s4rjBdB3MFi6PcVWReNfR72y3oGW2NhNcaKNVhMobh7aHp8oZB3qdJCs7RebM2xsodrSm8MmePbN25NTGcpjkJMwKbcWfYDX7eHCJjPGM")
                .unwrap_err()
                .code,
            Code::KeyTypeUnsupported
        );
    }
}
