//! The VM's window on the runtime (ARCHITECTURE.md §2: the VM knows no scheduling policy). The dispatch
//! loop calls these hooks for every operation that may block or start a goroutine; `runtime/`
//! implements them. A blocking operation either completes (`Flow::Done`) or has queued the
//! running goroutine where its waker will find it and returns `Flow::Park`; the loop then calls
//! `Vm::park`.

use super::{Vm, G};
use crate::vm::Fault;
use std::sync::atomic::{AtomicBool, AtomicU8, Ordering};
use std::sync::Arc;

/// Whether a host operation finished or parked the goroutine.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Flow {
    Done,
    Park,
}

/// Why a goroutine is blocked, in the words of Go's tracebacks (`goroutine 1 [chan receive]:`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u8)]
pub enum WaitReason {
    Running = 0,
    ChanReceive,
    ChanSend,
    ChanReceiveNil,
    ChanSendNil,
    Select,
    SelectNoCases,
    Sleep,
    WaitGroup,
    Mutex,
    RWMutexLock,
    RWMutexRLock,
    CondWait,
    Runnable,
}

/// Go's words for each `WaitReason`, in declaration order.
const WAIT_TEXTS: [&str; 14] = [
    "running",
    "chan receive",
    "chan send",
    "chan receive (nil chan)",
    "chan send (nil chan)",
    "select",
    "select (no cases)",
    "sleep",
    "sync.WaitGroup.Wait",
    "sync.Mutex.Lock",
    "sync.RWMutex.Lock",
    "sync.RWMutex.RLock",
    "sync.Cond.Wait",
    "runnable",
];

/// A goroutine as the runtime sees it: shared by run queues, wait queues and the registry of
/// live goroutines. Invariant: whoever runs it holds `g`'s lock for the whole time slice.
pub struct GHandle {
    pub id: u64,
    pub g: parking_lot::Mutex<G>,
    reason: AtomicU8,
    /// Set before a goroutine blocked beneath a native callback publishes its waiter: the
    /// worker that picks it up must resume its coroutine (kept in `pin`), not start a new one.
    pub pinned: AtomicBool,
    pub pin: parking_lot::Mutex<Option<Box<dyn std::any::Any + Send>>>,
    /// Its slot in the runtime's registry of live goroutines.
    pub slot: std::sync::atomic::AtomicUsize,
    /// While it is blocked beneath a native callback (its coroutine holds the `g` lock): its
    /// frames (function, line) and creation site, for a deadlock report.
    pub pinned_trace: parking_lot::Mutex<Option<PinnedTrace>>,
    /// While its state is out of the collector's reach (blocked beneath a native callback, or
    /// in a blocking host call, with its `g` lock held): a snapshot of its roots and its wake-up
    /// action (moved here so the collector sees a value handed over later).
    pub parked: parking_lot::Mutex<Option<ParkedRoots>>,
    /// A REPL session gave up on it (Ctrl-C, or its input deadlocked): it is no longer
    /// registered, stops at its next safepoint and is dropped instead of run when readied.
    pub killed: AtomicBool,
}

/// The roots of a goroutine whose `G` is locked away (see `GHandle::parked`).
pub struct ParkedRoots {
    pub words: Vec<u64>,
    pub resume: Option<Box<dyn Resume>>,
}

impl ParkedRoots {
    pub fn roots(&self, visit: &mut dyn FnMut(u64)) {
        for &w in &self.words {
            visit(w);
        }
        if let Some(r) = &self.resume {
            r.roots(visit);
        }
    }
}

pub type GRef = Arc<GHandle>;

/// A pinned goroutine's frames and `go` statement site (see `GHandle::pinned_trace`).
pub type PinnedTrace = (Vec<(u32, u32)>, Option<(u32, u32, u64)>);

impl GHandle {
    pub fn new(g: G) -> GRef {
        Arc::new(GHandle {
            id: g.id,
            g: parking_lot::Mutex::new(g),
            reason: AtomicU8::new(WaitReason::Runnable as u8),
            pinned: AtomicBool::new(false),
            pin: parking_lot::Mutex::new(None),
            slot: std::sync::atomic::AtomicUsize::new(0),
            pinned_trace: parking_lot::Mutex::new(None),
            parked: parking_lot::Mutex::new(None),
            killed: AtomicBool::new(false),
        })
    }

    /// Readies a finished goroutine's handle for reuse by a new goroutine `id` (the caller
    /// holds the only reference).
    pub fn reset(&mut self, id: u64) {
        self.id = id;
        *self.reason.get_mut() = WaitReason::Runnable as u8;
        *self.pinned.get_mut() = false;
        *self.pin.get_mut() = None;
        *self.pinned_trace.get_mut() = None;
        *self.parked.get_mut() = None;
        *self.killed.get_mut() = false;
    }

    pub fn set_reason(&self, r: WaitReason) {
        self.reason.store(r as u8, Ordering::Relaxed);
    }

    /// Why it waits, in Go's words (`chan receive`).
    pub fn reason_text(&self) -> &'static str {
        WAIT_TEXTS
            .get(self.reason.load(Ordering::Relaxed) as usize)
            .copied()
            .unwrap_or("running")
    }
}

/// A parked goroutine's first action when it runs again.
pub trait Resume: Send {
    /// Returns a panic message if the goroutine must panic (send on a channel closed while it
    /// waited).
    fn apply(self: Box<Self>, vm: &mut Vm, g: &mut G) -> Option<Fault>;
    /// Reports the Go words it holds (a value handed over by a sender, channels) to the
    /// collector.
    fn roots(&self, _visit: &mut dyn FnMut(u64)) {}
}

/// Suspends the running coroutine from beneath a native callback; returns the worker that
/// resumed it.
pub trait Suspender {
    fn suspend_pinned(&self) -> usize;
}

/// The runtime services the dispatch loop needs.
pub trait Host: Sync {
    /// Called every few thousand calls/back-edges: fire due timers; true = end the time slice.
    fn safepoint(&self, worker: usize) -> bool;
    /// At a safepoint where the collector wants the world stopped: collect, or hand in `g`'s
    /// roots and wait for the collection to end.
    fn gc_safepoint(&self, vm: &Vm, g: &G);
    /// `runtime.GC()`: a full collection now.
    fn gc_now(&self, vm: &Vm, g: &G);
    /// `go closure(args...)`; `at` is the (function, line) of the `go` statement.
    fn spawn(&self, vm: &mut Vm, closure: u64, args: &[u64], at: (u32, u32), parent: u64);
    /// `make(chan T, size)` with element type `elem` (an rtype index).
    fn chan_make(&self, elem: u32, size: i64) -> Result<u64, Fault>;
    fn chan_send(&self, vm: &mut Vm, g: &mut G, ch: u64, v: u64) -> Result<Flow, Fault>;
    /// Receive into `g.regs[dst]` (and `ok` into `g.regs[dst + 1]` if `comma_ok`).
    fn chan_recv(
        &self,
        vm: &mut Vm,
        g: &mut G,
        ch: u64,
        dst: usize,
        comma_ok: bool,
    ) -> Result<Flow, Fault>;
    fn chan_close(&self, vm: &mut Vm, ch: u64) -> Result<(), Fault>;
    fn chan_len(&self, ch: u64) -> u64;
    fn chan_cap(&self, ch: u64) -> u64;
    /// `select` over `n` cases whose channel and send value are in `g.regs[a + 2i]`,
    /// `g.regs[a + 2i + 1]`; bit i of `sends` marks a send case. Writes the chosen case index
    /// (or `n` for default) to `g.regs[dst]`, a received value to `dst + 1` and ok to `dst + 2`.
    #[allow(clippy::too_many_arguments)]
    fn select(
        &self,
        vm: &mut Vm,
        g: &mut G,
        a: usize,
        n: usize,
        sends: u32,
        has_default: bool,
        dst: usize,
    ) -> Result<Flow, Fault>;
}
