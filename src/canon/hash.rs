//! The hasher of the canonicaliser's own maps (term definitions, blank node labels, the set of
//! quads). In the wasm, a word-at-a-time multiply-and-rotate hash (rustc's Fx hash, with
//! MurmurHash3's finaliser); natively, `std`'s SipHash with a random key. SipHash resists hash
//! flooding through its secret key, but the wasm has no entropy source: its key was a constant
//! there, so it resisted nothing and cost a sixth of an RDFC verification. What bounds the work on
//! a hostile document is the canonicaliser's budget (`rdfc::Budget`: bytes, quads, blank nodes,
//! steps) and the input limit, not the hash (`docs/decisions.md`, "The warm path").

use std::collections::{HashMap, HashSet};
use std::hash::Hasher;

/// How the canonicaliser's maps hash: Fx in the wasm.
#[cfg(target_arch = "wasm32")]
pub type Build = std::hash::BuildHasherDefault<Fx>;
/// How the canonicaliser's maps hash: SipHash with a random key natively.
#[cfg(not(target_arch = "wasm32"))]
pub type Build = std::collections::hash_map::RandomState;

/// A `HashMap` of the canonicaliser.
pub type FastMap<K, V> = HashMap<K, V, Build>;
/// A `HashSet` of the canonicaliser.
pub type FastSet<T> = HashSet<T, Build>;

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
        // Only the product's high bits are well mixed, and tables index by the low ones: spread
        // them with MurmurHash3's finaliser (two multiplications a hash, not a word).
        let mut h = self.0;
        h ^= h >> 33;
        h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
        h ^= h >> 33;
        h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
        h ^ (h >> 33)
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
    fn prefixes_spread_over_the_low_bits() {
        // Names sharing their first bytes (as terms and IRIs do) fall in buckets as random values
        // would: 1,000 into 4,096 fill ≈ 887.
        let buckets: HashSet<u64> = (0..1000)
            .map(|i| hash(&format!("https://purl.imsglobal.org/spec/vc/ob/vocab.html#term{i}")) & 0xfff)
            .collect();
        assert!(buckets.len() > 820, "{} of 1000", buckets.len());
    }

    #[test]
    fn tails_and_lengths_differ() {
        let all = ["", "a", "ab", "a\0", "abcdefgh", "abcdefgh\0", "abcdefghi", "b"];
        let hashes: HashSet<u64> = all.iter().map(|s| hash(s)).collect();
        assert_eq!(hashes.len(), all.len());
        let mut m: HashMap<&str, usize, BuildHasherDefault<Fx>> = HashMap::default();
        for (i, s) in all.iter().enumerate() {
            m.insert(s, i);
        }
        assert_eq!(m.get("abcdefghi"), Some(&6));
    }
}
