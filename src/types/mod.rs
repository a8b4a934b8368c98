//! The static type checker: takes the parsed files of a program (the main package plus the standard
//! packages it imports, whose Go sources live in `stdlib/*.go`), gives a fully typed `Info` or every
//! diagnostic found, in gc's wording.
//!
//! Invariants: no input makes the checker panic; an expression with an error gets type `Invalid`, and
//! errors involving `Invalid` operands are not reported again (one mistake, one message).

pub mod info;
pub mod ty;

use crate::diag::{Diagnostic, SourceMap};
use grammar::ast;
pub use info::*;
pub use ty::*;

/// A checked program: sources, syntax trees and what the checker learned about them.
pub struct Checked {
    pub sources: SourceMap,
    /// Every file, main package last; `FileId`s index `sources`.
    pub files: Vec<(FileId, PkgId, ast::File)>,
    pub types: Types,
    pub info: Info,
}

/// Finds the Go source of a standard package by import path (`"strings"`, `"unicode/utf8"`):
/// `Some((file name, text))`, or `None` for a package gorun does not provide.
pub type PackageSource = fn(&str) -> Option<(&'static str, &'static str)>;

/// Parses and checks a program whose main file is `name` with text `src`.
/// A file without a `package` clause is a snippet: it is `package main`, and an identifier that is
/// not declared but names a standard package gorun provides is imported implicitly.
pub fn check_program(name: &str, src: &str, stdlib: PackageSource) -> Result<Checked, (SourceMap, Vec<Diagnostic>)> {
    let _ = (name, src, stdlib);
    let mut sources = SourceMap::default();
    let file = sources.add(name.to_string(), src.to_string());
    Err((sources, vec![Diagnostic::new(file, grammar::Span::default(), "not supported yet: type checking")]))
}
