//! Detail lines of keys (did:key, did:jwk, did:web documents, JWK, Multikey, X.509), the crypto seam, VC-JWT and SD-JWT signatures: why such an input was refused, in four languages (see
//! [`crate::lines`] for how a line is declared and said).

lines! {
}
