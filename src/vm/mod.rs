//! The VM: one goroutine's frames and registers in heap buffers, and the dispatch loop over them.
//! Go calls push a `Frame` and never recurse on the native stack (DESIGN.md §4); only natives that
//! call back into Go (fmt calling `String()`) run a nested loop, bounded by `MAX_NATIVE_DEPTH`.
//!
//! Invariants:
//! - a frame's window is `regs[base .. base + nregs]`; `regs` is grown before a frame is pushed;
//! - a Go panic is a value travelling up the frames (`panic.rs`), never a Rust panic.

pub mod eq;
mod exec;
pub mod map;
mod ops;
pub mod panic;
mod slice;

pub use ops::index_msg;
pub use slice::slice_bytes;

use crate::compile::opcode::FuncId;
use crate::compile::program::{Const, Program};
use crate::heap;
use std::io::Write;

/// The deepest chain of Go frames before Go's "stack overflow" fatal error (Go's 1 GB stack holds
/// a few million small frames; we stop earlier, with the same message).
pub const MAX_FRAMES: usize = 2_000_000;
const MAX_NATIVE_DEPTH: usize = 64;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum FrameKind {
    Normal,
    /// A deferred call run by `RunDefers` on a normal return.
    Deferred,
    /// A deferred call run while panicking (`recover` works only directly in such a frame).
    DeferredPanic,
    /// The bottom frame of a nested run started by a native (returns to Rust).
    Callback,
}

pub struct Deferred {
    pub closure: u64,
    pub args: Vec<u64>,
}

pub struct Frame {
    pub func: u32,
    pub pc: u32,
    pub base: usize,
    pub closure: u64,
    pub defers: Vec<Deferred>,
    pub kind: FrameKind,
}

pub struct PanicRec {
    pub value: u64,
    pub recovered: bool,
}

/// A goroutine.
pub struct G {
    pub id: u64,
    pub regs: Vec<u64>,
    pub frames: Vec<Frame>,
    pub panics: Vec<PanicRec>,
    /// Frames (function, line) captured when the first unrecovered panic started.
    pub trace: Vec<(u32, u32)>,
    /// Deferred calls that panicked and were unwound while a panic was in flight: (frame index
    /// they occupied, function, line). Go's trace still shows them, as its defers run on top of
    /// the panicking stack.
    pub ghosts: Vec<(usize, u32, u32)>,
    pub native_depth: usize,
}

/// How a run of the loop ended abnormally.
#[derive(Debug)]
pub enum Stop {
    /// A panic unwound past the frame where a nested run started (propagates into the native).
    Unwind,
    /// The process must exit with this code (os.Exit, fatal panic already reported).
    Exit(i32),
}

pub struct Vm<'p> {
    pub prog: &'p Program,
    pub consts: Vec<u64>,
    pub globals: u64,
    func_closures: Vec<u64>,
    pub out: std::io::BufWriter<std::io::Stdout>,
    pub args: Vec<String>,
}

impl<'p> Vm<'p> {
    pub fn new(prog: &'p Program, args: Vec<String>) -> Vm<'p> {
        let consts = prog
            .consts
            .iter()
            .map(|c| match c {
                Const::Word(w) => *w,
                Const::Str(s) => heap::alloc_str(s),
            })
            .collect();
        Vm {
            prog,
            consts,
            globals: heap::alloc(prog.nglobals as usize + 1),
            func_closures: vec![0; prog.funcs.len()],
            out: std::io::BufWriter::with_capacity(1 << 16, std::io::stdout()),
            args,
        }
    }

    /// Runs the program's entry function to completion; returns the process exit code.
    pub fn run_main(&mut self) -> i32 {
        let mut g = G {
            id: 1,
            regs: vec![0; 1024],
            frames: Vec::new(),
            panics: Vec::new(),
            trace: Vec::new(),
            ghosts: Vec::new(),
            native_depth: 0,
        };
        let entry = self.prog.entry;
        self.push_frame(&mut g, entry, 0, 0, FrameKind::Normal);
        let code = match self.run(&mut g, 0) {
            Ok(()) => 0,
            Err(Stop::Exit(c)) => c,
            Err(Stop::Unwind) => 2,
        };
        let _ = self.out.flush();
        code
    }

    /// The shared capture-less closure of function `f`.
    pub fn func_closure(&mut self, f: FuncId) -> u64 {
        let slot = &mut self.func_closures[f.0 as usize];
        if *slot == 0 {
            let c = heap::alloc(2);
            heap::store(c, f.0 as u64);
            *slot = c;
        }
        *slot
    }

    /// Pushes a frame for `f` whose window starts at `base`; grows the register file.
    pub fn push_frame(
        &mut self,
        g: &mut G,
        f: FuncId,
        base: usize,
        closure: u64,
        kind: FrameKind,
    ) -> bool {
        let nregs = self.prog.funcs[f.0 as usize].nregs as usize;
        if g.frames.len() >= MAX_FRAMES {
            return false;
        }
        let need = base + nregs + 8;
        if g.regs.len() < need {
            let new_len = need.max(g.regs.len() * 2);
            g.regs.resize(new_len, 0);
        }
        g.frames.push(Frame {
            func: f.0,
            pc: 0,
            base,
            closure,
            defers: Vec::new(),
            kind,
        });
        true
    }

    /// Calls the Go closure `closure` with `args` from a native; returns its results.
    pub fn call_closure(
        &mut self,
        g: &mut G,
        closure: u64,
        args: &[u64],
    ) -> Result<Vec<u64>, Stop> {
        if closure == 0 {
            self.throw(
                g,
                "runtime error: invalid memory address or nil pointer dereference".into(),
            );
            return Err(Stop::Unwind);
        }
        if g.native_depth >= MAX_NATIVE_DEPTH {
            eprintln!("fatal error: gorun: native callbacks nested too deeply");
            return Err(Stop::Exit(2));
        }
        let f = FuncId(heap::load(closure) as u32);
        let base = match g.frames.last() {
            Some(fr) => fr.base + self.prog.funcs[fr.func as usize].nregs as usize + 8,
            None => 0,
        };
        if !self.push_frame(g, f, base, closure, FrameKind::Callback) {
            return Err(self.stack_overflow(g));
        }
        g.regs[base..base + args.len()].copy_from_slice(args);
        let depth = g.frames.len() - 1;
        g.native_depth += 1;
        let r = self.run(g, depth);
        g.native_depth -= 1;
        r?;
        let nres = self.prog.funcs[f.0 as usize].nresults as usize;
        Ok(g.regs[base..base + nres].to_vec())
    }

    /// Reports Go's stack-overflow fatal error.
    pub fn stack_overflow(&mut self, g: &mut G) -> Stop {
        let _ = self.out.flush();
        let mut msg = String::from("runtime: goroutine stack exceeds 1000000000-byte limit\nfatal error: stack overflow\n\n");
        msg.push_str(&format!("goroutine {} [running]:\n", g.id));
        msg.push_str(&self.format_frames(&self.live_trace(g), 10));
        eprint!("{msg}");
        Stop::Exit(2)
    }
}

impl Vm<'_> {
    /// A safepoint: the running goroutine's state is entirely in its frames and registers (the
    /// register-kind maps say which registers may hold references). Nothing to do until the
    /// collector (heap issue) and the preempting scheduler (runtime issue) hook in here.
    #[inline(never)]
    pub fn safepoint(&mut self, g: &mut G) {
        let _ = g;
    }
}
