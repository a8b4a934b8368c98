//! Run queues, idle workers and deadlock detection (ARCHITECTURE.md §6, after Go's `proc.go`).
//!
//! Each worker has a local FIFO plus a `runnext` slot: a goroutine readied by a running one goes
//! to the waker's `runnext` and runs when the waker's slice ends or it blocks, so ping-pong pairs
//! stay on one core. Preempted goroutines go to the global queue; every 61st schedule a worker
//! looks at the global queue first. Idle workers steal half of another worker's queue.
//!
//! The global queue is crossbeam's `Injector`. The local queues are small mutex-protected deques
//! rather than crossbeam's `Worker`: pushes come from code running inside coroutines that migrate
//! between threads, and a `Worker` handle (owned by one thread, not `Sync`) cannot be reached from
//! them without thread-local lookups or unsafe code; an uncontended lock costs about as much as
//! the deque's own fences, and lock-free length hints keep thieves off empty queues.
//!
//! Wake-ups follow Go's rule: a worker that finds nothing spins for a while before sleeping, and
//! `ready` wakes a sleeping worker only when no worker is spinning. Lost wake-ups are ruled out by
//! a Dekker pair: `ready` publishes (queued += 1) then reads `nidle`; a worker going to sleep
//! publishes (nidle += 1, under the idle lock) then re-reads `queued` — both with SeqCst — and the
//! notify happens under the idle lock, so the sleeper either sees the work or gets the notify.
//!
//! Deadlock (Go's `checkdead`): the last worker to go idle, finding no queued goroutine, no
//! pending timer and no goroutine inside a blocking host call (stdin), reports every goroutine.

use super::timer::Timers;
use super::Runtime;
use crate::vm::GRef;
use crossbeam_deque::{Injector, Steal};
use parking_lot::{Condvar, Mutex};
use std::collections::VecDeque;
use std::sync::atomic::{fence, AtomicBool, AtomicI64, AtomicU64, AtomicUsize, Ordering};
use std::time::Instant;

/// Go's scheduler quantum: a goroutine running longer than this is preempted at its next
/// safepoint when others are waiting.
const TIME_SLICE_NS: u64 = 10_000_000;
/// Rounds an idle worker checks the queues before sleeping.
const SPIN_ROUNDS: usize = 64;
const REGISTRY_SHARDS: usize = 16;

/// Live goroutines of one registry shard: a slot per goroutine, reused after it exits.
#[derive(Default)]
struct Slab {
    items: Vec<Option<GRef>>,
    free: Vec<usize>,
}

#[derive(Default)]
struct LocalQ {
    runnext: Option<GRef>,
    q: VecDeque<GRef>,
}

impl LocalQ {
    fn len(&self) -> usize {
        self.q.len() + self.runnext.is_some() as usize
    }
}

/// How long a readied goroutine stays reserved for the worker that readied it before others
/// may steal it (Go waits ~3 µs): a ping-pong pair then stays on one core instead of bouncing
/// between two.
const RUNNEXT_GRACE_NS: u64 = 20_000;

pub struct Sched {
    pub nworkers: usize,
    /// Serving a REPL session: deadlock means the running input (`deadlock_armed`) can never
    /// finish, not that the process must end.
    pub session: bool,
    /// Something can deadlock: the program (until a worker claims its deadlock, so that only
    /// one reports it while the process exits), or a session's running input.
    pub deadlock_armed: AtomicBool,
    locals: Vec<Mutex<LocalQ>>,
    /// Lock-free hints for thieves: goroutines in each local queue (incl. `runnext`), and how
    /// many times its `runnext` was set. Written under the queue's lock; read without it.
    local_len: Vec<AtomicUsize>,
    local_next_seq: Vec<AtomicU64>,
    /// Thieves' view of each victim's `local_next_seq`: `[thief * n + victim]` holds the
    /// sequence number last seen and when the thief first saw it (ns since `epoch`). Only the
    /// thief touches its row; the clock is read by idle workers, never by `ready`.
    seen_seq: Vec<AtomicU64>,
    seen_at: Vec<AtomicU64>,
    /// `local_next_seq[w]` at worker `w`'s previous safepoint poll.
    polled_seq: Vec<AtomicU64>,
    /// The global run queue: crossbeam's lock-free injector (any thread pushes and steals).
    global: Injector<GRef>,
    /// Goroutines sitting in any run queue (the cheap "is there work?" test).
    queued: AtomicUsize,
    idle: Mutex<()>,
    idle_cv: Condvar,
    procs_cv: Condvar,
    nidle: AtomicUsize,
    nspinning: AtomicUsize,
    /// Goroutines inside a blocking host call (reading stdin): they will come back by
    /// themselves, so the others are not deadlocked.
    pub in_host: AtomicUsize,
    pub timers: Timers,
    registry: Vec<Mutex<Slab>>,
    /// Live goroutines (`runtime.NumGoroutine`).
    pub live: AtomicI64,
    next_id: AtomicU64,
    /// When each worker's current slice was first polled (ns since `epoch`, plus one; 0: not
    /// yet).
    slice_start: Vec<AtomicU64>,
    epoch: Instant,
    main_goexited: AtomicBool,
    main_returned: AtomicBool,
    /// The value `runtime.GOMAXPROCS` reports.
    pub procs: AtomicUsize,
    /// Handles of finished goroutines, reused by new ones (Go's `gfree` list): spawning then
    /// allocates nothing but the goroutine's closure.
    free: Mutex<Vec<GRef>>,
}

/// A local run queue holding more than this spills half to the global queue (Go's 256).
const LOCAL_QUEUE_CAP: usize = 256;

/// How many finished goroutine handles are kept for reuse.
const FREE_HANDLES: usize = 4096;

impl Sched {
    pub fn new(nworkers: usize, session: bool) -> Sched {
        Sched {
            nworkers,
            session,
            deadlock_armed: AtomicBool::new(!session),
            locals: (0..nworkers)
                .map(|_| Mutex::new(LocalQ::default()))
                .collect(),
            local_len: (0..nworkers).map(|_| AtomicUsize::new(0)).collect(),
            local_next_seq: (0..nworkers).map(|_| AtomicU64::new(0)).collect(),
            seen_seq: (0..nworkers * nworkers)
                .map(|_| AtomicU64::new(0))
                .collect(),
            seen_at: (0..nworkers * nworkers)
                .map(|_| AtomicU64::new(0))
                .collect(),
            polled_seq: (0..nworkers).map(|_| AtomicU64::new(0)).collect(),
            global: Injector::new(),
            queued: AtomicUsize::new(0),
            idle: Mutex::new(()),
            idle_cv: Condvar::new(),
            procs_cv: Condvar::new(),
            nidle: AtomicUsize::new(0),
            nspinning: AtomicUsize::new(0),
            in_host: AtomicUsize::new(0),
            timers: Timers::new(),
            registry: (0..REGISTRY_SHARDS)
                .map(|_| Mutex::new(Slab::default()))
                .collect(),
            live: AtomicI64::new(0),
            // Go's runtime starts a few goroutines of its own before the first `go` statement;
            // user goroutines are numbered from where Go's are.
            next_id: AtomicU64::new(FIRST_USER_GOROUTINE),
            slice_start: (0..nworkers).map(|_| AtomicU64::new(0)).collect(),
            epoch: Instant::now(),
            main_goexited: AtomicBool::new(false),
            main_returned: AtomicBool::new(false),
            procs: AtomicUsize::new(nworkers),
            free: Mutex::new(Vec::new()),
        }
    }

    pub fn new_id(&self) -> u64 {
        self.next_id.fetch_add(1, Ordering::Relaxed)
    }

    pub fn register(&self, g: &GRef) {
        self.live.fetch_add(1, Ordering::Relaxed);
        let mut shard = self.registry[g.id as usize % REGISTRY_SHARDS].lock();
        let slot = match shard.free.pop() {
            Some(i) => {
                shard.items[i] = Some(g.clone());
                i
            }
            None => {
                shard.items.push(Some(g.clone()));
                shard.items.len() - 1
            }
        };
        g.slot.store(slot, Ordering::Relaxed);
    }

    pub fn unregister(&self, g: &GRef) {
        self.live.fetch_sub(1, Ordering::Relaxed);
        let mut shard = self.registry[g.id as usize % REGISTRY_SHARDS].lock();
        let slot = g.slot.load(Ordering::Relaxed);
        if shard
            .items
            .get(slot)
            .is_some_and(|x| x.as_ref().is_some_and(|h| h.id == g.id))
        {
            shard.items[slot] = None;
            shard.free.push(slot);
        }
    }

    /// Keeps a finished goroutine's handle for reuse when nothing else refers to it.
    pub fn recycle(&self, g: GRef) {
        if std::sync::Arc::strong_count(&g) == 1 {
            let mut free = self.free.lock();
            if free.len() < FREE_HANDLES {
                free.push(g);
            }
        }
    }

    /// A handle to reuse, if one is free.
    pub fn reuse(&self) -> Option<GRef> {
        self.free.lock().pop()
    }

    /// Every live goroutine, by id.
    pub fn all(&self) -> Vec<GRef> {
        let mut v: Vec<GRef> = self
            .registry
            .iter()
            .flat_map(|s| s.lock().items.iter().flatten().cloned().collect::<Vec<_>>())
            .collect();
        v.sort_by_key(|g| g.id);
        v
    }

    /// `main` returned and the program exits once no goroutine unwinds a panic: it is over, so
    /// goroutines blocked meanwhile are no deadlock.
    pub fn set_main_returned(&self) {
        self.main_returned.store(true, Ordering::SeqCst);
    }

    pub fn main_returned(&self) -> bool {
        self.main_returned.load(Ordering::SeqCst)
    }

    pub fn set_main_goexited(&self) {
        self.main_goexited.store(true, Ordering::SeqCst);
    }

    pub fn main_goexited(&self) -> bool {
        self.main_goexited.load(Ordering::SeqCst)
    }

    /// Makes `g` runnable next on worker `w` (the waker's worker); the goroutine that held
    /// `runnext` moves to the local tail.
    pub fn ready(&self, g: GRef, w: usize) {
        g.set_reason(crate::vm::WaitReason::Runnable);
        let (overflow, lone): (Vec<GRef>, bool) = {
            let mut l = self.locals[w].lock();
            if let Some(old) = l.runnext.replace(g) {
                l.q.push_back(old);
            }
            // Go's runqputslow: a full local queue moves its older half to the global queue,
            // where a preempted goroutine waits its turn among them (fairness for a goroutine
            // that spawns many).
            let spill = if l.q.len() > LOCAL_QUEUE_CAP {
                l.q.drain(..LOCAL_QUEUE_CAP / 2).collect()
            } else {
                Vec::new()
            };
            let seq = self.local_next_seq[w].load(Ordering::Relaxed);
            self.local_next_seq[w].store(seq + 1, Ordering::Relaxed);
            self.local_len[w].store(l.len(), Ordering::Relaxed);
            (spill, l.q.is_empty())
        };
        for g in overflow {
            self.global.push(g);
        }
        self.queued.fetch_add(1, Ordering::SeqCst);
        // A lone `runnext` is not worth a wake-up: no thief may take it during the grace
        // period, and the waker (the thread running worker `w`, which returns to this queue
        // when its goroutine blocks) usually runs it sooner. Waking anyway cost ping-pong a
        // futex call and a spinning thread bouncing the queue's cache lines for most round
        // trips. If the waker keeps running instead, its safepoint poll wakes a thief once the
        // grace period is over (`poll`); if it blocks in the host, it hands its queue off.
        if !lone {
            self.wake();
        }
    }

    /// Puts `g` on the global queue (a preempted goroutine, `Gosched`: Go's `goschedImpl`), so
    /// every other runnable goroutine gets a turn first.
    pub fn push_global(&self, g: GRef) {
        self.global.push(g);
        self.queued.fetch_add(1, Ordering::SeqCst);
        self.wake();
    }

    /// Queues a REPL input's goroutine and marks an input as running, both under the idle lock:
    /// a worker deciding whether the session is deadlocked sees either neither or both.
    pub fn push_cell(&self, g: GRef) {
        g.set_reason(crate::vm::WaitReason::Runnable);
        {
            let _l = self.idle.lock();
            self.global.push(g);
            self.queued.fetch_add(1, Ordering::SeqCst);
            self.deadlock_armed.store(true, Ordering::SeqCst);
        }
        self.wake();
    }

    /// Worker `w`'s thread is about to block in the host (reading stdin): its queued
    /// goroutines move to the global queue and a sleeping worker is woken for them (Go's
    /// `handoffp`), since this thread will not come back to them for a while.
    pub fn hand_off(&self, w: usize) {
        let moved: Vec<GRef> = {
            let mut l = self.locals[w].lock();
            let mut moved: Vec<GRef> = l.runnext.take().into_iter().collect();
            moved.extend(l.q.drain(..));
            self.local_len[w].store(0, Ordering::Relaxed);
            moved
        };
        if !moved.is_empty() {
            for g in moved {
                self.global.push(g);
            }
            self.wake();
        }
    }

    /// Wakes a sleeping worker if there is one and none is spinning (Go's `wakep`).
    fn wake(&self) {
        fence(Ordering::SeqCst);
        if self.nidle.load(Ordering::SeqCst) > 0 && self.nspinning.load(Ordering::SeqCst) == 0 {
            let _l = self.idle.lock();
            self.idle_cv.notify_one();
        }
    }

    /// Wakes every sleeping worker (a collection starts: they help mark, then sleep again).
    pub fn wake_all(&self) {
        let _l = self.idle.lock();
        self.idle_cv.notify_all();
    }

    fn take(&self, w: usize, tick: u64) -> Option<GRef> {
        if self.queued.load(Ordering::SeqCst) == 0 {
            return None;
        }
        let got = self.take_inner(w, tick);
        if got.is_some() {
            self.queued.fetch_sub(1, Ordering::SeqCst);
        }
        got
    }

    fn pop_global(&self) -> Option<GRef> {
        loop {
            match self.global.steal() {
                Steal::Success(g) => return Some(g),
                Steal::Empty => return None,
                Steal::Retry => std::hint::spin_loop(),
            }
        }
    }

    fn take_inner(&self, w: usize, tick: u64) -> Option<GRef> {
        if tick.is_multiple_of(61) {
            if let Some(g) = self.pop_global() {
                return Some(g);
            }
        }
        if self.local_len[w].load(Ordering::Relaxed) > 0 {
            let mut l = self.locals[w].lock();
            let g = l.runnext.take().or_else(|| l.q.pop_front());
            self.local_len[w].store(l.len(), Ordering::Relaxed);
            if g.is_some() {
                return g;
            }
        }
        if let Some(g) = self.pop_global() {
            return Some(g);
        }
        self.steal(w, tick)
    }

    /// Takes half of another worker's queue (or its `runnext` when the queue is empty).
    fn steal(&self, w: usize, tick: u64) -> Option<GRef> {
        let n = self.nworkers;
        let mut now = None;
        for k in 0..n {
            let v = (k + tick as usize) % n;
            let len = self.local_len[v].load(Ordering::Relaxed);
            if v == w || len == 0 {
                continue;
            }
            // A lone goroutine is most likely the victim's fresh `runnext`: leave it alone
            // during the grace period without touching the victim's lock.
            let now = *now.get_or_insert_with(|| self.epoch.elapsed().as_nanos() as u64);
            let fresh = self.runnext_fresh(w, v, now);
            if len == 1 && fresh {
                continue;
            }
            let mut stolen: Vec<GRef> = {
                let mut l = self.locals[v].lock();
                let half = l.q.len().div_ceil(2);
                let mut s: Vec<GRef> = l.q.drain(..half).collect();
                if s.is_empty() && !fresh {
                    s.extend(l.runnext.take());
                }
                self.local_len[v].store(l.len(), Ordering::Relaxed);
                s
            };
            if stolen.is_empty() {
                continue;
            }
            let first = stolen.remove(0);
            if !stolen.is_empty() {
                let mut mine = self.locals[w].lock();
                mine.q.extend(stolen);
                self.local_len[w].store(mine.len(), Ordering::Relaxed);
            }
            return Some(first);
        }
        None
    }

    /// Is victim `v`'s `runnext` still in its grace period, as thief `w` sees it? A `runnext`
    /// is fresh until the victim has set none for RUNNEXT_GRACE_NS of the thief's watching:
    /// timing it on the thief's side keeps the clock out of `ready`, which every channel
    /// handoff calls (the clock read there was 7% of spawn+join's time).
    fn runnext_fresh(&self, w: usize, v: usize, now: u64) -> bool {
        let i = w * self.nworkers + v;
        let seq = self.local_next_seq[v].load(Ordering::Relaxed);
        if self.seen_seq[i].load(Ordering::Relaxed) != seq {
            self.seen_seq[i].store(seq, Ordering::Relaxed);
            self.seen_at[i].store(now, Ordering::Relaxed);
            return true;
        }
        now.saturating_sub(self.seen_at[i].load(Ordering::Relaxed)) <= RUNNEXT_GRACE_NS
    }

    /// A queued goroutine for worker `w`, if there is one now (no waiting; for tests).
    #[cfg(test)]
    pub fn try_next(&self, w: usize) -> Option<GRef> {
        self.take(w, 1)
    }

    /// The next goroutine for worker `w`: fires due timers, looks in the queues, spins, then
    /// sleeps until work or the next timer arrives. Reports a deadlock (and exits) when every
    /// worker is idle with nothing that could ever wake a goroutine.
    pub fn next(&self, rt: &'static Runtime, w: usize, tick: u64) -> GRef {
        loop {
            if w >= self.procs.load(Ordering::SeqCst) {
                crate::heap::gc::mutator_end(w);
                self.sleep_inactive(rt, w);
                crate::heap::gc::mutator_begin(w);
                continue;
            }
            self.timers.run_due(rt, w);
            if let Some(g) = self.take(w, tick) {
                return self.started(w, g);
            }
            // Spin, then sleep, touching no Go memory: a collection need not wait for us.
            crate::heap::gc::mutator_end(w);
            // Spin: another worker may ready something soon (a ping-pong partner).
            self.nspinning.fetch_add(1, Ordering::SeqCst);
            let mut found = None;
            for i in 0..SPIN_ROUNDS {
                if let Some(g) = self.take(w, tick + i as u64) {
                    found = Some(g);
                    break;
                }
                if i % 8 == 7 {
                    std::thread::yield_now();
                } else {
                    std::hint::spin_loop();
                }
            }
            self.nspinning.fetch_sub(1, Ordering::SeqCst);
            if let Some(g) = found {
                // Go: a spinning worker that found work wakes another to keep one spinning.
                self.wake();
                crate::heap::gc::mutator_begin(w);
                return self.started(w, g);
            }
            self.sleep(rt);
            crate::heap::gc::mutator_begin(w);
        }
    }

    fn started(&self, w: usize, g: GRef) -> GRef {
        // The clock is read at the slice's first safepoint poll, not here: most slices end
        // (block) long before one.
        self.slice_start[w].store(0, Ordering::Relaxed);
        g
    }

    fn sleep(&self, rt: &'static Runtime) {
        // Output written so far should be visible while the program waits.
        {
            let mut out = rt.shared.out.lock();
            let _ = std::io::Write::flush(&mut *out);
        }
        let mut l = self.idle.lock();
        let idle = self.nidle.fetch_add(1, Ordering::SeqCst) + 1;
        fence(Ordering::SeqCst);
        if self.queued.load(Ordering::SeqCst) > 0 {
            self.nidle.fetch_sub(1, Ordering::SeqCst);
            return;
        }
        if self.claim_deadlock(idle) {
            drop(l);
            super::report::deadlock(rt);
            self.nidle.fetch_sub(1, Ordering::SeqCst);
            return;
        }
        let next_timer = self.timers.next_deadline();
        match next_timer {
            Some(t) => {
                self.idle_cv.wait_until(&mut l, t);
            }
            None => self.idle_cv.wait(&mut l),
        }
        self.nidle.fetch_sub(1, Ordering::SeqCst);
    }

    /// Go's `checkdead`, for the worker that just made `idle` workers idle (under the idle
    /// lock): nothing queued, no timer, nobody in a blocking host call, every worker idle. A
    /// deadlock found is claimed (disarmed) under that lock, so that only this worker reports
    /// it, even while the process exits and another worker wakes.
    fn claim_deadlock(&self, idle: usize) -> bool {
        // A REPL session idle at its prompt is not deadlocked, whatever its goroutines wait for.
        let dead = self.deadlock_armed.load(Ordering::SeqCst)
            && idle == self.nworkers
            && self.queued.load(Ordering::SeqCst) == 0
            && self.timers.next_deadline().is_none()
            && self.in_host.load(Ordering::SeqCst) == 0;
        if dead {
            self.deadlock_armed.store(false, Ordering::SeqCst);
        }
        dead
    }

    /// A worker beyond `runtime.GOMAXPROCS(n)` waits (counted as idle) until n grows.
    fn sleep_inactive(&self, rt: &'static Runtime, w: usize) {
        // Its queued goroutines go to the global queue (Go's procresize), where the active
        // workers find them.
        self.hand_off(w);
        let mut l = self.idle.lock();
        if w < self.procs.load(Ordering::SeqCst) {
            return;
        }
        let idle = self.nidle.fetch_add(1, Ordering::SeqCst) + 1;
        if self.claim_deadlock(idle) {
            drop(l);
            super::report::deadlock(rt);
            self.nidle.fetch_sub(1, Ordering::SeqCst);
            return;
        }
        self.procs_cv.wait(&mut l);
        self.nidle.fetch_sub(1, Ordering::SeqCst);
    }

    /// `runtime.GOMAXPROCS(n)`: the number of workers that run goroutines (the worker threads
    /// started are the upper bound in effect; the setting itself is kept and reported as Go
    /// does); returns the previous setting.
    pub fn set_procs(&self, n: usize) -> usize {
        let _l = self.idle.lock();
        let prev = self.procs.swap(n.max(1), Ordering::SeqCst);
        self.procs_cv.notify_all();
        prev
    }

    /// The safepoint poll: fires due timers; true when the running goroutine's slice is over
    /// and another goroutine is waiting to run.
    pub fn poll(&self, rt: &Runtime, w: usize) -> bool {
        self.timers.run_due(rt, w);
        if self.queued.load(Ordering::Relaxed) == 0 {
            return false;
        }
        // A `runnext` still waiting since the previous poll while this worker keeps running:
        // let a thief come for it (`ready` did not wake one for a lone `runnext`).
        let seq = self.local_next_seq[w].load(Ordering::Relaxed);
        if self.polled_seq[w].swap(seq, Ordering::Relaxed) == seq
            && self.local_len[w].load(Ordering::Relaxed) > 0
        {
            self.wake();
        }
        let now = self.epoch.elapsed().as_nanos() as u64 + 1;
        let start = self.slice_start[w].load(Ordering::Relaxed);
        if start == 0 {
            self.slice_start[w].store(now, Ordering::Relaxed);
            return false;
        }
        now - start >= TIME_SLICE_NS
    }
}

/// Go numbers its first user goroutine after the runtime's own background goroutines (2–4;
/// later ones vary with GC timing, so the golden harness normalizes ids other than 1).
pub const FIRST_USER_GOROUTINE: u64 = 5;
