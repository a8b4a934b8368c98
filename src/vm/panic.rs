//! Go panics (ARCHITECTURE.md §9, kind 2): starting one, running deferred calls while unwinding,
//! `recover`, and the report Go prints for an uncaught panic (`panic: ...`, `[recovered]` chains,
//! `goroutine 1 [running]:` with frames and `file:line`), exit code 2.
//!
//! Invariant: while `g.panics` has an unrecovered last entry, the loop is unwinding: every
//! `DeferredPanic` frame that returns hands control back to `continue_panic`.

use super::fault::Fault;
use super::{Frame, FrameKind, PanicRec, Stop, Vm, G};
use crate::compile::opcode::FuncId;
use crate::compile::program::RtKind;
use crate::heap;
use std::io::Write;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Goroutines unwinding a panic nothing has recovered yet (Go's `runningPanicDefers`): when
/// `main` returns while one runs its deferred calls, the runtime waits a moment before exiting,
/// since a deferred call may be what let `main` return (`defer wg.Done()`) and the panic may
/// still end the program with its report and exit status 2.
static UNWINDING: AtomicUsize = AtomicUsize::new(0);

/// How many goroutines are unwinding an unrecovered panic (see `UNWINDING`).
pub fn unwinding_panics() -> usize {
    UNWINDING.load(Ordering::SeqCst)
}

/// Does `g` hold a panic nothing has recovered (not a `runtime.Goexit`)?
fn has_live_panic(g: &G) -> bool {
    g.panics
        .iter()
        .any(|p| !p.recovered && p.value != super::GOEXIT)
}

/// Runs `change` on `g`'s panics and counts `g` in or out of `UNWINDING` as it starts or stops
/// holding a live panic.
pub(super) fn track_panics<R>(g: &mut G, change: impl FnOnce(&mut G) -> R) -> R {
    let before = has_live_panic(g);
    let r = change(g);
    match (before, has_live_panic(g)) {
        (false, true) => {
            UNWINDING.fetch_add(1, Ordering::SeqCst);
        }
        (true, false) => {
            UNWINDING.fetch_sub(1, Ordering::SeqCst);
        }
        _ => {}
    }
    r
}

/// The last line of every internal-error report (the panic hook of `main.rs` prints it too).
pub const INTERNAL_ERROR_FOOTER: &str =
    "This is a bug in gorun, not in your program; please report it with the program that triggered it.\n";

impl Vm<'_> {
    /// Raises fault `f` in the running goroutine: a recoverable one starts a Go panic whose
    /// value has the Go type the fault's kind names (`None`: unwind); a fatal, unsupported or
    /// internal one is reported at once and gives the stop that ends the program.
    pub fn throw(&mut self, g: &mut G, f: Fault) -> Option<Stop> {
        let wk = &self.prog().well_known;
        let (ty, msg) = match f {
            Fault::Bounds(m) => (wk.rt_bounds_error, m),
            Fault::TypeAssertion(m) => (wk.rt_type_assert_error, m),
            Fault::Plain(m) => (wk.rt_plain_error, m),
            Fault::Runtime(m) => (wk.rt_runtime_error, m),
            Fault::Str(m) => (wk.rt_string, m),
            Fault::Fatal(m) => return Some(self.fatal_error(g, &m)),
            Fault::Unsupported(what) => return Some(self.unsupported_error(g, &what)),
            Fault::Internal(m) => return Some(self.internal_error(g, &m)),
        };
        let s = heap::alloc_str(msg.as_bytes());
        let b = heap::alloc(2);
        heap::store(b, ty.0 as u64);
        heap::store(b + 8, s);
        self.start_panic(g, b);
        None
    }

    /// `recover()`: in a deferred call run by a panic, marks the panic recovered and gives its
    /// value; anywhere else nil. Out of line: the dispatch loop keeps its registers for the
    /// hot instructions.
    #[inline(never)]
    pub(super) fn recover(g: &mut G) -> u64 {
        let in_deferred = g
            .frames
            .last()
            .is_some_and(|fr| fr.kind == FrameKind::DeferredPanic);
        track_panics(g, |g| match g.panics.last_mut() {
            Some(p) if in_deferred && !p.recovered && p.value != super::GOEXIT => {
                p.recovered = true;
                p.value
            }
            _ => 0,
        })
    }

    /// Takes the innermost panic off `g` (a native that recovers it, as `fmt` does when a
    /// `String` method panics); its value, or 0.
    pub fn take_panic(&mut self, g: &mut G) -> u64 {
        track_panics(g, |g| g.panics.pop().map_or(0, |p| p.value))
    }

    /// Starts a panic with interface value `v`.
    pub fn start_panic(&mut self, g: &mut G, v: u64) {
        g.trace = self.live_trace(g);
        track_panics(g, |g| {
            g.panics.push(PanicRec {
                value: v,
                recovered: false,
            })
        });
    }

    /// The (function, line) of every live frame, innermost first.
    pub fn live_trace(&self, g: &G) -> Vec<(u32, u32)> {
        let mut out = Vec::new();
        for gh in g.ghosts.iter().rev().filter(|gh| gh.0 >= g.frames.len()) {
            out.push((gh.1, gh.2));
        }
        for (i, f) in g.frames.iter().enumerate().rev() {
            let proto = &self.prog().funcs[f.func as usize];
            // The top frame's pc points after the faulting instruction; callers' after the call
            // (a frame running its deferred calls points at its RunDefers itself).
            let running_defers = g
                .frames
                .get(i + 1)
                .is_some_and(|n| n.kind == FrameKind::Deferred);
            let at_defers = running_defers
                && matches!(
                    proto.code.get(f.pc as usize),
                    Some(crate::compile::opcode::Op::RunDefers)
                );
            let pc = if at_defers {
                f.pc as usize
            } else {
                f.pc.saturating_sub(1) as usize
            };
            let line = proto.lines.get(pc).copied().unwrap_or(0);
            out.push((f.func, line));
            for gh in g.ghosts.iter().rev().filter(|gh| gh.0 == i) {
                out.push((gh.1, gh.2));
            }
        }
        out
    }

    /// Go's frame lines for a trace (runtime and synthetic frames hidden).
    pub fn format_frames(&self, trace: &[(u32, u32)], limit: usize) -> String {
        let mut s = String::new();
        for &(f, line) in trace.iter().take(limit) {
            let proto = &self.prog().funcs[f as usize];
            if proto.name.starts_with("runtime.")
                || proto.name.ends_with("-fm")
                || proto.native.is_some()
            {
                continue;
            }
            let path = self.file_path(proto.file);
            let args = if proto.nparams > 0 { "..." } else { "" };
            s.push_str(&format!("{}({})\n\t{}:{}\n", proto.name, args, path, line));
        }
        s
    }

    /// A source file as tracebacks show it: its absolute path when it exists.
    fn file_path(&self, file: crate::types::FileId) -> String {
        let name = self
            .prog()
            .file_names
            .get(file.0 as usize)
            .cloned()
            .unwrap_or_default();
        std::fs::canonicalize(&name)
            .map(|p| p.display().to_string())
            .unwrap_or(name)
    }

    /// Go's `fatal error: MSG` (not recoverable: concurrent map writes, unlock of an unlocked
    /// mutex): the message, the goroutine's trace, exit status 2.
    pub fn fatal_error(&mut self, g: &mut G, msg: &str) -> Stop {
        self.stop_with_trace(g, &format!("fatal error: {msg}"))
    }

    /// A construct or standard function gorun lacks was reached: says so with the
    /// goroutine's trace (so the learner sees where), exit status 2. Never recoverable: it is
    /// gorun's limit, not the program's panic.
    pub fn unsupported_error(&mut self, g: &mut G, what: &str) -> Stop {
        self.stop_with_trace(g, &format!("gorun: not supported yet: {what}"))
    }

    /// Prints `headline` and the running goroutine's traceback, as Go's fatal errors do; the
    /// program then exits with status 2.
    fn stop_with_trace(&mut self, g: &mut G, headline: &str) -> Stop {
        let _ = self.out.flush();
        let mut text = format!("{headline}\n\ngoroutine {} [running]:\n", g.id);
        text.push_str(&self.goroutine_frames(g));
        let _ = std::io::stderr().write_all(text.as_bytes());
        Stop::Exit(2)
    }

    /// A broken invariant of gorun's (ARCHITECTURE.md §9, kind 3): reported as a bug of
    /// gorun's with the Go code being run, exit status 70. Never a Go panic, so `recover`
    /// cannot hide it.
    pub fn internal_error(&mut self, g: &mut G, msg: &str) -> Stop {
        let _ = self.out.flush();
        let mut text = format!(
            "gorun: internal error: {msg}\nwhile running goroutine {}:\n",
            g.id
        );
        text.push_str(&self.format_frames(&self.live_trace(g), 100));
        text.push_str(INTERNAL_ERROR_FOOTER);
        let _ = std::io::stderr().write_all(text.as_bytes());
        Stop::Exit(70)
    }

    /// A goroutine's traceback below its header line: its live frames, then where it was
    /// created.
    pub fn goroutine_frames(&self, g: &G) -> String {
        self.format_frames(&self.live_trace(g), 100) + &self.created_by(g)
    }

    /// Go's last traceback lines for a goroutine started by a `go` statement:
    /// `created by main.main in goroutine 1` and the statement's location.
    pub fn created_by(&self, g: &G) -> String {
        self.created_at(g.created_by)
    }

    /// The `created by` lines for a `go` statement at (function, line) in goroutine `parent`.
    pub fn created_at(&self, site: Option<(u32, u32, u64)>) -> String {
        let Some((f, line, parent)) = site else {
            return String::new();
        };
        let proto = &self.prog().funcs[f as usize];
        let path = self.file_path(proto.file);
        format!(
            "created by {} in goroutine {parent}\n\t{path}:{line}\n",
            proto.name
        )
    }

    /// Continues unwinding after a panic started or a deferred call returned during one.
    /// Returns Ok(()) when execution can resume (a recovered frame or a deferred call pushed),
    /// `Err(Stop::Unwind)` when unwinding reached `stop_depth` (a native's nested run).
    pub fn continue_panic(&mut self, g: &mut G, stop_depth: usize) -> Result<(), Stop> {
        loop {
            let recovered = g.panics.last().is_some_and(|p| p.recovered);
            if recovered {
                // spec: "the function that deferred the recovering call returns normally".
                track_panics(g, |g| g.panics.clear());
                g.ghosts.clear();
                if let Some(fr) = g.frames.last_mut() {
                    fr.pc = self.prog().funcs[fr.func as usize].epilogue;
                }
                return Ok(());
            }
            if g.frames.is_empty() {
                return Err(self.unwound(g));
            }
            if let Some(d) = g.pop_defer() {
                let top = g.frames.last().expect("checked non-empty above");
                let base = self.base_above(top);
                let f = FuncId(heap::load(d.closure) as u32);
                if self
                    .push_frame(g, f, base, d.closure, FrameKind::DeferredPanic)
                    .is_none()
                {
                    return Err(self.stack_overflow(g));
                }
                let callee_base = g.frames.last().map_or(0, |f| f.base());
                g.regs[callee_base..callee_base + d.args.len()].copy_from_slice(&d.args);
                return Ok(());
            }
            if g.frames.len() - 1 <= stop_depth && stop_depth > 0 {
                g.frames.pop();
                return Err(Stop::Unwind);
            }
            let popped: Frame = g.frames.pop().expect("checked non-empty above");
            if popped.kind == FrameKind::DeferredPanic {
                let proto = &self.prog().funcs[popped.func as usize];
                let line = proto
                    .lines
                    .get(popped.pc.saturating_sub(1) as usize)
                    .copied()
                    .unwrap_or(0);
                g.ghosts.push((g.frames.len(), popped.func, line));
            }
            if popped.kind == FrameKind::Callback {
                return Err(Stop::Unwind);
            }
            if g.frames.is_empty() {
                return Err(self.unwound(g));
            }
        }
    }

    /// Unwinding left no frame: `runtime.Goexit` ends the goroutine quietly, a panic ends the
    /// program.
    fn unwound(&mut self, g: &mut G) -> Stop {
        if g.panics.last().is_some_and(|p| p.value == super::GOEXIT) {
            track_panics(g, |g| g.panics.clear());
            return Stop::Goexit;
        }
        g.panics.retain(|p| p.value != super::GOEXIT);
        self.fatal_panic(g)
    }

    /// Prints Go's report of an uncaught panic and stops the program with exit code 2.
    fn fatal_panic(&mut self, g: &mut G) -> Stop {
        let _ = self.out.flush();
        let mut msg = String::new();
        let mut sigsegv = false;
        let panics: Vec<(u64, bool)> = g.panics.iter().map(|p| (p.value, p.recovered)).collect();
        let mut first = true;
        for (i, (v, rec)) in panics.iter().enumerate() {
            // A recovered value panicked again unchanged prints once (Go 1.23+).
            let repanicked = *rec && panics.get(i + 1).is_some_and(|n| n.0 == *v);
            if i > 0 && panics[i - 1].1 && panics[i - 1].0 == *v {
                continue;
            }
            if !first {
                msg.push('\t');
            }
            first = false;
            let text = self.panic_value_text(g, *v).replace('\n', "\n\t");
            if text.contains("nil pointer dereference") {
                sigsegv = true;
            }
            msg.push_str(&format!("panic: {text}"));
            if repanicked {
                msg.push_str(" [recovered, repanicked]");
            } else if *rec {
                msg.push_str(" [recovered]");
            }
            msg.push('\n');
        }
        if sigsegv {
            msg.push_str("[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n");
        }
        msg.push_str(&format!("\ngoroutine {} [running]:\n", g.id));
        let trace = std::mem::take(&mut g.trace);
        msg.push_str(&self.format_frames(&trace, 100));
        msg.push_str(&self.created_by(g));
        let _ = std::io::stderr().write_all(msg.as_bytes());
        Stop::Died
    }

    /// How Go's runtime prints a panic value: errors by `Error()`, Stringers by `String()`, basic
    /// values plainly, named basic values as `main.T(v)`, others as `(T) address`.
    pub fn panic_value_text(&mut self, g: &mut G, v: u64) -> String {
        if v == 0 {
            return "nil".into();
        }
        let ty = heap::load(v) as u32;
        let data = heap::load(v + 8);
        let rt = &self.prog().rtypes[ty as usize];
        let wk = &self.prog().well_known;
        if [
            wk.rt_runtime_error,
            wk.rt_bounds_error,
            wk.rt_plain_error,
            wk.rt_type_assert_error,
            wk.rt_panic_nil_error,
        ]
        .iter()
        .any(|t| t.0 == ty)
        {
            let s = String::from_utf8_lossy(heap::str_bytes(data)).into_owned();
            return s;
        }
        for sym in [wk.error_sym, wk.string_sym] {
            if let Some(f) = rt.method(sym) {
                let c = self.func_closure(f);
                let saved = std::mem::take(&mut g.panics);
                let r = self.call_closure(g, c, &[data]);
                g.panics = saved;
                if let Ok(res) = r {
                    let s = String::from_utf8_lossy(heap::str_bytes(res[0])).into_owned();
                    return s;
                }
            }
        }
        let name = rt.name.clone();
        let plain = super::native::print_value(self.prog(), ty, data);
        match &rt.kind {
            RtKind::String if rt.named => format!("{name}(\"{plain}\")"),
            RtKind::Bool | RtKind::Int { .. } | RtKind::Float { .. } | RtKind::Uintptr
                if rt.named =>
            {
                format!("{name}({plain})")
            }
            RtKind::String
            | RtKind::Bool
            | RtKind::Int { .. }
            | RtKind::Float { .. }
            | RtKind::Uintptr => plain,
            _ => format!("({name}) {data:#x}"),
        }
    }
}
