//! Assignability and assignments (spec: "Assignability", "Assignment statements", "Short variable
//! declarations"; go/types' `assignments.go` and `operand.assignableTo`): the implicit conversion of
//! untyped values, variable initialization, n:n and n:1 assignments with gc's mismatch messages.
//!
//! Invariant: an identifier on the left of `=` is not a "use" of its variable (a variable that is
//! only assigned is reported as declared and not used, as gc does).

use super::check::{Checker, OpMode, Operand};
use super::constant::Unrepresentable;
use super::info::*;
use super::ty::*;
use grammar::ast::{self, Expr, ExprKind};

impl<'a> Checker<'a> {
    /// Checks that `x` can be assigned to a variable of type `t` (None = blank identifier),
    /// converting untyped values. Invalidates `x` on error.
    pub(crate) fn assignment(&mut self, x: &mut Operand<'a>, t: Option<TypeId>, context: &str) {
        self.single_value(x);
        match x.mode {
            OpMode::Invalid => return,
            OpMode::Const(_) | OpMode::Var | OpMode::MapIndex | OpMode::Value | OpMode::CommaOk => {
            }
            _ => {
                let ts = t.map(|t| self.type_string(t)).unwrap_or_default();
                let s = format!(
                    "cannot assign {} to {} in {}",
                    self.operand_string(x),
                    ts,
                    context
                );
                self.error(x.span(), s);
                x.mode = OpMode::Invalid;
                return;
            }
        }
        if self.is_untyped(x.typ) {
            let mut target = t;
            if x.is_nil() {
                if t.is_none() {
                    self.error(x.span(), format!("use of untyped nil in {context}"));
                    x.mode = OpMode::Invalid;
                    return;
                }
            } else if t.is_none_or(|t| self.t.is_interface(t)) {
                target = Some(self.default_type(x.typ));
            }
            let target = target.unwrap_or(TypeId::INVALID);
            match self.implicit_type_and_value(x, target) {
                Err(code) => {
                    let mut msg = format!(
                        "cannot use {} as {} value in {}",
                        self.operand_string(x),
                        self.type_string(target),
                        context
                    );
                    match code {
                        Unrepresentable::Truncated => msg.push_str(" (truncated)"),
                        Unrepresentable::Overflow => msg.push_str(" (overflows)"),
                        Unrepresentable::Other => {}
                    }
                    self.error(x.span(), msg);
                    x.mode = OpMode::Invalid;
                    return;
                }
                Ok((nt, v)) => self.apply_implicit(x, nt, v),
            }
        }
        let Some(t) = t else { return };
        let mut cause = String::new();
        if !self.assignable_to(x, t, Some(&mut cause)) {
            let base = format!(
                "cannot use {} as {} value in {}",
                self.operand_string(x),
                self.target_type_string(t),
                context
            );
            let s = if cause.is_empty() {
                base
            } else {
                format!("{base}: {cause}")
            };
            self.error(x.span(), s);
            x.mode = OpMode::Invalid;
        }
    }

    /// spec: "Assignability" (go/types' `operand.assignableTo`).
    pub(crate) fn assignable_to(
        &mut self,
        x: &Operand<'a>,
        t: TypeId,
        mut cause: Option<&mut String>,
    ) -> bool {
        let v = x.typ;
        if x.is_invalid()
            || !self.is_valid(v)
            || !self.is_valid(t)
            || self.contains_invalid(v)
            || self.contains_invalid(t)
        {
            return true;
        }
        if v == t {
            return true;
        }
        let (vu, tu) = (self.t.underlying(v), self.t.underlying(t));
        if self.is_untyped(vu) {
            return self.implicit_type_and_value(x, t).is_ok();
        }
        if vu == tu && (!self.has_name(v) || !self.has_name(t)) {
            return true;
        }
        if self.t.is_interface(t) {
            match self.implements(v, t) {
                None => return true,
                Some(c) => {
                    if let Some(cause) = cause.as_deref_mut() {
                        *cause = c;
                    }
                    return false;
                }
            }
        }
        if self.t.is_interface(v) && !self.t.is_interface(t) && self.implements(t, v).is_none() {
            if let Some(cause) = cause {
                *cause = "need type assertion".into();
            }
            return false;
        }
        if let (
            Type::Chan {
                dir: ChanDir::Both,
                elem: ve,
            },
            Type::Chan { elem: te, .. },
        ) = (self.t.get(vu), self.t.get(tu))
        {
            if ve == te {
                return !self.has_name(v) || !self.has_name(t);
            }
        }
        false
    }

    /// Initializes variable `obj` with `x` (`has_type`: the variable's type was declared).
    pub(crate) fn init_var(
        &mut self,
        obj: ObjId,
        mut x: Operand<'a>,
        has_type: bool,
        context: &str,
    ) -> Operand<'a> {
        let lt = self.obj(obj).typ;
        if x.is_invalid() || !self.is_valid(x.typ) || (has_type && !self.is_valid(lt)) {
            if !has_type {
                self.obj_mut(obj).typ = TypeId::INVALID;
            }
            x.mode = OpMode::Invalid;
            return x;
        }
        if !has_type {
            let mut t = x.typ;
            if self.is_untyped(t) {
                if t == TypeId::UNTYPED_NIL {
                    self.error(x.span(), format!("use of untyped nil in {context}"));
                    self.obj_mut(obj).typ = TypeId::INVALID;
                    x.mode = OpMode::Invalid;
                    return x;
                }
                t = self.default_type(t);
            }
            if let Type::Tuple(_) = self.t.get(t) {
                // reported by assignment's single_value
            } else {
                self.obj_mut(obj).typ = t;
            }
        }
        let lt = self.obj(obj).typ;
        self.assignment(&mut x, Some(lt), context);
        x
    }

    /// `lhs... = rhs...` for variable objects (declarations, `:=`, and `return` when `ret` is the
    /// return statement's span). Objects in `fresh` take their type from the values.
    pub(crate) fn init_vars(
        &mut self,
        lhs: &[ObjId],
        fresh: &[ObjId],
        rhs: &'a [Expr],
        ret: Option<ast::Span>,
    ) {
        let (l, r) = (lhs.len(), rhs.len());
        let context = if ret.is_some() {
            "return statement"
        } else if l > 1 {
            "multiple assignment"
        } else {
            "assignment"
        };
        let is_call = r == 1 && matches!(unparen(&rhs[0]).kind, ExprKind::Call { .. });
        if l == r && !is_call {
            for (i, &o) in lhs.iter().enumerate() {
                let x = self.expr(&rhs[i]);
                self.init_var(o, x, !fresh.contains(&o), context);
            }
            return;
        }
        if r != 1 {
            if self.use_exprs(rhs) {
                if let Some(span) = ret {
                    let xs: Vec<Operand<'a>> = rhs.iter().map(|e| self.expr(e)).collect();
                    {
                        let want: Vec<TypeId> = lhs.iter().map(|&o| self.obj(o).typ).collect();
                        self.return_error(span, &want, &xs);
                    }
                } else {
                    self.assign_error(rhs, l, r);
                }
            }
            self.invalidate_fresh(fresh);
            return;
        }
        let (xs, _) = self.multi_expr(&rhs[0], l == 2 && ret.is_none());
        if xs.len() == l {
            for (o, x) in lhs.iter().zip(xs) {
                self.init_var(*o, x, !fresh.contains(o), context);
            }
            return;
        }
        if !xs[0].is_invalid() {
            if let Some(span) = ret {
                {
                    let want: Vec<TypeId> = lhs.iter().map(|&o| self.obj(o).typ).collect();
                    self.return_error(span, &want, &xs);
                }
            } else {
                self.assign_error(rhs, l, xs.len());
            }
        }
        self.invalidate_fresh(fresh);
    }

    fn invalidate_fresh(&mut self, fresh: &[ObjId]) {
        for &o in fresh {
            self.obj_mut(o).typ = TypeId::INVALID;
        }
    }

    pub(crate) fn assign_error(&mut self, rhs: &'a [Expr], l: usize, r: usize) {
        let vars = measure(l, "variable");
        let vals = measure(r, "value");
        let Some(rhs0) = rhs.first() else { return };
        if rhs.len() == 1 {
            if let ExprKind::Call { func, .. } = &unparen(rhs0).kind {
                let f = self.expr_string(func);
                self.error(
                    rhs0.span,
                    format!("assignment mismatch: {vars} but {f} returns {vals}"),
                );
                return;
            }
        }
        self.error(rhs0.span, format!("assignment mismatch: {vars} but {vals}"));
    }

    pub(crate) fn return_error(&mut self, at: ast::Span, want: &[TypeId], rhs: &[Operand<'a>]) {
        let (l, r) = (want.len(), rhs.len());
        let (qualifier, at) = if r > l {
            (
                "too many",
                if rhs[l].expr.is_some() || rhs[l].dummy.is_some() {
                    rhs[l].span()
                } else {
                    at
                },
            )
        } else if r > 0 {
            (
                "not enough",
                if rhs[r - 1].expr.is_some() || rhs[r - 1].dummy.is_some() {
                    rhs[r - 1].span()
                } else {
                    at
                },
            )
        } else {
            ("not enough", at)
        };
        let have: Vec<TypeId> = rhs.iter().map(|x| x.typ).collect();
        let s = format!(
            "{} return values\n\thave {}\n\twant {}",
            qualifier,
            self.type_list_string(&have, false),
            self.type_list_string(want, false)
        );
        self.error(at, s);
    }

    /// The type of an assignment's left-hand side (None for `_`), not counting it as a use.
    pub(crate) fn lhs_var(&mut self, lhs: &'a Expr) -> Option<TypeId> {
        let inner = unparen(lhs);
        if let ExprKind::Ident(id) = &inner.kind {
            if id.name == "_" {
                self.record_type(lhs.id, &OpMode::Value, TypeId::INVALID);
                return None;
            }
        }
        let v = match &inner.kind {
            ExprKind::Ident(id) => self.local_var_of(&id.name),
            _ => None,
        };
        let was = v.map(|v| self.objx[v.0 as usize].used);
        let x = self.expr(lhs);
        if let (Some(v), Some(w)) = (v, was) {
            self.x(v).used = w;
        }
        if x.is_invalid() || !self.is_valid(x.typ) {
            return Some(TypeId::INVALID);
        }
        match x.mode {
            OpMode::Var | OpMode::MapIndex => Some(x.typ),
            _ => {
                if let ExprKind::Selector { expr, .. } = &inner.kind {
                    let op = self.expr(expr);
                    if op.mode == OpMode::MapIndex {
                        let s = format!(
                            "cannot assign to struct field {} in map",
                            self.expr_string(lhs)
                        );
                        self.error(lhs.span, s);
                        return Some(TypeId::INVALID);
                    }
                }
                let s = format!(
                    "cannot assign to {} (neither addressable nor a map index expression)",
                    self.expr_string(lhs)
                );
                self.error(lhs.span, s);
                Some(TypeId::INVALID)
            }
        }
    }

    /// `lhs = rhs` or `lhs = x` (x already evaluated).
    pub(crate) fn assign_var(
        &mut self,
        lhs: &'a Expr,
        rhs: Option<&'a Expr>,
        x: Option<Operand<'a>>,
        context: &str,
    ) {
        let t = self.lhs_var(lhs);
        if t == Some(TypeId::INVALID) {
            if x.is_none() {
                if let Some(r) = rhs {
                    self.use_exprs(std::slice::from_ref(r));
                }
            }
            return;
        }
        let mut x = match x {
            Some(x) => x,
            None => match rhs {
                Some(r) => self.expr(r),
                None => return,
            },
        };
        let context = if t.is_none() && context == "assignment" {
            "assignment to _ identifier"
        } else {
            context
        };
        self.assignment(&mut x, t, context);
    }

    /// `lhs... = rhs...` (go/types' `assignVars`).
    pub(crate) fn assign_vars(&mut self, lhs: &'a [Expr], rhs: &'a [Expr]) {
        let (l, r) = (lhs.len(), rhs.len());
        let context = if l > 1 {
            "multiple assignment"
        } else {
            "assignment"
        };
        let is_call = r == 1 && matches!(unparen(&rhs[0]).kind, ExprKind::Call { .. });
        if l == r && !is_call {
            for (le, re) in lhs.iter().zip(rhs) {
                self.assign_var(le, Some(re), None, context);
            }
            return;
        }
        if r != 1 {
            let ok_l = self.use_lhs(lhs);
            let ok_r = self.use_exprs(rhs);
            if ok_l && ok_r {
                self.assign_error(rhs, l, r);
            }
            return;
        }
        let (xs, _) = self.multi_expr(&rhs[0], l == 2);
        if xs.len() == l {
            for (le, x) in lhs.iter().zip(xs) {
                self.assign_var(le, None, Some(x), context);
            }
            return;
        }
        if !xs[0].is_invalid() {
            self.assign_error(rhs, l, xs.len());
        }
        self.use_lhs(lhs);
    }

    /// `a, b := rhs...` (go/types' `shortVarDecl`).
    pub(crate) fn short_var_decl(&mut self, span: ast::Span, lhs: &'a [Expr], rhs: &'a [Expr]) {
        let scope = self.func.scope;
        let mut seen: Vec<&str> = Vec::new();
        let mut lhs_vars: Vec<ObjId> = Vec::new();
        let mut new_vars: Vec<(&'a ast::Ident, ObjId)> = Vec::new();
        let mut has_err = false;
        let mut old: Vec<ObjId> = Vec::new();
        for e in lhs {
            let ExprKind::Ident(id) = &e.kind else {
                self.use_lhs(std::slice::from_ref(e));
                let s = format!("non-name {} on left side of :=", self.expr_string(e));
                self.error(e.span, s);
                has_err = true;
                lhs_vars.push(self.new_obj(
                    "_",
                    ObjKind::Var {
                        global: false,
                        param: false,
                    },
                    TypeId::INVALID,
                    e.span,
                ));
                continue;
            };
            if id.name != "_" {
                if seen.contains(&id.name.as_str()) {
                    self.error(e.span, format!("{} repeated on left side of :=", id.name));
                    has_err = true;
                    lhs_vars.push(self.new_obj(
                        "_",
                        ObjKind::Var {
                            global: false,
                            param: false,
                        },
                        TypeId::INVALID,
                        e.span,
                    ));
                    continue;
                }
                seen.push(&id.name);
            }
            if let Some(alt) = self.lookup_in(scope, &id.name) {
                self.record_use(id, alt);
                if matches!(self.obj(alt).kind, ObjKind::Var { .. }) {
                    lhs_vars.push(alt);
                    old.push(alt);
                } else {
                    self.error(e.span, format!("cannot assign to {}", id.name));
                    has_err = true;
                    lhs_vars.push(self.new_obj(
                        "_",
                        ObjKind::Var {
                            global: false,
                            param: false,
                        },
                        TypeId::INVALID,
                        e.span,
                    ));
                }
                continue;
            }
            let o = self.new_obj(
                &id.name,
                ObjKind::Var {
                    global: false,
                    param: false,
                },
                TypeId::INVALID,
                id.span,
            );
            self.x(o).local_var = true;
            self.record_def(id, o);
            lhs_vars.push(o);
            if id.name != "_" {
                new_vars.push((id, o));
            }
        }
        // redeclared variables keep their type; new ones (and `_`) take the values' types
        let fresh: Vec<ObjId> = lhs_vars
            .iter()
            .copied()
            .filter(|o| !old.contains(o))
            .collect();
        self.init_vars(&lhs_vars, &fresh, rhs, None);
        for (e, &o) in lhs.iter().zip(&lhs_vars) {
            let t = self.obj(o).typ;
            self.record_type(e.id, &OpMode::Var, t);
        }
        if new_vars.is_empty() && !has_err {
            self.error(span, "no new variables on left side of :=");
            return;
        }
        for (id, o) in new_vars {
            self.declare(scope, id, o);
        }
    }
}

pub(crate) fn unparen(e: &Expr) -> &Expr {
    let mut e = e;
    while let ExprKind::Paren(x) = &e.kind {
        e = x;
    }
    e
}

fn measure(n: usize, unit: &str) -> String {
    if n == 1 {
        format!("{n} {unit}")
    } else {
        format!("{n} {unit}s")
    }
}
