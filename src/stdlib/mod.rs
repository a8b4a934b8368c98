//! Native halves of the standard library: functions declared without a body in `stdlib/*.go`,
//! looked up by `pkg.Name` (or `pkg.Type.Method`), plus the Go sources themselves (embedded).
//!
//! A native reads its arguments from the register window `g.regs[base..]` and writes its results
//! there (ARCHITECTURE.md §4: register windows). Go panics come back as `NativeErr`, never
//! Rust panics. The interface (`NativeFn`, `NativeErr`, the registry) is the VM's own
//! (`vm::native`, ARCHITECTURE.md §11): `install` fills it.

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
use crate::vm::native::Library;
pub use crate::vm::native::{NativeErr, NativeFn};

/// Installs the natives and `print`'s value formatting in the VM's registry
/// (`vm::native`); idempotent.
pub fn install() {
    crate::vm::native::install(|| Library {
        natives: table(),
        print_value: fmt::print_builtin_value,
    });
}

/// The compiler's native lookup (`compile::NativeLookup`): the id of the native called `name`
/// (`strings.Fields`, `sync.Mutex.Lock`), if gorun implements it. Installs the library first,
/// so a program that compiles finds its natives registered when it runs.
pub fn native_id(name: &str) -> Option<NativeId> {
    install();
    crate::vm::native::id_of(name)
}

/// Every native of the standard library, in `NativeId` order.
fn table() -> Vec<(&'static str, NativeFn)> {
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
}
