//! Detail lines of formats Keurmerk recognises and does not verify, files that hold no
//! credential, and presentations: in four languages (see [`crate::lines`]).

lines! {
}
