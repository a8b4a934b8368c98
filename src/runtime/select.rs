//! `select` (DESIGN.md §6, after Go's `runtime/select.go`): drop nil-channel cases, lock every
//! channel involved in one global order (address order), poll the cases in a random order, and
//! if none is ready either take `default` or enqueue a waiter on every channel and park. The
//! first channel to reach one of those waiters claims the select (CAS in `chan::dequeue`); when
//! the goroutine runs again it removes its other waiters.

use super::chan::{self, chan, Chan, SelState, Waiter};
use super::Runtime;
use crate::vm::{Flow, Resume, Vm, WaitReason, G};
use smallvec::SmallVec;
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::sync::Arc;

struct Case {
    index: usize,
    ch: u64,
    send: Option<u64>,
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
) -> Result<Flow, String> {
    let mut cases: SmallVec<[Case; 8]> = (0..n)
        .filter(|&i| g.regs[a + 2 * i] != 0)
        .map(|i| Case {
            index: i,
            ch: g.regs[a + 2 * i],
            send: (sends & (1 << i) != 0).then(|| g.regs[a + 2 * i + 1]),
        })
        .collect();
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
    let mut order: SmallVec<[u64; 8]> = cases.iter().map(|c| c.ch).collect();
    order.sort_unstable();
    order.dedup();
    let mut guards: SmallVec<[_; 8]> = order.iter().map(|&c| chan(c).state.lock()).collect();
    let slot = |ch: u64| order.binary_search(&ch).unwrap_or(0);
    for c in &cases {
        let ch: &Chan = chan(c.ch);
        let st = &mut *guards[slot(c.ch)];
        match c.send {
            Some(v) => {
                if chan::try_send(rt, vm.worker, ch, st, v)? {
                    drop(guards);
                    g.regs[dst] = c.index as u64;
                    return Ok(Flow::Done);
                }
            }
            None => {
                if let Some((v, ok)) = chan::try_recv(rt, vm.worker, ch, st) {
                    drop(guards);
                    g.regs[dst] = c.index as u64;
                    g.regs[dst + 1] = v;
                    g.regs[dst + 2] = ok as u64;
                    return Ok(Flow::Done);
                }
            }
        }
    }
    if has_default {
        drop(guards);
        g.regs[dst] = n as u64;
        return Ok(Flow::Done);
    }
    let me = vm.cur.clone().expect("a goroutine is running");
    me.set_reason(WaitReason::Select);
    let sel = Arc::new(SelState {
        done: AtomicBool::new(false),
        fired: AtomicU32::new(0),
    });
    let mut waiters = Vec::with_capacity(cases.len());
    for c in &cases {
        let w = Waiter::new(
            me.clone(),
            c.send.unwrap_or(0),
            Some(sel.clone()),
            c.index as u32,
        );
        let st = &mut *guards[slot(c.ch)];
        if c.send.is_some() {
            st.sendq.push_back(w.clone());
        } else {
            st.recvq.push_back(w.clone());
        }
        waiters.push((c.ch, c.send.is_some(), w));
    }
    drop(guards);
    g.resume = Some(Box::new(SelectResume { sel, waiters, dst }));
    Ok(Flow::Park)
}

struct SelectResume {
    sel: Arc<SelState>,
    waiters: Vec<(u64, bool, Arc<Waiter>)>,
    dst: usize,
}

impl Resume for SelectResume {
    fn apply(self: Box<Self>, _: &mut Vm, g: &mut G) -> Option<String> {
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
            q.retain(|x| !Arc::ptr_eq(x, w));
        }
        let (ch, is_send, w) = result?;
        g.regs[self.dst] = fired as u64;
        let ok = w.ok.load(Ordering::Acquire);
        if is_send {
            return (!ok).then(|| "send on closed channel".to_string());
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
