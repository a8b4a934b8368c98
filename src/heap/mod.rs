//! The heap: allocation, the garbage collector, and the race-safe accessors through which the
//! rest of the VM reads and writes Go memory. This module is the one home of raw-pointer
//! `unsafe` (ARCHITECTURE.md §8).
//!
//! Pipeline: `arena` (address space, span table, pointer validation) → `class` (size classes)
//! → `alloc` (per-thread span caches, lazy sweeping, large objects) → `mark` (parallel marking)
//! → `gc` (pacing, stop-the-world, statistics); `foreign` lets Rust objects (maps, channels)
//! live in the heap.
//!
//! Invariants:
//! - every address handed out is 8-byte aligned, points at `words` zeroed words, and stays valid
//!   while any root or reachable object holds a word pointing into it (the collector is
//!   precise about roots — register-kind maps — and non-moving; a word inside a scanned object
//!   is followed only if it points into an allocated object);
//! - every heap word is accessed with atomics (acquire loads, release stores: plain moves on
//!   x86-64), so racy Go programs never cause undefined behaviour in the VM; every Go value is
//!   one word (strings, slices, interfaces and structs are references to immutable headers or
//!   boxes), so a racing reader sees either the old or the new value, never a torn mix, and a
//!   reference it sees comes with the contents written before it was published;
//! - string headers `{data, len}` and slice headers `{data, len, cap}` are immutable once published;
//!   string bytes are immutable once published.

mod alloc;
pub mod arena;
mod class;
pub mod foreign;
pub mod gc;
pub mod guard;
mod mark;

pub use foreign::Trace;

use std::sync::atomic::{AtomicU64, AtomicU8, Ordering};

/// Allocates `words` zeroed words whose every word the collector scans (a struct, a closure,
/// an interface box, an array of references); returns the address (never 0).
#[inline]
pub fn alloc(words: usize) -> u64 {
    alloc_kind(words, arena::kind::SCAN)
}

/// Allocates `words` zeroed words that never hold a reference (string bytes, numbers).
#[inline]
pub fn alloc_noscan(words: usize) -> u64 {
    alloc_kind(words, arena::kind::NOSCAN)
}

/// A pointer layout: bit i of the mask marks word i of a `stride`-word pattern, repeated over
/// the object, as a possible reference.
pub type Layout = (u64, u32);
/// Every word may be a reference.
pub const LAYOUT_ANY: Layout = (!0, 64);
/// No word is a reference.
pub const LAYOUT_NONE: Layout = (0, 1);

/// Allocates `words` zeroed words whose references lie where `layout` says (a typed box or
/// array: the collector scans only those words).
pub fn alloc_layout(words: usize, layout: Layout) -> u64 {
    let k = if layout.0 == 0 {
        arena::kind::NOSCAN
    } else {
        arena::kind::SCAN
    };
    alloc_raw(words, k, layout)
}

/// Allocates `words` zeroed words of collector kind `k` (`arena::kind`; a scanned object's
/// every word may be a reference).
pub fn alloc_kind(words: usize, k: u8) -> u64 {
    alloc_raw(words, k, LAYOUT_ANY)
}

fn alloc_raw(words: usize, k: u8, layout: Layout) -> u64 {
    let words = words.max(1);
    // u32::MAX is the compiler's saturated size of a value too large to represent (layout.rs).
    if words >= u32::MAX as usize || words > (1 << 40) {
        alloc::out_of_memory();
    }
    if words <= class::MAX_SMALL_WORDS {
        alloc::small(words, k, layout) as u64
    } else {
        let a = alloc::large(words, k);
        if k == arena::kind::SCAN {
            mark::set_pointer_bits(a, words, layout);
        }
        a as u64
    }
}

#[inline]
fn word(addr: u64) -> &'static AtomicU64 {
    // A debug build checks every word address against the heap's arenas, so a corrupt value
    // used as an address (a scalar where a box was expected) is caught where it is first
    // followed, not where the memory it trampled is read much later.
    debug_assert!(
        addr != 0 && addr.is_multiple_of(8) && arena::lookup(addr as usize).is_some(),
        "heap word address {addr:#x} is not in the heap"
    );
    // SAFETY: callers pass addresses produced by `alloc` (plus in-bounds offsets checked by the
    // VM's bounds checks), which stay valid and aligned forever (module invariant).
    unsafe { &*(addr as *const AtomicU64) }
}

/// Reads the word at `addr`. Acquire pairs with `store`'s release: a reader that sees a
/// reference another thread published also sees the object's contents written before (free on
/// x86-64, where every load is an acquire; on weaker CPUs this is what keeps a racing reader
/// from seeing an unfilled string or slice header).
#[inline]
pub fn load(addr: u64) -> u64 {
    word(addr).load(Ordering::Acquire)
}

/// Writes the word at `addr` (release: see `load`).
#[inline]
pub fn store(addr: u64, v: u64) {
    word(addr).store(v, Ordering::Release)
}

/// Atomically replaces the word at `addr` with `new` if it holds `old` (sequentially consistent:
/// `sync/atomic` and the runtime's lock words synchronise through it).
#[inline]
pub fn cas(addr: u64, old: u64, new: u64) -> bool {
    word(addr)
        .compare_exchange(old, new, Ordering::SeqCst, Ordering::SeqCst)
        .is_ok()
}

/// Atomically adds `delta` (wrapping) to the word at `addr`; returns the previous value.
#[inline]
pub fn fetch_add(addr: u64, delta: u64) -> u64 {
    word(addr).fetch_add(delta, Ordering::SeqCst)
}

/// Atomically replaces the word at `addr`; returns the previous value.
#[inline]
pub fn swap(addr: u64, v: u64) -> u64 {
    word(addr).swap(v, Ordering::SeqCst)
}

/// Reads the word at `addr` with sequential consistency (`atomic.Load*`).
#[inline]
pub fn load_sc(addr: u64) -> u64 {
    word(addr).load(Ordering::SeqCst)
}

/// Writes the word at `addr` with sequential consistency (`atomic.Store*`).
#[inline]
pub fn store_sc(addr: u64, v: u64) {
    word(addr).store(v, Ordering::SeqCst)
}

/// Copies `n` words from `src` to `dst` (the ranges may overlap, as with Go's `copy`).
pub fn copy_words(dst: u64, src: u64, n: usize) {
    if dst == src || n == 0 {
        return;
    }
    if dst < src || dst >= src + (n as u64) * 8 {
        for i in 0..n as u64 {
            store(dst + i * 8, load(src + i * 8));
        }
    } else {
        for i in (0..n as u64).rev() {
            store(dst + i * 8, load(src + i * 8));
        }
    }
}

/// Zeroes `n` words at `dst`.
pub fn zero_words(dst: u64, n: usize) {
    for i in 0..n as u64 {
        store(dst + i * 8, 0);
    }
}

/// A fresh copy of the `n` words at `src`.
pub fn clone_words(src: u64, n: usize) -> u64 {
    let dst = alloc(n);
    copy_words(dst, src, n);
    dst
}

// ---- strings: 0 is "", otherwise the address of an immutable {data, len} header ----

/// Allocates a Go string holding `bytes` (header and bytes in one object).
pub fn alloc_str(bytes: &[u8]) -> u64 {
    if bytes.is_empty() {
        return 0;
    }
    // Header and bytes in one object: the data pointer points into the object itself, so the
    // collector need not follow it.
    let obj = alloc_noscan(2 + bytes.len().div_ceil(8));
    let data = obj + 16;
    for (i, &b) in bytes.iter().enumerate() {
        byte_at(data + i as u64).store(b, Ordering::Relaxed);
    }
    store(obj, data);
    store(obj + 8, bytes.len() as u64);
    obj
}

#[inline]
fn byte_at(addr: u64) -> &'static AtomicU8 {
    // SAFETY: string data addresses point into live heap objects (module invariant).
    unsafe { &*(addr as *const AtomicU8) }
}

/// The length of string `s`.
#[inline]
pub fn str_len(s: u64) -> usize {
    if s == 0 {
        0
    } else {
        load(s + 8) as usize
    }
}

/// The bytes of string `s`.
pub fn str_bytes(s: u64) -> &'static [u8] {
    if s == 0 {
        return &[];
    }
    let data = load(s);
    let len = load(s + 8) as usize;
    // SAFETY: a published string header points at `len` immutable bytes of a live object.
    unsafe { std::slice::from_raw_parts(data as *const u8, len) }
}

/// The byte `s[i]`; the caller has checked `i < str_len(s)`.
#[inline]
pub fn str_byte(s: u64, i: usize) -> u8 {
    byte_at(load(s) + i as u64).load(Ordering::Relaxed)
}

/// `s[lo:hi]` sharing the bytes; the caller has checked `lo <= hi <= len`.
pub fn substr(s: u64, lo: usize, hi: usize) -> u64 {
    if lo == hi {
        return 0;
    }
    if lo == 0 && hi == str_len(s) {
        return s;
    }
    let h = alloc_layout(2, (1, 2));
    store(h, load(s) + lo as u64);
    store(h + 8, (hi - lo) as u64);
    h
}

/// `a + b`.
pub fn concat(a: u64, b: u64) -> u64 {
    if a == 0 {
        return b;
    }
    if b == 0 {
        return a;
    }
    let (x, y) = (str_bytes(a), str_bytes(b));
    let mut v = Vec::with_capacity(x.len() + y.len());
    v.extend_from_slice(x);
    v.extend_from_slice(y);
    alloc_str(&v)
}

// ---- slices: 0 is nil, otherwise the address of an immutable {data, len, cap} header ----

/// The parts (data address, len, cap) of slice `s`; all zero for nil.
#[inline]
pub fn slice_parts(s: u64) -> (u64, usize, usize) {
    if s == 0 {
        (0, 0, 0)
    } else {
        (load(s), load(s + 8) as usize, load(s + 16) as usize)
    }
}

/// A slice header over `len` elements of backing store `data` with capacity `cap`.
pub fn slice_header(data: u64, len: usize, cap: usize) -> u64 {
    let h = alloc_layout(3, (1, 3));
    store(h, data);
    store(h + 8, len as u64);
    store(h + 16, cap as u64);
    h
}

/// A new zeroed slice of `len`/`cap` elements of `ew` words whose references lie where
/// `layout` says.
pub fn new_slice(ew: usize, len: usize, cap: usize, layout: Layout) -> u64 {
    let data = alloc_layout((cap * ew).max(1), layout);
    slice_header(data, len, cap)
}

/// A buffer for natives that collect values across callbacks into Go (the `yield` of
/// `slices.Collect`): a foreign object, so a Go closure can capture it and the collector sees
/// the values it holds.
pub struct VecBuf(pub parking_lot::Mutex<Vec<u64>>);

impl Trace for VecBuf {
    fn trace(&self, visit: &mut dyn FnMut(u64)) {
        for &v in self.0.lock().iter() {
            visit(v);
        }
    }
}

/// A new empty `VecBuf`; the Go word referring to it.
pub fn new_vec_buf() -> u64 {
    foreign::new_object(VecBuf(parking_lot::Mutex::new(Vec::new())))
}

/// The `VecBuf` at `addr` (0 gives None).
pub fn vec_buf(addr: u64) -> Option<&'static VecBuf> {
    (addr != 0).then(|| foreign::get::<VecBuf>(addr))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_round_trip() {
        let s = alloc_str(b"hello, world");
        assert_eq!(str_bytes(s), b"hello, world");
        assert_eq!(str_bytes(substr(s, 7, 12)), b"world");
        assert_eq!(str_bytes(concat(s, alloc_str(b"!"))), b"hello, world!");
        assert_eq!(str_len(0), 0);
    }

    #[test]
    fn allocations_are_zeroed_and_distinct() {
        let a = alloc(4);
        let b = alloc(4);
        assert_ne!(a, b);
        assert_eq!(load(a + 24), 0);
        store(a, 7);
        assert_eq!(load(b), 0);
        let big = alloc(class::MAX_SMALL_WORDS + 1);
        assert_eq!(load(big), 0);
    }

    #[test]
    fn overlapping_copy_is_memmove() {
        let a = alloc(4);
        for i in 0..4 {
            store(a + i * 8, i + 1);
        }
        copy_words(a + 8, a, 3);
        assert_eq!(
            (0..4).map(|i| load(a + i * 8)).collect::<Vec<_>>(),
            vec![1, 1, 2, 3]
        );
    }
}
