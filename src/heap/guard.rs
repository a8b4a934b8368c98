//! The lock of a Go map, which is also Go's map race detector: one atomic word holding a writer
//! bit and a count of readers. (It lives in `heap/` because it is built on an `UnsafeCell`: all
//! raw-pointer `unsafe` stays in this module, ARCHITECTURE.md §8.)
//!
//! Invariants: the table is read only by a thread that counted itself in `state` while the writer
//! bit was clear, and written only by the one thread that set the writer bit and then saw no
//! reader left; readers and writers never nest (no map operation runs Go code or takes another
//! map's guard). As in Go, overlapping accesses are fatal: a write during a write is `concurrent
//! map writes`, a read during a write `concurrent map read and map write`; a write that starts
//! while a read is still inside waits for it (the reader may have started first).

use std::cell::UnsafeCell;
use std::sync::atomic::{AtomicU32, Ordering};

/// Go's map race fatal errors: an access that overlapped a write.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Conflict {
    /// A write during a write.
    Writes,
    /// A read during a write.
    ReadWrite,
}

impl Conflict {
    /// Go's words (`Vm::fatal_error` prints them after `fatal error: `, with the trace).
    pub fn message(self) -> &'static str {
        match self {
            Conflict::Writes => "concurrent map writes",
            Conflict::ReadWrite => "concurrent map read and map write",
        }
    }
}

const WRITER: u32 = 1 << 31;

pub struct Guarded<T> {
    state: AtomicU32,
    value: UnsafeCell<T>,
}

// SAFETY: access to `value` follows the reader/writer protocol of the module invariants, so the
// guard is a reader-writer lock and shares `T` across threads like `RwLock<T>` does.
unsafe impl<T: Send + Sync> Sync for Guarded<T> {}

/// Leaves the guard on drop (also if the access panics, which is an internal error anyway).
struct Leave<'a>(&'a AtomicU32, u32);

impl Drop for Leave<'_> {
    fn drop(&mut self) {
        self.0.fetch_sub(self.1, Ordering::Release);
    }
}

impl<T> Guarded<T> {
    pub fn new(value: T) -> Guarded<T> {
        Guarded {
            state: AtomicU32::new(0),
            value: UnsafeCell::new(value),
        }
    }

    /// Runs a read of the value.
    #[inline]
    pub fn read<R>(&self, f: impl FnOnce(&T) -> R) -> Result<R, Conflict> {
        let s = self.state.fetch_add(1, Ordering::Acquire);
        let _leave = Leave(&self.state, 1);
        if s & WRITER != 0 {
            return Err(Conflict::ReadWrite);
        }
        // SAFETY: counted as a reader with the writer bit clear: no writer touches the value
        // until this reader leaves (writers wait for the count to drop to zero).
        Ok(f(unsafe { &*self.value.get() }))
    }

    /// Runs a read of the value, waiting for a write inside to finish instead of failing (for
    /// the snapshots of `for range` and the library, which Go does not check either).
    pub fn read_waiting<R>(&self, f: impl FnOnce(&T) -> R) -> R {
        let mut f = Some(f);
        loop {
            let r = self.read(|v| (f.take().expect("a failed read does not run f"))(v));
            match r {
                Ok(r) => return r,
                Err(_) => std::thread::yield_now(),
            }
        }
    }

    /// Runs a write of the value.
    #[inline]
    pub fn write<R>(&self, f: impl FnOnce(&mut T) -> R) -> Result<R, Conflict> {
        if let Err(s) = self
            .state
            .compare_exchange(0, WRITER, Ordering::Acquire, Ordering::Relaxed)
        {
            self.enter_contended(s)?;
        }
        let _leave = Leave(&self.state, WRITER);
        // SAFETY: this thread set the writer bit and no reader is inside: new readers fail
        // without touching the value, new writers fail, so this is the only reference.
        Ok(f(unsafe { &mut *self.value.get() }))
    }

    /// Sets the writer bit when the guard was not free (`s`): fails on another writer, else
    /// waits until the readers that came in before the bit was set have left (readers are short
    /// and never block, so this spins, then yields).
    #[cold]
    fn enter_contended(&self, s: u32) -> Result<(), Conflict> {
        if s & WRITER != 0 || self.state.fetch_or(WRITER, Ordering::Acquire) & WRITER != 0 {
            return Err(Conflict::Writes);
        }
        let mut spins = 0u32;
        while self.state.load(Ordering::Acquire) & !WRITER != 0 {
            if spins < 64 {
                std::hint::spin_loop();
                spins += 1;
            } else {
                std::thread::yield_now();
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_and_writes_alone_succeed() {
        let g = Guarded::new(1);
        assert_eq!(g.read(|v| *v), Ok(1));
        assert_eq!(g.write(|v| *v += 1), Ok(()));
        assert_eq!(g.read(|v| *v), Ok(2));
        assert_eq!(g.state.load(Ordering::Relaxed), 0);
    }

    #[test]
    fn nested_accesses_report_go_races() {
        let g = Guarded::new(0);
        let inner = g.write(|_| g.write(|_| ())).unwrap();
        assert_eq!(inner, Err(Conflict::Writes));
        let inner = g.write(|_| g.read(|_| ())).unwrap();
        assert_eq!(inner, Err(Conflict::ReadWrite));
        assert_eq!(g.state.load(Ordering::Relaxed), 0);
    }

    #[test]
    fn a_writer_waits_for_a_reader_inside() {
        // The reader is inside when the writer arrives: the writer must wait, not fail.
        let g = std::sync::Arc::new(Guarded::new(0u64));
        let (tx, rx) = std::sync::mpsc::channel();
        let g2 = g.clone();
        let reader = std::thread::spawn(move || {
            g2.read(|v| {
                tx.send(()).unwrap();
                std::thread::sleep(std::time::Duration::from_millis(50));
                *v
            })
        });
        rx.recv().unwrap();
        assert_eq!(g.write(|v| *v = 7), Ok(()));
        assert_eq!(reader.join().unwrap(), Ok(0));
        assert_eq!(g.read(|v| *v), Ok(7));
    }

    #[test]
    fn stress_readers_never_see_a_write_in_progress() {
        // The value is a pair kept equal by every write; a reader that got in must see it equal.
        // Overlaps are reported as Go's errors, never as a torn pair.
        let g = std::sync::Arc::new(Guarded::new((0u64, 0u64)));
        let mut threads = Vec::new();
        for t in 0..4 {
            let g = g.clone();
            threads.push(std::thread::spawn(move || {
                let (mut ok, mut raced) = (0u64, 0u64);
                for i in 0..200_000u64 {
                    if t == 0 && i % 4 == 0 {
                        match g.write(|v| {
                            v.0 += 1;
                            std::hint::spin_loop();
                            v.1 += 1;
                        }) {
                            Ok(()) => ok += 1,
                            Err(e) => panic!("a single writer raced: {}", e.message()),
                        }
                    } else {
                        match g.read(|v| v.0 == v.1) {
                            Ok(same) => {
                                assert!(same, "a reader saw a write in progress");
                                ok += 1;
                            }
                            Err(e) => {
                                assert_eq!(e, Conflict::ReadWrite);
                                raced += 1;
                            }
                        }
                    }
                }
                (ok, raced)
            }));
        }
        for t in threads {
            t.join().unwrap();
        }
        assert_eq!(g.state.load(Ordering::Relaxed), 0);
        let (a, b) = g.read(|v| *v).unwrap();
        assert_eq!((a, b), (50_000, 50_000));
    }
}
