//! The generic functions of the `slices` and `maps` packages, typed like builtins: gorun has no
//! type parameters yet, so `stdlib/slices.go` and `stdlib/maps.go` declare natives with placeholder
//! signatures and the checker instantiates each call from its arguments (S = the slice type,
//! E = its element, M/K/V for maps, `iter.Seq[E]` = `func(yield func(E) bool)`).
//!
//! Invariant (the compiler relies on it): for a call of such a function, the recorded type of the
//! callee expression (`slices.Sort`) is the instantiated signature; arguments and results follow it.
//! Using one of these functions other than in a call is an error, as for generic functions in Go.

use super::check::{Checker, OpMode, Operand};
use super::info::*;
use super::ty::*;
use grammar::ast::{self, Expr, Span};

/// (package, name, parameters, results, constraint on E or K: "ordered" | "comparable" | "").
/// Type language: S, E, M, K, V, int, bool, []E, ...E, ...S, fE (func(E) bool), fEE (func(E, E)
/// int), fEEb (func(E, E) bool), fKV (func(K, V) bool), seqE/seqK/seqV (func(func(X) bool)),
/// seqKV (func(func(K, V) bool)), seqIE (func(func(int, E) bool)), mapKV (map[K]V).
const GENERIC: &[(&str, &str, &str, &str, &str)] = &[
    ("slices", "All", "S", "seqIE", ""),
    ("slices", "BinarySearch", "S E", "int bool", "ordered"),
    ("slices", "Clip", "S", "S", ""),
    ("slices", "Clone", "S", "S", ""),
    ("slices", "Collect", "seqE", "[]E", ""),
    ("slices", "Compact", "S", "S", "comparable"),
    ("slices", "CompactFunc", "S fEEb", "S", ""),
    ("slices", "Compare", "S S", "int", "ordered"),
    ("slices", "Concat", "...S", "S", ""),
    ("slices", "Contains", "S E", "bool", "comparable"),
    ("slices", "ContainsFunc", "S fE", "bool", ""),
    ("slices", "Delete", "S int int", "S", ""),
    ("slices", "DeleteFunc", "S fE", "S", ""),
    ("slices", "Equal", "S S", "bool", "comparable"),
    ("slices", "Grow", "S int", "S", ""),
    ("slices", "Index", "S E", "int", "comparable"),
    ("slices", "IndexFunc", "S fE", "int", ""),
    ("slices", "Insert", "S int ...E", "S", ""),
    ("slices", "IsSorted", "S", "bool", "ordered"),
    ("slices", "IsSortedFunc", "S fEE", "bool", ""),
    ("slices", "Max", "S", "E", "ordered"),
    ("slices", "MaxFunc", "S fEE", "E", ""),
    ("slices", "Min", "S", "E", "ordered"),
    ("slices", "MinFunc", "S fEE", "E", ""),
    ("slices", "Repeat", "S int", "S", ""),
    ("slices", "Replace", "S int int ...E", "S", ""),
    ("slices", "Reverse", "S", "", ""),
    ("slices", "Sort", "S", "", "ordered"),
    ("slices", "SortFunc", "S fEE", "", ""),
    ("slices", "SortStableFunc", "S fEE", "", ""),
    ("slices", "Sorted", "seqE", "[]E", "ordered"),
    ("slices", "Values", "S", "seqE", ""),
    ("maps", "All", "M", "seqKV", ""),
    ("maps", "Clone", "M", "M", ""),
    ("maps", "Collect", "seqKV", "mapKV", "comparable"),
    ("maps", "Copy", "M M", "", ""),
    ("maps", "DeleteFunc", "M fKV", "", ""),
    ("maps", "Equal", "M M", "bool", "comparableV"),
    ("maps", "Insert", "M seqKV", "", ""),
    ("maps", "Keys", "M", "seqK", ""),
    ("maps", "Values", "M", "seqV", ""),
];

const ORDERED: &str = "~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr | ~float32 | ~float64 | ~string";

#[derive(Default, Clone, Copy)]
struct Inst {
    s: Option<TypeId>,
    e: Option<TypeId>,
    m: Option<TypeId>,
    k: Option<TypeId>,
    v: Option<TypeId>,
}

impl<'a> Checker<'a> {
    /// The (package path, function name) of a call target that is a generic stdlib function.
    pub(crate) fn generic_target(
        &mut self,
        func: &'a Expr,
    ) -> Option<(&'static str, &'static str)> {
        let ast::ExprKind::Selector { expr, sel } = &func.kind else {
            return None;
        };
        let ast::ExprKind::Ident(id) = &expr.kind else {
            return None;
        };
        // (In a snippet, `slices` may not be imported yet: resolving imports it implicitly.)
        let obj = self.resolve_name(&id.name)?;
        let ObjKind::PkgName(pid) = self.obj(obj).kind else {
            return None;
        };
        let path = self.info.packages.get(pid.0 as usize)?.path.clone();
        GENERIC
            .iter()
            .find(|(p, n, ..)| *p == path && *n == sel.name)
            .map(|(p, n, ..)| (*p, *n))
    }

    /// Reports a generic stdlib function used other than in a call.
    pub(crate) fn is_generic_member(&self, pkg_path: &str, name: &str) -> bool {
        GENERIC
            .iter()
            .any(|(p, n, ..)| *p == pkg_path && *n == name)
    }

    /// Checks a call of a generic `slices`/`maps` function; returns the call's operand.
    pub(crate) fn generic_call(
        &mut self,
        e: &'a Expr,
        func: &'a Expr,
        args: &'a [Expr],
        ddd: bool,
        target: (&str, &str),
    ) -> Operand<'a> {
        let inv = Operand::invalid(Some(e));
        let Some(&(pkg, name, params, results, constraint)) =
            GENERIC.iter().find(|(p, n, ..)| (*p, *n) == target)
        else {
            return inv;
        };
        self.eval.in_generic_call = true;
        let fx = self.raw_expr(func, None, false);
        self.eval.in_generic_call = false;
        if fx.is_invalid() {
            self.use_exprs(args);
            return inv;
        }
        let fname = format!("{pkg}.{name}");
        let list = self.expr_list(args);
        if list.iter().any(|a| a.is_invalid()) {
            return inv;
        }
        let lparen = Span {
            start: func.span.end,
            end: func.span.end + 1,
        };
        let pspecs: Vec<&str> = params.split(' ').collect();
        let min = pspecs.iter().filter(|p| !p.starts_with("...")).count();
        let variadic = pspecs.last().is_some_and(|p| p.starts_with("..."));
        if list.len() < min || (!variadic && list.len() > min) {
            let have: Vec<TypeId> = list.iter().map(|a| a.typ).collect();
            let (q, at) = if list.len() < min {
                ("not enough", list.last().map_or(e.span, |a| a.span()))
            } else {
                ("too many", list[min].span())
            };
            let at = if list.is_empty() { e.span } else { at };
            let s = format!(
                "{q} arguments in call to {fname}\n\thave {}\n\twant ({})",
                self.type_list_string(&have, false),
                pspecs.join(", ")
            );
            self.error(at, s);
            return inv;
        }
        // infer the type parameters from the first argument whose parameter names them
        let mut inst = Inst::default();
        for (i, p) in pspecs.iter().enumerate() {
            let Some(a) = list.get(i) else { break };
            let p = p.trim_start_matches("...");
            if !matches!(p, "S" | "M" | "seqE" | "seqKV") {
                continue;
            }
            let u = self.t.under(a.typ).clone();
            let ok = match (p, u) {
                ("S", Type::Slice(el)) => {
                    inst.s = Some(a.typ);
                    inst.e = Some(el);
                    true
                }
                ("M", Type::Map { key, value }) => {
                    inst.m = Some(a.typ);
                    inst.k = Some(key);
                    inst.v = Some(value);
                    true
                }
                ("seqE", Type::Func(sig)) => match self.yield_params(&sig) {
                    Some(ps) if ps.len() == 1 => {
                        inst.e = Some(ps[0]);
                        true
                    }
                    _ => false,
                },
                ("seqKV", Type::Func(sig)) => match self.yield_params(&sig) {
                    Some(ps) if ps.len() == 2 => {
                        inst.k = Some(ps[0]);
                        inst.v = Some(ps[1]);
                        true
                    }
                    _ => false,
                },
                _ => false,
            };
            if !ok {
                let what = match p {
                    "S" | "seqE" => "E",
                    "M" => "K",
                    _ => "K",
                };
                self.error(lparen, format!("in call to {fname}, cannot infer {what}"));
                return inv;
            }
            break;
        }
        // constraints
        let (ct, cspan) = match constraint {
            "comparableV" => (inst.v, Some(lparen)),
            _ => (inst.e.or(inst.k), Some(lparen)),
        };
        if let (Some(t), Some(span)) = (ct, cspan) {
            let ts = self.type_string(t);
            match constraint {
                "ordered" if !self.is_ordered(t) => {
                    self.error(
                        span,
                        format!("{ts} does not satisfy cmp.Ordered ({ts} missing in {ORDERED})"),
                    );
                    return inv;
                }
                "comparable" | "comparableV" if !self.comparable(t) => {
                    self.error(span, format!("{ts} does not satisfy comparable"));
                    return inv;
                }
                _ => {}
            }
        }
        let mut ps: Vec<TypeId> = Vec::new();
        for p in &pspecs {
            match self.spec_type(p.trim_start_matches("..."), &inst) {
                Some(t) if p.starts_with("...") => {
                    let s = self.t.slice(t);
                    ps.push(s);
                }
                Some(t) => ps.push(t),
                None => return inv,
            }
        }
        let mut rs = Vec::new();
        for r in results.split(' ').filter(|r| !r.is_empty()) {
            match self.spec_type(r, &inst) {
                Some(t) => rs.push(t),
                None => return inv,
            }
        }
        let sig = Signature {
            params: ps,
            results: rs.clone(),
            variadic,
        };
        let st = self.t.intern(Type::Func(sig.clone()));
        self.record_type(func.id, &OpMode::Value, st);
        self.arguments(e, func, &sig, list, ddd);
        self.eval.has_call_or_recv = true;
        match rs.len() {
            0 => Operand {
                mode: OpMode::NoValue,
                typ: TypeId::INVALID,
                expr: Some(e),
                dummy: None,
            },
            1 => Operand {
                mode: OpMode::Value,
                typ: rs[0],
                expr: Some(e),
                dummy: None,
            },
            _ => {
                let t = self.t.tuple(rs);
                Operand {
                    mode: OpMode::Value,
                    typ: t,
                    expr: Some(e),
                    dummy: None,
                }
            }
        }
    }

    /// The parameter types of the yield function of an iterator `func(yield func(...) bool)`.
    fn yield_params(&self, sig: &Signature) -> Option<Vec<TypeId>> {
        if sig.params.len() != 1 || !sig.results.is_empty() {
            return None;
        }
        match self.t.under(sig.params[0]) {
            Type::Func(y) if y.results == [TypeId::BOOL] => Some(y.params.clone()),
            _ => None,
        }
    }

    fn spec_type(&mut self, spec: &str, i: &Inst) -> Option<TypeId> {
        let func = |c: &mut Self, params: Vec<TypeId>, results: Vec<TypeId>| {
            c.t.intern(Type::Func(Signature {
                params,
                results,
                variadic: false,
            }))
        };
        let seq = |c: &mut Self, params: Vec<TypeId>| {
            let y = func(c, params, vec![TypeId::BOOL]);
            func(c, vec![y], vec![])
        };
        Some(match spec {
            "S" => i.s.or_else(|| i.e.map(|e| self.t.slice(e)))?,
            "E" => i.e?,
            "M" => i.m?,
            "K" => i.k?,
            "V" => i.v?,
            "int" => TypeId::INT,
            "bool" => TypeId::BOOL,
            "[]E" => {
                let e = i.e?;
                self.t.slice(e)
            }
            "fE" => func(self, vec![i.e?], vec![TypeId::BOOL]),
            "fEE" => func(self, vec![i.e?, i.e?], vec![TypeId::INT]),
            "fEEb" => func(self, vec![i.e?, i.e?], vec![TypeId::BOOL]),
            "fKV" => func(self, vec![i.k?, i.v?], vec![TypeId::BOOL]),
            "seqE" => seq(self, vec![i.e?]),
            "seqK" => seq(self, vec![i.k?]),
            "seqV" => seq(self, vec![i.v?]),
            "seqKV" => seq(self, vec![i.k?, i.v?]),
            "seqIE" => seq(self, vec![TypeId::INT, i.e?]),
            "mapKV" => self.t.intern(Type::Map {
                key: i.k?,
                value: i.v?,
            }),
            _ => return None,
        })
    }

    /// `slices.Sort` used as a value: gc's error.
    pub(crate) fn generic_value_error(&mut self, span: Span, pkg: &str, name: &str) {
        self.error(
            span,
            format!("cannot use generic function {pkg}.{name} without instantiation"),
        );
    }
}
