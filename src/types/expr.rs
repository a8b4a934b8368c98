//! Expressions (go/types' `expr.go`): the dispatcher `raw_expr`, identifiers (with the snippet-mode
//! implicit imports), literals, function literals, unary operators, and the single-value /
//! multi-value entry points used by statements.
//!
//! Invariants: `raw_expr` records every expression it returns (typed ones at once, untyped ones in
//! `untyped`); nesting depth is bounded by `MAX_DEPTH` so no input overflows the native stack.

use super::check::{Checker, OpMode, Operand};
use super::constant;
use super::info::*;
use super::state::MAX_DEPTH;
use super::ty::*;
use grammar::ast::{self, Expr, ExprKind, LitKind, Span, UnaryOp};
use num_bigint::BigInt;

impl<'a> Checker<'a> {
    /// Evaluates any expression (value, type, builtin, no-value call, tuple) and records it.
    pub(crate) fn raw_expr(
        &mut self,
        e: &'a Expr,
        hint: Option<TypeId>,
        want_type: bool,
    ) -> Operand<'a> {
        self.eval.depth += 1;
        let x = if self.eval.depth > MAX_DEPTH {
            if self.eval.depth == MAX_DEPTH + 1 {
                self.error(e.span, "expression nested too deeply");
            }
            Operand::invalid(Some(e))
        } else {
            self.expr_internal(e, hint, want_type)
        };
        self.eval.depth -= 1;
        self.record(&x);
        x
    }

    fn expr_internal(&mut self, e: &'a Expr, hint: Option<TypeId>, want_type: bool) -> Operand<'a> {
        let mut x = match &e.kind {
            ExprKind::Bad => Operand::invalid(Some(e)),
            ExprKind::Ident(id) => self.ident(e, id, want_type),
            ExprKind::Ellipsis(_) => {
                self.error(e.span, "invalid use of ...");
                Operand::invalid(Some(e))
            }
            ExprKind::BasicLit(lit) => self.basic_lit(e, lit),
            ExprKind::FuncLit { sig, body } => self.func_lit(e, sig, body),
            ExprKind::CompositeLit { typ, elems, rbrace } => {
                self.composite_lit(e, typ.as_deref(), elems, *rbrace, hint)
            }
            ExprKind::Paren(inner) => {
                let mut x = self.raw_expr(inner, None, want_type);
                x.expr = Some(e);
                return x;
            }
            ExprKind::Selector { expr, sel } => self.selector(e, expr, sel, want_type),
            ExprKind::Index { expr, indices } => self.index_expr(e, expr, indices),
            ExprKind::Slice {
                expr,
                lo,
                hi,
                max,
                three_index,
            } => self.slice_expr(
                e,
                expr,
                lo.as_deref(),
                hi.as_deref(),
                max.as_deref(),
                *three_index,
            ),
            ExprKind::TypeAssert { expr, typ } => self.type_assert_expr(e, expr, typ.as_deref()),
            ExprKind::Call {
                func,
                args,
                ellipsis,
                rparen,
            } => self.call_expr(e, func, args, *ellipsis, *rparen),
            ExprKind::Unary {
                op: UnaryOp::Deref,
                expr,
            } => self.deref(e, expr),
            ExprKind::Unary { op, expr } => self.unary(e, *op, expr),
            ExprKind::Binary { op, lhs, rhs } => self.binary(Some(e), *op, lhs, rhs),
            ExprKind::ArrayType { .. }
            | ExprKind::SliceType(_)
            | ExprKind::MapType { .. }
            | ExprKind::ChanType { .. }
            | ExprKind::FuncType(_)
            | ExprKind::StructType(_)
            | ExprKind::InterfaceType(_) => {
                let t = self.type_expr(e);
                Operand {
                    mode: OpMode::TypeExpr,
                    typ: t,
                    expr: Some(e),
                    dummy: None,
                }
            }
        };
        if x.is_invalid() {
            x.typ = TypeId::INVALID;
        }
        x.expr = Some(e);
        x
    }

    /// A single value (go/types' `expr`).
    pub(crate) fn expr(&mut self, e: &'a Expr) -> Operand<'a> {
        self.expr_hint(e, None)
    }

    pub(crate) fn expr_hint(&mut self, e: &'a Expr, hint: Option<TypeId>) -> Operand<'a> {
        let mut x = self.raw_expr(e, hint, false);
        self.exclude(&mut x, true, true, true);
        self.single_value(&mut x);
        x
    }

    /// A value or a type (go/types' `exprOrType`).
    pub(crate) fn expr_or_type(&mut self, e: &'a Expr, want_type: bool) -> Operand<'a> {
        let mut x = self.raw_expr(e, None, want_type);
        self.exclude(&mut x, true, false, false);
        self.single_value(&mut x);
        x
    }

    pub(crate) fn exclude(
        &mut self,
        x: &mut Operand<'a>,
        novalue: bool,
        builtin: bool,
        typexpr: bool,
    ) {
        let msg = match x.mode {
            OpMode::NoValue if novalue => {
                if typexpr {
                    "used as value"
                } else {
                    "used as value or type"
                }
            }
            OpMode::Builtin(_) if builtin => "must be called",
            OpMode::TypeExpr if typexpr => "is not an expression",
            _ => return,
        };
        let s = format!("{} {}", self.operand_string(x), msg);
        self.error(x.span(), s);
        x.mode = OpMode::Invalid;
        x.typ = TypeId::INVALID;
    }

    pub(crate) fn single_value(&mut self, x: &mut Operand<'a>) {
        if x.mode == OpMode::Value && matches!(self.t.get(x.typ), Type::Tuple(_)) {
            let s = format!(
                "multiple-value {} in single-value context",
                self.operand_string(x)
            );
            self.error(x.span(), s);
            x.mode = OpMode::Invalid;
            x.typ = TypeId::INVALID;
        }
    }

    /// The values of an expression that may be a multi-value call; with `comma_ok`, a map index,
    /// type assertion or receive yields a second untyped bool value. Returns (values, comma_ok used).
    pub(crate) fn multi_expr(&mut self, e: &'a Expr, comma_ok: bool) -> (Vec<Operand<'a>>, bool) {
        let mut x = self.raw_expr(e, None, false);
        self.exclude(&mut x, true, true, true);
        if let Type::Tuple(ts) = self.t.get(x.typ).clone() {
            if !x.is_invalid() {
                let start = Span {
                    start: e.span.start,
                    end: e.span.start,
                };
                let list = ts
                    .iter()
                    .enumerate()
                    .map(|(i, &t)| Operand {
                        mode: OpMode::Value,
                        typ: t,
                        expr: None,
                        dummy: Some((nth(i + 1, "function result"), start)),
                    })
                    .collect();
                return (list, false);
            }
        }
        if comma_ok && matches!(x.mode, OpMode::MapIndex | OpMode::CommaOk) {
            self.info.comma_ok.insert(e.id);
            let start = Span {
                start: e.span.start,
                end: e.span.start,
            };
            let ok = Operand {
                mode: OpMode::Value,
                typ: TypeId::UNTYPED_BOOL,
                expr: None,
                dummy: Some(("ok value of (comma, ok) expression".into(), start)),
            };
            return (vec![x, ok], true);
        }
        (vec![x], false)
    }

    /// Evaluates expressions only for their errors and "used" marks (go/types' `use`).
    pub(crate) fn use_exprs(&mut self, es: &'a [Expr]) -> bool {
        let mut ok = true;
        for e in es {
            let x = self.raw_expr(e, None, false);
            ok &= !x.is_invalid();
        }
        ok
    }

    /// Like `use_exprs` but a top-level identifier is not a use (assignment left-hand sides).
    pub(crate) fn use_lhs(&mut self, es: &'a [Expr]) -> bool {
        let mut ok = true;
        for e in es {
            let mut inner = e;
            while let ExprKind::Paren(x) = &inner.kind {
                inner = x;
            }
            if let ExprKind::Ident(id) = &inner.kind {
                if id.name == "_" {
                    continue;
                }
                let v = self.local_var_of(&id.name);
                let was = v.map(|v| self.objx[v.0 as usize].used);
                let x = self.raw_expr(e, None, false);
                if let (Some(v), Some(w)) = (v, was) {
                    self.x(v).used = w;
                }
                ok &= !x.is_invalid();
            } else {
                let x = self.raw_expr(e, None, false);
                ok &= !x.is_invalid();
            }
        }
        ok
    }

    /// The variable of the current package an identifier denotes, if any.
    pub(crate) fn local_var_of(&self, name: &str) -> Option<ObjId> {
        let (_, o) = self.lookup(self.func.scope, name)?;
        (matches!(self.obj(o).kind, ObjKind::Var { .. }) && self.obj(o).pkg == self.pkg.id)
            .then_some(o)
    }

    /// Snippet mode: `name` is a standard package that can be imported implicitly.
    pub(crate) fn snippet_pkg(&self, name: &str) -> bool {
        self.pkg.snippet && self.pkg.implicit_pkgs.contains_key(name)
    }

    /// Looks up a name, importing a standard package implicitly in snippet mode.
    pub(crate) fn resolve_name(&mut self, name: &str) -> Option<ObjId> {
        if let Some((_, o)) = self.lookup(self.func.scope, name) {
            return Some(o);
        }
        let pid = *self
            .pkg
            .implicit_pkgs
            .get(name)
            .filter(|_| self.pkg.snippet)?;
        let obj = self.new_obj(
            name,
            ObjKind::PkgName(pid),
            TypeId::INVALID,
            ast::Span::default(),
        );
        self.x(obj).used = true;
        self.scopes[self.pkg.file_scope.0 as usize]
            .names
            .insert(name.to_string(), obj);
        Some(obj)
    }

    fn ident(&mut self, e: &'a Expr, id: &'a ast::Ident, want_type: bool) -> Operand<'a> {
        let mut x = Operand::invalid(Some(e));
        let Some(obj) = self.resolve_name(&id.name) else {
            if id.name == "_" {
                self.error(e.span, "cannot use _ as value or type");
            } else {
                self.error(e.span, format!("undefined: {}", id.name));
            }
            return x;
        };
        self.record_use(id, obj);
        let kind = self.obj(obj).kind.clone();
        if want_type && kind != ObjKind::TypeName {
            let what = self.object_kind(obj);
            self.error(e.span, format!("{} ({}) is not a type", id.name, what));
            if matches!(kind, ObjKind::Var { .. }) {
                self.x(obj).used = true;
            }
            return x;
        }
        if self.obj(obj).pkg == self.pkg.id || kind == ObjKind::TypeName {
            self.obj_decl(obj);
        }
        // Read after `obj_decl`: a constant declared later in the source gets its value there.
        let kind = self.obj(obj).kind.clone();
        let typ = self.obj(obj).typ;
        match kind {
            ObjKind::PkgName(_) => {
                self.x(obj).used = true;
                self.error(
                    e.span,
                    format!("use of package {} not in selector", id.name),
                );
                return x;
            }
            ObjKind::Const(v) => {
                self.add_dep(obj);
                if !self.is_valid(typ) {
                    return x;
                }
                if id.name == "iota" && self.lookup_in(self.universe, "iota") == Some(obj) {
                    match self.func.iota.clone() {
                        Some(v) => x.mode = OpMode::Const(v),
                        None => {
                            self.error(e.span, "cannot use iota outside constant declaration");
                            return x;
                        }
                    }
                } else {
                    x.mode = OpMode::Const(v);
                }
            }
            ObjKind::TypeName => {
                if matches!(typ, TypeId::COMPLEX64 | TypeId::COMPLEX128) {
                    self.error(e.span, "not supported yet: complex numbers");
                    return x;
                }
                x.mode = OpMode::TypeExpr;
            }
            ObjKind::Var { .. } => {
                if self.obj(obj).pkg == self.pkg.id {
                    self.x(obj).used = true;
                }
                self.add_dep(obj);
                if !self.is_valid(typ) {
                    return x;
                }
                x.mode = OpMode::Var;
            }
            ObjKind::Func { .. } => {
                self.add_dep(obj);
                if !self.is_valid(typ) {
                    return x;
                }
                x.mode = OpMode::Value;
            }
            ObjKind::Builtin(b) => x.mode = OpMode::Builtin(b),
            ObjKind::Nil => x.mode = OpMode::Value,
        }
        x.typ = typ;
        x
    }

    /// types2's `objectKind` (for "x (local variable) is not a type").
    pub(crate) fn object_kind(&self, obj: ObjId) -> &'static str {
        match self.obj(obj).kind {
            ObjKind::PkgName(_) => "package name",
            ObjKind::Const(_) => "constant",
            ObjKind::TypeName => "defined type",
            ObjKind::Var { global: true, .. } => "package-level variable",
            ObjKind::Var { param: true, .. } => "parameter",
            ObjKind::Var { .. } => "local variable",
            ObjKind::Func { recv: Some(_), .. } => "method",
            ObjKind::Func { .. } => "function",
            ObjKind::Builtin(_) => "built-in function",
            ObjKind::Nil => "untyped nil",
        }
    }

    fn basic_lit(&mut self, e: &'a Expr, lit: &LitKind) -> Operand<'a> {
        let mut x = Operand::invalid(Some(e));
        let (typ, val) = match lit {
            LitKind::Int(text) => match constant::parse_int_lit(text) {
                Some(i) => (TypeId::UNTYPED_INT, ConstValue::Int(i)),
                None => {
                    self.error(e.span, format!("invalid integer literal {text}"));
                    return x;
                }
            },
            LitKind::Float(text) => match constant::parse_float_lit(text) {
                Ok(r) => (TypeId::UNTYPED_FLOAT, ConstValue::Float(r)),
                Err(msg) => {
                    self.error(e.span, msg);
                    return x;
                }
            },
            LitKind::Imag(_) => {
                self.error(e.span, "not supported yet: complex numbers");
                return x;
            }
            LitKind::Rune(r) => (TypeId::UNTYPED_RUNE, ConstValue::Int(BigInt::from(*r))),
            LitKind::Str(s) => (TypeId::UNTYPED_STRING, ConstValue::String(s.clone())),
        };
        x.mode = OpMode::Const(val);
        x.typ = typ;
        self.overflow(&mut x, e.span.start, "");
        x
    }

    fn func_lit(
        &mut self,
        e: &'a Expr,
        sig: &'a ast::FuncType,
        body: &'a ast::Block,
    ) -> Operand<'a> {
        let scope = self.new_scope(Some(self.func.scope), true);
        let (s, named) = self.func_type(sig, scope);
        let typ = self.t.intern(Type::Func(s.clone()));
        self.func_body_in(scope, &s, named, body);
        Operand {
            mode: OpMode::Value,
            typ,
            expr: Some(e),
            dummy: None,
        }
    }

    fn deref(&mut self, e: &'a Expr, inner: &'a Expr) -> Operand<'a> {
        let x = self.expr_or_type(inner, false);
        match x.mode {
            OpMode::Invalid => Operand::invalid(Some(e)),
            OpMode::TypeExpr => {
                let t = if self.is_valid(x.typ) {
                    self.t.pointer(x.typ)
                } else {
                    TypeId::INVALID
                };
                Operand {
                    mode: OpMode::TypeExpr,
                    typ: t,
                    expr: Some(e),
                    dummy: None,
                }
            }
            _ => {
                if x.is_nil() {
                    self.error(x.span(), "invalid operation: cannot indirect nil");
                    return Operand::invalid(Some(e));
                }
                match self.t.under(x.typ) {
                    Type::Pointer(base) => Operand {
                        mode: OpMode::Var,
                        typ: *base,
                        expr: Some(e),
                        dummy: None,
                    },
                    _ => {
                        if self.is_valid(x.typ) {
                            let s = format!(
                                "invalid operation: cannot indirect {}",
                                self.operand_string(&x)
                            );
                            self.error(x.span(), s);
                        }
                        Operand::invalid(Some(e))
                    }
                }
            }
        }
    }

    fn unary(&mut self, e: &'a Expr, op: UnaryOp, inner: &'a Expr) -> Operand<'a> {
        let mut x = self.expr(inner);
        if x.is_invalid() {
            return Operand::invalid(Some(e));
        }
        match op {
            UnaryOp::Addr => {
                let mut u = inner;
                while let ExprKind::Paren(i) = &u.kind {
                    u = i;
                }
                if !matches!(u.kind, ExprKind::CompositeLit { .. }) && x.mode != OpMode::Var {
                    let s = format!(
                        "invalid operation: cannot take address of {}",
                        self.operand_string(&x)
                    );
                    self.error(x.span(), s);
                    return Operand::invalid(Some(e));
                }
                let t = self.t.pointer(x.typ);
                return Operand {
                    mode: OpMode::Value,
                    typ: t,
                    expr: Some(e),
                    dummy: None,
                };
            }
            UnaryOp::Recv => {
                let Some(elem) = self.chan_elem(&x, true) else {
                    return Operand::invalid(Some(e));
                };
                self.eval.has_call_or_recv = true;
                return Operand {
                    mode: OpMode::CommaOk,
                    typ: elem,
                    expr: Some(e),
                    dummy: None,
                };
            }
            UnaryOp::Tilde => {
                self.error(
                    e.span,
                    "cannot use ~ outside of interface or type constraint",
                );
                return Operand::invalid(Some(e));
            }
            _ => {}
        }
        let ok = match op {
            UnaryOp::Neg | UnaryOp::Plus => self.is_numeric(x.typ),
            UnaryOp::Xor => self.is_integer(x.typ),
            UnaryOp::Not => self.is_boolean(x.typ),
            _ => false,
        };
        if !ok {
            let s = format!(
                "invalid operation: operator {} not defined on {}",
                op.as_str(),
                self.operand_string(&x)
            );
            self.error(x.span(), s);
            return Operand::invalid(Some(e));
        }
        if let OpMode::Const(v) = &x.mode {
            let nv = match (op, v) {
                (UnaryOp::Plus, v) => Some(v.clone()),
                (UnaryOp::Neg, ConstValue::Int(i)) => Some(ConstValue::Int(-i)),
                (UnaryOp::Neg, ConstValue::Float(f)) => Some(ConstValue::Float(-f)),
                (UnaryOp::Not, ConstValue::Bool(b)) => Some(ConstValue::Bool(!b)),
                (UnaryOp::Xor, v) => constant::to_int(v).map(|i| {
                    if self.is_unsigned(x.typ) {
                        let bits =
                            constant::int_range(self.kind(x.typ).unwrap_or(BasicKind::Uint64))
                                .map_or(64, |(_, hi)| hi.bits());
                        let mask = (BigInt::from(1) << bits as usize) - 1;
                        ConstValue::Int(i ^ mask)
                    } else {
                        ConstValue::Int(-i - 1)
                    }
                }),
                _ => None,
            };
            let Some(nv) = nv else {
                return Operand::invalid(Some(e));
            };
            x.mode = OpMode::Const(nv);
            x.expr = Some(e);
            let name = if op == UnaryOp::Xor {
                "bitwise complement "
            } else {
                ""
            };
            self.overflow(&mut x, e.span.start, name);
            return x;
        }
        x.mode = OpMode::Value;
        x.expr = Some(e);
        x
    }

    /// The element type for a receive (`recv`) or send on `x`, or an error.
    pub(crate) fn chan_elem(&mut self, x: &Operand<'a>, recv: bool) -> Option<TypeId> {
        if let Type::Chan { dir, elem } = self.t.under(x.typ).clone() {
            if recv && dir == ChanDir::Send {
                let s = format!(
                    "invalid operation: cannot receive from send-only channel {} {}",
                    self.type_string(x.typ),
                    self.operand_string(x)
                );
                self.error(x.span(), s);
                return None;
            }
            if !recv && dir == ChanDir::Recv {
                let s = format!(
                    "invalid operation: cannot send to receive-only channel {} {}",
                    self.type_string(x.typ),
                    self.operand_string(x)
                );
                self.error(x.span(), s);
                return None;
            }
            return Some(elem);
        }
        if !self.is_valid(x.typ) {
            return None;
        }
        let ts = self.type_string(x.typ);
        let s = if recv {
            format!(
                "invalid operation: cannot receive from non-channel {} {}",
                ts,
                self.operand_string(x)
            )
        } else {
            format!(
                "invalid operation: cannot send to non-channel {} {}",
                ts,
                self.operand_string(x)
            )
        };
        self.error(x.span(), s);
        None
    }

    /// go/types' `overflow`: typed constants must be representable; untyped integers are bounded.
    pub(crate) fn overflow(&mut self, x: &mut Operand<'a>, op_pos: u32, op_name: &str) {
        let OpMode::Const(v) = &x.mode else { return };
        if !self.is_untyped(x.typ) {
            self.representable(x, x.typ);
            return;
        }
        match v {
            ConstValue::Int(i) if i.bits() > constant::MAX_INT_BITS => {
                self.error(
                    ast::Span {
                        start: op_pos,
                        end: op_pos,
                    },
                    format!("constant {op_name}overflow"),
                );
                x.mode = OpMode::Invalid;
                x.typ = TypeId::INVALID;
            }
            ConstValue::Float(f) if f.numer().bits() + f.denom().bits() > 8192 => {
                match constant::round_float(f, 512, -1_000_000, 1_000_000) {
                    Some(r) => x.mode = OpMode::Const(ConstValue::Float(r)),
                    None => {
                        self.error(
                            ast::Span {
                                start: op_pos,
                                end: op_pos,
                            },
                            "constant result is not representable",
                        );
                        x.mode = OpMode::Invalid;
                        x.typ = TypeId::INVALID;
                    }
                }
            }
            _ => {}
        }
    }
}

/// "1st", "2nd", ... followed by `what` (types2's `nth`).
fn nth(n: usize, what: &str) -> String {
    let ext = match n {
        1 => "st",
        2 => "nd",
        3 => "rd",
        _ => "th",
    };
    format!("{n}{ext} {what}")
}
