//! Presentations: a holder's wrapper around credentials — a JSON-LD `VerifiablePresentation` (VC
//! Data Model 2.0 §4.13, 1.1 §4.10) with embedded credentials, JWT strings or
//! `EnvelopedVerifiableCredential`s (`data:` URLs holding a `vc+jwt` or `vc+sd-jwt`), a `vp+jwt`
//! (VC-JOSE-COSE), or a VC 1.1 VP-JWT whose `vp` claim holds JWT strings.
//!
//! Keurmerk verifies each credential inside on its own, with the whole pipeline, and reports them
//! under `presentation.credentials` (at most [`MAX_PRESENTED_CREDENTIALS`]). The presentation
//! itself is `indeterminate` (code `presentation`): it is not a credential, and its holder's
//! signature is not checked (a stored file is not a live presentation made for this verifier).
//! Presentations inside a presentation are counted, not opened, so one file is one level deep.

use serde_json::Value;

use crate::codes::{Code, Named, Words};
use crate::intake::{self, Envelope};
use crate::limits::MAX_PRESENTED_CREDENTIALS;
use crate::lines;
use crate::parse::as_list;
use crate::report::{Check, CheckId, PresentationSummary, Report};

/// A presentation as read: who hands it over, how it is secured, and its entries.
#[derive(Clone, Debug, PartialEq)]
pub struct Presentation {
    /// `holder`, `holder.id`, or the VP-JWT's `iss`.
    pub holder: Option<String>,
    /// `jwt:ES384` for a VP-JWT, the proof's suite or type for an embedded proof.
    pub securing: Option<String>,
    /// Each credential's bytes, as a file of its own would hold them.
    pub credentials: Vec<Vec<u8>>,
    /// Entries not read out: over the limit, or neither a credential nor a token.
    pub not_opened: usize,
}

fn is_presentation(doc: &serde_json::Map<String, Value>) -> bool {
    as_list(doc.get("type")).any(|t| t.as_str() == Some("VerifiablePresentation"))
}

/// The presentation object of an envelope: the JSON itself, a `vp+jwt` payload, or a VP-JWT's
/// `vp` claim.
fn object(envelope: &Envelope) -> Option<&serde_json::Map<String, Value>> {
    let doc = match envelope {
        Envelope::Json(Value::Object(doc)) => doc,
        Envelope::Jws(jws) => match jws.payload.get("vp") {
            Some(Value::Object(vp)) => vp,
            _ => &jws.payload,
        },
        _ => return None,
    };
    is_presentation(doc).then_some(doc)
}

/// True when the envelope is a presentation.
pub fn is(envelope: &Envelope) -> bool {
    object(envelope).is_some()
}

/// Reads a presentation, or `None` when the envelope is not one.
pub fn read(envelope: &Envelope) -> Option<Presentation> {
    let vp = object(envelope)?;
    let (securing, iss) = match envelope {
        Envelope::Jws(jws) => {
            let alg = jws.header.get("alg").and_then(Value::as_str).unwrap_or("?");
            let alg: String = alg.chars().take(32).collect();
            (Some(format!("jwt:{alg}")), jws.payload.get("iss"))
        }
        _ => (
            as_list(vp.get("proof")).find_map(|p| {
                let field = |k| p.get(k).and_then(Value::as_str);
                field("cryptosuite")
                    .or(field("type"))
                    .map(|s| s.chars().take(64).collect())
            }),
            None,
        ),
    };
    let holder = match vp.get("holder") {
        Some(Value::String(h)) => Some(h.as_str()),
        Some(Value::Object(h)) => h.get("id").and_then(Value::as_str),
        _ => iss.and_then(Value::as_str),
    }
    .map(|h| {
        h.chars()
            .take(crate::limits::MAX_IDENTIFIER_BYTES)
            .collect()
    });
    let mut credentials = Vec::new();
    let mut not_opened = 0;
    for entry in as_list(vp.get("verifiableCredential")) {
        match bytes_of(entry) {
            Some(bytes) if credentials.len() < MAX_PRESENTED_CREDENTIALS => {
                credentials.push(bytes);
            }
            _ => not_opened += 1,
        }
    }
    Some(Presentation {
        holder,
        securing,
        credentials,
        not_opened,
    })
}

/// One entry's bytes: an embedded credential as JSON, a JWT or SD-JWT string as is, an
/// `EnvelopedVerifiableCredential`'s `data:` URL decoded.
fn bytes_of(entry: &Value) -> Option<Vec<u8>> {
    match entry {
        Value::String(token) => Some(token.as_bytes().to_vec()),
        Value::Object(o) => {
            let enveloped =
                as_list(o.get("type")).any(|t| t.as_str() == Some("EnvelopedVerifiableCredential"));
            match o.get("id").and_then(Value::as_str) {
                Some(url) if enveloped => data_url(url),
                _ if enveloped => None,
                _ => serde_json::to_vec(o).ok(),
            }
        }
        _ => None,
    }
}

/// The data of a `data:` URL (RFC 2397): base64 when marked `;base64`, else percent-decoded.
fn data_url(url: &str) -> Option<Vec<u8>> {
    let (meta, data) = url.strip_prefix("data:")?.split_once(',')?;
    if meta.ends_with(";base64") {
        return crate::encoding::base64_decode(data)
            .or_else(|_| crate::encoding::base64url_decode(data))
            .ok();
    }
    let mut out = Vec::with_capacity(data.len());
    let mut bytes = data.bytes();
    while let Some(b) = bytes.next() {
        if b != b'%' {
            out.push(b);
            continue;
        }
        let hex = |c: Option<u8>| char::from(c?).to_digit(16);
        let (hi, lo) = (hex(bytes.next())?, hex(bytes.next())?);
        out.push(u8::try_from(hi * 16 + lo).ok()?);
    }
    Some(out)
}

/// At the top level (not `nested`), what is not one credential: a presentation (each credential
/// inside verified by `verify`) or a status list (`parse::foreign`). `None` for anything else.
pub fn top_level(
    envelope: &Envelope,
    checks: &mut Vec<Check>,
    verify: &dyn Fn(&[u8]) -> Report,
    nested: bool,
) -> Option<Report> {
    if nested {
        return None;
    }
    if let Some(fault) = crate::parse::foreign::status_list(envelope) {
        checks.push(Check::from_fault(CheckId::Credential, fault));
        return Some(Report::new(std::mem::take(checks)));
    }
    if !cfg!(feature = "ecdsa-rsa") {
        // The core module leaves presentations to the full one (`parse::recognise`: module_needed).
        return None;
    }
    let vp = read(envelope)?;
    Some(report(vp, std::mem::take(checks), verify))
}

/// The report of a presentation: `checks` (intake's) and the `presentation` check, with one full
/// report per credential by `verify` (the whole pipeline, at the same instant). An entry that is
/// itself a presentation is counted, not verified.
pub fn report(
    vp: Presentation,
    mut checks: Vec<Check>,
    verify: &dyn Fn(&[u8]) -> Report,
) -> Report {
    let mut credentials = Vec::new();
    let mut not_opened = vp.not_opened;
    for bytes in &vp.credentials {
        let nested = intake::read_container(bytes).is_ok_and(|i| is(&i.envelope));
        if nested {
            not_opened += 1;
        } else {
            credentials.push(verify(bytes));
        }
    }
    let n = credentials.len();
    let (plural, plural_de) = if n == 1 { ("", "") } else { ("s", "en") };
    let what = match n {
        0 => Words {
            en: "a presentation that holds no credential Keurmerk could open".to_owned(),
            nl: "een presentatie zonder credential dat Keurmerk kon openen".to_owned(),
            de: "eine Präsentation ohne Nachweis, den Keurmerk öffnen konnte".to_owned(),
            fr: "une présentation sans attestation que Keurmerk a pu ouvrir".to_owned(),
        },
        _ => Words {
            en: format!("a presentation holding {n} credential{plural}; each is verified below"),
            nl: format!("een presentatie met {n} credential{plural}; elk wordt hieronder gecontroleerd"),
            de: format!("eine Präsentation mit {n} Nachweis{plural_de}; jeder wird unten geprüft"),
            fr: format!("une présentation contenant {n} attestation{plural}\u{a0}; chacune est vérifiée ci-dessous"),
        },
    };
    let named = Named {
        format: "presentation",
        what,
        instead: Words {
            en: "Judge each credential below by its own verdict: the presentation only says who handed them over.".to_owned(),
            nl: "Beoordeel elk credential hieronder op zijn eigen uitkomst: de presentatie zegt alleen wie ze overhandigde.".to_owned(),
            de: "Beurteilen Sie jeden Nachweis unten nach seinem eigenen Ergebnis: Die Präsentation sagt nur, wer sie übergeben hat.".to_owned(),
            fr: "Jugez chaque attestation ci-dessous selon son propre verdict\u{a0}: la présentation indique seulement qui les a transmises.".to_owned(),
        },
        anchor: None,
    };
    // The holder's signature, then what was not opened (the credentials are in `named`).
    let mut facts = match &vp.securing {
        Some(s) => lines::presentation_signature_unchecked(s),
        None => lines::presentation_unsigned(),
    };
    if not_opened > 0 {
        facts.then = Some(Box::new(lines::presentation_not_opened(not_opened)));
    }
    let fault = lines::fault(Code::Presentation, facts).naming(named);
    checks.push(Check::from_fault(CheckId::Credential, fault));
    let mut report = Report::new(checks);
    report.presentation = Some(PresentationSummary {
        holder: vp.holder,
        securing: vp.securing,
        signature_checked: false,
        credentials,
        not_opened,
    });
    report
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing, clippy::panic)]
    use super::*;
    use serde_json::json;

    fn vp(entries: Value) -> Envelope {
        Envelope::Json(json!({"@context": ["https://www.w3.org/ns/credentials/v2"],
            "type": ["VerifiablePresentation"], "holder": {"id": "did:example:holder"},
            "verifiableCredential": entries}))
    }

    #[test]
    fn entries_are_read_out_and_bounded() {
        let jwt = "eyJhbGciOiJFZERTQSJ9.e30.AA";
        let p = read(&vp(json!([
            {"@context": ["https://www.w3.org/ns/credentials/v2"], "type": ["VerifiableCredential"]},
            jwt,
            {"@context": "https://www.w3.org/ns/credentials/v2", "type": "EnvelopedVerifiableCredential",
             "id": format!("data:application/vc+jwt,{jwt}")},
            {"type": "EnvelopedVerifiableCredential", "id": "data:application/vc+jwt;base64,ZXlK"},
            {"type": "EnvelopedVerifiableCredential", "id": "data:,%41%4"},
            42
        ])))
        .unwrap();
        assert_eq!(p.holder.as_deref(), Some("did:example:holder"));
        assert_eq!(p.credentials.len(), 4);
        assert_eq!(p.credentials[1], jwt.as_bytes());
        assert_eq!(p.credentials[2], jwt.as_bytes());
        assert_eq!(p.credentials[3], b"eyJ");
        assert_eq!(p.not_opened, 2);
        let many = read(&vp(Value::Array(vec![
            json!(jwt);
            MAX_PRESENTED_CREDENTIALS + 3
        ])))
        .unwrap();
        assert_eq!(many.credentials.len(), MAX_PRESENTED_CREDENTIALS);
        assert_eq!(many.not_opened, 3);
        assert!(read(&Envelope::Json(json!({"type": "VerifiableCredential"}))).is_none());
    }

    #[test]
    fn a_presentation_inside_a_presentation_is_counted_not_opened() {
        let inner = json!({"type": "VerifiablePresentation", "verifiableCredential": []});
        let p = read(&vp(json!([inner]))).unwrap();
        let r = report(p, Vec::new(), &|_| panic!("not verified"));
        assert_eq!(r.presentation.as_ref().unwrap().not_opened, 1);
        assert!(r.presentation.unwrap().credentials.is_empty());
        assert_eq!(r.checks[0].code, Code::Presentation);
        assert_eq!(r.verdict, crate::codes::Verdict::Indeterminate);
    }
}
