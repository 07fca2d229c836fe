//! RDF terms and quads, and their canonical N-Quads form (RDF 1.2 N-Quads §"Canonical form", as
//! RDFC-1.0 uses it). The JSON-LD → RDF stage produces these; `rdfc` canonicalises them.

use std::fmt::Write as _;

/// `http://www.w3.org/2001/XMLSchema#string`
pub const XSD_STRING: &str = "http://www.w3.org/2001/XMLSchema#string";
/// `http://www.w3.org/1999/02/22-rdf-syntax-ns#langString`
pub const RDF_LANG_STRING: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString";

/// An RDF term.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Term {
    /// An IRI (absolute).
    Iri(String),
    /// A blank node, by its label without the `_:` prefix.
    Blank(String),
    /// A literal.
    Literal(Literal),
}

/// An RDF literal. Plain strings have datatype [`XSD_STRING`]; language-tagged strings
/// [`RDF_LANG_STRING`] and a `language`.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Literal {
    /// The lexical form.
    pub value: String,
    /// The datatype IRI.
    pub datatype: String,
    /// The language tag, for `rdf:langString`.
    pub language: Option<String>,
}

/// A quad; `graph` is `None` in the default graph.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Quad {
    /// Subject: an IRI or blank node.
    pub subject: Term,
    /// Predicate: an IRI.
    pub predicate: Term,
    /// Object: any term.
    pub object: Term,
    /// Graph name: an IRI or blank node, or `None` for the default graph.
    pub graph: Option<Term>,
}

impl Term {
    /// Writes the term in canonical N-Quads form.
    pub fn write_nquads(&self, out: &mut String) {
        match self {
            Self::Iri(iri) => {
                out.push('<');
                out.push_str(iri);
                out.push('>');
            }
            Self::Blank(label) => {
                out.push_str("_:");
                out.push_str(label);
            }
            Self::Literal(lit) => {
                out.push('"');
                escape_literal(&lit.value, out);
                out.push('"');
                if let Some(lang) = &lit.language {
                    out.push('@');
                    out.push_str(lang);
                } else if lit.datatype != XSD_STRING {
                    out.push_str("^^<");
                    out.push_str(&lit.datatype);
                    out.push('>');
                }
            }
        }
    }
}

/// Canonical N-Quads string escaping: `\` `"` `\n` `\r` (and `\b \t \f`) as ECHAR, other control
/// characters as `\uXXXX` with upper-case hex; everything else as itself.
fn escape_literal(s: &str, out: &mut String) {
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\u{8}' => out.push_str("\\b"),
            '\t' => out.push_str("\\t"),
            '\u{c}' => out.push_str("\\f"),
            c if u32::from(c) < 0x20 || c == '\u{7f}' => {
                let _ = write!(out, "\\u{:04X}", u32::from(c));
            }
            c => out.push(c),
        }
    }
}

impl Quad {
    /// The quad as one canonical N-Quads line, ending in `\n`.
    pub fn to_nquads(&self) -> String {
        let mut out = String::new();
        self.subject.write_nquads(&mut out);
        out.push(' ');
        self.predicate.write_nquads(&mut out);
        out.push(' ');
        self.object.write_nquads(&mut out);
        if let Some(g) = &self.graph {
            out.push(' ');
            g.write_nquads(&mut out);
        }
        out.push_str(" .\n");
        out
    }
}
