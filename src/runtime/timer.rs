//! Timers (ARCHITECTURE.md §6): one locked heap for the program. `time.Sleep` parks its goroutine with
//! a wake-up timer; `time.After`, `Tick`, `NewTimer`, `NewTicker` send the time on a channel;
//! `AfterFunc` starts a goroutine. Idle workers sleep until the earliest timer and every
//! safepoint poll fires due ones, so a timer fires on time even while all workers are busy.
//!
//! Invariant: `next` mirrors the earliest live entry (u64::MAX: none), so the poll's fast path
//! is one relaxed load; entries stopped or reset leave stale heap items that are skipped by
//! their generation number.

use super::Runtime;
use crate::heap;
use crate::vm::GRef;
use parking_lot::Mutex;
use rustc_hash::FxHashMap;
use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

pub enum Action {
    /// Ready a sleeping goroutine.
    Wake(GRef),
    /// Send the current time on a channel, dropping it if the buffer is full (Go's timer
    /// channels never block the timer).
    Send(u64),
    /// Start a goroutine running this closure.
    Func(u64),
}

struct Entry {
    when: u64,
    period: u64,
    gen: u64,
    action: Action,
}

#[derive(Default)]
struct Inner {
    heap: BinaryHeap<Reverse<(u64, u64, u64)>>,
    entries: FxHashMap<u64, Entry>,
    next_id: u64,
}

pub struct Timers {
    inner: Mutex<Inner>,
    next: AtomicU64,
    epoch: Instant,
}

impl Default for Timers {
    fn default() -> Self {
        Self::new()
    }
}

impl Timers {
    pub fn new() -> Timers {
        Timers {
            inner: Mutex::new(Inner::default()),
            next: AtomicU64::new(u64::MAX),
            epoch: Instant::now(),
        }
    }

    pub fn now(&self) -> u64 {
        self.epoch.elapsed().as_nanos() as u64
    }

    fn update_next(&self, inner: &mut Inner) {
        while let Some(Reverse((when, id, gen))) = inner.heap.peek().copied() {
            match inner.entries.get(&id) {
                Some(e) if e.gen == gen => {
                    self.next.store(when, Ordering::SeqCst);
                    return;
                }
                _ => {
                    inner.heap.pop();
                }
            }
        }
        self.next.store(u64::MAX, Ordering::SeqCst);
    }

    /// Adds a timer firing `delay` ns from now (then every `period` ns if non-zero); returns its id.
    pub fn add(&self, delay: i64, period: i64, action: Action) -> u64 {
        let when = self.now().saturating_add(delay.max(0) as u64);
        let mut inner = self.inner.lock();
        inner.next_id += 1;
        let id = inner.next_id;
        inner.entries.insert(
            id,
            Entry {
                when,
                period: period.max(0) as u64,
                gen: 0,
                action,
            },
        );
        inner.heap.push(Reverse((when, id, 0)));
        self.update_next(&mut inner);
        id
    }

    /// Stops timer `id`; true if it was pending.
    pub fn stop(&self, id: u64) -> bool {
        let mut inner = self.inner.lock();
        let was = inner.entries.remove(&id).is_some();
        self.update_next(&mut inner);
        was
    }

    /// Re-arms timer `id` (pending or not) to fire `delay` ns from now; true if it was pending.
    /// A fired one-shot timer's action is kept by `rearm`'s caller passing it again.
    pub fn reset(
        &self,
        id: u64,
        delay: i64,
        period: Option<i64>,
        action: impl FnOnce() -> Action,
    ) -> bool {
        let when = self.now().saturating_add(delay.max(0) as u64);
        let mut inner = self.inner.lock();
        let was = inner.entries.contains_key(&id);
        let gen = match inner.entries.get_mut(&id) {
            Some(e) => {
                e.when = when;
                e.gen += 1;
                if let Some(p) = period {
                    e.period = p.max(0) as u64;
                }
                e.gen
            }
            None => {
                inner.entries.insert(
                    id,
                    Entry {
                        when,
                        period: period.unwrap_or(0).max(0) as u64,
                        gen: 0,
                        action: action(),
                    },
                );
                0
            }
        };
        inner.heap.push(Reverse((when, id, gen)));
        self.update_next(&mut inner);
        was
    }

    /// The earliest pending timer's deadline, if any.
    pub fn next_deadline(&self) -> Option<Instant> {
        match self.next.load(Ordering::SeqCst) {
            u64::MAX => None,
            ns => Some(self.epoch + Duration::from_nanos(ns)),
        }
    }

    /// Reports the channels and closures pending timers will use (collector roots).
    pub fn roots(&self, visit: &mut dyn FnMut(u64)) {
        let inner = self.inner.lock();
        for e in inner.entries.values() {
            match e.action {
                Action::Send(c) | Action::Func(c) => visit(c),
                Action::Wake(_) => {}
            }
        }
    }

    /// Fires every due timer, readying goroutines on worker `w`.
    pub fn run_due(&self, rt: &Runtime, w: usize) {
        let next = self.next.load(Ordering::Relaxed);
        if next == u64::MAX || next > self.now() {
            return;
        }
        let mut fired: Vec<Action> = Vec::new();
        {
            let mut inner = self.inner.lock();
            let now = self.now();
            while let Some(Reverse((when, id, gen))) = inner.heap.peek().copied() {
                if when > now {
                    break;
                }
                inner.heap.pop();
                let Some(e) = inner.entries.get_mut(&id) else {
                    continue;
                };
                if e.gen != gen {
                    continue;
                }
                if e.period > 0 {
                    // A ticker: the next tick is one period on (skipping missed ones).
                    let mut next = e.when + e.period;
                    if next <= now {
                        next = now + e.period - (now - e.when) % e.period;
                    }
                    e.when = next;
                    let action = match &e.action {
                        Action::Send(c) => Action::Send(*c),
                        Action::Func(f) => Action::Func(*f),
                        Action::Wake(g) => Action::Wake(g.clone()),
                    };
                    inner.heap.push(Reverse((next, id, gen)));
                    fired.push(action);
                } else if let Some(e) = inner.entries.remove(&id) {
                    fired.push(e.action);
                }
            }
            self.update_next(&mut inner);
        }
        for a in fired {
            match a {
                Action::Wake(g) => rt.sched.ready(g, w),
                Action::Send(c) => super::chan::send_time(rt, w, c, time_now_ns()),
                Action::Func(f) => rt.start(w, f, &[], None),
            }
        }
    }
}

/// Wall-clock nanoseconds since the Unix epoch (`time.Now`'s representation).
pub fn time_now_ns() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos() as i64)
}

/// A `time.Time` value (a one-word struct, so boxed): its address.
pub fn time_value(ns: i64) -> u64 {
    let b = heap::alloc_noscan(1);
    heap::store(b, ns as u64);
    b
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_earliest_live_timer_sets_the_deadline() {
        let t = Timers::new();
        assert!(t.next_deadline().is_none(), "no timer, no deadline");
        let late = t.add(10_000_000_000, 0, Action::Func(0));
        let soon = t.add(1_000_000, 0, Action::Func(0));
        let d1 = t.next_deadline().expect("two timers pending");
        assert!(t.stop(soon), "a pending timer stops");
        assert!(!t.stop(soon), "a stopped timer is not pending");
        let d2 = t.next_deadline().expect("one timer pending");
        assert!(
            d2 > d1,
            "stopping the earliest moves the deadline to the next one"
        );
        assert!(t.stop(late));
        assert!(t.next_deadline().is_none(), "all stopped: no deadline");
    }

    #[test]
    fn reset_rearms_a_stopped_timer_and_supersedes_the_old_deadline() {
        let t = Timers::new();
        let id = t.add(5_000_000_000, 0, Action::Func(0));
        assert!(
            t.reset(id, 1_000_000, None, || Action::Func(0)),
            "was pending"
        );
        let early = t.next_deadline().expect("pending");
        assert!(early < Instant::now() + Duration::from_millis(500));
        assert!(t.stop(id));
        assert!(
            !t.reset(id, 2_000_000, None, || Action::Func(0)),
            "was stopped"
        );
        assert!(t.next_deadline().is_some(), "re-armed");
    }
}
