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
    /// `DataIntegrityProof` with `cryptosuite: "ecdsa-rdfc-2019"` (vc-di-ecdsa §3.2), P-256 or P-384.
    EcdsaRdfc2019,
    /// `DataIntegrityProof` with `cryptosuite: "ecdsa-jcs-2019"` (vc-di-ecdsa §3.3), P-256 or P-384.
    EcdsaJcs2019,
    /// `DataIntegrityProof` with `cryptosuite: "ecdsa-sd-2023"` (vc-di-ecdsa §3.4): derived proofs.
    EcdsaSd2023,
}

impl Cryptosuite {
    /// The name as written in a proof (`cryptosuite`, or `type` for the legacy suites).
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::EddsaJcs2022 => "eddsa-jcs-2022",
            Self::EddsaRdfc2022 => "eddsa-rdfc-2022",
            Self::Ed25519Signature2020 => "Ed25519Signature2020",
            Self::Ed25519Signature2018 => "Ed25519Signature2018",
            Self::EcdsaRdfc2019 => "ecdsa-rdfc-2019",
            Self::EcdsaJcs2019 => "ecdsa-jcs-2019",
            Self::EcdsaSd2023 => "ecdsa-sd-2023",
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
    /// `ES256`: ECDSA P-256 with SHA-256.
    Es256,
    /// `ES384`: ECDSA P-384 with SHA-384.
    Es384,
    /// `RS256`: RSASSA-PKCS1-v1_5 with SHA-256 (the Open Badges 3.0 minimum).
    Rs256,
    /// `PS256`: RSASSA-PSS with SHA-256.
    Ps256,
    /// `ES256K`: ECDSA secp256k1 with SHA-256 (RFC 8812).
    Es256k,
}

impl JwtAlgorithm {
    /// The `alg` header value.
    pub const fn as_str(self) -> &'static str {
        match self {
            // RFC 9864's fully specified name; every other value is the algorithm's JOSE name.
            Self::Ed25519 => "Ed25519",
            other => other.algorithm().jose_name(),
        }
    }

    /// The signature algorithm it names.
    pub const fn algorithm(self) -> crate::crypto::Algorithm {
        use crate::crypto::Algorithm;
        match self {
            Self::EdDsa | Self::Ed25519 => Algorithm::Ed25519,
            Self::Es256 => Algorithm::Es256,
            Self::Es384 => Algorithm::Es384,
            Self::Rs256 => Algorithm::Rs256,
            Self::Ps256 => Algorithm::Ps256,
            Self::Es256k => Algorithm::Es256k,
        }
    }
}

/// The verifier's policy. Every default fails closed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Policy {
    /// Cryptosuites accepted in `DataIntegrityProof`s. Defaults to all supported ones.
    pub cryptosuites: Vec<Cryptosuite>,
    /// `alg` values accepted in a VC-JWT. Defaults to all of them.
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
                Cryptosuite::EcdsaRdfc2019,
                Cryptosuite::EcdsaJcs2019,
                Cryptosuite::EcdsaSd2023,
            ],
            jwt_algorithms: vec![
                JwtAlgorithm::EdDsa,
                JwtAlgorithm::Ed25519,
                JwtAlgorithm::Es256,
                JwtAlgorithm::Es384,
                JwtAlgorithm::Rs256,
                JwtAlgorithm::Ps256,
                JwtAlgorithm::Es256k,
            ],
            require_status: false,
            allow_undefined_terms: false,
        }
    }
}
