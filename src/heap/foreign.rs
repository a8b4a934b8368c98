//! Foreign objects: Rust values (maps, channels, map iterators, natives' buffers) that a Go word
//! refers to. Each lives in a `Box` owned by a 2-word heap object of kind FOREIGN — word 0 the
//! box, word 1 its vtable — so the collector finds it like any object, traces the Go words it
//! holds through `Trace`, and drops it when the object dies. The Go value is the heap object's
//! address.
//!
//! Invariant: word 0 of a live FOREIGN object is a `Box<T>` of the `T` whose `VTable` is in
//! word 1 (written once, before the address is published; reclaimed only by the sweep).

use super::arena::kind;

/// A Rust value that holds Go words: `trace` reports each one to the collector.
pub trait Trace: Send + Sync + 'static {
    fn trace(&self, visit: &mut dyn FnMut(u64));
}

struct VTable {
    trace: fn(usize, &mut dyn FnMut(u64)),
    drop: fn(usize),
}

fn trace_thunk<T: Trace>(p: usize, visit: &mut dyn FnMut(u64)) {
    // SAFETY: `p` is the live box of a `T` (module invariant).
    unsafe { &*(p as *const T) }.trace(visit)
}

fn drop_thunk<T: Trace>(p: usize) {
    // SAFETY: `p` came from `Box::into_raw` of a `T` and is dropped once, by the sweep that
    // frees its owner object (module invariant).
    drop(unsafe { Box::from_raw(p as *mut T) })
}

trait HasVTable {
    const VTABLE: VTable;
}

impl<T: Trace> HasVTable for T {
    const VTABLE: VTable = VTable {
        trace: trace_thunk::<T>,
        drop: drop_thunk::<T>,
    };
}

/// Moves `v` into the heap as a foreign object; returns the Go word that refers to it.
pub fn new_object<T: Trace>(v: T) -> u64 {
    let obj = super::alloc_kind(2, kind::FOREIGN);
    let vt: &'static VTable = &<T as HasVTable>::VTABLE;
    super::store(obj, Box::into_raw(Box::new(v)) as usize as u64);
    super::store(obj + 8, vt as *const VTable as usize as u64);
    obj
}

/// The `T` of foreign object `obj`.
///
/// INVARIANT (callers): `obj` came from `new_object::<T>` with the same `T` — the compiler's
/// static types guarantee it (a map-typed slot only ever holds a map).
#[inline]
pub fn get<T: Trace>(obj: u64) -> &'static T {
    let p = super::load(obj) as usize;
    debug_assert!(p != 0, "foreign object {obj:#x} without a box");
    // SAFETY: per the invariant above, word 0 is a live `Box<T>`, freed only when no Go word
    // refers to `obj` any more (so not while the caller holds `obj`).
    unsafe { &*(p as *const T) }
}

fn vtable(obj: usize) -> Option<(&'static VTable, usize)> {
    let p = super::load(obj as u64) as usize;
    let vt = super::load(obj as u64 + 8) as usize;
    if p == 0 || vt == 0 {
        return None; // allocated, not yet filled in: holds nothing
    }
    // SAFETY: a non-zero word 1 is the address of a `VTable` constant (module invariant).
    Some((unsafe { &*(vt as *const VTable) }, p))
}

/// Reports the Go words held by foreign object `obj` (the world is stopped).
pub fn trace_object(obj: usize, visit: &mut dyn FnMut(u64)) {
    if let Some((vt, p)) = vtable(obj) {
        (vt.trace)(p, visit)
    }
}

/// Drops the Rust value of dead foreign object `obj` (its slot is being freed).
pub fn drop_object(obj: usize) {
    if let Some((vt, p)) = vtable(obj) {
        super::store(obj as u64, 0);
        super::store(obj as u64 + 8, 0);
        (vt.drop)(p)
    }
}
