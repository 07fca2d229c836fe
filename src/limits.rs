//! Limits on untrusted input, as named constants with the reason for each value.
//!
//! Going over a limit is an error that names the limit (`unreadable`), never a silent truncation.

/// Largest input accepted at all (a credential file, a JWS, or later a baked image), in bytes.
/// 4 MiB: baked PNG badges carry an image as well as the credential; credentials alone are far smaller.
pub const MAX_INPUT_BYTES: usize = 4 << 20;

/// Largest JSON text (a credential, a JWS payload or a host-supplied document), in bytes.
/// 1 MiB: the largest real credential seen (a complete Open Badge with endorsements and a
/// `data:` image) is about 60 KB; 1 MiB leaves room for embedded images without letting a
/// file tie up the widget.
pub const MAX_JSON_BYTES: usize = 1 << 20;

/// Deepest nesting of JSON arrays and objects. Real credentials nest about 8 levels deep
/// (credential → subject → achievement → alignment → …); 64 leaves ample room and keeps the
/// recursive walks of later stages shallow. (serde_json itself stops at 128.)
pub const MAX_JSON_DEPTH: usize = 64;

/// Longest single JSON string, in bytes. 512 KiB admits a `data:` URI image of a badge but
/// rejects the multi-megabyte strings used to exhaust memory in the UI.
pub const MAX_JSON_STRING_BYTES: usize = 512 << 10;

/// Most JSON values (objects, arrays, strings, numbers, …) in one document. 100,000 is two
/// orders of magnitude above a complete Open Badge (about 600 values).
pub const MAX_JSON_VALUES: usize = 100_000;

/// Most embedded proofs on one credential. Proof sets seen in the wild have 2.
pub const MAX_PROOFS: usize = 8;

/// Longest key-identifier or DID string we try to resolve, in bytes. A `did:jwk` for an
/// Ed25519 key is about 110 characters; 4 KiB rules out pathological identifiers.
pub const MAX_IDENTIFIER_BYTES: usize = 4 << 10;
