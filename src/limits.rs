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

/// Most credentials verified out of one presentation (each is a full verification with its own
/// limits; a presentation holding more is reported with the rest `not_opened`). Wallets hand over
/// a handful; 16 bounds the work of one file to 16 verifications.
pub const MAX_PRESENTED_CREDENTIALS: usize = 16;

/// Longest key-identifier or DID string we try to resolve, in bytes. A `did:jwk` for an
/// Ed25519 key is about 110 characters; 4 KiB rules out pathological identifiers.
pub const MAX_IDENTIFIER_BYTES: usize = 4 << 10;

/// Most quads RDFC-1.0 canonicalises in one dataset. A complete Open Badge with endorsements
/// becomes a few hundred quads; 20,000 keeps sorting and first-degree hashing far below a second.
pub const MAX_RDFC_QUADS: usize = 20_000;

/// Most distinct blank nodes in one dataset to canonicalise. Credentials have tens; each one costs
/// a hash over every quad that mentions it.
pub const MAX_RDFC_BLANK_NODES: usize = 10_000;

/// Most bytes of N-Quads in one dataset to canonicalise (counted before escaping). 16 MiB is 16
/// times the largest JSON accepted; the bound matters because a JSON-LD context can make a long
/// IRI cost a few bytes per use, and every quad is serialised and hashed.
pub const MAX_RDFC_NQUADS_BYTES: usize = 16 << 20;

/// Most calls of RDFC-1.0's Hash N-Degree Quads (recursive ones included) in one
/// canonicalisation: it is exponential on "poison" graphs (RDFC-1.0, "Dataset Poisoning").
/// The hardest evaluation test of the W3C suite needs 468; 2,000 take about 30 ms in a release
/// build.
pub const MAX_RDFC_N_DEGREE_CALLS: u64 = 2_000;

/// Most work steps in one canonicalisation: one per related-blank-node hash, one per blank node
/// placed in a permutation. The hardest W3C evaluation test needs 6,168; a 10-node blank node
/// clique would need billions and stops here after about 20 ms in a release build (0.25 s in a
/// debug build, about 0.5 s in debug wasm).
pub const MAX_RDFC_WORK_STEPS: u64 = 50_000;

/// Deepest recursion of Hash N-Degree Quads, one level per blank node along a path (the W3C
/// suite needs 6). Keeps the stack (1 MiB in wasm) safe on long chains of look-alike blank nodes.
pub const MAX_RDFC_DEPTH: usize = 64;

/// Largest status list after GZIP inflation, in bytes. 16 MiB (134 million entries) as in `ssi`;
/// the W3C minimum is 16 KiB. Inflating past it is an error (a gzip bomb), not a truncation.
pub const MAX_STATUS_LIST_BYTES: usize = 16 << 20;

/// Most `credentialStatus` entries checked on one credential.
pub const MAX_STATUS_ENTRIES: usize = 8;

/// Most `statusMessage` items looked through (a `statusSize` of 8 has 256 values), and most
/// languages of one message.
pub const MAX_STATUS_MESSAGES: usize = 256;

/// Longest status message shown, in characters (longer ones are cut).
pub const MAX_STATUS_MESSAGE_CHARS: usize = 200;

/// Status lists a verifier keeps once read (and verified), so that a batch naming the same lists
/// reads each once: as many as one credential may name.
pub const MAX_CACHED_STATUS_LISTS: usize = MAX_STATUS_ENTRIES;

/// Longest Token Status List token (a compact JWS the host supplies), in bytes. The draft's
/// largest test vector (a 1-bit list of 1,000,346 entries) is under 2 KB; 2 MiB admits any list
/// that compresses as status lists do, and the payload still passes [`MAX_JSON_BYTES`].
pub const MAX_STATUS_LIST_TOKEN_BYTES: usize = 2 << 20;

/// Largest Token Status List after ZLIB inflation, in bytes: as [`MAX_STATUS_LIST_BYTES`]
/// (16 MiB: 134 million one-bit entries). Inflating past it is an error (a zlib bomb).
pub const MAX_TOKEN_STATUS_LIST_BYTES: usize = MAX_STATUS_LIST_BYTES;

/// Largest `idx` a Token Status List reference may name: the last entry of the largest list
/// accepted at one bit per entry. A larger index can be in no list read here.
pub const MAX_TOKEN_STATUS_INDEX: u64 = (MAX_TOKEN_STATUS_LIST_BYTES as u64) * 8 - 1;
