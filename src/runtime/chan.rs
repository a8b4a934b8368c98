//! Channels (ARCHITECTURE.md §7, after Go's `runtime/chan.go`): a ring buffer, a closed flag and two
//! wait queues behind one small lock.
//!
//! Invariants:
//! - at most one of `recvq`/`sendq` holds live waiters (a sender finding a waiting receiver hands
//!   the value over directly; a receiver finding a waiting sender takes its value, or for a
//!   buffered channel the head of the buffer, refilling the buffer from the sender);
//! - a waiter belonging to a `select` is live until some channel claims its select (a CAS on
//!   `SelState::done`); stale ones are skipped when met and removed by their goroutine when it
//!   resumes;
//! - the value and ok flag of a waiter are written before its goroutine is readied and read
//!   after it runs again; the run queue's lock orders the two.

use super::Runtime;
use crate::compile::program::Program;
use crate::heap;
use crate::vm::Fault;
use crate::vm::{Flow, GRef, Resume, Vm, WaitReason, G};
use parking_lot::Mutex;
use std::collections::VecDeque;
use std::sync::atomic::{AtomicBool, AtomicU32, AtomicU64, Ordering};
use std::sync::Arc;

pub struct Chan {
    pub cap: usize,
    /// The element's rtype (for the zero value a receive from a closed channel gives).
    pub elem: u32,
    /// Words of an aggregate element's box (0: the element is one scalar word).
    pub zero_words: u32,
    pub state: Mutex<ChanState>,
}

#[derive(Default)]
pub struct ChanState {
    pub buf: VecDeque<u64>,
    pub closed: bool,
    pub recvq: VecDeque<Arc<Waiter>>,
    pub sendq: VecDeque<Arc<Waiter>>,
}

/// Go's `sudog`: one goroutine waiting on one channel (for one case of a select).
pub struct Waiter {
    pub g: GRef,
    pub elem: AtomicU64,
    pub ok: AtomicBool,
    pub sel: Option<Arc<SelState>>,
    pub case: u32,
}

/// The claim shared by the waiters of one blocked select.
pub struct SelState {
    pub done: AtomicBool,
    pub fired: AtomicU32,
}

impl Waiter {
    pub fn new(g: GRef, elem: u64, sel: Option<Arc<SelState>>, case: u32) -> Arc<Waiter> {
        Arc::new(Waiter {
            g,
            elem: AtomicU64::new(elem),
            ok: AtomicBool::new(false),
            sel,
            case,
        })
    }
}

impl heap::Trace for Chan {
    fn trace(&self, visit: &mut dyn FnMut(u64)) {
        // The world is stopped: no mutator holds the lock.
        let st = self.state.lock();
        for &v in &st.buf {
            visit(v);
        }
        for w in st.recvq.iter().chain(st.sendq.iter()) {
            visit(w.elem.load(Ordering::Relaxed));
        }
    }
}

pub fn chan(ch: u64) -> &'static Chan {
    heap::foreign::get::<Chan>(ch)
}

/// The zero value of the channel's element (a fresh box for an aggregate).
pub fn zero(c: &Chan) -> u64 {
    if c.zero_words > 0 {
        heap::alloc(c.zero_words as usize)
    } else {
        0
    }
}

pub fn make(prog: &Program, elem: u32, size: i64) -> Result<u64, Fault> {
    if !(0..=(1 << 40)).contains(&size) {
        return Err(Fault::plain("makechan: size out of range"));
    }
    let rt = &prog.rtypes[elem as usize];
    let zero_words = if rt.is_aggregate() {
        rt.words.max(1)
    } else {
        0
    };
    Ok(heap::foreign::new_object(Chan {
        cap: size as usize,
        elem,
        zero_words,
        state: Mutex::new(ChanState::default()),
    }))
}

/// Takes the first live waiter of `q`, claiming its select if it belongs to one.
pub fn dequeue(q: &mut VecDeque<Arc<Waiter>>) -> Option<Arc<Waiter>> {
    while let Some(w) = q.pop_front() {
        if w.g.killed.load(Ordering::Acquire) {
            continue; // a REPL input given up on: it must not take a value or a wake-up
        }
        if let Some(s) = &w.sel {
            if s.done.swap(true, Ordering::AcqRel) {
                continue; // another channel already woke this select
            }
            s.fired.store(w.case, Ordering::Release);
        }
        return Some(w);
    }
    None
}

struct SendResume(Arc<Waiter>);

impl Resume for SendResume {
    fn apply(self: Box<Self>, _: &mut Vm, _: &mut G) -> Option<Fault> {
        if self.0.ok.load(Ordering::Acquire) {
            None
        } else {
            Some(Fault::plain("send on closed channel"))
        }
    }

    fn roots(&self, visit: &mut dyn FnMut(u64)) {
        visit(self.0.elem.load(Ordering::Acquire));
    }
}

struct RecvResume {
    w: Arc<Waiter>,
    dst: usize,
    comma_ok: bool,
    zero_words: u32,
}

impl Resume for RecvResume {
    fn apply(self: Box<Self>, _: &mut Vm, g: &mut G) -> Option<Fault> {
        let ok = self.w.ok.load(Ordering::Acquire);
        g.regs[self.dst] = if ok {
            self.w.elem.load(Ordering::Acquire)
        } else if self.zero_words > 0 {
            heap::alloc(self.zero_words as usize)
        } else {
            0
        };
        if self.comma_ok {
            g.regs[self.dst + 1] = ok as u64;
        }
        None
    }

    fn roots(&self, visit: &mut dyn FnMut(u64)) {
        visit(self.w.elem.load(Ordering::Acquire));
    }
}

fn current(vm: &Vm) -> GRef {
    vm.cur.clone().expect("a goroutine is running")
}

pub fn send(rt: &Runtime, vm: &mut Vm, g: &mut G, ch: u64, v: u64) -> Result<Flow, Fault> {
    let c = chan(ch);
    let mut st = c.state.lock();
    if try_send(rt, vm.worker, c, &mut st, v)? {
        return Ok(Flow::Done);
    }
    let me = current(vm);
    me.set_reason(WaitReason::ChanSend);
    let w = Waiter::new(me, v, None, 0);
    st.sendq.push_back(w.clone());
    drop(st);
    g.resume = Some(Box::new(SendResume(w)));
    Ok(Flow::Park)
}

/// The receive half shared with select's polling pass: takes a value if one is available
/// without blocking. `Some((value, ok))`, or None when the receiver would have to wait.
pub fn try_recv(rt: &Runtime, worker: usize, c: &Chan, st: &mut ChanState) -> Option<(u64, bool)> {
    if let Some(w) = dequeue(&mut st.sendq) {
        let v = if c.cap == 0 {
            w.elem.load(Ordering::Acquire)
        } else {
            // The buffer is full: take its head and let the sender's value take the tail.
            let head = st.buf.pop_front().unwrap_or(0);
            st.buf.push_back(w.elem.load(Ordering::Acquire));
            head
        };
        w.ok.store(true, Ordering::Release);
        rt.sched.ready(w.g.clone(), worker);
        return Some((v, true));
    }
    if let Some(v) = st.buf.pop_front() {
        return Some((v, true));
    }
    if st.closed {
        return Some((zero(c), false));
    }
    None
}

/// The send half shared with select: `Ok(true)` if sent without blocking.
pub fn try_send(
    rt: &Runtime,
    worker: usize,
    c: &Chan,
    st: &mut ChanState,
    v: u64,
) -> Result<bool, Fault> {
    if st.closed {
        return Err(Fault::plain("send on closed channel"));
    }
    if let Some(w) = dequeue(&mut st.recvq) {
        w.elem.store(v, Ordering::Release);
        w.ok.store(true, Ordering::Release);
        rt.sched.ready(w.g.clone(), worker);
        return Ok(true);
    }
    if st.buf.len() < c.cap {
        st.buf.push_back(v);
        return Ok(true);
    }
    Ok(false)
}

pub fn recv(
    rt: &Runtime,
    vm: &mut Vm,
    g: &mut G,
    ch: u64,
    dst: usize,
    comma_ok: bool,
) -> Result<Flow, Fault> {
    let c = chan(ch);
    let mut st = c.state.lock();
    if let Some((v, ok)) = try_recv(rt, vm.worker, c, &mut st) {
        drop(st);
        g.regs[dst] = v;
        if comma_ok {
            g.regs[dst + 1] = ok as u64;
        }
        return Ok(Flow::Done);
    }
    let me = current(vm);
    me.set_reason(WaitReason::ChanReceive);
    let w = Waiter::new(me, 0, None, 0);
    st.recvq.push_back(w.clone());
    drop(st);
    g.resume = Some(Box::new(RecvResume {
        w,
        dst,
        comma_ok,
        zero_words: c.zero_words,
    }));
    Ok(Flow::Park)
}

pub fn close(rt: &Runtime, vm: &mut Vm, ch: u64) -> Result<(), Fault> {
    if ch == 0 {
        return Err(Fault::plain("close of nil channel"));
    }
    let c = chan(ch);
    let mut woken = Vec::new();
    {
        let mut st = c.state.lock();
        if st.closed {
            return Err(Fault::plain("close of closed channel"));
        }
        st.closed = true;
        while let Some(w) = dequeue(&mut st.recvq) {
            w.elem.store(0, Ordering::Release);
            w.ok.store(false, Ordering::Release);
            woken.push(w);
        }
        while let Some(w) = dequeue(&mut st.sendq) {
            w.ok.store(false, Ordering::Release);
            woken.push(w);
        }
    }
    for w in woken {
        rt.sched.ready(w.g.clone(), vm.worker);
    }
    Ok(())
}

pub fn len(ch: u64) -> u64 {
    if ch == 0 {
        return 0;
    }
    chan(ch).state.lock().buf.len() as u64
}

pub fn cap(ch: u64) -> u64 {
    if ch == 0 {
        return 0;
    }
    chan(ch).cap as u64
}

/// A timer's send: the current time, dropped if nobody can take it now.
pub fn send_time(rt: &Runtime, worker: usize, ch: u64, ns: i64) {
    if ch == 0 {
        return;
    }
    let c = chan(ch);
    let mut st = c.state.lock();
    let _ = try_send(rt, worker, c, &mut st, super::timer::time_value(ns));
}

/// Drops any buffered values (a timer's channel on Stop/Reset, Go 1.23 semantics); true if a
/// value was pending.
pub fn drain(ch: u64) -> bool {
    if ch == 0 {
        return false;
    }
    let mut st = chan(ch).state.lock();
    let had = !st.buf.is_empty();
    st.buf.clear();
    had
}
