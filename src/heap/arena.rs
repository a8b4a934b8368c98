//! Arenas: the address space of the Go heap, in `ARENA_BYTES` pieces aligned to their size and
//! mapped from the OS on demand, each cut into `SPAN_BYTES` spans described by a `SpanInfo`.
//! `lookup` maps any address to its span (or to nothing, for an address outside the heap)
//! without locks: this is how the collector validates a candidate pointer and finds the object
//! it points into.
//!
//! Invariants:
//! - an arena is never unmapped, so a `&'static SpanInfo` stays valid (its memory may be given
//!   back to the OS with `MADV_DONTNEED`, which rereads as zeroes);
//! - all span metadata is atomics (an all-zero `SpanInfo` is a free span), read freely and
//!   written by the span's owner: the thread caching it, the allocator's lock, or the collector
//!   while the world is stopped.

use std::sync::atomic::Ordering::{Acquire, Relaxed, Release};
use std::sync::atomic::{AtomicBool, AtomicPtr, AtomicU32, AtomicU64, AtomicU8, AtomicUsize};

pub const ARENA_SHIFT: u32 = 26;
pub const ARENA_BYTES: usize = 1 << ARENA_SHIFT; // 64 MiB
pub const SPAN_SHIFT: u32 = 16;
pub const SPAN_BYTES: usize = 1 << SPAN_SHIFT; // 64 KiB
pub const SPANS_PER_ARENA: usize = ARENA_BYTES / SPAN_BYTES;
const BITMAP_WORDS: usize = super::class::MAX_OBJECTS / 64;

/// What a span holds.
pub mod state {
    pub const FREE: u8 = 0;
    pub const SMALL: u8 = 1;
    pub const LARGE: u8 = 2;
    /// A span inside a large object (not its first): `large_spans` holds the distance back.
    pub const LARGE_TAIL: u8 = 3;
}

/// How the collector treats the words of an object.
pub mod kind {
    /// Every word may be a pointer (validated against the heap before it is followed).
    pub const SCAN: u8 = 0;
    /// No word is a pointer (string bytes, numbers).
    pub const NOSCAN: u8 = 1;
    /// A Rust object behind a Go word (map, channel): words 0 and 1 are its box and vtable.
    pub const FOREIGN: u8 = 2;
    pub const COUNT: usize = 3;
}

pub struct SpanInfo {
    pub state: AtomicU8,
    pub class: AtomicU8,
    pub kind: AtomicU8,
    /// Its memory was used before and must be zeroed as objects are handed out.
    pub needzero: AtomicBool,
    /// Objects below this index are allocated (the allocator hands out slots in index order
    /// after each sweep); written back by the caching thread before the world stops.
    pub freeindex: AtomicU32,
    /// LARGE: the number of spans; LARGE_TAIL: the distance back to the first.
    pub large_spans: AtomicU32,
    /// LARGE: the object's size in words.
    pub large_words: AtomicU64,
    /// Objects that survived the last collection (bit per object index).
    pub alloc: [AtomicU64; BITMAP_WORDS],
    /// Objects marked by the collection in progress.
    pub mark: [AtomicU64; BITMAP_WORDS],
    /// One bit per word of the span: set where a scanned object may hold a reference (written
    /// when the object is allocated, from its type's layout).
    pub ptrs: [AtomicU64; BITMAP_WORDS],
}

pub struct Arena {
    pub base: usize,
    pub spans: Box<[SpanInfo]>,
    /// The high-water mark of spans handed out (spans above it were never touched).
    pub used: AtomicUsize,
}

/// The arena directory: `L1[addr >> 36][(addr >> 26) & 1023]` (47-bit user address space).
const L2_BITS: u32 = 10;
const L1_ENTRIES: usize = 1 << (47 - ARENA_SHIFT - L2_BITS);
type L2 = [AtomicPtr<Arena>; 1 << L2_BITS];

static DIRECTORY: [AtomicPtr<L2>; L1_ENTRIES] =
    [const { AtomicPtr::new(std::ptr::null_mut()) }; L1_ENTRIES];
/// Bounds of every arena mapped so far: a cheap first test for candidate pointers.
static LO: AtomicUsize = AtomicUsize::new(usize::MAX);
static HI: AtomicUsize = AtomicUsize::new(0);
/// Every arena, in creation order (the collector walks them).
static ARENAS: parking_lot::Mutex<Vec<&'static Arena>> = parking_lot::Mutex::new(Vec::new());
/// Bytes of spans ever handed out (below the arenas' high-water marks: MemStats.HeapSys).
pub static IN_USE: AtomicUsize = AtomicUsize::new(0);

/// The bounds of all arenas so far (a word outside them is not a heap pointer).
#[inline]
pub fn bounds() -> (usize, usize) {
    (LO.load(Relaxed), HI.load(Relaxed))
}

/// The arena holding `addr`, if it is in the heap.
#[inline]
pub fn arena_of(addr: usize) -> Option<&'static Arena> {
    if addr < LO.load(Relaxed) || addr >= HI.load(Relaxed) {
        return None;
    }
    let key = addr >> ARENA_SHIFT;
    let l1 = DIRECTORY.get(key >> L2_BITS)?.load(Acquire);
    if l1.is_null() {
        return None;
    }
    // SAFETY: directory pages are leaked boxes, never freed once published.
    let l2 = unsafe { &*l1 };
    let a = l2[key & ((1 << L2_BITS) - 1)].load(Acquire);
    // SAFETY: arenas are leaked boxes, never freed once published (module invariant).
    (!a.is_null()).then(|| unsafe { &*a })
}

/// The span holding `addr` and the span's base address.
#[inline]
pub fn lookup(addr: usize) -> Option<(&'static SpanInfo, usize)> {
    let a = arena_of(addr)?;
    let i = (addr - a.base) >> SPAN_SHIFT;
    Some((&a.spans[i], a.base + (i << SPAN_SHIFT)))
}

/// A snapshot of the arena list.
pub fn arenas() -> Vec<&'static Arena> {
    ARENAS.lock().clone()
}

/// Maps `count` new arenas at consecutive addresses (None when the OS refuses): one arena for
/// ordinary growth, several for an object larger than an arena.
pub fn new_arenas(count: usize) -> Option<Vec<&'static Arena>> {
    // Map one arena more than needed and trim to aligned arenas (the ends go back at once).
    let want = ARENA_BYTES.checked_mul(count)?;
    let len = want.checked_add(ARENA_BYTES)?;
    // SAFETY: an anonymous private mapping at an address of the kernel's choosing touches no
    // existing memory; the result is checked before use.
    let p = unsafe {
        libc::mmap(
            std::ptr::null_mut(),
            len,
            libc::PROT_READ | libc::PROT_WRITE,
            libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE,
            -1,
            0,
        )
    };
    if p == libc::MAP_FAILED {
        return None;
    }
    let start = p as usize;
    let base = (start + ARENA_BYTES - 1) & !(ARENA_BYTES - 1);
    // SAFETY: both ranges lie inside the mapping just made and are not used by anything.
    unsafe {
        if base > start {
            libc::munmap(start as *mut libc::c_void, base - start);
        }
        let end = start + len;
        if end > base + want {
            libc::munmap((base + want) as *mut libc::c_void, end - base - want);
        }
    }
    let mut made = Vec::with_capacity(count);
    for k in 0..count {
        made.push(register(base + k * ARENA_BYTES)?);
    }
    Some(made)
}

/// Publishes the arena at `base` in the directory.
fn register(base: usize) -> Option<&'static Arena> {
    let spans = zeroed_spans()?;
    let arena: &'static Arena = Box::leak(Box::new(Arena {
        base,
        spans,
        used: AtomicUsize::new(0),
    }));
    let key = base >> ARENA_SHIFT;
    let slot = &DIRECTORY[key >> L2_BITS];
    if slot.load(Acquire).is_null() {
        let page: Box<L2> =
            Box::new([const { AtomicPtr::new(std::ptr::null_mut()) }; 1 << L2_BITS]);
        // Arenas are created under the allocator's lock, so no other thread races here.
        slot.store(Box::into_raw(page), Release);
    }
    // SAFETY: the page was just published or existed (leaked, never freed).
    let l2 = unsafe { &*slot.load(Acquire) };
    l2[key & ((1 << L2_BITS) - 1)].store(arena as *const Arena as *mut Arena, Release);
    ARENAS.lock().push(arena);
    LO.fetch_min(base, Relaxed);
    HI.fetch_max(base + ARENA_BYTES, Relaxed);
    Some(arena)
}

/// The span table of a new arena, zeroed by the OS (pages are touched only when used).
fn zeroed_spans() -> Option<Box<[SpanInfo]>> {
    let layout = std::alloc::Layout::array::<SpanInfo>(SPANS_PER_ARENA).ok()?;
    // SAFETY: the layout is non-zero; an all-zero `SpanInfo` is valid (it is made of atomics
    // and arrays of atomics only), so the zeroed allocation holds SPANS_PER_ARENA valid values
    // and may be owned by a Box of that slice type (same layout as `Layout::array`).
    unsafe {
        let p = std::alloc::alloc_zeroed(layout) as *mut SpanInfo;
        if p.is_null() {
            return None;
        }
        Some(Box::from_raw(std::ptr::slice_from_raw_parts_mut(
            p,
            SPANS_PER_ARENA,
        )))
    }
}

/// Gives the memory of `[addr, addr + len)` back to the OS (it reads as zeroes afterwards).
pub fn release(addr: usize, len: usize) {
    // SAFETY: the range is a free span run of an arena (the caller's invariant): nothing refers
    // to its contents, and the mapping stays valid.
    unsafe {
        libc::madvise(addr as *mut libc::c_void, len, libc::MADV_DONTNEED);
    }
}

/// Zeroes `words` words at `addr`, an object being handed out (no other thread can see it).
#[inline]
pub fn zero(addr: usize, words: usize) {
    // SAFETY: `addr` is a free slot of a span owned by the calling thread's cache (or a fresh
    // large object), `words` long, reachable by no one else until this allocation returns.
    unsafe { std::ptr::write_bytes(addr as *mut u64, 0, words) }
}
