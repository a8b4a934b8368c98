//! gorun: an interpreter for Go, for people learning Go. See ARCHITECTURE.md for the pipeline
//! (grammar → types → compile → vm → runtime → stdlib → repl, with heap underneath) and the rule
//! that dependencies run one way (checked by tests/layers.rs).

pub mod compile;
pub mod diag;
pub mod heap;
pub mod repl;
pub mod runtime;
pub mod stdlib;
pub mod types;
pub mod vm;
