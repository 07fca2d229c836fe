//! Open Badges baked into SVG: the first element `credential` in namespace
//! `https://purl.imsglobal.org/ob/v3p0` (3.0) or `assertion` in `http://openbadges.org` (2.0),
//! matched by namespace URI, never by prefix. A compact JWS is in its `verify` attribute; JSON is the
//! element's content (usually CDATA).
//!
//! This is a deliberately small reader, not an XML processor: a DOCTYPE (with any internal subset)
//! is skipped unread, no DTD or external reference is ever loaded, and only the five predefined
//! entities and character references are decoded — `&xxe;` stays the literal text `&xxe;`, so an
//! XXE attempt is inert.

use std::collections::BTreeMap;

use crate::codes::{Code, Fault};
use crate::lines::{self, Facts};

/// Namespace of Open Badges 3.0 baked credentials.
pub const OB3_NS: &str = "https://purl.imsglobal.org/ob/v3p0";
/// Namespace of Open Badges 2.0 baked assertions.
pub const OB2_NS: &str = "http://openbadges.org";

/// Most elements read before giving up.
const MAX_ELEMENTS: usize = 100_000;

fn bad(facts: Facts) -> Fault {
    lines::fault(Code::ImageMalformed, facts)
}

/// Reads the credential baked into an SVG: (credential text, namespace it was found in).
///
/// # Errors
/// [`Code::ImageMalformed`], [`Code::ImageNoCredential`], [`Code::InputNotUtf8`].
pub fn extract(svg: &[u8]) -> Result<(String, &'static str), Fault> {
    let text = std::str::from_utf8(svg)
        .map_err(|_| lines::fault(Code::InputNotUtf8, lines::svg_not_utf8()))?;
    // In-scope namespaces: prefix → its declarations, innermost last; and per open element the
    // prefixes it declared, to undo at its end tag. A lookup costs the same at any depth (a list
    // of scopes searched from the inside out made 100,000 nested elements quadratic).
    let mut bindings: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut scopes: Vec<Vec<String>> = Vec::new();
    let mut declarations = 0usize;
    let mut pos = 0usize;
    for _ in 0..MAX_ELEMENTS {
        let Some(rel) = text.get(pos..).and_then(|r| r.find('<')) else {
            break;
        };
        let at = pos + rel;
        let rest = text.get(at..).unwrap_or_default();
        if rest.starts_with("<?") {
            pos = at
                + rest
                    .find("?>")
                    .ok_or_else(|| bad(lines::svg_unterminated_pi()))?
                + 2;
        } else if rest.starts_with("<!--") {
            pos = at
                + rest
                    .find("-->")
                    .ok_or_else(|| bad(lines::svg_unterminated_comment()))?
                + 3;
        } else if rest.starts_with("<![CDATA[") {
            pos = at + rest.find("]]>").ok_or_else(|| bad(lines::svg_unterminated_cdata()))? + 3;
        } else if rest.starts_with("<!") {
            // DOCTYPE: skipped unread, internal subset included. XML allows one; more would each
            // cost a scan to the end of the file.
            declarations += 1;
            if declarations > 1 {
                return Err(bad(lines::svg_doctype_twice()));
            }
            let subset = rest
                .find('[')
                .filter(|b| rest.find('>').map_or(true, |g| *b < g));
            let end = match subset {
                Some(_) => rest.find("]>").or_else(|| {
                    rest.find(']')
                        .and_then(|b| rest.get(b..)?.find('>').map(|g| b + g))
                }),
                None => rest.find('>'),
            }
            .ok_or_else(|| bad(lines::svg_unterminated_declaration()))?;
            pos = at + end + 1;
        } else if rest.starts_with("</") {
            close_scope(&mut bindings, &mut scopes);
            pos = at + rest.find('>').ok_or_else(|| bad(lines::svg_unterminated_end_tag()))? + 1;
        } else {
            let close = tag_end(rest).ok_or_else(|| bad(lines::svg_unterminated_start_tag()))?;
            let tag = rest.get(1..close).unwrap_or_default();
            let self_closing = tag.ends_with('/');
            let tag = tag.trim_end_matches('/');
            let (qname, attrs) = parse_tag(tag)?;
            let mut declared = Vec::new();
            // In reverse, so that of two declarations of one prefix the first wins, as before.
            for (k, v) in attrs.iter().rev() {
                let prefix = if k == "xmlns" {
                    ""
                } else if let Some(p) = k.strip_prefix("xmlns:") {
                    p
                } else {
                    continue;
                };
                bindings
                    .entry(prefix.to_owned())
                    .or_default()
                    .push(v.clone());
                declared.push(prefix.to_owned());
            }
            scopes.push(declared);
            let (prefix, local) = qname.split_once(':').unwrap_or(("", qname));
            let ns = bindings
                .get(prefix)
                .and_then(|uris| uris.last())
                .map(String::as_str);
            let target = match (ns, local) {
                (Some(OB3_NS), "credential") => Some(OB3_NS),
                (Some(OB2_NS), "assertion") => Some(OB2_NS),
                _ => None,
            };
            if let Some(ns) = target {
                let verify = attrs.iter().find(|(k, _)| k == "verify").map(|(_, v)| v.trim());
                // A JWS in `verify` is the credential. An OB 2.0 hosted badge has its URL there and
                // may carry the assertion itself in the element: then that is read (its `id` is
                // the same URL), else the URL.
                match verify {
                    Some(v) if self_closing || !v.starts_with("http") => {
                        return Ok((v.to_owned(), ns))
                    }
                    _ => {}
                }
                if self_closing {
                    return Err(bad(lines::svg_credential_empty()));
                }
                let body_start = at + close + 1;
                let end_tag = format!("</{qname}");
                let body_len = text
                    .get(body_start..)
                    .and_then(|b| b.find(&end_tag))
                    .ok_or_else(|| bad(lines::svg_credential_not_closed()))?;
                return Ok((
                    content(
                        text.get(body_start..body_start + body_len)
                            .unwrap_or_default(),
                    ),
                    ns,
                ));
            }
            if self_closing {
                close_scope(&mut bindings, &mut scopes);
            }
            pos = at + close + 1;
        }
    }
    Err(lines::fault(
        Code::ImageNoCredential,
        lines::svg_no_credential(),
    ))
}

/// Ends the namespace scope of the innermost open element.
fn close_scope(bindings: &mut BTreeMap<String, Vec<String>>, scopes: &mut Vec<Vec<String>>) {
    for prefix in scopes.pop().unwrap_or_default() {
        if let Some(uris) = bindings.get_mut(&prefix) {
            uris.pop();
        }
    }
}

/// Index of the `>` closing a start tag, skipping quoted attribute values.
fn tag_end(s: &str) -> Option<usize> {
    let mut quote: Option<char> = None;
    for (i, c) in s.char_indices() {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, '>') => return Some(i),
            _ => {}
        }
    }
    None
}

/// Attribute (name, value) pairs of a start tag.
type Attributes = Vec<(String, String)>;

fn parse_tag(tag: &str) -> Result<(&str, Attributes), Fault> {
    let name_end = tag.find(|c: char| c.is_whitespace()).unwrap_or(tag.len());
    let name = tag.get(..name_end).unwrap_or_default();
    let mut attrs = Vec::new();
    let mut rest = tag.get(name_end..).unwrap_or_default().trim_start();
    while !rest.is_empty() {
        let eq = rest
            .find('=')
            .ok_or_else(|| bad(lines::svg_attribute_without_value()))?;
        let key = rest.get(..eq).unwrap_or_default().trim().to_owned();
        let after = rest.get(eq + 1..).unwrap_or_default().trim_start();
        let q = after
            .chars()
            .next()
            .filter(|c| *c == '"' || *c == '\'')
            .ok_or_else(|| bad(lines::svg_attribute_unquoted()))?;
        let end = after
            .get(1..)
            .and_then(|a| a.find(q))
            .ok_or_else(|| bad(lines::svg_attribute_unterminated()))?;
        attrs.push((key, decode(after.get(1..1 + end).unwrap_or_default())));
        rest = after.get(end + 2..).unwrap_or_default().trim_start();
    }
    Ok((name, attrs))
}

/// Element content: the CDATA sections if there are any, else the text with references decoded.
fn content(body: &str) -> String {
    if body.contains("<![CDATA[") {
        let mut out = String::new();
        let mut rest = body;
        while let Some(start) = rest.find("<![CDATA[") {
            let inner = rest.get(start + 9..).unwrap_or_default();
            let end = inner.find("]]>").unwrap_or(inner.len());
            out.push_str(inner.get(..end).unwrap_or_default());
            rest = inner.get(end + 3..).unwrap_or_default();
        }
        out
    } else {
        decode(body)
    }
}

/// Decodes the predefined entities and character references; anything else stays as written.
fn decode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut parts = s.split('&');
    out.push_str(parts.next().unwrap_or_default());
    for part in parts {
        // `part` follows an `&`. A reference is a name of at most 9 bytes and `;`: only that far is
        // looked at (searching on for every `&` made a run of them quadratic).
        let semi = part.bytes().take(10).position(|b| b == b';');
        match semi.and_then(|n| Some((reference(part.get(..n)?)?, n))) {
            Some((c, n)) => {
                out.push(c);
                out.push_str(part.get(n + 1..).unwrap_or_default());
            }
            None => {
                out.push('&');
                out.push_str(part);
            }
        }
    }
    out
}

/// The character a predefined entity or a character reference stands for.
fn reference(name: &str) -> Option<char> {
    match name {
        "lt" => Some('<'),
        "gt" => Some('>'),
        "amp" => Some('&'),
        "quot" => Some('"'),
        "apos" => Some('\''),
        n if n.starts_with("#x") => u32::from_str_radix(n.get(2..).unwrap_or_default(), 16)
            .ok()
            .and_then(char::from_u32),
        n if n.starts_with('#') => n
            .get(1..)
            .and_then(|d| d.parse().ok())
            .and_then(char::from_u32),
        _ => None,
    }
}

/// Bakes `credential` into `svg` (for issuers: `keurmerk bake --svg`): an `openbadges:credential`
/// element right after the `<svg …>` start tag, a JWS in `verify`, JSON in CDATA.
///
/// # Errors
/// [`Code::ImageMalformed`] when no `<svg` start tag is found.
pub fn bake(svg: &str, credential: &str) -> Result<String, Fault> {
    let start = svg.find("<svg").ok_or_else(|| bad(lines::svg_no_svg_element()))?;
    let close = start
        + tag_end(svg.get(start..).unwrap_or_default())
            .ok_or_else(|| bad(lines::svg_unterminated_svg_tag()))?;
    let credential = credential.trim();
    let element = if super::jws::looks_like(credential) {
        format!(
            "\n  <openbadges:credential xmlns:openbadges=\"{OB3_NS}\" verify=\"{credential}\"/>\n"
        )
    } else {
        let safe = credential.replace("]]>", "]]]]><![CDATA[>");
        format!("\n  <openbadges:credential xmlns:openbadges=\"{OB3_NS}\"><![CDATA[\n{safe}\n]]></openbadges:credential>\n")
    };
    let (head, tail) = svg.split_at(close + 1);
    Ok(format!("{head}{element}{tail}"))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn an_ob2_hosted_badge_gives_its_assertion_else_its_url() {
        let with_body = r#"<svg xmlns="http://www.w3.org/2000/svg"><openbadges:assertion xmlns:openbadges="http://openbadges.org" verify="https://example.org/a.json"><![CDATA[{"id":"https://example.org/a.json"}]]></openbadges:assertion></svg>"#;
        assert_eq!(
            extract(with_body.as_bytes()).unwrap(),
            (r#"{"id":"https://example.org/a.json"}"#.to_owned(), OB2_NS)
        );
        let url_only = r#"<svg xmlns="http://www.w3.org/2000/svg"><openbadges:assertion xmlns:openbadges="http://openbadges.org" verify="https://example.org/a.json"/></svg>"#;
        assert_eq!(
            extract(url_only.as_bytes()).unwrap().0,
            "https://example.org/a.json"
        );
    }

    #[test]
    fn namespace_by_uri_not_prefix_and_entities_stay_inert() {
        let svg = r#"<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:ob="https://purl.imsglobal.org/ob/v3p0"><!-- <x:credential> -->
<fake:credential xmlns:fake="https://evil.example/">no</fake:credential>
<ob:credential>{"a":"&xxe; &amp; &#233;"}</ob:credential></svg>"#;
        let (text, ns) = extract(svg.as_bytes()).unwrap();
        assert_eq!(ns, OB3_NS);
        assert_eq!(text, r#"{"a":"&xxe; & é"}"#);
        assert_eq!(
            extract(b"<svg xmlns='http://www.w3.org/2000/svg'/>")
                .unwrap_err()
                .code,
            Code::ImageNoCredential
        );
        let jws = "<svg><a:credential xmlns:a='https://purl.imsglobal.org/ob/v3p0' verify='e30.e30.AA'/></svg>";
        assert_eq!(extract(jws.as_bytes()).unwrap().0, "e30.e30.AA");
    }

    #[test]
    fn base64_for_data_uris() {
        assert_eq!(
            crate::encoding::base64_encode(b"any carnal pleas"),
            "YW55IGNhcm5hbCBwbGVhcw=="
        );
        assert_eq!(
            crate::encoding::base64_encode(b"any carnal pleasu"),
            "YW55IGNhcm5hbCBwbGVhc3U="
        );
        assert_eq!(crate::encoding::base64_encode(b"\xfb\xff"), "+/8=");
    }

    #[test]
    fn bake_and_extract_round_trip() {
        let svg = r#"<svg xmlns="http://www.w3.org/2000/svg" width="10"><rect/></svg>"#;
        let baked = bake(svg, r#"{"name":"ĳ ë ®","x":"]]>"}"#).unwrap();
        assert_eq!(
            extract(baked.as_bytes()).unwrap().0.trim(),
            r#"{"name":"ĳ ë ®","x":"]]>"}"#
        );
    }
}
