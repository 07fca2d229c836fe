//! One stable sort for the whole crate.
//!
//! The standard library's sorts (driftsort, ipnsort) are excellent and large: the compiler makes
//! a copy of 2–4 KB for every element type and comparator, and ten call sites made 50 KB of the
//! wasm module (about 20 KB gzip; `docs/decisions.md`, "Size"). Here the only generic code is a
//! thin wrapper: the merge sort itself runs once, over `usize` positions with a `dyn` comparator,
//! and the wrapper moves the elements into the sorted order afterwards.
//!
//! The sorts in Keurmerk are over at most a few thousand items (keys of one JSON object, quads of
//! one credential within the RDFC limits), where the indirection costs less than comparing the
//! strings themselves.

use std::cmp::Ordering;

/// Sorts `v` by `cmp`, stably (equal elements keep their order). O(n log n).
pub fn sort_by<T>(v: &mut Vec<T>, mut cmp: impl FnMut(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let order = {
        let items: &[T] = v;
        sorted_positions(
            items.len(),
            &mut |a, b| match (items.get(a), items.get(b)) {
                (Some(x), Some(y)) => cmp(x, y),
                _ => Ordering::Equal,
            },
        )
    };
    let mut slots: Vec<Option<T>> = std::mem::take(v).into_iter().map(Some).collect();
    *v = order
        .into_iter()
        .filter_map(|i| slots.get_mut(i).and_then(Option::take))
        .collect();
}

/// Sorts `v` by its natural order, stably.
pub fn sort<T: Ord>(v: &mut Vec<T>) {
    sort_by(v, T::cmp);
}

/// Sorts `v` by a key, stably.
pub fn sort_by_key<T, K: Ord>(v: &mut Vec<T>, mut key: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// The positions `0..n` in the order `cmp` gives them: a bottom-up merge sort, not generic.
fn sorted_positions(n: usize, cmp: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut a: Vec<usize> = (0..n).collect();
    let mut b: Vec<usize> = Vec::with_capacity(n);
    let mut width = 1;
    while width < n {
        b.clear();
        let mut start = 0;
        while start < n {
            let mid = start.saturating_add(width).min(n);
            let end = mid.saturating_add(width).min(n);
            let (mut i, mut j) = (start, mid);
            while i < mid && j < end {
                let (Some(&x), Some(&y)) = (a.get(i), a.get(j)) else {
                    break;
                };
                // Take from the right run only when strictly smaller: that keeps the sort stable.
                if cmp(y, x) == Ordering::Less {
                    b.push(y);
                    j += 1;
                } else {
                    b.push(x);
                    i += 1;
                }
            }
            b.extend(a.get(i..mid).unwrap_or_default());
            b.extend(a.get(j..end).unwrap_or_default());
            start = end;
        }
        std::mem::swap(&mut a, &mut b);
        width = width.saturating_mul(2);
    }
    a
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agrees_with_the_standard_stable_sort() {
        let mut seed = 0x9e37_79b9_7f4a_7c15_u64;
        for n in 0..200 {
            let v: Vec<(u8, usize)> = (0..n)
                .map(|i| {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    ((seed % 7) as u8, i)
                })
                .collect();
            let mut ours = v.clone();
            sort_by_key(&mut ours, |p| p.0);
            let mut std_sorted = v;
            std_sorted.sort_by_key(|p| p.0);
            assert_eq!(ours, std_sorted, "n = {n}");
        }
    }

    #[test]
    fn sorts_strings() {
        let mut v = vec![
            "b".to_owned(),
            "a".to_owned(),
            "c".to_owned(),
            "a".to_owned(),
        ];
        sort(&mut v);
        assert_eq!(v, ["a", "a", "b", "c"]);
    }
}
