//! XML files, recognised by their root element and its namespace without an XML parser: a Europass
//! credential (EDCI, root `europassCredential` in the `http://data.europa.eu/snb` namespace,
//! sealed with an XAdES signature) is named and not verified (`format_unsupported`); a web page or
//! any other XML is "not a credential format Keurmerk reads" (`format_unknown`). An SVG badge is
//! read by `svg.rs` before this. Only the full module names them; the core answers `module_needed`.

use crate::codes::{Code, Fault, Named, Words};
use crate::lines;

/// Bytes of the file looked at for the root element and the seal: the prologue (declaration,
/// comments, doctype) and the root's start tag fit in far less; an XAdES seal's namespace is
/// usually declared on the root or near the end, so the seal is looked for in the whole file.
pub const MAX_XML_PROLOGUE_BYTES: usize = 64 << 10;

/// Namespaces of the Europass (EDCI) credential schemas.
const EUROPASS_NAMESPACES: &[&str] = &[
    "http://data.europa.eu/snb",
    "http://data.europa.eu/europass/",
];
/// Root elements of Europass credentials and presentations in XML.
const EUROPASS_ROOTS: &[&str] = &[
    "europassCredential",
    "europassPresentation",
    "verifiablePresentation",
];
/// Namespaces of an XML signature and of its XAdES qualifying properties.
const SEAL_NAMESPACES: &[&str] = &[
    "http://uri.etsi.org/01903/",
    "http://www.w3.org/2000/09/xmldsig#",
];

fn words([en, nl, de, fr]: [&str; 4]) -> Words {
    Words {
        en: en.to_owned(),
        nl: nl.to_owned(),
        de: de.to_owned(),
        fr: fr.to_owned(),
    }
}

/// The root element's qualified name and its start tag (up to `>`), after the prologue.
fn root(body: &[u8]) -> Option<(&str, &str)> {
    let head = body.get(..body.len().min(MAX_XML_PROLOGUE_BYTES))?;
    let text = match std::str::from_utf8(head) {
        Ok(t) => t,
        Err(e) => std::str::from_utf8(head.get(..e.valid_up_to())?).ok()?,
    };
    let mut rest = text.trim_start();
    loop {
        if let Some(r) = rest.strip_prefix("<?") {
            rest = r.split_once("?>")?.1.trim_start();
        } else if let Some(r) = rest.strip_prefix("<!--") {
            rest = r.split_once("-->")?.1.trim_start();
        } else if let Some(r) = rest.strip_prefix("<!") {
            rest = r.split_once('>')?.1.trim_start();
        } else {
            break;
        }
    }
    let tag = rest.strip_prefix('<')?;
    let tag = tag.split_once('>').map_or(tag, |(t, _)| t);
    let end = tag
        .find(|c: char| c.is_whitespace() || c == '/')
        .unwrap_or(tag.len());
    let name = tag.get(..end)?;
    (!name.is_empty()).then_some((name, tag))
}

/// The namespace the root element is in, from its start tag's `xmlns` / `xmlns:prefix`.
fn namespace<'a>(name: &str, tag: &'a str) -> Option<&'a str> {
    let attr = match name.split_once(':') {
        Some((prefix, _)) => format!("xmlns:{prefix}="),
        None => "xmlns=".to_owned(),
    };
    let at = tag.find(&attr)?;
    let value = tag.get(at + attr.len()..)?;
    let quote = value.chars().next().filter(|q| *q == '"' || *q == '\'')?;
    value.get(1..)?.split(quote).next()
}

/// What the XML file is, as the fault its report carries.
pub fn recognise(body: &[u8]) -> Fault {
    if !cfg!(feature = "ecdsa-rsa") {
        return crate::lines::module_needed("XML");
    }
    let Some((name, tag)) = root(body) else {
        return lines::fault(Code::FormatUnknown, lines::xml_no_root());
    };
    let local = name.rsplit(':').next().unwrap_or(name);
    let ns = namespace(name, tag).unwrap_or("");
    let shown: String = name.chars().take(64).collect();
    let europass =
        EUROPASS_ROOTS.contains(&local) || EUROPASS_NAMESPACES.iter().any(|n| ns.starts_with(n));
    if europass {
        let sealed = SEAL_NAMESPACES
            .iter()
            .any(|n| body.windows(n.len()).any(|w| w == n.as_bytes()));
        let facts = if sealed {
            lines::xml_europass_sealed(shown)
        } else {
            lines::xml_europass_unsealed(shown)
        };
        return lines::fault(Code::FormatUnsupported, facts).naming(Named {
            format: "europass_xml",
            what: words([
                "a Europass credential in XML (EDCI), sealed with an electronic seal (XAdES) that Keurmerk does not check",
                "een Europass-credential in XML (EDCI), verzegeld met een elektronisch zegel (XAdES) dat Keurmerk niet controleert",
                "ein Europass-Nachweis in XML (EDCI), versiegelt mit einem elektronischen Siegel (XAdES), das Keurmerk nicht prüft",
                "une attestation Europass en XML (EDCI), scellée d'un cachet électronique (XAdES) que Keurmerk ne contrôle pas",
            ]),
            instead: words([
                "Check it with the Europass digital credentials viewer (europass.europa.eu), or ask for the credential as a European Digital Credential in JSON-LD.",
                "Controleer het met de Europass-viewer voor digitale credentials (europass.europa.eu), of vraag om het credential als European Digital Credential in JSON-LD.",
                "Prüfen Sie ihn mit dem Europass-Viewer für digitale Nachweise (europass.europa.eu), oder fragen Sie nach dem Nachweis als European Digital Credential in JSON-LD.",
                "Vérifiez-la avec la visionneuse Europass des attestations numériques (europass.europa.eu), ou demandez l'attestation sous forme de European Digital Credential en JSON-LD.",
            ]),
            anchor: None,
        });
    }
    let (what, instead, detail) = if local.eq_ignore_ascii_case("html") {
        (
            words([
                "a web page (HTML), not a credential",
                "een webpagina (HTML), geen credential",
                "eine Webseite (HTML), kein Nachweis",
                "une page web (HTML), pas une attestation",
            ]),
            words([
                "Download the credential file itself, not the page that shows it.",
                "Download het credentialbestand zelf, niet de pagina die het toont.",
                "Laden Sie die Nachweisdatei selbst herunter, nicht die Seite, die sie anzeigt.",
                "Téléchargez le fichier de l'attestation lui-même, pas la page qui l'affiche.",
            ]),
            lines::xml_web_page(),
        )
    } else {
        (
            words([
                "an XML document, not a credential format Keurmerk reads",
                "een XML-document, geen credentialformaat dat Keurmerk leest",
                "ein XML-Dokument, kein Nachweisformat, das Keurmerk liest",
                "un document XML, pas un format d'attestation que Keurmerk lit",
            ]),
            words([
                "Ask for the credential file itself: JSON, a JWT or a badge image.",
                "Vraag om het credentialbestand zelf: JSON, een JWT of een badge-afbeelding.",
                "Fragen Sie nach der Nachweisdatei selbst: JSON, ein JWT oder ein Badge-Bild.",
                "Demandez le fichier de l'attestation lui-même\u{a0}: JSON, un JWT ou une image de badge.",
            ]),
            lines::xml_document(shown),
        )
    };
    lines::fault(Code::FormatUnknown, detail).naming(Named {
        format: "xml",
        what,
        instead,
        anchor: None,
    })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn roots_and_namespaces_are_found() {
        let edci = br#"<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<!-- a comment --><europassCredential xmlns="http://data.europa.eu/snb" xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:Signature/></europassCredential>"#;
        let f = recognise(edci);
        assert_eq!(f.code, Code::FormatUnsupported);
        assert_eq!(f.named.as_ref().unwrap().format, "europass_xml");
        assert_eq!(f.line(), Some("xml_europass_sealed"));
        let prefixed = br#"<edc:credential xmlns:edc='http://data.europa.eu/snb/model/ap/'/>"#;
        assert_eq!(recognise(prefixed).code, Code::FormatUnsupported);
        let page = b"<!DOCTYPE html><html lang=en><body></body></html>";
        let f = recognise(page);
        assert_eq!(
            (f.code, f.named.unwrap().what.en.contains("web page")),
            (Code::FormatUnknown, true)
        );
        assert_eq!(
            recognise(b"<note><to>x</to></note>").named.unwrap().format,
            "xml"
        );
        for bad in [
            &b"<"[..],
            b"<?xml",
            b"<!--",
            b"< >",
            b"<\xff\xfe>",
            b"<a xmlns:=\"",
        ] {
            assert_eq!(recognise(bad).code, Code::FormatUnknown);
        }
    }
}
