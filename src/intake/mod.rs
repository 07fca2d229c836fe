//! Stage 1, intake: untrusted bytes → [`Envelope`]. Enforces the input limits before anything else,
//! recognises the container (JSON credential, compact JWS; images are recognised and reported) and
//! unwraps it.
//!
//! A single leading UTF-8 byte-order mark is ignored (Windows editors add one); it is not part of
//! the JSON value and so never part of what was signed. Leading and trailing ASCII white space is
//! ignored likewise. UTF-16 text is rejected as not UTF-8.

pub mod json;
pub mod jws;
pub mod png;
pub mod sd_jwt;
pub mod svg;
pub mod xml;

use serde_json::Value;

use crate::codes::{Code, Fault};
use crate::limits::MAX_INPUT_BYTES;
use crate::lines::{self, Facts};

pub use jws::Jws;

/// The container a credential arrived in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Format {
    /// A JSON credential with embedded proofs.
    Json,
    /// A compact JWS (VC-JWT).
    Jwt,
    /// An SD-JWT (selective disclosure: SD-JWT VC, vc+sd-jwt).
    SdJwt,
    /// A PNG image.
    Png,
    /// An SVG image.
    Svg,
    /// The URL of a hosted badge (Open Badges 1.x / 2.0), pasted or baked into an image.
    Url,
}

/// The unwrapped container.
#[derive(Clone, Debug, PartialEq)]
pub enum Envelope {
    /// A JSON document (expected to be a credential with embedded proofs).
    Json(Value),
    /// A compact JWS (VC-JWT).
    Jws(Jws),
    /// An SD-JWT: issuer JWT, disclosures, key binding.
    SdJwt(Box<sd_jwt::SdJwt>),
    /// The https URL of a hosted Open Badges assertion: the badge is what the issuer serves there.
    Hosted(String),
}

impl Envelope {
    /// The report's name for the container.
    pub fn format(&self) -> Format {
        match self {
            Self::Json(_) => Format::Json,
            Self::Jws(_) => Format::Jwt,
            Self::SdJwt(_) => Format::SdJwt,
            Self::Hosted(_) => Format::Url,
        }
    }
}

const UTF8_BOM: &[u8] = b"\xef\xbb\xbf";

/// Largest image returned in the report as a `data:` URI (for the widget to show); larger images
/// are verified but not echoed back.
pub const MAX_IMAGE_IN_REPORT: usize = 1 << 20;

/// A baked image, as the report returns it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Image {
    /// `image/png` or `image/svg+xml`.
    pub media_type: &'static str,
    /// The image itself as a `data:` URI (absent when larger than [`MAX_IMAGE_IN_REPORT`]).
    pub data_uri: Option<String>,
}

/// What intake read: the envelope, the container it came in, and the image around it, if any.
#[derive(Clone, Debug, PartialEq)]
pub struct Intake {
    /// The credential's envelope.
    pub envelope: Envelope,
    /// The container.
    pub format: Format,
    /// The badge image, for a baked credential.
    pub image: Option<Image>,
    /// Facts worth a warning (a second credential chunk ignored …).
    pub warnings: Vec<Facts>,
}

fn check_size(bytes: &[u8]) -> Result<(), Fault> {
    if bytes.len() > MAX_INPUT_BYTES {
        return Err(lines::fault(
            Code::InputTooLarge,
            lines::input_too_large(bytes.len(), MAX_INPUT_BYTES),
        ));
    }
    Ok(())
}

fn image(media_type: &'static str, bytes: &[u8]) -> Image {
    let data_uri = (bytes.len() <= MAX_IMAGE_IN_REPORT).then(|| {
        format!(
            "data:{media_type};base64,{}",
            crate::encoding::base64_encode(bytes)
        )
    });
    Image {
        media_type,
        data_uri,
    }
}

/// Reads an input file, unwrapping a baked PNG or SVG badge.
///
/// # Errors
/// As [`read`], and [`Code::ImageMalformed`] / [`Code::ImageNoCredential`] for images.
pub fn read_container(bytes: &[u8]) -> Result<Intake, Fault> {
    check_size(bytes)?;
    let inner =
        |text: &[u8], format: Format, img: Image, warnings: Vec<Facts>| -> Result<Intake, Fault> {
            // Why: the inner fault's line, after this one (a fault without one as it is).
            let envelope = read(text).map_err(|f| match f.facts {
                Some(_) => lines::fault(f.code, lines::because(lines::image_credential_unread(), f)),
                None => f,
            })?;
            Ok(Intake {
                envelope,
                format,
                image: Some(img),
                warnings,
            })
        };
    if bytes.starts_with(png::MAGIC) {
        let baked = png::extract(bytes)?;
        let mut warnings = Vec::new();
        if baked.more_than_one {
            warnings.push(lines::png_second_chunk(baked.keyword));
        }
        return inner(
            &baked.text,
            Format::Png,
            image("image/png", bytes),
            warnings,
        );
    }
    let body = bytes.strip_prefix(UTF8_BOM).unwrap_or(bytes).trim_ascii();
    if body.starts_with(b"<") && body.windows(4).any(|w| w == b"<svg") {
        let (text, _ns) = svg::extract(body)?;
        return inner(
            text.as_bytes(),
            Format::Svg,
            image("image/svg+xml", bytes),
            Vec::new(),
        );
    }
    let envelope = read(bytes)?;
    Ok(Intake {
        format: envelope.format(),
        envelope,
        image: None,
        warnings: Vec::new(),
    })
}

/// An http(s) URL alone (Open Badges 1.x/2.0 bake the hosted assertion's URL into the image).
fn is_hosted_url(text: &str) -> bool {
    (text.starts_with("https://") || text.starts_with("http://"))
        && text.len() <= crate::limits::MAX_IDENTIFIER_BYTES
        && !text.contains(|c: char| c.is_whitespace() || c.is_control())
}

/// Reads an input file.
///
/// # Errors
/// [`Code::InputEmpty`], [`Code::InputTooLarge`], [`Code::InputNotUtf8`], [`Code::FormatUnknown`],
/// [`Code::FormatUnsupported`] (baked images, until image intake lands), and the JSON and JWS errors.
pub fn read(bytes: &[u8]) -> Result<Envelope, Fault> {
    check_size(bytes)?;
    if bytes.starts_with(png::MAGIC) {
        return Err(lines::fault(Code::FormatUnsupported, lines::image_in_image()));
    }
    if bytes.starts_with(b"\xfe\xff") || bytes.starts_with(b"\xff\xfe") {
        return Err(lines::fault(Code::InputNotUtf8, lines::input_utf16()));
    }
    let body = bytes.strip_prefix(UTF8_BOM).unwrap_or(bytes);
    let body = body.trim_ascii();
    let Some(&first) = body.first() else {
        return Err(lines::fault(Code::InputEmpty, lines::input_blank()));
    };
    match first {
        b'{' | b'[' => json::parse(body).map(Envelope::Json),
        b'<' => Err(xml::recognise(body)),
        _ => {
            let text = std::str::from_utf8(body).map_err(|e| {
                lines::fault(Code::InputNotUtf8, lines::utf8_invalid_at(e.valid_up_to()))
            })?;
            if is_hosted_url(text) {
                Ok(Envelope::Hosted(text.to_owned()))
            } else if jws::looks_like(text) {
                jws::decode(text).map(Envelope::Jws)
            } else if sd_jwt::looks_like(text) {
                if !cfg!(feature = "ecdsa-rsa") {
                    // SD-JWTs are signed with ES256 and the like: the full module reads them.
                    return Err(crate::lines::module_needed("SD-JWT"));
                }
                sd_jwt::decode(text).map(|sd| Envelope::SdJwt(Box::new(sd)))
            } else {
                Err(lines::fault(Code::FormatUnknown, lines::input_format_unknown()))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn containers_are_recognised() {
        assert!(matches!(read(b"  {\"a\":1}\n").unwrap(), Envelope::Json(_)));
        assert!(matches!(
            read(b"\xef\xbb\xbf{\"a\":1}").unwrap(),
            Envelope::Json(_)
        ));
        assert!(matches!(read(b"e30.e30.AAAA\n").unwrap(), Envelope::Jws(_)));
        assert_eq!(read(b"").unwrap_err().code, Code::InputEmpty);
        assert_eq!(read(b" \n\t").unwrap_err().code, Code::InputEmpty);
        assert_eq!(
            read(b"\xef\xbb\xbf\xef\xbb\xbf{}").unwrap_err().code,
            Code::FormatUnknown
        );
        assert_eq!(
            read(b"\xff\xfe{\x00}\x00").unwrap_err().code,
            Code::InputNotUtf8
        );
        assert_eq!(read(b"hello").unwrap_err().code, Code::FormatUnknown);
        assert_eq!(
            read(b"https://example.org/assertions/1.json\n").unwrap(),
            Envelope::Hosted("https://example.org/assertions/1.json".to_owned())
        );
        assert_eq!(
            read(b"https://a.example/x y").unwrap_err().code,
            Code::FormatUnknown
        );
        assert_eq!(
            read(b"\x89PNG\r\n\x1a\n....").unwrap_err().code,
            Code::FormatUnsupported
        );
        assert_eq!(
            read_container(b"<svg xmlns='http://www.w3.org/2000/svg'/>")
                .unwrap_err()
                .code,
            Code::ImageNoCredential
        );
        assert_eq!(
            read_container(b"\x89PNG\r\n\x1a\n....").unwrap_err().code,
            Code::ImageMalformed
        );
        assert_eq!(
            read(b"<html></html>").unwrap_err().code,
            Code::FormatUnknown
        );
        assert_eq!(
            read(&vec![b' '; MAX_INPUT_BYTES + 1]).unwrap_err().code,
            Code::InputTooLarge
        );
    }
}
