//! Unit tests of the runtime's data structures without worker threads: goroutine handles are
//! made by hand, and "running" one means taking it from the run queues, as a worker would.

use super::chan;
use super::sched::Sched;
use super::sema::{SemaTable, Wait};
use super::Runtime;
use crate::heap;
use crate::vm::{Flow, GHandle, GRef, Shared, Vm, G};

fn runtime() -> &'static Runtime {
    let checked = crate::types::check_program(
        "./t.go",
        "package main\n\nfunc main() {}\n",
        crate::stdlib::sources::package_source,
    )
    .unwrap_or_else(|_| panic!("the empty program checks"));
    let prog = crate::compile::compile(&checked, crate::stdlib::native_id)
        .unwrap_or_else(|_| panic!("and compiles"));
    let prog = Box::leak(Box::new(prog));
    let shared = Box::leak(Box::new(Shared::new(prog, vec![])));
    Box::leak(Box::new(Runtime {
        shared,
        sched: Sched::new(1, false),
        sema: SemaTable::default(),
        session: None,
    }))
}

fn goroutine(rt: &Runtime, id: u64) -> GRef {
    let g = GHandle::new(G::new(id, 16));
    rt.sched.register(&g);
    g
}

/// The goroutines readied so far, in the order a worker would run them.
fn runnable(rt: &'static Runtime) -> Vec<u64> {
    let mut ids = Vec::new();
    while let Some(g) = rt.sched.try_next(0) {
        ids.push(g.id);
    }
    ids
}

#[test]
fn a_mutex_waiter_is_woken_by_unlock_and_competes_again() {
    let rt = runtime();
    let m = heap::alloc(1);
    let (a, b) = (goroutine(rt, 5), goroutine(rt, 6));
    assert!(
        matches!(rt.sema.lock(m, &a), Wait::Done),
        "free: locked at once"
    );
    assert!(
        matches!(rt.sema.lock(m, &b), Wait::Park),
        "held: the second waits"
    );
    assert_eq!(heap::load(m), 3, "locked, one waiter");
    assert!(rt.sema.unlock(rt, 0, m).is_ok());
    assert_eq!(heap::load(m), 0, "released, no waiter left");
    assert_eq!(runnable(rt), vec![6], "the waiter is runnable again");
    assert!(
        rt.sema.unlock(rt, 0, m).is_err(),
        "unlock of unlocked mutex"
    );
}

#[test]
fn waitgroup_wakes_every_waiter_at_zero_and_refuses_negative_counts() {
    let rt = runtime();
    let wg = heap::alloc(1);
    let ws: Vec<GRef> = (10..13).map(|i| goroutine(rt, i)).collect();
    assert!(
        matches!(rt.sema.wg_wait(wg, &ws[0]), Wait::Done),
        "zero: no wait"
    );
    assert!(rt.sema.wg_add(rt, 0, wg, 2).is_ok());
    for w in &ws {
        assert!(matches!(rt.sema.wg_wait(wg, w), Wait::Park));
    }
    assert!(rt.sema.wg_add(rt, 0, wg, -1).is_ok());
    assert!(runnable(rt).is_empty(), "one left: everyone still waits");
    assert!(rt.sema.wg_add(rt, 0, wg, -1).is_ok());
    let mut woken = runnable(rt);
    woken.sort();
    assert_eq!(woken, vec![10, 11, 12]);
    assert!(rt.sema.wg_add(rt, 0, wg, -1).is_err(), "negative counter");
    assert_eq!(heap::load(wg), 0, "the refused add is undone");
}

#[test]
fn rwmutex_readers_share_and_a_waiting_writer_holds_back_new_readers() {
    let rt = runtime();
    let rw = heap::alloc(2);
    let (r1, r2, w, r3) = (
        goroutine(rt, 20),
        goroutine(rt, 21),
        goroutine(rt, 22),
        goroutine(rt, 23),
    );
    assert!(matches!(rt.sema.rlock(rw, &r1), Wait::Done));
    assert!(matches!(rt.sema.rlock(rw, &r2), Wait::Done));
    assert!(
        matches!(rt.sema.wlock(rw, &w), Wait::Park),
        "readers hold it"
    );
    assert!(
        matches!(rt.sema.rlock(rw, &r3), Wait::Park),
        "a writer is waiting"
    );
    assert!(rt.sema.runlock(rt, 0, rw).is_ok());
    assert!(runnable(rt).is_empty());
    assert!(rt.sema.runlock(rt, 0, rw).is_ok());
    assert_eq!(runnable(rt), vec![22], "the writer goes first");
    assert!(rt.sema.wunlock(rt, 0, rw).is_ok());
    assert_eq!(
        runnable(rt),
        vec![23],
        "then the reader that queued behind it"
    );
}

fn vm(rt: &'static Runtime, g: &GRef) -> Vm<'static> {
    let mut vm = Vm::new(rt.shared, rt, None);
    vm.cur = Some(g.clone());
    vm
}

#[test]
fn unbuffered_send_hands_the_value_to_a_waiting_receiver() {
    let rt = runtime();
    let ch =
        chan::make(rt.shared.prog(), rt.shared.prog().well_known.rt_string.0, 0).expect("cap 0");
    let (rx, tx) = (goroutine(rt, 30), goroutine(rt, 31));
    let mut rg = G::new(30, 16);
    let got = chan::recv(rt, &mut vm(rt, &rx), &mut rg, ch, 3, true);
    assert_eq!(got, Ok(Flow::Park), "nothing to receive yet");
    let mut tg = G::new(31, 16);
    let sent = chan::send(rt, &mut vm(rt, &tx), &mut tg, ch, 42);
    assert_eq!(sent, Ok(Flow::Done), "a receiver was waiting: no block");
    assert_eq!(runnable(rt), vec![30]);
    let mut v = vm(rt, &rx);
    assert_eq!(v.apply_resume(&mut rg), None);
    assert_eq!((rg.regs[3], rg.regs[4]), (42, 1), "value and ok delivered");
}

#[test]
fn a_buffered_channel_is_fifo_and_close_wakes_blocked_senders_with_a_panic() {
    let rt = runtime();
    let ch =
        chan::make(rt.shared.prog(), rt.shared.prog().well_known.rt_string.0, 2).expect("cap 2");
    let tx = goroutine(rt, 40);
    let mut tg = G::new(40, 16);
    for v in [7, 8] {
        assert_eq!(
            chan::send(rt, &mut vm(rt, &tx), &mut tg, ch, v),
            Ok(Flow::Done)
        );
    }
    assert_eq!(chan::len(ch), 2);
    assert_eq!(
        chan::send(rt, &mut vm(rt, &tx), &mut tg, ch, 9),
        Ok(Flow::Park),
        "full"
    );
    let rx = goroutine(rt, 41);
    let mut rg = G::new(41, 16);
    assert_eq!(
        chan::recv(rt, &mut vm(rt, &rx), &mut rg, ch, 0, false),
        Ok(Flow::Done)
    );
    assert_eq!(rg.regs[0], 7, "first in, first out");
    assert_eq!(
        runnable(rt),
        vec![40],
        "the blocked sender moved its value in"
    );
    assert_eq!(chan::len(ch), 2);
    assert!(chan::close(rt, &mut vm(rt, &rx), ch).is_ok());
    assert_eq!(
        chan::close(rt, &mut vm(rt, &rx), ch),
        Err(crate::vm::Fault::plain("close of closed channel"))
    );
    for want in [8, 9] {
        assert_eq!(
            chan::recv(rt, &mut vm(rt, &rx), &mut rg, ch, 0, true),
            Ok(Flow::Done)
        );
        assert_eq!(
            (rg.regs[0], rg.regs[1]),
            (want, 1),
            "buffered values survive close"
        );
    }
    assert_eq!(
        chan::recv(rt, &mut vm(rt, &rx), &mut rg, ch, 0, true),
        Ok(Flow::Done)
    );
    assert_eq!(rg.regs[1], 0, "closed and drained: ok is false");
    assert_eq!(
        chan::send(rt, &mut vm(rt, &tx), &mut tg, ch, 1),
        Err(crate::vm::Fault::plain("send on closed channel"))
    );
}
