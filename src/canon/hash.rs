//! The hasher of the canonicaliser's own maps (term definitions, blank node labels, the set of
//! quads): a word-at-a-time multiply-and-rotate hash (the Firefox/rustc "Fx" hash). `std`'s
//! SipHash is built to resist hash flooding with a secret key; in the wasm module that key is a
//! constant (there is no entropy source), so it resisted nothing there and cost a sixth of an
//! RDFC verification. What bounds the work on a hostile document is the canonicaliser's budget
//! (`rdfc::Budget`: bytes, quads, blank nodes, steps), not the hash (`docs/decisions.md`).

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// A `HashMap` with the fast hasher.
pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<Fx>>;
/// A `HashSet` with the fast hasher.
pub type FastSet<T> = HashSet<T, BuildHasherDefault<Fx>>;

/// The odd constant of the Fx hash (from rustc-hash), on 64 bits.
const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

/// The hasher's state.
#[derive(Clone, Copy, Default)]
pub struct Fx(u64);

impl Fx {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for Fx {
    fn write(&mut self, bytes: &[u8]) {
        let mut words = bytes.chunks_exact(8);
        for w in &mut words {
            let mut b = [0; 8];
            b.copy_from_slice(w);
            self.add(u64::from_le_bytes(b));
        }
        let rest = words.remainder();
        let mut b = [0; 8];
        if let Some(tail) = b.get_mut(..rest.len()) {
            tail.copy_from_slice(rest);
        }
        // the length keeps "ab" + "" apart from "a" + "b"
        self.add(u64::from_le_bytes(b) ^ ((rest.len() as u64) << 56));
    }

    fn write_u8(&mut self, n: u8) {
        self.add(u64::from(n));
    }

    fn write_u32(&mut self, n: u32) {
        self.add(u64::from(n));
    }

    fn write_u64(&mut self, n: u64) {
        self.add(n);
    }

    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::hash::{BuildHasher, BuildHasherDefault};

    fn hash(s: &str) -> u64 {
        BuildHasherDefault::<Fx>::default().hash_one(s)
    }

    #[test]
    fn tails_and_lengths_differ() {
        let all = ["", "a", "ab", "a\0", "abcdefgh", "abcdefgh\0", "abcdefghi", "b"];
        let hashes: FastSet<u64> = all.iter().map(|s| hash(s)).collect();
        assert_eq!(hashes.len(), all.len());
        let mut m: FastMap<&str, usize> = FastMap::default();
        for (i, s) in all.iter().enumerate() {
            m.insert(s, i);
        }
        assert_eq!(m.get("abcdefghi"), Some(&6));
    }
}
