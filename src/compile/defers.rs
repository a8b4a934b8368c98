//! `return` and `defer`: results are stored into the result variables before the epilogue
//! runs the deferred calls; a deferred call's function and arguments are evaluated (and
//! aggregates copied) at the `defer` statement; deferred builtins become small wrapper
//! functions named as Go names them (`outer.deferwrapN`).

use super::builtin::Site;
use super::opcode::{Op, Reg};
use super::stmt::strip;
use super::Compiler;
use crate::types::{Builtin, Mode, Type, TypeId};
use grammar::ast::*;

impl<'a> Compiler<'a> {
    pub(super) fn return_stmt(&mut self, es: &'a [Expr], mark: u16) {
        if self.f().direct_return {
            return self.direct_return(es, mark);
        }
        let results = self.f().results.clone();
        if es.len() == 1 && results.len() > 1 {
            let base = self.multi_value(&es[0]);
            let ts = self.multi_types(&es[0], results.len());
            for (i, (loc, t)) in results.iter().enumerate() {
                let r = Reg(base.0 + i as u16);
                self.convert_reg(r, ts[i], *t, r);
                self.store_loc(*loc, *t, r);
            }
        } else if !es.is_empty() {
            let tmp = self.alloc_n(es.len() as u16);
            for (i, e) in es.iter().enumerate() {
                let t = results.get(i).map_or(TypeId::INVALID, |r| r.1);
                let m = self.top();
                self.expr_owned(e, t, Reg(tmp.0 + i as u16));
                self.release(m);
            }
            for (i, (loc, t)) in results.iter().enumerate() {
                self.store_loc(*loc, *t, Reg(tmp.0 + i as u16));
            }
        }
        if self.f().has_defer {
            self.emit(Op::RunDefers);
        }
        let j = self.emit(Op::Jump { target: 0 });
        self.f().returns.push(j);
        self.release(mark);
    }

    /// `return e1, e2` in a function without deferred calls or named results: the values go
    /// to consecutive registers and `Return` takes them from there.
    fn direct_return(&mut self, es: &'a [Expr], mark: u16) {
        let types = self.f().result_types.clone();
        let n = types.len() as u16;
        if es.len() == 1 && n > 1 {
            let base = self.multi_value(&es[0]);
            let ts = self.multi_types(&es[0], types.len());
            for (i, t) in types.iter().enumerate() {
                let r = Reg(base.0 + i as u16);
                self.convert_reg(r, ts[i], *t, r);
            }
            self.emit(Op::Return { a: base, n });
        } else if n == 0 {
            self.emit(Op::Return { a: Reg(0), n: 0 });
        } else if n == 1 && !self.is_aggregate(types[0]) && !self.is_iface(types[0]) {
            // A scalar: return it from wherever it already is (a variable's own register).
            let r = self.expr(&es[0], None);
            self.emit(Op::Return { a: r, n: 1 });
        } else {
            let tmp = self.alloc_n(n);
            for (i, e) in es.iter().enumerate() {
                let t = types.get(i).copied().unwrap_or(TypeId::INVALID);
                let m = self.top();
                self.expr_owned(e, t, Reg(tmp.0 + i as u16));
                self.release(m);
            }
            self.emit(Op::Return { a: tmp, n });
        }
        self.release(mark);
    }

    pub(super) fn defer_stmt(&mut self, e: &'a Expr, mark: u16) {
        self.deferred_call(e, mark, false);
    }

    /// The shared half of `defer` and `go`: evaluates the function value and the arguments now
    /// and emits `Op::Defer` or `Op::Go`.
    pub(super) fn deferred_call(&mut self, e: &'a Expr, mark: u16, is_go: bool) {
        let ExprKind::Call {
            func,
            args,
            ellipsis,
            ..
        } = &strip(e).kind
        else {
            return;
        };
        // Go wraps every deferred call that has arguments (or a receiver) in a function named
        // `outer.deferwrapN`; keep the numbering in step so trace names match.
        let is_method = self.info.selections.contains_key(&strip(func).id);
        if (!args.is_empty() || is_method) && !is_go {
            let outer = self.f().name.clone();
            *self.deferwraps.entry(outer).or_insert(0) += 1;
        }
        if let Some(tv) = self.info.type_of(func.id) {
            if let Mode::Builtin(b) = tv.mode {
                return self.defer_builtin(e, b, args, mark, is_go);
            }
            if matches!(tv.mode, Mode::TypeExpr) {
                self.unsupported(e.span, "defer or go of a conversion");
                return;
            }
        }
        let sig = match self.types.under(self.type_of(func)) {
            Type::Func(s) => s.clone(),
            _ => return,
        };
        let a = self.alloc_n(sig.params.len() as u16 + 1);
        self.expr_to(func, a);
        self.args(&sig, args, *ellipsis, Reg(a.0 + 1));
        // spec: the arguments of a deferred call are evaluated (and copied) now.
        for (i, t) in sig.params.iter().enumerate() {
            self.copy_if_aggregate(Reg(a.0 + 1 + i as u16), *t);
        }
        let n = sig.params.len() as u16;
        self.emit(if is_go {
            Op::Go { a, n }
        } else {
            Op::Defer { a, n }
        });
        self.release(mark);
    }

    /// `defer builtin(args)`: the arguments are evaluated now; the deferred call is a small
    /// compiler-made function applying the builtin to them.
    fn defer_builtin(&mut self, e: &'a Expr, b: Builtin, args: &'a [Expr], mark: u16, is_go: bool) {
        let n = args.len() as u16;
        let a = self.alloc_n(n + 1);
        let mut site = Site::Wrapper {
            window: a,
            body: Vec::new(),
        };
        if !self.builtin_stmt(b, args, &mut site) {
            self.unsupported(e.span, "defer or go of this builtin");
            self.release(mark);
            return;
        }
        let Site::Wrapper { body: mut code, .. } = site else {
            unreachable!("built as a wrapper above")
        };
        code.push(Op::Return { a: Reg(0), n: 0 });
        let name = self.wrapper_name(is_go);
        let line = self.f().b.line;
        let f = self.add_synthetic(name, n, 0, n + 2, code);
        for l in &mut self.funcs[f.0 as usize].lines {
            *l = line;
        }
        self.emit(Op::LoadFunc { dst: a, f });
        self.emit(if is_go {
            Op::Go { a, n }
        } else {
            Op::Defer { a, n }
        });
        self.release(mark);
    }

    /// The name of a `defer`/`go` wrapper: Go numbers them per enclosing function,
    /// main.main.deferwrap1, deferwrap2, ... (and main.main.gowrap1, ... for go statements).
    /// `deferred_call` counts the deferwraps, since Go wraps every deferred call with arguments.
    fn wrapper_name(&mut self, is_go: bool) -> String {
        let outer = self.f().name.clone();
        if is_go {
            let k = self.deferwraps.entry(format!("{outer}#go")).or_insert(0);
            *k += 1;
            format!("{outer}.gowrap{k}")
        } else {
            let k = *self.deferwraps.entry(outer.clone()).or_insert(1);
            format!("{outer}.deferwrap{k}")
        }
    }
}
