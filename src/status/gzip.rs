//! GZIP (RFC 1952) with a hard limit on the inflated size: a status list that inflates past
//! [`MAX_STATUS_LIST_BYTES`](crate::limits::MAX_STATUS_LIST_BYTES) is an error (a gzip bomb), not a
//! truncation and not a hang. Inflate itself is `miniz_oxide` (no `unsafe`).

use crate::codes::{Code, Fault};
use crate::encoding::crc32;
use crate::lines::{self, Facts};

fn bad(why: Facts) -> Fault {
    lines::fault(Code::StatusListInvalid, why)
}

/// Inflates a GZIP member, checking its header, CRC-32 and length, to at most `limit` bytes.
///
/// # Errors
/// [`Code::StatusListInvalid`] for anything that is not one intact GZIP member within the limit.
pub fn gunzip(data: &[u8], limit: usize) -> Result<Vec<u8>, Fault> {
    let header = data.get(..10).ok_or_else(|| bad(lines::gzip_too_short()))?;
    if header.first() != Some(&0x1f) || header.get(1) != Some(&0x8b) || header.get(2) != Some(&8) {
        return Err(bad(lines::gzip_not_deflate()));
    }
    let flags = header.get(3).copied().unwrap_or(0);
    let mut pos = 10usize;
    if flags & 0x04 != 0 {
        let lo = usize::from(*data.get(pos).ok_or_else(|| bad(lines::gzip_header_truncated()))?);
        let hi =
            usize::from(*data.get(pos + 1).ok_or_else(|| bad(lines::gzip_header_truncated()))?);
        pos += 2 + (lo | hi << 8);
    }
    for flag in [0x08, 0x10] {
        if flags & flag != 0 {
            let end = data
                .get(pos..)
                .and_then(|r| r.iter().position(|&b| b == 0))
                .ok_or_else(|| bad(lines::gzip_header_truncated()))?;
            pos += end + 1;
        }
    }
    if flags & 0x02 != 0 {
        pos += 2;
    }
    let body = data
        .get(pos..data.len().saturating_sub(8))
        .filter(|_| data.len() >= pos + 8)
        .ok_or_else(|| bad(lines::gzip_truncated()))?;
    let out = miniz_oxide::inflate::decompress_to_vec_with_limit(body, limit).map_err(|e| {
        if matches!(e.status, miniz_oxide::inflate::TINFLStatus::HasMoreOutput) {
            bad(lines::gzip_too_large(limit))
        } else {
            bad(lines::gzip_damaged())
        }
    })?;
    let trailer: [u8; 8] = data
        .get(data.len().saturating_sub(8)..)
        .and_then(|t| t.try_into().ok())
        .ok_or_else(|| bad(lines::gzip_truncated()))?;
    let [c0, c1, c2, c3, s0, s1, s2, s3] = trailer;
    let (crc, size) = (
        u32::from_le_bytes([c0, c1, c2, c3]),
        u32::from_le_bytes([s0, s1, s2, s3]),
    );
    #[allow(clippy::cast_possible_truncation)] // GZIP stores the length modulo 2^32
    if crc != crc32(&out) || size != (out.len() as u32) {
        return Err(bad(lines::gzip_check_mismatch()));
    }
    Ok(out)
}

/// A GZIP member holding `data` (for issuers: `keurmerk status-list`).
pub fn gzip(data: &[u8]) -> Vec<u8> {
    let mut out = vec![0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 2, 0xff];
    out.extend(miniz_oxide::deflate::compress_to_vec(data, 9));
    out.extend(crc32(data).to_le_bytes());
    out.extend((data.len() as u32).to_le_bytes());
    out
}

#[cfg(test)]
mod tests {
    #![allow(
        clippy::unwrap_used,
        clippy::indexing_slicing,
        clippy::cast_possible_truncation
    )]
    use super::*;

    #[test]
    fn crc_of_known_input() {
        assert_eq!(crc32(b"123456789"), 0xcbf4_3926);
    }

    #[test]
    fn round_trip_junk_and_bombs() {
        let list = vec![0b1000_0000u8; 16 * 1024];
        assert_eq!(gunzip(&gzip(&list), 1 << 20).unwrap(), list);
        assert!(gunzip(b"not gzip at all", 100).is_err());
        let mut corrupt = gzip(&list);
        let n = corrupt.len();
        corrupt[n - 5] ^= 1; // CRC
        assert!(gunzip(&corrupt, 1 << 20).is_err());
        // 20 MiB of zeros is ~20 KB compressed: refused at the limit, quickly
        let bomb = gzip(&vec![0u8; 20 << 20]);
        let err = gunzip(&bomb, crate::limits::MAX_STATUS_LIST_BYTES).unwrap_err();
        assert_eq!(err.line(), Some("gzip_too_large"), "{err}");
        let limit = err.facts.as_ref().and_then(|f| f.arg("limit")).cloned();
        assert_eq!(limit, Some(crate::lines::Arg::from(crate::limits::MAX_STATUS_LIST_BYTES)));
    }
}
