//! A goroutine's roots for the collector (ARCHITECTURE.md §8): the live registers of every frame (the
//! window `[base, base + nregs)`, filtered by the function's register-kind map), the frames'
//! closures, panic values, pending deferred calls, the values its wake-up action carries and the
//! words natives keep across callbacks (`G::keep`).
//!
//! Invariant: called only while the goroutine is at a safepoint or parked (its state is all in
//! `G`), with the world stopped.

use super::G;
use crate::compile::program::Program;

impl G {
    /// Reports every word of this goroutine that may refer to the heap.
    pub fn roots(&self, prog: &Program, visit: &mut dyn FnMut(u64)) {
        for f in &self.frames {
            visit(f.closure);
            let Some(proto) = prog.funcs.get(f.func as usize) else {
                continue;
            };
            let lo = f.base().min(self.regs.len());
            let hi = (f.base() + proto.nregs as usize).min(self.regs.len());
            let bits = &proto.ptr_regs;
            for (i, &w) in self.regs[lo..hi].iter().enumerate() {
                // A function without a map (none computed) is scanned whole.
                let ptr = bits
                    .get(i / 64)
                    .map_or(bits.is_empty(), |b| b >> (i % 64) & 1 != 0);
                if ptr {
                    visit(w);
                }
            }
        }
        for p in &self.panics {
            visit(p.value);
        }
        for (_, d) in &self.defers {
            visit(d.closure);
            for &a in &d.args {
                visit(a);
            }
        }
        if let Some(r) = &self.resume {
            r.roots(visit);
        }
        for &k in &self.keep {
            visit(k);
        }
    }
}
