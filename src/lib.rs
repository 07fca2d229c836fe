//! Keurmerk verifies digital micro-credentials — Open Badges 3.0 and W3C Verifiable Credentials —
//! entirely offline, natively and in the browser, and tells a recruiter what they really say.
//!
//! The pipeline, one module per stage (data flows one way):
//!
//! | stage | module | in → out |
//! |---|---|---|
//! | intake | [`intake`] | bytes → [`intake::Envelope`] (limits, strict JSON, compact JWS) |
//! | parse | [`parse`] | envelope → [`parse::Credential`] (VC 1.1 / 2.0 / OB 3.0, JWT profiles) |
//! | canon | [`canon`] | JSON → canonical form: RFC 8785 JCS; JSON-LD → RDF over bundled contexts → RDFC-1.0 N-Quads |
//! | proof | [`proof`] | credential → key that signed (eddsa-rdfc-2022, eddsa-jcs-2022, Ed25519Signature2020/2018, VC-JWT EdDSA) |
//! | keys / bind | [`keys`], [`bind`] | verification method → key, controller; issuer must control it |
//! | validity | [`validity`] | validity window at the caller's `now` |
//! | status | [`status`] | revocation status |
//! | trust | [`trust`] | signed issuer trust lists: who vouches for the issuer |
//! | descriptors | [`descriptors`] | the EU Annex I elements, normalised, each marked signed or not |
//! | report | [`report`] | the [`Report`] with `verdict` and `checks[]` |
//!
//! [`Verifier`] chains them; [`codes`] is the catalogue of stable check codes and their words.
//!
//! ```
//! use keurmerk::{Config, Timestamp, Verifier, Verdict};
//! let verifier = Verifier::new(Config::default()).expect("no documents to read");
//! let report = verifier.verify(b"{}", Timestamp::from_unix(1_795_305_600));
//! assert_eq!(report.verdict, Verdict::Unreadable);
//! ```

#![forbid(unsafe_code)]

pub mod bind;
pub mod canon;
pub mod codes;
pub mod descriptors;
pub mod encoding;
pub mod intake;
pub mod keys;
pub mod limits;
pub mod parse;
pub mod policy;
pub mod proof;
pub mod report;
pub mod sign;
pub mod sort;
pub mod status;
pub mod time;
pub mod trust;
pub mod validity;
mod verifier;
#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use crate::codes::{Code, Fault};
pub use crate::policy::{Cryptosuite, JwtAlgorithm, Policy};
pub use crate::report::{Check, CheckId, Format, Outcome, Report, Verdict};
pub use crate::time::Timestamp;
pub use crate::verifier::{Config, ConfigError, Document, Verifier};

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
pub(crate) fn test_hex<const N: usize>(s: &str) -> [u8; N] {
    let v: Vec<u8> = (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
        .collect();
    v.try_into().expect("length")
}
