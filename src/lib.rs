//! Keurmerk verifies digital micro-credentials — Open Badges 3.0 and W3C Verifiable Credentials —
//! entirely offline, natively and in the browser, and tells a recruiter what they really say.
//!
//! The pipeline, one module per stage (data flows one way; `docs/architecture.md`):
//!
//! | stage | module | in → out |
//! |---|---|---|
//! | intake | `intake` | bytes → `Intake` (limits, strict JSON, compact JWS, baked PNG/SVG) |
//! | parse | `parse` | envelope → `Credential` (VC 1.1 / 2.0 / OB 3.0, JWT profiles) |
//! | canon | `canon` | JSON → RFC 8785 JCS; JSON-LD → RDF over bundled and supplied contexts → RDFC-1.0 N-Quads |
//! | proof | `proof` | credential → `Proven`: the keys that signed, one file per securing mechanism |
//! | crypto | `crypto` | the provider seam: (algorithm, key, message, signature) → valid or not; Ed25519, ECDSA P-256/P-384, RSA |
//! | keys / bind | `keys`, `bind` | verification method → key and controller; the issuer must control it |
//! | validity | `validity` | validity window at the caller's `now` |
//! | status | `status` | revocation and suspension from supplied status lists |
//! | trust | `trust` | signed issuer trust lists: who vouches for the issuer |
//! | descriptors | `descriptors` | the EU Annex I elements, normalised, each marked signed or not |
//! | report | `report` | the [`Report`]: `verdict`, `deciding` and `checks[]` |
//!
//! [`Verifier`] chains them (`verifier.rs`); `cbor` reads the CBOR of selective-disclosure proofs;
//! `codes` is the catalogue of stable check codes, the
//! verdict precedence and their words; `lines` the catalogue of detail lines (a check's facts as
//! data, worded in four languages); [`Config`] and [`Policy`] say what is accepted.
//!
//! The public API is this page (`docs/api.md`). The feature `ecdsa-rsa` (default) adds ECDSA and
//! RSA (without it, the small wasm module a page loads first); `issuer` adds the signing tools
//! (`sign`); the feature `internals` exposes the stages themselves for fuzz targets, benchmarks
//! and the CLI — they are not a stable API.
//!
//! ```
//! use keurmerk::{Config, Timestamp, Verifier, Verdict};
//! let verifier = Verifier::new(Config::default()).expect("no documents to read");
//! let report = verifier.verify(b"{}", Timestamp::from_unix(1_795_305_600));
//! assert_eq!(report.verdict, Verdict::Unreadable);
//! ```

#![forbid(unsafe_code)]
#![deny(missing_docs)]
// Without `internals` the stage modules are private, yet their items stay `pub` so that the
// feature can expose them; unreachable_pub and dead_code are judged in the `internals` build
// (clippy --all-targets, which the tests compile with it).
#![cfg_attr(
    not(feature = "internals"),
    allow(unreachable_pub, dead_code, unused_imports)
)]

/// Declares the stages and their shared vocabulary: public only with the `internals` feature.
macro_rules! internal_modules {
    ($($name:ident),* $(,)?) => {
        $(
            #[cfg(feature = "internals")]
            pub mod $name;
            #[cfg(not(feature = "internals"))]
            mod $name;
        )*
    };
}

internal_modules!(
    bind,
    canon,
    cbor,
    codes,
    crypto,
    descriptors,
    encoding,
    intake,
    keys,
    limits,
    lines,
    parse,
    presentation,
    proof,
    sort,
    status,
    trust,
    validity,
);

mod config;
mod policy;
mod report;
mod time;
mod verifier;

/// Issuer tools: key files (Multikey, JWK, PEM) and signing credentials with Ed25519 (eddsa-jcs-2022,
/// the RDFC suites), ECDSA (ecdsa-rdfc-2019, ecdsa-jcs-2019) and as JWS/VC-JWT with every algorithm
/// (ECDSA and RSA natively only).
#[cfg(feature = "issuer")]
pub mod sign;

/// The wasm-bindgen layer the npm package wraps.
#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use crate::canon::jsonld::Dropped;
pub use crate::codes::{Code, Fault, Named, Outcome, Verdict, WantKind, Wanted, Words};
pub use crate::config::{Config, ConfigError, Document};
pub use crate::crypto::{Algorithm, Deferred, Native, Provider, PublicKey, SignatureCheck};
pub use crate::descriptors::{AnnexI, Descriptor};
pub use crate::intake::Format;
pub use crate::lines::{Arg, Facts};
pub use crate::parse::ob2::Recipient;
pub use crate::policy::{Cryptosuite, JwtAlgorithm, Policy};
pub use crate::report::{
    CertificateSummary, Check, CheckId, CredentialSummary, ImageSummary, IssuerSummary,
    PresentationSummary, QualifiedStatements, Report, SealSubject, SealSummary, SignatureSummary,
    TrustedBy, ValiditySummary,
};
#[cfg(feature = "ecdsa-rsa")]
pub use crate::report::{SealIssuer, SealTimestamp};
pub use crate::time::Timestamp;
pub use crate::verifier::Verifier;

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
pub(crate) fn test_hex<const N: usize>(s: &str) -> [u8; N] {
    let v: Vec<u8> = (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
        .collect();
    v.try_into().expect("length")
}
