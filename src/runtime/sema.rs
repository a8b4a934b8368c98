//! Wait queues for `sync` (Go's `sema.go` semaphore table): goroutines blocked on a Mutex,
//! RWMutex, WaitGroup or Cond wait in a queue keyed by the address of the Go object, in one of
//! a fixed number of locked shards.
//!
//! The Go objects' words (`stdlib/sync.go`) are the state:
//! - Mutex `state`: bit 0 = locked, the rest = 2 × waiters. Lock and unlock without waiters are
//!   one CAS; waiter counts change only under the shard lock. An unlock that finds waiters
//!   releases the lock and wakes the first, which retries its Lock (Go's normal mode; Go's
//!   starvation mode, handing the lock over after a waiter waited 1 ms, is not modelled).
//! - RWMutex `w` (-1: writer holds, n ≥ 0: readers hold) and `writersWaiting`: changed only
//!   under the shard lock; waiting writers hold back new readers (Go's writer preference).
//! - WaitGroup `count`: atomic adds; reaching zero wakes every waiter under the shard lock.
//! - Cond's notify list `wait`/`notify` tickets (Go's `notifyList`): changed under the shard lock.

use super::Runtime;
use crate::heap;
use crate::vm::{GRef, WaitReason};
use parking_lot::{Mutex, MutexGuard};
use rustc_hash::FxHashMap;
use std::collections::VecDeque;

const SHARDS: usize = 64;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Plain,
    Reader,
    Writer,
    Ticket(u64),
}

struct SemaWaiter {
    g: GRef,
    kind: Kind,
}

type Queues = FxHashMap<u64, VecDeque<SemaWaiter>>;

pub struct SemaTable {
    shards: Vec<Mutex<Queues>>,
}

impl Default for SemaTable {
    fn default() -> Self {
        SemaTable {
            shards: (0..SHARDS)
                .map(|_| Mutex::new(FxHashMap::default()))
                .collect(),
        }
    }
}

/// What a sync operation did: finished, or queued the goroutine (park it).
pub enum Wait {
    Done,
    Park,
}

/// `sync: negative WaitGroup counter` (a Go panic).
pub struct NegativeCounter;

/// A misuse Go reports as a fatal error (`fatal error: sync: unlock of unlocked mutex`).
pub struct Fatal(pub &'static str);

impl SemaTable {
    fn shard(&self, addr: u64) -> MutexGuard<'_, Queues> {
        self.shards[(addr >> 3) as usize % SHARDS].lock()
    }

    fn enqueue(q: &mut Queues, addr: u64, me: &GRef, kind: Kind, reason: WaitReason) {
        me.set_reason(reason);
        q.entry(addr).or_default().push_back(SemaWaiter {
            g: me.clone(),
            kind,
        });
    }

    fn pop(q: &mut Queues, addr: u64, pred: impl Fn(Kind) -> bool) -> Option<GRef> {
        let list = q.get_mut(&addr)?;
        // A REPL input given up on must not be handed the lock.
        list.retain(|w| !w.g.killed.load(std::sync::atomic::Ordering::Acquire));
        let i = list.iter().position(|w| pred(w.kind))?;
        let w = list.remove(i)?;
        if list.is_empty() {
            q.remove(&addr);
        }
        Some(w.g)
    }

    /// Takes every waiter on `addr` that `pred` accepts, in queue order.
    fn pop_all(q: &mut Queues, addr: u64, pred: impl Fn(Kind) -> bool) -> Vec<GRef> {
        let Some(list) = q.get_mut(&addr) else {
            return Vec::new();
        };
        let (taken, kept): (VecDeque<SemaWaiter>, VecDeque<SemaWaiter>) =
            list.drain(..).partition(|w| pred(w.kind));
        if kept.is_empty() {
            q.remove(&addr);
        } else {
            *list = kept;
        }
        taken.into_iter().map(|w| w.g).collect()
    }

    fn ready_all(rt: &Runtime, w: usize, gs: Vec<GRef>) {
        for g in gs {
            rt.sched.ready(g, w);
        }
    }

    // ---- Mutex ----

    pub fn lock(&self, addr: u64, me: &GRef) -> Wait {
        if heap::cas(addr, 0, 1) {
            return Wait::Done;
        }
        // Go's active spinning: the holder is likely running on another core and about to
        // unlock; a short spin is far cheaper than parking.
        for _ in 0..4 {
            for _ in 0..30 {
                std::hint::spin_loop();
            }
            let s = heap::load_sc(addr);
            if s & 1 == 0 && heap::cas(addr, s, s | 1) {
                return Wait::Done;
            }
        }
        let mut q = self.shard(addr);
        loop {
            let s = heap::load_sc(addr);
            if s & 1 == 0 {
                if heap::cas(addr, s, s | 1) {
                    return Wait::Done;
                }
            } else if heap::cas(addr, s, s + 2) {
                Self::enqueue(&mut q, addr, me, Kind::Plain, WaitReason::Mutex);
                return Wait::Park;
            }
        }
    }

    pub fn try_lock(&self, addr: u64) -> bool {
        heap::cas(addr, 0, 1)
    }

    pub fn unlock(&self, rt: &Runtime, w: usize, addr: u64) -> Result<(), Fatal> {
        if heap::cas(addr, 1, 0) {
            return Ok(());
        }
        let mut q = self.shard(addr);
        loop {
            let s = heap::load_sc(addr);
            if s & 1 == 0 {
                return Err(Fatal("sync: unlock of unlocked mutex"));
            }
            // Release the lock and wake one waiter, which competes for it again (Go's normal
            // mode): handing the lock over instead makes every Lock of a busy mutex a context
            // switch (a lock convoy).
            let next = if s >= 2 { (s - 2) & !1 } else { 0 };
            if heap::cas(addr, s, next) {
                if s >= 2 {
                    if let Some(g) = Self::pop(&mut q, addr, |_| true) {
                        drop(q);
                        rt.sched.ready(g, w);
                    }
                }
                return Ok(());
            }
        }
    }

    // ---- RWMutex: `addr` is the state word, `addr + 8` the waiting-writer count ----

    pub fn rlock(&self, addr: u64, me: &GRef) -> Wait {
        let mut q = self.shard(addr);
        let s = heap::load_sc(addr) as i64;
        if s >= 0 && heap::load_sc(addr + 8) == 0 {
            heap::store_sc(addr, (s + 1) as u64);
            return Wait::Done;
        }
        Self::enqueue(&mut q, addr, me, Kind::Reader, WaitReason::RWMutexRLock);
        Wait::Park
    }

    pub fn try_rlock(&self, addr: u64) -> bool {
        let _q = self.shard(addr);
        let s = heap::load_sc(addr) as i64;
        if s >= 0 && heap::load_sc(addr + 8) == 0 {
            heap::store_sc(addr, (s + 1) as u64);
            return true;
        }
        false
    }

    pub fn runlock(&self, rt: &Runtime, w: usize, addr: u64) -> Result<(), Fatal> {
        let mut q = self.shard(addr);
        let s = heap::load_sc(addr) as i64;
        if s <= 0 {
            return Err(Fatal("sync: RUnlock of unlocked RWMutex"));
        }
        heap::store_sc(addr, (s - 1) as u64);
        if s == 1 {
            self.grant(rt, w, &mut q, addr);
        }
        Ok(())
    }

    pub fn wlock(&self, addr: u64, me: &GRef) -> Wait {
        let mut q = self.shard(addr);
        if heap::load_sc(addr) == 0 {
            heap::store_sc(addr, u64::MAX);
            return Wait::Done;
        }
        heap::store_sc(addr + 8, heap::load_sc(addr + 8) + 1);
        Self::enqueue(&mut q, addr, me, Kind::Writer, WaitReason::RWMutexLock);
        Wait::Park
    }

    pub fn try_wlock(&self, addr: u64) -> bool {
        let _q = self.shard(addr);
        if heap::load_sc(addr) == 0 {
            heap::store_sc(addr, u64::MAX);
            return true;
        }
        false
    }

    pub fn wunlock(&self, rt: &Runtime, w: usize, addr: u64) -> Result<(), Fatal> {
        let mut q = self.shard(addr);
        if heap::load_sc(addr) != u64::MAX {
            return Err(Fatal("sync: Unlock of unlocked RWMutex"));
        }
        heap::store_sc(addr, 0);
        // Readers that queued behind this writer go first (Go's RUnlock/Unlock alternation).
        if !self.grant_readers(rt, w, &mut q, addr) {
            self.grant(rt, w, &mut q, addr);
        }
        Ok(())
    }

    /// The RWMutex became free: give it to the first waiting writer, else to every reader.
    fn grant(&self, rt: &Runtime, w: usize, q: &mut Queues, addr: u64) {
        if let Some(g) = Self::pop(q, addr, |k| k == Kind::Writer) {
            heap::store_sc(addr, u64::MAX);
            heap::store_sc(addr + 8, heap::load_sc(addr + 8).saturating_sub(1));
            rt.sched.ready(g, w);
            return;
        }
        self.grant_readers(rt, w, q, addr);
    }

    /// Gives the free RWMutex to every waiting reader; false if none waits.
    fn grant_readers(&self, rt: &Runtime, w: usize, q: &mut Queues, addr: u64) -> bool {
        let readers = Self::pop_all(q, addr, |k| k == Kind::Reader);
        if readers.is_empty() {
            return false;
        }
        heap::store_sc(addr, readers.len() as u64);
        Self::ready_all(rt, w, readers);
        true
    }

    // ---- WaitGroup ----

    /// Adds `delta`; Err if the counter went negative (Go panics).
    pub fn wg_add(
        &self,
        rt: &Runtime,
        w: usize,
        addr: u64,
        delta: i64,
    ) -> Result<(), NegativeCounter> {
        let v = heap::fetch_add(addr, delta as u64) as i64 + delta;
        if v < 0 {
            heap::fetch_add(addr, (-delta) as u64);
            return Err(NegativeCounter);
        }
        if v == 0 {
            let woken = Self::pop_all(&mut self.shard(addr), addr, |_| true);
            Self::ready_all(rt, w, woken);
        }
        Ok(())
    }

    pub fn wg_wait(&self, addr: u64, me: &GRef) -> Wait {
        if heap::load_sc(addr) == 0 {
            return Wait::Done;
        }
        let mut q = self.shard(addr);
        if heap::load_sc(addr) == 0 {
            return Wait::Done;
        }
        Self::enqueue(&mut q, addr, me, Kind::Plain, WaitReason::WaitGroup);
        Wait::Park
    }

    // ---- Cond's notify list: `addr` = next ticket, `addr + 8` = next ticket to notify ----

    pub fn notify_add(&self, addr: u64) -> u64 {
        let _q = self.shard(addr);
        let t = heap::load_sc(addr);
        heap::store_sc(addr, t + 1);
        t
    }

    pub fn notify_wait(&self, addr: u64, ticket: u64, me: &GRef) -> Wait {
        let mut q = self.shard(addr);
        if ticket < heap::load_sc(addr + 8) {
            return Wait::Done;
        }
        Self::enqueue(&mut q, addr, me, Kind::Ticket(ticket), WaitReason::CondWait);
        Wait::Park
    }

    pub fn notify_one(&self, rt: &Runtime, w: usize, addr: u64) {
        let mut q = self.shard(addr);
        let (wait, notify) = (heap::load_sc(addr), heap::load_sc(addr + 8));
        if wait == notify {
            return;
        }
        heap::store_sc(addr + 8, notify + 1);
        if let Some(g) = Self::pop(&mut q, addr, |k| k == Kind::Ticket(notify)) {
            drop(q);
            rt.sched.ready(g, w);
        }
    }

    pub fn notify_all(&self, rt: &Runtime, w: usize, addr: u64) {
        let mut q = self.shard(addr);
        heap::store_sc(addr + 8, heap::load_sc(addr));
        let woken = Self::pop_all(&mut q, addr, |_| true);
        drop(q);
        Self::ready_all(rt, w, woken);
    }
}
