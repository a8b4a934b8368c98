//! The dispatch loop's slow paths and value helpers: integer truncation and float conversion
//! with Go's rules, runtime-error messages (index, type assertion), interface checks, and the
//! larger instructions kept out of the loop's body (make, map reads, assertions).

use super::{map, Vm, G};
use crate::compile::opcode::{IntKind, Reg, RtTypeId};
use crate::compile::program::RtKind;
use crate::heap;
use crate::vm::Fault;

/// The method name part of a method symbol (`Error:func() string` → `Error`).
pub(super) fn method_name(sym: &str) -> &str {
    sym.split(':').next().unwrap_or(sym)
}

#[inline]
pub(super) fn f(w: u64) -> f64 {
    f64::from_bits(w)
}

pub(super) fn unreachable_kind(t: u32) -> ! {
    eprintln!("gorun: internal error: runtime type {t} has the wrong kind");
    std::process::exit(70)
}

#[inline]
pub(super) fn trunc(v: u64, k: IntKind) -> u64 {
    match k {
        IntKind::I8 => v as i8 as i64 as u64,
        IntKind::I16 => v as i16 as i64 as u64,
        IntKind::I32 => v as i32 as i64 as u64,
        IntKind::U8 => v as u8 as u64,
        IntKind::U16 => v as u16 as u64,
        IntKind::U32 => v as u32 as u64,
    }
}

pub(super) fn f_to_i(x: f64) -> u64 {
    if x.is_nan() || !(-9.223_372_036_854_776e18..9.223_372_036_854_776e18).contains(&x) {
        0x8000_0000_0000_0000
    } else {
        x as i64 as u64
    }
}

pub(super) fn f_to_u(x: f64) -> u64 {
    if x < 0.0 {
        x as i64 as u64
    } else if x.is_nan() || x >= 1.8446744073709552e19 {
        0x8000_0000_0000_0000
    } else {
        x as u64
    }
}

impl Vm<'_> {
    pub(super) fn nil_panic_value(&mut self) -> u64 {
        let s = heap::alloc_str(b"runtime error: panic called with nil argument");
        let b = heap::alloc(2);
        heap::store(b, self.prog().well_known.rt_panic_nil_error.0 as u64);
        heap::store(b + 8, s);
        b
    }

    /// The first method of interface type `ty` that the dynamic type of `v` lacks.
    pub(super) fn missing_method(&self, v: u64, ty: u32) -> Option<String> {
        if v == 0 {
            return None;
        }
        let RtKind::Interface(syms) = &self.prog().rtypes[ty as usize].kind else {
            return None;
        };
        let dt = &self.prog().rtypes[heap::load(v) as usize];
        syms.iter()
            .find(|s| dt.method(**s).is_none())
            .map(|s| method_name(&self.prog().symbols[*s as usize]).to_string())
    }

    /// Go's message for a failed type assertion.
    pub(super) fn assert_msg(
        &self,
        v: u64,
        ty: u32,
        missing: Option<String>,
        iface: u16,
    ) -> String {
        let want = &self.prog().rtypes[ty as usize].name;
        let from = self
            .prog()
            .rtypes
            .get(iface as usize)
            .map_or("interface {}", |t| t.name.as_str());
        if v == 0 {
            // Go names the operand's static type, except when asserting to an interface.
            let to_iface = matches!(self.prog().rtypes[ty as usize].kind, RtKind::Interface(_));
            let what = if to_iface { "interface" } else { from };
            return format!("interface conversion: {what} is nil, not {want}");
        }
        let have = &self.prog().rtypes[heap::load(v) as usize].name;
        match missing {
            Some(m) => format!("interface conversion: {have} is not {want}: missing method {m}"),
            // Two types of one name declared in different scopes (Go's clearer message; a
            // program is one package, so they cannot come from different packages).
            None if have == want => format!(
                "interface conversion: {from} is {have}, not {want} (types from different scopes)"
            ),
            None => format!("interface conversion: {from} is {have}, not {want}"),
        }
    }
}

/// The larger instructions of the dispatch loop, out of line (each writes its results into the
/// frame at `base` and returns Go's panic message on failure; the loop throws it).
impl Vm<'_> {
    /// `make([]T, len, cap)` with `len` and `cap` in registers `a`, `a + 1`.
    #[inline(always)]
    pub(super) fn make_slice(&self, g: &mut G, base: usize, op: (Reg, Reg, u16, u16)) -> R {
        let (dst, a, ew, layout) = op;
        let a = base + a.0 as usize;
        let (len, cap) = (g.regs[a] as i64, g.regs[a + 1] as i64);
        if !(0..=(1 << 40)).contains(&len) {
            return Err(Fault::runtime("runtime error: makeslice: len out of range"));
        }
        if cap < len || cap > (1 << 40) {
            return Err(Fault::runtime("runtime error: makeslice: cap out of range"));
        }
        let layout = self.prog().layouts[layout as usize];
        g.regs[base + dst.0 as usize] =
            heap::new_slice(ew as usize, len as usize, cap as usize, layout);
        Ok(())
    }

    /// `v := m[k]` (and `v, ok := m[k]`): a missing key gives the value type's zero.
    #[inline(always)]
    pub(super) fn map_get(
        &self,
        g: &mut G,
        base: usize,
        (dst, m, k, ty, comma_ok): (Reg, Reg, Reg, RtTypeId, bool),
    ) -> R {
        let p = self.prog();
        let got = map::get(p, g.regs[base + m.0 as usize], g.regs[base + k.0 as usize])?;
        let RtKind::Map { value, .. } = p.rtypes[ty.0 as usize].kind else {
            unreachable_kind(ty.0)
        };
        let vt = &p.rtypes[value.0 as usize];
        let d = base + dst.0 as usize;
        g.regs[d] = match got {
            Some(v) => v,
            None if vt.is_aggregate() => heap::alloc(vt.words as usize),
            None => 0,
        };
        if comma_ok {
            g.regs[d + 1] = got.is_some() as u64;
        }
        Ok(())
    }

    /// One step of `range` over a map: `ok, k, v` into `dst ..= dst + 2`.
    #[inline(always)]
    pub(super) fn map_next(g: &mut G, base: usize, dst: Reg, it: Reg) {
        let d = base + dst.0 as usize;
        match map::next(g.regs[base + it.0 as usize]) {
            Some((k, v)) => {
                g.regs[d] = 1;
                g.regs[d + 1] = k;
                g.regs[d + 2] = v;
            }
            None => g.regs[d] = 0,
        }
    }

    /// `[N]T(s)` (a copy) or `(*[N]T)(s)` (`ptr`: the slice's own array).
    #[inline(always)]
    pub(super) fn slice_to_array(
        g: &mut G,
        base: usize,
        (dst, src, len, ew, ptr): (Reg, Reg, u32, u16, bool),
    ) -> R {
        let (data, l, _) = heap::slice_parts(g.regs[base + src.0 as usize]);
        if l < len as usize {
            return Err(Fault::Bounds(format!("runtime error: cannot convert slice with length {l} to array or pointer to array with length {len}")));
        }
        g.regs[base + dst.0 as usize] = if ptr {
            data
        } else {
            heap::clone_words(data.max(8), len as usize * ew as usize)
        };
        Ok(())
    }

    /// `x.(T)` for a concrete `T` (and the comma-ok form).
    #[inline(always)]
    pub(super) fn assert_type(
        &self,
        g: &mut G,
        base: usize,
        (dst, src, ty, comma_ok, iface): (Reg, Reg, RtTypeId, bool, u16),
    ) -> R {
        let v = g.regs[base + src.0 as usize];
        let ok = v != 0 && heap::load(v) == ty.0 as u64;
        let d = base + dst.0 as usize;
        if ok {
            g.regs[d] = heap::load(v + 8);
        } else if comma_ok {
            let t = &self.prog().rtypes[ty.0 as usize];
            g.regs[d] = if t.is_aggregate() {
                heap::alloc(t.words as usize)
            } else {
                0
            };
        } else {
            return Err(Fault::TypeAssertion(self.assert_msg(v, ty.0, None, iface)));
        }
        if comma_ok {
            g.regs[d + 1] = ok as u64;
        }
        Ok(())
    }

    /// `x.(I)` for an interface `I` (and the comma-ok form).
    #[inline(always)]
    pub(super) fn assert_iface(
        &self,
        g: &mut G,
        base: usize,
        (dst, src, ty, comma_ok): (Reg, Reg, RtTypeId, bool),
    ) -> R {
        let v = g.regs[base + src.0 as usize];
        let missing = self.missing_method(v, ty.0);
        let ok = v != 0 && missing.is_none();
        let d = base + dst.0 as usize;
        if ok {
            g.regs[d] = v;
        } else if comma_ok {
            g.regs[d] = 0;
        } else {
            return Err(Fault::TypeAssertion(self.assert_msg(
                v,
                ty.0,
                missing,
                u16::MAX,
            )));
        }
        if comma_ok {
            g.regs[d + 1] = ok as u64;
        }
        Ok(())
    }
}

/// The result of an out-of-line instruction: a Go panic message on failure.
type R = Result<(), Fault>;
