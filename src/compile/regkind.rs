//! Register-kind maps for the garbage collector (ARCHITECTURE.md §4, §8): for each function, which
//! registers may hold a heap reference at a safepoint.
//!
//! Derived from the bytecode after compilation: a register is *scalar* only if every instruction
//! that writes it produces a non-pointer (integer and float arithmetic, comparisons, immediate
//! loads); anything else — moves, loads from memory, call results, parameters — counts as a
//! possible pointer, and so does every register an unlisted instruction touches. The map
//! over-approximates, which is safe for the non-moving collector: a scalar taken for a pointer
//! keeps at most some garbage alive, and the collector validates every candidate address
//! against the heap.
//!
//! Invariant: `ptr_regs` has a bit for every register of the window (`nregs`).

use super::opcode::{Op, Reg};

/// The registers an instruction writes, and whether the written values are certainly scalars.
fn writes(op: &Op) -> (Vec<Reg>, bool) {
    use Op::*;
    let scalar = |r: Reg| (vec![r], true);
    let maybe_ptr = |r: Reg| (vec![r], false);
    match *op {
        LoadInt { dst, .. }
        | AddI { dst, .. }
        | AddImm { dst, .. }
        | MulImm { dst, .. }
        | AndImm { dst, .. }
        | SubI { dst, .. }
        | MulI { dst, .. }
        | DivI { dst, .. }
        | RemI { dst, .. }
        | DivU { dst, .. }
        | RemU { dst, .. }
        | And { dst, .. }
        | Or { dst, .. }
        | Xor { dst, .. }
        | AndNot { dst, .. }
        | Shl { dst, .. }
        | ShrI { dst, .. }
        | ShrU { dst, .. }
        | NegI { dst, .. }
        | BitNot { dst, .. }
        | Not { dst, .. }
        | Trunc { dst, .. }
        | AddF { dst, .. }
        | SubF { dst, .. }
        | MulF { dst, .. }
        | DivF { dst, .. }
        | NegF { dst, .. }
        | RoundF32 { dst, .. }
        | EqW { dst, .. }
        | NeW { dst, .. }
        | LtI { dst, .. }
        | LeI { dst, .. }
        | LtU { dst, .. }
        | LeU { dst, .. }
        | EqF { dst, .. }
        | NeF { dst, .. }
        | LtF { dst, .. }
        | LeF { dst, .. }
        | EqS { dst, .. }
        | LtS { dst, .. }
        | LeS { dst, .. }
        | EqV { dst, .. }
        | IToF { dst, .. }
        | UToF { dst, .. }
        | FToI { dst, .. }
        | FToU { dst, .. }
        | StrLen { dst, .. }
        | StrIndex { dst, .. }
        | SliceLen { dst, .. }
        | SliceCap { dst, .. }
        | MapLen { dst, .. }
        | ChanLen { dst, .. }
        | ChanCap { dst, .. }
        | CopySlice { dst, .. }
        | IfaceType { dst, .. }
        | Implements { dst, .. } => scalar(dst),
        DecodeRune { dst, .. } => (vec![dst, Reg(dst.0 + 1)], true),
        MapGet { dst, comma_ok, .. }
        | AssertType { dst, comma_ok, .. }
        | AssertIface { dst, comma_ok, .. } => {
            if comma_ok {
                (vec![dst, Reg(dst.0 + 1)], false)
            } else {
                maybe_ptr(dst)
            }
        }
        MapNext { dst, .. } | Select { dst, .. } => {
            (vec![dst, Reg(dst.0 + 1), Reg(dst.0 + 2)], false)
        }
        ChanRecv { dst, comma_ok, .. } => (vec![dst, Reg(dst.0 + comma_ok as u16)], false),
        Move { dst, .. }
        | LoadConst { dst, .. }
        | LoadGlobal { dst, .. }
        | AddrGlobal { dst, .. }
        | LoadFunc { dst, .. }
        | RuneToStr { dst, .. }
        | StrToBytes { dst, .. }
        | BytesToStr { dst, .. }
        | StrToRunes { dst, .. }
        | RunesToStr { dst, .. }
        | Concat { dst, .. }
        | SliceExpr { dst, .. }
        | MakeSlice { dst, .. }
        | LoadElem { dst, .. }
        | ElemAddr { dst, .. }
        | ArrayElemAddr { dst, .. }
        | Append { dst, .. }
        | AppendSlice { dst, .. }
        | PackSlice { dst, .. }
        | Alloc { dst, .. }
        | NewCell { dst, .. }
        | CopyBox { dst, .. }
        | Load { dst, .. }
        | AddrOff { dst, .. }
        | MakeMap { dst, .. }
        | MakeChan { dst, .. }
        | MapIter { dst, .. }
        | MakeIface { dst, .. }
        | IfaceData { dst, .. }
        | MakeClosure { dst, .. }
        | LoadCapture { dst, .. }
        | LoadCaptured { dst, .. }
        | Recover { dst, .. }
        | SliceToArray { dst, .. } => maybe_ptr(dst),
        // Calls write their results into the window at `a` (and beyond): handled by the caller.
        Call { .. }
        | CallClosure { .. }
        | CallGlobal { .. }
        | CallNative { .. }
        | CallIface { .. } => (vec![], true),
        // Any other instruction: every register it touches may hold a reference. Safe for an
        // instruction added later and not listed above (at worst some garbage is kept), where a
        // silent "scalar" would let the collector free a live object.
        _ => (
            super::verify::ranges(op)
                .into_iter()
                .flat_map(|(r, n)| (r.0..r.0.saturating_add(n)).map(Reg))
                .collect(),
            false,
        ),
    }
}

/// The bitset (one bit per register, 64 per word) of registers that may hold heap references.
pub fn pointer_registers(code: &[Op], nparams: u16, nregs: u16) -> Vec<u64> {
    let n = nregs as usize;
    let mut ptr = vec![false; n];
    let mut written_scalar_only = vec![true; n];
    // Parameters arrive from the caller: possibly pointers.
    for p in ptr.iter_mut().take(nparams as usize) {
        *p = true;
    }
    for op in code {
        match op {
            // A call's window (arguments, then results) starts at `a`: results are unknown words.
            Op::Call { a, .. }
            | Op::CallClosure { a, .. }
            | Op::CallGlobal { a, .. }
            | Op::CallNative { a, .. }
            | Op::CallIface { a, .. } => {
                for r in ptr.iter_mut().skip(a.0 as usize) {
                    *r = true;
                }
            }
            _ => {
                let (regs, scalar) = writes(op);
                for r in regs {
                    if let Some(w) = written_scalar_only.get_mut(r.0 as usize) {
                        *w &= scalar;
                    }
                    if !scalar {
                        if let Some(p) = ptr.get_mut(r.0 as usize) {
                            *p = true;
                        }
                    }
                }
            }
        }
    }
    let mut bits = vec![0u64; n.div_ceil(64).max(1)];
    for (i, p) in ptr.iter().enumerate() {
        if *p || !written_scalar_only[i] {
            bits[i / 64] |= 1 << (i % 64);
        }
    }
    bits
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arithmetic_temporaries_are_scalar_and_boxes_are_pointers() {
        let code = [
            Op::LoadInt {
                dst: Reg(1),
                imm: 3,
            },
            Op::AddI {
                dst: Reg(2),
                a: Reg(0),
                b: Reg(1),
            },
            Op::Alloc {
                dst: Reg(3),
                words: 2,
                layout: 0,
            },
            Op::Move {
                dst: Reg(4),
                src: Reg(2),
            },
        ];
        let bits = pointer_registers(&code, 1, 6);
        let is_ptr = |r: usize| bits[0] & (1 << r) != 0;
        assert!(is_ptr(0), "parameters may be pointers");
        assert!(!is_ptr(1) && !is_ptr(2), "integer temporaries are scalars");
        assert!(is_ptr(3), "a box address is a pointer");
        assert!(is_ptr(4), "moves are conservatively pointers");
        assert!(!is_ptr(5), "never-written registers hold nothing");
    }

    #[test]
    fn call_windows_are_pointers() {
        let code = [
            Op::LoadInt {
                dst: Reg(2),
                imm: 1,
            },
            Op::CallClosure {
                f: Reg(0),
                a: Reg(1),
            },
        ];
        let bits = pointer_registers(&code, 0, 4);
        assert_eq!(bits[0] & 0b1110, 0b1110);
    }
}
