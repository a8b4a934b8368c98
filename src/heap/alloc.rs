//! Allocation: per-thread caches of one span per (size class, kind), refilled from the lists of
//! spans the last collection left unswept (each swept on the way: lazy sweeping) or from the
//! span pool; objects larger than a size class take whole spans of their own.
//!
//! Invariants:
//! - a small span is allocated from by at most one thread: the one caching it (spans return to
//!   the shared lists only through a collection, which runs with every mutator stopped);
//! - within a span, slots are handed out in increasing index order after each sweep, so every
//!   slot below `freeindex` is allocated (the fast path stores `freeindex`, never the bitmap);
//! - a thread's cache belongs to the collection epoch it was filled in: after a collection it
//!   is dropped (the collection put its spans back on the unswept lists).

use super::arena::{self, kind, state, Arena, SpanInfo, SPANS_PER_ARENA, SPAN_BYTES, SPAN_SHIFT};
use super::class::{self, CLASS_WORDS, NCLASSES};
use super::gc;
use parking_lot::Mutex;
use std::cell::UnsafeCell;
use std::collections::BTreeMap;
use std::sync::atomic::Ordering::Relaxed;

/// One cached span of one class and kind.
#[derive(Clone, Copy, Default)]
struct Slot {
    /// The span's base address (0: none cached).
    base: usize,
    info: Option<&'static SpanInfo>,
    /// Free slots of the bitmap word being used, as set bits (bit i = index `word_base + i`).
    bits: u64,
    word_base: u32,
    /// The next bitmap word to load.
    next_word: u32,
    nelems: u32,
    needzero: bool,
}

struct Cache {
    slots: [Slot; NCLASSES * kind::COUNT],
    epoch: u64,
    /// Bytes and objects allocated since the counters were last flushed to the collector.
    bytes: u64,
    count: u64,
}

thread_local! {
    static CACHE: UnsafeCell<Cache> = const {
        UnsafeCell::new(Cache {
            slots: [Slot { base: 0, info: None, bits: 0, word_base: 0, next_word: 0, nelems: 0, needzero: false }; NCLASSES * kind::COUNT],
            epoch: 0,
            bytes: 0,
            count: 0,
        })
    };
}

/// Runs `f` on this thread's cache.
///
/// A goroutine's coroutine may move between threads, and a thread-local address computed
/// before a suspension must not be reused after it: every caller of this function is itself
/// never inlined (`small`, `revalidate_cache`, `flush_local_counts`) and never suspends, so
/// each call computes the address afresh.
#[inline(always)]
fn with_cache<R>(f: impl FnOnce(&mut Cache) -> R) -> R {
    CACHE.with(|c| {
        // SAFETY: the cache is this thread's alone and `f` (allocation code) never re-enters
        // `with_cache`, so this is the only reference while `f` runs.
        f(unsafe { &mut *c.get() })
    })
}

/// Spans left unswept by the last collection, per class and kind.
static UNSWEPT: [Mutex<Vec<usize>>; NCLASSES * kind::COUNT] =
    [const { Mutex::new(Vec::new()) }; NCLASSES * kind::COUNT];

/// Spans already swept this cycle that still have free slots (foreign spans, swept at once).
static PARTIAL: [Mutex<Vec<usize>>; NCLASSES * kind::COUNT] =
    [const { Mutex::new(Vec::new()) }; NCLASSES * kind::COUNT];

/// Free runs of spans: base address → number of spans (coalesced).
static POOL: Mutex<BTreeMap<usize, usize>> = Mutex::new(BTreeMap::new());

/// Allocates a small object of `words` (1 ..= MAX_SMALL_WORDS) of kind `k`; its words are zero.
#[inline(never)]
pub fn small(words: usize, k: u8, layout: super::Layout) -> usize {
    let c = class::class_of(words);
    let size = CLASS_WORDS[c] as usize;
    with_cache(|cache| {
        let Cache {
            slots,
            bytes,
            count,
            ..
        } = cache;
        let slot = &mut slots[c * kind::COUNT + k as usize];
        loop {
            if slot.bits != 0 {
                let idx = slot.word_base + slot.bits.trailing_zeros();
                slot.bits &= slot.bits - 1;
                if idx < slot.nelems {
                    let addr = slot.base + idx as usize * size * 8;
                    if let Some(info) = slot.info {
                        info.freeindex.store(idx + 1, Relaxed);
                        if k == kind::SCAN {
                            super::mark::write_bits(info, idx as usize * size, words, 0, layout);
                        }
                    }
                    if slot.needzero {
                        arena::zero(addr, size);
                    }
                    *bytes += size as u64 * 8;
                    *count += 1;
                    return addr;
                }
                slot.bits = 0;
            }
            if !load_word(slot) {
                let (base, info) = refill(c, k);
                *slot = Slot {
                    base,
                    info: Some(info),
                    bits: 0,
                    word_base: 0,
                    next_word: 0,
                    nelems: class::objects_per_span(c) as u32,
                    needzero: info.needzero.load(Relaxed),
                };
                flush(bytes, count);
            }
        }
    })
}

/// Loads the next bitmap word of the cached span into `bits`; false when the span is used up.
fn load_word(slot: &mut Slot) -> bool {
    let Some(info) = slot.info else { return false };
    while (slot.next_word as usize) * 64 < slot.nelems as usize {
        let w = slot.next_word as usize;
        slot.next_word += 1;
        let free = !info.alloc[w].load(Relaxed);
        if free != 0 {
            slot.bits = free;
            slot.word_base = w as u32 * 64;
            return true;
        }
    }
    false
}

/// A span of class `c` and kind `k` with free slots: an unswept one swept now, else a new one.
fn refill(c: usize, k: u8) -> (usize, &'static SpanInfo) {
    let list = c * kind::COUNT + k as usize;
    if let Some(base) = PARTIAL[list].lock().pop() {
        if let Some((info, _)) = arena::lookup(base) {
            return (base, info);
        }
    }
    loop {
        let next = UNSWEPT[list].lock().pop();
        let Some(base) = next else { break };
        let Some((info, _)) = arena::lookup(base) else {
            continue;
        };
        if sweep_small(base, info) {
            return (base, info);
        }
    }
    let base = take_spans(1);
    let (info, _) = arena::lookup(base).unwrap_or_else(|| out_of_memory());
    info.class.store(c as u8, Relaxed);
    info.kind.store(k, Relaxed);
    info.freeindex.store(0, Relaxed);
    info.state.store(state::SMALL, Relaxed);
    (base, info)
}

/// Sweeps small span `base`: objects not marked by the last collection become free (foreign
/// ones are dropped). Returns true if the span has a free slot and stays in use; a span left
/// empty goes back to the pool.
pub fn sweep_small(base: usize, info: &'static SpanInfo) -> bool {
    let c = info.class.load(Relaxed) as usize;
    let k = info.kind.load(Relaxed);
    let size = CLASS_WORDS[c] as usize * 8;
    let n = class::objects_per_span(c);
    let fi = info.freeindex.load(Relaxed) as usize;
    let mut live = 0;
    for w in 0..n.div_ceil(64) {
        let marked = info.mark[w].swap(0, Relaxed);
        let below_fi = if fi >= (w + 1) * 64 {
            u64::MAX
        } else if fi > w * 64 {
            (1u64 << (fi - w * 64)) - 1
        } else {
            0
        };
        let allocated = info.alloc[w].load(Relaxed) | below_fi;
        let mut dead = allocated & !marked;
        if k == kind::FOREIGN {
            while dead != 0 {
                let i = w * 64 + dead.trailing_zeros() as usize;
                dead &= dead - 1;
                super::foreign::drop_object(base + i * size);
            }
        }
        info.alloc[w].store(marked, Relaxed);
        live += marked.count_ones() as usize;
    }
    info.freeindex.store(0, Relaxed);
    info.needzero.store(true, Relaxed);
    if live == 0 {
        info.state.store(state::FREE, Relaxed);
        give_back(base, 1);
        return false;
    }
    live < n
}

/// The `i`th span of the run at `base` (which may cross arenas: an object larger than one).
fn nth_span(base: usize, i: usize) -> &'static SpanInfo {
    match arena::lookup(base + i * SPAN_BYTES) {
        Some((s, _)) => s,
        None => out_of_memory(),
    }
}

/// Allocates a large object of `words` words (whole spans), zeroed.
pub fn large(words: usize, k: u8) -> usize {
    let nspans = (words * 8).div_ceil(SPAN_BYTES);
    gc::note_allocated(words as u64 * 8, 1);
    let base = take_spans(nspans);
    let head = nth_span(base, 0);
    if (0..nspans).any(|i| nth_span(base, i).needzero.load(Relaxed)) {
        arena::zero(base, words);
    }
    for i in 1..nspans {
        let s = nth_span(base, i);
        s.large_spans.store(i as u32, Relaxed);
        s.state.store(state::LARGE_TAIL, Relaxed);
    }
    head.kind.store(k, Relaxed);
    head.large_spans.store(nspans as u32, Relaxed);
    head.large_words.store(words as u64, Relaxed);
    head.mark[0].store(0, Relaxed);
    head.state.store(state::LARGE, Relaxed);
    base
}

/// Frees an unmarked large object (world stopped), or clears its mark.
pub fn sweep_large(a: &'static Arena, first: usize) {
    let head = &a.spans[first];
    if head.mark[0].swap(0, Relaxed) & 1 != 0 {
        return;
    }
    let n = head.large_spans.load(Relaxed) as usize;
    let base = a.base + (first << SPAN_SHIFT);
    if head.kind.load(Relaxed) == kind::FOREIGN {
        super::foreign::drop_object(base);
    }
    // Big runs go back to the OS now (they read as zeroes afterwards).
    let release = n * SPAN_BYTES >= 1 << 20;
    if release {
        arena::release(base, n * SPAN_BYTES);
    }
    for i in 0..n {
        let s = nth_span(base, i);
        s.state.store(state::FREE, Relaxed);
        s.large_spans.store(0, Relaxed);
        s.needzero.store(!release, Relaxed);
    }
    // A run crossing arenas goes back arena by arena (pool runs stay inside one arena).
    let mut at = base;
    let end = base + n * SPAN_BYTES;
    while at < end {
        let arena_end = (at & !(arena::ARENA_BYTES - 1)) + arena::ARENA_BYTES;
        let piece = arena_end.min(end) - at;
        give_back(at, piece / SPAN_BYTES);
        at += piece;
    }
}

/// Takes a run of `n` free spans (mapping a new arena if none is free).
fn take_spans(n: usize) -> usize {
    let mut pool = POOL.lock();
    loop {
        let found = pool
            .iter()
            .find(|(_, &len)| len >= n)
            .map(|(&b, &l)| (b, l));
        if let Some((base, len)) = found {
            pool.remove(&base);
            if len > n {
                pool.insert(base + n * SPAN_BYTES, len - n);
            }
            // Spans are cut from an arena bottom-up (first fit by address): `used` is the
            // high-water mark, and what lies above it was never touched.
            if let Some(a) = arena::arena_of(base) {
                let end = ((base - a.base) >> SPAN_SHIFT) + n;
                let used = a.used.fetch_max(end, Relaxed);
                if end > used {
                    arena::IN_USE.fetch_add((end - used) * SPAN_BYTES, Relaxed);
                }
            }
            return base;
        }
        if n > SPANS_PER_ARENA {
            // Larger than an arena: consecutive new arenas of its own; the last one's rest
            // joins the pool.
            let count = n.div_ceil(SPANS_PER_ARENA);
            let made = arena::new_arenas(count).unwrap_or_else(|| out_of_memory());
            let rest = count * SPANS_PER_ARENA - n;
            for (k, a) in made.iter().enumerate() {
                let used = if k + 1 < count {
                    SPANS_PER_ARENA
                } else {
                    SPANS_PER_ARENA - rest
                };
                a.used.store(used, Relaxed);
                arena::IN_USE.fetch_add(used * SPAN_BYTES, Relaxed);
            }
            if rest > 0 {
                pool.insert(
                    made[count - 1].base + (SPANS_PER_ARENA - rest) * SPAN_BYTES,
                    rest,
                );
            }
            return made[0].base;
        }
        match arena::new_arenas(1) {
            Some(a) => {
                pool.insert(a[0].base, SPANS_PER_ARENA);
            }
            None => out_of_memory(),
        }
    }
}

/// Returns a run of spans to the pool, merging it with free neighbours in the same arena.
fn give_back(base: usize, n: usize) {
    let mut pool = POOL.lock();
    let (mut start, mut len) = (base, n);
    let arena_of = |b: usize| b >> arena::ARENA_SHIFT;
    if let Some((&b, &l)) = pool.range(..base).next_back() {
        if b + l * SPAN_BYTES == base && arena_of(b) == arena_of(base) {
            pool.remove(&b);
            start = b;
            len += l;
        }
    }
    let end = base + n * SPAN_BYTES;
    if let Some(&l) = pool.get(&end) {
        if arena_of(end) == arena_of(base) {
            pool.remove(&end);
            len += l;
        }
    }
    pool.insert(start, len);
}

/// Queues every in-use small span of every arena for lazy sweeping and sweeps the large
/// objects (the world is stopped, marking is over).
pub fn start_sweep() {
    // Every span in use is listed anew below.
    for list in PARTIAL.iter() {
        list.lock().clear();
    }
    for a in arena::arenas() {
        let used = a.used.load(Relaxed);
        let mut i = 0;
        while i < used {
            let s = &a.spans[i];
            match s.state.load(Relaxed) {
                state::SMALL => {
                    let c = s.class.load(Relaxed) as usize;
                    let k = s.kind.load(Relaxed);
                    let base = a.base + (i << SPAN_SHIFT);
                    if k == kind::FOREIGN {
                        // Foreign objects own memory outside the heap: free them promptly.
                        if sweep_small(base, s) {
                            PARTIAL[c * kind::COUNT + k as usize].lock().push(base);
                        }
                    } else {
                        UNSWEPT[c * kind::COUNT + k as usize].lock().push(base);
                    }
                    i += 1;
                }
                state::LARGE => {
                    let n = s.large_spans.load(Relaxed).max(1) as usize;
                    sweep_large(a, i);
                    i += n;
                }
                _ => i += 1,
            }
        }
    }
}

/// Sweeps every span still unswept (before a collection marks: mark bits must be clear and
/// allocation bits exact).
pub fn finish_sweep() {
    for list in UNSWEPT.iter() {
        let spans = std::mem::take(&mut *list.lock());
        for base in spans {
            if let Some((info, _)) = arena::lookup(base) {
                if info.state.load(Relaxed) == state::SMALL {
                    sweep_small(base, info);
                }
            }
        }
    }
}

/// Drops this thread's cached spans if a collection happened since it filled them.
#[inline(never)]
pub fn revalidate_cache(epoch: u64) {
    with_cache(|cache| {
        if cache.epoch != epoch {
            cache.slots = [Slot::default(); NCLASSES * kind::COUNT];
            cache.epoch = epoch;
        }
    })
}

/// Hands this thread's allocation counts to the collector's totals.
#[inline(never)]
pub fn flush_local_counts() {
    with_cache(|cache| flush(&mut cache.bytes, &mut cache.count))
}

fn flush(bytes: &mut u64, count: &mut u64) {
    if *count != 0 {
        gc::note_allocated(*bytes, *count);
        *bytes = 0;
        *count = 0;
    }
}

/// Go's fatal error when the OS refuses memory (or a size cannot be represented).
pub(super) fn out_of_memory() -> ! {
    eprintln!("fatal error: runtime: out of memory");
    std::process::exit(2)
}

/// Bytes of free spans below the arenas' high-water marks (MemStats.HeapIdle).
pub fn free_bytes() -> usize {
    let pool = POOL.lock();
    let mut free = 0;
    for (&base, &len) in pool.iter() {
        if let Some(a) = arena::arena_of(base) {
            let first = (base - a.base) >> SPAN_SHIFT;
            let used = a.used.load(Relaxed);
            free += (first + len).min(used).saturating_sub(first);
        }
    }
    free * SPAN_BYTES
}
