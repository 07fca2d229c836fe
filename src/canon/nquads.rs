//! An N-Quads parser (RDF 1.1 N-Quads, <https://www.w3.org/TR/n-quads/>): IRIs, blank nodes,
//! literals with a datatype or language tag, `ECHAR` and `UCHAR` escapes, comments and blank lines.
//!
//! Strict: relative IRIs, characters an `IRIREF` forbids (also when written as `\u` escapes),
//! surrogate or out-of-range `UCHAR`s and anything after the final `.` but a comment are refused
//! with [`Code::NquadsSyntax`]. Never panics, whatever the input.

use crate::canon::rdf::{Literal, Quad, Term, RDF_LANG_STRING, XSD_STRING};
use crate::codes::{Code, Fault};
use crate::lines::{self, Facts};

/// Parses an N-Quads document into its quads, in document order (duplicates kept).
pub fn parse(text: &str) -> Result<Vec<Quad>, Fault> {
    let mut quads = Vec::new();
    // EOL ::= [#xD#xA]+ ; no token may contain a raw CR or LF, so statements are lines.
    for (i, line) in text.split(['\n', '\r']).enumerate() {
        let mut cur = Cursor {
            rest: line,
            line: i + 1,
        };
        cur.skip_ws();
        if cur.at_end_or_comment() {
            continue;
        }
        quads.push(cur.statement()?);
    }
    Ok(quads)
}

struct Cursor<'a> {
    rest: &'a str,
    line: usize,
}

impl Cursor<'_> {
    /// The fault `line` says of this line of the document.
    fn err(&self, line: fn(usize) -> Facts) -> Fault {
        lines::fault(Code::NquadsSyntax, line(self.line))
    }

    fn peek(&self) -> Option<char> {
        self.rest.chars().next()
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.rest = self.rest.get(c.len_utf8()..).unwrap_or("");
        Some(c)
    }

    fn eat(&mut self, c: char) -> bool {
        if self.peek() == Some(c) {
            self.bump();
            true
        } else {
            false
        }
    }

    fn skip_ws(&mut self) {
        self.rest = self.rest.trim_start_matches([' ', '\t']);
    }

    fn at_end_or_comment(&self) -> bool {
        matches!(self.peek(), None | Some('#'))
    }

    /// `subject predicate object graphLabel? '.'`, then only white space or a comment.
    fn statement(&mut self) -> Result<Quad, Fault> {
        let subject = match self.peek() {
            Some('<') => Term::Iri(self.iri()?),
            Some('_') => Term::Blank(self.blank()?),
            _ => return Err(self.err(lines::nquads_subject)),
        };
        self.skip_ws();
        let predicate = match self.peek() {
            Some('<') => Term::Iri(self.iri()?),
            _ => return Err(self.err(lines::nquads_predicate)),
        };
        self.skip_ws();
        let object = match self.peek() {
            Some('<') => Term::Iri(self.iri()?),
            Some('_') => Term::Blank(self.blank()?),
            Some('"') => Term::Literal(self.literal()?),
            _ => return Err(self.err(lines::nquads_object)),
        };
        self.skip_ws();
        let graph = match self.peek() {
            Some('<') => Some(Term::Iri(self.iri()?)),
            Some('_') => Some(Term::Blank(self.blank()?)),
            _ => None,
        };
        self.skip_ws();
        if !self.eat('.') {
            return Err(self.err(lines::nquads_no_full_stop));
        }
        self.skip_ws();
        if !self.at_end_or_comment() {
            return Err(self.err(lines::nquads_trailing_text));
        }
        Ok(Quad {
            subject,
            predicate,
            object,
            graph,
        })
    }

    /// `IRIREF ::= '<' ([^#x00-#x20<>"{}|^`\] | UCHAR)* '>'`, and the IRI must be absolute.
    fn iri(&mut self) -> Result<String, Fault> {
        self.bump(); // '<'
        let mut out = String::new();
        loop {
            let c = match self.bump() {
                None => return Err(self.err(lines::nquads_iri_unterminated)),
                Some('>') => break,
                Some('\\') => {
                    let c = self.uchar()?;
                    if forbidden_in_iri(c) {
                        return Err(
                            self.err(lines::nquads_iri_escape_forbidden)
                        );
                    }
                    c
                }
                Some(c) if forbidden_in_iri(c) => {
                    return Err(self.err(lines::nquads_iri_character))
                }
                Some(c) => c,
            };
            out.push(c);
        }
        if !has_scheme(&out) {
            return Err(self.err(lines::nquads_iri_relative));
        }
        Ok(out)
    }

    /// After a `\`: `UCHAR ::= '\u' HEX{4} | '\U' HEX{8}`.
    fn uchar(&mut self) -> Result<char, Fault> {
        let digits = match self.bump() {
            Some('u') => 4,
            Some('U') => 8,
            _ => return Err(self.err(lines::nquads_escape_kind)),
        };
        let mut v: u32 = 0;
        for _ in 0..digits {
            let d = self
                .bump()
                .and_then(|c| c.to_digit(16))
                .ok_or_else(|| self.err(lines::nquads_escape_digits))?;
            v = (v << 4) | d;
        }
        char::from_u32(v).ok_or_else(|| self.err(lines::nquads_escape_scalar))
    }

    /// `BLANK_NODE_LABEL ::= '_:' (PN_CHARS_U | [0-9]) ((PN_CHARS | '.')* PN_CHARS)?`; returns
    /// the label without `_:`.
    fn blank(&mut self) -> Result<String, Fault> {
        self.bump(); // '_'
        if !self.eat(':') {
            return Err(self.err(lines::nquads_blank_prefix));
        }
        match self.peek() {
            Some(c) if pn_chars_u(c) || c.is_ascii_digit() => {}
            _ => return Err(self.err(lines::nquads_blank_label)),
        }
        // Take PN_CHARS and '.', but a label never ends in '.': the last non-'.' closes it.
        let mut end = 0;
        for (i, c) in self.rest.char_indices() {
            if c == '.' {
                continue;
            }
            if !pn_chars(c) {
                break;
            }
            end = i + c.len_utf8();
        }
        let label = self.rest.get(..end).unwrap_or("").to_owned();
        self.rest = self.rest.get(end..).unwrap_or("");
        Ok(label)
    }

    /// `STRING_LITERAL_QUOTE ('^^' IRIREF | LANGTAG)?`
    fn literal(&mut self) -> Result<Literal, Fault> {
        self.bump(); // '"'
        let mut value = String::new();
        loop {
            match self.bump() {
                None => return Err(self.err(lines::nquads_string_unterminated)),
                Some('"') => break,
                Some('\\') => {
                    let c = match self.peek() {
                        Some('t') => '\t',
                        Some('b') => '\u{8}',
                        Some('n') => '\n',
                        Some('r') => '\r',
                        Some('f') => '\u{c}',
                        Some('"') => '"',
                        Some('\'') => '\'',
                        Some('\\') => '\\',
                        Some('u' | 'U') => {
                            value.push(self.uchar()?);
                            continue;
                        }
                        _ => return Err(self.err(lines::nquads_escape_unknown)),
                    };
                    self.bump();
                    value.push(c);
                }
                Some(c) => value.push(c),
            }
        }
        if self.eat('@') {
            let tag = self.lang_tag()?;
            return Ok(Literal {
                value,
                datatype: RDF_LANG_STRING.to_owned(),
                language: Some(tag),
            });
        }
        if self.rest.starts_with("^^") {
            self.bump();
            self.bump();
            if self.peek() != Some('<') {
                return Err(self.err(lines::nquads_datatype));
            }
            let datatype = self.iri()?;
            return Ok(Literal {
                value,
                datatype,
                language: None,
            });
        }
        Ok(Literal {
            value,
            datatype: XSD_STRING.to_owned(),
            language: None,
        })
    }

    /// After `@`: `[a-zA-Z]+ ('-' [a-zA-Z0-9]+)*`, kept as written.
    fn lang_tag(&mut self) -> Result<String, Fault> {
        let mut end = 0;
        let mut subtag_len = 0;
        let mut first = true;
        for (i, c) in self.rest.char_indices() {
            if c == '-' {
                if subtag_len == 0 {
                    return Err(self.err(lines::nquads_subtag_empty));
                }
                first = false;
                subtag_len = 0;
            } else if c.is_ascii_alphabetic() || (!first && c.is_ascii_digit()) {
                subtag_len += 1;
            } else {
                break;
            }
            end = i + 1;
        }
        if subtag_len == 0 {
            return Err(self.err(lines::nquads_language_tag));
        }
        let tag = self.rest.get(..end).unwrap_or("").to_owned();
        self.rest = self.rest.get(end..).unwrap_or("");
        Ok(tag)
    }
}

fn forbidden_in_iri(c: char) -> bool {
    u32::from(c) <= 0x20 || matches!(c, '<' | '>' | '"' | '{' | '}' | '|' | '^' | '`' | '\\')
}

/// `scheme ":"` with `scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )` (RFC 3987).
fn has_scheme(iri: &str) -> bool {
    let Some((scheme, _)) = iri.split_once(':') else {
        return false;
    };
    let mut chars = scheme.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
}

fn pn_chars_base(c: char) -> bool {
    matches!(c,
        'A'..='Z' | 'a'..='z'
        | '\u{C0}'..='\u{D6}' | '\u{D8}'..='\u{F6}' | '\u{F8}'..='\u{2FF}'
        | '\u{370}'..='\u{37D}' | '\u{37F}'..='\u{1FFF}' | '\u{200C}'..='\u{200D}'
        | '\u{2070}'..='\u{218F}' | '\u{2C00}'..='\u{2FEF}' | '\u{3001}'..='\u{D7FF}'
        | '\u{F900}'..='\u{FDCF}' | '\u{FDF0}'..='\u{FFFD}' | '\u{10000}'..='\u{EFFFF}')
}

fn pn_chars_u(c: char) -> bool {
    pn_chars_base(c) || c == '_' || c == ':'
}

fn pn_chars(c: char) -> bool {
    pn_chars_u(c)
        || c == '-'
        || c.is_ascii_digit()
        || c == '\u{B7}'
        || ('\u{300}'..='\u{36F}').contains(&c)
        || ('\u{203F}'..='\u{2040}').contains(&c)
}

#[cfg(test)]
#[allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]
mod tests {
    use super::*;

    fn one(text: &str) -> Quad {
        let q = parse(text).unwrap();
        assert_eq!(q.len(), 1, "{text}");
        q.into_iter().next().unwrap()
    }

    #[test]
    fn parses_terms_graphs_comments_and_blank_lines() {
        let text = "# a comment\n\n<http://a/s> <http://a/p> <http://a/o> .\r\n\
                    _:b0 <http://a/p> \"x\"@en-GB <http://a/g> . # trailing\n\
                    \t_:b.1 <http://a/p> \"1\"^^<http://www.w3.org/2001/XMLSchema#integer> _:g.\n";
        let q = parse(text).unwrap();
        assert_eq!(q.len(), 3);
        assert_eq!(q[0].graph, None);
        assert_eq!(q[1].subject, Term::Blank("b0".into()));
        assert_eq!(
            q[1].object,
            Term::Literal(Literal {
                value: "x".into(),
                datatype: RDF_LANG_STRING.into(),
                language: Some("en-GB".into()),
            })
        );
        assert_eq!(q[1].graph, Some(Term::Iri("http://a/g".into())));
        assert_eq!(q[2].subject, Term::Blank("b.1".into()));
        assert_eq!(q[2].graph, Some(Term::Blank("g".into())));
    }

    #[test]
    fn escapes_round_trip_through_canonical_form() {
        let text = "<urn:s> <urn:p> \"\\t\\b\\n\\r\\f\\\"\\'\\\\ \\u0000\\u001f\\u007F\\u00e9\\U0001F303\" .\n";
        let q = one(text);
        let Term::Literal(lit) = &q.object else {
            panic!("literal")
        };
        assert_eq!(
            lit.value,
            "\t\u{8}\n\r\u{c}\"'\\ \u{0}\u{1f}\u{7f}é\u{1F303}"
        );
        let canonical = q.to_nquads();
        assert_eq!(
            canonical,
            "<urn:s> <urn:p> \"\\t\\b\\n\\r\\f\\\"'\\\\ \\u0000\\u001F\\u007Fé\u{1F303}\" .\n"
        );
        assert_eq!(one(&canonical), q);
    }

    #[test]
    fn iri_escapes_are_decoded() {
        let q = one("<urn:ex:\\u0065\\U00000078> <urn:p> <urn:\\u221e> .");
        assert_eq!(q.subject, Term::Iri("urn:ex:ex".into()));
        assert_eq!(q.object, Term::Iri("urn:\u{221e}".into()));
    }

    #[test]
    fn refuses_malformed_input() {
        for bad in [
            "<urn:s> <urn:p> <urn:o>",
            "<urn:s> <urn:p> <urn:o> . extra",
            "<urn:s> _:p <urn:o> .",
            "\"lit\" <urn:p> <urn:o> .",
            "<urn:s> <urn:p> \"unterminated .",
            "<urn:s> <urn:p> \"bad \\x escape\" .",
            "<urn:s> <urn:p> \"\\uD800\" .",
            "<urn:s> <urn:p> \"\\u12\" .",
            "<urn:s> <urn:p> \"x\"@ .",
            "<urn:s> <urn:p> \"x\"@en- .",
            "<urn:s> <urn:p> \"x\"@en--ltr .",
            "<urn:s> <urn:p> \"x\"^^\"y\" .",
            "<relative> <urn:p> <urn:o> .",
            "<urn:a b> <urn:p> <urn:o> .",
            "<urn:a\\u0020b> <urn:p> <urn:o> .",
            "<urn:s <urn:p> <urn:o> .",
            "_: <urn:p> <urn:o> .",
            "_:.a <urn:p> <urn:o> .",
            "<urn:s> <urn:p> <urn:o> \"g\" .",
            "<urn:s> <urn:p> <urn:o> . .",
        ] {
            let err = parse(bad).expect_err(bad);
            assert_eq!(err.code, Code::NquadsSyntax, "{bad}");
        }
    }

    #[test]
    fn never_panics_on_truncations() {
        let text = "_:b0 <http://a/p> \"x\\u00e9\\U0001F303\"@en-GB <http://a/g> . # c\n";
        for end in 0..=text.len() {
            if let Some(prefix) = text.get(..end) {
                let _ = parse(prefix);
            }
        }
    }
}
