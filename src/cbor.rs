//! A strict reader for the CBOR (RFC 8949) that selective-disclosure proofs carry: unsigned
//! integers, byte and text strings, arrays, maps and tags, with definite lengths only, no floats and
//! no indefinite items, bounded in depth and size. Anything else is an error, never a panic.

/// Deepest nesting accepted.
pub const MAX_CBOR_DEPTH: usize = 8;
/// Most items in one array or map.
pub const MAX_CBOR_ITEMS: usize = 65_536;

/// A decoded CBOR item.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Cbor {
    /// Major type 0.
    Uint(u64),
    /// Major type 2.
    Bytes(Vec<u8>),
    /// Major type 3.
    Text(String),
    /// Major type 4.
    Array(Vec<Cbor>),
    /// Major type 5, in the order written.
    Map(Vec<(Cbor, Cbor)>),
    /// Major type 6.
    Tag(u64, Box<Cbor>),
}

/// Why the bytes are not the CBOR this reader accepts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CborError {
    /// The input ends inside an item.
    Truncated,
    /// Bytes follow the item.
    TrailingBytes,
    /// A major type or additional information this reader does not accept.
    Unsupported,
    /// Over [`MAX_CBOR_DEPTH`] or [`MAX_CBOR_ITEMS`].
    TooLarge,
    /// A text string that is not UTF-8.
    NotUtf8,
}

/// Decodes exactly one item from `bytes`.
///
/// # Errors
/// A [`CborError`].
pub fn decode(bytes: &[u8]) -> Result<Cbor, CborError> {
    let mut r = Reader { bytes, pos: 0 };
    let item = r.item(0)?;
    if r.pos != bytes.len() {
        return Err(CborError::TrailingBytes);
    }
    Ok(item)
}

struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl Reader<'_> {
    fn take(&mut self, n: usize) -> Result<&[u8], CborError> {
        let end = self.pos.checked_add(n).ok_or(CborError::Truncated)?;
        let out = self.bytes.get(self.pos..end).ok_or(CborError::Truncated)?;
        self.pos = end;
        Ok(out)
    }

    fn head(&mut self) -> Result<(u8, u64), CborError> {
        let first = *self.take(1)?.first().ok_or(CborError::Truncated)?;
        let (major, info) = (first >> 5, first & 0x1f);
        let arg = match info {
            0..=23 => u64::from(info),
            24..=27 => {
                let n = 1usize << (info - 24);
                self.take(n)?
                    .iter()
                    .fold(0u64, |a, &b| (a << 8) | u64::from(b))
            }
            _ => return Err(CborError::Unsupported),
        };
        Ok((major, arg))
    }

    fn len(arg: u64, remaining: usize) -> Result<usize, CborError> {
        let n = usize::try_from(arg).map_err(|_| CborError::TooLarge)?;
        if n > MAX_CBOR_ITEMS.max(remaining) {
            return Err(CborError::TooLarge);
        }
        Ok(n)
    }

    fn item(&mut self, depth: usize) -> Result<Cbor, CborError> {
        if depth > MAX_CBOR_DEPTH {
            return Err(CborError::TooLarge);
        }
        let (major, arg) = self.head()?;
        let remaining = self.bytes.len().saturating_sub(self.pos);
        match major {
            0 => Ok(Cbor::Uint(arg)),
            2 => {
                let n = Self::len(arg, remaining)?;
                Ok(Cbor::Bytes(self.take(n)?.to_vec()))
            }
            3 => {
                let n = Self::len(arg, remaining)?;
                let text = std::str::from_utf8(self.take(n)?).map_err(|_| CborError::NotUtf8)?;
                Ok(Cbor::Text(text.to_owned()))
            }
            4 => {
                let n = Self::len(arg, 0)?;
                // Each item takes at least one byte: a length beyond the input is truncated.
                if n > remaining {
                    return Err(CborError::Truncated);
                }
                (0..n)
                    .map(|_| self.item(depth + 1))
                    .collect::<Result<_, _>>()
                    .map(Cbor::Array)
            }
            5 => {
                let n = Self::len(arg, 0)?;
                if n.saturating_mul(2) > remaining {
                    return Err(CborError::Truncated);
                }
                (0..n)
                    .map(|_| Ok((self.item(depth + 1)?, self.item(depth + 1)?)))
                    .collect::<Result<_, _>>()
                    .map(Cbor::Map)
            }
            6 => Ok(Cbor::Tag(arg, Box::new(self.item(depth + 1)?))),
            _ => Err(CborError::Unsupported),
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn rfc8949_appendix_a_examples() {
        assert_eq!(decode(&[0x17]).unwrap(), Cbor::Uint(23));
        assert_eq!(decode(&[0x18, 0x64]).unwrap(), Cbor::Uint(100));
        assert_eq!(decode(&[0x19, 0x03, 0xe8]).unwrap(), Cbor::Uint(1000));
        assert_eq!(
            decode(&[0x44, 1, 2, 3, 4]).unwrap(),
            Cbor::Bytes(vec![1, 2, 3, 4])
        );
        assert_eq!(
            decode(&[0x62, 0x22, 0x5c]).unwrap(),
            Cbor::Text("\"\\".into())
        );
        assert_eq!(
            decode(&[0x83, 0x01, 0x82, 0x02, 0x03, 0x82, 0x04, 0x05]).unwrap(),
            Cbor::Array(vec![
                Cbor::Uint(1),
                Cbor::Array(vec![Cbor::Uint(2), Cbor::Uint(3)]),
                Cbor::Array(vec![Cbor::Uint(4), Cbor::Uint(5)])
            ])
        );
        assert_eq!(
            decode(&[0xa2, 0x01, 0x02, 0x03, 0x04]).unwrap(),
            Cbor::Map(vec![
                (Cbor::Uint(1), Cbor::Uint(2)),
                (Cbor::Uint(3), Cbor::Uint(4))
            ])
        );
        assert_eq!(
            decode(&[0xc1, 0x1a, 0x51, 0x4b, 0x67, 0xb0]).unwrap(),
            Cbor::Tag(1, Box::new(Cbor::Uint(1_363_896_240)))
        );
    }

    #[test]
    fn refusals_never_panic() {
        assert_eq!(decode(&[]), Err(CborError::Truncated));
        assert_eq!(decode(&[0x01, 0x02]), Err(CborError::TrailingBytes));
        assert_eq!(decode(&[0x9f]), Err(CborError::Unsupported)); // indefinite array
        assert_eq!(decode(&[0xf9, 0x3c, 0x00]), Err(CborError::Unsupported)); // float
        assert_eq!(
            decode(&[0x5b, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]).unwrap_err(),
            CborError::TooLarge
        );
        assert_eq!(
            decode(&[0x9b, 0, 0, 0, 0, 0, 0, 0, 9]),
            Err(CborError::Truncated)
        );
        assert_eq!(decode(&[0x81; 20]), Err(CborError::TooLarge));
        assert_eq!(decode(&[0x62, 0xff, 0xfe]), Err(CborError::NotUtf8));
    }
}
