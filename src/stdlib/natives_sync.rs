//! Natives of `sync`, `sync/atomic`, `time` (sleep and timers) and `runtime`: adapters from
//! register windows to the runtime's wait queues (`runtime/sema.rs`), timer heap and scheduler.
//! A native that must wait queues the goroutine and returns `NativeErr::Park`.

use super::NativeErr;
use crate::compile::opcode::RtTypeId;
use crate::heap;
use crate::runtime::sema::{Fatal, Wait};
use crate::runtime::timer::Action;
use crate::runtime::{self, Runtime};
use crate::vm::Fault;
use crate::vm::{GRef, Stop, Vm, WaitReason, G};

type R = Result<(), NativeErr>;

fn a(g: &G, base: usize, i: usize) -> u64 {
    g.regs[base + i]
}

fn ret(g: &mut G, base: usize, v: u64) -> R {
    g.regs[base] = v;
    Ok(())
}

fn rt() -> &'static Runtime {
    runtime::get()
}

fn me(vm: &Vm) -> GRef {
    vm.cur.clone().expect("a goroutine is running")
}

fn wait(w: Wait) -> R {
    match w {
        Wait::Done => Ok(()),
        Wait::Park => Err(NativeErr::Park),
    }
}

/// Go's `fatal error: ...` (not recoverable): message, the goroutine's trace, exit 2.
fn fatal(vm: &mut Vm, g: &mut G, f: Fatal) -> NativeErr {
    NativeErr::Stop(vm.fatal_error(g, f.0))
}

/// `runtime.readMemStats(&s)`: the collector's figures into a `[14]uint64`, in the order
/// `stdlib/runtime.go` reads them.
fn read_mem_stats(_: &mut Vm, g: &mut G, b: usize) -> R {
    let m = heap::gc::mem_stats();
    let arr = a(g, b, 0);
    let fields = [
        m.heap_alloc,
        m.total_alloc,
        m.sys,
        m.mallocs,
        m.frees,
        m.heap_sys,
        m.heap_idle,
        m.heap_inuse,
        m.heap_objects,
        m.next_gc,
        m.last_gc,
        m.pause_total_ns,
        m.num_gc as u64,
        m.last_pause_ns,
    ];
    for (i, v) in fields.into_iter().enumerate() {
        heap::store(arr + i as u64 * 8, v);
    }
    Ok(())
}

/// A Go panic whose value is a string (`panic("sync: negative WaitGroup counter")`).
fn panic_str(vm: &Vm, s: &str) -> NativeErr {
    let b = heap::alloc(2);
    heap::store(b, vm.prog().well_known.rt_string.0 as u64);
    heap::store(b + 8, heap::alloc_str(s.as_bytes()));
    NativeErr::GoPanic(b)
}

/// A parked goroutine that must run its blocking call again when woken (a woken Mutex waiter
/// competes for the lock anew): its frame's pc goes back to the `CallNative`.
struct Retry;

impl crate::vm::Resume for Retry {
    fn apply(self: Box<Self>, _: &mut Vm, g: &mut G) -> Option<Fault> {
        if let Some(f) = g.frames.last_mut() {
            f.pc -= 1;
        }
        None
    }
}

fn mutex_lock(vm: &mut Vm, g: &mut G, b: usize) -> R {
    match rt().sema.lock(a(g, b, 0), &me(vm)) {
        Wait::Done => Ok(()),
        Wait::Park => {
            g.resume = Some(Box::new(Retry));
            Err(NativeErr::Park)
        }
    }
}

fn mutex_unlock(vm: &mut Vm, g: &mut G, b: usize) -> R {
    let r = rt().sema.unlock(rt(), vm.worker, a(g, b, 0));
    r.map_err(|f| fatal(vm, g, f))
}

fn rw_unlock(vm: &mut Vm, g: &mut G, b: usize) -> R {
    let r = rt().sema.wunlock(rt(), vm.worker, a(g, b, 0));
    r.map_err(|f| fatal(vm, g, f))
}

fn rw_runlock(vm: &mut Vm, g: &mut G, b: usize) -> R {
    let r = rt().sema.runlock(rt(), vm.worker, a(g, b, 0));
    r.map_err(|f| fatal(vm, g, f))
}

fn wg_add(vm: &mut Vm, g: &mut G, b: usize) -> R {
    let delta = a(g, b, 1) as i64;
    match rt().sema.wg_add(rt(), vm.worker, a(g, b, 0), delta) {
        Ok(()) => Ok(()),
        Err(_) => Err(panic_str(vm, "sync: negative WaitGroup counter")),
    }
}

fn sleep(vm: &mut Vm, g: &mut G, b: usize) -> R {
    let d = a(g, b, 0) as i64;
    if d <= 0 {
        return Ok(());
    }
    let m = me(vm);
    m.set_reason(WaitReason::Sleep);
    rt().sched.timers.add(d, 0, Action::Wake(m));
    Err(NativeErr::Park)
}

fn timer_action(c: u64, f: u64) -> Action {
    if c != 0 {
        Action::Send(c)
    } else {
        Action::Func(f)
    }
}

fn start_timer(_: &mut Vm, g: &mut G, b: usize) -> R {
    let (c, d, period, f) = (a(g, b, 0), a(g, b, 1) as i64, a(g, b, 2) as i64, a(g, b, 3));
    let id = rt().sched.timers.add(d, period, timer_action(c, f));
    ret(g, b, id)
}

fn stop_timer(_: &mut Vm, g: &mut G, b: usize) -> R {
    let (id, c) = (a(g, b, 0), a(g, b, 1));
    let pending = rt().sched.timers.stop(id);
    // Go 1.23: a time value sent but not yet received counts as not delivered.
    let undelivered = runtime::chan::drain(c);
    ret(g, b, (pending || undelivered) as u64)
}

fn reset_timer(_: &mut Vm, g: &mut G, b: usize) -> R {
    let (id, c, d, period, f) = (
        a(g, b, 0),
        a(g, b, 1),
        a(g, b, 2) as i64,
        a(g, b, 3) as i64,
        a(g, b, 4),
    );
    let undelivered = runtime::chan::drain(c);
    let p = (period > 0).then_some(period);
    let pending = rt().sched.timers.reset(id, d, p, || timer_action(c, f));
    ret(g, b, (pending || undelivered) as u64)
}

fn gosched(_: &mut Vm, g: &mut G, _: usize) -> R {
    if g.native_depth > 0 {
        return Ok(());
    }
    Err(NativeErr::Stop(Stop::Yield))
}

// ---- sync/atomic: every value is one word; 32-bit kinds wrap and sign-extend within it ----

fn sext32(v: u64) -> u64 {
    v as u32 as i32 as i64 as u64
}

fn zext32(v: u64) -> u64 {
    v as u32 as u64
}

/// A read-modify-write on the word at R[b] with operand R[b+1]; `narrow` fixes 32-bit kinds;
/// returns (old, new) narrowed.
fn rmw(g: &G, b: usize, narrow: fn(u64) -> u64, f: fn(u64, u64) -> u64) -> (u64, u64) {
    let (addr, x) = (a(g, b, 0), a(g, b, 1));
    loop {
        let old = heap::load_sc(addr);
        let new = narrow(f(old, x));
        if heap::cas(addr, old, new) {
            return (old, new);
        }
    }
}

macro_rules! atomic_family {
    ($t:literal, $narrow:expr) => {
        [
            (
                concat!("atomic.Add", $t),
                (|_, g, b| {
                    let (_, n) = rmw(g, b, $narrow, u64::wrapping_add);
                    ret(g, b, n)
                }) as super::NativeFn,
            ),
            (concat!("atomic.And", $t), |_, g, b| {
                let (o, _) = rmw(g, b, $narrow, |x, y| x & y);
                ret(g, b, o)
            }),
            (concat!("atomic.Or", $t), |_, g, b| {
                let (o, _) = rmw(g, b, $narrow, |x, y| x | y);
                ret(g, b, o)
            }),
            (concat!("atomic.Swap", $t), |_, g, b| {
                let (o, _) = rmw(g, b, $narrow, |_, y| y);
                ret(g, b, o)
            }),
            (concat!("atomic.Load", $t), |_, g, b| {
                let v = heap::load_sc(a(g, b, 0));
                ret(g, b, v)
            }),
            (concat!("atomic.Store", $t), |_, g, b| {
                heap::store_sc(a(g, b, 0), $narrow(a(g, b, 1)));
                Ok(())
            }),
            (concat!("atomic.CompareAndSwap", $t), |_, g, b| {
                let ok = heap::cas(a(g, b, 0), $narrow(a(g, b, 1)), $narrow(a(g, b, 2)));
                ret(g, b, ok as u64)
            }),
        ]
    };
}

fn ident(v: u64) -> u64 {
    v
}

fn cas_any(vm: &mut Vm, g: &mut G, b: usize) -> R {
    let (addr, old, new) = (a(g, b, 0), a(g, b, 1), a(g, b, 2));
    loop {
        let cur = heap::load_sc(addr);
        let same = match (cur, old) {
            (0, 0) => true,
            (0, _) | (_, 0) => false,
            (x, y) => {
                let (tx, ty) = (heap::load(x), heap::load(y));
                tx == ty
                    && crate::vm::eq::eq_val(
                        vm.prog(),
                        RtTypeId(tx as u32),
                        heap::load(x + 8),
                        heap::load(y + 8),
                    )
                    .map_err(NativeErr::Panic)?
            }
        };
        if !same {
            return ret(g, b, 0);
        }
        if heap::cas(addr, cur, new) {
            return ret(g, b, 1);
        }
    }
}

pub fn table() -> Vec<(&'static str, super::NativeFn)> {
    let mut t: Vec<(&'static str, super::NativeFn)> = vec![
        ("sync.Mutex.Lock", mutex_lock),
        ("sync.Mutex.TryLock", |_, g, b| {
            let ok = rt().sema.try_lock(a(g, b, 0));
            ret(g, b, ok as u64)
        }),
        ("sync.Mutex.Unlock", mutex_unlock),
        ("sync.RWMutex.Lock", |vm, g, b| {
            wait(rt().sema.wlock(a(g, b, 0), &me(vm)))
        }),
        ("sync.RWMutex.Unlock", rw_unlock),
        ("sync.RWMutex.RLock", |vm, g, b| {
            wait(rt().sema.rlock(a(g, b, 0), &me(vm)))
        }),
        ("sync.RWMutex.RUnlock", rw_runlock),
        ("sync.RWMutex.TryLock", |_, g, b| {
            let ok = rt().sema.try_wlock(a(g, b, 0));
            ret(g, b, ok as u64)
        }),
        ("sync.RWMutex.TryRLock", |_, g, b| {
            let ok = rt().sema.try_rlock(a(g, b, 0));
            ret(g, b, ok as u64)
        }),
        ("sync.WaitGroup.Add", wg_add),
        ("sync.WaitGroup.Wait", |vm, g, b| {
            wait(rt().sema.wg_wait(a(g, b, 0), &me(vm)))
        }),
        ("sync.notifyListAdd", |_, g, b| {
            let t = rt().sema.notify_add(a(g, b, 0));
            ret(g, b, t)
        }),
        ("sync.notifyListWait", |vm, g, b| {
            wait(rt().sema.notify_wait(a(g, b, 0), a(g, b, 1), &me(vm)))
        }),
        ("sync.notifyListNotifyOne", |vm, g, b| {
            rt().sema.notify_one(rt(), vm.worker, a(g, b, 0));
            Ok(())
        }),
        ("sync.notifyListNotifyAll", |vm, g, b| {
            rt().sema.notify_all(rt(), vm.worker, a(g, b, 0));
            Ok(())
        }),
        ("time.Sleep", sleep),
        ("time.startTimer", start_timer),
        ("time.stopTimer", stop_timer),
        ("time.resetTimer", reset_timer),
        ("runtime.NumGoroutine", |_, g, b| {
            let n = rt().sched.live.load(std::sync::atomic::Ordering::Relaxed);
            ret(g, b, n.max(1) as u64)
        }),
        ("runtime.GOMAXPROCS", |_, g, b| {
            use std::sync::atomic::Ordering;
            let n = a(g, b, 0) as i64;
            let prev = if n > 0 {
                rt().sched.set_procs(n as usize)
            } else {
                rt().sched.procs.load(Ordering::Relaxed)
            };
            ret(g, b, prev as u64)
        }),
        ("runtime.Gosched", gosched),
        ("runtime.GC", |vm, g, _| {
            vm.host.gc_now(vm, g);
            Ok(())
        }),
        ("runtime.readMemStats", read_mem_stats),
        ("debug.SetGCPercent", |_, g, b| {
            let prev = heap::gc::set_gc_percent(a(g, b, 0) as i64);
            ret(g, b, prev as u64)
        }),
        ("debug.FreeOSMemory", |vm, g, _| {
            vm.host.gc_now(vm, g);
            Ok(())
        }),
        ("runtime.Goexit", |_, _, _| Err(NativeErr::Goexit)),
        ("atomic.loadAny", |_, g, b| {
            let v = heap::load_sc(a(g, b, 0));
            ret(g, b, v)
        }),
        ("atomic.storeAny", |_, g, b| {
            heap::store_sc(a(g, b, 0), a(g, b, 1));
            Ok(())
        }),
        ("atomic.swapAny", |_, g, b| {
            let v = heap::swap(a(g, b, 0), a(g, b, 1));
            ret(g, b, v)
        }),
        ("atomic.casAny", cas_any),
        ("atomic.typeOf", |_, g, b| {
            let v = a(g, b, 0);
            let t = if v == 0 { 0 } else { heap::load(v) };
            ret(g, b, t)
        }),
    ];
    t.extend(atomic_family!("Int32", sext32));
    t.extend(atomic_family!("Int64", ident));
    t.extend(atomic_family!("Uint32", zext32));
    t.extend(atomic_family!("Uint64", ident));
    t.extend(atomic_family!("Uintptr", ident));
    t
}
