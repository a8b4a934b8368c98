//! gorun: an interpreter for a Go-subset teaching language. See DESIGN.md for the pipeline:
//! grammar → types → compile → vm → runtime, with heap, stdlib and repl beside.

pub mod diag;
pub mod types;
