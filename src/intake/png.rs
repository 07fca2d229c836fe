//! Open Badges baked into PNG (OB 3.0 §5.3.1, Baking 2.0): the first `iTXt` chunk with keyword
//! `openbadgecredential` (3.0) or `openbadges` (2.0) holds the credential as JSON or a compact JWS,
//! in UTF-8. Every chunk's CRC is checked. A compressed credential chunk (forbidden by the
//! specification) is refused; a second credential chunk is ignored with a warning; a legacy `tEXt`
//! chunk (Baking 1.0) holds the URL of a hosted badge.

use crate::codes::{Code, Fault};
use crate::encoding::crc32;
use crate::lines::{self, Facts};

/// PNG signature.
pub const MAGIC: &[u8] = b"\x89PNG\r\n\x1a\n";

/// Most chunks read from one image (real badges have under 20).
const MAX_CHUNKS: usize = 10_000;

/// What a PNG badge holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Baked {
    /// The credential text (JSON or compact JWS).
    pub text: Vec<u8>,
    /// The chunk keyword it was found under.
    pub keyword: &'static str,
    /// True when a second credential chunk was present (and ignored).
    pub more_than_one: bool,
}

fn bad(facts: Facts) -> Fault {
    lines::fault(Code::ImageMalformed, facts)
}

/// Reads the credential baked into a PNG.
///
/// # Errors
/// [`Code::ImageMalformed`] (truncated, bad CRC, compressed credential chunk),
/// [`Code::ImageNoCredential`].
pub fn extract(png: &[u8]) -> Result<Baked, Fault> {
    let mut rest = png
        .strip_prefix(MAGIC)
        .ok_or_else(|| bad(lines::png_not_png()))?;
    let mut found: Option<Baked> = None;
    let mut hosted: Option<Vec<u8>> = None;
    for _ in 0..MAX_CHUNKS {
        if rest.is_empty() {
            break;
        }
        let len_bytes: [u8; 4] = rest
            .get(..4)
            .and_then(|b| b.try_into().ok())
            .ok_or_else(|| bad(lines::png_chunk_truncated()))?;
        // length, type, data, CRC: `end` is checked, as `len + 12` wraps around in 32-bit wasm
        let end = usize::try_from(u32::from_be_bytes(len_bytes))
            .ok()
            .and_then(|len| len.checked_add(12))
            .ok_or_else(|| bad(lines::png_chunk_too_long()))?;
        let kind_and_data = rest
            .get(4..end - 4)
            .ok_or_else(|| bad(lines::png_chunk_truncated()))?;
        let crc_bytes: [u8; 4] = rest
            .get(end - 4..end)
            .and_then(|b| b.try_into().ok())
            .ok_or_else(|| bad(lines::png_chunk_truncated()))?;
        if crc32(kind_and_data) != u32::from_be_bytes(crc_bytes) {
            return Err(bad(lines::png_crc_mismatch()));
        }
        let (kind, data) = kind_and_data.split_at(4);
        match kind {
            b"iTXt" => {
                if let Some(b) = itxt(data)? {
                    match &mut found {
                        Some(first) => first.more_than_one = true,
                        None => found = Some(b),
                    }
                }
            }
            b"tEXt" => {
                if let Some(url) = data.strip_prefix(b"openbadges\0".as_slice()) {
                    hosted.get_or_insert_with(|| url.to_vec());
                }
            }
            b"IEND" => break,
            _ => {}
        }
        rest = rest.get(end..).unwrap_or_default();
    }
    match (found, hosted) {
        (Some(b), _) => Ok(b),
        (None, Some(url)) => Ok(Baked {
            text: url,
            keyword: "openbadges",
            more_than_one: false,
        }),
        (None, None) => Err(lines::fault(
            Code::ImageNoCredential,
            lines::png_no_credential(),
        )),
    }
}

/// An `iTXt` chunk: keyword NUL flag method language NUL translated NUL text.
fn itxt(data: &[u8]) -> Result<Option<Baked>, Fault> {
    let Some(nul) = data.iter().position(|&b| b == 0) else {
        return Ok(None);
    };
    let keyword: &'static str = match data.get(..nul) {
        Some(b"openbadgecredential") => "openbadgecredential",
        Some(b"openbadges") => "openbadges",
        _ => return Ok(None),
    };
    let rest = data.get(nul + 1..).unwrap_or_default();
    let (flag, rest) = rest
        .split_first()
        .ok_or_else(|| bad(lines::png_itxt_truncated()))?;
    let (_method, rest) = rest
        .split_first()
        .ok_or_else(|| bad(lines::png_itxt_truncated()))?;
    if *flag != 0 {
        return Err(bad(lines::png_chunk_compressed(keyword)));
    }
    let lang_end = rest
        .iter()
        .position(|&b| b == 0)
        .ok_or_else(|| bad(lines::png_itxt_truncated()))?;
    let rest = rest.get(lang_end + 1..).unwrap_or_default();
    let tk_end = rest
        .iter()
        .position(|&b| b == 0)
        .ok_or_else(|| bad(lines::png_itxt_truncated()))?;
    let text = rest.get(tk_end + 1..).unwrap_or_default().to_vec();
    Ok(Some(Baked {
        text,
        keyword,
        more_than_one: false,
    }))
}

/// Bakes `credential` into `png` (for issuers: `keurmerk bake --png`): removes any existing badge
/// chunks and inserts an uncompressed `iTXt` `openbadgecredential` chunk right after `IHDR`.
///
/// # Errors
/// [`Code::ImageMalformed`] when `png` is not an intact PNG.
pub fn bake(png: &[u8], credential: &[u8]) -> Result<Vec<u8>, Fault> {
    let mut rest = png
        .strip_prefix(MAGIC)
        .ok_or_else(|| bad(lines::png_not_png()))?;
    let mut out = MAGIC.to_vec();
    let mut inserted = false;
    while !rest.is_empty() {
        let len_bytes: [u8; 4] = rest
            .get(..4)
            .and_then(|b| b.try_into().ok())
            .ok_or_else(|| bad(lines::png_chunk_truncated()))?;
        let end = usize::try_from(u32::from_be_bytes(len_bytes))
            .ok()
            .and_then(|len| len.checked_add(12))
            .ok_or_else(|| bad(lines::png_chunk_too_long()))?;
        let chunk = rest
            .get(..end)
            .ok_or_else(|| bad(lines::png_chunk_truncated()))?;
        let kind = chunk.get(4..8).unwrap_or_default();
        let data = chunk.get(8..end - 4).unwrap_or_default();
        let is_badge = (kind == b"iTXt"
            && (data.starts_with(b"openbadgecredential\0") || data.starts_with(b"openbadges\0")))
            || (kind == b"tEXt" && data.starts_with(b"openbadges\0"));
        if !is_badge {
            out.extend_from_slice(chunk);
        }
        if kind == b"IHDR" && !inserted {
            let mut body = b"iTXt".to_vec();
            body.extend_from_slice(b"openbadgecredential\0\0\0\0\0");
            body.extend_from_slice(credential);
            let n = u32::try_from(body.len() - 4).map_err(|_| bad(lines::png_credential_too_large()))?;
            out.extend_from_slice(&n.to_be_bytes());
            out.extend_from_slice(&body);
            out.extend_from_slice(&crc32(&body).to_be_bytes());
            inserted = true;
        }
        rest = rest.get(end..).unwrap_or_default();
    }
    if inserted {
        Ok(out)
    } else {
        Err(bad(lines::png_no_ihdr()))
    }
}
