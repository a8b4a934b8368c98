//! Type expressions (go/types' `typexpr.go`, `struct.go`, `interface.go`, `signature.go`): turns an
//! `Expr` in type position into a `TypeId`, declaring parameters of signatures, and decides
//! comparability (spec: "Comparison operators").
//!
//! Invariants: every type expression visited is recorded with `Mode::TypeExpr`; interface method
//! lists are flattened and sorted by name; a type that cannot be built is `TypeId::INVALID`.

use super::check::{Checker, OpMode, ScopeId};
use super::info::*;
use super::ty::*;
use grammar::ast::{self, Expr, ExprKind, InterfaceElem, UnaryOp};
use num_traits::ToPrimitive;
use std::collections::HashSet;

impl<'a> Checker<'a> {
    /// Evaluates a type expression and records it.
    pub(crate) fn type_expr(&mut self, e: &'a Expr) -> TypeId {
        self.eval.depth += 1;
        let t = if self.eval.depth > super::state::MAX_DEPTH {
            self.error(e.span, "type expression nested too deeply");
            TypeId::INVALID
        } else {
            self.type_internal(e)
        };
        self.eval.depth -= 1;
        self.record_type(e.id, &OpMode::TypeExpr, t);
        t
    }

    fn type_internal(&mut self, e: &'a Expr) -> TypeId {
        match &e.kind {
            ExprKind::Bad => TypeId::INVALID,
            ExprKind::Ident(_) | ExprKind::Selector { .. } => {
                let x = self.expr_or_type(e, true);
                match x.mode {
                    OpMode::TypeExpr => x.typ,
                    OpMode::Invalid => TypeId::INVALID,
                    OpMode::NoValue => {
                        let s = format!("{} used as type", self.operand_string(&x));
                        self.error(e.span, s);
                        TypeId::INVALID
                    }
                    _ => {
                        let s = format!("{} is not a type", self.operand_string(&x));
                        self.error(e.span, s);
                        TypeId::INVALID
                    }
                }
            }
            ExprKind::Index { expr, .. } => {
                let b = self.expr_or_type(expr, true);
                if b.mode == OpMode::TypeExpr && self.is_valid(b.typ) {
                    let s = format!(
                        "invalid operation: {} ({} is not a generic type)",
                        self.expr_string(e),
                        self.type_string(b.typ)
                    );
                    self.error(expr.span, s);
                }
                TypeId::INVALID
            }
            ExprKind::Paren(x) => self.type_expr(x),
            ExprKind::ArrayType { len, elem } => {
                let n = match len {
                    Some(l) => self.array_length(l),
                    None => {
                        self.error(
                            e.span,
                            "invalid use of [...] array (outside a composite literal)",
                        );
                        None
                    }
                };
                let elem = self.type_expr(elem);
                match n {
                    Some(len) if self.is_valid(elem) => self.t.intern(Type::Array { len, elem }),
                    _ => TypeId::INVALID,
                }
            }
            ExprKind::SliceType(elem) => {
                let elem = self.type_expr(elem);
                if !self.is_valid(elem) {
                    return TypeId::INVALID;
                }
                self.t.slice(elem)
            }
            ExprKind::Ellipsis(_) => {
                self.error(e.span, "invalid use of ...");
                TypeId::INVALID
            }
            ExprKind::StructType(fields) => self.struct_type(fields),
            ExprKind::Unary {
                op: UnaryOp::Deref,
                expr,
            } => {
                let base = self.type_expr(expr);
                if !self.is_valid(base) {
                    return TypeId::INVALID;
                }
                self.t.pointer(base)
            }
            ExprKind::FuncType(ft) => {
                let scope = self.new_scope(Some(self.func.scope), true);
                let (sig, _) = self.func_type(ft, scope);
                self.t.intern(Type::Func(sig))
            }
            ExprKind::InterfaceType(elems) => self.interface_type(elems),
            ExprKind::MapType { key, value } => {
                let k = self.type_expr(key);
                let v = self.type_expr(value);
                if !self.is_valid(k) || !self.is_valid(v) {
                    return TypeId::INVALID;
                }
                self.pkg.later_map_keys.push((k, key.span, self.pkg.file));
                self.t.intern(Type::Map { key: k, value: v })
            }
            ExprKind::ChanType { dir, elem } => {
                let el = self.type_expr(elem);
                if !self.is_valid(el) {
                    return TypeId::INVALID;
                }
                let dir = match dir {
                    ast::ChanDir::Both => ChanDir::Both,
                    ast::ChanDir::Send => ChanDir::Send,
                    ast::ChanDir::Recv => ChanDir::Recv,
                };
                self.t.intern(Type::Chan { dir, elem: el })
            }
            _ => {
                let s = format!("{} is not a type", self.expr_string(e));
                self.error(e.span, s);
                self.use_exprs(std::slice::from_ref(e));
                TypeId::INVALID
            }
        }
    }

    /// Reports map key types that are not comparable (delayed: key types may be incomplete).
    pub(crate) fn check_map_keys(&mut self) {
        let keys = std::mem::take(&mut self.pkg.later_map_keys);
        for (k, span, file) in keys {
            if !self.comparable(k) {
                let s = format!("invalid map key type {}", self.type_string(k));
                self.error_at(file, span, s);
            }
        }
    }

    fn array_length(&mut self, e: &'a Expr) -> Option<u64> {
        if let ExprKind::Ident(id) = &e.kind {
            match self.lookup(self.func.scope, &id.name) {
                None if !self.snippet_pkg(&id.name) => {
                    self.error(
                        e.span,
                        format!(
                            "undefined array length {} or missing type constraint",
                            id.name
                        ),
                    );
                    return None;
                }
                Some((_, o)) if !matches!(self.obj(o).kind, ObjKind::Const(_)) => {
                    self.error(e.span, format!("invalid array length {}", id.name));
                    return None;
                }
                _ => {}
            }
        }
        let x = self.expr(e);
        let OpMode::Const(v) = &x.mode else {
            if !x.is_invalid() {
                let s = format!("array length {} must be constant", self.operand_string(&x));
                self.error(e.span, s);
            }
            return None;
        };
        if self.is_untyped(x.typ) || self.is_integer(x.typ) {
            if let Some(i) = super::constant::to_int(v) {
                if let Some(n) = i.to_i64() {
                    if n >= 0 {
                        return Some(n as u64);
                    }
                }
            }
        }
        let msg = if self.is_integer(x.typ) {
            "invalid array length"
        } else {
            "array length"
        };
        let tail = if self.is_integer(x.typ) {
            ""
        } else {
            " must be integer"
        };
        let s = format!("{} {}{}", msg, self.operand_string(&x), tail);
        self.error(e.span, s);
        None
    }

    fn struct_type(&mut self, fields: &'a [ast::Field]) -> TypeId {
        let mut out: Vec<StructField> = Vec::new();
        let mut seen: Vec<(String, ast::Span)> = Vec::new();
        let mut add = |c: &mut Checker<'a>,
                       name: &str,
                       span: ast::Span,
                       typ: TypeId,
                       embedded: bool,
                       out: &mut Vec<StructField>| {
            if name != "_" {
                if let Some((_, prev)) = seen.iter().find(|(n, _)| n == name) {
                    let other = c.pos_string(c.pkg.file, prev.start);
                    c.error(
                        span,
                        format!("{name} redeclared\n\t{other}: other declaration of {name}"),
                    );
                    return;
                }
                seen.push((name.to_string(), span));
            }
            out.push(StructField {
                name: name.to_string(),
                typ,
                embedded,
                pkg: c.pkg.path.clone(),
            });
        };
        for f in fields {
            let typ = self.type_expr(&f.typ);
            if !f.names.is_empty() {
                for n in &f.names {
                    add(self, &n.name, n.span, typ, false, &mut out);
                }
                continue;
            }
            let Some(name) = embedded_name(&f.typ) else {
                let s = format!("invalid embedded field type {}", self.expr_string(&f.typ));
                self.error(f.typ.span, s);
                add(self, "_", f.typ.span, TypeId::INVALID, true, &mut out);
                continue;
            };
            add(self, &name.name, name.span, typ, true, &mut out);
            self.pkg
                .later_embedded
                .push((typ, f.typ.span, self.pkg.file));
        }
        self.t.intern(Type::Struct(out))
    }

    /// Delayed checks of embedded field types.
    pub(crate) fn check_embedded(&mut self) {
        let list = std::mem::take(&mut self.pkg.later_embedded);
        for (t, span, file) in list {
            let (base, is_ptr) = match self.t.get(t) {
                Type::Pointer(b) => (*b, true),
                _ => (t, false),
            };
            match self.t.under(base) {
                Type::Pointer(_) => {
                    self.error_at(file, span, "embedded field type cannot be a pointer")
                }
                Type::Interface(_) if is_ptr => self.error_at(
                    file,
                    span,
                    "embedded field type cannot be a pointer to an interface",
                ),
                _ => {}
            }
        }
    }

    fn interface_type(&mut self, elems: &'a [InterfaceElem]) -> TypeId {
        // Only the declaration's own literal may defer embeds, not one nested in a signature.
        let may_defer = std::mem::take(&mut self.pkg.defer_embeds);
        let mut methods: Vec<IfaceMethod> = Vec::new();
        let mut spans: Vec<ast::Span> = Vec::new();
        let mut embedded: Vec<(TypeId, ast::Span)> = Vec::new();
        for el in elems {
            match el {
                InterfaceElem::Method { name, sig } => {
                    let scope = self.new_scope(Some(self.func.scope), true);
                    let (s, _) = self.func_type(sig, scope);
                    let st = self.t.intern(Type::Func(s));
                    if name.name == "_" {
                        self.error(name.span, "methods must have a unique non-blank name");
                        continue;
                    }
                    if let Some(i) = methods.iter().position(|m| m.name == name.name) {
                        let other = self.pos_string(self.pkg.file, spans[i].start);
                        self.error(
                            name.span,
                            format!(
                                "duplicate method {}\n\t{}: other declaration of method {}",
                                name.name, other, name.name
                            ),
                        );
                        continue;
                    }
                    methods.push(IfaceMethod {
                        name: name.name.clone(),
                        sig: st,
                    });
                    spans.push(name.span);
                }
                InterfaceElem::Embed(e) => {
                    if matches!(
                        e.kind,
                        ExprKind::Binary { .. }
                            | ExprKind::Unary {
                                op: UnaryOp::Tilde,
                                ..
                            }
                    ) {
                        self.error(e.span, "not supported yet: type constraints");
                        continue;
                    }
                    let t = self.type_expr(e);
                    if !self.is_valid(t) {
                        continue;
                    }
                    if may_defer && (self.is_in_progress(t) || self.has_pending(t)) {
                        self.pkg.deferred_embeds.push((t, e.span));
                        continue;
                    }
                    if self.check_incomplete(t) {
                        continue;
                    }
                    if !self.t.is_interface(t) {
                        self.error(e.span, "not supported yet: type constraints");
                        continue;
                    }
                    embedded.push((t, e.span));
                }
            }
        }
        self.add_embedded_methods(&mut methods, &embedded, self.pkg.file);
        methods.sort_by(|a, b| a.name.cmp(&b.name));
        self.t.intern(Type::Interface(methods))
    }

    /// Resolves a signature, declaring its parameters and results in `scope`; returns the signature
    /// and the named result objects (empty when results are unnamed).
    pub(crate) fn func_type(
        &mut self,
        ft: &'a ast::FuncType,
        scope: ScopeId,
    ) -> (Signature, Vec<ObjId>) {
        let mut params = Vec::new();
        let mut objs: Vec<(&'a ast::Ident, ObjId)> = Vec::new();
        let n = ft.params.len();
        for (i, f) in ft.params.iter().enumerate() {
            let mut t = self.type_expr(&f.typ);
            if ft.variadic && i + 1 == n && self.is_valid(t) {
                t = self.t.slice(t);
            }
            if f.names.is_empty() {
                params.push(t);
            }
            for name in &f.names {
                params.push(t);
                let o = self.new_obj(
                    &name.name,
                    ObjKind::Var {
                        global: false,
                        param: true,
                    },
                    t,
                    name.span,
                );
                self.x(o).used = true;
                objs.push((name, o));
            }
        }
        let mut results = Vec::new();
        let mut named = Vec::new();
        for f in &ft.results {
            let t = self.type_expr(&f.typ);
            if f.names.is_empty() {
                results.push(t);
            }
            for name in &f.names {
                results.push(t);
                let o = self.new_obj(
                    &name.name,
                    ObjKind::Var {
                        global: false,
                        param: true,
                    },
                    t,
                    name.span,
                );
                self.x(o).used = true;
                objs.push((name, o));
                named.push(o);
            }
        }
        for (name, o) in objs {
            self.record_def(name, o);
            self.declare(scope, name, o);
        }
        (
            Signature {
                params,
                results,
                variadic: ft.variadic,
            },
            named,
        )
    }

    /// spec: "Comparison operators" — the type's values can be compared with `==`.
    pub(crate) fn comparable(&self, t: TypeId) -> bool {
        self.incomparable_cause(t, &mut HashSet::new(), 0).is_none()
    }

    /// Why values of `t` cannot be compared (types2's `incomparableCause`), or None.
    pub(crate) fn incomparable_cause(
        &self,
        t: TypeId,
        seen: &mut HashSet<TypeId>,
        depth: u32,
    ) -> Option<String> {
        if depth > 100 || !seen.insert(t) {
            return None;
        }
        match self.t.under(t) {
            Type::Basic(BasicKind::UntypedNil) => Some(String::new()),
            Type::Slice(_) | Type::Func(_) | Type::Map { .. } => Some(format!(
                "{} can only be compared to nil",
                self.composite_kind(t)
            )),
            Type::Struct(fields) => {
                for f in fields {
                    if self.incomparable_cause(f.typ, seen, depth + 1).is_some() {
                        return Some(format!(
                            "struct containing {} cannot be compared",
                            self.type_string(f.typ)
                        ));
                    }
                }
                None
            }
            Type::Array { elem, .. } => {
                if self.incomparable_cause(*elem, seen, depth + 1).is_some() {
                    return Some(format!("{} cannot be compared", self.type_string(t)));
                }
                None
            }
            _ => None,
        }
    }
}

/// The name of an embedded field: `T`, `*T`, `p.T`.
fn embedded_name(e: &Expr) -> Option<&ast::Ident> {
    match &e.kind {
        ExprKind::Ident(id) => Some(id),
        ExprKind::Unary {
            op: UnaryOp::Deref,
            expr,
        } => match &expr.kind {
            ExprKind::Unary {
                op: UnaryOp::Deref, ..
            } => None,
            _ => embedded_name(expr),
        },
        ExprKind::Selector { sel, .. } => Some(sel),
        ExprKind::Index { expr, .. } => embedded_name(expr),
        _ => None,
    }
}
