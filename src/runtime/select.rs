//! `select` (ARCHITECTURE.md §7, after Go's `runtime/select.go`): drop nil-channel cases, lock every
//! channel involved in one global order (address order), poll the cases in a random order, and
//! if none is ready either take `default` or enqueue a waiter on every channel and park. The
//! first channel to reach one of those waiters claims the select (CAS in `chan::dequeue`); when
//! the goroutine runs again it removes its other waiters.

use super::chan::{self, chan, Chan, ChanState, SelState, Waiter};
use super::Runtime;
use crate::vm::Fault;
use crate::vm::{Flow, Resume, Vm, WaitReason, G};
use parking_lot::lock_api::RawMutex as _;
use smallvec::SmallVec;
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::sync::Arc;

struct Case {
    index: u32,
    ch: u64,
    send: Option<u64>,
}

/// The locks of a select's channels, taken in address order and released on drop (also on an
/// early return, such as a send on a closed channel). Raw locks rather than a vector of guards:
/// building and dropping that vector was a sixth of a select's cost.
struct Locked<'a>(&'a [u64]);

impl<'a> Locked<'a> {
    /// Locks every channel of `order` (sorted, without duplicates).
    fn acquire(order: &'a [u64]) -> Locked<'a> {
        for &c in order {
            // SAFETY: `raw` only exposes the lock; it is paired with `force_unlock` in `drop`.
            unsafe { chan(c).state.raw() }.lock();
        }
        Locked(order)
    }

    /// The state of channel `c`, one of the locked ones.
    #[allow(clippy::mut_from_ref)]
    fn state(&self, c: u64) -> &mut ChanState {
        debug_assert!(self.0.binary_search(&c).is_ok());
        // SAFETY: this select holds `c`'s lock until `self` drops, and the caller uses one
        // state at a time (a channel appearing in two cases is reached through two calls, never
        // held twice).
        unsafe { &mut *chan(c).state.data_ptr() }
    }
}

impl Drop for Locked<'_> {
    fn drop(&mut self) {
        for &c in self.0 {
            // SAFETY: `acquire` locked it and nothing unlocked it since.
            unsafe { chan(c).state.force_unlock() };
        }
    }
}

#[allow(clippy::too_many_arguments)]
pub fn select(
    rt: &Runtime,
    vm: &mut Vm,
    g: &mut G,
    a: usize,
    n: usize,
    sends: u32,
    has_default: bool,
    dst: usize,
) -> Result<Flow, Fault> {
    let mut cases: SmallVec<[Case; 8]> = SmallVec::new();
    for i in 0..n {
        let ch = g.regs[a + 2 * i];
        if ch != 0 {
            let send = (sends & (1 << i) != 0).then(|| g.regs[a + 2 * i + 1]);
            cases.push(Case {
                index: i as u32,
                ch,
                send,
            });
        }
    }
    if cases.is_empty() {
        if has_default {
            g.regs[dst] = n as u64;
            return Ok(Flow::Done);
        }
        let reason = if n == 0 {
            WaitReason::SelectNoCases
        } else {
            WaitReason::Select
        };
        if let Some(me) = &vm.cur {
            me.set_reason(reason);
        }
        return Ok(Flow::Park);
    }
    // Poll order: a uniformly random permutation (Fisher–Yates).
    for i in (1..cases.len()).rev() {
        let j = (vm.rand() % (i as u64 + 1)) as usize;
        cases.swap(i, j);
    }
    // Lock order: by channel address, each channel once.
    let mut order: SmallVec<[u64; 8]> = SmallVec::new();
    for c in &cases {
        order.push(c.ch);
    }
    order.sort_unstable();
    order.dedup();
    let locked = Locked::acquire(&order);
    for c in &cases {
        let ch: &Chan = chan(c.ch);
        let st = locked.state(c.ch);
        match c.send {
            Some(v) => {
                if chan::try_send(rt, vm.worker, ch, st, v)? {
                    drop(locked);
                    g.regs[dst] = c.index as u64;
                    return Ok(Flow::Done);
                }
            }
            None => {
                if let Some((v, ok)) = chan::try_recv(rt, vm.worker, ch, st) {
                    drop(locked);
                    g.regs[dst] = c.index as u64;
                    g.regs[dst + 1] = v;
                    g.regs[dst + 2] = ok as u64;
                    return Ok(Flow::Done);
                }
            }
        }
    }
    if has_default {
        drop(locked);
        g.regs[dst] = n as u64;
        return Ok(Flow::Done);
    }
    let me = vm.cur.clone().expect("a goroutine is running");
    me.set_reason(WaitReason::Select);
    let sel = Arc::new(SelState {
        done: AtomicBool::new(false),
        fired: AtomicU32::new(0),
    });
    let mut waiters = SmallVec::new();
    for c in &cases {
        let w = Waiter::new(me.clone(), c.send.unwrap_or(0), Some(sel.clone()), c.index);
        let st = locked.state(c.ch);
        if c.send.is_some() {
            st.sendq.push_back(w.clone());
        } else {
            st.recvq.push_back(w.clone());
        }
        waiters.push((c.ch, c.send.is_some(), w));
    }
    drop(locked);
    g.resume = Some(Box::new(SelectResume { sel, waiters, dst }));
    Ok(Flow::Park)
}

struct SelectResume {
    sel: Arc<SelState>,
    waiters: SmallVec<[(u64, bool, Arc<Waiter>); 4]>,
    dst: usize,
}

impl Resume for SelectResume {
    fn apply(self: Box<Self>, _: &mut Vm, g: &mut G) -> Option<Fault> {
        let fired = self.sel.fired.load(Ordering::Acquire);
        let mut result = None;
        for (ch, is_send, w) in &self.waiters {
            if w.case == fired && result.is_none() {
                result = Some((*ch, *is_send, w.clone()));
                continue;
            }
            // Remove the waiters the other channels still hold.
            let mut st = chan(*ch).state.lock();
            let q = if *is_send {
                &mut st.sendq
            } else {
                &mut st.recvq
            };
            if let Some(i) = q.iter().position(|x| Arc::ptr_eq(x, w)) {
                q.remove(i);
            }
        }
        let (ch, is_send, w) = result?;
        g.regs[self.dst] = fired as u64;
        let ok = w.ok.load(Ordering::Acquire);
        if is_send {
            return (!ok).then(|| Fault::plain("send on closed channel"));
        }
        g.regs[self.dst + 1] = if ok {
            w.elem.load(Ordering::Acquire)
        } else {
            chan::zero(chan(ch))
        };
        g.regs[self.dst + 2] = ok as u64;
        None
    }

    fn roots(&self, visit: &mut dyn FnMut(u64)) {
        for (ch, _, w) in &self.waiters {
            visit(*ch);
            visit(w.elem.load(Ordering::Acquire));
        }
    }
}
