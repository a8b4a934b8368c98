//! Marking: from the roots, every object reachable through words that point into the heap gets
//! its mark bit. Runs with the world stopped, on the collecting thread and on every stopped
//! worker that joins (parallel marking: a shared injector of work plus a local stack each).
//!
//! Within an object only the words its layout marks (the span's pointer bitmap, written at
//! allocation) are candidates, and a candidate is followed only if it points inside an
//! allocated object of a heap span (`arena::lookup`, the span's class, its allocation state);
//! interior pointers (slices and strings into arrays, `&s.f`) mark the object they point into.
//! Roots and untyped objects are scanned word by word: a number that looks like a pointer
//! keeps at most some garbage alive, since the collector never moves objects.
//!
//! Termination: a marker is *busy* while it has local work; it turns idle only after failing to
//! steal from the injector, and only busy markers push to it, so `busy == 0` means all work is
//! done.

use super::arena::{self, kind, state, SpanInfo, SPAN_BYTES};
use super::class::{self, CLASS_WORDS};
use crossbeam_deque::{Injector, Steal};
use std::sync::atomic::Ordering::{Relaxed, SeqCst};
use std::sync::atomic::{AtomicU64, AtomicUsize};

/// A marked object still to scan: address, words, kind.
#[derive(Clone, Copy)]
pub struct Work(usize, usize, u8);

/// Words scanned per work item: a larger object is split, so that markers share big arrays.
/// (It divides a span's words, so a chunk of a large object never crosses spans.)
const CHUNK_WORDS: usize = 1 << 12;

/// Records the pointer layout of a new scanned object of `words` words at `addr` in its
/// spans' pointer bitmaps (a large object may cover many spans).
pub fn set_pointer_bits(addr: usize, words: usize, layout: super::Layout) {
    let mut done = 0;
    while done < words {
        let at = addr + done * 8;
        let Some((info, sbase)) = arena::lookup(at) else {
            return;
        };
        let first = (at - sbase) / 8;
        let n = (words - done).min(SPAN_BYTES / 8 - first);
        write_bits(info, first, n, done, layout);
        done += n;
    }
}

/// Writes the bits `[first, first + n)` of a span's pointer bitmap from `layout`, starting at
/// word `phase` of the object. Plain loads and stores suffice: the allocating thread owns the
/// span (a small object's span is cached by it alone, a large object's spans are its own), and
/// the collector reads the bits only with the world stopped.
pub fn write_bits(
    info: &SpanInfo,
    first: usize,
    n: usize,
    phase: usize,
    (mask, stride): super::Layout,
) {
    let stride = stride.max(1) as usize;
    let all = mask == !0;
    let low = |k: usize| if k >= 64 { !0u64 } else { (1u64 << k) - 1 };
    // Replaces the bits of `range` in one bitmap word.
    let put = |slot: &AtomicU64, range: u64, val: u64| {
        slot.store((slot.load(Relaxed) & !range) | val, Relaxed);
    };
    if n <= 64 && (all || phase.is_multiple_of(stride)) {
        // The common case, a small object: its whole mask at once, over one or two words.
        let m = if all {
            low(n)
        } else if stride >= n {
            mask & low(n)
        } else {
            let p = mask & low(stride);
            let mut r = 0u64;
            let mut at = 0;
            while at < 64 {
                r |= p << at;
                at += stride;
            }
            r & low(n)
        };
        let (w, off) = (first / 64, first % 64);
        put(&info.ptrs[w], low(n) << off, m << off);
        if off + n > 64 {
            let sh = 64 - off;
            put(&info.ptrs[w + 1], low(n) >> sh, m >> sh);
        }
        return;
    }
    let (mut b, end) = (first, first + n);
    while b < end {
        let w = b / 64;
        let lo = b % 64;
        let hi = (end - w * 64).min(64);
        let range = if hi - lo == 64 {
            !0
        } else {
            ((1u64 << (hi - lo)) - 1) << lo
        };
        let val = if all {
            range
        } else {
            let mut v = 0u64;
            for bit in lo..hi {
                let word = phase + (w * 64 + bit - first);
                v |= (mask >> (word % stride) & 1) << bit;
            }
            v
        };
        put(&info.ptrs[w], range, val);
        b = w * 64 + hi;
    }
}

pub struct MarkState {
    pub injector: Injector<Work>,
    pub busy: AtomicUsize,
    pub marked_bytes: AtomicU64,
    pub marked_objects: AtomicU64,
}

impl MarkState {
    pub fn new() -> MarkState {
        MarkState {
            injector: Injector::new(),
            busy: AtomicUsize::new(0),
            marked_bytes: AtomicU64::new(0),
            marked_objects: AtomicU64::new(0),
        }
    }
}

pub struct Marker<'a> {
    st: &'a MarkState,
    stack: Vec<Work>,
    bytes: u64,
    objects: u64,
}

impl<'a> Marker<'a> {
    pub fn new(st: &'a MarkState) -> Marker<'a> {
        Marker {
            st,
            stack: Vec::with_capacity(256),
            bytes: 0,
            objects: 0,
        }
    }

    /// Marks the object `w` points into, if it is a heap pointer, and queues it for scanning.
    #[inline]
    pub fn visit(&mut self, w: u64) {
        let addr = w as usize;
        let Some((info, sbase)) = arena::lookup(addr) else {
            return;
        };
        match info.state.load(Relaxed) {
            state::SMALL => self.visit_small(info, sbase, addr),
            state::LARGE => self.visit_large(info, sbase, addr),
            state::LARGE_TAIL => {
                let back = info.large_spans.load(Relaxed) as usize;
                let head = sbase - back * SPAN_BYTES;
                if let Some((h, hbase)) = arena::lookup(head) {
                    if h.state.load(Relaxed) == state::LARGE {
                        self.visit_large(h, hbase, addr);
                    }
                }
            }
            _ => {}
        }
    }

    fn visit_small(&mut self, info: &SpanInfo, sbase: usize, addr: usize) {
        let Some((c, idx)) = allocated_object(info, sbase, addr) else {
            return;
        };
        let (w, bit) = (idx / 64, 1u64 << (idx % 64));
        if info.mark[w].load(Relaxed) & bit != 0 {
            return;
        }
        if info.mark[w].fetch_or(bit, Relaxed) & bit != 0 {
            return; // another marker got it first
        }
        let words = CLASS_WORDS[c] as usize;
        self.bytes += words as u64 * 8;
        self.objects += 1;
        let k = info.kind.load(Relaxed);
        if k != kind::NOSCAN {
            self.stack.push(Work(sbase + idx * words * 8, words, k));
        }
    }

    fn visit_large(&mut self, head: &SpanInfo, base: usize, addr: usize) {
        let words = head.large_words.load(Relaxed) as usize;
        if addr >= base + words * 8 || head.mark[0].fetch_or(1, Relaxed) & 1 != 0 {
            return;
        }
        self.bytes += words as u64 * 8;
        self.objects += 1;
        let k = head.kind.load(Relaxed);
        if k != kind::NOSCAN {
            self.stack.push(Work(base, words, k));
        }
    }

    fn scan(&mut self, Work(addr, words, k): Work) {
        if k == kind::FOREIGN {
            super::foreign::trace_object(addr, &mut |w| self.visit(w));
            return;
        }
        let n = words.min(CHUNK_WORDS);
        if words > n {
            self.stack.push(Work(addr + n * 8, words - n, k));
        }
        // Only the words the object's layout marks are followed, and of those only the ones
        // inside the arenas (a chunk never crosses a span: large objects start at a span and
        // chunks divide spans). Arenas only appear while the world runs, so the bounds hold.
        let Some((info, sbase)) = arena::lookup(addr) else {
            return;
        };
        let (lo, hi) = arena::bounds();
        let first = (addr - sbase) / 8;
        for i in 0..n {
            if !is_pointer_word(info, first + i) {
                continue;
            }
            let w = super::load((addr + i * 8) as u64);
            if (w as usize) >= lo && (w as usize) < hi {
                self.visit(w);
            }
        }
    }

    /// Marks until no work is left anywhere (see the module comment on termination). The
    /// caller counted itself busy.
    pub fn drain(&mut self) {
        loop {
            while let Some(work) = self.stack.pop() {
                self.scan(work);
                // Share the older half of the stack (nearer the roots: bigger subgraphs) when
                // others have nothing to take.
                if self.stack.len() > 8 && self.st.injector.is_empty() {
                    let half = self.stack.len() / 2;
                    for w in self.stack.drain(..half) {
                        self.st.injector.push(w);
                    }
                }
            }
            if self.steal() {
                continue;
            }
            self.st.busy.fetch_sub(1, SeqCst);
            loop {
                if !self.st.injector.is_empty() {
                    self.st.busy.fetch_add(1, SeqCst);
                    if self.steal() {
                        break;
                    }
                    self.st.busy.fetch_sub(1, SeqCst);
                }
                if self.st.busy.load(SeqCst) == 0 {
                    self.flush();
                    return;
                }
                std::thread::yield_now();
            }
        }
    }

    fn steal(&mut self) -> bool {
        loop {
            match self.st.injector.steal() {
                Steal::Success(w) => {
                    self.stack.push(w);
                    return true;
                }
                Steal::Empty => return false,
                Steal::Retry => {}
            }
        }
    }

    fn flush(&mut self) {
        self.st.marked_bytes.fetch_add(self.bytes, Relaxed);
        self.st.marked_objects.fetch_add(self.objects, Relaxed);
        self.bytes = 0;
        self.objects = 0;
    }
}

/// The class and index of the allocated object of small span `info` (at `sbase`) that `addr`
/// points into, if there is one.
fn allocated_object(info: &SpanInfo, sbase: usize, addr: usize) -> Option<(usize, usize)> {
    let c = info.class.load(Relaxed) as usize;
    if c == 0 {
        return None;
    }
    let idx = (((addr - sbase) as u64 * class::div_magic(c)) >> 32) as usize;
    if idx >= class::objects_per_span(c) {
        return None;
    }
    let allocated = idx < info.freeindex.load(Relaxed) as usize
        || info.alloc[idx / 64].load(Relaxed) & (1 << (idx % 64)) != 0;
    allocated.then_some((c, idx))
}

/// Whether word `b` of span `info` may hold a reference (its pointer bitmap).
#[inline]
fn is_pointer_word(info: &SpanInfo, b: usize) -> bool {
    info.ptrs[b / 64].load(Relaxed) & (1 << (b % 64)) != 0
}

/// `GODEBUG=gccheckmark=1`: whether the allocated small object `w` points into is marked (None: not one).
pub fn is_marked(w: u64) -> Option<bool> {
    let addr = w as usize;
    let (info, sbase) = arena::lookup(addr)?;
    if info.state.load(Relaxed) != state::SMALL {
        return None;
    }
    let (_, idx) = allocated_object(info, sbase, addr)?;
    Some(info.mark[idx / 64].load(Relaxed) & (1 << (idx % 64)) != 0)
}

/// `GODEBUG=gccheckmark=1`: every marked scanned object's heap words point at marked objects.
pub fn verify_heap() {
    for a in arena::arenas() {
        for (i, sp) in a.spans.iter().enumerate() {
            if sp.state.load(Relaxed) != state::SMALL || sp.kind.load(Relaxed) != kind::SCAN {
                continue;
            }
            let c = sp.class.load(Relaxed) as usize;
            let words = CLASS_WORDS[c] as usize;
            let base = a.base + i * SPAN_BYTES;
            for idx in 0..class::objects_per_span(c) {
                if sp.mark[idx / 64].load(Relaxed) & (1 << (idx % 64)) == 0 {
                    continue;
                }
                let obj = base + idx * words * 8;
                for k in 0..words {
                    if !is_pointer_word(sp, idx * words + k) {
                        continue; // a number by the object's layout
                    }
                    let v = super::load((obj + k * 8) as u64);
                    if let Some(false) = is_marked(v) {
                        eprintln!("runtime: gccheckmark found unmarked object {v:#x} (word {k} of {obj:#x}, class {c})");
                    }
                }
            }
        }
    }
}
