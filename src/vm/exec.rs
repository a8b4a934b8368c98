//! The dispatch loop (Lua's `lvm.c`): one `match` over `Op`, arms of a few lines, slow paths in
//! named helpers. Runs frames of one goroutine until the frame depth drops to `stop_depth`.
//!
//! Invariant: `pc`, `base`, `fi` and `clo` cache the top frame; `pc` is written back to the frame
//! before anything that can push or pop frames or read the trace (calls, panics, natives).

use super::fault::{self, Fault};
use super::native::{self, NativeErr};
use super::ops::*;
use super::slice::*;
use super::{map, Deferred, Flow, FrameKind, Stop, Vm, G};
use crate::compile::opcode::{
    select_cases, select_has_default, FuncId, Op, Reg, SLICE_HAS_HI, SLICE_HAS_LO, SLICE_HAS_MAX,
};
use crate::compile::program::RtKind;
use crate::heap;

/// Calls and back-edges between two safepoint polls.
pub(super) const SAFEPOINT_BUDGET: u32 = 1 << 12;

impl Vm<'_> {
    pub fn run(&mut self, g: &mut G, stop_depth: usize) -> Result<(), Stop> {
        // Re-read at every frame change: a REPL session may have installed a bigger snapshot,
        // and a value this goroutine just received may name a function only that one has.
        let mut fi;
        // `pc` points at the next instruction of `code`, the running frame's code; `fp` at the
        // frame's first register (`regs[base]`).
        let mut code: *const Op;
        let mut pc: *const Op;
        let mut base;
        let mut fp: *mut u64;
        // Points `fp` at `regs[base]` again: after a frame change, or anything that may have
        // grown (moved) the register file.
        macro_rules! refresh_fp {
            () => {
                // SAFETY: `push_frame` made `regs` hold `base + nregs` registers.
                fp = unsafe { g.regs.as_mut_ptr().add(base) }
            };
        }
        macro_rules! load_frame {
            () => {{
                let fr = g.frames.last().expect("a frame is running");
                fi = fr.func as usize;
                code = fr.code.0;
                // SAFETY: a saved pc is an index into the frame's code (see `save_pc`).
                pc = unsafe { code.add(fr.pc as usize) };
                base = fr.base();
                self.clo = fr.closure;
                refresh_fp!();
            }};
        }
        macro_rules! pc_index {
            () => {
                // SAFETY: `pc` always points into (or one past an instruction of) `code`.
                unsafe { pc.offset_from(code) as usize }
            };
        }
        // SAFETY (of every use): `compile::verify` checked that jump targets lie inside the
        // function's code.
        macro_rules! at {
            ($t:expr) => {
                unsafe { code.add($t as usize) }
            };
        }
        macro_rules! save_pc {
            () => {
                let n = g.frames.len();
                debug_assert!(n > 0, "a frame is running");
                // SAFETY: the loop runs only while a frame is on the stack (it returns when a
                // `Return` pops the last one it runs).
                unsafe { g.frames.get_unchecked_mut(n - 1) }.pc = pc_index!() as u32;
            };
        }
        macro_rules! r {
            ($x:expr) => {
                // SAFETY: `compile::verify` checked that every register operand of every
                // instruction is below the function's `nregs`, `push_frame` made
                // `regs.len() >= base + nregs` before this frame ran, and `fp` is re-derived
                // from `regs` after anything that can push a frame (and so grow `regs`).
                *unsafe { &mut *fp.add($x.0 as usize) }
            };
        }
        macro_rules! throw {
            ($msg:expr) => {{
                save_pc!();
                let f: Fault = $msg;
                if let Some(stop) = self.throw(g, f) {
                    return Err(stop);
                }
                self.continue_panic(g, stop_depth)?;
                load_frame!();
                continue;
            }};
        }
        macro_rules! check {
            ($e:expr) => {
                match $e {
                    Ok(v) => v,
                    Err(m) => throw!(m),
                }
            };
        }
        macro_rules! nil_check {
            ($a:expr) => {
                if $a == 0 {
                    throw!(fault::nil_deref());
                }
            };
        }
        // The safepoint poll (ARCHITECTURE.md §6, §8): every SAFEPOINT_BUDGET calls and back-edges the
        // loop reaches a point where every live value is in a register of a frame, described by
        // the functions' register-kind maps: the collector and the scheduler hook in here.
        // Polled only where the frame state is consistent (after a call's frame is pushed,
        // after a back-edge's jump): a preempted goroutine resumes exactly there.
        macro_rules! poll {
            () => {
                self.budget -= 1;
                if self.budget == 0 {
                    self.budget = SAFEPOINT_BUDGET;
                    save_pc!();
                    if self.safepoint(g) && g.native_depth == 0 {
                        return Err(Stop::Yield);
                    }
                }
            };
        }
        // A taken jump; a back-edge is a safepoint.
        macro_rules! jump {
            ($t:expr) => {{
                let t = at!($t);
                let back = t < pc;
                pc = t;
                if back {
                    poll!();
                }
            }};
        }
        // After an instruction that may allocate much (a large slice, a long string): a
        // requested collection brings the next poll forward, since a loop may allocate a lot
        // in few iterations. (Checked here rather than at every back-edge, which is hotter.)
        macro_rules! allocated {
            () => {
                if heap::gc::should_stop() {
                    self.budget = 1;
                }
            };
        }
        // The new frame's fields are known here: set the cached ones directly rather than
        // reading them back from the frame just pushed.
        macro_rules! call {
            ($f:expr, $newbase:expr, $closure:expr) => {{
                save_pc!();
                let (f, nb, c): (FuncId, usize, u64) = ($f, $newbase, $closure);
                let Some(callee) = self.push_frame(g, f, nb, c, FrameKind::Normal) else {
                    return Err(self.stack_overflow(g));
                };
                fi = f.0 as usize;
                code = callee.as_ptr();
                pc = code;
                base = nb;
                self.clo = c;
                refresh_fp!();
                poll!();
            }};
        }
        // A host operation that may block: on `Flow::Park` the goroutine parks (the loop
        // returns, or the coroutine suspends beneath a native callback) and continues after
        // the instruction when woken.
        macro_rules! blocking {
            ($e:expr) => {{
                save_pc!();
                self.pin_if_nested(g, true);
                match $e {
                    Ok(Flow::Done) => {
                        self.pin_if_nested(g, false);
                        refresh_fp!();
                    }
                    Ok(Flow::Park) => match self.park(g)? {
                        None => load_frame!(),
                        Some(m) => throw!(m),
                    },
                    Err(m) => throw!(m),
                }
            }};
        }
        load_frame!();
        loop {
            // SAFETY: `compile::verify` checked that jump targets are inside the code and that
            // the last instruction cannot fall through, so `pc` is always a valid index here.
            let op: &Op = unsafe { &*pc };
            pc = unsafe { pc.add(1) };
            match *op {
                Op::Nop => {}
                Op::Move { dst, src } => r!(dst) = r!(src),
                Op::LoadInt { dst, imm } => r!(dst) = imm as i64 as u64,
                Op::LoadConst { dst, k } => {
                    r!(dst) = self.consts[k as usize].load(std::sync::atomic::Ordering::Relaxed)
                }
                Op::LoadGlobal { dst, g: gi } => r!(dst) = heap::load(self.globals + gi as u64 * 8),
                Op::StoreGlobal { g: gi, src } => {
                    heap::store(self.globals + gi as u64 * 8, r!(src))
                }
                Op::AddrGlobal { dst, g: gi } => r!(dst) = self.globals + gi as u64 * 8,
                Op::LoadFunc { dst, f } => r!(dst) = self.func_closure(f),

                Op::AddI { dst, a, b } => r!(dst) = r!(a).wrapping_add(r!(b)),
                Op::AddImm { dst, a, imm } => r!(dst) = r!(a).wrapping_add(imm as i64 as u64),
                Op::MulImm { dst, a, imm } => r!(dst) = r!(a).wrapping_mul(imm as i64 as u64),
                Op::AndImm { dst, a, imm } => r!(dst) = r!(a) & (imm as i64 as u64),
                Op::SubI { dst, a, b } => r!(dst) = r!(a).wrapping_sub(r!(b)),
                Op::MulI { dst, a, b } => r!(dst) = r!(a).wrapping_mul(r!(b)),
                Op::DivI { dst, a, b } => {
                    let d = r!(b) as i64;
                    if d == 0 {
                        throw!(fault::divide_by_zero());
                    }
                    r!(dst) = (r!(a) as i64).wrapping_div(d) as u64;
                }
                Op::RemI { dst, a, b } => {
                    let d = r!(b) as i64;
                    if d == 0 {
                        throw!(fault::divide_by_zero());
                    }
                    r!(dst) = (r!(a) as i64).wrapping_rem(d) as u64;
                }
                Op::DivU { dst, a, b } => {
                    let d = r!(b);
                    if d == 0 {
                        throw!(fault::divide_by_zero());
                    }
                    r!(dst) = r!(a) / d;
                }
                Op::RemU { dst, a, b } => {
                    let d = r!(b);
                    if d == 0 {
                        throw!(fault::divide_by_zero());
                    }
                    r!(dst) = r!(a) % d;
                }
                Op::And { dst, a, b } => r!(dst) = r!(a) & r!(b),
                Op::Or { dst, a, b } => r!(dst) = r!(a) | r!(b),
                Op::Xor { dst, a, b } => r!(dst) = r!(a) ^ r!(b),
                Op::AndNot { dst, a, b } => r!(dst) = r!(a) & !r!(b),
                Op::Shl {
                    dst,
                    a,
                    b,
                    signed_count,
                } => {
                    let c = r!(b);
                    if signed_count && (c as i64) < 0 {
                        throw!(fault::negative_shift());
                    }
                    r!(dst) = if c >= 64 { 0 } else { r!(a) << c };
                }
                Op::ShrI {
                    dst,
                    a,
                    b,
                    signed_count,
                } => {
                    let c = r!(b);
                    if signed_count && (c as i64) < 0 {
                        throw!(fault::negative_shift());
                    }
                    r!(dst) = ((r!(a) as i64) >> c.min(63)) as u64;
                }
                Op::ShrU {
                    dst,
                    a,
                    b,
                    signed_count,
                } => {
                    let c = r!(b);
                    if signed_count && (c as i64) < 0 {
                        throw!(fault::negative_shift());
                    }
                    r!(dst) = if c >= 64 { 0 } else { r!(a) >> c };
                }
                Op::NegI { dst, a } => r!(dst) = (r!(a) as i64).wrapping_neg() as u64,
                Op::BitNot { dst, a } => r!(dst) = !r!(a),
                Op::Not { dst, a } => r!(dst) = (r!(a) == 0) as u64,
                Op::Trunc { dst, src, kind } => r!(dst) = trunc(r!(src), kind),

                Op::AddF { dst, a, b } => r!(dst) = (f(r!(a)) + f(r!(b))).to_bits(),
                Op::SubF { dst, a, b } => r!(dst) = (f(r!(a)) - f(r!(b))).to_bits(),
                Op::MulF { dst, a, b } => r!(dst) = (f(r!(a)) * f(r!(b))).to_bits(),
                Op::DivF { dst, a, b } => r!(dst) = (f(r!(a)) / f(r!(b))).to_bits(),
                Op::NegF { dst, a } => r!(dst) = (-f(r!(a))).to_bits(),
                Op::RoundF32 { dst, src } => r!(dst) = (f(r!(src)) as f32 as f64).to_bits(),

                Op::EqW { dst, a, b } => r!(dst) = (r!(a) == r!(b)) as u64,
                Op::NeW { dst, a, b } => r!(dst) = (r!(a) != r!(b)) as u64,
                Op::LtI { dst, a, b } => r!(dst) = ((r!(a) as i64) < (r!(b) as i64)) as u64,
                Op::LeI { dst, a, b } => r!(dst) = ((r!(a) as i64) <= (r!(b) as i64)) as u64,
                Op::LtU { dst, a, b } => r!(dst) = (r!(a) < r!(b)) as u64,
                Op::LeU { dst, a, b } => r!(dst) = (r!(a) <= r!(b)) as u64,
                Op::EqF { dst, a, b } => r!(dst) = (f(r!(a)) == f(r!(b))) as u64,
                Op::NeF { dst, a, b } => r!(dst) = (f(r!(a)) != f(r!(b))) as u64,
                Op::LtF { dst, a, b } => r!(dst) = (f(r!(a)) < f(r!(b))) as u64,
                Op::LeF { dst, a, b } => r!(dst) = (f(r!(a)) <= f(r!(b))) as u64,
                Op::EqS { dst, a, b } => {
                    let (x, y) = (r!(a), r!(b));
                    r!(dst) = (x == y || heap::str_bytes(x) == heap::str_bytes(y)) as u64;
                }
                Op::LtS { dst, a, b } => {
                    r!(dst) = (heap::str_bytes(r!(a)) < heap::str_bytes(r!(b))) as u64
                }
                Op::LeS { dst, a, b } => {
                    r!(dst) = (heap::str_bytes(r!(a)) <= heap::str_bytes(r!(b))) as u64
                }
                Op::EqV { dst, a, b, ty } => {
                    let v = check!(super::eq::eq_val(self.shared.prog(), ty, r!(a), r!(b)));
                    r!(dst) = v as u64;
                }

                Op::IToF { dst, src } => r!(dst) = (r!(src) as i64 as f64).to_bits(),
                Op::UToF { dst, src } => r!(dst) = (r!(src) as f64).to_bits(),
                Op::FToI { dst, src } => r!(dst) = f_to_i(f(r!(src))),
                Op::FToU { dst, src } => r!(dst) = f_to_u(f(r!(src))),
                Op::RuneToStr { dst, src } => r!(dst) = rune_to_str(r!(src)),
                Op::StrToBytes { dst, src } => {
                    r!(dst) = str_to_bytes(r!(src));
                    allocated!();
                }
                Op::BytesToStr { dst, src } => {
                    r!(dst) = bytes_to_str(r!(src));
                    allocated!();
                }
                Op::StrToRunes { dst, src } => {
                    r!(dst) = str_to_runes(r!(src));
                    allocated!();
                }
                Op::RunesToStr { dst, src } => r!(dst) = runes_to_str(r!(src)),

                Op::Concat { dst, a, b } => {
                    r!(dst) = heap::concat(r!(a), r!(b));
                    allocated!();
                }
                Op::StrLen { dst, a } => r!(dst) = heap::str_len(r!(a)) as u64,
                Op::StrIndex { dst, s, i } => {
                    let (s, i) = (r!(s), r!(i));
                    let n = heap::str_len(s);
                    if i >= n as u64 {
                        throw!(fault::index_out_of_range(i, n));
                    }
                    r!(dst) = heap::str_byte(s, i as usize) as u64;
                }
                Op::DecodeRune { dst, s, i } => {
                    let bytes = heap::str_bytes(r!(s));
                    let i = r!(i) as usize;
                    let (rune, w) = super::utf8::decode_rune(&bytes[i.min(bytes.len())..]);
                    r!(dst) = rune as u32 as u64;
                    g.regs[base + dst.0 as usize + 1] = (i + w) as u64;
                }
                Op::SliceExpr { dst, x, a, has, of } => {
                    let lo = if has & SLICE_HAS_LO != 0 {
                        Some(r!(a))
                    } else {
                        None
                    };
                    let hi = if has & SLICE_HAS_HI != 0 {
                        Some(g.regs[base + a.0 as usize + 1])
                    } else {
                        None
                    };
                    let max = if has & SLICE_HAS_MAX != 0 {
                        Some(g.regs[base + a.0 as usize + 2])
                    } else {
                        None
                    };
                    let arr_len = g.regs[base + a.0 as usize + 3] as usize;
                    r!(dst) = check!(slice_expr(r!(x), lo, hi, max, of, arr_len));
                }

                Op::MakeSlice { dst, a, ew, layout } => {
                    check!(self.make_slice(g, base, (dst, a, ew, layout)));
                    allocated!();
                }
                Op::SliceLen { dst, a } => r!(dst) = heap::slice_parts(r!(a)).1 as u64,
                Op::SliceCap { dst, a } => r!(dst) = heap::slice_parts(r!(a)).2 as u64,
                Op::LoadElem { dst, s, i } => {
                    let (data, len, _) = heap::slice_parts(r!(s));
                    let i = r!(i);
                    if i >= len as u64 {
                        throw!(fault::index_out_of_range(i, len));
                    }
                    r!(dst) = heap::load(data + i * 8);
                }
                Op::StoreElem { s, i, src } => {
                    let (data, len, _) = heap::slice_parts(r!(s));
                    let i = r!(i);
                    if i >= len as u64 {
                        throw!(fault::index_out_of_range(i, len));
                    }
                    heap::store(data + i * 8, r!(src));
                }
                Op::ElemAddr { dst, s, i, ew } => {
                    let (data, len, _) = heap::slice_parts(r!(s));
                    let i = r!(i);
                    if i >= len as u64 {
                        throw!(fault::index_out_of_range(i, len));
                    }
                    r!(dst) = data + i * ew as u64 * 8;
                }
                Op::ArrayElemAddr {
                    dst,
                    arr,
                    i,
                    ew,
                    len,
                } => {
                    let (a, i, len) = (r!(arr), r!(i), r!(len));
                    nil_check!(a);
                    if i >= len {
                        throw!(fault::index_out_of_range(i, len as usize));
                    }
                    r!(dst) = a + i * ew as u64 * 8;
                }
                Op::Append {
                    dst,
                    s,
                    v,
                    ew,
                    esize,
                } => {
                    r!(dst) = append_one(r!(s), r!(v), ew, esize);
                    allocated!();
                }
                Op::AppendSlice {
                    dst,
                    s,
                    t,
                    ew,
                    from_str,
                    esize,
                } => {
                    r!(dst) = append_slice(r!(s), r!(t), ew as usize, from_str, esize as usize);
                    allocated!();
                }
                Op::CopySlice {
                    dst,
                    a,
                    b,
                    ew,
                    from_str,
                } => r!(dst) = copy_slice(r!(a), r!(b), ew as usize, from_str),
                Op::PackSlice { dst, a, n, ew } => {
                    let vals: Vec<u64> =
                        g.regs[base + a.0 as usize..base + a.0 as usize + n as usize].to_vec();
                    r!(dst) = pack_slice(&vals, ew as usize);
                }
                Op::ClearSlice { s, ew } => {
                    let (data, len, _) = heap::slice_parts(r!(s));
                    heap::zero_words(data, len * ew as usize);
                }

                Op::Alloc { dst, words, layout } => {
                    r!(dst) = heap::alloc_layout(
                        words as usize,
                        self.shared.prog().layouts[layout as usize],
                    );
                    allocated!();
                }
                Op::NewCell { dst, src } => {
                    let c = heap::alloc(1);
                    heap::store(c, r!(src));
                    r!(dst) = c;
                }
                Op::CopyBox { dst, src, words } => {
                    let s = r!(src);
                    nil_check!(s);
                    r!(dst) = heap::clone_words(s, words as usize);
                }
                Op::CopyInto { dst, src, words } => {
                    let (d, s) = (r!(dst), r!(src));
                    nil_check!(d);
                    nil_check!(s);
                    heap::copy_words(d, s, words as usize);
                }
                Op::Load { dst, addr, off } => {
                    let a = r!(addr);
                    nil_check!(a);
                    r!(dst) = heap::load(a + off as u64 * 8);
                }
                Op::Store { addr, off, src } => {
                    let a = r!(addr);
                    nil_check!(a);
                    heap::store(a + off as u64 * 8, r!(src));
                }
                Op::AddrOff { dst, addr, off } => {
                    let a = r!(addr);
                    nil_check!(a);
                    r!(dst) = a + off as u64 * 8;
                }
                Op::NilCheck { addr } => nil_check!(r!(addr)),

                Op::MakeMap { dst, ty } => {
                    let prog = self.shared.prog();
                    let RtKind::Map { key, value } = prog.rtypes[ty.0 as usize].kind else {
                        unreachable_kind(ty.0)
                    };
                    r!(dst) = map::new_map(prog, key, value);
                }
                Op::MapGet {
                    dst,
                    m,
                    k,
                    ty,
                    comma_ok,
                } => check!(self.map_get(g, base, (dst, m, k, ty, comma_ok))),
                Op::MapSet { m, k, v } => {
                    let mm = r!(m);
                    if mm == 0 {
                        throw!(Fault::plain("assignment to entry in nil map"));
                    }
                    check!(map::set(self.shared.prog(), mm, r!(k), r!(v)));
                }
                Op::MapDelete { m, k } => check!(map::delete(self.shared.prog(), r!(m), r!(k))),
                Op::MapLen { dst, m } => r!(dst) = map::len(r!(m)) as u64,
                Op::MapClear { m } => check!(map::clear(r!(m))),
                Op::MapIter { dst, m } => r!(dst) = map::iter(r!(m)),
                Op::MapNext { dst, it } => Vm::map_next(g, base, dst, it),

                Op::MakeIface { dst, src, ty } => {
                    // Word 0 is the dynamic type's id, word 1 the value.
                    let b = heap::alloc_layout(2, (0b10, 2));
                    heap::store(b, ty.0 as u64);
                    heap::store(b + 8, r!(src));
                    r!(dst) = b;
                }
                Op::SliceToArray {
                    dst,
                    src,
                    len,
                    ew,
                    ptr,
                } => check!(Vm::slice_to_array(g, base, (dst, src, len, ew, ptr))),
                Op::AssertType {
                    dst,
                    src,
                    ty,
                    comma_ok,
                    iface,
                } => check!(self.assert_type(g, base, (dst, src, ty, comma_ok, iface))),
                Op::AssertIface {
                    dst,
                    src,
                    ty,
                    comma_ok,
                } => check!(self.assert_iface(g, base, (dst, src, ty, comma_ok))),
                Op::IfaceType { dst, src } => {
                    let v = r!(src);
                    r!(dst) = if v == 0 { 0 } else { heap::load(v) + 1 };
                }
                Op::Implements { dst, src, ty } => {
                    let v = r!(src);
                    r!(dst) = (v != 0 && self.missing_method(v, ty.0).is_none()) as u64;
                }
                Op::IfaceData { dst, src } => {
                    let v = r!(src);
                    r!(dst) = if v == 0 { 0 } else { heap::load(v + 8) };
                }

                Op::MakeClosure { dst, f: fid, a, n } => {
                    let c = heap::alloc(2 + n as usize);
                    heap::store(c, fid.0 as u64);
                    heap::store(c + 8, n as u64);
                    for i in 0..n as usize {
                        heap::store(c + 16 + i as u64 * 8, g.regs[base + a.0 as usize + i]);
                    }
                    r!(dst) = c;
                }
                Op::LoadCapture { dst, idx } => {
                    r!(dst) = heap::load(self.clo + 16 + idx as u64 * 8);
                }
                Op::LoadCaptured { dst, idx } => {
                    r!(dst) = heap::load(heap::load(self.clo + 16 + idx as u64 * 8));
                }
                Op::StoreCaptured { idx, src } => {
                    heap::store(heap::load(self.clo + 16 + idx as u64 * 8), r!(src));
                }

                Op::Call { a, f: callee } => call!(callee, base + a.0 as usize, 0),
                Op::CallClosure { f: fr, a } => {
                    let c = r!(fr);
                    nil_check!(c);
                    let callee = FuncId(heap::load(c) as u32);
                    call!(callee, base + a.0 as usize, c);
                }
                Op::CallGlobal { a, g: gi } => {
                    let c = heap::load(self.globals + gi as u64 * 8);
                    nil_check!(c);
                    let callee = FuncId(heap::load(c) as u32);
                    call!(callee, base + a.0 as usize, c);
                }
                Op::CallIface { a, method } => {
                    let v = r!(a);
                    nil_check!(v);
                    let ty = heap::load(v) as usize;
                    // The dynamic type may be newer than this frame's snapshot.
                    let prog = self.shared.prog();
                    let Some(callee) = prog.rtypes[ty].method(method) else {
                        throw!(Fault::Internal(format!(
                            "method {} missing on {}",
                            method_name(&prog.symbols[method as usize]),
                            prog.rtypes[ty].name
                        )));
                    };
                    r!(a) = heap::load(v + 8);
                    call!(callee, base + a.0 as usize, 0);
                }
                Op::CallNative { a, n } => {
                    save_pc!();
                    self.pin_if_nested(g, true);
                    let r = native::call(self, g, n, base + a.0 as usize);
                    self.pin_if_nested(g, false);
                    match r {
                        Ok(()) => {
                            // A native that called back into Go may have grown (moved) the
                            // register file, and a nested run changed the cached closure.
                            refresh_fp!();
                            self.clo = g.frames.last().expect("a frame is running").closure;
                            allocated!();
                        }
                        Err(NativeErr::Panic(msg)) => throw!(msg),
                        Err(NativeErr::Park) => match self.park(g)? {
                            None => load_frame!(),
                            Some(m) => throw!(m),
                        },
                        Err(e) => {
                            self.native_unwind(g, e, stop_depth)?;
                            load_frame!();
                        }
                    }
                }
                Op::Defer { a, n } => {
                    let closure = r!(a);
                    let start = base + a.0 as usize + 1;
                    let args = g.regs[start..start + n as usize].to_vec();
                    let depth = g.frames.len() - 1;
                    g.defers.push((depth, Deferred { closure, args }));
                }
                Op::Go { a, n } => {
                    let closure = r!(a);
                    if closure == 0 {
                        save_pc!();
                        return Err(self.fatal_error(g, "go of nil func value"));
                    }
                    let start = base + a.0 as usize + 1;
                    let line = self.shared.prog().funcs[fi]
                        .lines
                        .get(pc_index!() - 1)
                        .copied()
                        .unwrap_or(0);
                    let host = self.host;
                    let args = &g.regs[start..start + n as usize];
                    host.spawn(self, closure, args, (fi as u32, line), g.id);
                }
                Op::MakeChan { dst, a, ty } => {
                    let size = r!(a) as i64;
                    r!(dst) = check!(self.host.chan_make(ty.0, size));
                }
                Op::ChanSend { ch, src } => {
                    let (c, v) = (r!(ch), r!(src));
                    let host = self.host;
                    blocking!(host.chan_send(self, g, c, v));
                }
                Op::ChanRecv { dst, ch, comma_ok } => {
                    let c = r!(ch);
                    let host = self.host;
                    blocking!(host.chan_recv(self, g, c, base + dst.0 as usize, comma_ok));
                }
                Op::ChanClose { ch } => {
                    let c = r!(ch);
                    let host = self.host;
                    check!(host.chan_close(self, c));
                }
                Op::ChanLen { dst, ch } => r!(dst) = self.host.chan_len(r!(ch)),
                Op::ChanCap { dst, ch } => r!(dst) = self.host.chan_cap(r!(ch)),
                Op::Select { dst, a, n, sends } => {
                    let host = self.host;
                    let cases = select_cases(n) as usize;
                    let has_default = select_has_default(n);
                    blocking!(host.select(
                        self,
                        g,
                        base + a.0 as usize,
                        cases,
                        sends,
                        has_default,
                        base + dst.0 as usize
                    ));
                }
                Op::RunDefers => {
                    if let Some(d) = g.pop_defer() {
                        let fr = g.frames.last_mut().expect("running frame");
                        fr.pc = (pc_index!() - 1) as u32;
                        let nb = self.base_above(fr);
                        if d.closure == 0 {
                            pc = unsafe { pc.sub(1) };
                            throw!(fault::nil_deref());
                        }
                        let callee = FuncId(heap::load(d.closure) as u32);
                        if self
                            .push_frame(g, callee, nb, d.closure, FrameKind::Deferred)
                            .is_none()
                        {
                            return Err(self.stack_overflow(g));
                        }
                        g.regs[nb..nb + d.args.len()].copy_from_slice(&d.args);
                        load_frame!();
                    }
                }
                Op::Return { a, n } => {
                    // Most functions return one value: avoid a memmove call for it.
                    match n {
                        0 => {}
                        1 => r!(Reg(0)) = r!(a),
                        _ => {
                            let src = base + a.0 as usize;
                            g.regs.copy_within(src..src + n as usize, base)
                        }
                    }
                    let done = g.frames.pop().expect("returning frame");
                    if g.frames.len() <= stop_depth || done.kind == FrameKind::Callback {
                        return Ok(());
                    }
                    load_frame!();
                    if done.kind == FrameKind::DeferredPanic {
                        self.continue_panic(g, stop_depth)?;
                        load_frame!();
                    }
                }
                Op::Panic { src } => {
                    save_pc!();
                    let v = r!(src);
                    let v = if v == 0 { self.nil_panic_value() } else { v };
                    self.start_panic(g, v);
                    self.continue_panic(g, stop_depth)?;
                    load_frame!();
                }
                Op::Recover { dst } => r!(dst) = Vm::recover(g),
                Op::Unsupported { k } => {
                    let what = String::from_utf8_lossy(heap::str_bytes(
                        self.consts[k as usize].load(std::sync::atomic::Ordering::Relaxed),
                    ))
                    .into_owned();
                    throw!(Fault::Unsupported(what))
                }
                Op::Unreachable => {
                    throw!(Fault::internal(
                        "reached the end of a function without a return"
                    ))
                }

                Op::Jump { target } => {
                    jump!(target);
                }
                Op::JumpIf { c, target } => {
                    if r!(c) != 0 {
                        jump!(target);
                    }
                }
                Op::JumpIfNot { c, target } => {
                    if r!(c) == 0 {
                        pc = at!(target);
                    }
                }
                Op::JumpLeI { a, b, target } => {
                    if (r!(a) as i64) <= (r!(b) as i64) {
                        jump!(target);
                    }
                }
                Op::IncJumpLtImm { a, imm, target } => {
                    let i = r!(a).wrapping_add(1);
                    r!(a) = i;
                    if (i as i64) < imm as i64 {
                        pc = at!(target);
                        poll!();
                    }
                }
                Op::IncJumpLtI { a, b, target } => {
                    let i = r!(a).wrapping_add(1);
                    r!(a) = i;
                    if (i as i64) < (r!(b) as i64) {
                        pc = at!(target);
                        poll!();
                    }
                }
                Op::JumpLtImm { a, imm, target } => {
                    if (r!(a) as i64) < imm as i64 {
                        jump!(target);
                    }
                }
                Op::JumpGeImm { a, imm, target } => {
                    if (r!(a) as i64) >= imm as i64 {
                        jump!(target);
                    }
                }
                Op::JumpLtI { a, b, target } => {
                    if (r!(a) as i64) < (r!(b) as i64) {
                        jump!(target);
                    }
                }
                Op::JumpGeI { a, b, target } => {
                    if (r!(a) as i64) >= (r!(b) as i64) {
                        pc = at!(target);
                    }
                }
                Op::JumpGtI { a, b, target } => {
                    if (r!(a) as i64) > (r!(b) as i64) {
                        pc = at!(target);
                    }
                }
                Op::JumpNeW { a, b, target } => {
                    if r!(a) != r!(b) {
                        jump!(target);
                    }
                }
                Op::JumpEqW { a, b, target } => {
                    if r!(a) == r!(b) {
                        jump!(target);
                    }
                }
            }
        }
    }
}
