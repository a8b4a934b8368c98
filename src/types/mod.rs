//! The static type checker: takes the parsed files of a program (the main package plus the standard
//! packages it imports, whose Go sources live in `stdlib/*.go`), gives a fully typed `Info` or every
//! diagnostic found, in gc's wording.
//!
//! Pipeline: `load` parses the main file and, depth first, every package it imports (snippet files
//! also get the standard packages they mention); packages are then checked one by one in import
//! order (dependencies first) by one `Checker` sharing a `Types` arena and an `Info`.
//! Per package: `resolve` collects package-level objects, `decl` type-checks them lazily (with cycle
//! detection), function bodies are checked last (`stmt`), then `initorder` and `unused`.
//!
//! Invariants: no input makes the checker panic; an expression with an error gets type `Invalid`, and
//! errors involving `Invalid` operands are not reported again (one mistake, one message).

// The checker mirrors go/types/types2 function by function (one per spec rule), which keeps
// it easy to compare with gc; these style lints would reshape that correspondence.
#![allow(
    clippy::needless_range_loop,
    clippy::while_let_loop,
    clippy::if_same_then_else,
    clippy::collapsible_match
)]

mod assign;
mod builtin;
mod call;
mod check;
mod composite;
pub mod constant;
mod conversion;
mod decl;
mod expr;
mod format;
mod generic;
mod index;
pub mod info;
mod initorder;
mod labels;
mod lookup;
mod operator;
mod pending;
mod resolve;
mod selector;
pub mod session;
mod state;
mod stdgap;
mod stmt;
mod terminate;
pub mod ty;
mod typexpr;
mod universe;
mod unused;

#[cfg(test)]
mod tests;

use crate::diag::{Diagnostic, SourceMap};
use grammar::ast;
pub use info::*;
use std::collections::HashMap;
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

/// Standard packages a snippet may use without importing them: (name, import path).
pub const SNIPPET_PACKAGES: [(&str, &str); 15] = [
    ("fmt", "fmt"),
    ("strings", "strings"),
    ("strconv", "strconv"),
    ("math", "math"),
    ("errors", "errors"),
    ("sort", "sort"),
    ("slices", "slices"),
    ("maps", "maps"),
    ("unicode", "unicode"),
    ("utf8", "unicode/utf8"),
    ("os", "os"),
    ("time", "time"),
    ("sync", "sync"),
    ("runtime", "runtime"),
    ("io", "io"),
];

/// A package found while loading: its files (indices into `Loader::files`) and imports.
struct LoadedPkg {
    path: String,
    files: Vec<usize>,
    /// Packages imported implicitly by a snippet (name → path).
    implicit: Vec<(String, String)>,
}

struct Loader {
    sources: SourceMap,
    files: Vec<(FileId, ast::File)>,
    pkgs: Vec<LoadedPkg>,
    by_path: HashMap<String, usize>,
    /// Packages in dependency order (indices into `pkgs`).
    order: Vec<usize>,
    in_progress: Vec<String>,
    next_id: u32,
    diags: Vec<Diagnostic>,
    stdlib: PackageSource,
}

impl Loader {
    fn parse(&mut self, name: &str, text: &str) -> Option<usize> {
        let fid = self.sources.add(name.to_string(), text.to_string());
        match grammar::parse_file(text, self.next_id) {
            Ok(f) => {
                self.next_id = f.expr_count;
                self.files.push((fid, f));
                Some(self.files.len() - 1)
            }
            Err(errs) => {
                for e in errs {
                    self.diags.push(Diagnostic::new(fid, e.span, e.message));
                }
                None
            }
        }
    }

    /// Loads the imports of `file_idx` (and of their imports), dependencies first.
    fn load_imports(&mut self, paths: Vec<String>) {
        for path in paths {
            if self.by_path.contains_key(&path) || self.in_progress.contains(&path) {
                continue;
            }
            let Some((name, text)) = (self.stdlib)(&path) else {
                continue;
            };
            self.in_progress.push(path.clone());
            if let Some(fi) = self.parse(name, text) {
                let deps: Vec<String> = self.files[fi]
                    .1
                    .imports
                    .iter()
                    .map(|i| i.path.clone())
                    .collect();
                self.load_imports(deps);
                self.pkgs.push(LoadedPkg {
                    path: path.clone(),
                    files: vec![fi],
                    implicit: Vec::new(),
                });
                self.by_path.insert(path.clone(), self.pkgs.len() - 1);
                self.order.push(self.pkgs.len() - 1);
            }
            self.in_progress.pop();
        }
    }
}

/// Standard package names a snippet's text mentions as `name.` (a cheap over-approximation: an
/// unneeded package is loaded but never imported).
fn snippet_candidates(src: &str, file: &ast::File) -> Vec<(String, String)> {
    let bytes = src.as_bytes();
    let mut out = Vec::new();
    for (name, path) in SNIPPET_PACKAGES {
        if file.imports.iter().any(|i| i.path == path) {
            continue;
        }
        let pat = format!("{name}.");
        let mut from = 0;
        while let Some(pos) = src[from..].find(&pat) {
            let at = from + pos;
            let before_ok = at == 0
                || !(bytes[at - 1].is_ascii_alphanumeric()
                    || bytes[at - 1] == b'_'
                    || bytes[at - 1] == b'.');
            if before_ok {
                out.push((name.to_string(), path.to_string()));
                break;
            }
            from = at + pat.len();
        }
    }
    out
}

/// Parses and checks a program whose main file is `name` with text `src`.
/// A file without a `package` clause is a snippet: it is `package main`, and an identifier that is
/// not declared but names a standard package gorun provides is imported implicitly.
pub fn check_program(
    name: &str,
    src: &str,
    stdlib: PackageSource,
) -> Result<Checked, (SourceMap, Vec<Diagnostic>)> {
    // The checker recurses over the syntax tree (bounded by the parser's nesting limits); a
    // dedicated thread with a large stack makes that safe whatever thread calls us.
    let run = || check_program_inner(name, src, stdlib);
    std::thread::scope(|s| {
        match std::thread::Builder::new()
            .name("gorun-check".into())
            .stack_size(CHECK_STACK)
            .spawn_scoped(s, run)
        {
            Ok(h) => h.join().unwrap_or_else(|_| Err(internal_error(name, src))),
            Err(_) => run(),
        }
    })
}

/// Stack size of the checking thread (virtual memory; only the pages used are committed).
const CHECK_STACK: usize = 256 << 20;

fn internal_error(name: &str, src: &str) -> (SourceMap, Vec<Diagnostic>) {
    let mut sources = SourceMap::default();
    let f = sources.add(name.to_string(), src.to_string());
    (
        sources,
        vec![Diagnostic::new(
            f,
            grammar::Span::default(),
            "internal error: the type checker failed",
        )],
    )
}

fn check_program_inner(
    name: &str,
    src: &str,
    stdlib: PackageSource,
) -> Result<Checked, (SourceMap, Vec<Diagnostic>)> {
    let mut ld = Loader {
        sources: SourceMap::default(),
        files: Vec::new(),
        pkgs: Vec::new(),
        by_path: HashMap::new(),
        order: Vec::new(),
        in_progress: Vec::new(),
        next_id: 0,
        diags: Vec::new(),
        stdlib,
    };
    let Some(main_idx) = ld.parse(name, src) else {
        return Err((ld.sources, ld.diags));
    };
    let main_file = &ld.files[main_idx].1;
    let mut imports: Vec<String> = main_file.imports.iter().map(|i| i.path.clone()).collect();
    let implicit = if main_file.package.is_none() {
        snippet_candidates(src, main_file)
    } else {
        Vec::new()
    };
    imports.extend(implicit.iter().map(|(_, p)| p.clone()));
    ld.load_imports(imports);
    ld.pkgs.push(LoadedPkg {
        path: "main".into(),
        files: vec![main_idx],
        implicit,
    });
    ld.order.push(ld.pkgs.len() - 1);
    if !ld.diags.is_empty() {
        return Err((ld.sources, ld.diags));
    }
    check_loaded(ld)
}

fn check_loaded(ld: Loader) -> Result<Checked, (SourceMap, Vec<Diagnostic>)> {
    let Loader {
        sources,
        files,
        pkgs,
        order,
        ..
    } = ld;
    let mut c = check::Checker::new(&sources);
    // PkgId = position in dependency order
    let mut path_to_pkg: HashMap<String, PkgId> = HashMap::new();
    for (i, &p) in order.iter().enumerate() {
        path_to_pkg.insert(pkgs[p].path.clone(), PkgId(i as u32));
    }
    for (i, &p) in order.iter().enumerate() {
        let lp = &pkgs[p];
        let pkg_files: Vec<(FileId, &ast::File)> = lp
            .files
            .iter()
            .map(|&f| (files[f].0, &files[f].1))
            .collect();
        c.check_package(
            PkgId(i as u32),
            &lp.path,
            &pkg_files,
            &path_to_pkg,
            &lp.implicit,
        );
    }
    let mut diags = std::mem::take(&mut c.diags);
    if !diags.is_empty() {
        stdgap::refuse_std_gaps(&c.std_gaps, &mut diags);
        diags.sort_by_key(|d| (d.file, d.span.start));
        return Err((sources.clone(), diags));
    }
    let types = std::mem::take(&mut c.t);
    let info = std::mem::take(&mut c.info);
    drop(c);
    let mut out_files = Vec::new();
    let mut files: Vec<Option<(FileId, ast::File)>> = files.into_iter().map(Some).collect();
    for (i, &p) in order.iter().enumerate() {
        for &f in &pkgs[p].files {
            if let Some((fid, file)) = files[f].take() {
                out_files.push((fid, PkgId(i as u32), file));
            }
        }
    }
    Ok(Checked {
        sources,
        files: out_files,
        types,
        info,
    })
}
