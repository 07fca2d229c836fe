//! XML read into a tree, and written back as Exclusive XML Canonicalization 1.0 (W3C
//! `xml-exc-c14n`, without comments) — what an XML signature over an EU trusted list signs. Native
//! only (`keurmerk trust-list import eidas`): the browser never parses XML.
//!
//! The reader is strict and small: UTF-8, no DTD (a trusted list has none; refusing it also refuses
//! entity expansion), the five predefined entities and character references, CDATA as text,
//! comments dropped (canonical XML without comments), line ends normalised (XML 1.0 §2.11) and
//! attribute values normalised (§3.3.3). Depth and size are limited; nothing panics.

use crate::codes::Fault;

use super::unreadable;

/// The largest XML file read (the Spanish trusted list is 2.9 MB; the French one about 5 MB).
pub const MAX_XML_BYTES: usize = 64 << 20;
/// The deepest element nesting read (a trusted list nests about 12 deep).
pub const MAX_XML_DEPTH: usize = 64;

const XML_NAMESPACE: &str = "http://www.w3.org/XML/1998/namespace";

/// A node of the tree (comments are not kept).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Node {
    /// An element.
    Element(Element),
    /// Character data, entities resolved.
    Text(String),
    /// A processing instruction: target and data.
    Pi(String, String),
}

/// An element: its qualified name as written, its attributes (namespace declarations included)
/// in document order with their values normalised and resolved, and its children.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Element {
    /// `prefix:local` or `local`.
    pub name: String,
    /// `(qualified name, value)`.
    pub attributes: Vec<(String, String)>,
    /// Children in order.
    pub children: Vec<Node>,
}

impl Element {
    /// The local part of the name.
    pub fn local(&self) -> &str {
        local(&self.name)
    }

    /// The value of the attribute named `name` (as written).
    pub fn attribute(&self, name: &str) -> Option<&str> {
        self.attributes
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// The child elements.
    pub fn elements(&self) -> impl Iterator<Item = &Element> {
        self.children.iter().filter_map(|n| match n {
            Node::Element(e) => Some(e),
            _ => None,
        })
    }

    /// The first child element with local name `name`.
    pub fn child(&self, name: &str) -> Option<&Element> {
        self.elements().find(|e| e.local() == name)
    }

    /// The child elements with local name `name`.
    pub fn all<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a Element> + 'a {
        self.elements().filter(move |e| e.local() == name)
    }

    /// The element at the path of local names below this one.
    pub fn path(&self, names: &[&str]) -> Option<&Element> {
        names.iter().try_fold(self, |e, n| e.child(n))
    }

    /// The text content (the element's own text children, trimmed).
    pub fn text(&self) -> String {
        let mut s = String::new();
        for c in &self.children {
            if let Node::Text(t) = c {
                s.push_str(t);
            }
        }
        s.trim().to_owned()
    }

    /// This element or a descendant for which `pred` holds, depth first.
    pub fn find(&self, pred: &dyn Fn(&Element) -> bool) -> Option<&Element> {
        if pred(self) {
            return Some(self);
        }
        self.elements().find_map(|e| e.find(pred))
    }
}

fn local(name: &str) -> &str {
    name.rsplit_once(':').map_or(name, |(_, l)| l)
}

fn prefix(name: &str) -> &str {
    name.split_once(':').map_or("", |(p, _)| p)
}

/// Reads an XML document into its root element.
///
/// # Errors
/// A file that is too large, not UTF-8, has a DTD, or is not well-formed.
pub fn parse(bytes: &[u8]) -> Result<Element, Fault> {
    if bytes.len() > MAX_XML_BYTES {
        return Err(unreadable(format!(
            "the XML file is over {MAX_XML_BYTES} bytes"
        )));
    }
    let text = std::str::from_utf8(bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes))
        .map_err(|_| unreadable("the XML file is not UTF-8"))?;
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut r = Reader { s: &text, at: 0 };
    r.misc()?;
    if !r.rest().starts_with('<') {
        return Err(r.bad("no root element"));
    }
    let root = r.element(0)?;
    r.misc()?;
    if !r.rest().is_empty() {
        return Err(r.bad("content after the root element"));
    }
    Ok(root)
}

struct Reader<'a> {
    s: &'a str,
    at: usize,
}

impl<'a> Reader<'a> {
    fn rest(&self) -> &'a str {
        self.s.get(self.at..).unwrap_or_default()
    }

    fn bad(&self, what: &str) -> Fault {
        unreadable(format!("not well-formed XML at byte {}: {what}", self.at))
    }

    fn eat(&mut self, lit: &str) -> bool {
        let ok = self.rest().starts_with(lit);
        if ok {
            self.at += lit.len();
        }
        ok
    }

    fn until(&mut self, end: &str) -> Result<&'a str, Fault> {
        let rest = self.rest();
        let i = rest.find(end).ok_or_else(|| self.bad("unterminated"))?;
        self.at += i + end.len();
        Ok(rest.get(..i).unwrap_or_default())
    }

    fn space(&mut self) {
        let rest = self.rest();
        self.at += rest.len() - rest.trim_start_matches([' ', '\t', '\n']).len();
    }

    /// Prologue or epilogue: whitespace, the declaration, comments, processing instructions.
    fn misc(&mut self) -> Result<(), Fault> {
        loop {
            self.space();
            if self.eat("<!--") {
                self.until("-->")?;
            } else if self.rest().starts_with("<!DOCTYPE") {
                return Err(self.bad("a DTD (not read)"));
            } else if self.eat("<?") {
                self.until("?>")?;
            } else {
                return Ok(());
            }
        }
    }

    fn name(&mut self) -> Result<&'a str, Fault> {
        let rest = self.rest();
        let end = rest
            .find(|c: char| c.is_whitespace() || matches!(c, '/' | '>' | '=' | '<'))
            .unwrap_or(rest.len());
        if end == 0 {
            return Err(self.bad("a name was expected"));
        }
        self.at += end;
        Ok(rest.get(..end).unwrap_or_default())
    }

    fn element(&mut self, depth: usize) -> Result<Element, Fault> {
        if depth >= MAX_XML_DEPTH {
            return Err(self.bad("nested too deep"));
        }
        if !self.eat("<") {
            return Err(self.bad("an element was expected"));
        }
        let mut e = Element {
            name: self.name()?.to_owned(),
            ..Element::default()
        };
        loop {
            self.space();
            if self.eat("/>") {
                return Ok(e);
            }
            if self.eat(">") {
                break;
            }
            let n = self.name()?.to_owned();
            self.space();
            if !self.eat("=") {
                return Err(self.bad("an attribute without a value"));
            }
            self.space();
            let q = if self.eat("\"") {
                "\""
            } else if self.eat("'") {
                "'"
            } else {
                return Err(self.bad("an unquoted attribute"));
            };
            let raw = self.until(q)?;
            if raw.contains('<') {
                return Err(self.bad("'<' in an attribute value"));
            }
            let v = unescape(&raw.replace(['\t', '\n'], " ")).ok_or_else(|| self.bad("an entity"))?;
            if e.attributes.iter().any(|(x, _)| *x == n) {
                return Err(self.bad("a repeated attribute"));
            }
            e.attributes.push((n, v));
        }
        loop {
            let rest = self.rest();
            let text_end = rest.find('<').ok_or_else(|| self.bad("unterminated element"))?;
            if text_end > 0 {
                let t = unescape(rest.get(..text_end).unwrap_or_default())
                    .ok_or_else(|| self.bad("an entity"))?;
                self.at += text_end;
                push_text(&mut e.children, t);
            }
            if self.eat("</") {
                let n = self.name()?;
                self.space();
                if n != e.name || !self.eat(">") {
                    return Err(self.bad("a mismatched end tag"));
                }
                return Ok(e);
            } else if self.eat("<!--") {
                self.until("-->")?;
            } else if self.eat("<![CDATA[") {
                let t = self.until("]]>")?.to_owned();
                push_text(&mut e.children, t);
            } else if self.eat("<?") {
                let pi = self.until("?>")?;
                let (target, data) = pi.split_once([' ', '\t', '\n']).unwrap_or((pi, ""));
                e.children.push(Node::Pi(
                    target.to_owned(),
                    data.trim_start().to_owned(),
                ));
            } else if self.rest().starts_with("<!") {
                return Err(self.bad("a declaration inside an element"));
            } else {
                e.children.push(Node::Element(self.element(depth + 1)?));
            }
        }
    }
}

fn push_text(children: &mut Vec<Node>, t: String) {
    if let Some(Node::Text(prev)) = children.last_mut() {
        prev.push_str(&t);
    } else {
        children.push(Node::Text(t));
    }
}

/// Resolves the predefined entities and character references; `None` for any other entity.
fn unescape(s: &str) -> Option<String> {
    if !s.contains('&') {
        return Some(s.to_owned());
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(rest.get(..i)?);
        let after = rest.get(i + 1..)?;
        let end = after.find(';')?;
        let name = after.get(..end)?;
        let c = match name {
            "lt" => '<',
            "gt" => '>',
            "amp" => '&',
            "quot" => '"',
            "apos" => '\'',
            _ => {
                let n = match name.strip_prefix("#x") {
                    Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                    None => name.strip_prefix('#')?.parse().ok()?,
                };
                char::from_u32(n)?
            }
        };
        out.push(c);
        rest = after.get(end + 1..)?;
    }
    out.push_str(rest);
    Some(out)
}

/// The two canonical forms XML signatures use (both without comments).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum C14n {
    /// Exclusive XML Canonicalization 1.0: only the namespaces an element visibly uses.
    Exclusive,
    /// Canonical XML 1.0 / 1.1: every namespace in scope (1.1 differs only for `xml:id` and
    /// `xml:base`, which trusted lists do not use).
    Inclusive,
}

/// Exclusive XML Canonicalization 1.0 (without comments) of `apex` — an element of the document
/// whose root is `root` — leaving out `omit` (the enveloped signature) and its subtree.
///
/// # Errors
/// `apex` is not in the document, or a prefix is used without a declaration.
pub fn exc_c14n(root: &Element, apex: &Element, omit: Option<&Element>) -> Result<String, Fault> {
    c14n(root, apex, omit, C14n::Exclusive)
}

/// [`exc_c14n`], or inclusive canonical XML.
///
/// # Errors
/// As [`exc_c14n`].
pub fn c14n(
    root: &Element,
    apex: &Element,
    omit: Option<&Element>,
    form: C14n,
) -> Result<String, Fault> {
    let mut scope = Vec::new();
    let path = ancestors(root, apex, &mut Vec::new())
        .ok_or_else(|| unreadable("the signed element is not in the document"))?;
    for a in path {
        scope.extend(declarations(a));
    }
    let mut out = String::new();
    render(apex, &scope, &[], omit, form, &mut out)?;
    Ok(out)
}

/// The elements from `root` down to `target`'s parent, if `target` is in the tree.
fn ancestors<'a>(
    root: &'a Element,
    target: &Element,
    path: &mut Vec<&'a Element>,
) -> Option<Vec<&'a Element>> {
    if std::ptr::eq(root, target) {
        return Some(path.clone());
    }
    path.push(root);
    for e in root.elements() {
        if let Some(found) = ancestors(e, target, path) {
            return Some(found);
        }
    }
    path.pop();
    None
}

/// The namespace declarations of an element: `(prefix, uri)`, `""` for the default namespace.
fn declarations(e: &Element) -> Vec<(String, String)> {
    e.attributes
        .iter()
        .filter_map(|(n, v)| {
            let p = if n == "xmlns" {
                ""
            } else {
                n.strip_prefix("xmlns:")?
            };
            Some((p.to_owned(), v.clone()))
        })
        .collect()
}

fn lookup<'a>(scope: &'a [(String, String)], p: &str) -> Option<&'a str> {
    scope
        .iter()
        .rev()
        .find(|(q, _)| q == p)
        .map(|(_, u)| u.as_str())
}

fn render(
    e: &Element,
    inherited: &[(String, String)],
    rendered: &[(String, String)],
    omit: Option<&Element>,
    form: C14n,
    out: &mut String,
) -> Result<(), Fault> {
    let mut scope = inherited.to_vec();
    scope.extend(declarations(e));
    let is_decl = |n: &str| n == "xmlns" || n.starts_with("xmlns:");
    // The prefixes this element visibly uses: its own, and its prefixed attributes' (not xml:).
    let mut used: Vec<&str> = vec![prefix(&e.name)];
    for (n, _) in e.attributes.iter().filter(|(n, _)| !is_decl(n)) {
        let p = prefix(n);
        if !p.is_empty() && p != "xml" && !used.contains(&p) {
            used.push(p);
        }
    }
    if form == C14n::Inclusive {
        // Every namespace in scope (the latest declaration of each prefix).
        for (p, _) in &scope {
            if !used.contains(&p.as_str()) {
                used.push(p.as_str());
            }
        }
    }
    used.sort_unstable();
    let mut now_rendered = rendered.to_vec();
    let mut decls = String::new();
    for p in used {
        let uri = match (lookup(&scope, p), p) {
            (Some(u), _) => u,
            (None, "") => "",
            (None, _) => return Err(unreadable(format!("the XML prefix {p} is not declared"))),
        };
        if lookup(&now_rendered, p).unwrap_or("") != uri {
            decls.push_str(&match p {
                "" => format!(" xmlns=\"{}\"", escape_attribute(uri)),
                _ => format!(" xmlns:{p}=\"{}\"", escape_attribute(uri)),
            });
            now_rendered.push((p.to_owned(), uri.to_owned()));
        }
    }
    let mut attributes: Vec<(String, &str, &str, &str)> = Vec::new();
    for (n, v) in e.attributes.iter().filter(|(n, _)| !is_decl(n)) {
        let ns = match prefix(n) {
            "" => String::new(),
            "xml" => XML_NAMESPACE.to_owned(),
            p => lookup(&scope, p).unwrap_or_default().to_owned(),
        };
        attributes.push((ns, local(n), n, v));
    }
    attributes.sort_by(|a, b| (&a.0, a.1).cmp(&(&b.0, b.1)));
    out.push('<');
    out.push_str(&e.name);
    out.push_str(&decls);
    for (_, _, n, v) in attributes {
        out.push(' ');
        out.push_str(n);
        out.push_str("=\"");
        out.push_str(&escape_attribute(v));
        out.push('"');
    }
    out.push('>');
    for c in &e.children {
        match c {
            Node::Text(t) => out.push_str(&escape_text(t)),
            Node::Pi(target, data) if data.is_empty() => out.push_str(&format!("<?{target}?>")),
            Node::Pi(target, data) => out.push_str(&format!("<?{target} {data}?>")),
            Node::Element(child) if omit.is_some_and(|o| std::ptr::eq(o, child)) => {}
            Node::Element(child) => render(child, &scope, &now_rendered, omit, form, out)?,
        }
    }
    out.push_str("</");
    out.push_str(&e.name);
    out.push('>');
    Ok(())
}

fn escape_text(t: &str) -> String {
    t.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('\r', "&#xD;")
}

fn escape_attribute(v: &str) -> String {
    v.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('"', "&quot;")
        .replace('\t', "&#x9;")
        .replace('\n', "&#xA;")
        .replace('\r', "&#xD;")
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    fn canonical(xml: &str) -> String {
        let root = parse(xml.as_bytes()).unwrap();
        exc_c14n(&root, &root, None).unwrap()
    }

    #[test]
    fn canonical_form_of_the_w3c_examples() {
        // Exclusive C14N §2.2 / C14N §3: attribute order, empty elements, entities, whitespace.
        assert_eq!(
            canonical("<?xml version='1.0'?>\r\n<doc b='2' a=\"1\"><e/><f x='&amp;&lt;&quot;'>a&gt;b&#65;</f></doc>"),
            "<doc a=\"1\" b=\"2\"><e></e><f x=\"&amp;&lt;&quot;\">a&gt;bA</f></doc>"
        );
        // Only visibly used namespaces are rendered, each once, on the first element that uses it.
        assert_eq!(
            canonical("<a:r xmlns:a='urn:a' xmlns:b='urn:b' xmlns='urn:d'><a:x b:y='1'/><z/></a:r>"),
            "<a:r xmlns:a=\"urn:a\"><a:x xmlns:b=\"urn:b\" b:y=\"1\"></a:x><z xmlns=\"urn:d\"></z></a:r>"
        );
        // A subtree carries the declarations it uses from its ancestors.
        let root = parse(b"<r xmlns:ds='urn:ds'><ds:s Id='1'><ds:t/></ds:s></r>").unwrap();
        let s = root.child("s").unwrap();
        assert_eq!(
            exc_c14n(&root, s, None).unwrap(),
            "<ds:s xmlns:ds=\"urn:ds\" Id=\"1\"><ds:t></ds:t></ds:s>"
        );
        // The enveloped signature is left out; the whitespace around it stays.
        let root = parse(b"<r>\n <s/>\n</r>").unwrap();
        let s = root.child("s").unwrap();
        assert_eq!(exc_c14n(&root, &root, Some(s)).unwrap(), "<r>\n \n</r>");
        // Inclusive: every namespace in scope, on the apex, and again only where it changes.
        let root = parse(b"<r xmlns:a='urn:a' xmlns='urn:d'><x xmlns:a='urn:a'/><y xmlns:a='urn:b'/></r>").unwrap();
        assert_eq!(
            super::c14n(&root, &root, None, C14n::Inclusive).unwrap(),
            "<r xmlns=\"urn:d\" xmlns:a=\"urn:a\"><x></x><y xmlns:a=\"urn:b\"></y></r>"
        );
    }

    #[test]
    fn refuses_what_a_trusted_list_never_has() {
        for bad in [
            "<!DOCTYPE r [<!ENTITY x 'y'>]><r>&x;</r>",
            "<r>&x;</r>",
            "<r><a></r>",
            "<r a='1' a='2'/>",
            "<r/><r/>",
            "<r>",
        ] {
            assert!(parse(bad.as_bytes()).is_err(), "{bad}");
        }
        let deep = "<a>".repeat(MAX_XML_DEPTH + 1);
        assert!(parse(deep.as_bytes()).is_err());
    }
}
