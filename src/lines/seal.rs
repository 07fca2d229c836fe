//! Detail lines of Europass (EDC) JAdES seals: their timestamps, OCSP answers and the seal's certificate: why such an input was refused, in four languages (see
//! [`crate::lines`] for how a line is declared and said).

lines! {
}
