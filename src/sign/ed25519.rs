//! Ed25519 signing keys ([`IssuerKey`]) and their files: the Multikey key file of vc-di-eddsa
//! (`0xed01` public, `0x8026` secret seed, or the 64-byte seed ‖ public form Digital Bazaar's tools
//! write), a private JWK (RFC 8037) and PKCS#8 (RFC 8410). Pure Rust: available in every build.

use ed25519_dalek::{Signer, SigningKey};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::codes::{Code, Fault};
use crate::encoding::{
    base58_decode, base64url_decode, base64url_encode, ed25519_multikey_encode,
    ed25519_secret_multikey_encode, ED25519_PRIV_PREFIX,
};
use crate::keys::x509::Der;

/// A key file: the Multikey encodings of vc-di-eddsa (`0xed01` public, `0x8026` secret). P-256 and
/// P-384 keys use the same two members with their own codecs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct KeyFile {
    /// `z6Mk…`
    pub public_key_multibase: String,
    /// `z3u2…`
    pub secret_key_multibase: String,
}

/// Members a Multikey key file may carry besides the two keys: Digital Bazaar's exports add the
/// verification method's own description.
const MULTIKEY_EXTRA_MEMBERS: &[&str] = &["@context", "id", "type", "controller"];

/// The object identifier of Ed25519 (RFC 8410 §3), DER contents.
const OID_ED25519: &[u8] = &[0x2b, 0x65, 0x70];

/// An Ed25519 signing key.
#[derive(Clone)]
pub struct IssuerKey {
    key: SigningKey,
}

impl std::fmt::Debug for IssuerKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "IssuerKey({})", self.public_multibase())
    }
}

fn invalid(detail: impl Into<String>) -> Fault {
    Fault::new(Code::KeyInvalid, detail)
}

impl IssuerKey {
    /// The key for a 32-byte seed.
    pub fn from_seed(seed: &[u8; 32]) -> Self {
        Self {
            key: SigningKey::from_bytes(seed),
        }
    }

    /// Reads a Multikey key file, checking that its public half matches the secret.
    ///
    /// # Errors
    /// [`Code::KeyInvalid`].
    pub fn from_key_file(bytes: &[u8]) -> Result<Self, Fault> {
        let value = crate::intake::json::parse(bytes)
            .map_err(|e| invalid(format!("not a key file: {}", e.detail)))?;
        let Value::Object(file) = value else {
            return Err(invalid("not a key file: not a JSON object"));
        };
        let (public, secret) = multikey_members(&file)?;
        let bytes = secret_multibase(secret)?;
        let seed = match bytes.strip_prefix(&ED25519_PRIV_PREFIX[..]) {
            Some(rest) => Self::secret_bytes(rest)?,
            None => return Err(invalid("secretKeyMultibase is not an Ed25519 secret key")),
        };
        seed.check_public_multibase(public)?;
        Ok(seed)
    }

    /// The key from the bytes after the `0x8026` codec: a 32-byte seed, or Digital Bazaar's 64
    /// bytes (seed ‖ public key), whose public half must belong to the seed.
    ///
    /// # Errors
    /// [`Code::KeyInvalid`].
    pub(crate) fn secret_bytes(bytes: &[u8]) -> Result<Self, Fault> {
        let (seed, public) = match bytes.len() {
            32 => (bytes, None),
            64 => {
                let (seed, public) = bytes.split_at(32);
                (seed, Some(public))
            }
            n => {
                return Err(invalid(format!(
                    "an Ed25519 secretKeyMultibase holds 32 bytes (or 64: seed and public key), not {n}"
                )))
            }
        };
        let seed = <[u8; 32]>::try_from(seed).map_err(|_| invalid("not a 32-byte seed"))?;
        let key = Self::from_seed(&seed);
        if public.is_some_and(|p| p != key.public_key()) {
            return Err(invalid(
                "the public half of the 64-byte secretKeyMultibase does not belong to its seed",
            ));
        }
        Ok(key)
    }

    /// Checks that a `publicKeyMultibase` is this key's.
    pub(crate) fn check_public_multibase(&self, public: &str) -> Result<(), Fault> {
        if public == self.public_multibase() {
            Ok(())
        } else {
            Err(invalid(
                "publicKeyMultibase does not belong to the secret key",
            ))
        }
    }

    /// Reads a private Ed25519 JWK (`kty: OKP`, `crv: Ed25519`, `d`, `x`), checking `x`.
    ///
    /// # Errors
    /// [`Code::KeyInvalid`].
    pub fn from_jwk(jwk: &Map<String, Value>) -> Result<Self, Fault> {
        let member = |name: &str| -> Result<Vec<u8>, Fault> {
            let text = jwk
                .get(name)
                .and_then(Value::as_str)
                .ok_or_else(|| invalid(format!("the Ed25519 JWK has no {name}")))?;
            base64url_decode(text)
                .map_err(|_| invalid(format!("the Ed25519 JWK's {name} is not base64url")))
        };
        let seed = <[u8; 32]>::try_from(member("d")?.as_slice())
            .map_err(|_| invalid("the Ed25519 JWK's d is not 32 bytes"))?;
        let key = Self::from_seed(&seed);
        if member("x")? != key.public_key() {
            return Err(invalid("the Ed25519 JWK's x does not belong to its d"));
        }
        Ok(key)
    }

    /// The private JWK (RFC 8037 §2) with `alg: EdDSA`.
    pub fn to_jwk(&self) -> Map<String, Value> {
        let mut m = Map::new();
        m.insert("kty".into(), "OKP".into());
        m.insert("crv".into(), "Ed25519".into());
        m.insert("alg".into(), "EdDSA".into());
        m.insert("x".into(), base64url_encode(&self.public_key()).into());
        m.insert("d".into(), base64url_encode(&self.key.to_bytes()).into());
        m
    }

    /// Reads a PKCS#8 `PrivateKeyInfo` / `OneAsymmetricKey` of Ed25519 (RFC 8410 §7, RFC 5958),
    /// checking the public key when it is included.
    ///
    /// # Errors
    /// [`Code::KeyInvalid`].
    pub fn from_pkcs8(der: &[u8]) -> Result<Self, Fault> {
        let mut outer = Der(der);
        let mut info = Der(outer.expect(0x30)?);
        if !outer.is_empty() {
            return Err(invalid("bytes after the PKCS#8 key"));
        }
        let version = info.expect(0x02)?;
        if version != [0] && version != [1] {
            return Err(invalid("an unknown PKCS#8 version"));
        }
        let mut algorithm = Der(info.expect(0x30)?);
        if algorithm.expect(0x06)? != OID_ED25519 || !algorithm.is_empty() {
            return Err(invalid("the PKCS#8 key is not an Ed25519 key"));
        }
        let mut private = Der(info.expect(0x04)?);
        let seed = private.expect(0x04)?;
        if !private.is_empty() {
            return Err(invalid("bytes after the Ed25519 seed"));
        }
        let seed =
            <[u8; 32]>::try_from(seed).map_err(|_| invalid("the Ed25519 seed is not 32 bytes"))?;
        let key = Self::from_seed(&seed);
        while !info.is_empty() {
            let element = info.element()?;
            match element.tag {
                0xa0 => {} // attributes
                0x81 => {
                    // publicKey [1] IMPLICIT BIT STRING: no unused bits, then the key
                    if element.value.strip_prefix(&[0u8][..]) != Some(&key.public_key()[..]) {
                        return Err(invalid("the PKCS#8 public key does not belong to the seed"));
                    }
                }
                _ => return Err(invalid("an unknown member in the PKCS#8 key")),
            }
        }
        Ok(key)
    }

    /// The PKCS#8 `PrivateKeyInfo` (RFC 8410 §7): version 0, no public key, as OpenSSL writes it.
    pub fn to_pkcs8(&self) -> Vec<u8> {
        let mut der = vec![
            0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22,
            0x04, 0x20,
        ];
        der.extend_from_slice(&self.key.to_bytes());
        der
    }

    /// The key file for this key.
    pub fn key_file(&self) -> KeyFile {
        KeyFile {
            public_key_multibase: self.public_multibase(),
            secret_key_multibase: ed25519_secret_multikey_encode(&self.key.to_bytes()),
        }
    }

    /// The public key as a Multikey (`z6Mk…`).
    pub fn public_multibase(&self) -> String {
        ed25519_multikey_encode(&self.key.verifying_key().to_bytes())
    }

    /// The raw public key.
    pub fn public_key(&self) -> [u8; 32] {
        self.key.verifying_key().to_bytes()
    }

    /// `did:key:z6Mk…`
    pub fn did_key(&self) -> String {
        format!("did:key:{}", self.public_multibase())
    }

    /// `did:key:z6Mk…#z6Mk…`
    pub fn did_key_vm(&self) -> String {
        crate::keys::did_key::verification_method(&self.public_key())
    }

    /// Signs raw bytes.
    pub fn sign(&self, message: &[u8]) -> [u8; 64] {
        self.key.sign(message).to_bytes()
    }
}

/// The `publicKeyMultibase` and `secretKeyMultibase` of a Multikey key file, refusing members a
/// key file does not have.
///
/// # Errors
/// [`Code::KeyInvalid`].
pub(crate) fn multikey_members(file: &Map<String, Value>) -> Result<(&str, &str), Fault> {
    if let Some(other) = file.keys().find(|k| {
        !MULTIKEY_EXTRA_MEMBERS.contains(&k.as_str())
            && *k != "publicKeyMultibase"
            && *k != "secretKeyMultibase"
    }) {
        return Err(invalid(format!(
            "a Multikey key file has no member {other:?}"
        )));
    }
    if let Some(t) = file.get("type") {
        if t != "Multikey" {
            return Err(invalid(format!("a key file of type {t}, not Multikey")));
        }
    }
    let text = |name: &str| {
        file.get(name)
            .and_then(Value::as_str)
            .ok_or_else(|| invalid(format!("the key file has no {name}")))
    };
    Ok((text("publicKeyMultibase")?, text("secretKeyMultibase")?))
}

/// The bytes of a `secretKeyMultibase`: `z` + base58btc, codec included.
///
/// # Errors
/// [`Code::KeyInvalid`].
pub(crate) fn secret_multibase(text: &str) -> Result<Vec<u8>, Fault> {
    let body = text
        .strip_prefix('z')
        .ok_or_else(|| invalid("secretKeyMultibase is not base58btc multibase (z…)"))?;
    base58_decode(body).map_err(|e| invalid(format!("secretKeyMultibase: {e:?}")))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]
    use super::*;
    use crate::encoding::base58_encode;

    /// vc-di-eddsa TestVectors/keyPair.json.
    const W3C_PUBLIC: &str = "z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2";
    const W3C_SECRET: &str = "z3u2en7t5LR2WtQH5PfFqMqwVHBeXouLzo6haApm8XHqvjxq";

    #[test]
    fn the_w3c_key_file_and_the_digital_bazaar_64_byte_form() {
        let file = format!(
            r#"{{"publicKeyMultibase":"{W3C_PUBLIC}","secretKeyMultibase":"{W3C_SECRET}"}}"#
        );
        let key = IssuerKey::from_key_file(file.as_bytes()).unwrap();
        assert_eq!(key.public_multibase(), W3C_PUBLIC);
        // Digital Bazaar: 0x8026 ‖ seed ‖ public, with the Multikey description around it
        let seed = &secret_multibase(W3C_SECRET).unwrap()[2..];
        let long = [&ED25519_PRIV_PREFIX[..], seed, &key.public_key()].concat();
        let db = format!(
            r#"{{"@context":"https://w3id.org/security/multikey/v1","type":"Multikey","id":"did:example:1#k","controller":"did:example:1","publicKeyMultibase":"{W3C_PUBLIC}","secretKeyMultibase":"z{}"}}"#,
            base58_encode(&long)
        );
        assert_eq!(
            IssuerKey::from_key_file(db.as_bytes())
                .unwrap()
                .public_key(),
            key.public_key()
        );
        // … whose public half must belong to the seed
        let mut wrong = long.clone();
        wrong[40] ^= 1;
        let bad = db.replace(&base58_encode(&long), &base58_encode(&wrong));
        assert_eq!(
            IssuerKey::from_key_file(bad.as_bytes()).unwrap_err().code,
            Code::KeyInvalid
        );
        let extra = file.replace('}', r#","note":"x"}"#);
        assert!(IssuerKey::from_key_file(extra.as_bytes()).is_err());
    }

    #[test]
    fn jwk_and_pkcs8_round_trip() {
        let key = IssuerKey::from_seed(&[9; 32]);
        assert_eq!(
            IssuerKey::from_jwk(&key.to_jwk()).unwrap().public_key(),
            key.public_key()
        );
        assert_eq!(
            IssuerKey::from_pkcs8(&key.to_pkcs8()).unwrap().public_key(),
            key.public_key()
        );
        let mut wrong = key.to_jwk();
        wrong.insert("x".into(), base64url_encode(&[1; 32]).into());
        assert!(IssuerKey::from_jwk(&wrong).is_err());
        let mut der = key.to_pkcs8();
        der[1] += 1;
        assert!(IssuerKey::from_pkcs8(&der).is_err());
    }

    #[test]
    fn openssl_pkcs8_with_its_public_key() {
        // RFC 8410 §10.3: a OneAsymmetricKey (version 1) with the public key
        let der = crate::encoding::base64_decode(
            "MHICAQEwBQYDK2VwBCIEINTuctv5E1hK1bbY8fdp+K06/nwoy/HU++CXqI9EdVhCoB8wHQYKKoZIhvcNAQkJFDEPDA1DdXJkbGUgQ2hhaXJzgSEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE=",
        )
        .unwrap();
        let key = IssuerKey::from_pkcs8(&der).unwrap();
        assert_eq!(
            base64url_encode(&key.public_key()),
            "Gb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE"
        );
    }
}
