//! Issuer tools: signing keys and their files, and signing credentials. Used by the CLI and by
//! tests to make the project's own vectors.
//!
//! | file | what |
//! |---|---|
//! | `ed25519.rs` | [`IssuerKey`](crate::sign::IssuerKey) (Ed25519) and the Multikey [`KeyFile`](crate::sign::KeyFile); every build |
//! | `data_integrity.rs` | eddsa-jcs-2022, eddsa-rdfc-2022, Ed25519Signature2020; ecdsa-rdfc-2019 and ecdsa-jcs-2019 (native) |
//! | `jose.rs` | compact JWS and VC-JWT, with `alg` EdDSA; any algorithm (native) |
//! | `key.rs` | [`SigningKey`](crate::sign::SigningKey): Ed25519, P-256, P-384 and RSA keys, key files as Multikey, JWK or PEM (native) |
//! | `ecdsa.rs`, `rsa.rs` | the RustCrypto keys behind [`SigningKey`](crate::sign::SigningKey) (native) |
//!
//! Signing is deterministic (Ed25519, ECDSA with RFC 6979 nonces, RSASSA-PKCS1-v1_5) except PS256,
//! whose salt comes from a random source the caller passes, as does key generation: the library
//! never reaches for randomness itself. The ECDSA and RSA parts exist only in the native build
//! (the wasm build carries no `p256`, `p384` or `rsa`).

mod data_integrity;
mod ed25519;
mod jose;

#[cfg(not(target_arch = "wasm32"))]
mod ecdsa;
#[cfg(not(target_arch = "wasm32"))]
mod key;
#[cfg(not(target_arch = "wasm32"))]
mod rsa;

use serde_json::{Map, Value};

pub use data_integrity::{
    sign_eddsa_jcs_2022, sign_linked_data, LinkedDataSuite, DATA_INTEGRITY_V2_CONTEXT,
    ED25519_2020_CONTEXT,
};
pub use ed25519::{IssuerKey, KeyFile};
pub use jose::{jwt_payload, sign_compact, sign_jwt};

#[cfg(not(target_arch = "wasm32"))]
pub use data_integrity::{sign_ecdsa, EcdsaSuite};
#[cfg(not(target_arch = "wasm32"))]
pub use ecdsa::{P256_PRIV_PREFIX, P384_PRIV_PREFIX};
#[cfg(not(target_arch = "wasm32"))]
pub use jose::{sign_compact_with, sign_jwt_with};
#[cfg(not(target_arch = "wasm32"))]
pub use key::{KeyFormat, SigningKey, MAX_KEY_FILE_BYTES};
#[cfg(not(target_arch = "wasm32"))]
pub use rsa::{DEFAULT_RSA_KEY_BITS, RSA_KEY_BITS};

/// Sets the credential's issuer to `issuer` (replacing `issuer.id` when the issuer is an object).
pub fn set_issuer(doc: &mut Map<String, Value>, issuer: &str) {
    match doc.get_mut("issuer") {
        Some(Value::Object(o)) => {
            o.insert("id".to_owned(), Value::String(issuer.to_owned()));
        }
        _ => {
            doc.insert("issuer".to_owned(), Value::String(issuer.to_owned()));
        }
    }
}
