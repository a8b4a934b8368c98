//! The VM's native interface (ARCHITECTURE.md §11): what a native function is, how it fails,
//! and the registry the dispatch loop calls natives through.
//!
//! The VM defines the interface and the standard library fills it: `stdlib::install()` hands
//! its table to [`install`] once at start-up, before any program runs, so the VM never imports
//! the layer above it. The compiler resolves `pkg.Name` to a [`NativeId`] through a lookup
//! function its caller passes in (`compile::NativeLookup`), which indexes the same table.
//!
//! Invariants: the registry is installed once and never changes, so a `NativeId` means the same
//! function for the whole process (REPL snapshots included); a native reads its arguments from
//! the register window `g.regs[base..]` and writes its results there; Go panics come back as
//! [`NativeErr`] values, never as Rust panics.

use super::fault::Fault;
use super::{Stop, Vm, G, GOEXIT};
use crate::compile::opcode::NativeId;
use crate::compile::program::Program;
use std::collections::HashMap;
use std::sync::OnceLock;

/// How a native fails.
pub enum NativeErr {
    /// A fault: a runtime error or library panic (recoverable, typed by its kind), a fatal
    /// error, or gorun's own limit or bug.
    Panic(Fault),
    /// A Go panic with this interface value.
    GoPanic(u64),
    /// A stop coming out of a callback into Go (unwinding panic or exit).
    Stop(Stop),
    /// The native queued the goroutine on a wait queue (a mutex, a WaitGroup, a timer): park it;
    /// it continues after the call when woken.
    Park,
    /// `runtime.Goexit`: run the deferred calls, then end the goroutine.
    Goexit,
}

impl From<Fault> for NativeErr {
    fn from(f: Fault) -> Self {
        NativeErr::Panic(f)
    }
}

impl From<Stop> for NativeErr {
    fn from(s: Stop) -> Self {
        NativeErr::Stop(s)
    }
}

/// A native function: the running VM, the goroutine, and the base of its register window.
pub type NativeFn = fn(&mut Vm, &mut G, usize) -> Result<(), NativeErr>;

/// Prints a value of a predeclared kind (rtype `ty`, one word) as the `print` builtin and a
/// panic message do (`panic(1.5)` prints `1.5e+00`... as Go formats it).
pub type PrintValueFn = fn(&Program, u32, u64) -> String;

/// What the standard library gives the VM.
pub struct Library {
    /// Every native, in `NativeId` order.
    pub natives: Vec<(&'static str, NativeFn)>,
    pub print_value: PrintValueFn,
}

/// The installed library, and each native's id by name (the compiler looks up every bodiless
/// function of every loaded package).
struct Installed {
    lib: Library,
    ids: HashMap<&'static str, NativeId>,
}

static LIBRARY: OnceLock<Installed> = OnceLock::new();

/// Installs the standard library's natives; later calls keep the first library (the ids the
/// compiler handed out stay valid).
pub fn install(make: impl FnOnce() -> Library) {
    LIBRARY.get_or_init(|| {
        let lib = make();
        let mut ids = HashMap::new();
        for (i, (name, _)) in lib.natives.iter().enumerate() {
            // The first of two natives of one name is the one called, as it always was.
            ids.entry(*name).or_insert(NativeId(i as u32));
        }
        Installed { lib, ids }
    });
}

fn installed() -> &'static Installed {
    LIBRARY
        .get()
        .expect("stdlib::install() runs before any program is compiled or run")
}

/// The id of the native called `name` (`strings.Fields`, `sync.Mutex.Lock`), if gorun
/// implements it.
pub fn id_of(name: &str) -> Option<NativeId> {
    installed().ids.get(name).copied()
}

/// Calls native `id` on the window at `base`. An id the compiler gave for a function gorun
/// lacks (`NativeId(u32::MAX)`) ends the program with "not supported yet" and its name.
pub(super) fn call(vm: &mut Vm, g: &mut G, id: NativeId, base: usize) -> Result<(), NativeErr> {
    match installed().lib.natives.get(id.0 as usize) {
        Some((_, f)) => {
            // Values a native keeps across callbacks into Go (`G::keep`) are released when it
            // returns, however it returns.
            let kept = g.keep.len();
            let r = f(vm, g, base);
            g.keep.truncate(kept);
            r
        }
        None => {
            let f = g.frames.last().map_or(0, |f| f.func as usize);
            let name = vm.prog().funcs.get(f).map_or("", |p| p.name.as_str());
            Err(NativeErr::Panic(Fault::Unsupported(format!(
                "{name} (this standard library function)"
            ))))
        }
    }
}

impl Vm<'_> {
    /// A native ended in a Go panic, `runtime.Goexit` or a stop: starts the panic (if it is a
    /// new one) and unwinds to the frame that recovers it. `Err` when it leaves this run (an
    /// uncaught panic, a stop for the caller, or an unwind below `stop_depth`); `Ok` when a
    /// frame at or above `stop_depth` runs next.
    pub(super) fn native_unwind(
        &mut self,
        g: &mut G,
        e: NativeErr,
        stop_depth: usize,
    ) -> Result<(), Stop> {
        match e {
            NativeErr::GoPanic(v) => self.start_panic(g, v),
            NativeErr::Goexit => self.start_panic(g, GOEXIT),
            // Already unwinding: a panic raised in a callback passed through the native.
            NativeErr::Stop(Stop::Unwind) => {}
            NativeErr::Stop(s) => return Err(s),
            NativeErr::Panic(_) | NativeErr::Park => {
                unreachable!("the dispatch loop handles runtime errors and parking itself")
            }
        }
        self.continue_panic(g, stop_depth)
    }
}

/// `print`'s formatting of a one-word predeclared value (see [`PrintValueFn`]).
pub(super) fn print_value(p: &Program, ty: u32, w: u64) -> String {
    (installed().lib.print_value)(p, ty, w)
}
