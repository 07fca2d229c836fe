//! Detail lines of trust lists and what they say of an issuer: why such an input was refused, in four languages (see
//! [`crate::lines`] for how a line is declared and said).

lines! {
}
