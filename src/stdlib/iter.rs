//! Iterators (`iter.Seq`) and the `maps` package natives. An iterator is a Go closure over the
//! native-backed `iter.Seq` function capturing (kind, source, runtime type); `slices.Sorted`,
//! `slices.Collect`, `maps.Collect` and `maps.Insert` drive iterators with a native `yield` that
//! appends to a buffer.
//!
//! Invariant: the buffer is only touched by the goroutine running the collecting native.

use super::generic::{arg, ordered, pred_call, ret, slice_arg, R};
use super::NativeErr;
use crate::compile::program::{Program, RtKind};
use crate::heap;
use crate::vm::Fault;
use crate::vm::{eq, map, Vm, G};

pub static TABLE: &[(&str, super::NativeFn)] = &[
    ("slices.Values", |vm, g, b| {
        iter_of(vm, g, b, ITER_SLICE_VALUES)
    }),
    ("slices.All", |vm, g, b| iter_of(vm, g, b, ITER_SLICE_ALL)),
    ("slices.Sorted", slices_sorted),
    ("slices.Collect", slices_collect),
    ("maps.Keys", |vm, g, b| iter_of(vm, g, b, ITER_MAP_KEYS)),
    ("maps.Values", |vm, g, b| iter_of(vm, g, b, ITER_MAP_VALUES)),
    ("maps.All", |vm, g, b| iter_of(vm, g, b, ITER_MAP_ALL)),
    ("maps.Clone", maps_clone),
    ("maps.Equal", maps_equal),
    ("maps.Copy", maps_copy),
    ("maps.DeleteFunc", maps_delete_func),
    ("maps.Collect", maps_collect),
    ("maps.Insert", maps_insert),
    ("iter.run", iter_run),
    ("iter.collectYield", collect_yield),
    ("iter.collectYield2", collect_yield2),
];

const ITER_SLICE_VALUES: u64 = 0;
const ITER_SLICE_ALL: u64 = 1;
const ITER_MAP_KEYS: u64 = 2;
const ITER_MAP_VALUES: u64 = 3;
const ITER_MAP_ALL: u64 = 4;

/// A Go closure over `iter.Seq` with captures (kind, source, runtime type).
fn new_iter(vm: &Vm, kind: u64, src: u64, ty: u64) -> u64 {
    let c = heap::alloc(5);
    heap::store(c, vm.prog().well_known.iter_func.0 as u64);
    heap::store(c + 8, 3);
    heap::store(c + 16, kind);
    heap::store(c + 24, src);
    heap::store(c + 32, ty);
    c
}

/// `slices.Values(s)`, `maps.Keys(m)`...: an iterator of `kind` over argument 0 (argument 1 is
/// the hidden runtime type).
fn iter_of(vm: &mut Vm, g: &mut G, b: usize, kind: u64) -> R {
    let it = new_iter(vm, kind, arg(g, b, 0), arg(g, b, 1));
    ret(g, b, 0, it)
}

/// The body of `iter.Seq`: calls `yield` (argument 0) for each element until it returns false.
fn iter_run(vm: &mut Vm, g: &mut G, b: usize) -> R {
    let c = g.frames.last().map_or(0, |f| f.closure);
    if c == 0 {
        return Ok(());
    }
    let (kind, src, ty) = (heap::load(c + 16), heap::load(c + 24), heap::load(c + 32));
    let yield_f = arg(g, b, 0);
    let p = vm.prog();
    if matches!(kind, ITER_SLICE_VALUES | ITER_SLICE_ALL) {
        // Elements are read as they are reached (the loop body may change later ones).
        let s = slice_arg(p, src, ty);
        for i in 0..s.len {
            let v = s.get(p, i);
            let it: &[u64] = if kind == ITER_SLICE_ALL {
                &[i as u64, v]
            } else {
                &[v]
            };
            let r = vm.call_closure(g, yield_f, it)?;
            if r.first().copied().unwrap_or(0) == 0 {
                break;
            }
        }
        return Ok(());
    }
    let entries = map::entries(src);
    // The loop body may delete entries of the snapshot: keep their keys alive for the lookups.
    g.keep.extend(entries.iter().map(|&(k, _)| k));
    for (k, _) in entries {
        // As Go's range: an entry deleted before it is reached is not produced, and the value
        // is the current one.
        let Some(v) = map::get(p, src, k).map_err(NativeErr::Panic)? else {
            continue;
        };
        let it: &[u64] = match kind {
            ITER_MAP_KEYS => &[k],
            ITER_MAP_VALUES => &[v],
            _ => &[k, v],
        };
        let r = vm.call_closure(g, yield_f, it)?;
        if r.first().copied().unwrap_or(0) == 0 {
            break;
        }
    }
    Ok(())
}

/// The body of the collecting `yield`: appends its argument to the buffer it captures.
fn collect_yield(_vm: &mut Vm, g: &mut G, b: usize) -> R {
    let c = g.frames.last().map_or(0, |f| f.closure);
    if c != 0 {
        // The capture is the buffer `collect` made with `heap::new_vec_buf`.
        let buf = heap::load(c + 16);
        if let Some(v) = crate::heap::vec_buf(buf) {
            v.0.lock().push(arg(g, b, 0));
        }
    }
    ret(g, b, 0, 1)
}

/// Runs iterator `seq` to the end and returns the values it yielded.
fn collect(vm: &mut Vm, g: &mut G, seq: u64) -> Result<Vec<u64>, NativeErr> {
    let buf = crate::heap::new_vec_buf();
    let y = heap::alloc(3);
    heap::store(y, vm.prog().well_known.collect_yield_func.0 as u64);
    heap::store(y + 8, 1);
    heap::store(y + 16, buf);
    vm.call_closure(g, seq, &[y])?;
    Ok(crate::heap::vec_buf(buf)
        .map(|v| std::mem::take(&mut *v.0.lock()))
        .unwrap_or_default())
}

fn build_slice(p: &Program, ty: u64, vals: &[u64]) -> u64 {
    let s = slice_arg(p, 0, ty);
    let out = heap::new_slice(s.ew, vals.len(), vals.len(), heap::LAYOUT_ANY);
    let d = heap::slice_parts(out).0;
    // Aggregates come as box addresses (a one-word struct too), anything else as the word.
    let boxed = p.rtypes[s.elem.0 as usize].is_aggregate();
    for (i, v) in vals.iter().enumerate() {
        if boxed {
            heap::copy_words(d + (i * s.ew) as u64 * 8, *v, s.ew);
        } else {
            heap::store(d + i as u64 * 8, *v);
        }
    }
    out
}

fn slices_sorted(vm: &mut Vm, g: &mut G, b: usize) -> R {
    let (seq, rty) = (arg(g, b, 0), arg(g, b, 2));
    let mut vals = collect(vm, g, seq)?;
    let p = vm.prog();
    let elem = slice_arg(p, 0, rty).elem;
    vals.sort_by(|x, y| ordered(p, elem, *x, *y));
    let out = build_slice(p, rty, &vals);
    ret(g, b, 0, out)
}

fn slices_collect(vm: &mut Vm, g: &mut G, b: usize) -> R {
    let (seq, rty) = (arg(g, b, 0), arg(g, b, 2));
    let vals = collect(vm, g, seq)?;
    let out = if vals.is_empty() {
        0
    } else {
        build_slice(vm.prog(), rty, &vals)
    };
    ret(g, b, 0, out)
}

fn maps_clone(vm: &mut Vm, g: &mut G, b: usize) -> R {
    let m = arg(g, b, 0);
    if m == 0 {
        return ret(g, b, 0, 0);
    }
    let src = map::map_ref(m);
    let out = map::new_map(vm.prog(), src.key_ty, src.val_ty);
    for (k, v) in map::entries(m) {
        map::set(vm.prog(), out, k, v).map_err(NativeErr::Panic)?;
    }
    ret(g, b, 0, out)
}

fn maps_equal(vm: &mut Vm, g: &mut G, b: usize) -> R {
    let (m1, m2) = (arg(g, b, 0), arg(g, b, 1));
    let p = vm.prog();
    if map::len(m1) != map::len(m2) {
        return ret(g, b, 0, 0);
    }
    for (k, v) in map::entries(m1) {
        let vt = map::map_ref(m1).val_ty;
        match map::get(p, m2, k).map_err(NativeErr::Panic)? {
            Some(w) if eq::eq_val(p, vt, v, w).map_err(NativeErr::Panic)? => {}
            _ => return ret(g, b, 0, 0),
        }
    }
    ret(g, b, 0, 1)
}

fn maps_copy(vm: &mut Vm, _g: &mut G, b: usize) -> R {
    let (dst, src) = (arg(_g, b, 0), arg(_g, b, 1));
    let entries = map::entries(src);
    if !entries.is_empty() && dst == 0 {
        return Err(NativeErr::Panic(Fault::plain(
            "assignment to entry in nil map",
        )));
    }
    for (k, v) in entries {
        map::set(vm.prog(), dst, k, v).map_err(NativeErr::Panic)?;
    }
    Ok(())
}

fn maps_delete_func(vm: &mut Vm, g: &mut G, b: usize) -> R {
    let (m, f) = (arg(g, b, 0), arg(g, b, 1));
    let entries = map::entries(m);
    // The predicate may delete other entries: keep the snapshot's keys alive for the lookups.
    g.keep.extend(entries.iter().map(|&(k, _)| k));
    for (k, _) in entries {
        // An entry the predicate deleted before it is reached is not visited (Go's range).
        let Some(v) = map::get(vm.prog(), m, k).map_err(NativeErr::Panic)? else {
            continue;
        };
        if pred_call(vm, g, f, &[k, v])? {
            map::delete(vm.prog(), m, k).map_err(NativeErr::Panic)?;
        }
    }
    Ok(())
}

/// Runs a two-value iterator (`iter.Seq2`) and returns its (key, value) pairs.
fn collect2(vm: &mut Vm, g: &mut G, seq: u64) -> Result<Vec<(u64, u64)>, NativeErr> {
    let flat = {
        let buf = crate::heap::new_vec_buf();
        let y = heap::alloc(3);
        heap::store(y, vm.prog().well_known.collect_yield2_func.0 as u64);
        heap::store(y + 8, 1);
        heap::store(y + 16, buf);
        vm.call_closure(g, seq, &[y])?;
        crate::heap::vec_buf(buf)
            .map(|v| std::mem::take(&mut *v.0.lock()))
            .unwrap_or_default()
    };
    Ok(flat
        .chunks(2)
        .filter(|c| c.len() == 2)
        .map(|c| (c[0], c[1]))
        .collect())
}

fn maps_collect(vm: &mut Vm, g: &mut G, b: usize) -> R {
    let (seq, mty) = (arg(g, b, 0), arg(g, b, 2));
    let pairs = collect2(vm, g, seq)?;
    let RtKind::Map { key, value } = vm.prog().rtypes[mty as usize].kind else {
        return ret(g, b, 0, 0);
    };
    let m = map::new_map(vm.prog(), key, value);
    for (k, v) in pairs {
        map::set(vm.prog(), m, k, v).map_err(NativeErr::Panic)?;
    }
    ret(g, b, 0, m)
}

fn maps_insert(vm: &mut Vm, g: &mut G, b: usize) -> R {
    let (m, seq) = (arg(g, b, 0), arg(g, b, 1));
    let pairs = collect2(vm, g, seq)?;
    if !pairs.is_empty() && m == 0 {
        return Err(NativeErr::Panic(Fault::plain(
            "assignment to entry in nil map",
        )));
    }
    for (k, v) in pairs {
        map::set(vm.prog(), m, k, v).map_err(NativeErr::Panic)?;
    }
    Ok(())
}

/// The body of the two-value collecting `yield`: appends both arguments.
fn collect_yield2(_vm: &mut Vm, g: &mut G, b: usize) -> R {
    let c = g.frames.last().map_or(0, |f| f.closure);
    if c != 0 {
        let buf = heap::load(c + 16);
        if let Some(v) = crate::heap::vec_buf(buf) {
            let mut v = v.0.lock();
            v.push(arg(g, b, 0));
            v.push(arg(g, b, 1));
        }
    }
    ret(g, b, 0, 1)
}
