//! The JSON-LD contexts Keurmerk knows, byte-exact, keyed by URL. Any other context URL is
//! "could not check" (`jsonld_unknown_context`), never a fetch. `docs/contexts.md` lists each
//! with its SHA-256 and source; `tests/jsonld.rs` and `tests/contexts.rs` check the hashes.
//!
//! [`BUNDLED`] is in both wasm modules; [`FULL_ONLY`] only in the full one (feature `ecdsa-rsa`),
//! because the core module is at its size budget (`docs/decisions.md`, "Contexts only the full
//! module bundles"). The core keeps just their URLs and answers `module_needed` for them.

/// (URL, file contents) of every bundled context.
pub const BUNDLED: &[(&str, &str)] = &[
    (
        "https://www.w3.org/2018/credentials/v1",
        include_str!("contexts/credentials-v1.jsonld"),
    ),
    (
        "https://www.w3.org/ns/credentials/v2",
        include_str!("contexts/credentials-v2.jsonld"),
    ),
    (
        "https://www.w3.org/ns/credentials/examples/v2",
        include_str!("contexts/credentials-examples-v2.jsonld"),
    ),
    (
        "https://www.w3.org/2018/credentials/examples/v1",
        include_str!("contexts/credentials-examples-v1.jsonld"),
    ),
    (
        "https://www.w3.org/ns/credentials/undefined-terms/v2",
        include_str!("contexts/credentials-undefined-terms-v2.jsonld"),
    ),
    (
        "https://w3id.org/security/suites/ed25519-2020/v1",
        include_str!("contexts/ed25519-signature-2020-v1.jsonld"),
    ),
    (
        "https://w3id.org/security/data-integrity/v1",
        include_str!("contexts/data-integrity-v1.jsonld"),
    ),
    (
        "https://w3id.org/security/data-integrity/v2",
        include_str!("contexts/data-integrity-v2.jsonld"),
    ),
    (
        "https://w3id.org/security/multikey/v1",
        include_str!("contexts/multikey-v1.jsonld"),
    ),
    (
        "https://www.w3.org/ns/credentials/status/v1",
        include_str!("contexts/bitstring-status-list-v1.jsonld"),
    ),
    (
        "https://w3id.org/vc/status-list/2021/v1",
        include_str!("contexts/status-list-2021-v1.jsonld"),
    ),
    (
        "https://purl.imsglobal.org/spec/ob/v3p0/context.json",
        include_str!("contexts/ob-v3p0-context.json"),
    ),
    (
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.1.json",
        include_str!("contexts/ob-v3p0-context-3.0.1.json"),
    ),
    (
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json",
        include_str!("contexts/ob-v3p0-context-3.0.2.json"),
    ),
    (
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
        include_str!("contexts/ob-v3p0-context-3.0.3.json"),
    ),
    (
        "https://purl.imsglobal.org/spec/ob/v3p0/extensions.json",
        include_str!("contexts/ob-v3p0-extensions.json"),
    ),
    (
        "https://w3id.org/security/suites/x25519-2020/v1",
        include_str!("contexts/x25519-key-agreement-2020-v1.jsonld"),
    ),
    (
        "https://www.w3.org/ns/did/v1",
        include_str!("contexts/did-v1.jsonld"),
    ),
    (
        "https://w3id.org/dcc/v1",
        include_str!("contexts/dcc-v1.jsonld"),
    ),
    (
        "https://w3id.org/security/v1",
        include_str!("contexts/security-v1.jsonld"),
    ),
    (
        "https://w3id.org/security/v2",
        include_str!("contexts/security-v2.jsonld"),
    ),
];

/// Declares [`FULL_ONLY`]: with feature `ecdsa-rsa` the contexts' texts, without it their URLs
/// alone (each text empty), so the core module knows which contexts the full module resolves.
macro_rules! full_only {
    ($($url:literal => $file:literal,)*) => {
        /// (URL, file contents) of the contexts only the full module bundles (feature `ecdsa-rsa`);
        /// in the core module each text is empty and a proof over one is `module_needed`.
        #[cfg(feature = "ecdsa-rsa")]
        pub const FULL_ONLY: &[(&str, &str)] = &[$(($url, include_str!(concat!("contexts/", $file))),)*];
        /// (URL, file contents) of the contexts only the full module bundles (feature `ecdsa-rsa`);
        /// in the core module each text is empty and a proof over one is `module_needed`.
        #[cfg(not(feature = "ecdsa-rsa"))]
        pub const FULL_ONLY: &[(&str, &str)] = &[$(($url, ""),)*];
    };
}

full_only! {
    "https://www.w3.org/ns/odrl.jsonld" => "odrl.jsonld",
    "https://w3id.org/security/suites/jws-2020/v1" => "jws-2020-v1.jsonld",
    "https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json" => "clr-v2p0-context-2.0.1.json",
    "https://purl.imsglobal.org/spec/clr/v2p0/context.json" => "clr-v2p0-context.json",
}
