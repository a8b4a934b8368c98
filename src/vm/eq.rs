//! Value equality by runtime type (spec: "Comparison operators") and map keys by content.
//!
//! A value in a register is one word; for aggregates it is a box address whose words are compared
//! field by field (`eq_at`). Errors are Go's runtime-error texts.

use crate::compile::opcode::RtTypeId;
use crate::compile::program::{Program, RtKind};
use crate::heap;
use crate::vm::Fault;

/// A hashable image of a Go value.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum MapKey {
    Word(u64),
    Bytes(Vec<u8>),
    Seq(Vec<MapKey>),
    Iface(u32, Box<MapKey>),
    /// NaN keys are never equal to anything: each gets a distinct number.
    Nan(u64),
    Nil,
}

static NAN_COUNTER: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

/// The key of value `w` of type `ty`.
pub fn key_of(p: &Program, ty: RtTypeId, w: u64) -> Result<MapKey, Fault> {
    let t = &p.rtypes[ty.0 as usize];
    Ok(match &t.kind {
        RtKind::String => MapKey::Bytes(heap::str_bytes(w).to_vec()),
        RtKind::Float { .. } => float_key(f64::from_bits(w)),
        RtKind::Struct(_) | RtKind::Array { .. } => key_at(p, ty, w)?,
        RtKind::Interface(_) => {
            if w == 0 {
                MapKey::Nil
            } else {
                let dt = RtTypeId(heap::load(w) as u32);
                let dty = &p.rtypes[dt.0 as usize];
                if !dty.comparable {
                    return Err(Fault::Runtime(format!(
                        "runtime error: hash of unhashable type {}",
                        dty.name
                    )));
                }
                MapKey::Iface(dt.0, Box::new(key_of(p, dt, heap::load(w + 8))?))
            }
        }
        _ => MapKey::Word(w),
    })
}

fn float_key(f: f64) -> MapKey {
    if f.is_nan() {
        MapKey::Nan(NAN_COUNTER.fetch_add(1, std::sync::atomic::Ordering::Relaxed))
    } else if f == 0.0 {
        MapKey::Word(0)
    } else {
        MapKey::Word(f.to_bits())
    }
}

/// The key of an aggregate stored inline at `addr`.
fn key_at(p: &Program, ty: RtTypeId, addr: u64) -> Result<MapKey, Fault> {
    let t = &p.rtypes[ty.0 as usize];
    match &t.kind {
        RtKind::Struct(fields) => {
            let mut v = Vec::with_capacity(fields.len());
            for f in fields {
                v.push(elem_key(p, f.ty, addr + f.off as u64 * 8)?);
            }
            Ok(MapKey::Seq(v))
        }
        RtKind::Array { len, elem } => {
            let ew = p.rtypes[elem.0 as usize].words as u64;
            let mut v = Vec::with_capacity(*len as usize);
            for i in 0..*len {
                v.push(elem_key(p, *elem, addr + i * ew * 8)?);
            }
            Ok(MapKey::Seq(v))
        }
        _ => key_of(p, ty, heap::load(addr)),
    }
}

fn elem_key(p: &Program, ty: RtTypeId, addr: u64) -> Result<MapKey, Fault> {
    if p.rtypes[ty.0 as usize].is_aggregate() {
        key_at(p, ty, addr)
    } else {
        key_of(p, ty, heap::load(addr))
    }
}

/// `a == b` for register values of type `ty`.
pub fn eq_val(p: &Program, ty: RtTypeId, a: u64, b: u64) -> Result<bool, Fault> {
    let t = &p.rtypes[ty.0 as usize];
    Ok(match &t.kind {
        RtKind::String => a == b || heap::str_bytes(a) == heap::str_bytes(b),
        RtKind::Float { .. } => f64::from_bits(a) == f64::from_bits(b),
        RtKind::Struct(_) | RtKind::Array { .. } => eq_at(p, ty, a, b)?,
        RtKind::Interface(_) => {
            if a == 0 || b == 0 {
                return Ok(a == b);
            }
            let (ta, tb) = (heap::load(a), heap::load(b));
            if ta != tb {
                return Ok(false);
            }
            let dty = &p.rtypes[ta as usize];
            if !dty.comparable {
                return Err(Fault::Runtime(format!(
                    "runtime error: comparing uncomparable type {}",
                    dty.name
                )));
            }
            eq_val(p, RtTypeId(ta as u32), heap::load(a + 8), heap::load(b + 8))?
        }
        _ => a == b,
    })
}

/// Equality of two aggregates stored inline at `a` and `b`.
fn eq_at(p: &Program, ty: RtTypeId, a: u64, b: u64) -> Result<bool, Fault> {
    let t = &p.rtypes[ty.0 as usize];
    match &t.kind {
        RtKind::Struct(fields) => {
            for f in fields {
                if !eq_elem(p, f.ty, a + f.off as u64 * 8, b + f.off as u64 * 8)? {
                    return Ok(false);
                }
            }
            Ok(true)
        }
        RtKind::Array { len, elem } => {
            let ew = p.rtypes[elem.0 as usize].words as u64;
            for i in 0..*len {
                if !eq_elem(p, *elem, a + i * ew * 8, b + i * ew * 8)? {
                    return Ok(false);
                }
            }
            Ok(true)
        }
        _ => eq_val(p, ty, heap::load(a), heap::load(b)),
    }
}

fn eq_elem(p: &Program, ty: RtTypeId, a: u64, b: u64) -> Result<bool, Fault> {
    if p.rtypes[ty.0 as usize].is_aggregate() {
        eq_at(p, ty, a, b)
    } else {
        eq_val(p, ty, heap::load(a), heap::load(b))
    }
}
