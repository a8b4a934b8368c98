//! Worker threads and the coroutine pool (ARCHITECTURE.md §5). A worker resumes a pooled coroutine
//! with the goroutine to run; the coroutine runs one slice of the stackless dispatch loop and
//! suspends with the `Outcome`. A goroutine blocked beneath a native callback suspends its
//! coroutine mid-loop (`Pinned`); that coroutine stays with the goroutine and is resumed by
//! whichever worker picks the goroutine up next.

use super::{Outcome, Runtime};
use crate::vm::{GRef, Suspender, Vm};
use corosensei::stack::DefaultStack;
use corosensei::{Coroutine, CoroutineResult, Yielder};
use std::sync::atomic::Ordering;

/// Each coroutine's stack: native callbacks nest at most 64 deep, each a dispatch loop plus a
/// native's frames. Pages are touched lazily, so only the depth actually used costs memory.
const STACK_BYTES: usize = 8 << 20;

struct CoIn {
    worker: usize,
    g: Option<GRef>,
}

enum CoOut {
    Done(Outcome),
    Pinned,
}

type Co = Coroutine<CoIn, CoOut, (), DefaultStack>;

/// A coroutine moving between worker threads.
struct SendCo(Co);

// SAFETY: a coroutine is resumed by one thread at a time (it is owned by a worker's pool or by
// its pinned goroutine's `pin` slot, behind a lock). Its stack holds no thread-bound state
// across a suspend: the dispatch loop and natives keep no thread-locals, `Rc`s or lock guards
// other than the goroutine's own `GHandle` lock (a parking_lot lock, which may be released
// from any thread), and the worker index is passed in at every resume.
unsafe impl Send for SendCo {}

struct YieldSuspender<'a>(&'a Yielder<CoIn, CoOut>);

impl Suspender for YieldSuspender<'_> {
    fn suspend_pinned(&self) -> usize {
        self.0.suspend(CoOut::Pinned).worker
    }
}

fn new_co(rt: &'static Runtime) -> SendCo {
    let stack = match DefaultStack::new(STACK_BYTES) {
        Ok(s) => s,
        Err(_) => {
            eprintln!("fatal error: runtime: cannot allocate goroutine stack");
            rt.exit(2);
        }
    };
    SendCo(Coroutine::with_stack(
        stack,
        move |y: &Yielder<CoIn, CoOut>, mut input: CoIn| {
            let susp = YieldSuspender(y);
            let mut vm = Vm::new(rt.shared, rt, Some(&susp));
            loop {
                vm.worker = input.worker;
                let out = match input.g.take() {
                    Some(g) => rt.run_slice(&mut vm, &g),
                    None => Outcome::Parked,
                };
                input = y.suspend(CoOut::Done(out));
            }
        },
    ))
}

/// A worker thread (Go's M with its P): runs goroutines until the process exits.
pub fn worker_loop(rt: &'static Runtime, w: usize) -> ! {
    let mut pool: Vec<SendCo> = Vec::new();
    let mut tick: u64 = 0;
    crate::heap::gc::mutator_begin(w);
    loop {
        super::gcroots::between_slices(rt, w);
        tick = tick.wrapping_add(1);
        let g = rt.sched.next(rt, w, tick);
        let mut co = if g.pinned.load(Ordering::Acquire) {
            // Its coroutine may still be on its way into the slot (the goroutine was readied
            // before its old worker finished suspending it).
            loop {
                if let Some(c) = g.pin.lock().take() {
                    break *c.downcast::<SendCo>().unwrap_or_else(|_| {
                        eprintln!("fatal error: gorun: corrupt pinned coroutine");
                        rt.exit(70)
                    });
                }
                std::thread::yield_now();
            }
        } else {
            pool.pop().unwrap_or_else(|| new_co(rt))
        };
        g.pinned.store(false, Ordering::Release);
        let input = CoIn {
            worker: w,
            g: Some(g.clone()),
        };
        match co.0.resume(input) {
            CoroutineResult::Yield(CoOut::Done(out)) => {
                pool.push(co);
                rt.after_slice(g, out);
            }
            CoroutineResult::Yield(CoOut::Pinned) => {
                *g.pin.lock() = Some(Box::new(co));
            }
            CoroutineResult::Return(()) => {}
        }
    }
}
