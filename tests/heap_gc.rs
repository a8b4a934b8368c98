//! Unit tests of the collector through the heap's own interface (no VM, no scheduler): objects
//! reachable from the given roots survive with their contents, everything else is reclaimed and
//! its memory reused, interior pointers keep their object, foreign objects are traced and
//! dropped. A test binary of its own, so no other test allocates while a collection runs; the
//! tests share one lock for the same reason.

use gorun::heap::{self, gc, Trace};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

static SERIAL: Mutex<()> = Mutex::new(());

/// A full collection with `roots` as the only roots.
fn collect(roots: &[u64]) {
    gc::collect_now(
        0,
        &mut |visit| roots.iter().for_each(|&r| visit(r)),
        &|_| {},
    );
}

/// A linked list of `n` 3-word nodes {next, value, value * 2}; returns its head.
fn list(n: u64) -> u64 {
    let mut head = 0;
    for i in 0..n {
        let node = heap::alloc(3);
        heap::store(node, head);
        heap::store(node + 8, i);
        heap::store(node + 16, i * 2);
        head = node;
    }
    head
}

/// Checks the list from `list(n)`: n nodes, values n-1 down to 0.
fn check_list(head: u64, n: u64) {
    let (mut p, mut i) = (head, n);
    while p != 0 {
        i -= 1;
        assert_eq!(heap::load(p + 8), i, "node value");
        assert_eq!(heap::load(p + 16), i * 2, "node value");
        p = heap::load(p);
    }
    assert_eq!(i, 0, "list length");
}

#[test]
fn reachable_objects_survive_and_garbage_is_reclaimed() {
    let _s = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let keep = list(10_000);
    for _ in 0..20 {
        list(10_000); // garbage
    }
    let before = gc::mem_stats();
    collect(&[keep]);
    let after = gc::mem_stats();
    check_list(keep, 10_000);
    assert_eq!(after.num_gc, before.num_gc + 1);
    assert!(
        after.heap_alloc < before.heap_alloc / 4,
        "garbage reclaimed: {} -> {}",
        before.heap_alloc,
        after.heap_alloc
    );
    // The kept list is about 10,000 × 24 bytes.
    assert!(after.heap_alloc >= 240_000, "the list is still counted");
    collect(&[]);
    assert!(gc::mem_stats().heap_alloc < 100_000, "nothing is left");
}

#[test]
fn cycles_are_reclaimed() {
    let _s = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    collect(&[]);
    let base = gc::mem_stats().heap_alloc;
    for _ in 0..10_000 {
        // A ring of three nodes, each pointing at the next, and a self-referencing one.
        let (a, b, c) = (heap::alloc(2), heap::alloc(2), heap::alloc(2));
        heap::store(a, b);
        heap::store(b, c);
        heap::store(c, a);
        heap::store(a + 8, a);
    }
    collect(&[]);
    assert!(
        gc::mem_stats().heap_alloc <= base + 4096,
        "cyclic garbage reclaimed"
    );
}

#[test]
fn interior_pointers_keep_their_object() {
    let _s = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    // A large array (its own spans) and a small object, each held only by an interior pointer.
    let big = heap::alloc(100_000);
    for i in 0..100_000u64 {
        heap::store(big + i * 8, i);
    }
    let small = heap::alloc(4);
    heap::store(small, 7);
    heap::store(small + 24, 9);
    for _ in 0..10 {
        heap::alloc(100_000); // large garbage
        list(1000);
    }
    collect(&[big + 8 * 50_000, small + 16]);
    for _ in 0..10 {
        let g = heap::alloc(100_000);
        heap::store(g, u64::MAX);
        list(1000);
    }
    assert!(
        (0..100_000u64).all(|i| heap::load(big + i * 8) == i),
        "large object intact"
    );
    assert_eq!((heap::load(small), heap::load(small + 24)), (7, 9));
}

#[test]
fn only_words_the_layout_marks_keep_objects_alive() {
    let _s = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    collect(&[]);
    // A box whose word 0 is a reference and word 1 a number (say, an int that happens to equal
    // an address): a large object's address in each.
    let holder = heap::alloc_layout(2, (0b01, 2));
    let (kept, dropped) = (heap::alloc(200_000), heap::alloc(200_000));
    heap::store(kept, 42);
    heap::store(holder, kept);
    heap::store(holder + 8, dropped);
    collect(&[holder]);
    let live = gc::mem_stats().heap_alloc;
    assert!(
        live >= 1_600_000,
        "the referenced object is kept ({live} bytes live)"
    );
    assert!(
        live < 3_000_000,
        "the number is not taken for a reference ({live} bytes live)"
    );
    assert_eq!(heap::load(heap::load(holder)), 42);
    // A typed array of 3-word elements {ref, number, number}, 1000 elements long.
    let arr = heap::alloc_layout(3000, (0b001, 3));
    for i in 0..1000 {
        let target = heap::alloc(2);
        heap::store(target, i);
        heap::store(arr + i * 24, target);
        heap::store(arr + i * 24 + 8, heap::alloc(10_000)); // a "number": not kept
    }
    collect(&[arr]);
    assert!((0..1000).all(|i| heap::load(heap::load(arr + i * 24)) == i));
    assert!(
        gc::mem_stats().heap_alloc < 1_000_000,
        "the 80 MB behind number words was reclaimed"
    );
}

static DROPS: AtomicUsize = AtomicUsize::new(0);

/// A Rust object holding one Go word.
struct Holder(u64);

impl Trace for Holder {
    fn trace(&self, visit: &mut dyn FnMut(u64)) {
        visit(self.0)
    }
}

impl Drop for Holder {
    fn drop(&mut self) {
        DROPS.fetch_add(1, Ordering::SeqCst);
    }
}

#[test]
fn foreign_objects_are_traced_and_dropped() {
    let _s = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    collect(&[]);
    let drops = DROPS.load(Ordering::SeqCst);
    let held = list(1000);
    let f = heap::foreign::new_object(Holder(held));
    for _ in 0..1000 {
        heap::foreign::new_object(Holder(0)); // garbage foreign objects
    }
    collect(&[f]);
    assert_eq!(
        DROPS.load(Ordering::SeqCst),
        drops + 1000,
        "dead ones dropped"
    );
    check_list(heap::foreign::get::<Holder>(f).0, 1000);
    collect(&[]);
    assert_eq!(
        DROPS.load(Ordering::SeqCst),
        drops + 1001,
        "the last one too"
    );
}

#[test]
fn freed_memory_is_reused() {
    let _s = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    collect(&[]);
    let sys = gc::mem_stats().heap_sys;
    for _ in 0..50 {
        for _ in 0..50 {
            list(1000);
            heap::alloc(10_000);
            heap::alloc_str(&[b'x'; 300]);
        }
        collect(&[]);
    }
    let grown = gc::mem_stats().heap_sys.saturating_sub(sys);
    // 50 rounds allocate ~260 MB in total; one round's worth (~5 MB) is all the heap needs.
    assert!(grown < 16 << 20, "heap grew by {grown} bytes");
}
