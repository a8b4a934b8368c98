//! The dispatch loop's slow paths and value helpers: integer truncation and float conversion
//! with Go's rules, runtime-error messages (index, type assertion), and interface checks.

use super::Vm;
use crate::compile::opcode::IntKind;
use crate::compile::program::RtKind;
use crate::heap;

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

pub fn index_msg(i: u64, len: usize) -> String {
    if (i as i64) < 0 {
        return format!("runtime error: index out of range [{}]", i as i64);
    }
    format!(
        "runtime error: index out of range [{}] with length {}",
        i as i64, len
    )
}

impl Vm<'_> {
    pub(super) fn nil_panic_value(&mut self) -> u64 {
        let s = heap::alloc_str(b"runtime error: panic called with nil argument");
        let b = heap::alloc(2);
        heap::store(b, self.prog.well_known.rt_panic_nil_error.0 as u64);
        heap::store(b + 8, s);
        b
    }

    /// The first method of interface type `ty` that the dynamic type of `v` lacks.
    pub(super) fn missing_method(&self, v: u64, ty: u32) -> Option<String> {
        if v == 0 {
            return None;
        }
        let RtKind::Interface(syms) = &self.prog.rtypes[ty as usize].kind else {
            return None;
        };
        let dt = &self.prog.rtypes[heap::load(v) as usize];
        syms.iter()
            .find(|s| dt.method(**s).is_none())
            .map(|s| method_name(&self.prog.symbols[*s as usize]).to_string())
    }

    /// Go's message for a failed type assertion.
    pub(super) fn assert_msg(
        &self,
        v: u64,
        ty: u32,
        missing: Option<String>,
        iface: u16,
    ) -> String {
        let want = &self.prog.rtypes[ty as usize].name;
        if v == 0 {
            return format!("interface conversion: interface is nil, not {want}");
        }
        let have = &self.prog.rtypes[heap::load(v) as usize].name;
        let from = self
            .prog
            .rtypes
            .get(iface as usize)
            .map_or("interface {}", |t| t.name.as_str());
        match missing {
            Some(m) => format!("interface conversion: {have} is not {want}: missing method {m}"),
            None => format!("interface conversion: {from} is {have}, not {want}"),
        }
    }
}
