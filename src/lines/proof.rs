//! Detail lines of Data Integrity proofs and their suites, Open Badges 2.0 assertions: why such an input was refused, in four languages (see
//! [`crate::lines`] for how a line is declared and said).

lines! {
}
