//! The runtime serving a REPL session (ARCHITECTURE.md §10): the workers run for the whole session;
//! each input's entry function runs as a goroutine (numbered 1, like `main`) while the REPL
//! thread waits for it; goroutines it starts keep running between inputs.
//!
//! Invariants: at most one input (its "cell" goroutine) runs at a time, and it ends exactly once
//! (`cell_ended` takes it under the lock, whoever comes first: its return, a panic, a deadlock,
//! Ctrl-C). A cell given up on (deadlock, Ctrl-C) is unregistered at once and marked `killed`:
//! it stops at its next safepoint, or is dropped when something readies it. The REPL thread is
//! one more collector mutator (slot `workers`), RUNNING only while it installs a program
//! snapshot (which allocates the snapshot's string constants).

use super::{sema, worker_count, Runtime};
use crate::compile::opcode::FuncId;
use crate::compile::program::Program;
use crate::heap;
use crate::vm::{GRef, Shared};
use parking_lot::{Condvar, Mutex};
use std::sync::atomic::Ordering;
use std::time::Duration;

/// How an input's goroutine ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CellEnd {
    Done,
    /// An uncaught panic (reported).
    Panicked,
    /// Every goroutine was blocked (reported).
    Deadlock,
    /// Ctrl-C.
    Interrupted,
}

pub struct SessionState {
    cell: Mutex<Option<GRef>>,
    ended: Mutex<Option<CellEnd>>,
    cv: Condvar,
    /// The REPL thread's collector mutator slot.
    gc_slot: usize,
}

/// Starts the workers of a session whose first snapshot is `prog` (the standard library);
/// standard output goes to `out`.
pub fn start(
    prog: Program,
    threads: Option<usize>,
    out: Box<dyn std::io::Write + Send>,
    out_is_terminal: bool,
) -> &'static Runtime {
    let threads = worker_count(threads);
    heap::gc::init(threads + 1);
    let prog: &'static Program = Box::leak(Box::new(prog));
    let room = Some((
        crate::vm::SESSION_CONSTS,
        crate::vm::SESSION_FUNCS,
        crate::vm::SESSION_GLOBALS,
    ));
    heap::gc::mutator_begin(threads);
    let shared: &'static Shared = Box::leak(Box::new(Shared::with_room(
        prog,
        vec!["gorun".into()],
        room,
        out,
        out_is_terminal,
    )));
    heap::gc::mutator_end(threads);
    let rt: &'static Runtime = Box::leak(Box::new(Runtime {
        shared,
        sched: super::Sched::new(threads, true),
        sema: sema::SemaTable::default(),
        session: Some(SessionState {
            cell: Mutex::new(None),
            ended: Mutex::new(None),
            cv: Condvar::new(),
            gc_slot: threads,
        }),
    }));
    super::publish(rt);
    super::spawn_workers(rt, 0..threads);
    rt
}

impl Runtime {
    fn state(&self) -> &SessionState {
        self.session
            .as_ref()
            .expect("session operations run on a session runtime")
    }

    /// Installs the next snapshot of the session's program; an error when the session has
    /// outgrown the room reserved for it.
    pub fn install(&self, prog: Program) -> Result<(), String> {
        if !self.shared.fits(&prog) {
            return Err(
                "the session has outgrown the room for functions, constants and variables; start gorun again for a new session"
                    .into(),
            );
        }
        let slot = self.state().gc_slot;
        heap::gc::mutator_begin(slot);
        self.shared.install(Box::new(prog));
        heap::gc::mutator_end(slot);
        Ok(())
    }

    /// Runs `entry` as the session's goroutine 1 and waits until it ends; `interrupted` is
    /// polled while it runs (Ctrl-C).
    pub fn run_cell(&self, entry: FuncId, interrupted: &dyn Fn() -> bool) -> CellEnd {
        let st = self.state();
        let h = self.entry_goroutine(entry);
        *st.ended.lock() = None;
        *st.cell.lock() = Some(h.clone());
        self.sched.push_cell(h);
        let mut ended = st.ended.lock();
        loop {
            if let Some(e) = *ended {
                drop(ended);
                self.flush_output();
                return e;
            }
            st.cv.wait_for(&mut ended, Duration::from_millis(20));
            if ended.is_none() && interrupted() {
                drop(ended);
                let cell = st.cell.lock().clone();
                if let Some(c) = cell {
                    self.give_up(&c, CellEnd::Interrupted);
                }
                ended = st.ended.lock();
            }
        }
    }

    /// Writes out what goroutines printed so far.
    pub fn flush_output(&self) {
        let _ = std::io::Write::flush(&mut *self.shared.out.lock());
    }

    /// Stops waiting for cell `g`: it is unregistered, marked killed and the wait ends.
    fn give_up(&self, g: &GRef, why: CellEnd) {
        if self.state().take_cell(g) {
            g.killed.store(true, Ordering::Release);
            self.sched.unregister(g);
            self.state().finish(why);
        }
    }

    /// The live goroutines in Go's traceback format (`:goroutines`).
    pub fn goroutine_list(&'static self) -> String {
        let all = self.sched.all();
        super::report::goroutines(self, &all)
    }
}

impl SessionState {
    /// Takes `g` as the running cell, if it still is.
    fn take_cell(&self, g: &GRef) -> bool {
        let mut c = self.cell.lock();
        if c.as_ref().is_some_and(|x| std::sync::Arc::ptr_eq(x, g)) {
            *c = None;
            true
        } else {
            false
        }
    }

    fn finish(&self, why: CellEnd) {
        if let Some(rt) = super::RUNTIME.get() {
            rt.sched.deadlock_armed.store(false, Ordering::SeqCst);
        }
        *self.ended.lock() = Some(why);
        self.cv.notify_all();
    }

    /// Goroutine `g` ended (returned, or died of a panic already reported).
    pub fn cell_ended(&self, g: &GRef, why: CellEnd) {
        if self.take_cell(g) {
            self.finish(why);
        }
    }

    /// A deadlock was reported: the input that blocked is given up on.
    pub fn deadlocked(&self, rt: &Runtime) {
        let cell = self.cell.lock().clone();
        if let Some(c) = cell {
            rt.give_up(&c, CellEnd::Deadlock);
        }
    }
}
