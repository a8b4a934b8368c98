//! Calls (spec: "Calls", "Passing arguments to ... parameters"; go/types' `call.go`): function and
//! method calls with variadic parameters and `f(g())` multi-value forwarding, conversions `T(x)`
//! and the dispatch to builtins.
//!
//! Invariant: a call's recorded type is its single result, the result `Tuple` for several results,
//! and mode `NoValue` for none.

use super::check::{Checker, OpMode, Operand};
use super::ty::*;
use grammar::ast::{Expr, ExprKind, Span};

impl<'a> Checker<'a> {
    pub(crate) fn call_expr(
        &mut self,
        e: &'a Expr,
        func: &'a Expr,
        args: &'a [Expr],
        ellipsis: bool,
        rparen: Span,
    ) -> Operand<'a> {
        if let Some(target) = self.generic_target(func) {
            return self.generic_call(e, func, args, ellipsis, target);
        }
        let x = self.expr_or_type(func, false);
        match x.mode {
            OpMode::Invalid => {
                self.use_exprs(args);
                Operand::invalid(Some(e))
            }
            OpMode::TypeExpr => {
                let saved = self.spell_as(Some(func));
                let r = self.conversion_call(e, x.typ, args, ellipsis);
                (self.pkg.spell_uint8, self.pkg.spell_int32) = saved;
                r
            }
            OpMode::Builtin(b) => {
                let mut r = self.builtin(e, b, args, ellipsis, rparen);
                r.expr = Some(e);
                r
            }
            _ => {
                let sig = match self.t.under(x.typ) {
                    Type::Func(s) => s.clone(),
                    _ => {
                        let s = format!(
                            "invalid operation: cannot call {}: {} is not a function",
                            self.operand_string(&x),
                            self.type_string(x.typ)
                        );
                        // gc does not evaluate the arguments then
                        self.error(x.span(), s);
                        return Operand::invalid(Some(e));
                    }
                };
                let list = self.expr_list(args);
                self.arguments(e, func, &sig, list, ellipsis);
                self.eval.has_call_or_recv = true;
                match sig.results.len() {
                    0 => Operand {
                        mode: OpMode::NoValue,
                        typ: TypeId::INVALID,
                        expr: Some(e),
                        dummy: None,
                    },
                    1 => Operand {
                        mode: OpMode::Value,
                        typ: sig.results[0],
                        expr: Some(e),
                        dummy: None,
                    },
                    _ => {
                        let t = self.t.tuple(sig.results.clone());
                        Operand {
                            mode: OpMode::Value,
                            typ: t,
                            expr: Some(e),
                            dummy: None,
                        }
                    }
                }
            }
        }
    }

    fn conversion_call(
        &mut self,
        e: &'a Expr,
        t: TypeId,
        args: &'a [Expr],
        ellipsis: bool,
    ) -> Operand<'a> {
        if !self.is_valid(t) || self.check_incomplete(t) {
            self.use_exprs(args);
            return Operand::invalid(Some(e));
        }
        match args.len() {
            0 => {
                let s = format!("missing argument in conversion to {}", self.type_string(t));
                self.error(e.span, s);
                Operand::invalid(Some(e))
            }
            1 => {
                let mut x = self.expr(&args[0]);
                if x.is_invalid() {
                    return Operand::invalid(Some(e));
                }
                if ellipsis {
                    let s = format!(
                        "invalid use of ... in conversion to {}",
                        self.type_string(t)
                    );
                    self.error(args[0].span, s);
                    return Operand::invalid(Some(e));
                }
                self.conversion(&mut x, t);
                x.expr = Some(e);
                x
            }
            n => {
                self.use_exprs(args);
                let s = format!(
                    "too many arguments in conversion to {}",
                    self.type_string(t)
                );
                self.error(args[n - 1].span, s);
                Operand::invalid(Some(e))
            }
        }
    }

    /// Evaluates call arguments; a single multi-value call expands to its results.
    pub(crate) fn expr_list(&mut self, args: &'a [Expr]) -> Vec<Operand<'a>> {
        if args.len() == 1 {
            let mut x = self.raw_expr(&args[0], None, false);
            self.exclude(&mut x, true, true, true);
            if let Type::Tuple(ts) = self.t.get(x.typ).clone() {
                if !x.is_invalid() {
                    return ts
                        .iter()
                        .map(|&t| Operand {
                            mode: OpMode::Value,
                            typ: t,
                            expr: Some(&args[0]),
                            dummy: None,
                        })
                        .collect();
                }
            }
            return vec![x];
        }
        args.iter().map(|a| self.expr(a)).collect()
    }

    /// Checks arguments against a signature (go/types' `arguments`).
    pub(crate) fn arguments(
        &mut self,
        call: &'a Expr,
        func: &'a Expr,
        sig: &Signature,
        mut args: Vec<Operand<'a>>,
        ddd: bool,
    ) {
        let nargs = args.len();
        let mut npars = sig.params.len();
        let mut params = sig.params.clone();
        let fname = self.expr_string(func);
        if sig.variadic {
            if ddd {
                if let ExprKind::Call { args: a, .. } = &call.kind {
                    if a.len() == 1 && nargs > 1 {
                        let s = format!(
                            "cannot use ... with {}-valued {}",
                            nargs,
                            self.expr_string(&a[0])
                        );
                        self.error(call.span, s);
                        return;
                    }
                }
            } else if nargs + 1 >= npars {
                let last = params.pop().unwrap_or(TypeId::INVALID);
                let elem = match self.t.get(last) {
                    Type::Slice(e) => *e,
                    _ => TypeId::INVALID,
                };
                while params.len() < nargs {
                    params.push(elem);
                }
                npars = nargs;
            } else {
                npars -= 1;
            }
        } else if ddd {
            self.error(
                call.span,
                format!("cannot use ... in call to non-variadic {fname}"),
            );
            return;
        }
        if nargs != npars {
            let (qualifier, at) = if nargs > npars {
                ("too many", args[npars].span())
            } else if nargs > 0 {
                ("not enough", args[nargs - 1].span())
            } else {
                ("not enough", call.span)
            };
            let have: Vec<TypeId> = args.iter().map(|a| a.typ).collect();
            let mut have_s = self.type_list_string(&have, false);
            if ddd && have_s.ends_with(')') {
                have_s.insert_str(have_s.len() - 1, "...");
            }
            let want_s = self.type_list_string(&sig.params, sig.variadic);
            self.error(
                at,
                format!(
                    "{qualifier} arguments in call to {fname}\n\thave {have_s}\n\twant {want_s}"
                ),
            );
            return;
        }
        let context = format!("argument to {fname}");
        for (i, (a, &p)) in args.iter_mut().zip(params.iter()).enumerate() {
            self.eval.target_syntax = self.param_syntax(func, i);
            self.assignment(a, Some(p), &context);
            self.eval.target_syntax = None;
        }
    }
}
