//! The runtime's side of a collection (ARCHITECTURE.md §8): the roots outside the running threads —
//! constants, globals, the shared function closures, pending timers, and every goroutine not
//! running on a worker — and the points where workers stop for the collector.
//!
//! A goroutine's `G` is read under its lock. The lock of a goroutine running on a stopped worker
//! is held by that worker, which handed its roots in itself; a goroutine whose lock is held
//! inside a suspended coroutine (pinned) or across a blocking host call left a snapshot in
//! `GHandle::parked`.

use super::Runtime;
use crate::heap::gc;
use crate::vm::{Vm, G};

/// Every root not held by a running goroutine.
pub fn world_roots(rt: &Runtime, visit: &mut dyn FnMut(u64)) {
    let shared = rt.shared;
    for c in shared.consts.iter() {
        visit(c.load(std::sync::atomic::Ordering::Acquire));
    }
    visit(shared.globals);
    for c in shared.func_closures.iter() {
        visit(c.load(std::sync::atomic::Ordering::Acquire));
    }
    rt.sched.timers.roots(visit);
    for h in rt.sched.all() {
        if let Some(p) = h.parked.lock().as_ref() {
            p.roots(visit);
            continue;
        }
        if let Some(g) = h.g.try_lock() {
            g.roots(shared.prog(), visit);
        }
        // Otherwise it runs on a stopped worker, which handed its roots in.
    }
}

/// A safepoint of the goroutine `g` running on `vm` found a collection requested.
pub fn at_safepoint(rt: &Runtime, vm: &Vm, g: &G) {
    with_roots(rt, vm, g, gc::stop_point)
}

/// `runtime.GC()` from the goroutine `g`.
pub fn collect_now(rt: &Runtime, vm: &Vm, g: &G) {
    with_roots(rt, vm, g, gc::collect_now)
}

/// Calls collector entry `f` for the worker running `g`, with `g`'s roots and the world's.
fn with_roots(rt: &Runtime, vm: &Vm, g: &G, f: fn(usize, gc::OwnRoots, gc::WorldRoots)) {
    f(
        vm.worker,
        &mut |visit| g.roots(rt.shared.prog(), visit),
        &|visit| world_roots(rt, visit),
    )
}

/// Between time slices: worker `w` holds no goroutine.
pub fn between_slices(rt: &Runtime, w: usize) {
    if gc::should_stop() {
        gc::stop_point(w, &mut |_| {}, &|visit| world_roots(rt, visit));
    }
}
