//! Native halves of the standard library: functions declared without a body in `stdlib/*.go`,
//! looked up by `pkg.Name` (or `pkg.Type.Method`), plus the Go sources themselves (embedded).
//!
//! A native reads its arguments from the register window `g.regs[base..]` and writes its results
//! there (ARCHITECTURE.md §4: register windows). Go panics come back as `NativeErr`, never Rust panics.

pub mod fmt;
pub mod format;
mod generic;
mod iter;
pub(crate) mod natives;
mod natives_sync;
mod natives_text;
mod scan;
pub mod sources;

use crate::compile::opcode::NativeId;
use crate::vm::{Stop, Vm, G};

/// How a native fails.
pub enum NativeErr {
    /// A runtime-error panic with Go's message.
    Panic(String),
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

impl From<Stop> for NativeErr {
    fn from(s: Stop) -> Self {
        NativeErr::Stop(s)
    }
}

pub type NativeFn = fn(&mut Vm, &mut G, usize) -> Result<(), NativeErr>;

/// The id of the native called `name`, if gorun implements it.
pub fn native_id(name: &str) -> Option<NativeId> {
    table()
        .iter()
        .position(|(n, _)| *n == name)
        .map(|i| NativeId(i as u32))
}

fn table() -> &'static [(&'static str, NativeFn)] {
    static ALL: std::sync::OnceLock<Vec<(&'static str, NativeFn)>> = std::sync::OnceLock::new();
    ALL.get_or_init(|| {
        let mut all = natives_sync::table();
        all.extend(
            natives::TABLE
                .iter()
                .chain(natives_text::TABLE.iter())
                .chain(generic::TABLE.iter())
                .chain(iter::TABLE.iter())
                .chain(scan::TABLE.iter())
                .copied(),
        );
        all
    })
}

pub fn call_native(vm: &mut Vm, g: &mut G, id: NativeId, base: usize) -> Result<(), NativeErr> {
    match table().get(id.0 as usize) {
        Some((_, f)) => {
            // Values a native keeps across callbacks into Go (`G::keep`) are released when it
            // returns, however it returns.
            let kept = g.keep.len();
            let r = f(vm, g, base);
            g.keep.truncate(kept);
            r
        }
        None => Err(NativeErr::Panic(
            "gorun: this standard library function is not supported yet".into(),
        )),
    }
}

/// Decodes one rune the way Go's `for range` over a string does: invalid UTF-8 gives U+FFFD, width 1.
pub fn decode_rune(b: &[u8]) -> (u32, usize) {
    let (r, w) = format::utf8::decode_rune(b);
    (r as u32, w.max(if b.is_empty() { 0 } else { 1 }))
}

/// The runes of a Go string (`[]rune(s)`).
pub fn runes_of(b: &[u8]) -> Vec<u32> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let (r, w) = decode_rune(&b[i..]);
        out.push(r);
        i += w.max(1);
    }
    out
}
