//! Detail lines of JCS, JSON-LD expansion and contexts, N-Quads, RDF canonicalisation: why such an input was refused, in four languages (see
//! [`crate::lines`] for how a line is declared and said).

lines! {
}
