//! Building one function's code: instruction emission with line numbers, the register stack
//! (locals and temporaries share it; a scope or statement restores the top when it ends), and
//! forward-jump patching.
//!
//! Invariant: registers below `top` are live (parameters, locals in scope, temporaries of the
//! expression being compiled); `max` is the high-water mark that becomes `FuncProto::nregs`.

use super::opcode::{Op, Reg};

pub struct Builder {
    pub code: Vec<Op>,
    pub lines: Vec<u32>,
    pub line: u32,
    pub top: u16,
    pub max: u16,
    /// Set when the function needs more registers than a window can address.
    pub overflow: bool,
}

/// A position in the code that a jump can be patched to point at.
#[derive(Clone, Copy, Debug)]
pub struct Label(pub u32);

impl Builder {
    pub fn new(nparams: u16) -> Builder {
        Builder {
            code: Vec::new(),
            lines: Vec::new(),
            line: 0,
            top: nparams,
            max: nparams,
            overflow: false,
        }
    }

    pub fn emit(&mut self, op: Op) -> usize {
        self.code.push(op);
        self.lines.push(self.line);
        self.code.len() - 1
    }

    pub fn pc(&self) -> u32 {
        self.code.len() as u32
    }

    /// Allocates one register on top of the stack.
    pub fn alloc(&mut self) -> Reg {
        self.alloc_n(1)
    }

    /// Allocates `n` consecutive registers and returns the first.
    pub fn alloc_n(&mut self, n: u16) -> Reg {
        let r = self.top;
        match self.top.checked_add(n) {
            Some(t) if t < u16::MAX - 16 => self.top = t,
            _ => {
                self.overflow = true;
                self.top = 0;
            }
        }
        if self.top > self.max {
            self.max = self.top;
        }
        Reg(r)
    }

    /// Frees every register at or above `mark` (the value of `top` saved earlier).
    pub fn release(&mut self, mark: u16) {
        if mark <= self.top {
            self.top = mark;
        }
    }

    /// Emits a jump with an unknown target; patch it with `patch_here` or `patch_to`.
    pub fn jump_fwd(&mut self, op: Op) -> usize {
        self.emit(op)
    }

    pub fn patch_to(&mut self, at: usize, target: u32) {
        match &mut self.code[at] {
            Op::Jump { target: t }
            | Op::JumpIf { target: t, .. }
            | Op::JumpIfNot { target: t, .. }
            | Op::JumpLtI { target: t, .. }
            | Op::JumpGeI { target: t, .. }
            | Op::JumpLeI { target: t, .. }
            | Op::JumpLtImm { target: t, .. }
            | Op::JumpGeImm { target: t, .. }
            | Op::JumpGtI { target: t, .. }
            | Op::JumpNeW { target: t, .. }
            | Op::JumpEqW { target: t, .. }
            | Op::IncJumpLtImm { target: t, .. }
            | Op::IncJumpLtI { target: t, .. } => *t = target,
            _ => debug_assert!(false, "patching a non-jump at {at}"),
        }
    }

    pub fn patch_here(&mut self, at: usize) {
        let pc = self.pc();
        self.patch_to(at, pc);
    }
}
