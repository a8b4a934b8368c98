//! The hash table under a Go map: CPython's compact dict layout. Entries (key slot, value slot:
//! 16 bytes) sit in a vector in insertion order; an open-addressing index of `u64` slots (a 32-bit
//! tag of the hash beside the entry's position) points into it.
//!
//! Hashing follows Lua's `hashint`: the home slot is the key word modulo a number just below the
//! index length, so consecutive integer keys land in consecutive slots (a loop over `m[i]` walks
//! memory in order). Unlike Lua's `2^k - 1` we take the largest prime below `2^k`: `2^21 - 1` is
//! a multiple of 7, and keys `7*i` then shared a seventh of the slots; a prime spreads every
//! stride that is not a multiple of it. Collisions probe a few neighbours in
//! the same cache line, then CPython's perturbed sequence, which mixes in the high bits of the
//! hash and so breaks up any cluster.
//!
//! Invariants: the index has a power-of-two length >= 8 and at least one `EMPTY` slot (each entry
//! pushed since the last rebuild filled at most one, and there are fewer than 3/4 of the length),
//! so every probe ends; a live entry is referenced by exactly one index
//! slot carrying its tag; a deleted entry keeps its place (its bit set in `dead`) until the next
//! rebuild, and its index slot becomes `DELETED`; `hashes` and `images` are empty or parallel to
//! `entries`.

use super::super::eq::MapKey;

/// Index slot: never used (ends a probe).
const EMPTY: u64 = 0;
/// Index slot: its entry was deleted (a probe goes on past it; an insertion may reuse it).
const DELETED: u64 = u32::MAX as u64;
/// Linear probes before the perturbed sequence.
const NEAR_PROBES: usize = 3;

/// One key/value pair: the Go key and value words as the program stored them.
#[derive(Clone, Copy, Debug)]
pub struct Entry {
    pub k: u64,
    pub v: u64,
}

pub struct Table {
    /// True when the hash word of a key is the key word itself (ints, pointers, ...), else
    /// `hashes` keeps the hash words for rebuilds.
    word_keys: bool,
    entries: Vec<Entry>,
    hashes: Vec<u64>,
    /// One bit per deleted entry, allocated by the first delete (most maps never delete).
    dead: Vec<u64>,
    /// The key images of maps keyed by `MapKey`, parallel to `entries` (empty otherwise).
    images: Vec<MapKey>,
    index: Vec<u64>,
    /// The home-slot modulus (see `PRIMES`) and its `fastmod` constant.
    modulus: u64,
    fastmod: u64,
    live: usize,
}

/// Where a key is (`Found`: entry position and index slot) or would go (`Vacant`: index slot).
pub enum Probe {
    Found(usize, usize),
    Vacant(usize),
}

impl Table {
    pub fn new(word_keys: bool) -> Table {
        let mut t = Table {
            word_keys,
            entries: Vec::new(),
            hashes: Vec::new(),
            dead: Vec::new(),
            images: Vec::new(),
            index: Vec::new(),
            modulus: 1,
            fastmod: 0,
            live: 0,
        };
        t.reindex(8);
        t
    }

    pub fn len(&self) -> usize {
        self.live
    }

    pub fn entry(&self, pos: usize) -> &Entry {
        &self.entries[pos]
    }

    pub fn image(&self, pos: usize) -> &MapKey {
        &self.images[pos]
    }

    /// The live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> + '_ {
        self.entries
            .iter()
            .enumerate()
            .filter(|(pos, _)| !self.is_dead(*pos))
            .map(|(_, e)| e)
    }

    /// The live key images in insertion order (maps keyed by `MapKey`).
    pub fn images(&self) -> impl Iterator<Item = &MapKey> + '_ {
        self.entries
            .iter()
            .zip(&self.images)
            .enumerate()
            .filter(|(pos, _)| !self.is_dead(*pos))
            .map(|(_, (_, k))| k)
    }

    /// Finds the key with hash word `x`; `eq(entry position)` tells whether an entry whose tag
    /// matches holds the key.
    #[inline]
    pub fn probe(&self, x: u64, eq: impl Fn(usize) -> bool) -> Probe {
        let mask = self.index.len() - 1;
        let mixed = mix(x);
        let tag = mixed >> 32;
        let mut perturb = mixed;
        let mut i = self.home(x);
        let mut vacant = usize::MAX;
        let mut n = 0;
        loop {
            let s = self.index[i];
            if s == EMPTY {
                return Probe::Vacant(if vacant == usize::MAX { i } else { vacant });
            }
            if s == DELETED {
                if vacant == usize::MAX {
                    vacant = i;
                }
            } else if s >> 32 == tag {
                let pos = (s as u32 - 1) as usize;
                if eq(pos) {
                    return Probe::Found(pos, i);
                }
            }
            n += 1;
            i = if n <= NEAR_PROBES {
                (i + 1) & mask
            } else {
                perturb >>= 5;
                (i.wrapping_mul(5)
                    .wrapping_add(1)
                    .wrapping_add(perturb as usize))
                    & mask
            };
        }
    }

    /// Overwrites the entry at `pos` (Go stores the new key too: `+0` replaces `-0`).
    pub fn set_at(&mut self, pos: usize, k: u64, v: u64) {
        let e = &mut self.entries[pos];
        e.k = k;
        e.v = v;
    }

    /// Appends a new entry for a key that `probe(x, ..)` reported `Vacant(slot)`.
    pub fn insert_at(&mut self, slot: usize, x: u64, k: u64, v: u64, image: Option<MapKey>) {
        let mut slot = slot;
        // Every entry pushed since the last rebuild filled at most one `EMPTY` slot.
        if (self.entries.len() + 1) * 4 > self.index.len() * 3 {
            self.rebuild();
            slot = self.free_slot(x);
        }
        assert!(
            self.entries.len() < u32::MAX as usize - 1,
            "a map holds fewer than 2^32 - 2 entries"
        );
        self.index[slot] = (mix(x) >> 32) << 32 | (self.entries.len() as u64 + 1);
        if !self.word_keys {
            self.hashes.push(x);
        }
        self.entries.push(Entry { k, v });
        if let Some(img) = image {
            self.images.push(img);
        }
        self.live += 1;
    }

    /// Removes the entry found at (`pos`, `slot`).
    pub fn remove_at(&mut self, pos: usize, slot: usize) {
        self.index[slot] = DELETED;
        if self.dead.len() <= pos / 64 {
            self.dead.resize(pos / 64 + 1, 0);
        }
        self.dead[pos / 64] |= 1 << (pos % 64);
        self.live -= 1;
        if self.live == 0 {
            self.clear();
        }
    }

    pub fn clear(&mut self) {
        self.entries.clear();
        self.hashes.clear();
        self.dead.clear();
        self.images.clear();
        self.index.fill(EMPTY);
        self.live = 0;
    }

    fn is_dead(&self, pos: usize) -> bool {
        self.dead
            .get(pos / 64)
            .is_some_and(|w| w >> (pos % 64) & 1 != 0)
    }

    /// The hash word of the entry at `pos` (what `probe` was given for its key).
    fn hash_word(&self, pos: usize) -> u64 {
        if self.word_keys {
            self.entries[pos].k
        } else {
            self.hashes[pos]
        }
    }

    /// Drops deleted entries and sizes the index for the live ones (doubling when it is full of
    /// live entries).
    fn rebuild(&mut self) {
        if self.live < self.entries.len() {
            let mut n = 0;
            for i in 0..self.entries.len() {
                if !self.is_dead(i) {
                    self.entries[n] = self.entries[i];
                    if !self.hashes.is_empty() {
                        self.hashes[n] = self.hashes[i];
                    }
                    if !self.images.is_empty() {
                        self.images.swap(n, i);
                    }
                    n += 1;
                }
            }
            self.entries.truncate(n);
            self.hashes.truncate(n.min(self.hashes.len()));
            self.images.truncate(n.min(self.images.len()));
        }
        self.dead.clear();
        let mut cap = 8;
        while (self.live + 1) * 2 > cap {
            cap *= 2;
        }
        self.reindex(cap);
    }

    /// Replaces the index by one of `cap` slots over the (all live) entries.
    fn reindex(&mut self, cap: usize) {
        self.index = vec![EMPTY; cap];
        let log = cap.trailing_zeros() as usize;
        self.modulus = PRIMES
            .get(log.wrapping_sub(3))
            .map_or(u32::MAX as u64, |&p| p);
        self.fastmod = u64::MAX / self.modulus + 1;
        for pos in 0..self.entries.len() {
            let x = self.hash_word(pos);
            let slot = self.free_slot(x);
            self.index[slot] = (mix(x) >> 32) << 32 | (pos as u64 + 1);
        }
    }

    /// The first `EMPTY` or `DELETED` slot on the probe sequence of `x`.
    fn free_slot(&self, x: u64) -> usize {
        match self.probe(x, |_| false) {
            Probe::Vacant(slot) => slot,
            Probe::Found(..) => unreachable!("a probe with no equal key finds no entry"),
        }
    }

    /// The home slot of hash word `x`: its 32-bit fold modulo `modulus`, by Lemire's fastmod
    /// (two multiplications instead of a division).
    #[inline]
    fn home(&self, x: u64) -> usize {
        let folded = (x as u32) ^ ((x >> 32) as u32).wrapping_mul(0x9E37_79B9);
        let low = self.fastmod.wrapping_mul(folded as u64);
        ((low as u128 * self.modulus as u128) >> 64) as usize
    }
}

/// The largest prime below `2^k` for `k` = 3..=32: the home-slot modulus of an index of `2^k`
/// slots (larger indexes, which a `u32` entry position cannot fill, use `2^32 - 1`).
const PRIMES: [u64; 30] = [
    7, 13, 31, 61, 127, 251, 509, 1021, 2039, 4093, 8191, 16381, 32749, 65521, 131071, 262139,
    524287, 1048573, 2097143, 4194301, 8388593, 16777213, 33554393, 67108859, 134217689, 268435399,
    536870909, 1073741789, 2147483647, 4294967291,
];

/// A full mix of the hash word for tags and the perturbed probes (the home slot keeps locality,
/// these need entropy in the high bits).
#[inline]
fn mix(x: u64) -> u64 {
    let m = x as u128 * 0x9E37_79B9_7F4A_7C15_u128;
    (m as u64) ^ ((m >> 64) as u64)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn word_get(t: &Table, k: u64) -> Option<u64> {
        match t.probe(k, |p| t.entry(p).k == k) {
            Probe::Found(p, _) => Some(t.entry(p).v),
            Probe::Vacant(_) => None,
        }
    }

    fn word_set(t: &mut Table, k: u64, v: u64) {
        match t.probe(k, |p| t.entry(p).k == k) {
            Probe::Found(p, _) => t.set_at(p, k, v),
            Probe::Vacant(s) => t.insert_at(s, k, k, v, None),
        }
    }

    fn word_del(t: &mut Table, k: u64) -> bool {
        match t.probe(k, |p| t.entry(p).k == k) {
            Probe::Found(p, s) => {
                t.remove_at(p, s);
                true
            }
            Probe::Vacant(_) => false,
        }
    }

    #[test]
    fn insert_get_overwrite() {
        let mut t = Table::new(true);
        for k in 0..10_000u64 {
            word_set(&mut t, k * 7, k);
        }
        assert_eq!(t.len(), 10_000);
        for k in 0..10_000u64 {
            assert_eq!(word_get(&t, k * 7), Some(k));
            assert_eq!(word_get(&t, k * 7 + 1), None);
        }
        for k in 0..10_000u64 {
            word_set(&mut t, k * 7, k + 1);
        }
        assert_eq!(t.len(), 10_000);
        assert_eq!(word_get(&t, 7 * 9_999), Some(10_000));
    }

    #[test]
    fn insertion_order_survives_deletes_and_rebuilds() {
        let mut t = Table::new(true);
        for k in 0..1000u64 {
            word_set(&mut t, k, k);
        }
        for k in (0..1000u64).filter(|k| k % 3 != 0) {
            assert!(word_del(&mut t, k));
            assert!(!word_del(&mut t, k));
        }
        for k in 1000..3000u64 {
            word_set(&mut t, k, k);
        }
        let keys: Vec<u64> = t.iter().map(|e| e.k).collect();
        let want: Vec<u64> = (0..1000).filter(|k| k % 3 == 0).chain(1000..3000).collect();
        assert_eq!(keys, want);
        assert_eq!(t.len(), want.len());
        for k in 0..3000u64 {
            assert_eq!(word_get(&t, k).is_some(), want.contains(&k));
        }
    }

    #[test]
    fn hostile_strides_and_extreme_words() {
        // Multiples of a large power of two, of the index modulus, negative numbers: all must
        // still be found (the perturbed probes break clusters).
        let mut t = Table::new(true);
        let keys: Vec<u64> = (0..5000u64)
            .map(|i| i << 20)
            .chain((0..5000u64).map(|i| i * 8191))
            .chain((1..5000u64).map(|i| (i as i64).wrapping_neg() as u64))
            .chain([u64::MAX, 1 << 63, (1 << 63) | 1])
            .collect();
        for &k in &keys {
            word_set(&mut t, k, !k);
        }
        for &k in &keys {
            assert_eq!(word_get(&t, k), Some(!k), "key {k:#x}");
        }
    }

    #[test]
    fn strided_int_keys_sit_in_their_home_slots() {
        // `7*i` and `2^k*i`: with a prime modulus no two keys share a home (with `2^21 - 1`,
        // a multiple of 7, the sevens shared a seventh of the slots).
        for stride in [1u64, 7, 1 << 10, 3 * 5 * 7 * 11] {
            let mut t = Table::new(true);
            for i in 0..200_000u64 {
                word_set(&mut t, i * stride, i);
            }
            let at_home = (0..200_000u64)
                .filter(|i| {
                    let k = i * stride;
                    matches!(t.probe(k, |p| t.entry(p).k == k), Probe::Found(_, s) if s == t.home(k))
                })
                .count();
            assert_eq!(at_home, 200_000, "stride {stride}");
        }
    }

    #[test]
    fn churn_keeps_the_table_small() {
        // A queue: insert at one end, delete at the other; tombstones get purged by rebuilds.
        let mut t = Table::new(true);
        for k in 0..100_000u64 {
            word_set(&mut t, k, k);
            if k >= 10 {
                assert!(word_del(&mut t, k - 10));
            }
        }
        assert_eq!(t.len(), 10);
        assert!(t.index.len() <= 64, "index of {} slots", t.index.len());
        assert!(t.entries.len() <= 64);
    }

    #[test]
    fn hashed_keys_keep_images_aligned() {
        // Non-word keys: the hash word is given, equality checks the image.
        let mut t = Table::new(false);
        let key = |i: u64| MapKey::Bytes(format!("k{i}").into_bytes());
        let hash = |i: u64| i.wrapping_mul(0x1234_5678_9abc_def1) % 97; // many collisions
        for i in 0..500 {
            let img = key(i);
            match t.probe(hash(i), |p| *t.image(p) == img) {
                Probe::Found(..) => panic!("fresh key found"),
                Probe::Vacant(s) => t.insert_at(s, hash(i), i, i * 2, Some(img)),
            }
            if i % 2 == 1 {
                let img = key(i - 1);
                match t.probe(hash(i - 1), |p| *t.image(p) == img) {
                    Probe::Found(p, s) => t.remove_at(p, s),
                    Probe::Vacant(_) => panic!("key {} lost", i - 1),
                }
            }
        }
        let odd: Vec<MapKey> = (0..500).filter(|i| i % 2 == 1).map(key).collect();
        assert_eq!(t.images().cloned().collect::<Vec<_>>(), odd);
        for i in (1..500).step_by(2) {
            let img = key(i);
            match t.probe(hash(i), |p| *t.image(p) == img) {
                Probe::Found(p, _) => assert_eq!(t.entry(p).v, i * 2),
                Probe::Vacant(_) => panic!("key {i} lost"),
            }
        }
    }
}
