//! gorun: an interpreter for a Go-subset teaching language. See ARCHITECTURE.md for the pipeline:
//! grammar → types → compile → vm → runtime, with heap, stdlib and repl beside.

pub mod compile;
pub mod diag;
pub mod heap;
pub mod repl;
pub mod runtime;
pub mod stdlib;
pub mod types;
pub mod vm;
