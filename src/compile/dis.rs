//! `gorun --dis`: a listing of every compiled function, one instruction per line with its pc and
//! source line (the cheapest debugging aid; see STYLE.md on clox).

use super::program::{Const, Program};
use std::fmt::Write;

/// Disassembles the functions of the main package (and the entry), or every function with `all`.
pub fn disassemble(p: &Program, all: bool) -> String {
    let mut out = String::new();
    for (i, f) in p.funcs.iter().enumerate() {
        let user = f.name.starts_with("main.") || f.name == "runtime.main";
        if !all && !user {
            continue;
        }
        let _ = writeln!(
            out,
            "func #{i} {} (params {}, results {}, regs {})",
            f.name, f.nparams, f.nresults, f.nregs
        );
        for (pc, op) in f.code.iter().enumerate() {
            let line = f.lines.get(pc).copied().unwrap_or(0);
            let _ = writeln!(out, "  {pc:4}  L{line:<4} {op:?}");
        }
    }
    if !p.consts.is_empty() {
        let _ = writeln!(out, "constants:");
        for (i, c) in p.consts.iter().enumerate() {
            match c {
                Const::Word(w) => {
                    let _ = writeln!(out, "  k{i} = {w:#x}");
                }
                Const::Str(s) => {
                    let _ = writeln!(out, "  k{i} = {:?}", String::from_utf8_lossy(s));
                }
            }
        }
    }
    out
}
