//! Natives of the generic packages `slices` and `maps`. The checker instantiates each call (see
//! `types/generic.rs`) and the compiler appends two hidden arguments after the real ones: the
//! runtime types of the first parameter and of the first result (0 when absent). Element values
//! arrive as plain words (aggregates as box addresses), as for any typed call.
//!
//! Iterators (`iter.Seq`) are Go closures over the native-backed `iter.Seq` function, capturing
//! (kind, source, runtime type); `slices.Sorted`/`Collect` drive them with a native `yield`.
//!
//! Invariant: natives that call back into Go (comparison functions, yields) propagate a panic or
//! exit from the callback unchanged.

use super::NativeErr;
use crate::compile::opcode::RtTypeId;
use crate::compile::program::{Program, RtKind};
use crate::heap;
use crate::vm::Fault;
use crate::vm::{eq, Vm, G};
use std::cmp::Ordering;

pub(super) type R = Result<(), NativeErr>;

pub static TABLE: &[(&str, super::NativeFn)] = &[
    ("slices.Sort", slices_sort),
    ("slices.SortFunc", slices_sort_func),
    ("slices.SortStableFunc", slices_sort_func),
    ("slices.IsSorted", slices_is_sorted),
    ("slices.Contains", slices_contains),
    ("slices.Index", slices_index),
    ("slices.IndexFunc", slices_index_func),
    ("slices.ContainsFunc", slices_contains_func),
    ("slices.Reverse", slices_reverse),
    ("slices.Max", slices_max),
    ("slices.Min", slices_min),
    ("slices.Equal", slices_equal),
    ("slices.Clone", slices_clone),
    ("slices.Insert", slices_insert),
    ("slices.Delete", slices_delete),
    ("slices.BinarySearch", slices_binary_search),
    ("slices.Compact", slices_compact),
    ("slices.DeleteFunc", slices_delete_func),
    ("slices.MaxFunc", slices_max_func),
    ("slices.MinFunc", slices_min_func),
    ("slices.Concat", slices_concat),
    ("slices.Compare", slices_compare),
    ("slices.Repeat", slices_repeat),
    ("slices.Replace", slices_replace),
    ("slices.Grow", slices_grow),
    ("slices.Clip", slices_clip),
    ("slices.CompactFunc", slices_compact_func),
    ("slices.IsSortedFunc", slices_is_sorted_func),
];

/// A slice argument: its backing words, length, the element type and its width in words.
pub(super) struct SliceArg {
    pub(super) data: u64,
    pub(super) len: usize,
    pub(super) cap: usize,
    pub(super) elem: RtTypeId,
    pub(super) ew: usize,
}

pub(super) fn slice_arg(p: &Program, s: u64, ty: u64) -> SliceArg {
    let (data, len, cap) = heap::slice_parts(s);
    let elem = match p.rtypes.get(ty as usize).map(|t| &t.kind) {
        Some(RtKind::Slice(e)) => *e,
        _ => RtTypeId(0),
    };
    let ew = p
        .rtypes
        .get(elem.0 as usize)
        .map_or(1, |t| t.words as usize);
    SliceArg {
        data,
        len,
        cap,
        elem,
        ew,
    }
}

impl SliceArg {
    /// The element `i` as a register word (aggregates: the address of its inline words).
    pub(super) fn get(&self, p: &Program, i: usize) -> u64 {
        let addr = self.data + (i * self.ew) as u64 * 8;
        if p.rtypes[self.elem.0 as usize].is_aggregate() {
            addr
        } else {
            heap::load(addr)
        }
    }

    fn words(&self, i: usize) -> Vec<u64> {
        let addr = self.data + (i * self.ew) as u64 * 8;
        (0..self.ew as u64)
            .map(|k| heap::load(addr + k * 8))
            .collect()
    }

    fn put_words(&self, i: usize, w: &[u64]) {
        let addr = self.data + (i * self.ew) as u64 * 8;
        for (k, v) in w.iter().enumerate() {
            heap::store(addr + k as u64 * 8, *v);
        }
    }
}

pub(super) fn arg(g: &G, b: usize, i: usize) -> u64 {
    g.regs[b + i]
}

pub(super) fn ret(g: &mut G, b: usize, i: usize, v: u64) -> R {
    g.regs[b + i] = v;
    Ok(())
}

/// Go's ordering for `cmp.Ordered` values (NaNs sort first, as `cmp.Compare` does).
pub(super) fn ordered(p: &Program, ty: RtTypeId, a: u64, b: u64) -> Ordering {
    if let RtKind::Float { .. } = p.rtypes[ty.0 as usize].kind {
        let (x, y) = (f64::from_bits(a), f64::from_bits(b));
        return match (x.is_nan(), y.is_nan()) {
            (true, true) => Ordering::Equal,
            (true, false) => Ordering::Less,
            (false, true) => Ordering::Greater,
            _ => x.partial_cmp(&y).unwrap_or(Ordering::Equal),
        };
    }
    super::fmt::compare(p, ty, a, b)
}

/// Reorders the slice's elements to `order` (a permutation of indices).
fn permute(s: &SliceArg, order: &[usize]) {
    let saved: Vec<Vec<u64>> = (0..s.len).map(|i| s.words(i)).collect();
    for (dst, &src) in order.iter().enumerate() {
        s.put_words(dst, &saved[src]);
    }
}

fn slices_sort(vm: &mut Vm, g: &mut G, b: usize) -> R {
    let p = vm.prog();
    let s = slice_arg(p, arg(g, b, 0), arg(g, b, 1));
    let mut order: Vec<usize> = (0..s.len).collect();
    order.sort_by(|&i, &j| ordered(p, s.elem, s.get(p, i), s.get(p, j)));
    permute(&s, &order);
    Ok(())
}

/// A stable merge sort whose comparison calls back into Go (and may fail).
fn merge_sort(
    idx: &mut Vec<usize>,
    cmp: &mut dyn FnMut(usize, usize) -> Result<Ordering, NativeErr>,
) -> Result<(), NativeErr> {
    if idx.len() <= 1 {
        return Ok(());
    }
    let mut right = idx.split_off(idx.len() / 2);
    merge_sort(idx, cmp)?;
    merge_sort(&mut right, cmp)?;
    let left = std::mem::take(idx);
    let (mut i, mut j) = (0, 0);
    while i < left.len() && j < right.len() {
        if cmp(right[j], left[i])? == Ordering::Less {
            idx.push(right[j]);
            j += 1;
        } else {
            idx.push(left[i]);
            i += 1;
        }
    }
    idx.extend_from_slice(&left[i..]);
    idx.extend_from_slice(&right[j..]);
    Ok(())
}

fn slices_sort_func(vm: &mut Vm, g: &mut G, b: usize) -> R {
    let p = vm.prog();
    let s = slice_arg(p, arg(g, b, 0), arg(g, b, 2));
    let f = arg(g, b, 1);
    let mut order: Vec<usize> = (0..s.len).collect();
    let mut cmp = |i: usize, j: usize| -> Result<Ordering, NativeErr> {
        let r = vm.call_closure(g, f, &[s.get(p, i), s.get(p, j)])?;
        Ok((r.first().copied().unwrap_or(0) as i64).cmp(&0))
    };
    merge_sort(&mut order, &mut cmp)?;
    permute(&s, &order);
    Ok(())
}

fn slices_is_sorted(vm: &mut Vm, g: &mut G, b: usize) -> R {
    let p = vm.prog();
    let s = slice_arg(p, arg(g, b, 0), arg(g, b, 1));
    let sorted =
        (1..s.len).all(|i| ordered(p, s.elem, s.get(p, i), s.get(p, i - 1)) != Ordering::Less);
    ret(g, b, 0, sorted as u64)
}

fn index_of(vm: &mut Vm, g: &mut G, b: usize) -> Result<i64, NativeErr> {
    let p = vm.prog();
    let s = slice_arg(p, arg(g, b, 0), arg(g, b, 2));
    let v = arg(g, b, 1);
    for i in 0..s.len {
        if eq::eq_val(p, s.elem, s.get(p, i), v).map_err(NativeErr::Panic)? {
            return Ok(i as i64);
        }
    }
    Ok(-1)
}

fn slices_contains(vm: &mut Vm, g: &mut G, b: usize) -> R {
    let i = index_of(vm, g, b)?;
    ret(g, b, 0, (i >= 0) as u64)
}

fn slices_index(vm: &mut Vm, g: &mut G, b: usize) -> R {
    let i = index_of(vm, g, b)?;
    ret(g, b, 0, i as u64)
}

fn index_func(vm: &mut Vm, g: &mut G, b: usize) -> Result<i64, NativeErr> {
    let p = vm.prog();
    let s = slice_arg(p, arg(g, b, 0), arg(g, b, 2));
    let f = arg(g, b, 1);
    for i in 0..s.len {
        let r = vm.call_closure(g, f, &[s.get(p, i)])?;
        if r.first().copied().unwrap_or(0) != 0 {
            return Ok(i as i64);
        }
    }
    Ok(-1)
}

fn slices_index_func(vm: &mut Vm, g: &mut G, b: usize) -> R {
    let i = index_func(vm, g, b)?;
    ret(g, b, 0, i as u64)
}

fn slices_contains_func(vm: &mut Vm, g: &mut G, b: usize) -> R {
    let i = index_func(vm, g, b)?;
    ret(g, b, 0, (i >= 0) as u64)
}

fn slices_reverse(vm: &mut Vm, g: &mut G, b: usize) -> R {
    let s = slice_arg(vm.prog(), arg(g, b, 0), arg(g, b, 1));
    let order: Vec<usize> = (0..s.len).rev().collect();
    permute(&s, &order);
    Ok(())
}

fn extreme(vm: &mut Vm, g: &mut G, b: usize, want: Ordering, name: &str) -> R {
    let p = vm.prog();
    let s = slice_arg(p, arg(g, b, 0), arg(g, b, 1));
    if s.len == 0 {
        return Err(NativeErr::Panic(Fault::Str(format!(
            "slices.{name}: empty list"
        ))));
    }
    let mut best = 0;
    for i in 1..s.len {
        let (x, y) = (s.get(p, i), s.get(p, best));
        let is_nan = matches!(p.rtypes[s.elem.0 as usize].kind, RtKind::Float { .. })
            && f64::from_bits(x).is_nan();
        if is_nan || ordered(p, s.elem, x, y) == want {
            best = i;
            if is_nan {
                break;
            }
        }
    }
    let v = s.get(p, best);
    let v = if p.rtypes[s.elem.0 as usize].is_aggregate() {
        heap::clone_words(v, s.ew)
    } else {
        v
    };
    ret(g, b, 0, v)
}

fn slices_max(vm: &mut Vm, g: &mut G, b: usize) -> R {
    extreme(vm, g, b, Ordering::Greater, "Max")
}

fn slices_min(vm: &mut Vm, g: &mut G, b: usize) -> R {
    extreme(vm, g, b, Ordering::Less, "Min")
}

fn slices_equal(vm: &mut Vm, g: &mut G, b: usize) -> R {
    let p = vm.prog();
    let (x, y) = (
        slice_arg(p, arg(g, b, 0), arg(g, b, 2)),
        slice_arg(p, arg(g, b, 1), arg(g, b, 2)),
    );
    let mut same = x.len == y.len;
    for i in 0..x.len.min(y.len) {
        if !same {
            break;
        }
        same = eq::eq_val(p, x.elem, x.get(p, i), y.get(p, i)).map_err(NativeErr::Panic)?;
    }
    ret(g, b, 0, same as u64)
}

fn slices_clone(vm: &mut Vm, g: &mut G, b: usize) -> R {
    let src = arg(g, b, 0);
    if src == 0 {
        return ret(g, b, 0, 0);
    }
    let s = slice_arg(vm.prog(), src, arg(g, b, 1));
    let out = heap::new_slice(s.ew, s.len, s.len, heap::LAYOUT_ANY);
    heap::copy_words(heap::slice_parts(out).0, s.data.max(8), s.len * s.ew);
    ret(g, b, 0, out)
}

fn slices_insert(vm: &mut Vm, g: &mut G, b: usize) -> R {
    let p = vm.prog();
    let s = slice_arg(p, arg(g, b, 0), arg(g, b, 3));
    let i = arg(g, b, 1) as usize;
    let vs = slice_arg(p, arg(g, b, 2), arg(g, b, 3));
    if i > s.len {
        // Go's `_ = s[i:]` bounds check.
        let msg = if (i as i64) < 0 {
            format!("runtime error: slice bounds out of range [{}:]", i as i64)
        } else {
            format!("runtime error: slice bounds out of range [{i}:{}]", s.len)
        };
        return Err(NativeErr::Panic(Fault::Bounds(msg)));
    }
    let n = s.len + vs.len;
    let cap = if n <= s.cap { s.cap } else { n.max(s.cap * 2) };
    let out = heap::new_slice(s.ew, n, cap, heap::LAYOUT_ANY);
    let d = heap::slice_parts(out).0;
    let w = s.ew as u64 * 8;
    if i > 0 {
        heap::copy_words(d, s.data, i * s.ew);
    }
    if vs.len > 0 {
        heap::copy_words(d + i as u64 * w, vs.data, vs.len * s.ew);
    }
    if s.len > i {
        heap::copy_words(
            d + (i + vs.len) as u64 * w,
            s.data + i as u64 * w,
            (s.len - i) * s.ew,
        );
    }
    ret(g, b, 0, out)
}

fn slices_delete(vm: &mut Vm, g: &mut G, b: usize) -> R {
    let p = vm.prog();
    let src = arg(g, b, 0);
    let s = slice_arg(p, src, arg(g, b, 3));
    let (i, j) = (arg(g, b, 1) as usize, arg(g, b, 2) as usize);
    if i > j || j > s.len {
        return Err(NativeErr::Panic(Fault::bounds(format!(
            "runtime error: slice bounds out of range [{i}:{j}]"
        ))));
    }
    let w = s.ew as u64 * 8;
    heap::copy_words(
        s.data.max(8) + i as u64 * w,
        s.data.max(8) + j as u64 * w,
        (s.len - j) * s.ew,
    );
    let new_len = s.len - (j - i);
    // Go 1.22+ zeroes the elements past the new length.
    heap::zero_words(s.data.max(8) + new_len as u64 * w, (j - i) * s.ew);
    ret(
        g,
        b,
        0,
        if src == 0 {
            0
        } else {
            heap::slice_header(s.data, new_len, s.cap)
        },
    )
}

fn slices_binary_search(vm: &mut Vm, g: &mut G, b: usize) -> R {
    let p = vm.prog();
    let s = slice_arg(p, arg(g, b, 0), arg(g, b, 2));
    let t = arg(g, b, 1);
    let (mut lo, mut hi) = (0usize, s.len);
    while lo < hi {
        let mid = (lo + hi) / 2;
        if ordered(p, s.elem, s.get(p, mid), t) == Ordering::Less {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    let found = lo < s.len && ordered(p, s.elem, s.get(p, lo), t) == Ordering::Equal;
    g.regs[b + 1] = found as u64;
    ret(g, b, 0, lo as u64)
}

fn slices_compact(vm: &mut Vm, g: &mut G, b: usize) -> R {
    let p = vm.prog();
    let src = arg(g, b, 0);
    let s = slice_arg(p, src, arg(g, b, 1));
    if s.len < 2 {
        return ret(g, b, 0, src);
    }
    let mut w = 1;
    for r in 1..s.len {
        if !eq::eq_val(p, s.elem, s.get(p, r), s.get(p, w - 1)).map_err(NativeErr::Panic)? {
            let words = s.words(r);
            s.put_words(w, &words);
            w += 1;
        }
    }
    heap::zero_words(s.data + (w * s.ew) as u64 * 8, (s.len - w) * s.ew);
    ret(g, b, 0, heap::slice_header(s.data, w, s.cap))
}

// ---- the Func variants and the rest of slices/maps ----

/// Calls a Go `func(E, E) int` comparison.
fn cmp_call(vm: &mut Vm, g: &mut G, f: u64, a: u64, b: u64) -> Result<Ordering, NativeErr> {
    let r = vm.call_closure(g, f, &[a, b])?;
    Ok((r.first().copied().unwrap_or(0) as i64).cmp(&0))
}

/// Calls a Go predicate.
pub(super) fn pred_call(vm: &mut Vm, g: &mut G, f: u64, args: &[u64]) -> Result<bool, NativeErr> {
    Ok(vm.call_closure(g, f, args)?.first().copied().unwrap_or(0) != 0)
}

fn slices_delete_func(vm: &mut Vm, g: &mut G, b: usize) -> R {
    let p = vm.prog();
    let src = arg(g, b, 0);
    let s = slice_arg(p, src, arg(g, b, 2));
    let f = arg(g, b, 1);
    let mut w = 0;
    for r in 0..s.len {
        if !pred_call(vm, g, f, &[s.get(p, r)])? {
            if w != r {
                let words = s.words(r);
                s.put_words(w, &words);
            }
            w += 1;
        }
    }
    heap::zero_words(s.data.max(8) + (w * s.ew) as u64 * 8, (s.len - w) * s.ew);
    ret(
        g,
        b,
        0,
        if src == 0 {
            0
        } else {
            heap::slice_header(s.data, w, s.cap)
        },
    )
}

fn extreme_func(vm: &mut Vm, g: &mut G, b: usize, want: Ordering, name: &str) -> R {
    let p = vm.prog();
    let s = slice_arg(p, arg(g, b, 0), arg(g, b, 2));
    let f = arg(g, b, 1);
    if s.len == 0 {
        return Err(NativeErr::Panic(Fault::Str(format!(
            "slices.{name}: empty list"
        ))));
    }
    let mut best = 0;
    for i in 1..s.len {
        if cmp_call(vm, g, f, s.get(p, i), s.get(p, best))? == want {
            best = i;
        }
    }
    let v = s.get(p, best);
    let v = if p.rtypes[s.elem.0 as usize].is_aggregate() {
        heap::clone_words(v, s.ew)
    } else {
        v
    };
    ret(g, b, 0, v)
}

fn slices_max_func(vm: &mut Vm, g: &mut G, b: usize) -> R {
    extreme_func(vm, g, b, Ordering::Greater, "MaxFunc")
}

fn slices_min_func(vm: &mut Vm, g: &mut G, b: usize) -> R {
    extreme_func(vm, g, b, Ordering::Less, "MinFunc")
}

/// Copies elements `range` of `s` into a new slice with capacity `cap`, after `prefix` elements.
fn concat_parts(parts: &[&SliceArg], ew: usize) -> u64 {
    let n: usize = parts.iter().map(|s| s.len).sum();
    if n == 0 {
        return if parts.iter().all(|s| s.data == 0) {
            0
        } else {
            heap::new_slice(ew, 0, 0, heap::LAYOUT_ANY)
        };
    }
    let out = heap::new_slice(ew, n, n, heap::LAYOUT_ANY);
    let d = heap::slice_parts(out).0;
    let mut at = 0;
    for s in parts {
        if s.len > 0 {
            heap::copy_words(d + (at * ew) as u64 * 8, s.data, s.len * ew);
        }
        at += s.len;
    }
    out
}

fn slices_concat(vm: &mut Vm, g: &mut G, b: usize) -> R {
    let p = vm.prog();
    // The argument is a [][]E (variadic ...S); the first hidden type is its type.
    let outer = slice_arg(p, arg(g, b, 0), arg(g, b, 1));
    let sty = outer.elem;
    let parts: Vec<SliceArg> = (0..outer.len)
        .map(|i| slice_arg(p, outer.get(p, i), sty.0 as u64))
        .collect();
    let ew = p.rtypes.get(sty.0 as usize).map_or(1, |t| match t.kind {
        RtKind::Slice(e) => p.rtypes[e.0 as usize].words as usize,
        _ => 1,
    });
    let refs: Vec<&SliceArg> = parts.iter().collect();
    let out = if parts.is_empty() {
        0
    } else {
        concat_parts(&refs, ew)
    };
    ret(g, b, 0, out)
}

fn slices_compare(vm: &mut Vm, g: &mut G, b: usize) -> R {
    let p = vm.prog();
    let (x, y) = (
        slice_arg(p, arg(g, b, 0), arg(g, b, 2)),
        slice_arg(p, arg(g, b, 1), arg(g, b, 2)),
    );
    for i in 0..x.len.min(y.len) {
        match ordered(p, x.elem, x.get(p, i), y.get(p, i)) {
            Ordering::Equal => {}
            o => return ret(g, b, 0, o as i64 as u64),
        }
    }
    ret(g, b, 0, x.len.cmp(&y.len) as i64 as u64)
}

fn slices_repeat(vm: &mut Vm, g: &mut G, b: usize) -> R {
    let p = vm.prog();
    let s = slice_arg(p, arg(g, b, 0), arg(g, b, 2));
    let count = arg(g, b, 1) as i64;
    if count < 0 {
        return Err(NativeErr::Panic(Fault::Str("cannot be negative".into())));
    }
    let parts: Vec<&SliceArg> = (0..count).map(|_| &s).collect();
    let out = concat_parts(&parts, s.ew);
    ret(
        g,
        b,
        0,
        if out == 0 {
            heap::new_slice(s.ew, 0, 0, heap::LAYOUT_ANY)
        } else {
            out
        },
    )
}

fn slices_replace(vm: &mut Vm, g: &mut G, b: usize) -> R {
    let p = vm.prog();
    let s = slice_arg(p, arg(g, b, 0), arg(g, b, 4));
    let (i, j) = (arg(g, b, 1) as usize, arg(g, b, 2) as usize);
    let vs = slice_arg(p, arg(g, b, 3), arg(g, b, 4));
    if i > j || j > s.len {
        return Err(NativeErr::Panic(Fault::bounds(format!(
            "runtime error: slice bounds out of range [{i}:{j}]"
        ))));
    }
    let head = SliceArg {
        data: s.data,
        len: i,
        cap: i,
        elem: s.elem,
        ew: s.ew,
    };
    let tail = SliceArg {
        data: s.data + (j * s.ew) as u64 * 8,
        len: s.len - j,
        cap: s.len - j,
        elem: s.elem,
        ew: s.ew,
    };
    let out = concat_parts(&[&head, &vs, &tail], s.ew);
    ret(g, b, 0, out)
}

fn slices_grow(vm: &mut Vm, g: &mut G, b: usize) -> R {
    let p = vm.prog();
    let src = arg(g, b, 0);
    let s = slice_arg(p, src, arg(g, b, 2));
    let n = arg(g, b, 1) as i64;
    if n < 0 {
        return Err(NativeErr::Panic(Fault::Str("cannot be negative".into())));
    }
    if s.cap - s.len >= n as usize {
        return ret(g, b, 0, src);
    }
    let out = heap::new_slice(s.ew, s.len, s.len + n as usize, heap::LAYOUT_ANY);
    if s.len > 0 {
        heap::copy_words(heap::slice_parts(out).0, s.data, s.len * s.ew);
    }
    ret(g, b, 0, out)
}

fn slices_clip(vm: &mut Vm, g: &mut G, b: usize) -> R {
    let src = arg(g, b, 0);
    let s = slice_arg(vm.prog(), src, arg(g, b, 1));
    ret(
        g,
        b,
        0,
        if src == 0 {
            0
        } else {
            heap::slice_header(s.data, s.len, s.len)
        },
    )
}

fn slices_compact_func(vm: &mut Vm, g: &mut G, b: usize) -> R {
    let p = vm.prog();
    let src = arg(g, b, 0);
    let s = slice_arg(p, src, arg(g, b, 2));
    let f = arg(g, b, 1);
    if s.len < 2 {
        return ret(g, b, 0, src);
    }
    let mut w = 1;
    for r in 1..s.len {
        if !pred_call(vm, g, f, &[s.get(p, w - 1), s.get(p, r)])? {
            let words = s.words(r);
            s.put_words(w, &words);
            w += 1;
        }
    }
    heap::zero_words(s.data + (w * s.ew) as u64 * 8, (s.len - w) * s.ew);
    ret(g, b, 0, heap::slice_header(s.data, w, s.cap))
}

fn slices_is_sorted_func(vm: &mut Vm, g: &mut G, b: usize) -> R {
    let p = vm.prog();
    let s = slice_arg(p, arg(g, b, 0), arg(g, b, 2));
    let f = arg(g, b, 1);
    for i in 1..s.len {
        if cmp_call(vm, g, f, s.get(p, i), s.get(p, i - 1))? == Ordering::Less {
            return ret(g, b, 0, 0);
        }
    }
    ret(g, b, 0, 1)
}
