//! Runtime faults, typed (ARCHITECTURE.md §9): what the VM, the runtime and the natives raise
//! when an operation cannot complete, classified by what Go makes of it. The kind, never the
//! text, decides the Go value a recoverable fault becomes (`runtime.boundsError`,
//! `*runtime.TypeAssertionError`, a plain string...), whether it can be recovered at all
//! (`fatal error:`), and whether it is a bug of gorun's (an internal error, exit 70).
//!
//! Invariant: an `Internal` fault never reaches Go code: it is reported and the process exits
//! before anything else runs, so a broken invariant is never mistaken for a Go panic.

use std::fmt;

/// A fault and its kind. The message is Go's exact text (for runtime errors, as `Error()`
/// returns it: `runtime error: index out of range [5] with length 3`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Fault {
    /// `runtime.boundsError`: an index or slice bound out of range.
    Bounds(String),
    /// `*runtime.TypeAssertionError`: `interface conversion: ...`.
    TypeAssertion(String),
    /// `runtime.plainError`: a runtime error Go prints without the `runtime error: ` prefix
    /// (`assignment to entry in nil map`, `send on closed channel`, `close of nil channel`).
    Plain(String),
    /// Any other `runtime.Error` (`runtime error: integer divide by zero`, nil dereference,
    /// negative shift, makeslice, unhashable map key...).
    Runtime(String),
    /// A library function's `panic("...")` with a plain Go string (`slices.Min: empty list`,
    /// `strings: negative Repeat count`): recovers as a `string`.
    Str(String),
    /// Go's `fatal error: MSG`: printed with the goroutine's trace, exit 2, not recoverable.
    Fatal(String),
    /// gorun cannot do this yet (a standard function it lacks): reported, exit 2, not
    /// recoverable, never mistaken for the program's own panic.
    Unsupported(String),
    /// A broken invariant of gorun's: `gorun: internal error`, exit 70.
    Internal(String),
}

impl Fault {
    pub fn bounds(msg: impl Into<String>) -> Fault {
        Fault::Bounds(msg.into())
    }
    pub fn runtime(msg: impl Into<String>) -> Fault {
        Fault::Runtime(msg.into())
    }
    pub fn plain(msg: impl Into<String>) -> Fault {
        Fault::Plain(msg.into())
    }
    pub fn internal(msg: impl Into<String>) -> Fault {
        Fault::Internal(msg.into())
    }

    /// Go's text of the fault (for a recoverable one, its `Error()` or string value).
    pub fn message(&self) -> &str {
        match self {
            Fault::Bounds(m)
            | Fault::TypeAssertion(m)
            | Fault::Plain(m)
            | Fault::Runtime(m)
            | Fault::Str(m)
            | Fault::Fatal(m)
            | Fault::Unsupported(m)
            | Fault::Internal(m) => m,
        }
    }
}

impl fmt::Display for Fault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.message())
    }
}

impl From<crate::heap::guard::Conflict> for Fault {
    fn from(c: crate::heap::guard::Conflict) -> Fault {
        Fault::Fatal(c.message().into())
    }
}

/// Go's message for an index out of range (`runtime error: index out of range [5] with
/// length 3`; a negative index has no length part).
pub fn index_out_of_range(i: u64, len: usize) -> Fault {
    if (i as i64) < 0 {
        return Fault::Bounds(format!("runtime error: index out of range [{}]", i as i64));
    }
    Fault::Bounds(format!(
        "runtime error: index out of range [{}] with length {}",
        i as i64, len
    ))
}

/// Go's nil pointer dereference.
pub fn nil_deref() -> Fault {
    Fault::Runtime("runtime error: invalid memory address or nil pointer dereference".into())
}

/// Go's integer division (or remainder) by zero.
pub fn divide_by_zero() -> Fault {
    Fault::Runtime("runtime error: integer divide by zero".into())
}

/// Go's shift by a negative amount.
pub fn negative_shift() -> Fault {
    Fault::Runtime("runtime error: negative shift amount".into())
}
