//! Slices and strings at run time: slice expressions with Go's bounds messages, `append` with
//! Go's growth rule (so `cap` prints what Go prints), `copy`, variadic packing, and the
//! string/byte/rune conversions.
//!
//! Invariant: a slice header is never mutated; growing allocates a new backing array and header.

use super::fault;
use crate::compile::opcode::{SliceOf, ESIZE_BYTES, ESIZE_MIN32, ESIZE_POINTERS};
use crate::heap;
use crate::vm::Fault;

pub fn rune_to_str(r: u64) -> u64 {
    let c = u32::try_from(r as i64)
        .ok()
        .and_then(char::from_u32)
        .unwrap_or('\u{FFFD}');
    let mut buf = [0u8; 4];
    heap::alloc_str(c.encode_utf8(&mut buf).as_bytes())
}

pub fn str_to_bytes(s: u64) -> u64 {
    let b = heap::str_bytes(s);
    let cap = if b.is_empty() { 0 } else { round_size(b.len()) };
    let out = heap::new_slice(1, b.len(), cap, heap::LAYOUT_NONE);
    let data = heap::slice_parts(out).0;
    for (i, &x) in b.iter().enumerate() {
        heap::store(data + i as u64 * 8, x as u64);
    }
    out
}

/// The bytes of a `[]byte` value.
pub fn slice_bytes(s: u64) -> Vec<u8> {
    let (data, len, _) = heap::slice_parts(s);
    (0..len as u64)
        .map(|i| heap::load(data + i * 8) as u8)
        .collect()
}

pub fn bytes_to_str(s: u64) -> u64 {
    heap::alloc_str(&slice_bytes(s))
}

pub fn str_to_runes(s: u64) -> u64 {
    let runes: Vec<u32> = super::utf8::runes_of(heap::str_bytes(s));
    let out = heap::new_slice(1, runes.len(), runes.len(), heap::LAYOUT_NONE);
    let data = heap::slice_parts(out).0;
    for (i, r) in runes.iter().enumerate() {
        heap::store(data + i as u64 * 8, *r as u64);
    }
    out
}

pub fn runes_to_str(s: u64) -> u64 {
    let (data, len, _) = heap::slice_parts(s);
    let mut out = String::new();
    for i in 0..len as u64 {
        let r = heap::load(data + i * 8) as i64;
        out.push(
            u32::try_from(r)
                .ok()
                .and_then(char::from_u32)
                .unwrap_or('\u{FFFD}'),
        );
    }
    heap::alloc_str(out.as_bytes())
}

pub fn slice_expr(
    x: u64,
    lo: Option<u64>,
    hi: Option<u64>,
    max: Option<u64>,
    of: SliceOf,
    arr_len: usize,
) -> Result<u64, Fault> {
    let (data, len, cap, ew) = match of {
        SliceOf::String => (x, heap::str_len(x), heap::str_len(x), 1),
        SliceOf::Slice { ew } => {
            let (d, l, c) = heap::slice_parts(x);
            (d, l, c, ew as usize)
        }
        SliceOf::Array { ew } => {
            if x == 0 {
                return Err(fault::nil_deref());
            }
            (x, arr_len, arr_len, ew as usize)
        }
    };
    let lo = lo.unwrap_or(0);
    let is_str = matches!(of, SliceOf::String);
    let hi_v = hi.unwrap_or(len as u64);
    let max_v = max.unwrap_or(cap as u64);
    if let Some(m) = max {
        if m > cap as u64 {
            return Err(Fault::Bounds(format!(
                "runtime error: slice bounds out of range [::{}] with capacity {}",
                m as i64, cap
            )));
        }
    }
    let bound = if is_str { len } else { max_v as usize };
    if hi_v > bound as u64 {
        let what = if is_str || matches!(of, SliceOf::Array { .. }) && max.is_none() {
            "length"
        } else {
            "capacity"
        };
        let what = if is_str { "length" } else { what };
        return Err(Fault::Bounds(if max.is_some() {
            format!(
                "runtime error: slice bounds out of range [:{}:{}]",
                hi_v as i64, max_v
            )
        } else {
            format!(
                "runtime error: slice bounds out of range [:{}] with {} {}",
                hi_v as i64, what, bound
            )
        }));
    }
    if lo > hi_v {
        return Err(Fault::Bounds(format!(
            "runtime error: slice bounds out of range [{}:{}]",
            lo as i64, hi_v
        )));
    }
    let (lo, hi_v, max_v) = (lo as usize, hi_v as usize, max_v as usize);
    if x == 0 && matches!(of, SliceOf::Slice { .. }) {
        // Slicing a nil slice gives a nil slice.
        return Ok(0);
    }
    Ok(match of {
        SliceOf::String => heap::substr(x, lo, hi_v),
        _ => heap::slice_header(data + (lo * ew) as u64 * 8, hi_v - lo, max_v - lo),
    })
}

/// Go's `growslice` capacity rule (`nextslicecap`, then rounding the allocation up to a size
/// class, with at least 32 bytes), in elements of `esize` bytes.
/// `esize` carries Go's element size in bytes; bit 15 marks element types holding pointers, whose
/// large allocations carry an 8-byte malloc header; bit 14 asks for Go's 32-byte minimum of a
/// single-element append.
pub fn grow_cap(old: usize, needed: usize, esize: usize) -> usize {
    let pointers = esize & ESIZE_POINTERS as usize != 0;
    let min32 = esize & ESIZE_MIN32 as usize != 0;
    let esize = esize & ESIZE_BYTES as usize;
    let double = old * 2;
    let mut cap = if needed > double {
        needed
    } else if old < 256 {
        double
    } else {
        let mut c = old;
        while c < needed {
            c += (c + 3 * 256) >> 2;
        }
        c
    };
    if esize == 0 {
        return cap.max(needed);
    }
    if min32 {
        cap = cap.max(32 / esize);
    }
    let bytes = cap.saturating_mul(esize);
    let rounded = if pointers && bytes > 512 {
        round_size(bytes + 8) - 8
    } else {
        round_size(bytes)
    };
    (rounded / esize).max(needed)
}

/// Go's allocator size classes (runtime/sizeclasses.go); larger sizes round up to 8 KiB pages.
pub fn round_size(bytes: usize) -> usize {
    const CLASSES: [usize; 67] = [
        8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320,
        352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792,
        2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472,
        9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264,
        28672, 32768,
    ];
    match CLASSES.iter().find(|&&c| c >= bytes) {
        Some(&c) => c,
        None => bytes.div_ceil(8192) * 8192,
    }
}

pub fn ensure_room(s: u64, extra: usize, ew: usize, esize: usize) -> (u64, usize) {
    let (data, len, cap) = heap::slice_parts(s);
    let needed = len + extra;
    if needed <= cap {
        return (heap::slice_header(data, needed, cap), len);
    }
    let new_cap = grow_cap(cap, needed, esize);
    // Bit 15 of `esize` marks elements holding references (see `grow_cap`).
    let nd = if esize & ESIZE_POINTERS as usize != 0 {
        heap::alloc(new_cap * ew)
    } else {
        heap::alloc_noscan(new_cap * ew)
    };
    if data != 0 {
        heap::copy_words(nd, data, len * ew);
    }
    (heap::slice_header(nd, needed, new_cap), len)
}

/// `Append`. Out of line, with the operands as the instruction carries them: the dispatch
/// loop's register allocation is sensitive to the code of its arms (with the `as usize`
/// conversions in the arm, loop.go ran 1.25x slower on the same bytecode).
#[inline(never)]
pub fn append_one(s: u64, v: u64, ew: u16, esize: u16) -> u64 {
    let (ew, esize) = (ew as usize, esize as usize);
    let (out, at) = ensure_room(s, 1, ew, esize);
    let data = heap::slice_parts(out).0;
    if ew == 1 {
        heap::store(data + at as u64 * 8, v);
    } else {
        heap::copy_words(data + (at * ew) as u64 * 8, v, ew);
    }
    out
}

pub fn append_slice(s: u64, t: u64, ew: usize, from_str: bool, esize: usize) -> u64 {
    if from_str {
        let b = heap::str_bytes(t);
        if b.is_empty() {
            return s;
        }
        let (out, at) = ensure_room(s, b.len(), 1, esize);
        let data = heap::slice_parts(out).0;
        for (i, &x) in b.iter().enumerate() {
            heap::store(data + (at + i) as u64 * 8, x as u64);
        }
        return out;
    }
    let (td, tl, _) = heap::slice_parts(t);
    if tl == 0 {
        return s;
    }
    let (out, at) = ensure_room(s, tl, ew, esize);
    let data = heap::slice_parts(out).0;
    heap::copy_words(data + (at * ew) as u64 * 8, td, tl * ew);
    out
}

pub fn copy_slice(a: u64, b: u64, ew: usize, from_str: bool) -> u64 {
    let (ad, al, _) = heap::slice_parts(a);
    if from_str {
        let bytes = heap::str_bytes(b);
        let n = al.min(bytes.len());
        for (i, &x) in bytes.iter().take(n).enumerate() {
            heap::store(ad + i as u64 * 8, x as u64);
        }
        return n as u64;
    }
    let (bd, bl, _) = heap::slice_parts(b);
    let n = al.min(bl);
    if n > 0 {
        heap::copy_words(ad, bd, n * ew);
    }
    n as u64
}

pub fn pack_slice(vals: &[u64], ew: usize) -> u64 {
    let s = heap::new_slice(ew, vals.len(), vals.len(), heap::LAYOUT_ANY);
    let data = heap::slice_parts(s).0;
    for (i, v) in vals.iter().enumerate() {
        if ew == 1 {
            heap::store(data + i as u64 * 8, *v);
        } else {
            heap::copy_words(data + (i * ew) as u64 * 8, *v, ew);
        }
    }
    s
}
