//! Go's value formatting and text primitives as pure Rust on Rust types (no VM types): the
//! `fmt` verb machinery, `strconv`, and the parts of `strings`, `unicode` and `unicode/utf8`
//! whose Go semantics differ from Rust's std. Every expected output in the tests was
//! produced by real Go (1.27); the tables in `tables.rs` are generated from Go's `unicode`
//! package by `gen_tables.go`.
//!
//! Conventions: Go strings are `&[u8]` (they may hold invalid UTF-8) and formatted output is
//! appended to a `&mut Vec<u8>`; runes are `i32`; integers reach fmt as a `u64` bit pattern
//! plus a `signed` flag (as in Go's `fmtInteger`). Nothing here panics on any input: Go
//! panics and errors come back as values carrying Go's exact message.
//!
//! How a `Printf` is driven (see `testkit.rs` for a complete reference driver):
//! 1. [`parse_printf`] turns the format into [`Piece`]s, asking the caller for `*` operands;
//! 2. each [`Piece::Arg`] is printed with the `fmt_*` function for the operand's kind
//!    ([`fmt_int`], [`fmt_float`], [`fmt_string`], ...), or by the VM for composite values;
//! 3. on `Err(BadVerb)` the caller writes [`bad_verb_start`], the value with
//!    `Spec { verb: 'v', ..spec }` (flags kept, Go's `badVerb`), then [`bad_verb_end`];
//! 4. [`Piece::Extra`] lists unused operands as `TYPE=VALUE` after [`EXTRA_START`].
//!
//! `Print`/`Println` use `Spec::new('v')` per operand; `Print` adds a space between two
//! operands when neither is a string, `Println` always does.

pub mod atof;
pub mod float;
pub mod int;
pub mod parse;
pub mod printf;
pub mod quote;
pub mod spec;
pub mod strfuncs;
#[rustfmt::skip]
pub mod tables;
pub mod unicode;
pub use crate::vm::utf8;
pub mod verbs;

pub use atof::parse_float;
pub use float::{append_float, format_float};
pub use int::{fmt_c, fmt_integer, fmt_qc, fmt_unicode, format_int, format_uint, itoa};
pub use parse::{atoi, parse_bool, parse_int, parse_uint, ErrKind, NumError};
pub use printf::{
    bad_arg_num, missing_arg, parse_printf, Piece, BAD_PREC, BAD_WIDTH, EXTRA_START, NO_VERB,
};
pub use quote::{
    can_backquote, quote, quote_rune, quote_rune_to_ascii, quote_to_ascii, quote_to_graphic,
    unquote,
};
pub use spec::{pad, write_padding, Spec};
pub use verbs::{
    bad_verb_end, bad_verb_nil, bad_verb_start, fmt_bool, fmt_bytes, fmt_complex, fmt_float,
    fmt_int, fmt_pointer, fmt_string, BadVerb,
};

#[cfg(test)]
mod testkit;
#[cfg(test)]
#[rustfmt::skip]
mod verbs_cases;
