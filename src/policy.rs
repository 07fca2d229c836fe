//! What the verifier accepts. Allowed suites and algorithms come from here, never from the credential.

/// An embedded-proof mechanism Keurmerk can verify: a Data Integrity cryptosuite or a legacy
/// Linked Data Signature proof type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Cryptosuite {
    /// `DataIntegrityProof` with `cryptosuite: "eddsa-jcs-2022"` (vc-di-eddsa §3.3).
    EddsaJcs2022,
    /// `DataIntegrityProof` with `cryptosuite: "eddsa-rdfc-2022"` (vc-di-eddsa §3.2).
    EddsaRdfc2022,
    /// Proof type `Ed25519Signature2020` (legacy, vc-di-eddsa §4).
    Ed25519Signature2020,
    /// Proof type `Ed25519Signature2018` (legacy, W3C CCG lds-ed25519-2018).
    Ed25519Signature2018,
}

impl Cryptosuite {
    /// The name as written in a proof (`cryptosuite`, or `type` for the legacy suites).
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::EddsaJcs2022 => "eddsa-jcs-2022",
            Self::EddsaRdfc2022 => "eddsa-rdfc-2022",
            Self::Ed25519Signature2020 => "Ed25519Signature2020",
            Self::Ed25519Signature2018 => "Ed25519Signature2018",
        }
    }
}

/// A JOSE signature algorithm Keurmerk can verify.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum JwtAlgorithm {
    /// `EdDSA` (RFC 8037) with an Ed25519 key.
    EdDsa,
    /// `Ed25519` (RFC 9864), the fully specified name.
    Ed25519,
}

impl JwtAlgorithm {
    /// The `alg` header value.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::EdDsa => "EdDSA",
            Self::Ed25519 => "Ed25519",
        }
    }
}

/// The verifier's policy. Every default fails closed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Policy {
    /// Cryptosuites accepted in `DataIntegrityProof`s. Defaults to all supported ones.
    pub cryptosuites: Vec<Cryptosuite>,
    /// `alg` values accepted in a VC-JWT. Defaults to `EdDSA` and `Ed25519`.
    /// `none` and shared-secret algorithms (`HS*`) are refused whatever this says.
    pub jwt_algorithms: Vec<JwtAlgorithm>,
    /// When true, a credential whose revocation status cannot be checked is `indeterminate`
    /// instead of being judged on the other checks. Defaults to `false`.
    pub require_status: bool,
    /// When true, terms that no JSON-LD context defines (and that an RDF-canonicalised proof
    /// therefore does not sign) are reported with a warning instead of making the credential
    /// `invalid`; they are listed so they can be shown as unsigned. Defaults to `false`, as VC Data
    /// Integrity requires ("Securing Data Losslessly").
    pub allow_undefined_terms: bool,
}

impl Default for Policy {
    fn default() -> Self {
        Self {
            cryptosuites: vec![
                Cryptosuite::EddsaJcs2022,
                Cryptosuite::EddsaRdfc2022,
                Cryptosuite::Ed25519Signature2020,
                Cryptosuite::Ed25519Signature2018,
            ],
            jwt_algorithms: vec![JwtAlgorithm::EdDsa, JwtAlgorithm::Ed25519],
            require_status: false,
            allow_undefined_terms: false,
        }
    }
}
