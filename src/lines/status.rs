//! Detail lines of status lists (Bitstring Status List, StatusList2021, Token Status List, 1EdTech revocation lists): why such an input was refused, in four languages (see
//! [`crate::lines`] for how a line is declared and said).

lines! {
}
