//! Byte encodings used by credentials: base58btc, base64url, multibase and the Ed25519 Multikey
//! prefixes. Decoders are strict: padding, whitespace and non-alphabet characters are rejected.

/// Why an encoded value could not be decoded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// A character outside the alphabet (or padding / whitespace).
    Alphabet,
    /// Trailing bits that a canonical encoder would not produce, or an impossible length.
    NonCanonical,
    /// The multibase prefix is not the one the format requires.
    Multibase,
    /// The multicodec prefix is not the expected key type.
    Multicodec,
    /// The decoded value has the wrong length.
    Length,
    /// The input is longer than any value of this kind can be.
    TooLong,
}

const B58: &[u8; 58] = b"123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

/// Longest base58 text we decode (the quadratic decoder stays fast below this): 1 KiB.
const MAX_BASE58_CHARS: usize = 1024;

/// Decodes base58btc (Bitcoin alphabet).
///
/// # Errors
/// [`DecodeError::Alphabet`] or [`DecodeError::TooLong`].
pub fn base58_decode(text: &str) -> Result<Vec<u8>, DecodeError> {
    if text.len() > MAX_BASE58_CHARS {
        return Err(DecodeError::TooLong);
    }
    // The number, little-endian in 32-bit limbs, taken in five digits at a time (58^5 < 2^30).
    let mut limbs: Vec<u32> = Vec::with_capacity(text.len() / 5 + 1);
    for chunk in text.as_bytes().chunks(5) {
        let (mut scale, mut carry) = (1u64, 0u64);
        for &c in chunk {
            let digit = B58_DIGITS
                .get(usize::from(c))
                .copied()
                .filter(|&d| d != NOT_B58)
                .ok_or(DecodeError::Alphabet)?;
            carry = carry * 58 + u64::from(digit);
            scale *= 58;
        }
        for limb in &mut limbs {
            carry += u64::from(*limb) * scale;
            *limb = carry as u32;
            carry >>= 32;
        }
        while carry > 0 {
            limbs.push(carry as u32);
            carry >>= 32;
        }
    }
    let zeros = text.bytes().take_while(|&c| c == b'1').count();
    let mut result = vec![0u8; zeros];
    let bytes = limbs.iter().rev().flat_map(|limb| limb.to_be_bytes());
    result.extend(bytes.skip_while(|&b| b == 0));
    Ok(result)
}

/// Marks a byte that is no base58 digit in [`B58_DIGITS`].
const NOT_B58: u8 = 0xff;

/// The value of each ASCII byte as a base58 digit, or [`NOT_B58`].
// Indexing in a constant is checked by the compiler: out of bounds would not build.
#[allow(clippy::indexing_slicing)]
const B58_DIGITS: [u8; 128] = {
    let mut table = [NOT_B58; 128];
    let mut i = 0;
    while i < B58.len() {
        table[B58[i] as usize] = i as u8;
        i += 1;
    }
    table
};

/// Encodes bytes as base58btc.
pub fn base58_encode(bytes: &[u8]) -> String {
    let zeros = bytes.iter().take_while(|&&b| b == 0).count();
    let mut digits: Vec<u8> = Vec::with_capacity(bytes.len() * 138 / 100 + 1);
    for &b in bytes {
        let mut carry = u32::from(b);
        for d in digits.iter_mut() {
            carry += u32::from(*d) << 8;
            *d = (carry % 58) as u8;
            carry /= 58;
        }
        while carry > 0 {
            digits.push((carry % 58) as u8);
            carry /= 58;
        }
    }
    let mut s = String::with_capacity(zeros + digits.len());
    s.extend(std::iter::repeat('1').take(zeros));
    for &d in digits.iter().rev() {
        s.push(char::from(B58.get(usize::from(d)).copied().unwrap_or(b'1')));
    }
    s
}

fn b64url_value(c: u8) -> Option<u32> {
    match c {
        b'A'..=b'Z' => Some(u32::from(c - b'A')),
        b'a'..=b'z' => Some(u32::from(c - b'a') + 26),
        b'0'..=b'9' => Some(u32::from(c - b'0') + 52),
        b'-' => Some(62),
        b'_' => Some(63),
        _ => None,
    }
}

/// Decodes unpadded base64url (RFC 4648 §5), as JWS and multibase `u` use it.
///
/// # Errors
/// [`DecodeError::Alphabet`] for padding or other characters, [`DecodeError::NonCanonical`] for
/// an impossible length or non-zero trailing bits.
pub fn base64url_decode(text: &str) -> Result<Vec<u8>, DecodeError> {
    let bytes = text.as_bytes();
    if bytes.len() % 4 == 1 {
        return Err(DecodeError::NonCanonical);
    }
    let mut out = Vec::with_capacity(bytes.len() * 3 / 4);
    let mut acc: u32 = 0;
    let mut bits: u32 = 0;
    for &c in bytes {
        acc = (acc << 6) | b64url_value(c).ok_or(DecodeError::Alphabet)?;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push(((acc >> bits) & 0xff) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    if acc != 0 {
        return Err(DecodeError::NonCanonical);
    }
    Ok(out)
}

/// Encodes bytes as unpadded base64url.
pub fn base64url_encode(bytes: &[u8]) -> String {
    const A: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut s = String::with_capacity(bytes.len().div_ceil(3) * 4);
    let sym = |i: u32| char::from(A.get(i as usize & 63).copied().unwrap_or(b'A'));
    for chunk in bytes.chunks(3) {
        let b =
            [chunk.first(), chunk.get(1), chunk.get(2)].map(|x| u32::from(x.copied().unwrap_or(0)));
        let n = (b[0] << 16) | (b[1] << 8) | b[2];
        s.push(sym(n >> 18));
        s.push(sym(n >> 12));
        if chunk.len() > 1 {
            s.push(sym(n >> 6));
        }
        if chunk.len() > 2 {
            s.push(sym(n));
        }
    }
    s
}

/// Multicodec prefix of an Ed25519 public key (`ed25519-pub`, varint 0xed).
pub const ED25519_PUB_PREFIX: [u8; 2] = [0xed, 0x01];
/// Multicodec prefix of an Ed25519 secret key seed (`ed25519-priv`, varint 0x1300).
pub const ED25519_PRIV_PREFIX: [u8; 2] = [0x80, 0x26];

/// Decodes a Multikey `publicKeyMultibase` for Ed25519: `z` + base58btc(`0xed01` ‖ 32 bytes).
/// "Any other encoding MUST NOT be allowed" (vc-di-eddsa §2.1.1).
///
/// # Errors
/// [`DecodeError::Multibase`], [`DecodeError::Multicodec`], [`DecodeError::Length`] or an alphabet error.
pub fn ed25519_multikey_decode(text: &str) -> Result<[u8; 32], DecodeError> {
    multikey_decode(text, ED25519_PUB_PREFIX)
}

/// Decodes a `secretKeyMultibase` for Ed25519: `z` + base58btc(`0x8026` ‖ 32-byte seed).
///
/// # Errors
/// As [`ed25519_multikey_decode`].
pub fn ed25519_secret_multikey_decode(text: &str) -> Result<[u8; 32], DecodeError> {
    multikey_decode(text, ED25519_PRIV_PREFIX)
}

fn multikey_decode(text: &str, prefix: [u8; 2]) -> Result<[u8; 32], DecodeError> {
    let body = text.strip_prefix('z').ok_or(DecodeError::Multibase)?;
    let bytes = base58_decode(body)?;
    let key = bytes
        .strip_prefix(&prefix[..])
        .ok_or(DecodeError::Multicodec)?;
    key.try_into().map_err(|_| DecodeError::Length)
}

/// Encodes an Ed25519 public key as a Multikey `publicKeyMultibase` (`z6Mk…`).
pub fn ed25519_multikey_encode(key: &[u8; 32]) -> String {
    multikey_encode(key, ED25519_PUB_PREFIX)
}

/// Encodes an Ed25519 seed as a `secretKeyMultibase` (`z3u2…`).
pub fn ed25519_secret_multikey_encode(seed: &[u8; 32]) -> String {
    multikey_encode(seed, ED25519_PRIV_PREFIX)
}

fn multikey_encode(key: &[u8; 32], prefix: [u8; 2]) -> String {
    let mut bytes = Vec::with_capacity(34);
    bytes.extend_from_slice(&prefix);
    bytes.extend_from_slice(key);
    format!("z{}", base58_encode(&bytes))
}

/// Decodes a multibase base58btc signature value (`proofValue`): `z` + base58btc(64 bytes).
///
/// # Errors
/// [`DecodeError::Multibase`] when the prefix is not `z`, [`DecodeError::Length`] unless 64 bytes.
pub fn signature_multibase_decode(text: &str) -> Result<[u8; 64], DecodeError> {
    let body = text.strip_prefix('z').ok_or(DecodeError::Multibase)?;
    base58_decode(body)?
        .try_into()
        .map_err(|_| DecodeError::Length)
}

/// Standard base64 with padding (RFC 4648 §4), as `data:` URIs use.
pub fn base64_encode(bytes: &[u8]) -> String {
    let pad = match bytes.len() % 3 {
        1 => "==",
        2 => "=",
        _ => "",
    };
    base64url_encode(bytes).replace('-', "+").replace('_', "/") + pad
}

/// Decodes standard base64 (RFC 4648 §4) with or without padding, as PEM and the JWS `x5c` header
/// use it.
///
/// # Errors
/// As [`base64url_decode`]; `-` and `_` are refused.
pub fn base64_decode(text: &str) -> Result<Vec<u8>, DecodeError> {
    let body = text.strip_suffix("==").or_else(|| text.strip_suffix('=')).unwrap_or(text);
    if body.contains(['-', '_', '=']) || (body.len() != text.len() && text.len() % 4 != 0) {
        return Err(DecodeError::Alphabet);
    }
    base64url_decode(&body.replace('+', "-").replace('/', "_"))
}

/// CRC-32 (IEEE 802.3), as PNG chunks and GZIP trailers use.
pub fn crc32(data: &[u8]) -> u32 {
    let mut crc = 0xffff_ffff_u32;
    for &b in data {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xedb8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// Lower-case hexadecimal.
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn w3c_key_pair_decodes() {
        let pk =
            ed25519_multikey_decode("z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2").unwrap();
        assert_eq!(
            hex(&pk),
            "b00d8d938e7f773d51565aad36a623f5344f7f5d1960f9cf3e8e12620ea2810f"
        );
        let sk = ed25519_secret_multikey_decode("z3u2en7t5LR2WtQH5PfFqMqwVHBeXouLzo6haApm8XHqvjxq")
            .unwrap();
        assert_eq!(
            hex(&sk),
            "c96ef9ea10c5e414c471723aff9de72c35fa5b70fae97e8832ecac7d2e2b8ed6"
        );
        assert_eq!(
            ed25519_multikey_encode(&pk),
            "z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2"
        );
        assert_eq!(
            ed25519_secret_multikey_encode(&sk),
            "z3u2en7t5LR2WtQH5PfFqMqwVHBeXouLzo6haApm8XHqvjxq"
        );
    }

    #[test]
    fn multikey_rejects_other_encodings() {
        assert_eq!(
            ed25519_multikey_decode("6MkrJVnaZ"),
            Err(DecodeError::Multibase)
        );
        assert_eq!(ed25519_multikey_decode("z0OIl"), Err(DecodeError::Alphabet));
        // the secret key is not a public key
        assert_eq!(
            ed25519_multikey_decode("z3u2en7t5LR2WtQH5PfFqMqwVHBeXouLzo6haApm8XHqvjxq"),
            Err(DecodeError::Multicodec)
        );
        assert_eq!(
            ed25519_multikey_decode("z6Mk"),
            Err(DecodeError::Multicodec)
        );
    }

    #[test]
    fn base58_round_trip_with_leading_zeros() {
        for v in [&b""[..], &[0], &[0, 0, 1], &[255; 40], b"hello world"] {
            assert_eq!(base58_decode(&base58_encode(v)).unwrap(), v);
        }
        assert_eq!(base58_encode(b"hello world"), "StV1DL6CwTryKyV");
    }

    /// The digit-at-a-time decoder this one replaced, as the reference.
    fn base58_decode_by_digit(text: &str) -> Vec<u8> {
        let mut out: Vec<u8> = Vec::new();
        for c in text.bytes() {
            let mut carry = B58.iter().position(|&a| a == c).unwrap() as u32;
            for byte in out.iter_mut().rev() {
                carry += u32::from(*byte) * 58;
                *byte = (carry & 0xff) as u8;
                carry >>= 8;
            }
            while carry > 0 {
                out.insert(0, (carry & 0xff) as u8);
                carry >>= 8;
            }
        }
        let zeros = text.bytes().take_while(|&c| c == b'1').count();
        let mut result = vec![0u8; zeros];
        result.extend(out.into_iter().skip_while(|&b| b == 0));
        result
    }

    #[test]
    fn base58_decodes_as_the_reference_does() {
        let mut texts: Vec<String> = ["", "1", "11", "2", "z", "zzzzz", "zzzzzz", "1z", "111zz2"]
            .iter()
            .map(|s| (*s).to_owned())
            .collect();
        // every length up to 100 digits, from a simple generator over the alphabet
        let mut x: u32 = 7;
        for len in 0..100 {
            let text: String = (0..len)
                .map(|_| {
                    x = x.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                    char::from(B58.get((x >> 16) as usize % 58).copied().unwrap())
                })
                .collect();
            texts.push(format!("11{text}"));
            texts.push(text);
        }
        for t in &texts {
            assert_eq!(base58_decode(t).unwrap(), base58_decode_by_digit(t), "{t}");
        }
        for bad in ["0", "O", "I", "l", "+", "zz é", "\u{7f}"] {
            assert_eq!(base58_decode(bad), Err(DecodeError::Alphabet), "{bad}");
        }
    }

    #[test]
    fn base64_standard_round_trip() {
        for data in [&b""[..], b"a", b"ab", b"abc", b"\xfb\xff\xfe"] {
            assert_eq!(base64_decode(&base64_encode(data)).unwrap(), data);
        }
        assert!(base64_decode("+/8").is_ok());
        assert!(base64_decode("-_8=").is_err());
        assert!(base64_decode("+/8==").is_err());
    }

    #[test]
    fn base64url_is_strict() {
        assert_eq!(base64url_encode(b"\xfb\xff"), "-_8");
        assert_eq!(base64url_decode("-_8").unwrap(), b"\xfb\xff");
        assert_eq!(base64url_decode("-_8="), Err(DecodeError::Alphabet));
        assert_eq!(base64url_decode("-_9"), Err(DecodeError::NonCanonical));
        assert_eq!(base64url_decode("a"), Err(DecodeError::NonCanonical));
        assert_eq!(base64url_decode("ab+/"), Err(DecodeError::Alphabet));
        for n in 0..10usize {
            let v: Vec<u8> = (0..n).map(|i| (i * 37) as u8).collect();
            assert_eq!(base64url_decode(&base64url_encode(&v)).unwrap(), v);
        }
    }
}
