//! The collector's control: pacing, stopping the world, and one collection cycle (ARCHITECTURE.md §8).
//!
//! Mutators are the worker threads. Each has a status: RUNNING (may touch the heap), OUTSIDE
//! (blocked or scheduling: touches no Go memory) or STOPPED (parked for a collection, its roots
//! handed in). A collection starts at a safepoint of the thread that finds it requested: that
//! thread sets `STOP`, waits until no mutator is RUNNING, marks (stopped workers join in),
//! queues spans for lazy sweeping and releases the world. A mutator leaves OUTSIDE only through
//! `mutator_begin`, which waits while `STOP` is set.
//!
//! Invariants: `STOP` is set and cleared only by the collecting thread, under `PHASE`'s lock;
//! a RUNNING mutator checks `STOP` at every safepoint and between time slices (so a collection
//! waits at most for one native call or one slice without a safepoint); nothing allocates
//! while `STOP` is set; when the world restarts every STOPPED thread counts as RUNNING again
//! (it is about to run, still holding its roots), so a collection that follows at once waits
//! for it to hand them in anew instead of taking its stale STOPPED for a promise.

use super::alloc;
use super::mark::{MarkState, Marker};
use parking_lot::{Condvar, Mutex};
use std::sync::atomic::Ordering::{Relaxed, SeqCst};
use std::sync::atomic::{AtomicBool, AtomicI64, AtomicU64, AtomicU8};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

/// Reports the roots a stopping thread holds itself (its goroutine's registers...).
pub type OwnRoots<'a> = &'a mut dyn FnMut(&mut dyn FnMut(u64));
/// Reports every root not held by a running thread.
pub type WorldRoots<'a> = &'a dyn Fn(&mut dyn FnMut(u64));

const RUNNING: u8 = 0;
const OUTSIDE: u8 = 1;
const STOPPED: u8 = 2;

/// The heap size below which no collection is triggered (Go's 4 MB minimum goal).
const MIN_GOAL: u64 = 4 << 20;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Phase {
    Idle,
    Stopping,
    Marking,
    Sweeping,
}

struct Control {
    phase: Phase,
    cycle: u64,
    helpers_in: usize,
}

/// A mutator status on its own cache line.
#[repr(align(64))]
struct Status(AtomicU8);

static STATUS: OnceLock<Box<[Status]>> = OnceLock::new();
static STOP: AtomicBool = AtomicBool::new(false);
static REQUESTED: AtomicBool = AtomicBool::new(false);
static PHASE: Mutex<Control> = Mutex::new(Control {
    phase: Phase::Idle,
    cycle: 0,
    helpers_in: 0,
});
static CV: Condvar = Condvar::new();
static ROOTS: Mutex<Vec<u64>> = Mutex::new(Vec::new());
static MARK: std::sync::LazyLock<MarkState> = std::sync::LazyLock::new(MarkState::new);
/// Collections completed; a thread cache filled in an older epoch is stale.
static EPOCH: AtomicU64 = AtomicU64::new(0);

// Statistics and pacing (bytes unless said otherwise).
static TOTAL_ALLOC: AtomicU64 = AtomicU64::new(0);
static MALLOCS: AtomicU64 = AtomicU64::new(0);
static SINCE_GC: AtomicU64 = AtomicU64::new(0);
static LIVE: AtomicU64 = AtomicU64::new(0);
static LIVE_OBJECTS: AtomicU64 = AtomicU64::new(0);
static MALLOCS_AT_GC: AtomicU64 = AtomicU64::new(0);
static GOAL: AtomicU64 = AtomicU64::new(MIN_GOAL);
static NUM_GC: AtomicU64 = AtomicU64::new(0);
static PAUSE_TOTAL_NS: AtomicU64 = AtomicU64::new(0);
static LAST_PAUSE_NS: AtomicU64 = AtomicU64::new(0);
static LAST_GC_UNIX_NS: AtomicU64 = AtomicU64::new(0);
/// GOGC percent; negative = off.
static GOGC: AtomicI64 = AtomicI64::new(100);
static GCTRACE: AtomicBool = AtomicBool::new(false);
static CHECKMARK: AtomicBool = AtomicBool::new(false);
static STARTED: OnceLock<Instant> = OnceLock::new();
/// `GODEBUG=gcstress=N`: the heap goal is the live heap plus this (0: normal pacing).
static STRESS_BYTES: AtomicU64 = AtomicU64::new(0);

/// Sets up the collector for `workers` mutator threads (all OUTSIDE until they begin), reading
/// `GOGC` (a percentage or `off`) and `GODEBUG=gctrace=1` from the environment.
pub fn init(workers: usize) {
    let _ = STATUS.set(
        (0..workers)
            .map(|_| Status(AtomicU8::new(OUTSIDE)))
            .collect(),
    );
    let _ = STARTED.set(Instant::now());
    if let Ok(v) = std::env::var("GOGC") {
        let v = v.trim();
        if v.eq_ignore_ascii_case("off") {
            GOGC.store(-1, Relaxed);
        } else if let Ok(n) = v.parse::<i64>() {
            GOGC.store(if n < 0 { -1 } else { n }, Relaxed);
        }
    }
    if let Ok(v) = std::env::var("GODEBUG") {
        for kv in v.split(',') {
            match kv.trim().split_once('=') {
                Some(("gctrace", "1")) => GCTRACE.store(true, Relaxed),
                // Go's: after marking, check that everything reachable was marked.
                Some(("gccheckmark", "1")) => CHECKMARK.store(true, Relaxed),
                // gorun's own: collect after every N KiB allocated (tests the collector).
                Some(("gcstress", n)) => {
                    STRESS_BYTES.store(n.parse::<u64>().unwrap_or(0).saturating_mul(1024), Relaxed)
                }
                _ => {}
            }
        }
    }
    set_goal(0);
}

fn status(w: usize) -> Option<&'static AtomicU8> {
    STATUS.get().and_then(|s| s.get(w)).map(|s| &s.0)
}

/// True when the running mutator should call `stop_point` (a collection is requested or in
/// progress): one relaxed load on the fast path.
#[inline]
pub fn should_stop() -> bool {
    // STOP is only ever set while REQUESTED is.
    REQUESTED.load(Relaxed)
}

/// How the collector wakes sleeping workers so that they help mark.
static IDLE_WAKER: OnceLock<fn()> = OnceLock::new();

pub fn set_idle_waker(f: fn()) {
    let _ = IDLE_WAKER.set(f);
}

/// Mutator `w` leaves OUTSIDE (waiting while a collection runs) and may touch the heap.
pub fn mutator_begin(w: usize) {
    let Some(st) = status(w) else { return };
    loop {
        st.store(RUNNING, SeqCst);
        if !STOP.load(SeqCst) {
            break;
        }
        st.store(OUTSIDE, SeqCst);
        CV.notify_all();
        wait_for_collection(None);
    }
    alloc::revalidate_cache(EPOCH.load(Relaxed));
}

/// Waits until collection `cycle` (None: whichever is in progress, and any that follows at
/// once) ends, helping it mark.
fn wait_for_collection(cycle: Option<u64>) {
    let mut c = PHASE.lock();
    let mut helped = 0;
    while c.phase != Phase::Idle && cycle.is_none_or(|n| c.cycle == n) {
        if c.phase == Phase::Marking && helped != c.cycle {
            helped = c.cycle;
            c.helpers_in += 1;
            drop(c);
            MARK.busy.fetch_add(1, SeqCst);
            Marker::new(&MARK).drain();
            c = PHASE.lock();
            c.helpers_in -= 1;
            CV.notify_all();
            continue;
        }
        CV.wait(&mut c);
    }
}

/// Mutator `w` will block or schedule without touching Go memory until `mutator_begin`.
pub fn mutator_end(w: usize) {
    let Some(st) = status(w) else { return };
    alloc::flush_local_counts();
    st.store(OUTSIDE, SeqCst);
    if STOP.load(SeqCst) {
        let _c = PHASE.lock();
        CV.notify_all();
    }
}

/// A safepoint of mutator `w` found `should_stop()`: it collects (if nobody else is) or hands
/// in its roots and waits for the collection to end. `own` reports the words it holds (its
/// goroutine's registers...); `world` the roots of everything not on a running thread.
pub fn stop_point(w: usize, own: OwnRoots, world: WorldRoots) {
    loop {
        let mut c = PHASE.lock();
        if c.phase == Phase::Idle && REQUESTED.load(SeqCst) && !STOP.load(SeqCst) {
            c.phase = Phase::Stopping;
            c.cycle += 1;
            STOP.store(true, SeqCst);
            drop(c);
            collect(w, own, world);
        } else if !STOP.load(SeqCst) {
            break;
        } else {
            // Someone else collects: hand in the roots, help mark, wait for this cycle's end.
            let cycle = c.cycle;
            drop(c);
            {
                let mut roots = ROOTS.lock();
                own(&mut |v| roots.push(v));
            }
            alloc::flush_local_counts();
            if let Some(st) = status(w) {
                st.store(STOPPED, SeqCst);
            }
            {
                let _c = PHASE.lock();
                CV.notify_all();
            }
            wait_for_collection(Some(cycle));
        }
        // Back to running — unless the next collection already began without us: this thread
        // still holds its roots, so it must hand them in again (the loop).
        if let Some(st) = status(w) {
            st.store(RUNNING, SeqCst);
        }
        if !STOP.load(SeqCst) {
            break;
        }
    }
    alloc::revalidate_cache(EPOCH.load(Relaxed));
}

/// Runs a collection now from mutator `w` (`runtime.GC()`): waits for one in progress, then
/// starts a full one.
pub fn collect_now(w: usize, own: OwnRoots, world: WorldRoots) {
    let target = NUM_GC.load(SeqCst) + 1;
    while NUM_GC.load(SeqCst) < target {
        REQUESTED.store(true, SeqCst);
        stop_point(w, own, world);
    }
}

fn collect(w: usize, own: OwnRoots, world: WorldRoots) {
    let t0 = Instant::now();
    alloc::flush_local_counts();
    if let Some(st) = status(w) {
        st.store(STOPPED, SeqCst);
    }
    // Wait until every other mutator is stopped or outside.
    {
        let mut c = PHASE.lock();
        loop {
            let running = STATUS.get().map_or(0, |s| {
                s.iter()
                    .enumerate()
                    .filter(|(v, s)| *v != w && s.0.load(SeqCst) == RUNNING)
                    .count()
            });
            if running == 0 {
                break;
            }
            CV.wait_for(&mut c, Duration::from_micros(50));
        }
    }
    let stopped_at = Instant::now();
    alloc::finish_sweep();
    let sweep_done = Instant::now();

    // Mark: this thread takes the roots; stopped workers join.
    MARK.marked_bytes.store(0, Relaxed);
    MARK.marked_objects.store(0, Relaxed);
    MARK.busy.store(1, SeqCst);
    let mut m = Marker::new(&MARK);
    own(&mut |v| m.visit(v));
    world(&mut |v| m.visit(v));
    let contributed = std::mem::take(&mut *ROOTS.lock());
    for &v in &contributed {
        m.visit(v);
    }
    {
        let mut c = PHASE.lock();
        c.phase = Phase::Marking;
        CV.notify_all();
    }
    if let Some(wake) = IDLE_WAKER.get() {
        wake();
    }
    m.drain();
    {
        let mut c = PHASE.lock();
        while c.helpers_in > 0 {
            CV.wait(&mut c);
        }
        c.phase = Phase::Sweeping;
    }
    let mark_done = Instant::now();
    if CHECKMARK.load(Relaxed) {
        let mut check = |v: u64| {
            if let Some(false) = super::mark::is_marked(v) {
                eprintln!("runtime: gccheckmark found unmarked root {v:#x}");
            }
        };
        own(&mut check);
        world(&mut check);
        for &v in &contributed {
            check(v);
        }
        super::mark::verify_heap();
    }

    alloc::start_sweep();
    let live = MARK.marked_bytes.load(Relaxed);
    LIVE.store(live, Relaxed);
    LIVE_OBJECTS.store(MARK.marked_objects.load(Relaxed), Relaxed);
    MALLOCS_AT_GC.store(MALLOCS.load(Relaxed), Relaxed);
    SINCE_GC.store(0, Relaxed);
    set_goal(live);
    EPOCH.fetch_add(1, SeqCst);
    let n = NUM_GC.fetch_add(1, SeqCst) + 1;
    let pause = t0.elapsed();
    PAUSE_TOTAL_NS.fetch_add(pause.as_nanos() as u64, Relaxed);
    LAST_PAUSE_NS.store(pause.as_nanos() as u64, Relaxed);
    LAST_GC_UNIX_NS.store(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos() as u64),
        Relaxed,
    );
    if GCTRACE.load(Relaxed) {
        let ms = |d: Duration| d.as_secs_f64() * 1e3;
        eprintln!(
            "gc {n} @{:.3}s: stop {:.3} ms, sweep {:.3} ms, mark {:.3} ms, total pause {:.3} ms; live {} MB, goal {} MB, {} workers",
            STARTED.get().map_or(0.0, |s| s.elapsed().as_secs_f64()),
            ms(stopped_at - t0),
            ms(sweep_done - stopped_at),
            ms(mark_done - sweep_done),
            ms(pause),
            live >> 20,
            GOAL.load(Relaxed) >> 20,
            STATUS.get().map_or(0, |s| s.len()),
        );
    }
    REQUESTED.store(false, SeqCst);
    {
        let mut c = PHASE.lock();
        STOP.store(false, SeqCst);
        // Every stopped thread is about to run again: count it running now, so that a
        // collection starting before it wakes waits for its roots.
        if let Some(all) = STATUS.get() {
            for st in all.iter() {
                let _ = st.0.compare_exchange(STOPPED, RUNNING, SeqCst, SeqCst);
            }
        }
        c.phase = Phase::Idle;
        CV.notify_all();
    }
}

fn set_goal(live: u64) {
    let gogc = GOGC.load(Relaxed);
    let stress = STRESS_BYTES.load(Relaxed);
    // Off wins even over gcstress: a program that turns the collector off must see none.
    let goal = if gogc < 0 {
        u64::MAX
    } else if stress > 0 {
        live + stress
    } else {
        (live.saturating_add(live.saturating_mul(gogc as u64) / 100)).max(MIN_GOAL)
    };
    GOAL.store(goal, Relaxed);
}

/// Counts `bytes` in `count` objects allocated by a thread; requests a collection when the
/// heap reaches its goal.
pub fn note_allocated(bytes: u64, count: u64) {
    TOTAL_ALLOC.fetch_add(bytes, Relaxed);
    MALLOCS.fetch_add(count, Relaxed);
    let since = SINCE_GC.fetch_add(bytes, Relaxed) + bytes;
    if LIVE.load(Relaxed) + since >= GOAL.load(Relaxed) {
        REQUESTED.store(true, Relaxed);
    }
}

/// `runtime/debug.SetGCPercent`: sets GOGC, returns the previous setting (negative = off).
pub fn set_gc_percent(p: i64) -> i64 {
    let prev = GOGC.swap(if p < 0 { -1 } else { p }, Relaxed);
    set_goal(LIVE.load(Relaxed));
    prev
}

/// The figures of `runtime.MemStats` gorun keeps.
#[derive(Clone, Copy, Debug, Default)]
pub struct MemStats {
    pub heap_alloc: u64,
    pub total_alloc: u64,
    pub sys: u64,
    pub mallocs: u64,
    pub frees: u64,
    pub heap_sys: u64,
    pub heap_inuse: u64,
    pub heap_idle: u64,
    pub heap_objects: u64,
    pub next_gc: u64,
    pub last_gc: u64,
    pub pause_total_ns: u64,
    pub num_gc: u32,
    pub last_pause_ns: u64,
}

/// Current statistics (the calling thread's own counts included).
pub fn mem_stats() -> MemStats {
    alloc::flush_local_counts();
    let since = SINCE_GC.load(Relaxed);
    let mallocs = MALLOCS.load(Relaxed);
    let heap_objects =
        LIVE_OBJECTS.load(Relaxed) + mallocs.saturating_sub(MALLOCS_AT_GC.load(Relaxed));
    let heap_sys = super::arena::IN_USE.load(Relaxed) as u64;
    let heap_idle = alloc::free_bytes() as u64;
    MemStats {
        heap_alloc: LIVE.load(Relaxed) + since,
        total_alloc: TOTAL_ALLOC.load(Relaxed),
        sys: heap_sys + heap_sys / 32 + (4 << 20),
        mallocs,
        frees: mallocs.saturating_sub(heap_objects),
        heap_sys,
        heap_inuse: heap_sys.saturating_sub(heap_idle),
        heap_idle,
        heap_objects,
        next_gc: GOAL.load(Relaxed).min(i64::MAX as u64),
        last_gc: LAST_GC_UNIX_NS.load(Relaxed),
        pause_total_ns: PAUSE_TOTAL_NS.load(Relaxed),
        num_gc: NUM_GC.load(Relaxed) as u32,
        last_pause_ns: LAST_PAUSE_NS.load(Relaxed),
    }
}
