//! The load-time verifier (ARCHITECTURE.md §4): checks every function before the VM runs it, which is
//! what lets the dispatch loop skip bounds checks on registers and on the code array.
//!
//! Invariants established for each verified function:
//! - every register an instruction reads or writes (including the consecutive registers some
//!   instructions use, e.g. `MapGet`'s comma-ok flag at `dst+1`) is below `nregs`;
//! - every jump target is inside the code, and the last instruction does not fall through
//!   (it is a `Return`, `Jump`, `Panic`, `Unsupported` or `Unreachable`), so `pc` never leaves the code;
//! - the jumps that skip the safepoint poll (`JumpIfNot`, `JumpGeI`, `JumpGtI`: vm/exec.rs polls
//!   only in `jump!` and the `IncJump*` arms) jump forward, so every loop polls;
//! - the epilogue (where a recovered panic resumes, vm/panic.rs) is inside the code;
//! - the parameters are within the frame's registers (the collector scans `nregs` registers,
//!   vm/roots.rs, and a deferred call's arguments are copied to R[0..]), and every `Return`
//!   returns at least `nresults` values (the caller reads that many: fewer would leave it stale
//!   words of other types);
//! - packed operands carry only their defined flags (`opcode::SLICE_HAS_*`, `ESIZE_*`,
//!   `SELECT_*`); a `Select` has at most `SELECT_MAX_CASES` cases, one `sends` bit each.
//!
//! Call windows (`Call`, `CallClosure`, ...) start inside the frame; the callee's own window is
//! made to fit by `Vm::push_frame`, and natives access registers with checked indexing.

use super::opcode::{
    select_cases, Op, Reg, SELECT_MAX_CASES, SLICE_HAS_HI, SLICE_HAS_LO, SLICE_HAS_MAX,
};
use super::program::FuncProto;

/// The register ranges `[first, first + len)` an instruction touches in its own frame.
pub(super) fn ranges(op: &Op) -> Vec<(Reg, u16)> {
    use Op::*;
    let one = |r: Reg| (r, 1u16);
    match *op {
        Nop | Jump { .. } | RunDefers | Unreachable | Unsupported { .. } => vec![],
        Move { dst, src }
        | RoundF32 { dst, src }
        | Trunc { dst, src, .. }
        | IToF { dst, src }
        | UToF { dst, src }
        | FToI { dst, src }
        | FToU { dst, src } => {
            vec![one(dst), one(src)]
        }
        RuneToStr { dst, src }
        | StrToBytes { dst, src }
        | BytesToStr { dst, src }
        | StrToRunes { dst, src }
        | RunesToStr { dst, src } => {
            vec![one(dst), one(src)]
        }
        NewCell { dst, src }
        | CopyBox { dst, src, .. }
        | CopyInto { dst, src, .. }
        | MakeIface { dst, src, .. }
        | IfaceType { dst, src } => {
            vec![one(dst), one(src)]
        }
        IfaceData { dst, src } | Implements { dst, src, .. } | SliceToArray { dst, src, .. } => {
            vec![one(dst), one(src)]
        }
        AssertType {
            dst, src, comma_ok, ..
        }
        | AssertIface {
            dst, src, comma_ok, ..
        } => vec![(dst, 1 + comma_ok as u16), one(src)],
        LoadInt { dst, .. }
        | LoadConst { dst, .. }
        | LoadGlobal { dst, .. }
        | AddrGlobal { dst, .. }
        | LoadFunc { dst, .. } => vec![one(dst)],
        Alloc { dst, .. }
        | MakeMap { dst, .. }
        | LoadCapture { dst, .. }
        | LoadCaptured { dst, .. }
        | Recover { dst } => {
            vec![one(dst)]
        }
        StoreGlobal { src, .. } | Panic { src } | StoreCaptured { src, .. } => vec![one(src)],
        MakeChan { dst, a, .. } => vec![one(dst), one(a)],
        ChanSend { ch, src } => vec![one(ch), one(src)],
        ChanRecv { dst, ch, comma_ok } => vec![(dst, 1 + comma_ok as u16), one(ch)],
        ChanClose { ch } => vec![one(ch)],
        ChanLen { dst, ch } | ChanCap { dst, ch } => vec![one(dst), one(ch)],
        Select { dst, a, n, .. } => vec![(dst, 3), (a, 2 * select_cases(n))],
        AddI { dst, a, b }
        | SubI { dst, a, b }
        | MulI { dst, a, b }
        | DivI { dst, a, b }
        | RemI { dst, a, b }
        | DivU { dst, a, b }
        | RemU { dst, a, b }
        | And { dst, a, b }
        | Or { dst, a, b }
        | Xor { dst, a, b }
        | AndNot { dst, a, b }
        | Shl { dst, a, b, .. }
        | ShrI { dst, a, b, .. }
        | ShrU { dst, a, b, .. }
        | AddF { dst, a, b }
        | SubF { dst, a, b }
        | MulF { dst, a, b }
        | DivF { dst, a, b }
        | EqW { dst, a, b }
        | NeW { dst, a, b }
        | LtI { dst, a, b }
        | LeI { dst, a, b }
        | LtU { dst, a, b }
        | LeU { dst, a, b }
        | EqF { dst, a, b }
        | NeF { dst, a, b }
        | LtF { dst, a, b }
        | LeF { dst, a, b }
        | EqS { dst, a, b }
        | LtS { dst, a, b }
        | LeS { dst, a, b }
        | EqV { dst, a, b, .. }
        | Concat { dst, a, b } => vec![one(dst), one(a), one(b)],
        AddImm { dst, a, .. }
        | MulImm { dst, a, .. }
        | AndImm { dst, a, .. }
        | NegI { dst, a }
        | BitNot { dst, a }
        | Not { dst, a }
        | NegF { dst, a } => vec![one(dst), one(a)],
        StrLen { dst, a } | SliceLen { dst, a } | SliceCap { dst, a } => vec![one(dst), one(a)],
        StrIndex { dst, s, i } | LoadElem { dst, s, i } | ElemAddr { dst, s, i, .. } => {
            vec![one(dst), one(s), one(i)]
        }
        DecodeRune { dst, s, i } => vec![(dst, 2), one(s), one(i)],
        SliceExpr { dst, x, a, .. } => vec![one(dst), one(x), (a, 4)],
        MakeSlice { dst, a, .. } => vec![one(dst), (a, 2)],
        StoreElem { s, i, src } => vec![one(s), one(i), one(src)],
        ArrayElemAddr {
            dst, arr, i, len, ..
        } => vec![one(dst), one(arr), one(i), one(len)],
        Append { dst, s, v, .. } => vec![one(dst), one(s), one(v)],
        AppendSlice { dst, s, t, .. } => vec![one(dst), one(s), one(t)],
        CopySlice { dst, a, b, .. } => vec![one(dst), one(a), one(b)],
        PackSlice { dst, a, n, .. } => vec![one(dst), (a, n)],
        ClearSlice { s, .. } => vec![one(s)],
        Load { dst, addr, .. } | AddrOff { dst, addr, .. } => vec![one(dst), one(addr)],
        Store { addr, src, .. } => vec![one(addr), one(src)],
        NilCheck { addr } => vec![one(addr)],
        MapGet {
            dst,
            m,
            k,
            comma_ok,
            ..
        } => vec![(dst, 1 + comma_ok as u16), one(m), one(k)],
        MapSet { m, k, v } => vec![one(m), one(k), one(v)],
        MapDelete { m, k } => vec![one(m), one(k)],
        MapLen { dst, m } | MapIter { dst, m } => vec![one(dst), one(m)],
        MapClear { m } => vec![one(m)],
        MapNext { dst, it } => vec![(dst, 3), one(it)],
        MakeClosure { dst, a, n, .. } => vec![one(dst), (a, n)],
        Call { a, .. } | CallNative { a, .. } | CallIface { a, .. } => vec![one(a)],
        CallClosure { f, a } => vec![one(f), one(a)],
        CallGlobal { a, .. } => vec![one(a)],
        Defer { a, n } | Go { a, n } => vec![(a, n + 1)],
        Return { a, n } => vec![(a, n)],
        JumpIf { c, .. } | JumpIfNot { c, .. } => vec![one(c)],
        JumpLtI { a, b, .. }
        | JumpLeI { a, b, .. }
        | JumpGeI { a, b, .. }
        | JumpGtI { a, b, .. }
        | JumpNeW { a, b, .. }
        | JumpEqW { a, b, .. }
        | IncJumpLtI { a, b, .. } => {
            vec![one(a), one(b)]
        }
        JumpLtImm { a, .. } | JumpGeImm { a, .. } | IncJumpLtImm { a, .. } => vec![one(a)],
    }
}

fn target(op: &Op) -> Option<u32> {
    use Op::*;
    match *op {
        Jump { target }
        | JumpIf { target, .. }
        | JumpIfNot { target, .. }
        | JumpLtI { target, .. }
        | JumpLeI { target, .. }
        | JumpLtImm { target, .. }
        | JumpGeImm { target, .. }
        | JumpGeI { target, .. }
        | JumpGtI { target, .. }
        | JumpNeW { target, .. }
        | JumpEqW { target, .. }
        | IncJumpLtImm { target, .. }
        | IncJumpLtI { target, .. } => Some(target),
        _ => None,
    }
}

/// Does `op` skip the safepoint poll when it jumps (vm/exec.rs sets `pc` without `jump!`)?
fn skips_poll(op: &Op) -> bool {
    matches!(
        op,
        Op::JumpIfNot { .. } | Op::JumpGeI { .. } | Op::JumpGtI { .. }
    )
}

/// Checks one function; the error names the first violation.
pub fn verify(f: &FuncProto) -> Result<(), String> {
    check_frame(f).map_err(|e| format!("{}: {e}", f.name))?;
    for (pc, op) in f.code.iter().enumerate() {
        check_op(f, pc, op).map_err(|e| format!("{}: pc {pc}: {e}", f.name))?;
    }
    match f.code.last() {
        Some(
            Op::Return { .. }
            | Op::Jump { .. }
            | Op::Panic { .. }
            | Op::Unsupported { .. }
            | Op::Unreachable,
        ) => Ok(()),
        other => Err(format!(
            "{}: the code ends with {other:?}, which falls through",
            f.name
        )),
    }
}

/// The function-wide invariants: parameters inside the frame, the epilogue inside the code.
fn check_frame(f: &FuncProto) -> Result<(), String> {
    if f.nparams > f.nregs {
        return Err(format!("{} parameters in {} registers", f.nparams, f.nregs));
    }
    if f.epilogue as usize >= f.code.len().max(1) {
        return Err(format!("epilogue {} outside the code", f.epilogue));
    }
    Ok(())
}

/// The invariants of the instruction `op` at `pc`.
fn check_op(f: &FuncProto, pc: usize, op: &Op) -> Result<(), String> {
    let n = f.nregs as u32;
    for (first, len) in ranges(op) {
        if first.0 as u32 + len as u32 > n {
            return Err(format!("{op:?} uses registers beyond {n}"));
        }
    }
    if let Some(t) = target(op) {
        if t as usize >= f.code.len() {
            return Err(format!("jump to {t} outside the code"));
        }
        if skips_poll(op) && t as usize <= pc {
            return Err(format!("{op:?} jumps back without a safepoint poll"));
        }
    }
    if let Op::Return { n, .. } = *op {
        if n < f.nresults {
            return Err(format!("returns {n} of {} results", f.nresults));
        }
    }
    check_encoding(op).map_err(|e| format!("{op:?}: {e}"))
}

/// The flag bits packed into `op`'s operands are the defined ones.
fn check_encoding(op: &Op) -> Result<(), String> {
    match *op {
        Op::SliceExpr { has, .. } if has & !(SLICE_HAS_LO | SLICE_HAS_HI | SLICE_HAS_MAX) != 0 => {
            Err("undefined `has` bits".into())
        }
        Op::Select { n, sends, .. } => {
            let cases = select_cases(n) as usize;
            if cases > SELECT_MAX_CASES {
                return Err(format!("{cases} cases (at most {SELECT_MAX_CASES})"));
            }
            if cases < SELECT_MAX_CASES && sends >> cases != 0 {
                return Err("`sends` bits beyond the cases".into());
            }
            Ok(())
        }
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compile::opcode::{ESIZE_MIN32, ESIZE_POINTERS};
    use crate::types::FileId;

    fn proto(code: Vec<Op>, nregs: u16) -> FuncProto {
        FuncProto {
            name: "t".into(),
            nparams: 0,
            nresults: 0,
            nregs,
            lines: vec![0; code.len()],
            code,
            file: FileId(0),
            native: None,
            epilogue: 0,
            ptr_regs: vec![],
        }
    }

    #[test]
    fn accepts_well_formed_code() {
        let f = proto(
            vec![
                Op::LoadInt {
                    dst: Reg(1),
                    imm: 1,
                },
                Op::Return { a: Reg(1), n: 1 },
            ],
            2,
        );
        assert!(verify(&f).is_ok());
    }

    #[test]
    fn rejects_registers_out_of_the_window_and_bad_jumps() {
        let f = proto(
            vec![
                Op::MapNext {
                    dst: Reg(1),
                    it: Reg(0),
                },
                Op::Return { a: Reg(0), n: 0 },
            ],
            3,
        );
        assert!(verify(&f).is_err(), "MapNext writes dst..dst+3");
        let f = proto(vec![Op::Jump { target: 5 }], 1);
        assert!(verify(&f).is_err());
        let f = proto(
            vec![Op::LoadInt {
                dst: Reg(0),
                imm: 0,
            }],
            1,
        );
        assert!(verify(&f).is_err(), "falls off the end");
    }

    /// A function of `nregs` registers running `body`, then returning nothing.
    fn ending(mut body: Vec<Op>, nregs: u16) -> FuncProto {
        body.push(Op::Return { a: Reg(0), n: 0 });
        proto(body, nregs)
    }

    #[test]
    fn rejects_backward_jumps_that_skip_the_poll() {
        let (a, b, c) = (Reg(0), Reg(1), Reg(0));
        let skipping: [fn(u32) -> Op; 3] = [
            |target| Op::JumpIfNot { c: Reg(0), target },
            |target| Op::JumpGeI {
                a: Reg(0),
                b: Reg(1),
                target,
            },
            |target| Op::JumpGtI {
                a: Reg(0),
                b: Reg(1),
                target,
            },
        ];
        for jump in skipping {
            let op = jump(0);
            assert!(
                verify(&ending(vec![Op::Nop, op], 2)).is_err(),
                "{op:?} backward"
            );
            let Err(e) = verify(&ending(vec![op], 2)) else {
                panic!("{op:?} to itself is a loop without a poll")
            };
            assert!(e.contains("safepoint"), "{e}");
            let op = jump(1);
            assert!(verify(&ending(vec![op], 2)).is_ok(), "{op:?} forward");
        }
        let polling = [
            Op::JumpIf { c, target: 0 },
            Op::JumpLtI { a, b, target: 0 },
            Op::IncJumpLtI { a, b, target: 0 },
        ];
        for op in polling {
            assert!(verify(&ending(vec![op], 2)).is_ok(), "{op:?} polls");
        }
    }

    #[test]
    fn rejects_an_epilogue_outside_the_code() {
        let mut f = ending(vec![], 1);
        f.epilogue = 1;
        assert!(verify(&f).is_err());
    }

    #[test]
    fn rejects_parameters_beyond_the_registers_and_wrong_result_counts() {
        let mut f = ending(vec![], 2);
        f.nparams = 3;
        assert!(verify(&f).is_err(), "parameters beyond nregs");
        let mut f = ending(vec![], 2);
        f.nresults = 1;
        assert!(verify(&f).is_err(), "returns 0 of 1 results");
    }

    #[test]
    fn rejects_undefined_operand_flags() {
        use crate::compile::opcode::{select_n, SliceOf};

        let select = |cases: u16, sends: u32| Op::Select {
            dst: Reg(0),
            a: Reg(3),
            n: select_n(cases, true),
            sends,
        };
        assert!(verify(&ending(vec![select(2, 0b10)], 80)).is_ok());
        assert!(verify(&ending(vec![select(32, u32::MAX)], 80)).is_ok());
        assert!(verify(&ending(vec![select(33, 0)], 80)).is_err());
        assert!(verify(&ending(vec![select(2, 0b100)], 80)).is_err());
        let append = |esize| Op::Append {
            dst: Reg(0),
            s: Reg(0),
            v: Reg(1),
            ew: 1,
            esize,
        };
        assert!(verify(&ending(vec![append(8 | ESIZE_POINTERS)], 2)).is_ok());
        assert!(verify(&ending(vec![append(8 | ESIZE_MIN32)], 2)).is_ok());
        let slice = |has| Op::SliceExpr {
            dst: Reg(0),
            x: Reg(0),
            a: Reg(1),
            has,
            of: SliceOf::String,
        };
        assert!(verify(&ending(vec![slice(SLICE_HAS_LO | SLICE_HAS_MAX)], 5)).is_ok());
        assert!(verify(&ending(vec![slice(8)], 5)).is_err());
    }
}
