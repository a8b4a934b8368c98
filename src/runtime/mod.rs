//! The goroutine runtime (ARCHITECTURE.md §5–§7): the M:N scheduler, channels, select, timers and the
//! wait queues of `sync`, behind the VM's `Host` interface.
//!
//! Shape: one worker thread per GOMAXPROCS (Go's M+P). A worker takes a runnable goroutine and
//! resumes a pooled corosensei coroutine with it; the coroutine runs the stackless dispatch loop
//! for one time slice and reports how the slice ended (`Outcome`). A goroutine that blocks at a
//! bytecode-level operation keeps no native stack: its state is its `G`, held by whatever will
//! wake it (a channel's wait queue, a timer, a `sync` wait queue). Only a goroutine that blocks
//! beneath a native callback keeps its coroutine (`GHandle::pin`).
//!
//! Invariants:
//! - a `G` is touched only under its `GHandle` lock, which its worker holds for the whole slice;
//!   a waker that readies a goroutine before it has left its worker simply makes the next worker
//!   wait for that lock (this is Go's "release the channel lock only after the goroutine is off
//!   its worker", ARCHITECTURE.md §6);
//! - nothing thread-bound is live across a coroutine switch: the worker index is passed in at
//!   every resume, never read from thread-local storage.

pub mod chan;
mod coro;
pub mod gcroots;
mod report;
pub mod sched;
mod select;
pub mod sema;
pub mod session;
#[cfg(test)]
mod tests;
pub mod timer;

use crate::compile::opcode::FuncId;
use crate::compile::program::Program;
use crate::heap;
use crate::vm::Fault;
use crate::vm::{Flow, FrameKind, GHandle, GRef, Host, Shared, Stop, Vm, WaitReason, G};
use sched::Sched;
use std::io::Write;

/// How a time slice ended.
pub enum Outcome {
    /// Blocked; whoever wakes it holds its handle.
    Parked,
    /// Preempted or `Gosched`: back to a run queue.
    Yield,
    /// Its function returned (or `Goexit` ran to the end).
    Exited { goexit: bool },
    /// The process must end with this code (os.Exit, fatal error already reported).
    Exit(i32),
    /// An uncaught panic was reported: the process ends, or in a REPL session the goroutine.
    Died,
    /// A goroutine the REPL session gave up on was readied: dropped without running.
    Discarded,
}

pub struct Runtime {
    pub shared: &'static Shared,
    pub sched: Sched,
    pub sema: sema::SemaTable,
    /// Set when the runtime serves a REPL session rather than one program.
    pub session: Option<session::SessionState>,
}

/// Worker threads: `threads`, else the GOMAXPROCS environment variable, else the cores.
pub fn worker_count(threads: Option<usize>) -> usize {
    threads
        .filter(|&n| n > 0)
        .or_else(|| {
            std::env::var("GOMAXPROCS")
                .ok()
                .and_then(|v| v.trim().parse().ok())
                .filter(|&n: &usize| n > 0)
        })
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
        .min(256)
}

/// Runs a compiled program on `threads` workers (default: GOMAXPROCS env var, else the number
/// of cores); never returns: the process exits when `main` returns, like Go.
pub fn run_program(prog: Program, args: Vec<String>, threads: Option<usize>) -> ! {
    let threads = worker_count(threads);
    heap::gc::init(threads);
    let prog: &'static Program = Box::leak(Box::new(prog));
    // Loading the constants allocates: do it as mutator 0 (this thread becomes worker 0), so
    // that the allocation counts are flushed before any collection can count the objects.
    heap::gc::mutator_begin(0);
    let shared: &'static Shared = Box::leak(Box::new(Shared::new(prog, args)));
    heap::gc::mutator_end(0);
    let rt: &'static Runtime = Box::leak(Box::new(Runtime {
        shared,
        sched: Sched::new(threads, false),
        sema: sema::SemaTable::default(),
        session: None,
    }));
    publish(rt);
    let main = rt.entry_goroutine(prog.entry);
    rt.sched.ready(main, 0);
    spawn_workers(rt, 1..threads);
    coro::worker_loop(rt, 0)
}

/// How long a program whose `main` returned waits for goroutines unwinding a panic.
const MAIN_EXIT_WAIT: std::time::Duration = std::time::Duration::from_millis(500);

/// Makes `rt` the process's runtime (`get`) and lets the collector wake idle workers.
fn publish(rt: &'static Runtime) {
    let _ = RUNTIME.set(rt);
    heap::gc::set_idle_waker(|| get().sched.wake_all());
}

/// Starts worker threads `workers` (each runs goroutines until the process exits).
fn spawn_workers(rt: &'static Runtime, workers: std::ops::Range<usize>) {
    for w in workers {
        let spawned = std::thread::Builder::new()
            .name(format!("gorun-worker-{w}"))
            .spawn(move || coro::worker_loop(rt, w));
        if spawned.is_err() {
            eprintln!("fatal error: gorun: cannot start worker thread {w}");
            rt.exit(2);
        }
    }
}

impl Runtime {
    /// Goroutine 1 (`main`, or a REPL input) running entry function `f`, registered and not yet
    /// queued.
    fn entry_goroutine(&self, f: FuncId) -> GRef {
        let nregs = self.shared.prog().funcs[f.0 as usize].nregs as usize;
        let mut g = G::new(1, nregs + 8);
        self.push_entry_frame(&mut g, f, 0);
        let h = GHandle::new(g);
        self.sched.register(&h);
        h
    }

    /// Flushes stdout and ends the process (other goroutines are not drained, as in Go).
    pub fn exit(&self, code: i32) -> ! {
        let mut out = self.shared.out.lock();
        let _ = out.flush();
        std::process::exit(code)
    }

    fn push_entry_frame(&self, g: &mut G, f: FuncId, closure: u64) {
        let proto = &self.shared.prog().funcs[f.0 as usize];
        // An empty frame stack and a window of at most 2^16 registers always fit.
        g.push_frame(f, proto, 0, closure, FrameKind::Normal)
            .expect("an entry frame fits");
    }

    /// Starts a goroutine running `closure(args...)`.
    pub fn start(
        &self,
        worker: usize,
        closure: u64,
        args: &[u64],
        created_by: Option<(u32, u32, u64)>,
    ) {
        let f = FuncId(heap::load(closure) as u32);
        let nregs = self.shared.prog().funcs[f.0 as usize].nregs as usize;
        let id = self.sched.new_id();
        let size = (nregs + 8).max(args.len());
        let fill = |g: &mut G| {
            self.push_entry_frame(g, f, closure);
            g.regs[..args.len()].copy_from_slice(args);
            g.created_by = created_by;
        };
        let reused = self.sched.reuse().and_then(|mut h| {
            let handle = std::sync::Arc::get_mut(&mut h)?;
            handle.reset(id);
            let g = handle.g.get_mut();
            g.reset(id, size);
            fill(g);
            Some(h)
        });
        let h = reused.unwrap_or_else(|| {
            let mut g = G::new(id, size);
            fill(&mut g);
            GHandle::new(g)
        });
        self.sched.register(&h);
        self.sched.ready(h, worker);
    }

    /// Runs one time slice of `gref` in `vm` (inside a coroutine).
    fn run_slice(&self, vm: &mut Vm, gref: &GRef) -> Outcome {
        if gref.killed.load(std::sync::atomic::Ordering::Acquire) {
            return Outcome::Discarded;
        }
        let mut g = gref.g.lock();
        vm.cur = Some(gref.clone());
        gref.set_reason(WaitReason::Running);
        let mut r = Ok(());
        if let Some(msg) = vm.apply_resume(&mut g) {
            vm.throw(&mut g, msg);
            r = vm.continue_panic(&mut g, 0);
        }
        if r.is_ok() {
            r = vm.run(&mut g, 0);
        }
        vm.cur = None;
        match r {
            Ok(()) => Outcome::Exited { goexit: false },
            Err(Stop::Park) => Outcome::Parked,
            Err(Stop::Yield) => {
                gref.set_reason(WaitReason::Runnable);
                Outcome::Yield
            }
            Err(Stop::Goexit) => Outcome::Exited { goexit: true },
            Err(Stop::Exit(c)) => Outcome::Exit(c),
            Err(Stop::Unwind) | Err(Stop::Died) => Outcome::Died,
        }
    }

    /// Handles the end of a slice on worker `w` (outside the coroutine).
    fn after_slice(&self, gref: GRef, out: Outcome) {
        match out {
            Outcome::Parked => {}
            Outcome::Yield => self.sched.push_global(gref),
            Outcome::Exited { goexit } => {
                if gref.killed.load(std::sync::atomic::Ordering::Acquire) {
                    // Unregistered when it was given up on.
                } else if let Some(s) = &self.session {
                    self.sched.unregister(&gref);
                    s.cell_ended(&gref, session::CellEnd::Done);
                } else {
                    self.sched.unregister(&gref);
                    if gref.id == 1 {
                        if goexit {
                            self.sched.set_main_goexited();
                        } else {
                            self.main_returned();
                        }
                    }
                }
                self.sched.recycle(gref);
            }
            Outcome::Died => match &self.session {
                Some(s) => {
                    if !gref.killed.load(std::sync::atomic::Ordering::Acquire) {
                        self.sched.unregister(&gref);
                    }
                    s.cell_ended(&gref, session::CellEnd::Panicked);
                }
                None => self.exit(2),
            },
            Outcome::Discarded => self.sched.recycle(gref),
            Outcome::Exit(code) => self.exit(code),
        }
    }

    /// `main` returned: the program exits with status 0, as soon as no goroutine is unwinding
    /// a panic (Go's `runtime.main` waits for `runningPanicDefers`): a deferred call of a
    /// panicking goroutine may be what let `main` return, and its panic must still be reported
    /// and end the program with status 2. The wait is bounded, as Go's is, and happens on a
    /// host thread so that the workers go on running the panicking goroutine.
    fn main_returned(&self) {
        if crate::vm::panic::unwinding_panics() == 0 {
            self.exit(0);
        }
        self.sched.set_main_returned();
        let waiter = std::thread::Builder::new()
            .name("gorun-exit".into())
            .spawn(move || {
                let start = std::time::Instant::now();
                while crate::vm::panic::unwinding_panics() != 0 && start.elapsed() < MAIN_EXIT_WAIT
                {
                    std::thread::sleep(std::time::Duration::from_micros(200));
                }
                get().exit(0)
            });
        if waiter.is_err() {
            self.exit(0);
        }
    }

    /// Parks the running goroutine forever (nil channel operations, `select {}`): only the
    /// deadlock detector will ever see it again.
    fn park_forever(&self, vm: &Vm, reason: WaitReason) -> Result<Flow, Fault> {
        if let Some(me) = &vm.cur {
            me.set_reason(reason);
        }
        Ok(Flow::Park)
    }
}

impl Host for Runtime {
    fn safepoint(&self, worker: usize) -> bool {
        self.sched.poll(self, worker)
    }

    fn gc_safepoint(&self, vm: &Vm, g: &G) {
        gcroots::at_safepoint(self, vm, g)
    }

    fn gc_now(&self, vm: &Vm, g: &G) {
        gcroots::collect_now(self, vm, g)
    }

    fn spawn(&self, vm: &mut Vm, closure: u64, args: &[u64], at: (u32, u32), parent: u64) {
        self.start(vm.worker, closure, args, Some((at.0, at.1, parent)));
    }

    fn chan_make(&self, elem: u32, size: i64) -> Result<u64, Fault> {
        chan::make(self.shared.prog(), elem, size)
    }

    fn chan_send(&self, vm: &mut Vm, g: &mut G, ch: u64, v: u64) -> Result<Flow, Fault> {
        if ch == 0 {
            return self.park_forever(vm, WaitReason::ChanSendNil);
        }
        chan::send(self, vm, g, ch, v)
    }

    fn chan_recv(
        &self,
        vm: &mut Vm,
        g: &mut G,
        ch: u64,
        dst: usize,
        comma_ok: bool,
    ) -> Result<Flow, Fault> {
        if ch == 0 {
            return self.park_forever(vm, WaitReason::ChanReceiveNil);
        }
        chan::recv(self, vm, g, ch, dst, comma_ok)
    }

    fn chan_close(&self, vm: &mut Vm, ch: u64) -> Result<(), Fault> {
        chan::close(self, vm, ch)
    }

    fn chan_len(&self, ch: u64) -> u64 {
        chan::len(ch)
    }

    fn chan_cap(&self, ch: u64) -> u64 {
        chan::cap(ch)
    }

    fn select(
        &self,
        vm: &mut Vm,
        g: &mut G,
        a: usize,
        n: usize,
        sends: u32,
        has_default: bool,
        dst: usize,
    ) -> Result<Flow, Fault> {
        select::select(self, vm, g, a, n, sends, has_default, dst)
    }
}

static RUNTIME: std::sync::OnceLock<&'static Runtime> = std::sync::OnceLock::new();

/// The running program's runtime (for the natives of `sync`, `time` and `runtime`).
pub fn get() -> &'static Runtime {
    RUNTIME
        .get()
        .copied()
        .expect("the runtime is started before any Go code runs")
}
