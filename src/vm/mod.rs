//! The VM: one goroutine's frames and registers in heap buffers, and the dispatch loop over them.
//! Go calls push a `Frame` and never recurse on the native stack (ARCHITECTURE.md §5); only natives that
//! call back into Go (fmt calling `String()`) run a nested loop, bounded by `MAX_NATIVE_DEPTH`.
//!
//! Invariants:
//! - a frame's window is `regs[base .. base + nregs]`; `regs` is grown before a frame is pushed;
//! - a Go panic is a value travelling up the frames (`panic.rs`), never a Rust panic.

pub mod eq;
mod exec;
pub mod fault;
pub mod host;
pub mod map;
pub mod native;
mod ops;
pub mod panic;
mod roots;
mod slice;
pub mod utf8;

pub use fault::Fault;
pub use host::{Flow, GHandle, GRef, Host, ParkedRoots, Resume, Suspender, WaitReason};
pub use slice::slice_bytes;

use crate::compile::opcode::{FuncId, Op};
use crate::compile::program::{Const, FuncProto, Program};
use crate::heap;
use std::io::Write;
use std::sync::atomic::{AtomicPtr, AtomicU64, Ordering};

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

/// One call's activation record. Kept at 32 bytes: a parked goroutine's memory is mostly its
/// frames and registers.
pub struct Frame {
    pub func: u32,
    /// The index of the next instruction in `code`, saved when the frame stops being the top.
    pub pc: u32,
    /// The frame's first register in the goroutine's register file.
    pub base: u32,
    pub kind: FrameKind,
    /// The start of `func`'s code, cached so that a return resumes without a program lookup.
    pub code: CodePtr,
    pub closure: u64,
}

const _: () = assert!(std::mem::size_of::<Frame>() == 32);

impl Frame {
    pub fn new(
        func: u32,
        code: &'static [Op],
        base: usize,
        closure: u64,
        kind: FrameKind,
    ) -> Frame {
        Frame {
            func,
            pc: 0,
            base: base as u32,
            kind,
            code: CodePtr(code.as_ptr()),
            closure,
        }
    }

    pub fn base(&self) -> usize {
        self.base as usize
    }
}

/// A pointer to the first instruction of a function's code.
#[derive(Clone, Copy)]
pub struct CodePtr(pub *const Op);

// SAFETY: it points into a `FuncProto`'s code, which is immutable and never freed (programs and
// REPL snapshots are leaked), so any thread may read through it.
unsafe impl Send for CodePtr {}
unsafe impl Sync for CodePtr {}

pub struct PanicRec {
    pub value: u64,
    pub recovered: bool,
}

/// The panic value that stands for `runtime.Goexit` while it runs the deferred calls: `recover`
/// does not see it, and unwinding past the last frame ends the goroutine quietly.
pub const GOEXIT: u64 = u64::MAX;

/// A goroutine's execution state. Owned by its `GHandle`'s lock: the worker running it holds the
/// lock for the whole time slice, so nothing else touches it while it runs.
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
    /// Pending deferred calls, each with the depth (index in `frames`) of the frame that
    /// deferred it: kept apart from the frames so a call pushes and pops a small plain `Frame`.
    pub defers: Vec<(usize, Deferred)>,
    /// What a parked goroutine must do first when it runs again (deliver a received value...).
    pub resume: Option<Box<dyn Resume>>,
    /// Where the `go` statement that started it was: (function, line, parent goroutine id).
    pub created_by: Option<(u32, u32, u64)>,
    /// Go words a native holds in Rust across a callback into Go (a handle scope): roots for
    /// the collector, dropped when the native returns.
    pub keep: Vec<u64>,
}

impl G {
    /// Pushes a frame running `proto` (function `f`) whose window starts at `base`, growing
    /// the register file; returns the frame's code (None on stack overflow).
    #[inline(always)]
    pub fn push_frame(
        &mut self,
        f: FuncId,
        proto: &'static FuncProto,
        base: usize,
        closure: u64,
        kind: FrameKind,
    ) -> Option<&'static [Op]> {
        let need = base + proto.nregs as usize + 8;
        if need > u32::MAX as usize {
            return None; // a register file of 32 GB: report it as the stack overflow it is
        }
        if self.regs.len() < need {
            let new_len = need.max(self.regs.len() * 2);
            self.regs.resize(new_len, 0);
        }
        // The depth limit is checked only when the frame stack must grow, which the growth
        // steps make land on MAX_FRAMES exactly: the common call pays one compare, not two.
        let len = self.frames.len();
        if len == self.frames.capacity() {
            if len >= MAX_FRAMES {
                return None;
            }
            // Double (at least 4 frames), as `Vec` would, but stop at the limit exactly.
            let want = (len * 2).clamp(4, MAX_FRAMES);
            self.frames.reserve_exact(want - len);
        }
        let frame = Frame::new(f.0, &proto.code, base, closure, kind);
        // SAFETY: `len < capacity` was ensured just above.
        unsafe {
            self.frames.as_mut_ptr().add(len).write(frame);
            self.frames.set_len(len + 1);
        }
        Some(&proto.code)
    }

    /// Makes a finished goroutine's state fresh for a new goroutine, keeping its buffers (a
    /// register file that grew large is given back).
    pub fn reset(&mut self, id: u64, regs: usize) {
        self.id = id;
        if self.regs.capacity() > 4096 {
            self.regs = Vec::new();
        }
        self.regs.clear();
        self.regs.resize(regs, 0);
        self.frames.clear();
        // A goroutine that died of its panic in a REPL session stops counting as unwinding.
        panic::track_panics(self, |g| g.panics.clear());
        self.trace.clear();
        self.ghosts.clear();
        self.native_depth = 0;
        self.defers.clear();
        self.resume = None;
        self.created_by = None;
        self.keep.clear();
    }

    /// Takes the last deferred call of the top frame, if it has one left.
    pub fn pop_defer(&mut self) -> Option<Deferred> {
        let depth = self.frames.len().checked_sub(1)?;
        match self.defers.last() {
            Some((d, _)) if *d == depth => self.defers.pop().map(|(_, d)| d),
            _ => None,
        }
    }

    /// A goroutine about to run `f`: registers sized for its first frame only, so a parked
    /// goroutine stays a few hundred bytes (ARCHITECTURE.md §5).
    pub fn new(id: u64, regs: usize) -> G {
        G {
            id,
            regs: vec![0; regs],
            frames: Vec::with_capacity(1),
            panics: Vec::new(),
            trace: Vec::new(),
            ghosts: Vec::new(),
            native_depth: 0,
            defers: Vec::new(),
            resume: None,
            created_by: None,
            keep: Vec::new(),
        }
    }
}

/// How a run of the loop ended abnormally.
#[derive(Debug)]
pub enum Stop {
    /// A panic unwound past the frame where a nested run started (propagates into the native).
    Unwind,
    /// The process must exit with this code (os.Exit, fatal panic already reported).
    Exit(i32),
    /// The goroutine blocked at a bytecode-level operation; its state is saved in its frames and
    /// whoever wakes it holds it (a channel's wait queue, a timer...).
    Park,
    /// The time slice is over (or `Gosched`): the goroutine goes back to a run queue.
    Yield,
    /// `runtime.Goexit` finished running the deferred calls: the goroutine ends.
    Goexit,
    /// An uncaught panic (or a stack overflow) was reported: a program exits with status 2, a
    /// REPL session loses only this goroutine.
    Died,
}

/// What every goroutine of a program shares: the program, its constants and globals, stdout.
pub struct Shared {
    /// The program; a REPL session swaps in a bigger snapshot after each input (every snapshot
    /// extends the one before with the same ids, so a reader holding an older one is fine).
    /// Snapshots are leaked: code of any of them may still be running.
    prog: AtomicPtr<Program>,
    /// The loaded constants: the first `prog().nconsts()` are set (a session appends).
    pub consts: Box<[AtomicU64]>,
    pub globals: u64,
    /// Room for this many global words.
    pub globals_cap: usize,
    pub func_closures: Box<[AtomicU64]>,
    /// Go's `os.Stdout` is unbuffered; one buffer behind one lock keeps each write whole and the
    /// order of writes the order of the goroutines' calls. Flushed when the program exits,
    /// before stderr output, before reading stdin, and whenever no goroutine is runnable.
    pub out: parking_lot::Mutex<std::io::BufWriter<Box<dyn Write + Send>>>,
    /// A terminal sees every line as soon as it is written (a learner watching progress output
    /// of a long computation); pipes and files get the full buffer.
    out_is_terminal: bool,
    pub args: Vec<String>,
}

/// Room a REPL session has for constants, functions and global words (a program gets exactly
/// what it needs).
pub const SESSION_CONSTS: usize = 1 << 18;
pub const SESSION_FUNCS: usize = 1 << 18;
pub const SESSION_GLOBALS: usize = 1 << 16;

impl Shared {
    pub fn new(prog: &'static Program, args: Vec<String>) -> Shared {
        let out: Box<dyn Write + Send> = Box::new(std::io::stdout());
        let terminal = std::io::IsTerminal::is_terminal(&std::io::stdout());
        Shared::with_room(prog, args, None, out, terminal)
    }

    /// A `Shared` with room for a REPL session (`room`), writing standard output to `out`.
    pub fn with_room(
        prog: &'static Program,
        args: Vec<String>,
        room: Option<(usize, usize, usize)>,
        out: Box<dyn Write + Send>,
        out_is_terminal: bool,
    ) -> Shared {
        let (nconsts, nfuncs, nglobals) =
            room.unwrap_or((prog.nconsts(), prog.funcs.len(), prog.nglobals as usize + 1));
        let consts: Box<[AtomicU64]> = (0..nconsts.max(prog.nconsts()))
            .map(|_| AtomicU64::new(0))
            .collect();
        let shared = Shared {
            prog: AtomicPtr::new(prog as *const Program as *mut Program),
            consts,
            globals: heap::alloc(nglobals.max(prog.nglobals as usize + 1)),
            globals_cap: nglobals.max(prog.nglobals as usize + 1),
            func_closures: (0..nfuncs.max(prog.funcs.len()))
                .map(|_| AtomicU64::new(0))
                .collect(),
            out: parking_lot::Mutex::new(std::io::BufWriter::with_capacity(1 << 16, out)),
            out_is_terminal,
            args,
        };
        shared.load_consts(prog);
        shared
    }

    /// Loads the constants `prog` carries (strings are allocated: the caller may allocate).
    fn load_consts(&self, prog: &Program) {
        for (i, c) in prog.consts.iter().enumerate() {
            let i = prog.consts_base + i;
            let w = match c {
                Const::Word(w) => *w,
                Const::Str(s) => heap::alloc_str(s),
            };
            self.consts[i].store(w, Ordering::Release);
        }
    }

    /// The current program snapshot.
    #[inline]
    pub fn prog(&self) -> &'static Program {
        // SAFETY: every pointer stored here comes from a leaked `Box<Program>` (or a
        // `&'static Program`) and is never freed.
        unsafe { &*self.prog.load(Ordering::Acquire) }
    }

    /// Does `prog` fit the room this `Shared` was made with?
    pub fn fits(&self, prog: &Program) -> bool {
        prog.nconsts() <= self.consts.len()
            && prog.funcs.len() <= self.func_closures.len()
            && (prog.nglobals as usize) < self.globals_cap
    }

    /// Installs a bigger snapshot of the program (a REPL session's next input): its new
    /// constants are loaded, then it is published. The caller may allocate and checked `fits`.
    pub fn install(&self, prog: Box<Program>) {
        self.load_consts(&prog);
        self.prog.store(Box::into_raw(prog), Ordering::Release);
    }

    /// The shared capture-less closure of function `f`.
    pub fn func_closure(&self, f: FuncId) -> u64 {
        let slot = &self.func_closures[f.0 as usize];
        let c = slot.load(Ordering::Acquire);
        if c != 0 {
            return c;
        }
        let c = heap::alloc(2);
        heap::store(c, f.0 as u64);
        // Two goroutines may race to create it; either closure is as good (funcs are compared
        // only with nil), but keep one so every later load sees the same value.
        match slot.compare_exchange(0, c, Ordering::AcqRel, Ordering::Acquire) {
            Ok(_) => c,
            Err(existing) => existing,
        }
    }
}

/// `vm.out`: writes go to the shared stdout buffer, one whole write at a time.
pub struct SharedOut(&'static Shared);

impl Write for SharedOut {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let mut out = self.0.out.lock();
        out.write_all(buf)?;
        if self.0.out_is_terminal && buf.contains(&b'\n') {
            out.flush()?;
        }
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.0.out.lock().flush()
    }
}

/// One execution context: the dispatch loop's view of the program plus the worker it runs on.
/// Each pooled coroutine owns one, so a goroutine pinned under a native callback keeps its
/// context when it moves to another worker (ARCHITECTURE.md §5).
pub struct Vm<'y> {
    pub shared: &'static Shared,
    pub host: &'static dyn Host,
    pub consts: &'static [AtomicU64],
    pub globals: u64,
    pub out: SharedOut,
    pub args: &'static [String],
    /// The worker (scheduler P) this context runs on now; set at every resume.
    pub worker: usize,
    /// The goroutine running now (for wait queues).
    pub cur: Option<GRef>,
    /// How to suspend the coroutine when blocking beneath a native callback; None outside one.
    pub suspender: Option<&'y dyn Suspender>,
    /// Per-context random state (select's order).
    pub rng: u64,
    /// The dispatch loop's state that is not worth a machine register (`exec.rs`): the
    /// running frame's closure, and the calls and back-edges left before the next safepoint
    /// poll. Kept here rather than in locals so that LLVM has registers enough for `pc` and
    /// `fp` whatever else the loop holds.
    pub clo: u64,
    pub budget: u32,
}

impl<'y> Vm<'y> {
    pub fn new(
        shared: &'static Shared,
        host: &'static dyn Host,
        suspender: Option<&'y dyn Suspender>,
    ) -> Vm<'y> {
        Vm {
            shared,
            host,
            consts: &shared.consts,
            globals: shared.globals,
            out: SharedOut(shared),
            args: &shared.args,
            worker: 0,
            cur: None,
            suspender,
            rng: 0x9E37_79B9_7F4A_7C15,
            clo: 0,
            budget: exec::SAFEPOINT_BUDGET,
        }
    }

    /// The current program snapshot (see `Shared::prog`).
    #[inline]
    pub fn prog(&self) -> &'static Program {
        self.shared.prog()
    }

    /// A fast pseudo-random number (xorshift), for select's choice among ready cases.
    pub fn rand(&mut self) -> u64 {
        let mut x = self.rng;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.rng = x;
        x
    }

    /// Blocks the running goroutine after a host operation returned `Flow::Park`. At the top
    /// level the loop returns (`Stop::Park`) and the goroutine keeps no native stack; beneath a
    /// native callback the coroutine itself suspends and stays with the goroutine. Returns a
    /// fault when the wake-up says so (send on a channel closed meanwhile).
    pub fn park(&mut self, g: &mut G) -> Result<Option<Fault>, Stop> {
        if g.native_depth == 0 {
            return Err(Stop::Park);
        }
        let Some(s) = self.suspender else {
            return Err(self.internal_error(g, "goroutine blocked outside a coroutine"));
        };
        // Its state stays locked inside the coroutine: leave the traceback where a deadlock
        // report can read it.
        if let Some(me) = &self.cur {
            *me.pinned_trace.lock() = Some((self.live_trace(g), g.created_by));
        }
        self.leave_roots(g);
        self.worker = s.suspend_pinned();
        if let Some(me) = &self.cur {
            *me.pinned_trace.lock() = None;
        }
        self.take_back_roots(g);
        Ok(self.apply_resume(g))
    }

    /// Before the running goroutine's state is locked away from the collector (it blocks
    /// beneath a native callback, or in a blocking host call): leaves a snapshot of its roots
    /// in its handle, and its wake-up action with them (a value handed over later is seen).
    pub fn leave_roots(&self, g: &mut G) {
        let Some(me) = &self.cur else { return };
        let resume = g.resume.take();
        let mut words = Vec::new();
        g.roots(self.prog(), &mut |w| words.push(w));
        *me.parked.lock() = Some(ParkedRoots { words, resume });
    }

    /// Undoes `leave_roots` once the goroutine has its state again.
    pub fn take_back_roots(&self, g: &mut G) {
        if let Some(p) = self.cur.as_ref().and_then(|me| me.parked.lock().take()) {
            g.resume = p.resume;
        }
    }

    /// Beneath a native callback, a goroutine about to block must be marked pinned before its
    /// waiter is published, so the worker that picks it up resumes its coroutine.
    #[inline]
    pub fn pin_if_nested(&self, g: &G, on: bool) {
        if g.native_depth > 0 {
            if let Some(me) = &self.cur {
                me.pinned.store(on, Ordering::Release);
            }
        }
    }

    /// Runs the wake-up action a parked goroutine left (copy a received value into its
    /// registers, ...); returns a panic message if the action says to panic.
    pub fn apply_resume(&mut self, g: &mut G) -> Option<Fault> {
        let r = g.resume.take()?;
        r.apply(self, g)
    }

    /// The shared capture-less closure of function `f`.
    pub fn func_closure(&mut self, f: FuncId) -> u64 {
        self.shared.func_closure(f)
    }

    /// Pushes a frame for `f` whose window starts at `base` (see `G::push_frame`).
    #[inline(always)]
    pub fn push_frame(
        &mut self,
        g: &mut G,
        f: FuncId,
        base: usize,
        closure: u64,
        kind: FrameKind,
    ) -> Option<&'static [Op]> {
        g.push_frame(f, &self.prog().funcs[f.0 as usize], base, closure, kind)
    }

    /// The first register free above the running frame: where a call that is not in the
    /// frame's own code (a deferred call, a native's callback) opens its window.
    pub fn base_above(&self, fr: &Frame) -> usize {
        fr.base() + self.prog().funcs[fr.func as usize].nregs as usize + 8
    }

    /// Calls the Go closure `closure` with `args` from a native; returns its results.
    pub fn call_closure(
        &mut self,
        g: &mut G,
        closure: u64,
        args: &[u64],
    ) -> Result<Vec<u64>, Stop> {
        if closure == 0 {
            return Err(self.throw(g, fault::nil_deref()).unwrap_or(Stop::Unwind));
        }
        if g.native_depth >= MAX_NATIVE_DEPTH {
            let what = format!(
                "callbacks from the standard library into Go nested more than {MAX_NATIVE_DEPTH} deep"
            );
            return Err(self.unsupported_error(g, &what));
        }
        let f = FuncId(heap::load(closure) as u32);
        let base = match g.frames.last() {
            Some(fr) => self.base_above(fr),
            None => 0,
        };
        if self
            .push_frame(g, f, base, closure, FrameKind::Callback)
            .is_none()
        {
            return Err(self.stack_overflow(g));
        }
        g.regs[base..base + args.len()].copy_from_slice(args);
        let depth = g.frames.len() - 1;
        g.native_depth += 1;
        let r = self.run(g, depth);
        g.native_depth -= 1;
        r?;
        let nres = self.prog().funcs[f.0 as usize].nresults as usize;
        Ok(g.regs[base..base + nres].to_vec())
    }

    /// Reports Go's stack-overflow fatal error.
    pub fn stack_overflow(&mut self, g: &mut G) -> Stop {
        let _ = self.out.flush();
        let mut msg = String::from("runtime: goroutine stack exceeds 1000000000-byte limit\nfatal error: stack overflow\n\n");
        msg.push_str(&format!("goroutine {} [running]:\n", g.id));
        msg.push_str(&self.format_frames(&self.live_trace(g), 10));
        msg.push_str(&self.created_by(g));
        eprint!("{msg}");
        Stop::Died
    }
}

impl Vm<'_> {
    /// A safepoint: the running goroutine's state is entirely in its frames and registers (the
    /// register-kind maps say which registers may hold references). The collector stops the
    /// world here; the scheduler fires due timers and says whether the time slice is over.
    #[inline(never)]
    pub fn safepoint(&mut self, g: &mut G) -> bool {
        if heap::gc::should_stop() {
            self.host.gc_safepoint(self, g);
        }
        if self
            .cur
            .as_ref()
            .is_some_and(|c| c.killed.load(Ordering::Relaxed))
        {
            return true;
        }
        self.host.safepoint(self.worker)
    }
}
